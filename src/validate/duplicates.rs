//! The same entry written twice: most likely one meeting recorded twice, which
//! counts it twice. Two activities are the same when their date, title and
//! indicators are; two assessments when their date, indicator and level are;
//! two narratives when their date, item, topic and text are. A warning, never
//! an error: a plan may mean it.

use std::collections::HashMap;

use chrono::NaiveDate;

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
pub fn check(journal: &Journal, diags: &mut Vec<Diagnostic>) {
    let mut first: HashMap<Key, &Loc> = HashMap::new();
    for (key, loc) in keyed(journal) {
        match first.get(&key) {
            Some(earlier) => diags.push(repeated(Some(loc.clone()), earlier)),
            None => {
                first.insert(key, loc);
            }
        }
    }
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
