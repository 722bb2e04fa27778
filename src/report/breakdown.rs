//! Breakdowns by tag (`--by TAG`): for each count indicator shown, the amounts
//! of its activities per value of the tag, per plan year (not cumulative).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::status::Row;
use crate::model::{Journal, Plan};

/// Fills `by` on the count rows: the values of `tag` that occur, in the order
/// `[tags]` declares them, each with its amount per year of `years`.
pub(super) fn breakdown(plan: &Plan, journal: &Journal, as_of: NaiveDate, tag: &str, years: &[i32], rows: &mut [Row]) {
    let amounts = Amounts::by(plan, journal, as_of, tag, years);
    for row in rows.iter_mut().filter(|r| r.kind == "count") {
        row.by = amounts.of(&row.id);
    }
}

/// The amounts of activities per indicator, value of one tag and year.
pub(super) struct Amounts<'a> {
    /// The values of the tag, in the order `[tags]` declares them.
    values: Vec<&'a str>,
    amounts: HashMap<(&'a str, &'a str), Vec<u64>>,
}

impl<'a> Amounts<'a> {
    /// Adds up, in one pass, the activities dated up to `as_of` in `years`
    /// that carry `tag`.
    pub(super) fn by(plan: &'a Plan, journal: &'a Journal, as_of: NaiveDate, tag: &str, years: &[i32]) -> Self {
        let meta = &plan.meta;
        let mut amounts: HashMap<(&str, &str), Vec<u64>> = HashMap::new();
        for a in journal.activities().filter(|a| a.date().value <= as_of) {
            let Some(i) = years.iter().position(|&y| y == meta.year_of(a.date().value)) else { continue };
            let Some(t) = a.tags().iter().find(|t| t.name.value == tag) else { continue };
            for id in distinct(a.indicators().map(|i| i.value.as_str())) {
                for value in distinct(t.values.iter().map(|v| v.value.as_str())) {
                    amounts.entry((id, value)).or_insert_with(|| vec![0; years.len()])[i] += u64::from(a.amount);
                }
            }
        }
        let values = meta.vocabulary(tag).map_or(Vec::new(), |v| v.values.iter().map(|v| v.value.as_str()).collect());
        Amounts { values, amounts }
    }

    /// The values that occur for an indicator, each with its amount per year.
    pub(super) fn of(&self, id: &str) -> Vec<(String, Vec<u64>)> {
        self.values
            .iter()
            .filter_map(|value| self.amounts.get(&(id, *value)).map(|a| (value.to_string(), a.clone())))
            .collect()
    }
}

/// The items, each once, in the order first seen.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
