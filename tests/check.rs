//! `plan check` on fixture plans: one case per diagnostic code, each with the
//! exact set of codes it must raise, its exit code, and its output in English
//! and French (snapshotted).

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{copy_tree, root, run, transcript};
use plan::diagnostic::Code;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    exit: i32,
    codes: Vec<String>,
    #[serde(default)]
    remove: Vec<String>,
}

/// Builds the case's plan in a temporary folder: the base plan, then the case's files over it.
fn build(case_dir: &Path) -> (tempfile::TempDir, Case) {
    let case: Case = toml::from_str(&fs::read_to_string(case_dir.join("case.toml")).unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let plan = tmp.path().join("plan");
    copy_tree(&root().join("tests/fixtures/check/base"), &plan);
    copy_tree(case_dir, &plan);
    fs::remove_file(plan.join("case.toml")).unwrap();
    for path in &case.remove {
        fs::remove_file(plan.join(path)).unwrap();
    }
    (tmp, case)
}

/// The codes `plan check --format json` reports, in order.
fn reported_codes(dir: &Path) -> Vec<String> {
    let out = run(dir, &["--dir", "plan", "check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    json["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
}

#[test]
fn every_case_reports_exactly_its_codes() {
    insta::glob!("fixtures/check/*/case.toml", |path| {
        let case_dir = path.parent().unwrap();
        let (tmp, case) = build(case_dir);
        let mut codes = reported_codes(tmp.path());
        codes.sort();
        let mut expected = case.codes.clone();
        expected.sort();
        assert_eq!(codes, expected, "codes reported for {}", case_dir.display());

        let en = run(tmp.path(), &["--dir", "plan", "--lang", "en", "check"]);
        let fr = run(tmp.path(), &["--dir", "plan", "--lang", "fr", "check"]);
        for out in [&en, &fr] {
            assert_eq!(out.status.code(), Some(case.exit), "{}", transcript(out));
            assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
        }
        insta::assert_snapshot!(format!("{}\n=== français\n{}", transcript(&en), transcript(&fr)));
    });
}

#[test]
fn every_code_has_a_fixture() {
    let cases: BTreeSet<String> = fs::read_dir(root().join("tests/fixtures/check"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for code in Code::ALL {
        assert!(
            cases.iter().any(|c| c.starts_with(code.as_str())),
            "no fixture in tests/fixtures/check/ for {}",
            code.as_str()
        );
    }
}

#[test]
fn the_base_plan_is_valid() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("tests/fixtures/check/base"), &tmp.path().join("plan"));
    let out = run(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "plan/: 1 orientation, 2 objectives, 4 actions, 5 indicators, 2 entries, no problems\n"
    );
}

#[test]
fn json_and_github_forms() {
    let (tmp, _) = build(&root().join("tests/fixtures/check/E0203-unknown-indicator"));
    let json = run(tmp.path(), &["--dir", "plan", "check", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    insta::assert_json_snapshot!("E0203_json", value);
    let github = run(tmp.path(), &["--dir", "plan", "check", "--format", "github"]);
    assert_eq!(github.status.code(), Some(1));
    insta::assert_snapshot!("E0203_github", String::from_utf8_lossy(&github.stdout));
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let (tmp, _) = build(&root().join("tests/fixtures/check/W0209-activity-on-assessment"));
    let out = run(tmp.path(), &["--dir", "plan", "check", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused by --deny-warnings"));
}

#[test]
fn no_plan_found_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no plan found") && err.contains("--dir"), "{err}");
}
