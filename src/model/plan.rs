//! The plan itself: its period and its tree of orientations, objectives,
//! actions and indicators, as written in `plan.toml` and the orientation files.

use chrono::{Datelike, NaiveDate};

use super::lang::Lang;
use super::span::Sp;

/// The first and last years a plan may name, and its longest period.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;
pub const MAX_PERIOD_YEARS: i32 = 50;

/// A month and day on which every plan year starts (`01-01` for calendar years).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    pub const JANUARY_FIRST: MonthDay = MonthDay { month: 1, day: 1 };

    /// Parses `"MM-DD"`. 29 February is refused: not every year has it.
    pub fn parse(text: &str) -> Option<MonthDay> {
        let (m, d) = text.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (month, day) = (m.parse().ok()?, d.parse().ok()?);
        NaiveDate::from_ymd_opt(2001, month, day)?;
        Some(MonthDay { month, day })
    }
}

/// What `plan.toml` says about the plan as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanMeta {
    pub title: String,
    pub organization: Option<String>,
    pub language: Option<Lang>,
    pub start_year: i32,
    pub end_year: i32,
    pub year_start: MonthDay,
    /// The vocabularies entries may be tagged with (`[tags]`).
    pub tags: Vec<Vocabulary>,
    /// After how many days without an entry an indicator that needs one is stale.
    pub stale_after_days: u32,
}

/// The days without an entry after which an indicator is stale, when
/// `[monitoring]` does not say.
pub const STALE_AFTER_DAYS: u32 = 90;

/// A tag name and the values it may take.
#[derive(Clone, Debug, PartialEq)]
pub struct Vocabulary {
    pub name: Sp<String>,
    pub values: Vec<Sp<String>>,
}

impl PlanMeta {
    /// The vocabulary of a tag name.
    pub fn vocabulary(&self, name: &str) -> Option<&Vocabulary> {
        self.tags.iter().find(|v| v.name.value == name)
    }
}

impl PlanMeta {
    /// The plan years, by the calendar year in which each starts.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.start_year..=self.end_year
    }

    pub fn is_fiscal(&self) -> bool {
        self.year_start != MonthDay::JANUARY_FIRST
    }

    /// The first day of plan year `year`.
    pub fn year_first_day(&self, year: i32) -> NaiveDate {
        let ys = self.year_start;
        NaiveDate::from_ymd_opt(year, ys.month, ys.day).expect("a MonthDay is valid in every year")
    }

    /// The last day of plan year `year`.
    pub fn year_last_day(&self, year: i32) -> NaiveDate {
        self.year_first_day(year + 1).pred_opt().expect("years are bounded")
    }

    /// The plan year a date falls in (which may be outside the plan's period).
    pub fn year_of(&self, date: NaiveDate) -> i32 {
        let y = date.year();
        if date < self.year_first_day(y) { y - 1 } else { y }
    }

    /// Whether a date falls within the plan's period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.years().contains(&self.year_of(date))
    }

    /// How a plan year is named in tables and JSON: `2017`, or `2017-18` for fiscal years.
    pub fn year_label(&self, year: i32) -> String {
        if self.is_fiscal() { format!("{year}-{:02}", (year + 1).rem_euclid(100)) } else { year.to_string() }
    }
}

/// A whole plan: its metadata and its orientations, in id order.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub meta: PlanMeta,
    pub orientations: Vec<Orientation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Orientation {
    pub id: Sp<String>,
    pub title: String,
    pub short: Option<String>,
    pub objectives: Vec<Objective>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Objective {
    pub id: Sp<String>,
    pub title: String,
    pub short: Option<String>,
    pub actions: Vec<Action>,
}

/// An action (a *moyen* in the consortium's plan).
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub id: Sp<String>,
    pub title: String,
    pub short: Option<String>,
    pub years: Option<Vec<Sp<i32>>>,
    pub indicators: Vec<Indicator>,
}

/// An expected result (a *résultat attendu*), measured one way or another.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: Sp<String>,
    pub text: String,
    pub short: Option<String>,
    pub kind: IndicatorKind,
    pub years: Option<Vec<Sp<i32>>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorKind {
    Count { target: CountTarget, unit: Option<String> },
    Milestone { due: Option<Sp<i32>> },
    Assessment,
}

impl IndicatorKind {
    /// The kind's name as written in files and JSON.
    pub fn name(&self) -> &'static str {
        match self {
            IndicatorKind::Count { .. } => "count",
            IndicatorKind::Milestone { .. } => "milestone",
            IndicatorKind::Assessment => "assessment",
        }
    }
}

/// What a count indicator aims at.
#[derive(Clone, Debug, PartialEq)]
pub enum CountTarget {
    /// The same target in every applicable plan year.
    Yearly(u32),
    /// A target for each named plan year.
    PerYear(Vec<(Sp<i32>, u32)>),
    /// One target over the whole plan.
    Total(u32),
    /// Tracked only.
    None,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(year_start: MonthDay) -> PlanMeta {
        PlanMeta {
            title: "t".into(),
            organization: None,
            language: None,
            start_year: 2017,
            end_year: 2020,
            year_start,
            tags: Vec::new(),
            stale_after_days: STALE_AFTER_DAYS,
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn calendar_years() {
        let m = meta(MonthDay::JANUARY_FIRST);
        assert_eq!(m.year_of(d(2017, 1, 1)), 2017);
        assert_eq!(m.year_of(d(2017, 12, 31)), 2017);
        assert_eq!(m.year_label(2017), "2017");
        assert!(m.contains(d(2020, 12, 31)));
        assert!(!m.contains(d(2021, 1, 1)));
        assert!(!m.contains(d(2016, 12, 31)));
        assert_eq!(m.year_last_day(2020), d(2020, 12, 31));
    }

    #[test]
    fn fiscal_years() {
        let m = meta(MonthDay::parse("04-01").unwrap());
        assert_eq!(m.year_of(d(2018, 3, 31)), 2017);
        assert_eq!(m.year_of(d(2018, 4, 1)), 2018);
        assert_eq!(m.year_label(2017), "2017-18");
        assert_eq!(m.year_label(2099), "2099-00");
        assert_eq!(m.year_last_day(2017), d(2018, 3, 31));
        assert!(!m.contains(d(2017, 3, 31)));
        assert!(m.contains(d(2021, 3, 31)));
    }

    #[test]
    fn month_day_parsing() {
        assert_eq!(MonthDay::parse("04-01"), Some(MonthDay { month: 4, day: 1 }));
        for bad in ["4-1", "02-29", "13-01", "00-10", "04-31", "0401", "", "aa-bb"] {
            assert_eq!(MonthDay::parse(bad), None, "{bad}");
        }
    }
}
