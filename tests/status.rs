//! `plan status` on whole plans: a snapshot of every format on the demo, and
//! exact statuses on journals other than the demo's.

mod common;

use common::{plan_cmd, root, run, transcript};

fn status(dir: &str, args: &[&str]) -> String {
    let mut all = vec!["--dir", dir, "status", "--as-of", "2019-06-30"];
    all.extend_from_slice(args);
    let out = plan_cmd(&root()).env("COLUMNS", "120").args(&all).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn demo_table() {
    insta::assert_snapshot!(status("examples/demo/plan", &[]));
}

#[test]
fn demo_table_in_english_for_one_year() {
    insta::assert_snapshot!(status("examples/demo/plan", &["--lang", "en", "--year", "2019"]));
}

#[test]
fn demo_markdown() {
    insta::assert_snapshot!(status("examples/demo/plan", &["--format", "markdown"]));
}

#[test]
fn demo_csv() {
    insta::assert_snapshot!(status("examples/demo/plan", &["--format", "csv"]));
}

#[test]
fn demo_json() {
    let json: serde_json::Value = serde_json::from_str(&status("examples/demo/plan", &["--format", "json"])).unwrap();
    insta::assert_json_snapshot!(json);
}

#[test]
fn the_demo_shows_every_status() {
    let json: serde_json::Value = serde_json::from_str(&status("examples/demo/plan", &["--format", "json"])).unwrap();
    let statuses: std::collections::BTreeSet<&str> = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["cells"].as_array().unwrap())
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    let all = ["achieved", "behind", "missed", "not-applicable", "not-assessed", "on-track", "tracked", "upcoming"];
    assert_eq!(statuses.into_iter().collect::<Vec<_>>(), all);
}

/// The cell of indicator `id` in `year`, from `status --format json`.
fn cell(json: &serde_json::Value, id: &str, year: &str) -> serde_json::Value {
    let indicator = json["indicators"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap();
    indicator["cells"].as_array().unwrap().iter().find(|c| c["year"] == year).unwrap().clone()
}

#[test]
fn json_follows_the_design_on_a_fiscal_year_plan() {
    let out = run(&root().join("examples/minimal"), &["status", "--as-of", "2023-04-15", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["plan"], "Riverside Food Bank: Strategic Plan 2022-2024");
    assert_eq!(json["as_of"], "2023-04-15");
    assert_eq!(json["years"], serde_json::json!(["2022-23", "2023-24", "2024-25"]));
    // One Saturday distribution of 40 in a past year: missed, with no explanation.
    assert_eq!(
        cell(&json, "A.1.1", "2022-23"),
        serde_json::json!({"year": "2022-23", "status": "missed", "actual": 1, "target": 40, "explanation_missing": true})
    );
    // 15 days into 2023-24, nothing yet: 0 ≥ 40 × 15/366 fails.
    assert_eq!(cell(&json, "A.1.1", "2023-24")["status"], "behind");
    // The school partnerships only apply from 2023-24.
    assert_eq!(cell(&json, "A.1.2a", "2022-23"), serde_json::json!({"year": "2022-23", "status": "not-applicable"}));
    // The warehouse was done on 2023-03-25, in fiscal 2022-23, due 2023-24.
    assert_eq!(
        cell(&json, "A.2.1", "2022-23"),
        serde_json::json!({"year": "2022-23", "status": "achieved", "actual": "2023-03-25"})
    );
    // 12 volunteers of 60 by the end of the first of three years: behind the pro-rated 20.
    assert_eq!(
        cell(&json, "A.2.2", "2022-23"),
        serde_json::json!({"year": "2022-23", "status": "behind", "actual": 12, "target": 60, "explanation_missing": true})
    );
    assert_eq!(
        cell(&json, "A.2.2", "2024-25"),
        serde_json::json!({"year": "2024-25", "status": "upcoming", "target": 60})
    );
    assert_eq!(cell(&json, "A.1.2b", "2023-24"), serde_json::json!({"year": "2023-24", "status": "not-assessed"}));
    let summary = &json["summary"][0];
    assert_eq!(summary["year"], "2022-23");
    assert_eq!(summary["not-applicable"], 2);
    assert_eq!(summary["achieved"], 1);
}

#[test]
fn filters_combine() {
    let text = status(
        "examples/demo/plan",
        &["--format", "csv", "--orientation", "3", "--indicator", "3.3", "--year", "2018"],
    );
    let rows: Vec<&str> = text.lines().skip(1).filter(|r| r.starts_with("indicator,")).collect();
    assert_eq!(rows.len(), 5, "{text}");
    assert!(rows.iter().all(|r| r.starts_with("indicator,3.3.") && r.contains(",2018,")), "{text}");
    let groups: Vec<String> = text
        .lines()
        .skip(1)
        .filter(|r| !r.starts_with("indicator,") && r.contains(",2018,"))
        .map(|r| r.split(',').take(2).collect::<Vec<_>>().join(","))
        .collect();
    // Data formats list every group, even an action with a single indicator.
    let expected = ["orientation,3", "objective,3.3", "action,3.3.1", "action,3.3.2", "action,3.3.3", "action,3.3.4"];
    assert_eq!(groups, expected);
}

#[test]
fn bad_filters_are_refused() {
    for (args, says) in [
        (&["--year", "2031"][..], "2031 is not a year of the plan"),
        (&["--indicator", "1.1.9"][..], "did you mean \"1.1.1\"?"),
        (&["--orientation", "1", "--indicator", "2.1.1"][..], "no indicator matches"),
    ] {
        let mut all = vec!["--dir", "examples/demo/plan", "--lang", "en", "status", "--as-of", "2019-06-30"];
        all.extend_from_slice(args);
        let out = run(&root(), &all);
        assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", transcript(&out));
    }
}

#[test]
fn colour_only_when_allowed() {
    let args = ["--dir", "examples/demo/plan", "status", "--as-of", "2019-06-30", "--indicator", "1.1.1"];
    let plain = plan_cmd(&root()).args(args).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b), "NO_COLOR and a pipe: no escape codes");
    let forced = plan_cmd(&root()).env_remove("NO_COLOR").args(args).args(["--color", "always"]).output().unwrap();
    let text = String::from_utf8_lossy(&forced.stdout);
    // comfy-table colours through crossterm, which writes green as 256-colour index 10.
    assert!(text.contains("\u{1b}[38;5;10m 4/4 ✓ "), "achieved is green with --color always: {text:?}");
    let never = plan_cmd(&root()).env_remove("NO_COLOR").args(args).args(["--color", "never"]).output().unwrap();
    assert!(!never.stdout.contains(&0x1b));
}

/// Texts that Markdown would otherwise turn into something else.
const MARKDOWN_TRAPS: &[&str] = &[
    r"a \ backslash, and C:\Users\coco",
    "a `code span` and ``two``",
    "<img src=x onerror=alert(1)> and <script>alert(2)</script>",
    "[a link](javascript:alert(3)) and ![an image](x.png)",
    "*stars* **bold** _under_ __score__ ~~struck~~ ~one~",
    "$x^2$ and &amp; &nbsp; &#65; | a pipe",
    "- not a list, # not a heading, > not a quote, 1. not a number",
];

/// The text of every table cell, as pulldown-cmark reads the Markdown (GFM
/// tables, strikethrough, math), or what made a cell more than text.
fn markdown_cells(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_MATH;
    let mut cells = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::TableCell) => current = Some(String::new()),
            Event::End(TagEnd::TableCell) => cells.push(current.take().unwrap()),
            Event::Text(text) if current.is_some() => current.as_mut().unwrap().push_str(&text),
            other
                if current.is_some() && !matches!(other, Event::Start(Tag::Strong | Tag::Emphasis) | Event::End(_)) =>
            {
                panic!("a cell holds more than text: {other:?}\n{markdown}")
            }
            Event::Start(Tag::Strong | Tag::Emphasis) if current.is_some() => {
                current.as_mut().unwrap().push_str("<markup>");
            }
            _ => {}
        }
    }
    cells
}

#[test]
fn markdown_cells_read_back_as_the_texts_of_the_files() {
    let tmp = common::base_plan();
    let mut orientation = String::from("id = \"2\"\ntitle = \"Traps\"\n\n[[objective]]\nid = \"2.1\"\ntitle = \"t\"\n");
    for (i, text) in MARKDOWN_TRAPS.iter().enumerate() {
        let id = format!("2.1.{}", i + 1);
        let text = toml_edit::Value::from(*text).to_string();
        orientation += &format!(
            "\n[[objective.action]]\nid = \"{id}\"\ntitle = \"a\"\n\n[[objective.action.indicator]]\nid = \"{id}\"\ntext = {text}\nkind = \"assessment\"\n"
        );
    }
    std::fs::write(tmp.path().join("plan/orientations/2.toml"), orientation).unwrap();
    let out = run(tmp.path(), &["status", "--as-of", "2019-06-30", "--orientation", "2", "--format", "markdown"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let markdown = String::from_utf8(out.stdout).unwrap();
    // The traps have no entry: each is marked stale.
    let cells: Vec<String> =
        markdown_cells(&markdown).into_iter().map(|c| c.trim_start_matches("◷ ").to_string()).collect();
    for trap in MARKDOWN_TRAPS {
        assert!(cells.iter().any(|c| c == trap), "{trap:?} is not read back from any cell of\n{markdown}\n{cells:#?}");
    }
}

/// Dates and years are read by plan itself: one message in the plan's
/// language and exit 1, whichever flag carries them; years as tables name them.
#[test]
fn dates_and_years_are_refused_in_the_plans_language() {
    for args in [
        &["status", "--as-of", "2018-02-29"][..],
        &["show", "1.1.1", "--as-of", "2018-02-29"],
        &["record", "x", "-i", "1.1.1", "--date", "2018-02-29", "--dry-run"],
    ] {
        let out = run(&root().join("examples/demo"), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", transcript(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("« 2018-02-29 » n'est pas une date : ce jour n'existe pas au calendrier"),
            "{args:?}: {err}"
        );
    }
    let out = run(&root().join("examples/demo"), &["status", "--year", "2026-27"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2026-27 n'est pas une année du plan (2017–2020)"));
}

#[test]
fn a_fiscal_year_is_named_as_the_tables_name_it() {
    let minimal = root().join("examples/minimal");
    let by_label = run(&minimal, &["status", "--as-of", "2023-04-15", "--year", "2023-24", "--format", "csv"]);
    let by_year = run(&minimal, &["status", "--as-of", "2023-04-15", "--year", "2023", "--format", "csv"]);
    assert_eq!(by_label.status.code(), Some(0), "{}", transcript(&by_label));
    assert_eq!(by_label.stdout, by_year.stdout);
    assert!(String::from_utf8_lossy(&by_label.stdout).lines().skip(1).all(|l| l.contains(",2023-24,")));
}

/// The JSON of the demo holds what DESIGN.md shows: `stale` and `last_entry` on
/// every indicator, `groups` (every action, objective and orientation, then
/// the plan) with their roll-up counts, and `explanation_missing` only where true.
#[test]
fn json_has_groups_staleness_and_missing_explanations() {
    let json: serde_json::Value = serde_json::from_str(&status("examples/demo/plan", &["--format", "json"])).unwrap();
    let indicators = json["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 35);
    for indicator in indicators {
        assert!(
            indicator["stale"].is_boolean()
                && (indicator["last_entry"].is_string() || indicator["last_entry"].is_null())
        );
    }
    let groups = json["groups"].as_array().unwrap();
    let count = |level: &str| groups.iter().filter(|g| g["level"] == level).count();
    assert_eq!((count("orientation"), count("objective"), count("action"), count("plan")), (4, 10, 30, 1));
    assert_eq!(groups.last().unwrap()["id"], "plan");
    let objective = groups.iter().find(|g| g["id"] == "1.1").unwrap();
    assert_eq!(
        objective["cells"][2],
        serde_json::json!({"year": "2019", "status": "behind", "achieved_or_on_track": 1, "with_verdict": 4,
            "counts": {"on-track": 1, "behind": 3, "not-assessed": 1}})
    );
    // 1.1.2b: missed in 2018 but explained, behind in 2019 with no explanation yet.
    assert_eq!(cell(&json, "1.1.2b", "2018").get("explanation_missing"), None);
    assert_eq!(cell(&json, "1.1.2b", "2019")["explanation_missing"], true);
    let stale: Vec<&str> =
        indicators.iter().filter(|i| i["stale"] == true).map(|i| i["id"].as_str().unwrap()).collect();
    assert!(stale.contains(&"1.1.2a") && !stale.contains(&"1.1.1"), "{stale:?}");
}

/// `--level objective`: the orientations and objectives, and the plan; no indicator.
#[test]
fn level_shows_the_rows_down_to_a_level() {
    let text = status("examples/demo/plan", &["--format", "csv", "--level", "objective", "--year", "2019"]);
    let levels: Vec<&str> = text.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(levels.iter().filter(|l| **l == "objective").count(), 10);
    assert_eq!(levels.iter().filter(|l| **l == "orientation").count(), 4);
    assert_eq!(levels.iter().filter(|l| **l == "plan").count(), 1);
    assert_eq!(levels.len(), 15, "{text}");
    let plan_only = status("examples/demo/plan", &["--level", "plan", "--year", "2019"]);
    assert!(plan_only.contains("8/16 ! en retard"), "{plan_only}");
    // Each level in French too, as the plan names them.
    for (french, english) in [("objectif", "objective"), ("moyen", "action"), ("indicateur", "indicator")] {
        let args = |level| ["--format", "csv", "--level", level, "--year", "2019"];
        assert_eq!(status("examples/demo/plan", &args(french)), status("examples/demo/plan", &args(english)));
    }
}

/// `--stale`: only the indicators that wait for an entry, each marked.
#[test]
fn stale_shows_only_the_stale_indicators() {
    let json: serde_json::Value =
        serde_json::from_str(&status("examples/demo/plan", &["--stale", "--format", "json"])).unwrap();
    let indicators = json["indicators"].as_array().unwrap();
    assert!(!indicators.is_empty() && indicators.iter().all(|i| i["stale"] == true));
    let table = status("examples/demo/plan", &["--stale", "--indicator", "1.1"]);
    assert!(
        table.contains("◷ Un minimum de 4 rencontres par année a lieu avec") && !table.contains("│ 1.1.1 "),
        "{table}"
    );
    assert!(table.contains("◷ : aucune entrée depuis plus de 90 jours"), "{table}");
}

/// `--by territoire`: count indicators broken down by value, in the table, JSON and CSV.
#[test]
fn by_breaks_counts_down_by_tag() {
    let json: serde_json::Value =
        serde_json::from_str(&status("examples/demo/plan", &["--by", "territoire", "--format", "json"])).unwrap();
    let by = &json["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "2.2.2").unwrap()["by"];
    assert_eq!(by["Mékinac"][0], serde_json::json!({"year": "2017", "actual": 2}));
    assert_eq!(by.as_object().unwrap().keys().collect::<Vec<_>>(), ["Mékinac", "Shawinigan"]);
    let table = status("examples/demo/plan", &["--by", "territoire", "--indicator", "4.2.1"]);
    assert!(table.contains("↳ Haut-Saint-Maurice"), "{table}");
    let csv = status("examples/demo/plan", &["--by", "territoire", "--indicator", "4.2.1", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with(",territoire"), "{csv}");
    assert!(csv.contains("indicator,4.2.1,4,count,2019,,3,,"), "{csv}");
    let out = run(&root(), &["--dir", "examples/demo/plan", "--lang", "en", "status", "--by", "territory"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `territoire`?"), "{}", transcript(&out));
}

/// `status --format html`: one small document with inline styles only, for
/// Word and LibreOffice, which drop a stylesheet when pasting.
#[test]
fn demo_html() {
    let html = status("examples/demo/plan", &["--format", "html"]);
    let doc = scraper::Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    let all = scraper::Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let name = el.value().name();
        assert!(!matches!(name, "script" | "style" | "link" | "img"), "<{name}>");
        assert!(el.value().attr("class").is_none(), "<{name} class> needs a stylesheet");
    }
    let markdown = status("examples/demo/plan", &["--format", "markdown"]);
    let lines = markdown.lines().filter(|l| l.starts_with("| ")).count() - 1;
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    assert_eq!(doc.select(&rows).count(), lines, "a row per line of the Markdown table, counts included");
    insta::assert_snapshot!(html);
}

/// The workbook of the demo, read back: French headers, numbers as numbers,
/// dates as dates, status cells with their words, and the journal behind it.
#[test]
fn demo_xlsx_reads_back() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("statut.xlsx");
    let demo = root().join("examples/demo/plan");
    let out = plan_cmd(tmp.path())
        .args([
            "--dir",
            demo.to_str().unwrap(),
            "status",
            "--as-of",
            "2019-06-30",
            "--format",
            "xlsx",
            "-o",
            "statut.xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Écrit : statut.xlsx\n");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Statut", "Journal"]);
    let sheet = book.worksheet_range("Statut").unwrap();
    let text = |r: u32, c: u32| sheet.get_value((r, c)).map(|d| d.to_string()).unwrap_or_default();
    assert!(text(0, 0).ends_with("état au 30 juin 2019"), "{}", text(0, 0));
    let headers: Vec<String> = (0..8).map(|c| text(2, c)).collect();
    assert_eq!(
        headers,
        ["Niveau", "Id", "Intitulé", "2017 réalisé", "2017 cible", "2017 statut", "2018 réalisé", "2018 cible"]
    );
    let row = |id: &str| (3..sheet.height() as u32).find(|&r| text(r, 1) == id && text(r, 0) == "indicateur").unwrap();
    let r = row("1.1.2a");
    assert_eq!(sheet.get_value((r, 3)), Some(&Data::Float(3.0)), "a count is a number");
    assert_eq!(sheet.get_value((r, 4)), Some(&Data::Float(4.0)));
    assert_eq!(text(r, 5), "✗ non atteint");
    let milestone = row("2.2.3b");
    assert!(matches!(sheet.get_value((milestone, 3)), Some(Data::DateTime(_))), "a milestone's day is a date");
    assert_eq!(text(row("1.1.3a"), 3), "en bonne voie", "an assessment's level is a word");
    let group = (3..sheet.height() as u32).find(|&r| text(r, 0) == "orientation" && text(r, 1) == "1").unwrap();
    assert_eq!((text(group, 3), text(group, 5)), ("7/9".to_string(), "✗ non atteint".to_string()));
    let journal = book.worksheet_range("Journal").unwrap();
    let cell = |r: u32, c: u32| journal.get_value((r, c)).map(|d| d.to_string()).unwrap_or_default();
    assert_eq!(cell(0, 0), "Date");
    assert!(matches!(journal.get_value((1, 0)), Some(Data::DateTime(_))), "an entry's date is a date");
    let first_2018 = (1..journal.height() as u32).find(|&r| cell(r, 10).ends_with("journal/2018.toml")).unwrap();
    assert_eq!(
        (cell(first_2018, 2), cell(first_2018, 4)),
        ("activité".to_string(), "Rencontre du comité directeur".to_string())
    );
    assert_eq!(journal.get_value((first_2018, 11)), Some(&Data::Float(4.0)), "the line the entry starts on");
    assert_eq!(journal.height() - 1, 60, "every entry dated up to 2019-06-30, as `grep date` counts them");
}

/// Text from files lands in cells as text: a formula stays a formula's text,
/// a control is shown escaped.
#[test]
fn xlsx_cells_hold_text_as_text() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let tmp = common::plan_with_journal(
        b"[[activity]]\ndate = 2018-03-01\ntitle = \"=HYPERLINK(\\\"http://x\\\")\"\nindicators = [\"1.1.1\"]\nnote = \"a\\u001bb\"\n",
    );
    let out = plan_cmd(tmp.path())
        .args(["status", "--as-of", "2018-12-31", "--format", "xlsx", "-o", "s.xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let mut book: Xlsx<_> = open_workbook(tmp.path().join("s.xlsx")).unwrap();
    let journal = book.worksheet_range("Journal").unwrap();
    let row =
        (1..journal.height() as u32).find(|&r| journal.get_value((r, 2)) == Some(&Data::String("activity".into())));
    let row = row.expect("the activity is listed");
    assert_eq!(journal.get_value((row, 4)), Some(&Data::String("=HYPERLINK(\"http://x\")".into())));
    assert_eq!(journal.get_value((row, 7)), Some(&Data::String("a\\u{1b}b".into())));
    let formulas = book.worksheet_formula("Journal").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no formula in the workbook");
}

/// Without --output, the workbook goes to a file named for its date; to a
/// terminal it is refused before anything is done.
#[test]
fn xlsx_goes_to_a_file_never_a_terminal() {
    let tmp = common::base_plan();
    let out = plan_cmd(tmp.path())
        .args(["--lang", "en", "status", "--as-of", "2018-12-31", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Written: status-2018-12-31.xlsx\n");
    assert!(std::fs::read(tmp.path().join("status-2018-12-31.xlsx")).unwrap().starts_with(b"PK"));
    let piped = plan_cmd(tmp.path()).args(["status", "--format", "xlsx", "-o", "-"]).output().unwrap();
    assert_eq!(piped.status.code(), Some(0), "to a pipe, the bytes go: {}", transcript(&piped));
    assert!(piped.stdout.starts_with(b"PK"));
    #[cfg(unix)]
    if std::process::Command::new("script").arg("--version").output().is_ok() {
        let bin = env!("CARGO_BIN_EXE_plan");
        let line = format!("{bin} --lang en status --format xlsx -o -; echo \"exit=$?\"");
        let tty = std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .current_dir(tmp.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&tty.stdout);
        assert!(said.contains("an Excel workbook cannot be shown in a terminal"), "{said}");
        assert!(said.contains("exit=2") && !said.contains("PK"), "{said}");
    }
}

/// The demo's table as a terminal of 80 columns and `height` lines shows it.
fn demo_on_a_terminal(height: usize) -> String {
    use plan::render::{Format, Options, Rendered, render};
    let source = plan::source::Source::Dir { dir: root().join("examples/demo/plan"), cwd: root() };
    let valid = plan::workspace::Workspace::open(source).valid().unwrap_or_else(|_| panic!("the demo has errors"));
    let as_of = chrono::NaiveDate::from_ymd_opt(2019, 6, 30).unwrap();
    let report = plan::report::compute(&valid.plan, &valid.journal, as_of, &plan::report::Filter::default());
    let options = Options { lang: plan::model::Lang::Fr, color: false, width: 80, height: Some(height) };
    match render(&report, Format::Table, options) {
        Ok(Rendered::Text(text)) => text,
        other => panic!("{other:?}"),
    }
}

#[test]
fn at_80_columns_no_two_rows_read_the_same_and_the_header_comes_back() {
    use unicode_width::UnicodeWidthStr;
    let table = demo_on_a_terminal(30);
    assert!(table.lines().all(|l| l.width() <= 80), "{table}");
    let texts: Vec<&str> =
        table.lines().filter_map(|l| l.split('┆').nth(1)).map(|t| t.trim().trim_start_matches("◷ ")).collect();
    let rows: Vec<&str> = texts.iter().copied().filter(|t| !t.is_empty() && *t != "Intitulé").collect();
    for (i, text) in rows.iter().enumerate() {
        let seen = text.trim_end_matches('…');
        for other in &rows[..i] {
            let alike = seen.starts_with(other.trim_end_matches('…')) || other.starts_with(seen);
            assert!(
                !alike || other == text && !text.ends_with('…'),
                "« {other} » and « {text} » read the same:\n{table}"
            );
        }
    }
    let headers = texts.iter().filter(|t| **t == "Intitulé").count();
    assert!(headers >= 3, "a 70-line table on 30 lines repeats its header: {headers}\n{table}");
    let upcoming = table.lines().find(|l| l.contains("à venir")).unwrap();
    assert!(upcoming.contains('○') && !upcoming.contains('…'), "upcoming is not the cut mark: {upcoming}");
    assert!(table.lines().next().unwrap().ends_with('—'), "the title breaks at a word:\n{table}");
}

/// However tall the terminal, the header comes back at least once a screen,
/// and never inside the summary (the plan's line and the counts under it).
#[test]
fn the_header_comes_back_before_the_summary_never_inside_it() {
    for height in 20..=80 {
        let table = demo_on_a_terminal(height);
        let rows: Vec<&str> = table.lines().filter(|l| l.starts_with('│')).collect();
        let is_header = |row: &str| row.contains("Intitulé");
        let summary = rows.iter().position(|r| r.starts_with("│        ┆") && !is_header(r)).unwrap();
        assert!(!rows[summary..].iter().any(|r| is_header(r)), "{height} lines: a header in the summary\n{table}");
        let page = (height - 3).max(10);
        let mut since = 0;
        for row in &rows[1..] {
            since = if is_header(row) { 0 } else { since + 1 };
            assert!(since <= page, "{height} lines: {since} rows without the header\n{table}");
        }
        // A table that fits on the screen, with the prompt under it, does not repeat it.
        let headers = rows.iter().filter(|r| is_header(r)).count();
        if table.lines().count() < height {
            assert_eq!(headers, 1, "{height} lines\n{table}");
        }
    }
}

/// `plan ARGS` on the plan under `dir`, in English: its exit code, stdout and stderr.
fn shown(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = run(dir, &[&["--lang", "en"][..], args].concat());
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn figures_from_a_plan_with_warnings_are_followed_by_the_first_and_their_number() {
    let tmp = common::plan_with_journal(common::COMMENTED.as_bytes());
    let commands: [&[&str]; 3] = [
        &["status", "--as-of", "2018-12-31"],
        &["show", "1.1.1", "--as-of", "2018-12-31"],
        &["report", "--year", "2018", "--as-of", "2018-12-31", "--format", "markdown", "-o", "-"],
    ];
    let clean: Vec<_> = commands.iter().map(|args| shown(tmp.path(), args)).collect();
    for (code, _, stderr) in &clean {
        assert_eq!((*code, stderr.as_str()), (Some(0), ""), "a plan without warnings says nothing more");
    }
    // Notepad's name for a journal file: not read, so not counted (W0006).
    let journal = tmp.path().join("plan/journal");
    std::fs::write(journal.join("2019.toml.txt"), "").unwrap();
    for (args, before) in commands.iter().zip(&clean) {
        let (code, stdout, stderr) = shown(tmp.path(), args);
        assert_eq!((code, &stdout), (Some(0), &before.1), "{args:?}: the figures are the same");
        let (first, summary) = stderr.split_once("\nwarning: ").expect("a summary after the warning");
        assert!(first.starts_with("warning[W0006]: plan/journal/2019.toml.txt is not read"), "{args:?}: {stderr}");
        assert_eq!(summary, "the plan has 1 warning (above): these figures are those of the plan as it is written\n");
    }
    // The same entry written twice (W0219): two warnings, the first shown.
    let twice = format!(
        "{}\n\n[[activity]]\ndate = 2018-03-14\ntitle = \"Comité directeur\"\nindicators = [\"1.1.1\", \"1.1.2b\"]\n",
        common::COMMENTED
    );
    std::fs::write(journal.join("2018.toml"), twice).unwrap();
    let (code, _, stderr) = shown(tmp.path(), commands[0]);
    assert_eq!(code, Some(0));
    assert_eq!(stderr.matches("warning[").count(), 1, "{stderr}");
    assert!(stderr.ends_with("\nwarning: the plan has 2 warnings (the first is above; `plan check` shows them all): these figures are those of the plan as it is written\n"), "{stderr}");
}
