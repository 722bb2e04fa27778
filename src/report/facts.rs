//! The journal entries that count as of a date, gathered in one pass into a
//! bucket per indicator, so that each rule looks up only its own.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{Journal, Level, PlanMeta};

/// The journal entries that count as of a date, gathered in one pass into a
/// bucket per indicator.
pub(super) struct Facts<'j> {
    /// (date, amount) of every activity up to as-of, by indicator, in journal order.
    activities: HashMap<&'j str, Vec<(NaiveDate, u32)>>,
    /// (date, order written, level) of every assessment up to as-of, by indicator.
    assessments: HashMap<&'j str, Vec<(NaiveDate, usize, Level)>>,
}

impl<'j> Facts<'j> {
    pub(super) fn gather(journal: &'j Journal, as_of: NaiveDate) -> Facts<'j> {
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

    /// The level of the latest assessment dated in the year (the last written, on a tie).
    pub(super) fn latest_level(&self, meta: &PlanMeta, id: &str, year: i32) -> Option<Level> {
        let all = self.assessments.get(id)?;
        all.iter().filter(|(d, ..)| meta.year_of(*d) == year).max_by_key(|(d, order, _)| (*d, *order)).map(|a| a.2)
    }
}
