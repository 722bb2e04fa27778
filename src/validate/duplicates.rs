//! The same entry written twice: most likely one meeting recorded twice, which
//! counts it twice. Two activities are the same when their date, title and
//! indicators are; two assessments when their date, indicator and level are;
//! two narratives when their date, item, topic and text are. A warning, never
//! an error: a plan may mean it.

use chrono::NaiveDate;

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::hash::fingerprint;
use crate::model::{Activity, Assessment, Id, Journal, Level, Loc, Narrative, Sp, Topic};

/// What makes two entries the same.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Key<'a> {
    Activity(NaiveDate, &'a str, Values<'a>),
    Assessment(NaiveDate, &'a str, Level),
    Narrative(NaiveDate, &'a str, Topic, &'a str),
}

/// The ids of an activity, compared by their names only (not their places).
#[derive(Clone, Debug)]
pub(super) struct Values<'a>(&'a [Sp<Id>]);

impl PartialEq for Values<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(other.0).all(|(a, b)| a.value == b.value)
    }
}

impl Eq for Values<'_> {}

impl std::hash::Hash for Values<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.len().hash(state);
        self.0.iter().for_each(|i| i.value.hash(state));
    }
}

pub(super) fn activity<'a>(journal: &'a Journal, a: &'a Activity) -> Key<'a> {
    Key::Activity(a.date.value, journal.title(a).trim(), Values(&a.indicators))
}

pub(super) fn assessment(a: &Assessment) -> Key<'_> {
    Key::Assessment(a.date.value, &a.indicator.value, a.level)
}

pub(super) fn narrative(n: &Narrative) -> Key<'_> {
    Key::Narrative(n.date.value, &n.about.value, n.topic, n.text.trim())
}

/// An entry of any kind.
#[derive(Clone, Copy)]
enum Any<'a> {
    Activity(&'a Activity),
    Assessment(&'a Assessment),
    Narrative(&'a Narrative),
}

impl<'a> Any<'a> {
    fn key(self, journal: &'a Journal) -> Key<'a> {
        match self {
            Any::Activity(a) => activity(journal, a),
            Any::Assessment(a) => assessment(a),
            Any::Narrative(n) => narrative(n),
        }
    }

    /// Where its date is.
    fn loc(self) -> &'a Loc {
        match self {
            Any::Activity(a) => &a.date.loc,
            Any::Assessment(a) => &a.date.loc,
            Any::Narrative(n) => &n.date.loc,
        }
    }
}

/// Every entry of the journal.
fn all(journal: &Journal) -> impl Iterator<Item = Any<'_>> {
    let activities = journal.activities().map(Any::Activity);
    let assessments = journal.assessments().map(Any::Assessment);
    activities.chain(assessments).chain(journal.narratives().map(Any::Narrative))
}

/// Warns at every entry that repeats an earlier one, pointing at the first.
/// Entries are sorted by a fingerprint of their key, and only entries with
/// the same fingerprint are compared: no table of keys, no allocation per
/// entry beyond the fingerprint.
pub fn check(journal: &Journal, diags: &mut Vec<Diagnostic>) {
    let entries: Vec<Any> = all(journal).collect();
    let mut order: Vec<(u64, usize)> = entries.iter().map(|e| fingerprint(&e.key(journal))).zip(0..).collect();
    order.sort_unstable();
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for group in order.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        // In entry order, each repeats the first earlier entry with its key.
        // Fingerprints a text was crafted to share are many keys apart: a
        // table (with std's collision-proof hash) keeps that group linear.
        let mut firsts: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
        for &(_, later) in group {
            let key = entries[later].key(journal);
            match firsts.get(&key) {
                Some(&first) => repeats.push((later, first)),
                None => {
                    firsts.insert(key, later);
                }
            }
        }
    }
    repeats.sort_unstable();
    let loc = |i: usize| entries[i].loc();
    diags.extend(repeats.into_iter().map(|(later, first)| repeated(Some(loc(later).clone()), loc(first))));
}

/// The warning for a new entry that repeats one of the journal's.
pub fn existing(journal: &Journal, new: &Key) -> Option<Diagnostic> {
    all(journal).find(|e| e.key(journal) == *new).map(|e| repeated(None, e.loc()))
}

fn repeated(loc: Option<Loc>, first: &Loc) -> Diagnostic {
    Diagnostic::new(Code::RepeatedEntry, Message::new(MsgId::RepeatedEntry), loc)
        .note(first.clone(), MsgId::RepeatedEntryFirst)
        .help(MsgId::RepeatedEntryHelp)
}
