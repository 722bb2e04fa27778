//! The same entry written twice: most likely one meeting recorded twice, which
//! counts it twice. Two activities are the same when their date, title and
//! indicators are; two assessments when their date, indicator and level are;
//! two narratives when their date, item, topic and text are. A warning, never
//! an error: a plan may mean it.

use std::collections::hash_map::Entry;

use chrono::NaiveDate;

use super::Repeat;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::hash::fingerprint;
use crate::model::{Activity, Assessment, FileId, Id, Journal, JournalFile, Level, Loc, Narrative, Topic};

/// What makes two entries the same.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Key<'a> {
    Activity(NaiveDate, &'a str, Values<'a>),
    Assessment(NaiveDate, &'a str, Level),
    Narrative(NaiveDate, &'a str, Topic, &'a str),
}

/// The ids of an activity, compared by their names only (not their places).
#[derive(Clone, Debug)]
pub(super) struct Values<'a>(&'a Activity);

impl Values<'_> {
    fn ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.0.indicators().map(|i| i.value)
    }
}

impl PartialEq for Values<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.ids().eq(other.ids())
    }
}

impl Eq for Values<'_> {}

impl std::hash::Hash for Values<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ids().for_each(|id| id.hash(state));
    }
}

impl Key<'_> {
    fn date(&self) -> NaiveDate {
        match self {
            Key::Activity(date, ..) | Key::Assessment(date, ..) | Key::Narrative(date, ..) => *date,
        }
    }
}

pub(super) fn activity<'a>(journal: &'a Journal, a: &'a Activity) -> Key<'a> {
    Key::Activity(a.date().value, trimmed(journal.title(a)), Values(a))
}

/// `text` without the white space around it. Most titles start and end with
/// a printable ASCII character, and are looked at no further.
fn trimmed(text: &str) -> &str {
    let printable = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b.is_ascii());
    if printable(text.as_bytes().first()) && printable(text.as_bytes().last()) { text } else { text.trim() }
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

    fn date(self) -> NaiveDate {
        match self {
            Any::Activity(a) => a.date().value,
            Any::Assessment(a) => a.date.value,
            Any::Narrative(n) => n.date.value,
        }
    }

    /// Where its date is.
    fn loc(self) -> Loc {
        match self {
            Any::Activity(a) => a.date().loc,
            Any::Assessment(a) => a.date.loc,
            Any::Narrative(n) => n.date.loc,
        }
    }
}

/// Every entry of the journal.
fn all(journal: &Journal) -> impl Iterator<Item = Any<'_>> {
    let activities = journal.activities().map(Any::Activity);
    let assessments = journal.assessments().map(Any::Assessment);
    activities.chain(assessments).chain(journal.narratives().map(Any::Narrative))
}

/// A run of entries of one kind, of one part of a journal file.
enum Run<'a> {
    Activities(&'a [Activity]),
    Assessments(&'a [Assessment]),
    Narratives(&'a [Narrative]),
}

/// The entries of a journal by their number in the order of [`all`], with no
/// list of a million references: the runs they are in, and where each starts.
struct Numbered<'a> {
    runs: Vec<(usize, Run<'a>)>,
}

impl<'a> Numbered<'a> {
    fn new(journal: &'a Journal) -> Numbered<'a> {
        let files = &journal.files;
        let activities = files.iter().map(|f| (f.activities.len(), Run::Activities(&f.activities)));
        let assessments = files.iter().map(|f| (f.assessments.len(), Run::Assessments(&f.assessments)));
        let narratives = files.iter().map(|f| (f.narratives.len(), Run::Narratives(&f.narratives)));
        let mut start = 0;
        let mut runs = Vec::new();
        for (len, run) in activities.chain(assessments).chain(narratives).filter(|(len, _)| *len > 0) {
            runs.push((start, run));
            start += len;
        }
        Numbered { runs }
    }

    fn get(&self, n: usize) -> Any<'a> {
        let (start, run) = &self.runs[self.runs.partition_point(|(start, _)| *start <= n) - 1];
        run.get(n - start)
    }

    /// The entries from number `n` on, in order.
    fn from(&self, n: usize) -> impl Iterator<Item = Any<'a>> + '_ {
        let first = self.runs.partition_point(|(start, _)| *start <= n).saturating_sub(1);
        self.runs[first..]
            .iter()
            .flat_map(move |(start, run)| (n.saturating_sub(*start)..run.len()).map(|i| run.get(i)))
    }
}

impl<'a> Run<'a> {
    fn get(&self, i: usize) -> Any<'a> {
        match self {
            Run::Activities(all) => Any::Activity(&all[i]),
            Run::Assessments(all) => Any::Assessment(&all[i]),
            Run::Narratives(all) => Any::Narrative(&all[i]),
        }
    }

    fn len(&self) -> usize {
        match self {
            Run::Activities(all) => all.len(),
            Run::Assessments(all) => all.len(),
            Run::Narratives(all) => all.len(),
        }
    }
}

/// Warns at every entry that repeats an earlier one, pointing at the first.
/// Entries are sorted by a fingerprint of their key, 8 bytes each with their
/// number, and only entries with the same fingerprint are compared: no table
/// of keys, no allocation per entry. (A journal of more than 4 billion
/// entries, which no memory holds, is not checked.)
pub fn check(journal: &Journal, diags: &mut Vec<Diagnostic>) {
    let Ok(count) = u32::try_from(journal.entry_count()) else { return };
    let entries = Numbered::new(journal);
    let count = count as usize;
    let order = sorted_prints(journal, &entries, count, super::threads_for(count));
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for group in order.chunk_by(|a, b| a >> 32 == b >> 32).filter(|g| g.len() > 1) {
        // In entry order, each repeats the first earlier entry with its key.
        // Fingerprints a text was crafted to share are many keys apart: a
        // table (with std's collision-proof hash) keeps that group linear.
        let mut firsts: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
        for later in group.iter().map(|&n| (n & u64::from(u32::MAX)) as usize) {
            match firsts.entry(entries.get(later).key(journal)) {
                Entry::Occupied(first) => repeats.push((later, *first.get())),
                Entry::Vacant(slot) => {
                    slot.insert(later);
                }
            }
        }
    }
    repeats.sort_unstable();
    let places: Vec<(Loc, Loc)> =
        repeats.iter().map(|&(later, first)| (entries.get(later).loc(), entries.get(first).loc())).collect();
    let named = super::repeats(&places, |file| entries_in(journal, file));
    for ((later, first), repeat) in places.iter().zip(named) {
        match repeat {
            Repeat::One => diags.push(repeated(Some(*later), first)),
            Repeat::File(n) => diags.push(
                Diagnostic::new(Code::RepeatedEntry, Message::new(MsgId::RepeatedFile).arg("n", n), Some(*later))
                    .note(*first, MsgId::RepeatedFileFirst)
                    .help(MsgId::RepeatedFileHelp),
            ),
            Repeat::Unnamed => {}
        }
    }
}

/// How many entries the journal file `file` holds (in all its parts).
fn entries_in(journal: &Journal, file: FileId) -> usize {
    let in_file = |part: &JournalFile| {
        let first = (part.activities.first().map(|a| a.loc))
            .or_else(|| part.assessments.first().map(|a| a.loc))
            .or_else(|| part.narratives.first().map(|n| n.loc));
        first.is_some_and(|loc| loc.file == file)
    };
    let parts = journal.files.iter().filter(|part| in_file(part));
    parts.map(|part| part.activities.len() + part.assessments.len() + part.narratives.len()).sum()
}

/// Every entry's fingerprint (the high half of a word) and number (the low
/// half), sorted, on `cores` threads: each fills its part of the list, then
/// the list is split at its median and each side is sorted apart, with no
/// second list.
fn sorted_prints(journal: &Journal, entries: &Numbered, count: usize, cores: usize) -> Vec<u64> {
    let mut order = vec![0; count];
    let per = count.div_ceil(cores).max(1);
    let fill = |(k, part): (usize, &mut [u64])| {
        for ((slot, entry), n) in part.iter_mut().zip(entries.from(k * per)).zip(k * per..) {
            *slot = print(&entry.key(journal)) | n as u64;
        }
    };
    if cores < 2 {
        order.chunks_mut(per).enumerate().for_each(fill);
    } else {
        std::thread::scope(|scope| {
            for part in order.chunks_mut(per).enumerate() {
                scope.spawn(move || fill(part));
            }
        });
    }
    sort(&mut order, cores);
    order
}

/// The fewest words worth a thread of their own to sort.
const SORTED_APART: usize = 4_096;

/// Sorts `words` on `cores` threads: split at the median, each side apart.
fn sort(words: &mut [u64], cores: usize) {
    if cores < 2 || words.len() < SORTED_APART {
        return words.sort_unstable();
    }
    let mid = words.len() / 2;
    let (left, _, right) = words.select_nth_unstable(mid);
    std::thread::scope(|scope| {
        scope.spawn(|| sort(left, cores / 2));
        sort(right, cores - cores / 2);
    });
}

/// The high half of a key's fingerprint, in the high half of a word.
fn print(key: &Key) -> u64 {
    fingerprint(key) & !u64::from(u32::MAX)
}

/// The warning for a new entry that repeats one of the journal's. Only the
/// keys of entries of its date are made, so that `record` into a big journal
/// does not make a million.
pub fn existing(journal: &Journal, new: &Key) -> Option<Diagnostic> {
    let date = new.date();
    all(journal).filter(|e| e.date() == date).find(|e| e.key(journal) == *new).map(|e| repeated(None, &e.loc()))
}

fn repeated(loc: Option<Loc>, first: &Loc) -> Diagnostic {
    Diagnostic::new(Code::RepeatedEntry, Message::new(MsgId::RepeatedEntry), loc)
        .note(*first, MsgId::RepeatedEntryFirst)
        .help(MsgId::RepeatedEntryHelp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityFields, FileId, JournalFile, Sp, Text};

    fn at(n: usize) -> Loc {
        Loc::new(FileId(0), n..n + 1)
    }

    fn activity(n: usize, date: u32, title: &str, ids: &[&str]) -> Activity {
        activity_in(0, n, date, title, ids)
    }

    /// An activity of file number `file`, its date at byte `n`.
    fn activity_in(file: u32, n: usize, date: u32, title: &str, ids: &[&str]) -> Activity {
        let ids: Vec<_> = ids.iter().map(|i| Sp::nowhere(Id::new(i))).collect();
        Activity::from(ActivityFields {
            date: Sp { value: NaiveDate::from_ymd_opt(2019, 1, date).unwrap(), loc: Loc::new(FileId(file), n..n + 1) },
            title: Text::owned(title),
            indicators: &ids,
            amount: 1,
            note: None,
            evidence: Vec::new(),
            tags: Vec::new(),
            loc: Loc::new(FileId(file), n..n + 1),
        })
    }

    fn assessment(n: usize, level: Level) -> Assessment {
        let date = Sp { value: NaiveDate::from_ymd_opt(2019, 1, 1).unwrap(), loc: at(n) };
        Assessment { date, indicator: Sp::nowhere("1.1".into()), level, note: None, extras: None, loc: at(n) }
    }

    /// Repeats across the parts of a file and among assessments are found, each
    /// pointing at the first; entries that differ in an id, its order or a date are not.
    #[test]
    fn repeats_across_parts_point_at_the_first() {
        let part = |activities, assessments| JournalFile { year: None, activities, assessments, narratives: vec![] };
        let first = part(
            vec![activity(0, 1, "A", &["x"]), activity(1, 1, "B", &["x", "y"]), activity(2, 2, "A", &["x"])],
            vec![assessment(10, Level::OnTrack)],
        );
        let second = part(
            vec![activity(3, 1, "A ", &["x"]), activity(4, 1, "B", &["y", "x"]), activity(5, 1, "B", &["x", "y"])],
            vec![assessment(11, Level::AtRisk), assessment(12, Level::OnTrack), assessment(13, Level::OnTrack)],
        );
        let journal = Journal { files: vec![first, second], ..Journal::default() };
        let mut diags = Vec::new();
        check(&journal, &mut diags);
        let pairs: Vec<(usize, usize)> =
            diags.iter().map(|d| (d.loc.as_ref().unwrap().span().start, d.notes[0].loc.span().start)).collect();
        assert_eq!(pairs, [(3, 0), (5, 1), (12, 10), (13, 10)]);
    }

    /// A file every entry of which repeats one of one other file, a copy, is
    /// one warning; a file with other entries too, or a copy of one entry
    /// alone, gets one for each repeat.
    #[test]
    fn a_file_that_repeats_another_whole_is_one_warning() {
        let file = |file: u32, titles: &[&str]| JournalFile {
            activities: (titles.iter().enumerate()).map(|(n, t)| activity_in(file, n, 1, t, &["x"])).collect(),
            ..JournalFile::default()
        };
        let warnings = |files: Vec<JournalFile>| {
            let mut diags = Vec::new();
            check(&Journal { files, ..Journal::default() }, &mut diags);
            diags.iter().map(|d| (d.loc.unwrap().file.0, d.message.clone())).collect::<Vec<_>>()
        };
        let one = Message::new(MsgId::RepeatedEntry);
        let copy = [file(0, &["A", "B", "C"]), file(1, &["A", "B", "C"]), file(2, &["B", "D"]), file(3, &["C"])];
        let whole = Message::new(MsgId::RepeatedFile).arg("n", 3);
        assert_eq!(warnings(copy.to_vec()), [(1, whole), (2, one.clone()), (3, one.clone())]);
        // Two files, each repeating part of the other: no copy.
        let halves = vec![file(0, &["A", "B"]), file(1, &["B", "A", "E"])];
        assert_eq!(warnings(halves), [(1, one.clone()), (1, one)]);
    }

    /// A new entry repeats the first entry with its date, title and ids.
    #[test]
    fn a_new_entry_repeats_one_of_its_date() {
        let activities = vec![activity(0, 1, "A", &["x"]), activity(1, 2, "A", &["x"]), activity(2, 2, "A", &["x"])];
        let journal =
            Journal { files: vec![JournalFile { activities, ..JournalFile::default() }], ..Journal::default() };
        let found = |new: &Activity| existing(&journal, &super::activity(&journal, new)).map(|d| d.notes[0].loc);
        assert_eq!(found(&activity(9, 2, "A", &["x"])), Some(at(1)));
        assert_eq!(found(&activity(9, 3, "A", &["x"])), None);
        assert_eq!(found(&activity(9, 2, "A", &["y"])), None);
    }

    /// On any number of threads, the fingerprints are those of every entry,
    /// numbered in the order of `all`, and sorted: across files and kinds.
    #[test]
    fn fingerprints_are_the_same_on_any_number_of_threads() {
        let file = |year: usize, activities: usize| JournalFile {
            year: None,
            activities: (0..activities)
                .map(|i| activity(i, 1 + (i % 28) as u32, &format!("R {year} {i}"), &["x"]))
                .collect(),
            assessments: (0..year % 3 + 1).map(|i| assessment(i, Level::OnTrack)).collect(),
            narratives: vec![],
        };
        let journal =
            Journal { files: vec![file(0, 9_000), file(1, 0), file(2, 8_000), file(3, 7_001)], ..Journal::default() };
        let count = journal.entry_count();
        let mut naive: Vec<u64> = all(&journal).zip(0..).map(|(e, n)| print(&e.key(&journal)) | n).collect();
        naive.sort_unstable();
        let entries = Numbered::new(&journal);
        for cores in [1, 2, 3, 5, 8] {
            assert_eq!(sorted_prints(&journal, &entries, count, cores), naive, "{cores} threads");
        }
    }

    proptest::proptest! {
        /// Titles are trimmed as `str::trim` trims them.
        #[test]
        fn titles_are_trimmed_as_trim_does(
            text in proptest::collection::vec(proptest::sample::select(vec![
                "a", "é", " ", "\t", "\n", "\u{b}", "\u{a0}", "\u{2003}", "\u{3000}", "~", "\u{7f}", "\u{1}",
            ]), 0..6)
        ) {
            let text = text.concat();
            proptest::prop_assert_eq!(trimmed(&text), text.trim());
        }
    }
}
