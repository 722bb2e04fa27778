//! What `plan show ID` says about one item: where it sits in the plan, its
//! roll-up and narratives when it is a group, the status of the indicators
//! under it, and for each indicator how it is measured, why each year has its
//! status, how recent its last entry is, and the journal entries and
//! narratives about it, with their places.

use chrono::NaiveDate;

use super::status::{Cell, Filter, Group, Report, Row, compute};
use crate::model::{
    ABOUT_PLAN, Activity, Assessment, CountTarget, IndicatorKind, IndicatorRef, Journal, Level, Loc, Narrative, Plan,
    PlanMeta, Tag, Tier, Topic,
};
use crate::source::Sources;

/// One item of the plan, shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemReport {
    pub as_of: NaiveDate,
    /// The item itself.
    pub item: Heading,
    /// The orientation, objective and action the item is or sits under, outermost first.
    pub trail: Vec<Heading>,
    /// The status of every indicator under the item (and its groups).
    pub status: Report,
    /// For a group: its roll-up, year by year.
    pub rollup: Option<Group>,
    /// For a group (or the plan): the narratives about it, by date.
    pub narratives: Vec<NarrativeLine>,
    /// Every indicator under the item, in plan order.
    pub indicators: Vec<IndicatorDetail>,
    /// The days without an entry after which an indicator is stale.
    pub stale_after_days: u32,
}

/// An item of the plan, named.
#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub tier: Tier,
    pub id: String,
    pub title: String,
}

/// An indicator: its text, how it is measured, why each year has its status, and its entries.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDetail {
    pub id: String,
    pub text: String,
    pub measure: Measure,
    pub unit: Option<String>,
    /// The labels of the plan years it applies in.
    pub years: Vec<String>,
    /// Its cells in the years of the report, each with its label.
    pub cells: Vec<(String, Cell)>,
    pub last_entry: Option<NaiveDate>,
    pub stale: bool,
    /// Its activities and assessments, by date (in journal order on the same day).
    pub entries: Vec<EntryLine>,
    /// The narratives about it, by date.
    pub narratives: Vec<NarrativeLine>,
}

/// How an indicator is measured; years are given by their labels.
#[derive(Clone, Debug, PartialEq)]
pub enum Measure {
    Yearly(u32),
    PerYear(Vec<(String, u32)>),
    Total(u32),
    Tracked,
    Milestone { due: String },
    Assessment,
}

/// Where an entry is: the file as shown to the user, and the line it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub file: String,
    pub line: usize,
}

/// One journal entry that counts toward an indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryLine {
    pub date: NaiveDate,
    pub what: What,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    pub tags: Vec<(String, Vec<String>)>,
    /// Where it is written (`show`); the bilan, which funders read, leaves it out.
    pub place: Option<Place>,
}

/// What an entry says.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    Activity { title: String, amount: u32 },
    Assessment(Level),
}

/// A narrative about an item.
#[derive(Clone, Debug, PartialEq)]
pub struct NarrativeLine {
    pub date: NaiveDate,
    /// The label of the plan year it is dated in.
    pub year: String,
    pub topic: Topic,
    pub text: String,
    pub evidence: Vec<String>,
    /// Where it is written (`show`); the bilan leaves it out.
    pub place: Option<Place>,
}

/// What `show` says about the item `id` (or `plan`), or `None` when no item has that id.
pub fn show(plan: &Plan, journal: &Journal, sources: &Sources, id: &str, as_of: NaiveDate) -> Option<ItemReport> {
    let (item, trail) = item_and_trail(plan, id)?;
    let filter = Filter { indicator: (id != ABOUT_PLAN).then(|| id.to_string()), ..Filter::default() };
    let status = compute(plan, journal, as_of, &filter);
    let rollup = status.groups().find(|g| g.id == id).cloned();
    let rows: Vec<&Row> = status.rows().collect();
    let indicators = plan
        .indicators()
        .filter(|r| id == ABOUT_PLAN || r.is_under(id))
        .filter_map(|r| rows.iter().find(|row| row.id == r.indicator.id.value).map(|row| (r, *row)))
        .map(|(r, row)| detail(plan, journal, sources, &r, row, &status))
        .collect();
    // An indicator's own narratives are in its section, below.
    let narratives =
        if item.tier == Tier::Indicator { Vec::new() } else { narratives(plan, journal, sources, &item.id) };
    let stale_after_days = plan.meta.stale_after_days;
    Some(ItemReport { as_of, item, trail, status, rollup, narratives, indicators, stale_after_days })
}

/// The item, and the groups it is or sits under.
fn item_and_trail(plan: &Plan, id: &str) -> Option<(Heading, Vec<Heading>)> {
    if id == ABOUT_PLAN {
        let item = Heading { tier: Tier::Orientation, id: ABOUT_PLAN.into(), title: plan.meta.title.clone() };
        return Some((item, Vec::new()));
    }
    let found = plan.tree().find(id)?;
    let heading = |n: crate::model::Node| Heading { tier: n.tier(), id: n.id().value.clone(), title: n.title().into() };
    let trail = found.nodes().filter(|n| n.tier() != Tier::Indicator).map(heading).collect();
    Some((heading(found.node()), trail))
}

fn detail(
    plan: &Plan,
    journal: &Journal,
    sources: &Sources,
    r: &IndicatorRef,
    row: &Row,
    status: &Report,
) -> IndicatorDetail {
    let id = &r.indicator.id.value;
    IndicatorDetail {
        entries: entries(journal, sources, id),
        narratives: narratives(plan, journal, sources, id),
        ..indicator_detail(plan, r, row, status)
    }
}

/// An indicator, how it is measured and its cells, with no entries yet.
pub(super) fn indicator_detail(plan: &Plan, r: &IndicatorRef, row: &Row, status: &Report) -> IndicatorDetail {
    let ind = r.indicator;
    let meta = &plan.meta;
    let unit = match &ind.kind {
        IndicatorKind::Count { unit, .. } => unit.clone(),
        _ => None,
    };
    let labels = status.years.iter().map(|y| y.label.clone());
    IndicatorDetail {
        id: ind.id.value.clone(),
        text: ind.text.clone(),
        measure: measure(plan, &ind.kind),
        unit,
        years: r.years(meta).iter().map(|&y| meta.year_label(y)).collect(),
        cells: labels.zip(row.cells.iter().cloned()).collect(),
        last_entry: row.last_entry,
        stale: row.stale,
        entries: Vec::new(),
        narratives: Vec::new(),
    }
}

pub(super) fn measure(plan: &Plan, kind: &IndicatorKind) -> Measure {
    let meta = &plan.meta;
    match kind {
        IndicatorKind::Count { target: CountTarget::Yearly(n), .. } => Measure::Yearly(*n),
        IndicatorKind::Count { target: CountTarget::Total(n), .. } => Measure::Total(*n),
        IndicatorKind::Count { target: CountTarget::None, .. } => Measure::Tracked,
        IndicatorKind::Count { target: CountTarget::PerYear(t), .. } => {
            Measure::PerYear(t.iter().map(|(y, n)| (meta.year_label(y.value), *n)).collect())
        }
        IndicatorKind::Milestone { due } => {
            Measure::Milestone { due: meta.year_label(due.as_ref().map_or(meta.end_year, |d| d.value)) }
        }
        IndicatorKind::Assessment => Measure::Assessment,
    }
}

fn place(sources: &Sources, loc: &Loc) -> Option<Place> {
    let file = sources.get(loc.file);
    Some(Place { file: file.display.clone(), line: file.line_col(loc.span().start).line })
}

pub(super) fn texts(values: &[crate::model::Sp<String>]) -> Vec<String> {
    values.iter().map(|v| v.value.clone()).collect()
}

pub(super) fn tags(tags: &[Tag]) -> Vec<(String, Vec<String>)> {
    tags.iter().map(|t| (t.name.value.clone(), texts(&t.values))).collect()
}

/// An activity, as a line of an indicator's entries.
pub(super) fn activity_line(journal: &Journal, a: &Activity, place: Option<Place>) -> EntryLine {
    EntryLine {
        date: a.date().value,
        what: What::Activity { title: journal.title(a).to_string(), amount: a.amount },
        note: journal.note(a).map(str::to_string),
        evidence: texts(a.evidence()),
        tags: tags(a.tags()),
        place,
    }
}

/// An assessment, as a line of an indicator's entries.
pub(super) fn assessment_line(a: &Assessment, place: Option<Place>) -> EntryLine {
    EntryLine {
        date: a.date.value,
        what: What::Assessment(a.level),
        note: a.note.clone(),
        evidence: texts(a.evidence()),
        tags: tags(a.tags()),
        place,
    }
}

/// A narrative, with the label of the plan year it is dated in.
pub(super) fn narrative_line(meta: &PlanMeta, n: &Narrative, place: Option<Place>) -> NarrativeLine {
    NarrativeLine {
        date: n.date.value,
        year: meta.year_label(meta.year_of(n.date.value)),
        topic: n.topic,
        text: n.text.clone(),
        evidence: texts(n.evidence()),
        place,
    }
}

/// The activities then the assessments of an indicator, sorted by date (stably).
fn entries(journal: &Journal, sources: &Sources, id: &str) -> Vec<EntryLine> {
    let mut lines = Vec::new();
    for a in journal.activities().filter(|a| a.indicators().any(|i| i.value.as_str() == id)) {
        lines.push(activity_line(journal, a, place(sources, &a.loc)));
    }
    for a in journal.assessments().filter(|a| a.indicator.value == id) {
        lines.push(assessment_line(a, place(sources, &a.loc)));
    }
    lines.sort_by_key(|l| l.date);
    lines
}

/// The narratives about an item, by date (stably).
fn narratives(plan: &Plan, journal: &Journal, sources: &Sources, id: &str) -> Vec<NarrativeLine> {
    let mut lines: Vec<NarrativeLine> = journal
        .narratives()
        .filter(|n| n.about.value == id)
        .map(|n| narrative_line(&plan.meta, n, place(sources, &n.loc)))
        .collect();
    lines.sort_by_key(|l| l.date);
    lines
}
