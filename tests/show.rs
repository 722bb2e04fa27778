//! `plan show ID` on the demo: an item, its status per year, and its entries.

mod common;

use common::{plan_cmd, root, transcript};

#[test]
fn show_an_objective() {
    let out = plan_cmd(&root())
        .env("COLUMNS", "120")
        .args(["--dir", "examples/demo/plan", "show", "1.2", "--as-of", "2019-06-30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}

/// `show` on an indicator says why each year has its status, with the numbers,
/// flags a missing explanation, and lists narratives and evidence.
#[test]
fn show_explains_each_year() {
    let out = plan_cmd(&root())
        .args(["--dir", "examples/demo/plan", "show", "1.1.2b", "--as-of", "2019-06-30"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2019 : 0/1 ! en retard — 0 sur 1 ; au 30 juin 2019, 49,6\u{a0}% de l'année est écoulé : il fallait au moins 0,50 (1 × 49,6\u{a0}%) pour être en bonne voie"), "{text}");
    assert!(text.contains("⚠ explication manquante pour 2019 : plan note 1.1.2b explication"), "{text}");
    assert!(!text.contains("explication manquante pour 2018"), "{text}");
    assert!(text.contains("2018 — explication (2018-12-10, examples/demo/plan/journal/2018.toml:"), "{text}");
    assert!(text.contains("preuves : documents/2017/2017-11-30-pv-rencontre-conjointe.md"), "{text}");
    assert!(text.contains("Dernière entrée : 2017-11-30, il y a 577 jours — ◷ en attente d'une entrée"), "{text}");
}

/// The same, as data: each cell with the rule that decided it and its numbers.
#[test]
fn show_json_gives_the_rule_and_its_numbers() {
    let out = plan_cmd(&root())
        .args(["--dir", "examples/demo/plan", "show", "1.1", "--as-of", "2019-06-30", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["rollup"]["cells"][0]["status"], "missed");
    let ind = json["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "1.1.1").unwrap();
    assert_eq!(
        ind["cells"][2]["why"],
        serde_json::json!({"rule": "year-target", "actual": 2, "target": 4, "as_of": "2019-06-30",
            "elapsed_days": 181, "period_days": 365, "expected": 1.98})
    );
    assert_eq!(json["narratives"][0]["topic"], "challenges");
}
