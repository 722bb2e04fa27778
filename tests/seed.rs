//! `plan/` is the consortium's own plan: every item of the source document is
//! there, word for word, with the kinds and targets of DESIGN.md's table.

mod common;

use common::root;
use plan::model::{CountTarget, IndicatorKind, Node, Plan};
use plan::source::Source;
use plan::workspace::Workspace;

fn load() -> Plan {
    let checked = Workspace::open(Source::Dir { dir: root().join("plan"), cwd: root() });
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    checked.plan.expect("plan/ loads")
}

/// The source text with its line breaks joined, as DESIGN.md allows.
fn seed() -> String {
    let text = std::fs::read_to_string(root().join("tests/fixtures/seed/plan-action-2017-2020.txt")).unwrap();
    let mut joined = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !(joined.is_empty() || joined.ends_with('-')) {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined
}

/// Whether `text` is in the seed word for word. A final period may stand
/// where the source had an "; an 1." marker, which became `years`.
fn in_seed(seed: &str, text: &str) -> bool {
    seed.contains(text.strip_suffix('.').unwrap_or(text))
}

#[test]
fn the_plan_has_every_item_of_the_seed() {
    let counts = load().counts();
    assert_eq!((counts.orientations, counts.objectives, counts.actions, counts.indicators), (4, 10, 30, 35));
}

#[test]
fn every_text_is_the_seeds_own_words() {
    let plan = load();
    let seed = seed();
    let mut texts = Vec::new();
    for trail in plan.tree().walk() {
        let short = match trail.node() {
            Node::Orientation(o) => o.short.as_ref(),
            Node::Objective(b) => b.short.as_ref(),
            Node::Action(a) => a.short.as_ref(),
            Node::Indicator(_) => None,
        };
        texts.push(trail.node().title());
        texts.extend(short.map(String::as_str));
    }
    assert_eq!(texts.iter().filter(|t| t.is_empty()).count(), 0);
    let missing: Vec<&&str> = texts.iter().filter(|t| !in_seed(&seed, t)).collect();
    assert!(missing.is_empty(), "not in the seed word for word: {missing:#?}");
}

/// DESIGN.md's table: id, kind, target or due, years in effect.
const TABLE: &[(&str, &str, &str, &[i32])] = &[
    ("1.1.1", "count", "target 4", &[]),
    ("1.1.2a", "count", "target 4", &[]),
    ("1.1.2b", "count", "target 1", &[]),
    ("1.1.3a", "assessment", "", &[]),
    ("1.1.3b", "count", "target 1", &[]),
    ("1.2.1", "assessment", "", &[2017]),
    ("1.2.2", "assessment", "", &[]),
    ("1.2.3", "assessment", "", &[2017]),
    ("1.3.1", "milestone", "due 2020", &[]),
    ("1.3.2", "milestone", "due 2019", &[2019]),
    ("1.3.3", "count", "total 1", &[]),
    ("2.1.1", "assessment", "", &[]),
    ("2.2.1", "milestone", "due 2017", &[2017]),
    ("2.2.2", "count", "none", &[]),
    ("2.2.3a", "count", "none", &[]),
    ("2.2.3b", "milestone", "due 2017", &[]),
    ("2.2.3c", "milestone", "due 2020", &[]),
    ("3.1.1", "count", "target 4", &[]),
    ("3.1.2", "count", "target 1", &[]),
    ("3.1.3", "assessment", "", &[]),
    ("3.2.1", "count", "none", &[]),
    ("3.2.2", "count", "none", &[]),
    ("3.3.1", "count", "none", &[]),
    ("3.3.2", "count", "none", &[]),
    ("3.3.3a", "milestone", "due 2017", &[2017, 2018]),
    ("3.3.3b", "count", "none", &[2017, 2018]),
    ("3.3.4", "count", "targets 2017=1 2018=1", &[2017, 2018]),
    ("4.1.1", "assessment", "", &[]),
    ("4.1.2", "count", "target 2", &[]),
    ("4.1.3", "count", "target 1", &[]),
    ("4.1.4", "count", "target 1", &[]),
    ("4.1.5", "count", "target 1", &[]),
    ("4.2.1", "count", "none", &[]),
    ("4.2.2", "count", "none", &[]),
    ("4.2.3", "count", "none", &[]),
];

fn describe(kind: &IndicatorKind) -> String {
    match kind {
        IndicatorKind::Count { target: CountTarget::Yearly(n), .. } => format!("target {n}"),
        IndicatorKind::Count { target: CountTarget::Total(n), .. } => format!("total {n}"),
        IndicatorKind::Count { target: CountTarget::None, .. } => "none".into(),
        IndicatorKind::Count { target: CountTarget::PerYear(t), .. } => {
            let parts: Vec<String> = t.iter().map(|(y, n)| format!("{}={n}", y.value)).collect();
            format!("targets {}", parts.join(" "))
        }
        IndicatorKind::Milestone { due } => format!("due {}", due.as_ref().map_or(2020, |d| d.value)),
        IndicatorKind::Assessment => String::new(),
    }
}

#[test]
fn kinds_targets_and_years_follow_the_design_table() {
    let plan = load();
    let actual: Vec<(String, &str, String, Vec<i32>)> = plan
        .indicators()
        .map(|r| {
            let all = r.years(&plan.meta) == plan.meta.years().collect::<Vec<_>>();
            let years = if all { Vec::new() } else { r.years(&plan.meta) };
            (r.indicator.id.value.clone(), r.indicator.kind.name(), describe(&r.indicator.kind), years)
        })
        .collect();
    let expected: Vec<(String, &str, String, Vec<i32>)> =
        TABLE.iter().map(|(id, k, t, y)| (id.to_string(), *k, t.to_string(), y.to_vec())).collect();
    assert_eq!(actual, expected);
}
