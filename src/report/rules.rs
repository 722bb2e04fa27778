//! The status rules of DESIGN.md, one function per kind of indicator: from
//! what the journal says up to the as-of date, the status of one indicator in
//! one plan year.

use chrono::NaiveDate;

use super::facts::Facts;
use super::status::{Actual, Cell, Elapsed, Status, Why};
use crate::model::{CountTarget, Indicator, IndicatorKind, Level, PlanMeta};

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

/// A cell with no measure: its status and why.
fn bare(year: i32, status: Status, why: Why) -> Cell {
    Cell { year, status, actual: None, target: None, why, explanation_missing: false }
}

/// The cell of a year the indicator does not apply in.
pub(super) fn not_applicable(year: i32) -> Cell {
    bare(year, Status::NotApplicable, Why::NotApplicable)
}

/// The cell of an applicable indicator in a plan year, with why it has its status.
pub(super) fn cell(meta: &PlanMeta, facts: &Facts, ind: &Indicator, year: i32, as_of: NaiveDate) -> Cell {
    let when = when(meta, year, as_of);
    if when == When::Future {
        let target = match &ind.kind {
            IndicatorKind::Count { target: CountTarget::Total(total), .. } => Some(*total),
            IndicatorKind::Count { target, .. } => yearly_target(target, year),
            _ => None,
        };
        return Cell { target, ..bare(year, Status::Upcoming, Why::Upcoming { begins: meta.year_first_day(year) }) };
    }
    let id = ind.id.value.as_str();
    let mut cell = match &ind.kind {
        IndicatorKind::Count { target: CountTarget::Total(total), .. } => {
            total_cell(meta, facts, id, *total, year, as_of)
        }
        IndicatorKind::Count { target, .. } => {
            count_cell(facts.count(meta, id, year), yearly_target(target, year), year, when, as_of)
        }
        IndicatorKind::Milestone { due } => {
            milestone_cell(meta, facts.done(id), due.as_ref().map_or(meta.end_year, |d| d.value), year, when)
        }
        IndicatorKind::Assessment => {
            assessment_cell(facts.latest(meta, id, year).map(|a| (a.date.value, a.level, a.note.clone())), year)
        }
    };
    cell.explanation_missing = matches!(cell.status, Status::Behind | Status::Missed) && !facts.explained(id, year);
    cell
}

pub(super) fn yearly_target(target: &CountTarget, year: i32) -> Option<u32> {
    match target {
        CountTarget::Yearly(n) => Some(*n),
        CountTarget::PerYear(targets) => targets.iter().find(|(y, _)| y.value == year).map(|(_, n)| *n),
        CountTarget::Total(_) | CountTarget::None => None,
    }
}

/// How much of a period had elapsed: all of it, or some days of it.
fn elapsed(when: When, as_of: NaiveDate) -> Elapsed {
    match when {
        When::Current { elapsed, length } => Elapsed::Running { as_of, days: elapsed, of: length },
        When::Past | When::Future => Elapsed::Over,
    }
}

/// Whether `actual` keeps pace with `target` pro-rated over what has elapsed:
/// actual ≥ target × days / of, in integers.
fn keeps_pace(actual: u64, target: u32, elapsed: Elapsed) -> bool {
    match elapsed {
        Elapsed::Over => actual >= u64::from(target),
        Elapsed::Running { days, of, .. } => {
            i128::from(actual) * i128::from(of) >= i128::from(target) * i128::from(days)
        }
    }
}

/// A count with a target for the year (or none: tracked only), in a past or current year.
fn count_cell(actual: u64, target: Option<u32>, year: i32, when: When, as_of: NaiveDate) -> Cell {
    let Some(t) = target else {
        let cell = bare(year, Status::Tracked, Why::NoTarget { actual });
        return Cell { actual: Some(Actual::Count(actual)), ..cell };
    };
    let pace = elapsed(when, as_of);
    let status = if actual >= u64::from(t) {
        Status::Achieved
    } else if when == When::Past {
        Status::Missed
    } else if keeps_pace(actual, t, pace) {
        Status::OnTrack
    } else {
        Status::Behind
    };
    let why = Why::YearTarget { actual, target: t, elapsed: pace };
    Cell { actual: Some(Actual::Count(actual)), target: Some(t), ..bare(year, status, why) }
}

/// A count toward one target over the whole plan: cumulative, pro-rated over the plan.
fn total_cell(meta: &PlanMeta, facts: &Facts, id: &str, total: u32, year: i32, as_of: NaiveDate) -> Cell {
    let (plan_first, plan_last) = (meta.year_first_day(meta.start_year), meta.year_last_day(meta.end_year));
    let until = as_of.min(meta.year_last_day(year));
    let so_far = facts.count_between(id, plan_first, until);
    // Pro-rated up to the end of the year shown, or to as-of in the current year.
    let days = (until - plan_first).num_days() + 1;
    let pace = Elapsed::Running { as_of: until, days, of: (plan_last - plan_first).num_days() + 1 };
    let status = if so_far >= u64::from(total) {
        Status::Achieved
    } else if year == meta.end_year && as_of > meta.year_last_day(year) {
        Status::Missed
    } else if keeps_pace(so_far, total, pace) {
        Status::OnTrack
    } else {
        Status::Behind
    };
    let why = Why::PlanTarget { so_far, total, elapsed: pace };
    Cell { actual: Some(Actual::Count(so_far)), target: Some(total), ..bare(year, status, why) }
}

fn milestone_cell(meta: &PlanMeta, done: Option<NaiveDate>, due: i32, year: i32, when: When) -> Cell {
    let done_by_year = done.filter(|d| meta.year_of(*d) <= year);
    let status = match done_by_year {
        Some(_) => Status::Achieved,
        None if year < due => Status::OnTrack,
        None if year == due && when != When::Past => Status::Behind,
        None => Status::Missed,
    };
    let why = Why::Milestone { done: done_by_year, due: meta.year_label(due) };
    Cell { actual: done_by_year.map(Actual::Done), ..bare(year, status, why) }
}

/// The latest assessment of the year decides: its date, level and note.
fn assessment_cell(latest: Option<(NaiveDate, Level, Option<String>)>, year: i32) -> Cell {
    let Some((date, level, note)) = latest else { return bare(year, Status::NotAssessed, Why::NotAssessed) };
    let status = match level {
        Level::Achieved => Status::Achieved,
        Level::OnTrack => Status::OnTrack,
        Level::AtRisk => Status::Behind,
        Level::NotAchieved => Status::Missed,
    };
    Cell { actual: Some(Actual::Level(level)), ..bare(year, status, Why::Assessed { date, level, note }) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Journal, Plan};
    use crate::report::fixtures::{count, d, journal, milestone, plan, sp};
    use crate::report::status::{Filter, Year, compute};

    /// The status and actual value of "X" in `year`.
    fn at(plan: &Plan, journal: &Journal, as_of: &str, year: i32) -> (Status, Option<Actual>) {
        let report = compute(plan, journal, d(as_of), &Filter::default());
        let cell = report.rows().next().unwrap().cells.iter().find(|c| c.year == year).unwrap().clone();
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
        let one_year = report(Filter { year: Some(2018), ..Filter::default() });
        assert_eq!(one_year.years, vec![Year { year: 2018, label: "2018".into() }]);
        assert_eq!(report(Filter { orientation: Some("O".into()), ..Filter::default() }).rows().count(), 1);
        assert_eq!(report(Filter { orientation: Some("P".into()), ..Filter::default() }).rows().count(), 0);
        let both = Filter { indicator: Some("O.1".into()), year: Some(2017), ..Filter::default() };
        let r = report(both);
        assert_eq!((r.rows().count(), r.years.len()), (1, 1));
        assert_eq!(r.summary[0].count(Missed), 1);
        assert_eq!(r.status_counts(), vec![(Missed, vec![1])]);
    }

    #[test]
    fn an_explanation_in_the_year_answers_for_a_behind_or_missed_cell() {
        use crate::model::Topic;
        use crate::report::fixtures::narrative;
        let p = plan(count(CountTarget::Yearly(4)), None, "01-01");
        let missing = |j: &Journal, year: i32| {
            let report = compute(&p, j, d("2019-06-30"), &Filter::default());
            report.rows().next().unwrap().cells.iter().find(|c| c.year == year).unwrap().explanation_missing
        };
        let mut j = journal(&[("2018-03-01", 4), ("2019-02-01", 1)], &[]);
        assert!(!missing(&j, 2018), "achieved: nothing to explain");
        assert!(missing(&j, 2017), "missed, unexplained");
        assert!(missing(&j, 2019), "behind, unexplained");
        assert!(!missing(&j, 2020), "upcoming: nothing to explain");
        j.files[0].narratives.push(narrative("2017-12-20", "X", Topic::Explanation));
        j.files[0].narratives.push(narrative("2019-06-01", "X", Topic::Challenges));
        j.files[0].narratives.push(narrative("2019-06-02", "O.1", Topic::Explanation));
        assert!(!missing(&j, 2017), "explained in its year");
        assert!(
            missing(&j, 2019),
            "a challenge, or an explanation of the objective, is not the indicator's explanation"
        );
        j.files[0].narratives.push(narrative("2019-07-01", "X", Topic::Explanation));
        assert!(missing(&j, 2019), "dated after the as-of date: it does not count yet");
    }
}
