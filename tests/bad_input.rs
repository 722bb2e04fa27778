//! The bad-input corpus, `tests/bad_input/`: one small broken (or oddly
//! written but valid) plan per case. `plan check` must give each case's exit
//! code and codes, within a time limit, without a panic; show every fault's
//! `file:line:col`; and never print a raw control character. The outputs, in
//! English and French, are snapshotted.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use common::invariants::{assert_annotations, assert_printable};
use common::{build_case, plan_cmd, root, run_limited, transcript};
use plan::diagnostic::Code;
use plan::render::escape_controls;

/// Long enough for a 50 MB file on a slow machine in a debug build; a hang is far longer.
const LIMIT: Duration = Duration::from_secs(120);

fn check(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = plan_cmd(dir);
    cmd.args(["--dir", "plan"]).args(args);
    run_limited(cmd, LIMIT)
}

/// The codes and `file:line:col` places that `plan check --format json` reports.
fn reported(dir: &Path) -> (Vec<String>, Vec<String>) {
    let out = check(dir, &["check", "--format", "json"]);
    assert_printable("check --format json", &String::from_utf8_lossy(&out.stdout));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let codes = diagnostics.iter().map(|d| d["code"].as_str().unwrap().to_string()).collect();
    let places = diagnostics
        .iter()
        .filter(|d| d["line"].is_number())
        .map(|d| format!("{}:{}:{}", escape_controls(d["file"].as_str().unwrap()), d["line"], d["column"]))
        .collect();
    (codes, places)
}

#[test]
fn corpus() {
    insta::glob!("bad_input/*/case.toml", |path| {
        let case_dir = path.parent().unwrap();
        let name = case_dir.file_name().unwrap().to_string_lossy();
        let (tmp, case) = build_case(case_dir);
        let (mut codes, places) = reported(tmp.path());
        codes.sort();
        let mut expected = case.codes.clone();
        expected.sort();
        assert_eq!(codes, expected, "codes reported for {name}");

        let en = check(tmp.path(), &["--lang", "en", "check"]);
        let fr = check(tmp.path(), &["--lang", "fr", "check"]);
        for out in [&en, &fr] {
            let text = transcript(out);
            assert_eq!(out.status.code(), Some(case.exit), "{name}: {text}");
            assert!(!text.contains("panicked"), "{name}: {text}");
            assert_printable(&name, &text);
            for place in places.iter().chain(&case.at.iter().map(|at| format!("plan/{at}")).collect::<Vec<_>>()) {
                assert!(text.contains(&format!("--> {place}\n")), "{name}: {place} not shown in\n{text}");
            }
            for secret in &case.never {
                assert!(!text.contains(secret.as_str()), "{name}: shows {secret:?}:\n{text}");
            }
        }
        let github = check(tmp.path(), &["check", "--format", "github"]);
        assert_annotations(&String::from_utf8_lossy(&github.stdout));
        let json = check(tmp.path(), &["check", "--format", "json"]);
        for (out, secret) in [&github, &json].into_iter().flat_map(|o| case.never.iter().map(move |s| (o, s))) {
            assert!(!transcript(out).contains(secret.as_str()), "{name}: shows {secret:?}");
        }
        insta::assert_snapshot!(format!("{}\n=== français\n{}", transcript(&en), transcript(&fr)));
    });
}

#[test]
fn every_code_has_a_case() {
    let cases: BTreeSet<String> = fs::read_dir(root().join("tests/bad_input"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for code in Code::ALL {
        assert!(
            cases.iter().any(|c| c.starts_with(code.as_str())),
            "no case in tests/bad_input/ for {}",
            code.as_str()
        );
    }
}

#[test]
fn every_case_that_fails_says_where() {
    for entry in fs::read_dir(root().join("tests/bad_input")).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = fs::read_to_string(dir.join("case.toml")) else { continue };
        let case: common::Case = toml::from_str(&text).unwrap();
        let io_only = case.codes.iter().all(|c| ["E0001", "E0003", "E0004"].contains(&c.as_str()));
        assert!(case.exit == 0 || io_only || !case.at.is_empty(), "{}: give `at`, where the fault is", dir.display());
    }
}

/// Titles, units and notes full of escape sequences reach no output raw: not the
/// status table, CSV, JSON or Markdown, not `show`, not a `record --dry-run`.
#[test]
fn control_characters_never_reach_the_terminal() {
    every_output_is_printable("valid-control-chars", true);
}

/// Invisible characters and workflow commands reach no output raw either.
#[test]
fn invisible_characters_and_workflow_commands_never_reach_the_terminal() {
    every_output_is_printable("valid-invisible-and-workflow-commands", false);
}

/// Runs every command that shows text from files on a case, and checks its output.
fn every_output_is_printable(case: &str, shows_escapes: bool) {
    let (tmp, _) = build_case(&root().join("tests/bad_input").join(case));
    let runs: &[&[&str]] = &[
        &["status", "--as-of", "2019-06-30"],
        &["status", "--as-of", "2019-06-30", "--format", "csv"],
        &["status", "--as-of", "2019-06-30", "--format", "json"],
        &["status", "--as-of", "2019-06-30", "--format", "markdown"],
        &["--lang", "en", "status", "--as-of", "2019-06-30"],
        &["show", "2"],
        &["show", "2.1"],
        &["show", "2.1.1"],
        &["show", "1.1.3"],
        &["record", "--dry-run", "--date", "2019-04-01", "Titre\u{1b}[31m", "--note", "n\u{9b}", "-i", "2.1.1"],
        &["assess", "--dry-run", "--date", "2019-04-01", "1.1.3", "achieved", "--note", "n\u{1b}]0;x\u{7}"],
        &[
            "record",
            "--dry-run",
            "--date",
            "2019-04-01",
            "##[error]x\u{200b}",
            "--note",
            "::add-mask::y",
            "-i",
            "2.1.1",
        ],
    ];
    for args in runs {
        let out = check(tmp.path(), args);
        let text = transcript(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {text}");
        assert_printable(&format!("plan {}", args.join(" ")), &text);
        let escaped = text.contains("\\u{") || text.contains("\\u00");
        assert!(escaped || !shows_escapes, "{args:?} shows the escapes: {text}");
    }
}

#[test]
fn every_code_is_in_the_reference() {
    let reference = fs::read_to_string(root().join("docs/reference.md")).unwrap();
    for code in Code::ALL {
        assert!(reference.contains(&format!("| {} |", code.as_str())), "docs/reference.md lacks {}", code.as_str());
    }
}
