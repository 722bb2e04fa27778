//! The journal: what happened (activities) and what the coordinator judged
//! (assessments), as read from the journal files.

use chrono::NaiveDate;

use super::span::{Loc, Sp};

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

    /// The level as written in journal files.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::from_name(l.name()), Some(l));
        }
        assert_eq!(Level::from_name("done"), None);
    }
}
