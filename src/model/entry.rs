//! A new journal entry, typed on the command line: checked like the journal's
//! own entries, then appended to its year's file.

use chrono::NaiveDate;

use super::journal::{Activity, Assessment, Level};
use super::span::{Loc, Sp};

/// A new journal entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Activity { date: NaiveDate, title: String, indicators: Vec<String>, amount: u32, note: Option<String> },
    Assessment { date: NaiveDate, indicator: String, level: Level, note: Option<String> },
}

/// An entry as the journal would hold it, with no place in a file.
pub enum AsRead {
    Activity(Activity),
    Assessment(Assessment),
}

impl Entry {
    pub fn date(&self) -> NaiveDate {
        match self {
            Entry::Activity { date, .. } | Entry::Assessment { date, .. } => *date,
        }
    }

    /// The entry as if read from a journal file, so that the journal's rules apply to it.
    pub fn as_read(&self) -> AsRead {
        let date = Sp::nowhere(self.date());
        match self {
            Entry::Activity { title, indicators, amount, note, .. } => AsRead::Activity(Activity {
                date,
                title: title.clone(),
                indicators: indicators.iter().cloned().map(Sp::nowhere).collect(),
                amount: *amount,
                note: note.clone(),
                loc: Loc::NOWHERE,
            }),
            Entry::Assessment { indicator, level, note, .. } => AsRead::Assessment(Assessment {
                date,
                indicator: Sp::nowhere(indicator.clone()),
                level: *level,
                note: note.clone(),
                loc: Loc::NOWHERE,
            }),
        }
    }
}
