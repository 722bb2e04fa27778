//! `plan init`: a new plan, in French or English, that passes `plan check`,
//! never over an existing file.

mod common;

use std::fs;

use common::{plan_cmd, transcript};

fn init(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    plan_cmd(dir).args([&["init"][..], args].concat()).output().unwrap()
}

#[test]
fn a_new_plan_in_french_passes_check() {
    let tmp = tempfile::tempdir().unwrap();
    let out = init(tmp.path(), &["--lang", "fr", "--start-year", "2025", "--end-year", "2028"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("Nouveau plan créé dans") && said.contains("  plan/orientations/1.toml\n"), "{said}");
    assert!(said.contains("  2. vérifiez-les : plan check ;\n"), "{said}");
    assert!(said.lines().all(|l| l.chars().count() <= 80), "every line fits 80 columns: {said}");
    let check = plan_cmd(tmp.path()).args(["check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
    assert_eq!(
        String::from_utf8(check.stdout).unwrap(),
        "plan/ : 1 orientation, 1 objectif, 1 moyen, 3 indicateurs, 0 entrée, aucun problème\n"
    );
    let plan = fs::read_to_string(tmp.path().join("plan/plan.toml")).unwrap();
    assert!(plan.contains("title = \"Plan d'action 2025-2028\"\n") && plan.contains("language = \"fr\""), "{plan}");
    assert!(tmp.path().join("plan/journal/2025.toml").is_file());
    assert!(tmp.path().join("plan/documents/LISEZMOI.md").is_file());
    assert_eq!(fs::read_to_string(tmp.path().join("plan/.plan/.gitignore")).unwrap().lines().last(), Some("*"));
    let orientation = fs::read_to_string(tmp.path().join("plan/orientations/1.toml")).unwrap();
    assert!(orientation.contains("# Un indicateur (un résultat attendu) qui se compte"), "the example teaches");
    let status = plan_cmd(tmp.path()).args(["status", "--as-of", "2025-06-30"]).output().unwrap();
    assert_eq!(status.status.code(), Some(0), "{}", transcript(&status));
}

#[test]
fn a_new_plan_in_english_with_a_github_check() {
    let tmp = tempfile::tempdir().unwrap();
    let title = "Plan \"Riverside\" \\ 2024";
    let out = init(tmp.path(), &["ours", "--lang", "en", "--title", title, "--start-year", "2024", "--ci", "github"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let check = plan_cmd(&tmp.path().join("ours")).args(["--lang", "en", "check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
    let json = plan_cmd(&tmp.path().join("ours"))
        .args(["status", "--format", "json", "--as-of", "2024-01-01"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["plan"], title, "the title is written as TOML wants it, and read back the same");
    assert_eq!(json["years"], serde_json::json!(["2024", "2025", "2026", "2027"]), "four years by default");
    let workflow = fs::read_to_string(tmp.path().join("ours/.github/workflows/plan.yml")).unwrap();
    assert!(workflow.contains("run: plan check --format github"), "{workflow}");
    assert!(workflow.contains("cargo install --locked --git"), "{workflow}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("makes GitHub check the plan on every push"));
}

#[test]
fn an_existing_plan_is_never_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(init(tmp.path(), &[]).status.code(), Some(0));
    fs::write(tmp.path().join("plan/plan.toml"), "# mine\n").unwrap();
    let out = init(tmp.path(), &["--lang", "en"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("plan/plan.toml already exists: plan init replaces no file; nothing was written"), "{err}");
    assert_eq!(fs::read_to_string(tmp.path().join("plan/plan.toml")).unwrap(), "# mine\n");
}

#[test]
fn impossible_years_and_unwritable_folders_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let out = init(tmp.path(), &["--lang", "en", "--start-year", "2030", "--end-year", "2020"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the period 2030–2020 is not possible"));
    fs::create_dir(tmp.path().join("x")).unwrap();
    fs::write(tmp.path().join("x/plan"), "a file where the plan folder would go").unwrap();
    let out = init(tmp.path(), &["x", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot create x/plan/plan.toml"), "{}", transcript(&out));
    assert_eq!(fs::read_dir(tmp.path().join("x")).unwrap().count(), 1, "nothing is left behind");
}
