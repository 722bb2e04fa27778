//! `plan report`, the bilan: snapshots of the demo's report in HTML and
//! Markdown; a report that is one self-contained, well-formed HTML file with no
//! script and no link but evidence; text from files shown as text in both
//! formats; the git commit on the cover; a user's template; where the file goes.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{copy_tree, plan_cmd, root, transcript};
use scraper::{Html, Selector};

/// The day every report of these tests says it was made: 2023-11-14.
const MADE: &str = "1700000000";

/// A copy of the demo plan in a temporary folder that is in no git repository.
fn demo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("examples/demo/plan"), &tmp.path().join("plan"));
    tmp
}

/// `plan ARGS` in `dir`, made on a fixed day, with git never looking above `dir`.
fn plan_in(dir: &Path, args: &[&str]) -> Output {
    let ceiling = dir.parent().unwrap_or(dir);
    let mut cmd = plan_cmd(dir);
    cmd.env("SOURCE_DATE_EPOCH", MADE).env("GIT_CEILING_DIRECTORIES", ceiling).env_remove("GIT_DIR");
    cmd.args(args).output().expect("plan runs")
}

/// The report printed on stdout, as of 2019-06-30 unless `args` say; it must succeed.
fn report(dir: &Path, args: &[&str]) -> String {
    let as_of: &[&str] = if args.contains(&"--as-of") { &[] } else { &["--as-of", "2019-06-30"] };
    let all = [&["report", "--output", "-"][..], as_of, args].concat();
    let out = plan_in(dir, &all);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn demo_report_html() {
    let tmp = demo();
    insta::assert_snapshot!(report(tmp.path(), &["--year", "2018"]));
}

#[test]
fn demo_report_markdown() {
    let tmp = demo();
    insta::assert_snapshot!(report(tmp.path(), &["--format", "markdown"]));
}

#[test]
fn demo_report_in_english_on_a4() {
    let tmp = demo();
    let html = report(tmp.path(), &["--lang", "en", "--paper", "a4"]);
    assert!(html.contains("size: A4;"), "the page is A4");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Report on the plan 2017–2020") && html.contains("June 30, 2019"));
    assert!(!html.contains("atteint"), "no French word in an English report");
}

/// Every element and attribute of a page, as the parser of a browser reads it.
fn parse(html: &str) -> Html {
    let doc = Html::parse_document(html);
    assert!(doc.errors.is_empty(), "the HTML has parse errors: {:?}", doc.errors);
    doc
}

/// The page has no script, fetches nothing, and links only to evidence.
fn assert_self_contained(doc: &Html, evidence: &[&str]) {
    let all = Selector::parse("*").unwrap();
    for el in doc.select(&all) {
        let name = el.value().name();
        assert!(
            !matches!(name, "script" | "iframe" | "object" | "embed" | "img" | "link" | "base" | "form" | "image"),
            "<{name}> in the report"
        );
        for (attr, value) in el.value().attrs() {
            assert!(!attr.starts_with("on"), "an event handler: <{name} {attr}={value:?}>");
            assert!(!matches!(attr, "src" | "srcset" | "xlink:href" | "action"), "<{name} {attr}={value:?}>");
            if attr == "href" {
                let fine = value.starts_with('#') || evidence.contains(&value);
                assert!(fine, "a link that is not evidence: {value:?}");
            }
        }
    }
    let csp = Selector::parse("meta[http-equiv=Content-Security-Policy]").unwrap();
    let policy = doc.select(&csp).next().expect("a Content-Security-Policy").value().attr("content").unwrap();
    assert!(policy.contains("default-src 'none'"), "{policy}");
}

#[test]
fn the_html_is_one_well_formed_file_that_fetches_nothing() {
    let tmp = demo();
    let html = report(tmp.path(), &[]);
    assert!(!html.contains("<script"), "no script");
    let doc = parse(&html);
    let evidence = [
        "plan/documents/2017/2017-11-30-pv-rencontre-conjointe.md",
        "plan/documents/2019/2019-02-14-pv-comite-directeur.md",
        "https://cdsm.example/securite-alimentaire/mandat-2018",
    ];
    assert_self_contained(&doc, &evidence);
    let links: Vec<&str> =
        doc.select(&Selector::parse("a[href]").unwrap()).filter_map(|a| a.value().attr("href")).collect();
    for link in evidence {
        assert!(links.contains(&link), "{link} is linked: {links:?}");
    }
    let charts = doc.select(&Selector::parse("svg.chart").unwrap()).count();
    assert!(charts >= 20, "a chart per count indicator: {charts}");
    for svg in doc.select(&Selector::parse("svg").unwrap()) {
        assert!(svg.value().attr("viewBox").is_some() && svg.value().attr("width").is_none(), "sized by viewBox only");
        let title = svg.select(&Selector::parse("title").unwrap()).next().expect("a text alternative");
        assert!(!title.text().collect::<String>().trim().is_empty());
    }
}

#[test]
fn every_part_of_the_report_is_there() {
    let tmp = demo();
    let doc = parse(&report(tmp.path(), &["--year", "2019"]));
    let ids = |selector: &str| -> Vec<String> {
        let s = Selector::parse(selector).unwrap();
        doc.select(&s).filter_map(|e| e.value().attr("id").map(str::to_string)).collect()
    };
    assert_eq!(ids("section[id]:not(.objective):not(.orientation)"), ["summary", "glance", "watch", "method"]);
    assert_eq!(ids("section.orientation"), ["o-1", "o-2", "o-3", "o-4"]);
    let status: serde_json::Value =
        serde_json::from_slice(&plan_in(tmp.path(), &["status", "--format", "json", "--as-of", "2019-06-30"]).stdout)
            .unwrap();
    let cards = ids("article.card");
    let indicators: Vec<String> =
        status["indicators"].as_array().unwrap().iter().map(|i| format!("i-{}", i["id"].as_str().unwrap())).collect();
    assert_eq!(cards, indicators, "a card per indicator, in plan order");
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("Explication manquante : 2019, en retard"), "an unexplained cell is flagged");
    assert!(text.contains("Ventilation par territoire"), "breakdowns by tag");
    assert!(text.contains("Préparer le bilan de mi-parcours pour les bailleurs de fonds"), "the plan's narratives");
    assert!(text.contains("le recrutement de deux membres est en cours"), "an indicator's explanation");
}

/// A plan whose every text is markup, a template, or a control, in every place
/// the report shows text from files.
fn hostile_plan() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    fs::create_dir_all(dir.join("orientations")).unwrap();
    fs::create_dir_all(dir.join("journal")).unwrap();
    fs::create_dir_all(dir.join("documents")).unwrap();
    fs::write(dir.join("documents/pv #1 été & co.md"), "pv").unwrap();
    fs::write(
        dir.join("plan.toml"),
        "[plan]\ntitle = \"</title><script>alert('t')</script>\"\norganization = \"]]> {{ 7*7 }} {% raw %}\"\n\
         language = \"fr\"\nstart_year = 2018\nend_year = 2019\n[tags]\nlieu = [\"\\\"><svg onload=alert(1)>\", \"*gras* | [lien](javascript:x)\"]\n",
    )
    .unwrap();
    fs::write(
        dir.join("orientations/1.toml"),
        "id = \"1\"\ntitle = \"<img src=x onerror=alert(1)>\"\n[[objective]]\nid = \"1.1\"\ntitle = \"</style><style>body{display:none}</style>\"\n\
         [[objective.action]]\nid = \"1.1.1\"\ntitle = \"# pas un titre\\n- pas une liste\"\n\
         [[objective.action.indicator]]\nid = \"1.1.1\"\ntext = \"<script>alert(1)</script> \\u001b[31mrouge \\u202e à l'envers\"\nkind = \"count\"\ntarget = 4\nunit = \"<u>x</u>\"\n",
    )
    .unwrap();
    fs::write(
        dir.join("journal/2018.toml"),
        "[[activity]]\ndate = 2018-03-01\ntitle = \"<a href=https://evil.example>clic</a>\"\nindicators = [\"1.1.1\"]\n\
         note = \"::add-mask::x ##[error] {{ t }}\"\nevidence = [\"documents/pv #1 été & co.md\", \"https://exemple.org/?a=<b>&c=\\\"d\\\"\"]\n\
         tags = { lieu = [\"\\\"><svg onload=alert(1)>\", \"*gras* | [lien](javascript:x)\"] }\n\
         [[narrative]]\ndate = 2018-12-01\nabout = \"1.1.1\"\ntopic = \"explication\"\ntext = \"</p><iframe src=x></iframe>\\n# titre\"\n",
    )
    .unwrap();
    tmp
}

#[test]
fn text_from_files_is_text_in_html() {
    let tmp = hostile_plan();
    let out = plan_in(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let html = report(tmp.path(), &["--as-of", "2018-12-31"]);
    let doc = parse(&html);
    assert_self_contained(
        &doc,
        &["plan/documents/pv%20%231%20%C3%A9t%C3%A9%20%26%20co.md", "https://exemple.org/?a=<b>&c=\"d\""],
    );
    let text: String = doc.root_element().text().collect();
    for shown in [
        "</title><script>alert('t')</script>",
        "]]> {{ 7*7 }} {% raw %}",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script> \\u{1b}[31mrouge \\u{202e} à l'envers",
        "<a href=https://evil.example>clic</a>",
        "\"><svg onload=alert(1)>",
        "</p><iframe src=x></iframe>\n# titre",
        "##[error] {{ t }}",
    ] {
        assert!(text.contains(shown), "{shown:?} is shown as text");
    }
    assert!(!html.contains('\u{1b}') && !html.contains('\u{202e}'), "no raw control");
    assert!(!html.contains("##["), "no workflow command in the page");
    let style = Selector::parse("style").unwrap();
    assert_eq!(doc.select(&style).count(), 1, "no style element but the report's");
}

#[test]
fn text_from_files_is_text_in_markdown() {
    let tmp = hostile_plan();
    let md = report(tmp.path(), &["--as-of", "2018-12-31", "--format", "markdown"]);
    use pulldown_cmark::{Event, Parser, Tag};
    let mut text = String::new();
    let mut links = Vec::new();
    for event in Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML in the Markdown: {h:?}"),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Start(Tag::Image { .. }) => panic!("an image in the Markdown"),
            Event::Text(t) | Event::Code(t) => text += &t,
            _ => {}
        }
    }
    assert_eq!(links, ["plan/documents/pv%20%231%20%C3%A9t%C3%A9%20%26%20co.md", "https://exemple.org/?a=<b>&c=\"d\""]);
    for shown in
        ["</title><script>alert('t')</script>", "<img src=x onerror=alert(1)>", "*gras* | [lien](javascript:x)"]
    {
        assert!(text.contains(shown), "{shown:?} is shown as text in:\n{text}");
    }
}

/// A git repository holding the demo plan, committed on a fixed day by a fixed author.
fn demo_in_git() -> tempfile::TempDir {
    let tmp = demo();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(tmp.path())
            .args(args)
            .env("GIT_AUTHOR_NAME", "Coordination")
            .env("GIT_AUTHOR_EMAIL", "coordination@example.org")
            .env("GIT_COMMITTER_NAME", "Coordination")
            .env("GIT_COMMITTER_EMAIL", "coordination@example.org")
            .env("GIT_AUTHOR_DATE", "2019-06-30T12:00:00Z")
            .env("GIT_COMMITTER_DATE", "2019-06-30T12:00:00Z")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", transcript(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "plan"]);
    git(&["commit", "-q", "-m", "Plan 2017-2020"]);
    tmp
}

#[test]
fn the_cover_names_the_commit_and_says_when_files_differ() {
    let tmp = demo_in_git();
    let head = Command::new("git").current_dir(tmp.path()).args(["rev-parse", "HEAD"]).output().unwrap();
    let head = String::from_utf8(head.stdout).unwrap().trim().to_string();
    let short = &head[..10];
    let html = report(tmp.path(), &[]);
    assert!(html.contains(&format!("commit <code>{short}</code></dd>")), "the cover names the commit");
    assert!(html.contains(&format!("\"commit {short} \\0000b7 \"")), "every page's footer names it");
    assert!(!html.contains("modifications non enregistrées"));
    fs::write(tmp.path().join("plan/journal/2019.toml"), "# vidé\n").unwrap();
    let html = report(tmp.path(), &[]);
    assert!(html.contains(&format!("commit <code>{short}</code>, avec des modifications non enregistrées dans git")));
}

#[test]
fn a_users_template_gets_the_data_and_may_extend_the_built_in_one() {
    let tmp = demo();
    let own = tmp.path().join("bailleur.html");
    fs::write(&own, "{% extends \"bilan.html\" %}{% block cover %}<h1>Pour le bailleur : {{ plan.title }} — {{ heading }}</h1>{% endblock %}").unwrap();
    let html = report(tmp.path(), &["--year", "2018", "--template", "bailleur.html"]);
    assert!(html.contains("<h1>Pour le bailleur : Plan d’action 2017-2020 : Consortium en développement social de la Mauricie — Bilan 2018</h1>"));
    assert!(html.contains("<section id=\"summary\">"), "the other blocks stay");
    let list = tmp.path().join("liste.md");
    fs::write(&list, "{% for o in orientations %}{% for b in o.parts %}{% for a in b.parts %}{% for i in a.indicators %}{{ i.id }} {{ i.cells[0].status.word }}\n{% endfor %}{% endfor %}{% endfor %}{% endfor %}").unwrap();
    let md = report(tmp.path(), &["--format", "markdown", "--template", "liste.md"]);
    assert!(md.starts_with("1.1.1 atteint\n1.1.2a non atteint\n"), "{md}");
}

#[test]
fn a_broken_template_is_refused_with_its_line() {
    let tmp = demo();
    fs::write(tmp.path().join("faux.html"), "<p>{{ plan.title }}</p>\n<p>{{ plan.titre }}</p>\n").unwrap();
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--template", "faux.html", "--output", "-"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the template faux.html:2 cannot be used: undefined value"), "{err}");
    assert!(err.contains("docs/report-template.md"), "{err}");
    assert!(out.stdout.is_empty(), "nothing is written");
    fs::write(
        tmp.path().join("boucle.html"),
        "{% for a in range(10000) %}{% for b in range(10000) %}.{% endfor %}{% endfor %}",
    )
    .unwrap();
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--template", "boucle.html", "--output", "-"]);
    assert_eq!(out.status.code(), Some(1), "a runaway template stops: {}", transcript(&out));
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--template", "absent.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the template absent.html"));
}

#[test]
fn the_report_goes_to_a_file_named_for_its_year() {
    let tmp = demo();
    let out = plan_in(tmp.path(), &["report", "--year", "2018", "--as-of", "2019-06-30"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        said,
        "Bilan écrit : bilan-2018.html\nOuvrez-le dans un navigateur ; pour en faire un PDF, choisissez Imprimer, puis Enregistrer au format PDF.\n"
    );
    assert!(fs::read_to_string(tmp.path().join("bilan-2018.html")).unwrap().starts_with("<!DOCTYPE html>"));
    let out = plan_in(tmp.path(), &["report", "--format", "markdown", "--as-of", "2019-06-30"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Bilan écrit : bilan-2017-2020.md\n");
    assert!(tmp.path().join("bilan-2017-2020.md").is_file());
}

#[test]
fn the_report_never_writes_over_a_toml_file() {
    let tmp = demo();
    let before = fs::read(tmp.path().join("plan/plan.toml")).unwrap();
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--output", "plan/plan.toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("plan does not write a report over a TOML file (plan/plan.toml)")
    );
    assert_eq!(fs::read(tmp.path().join("plan/plan.toml")).unwrap(), before);
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--output", "nowhere/bilan.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write nowhere/bilan.html"));
}

#[test]
fn a_long_list_of_activities_is_summed_up() {
    let tmp = demo();
    let mut journal = String::new();
    for day in 1..=25 {
        journal += &format!(
            "[[activity]]\ndate = 2019-03-{day:02}\ntitle = \"Rencontre {day}\"\nindicators = [\"1.1.1\"]\namount = 2\n\n"
        );
    }
    fs::write(tmp.path().join("plan/journal/2019.toml"), journal).unwrap();
    let html = report(tmp.path(), &["--year", "2019"]);
    let doc = parse(&html);
    let card = doc.select(&Selector::parse("#i-1\\.1\\.1 table.entries tbody tr").unwrap()).count();
    assert_eq!(card, 20, "the first 20 activities are listed");
    assert!(html.contains("… et 5 autres activités (10 au total) ; la liste complète : plan show 1.1.1"));
}

/// Every field name under `value`, and every key of its `t`.
fn field_names(value: &serde_json::Value, names: &mut std::collections::BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                names.insert(key.clone());
                field_names(inner, names);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| field_names(i, names)),
        _ => {}
    }
}

/// `--format json` prints the data a template receives, and
/// docs/report-template.md names every field of it and every word of `t`.
#[test]
fn the_template_data_is_documented_field_by_field() {
    let tmp = demo_in_git();
    let json: serde_json::Value = serde_json::from_str(&report(tmp.path(), &["--format", "json"])).unwrap();
    assert_eq!(json["commit"]["modified"], false);
    assert_eq!(json["heading"], "Bilan du plan 2017–2020");
    let mut names = std::collections::BTreeSet::new();
    field_names(&json, &mut names);
    assert!(names.len() > 80, "{names:?}");
    let doc = fs::read_to_string(root().join("docs/report-template.md")).unwrap();
    let missing: Vec<&String> = names.iter().filter(|n| !doc.contains(&format!("`{n}`"))).collect();
    assert!(missing.is_empty(), "docs/report-template.md does not name {missing:?}");
    let out = plan_in(tmp.path(), &["--lang", "en", "report", "--format", "json", "--template", "x.html"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
}
