//! Staleness: an indicator that still needs entries in the current year and
//! has had none for longer than `[monitoring] stale_after_days`. It is a flag
//! beside the status, not a status.

use chrono::NaiveDate;

use super::facts::Facts;
use super::rules::yearly_target;
use crate::model::{CountTarget, IndicatorKind, IndicatorRef, Plan};

/// Whether an indicator is stale as of a date: it applies in the current plan
/// year and still needs entries (a count below its target, a milestone not
/// done, an assessment), and its latest entry (or, when it has none, the first
/// day of the plan) is more than `stale_after_days` old.
pub(super) fn is_stale(
    plan: &Plan,
    facts: &Facts,
    r: &IndicatorRef,
    as_of: NaiveDate,
    last: Option<NaiveDate>,
) -> bool {
    let meta = &plan.meta;
    let year = meta.year_of(as_of);
    if !meta.contains(as_of) || !r.years(meta).contains(&year) || !needs_entries(plan, facts, r, year, as_of) {
        return false;
    }
    let since = last.unwrap_or(meta.year_first_day(meta.start_year));
    (as_of - since).num_days() > i64::from(meta.stale_after_days)
}

/// Whether an indicator still needs entries in the current year.
fn needs_entries(plan: &Plan, facts: &Facts, r: &IndicatorRef, year: i32, as_of: NaiveDate) -> bool {
    let meta = &plan.meta;
    let id = r.indicator.id.value.as_str();
    match &r.indicator.kind {
        IndicatorKind::Count { target: CountTarget::Total(total), .. } => {
            facts.count_between(id, meta.year_first_day(meta.start_year), as_of) < u64::from(*total)
        }
        IndicatorKind::Count { target, .. } => {
            yearly_target(target, year).is_some_and(|t| facts.count(meta, id, year) < u64::from(t))
        }
        IndicatorKind::Milestone { .. } => facts.done(id).is_none(),
        IndicatorKind::Assessment => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{CountTarget, IndicatorKind, Journal};
    use crate::report::fixtures::{count, d, journal, milestone, plan};
    use crate::report::status::{Filter, compute};

    /// Whether "X" is stale, and its last entry, as of a date.
    fn stale(kind: IndicatorKind, j: &Journal, as_of: &str) -> (bool, Option<String>) {
        let report = compute(&plan(kind, None, "01-01"), j, d(as_of), &Filter::default());
        let row = report.rows().next().unwrap();
        (row.stale, row.last_entry.map(|d| d.to_string()))
    }

    #[test]
    fn stale_after_exactly_the_threshold_not_on_it() {
        let j = journal(&[("2019-01-10", 1)], &[]);
        let kind = || count(CountTarget::Yearly(4));
        // 2019-01-10 + 90 days = 2019-04-10: not yet stale; the day after, stale.
        assert_eq!(stale(kind(), &j, "2019-04-10"), (false, Some("2019-01-10".into())));
        assert_eq!(stale(kind(), &j, "2019-04-11"), (true, Some("2019-01-10".into())));
    }

    #[test]
    fn only_what_still_needs_entries_goes_stale() {
        let met = journal(&[("2019-01-10", 4)], &[]);
        assert!(!stale(count(CountTarget::Yearly(4)), &met, "2019-09-01").0, "the year's target is met");
        assert!(!stale(count(CountTarget::None), &journal(&[], &[]), "2019-09-01").0, "tracked only");
        let done = journal(&[("2017-05-01", 1)], &[]);
        assert!(!stale(milestone(2019), &done, "2019-09-01").0, "the milestone is done");
        assert!(stale(milestone(2019), &journal(&[], &[]), "2019-09-01").0);
        assert!(!stale(count(CountTarget::Total(2)), &journal(&[("2017-02-01", 2)], &[]), "2019-09-01").0);
        assert!(stale(count(CountTarget::Total(3)), &journal(&[("2017-02-01", 2)], &[]), "2019-09-01").0);
    }

    #[test]
    fn without_entries_the_plans_first_day_counts() {
        let none = journal(&[], &[]);
        assert_eq!(stale(IndicatorKind::Assessment, &none, "2017-04-01"), (false, None));
        assert_eq!(stale(IndicatorKind::Assessment, &none, "2017-04-02"), (true, None));
    }

    #[test]
    fn nothing_is_stale_outside_the_plan_or_its_years() {
        let none = journal(&[], &[]);
        assert!(!stale(IndicatorKind::Assessment, &none, "2021-06-01").0, "after the plan");
        let only_2017 = plan(IndicatorKind::Assessment, Some(vec![2017]), "01-01");
        let report = compute(&only_2017, &none, d("2019-06-01"), &Filter::default());
        assert!(!report.rows().next().unwrap().stale, "not applicable this year");
    }
}
