//! Appends one entry to a journal file without touching a byte that was there:
//! the new text is the old bytes plus the entry, checked by parsing both (the
//! entry alone when the old bytes are the text the up-front check read), and
//! written atomically (see `atomic.rs`) under the lock of the work folder (see
//! `workdir.rs`), so concurrent runs never lose an entry. No link that leads
//! out of the plan is followed.

use std::fs::{self, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, value};

use super::atomic::{Durable, New, Pace, replace};
use super::early::Early;
use super::undo::remember;
use super::workdir::locked_work_dir;
use crate::layout::BOM;
use crate::model::{Entry, Lang};
use crate::read::entry_counts;

/// The array of tables an entry goes in.
fn table_name(entry: &Entry) -> &'static str {
    match entry {
        Entry::Activity { .. } => "activity",
        Entry::Assessment { .. } => "assessment",
        Entry::Narrative { .. } => "narrative",
    }
}

/// The entry as TOML (`[[activity]]` and its keys), with `\n` line ends.
/// Levels and topics are written in `lang`, the plan's language.
pub fn entry_toml(entry: &Entry, lang: Lang) -> String {
    let mut table = Table::new();
    table.insert("date", value(toml_date(entry.date())));
    match entry {
        Entry::Activity { title, indicators, amount, note, evidence, tags, .. } => {
            table.insert("title", value(title.as_str()));
            table.insert("indicators", value(strings(indicators)));
            if *amount != 1 {
                table.insert("amount", value(i64::from(*amount)));
            }
            insert_note(&mut table, note);
            insert_evidence(&mut table, evidence);
            insert_tags(&mut table, tags);
        }
        Entry::Assessment { indicator, level, note, evidence, .. } => {
            table.insert("indicator", value(indicator.as_str()));
            table.insert("level", value(level.word().of(lang)));
            insert_note(&mut table, note);
            insert_evidence(&mut table, evidence);
        }
        Entry::Narrative { about, topic, text, evidence, .. } => {
            table.insert("about", value(about.as_str()));
            table.insert("topic", value(topic.word().of(lang)));
            table.insert("text", value(text.as_str()));
            insert_evidence(&mut table, evidence);
        }
    }
    let mut entries = ArrayOfTables::new();
    entries.push(table);
    let mut doc = DocumentMut::new();
    doc.insert(table_name(entry), Item::ArrayOfTables(entries));
    doc.to_string()
}

fn strings(values: &[String]) -> Array {
    values.iter().map(String::as_str).collect()
}

fn insert_note(table: &mut Table, note: &Option<String>) {
    if let Some(note) = note {
        table.insert("note", value(note.as_str()));
    }
}

fn insert_evidence(table: &mut Table, evidence: &[String]) {
    if !evidence.is_empty() {
        table.insert("evidence", value(strings(evidence)));
    }
}

/// `tags = { name = "value", other = ["a", "b"] }`: one value as a string, several as a list.
fn insert_tags(table: &mut Table, tags: &[(String, Vec<String>)]) {
    if tags.is_empty() {
        return;
    }
    let mut inline = InlineTable::new();
    for (name, values) in tags {
        let written: toml_edit::Value = match values.as_slice() {
            [one] => one.as_str().into(),
            many => strings(many).into(),
        };
        inline.insert(name, written);
    }
    table.insert("tags", value(inline));
}

fn toml_date(date: NaiveDate) -> toml_edit::Datetime {
    let date = toml_edit::Date { year: date.year() as u16, month: date.month() as u8, day: date.day() as u8 };
    toml_edit::Datetime { date: Some(date), time: None, offset: None }
}

/// Why an entry was not written. In every case, no file was changed.
#[derive(Debug)]
pub enum AppendError {
    /// Reading, locking or writing failed.
    Io(io::Error),
    /// The journal file may not be written by this user.
    ReadOnly,
    /// The journal file as it stands does not parse, or is not UTF-8: it is never rewritten.
    Unparsable,
    /// The file with the entry added would not read back with exactly one more entry
    /// (for example when `activity` is written as an inline array).
    WouldNotParse,
    /// Another run held the lock for longer than the patience given.
    Busy,
    /// A link or a special file stands where `plan` writes.
    Refused(Refusal),
}

/// What `plan` will not write through.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The `journal/` folder is a symbolic link.
    JournalDirIsLink,
    /// The `.plan/` work folder is a symbolic link.
    WorkDirIsLink,
    /// The lock file is a symbolic link.
    LockIsLink,
    /// The journal file is a link to a file outside the plan directory (its target).
    LinksOutside(PathBuf),
    /// The journal file is not a regular file (a device, a pipe, a folder).
    NotRegular,
}

/// What was written.
#[derive(Debug, PartialEq)]
pub struct Appended {
    /// The line the entry starts on.
    pub line: usize,
    /// Whether the change is also safe from a power cut.
    pub durable: Durable,
}

/// Where and how to append an entry.
#[derive(Clone, Copy, Debug)]
pub struct Append<'a> {
    /// The plan directory, which holds the work folder and must hold the journal file.
    pub plan_dir: &'a Path,
    /// The journal file, `journal/<year>.toml` (a link to a file inside the plan is followed).
    pub path: &'a Path,
    /// What a new file starts with.
    pub header: &'a str,
    /// The plan's language, in which levels and topics are written.
    pub lang: Lang,
    pub pace: Pace,
    /// How long to wait for another run that holds the lock.
    pub patience: Duration,
    /// The file's text as the up-front check read it (and found valid), if it
    /// did: when the file still holds exactly that, only the new entry is parsed.
    pub checked: Option<&'a str>,
    /// Whether the reader's fast path read every line of `checked` (see
    /// `Journal::regular`): then none can clash with a new entry, and its
    /// lines are not looked at again, only counted.
    pub regular: bool,
}

/// Appends `entry` to the journal file, under the lock. `early`, when given,
/// holds the lock already, and a copy of the file begun before the check
/// (see `early.rs`). `on_wait` is called once if another run holds the lock
/// and this one waits for it.
pub fn append(
    to: &Append,
    entry: &Entry,
    early: Option<Early>,
    on_wait: &mut dyn FnMut(),
) -> Result<Appended, AppendError> {
    let target = target(to.plan_dir, to.path)?;
    // A copy of another file (the plan changed its year in between) is dropped, and its lock let go.
    let (work, lock, copy) = match early.filter(|early| early.target() == target) {
        Some(early) => early.finish(),
        None => {
            let (work, lock) = locked_work_dir(to.plan_dir, to.patience, on_wait)?;
            (work, lock, None)
        }
    };
    let result = append_locked(to, &work, &target, entry, copy);
    drop(lock);
    result
}

/// The file to write: the journal file, or, when it is a link, the file it
/// leads to, which must be a regular file inside the plan. A file this user
/// may not write is refused here, before anything is made or locked.
pub(super) fn target(plan_dir: &Path, path: &Path) -> Result<PathBuf, AppendError> {
    let folder = path.parent().expect("a journal file is in a folder");
    if fs::symlink_metadata(folder).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(AppendError::Refused(Refusal::JournalDirIsLink));
    }
    let Ok(meta) = fs::symlink_metadata(path) else { return Ok(path.to_path_buf()) };
    let target = if meta.file_type().is_symlink() { linked(plan_dir, path)? } else { path.to_path_buf() };
    if !fs::metadata(&target).map_err(AppendError::Io)?.is_file() {
        return Err(AppendError::Refused(Refusal::NotRegular));
    }
    writable(&target)?;
    Ok(target)
}

/// Where a journal file that is a link leads, when that is inside the plan.
fn linked(plan_dir: &Path, path: &Path) -> Result<PathBuf, AppendError> {
    let real = fs::canonicalize(path).map_err(AppendError::Io)?;
    let plan = fs::canonicalize(plan_dir).map_err(AppendError::Io)?;
    if real.starts_with(plan) { Ok(real) } else { Err(AppendError::Refused(Refusal::LinksOutside(real))) }
}

/// Refuses a file that is read-only, or that this user may not open for
/// writing (one of another user's, in a folder anyone may write).
fn writable(path: &Path) -> Result<(), AppendError> {
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(AppendError::ReadOnly);
    }
    match OpenOptions::new().append(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Err(AppendError::ReadOnly),
        Err(e) => Err(AppendError::Io(e)),
    }
}

fn append_locked(
    to: &Append,
    work: &Path,
    target: &Path,
    entry: &Entry,
    copy: Option<New>,
) -> Result<Appended, AppendError> {
    if let Some(checked) = to.checked {
        let appended = match copy {
            Some(copy) => append_to_copy(to, work, target, entry, checked, copy)?,
            None => append_to_checked(to, work, target, entry, checked)?,
        };
        if let Some(appended) = appended {
            return Ok(appended);
        }
    }
    append_to_read(to, work, target, entry)
}

/// The append when the file still holds `checked`, the text the up-front
/// check read: on one thread that text is written to the new file, on another
/// the file is compared to it, so that the two passes over a big year take the
/// time of one; then only the new entry is parsed. `None` when the file could
/// not be compared or holds other bytes: then nothing was written.
fn append_to_checked(
    to: &Append,
    work: &Path,
    target: &Path,
    entry: &Entry,
    checked: &str,
) -> Result<Option<Appended>, AppendError> {
    let Some((survey, made)) = compare_while_writing(target, checked, to.regular, work, to.pace) else {
        return Ok(None);
    };
    let new = made.map_err(AppendError::Io)?;
    append_to_new(to, work, target, entry, (checked, survey), new).map(Some)
}

/// The append when the file was copied to `copy` before the check (see
/// `early.rs`): the copy and the file are each compared to `checked`, side by
/// side, and used only when both hold exactly it. `None` when one does not:
/// then the copy is dropped, and nothing was written.
fn append_to_copy(
    to: &Append,
    work: &Path,
    target: &Path,
    entry: &Entry,
    checked: &str,
    copy: New,
) -> Result<Option<Appended>, AppendError> {
    let holds = |path: &Path| fs::File::open(path).and_then(|mut f| same_bytes(&mut f, checked.as_bytes()));
    let copied = || holds(copy.path()).unwrap_or(false).then(|| Survey::of_checked(checked, to.regular));
    let (survey, kept) = side_by_side(copied, || holds(target).unwrap_or(false));
    match survey.filter(|_| kept) {
        Some(survey) => append_to_new(to, work, target, entry, (checked, survey), copy).map(Some),
        None => Ok(None),
    }
}

/// Writes the entry after `old`, which `new` holds already, synced, and
/// renames it over the file.
fn append_to_new(
    to: &Append,
    work: &Path,
    target: &Path,
    entry: &Entry,
    (old, survey): (&str, Survey),
    mut new: New,
) -> Result<Appended, AppendError> {
    let old = old.as_bytes();
    let (tail, line) = verified_tail(old, survey, entry, to.lang, !survey.clash)?;
    let permissions = fs::metadata(target).map_err(AppendError::Io)?.permissions();
    new.write(&tail).map_err(AppendError::Io)?;
    let durable = new.commit(target, &[old, &tail], Some(permissions)).map_err(AppendError::Io)?;
    remember(work, target, false, old.len(), &tail);
    Ok(Appended { line, durable })
}

/// Runs `there` on another thread while `here` runs on this one, or both on
/// this one, one after the other, when no thread can be made.
fn side_by_side<A: Send, B>(there: impl FnOnce() -> A + Send + Copy, here: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| match std::thread::Builder::new().spawn_scoped(scope, there) {
        Ok(thread) => {
            let b = here();
            (thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), b)
        }
        Err(_) => (there(), here()),
    })
}

/// Compares the file to `checked` and, if it holds exactly that, surveys
/// it; meanwhile another thread writes it to a new file in `work` and syncs
/// it. `None` when the file holds other bytes or could not be read.
fn compare_while_writing(
    target: &Path,
    checked: &str,
    regular: bool,
    work: &Path,
    pace: Pace,
) -> Option<(Survey, io::Result<New>)> {
    let make = move || {
        let mut new = New::begin(work, false, pace)?;
        new.write(checked.as_bytes())?;
        new.sync()?;
        Ok(new)
    };
    let compare = || {
        let same = fs::File::open(target).and_then(|mut file| same_bytes(&mut file, checked.as_bytes()));
        same.unwrap_or(false).then(|| Survey::of_checked(checked, regular))
    };
    let (made, survey) = side_by_side(make, compare);
    survey.map(|survey| (survey, made))
}

/// The append from the file's bytes as they are now, read whole (or from
/// `header`, for a new file).
fn append_to_read(to: &Append, work: &Path, target: &Path, entry: &Entry) -> Result<Appended, AppendError> {
    let (old, created) = match fs::read(target) {
        Ok(old) => (old, false),
        Err(e) if e.kind() == io::ErrorKind::NotFound => (to.header.as_bytes().to_vec(), true),
        Err(e) => return Err(AppendError::Io(e)),
    };
    // The checked text, when the file holds it after a byte-order mark.
    let trusted = to.checked.filter(|text| !created && old.strip_prefix(BOM).unwrap_or(&old) == text.as_bytes());
    let survey = trusted.map_or_else(|| Survey::of_bytes(&old), |text| Survey::of_checked(text, to.regular));
    let permissions = if created { None } else { Some(fs::metadata(target).map_err(AppendError::Io)?.permissions()) };
    if created {
        let folder = target.parent().expect("a journal file is in a folder");
        fs::create_dir_all(folder).map_err(AppendError::Io)?;
    }
    let (tail, line) = verified_tail(&old, survey, entry, to.lang, trusted.is_some() && !survey.clash)?;
    let durable = replace(work, target, &[&old, &tail], permissions, to.pace).map_err(AppendError::Io)?;
    remember(work, target, created, old.len(), &tail);
    Ok(Appended { line, durable })
}

/// What the append adds after `old` (see [`entry_tail`]) and the entry's
/// line, once [`verify`] has found that the two parse as they should.
fn verified_tail(
    old: &[u8],
    survey: Survey,
    entry: &Entry,
    lang: Lang,
    alone_suffices: bool,
) -> Result<(Vec<u8>, usize), AppendError> {
    let (tail, line) = entry_tail(old, survey, entry, lang);
    verify(old, &tail, entry, alone_suffices)?;
    Ok((tail, line))
}

/// Whether a file holds exactly `text`, without a byte-order mark.
fn same_bytes(file: &mut fs::File, text: &[u8]) -> io::Result<bool> {
    let mut block = vec![0; 1 << 20];
    let mut at = 0;
    loop {
        let n = match file.read(&mut block) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(at == text.len());
        }
        if text.get(at..at + n) != Some(&block[..n]) {
            return Ok(false);
        }
        at += n;
    }
}

/// The old bytes, a line break if they lack a final one, a blank line, and the
/// entry in the file's own line-ending style. Returns the text and the entry's line.
pub fn with_entry(old: &[u8], entry: &Entry, lang: Lang) -> (Vec<u8>, usize) {
    let (tail, line) = entry_tail(old, Survey::of_bytes(old), entry, lang);
    ([old, &tail].concat(), line)
}

/// What the append needs to know of the old bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Survey {
    /// How many line breaks they hold.
    newlines: usize,
    /// Whether they end lines with `\r\n`.
    crlf: bool,
    /// Whether some line may name an entry kind otherwise than as its `[[…]]`
    /// header (see [`names_an_entry_kind`]); then the whole is parsed again.
    clash: bool,
}

impl Survey {
    /// Of any bytes; whether a line clashes is not looked at (taken as yes).
    fn of_bytes(old: &[u8]) -> Survey {
        // The search for a `\r` is fast; pairs are looked at only when there is one.
        let crlf = old.contains(&b'\r') && old.windows(2).any(|w| w == b"\r\n");
        Survey { newlines: newlines(old), crlf, clash: true }
    }

    /// Of the text the up-front check read; when the reader's fast path read
    /// it whole (it is `regular`), no line of it can clash, and its lines are
    /// only counted.
    fn of_checked(text: &str, regular: bool) -> Survey {
        if regular { Survey { clash: false, ..Survey::of_bytes(text.as_bytes()) } } else { Survey::of_text(text) }
    }

    /// Of a text, in one pass over its lines, found with a byte search.
    fn of_text(text: &str) -> Survey {
        let mut survey = Survey { newlines: 0, crlf: false, clash: false };
        let mut lines = text.split('\n').map(str::as_bytes).peekable();
        while let Some(line) = lines.next() {
            let broken = lines.peek().is_some();
            survey.newlines += usize::from(broken);
            survey.crlf |= broken && line.ends_with(b"\r");
            survey.clash = survey.clash || names_an_entry_kind(line);
        }
        survey
    }
}

/// How many line breaks `bytes` hold. Counted in a byte per 255 bytes, which
/// the compiler turns into wide instructions: nine times faster than a count
/// in a `usize` on a year of 93 MB (3.9 against 34 ms).
fn newlines(bytes: &[u8]) -> usize {
    let count = |piece: &[u8]| piece.iter().map(|&b| u8::from(b == b'\n')).sum::<u8>();
    bytes.chunks(usize::from(u8::MAX)).map(|piece| usize::from(count(piece))).sum()
}

/// What [`with_entry`] adds after the old bytes, and the entry's line.
fn entry_tail(old: &[u8], survey: Survey, entry: &Entry, lang: Lang) -> (Vec<u8>, usize) {
    let newline: &[u8] = if survey.crlf { b"\r\n" } else { b"\n" };
    let mut tail = Vec::new();
    if !old.is_empty() && !old.ends_with(b"\n") {
        tail.extend_from_slice(newline);
    }
    let ends_blank = |t: &[u8]| {
        let end = [old.get(old.len().saturating_sub(3)..).unwrap_or(old), t].concat();
        end.ends_with(b"\n\n") || end.ends_with(b"\n\r\n")
    };
    if !old.is_empty() && !ends_blank(&tail) {
        tail.extend_from_slice(newline);
    }
    let line = survey.newlines + tail.iter().filter(|&&b| b == b'\n').count() + 1;
    let text = entry_toml(entry, lang);
    let text = if survey.crlf { text.replace('\n', "\r\n") } else { text };
    tail.extend_from_slice(text.as_bytes());
    (tail, line)
}

/// The old text must parse; with `tail` after it, it must parse with exactly
/// one more entry like `entry`. When `alone_suffices` (the old bytes are the
/// text the up-front check found valid, and none of its lines names an entry
/// kind as anything but a `[[…]]` header, which could clash with the new one),
/// the new entry is parsed alone: the cost grows with the entry, not with the year.
fn verify(old: &[u8], tail: &[u8], entry: &Entry, alone_suffices: bool) -> Result<(), AppendError> {
    let kind = match entry {
        Entry::Activity { .. } => 0,
        Entry::Assessment { .. } => 1,
        Entry::Narrative { .. } => 2,
    };
    let (before, after) = if alone_suffices {
        ([0; 3], entry_counts(tail).ok_or(AppendError::WouldNotParse)?)
    } else {
        let old_counts = entry_counts(old).ok_or(AppendError::Unparsable)?;
        (old_counts, entry_counts(&[old, tail].concat()).ok_or(AppendError::WouldNotParse)?)
    };
    let mut expected = before;
    expected[kind] += 1;
    if after != expected {
        return Err(AppendError::WouldNotParse);
    }
    Ok(())
}

/// Whether a line starts with an entry kind's name in any way but its own
/// `[[…]]` header (`activity = [...]`, `[activity]`, `"activity".x = 1`): a
/// new entry appended to a text with such a line might clash with it, so the
/// whole is parsed again. A kind's name inside a text is no clash, and a line
/// of a multi-line text that starts with one only costs the whole parse.
fn names_an_entry_kind(line: &[u8]) -> bool {
    const KINDS: [&[u8]; 3] = [b"activity", b"assessment", b"narrative"];
    // Only a line whose first byte could start such a name is looked at closely.
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t')).unwrap_or(line.len());
    let body = &line[start..];
    if !matches!(body.first(), Some(b'a' | b'n' | b'[' | b'"' | b'\'' | b'\r' | b'\x0c')) {
        return false;
    }
    let bare = body.trim_ascii_start().strip_prefix(b"[").unwrap_or(body);
    let bare = bare.trim_ascii_start().strip_prefix(b"[").unwrap_or(bare).trim_ascii_start();
    let bare = bare.strip_prefix(b"\"").or_else(|| bare.strip_prefix(b"'")).unwrap_or(bare);
    let named = KINDS.iter().any(|k| bare.starts_with(k));
    let header = KINDS.iter().any(|k| {
        let rest = body.strip_prefix(b"[[").and_then(|r| r.strip_prefix(*k)).and_then(|r| r.strip_prefix(b"]]"));
        rest.is_some_and(|r| matches!(r.trim_ascii_start().first(), None | Some(b'#') | Some(b'\r')))
    });
    named && !header
}

#[cfg(test)]
mod tests {
    use super::super::workdir::{lock, work_dir};
    use super::*;

    fn activity(title: &str) -> Entry {
        Entry::Activity {
            date: NaiveDate::from_ymd_opt(2018, 3, 14).unwrap(),
            title: title.into(),
            indicators: vec!["1.1.1".into(), "4.1.1".into()],
            amount: 1,
            note: None,
            evidence: Vec::new(),
            tags: Vec::new(),
        }
    }

    use crate::model::{Level, Topic};

    #[test]
    fn a_text_that_names_an_entry_kind_otherwise_is_parsed_whole() {
        for clash in
            ["activity = []\n", "[activity]\n", "  \"activity\".x = 1\n", "[[activity.sub]]\n", "[ assessment ]\n"]
        {
            assert!(Survey::of_text(clash).clash, "{clash}");
        }
        let fine =
            "[[activity]]\r\ntitle = \"activity = 3\"\n[[narrative]]  # x\n  [[assessment]]\nnote = \"[activity]\"\n";
        assert!(!Survey::of_text(fine).clash);
        for clash in ["\r activity = 1\n", "\u{c}[activity]\n", "'narrative' = 1\n"] {
            assert!(Survey::of_text(clash).clash, "{clash:?}");
            assert!(Survey::of_text(&format!("{fine}{clash}# end\n")).clash, "{clash:?} among others");
        }
    }

    #[test]
    fn entries_render_as_toml() {
        assert_eq!(
            entry_toml(&activity("Rencontre du comité directeur"), Lang::En),
            "[[activity]]\ndate = 2018-03-14\ntitle = \"Rencontre du comité directeur\"\nindicators = [\"1.1.1\", \"4.1.1\"]\n"
        );
        let assessment = Entry::Assessment {
            date: NaiveDate::from_ymd_opt(2017, 12, 15).unwrap(),
            indicator: "1.2.1".into(),
            level: Level::OnTrack,
            note: Some("Vision \"adoptée\"\nle 30".into()),
            evidence: vec!["documents/pv.pdf".into()],
        };
        let text = entry_toml(&assessment, Lang::En);
        assert!(text.starts_with("[[assessment]]\ndate = 2017-12-15\nindicator = \"1.2.1\"\nlevel = \"on-track\"\n"));
        assert!(text.ends_with("evidence = [\"documents/pv.pdf\"]\n"), "{text}");
        assert_eq!(entry_counts(text.as_bytes()), Some([0, 1, 0]));
        assert!(entry_toml(&assessment, Lang::Fr).contains("level = \"en-bonne-voie\"\n"));
    }

    #[test]
    fn tags_and_narratives_render_as_toml() {
        let mut tagged = activity("Tournée");
        if let Entry::Activity { tags, .. } = &mut tagged {
            *tags = vec![
                ("territoire".into(), vec!["Mékinac".into(), "Shawinigan".into()]),
                ("secteur".into(), vec!["municipal".into()]),
            ];
        }
        assert!(
            entry_toml(&tagged, Lang::Fr)
                .ends_with("tags = { territoire = [\"Mékinac\", \"Shawinigan\"], secteur = \"municipal\" }\n")
        );
        let narrative = Entry::Narrative {
            date: NaiveDate::from_ymd_opt(2018, 12, 10).unwrap(),
            about: "1.1".into(),
            topic: Topic::Challenges,
            text: "Deux postes vacants.".into(),
            evidence: Vec::new(),
        };
        assert_eq!(
            entry_toml(&narrative, Lang::Fr),
            "[[narrative]]\ndate = 2018-12-10\nabout = \"1.1\"\ntopic = \"défis\"\ntext = \"Deux postes vacants.\"\n"
        );
    }

    #[test]
    fn the_old_bytes_stay_and_the_style_follows_the_file() {
        let old = b"# kept\r\n[[activity]]\r\ndate = 2018-01-02\r\ntitle = \"a\"\r\nindicators = [\"x\"]";
        let (new, line) = with_entry(old, &activity("b"), Lang::En);
        assert!(new.starts_with(old));
        assert_eq!(line, 7);
        let added = std::str::from_utf8(&new[old.len()..]).unwrap();
        assert!(added.starts_with("\r\n\r\n[[activity]]\r\n"), "{added:?}");
        assert!(!added.replace("\r\n", "").contains('\n'));
        assert_eq!(entry_counts(&new), Some([2, 0, 0]));
    }

    #[test]
    fn inline_arrays_are_not_extended_blindly() {
        let old = b"activity = [{ date = 2018-01-02, title = \"a\", indicators = [\"x\"] }]\n";
        let (tail, _) = entry_tail(old, Survey::of_bytes(old), &activity("b"), Lang::En);
        let checked = std::str::from_utf8(old).unwrap();
        assert!(verify(old, &tail, &activity("b"), false).is_err());
        let alone = !Survey::of_text(checked).clash;
        assert!(verify(old, &tail, &activity("b"), alone).is_err(), "even when the check read this text");
    }

    /// The checked text is written to the new file, and used, only when the
    /// file holds exactly it, past the first block too.
    #[test]
    fn the_checked_text_is_used_when_the_file_still_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("2019.toml");
        let checked = "[[activity]]\ndate = 2019-01-02\n";
        let used = |bytes: &[u8], checked: &str| {
            fs::write(&path, bytes).unwrap();
            let Some((survey, made)) = compare_while_writing(&path, checked, false, dir.path(), Pace::Full) else {
                return false;
            };
            assert_eq!(survey, Survey::of_text(checked));
            let copy = dir.path().join("copy.toml");
            made.unwrap().commit(&copy, &[checked.as_bytes()], None).unwrap();
            assert_eq!(fs::read(&copy).unwrap(), checked.as_bytes());
            true
        };
        assert!(used(checked.as_bytes(), checked));
        assert!(!used(&[BOM, checked.as_bytes()].concat(), checked));
        for other in ["[[activity]]\ndate = 2019-01-03\n", "[[activity]]\n", "[[activity]]\ndate = 2019-01-02\n\n"] {
            assert!(!used(other.as_bytes(), checked), "{other:?}");
        }
        let big = "# x\n".repeat(600_000);
        assert!(used(big.as_bytes(), &big));
        let mut changed = big.clone();
        changed.replace_range(big.len() - 2..big.len() - 1, "y");
        assert!(!used(changed.as_bytes(), &big));
        fs::remove_file(&path).unwrap();
        assert!(compare_while_writing(&path, checked, false, dir.path(), Pace::Full).is_none(), "no file");
        let mut left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        left.sort();
        assert_eq!(left, ["copy.toml"], "a new file not used is removed");
    }

    /// A file changed since the check read it (here with the same length) is
    /// appended to as it is now: what the check read is not written over it.
    #[test]
    fn a_file_changed_since_the_check_keeps_its_new_bytes() {
        let checked = "[[activity]]\ndate = 2019-01-02\ntitle = \"a\"\nindicators = [\"x\"]\n";
        let now = checked.replace("\"a\"", "\"b\"");
        let (dir, path) = plan_with_year(&now);
        let appended = append(&to(dir.path(), &path, checked), &activity("c"), None, &mut || {}).unwrap();
        let (expected, line) = with_entry(now.as_bytes(), &activity("c"), Lang::En);
        assert_eq!(String::from_utf8(fs::read(&path).unwrap()).unwrap(), String::from_utf8(expected).unwrap());
        assert_eq!(appended.line, line);
    }

    /// A plan folder whose `journal/2019.toml` holds `text`.
    fn plan_with_year(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal/2019.toml");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        (dir, path)
    }

    /// An append to `path` of a file the check read as `checked`, regular.
    fn to<'a>(dir: &'a Path, path: &'a Path, checked: &'a str) -> Append<'a> {
        let (header, lang, pace, patience) = ("", Lang::En, Pace::Full, Duration::ZERO);
        Append { plan_dir: dir, path, header, lang, pace, patience, checked: Some(checked), regular: true }
    }

    /// A year big enough to be copied early, and the same with one byte
    /// changed near its end.
    fn big_years() -> (String, String) {
        let big = "# x\n".repeat(1_100_000);
        let mut changed = big.clone();
        changed.replace_range(big.len() - 2..big.len() - 1, "y");
        (big, changed)
    }

    /// The files the work folder holds besides its lock and `.gitignore`.
    fn left_in(work: &Path) -> Vec<String> {
        let names = fs::read_dir(work).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap());
        names.filter(|n| n.starts_with(super::super::workdir::TEMP_PREFIX)).collect()
    }

    /// Waits until a copy in `work` holds `len` bytes (the file it copies
    /// has been read), and gives its path.
    fn wait_for_copy(work: &Path, len: usize) -> PathBuf {
        let started = std::time::Instant::now();
        loop {
            let mut entries = fs::read_dir(work).unwrap().filter_map(Result::ok);
            if let Some(copy) = entries.find(|e| e.metadata().is_ok_and(|m| m.len() == len as u64)) {
                return copy.path();
            }
            assert!(started.elapsed() < Duration::from_secs(20), "the copy is made");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Through [`append`], a copy begun early that holds the checked text is
    /// the file renamed into place, with the entry after that text.
    #[cfg(unix)]
    #[test]
    fn an_early_copy_becomes_the_file() {
        use std::os::unix::fs::MetadataExt;
        let (big, _) = big_years();
        let (dir, path) = plan_with_year(&big);
        let early = Early::begin(dir.path(), &path, Pace::Full).unwrap();
        let copy = wait_for_copy(&dir.path().join(crate::layout::WORK_DIR), big.len());
        let inode = fs::metadata(&copy).unwrap().ino();
        let appended = append(&to(dir.path(), &path, &big), &activity("b"), Some(early), &mut || {}).unwrap();
        let (expected, line) = with_entry(big.as_bytes(), &activity("b"), Lang::En);
        assert!(fs::read(&path).unwrap() == expected);
        assert_eq!((appended.line, fs::metadata(&path).unwrap().ino()), (line, inode));
    }

    /// A copy begun before the check is used when it and the file both hold
    /// the text the check read; when either holds other bytes (the file
    /// changed before the check read it, or after), it is dropped and removed.
    #[test]
    fn an_early_copy_is_used_only_when_it_and_the_file_hold_the_checked_text() {
        let (big, changed) = big_years();
        for (at_copy, checked, now, used) in
            [(&big, &big, &big, true), (&big, &changed, &changed, false), (&big, &big, &changed, false)]
        {
            let (dir, path) = plan_with_year(at_copy);
            let early = Early::begin(dir.path(), &path, Pace::Full).expect("a big year is copied early");
            let (work, _lock, copy) = early.finish();
            fs::write(&path, now).unwrap();
            let to = to(dir.path(), &path, checked);
            let appended = append_to_copy(&to, &work, &path, &activity("b"), checked, copy.unwrap()).unwrap();
            assert_eq!(appended.is_some(), used);
            let (expected, line) = with_entry(now.as_bytes(), &activity("b"), Lang::En);
            let expected = if used { expected } else { now.as_bytes().to_vec() };
            assert!(fs::read(&path).unwrap() == expected, "used: {used}");
            assert_eq!(appended.map(|a| a.line), used.then_some(line));
            assert_eq!(left_in(&work), Vec::<String>::new(), "used: {used}");
        }
    }

    /// Through [`append`]: a copy that holds what the file held before the
    /// check read other bytes is not written; the entry goes after those.
    #[test]
    fn an_early_copy_of_older_bytes_is_not_written() {
        let (big, changed) = big_years();
        let (dir, path) = plan_with_year(&big);
        let early = Early::begin(dir.path(), &path, Pace::Full).unwrap();
        wait_for_copy(&dir.path().join(crate::layout::WORK_DIR), big.len());
        fs::write(&path, &changed).unwrap();
        let appended = append(&to(dir.path(), &path, &changed), &activity("b"), Some(early), &mut || {}).unwrap();
        let (expected, line) = with_entry(changed.as_bytes(), &activity("b"), Lang::En);
        assert!(fs::read(&path).unwrap() == expected);
        assert_eq!(appended.line, line);
    }

    /// Only a big file, with the lock free, is copied early; an early copy
    /// dropped unused leaves nothing behind and lets the lock go.
    #[test]
    fn an_early_copy_begins_only_for_a_big_file_and_a_free_lock() {
        let (big, _) = big_years();
        let (dir, path) = plan_with_year("# small\n");
        assert!(Early::begin(dir.path(), &path, Pace::Full).is_none(), "a small file");
        assert!(Early::begin(dir.path(), &path.with_file_name("2020.toml"), Pace::Full).is_none(), "no file");
        fs::write(&path, &big).unwrap();
        let work = work_dir(dir.path()).unwrap();
        let held = lock(&work, Duration::ZERO, &mut || {}).unwrap();
        assert!(Early::begin(dir.path(), &path, Pace::Full).is_none(), "the lock is held");
        drop(held);
        drop(Early::begin(dir.path(), &path, Pace::Full).unwrap());
        assert_eq!(left_in(&work), Vec::<String>::new(), "dropped as soon as begun");
        let early = Early::begin(dir.path(), &path, Pace::Full).unwrap();
        assert!(lock(&work, Duration::ZERO, &mut || {}).is_err(), "the copy holds the lock");
        drop(early);
        assert_eq!(left_in(&work), Vec::<String>::new());
        assert!(lock(&work, Duration::ZERO, &mut || {}).is_ok(), "and lets it go");
        assert!(fs::read(&path).unwrap() == big.as_bytes());
    }

    /// The property above is not empty: the fast path reads regular texts of
    /// those lines, and not those with a line that could clash.
    #[test]
    fn the_fast_path_reads_regular_texts_only() {
        let regular =
            "# j\n\n[[activity]]  # x\ndate = 2019-01-02\ntitle = \"a\"\nindicators = [\"1.1\"]\namount = 2\n";
        assert!(crate::read::by_fast_path(regular));
        assert!(crate::read::by_fast_path(&regular.replace('\n', "\r\n")));
        for clash in ["activity = 1", "[activity]", "\"activity\".x = 1", "[[activity.sub]]"] {
            assert!(!crate::read::by_fast_path(&format!("{regular}{clash}\n")), "{clash}");
        }
    }

    #[test]
    fn a_checked_text_is_not_parsed_again_but_the_entry_is() {
        let old = b"[[activity]]\ndate = 2018-01-02\ntitle = \"a\"\nindicators = [\"x\"]\n";
        let checked = std::str::from_utf8(old).unwrap();
        let survey = Survey::of_text(checked);
        assert!(!survey.clash);
        let (tail, _) = entry_tail(old, survey, &activity("b"), Lang::En);
        assert!(verify(old, &tail, &activity("b"), true).is_ok());
        // An old text that is not the one the check read is parsed.
        let broken = b"[[activity]\n";
        let (tail, _) = entry_tail(broken, Survey::of_bytes(broken), &activity("b"), Lang::En);
        assert!(matches!(verify(broken, &tail, &activity("b"), false), Err(AppendError::Unparsable)));
        // The new entry itself is parsed: one that is not an entry of its kind is refused.
        assert!(verify(old, b"\n[[assessment]]\n", &activity("b"), true).is_err());
    }

    /// Lines a journal may hold, some of which could clash with a new entry.
    const LINES: [&str; 22] = [
        "[[activity]]",
        "[[assessment]]",
        "[[narrative]]",
        "  [[activity]]",
        "[[activity]]  # x",
        "[[ activity ]]",
        "[activity]",
        "[[activity.sub]]",
        "date = 2019-01-02",
        "title = \"a\"",
        "indicators = [\"1.1\"]",
        "amount = 2",
        "note = \"n\"",
        "activity = 1",
        "\"activity\".x = 1",
        "narrative = \"x\"",
        "indicator = \"1.1\"",
        "level = \"on-track\"",
        "about = \"1.1\"",
        "text = \"t\"",
        "# activity = 1",
        "",
    ];

    /// An activity, its header sometimes another line, sometimes with another
    /// line among its keys.
    fn block() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        use proptest::sample::select;
        let header = prop_oneof![6 => Just("[[activity]]"), 1 => select(&LINES[..])];
        let extra = prop_oneof![3 => Just(""), 1 => select(&LINES[11..13]), 1 => select(&LINES[..])];
        (header, extra).prop_map(|(header, extra)| {
            format!("{header}\ndate = 2019-01-02\n{extra}\ntitle = \"a\"\nindicators = [\"1.1\"]\n")
        })
    }

    proptest::proptest! {
        /// What the reader's fast path reads whole has no line that could
        /// clash with a new entry: `Survey::of_checked` may say so unlooked.
        #[test]
        fn a_text_the_fast_path_reads_has_no_clash(
            pre in proptest::prop_oneof![4 => proptest::sample::select(&LINES[20..]), 1 => proptest::sample::select(&LINES[..])],
            blocks in proptest::collection::vec(block(), 0..6),
            crlf in proptest::bool::ANY,
        ) {
            let text = format!("{pre}\n{}", blocks.concat());
            let text = if crlf { text.replace('\n', "\r\n") } else { text };
            if crate::read::by_fast_path(&text) {
                proptest::prop_assert!(!Survey::of_text(&text).clash, "{:?}", text);
                proptest::prop_assert_eq!(Survey::of_checked(&text, true), Survey::of_text(&text));
            }
        }

        /// Line breaks are counted in pieces of 255 bytes; a text of
        /// several pieces has them all counted.
        #[test]
        fn line_breaks_are_counted_past_each_piece(text in "[a\n]{0,1200}") {
            proptest::prop_assert_eq!(newlines(text.as_bytes()), text.matches('\n').count());
            proptest::prop_assert_eq!(newlines(&vec![b'\n'; text.len()]), text.len());
        }

        /// The one pass over a text's lines counts and finds what the byte
        /// searches of any bytes do.
        #[test]
        fn a_text_is_surveyed_as_its_bytes(text in "[a\\[\r\n ]{0,24}") {
            let (of_text, of_bytes) = (Survey::of_text(&text), Survey::of_bytes(text.as_bytes()));
            proptest::prop_assert_eq!((of_text.newlines, of_text.crlf), (of_bytes.newlines, of_bytes.crlf));
        }
    }
}
