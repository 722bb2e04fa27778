//! The same entry written twice: most likely one meeting recorded twice, which
//! counts it twice. Two activities are the same when their date, title and
//! indicators are; two assessments when their date, indicator and level are;
//! two narratives when their date, item, topic and text are. A warning, never
//! an error: a plan may mean it.

use chrono::NaiveDate;

use super::hash::fingerprint;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{Activity, Assessment, Journal, Level, Loc, Narrative, Sp, Topic};

/// What makes two entries the same.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Key<'a> {
    Activity(NaiveDate, &'a str, Vec<&'a str>),
    Assessment(NaiveDate, &'a str, Level),
    Narrative(NaiveDate, &'a str, Topic, &'a str),
}

fn ids(ids: &[Sp<String>]) -> Vec<&str> {
    ids.iter().map(|i| i.value.as_str()).collect()
}

pub(super) fn activity(a: &Activity) -> Key<'_> {
    Key::Activity(a.date.value, a.title.trim(), ids(&a.indicators))
}

pub(super) fn assessment(a: &Assessment) -> Key<'_> {
    Key::Assessment(a.date.value, &a.indicator.value, a.level)
}

pub(super) fn narrative(n: &Narrative) -> Key<'_> {
    Key::Narrative(n.date.value, &n.about.value, n.topic, n.text.trim())
}

/// Every entry of the journal, with its key and where its date is.
fn keyed(journal: &Journal) -> impl Iterator<Item = (Key<'_>, &Loc)> {
    let activities = journal.activities().map(|a| (activity(a), &a.date.loc));
    let assessments = journal.assessments().map(|a| (assessment(a), &a.date.loc));
    let narratives = journal.narratives().map(|n| (narrative(n), &n.date.loc));
    activities.chain(assessments).chain(narratives)
}

/// Warns at every entry that repeats an earlier one, pointing at the first.
/// Entries are sorted by a fingerprint of their key, and only entries with
/// the same fingerprint are compared: no table of keys, no allocation per
/// entry beyond the fingerprint.
pub fn check(journal: &Journal, diags: &mut Vec<Diagnostic>) {
    let entries: Vec<(Key, &Loc)> = keyed(journal).collect();
    let mut order: Vec<(u64, usize)> = entries.iter().enumerate().map(|(i, (key, _))| (fingerprint(key), i)).collect();
    order.sort_unstable();
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for group in order.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        // In entry order, each repeats the first earlier entry with its key.
        // Fingerprints a text was crafted to share are many keys apart: a
        // table (with std's collision-proof hash) keeps that group linear.
        let mut firsts: std::collections::HashMap<&Key, usize> = std::collections::HashMap::new();
        for &(_, later) in group {
            match firsts.get(&entries[later].0) {
                Some(&first) => repeats.push((later, first)),
                None => {
                    firsts.insert(&entries[later].0, later);
                }
            }
        }
    }
    repeats.sort_unstable();
    diags.extend(repeats.into_iter().map(|(later, first)| repeated(Some(entries[later].1.clone()), entries[first].1)));
}

/// The warning for a new entry that repeats one of the journal's.
pub fn existing(journal: &Journal, new: &Key) -> Option<Diagnostic> {
    keyed(journal).find(|(key, _)| key == new).map(|(_, loc)| repeated(None, loc))
}

fn repeated(loc: Option<Loc>, first: &Loc) -> Diagnostic {
    Diagnostic::new(Code::RepeatedEntry, Message::new(MsgId::RepeatedEntry), loc)
        .note(first.clone(), MsgId::RepeatedEntryFirst)
        .help(MsgId::RepeatedEntryHelp)
}
