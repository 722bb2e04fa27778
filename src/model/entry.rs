//! A new journal entry, typed on the command line: checked like the journal's
//! own entries, then appended to its year's file.

use chrono::NaiveDate;

use super::activity::{Activity, ActivityFields};
use super::id::Id;
use super::journal::{Assessment, Extras, Level, Narrative, Tag, Topic};
use super::span::{Loc, Sp};
use super::text::Text;

/// A new journal entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Activity {
        date: NaiveDate,
        title: String,
        indicators: Vec<String>,
        amount: u32,
        note: Option<String>,
        evidence: Vec<String>,
        /// Each tag name with its values, in the order given.
        tags: Vec<(String, Vec<String>)>,
    },
    Assessment {
        date: NaiveDate,
        indicator: String,
        level: Level,
        note: Option<String>,
        evidence: Vec<String>,
    },
    Narrative {
        date: NaiveDate,
        about: String,
        topic: Topic,
        text: String,
        evidence: Vec<String>,
    },
}

/// An entry as the journal would hold it, with no place in a file.
pub enum AsRead {
    Activity(Activity),
    Assessment(Assessment),
    Narrative(Narrative),
}

fn nowhere_all(values: &[String]) -> Vec<Sp<String>> {
    values.iter().cloned().map(Sp::nowhere).collect()
}

impl Entry {
    pub fn date(&self) -> NaiveDate {
        match self {
            Entry::Activity { date, .. } | Entry::Assessment { date, .. } | Entry::Narrative { date, .. } => *date,
        }
    }

    /// The entry as if read from a journal file, so that the journal's rules apply to it.
    pub fn as_read(&self) -> AsRead {
        let date = Sp::nowhere(self.date());
        match self {
            Entry::Activity { title, indicators, amount, note, evidence, tags, .. } => {
                let indicators: Vec<_> = indicators.iter().map(|i| Sp::nowhere(Id::new(i))).collect();
                AsRead::Activity(Activity::from(ActivityFields {
                    date,
                    title: Text::owned(title),
                    indicators: &indicators,
                    amount: *amount,
                    note: note.as_deref().map(Text::owned),
                    evidence: nowhere_all(evidence),
                    tags: tags
                        .iter()
                        .map(|(n, v)| Tag { name: Sp::nowhere(n.clone()), values: nowhere_all(v) })
                        .collect(),
                    loc: Loc::NOWHERE,
                }))
            }
            Entry::Assessment { indicator, level, note, evidence, .. } => AsRead::Assessment(Assessment {
                date,
                indicator: Sp::nowhere(indicator.clone()),
                level: *level,
                note: note.clone(),
                extras: Extras::boxed(nowhere_all(evidence), Vec::new()),
                loc: Loc::NOWHERE,
            }),
            Entry::Narrative { about, topic, text, evidence, .. } => AsRead::Narrative(Narrative {
                date,
                about: Sp::nowhere(about.clone()),
                topic: *topic,
                text: text.clone(),
                extras: Extras::boxed(nowhere_all(evidence), Vec::new()),
                loc: Loc::NOWHERE,
            }),
        }
    }
}
