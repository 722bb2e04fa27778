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

/// A journal big enough to be read in chunks and checked on every core (its
/// repeats looked for on every core too) reports what a small one does: the
/// same faults, at the start of its files, followed by 24,000 valid entries,
/// give the same diagnostics, in the same order.
#[test]
fn a_journal_checked_on_every_core_reports_as_a_small_one() {
    let faults = |year: u32| {
        let entry = |date: &str, title: &str, id: &str| {
            format!("\n[[activity]]\ndate = {date}\ntitle = \"{title}\"\nindicators = [\"{id}\"]\n")
        };
        let (here, elsewhere) = (format!("{year}-02-01"), format!("{}-03-01", year - 1));
        [
            entry(&here, "Meeting", "1.1.1"),
            entry(&here, "Meeting", "1.1.1"),
            entry(&here, "Unknown", "1.1.9"),
            entry(&elsewhere, "Wrong year", "1.1.1"),
            entry(&elsewhere, "Wrong year", "1.1.1"),
        ]
        .concat()
    };
    let valid = |year: u32| {
        (0..12_000)
            .map(move |i| format!("\n[[activity]]\ndate = {year}-04-01\ntitle = \"R {i}\"\nindicators = [\"1.1.1\"]\n"))
    };
    let diagnostics = |padded: bool| {
        let tmp = tempfile::tempdir().unwrap();
        copy_tree(&root().join(common::BASE), &tmp.path().join("plan"));
        for year in [2018, 2019] {
            let padding: String = if padded { valid(year).collect() } else { String::new() };
            let text = format!("# {year}\n{}{padding}", faults(year));
            std::fs::write(tmp.path().join(format!("plan/journal/{year}.toml")), text).unwrap();
        }
        let out = run(tmp.path(), &["--dir", "plan", "check", "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["diagnostics"].clone()
    };
    let (small, big) = (diagnostics(false), diagnostics(true));
    let codes: Vec<&str> = small.as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
    let repeat_and_wrong_file = ["W0219", "E0203", "W0211", "W0211", "W0219"];
    assert_eq!(codes, [repeat_and_wrong_file, repeat_and_wrong_file].concat(), "{small:#}");
    assert_eq!(big, small);
}
