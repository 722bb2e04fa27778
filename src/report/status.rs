//! Where every indicator stands in every plan year, as of a date: a pure
//! function from a plan, its journal and a date to a [`Report`] of plain data
//! that says everything a renderer shows. The rules are in `rules.rs`.

use chrono::NaiveDate;

use super::facts::Facts;
use super::rules::cell;
use crate::i18n::MsgId;
use crate::model::{IndicatorRef, Journal, Plan};

/// The status of one indicator in one plan year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Achieved,
    OnTrack,
    Behind,
    Missed,
    Upcoming,
    Tracked,
    NotAssessed,
    NotApplicable,
}

/// Every status with its three faces, in one place: the word in JSON and CSV,
/// the word in tables (in the UI language), and a one-column symbol that is the
/// same in every language.
const FACES: [(Status, &str, MsgId, &str); 8] = [
    (Status::Achieved, "achieved", MsgId::StatusAchieved, "✓"),
    (Status::OnTrack, "on-track", MsgId::StatusOnTrack, "↗"),
    (Status::Behind, "behind", MsgId::StatusBehind, "!"),
    (Status::Missed, "missed", MsgId::StatusMissed, "✗"),
    (Status::Upcoming, "upcoming", MsgId::StatusUpcoming, "…"),
    (Status::Tracked, "tracked", MsgId::StatusTracked, "#"),
    (Status::NotAssessed, "not-assessed", MsgId::StatusNotAssessed, "?"),
    (Status::NotApplicable, "not-applicable", MsgId::StatusNotApplicable, "–"),
];

impl Status {
    /// Every status, in the order summaries list them.
    pub const ALL: [Status; 8] = [
        Status::Achieved,
        Status::OnTrack,
        Status::Behind,
        Status::Missed,
        Status::Upcoming,
        Status::Tracked,
        Status::NotAssessed,
        Status::NotApplicable,
    ];

    fn faces(self) -> (Status, &'static str, MsgId, &'static str) {
        FACES[self as usize]
    }

    /// The word used in JSON and CSV.
    pub fn name(self) -> &'static str {
        self.faces().1
    }

    /// The word tables show, in the UI language.
    pub fn word(self) -> MsgId {
        self.faces().2
    }

    /// A one-column symbol, the same in every language.
    pub fn symbol(self) -> &'static str {
        self.faces().3
    }
}

/// What was measured in a cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actual {
    /// Activities counted (cumulative for `total` targets).
    Count(u64),
    /// The day a milestone was reached.
    Done(NaiveDate),
    /// The latest assessment of the year.
    Level(crate::model::Level),
}

/// One indicator in one plan year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub year: i32,
    pub status: Status,
    pub actual: Option<Actual>,
    pub target: Option<u32>,
}

/// One indicator across the plan years shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub kind: &'static str,
    pub text: String,
    /// A shorter text for narrow tables, when the plan gives one.
    pub short: Option<String>,
    /// One cell per year of the report, in the same order.
    pub cells: Vec<Cell>,
}

/// The rows of one orientation.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: String,
    /// The orientation's short title, or its title.
    pub name: String,
    pub rows: Vec<Row>,
}

/// A plan year, and how tables and JSON name it (`2017`, or `2017-18` for fiscal years).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Year {
    pub year: i32,
    pub label: String,
}

/// How many indicators have each status in a plan year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearSummary {
    pub year: i32,
    pub counts: Vec<(Status, usize)>,
}

impl YearSummary {
    /// How many indicators have `status` this year.
    pub fn count(&self, status: Status) -> usize {
        self.counts.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n)
    }
}

/// The whole status report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The plan's title.
    pub title: String,
    pub as_of: NaiveDate,
    pub years: Vec<Year>,
    /// The rows, by orientation, in plan order. Only orientations with rows shown are here.
    pub sections: Vec<Section>,
    /// One per year, in the order of `years`.
    pub summary: Vec<YearSummary>,
}

impl Report {
    /// Every row, in plan order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| &s.rows)
    }

    /// Each status that occurs in some year, with its count in every year, in [`Status::ALL`] order.
    pub fn status_counts(&self) -> Vec<(Status, Vec<usize>)> {
        Status::ALL
            .into_iter()
            .map(|status| (status, self.summary.iter().map(|s| s.count(status)).collect::<Vec<_>>()))
            .filter(|(_, counts)| counts.iter().any(|&n| n > 0))
            .collect()
    }
}

/// Which indicators and years a report shows. Filters combine.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub year: Option<i32>,
    /// An orientation id: only its indicators.
    pub orientation: Option<String>,
    /// An indicator, action, objective or orientation id: only the indicators under it.
    pub indicator: Option<String>,
}

impl Filter {
    fn keeps(&self, r: &IndicatorRef) -> bool {
        self.orientation.as_deref().is_none_or(|o| r.orientation.id.value == o)
            && self.indicator.as_deref().is_none_or(|id| r.is_under(id))
    }
}

/// Computes the report. Entries dated after `as_of` do not count.
pub fn compute(plan: &Plan, journal: &Journal, as_of: NaiveDate, filter: &Filter) -> Report {
    let meta = &plan.meta;
    let years: Vec<i32> = meta.years().filter(|y| filter.year.is_none_or(|f| f == *y)).collect();
    let facts = Facts::gather(journal, as_of);
    let mut sections: Vec<Section> = Vec::new();
    for r in plan.indicators().filter(|r| filter.keeps(r)) {
        let row = row(plan, &facts, &r, &years, as_of);
        match sections.last_mut() {
            Some(section) if section.id == r.orientation.id.value => section.rows.push(row),
            _ => sections.push(Section {
                id: r.orientation.id.value.clone(),
                name: r.orientation.short.as_ref().unwrap_or(&r.orientation.title).clone(),
                rows: vec![row],
            }),
        }
    }
    let summary = summarise(&years, &sections);
    let years = years.into_iter().map(|year| Year { year, label: meta.year_label(year) }).collect();
    Report { title: meta.title.clone(), as_of, years, sections, summary }
}

fn row(plan: &Plan, facts: &Facts, r: &IndicatorRef, years: &[i32], as_of: NaiveDate) -> Row {
    let applicable = r.years(&plan.meta);
    let ind = r.indicator;
    let cells = years
        .iter()
        .map(|&year| match applicable.contains(&year) {
            true => cell(&plan.meta, facts, ind, year, as_of),
            false => Cell { year, status: Status::NotApplicable, actual: None, target: None },
        })
        .collect();
    Row { id: ind.id.value.clone(), kind: ind.kind.name(), text: ind.text.clone(), short: ind.short.clone(), cells }
}

fn summarise(years: &[i32], sections: &[Section]) -> Vec<YearSummary> {
    let rows = || sections.iter().flat_map(|s| &s.rows);
    years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let counts = Status::ALL.iter().map(|&s| (s, rows().filter(|r| r.cells[i].status == s).count())).collect();
            YearSummary { year, counts }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_faces() {
        for (i, status) in Status::ALL.into_iter().enumerate() {
            assert_eq!(FACES[i].0, status, "FACES is in the order of Status");
            let others = Status::ALL.into_iter().filter(|s| *s != status);
            for other in others {
                assert_ne!(status.name(), other.name());
                assert_ne!(status.word(), other.word());
                assert_ne!(status.symbol(), other.symbol());
            }
        }
    }
}
