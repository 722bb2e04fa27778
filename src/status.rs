//! Where every indicator stands in every plan year, as of a date: a pure
//! function from a plan, its journal and a date to a [`Report`] of plain data.
//! The rules are DESIGN.md's status table; nothing here prints.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{CountTarget, Indicator, IndicatorKind, IndicatorRef, Journal, Level, Plan, PlanMeta};

/// The status of one indicator in one plan year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
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

impl Status {
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

    /// The word used in JSON and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::Behind => "behind",
            Status::Missed => "missed",
            Status::Upcoming => "upcoming",
            Status::Tracked => "tracked",
            Status::NotAssessed => "not-assessed",
            Status::NotApplicable => "not-applicable",
        }
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
    pub orientation: String,
    pub kind: &'static str,
    pub text: String,
    pub short: Option<String>,
    pub unit: Option<String>,
    pub cells: Vec<Cell>,
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
    pub as_of: NaiveDate,
    pub years: Vec<i32>,
    pub rows: Vec<Row>,
    pub summary: Vec<YearSummary>,
}

impl Report {
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

/// Where a plan year stands relative to the as-of date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    Past,
    /// The current year, with the days elapsed (as-of day included) and its length.
    Current {
        elapsed: i64,
        length: i64,
    },
    Future,
}

fn when(meta: &PlanMeta, year: i32, as_of: NaiveDate) -> When {
    let (first, last) = (meta.year_first_day(year), meta.year_last_day(year));
    if as_of > last {
        When::Past
    } else if as_of < first {
        When::Future
    } else {
        When::Current { elapsed: (as_of - first).num_days() + 1, length: (last - first).num_days() + 1 }
    }
}

/// Computes the report. Entries dated after `as_of` do not count.
pub fn compute(plan: &Plan, journal: &Journal, as_of: NaiveDate, filter: &Filter) -> Report {
    let years: Vec<i32> = plan.meta.years().filter(|y| filter.year.is_none_or(|f| f == *y)).collect();
    let facts = Facts::gather(journal, as_of);
    let rows: Vec<Row> =
        plan.indicators().filter(|r| filter.keeps(r)).map(|r| row(plan, &facts, &r, &years, as_of)).collect();
    let summary = summarise(&years, &rows);
    Report { as_of, years, rows, summary }
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
    let unit = match &ind.kind {
        IndicatorKind::Count { unit, .. } => unit.clone(),
        _ => None,
    };
    Row {
        id: ind.id.value.clone(),
        orientation: r.orientation.id.value.clone(),
        kind: ind.kind.name(),
        text: ind.text.clone(),
        short: ind.short.clone(),
        unit,
        cells,
    }
}

fn cell(meta: &PlanMeta, facts: &Facts, ind: &Indicator, year: i32, as_of: NaiveDate) -> Cell {
    let when = when(meta, year, as_of);
    let id = ind.id.value.as_str();
    match &ind.kind {
        IndicatorKind::Count { target: CountTarget::Total(total), .. } => {
            total_cell(meta, facts, id, *total, year, as_of)
        }
        IndicatorKind::Count { target, .. } => {
            count_cell(facts.count(meta, id, year), yearly_target(target, year), year, when)
        }
        IndicatorKind::Milestone { due } => {
            milestone_cell(meta, facts.done(id), due.as_ref().map_or(meta.end_year, |d| d.value), year, when)
        }
        IndicatorKind::Assessment => assessment_cell(facts.latest_level(meta, id, year), year, when),
    }
}

fn yearly_target(target: &CountTarget, year: i32) -> Option<u32> {
    match target {
        CountTarget::Yearly(n) => Some(*n),
        CountTarget::PerYear(targets) => targets.iter().find(|(y, _)| y.value == year).map(|(_, n)| *n),
        CountTarget::Total(_) | CountTarget::None => None,
    }
}

/// A count with a target for the year (or none: tracked only).
fn count_cell(actual: u64, target: Option<u32>, year: i32, when: When) -> Cell {
    let status = match (when, target) {
        (When::Future, _) => Status::Upcoming,
        (_, None) => Status::Tracked,
        (_, Some(t)) if actual >= u64::from(t) => Status::Achieved,
        (When::Past, Some(_)) => Status::Missed,
        (When::Current { elapsed, length }, Some(t)) => {
            // actual ≥ t × elapsed / length, in integers.
            match i128::from(actual) * i128::from(length) >= i128::from(t) * i128::from(elapsed) {
                true => Status::OnTrack,
                false => Status::Behind,
            }
        }
    };
    let actual = (when != When::Future).then_some(Actual::Count(actual));
    Cell { year, status, actual, target }
}

/// A count toward one target over the whole plan: cumulative, pro-rated over the plan.
fn total_cell(meta: &PlanMeta, facts: &Facts, id: &str, total: u32, year: i32, as_of: NaiveDate) -> Cell {
    let target = Some(total);
    if when(meta, year, as_of) == When::Future {
        return Cell { year, status: Status::Upcoming, actual: None, target };
    }
    let until = as_of.min(meta.year_last_day(year));
    let so_far = facts.count_between(id, meta.year_first_day(meta.start_year), until);
    let plan_days = (meta.year_last_day(meta.end_year) - meta.year_first_day(meta.start_year)).num_days() + 1;
    let elapsed = (until - meta.year_first_day(meta.start_year)).num_days() + 1;
    let status = if so_far >= u64::from(total) {
        Status::Achieved
    } else if year == meta.end_year && as_of > meta.year_last_day(year) {
        Status::Missed
    } else if i128::from(so_far) * i128::from(plan_days) >= i128::from(total) * i128::from(elapsed) {
        Status::OnTrack
    } else {
        Status::Behind
    };
    Cell { year, status, actual: Some(Actual::Count(so_far)), target }
}

fn milestone_cell(meta: &PlanMeta, done: Option<NaiveDate>, due: i32, year: i32, when: When) -> Cell {
    let done_by_year = done.filter(|d| meta.year_of(*d) <= year);
    let status = match (when, done_by_year) {
        (When::Future, _) => Status::Upcoming,
        (_, Some(_)) => Status::Achieved,
        _ if year < due => Status::OnTrack,
        (When::Current { .. }, None) if year == due => Status::Behind,
        _ => Status::Missed,
    };
    let actual = done_by_year.filter(|_| when != When::Future).map(Actual::Done);
    Cell { year, status, actual, target: None }
}

fn assessment_cell(level: Option<Level>, year: i32, when: When) -> Cell {
    let status = match (when, level) {
        (When::Future, _) => Status::Upcoming,
        (_, None) => Status::NotAssessed,
        (_, Some(Level::Achieved)) => Status::Achieved,
        (_, Some(Level::OnTrack)) => Status::OnTrack,
        (_, Some(Level::AtRisk)) => Status::Behind,
        (_, Some(Level::NotAchieved)) => Status::Missed,
    };
    let actual = level.filter(|_| when != When::Future).map(Actual::Level);
    Cell { year, status, actual, target: None }
}

fn summarise(years: &[i32], rows: &[Row]) -> Vec<YearSummary> {
    years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let counts =
                Status::ALL.iter().map(|&s| (s, rows.iter().filter(|r| r.cells[i].status == s).count())).collect();
            YearSummary { year, counts }
        })
        .collect()
}

/// The journal entries that count as of a date, gathered in one pass into a
/// bucket per indicator.
struct Facts<'j> {
    /// (date, amount) of every activity up to as-of, by indicator, in journal order.
    activities: HashMap<&'j str, Vec<(NaiveDate, u32)>>,
    /// (date, order written, level) of every assessment up to as-of, by indicator.
    assessments: HashMap<&'j str, Vec<(NaiveDate, usize, Level)>>,
}

impl<'j> Facts<'j> {
    fn gather(journal: &'j Journal, as_of: NaiveDate) -> Facts<'j> {
        let mut activities: HashMap<&str, Vec<(NaiveDate, u32)>> = HashMap::new();
        for a in journal.activities().filter(|a| a.date.value <= as_of) {
            for (i, id) in a.indicators.iter().enumerate() {
                // An indicator named twice in one entry counts once.
                if !a.indicators[..i].iter().any(|earlier| earlier.value == id.value) {
                    activities.entry(id.value.as_str()).or_default().push((a.date.value, a.amount));
                }
            }
        }
        let mut assessments: HashMap<&str, Vec<(NaiveDate, usize, Level)>> = HashMap::new();
        for (order, a) in journal.assessments().enumerate().filter(|(_, a)| a.date.value <= as_of) {
            assessments.entry(a.indicator.value.as_str()).or_default().push((a.date.value, order, a.level));
        }
        Facts { activities, assessments }
    }

    fn of(&self, id: &str) -> &[(NaiveDate, u32)] {
        self.activities.get(id).map_or(&[], Vec::as_slice)
    }

    fn count_between(&self, id: &str, first: NaiveDate, last: NaiveDate) -> u64 {
        self.of(id).iter().filter(|(d, _)| (first..=last).contains(d)).map(|(_, n)| u64::from(*n)).sum()
    }

    fn count(&self, meta: &PlanMeta, id: &str, year: i32) -> u64 {
        self.count_between(id, meta.year_first_day(year), meta.year_last_day(year))
    }

    /// The first day an activity recorded the milestone.
    fn done(&self, id: &str) -> Option<NaiveDate> {
        self.of(id).iter().map(|(d, _)| *d).min()
    }

    /// The level of the latest assessment dated in the year (the last written, on a tie).
    fn latest_level(&self, meta: &PlanMeta, id: &str, year: i32) -> Option<Level> {
        let all = self.assessments.get(id)?;
        all.iter().filter(|(d, ..)| meta.year_of(*d) == year).max_by_key(|(d, order, _)| (*d, *order)).map(|a| a.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Action, Activity, Assessment, FileId, Journal, JournalFile, Loc, MonthDay, Objective, Orientation, Sp,
    };

    fn sp<T>(value: T) -> Sp<T> {
        Sp { value, loc: Loc { file: FileId(0), span: 0..0 } }
    }

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// A 2017-2020 plan with one indicator "X" of the given kind.
    fn plan(kind: IndicatorKind, years: Option<Vec<i32>>, year_start: &str) -> Plan {
        let indicator = Indicator { id: sp("X".into()), text: "x".into(), short: None, kind, years: None };
        let action = Action {
            id: sp("A".into()),
            title: "a".into(),
            short: None,
            years: years.map(|ys| ys.into_iter().map(sp).collect()),
            indicators: vec![indicator],
        };
        let objective = Objective { id: sp("O.1".into()), title: "o".into(), short: None, actions: vec![action] };
        let orientation =
            Orientation { id: sp("O".into()), title: "t".into(), short: None, objectives: vec![objective] };
        let meta = PlanMeta {
            title: "p".into(),
            organization: None,
            language: None,
            start_year: 2017,
            end_year: 2020,
            year_start: MonthDay::parse(year_start).unwrap(),
        };
        Plan { meta, orientations: vec![orientation] }
    }

    fn count(target: CountTarget) -> IndicatorKind {
        IndicatorKind::Count { target, unit: None }
    }

    fn milestone(due: i32) -> IndicatorKind {
        IndicatorKind::Milestone { due: Some(sp(due)) }
    }

    fn journal(activities: &[(&str, u32)], assessments: &[(&str, Level)]) -> Journal {
        let activities = activities
            .iter()
            .map(|&(date, amount)| Activity {
                date: sp(d(date)),
                title: "t".into(),
                indicators: vec![sp("X".into())],
                amount,
                note: None,
                loc: sp(()).loc,
            })
            .collect();
        let assessments = assessments
            .iter()
            .map(|&(date, level)| Assessment {
                date: sp(d(date)),
                indicator: sp("X".into()),
                level,
                note: None,
                loc: sp(()).loc,
            })
            .collect();
        Journal { files: vec![JournalFile { year: None, activities, assessments }] }
    }

    /// The status and actual value of "X" in `year`.
    fn at(plan: &Plan, journal: &Journal, as_of: &str, year: i32) -> (Status, Option<Actual>) {
        let report = compute(plan, journal, d(as_of), &Filter::default());
        let cell = report.rows[0].cells.iter().find(|c| c.year == year).unwrap().clone();
        (cell.status, cell.actual)
    }

    use Status::*;

    #[test]
    fn yearly_count_targets() {
        let p = plan(count(CountTarget::Yearly(4)), None, "01-01");
        type Case<'a> = (&'a [(&'a str, u32)], &'a str, i32, Status);
        let cases: &[Case] = &[
            (&[("2017-03-01", 4)], "2018-06-30", 2017, Achieved),
            (&[("2017-03-01", 3)], "2018-06-30", 2017, Missed),
            // 2018-07-01: 182 of 365 days; 4 × 182 / 365 = 1.99…
            (&[("2018-03-01", 2)], "2018-07-01", 2018, OnTrack),
            (&[("2018-03-01", 1)], "2018-07-01", 2018, Behind),
            (&[("2018-03-01", 5)], "2018-07-01", 2018, Achieved),
            (&[], "2018-07-01", 2019, Upcoming),
            // The first day of a plan year: one entry that day is on track.
            (&[("2017-01-01", 1)], "2017-01-01", 2017, OnTrack),
            (&[], "2017-01-01", 2017, Behind),
            // The last day of a plan year is still the current year, fully elapsed.
            (&[("2017-12-31", 3)], "2017-12-31", 2017, Behind),
            (&[("2017-12-31", 4)], "2017-12-31", 2017, Achieved),
        ];
        for (i, (acts, as_of, year, want)) in cases.iter().enumerate() {
            assert_eq!(at(&p, &journal(acts, &[]), as_of, *year).0, *want, "case {i}");
        }
    }

    #[test]
    fn an_entry_on_the_as_of_date_counts_and_the_next_day_does_not() {
        let p = plan(count(CountTarget::Yearly(1)), None, "01-01");
        let j = journal(&[("2018-05-10", 1)], &[]);
        assert_eq!(at(&p, &j, "2018-05-10", 2018), (Achieved, Some(Actual::Count(1))));
        assert_eq!(at(&p, &j, "2018-05-09", 2018), (Behind, Some(Actual::Count(0))));
    }

    #[test]
    fn leap_years_have_366_days() {
        // 2020-02-29 is day 60 of 366. With a target of 61, 10 entries are exactly
        // on track (10 × 366 = 61 × 60); with a 365-day year they would be behind.
        let p = plan(count(CountTarget::Yearly(61)), None, "01-01");
        assert_eq!(at(&p, &journal(&[("2020-01-15", 10)], &[]), "2020-02-29", 2020).0, OnTrack);
        assert_eq!(at(&p, &journal(&[("2020-01-15", 9)], &[]), "2020-02-29", 2020).0, Behind);
    }

    #[test]
    fn per_year_targets_and_no_target() {
        let targets = CountTarget::PerYear(vec![(sp(2017), 1), (sp(2018), 1)]);
        let p = plan(count(targets), None, "01-01");
        let j = journal(&[("2017-10-01", 1), ("2019-02-01", 2)], &[]);
        assert_eq!(at(&p, &j, "2019-06-30", 2017).0, Achieved);
        assert_eq!(at(&p, &j, "2019-06-30", 2018).0, Missed);
        assert_eq!(at(&p, &j, "2019-06-30", 2019), (Tracked, Some(Actual::Count(2))));
        let p = plan(count(CountTarget::None), None, "01-01");
        assert_eq!(at(&p, &j, "2019-06-30", 2019), (Tracked, Some(Actual::Count(2))));
        assert_eq!(at(&p, &j, "2019-06-30", 2020), (Upcoming, None));
    }

    #[test]
    fn total_targets_are_cumulative_and_pro_rated() {
        let p = plan(count(CountTarget::Total(4)), None, "01-01");
        let none = journal(&[], &[]);
        // After one year of four, one of four is due.
        assert_eq!(at(&p, &none, "2018-06-30", 2017), (Behind, Some(Actual::Count(0))));
        let one = journal(&[("2017-06-01", 1)], &[]);
        assert_eq!(at(&p, &one, "2018-06-30", 2017), (OnTrack, Some(Actual::Count(1))));
        assert_eq!(at(&p, &one, "2018-06-30", 2018), (Behind, Some(Actual::Count(1))));
        let all = journal(&[("2017-06-01", 1), ("2018-02-01", 3)], &[]);
        assert_eq!(at(&p, &all, "2018-06-30", 2018), (Achieved, Some(Actual::Count(4))));
        assert_eq!(at(&p, &all, "2018-06-30", 2017), (OnTrack, Some(Actual::Count(1))));
        assert_eq!(at(&p, &all, "2018-06-30", 2019), (Upcoming, None));
        // Missed only once the last year is past.
        assert_eq!(at(&p, &one, "2020-12-31", 2020).0, Behind);
        assert_eq!(at(&p, &one, "2021-01-01", 2020), (Missed, Some(Actual::Count(1))));
    }

    #[test]
    fn milestones() {
        let p = plan(milestone(2019), None, "01-01");
        let done = journal(&[("2018-05-01", 1)], &[]);
        let day = Some(Actual::Done(d("2018-05-01")));
        assert_eq!(at(&p, &done, "2019-06-01", 2017), (OnTrack, None));
        assert_eq!(at(&p, &done, "2019-06-01", 2018), (Achieved, day.clone()));
        assert_eq!(at(&p, &done, "2019-06-01", 2019), (Achieved, day));
        let not_done = journal(&[], &[]);
        assert_eq!(at(&p, &not_done, "2019-06-01", 2018).0, OnTrack);
        assert_eq!(at(&p, &not_done, "2019-06-01", 2019).0, Behind);
        assert_eq!(at(&p, &not_done, "2019-06-01", 2020).0, Upcoming);
        assert_eq!(at(&p, &not_done, "2020-06-01", 2019).0, Missed);
        assert_eq!(at(&p, &not_done, "2020-06-01", 2020).0, Missed);
        // Done late: missed in the due year, achieved from the year it was done.
        let late = journal(&[("2020-02-01", 1)], &[]);
        assert_eq!(at(&p, &late, "2020-06-01", 2019).0, Missed);
        assert_eq!(at(&p, &late, "2020-06-01", 2020).0, Achieved);
    }

    #[test]
    fn assessments_take_the_latest_level_of_the_year() {
        let p = plan(IndicatorKind::Assessment, None, "01-01");
        let j = journal(
            &[],
            &[
                ("2017-03-01", Level::AtRisk),
                ("2017-11-01", Level::OnTrack),
                ("2018-02-01", Level::NotAchieved),
                ("2018-02-01", Level::Achieved),
            ],
        );
        assert_eq!(at(&p, &j, "2019-01-15", 2017), (OnTrack, Some(Actual::Level(Level::OnTrack))));
        assert_eq!(at(&p, &j, "2019-01-15", 2018), (Achieved, Some(Actual::Level(Level::Achieved))));
        assert_eq!(at(&p, &j, "2017-06-01", 2017).0, Behind);
        assert_eq!(at(&p, &j, "2019-01-15", 2019), (NotAssessed, None));
        assert_eq!(at(&p, &j, "2019-01-15", 2020), (Upcoming, None));
        let missed = journal(&[], &[("2017-03-01", Level::NotAchieved)]);
        assert_eq!(at(&p, &missed, "2019-01-15", 2017).0, Missed);
    }

    #[test]
    fn years_outside_the_indicators_years_are_not_applicable() {
        let p = plan(count(CountTarget::Yearly(1)), Some(vec![2017, 2018]), "01-01");
        let j = journal(&[("2019-05-01", 1)], &[]);
        assert_eq!(at(&p, &j, "2019-06-01", 2019), (NotApplicable, None));
        assert_eq!(at(&p, &j, "2019-06-01", 2018).0, Missed);
    }

    #[test]
    fn fiscal_years_start_on_their_month_day() {
        let p = plan(count(CountTarget::Yearly(1)), None, "04-01");
        let j = journal(&[("2018-03-31", 1)], &[]);
        assert_eq!(at(&p, &j, "2018-06-01", 2017).0, Achieved);
        assert_eq!(at(&p, &j, "2018-06-01", 2018).0, Behind);
        // Fiscal 2019-20 runs from 2019-04-01 to 2020-03-31, so it holds 29 February 2020.
        let leap = journal(&[("2020-02-29", 1)], &[]);
        assert_eq!(at(&p, &leap, "2020-06-01", 2019).0, Achieved);
    }

    #[test]
    fn filters_combine() {
        let p = plan(count(CountTarget::Yearly(1)), None, "01-01");
        let j = journal(&[], &[]);
        let report = |f: Filter| compute(&p, &j, d("2018-01-01"), &f);
        assert_eq!(report(Filter { year: Some(2018), ..Filter::default() }).years, vec![2018]);
        assert_eq!(report(Filter { orientation: Some("O".into()), ..Filter::default() }).rows.len(), 1);
        assert_eq!(report(Filter { orientation: Some("P".into()), ..Filter::default() }).rows.len(), 0);
        let both = Filter { indicator: Some("O.1".into()), year: Some(2017), orientation: None };
        let r = report(both);
        assert_eq!((r.rows.len(), r.years.len()), (1, 1));
        assert_eq!(r.summary[0].count(Missed), 1);
        assert_eq!(r.status_counts(), vec![(Missed, vec![1])]);
    }
}
