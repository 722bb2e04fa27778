//! `plan check` beyond the bad-input corpus (`tests/bad_input.rs`): the valid
//! base plan, the json and github forms, and `--deny-warnings`.

mod common;

use common::{build_case, copy_tree, root, run, transcript};

#[test]
fn the_base_plan_is_valid() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join(common::BASE), &tmp.path().join("plan"));
    let out = run(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "plan/: 1 orientation, 2 objectives, 4 actions, 5 indicators, 2 entries, no problems\n"
    );
}

#[test]
fn json_and_github_forms() {
    let (tmp, _) = build_case(&root().join("tests/bad_input/E0203-unknown-indicator"));
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
    let (tmp, _) = build_case(&root().join("tests/bad_input/W0209-activity-on-assessment"));
    let out = run(tmp.path(), &["--dir", "plan", "check", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused by --deny-warnings"));
}

/// A folder name is text from the disk: the summary shows it escaped, and
/// JSON carries it as JSON escapes, which decode to the real name.
#[cfg(unix)]
#[test]
fn a_plan_folder_named_with_escapes_is_shown_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    let name = "a\u{1b}[31mb";
    copy_tree(&root().join(common::BASE), &tmp.path().join(name).join("plan"));
    let dir = format!("{name}/plan");
    let human = run(tmp.path(), &["--lang", "en", "--dir", &dir, "check"]);
    assert_eq!(String::from_utf8_lossy(&human.stdout).split(':').next(), Some("a\\u{1b}[31mb/plan/"));
    let json = run(tmp.path(), &["--dir", &dir, "check", "--format", "json"]);
    assert!(!json.stdout.contains(&0x1b), "{}", transcript(&json));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["plan"], "a\u{1b}[31mb/plan/");
}

/// A period that cannot be read is reported in the language plan.toml gives.
#[test]
fn period_errors_speak_the_plans_language() {
    let (tmp, _) = build_case(&root().join("tests/bad_input/E0306-bad-period"));
    let plan = tmp.path().join("plan/plan.toml");
    std::fs::write(&plan, std::fs::read_to_string(&plan).unwrap().replace("\"en\"", "\"fr\"")).unwrap();
    let out = run(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("end_year (2015) précède start_year (2017)"),
        "{}",
        transcript(&out)
    );
}
