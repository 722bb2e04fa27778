//! The journal: what happened (activities), what the coordinator judged
//! (assessments) and the words around the numbers (narratives), as read from
//! the journal files.

use std::sync::Arc;

use chrono::NaiveDate;

use super::activity::Activity;
use super::lang::Lang;
use super::span::{FileId, Loc, Sp};

/// A word that files may write in English or in French: its two spellings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub en: &'static str,
    pub fr: &'static str,
}

impl Word {
    /// The spelling commands write in a plan of language `lang`.
    pub fn of(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

macro_rules! words {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $en:literal / $fr:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Its two spellings, English and French.
            pub fn word(self) -> Word {
                match self { $($name::$variant => Word { en: $en, fr: $fr }),* }
            }

            /// The English spelling, as JSON and CSV give it.
            pub fn name(self) -> &'static str {
                self.word().en
            }

            /// Reads either spelling.
            pub fn from_name(name: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.word().en == name || v.word().fr == name)
            }

            /// Every spelling a file may use, for suggestions.
            pub fn spellings() -> Vec<&'static str> {
                Self::ALL.iter().flat_map(|v| [v.word().en, v.word().fr]).collect()
            }
        }
    };
}

words! {
    /// A qualitative judgement of an assessment indicator.
    Level {
        Achieved = "achieved" / "atteint",
        OnTrack = "on-track" / "en-bonne-voie",
        AtRisk = "at-risk" / "à-risque",
        NotAchieved = "not-achieved" / "non-atteint",
    }
}

words! {
    /// What a narrative is about: what went well, what was hard, what comes
    /// next, or why an indicator is behind or missed.
    Topic {
        Highlights = "highlights" / "faits-saillants",
        Challenges = "challenges" / "défis",
        NextSteps = "next-steps" / "suites",
        Explanation = "explanation" / "explication",
    }
}

/// A tag of an entry: its name and its values, as declared in `[tags]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub name: Sp<String>,
    pub values: Vec<Sp<String>>,
}

/// The coordinator's judgement of an assessment indicator on a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub date: Sp<NaiveDate>,
    pub indicator: Sp<String>,
    pub level: Level,
    pub note: Option<String>,
    pub extras: Option<Box<Extras>>,
    pub loc: Loc,
}

/// Words about an item of the plan (or the whole plan), dated.
#[derive(Clone, Debug, PartialEq)]
pub struct Narrative {
    pub date: Sp<NaiveDate>,
    /// An id of the plan, or `plan`.
    pub about: Sp<String>,
    pub topic: Topic,
    pub text: String,
    pub extras: Option<Box<Extras>>,
    pub loc: Loc,
}

/// What any entry may carry besides its own fields. Most entries have none of
/// it, so an entry holds it boxed, and only when there is some: a journal of a
/// million entries stays small.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Extras {
    /// Paths (inside the plan) and URLs of what proves the entry.
    pub evidence: Vec<Sp<String>>,
    pub tags: Vec<Tag>,
}

impl Extras {
    /// The extras of an entry: `None` when there is neither evidence nor tag.
    pub fn boxed(evidence: Vec<Sp<String>>, tags: Vec<Tag>) -> Option<Box<Extras>> {
        (!evidence.is_empty() || !tags.is_empty()).then(|| Box::new(Extras { evidence, tags }))
    }
}

macro_rules! with_extras {
    ($($entry:ident),*) => {$(
        impl $entry {
            /// Its evidence, if any.
            pub fn evidence(&self) -> &[Sp<String>] {
                self.extras.as_deref().map_or(&[], |e| &e.evidence)
            }

            /// Its tags, if any.
            pub fn tags(&self) -> &[Tag] {
                self.extras.as_deref().map_or(&[], |e| &e.tags)
            }
        }
    )*};
}

with_extras!(Assessment, Narrative);

/// What `about` says when a narrative is about the whole plan.
pub const ABOUT_PLAN: &str = "plan";

/// One journal file: the plan year its name gives, and its entries in file order.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JournalFile {
    pub year: Option<i32>,
    pub activities: Vec<Activity>,
    pub assessments: Vec<Assessment>,
    pub narratives: Vec<Narrative>,
}

impl JournalFile {
    /// Adds the entries of another part of the same file, after its own.
    pub fn extend(&mut self, part: JournalFile) {
        self.activities.extend(part.activities);
        self.assessments.extend(part.assessments);
        self.narratives.extend(part.narratives);
    }
}

/// All journal files of a plan, in order; a big file comes as several parts
/// of the same year, one per core that read it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Journal {
    pub files: Vec<JournalFile>,
    /// The text of each journal file, where its activities' texts are.
    pub texts: Vec<(FileId, Arc<String>)>,
    /// The files every line of which the reader's fast path read (entry
    /// headers, the keys it knows inside entries, comments, blank lines): in
    /// such a file no line names an entry kind but as its `[[…]]` header.
    pub regular: Vec<FileId>,
}

impl Journal {
    /// The text of an activity's file (empty for an activity in no file).
    fn file_text(&self, file: FileId) -> &str {
        self.texts.iter().find(|(id, _)| *id == file).map_or("", |(_, text)| text.as_str())
    }

    /// An activity's title.
    pub fn title<'a>(&'a self, a: &'a Activity) -> &'a str {
        a.title(self.file_text(a.file()))
    }

    /// An activity's note, if it has one.
    pub fn note<'a>(&'a self, a: &'a Activity) -> Option<&'a str> {
        a.note(self.file_text(a.file()))
    }

    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.files.iter().flat_map(|f| &f.activities)
    }

    pub fn assessments(&self) -> impl Iterator<Item = &Assessment> {
        self.files.iter().flat_map(|f| &f.assessments)
    }

    pub fn narratives(&self) -> impl Iterator<Item = &Narrative> {
        self.files.iter().flat_map(|f| &f.narratives)
    }

    pub fn entry_count(&self) -> usize {
        self.files.iter().map(|f| f.activities.len() + f.assessments.len() + f.narratives.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_in_either_language() {
        for &l in Level::ALL {
            assert_eq!(Level::from_name(l.name()), Some(l));
            assert_eq!(Level::from_name(l.word().fr), Some(l));
        }
        assert_eq!(Level::from_name("done"), None);
        assert_eq!(Topic::from_name("défis"), Some(Topic::Challenges));
        assert_eq!(Topic::NextSteps.word().of(Lang::Fr), "suites");
        assert_eq!(Topic::spellings().len(), 8);
    }
}
