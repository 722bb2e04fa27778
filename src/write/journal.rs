//! Appends one entry to a journal file without touching a byte that was there:
//! the new text is the old bytes plus the entry, checked by parsing both, and
//! written atomically (see `atomic.rs`) under a lock on a separate lock file,
//! so concurrent runs never lose an entry.

use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, value};

use super::atomic::{Pace, remove_leftovers, write_atomically};
use crate::model::Entry;
use crate::read::entry_counts;

/// The lock file that serialises writers, beside the journal files. Never the
/// file that is renamed over.
const LOCK_FILE: &str = ".record.lock";

/// The array of tables an entry goes in: `activity` or `assessment`.
fn table_name(entry: &Entry) -> &'static str {
    match entry {
        Entry::Activity { .. } => "activity",
        Entry::Assessment { .. } => "assessment",
    }
}

/// The entry as TOML (`[[activity]]` and its keys), with `\n` line ends.
pub fn entry_toml(entry: &Entry) -> String {
    let mut table = Table::new();
    table.insert("date", value(toml_date(entry.date())));
    match entry {
        Entry::Activity { title, indicators, amount, note, .. } => {
            table.insert("title", value(title.as_str()));
            table.insert("indicators", value(indicators.iter().map(String::as_str).collect::<Array>()));
            if *amount != 1 {
                table.insert("amount", value(i64::from(*amount)));
            }
            insert_note(&mut table, note);
        }
        Entry::Assessment { indicator, level, note, .. } => {
            table.insert("indicator", value(indicator.as_str()));
            table.insert("level", value(level.name()));
            insert_note(&mut table, note);
        }
    }
    let mut entries = ArrayOfTables::new();
    entries.push(table);
    let mut doc = DocumentMut::new();
    doc.insert(table_name(entry), Item::ArrayOfTables(entries));
    doc.to_string()
}

fn insert_note(table: &mut Table, note: &Option<String>) {
    if let Some(note) = note {
        table.insert("note", value(note.as_str()));
    }
}

fn toml_date(date: NaiveDate) -> toml_edit::Datetime {
    let date = toml_edit::Date { year: date.year() as u16, month: date.month() as u8, day: date.day() as u8 };
    toml_edit::Datetime { date: Some(date), time: None, offset: None }
}

/// Why an entry was not written.
#[derive(Debug)]
pub enum AppendError {
    /// Reading, locking or writing failed.
    Io { path: PathBuf, error: io::Error },
    /// The journal file is read-only.
    ReadOnly { path: PathBuf },
    /// The journal file as it stands does not parse, or is not UTF-8: it is never rewritten.
    Unparsable { path: PathBuf },
    /// The file with the entry added would not read back with exactly one more entry
    /// (for example when `activity` is written as an inline array).
    WouldNotParse { path: PathBuf },
}

/// What was written: the line the entry starts on.
#[derive(Debug, PartialEq)]
pub struct Appended {
    pub line: usize,
}

pub(super) fn io_error(path: &Path) -> impl FnOnce(io::Error) -> AppendError + '_ {
    move |error| AppendError::Io { path: path.to_path_buf(), error }
}

/// Appends `entry` to `path`, creating the file with `header` if it does not
/// exist, writing at `pace`.
pub fn append(path: &Path, entry: &Entry, header: &str, pace: Pace) -> Result<Appended, AppendError> {
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(AppendError::ReadOnly { path: path.to_path_buf() });
    }
    let folder = path.parent().expect("a journal file is in a folder");
    fs::create_dir_all(folder).map_err(io_error(folder))?;
    let lock_path = folder.join(LOCK_FILE);
    let lock =
        OpenOptions::new().create(true).truncate(false).write(true).open(&lock_path).map_err(io_error(&lock_path))?;
    lock.lock().map_err(io_error(&lock_path))?;
    let result = append_locked(path, entry, header, pace);
    drop(lock);
    result
}

fn append_locked(path: &Path, entry: &Entry, header: &str, pace: Pace) -> Result<Appended, AppendError> {
    remove_leftovers(path.parent().expect("a journal file is in a folder"));
    let old = match fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(path)(e)),
    };
    let metadata = old.as_ref().map(|_| fs::metadata(path)).transpose().map_err(io_error(path))?;
    let old = old.unwrap_or_else(|| header.as_bytes().to_vec());
    let (new, line) = with_entry(&old, entry);
    verify(&old, &new, entry, path)?;
    write_atomically(path, &new, metadata.map(|m| m.permissions()), pace)?;
    Ok(Appended { line })
}

/// The old bytes, a line break if they lack a final one, a blank line, and the
/// entry in the file's own line-ending style. Returns the text and the entry's line.
pub fn with_entry(old: &[u8], entry: &Entry) -> (Vec<u8>, usize) {
    let crlf = old.windows(2).any(|w| w == b"\r\n");
    let newline: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut new = old.to_vec();
    if !new.is_empty() && !new.ends_with(b"\n") {
        new.extend_from_slice(newline);
    }
    if !new.is_empty() && !new.ends_with(b"\n\n") && !new.ends_with(b"\n\r\n") {
        new.extend_from_slice(newline);
    }
    let line = new.iter().filter(|&&b| b == b'\n').count() + 1;
    let text = entry_toml(entry);
    let text = if crlf { text.replace('\n', "\r\n") } else { text };
    new.extend_from_slice(text.as_bytes());
    (new, line)
}

/// The old text must parse; the new one must parse with exactly one more entry like `entry`.
fn verify(old: &[u8], new: &[u8], entry: &Entry, path: &Path) -> Result<(), AppendError> {
    let before = entry_counts(old).ok_or_else(|| AppendError::Unparsable { path: path.to_path_buf() })?;
    let after = entry_counts(new).ok_or_else(|| AppendError::WouldNotParse { path: path.to_path_buf() })?;
    let expected = match entry {
        Entry::Activity { .. } => (before.0 + 1, before.1),
        Entry::Assessment { .. } => (before.0, before.1 + 1),
    };
    if after != expected || !new.starts_with(old) {
        return Err(AppendError::WouldNotParse { path: path.to_path_buf() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(title: &str) -> Entry {
        Entry::Activity {
            date: NaiveDate::from_ymd_opt(2018, 3, 14).unwrap(),
            title: title.into(),
            indicators: vec!["1.1.1".into(), "4.1.1".into()],
            amount: 1,
            note: None,
        }
    }

    use crate::model::Level;

    #[test]
    fn entries_render_as_toml() {
        assert_eq!(
            entry_toml(&activity("Rencontre du comité directeur")),
            "[[activity]]\ndate = 2018-03-14\ntitle = \"Rencontre du comité directeur\"\nindicators = [\"1.1.1\", \"4.1.1\"]\n"
        );
        let assessment = Entry::Assessment {
            date: NaiveDate::from_ymd_opt(2017, 12, 15).unwrap(),
            indicator: "1.2.1".into(),
            level: Level::OnTrack,
            note: Some("Vision \"adoptée\"\nle 30".into()),
        };
        let text = entry_toml(&assessment);
        assert!(text.starts_with("[[assessment]]\ndate = 2017-12-15\nindicator = \"1.2.1\"\nlevel = \"on-track\"\n"));
        assert_eq!(entry_counts(text.as_bytes()), Some((0, 1)));
    }

    #[test]
    fn the_old_bytes_stay_and_the_style_follows_the_file() {
        let old = b"# kept\r\n[[activity]]\r\ndate = 2018-01-02\r\ntitle = \"a\"\r\nindicators = [\"x\"]";
        let (new, line) = with_entry(old, &activity("b"));
        assert!(new.starts_with(old));
        assert_eq!(line, 7);
        let added = std::str::from_utf8(&new[old.len()..]).unwrap();
        assert!(added.starts_with("\r\n\r\n[[activity]]\r\n"), "{added:?}");
        assert!(!added.replace("\r\n", "").contains('\n'));
        assert_eq!(entry_counts(&new), Some((2, 0)));
    }

    #[test]
    fn inline_arrays_are_not_extended_blindly() {
        let old = b"activity = [{ date = 2018-01-02, title = \"a\", indicators = [\"x\"] }]\n";
        let (new, _) = with_entry(old, &activity("b"));
        assert!(verify(old, &new, &activity("b"), Path::new("j")).is_err());
    }
}
