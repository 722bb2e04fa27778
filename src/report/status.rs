//! Where every indicator stands in every plan year, as of a date: a pure
//! function from a plan, its journal and a date to a [`Report`] of plain data
//! that says everything a renderer shows. The rules are in `rules.rs`.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::breakdown::breakdown;
use super::entries::{EntryRow, entries};
use super::facts::Facts;
use super::rollup::roll_up;
use super::rules::{cell, not_applicable};
use super::stale::is_stale;
use crate::i18n::MsgId;
use crate::model::{ABOUT_PLAN, Indicator, IndicatorRef, Journal, Level, Node, Plan, PlanMeta, Tier};
use crate::source::Sources;

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
    (Status::Upcoming, "upcoming", MsgId::StatusUpcoming, "○"),
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
    Level(Level),
}

/// How much of the period a target is pro-rated over had elapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elapsed {
    /// All of it: the year is over.
    Over,
    /// `days` of the period's `of` days had passed on `as_of` (that day included).
    Running { as_of: NaiveDate, days: i64, of: i64 },
}

impl Elapsed {
    /// The share elapsed, from 0 to 1.
    pub fn share(self) -> f64 {
        match self {
            Elapsed::Over => 1.0,
            Elapsed::Running { days, of, .. } => days as f64 / of as f64,
        }
    }
}

/// Why a cell has its status: the rule applied, with its numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The year has not begun; it begins on this day.
    Upcoming { begins: NaiveDate },
    /// The indicator does not apply this year.
    NotApplicable,
    /// A count against a target for the year, pro-rated over the year elapsed.
    YearTarget { actual: u64, target: u32, elapsed: Elapsed },
    /// A count with no target this year: tracked only.
    NoTarget { actual: u64 },
    /// A cumulative count against one target over the whole plan, pro-rated
    /// over the plan elapsed (to the end of the year shown).
    PlanTarget { so_far: u64, total: u32, elapsed: Elapsed },
    /// A milestone, done (by the end of this year) or not, due in a plan year (its label).
    Milestone { done: Option<NaiveDate>, due: String },
    /// The latest assessment dated in the year decides.
    Assessed { date: NaiveDate, level: Level, note: Option<String> },
    /// No assessment is dated in the year.
    NotAssessed,
}

/// One indicator in one plan year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub year: i32,
    pub status: Status,
    pub actual: Option<Actual>,
    pub target: Option<u32>,
    pub why: Why,
    /// Behind or missed, with no `explanation` narrative dated in the year.
    pub explanation_missing: bool,
}

impl Cell {
    /// The word the cell reads: its status's, except for an assessment at
    /// risk, which reads as judged (« à risque »), not as its status
    /// (« en retard »): one word per judgement everywhere people read it.
    pub fn word(&self) -> MsgId {
        match self.actual {
            Some(Actual::Level(Level::AtRisk)) => MsgId::LevelAtRisk,
            _ => self.status.word(),
        }
    }
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
    /// The date of its latest activity or assessment, up to as-of.
    pub last_entry: Option<NaiveDate>,
    /// It still needs entries, and has had none for too long.
    pub stale: bool,
    /// With `--by TAG`, for a count: each value of the tag that occurs, with its count per year.
    pub by: Vec<(String, Vec<u64>)>,
}

/// The level of a row of groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GroupLevel {
    Plan,
    Orientation,
    Objective,
    Action,
}

impl GroupLevel {
    /// The word JSON and CSV use.
    pub fn name(self) -> &'static str {
        match self {
            GroupLevel::Plan => "plan",
            GroupLevel::Orientation => "orientation",
            GroupLevel::Objective => "objective",
            GroupLevel::Action => "action",
        }
    }
}

/// The roll-up of a group in one plan year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupCell {
    pub year: i32,
    pub status: Status,
    /// Its indicators achieved or on track…
    pub achieved_or_on_track: usize,
    /// …out of those with a verdict (achieved, on track, behind, missed).
    pub with_verdict: usize,
    /// How many of its indicators have each status, in [`Status::ALL`] order; only those that occur.
    pub counts: Vec<(Status, usize)>,
}

/// An action, objective or orientation, or the plan, rolled up.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub level: GroupLevel,
    pub id: String,
    pub title: String,
    /// A shorter title for narrow tables, when the plan gives one.
    pub short: Option<String>,
    /// How many indicators it holds.
    pub indicators: usize,
    pub cells: Vec<GroupCell>,
}

/// One line of a report, in plan order: a group, then what it holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Group(Group),
    Indicator(Row),
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
    /// Groups and indicators in plan order (each group before what it holds),
    /// down to the level asked for; the plan's own row comes last.
    pub lines: Vec<Line>,
    /// Whether indicator rows are shown (no `--level` above them).
    pub shows_indicators: bool,
    /// The tag indicators are broken down by (`--by`).
    pub by: Option<String>,
    /// The days without an entry after which an indicator is stale.
    pub stale_after_days: u32,
    /// One per year, in the order of `years`, over the indicators selected.
    pub summary: Vec<YearSummary>,
    /// The journal entries behind the report, when asked for ([`Report::with_entries`]).
    pub entries: Vec<EntryRow>,
}

impl Report {
    /// The report with the journal entries behind it (for a workbook).
    pub fn with_entries(self, meta: &PlanMeta, journal: &Journal, sources: &Sources) -> Report {
        Report { entries: entries(meta, journal, sources, &self), ..self }
    }

    /// Every indicator row, in plan order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.lines.iter().filter_map(|l| match l {
            Line::Indicator(row) => Some(row),
            Line::Group(_) => None,
        })
    }

    /// Every group row, in plan order.
    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.lines.iter().filter_map(|l| match l {
            Line::Group(group) => Some(group),
            Line::Indicator(_) => None,
        })
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

/// How far down the rows of a report go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Depth {
    Plan,
    Orientation,
    Objective,
    Action,
    /// Every row, down to the indicators.
    #[default]
    Indicator,
}

/// Which indicators, years and rows a report shows. Filters combine.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub year: Option<i32>,
    /// The years up to this one only (a yearly bilan looks no further).
    pub until: Option<i32>,
    /// An orientation id: only its indicators.
    pub orientation: Option<String>,
    /// An indicator, action, objective or orientation id: only the indicators under it.
    pub indicator: Option<String>,
    /// Only the indicators that are stale.
    pub stale: bool,
    /// The rows down to this level.
    pub depth: Depth,
    /// A tag to break count indicators down by.
    pub by: Option<String>,
}

impl Filter {
    fn keeps(&self, r: &IndicatorRef) -> bool {
        self.orientation.as_deref().is_none_or(|o| r.orientation.id.value == o)
            && self.indicator.as_deref().is_none_or(|id| r.is_under(id))
    }

    /// Whether the filter picks some indicators rather than all.
    fn narrows(&self) -> bool {
        self.orientation.is_some() || self.indicator.is_some() || self.stale
    }
}

/// Computes the report. Entries dated after `as_of` do not count.
pub fn compute(plan: &Plan, journal: &Journal, as_of: NaiveDate, filter: &Filter) -> Report {
    let meta = &plan.meta;
    let years: Vec<i32> =
        meta.years().filter(|y| filter.year.is_none_or(|f| f == *y) && filter.until.is_none_or(|u| *y <= u)).collect();
    let facts = Facts::gather(meta, journal, as_of);
    let all: Vec<(IndicatorRef, Row)> = plan.indicators().map(|r| (r, row(plan, &facts, &r, &years, as_of))).collect();
    let statuses: HashMap<&str, Vec<Status>> = all
        .iter()
        .map(|(r, row)| (r.indicator.id.value.as_str(), row.cells.iter().map(|c| c.status).collect()))
        .collect();
    let groups = Groups { plan, years: &years, statuses: &statuses };
    let mut rows: Vec<Row> = all
        .iter()
        .filter(|(r, row)| filter.keeps(r) && (!filter.stale || row.stale))
        .map(|(_, row)| row.clone())
        .collect();
    if let Some(tag) = &filter.by {
        breakdown(plan, journal, as_of, tag, &years, &mut rows);
    }
    let summary = summarise(&years, rows.iter());
    let lines = groups.lines(rows, filter);
    Report {
        title: meta.title.clone(),
        as_of,
        years: years.iter().map(|&year| Year { year, label: meta.year_label(year) }).collect(),
        lines,
        shows_indicators: filter.depth == Depth::Indicator,
        by: filter.by.clone(),
        stale_after_days: meta.stale_after_days,
        summary,
        entries: Vec::new(),
    }
}

fn row(plan: &Plan, facts: &Facts, r: &IndicatorRef, years: &[i32], as_of: NaiveDate) -> Row {
    let applicable = r.years(&plan.meta);
    let ind = r.indicator;
    let cells = years
        .iter()
        .map(|&year| match applicable.contains(&year) {
            true => cell(&plan.meta, facts, ind, year, as_of),
            false => not_applicable(year),
        })
        .collect();
    let last_entry = facts.last_entry(&ind.id.value);
    Row {
        id: ind.id.value.clone(),
        kind: ind.kind.name(),
        text: ind.text.clone(),
        short: ind.short.clone(),
        cells,
        last_entry,
        stale: is_stale(plan, facts, r, as_of, last_entry),
        by: Vec::new(),
    }
}

/// What groups are rolled up from: every indicator's status in each year shown.
struct Groups<'a> {
    plan: &'a Plan,
    years: &'a [i32],
    statuses: &'a HashMap<&'a str, Vec<Status>>,
}

impl Groups<'_> {
    /// The rows of the report in plan order: each group before what it holds
    /// (an ancestor of a selected indicator, rolled up over all its
    /// indicators), the indicators when shown, and the plan's own row last,
    /// when nothing narrows the report.
    fn lines(&self, rows: Vec<Row>, filter: &Filter) -> Vec<Line> {
        let shown: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
        let mut rows = rows.into_iter().peekable();
        let mut lines = Vec::new();
        for trail in self.plan.tree().walk() {
            let node = trail.node();
            let Some(level) = group_level(node) else {
                if let Some(row) = rows.next_if(|row| row.id == node.id().value)
                    && filter.depth == Depth::Indicator
                {
                    lines.push(Line::Indicator(row));
                }
                continue;
            };
            let holds_shown = node.indicators().iter().any(|i| shown.contains(&i.id.value));
            if level_shown(level, filter.depth) && holds_shown {
                let short = short_title(node);
                lines.push(Line::Group(self.group(level, &node.id().value, node.title(), short, &node.indicators())));
            }
        }
        if !filter.narrows() && level_shown(GroupLevel::Plan, filter.depth) {
            let all: Vec<&Indicator> = self.plan.indicators().map(|r| r.indicator).collect();
            lines.push(Line::Group(self.group(GroupLevel::Plan, ABOUT_PLAN, &self.plan.meta.title, None, &all)));
        }
        lines
    }

    /// A group rolled up over every indicator it holds, whatever the filter.
    fn group(&self, level: GroupLevel, id: &str, title: &str, short: Option<String>, inside: &[&Indicator]) -> Group {
        let statuses: Vec<&Vec<Status>> =
            inside.iter().filter_map(|i| self.statuses.get(i.id.value.as_str())).collect();
        let cells =
            self.years.iter().enumerate().map(|(i, &year)| roll_up(year, statuses.iter().map(|s| s[i]))).collect();
        Group { level, id: id.to_string(), title: title.to_string(), short, indicators: inside.len(), cells }
    }
}

/// The group level of an item above the indicators.
fn group_level(node: Node) -> Option<GroupLevel> {
    match node.tier() {
        Tier::Orientation => Some(GroupLevel::Orientation),
        Tier::Objective => Some(GroupLevel::Objective),
        Tier::Action => Some(GroupLevel::Action),
        Tier::Indicator => None,
    }
}

fn short_title(node: Node) -> Option<String> {
    match node {
        Node::Orientation(o) => o.short.clone(),
        Node::Objective(o) => o.short.clone(),
        Node::Action(a) => a.short.clone(),
        Node::Indicator(i) => i.short.clone(),
    }
}

fn level_shown(level: GroupLevel, depth: Depth) -> bool {
    let deepest = match depth {
        Depth::Plan => GroupLevel::Plan,
        Depth::Orientation => GroupLevel::Orientation,
        Depth::Objective => GroupLevel::Objective,
        Depth::Action | Depth::Indicator => GroupLevel::Action,
    };
    level <= deepest
}

/// How many of the selected indicators have each status, year by year.
fn summarise<'r>(years: &[i32], rows: impl Iterator<Item = &'r Row> + Clone) -> Vec<YearSummary> {
    years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let counts =
                Status::ALL.iter().map(|&s| (s, rows.clone().filter(|r| r.cells[i].status == s).count())).collect();
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
