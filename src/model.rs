//! The domain: a plan, its indicators and its journal, as plain data with no I/O.
//!
//! Every value that came from a file keeps a [`Loc`], so that any later check
//! can point at the exact place.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

/// Byte offsets into a file's text.
pub type Span = Range<usize>;

/// Which loaded file a location is in (an index into the source map).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A place in a loaded file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    pub file: FileId,
    pub span: Span,
}

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    pub value: T,
    pub loc: Loc,
}

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

/// A qualitative judgement of an assessment indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Achieved,
    OnTrack,
    AtRisk,
    NotAchieved,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Achieved, Level::OnTrack, Level::AtRisk, Level::NotAchieved];

    pub fn name(self) -> &'static str {
        match self {
            Level::Achieved => "achieved",
            Level::OnTrack => "on-track",
            Level::AtRisk => "at-risk",
            Level::NotAchieved => "not-achieved",
        }
    }

    pub fn from_name(name: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// Something that happened and counts toward indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub date: Sp<NaiveDate>,
    pub title: String,
    pub indicators: Vec<Sp<String>>,
    pub amount: u32,
    pub note: Option<String>,
    /// Where the entry starts (its `[[activity]]` header).
    pub loc: Loc,
}

/// The coordinator's judgement of an assessment indicator on a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub date: Sp<NaiveDate>,
    pub indicator: Sp<String>,
    pub level: Level,
    pub note: Option<String>,
    pub loc: Loc,
}

/// One journal file: the plan year its name gives, and its entries in file order.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JournalFile {
    pub year: Option<i32>,
    pub activities: Vec<Activity>,
    pub assessments: Vec<Assessment>,
}

/// All journal files of a plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Journal {
    pub files: Vec<JournalFile>,
}

impl Journal {
    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.files.iter().flat_map(|f| &f.activities)
    }

    pub fn assessments(&self) -> impl Iterator<Item = &Assessment> {
        self.files.iter().flat_map(|f| &f.assessments)
    }

    pub fn entry_count(&self) -> usize {
        self.files.iter().map(|f| f.activities.len() + f.assessments.len()).sum()
    }
}

/// An indicator with the items it sits under.
#[derive(Clone, Copy, Debug)]
pub struct IndicatorRef<'p> {
    pub orientation: &'p Orientation,
    pub objective: &'p Objective,
    pub action: &'p Action,
    pub indicator: &'p Indicator,
}

impl<'p> IndicatorRef<'p> {
    /// Whether the indicator is `id`, or sits under the action, objective or orientation `id`.
    pub fn is_under(&self, id: &str) -> bool {
        [&self.orientation.id, &self.objective.id, &self.action.id, &self.indicator.id].iter().any(|i| i.value == id)
    }

    /// The plan years the indicator applies in: its own `years`, else its action's, else all.
    pub fn years(&self, meta: &PlanMeta) -> Vec<i32> {
        match self.indicator.years.as_ref().or(self.action.years.as_ref()) {
            Some(years) => years.iter().map(|y| y.value).collect(),
            None => meta.years().collect(),
        }
    }
}

/// How many items of each level a plan has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub orientations: usize,
    pub objectives: usize,
    pub actions: usize,
    pub indicators: usize,
}

impl Plan {
    /// Every indicator in plan order, with its parents.
    pub fn indicators(&self) -> impl Iterator<Item = IndicatorRef<'_>> {
        self.orientations.iter().flat_map(|orientation| {
            orientation.objectives.iter().flat_map(move |objective| {
                objective.actions.iter().flat_map(move |action| {
                    action.indicators.iter().map(move |indicator| IndicatorRef {
                        orientation,
                        objective,
                        action,
                        indicator,
                    })
                })
            })
        })
    }

    pub fn counts(&self) -> Counts {
        let objectives = self.orientations.iter().flat_map(|o| &o.objectives);
        let actions = objectives.clone().flat_map(|o| &o.actions);
        Counts {
            orientations: self.orientations.len(),
            objectives: objectives.count(),
            actions: actions.clone().count(),
            indicators: actions.map(|a| a.indicators.len()).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(year_start: MonthDay) -> PlanMeta {
        PlanMeta { title: "t".into(), organization: None, language: None, start_year: 2017, end_year: 2020, year_start }
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

    #[test]
    fn levels_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::from_name(l.name()), Some(l));
        }
        assert_eq!(Level::from_name("done"), None);
    }
}
