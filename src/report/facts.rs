//! The journal entries that count as of a date, gathered in one pass into a
//! bucket per indicator, so that each rule looks up only its own.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::model::{Assessment, Id, Journal, PlanMeta, Topic};

/// The journal entries that count as of a date, gathered in one pass into a
/// bucket per indicator.
pub(super) struct Facts<'j> {
    /// (date, amount) of the activities up to as-of, by indicator (indexed by
    /// its [`Id`]), in journal order; activities of the same day written one
    /// after the other are added up in one (a journal in date order keeps a
    /// pair per indicator and day, not one per activity).
    activities: Vec<Vec<(NaiveDate, u32)>>,
    /// (order written, assessment) of every assessment up to as-of, by indicator.
    assessments: HashMap<&'j str, Vec<(usize, &'j Assessment)>>,
    /// The (item, plan year) pairs that have an `explanation` narrative up to as-of.
    explained: HashSet<(&'j str, i32)>,
}

/// Adds an activity's amount to an indicator's list: to the last pair when it
/// is of the same day (and the sum fits), else as a new pair.
fn add(list: &mut Vec<(NaiveDate, u32)>, date: NaiveDate, amount: u32) {
    match list.last_mut() {
        Some((day, sum)) if *day == date && sum.checked_add(amount).is_some() => *sum += amount,
        _ => list.push((date, amount)),
    }
}

impl<'j> Facts<'j> {
    pub(super) fn gather(meta: &PlanMeta, journal: &'j Journal, as_of: NaiveDate) -> Facts<'j> {
        let mut activities: Vec<Vec<(NaiveDate, u32)>> = Vec::new();
        for a in journal.activities() {
            let day = a.date().value;
            if day > as_of {
                continue;
            }
            for (i, id) in a.indicators().enumerate() {
                // An indicator named twice in one entry counts once.
                if !a.indicators().take(i).any(|earlier| earlier.value == id.value) {
                    let n = id.value.index();
                    if n >= activities.len() {
                        activities.resize_with(n + 1, Vec::new);
                    }
                    add(&mut activities[n], day, a.amount);
                }
            }
        }
        let mut assessments: HashMap<&str, Vec<(usize, &Assessment)>> = HashMap::new();
        for (order, a) in journal.assessments().enumerate().filter(|(_, a)| a.date.value <= as_of) {
            assessments.entry(a.indicator.value.as_str()).or_default().push((order, a));
        }
        let explained = journal
            .narratives()
            .filter(|n| n.topic == Topic::Explanation && n.date.value <= as_of)
            .map(|n| (n.about.value.as_str(), meta.year_of(n.date.value)))
            .collect();
        Facts { activities, assessments, explained }
    }

    /// The amounts of one indicator.
    fn of(&self, id: &str) -> &[(NaiveDate, u32)] {
        Id::find(id).and_then(|id| self.activities.get(id.index())).map_or(&[], Vec::as_slice)
    }

    pub(super) fn count_between(&self, id: &str, first: NaiveDate, last: NaiveDate) -> u64 {
        self.of(id).iter().filter(|(d, _)| (first..=last).contains(d)).map(|(_, n)| u64::from(*n)).sum()
    }

    pub(super) fn count(&self, meta: &PlanMeta, id: &str, year: i32) -> u64 {
        self.count_between(id, meta.year_first_day(year), meta.year_last_day(year))
    }

    /// The first day an activity recorded the milestone.
    pub(super) fn done(&self, id: &str) -> Option<NaiveDate> {
        self.of(id).iter().map(|(d, _)| *d).min()
    }

    /// The latest assessment dated in the year (the last written, on a tie).
    pub(super) fn latest(&self, meta: &PlanMeta, id: &str, year: i32) -> Option<&'j Assessment> {
        let all = self.assessments.get(id)?;
        let in_year = all.iter().filter(|(_, a)| meta.year_of(a.date.value) == year);
        in_year.max_by_key(|(order, a)| (a.date.value, *order)).map(|(_, a)| *a)
    }

    /// The date of the latest activity or assessment of an indicator.
    pub(super) fn last_entry(&self, id: &str) -> Option<NaiveDate> {
        let activity = self.of(id).iter().map(|(d, _)| *d).max();
        let assessment = self.assessments.get(id).and_then(|all| all.iter().map(|(_, a)| a.date.value).max());
        activity.max(assessment)
    }

    /// Whether an item has an `explanation` narrative dated in the plan year.
    pub(super) fn explained(&self, id: &str, year: i32) -> bool {
        self.explained.contains(&(id, year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_of_a_day_written_together_are_added_up_unless_the_sum_overflows() {
        let day = |d| NaiveDate::from_ymd_opt(2019, 3, d).unwrap();
        let mut list = Vec::new();
        for (d, amount) in [(1, 2), (1, 3), (2, 1), (1, 4), (1, u32::MAX), (1, 1)] {
            add(&mut list, day(d), amount);
        }
        assert_eq!(list, [(day(1), 5), (day(2), 1), (day(1), 4), (day(1), u32::MAX), (day(1), 1)]);
    }
}
