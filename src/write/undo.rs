//! `plan undo`: removes the last entry `record`, `assess` or `note` appended,
//! and only that. Each append leaves in the work folder what it added and to
//! which file (`last-entry.json`); undo removes those bytes if, and only if,
//! the file still ends with exactly them, under the same lock, atomically, and
//! checked by parsing (one entry fewer). A file the append created goes with it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::atomic::{Pace, replace};
use super::journal::AppendError;
use super::workdir::{lock, work_dir};
use crate::layout::JOURNAL_DIR;
use crate::read::entry_counts;

/// The file, in the work folder, that remembers the last append.
const LAST: &str = "last-entry.json";

/// What an append left for undo.
#[derive(Debug, Serialize, Deserialize)]
struct Last {
    /// The journal file written (its real path).
    file: PathBuf,
    /// Whether the append made the file.
    created: bool,
    /// The bytes there were before.
    kept: usize,
    /// The text added.
    added: String,
}

/// Remembers an append, for undo. Failing to is no failure of the append:
/// undo will then have nothing to remove.
pub(super) fn remember(work: &Path, file: &Path, created: bool, kept: usize, added: &[u8]) {
    let last = Last { file: file.to_path_buf(), created, kept, added: String::from_utf8_lossy(added).into_owned() };
    if let Ok(json) = serde_json::to_vec(&last) {
        let _ = replace(work, &work.join(LAST), &[&json], None, Pace::Full);
    }
}

/// What undo removed (or, with `dry_run`, would remove).
#[derive(Debug, PartialEq, Eq)]
pub struct Undone {
    /// The journal file.
    pub file: PathBuf,
    /// The entry's text, as it was added.
    pub entry: String,
    /// Whether the file itself goes, as the append had made it.
    pub removes_file: bool,
}

/// Why nothing was removed.
#[derive(Debug)]
pub enum UndoError {
    /// No append to undo: none since the last undo, or none at all.
    Nothing,
    /// The file no longer ends with the entry added: it changed since.
    Changed(PathBuf),
    /// Locking, reading or writing failed.
    Append(AppendError),
}

impl From<AppendError> for UndoError {
    fn from(e: AppendError) -> UndoError {
        UndoError::Append(e)
    }
}

fn io(e: io::Error) -> UndoError {
    UndoError::Append(AppendError::Io(e))
}

/// Removes the last entry appended to the plan in `plan_dir` (or, with
/// `dry_run`, says what it would remove), waiting up to `patience` for the lock.
pub fn undo(
    plan_dir: &Path,
    dry_run: bool,
    patience: Duration,
    on_wait: &mut dyn FnMut(),
) -> Result<Undone, UndoError> {
    let work = work_dir(plan_dir)?;
    let _lock = lock(&work, patience, on_wait)?;
    let last = read_last(&work, plan_dir)?;
    let content = match fs::read(&last.file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(UndoError::Changed(last.file)),
        Err(e) => return Err(io(e)),
    };
    let added = last.added.as_bytes();
    let Some(kept) = content.strip_suffix(added) else { return Err(UndoError::Changed(last.file)) };
    let counts = (entry_counts(&content), entry_counts(kept));
    let one_fewer = matches!(counts, (Some(a), Some(b)) if a.iter().sum::<usize>() == b.iter().sum::<usize>() + 1);
    if !one_fewer {
        return Err(UndoError::Changed(last.file));
    }
    let removes_file = last.created && kept.len() == last.kept;
    let undone = Undone { file: last.file.clone(), entry: last.added.clone(), removes_file };
    if dry_run {
        return Ok(undone);
    }
    if removes_file {
        fs::remove_file(&last.file).map_err(io)?;
    } else {
        let permissions = fs::metadata(&last.file).map_err(io)?.permissions();
        replace(&work, &last.file, &[kept], Some(permissions), Pace::Full).map_err(io)?;
    }
    fs::remove_file(work.join(LAST)).map_err(io)?;
    Ok(undone)
}

/// The last append, if it names a journal file of this plan.
fn read_last(work: &Path, plan_dir: &Path) -> Result<Last, UndoError> {
    let text = match fs::read(work.join(LAST)) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(UndoError::Nothing),
        Err(e) => return Err(io(e)),
    };
    let last: Last = serde_json::from_slice(&text).map_err(|_| UndoError::Nothing)?;
    let journal = fs::canonicalize(plan_dir.join(JOURNAL_DIR)).map_err(|_| UndoError::Nothing)?;
    let inside = last.file.parent().and_then(|p| fs::canonicalize(p).ok()).is_some_and(|p| p.starts_with(&journal));
    if inside { Ok(last) } else { Err(UndoError::Nothing) }
}
