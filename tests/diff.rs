//! `plan diff FROM [TO]`: what changed between two moments, on throw-away
//! repositories with fixed dates, and on files outside git.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::history::History;
use common::{copy_tree, plan_cmd, root, transcript};

fn plan_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = plan_cmd(dir);
    cmd.env("TZ", "UTC").env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap());
    cmd.args(args).output().expect("plan runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = plan_in(dir, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(dir, &[args, &["--format", "json"]].concat())).unwrap()
}

/// Every entry added (or removed) in a diff, as `date title-or-topic`.
fn entries(diff: &serde_json::Value, which: &str) -> Vec<String> {
    let sections = diff["sections"].as_array().unwrap();
    let mut out: Vec<String> = sections
        .iter()
        .flat_map(|s| s[which].as_array().unwrap())
        .map(|e| {
            let what = e["title"].as_str().or(e["topic"].as_str()).or(e["level"].as_str()).unwrap();
            format!("{} {what}", e["date"].as_str().unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_entries_of_the_spring_are_added() {
    let history = History::demo();
    let diff = json(history.path(), &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(diff["from"]["as_of"], "2019-03-15");
    assert_eq!(diff["to"]["as_of"], "2019-06-30");
    assert_eq!(diff["changed"], true);
    let added = [
        "2019-04-10 Bons coups en développement social recensés et diffusés",
        "2019-05-09 Rencontre du comité directeur",
        "2019-05-22 Comité régional en sécurité alimentaire",
        "2019-05-30 Rendez-vous du développement social en lien avec le FQIS",
        "2019-06-14 on-track",
        "2019-06-20 explanation",
        "2019-06-20 next-steps",
    ];
    assert_eq!(entries(&diff, "entries_added"), added);
    assert!(entries(&diff, "entries_removed").is_empty());
    let headings: Vec<&serde_json::Value> =
        diff["sections"].as_array().unwrap().iter().map(|s| &s["orientation"]["id"]).collect();
    assert_eq!(
        headings,
        [&serde_json::Value::Null, &"1".into(), &"2".into(), &"3".into(), &"4".into()],
        "the plan, then by orientation"
    );
    let first = &diff["sections"][1]["cells"][0];
    assert_eq!((first["id"].as_str(), first["year"].as_str()), (Some("1.1.1"), Some("2019")));
    assert_eq!((first["before"]["actual"].as_str(), first["after"]["actual"].as_str()), (Some("1"), Some("2")));
}

#[test]
fn removed_entries_a_new_target_and_a_new_indicator_are_listed() {
    let history = History::demo();
    let journal = history.path().join("plan/journal/2019.toml");
    let text = fs::read_to_string(&journal).unwrap();
    let removed =
        "[[activity]]\ndate = 2019-05-09\ntitle = \"Rencontre du comité directeur\"\nindicators = [\"1.1.1\"]\n\n";
    assert!(text.contains(removed));
    fs::write(&journal, text.replace(removed, "")).unwrap();
    let orientation = history.path().join("plan/orientations/1.toml");
    let text = fs::read_to_string(&orientation).unwrap();
    let target = "id = \"1.1.1\"\ntext = \"Un minimum de 4 rencontres par année a lieu en présence des membres du comité directeur.\"\nkind = \"count\"\ntarget = 4";
    assert!(text.contains(target));
    let text = text.replace(target, &target.replace("target = 4", "target = 5"));
    let text = text
        + "\n[[objective.action]]\nid = \"1.3.4\"\ntitle = \"Signer une entente avec un nouveau partenaire.\"\n"
        + "\n[[objective.action.indicator]]\nid = \"1.3.4\"\ntext = \"Un nouveau partenaire signe une entente.\"\nkind = \"milestone\"\n";
    fs::write(&orientation, text).unwrap();
    history.commit("2019-09-12", "Cible révisée, nouvel indicateur, une entrée en double retirée");
    let diff = json(history.path(), &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(entries(&diff, "entries_removed"), ["2019-05-09 Rencontre du comité directeur"]);
    assert!(entries(&diff, "entries_added").is_empty());
    let plan: Vec<&serde_json::Value> =
        diff["sections"].as_array().unwrap().iter().flat_map(|s| s["plan"].as_array().unwrap()).collect();
    let said: Vec<(&str, &str, &str)> = plan
        .iter()
        .map(|p| (p["change"].as_str().unwrap(), p["level"].as_str().unwrap_or(""), p["id"].as_str().unwrap()))
        .collect();
    assert_eq!(said, [("added", "action", "1.3.4"), ("added", "indicator", "1.3.4"), ("measure", "", "1.1.1")]);
    let measure = plan[2];
    assert_eq!((measure["before"]["target"].as_u64(), measure["after"]["target"].as_u64()), (Some(4), Some(5)));
    let text = ok(history.path(), &["--lang", "en", "diff", "HEAD~1", "HEAD"]);
    assert!(text.contains("Indicator 1.1.1: count; target: 4 a year; unit: rencontres; years: 2017, 2018, 2019, 2020 becomes count; target: 5 a year;"), "{text}");
    assert!(text.contains("added: Indicator 1.3.4 — Un nouveau partenaire signe une entente."), "{text}");
    assert!(text.contains("  Entries removed\n    2019-05-09  Rencontre du comité directeur → 1.1.1  ("), "{text}");
}

#[test]
fn nothing_changed_is_said() {
    let history = History::demo();
    assert_eq!(
        ok(history.path(), &["--lang", "en", "diff", "HEAD", "HEAD"]),
        "Changes from June 30, 2019 (commit 819a6a728f) to June 30, 2019 (commit 819a6a728f)\nNothing changed.\n"
    );
    assert_eq!(json(history.path(), &["diff", "HEAD", "HEAD"])["changed"], false);
}

#[test]
fn the_later_side_is_by_default_the_files_as_they_are_today() {
    let history = History::demo();
    let diff = json(history.path(), &["diff", "2019-06-30"]);
    assert_eq!(diff["to"]["commit"], serde_json::Value::Null);
    assert_ne!(diff["to"]["as_of"], "2019-06-30", "as of today");
    assert!(entries(&diff, "entries_added").is_empty(), "the files did not change");
}

#[test]
fn outside_git_dates_compare_the_files_as_of_two_days() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("examples/demo/plan"), &tmp.path().join("plan"));
    let diff = json(tmp.path(), &["diff", "2019-03-15", "2019-06-30"]);
    assert_eq!(entries(&diff, "entries_added").len(), 7, "the entries dated after March 15 now count");
    assert_eq!((diff["from"]["commit"].is_null(), diff["to"]["commit"].is_null()), (true, true));
    let out = plan_in(tmp.path(), &["--lang", "en", "diff", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is in no git repository"));
}

#[test]
fn the_markdown_pastes_into_minutes() {
    let history = History::demo();
    insta::assert_snapshot!(ok(history.path(), &["diff", "2019-03-15", "2019-06-30", "--format", "markdown"]));
}

/// The README shows `plan diff` on the history `examples/demo/history.sh`
/// makes: the same commits, so the same output, word for word.
#[test]
fn the_readme_shows_a_real_run() {
    let history = History::demo();
    let run = ok(history.path(), &["diff", "2019-03-15", "2019-06-30"]);
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let shown = format!("$ plan diff 2019-03-15 2019-06-30\n{run}```");
    assert!(readme.contains(&shown), "README.md should show:\n{shown}");
}

#[test]
fn the_report_says_what_changed_since_the_last_bilan() {
    let history = History::demo();
    let html =
        ok(history.path(), &["report", "--year", "2019", "--since", "2019-03-15", "--as-of", "2019-06-30", "-o", "-"]);
    assert!(html.contains("<h2>Ce qui a changé</h2>"), "{html}");
    assert!(html.contains("<li>2019-05-09  Rencontre du comité directeur → 1.1.1</li>"), "entries, without file:line");
    assert!(
        html.contains("Changements entre le 15 mars 2019 (commit dfadc2da65) et le 30 juin 2019 (fichiers actuels)")
    );
    let json = json(history.path(), &["report", "--since", "HEAD~1", "--as-of", "2019-06-30", "-o", "-"]);
    let since = &json["since"];
    assert_eq!(since["sections"][1]["heading"].as_str().map(|h| h.starts_with("Orientation 1 — ")), Some(true));
    assert_eq!(since["sections"][1]["parts"][0]["name"], "Statuts");
    let doc = fs::read_to_string(root().join("docs/report-template.md")).unwrap();
    for field in ["since", "title", "sections", "heading", "parts", "name", "lines"] {
        assert!(doc.contains(&format!("`{field}`")), "docs/report-template.md names `{field}`");
    }
}

/// Every key of the JSON `plan diff` gives, with every kind of change in it,
/// and every value of `change` and `kind`, is named in docs/reference.md.
#[test]
fn the_json_is_documented() {
    let history = History::demo();
    let orientation = history.path().join("plan/orientations/1.toml");
    let text = fs::read_to_string(&orientation)
        .unwrap()
        .replace("target = 4\nunit = \"rencontres\"", "target = 5\nunit = \"rencontres\"");
    fs::write(&orientation, text + "\n[[objective.action]]\nid = \"1.3.4\"\ntitle = \"Nouveau.\"\n").unwrap();
    let journal = history.path().join("plan/journal/2019.toml");
    let text = fs::read_to_string(&journal).unwrap();
    fs::write(&journal, text.replace("date = 2019-05-09", "date = 2019-05-10")).unwrap();
    history.commit("2019-09-12", "Changements");
    let diff = json(history.path(), &["diff", "HEAD~2", "HEAD"]);
    let mut names = std::collections::BTreeSet::new();
    collect(&diff, &mut names);
    let reference = fs::read_to_string(root().join("docs/reference.md")).unwrap();
    let missing: Vec<&String> = names.iter().filter(|n| !reference.contains(&format!("`{n}`"))).collect();
    assert!(missing.is_empty(), "docs/reference.md does not name {missing:?}");
}

/// Every key, and the values of `change`, `kind` and `level`.
fn collect(value: &serde_json::Value, names: &mut std::collections::BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                names.insert(key.clone());
                if matches!(key.as_str(), "change" | "kind" | "level") {
                    names.extend(inner.as_str().map(str::to_string));
                }
                collect(inner, names);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect(i, names)),
        _ => {}
    }
}
