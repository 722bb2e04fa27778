//! What `plan show ID` says about one item: where it sits in the plan, the
//! status of the indicators under it, and for each indicator how it is
//! measured and the journal entries that count toward it, with their places.

use chrono::NaiveDate;

use super::status::{Filter, Report, compute};
use crate::model::{CountTarget, IndicatorKind, IndicatorRef, Journal, Level, Loc, Plan, Tier};
use crate::source::{Sources, line_col};

/// One item of the plan, shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemReport {
    /// The orientation, objective and action the item is or sits under, outermost first.
    pub trail: Vec<Heading>,
    /// The status of every indicator under the item.
    pub status: Report,
    /// Every indicator under the item, in plan order.
    pub indicators: Vec<IndicatorDetail>,
}

/// An item above the indicators, named.
#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub tier: Tier,
    pub id: String,
    pub title: String,
}

/// An indicator: its text, how it is measured, and its entries.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDetail {
    pub id: String,
    pub text: String,
    pub measure: Measure,
    pub unit: Option<String>,
    /// The labels of the plan years it applies in.
    pub years: Vec<String>,
    /// Its activities and assessments, by date (in journal order on the same day).
    pub entries: Vec<EntryLine>,
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

/// One journal entry that counts toward an indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryLine {
    pub date: NaiveDate,
    pub what: What,
    pub note: Option<String>,
    /// The file it is in, as shown to the user, and the line it starts on.
    pub file: String,
    pub line: usize,
}

/// What an entry says.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    Activity { title: String, amount: u32 },
    Assessment(Level),
}

/// What `show` says about the item `id`, or `None` when no item has that id.
pub fn show(plan: &Plan, journal: &Journal, sources: &Sources, id: &str, as_of: NaiveDate) -> Option<ItemReport> {
    let found = plan.tree().find(id)?;
    let trail = found
        .nodes()
        .filter(|n| n.tier() != Tier::Indicator)
        .map(|n| Heading { tier: n.tier(), id: n.id().value.clone(), title: n.title().to_string() })
        .collect();
    let filter = Filter { indicator: Some(id.to_string()), ..Filter::default() };
    let status = compute(plan, journal, as_of, &filter);
    let indicators = plan.indicators().filter(|r| r.is_under(id)).map(|r| detail(plan, journal, sources, &r)).collect();
    Some(ItemReport { trail, status, indicators })
}

fn detail(plan: &Plan, journal: &Journal, sources: &Sources, r: &IndicatorRef) -> IndicatorDetail {
    let ind = r.indicator;
    let meta = &plan.meta;
    let unit = match &ind.kind {
        IndicatorKind::Count { unit, .. } => unit.clone(),
        _ => None,
    };
    IndicatorDetail {
        id: ind.id.value.clone(),
        text: ind.text.clone(),
        measure: measure(plan, &ind.kind),
        unit,
        years: r.years(meta).iter().map(|&y| meta.year_label(y)).collect(),
        entries: entries(journal, sources, &ind.id.value),
    }
}

fn measure(plan: &Plan, kind: &IndicatorKind) -> Measure {
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

/// The activities then the assessments of an indicator, sorted by date (stably).
fn entries(journal: &Journal, sources: &Sources, id: &str) -> Vec<EntryLine> {
    let place = |loc: &Loc| {
        let file = sources.get(loc.file);
        (file.display.clone(), line_col(&file.text, loc.span.start).line)
    };
    let mut lines = Vec::new();
    for a in journal.activities().filter(|a| a.indicators.iter().any(|i| i.value == id)) {
        let (file, line) = place(&a.loc);
        let what = What::Activity { title: a.title.clone(), amount: a.amount };
        lines.push(EntryLine { date: a.date.value, what, note: a.note.clone(), file, line });
    }
    for a in journal.assessments().filter(|a| a.indicator.value == id) {
        let (file, line) = place(&a.loc);
        lines.push(EntryLine { date: a.date.value, what: What::Assessment(a.level), note: a.note.clone(), file, line });
    }
    lines.sort_by_key(|l| l.date);
    lines
}
