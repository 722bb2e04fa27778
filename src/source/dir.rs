//! A plan directory on disk: `plan.toml`, then `orientations/*.toml` and
//! `journal/*.toml` in natural order.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::Files;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::{FileKind, JOURNAL_DIR, ORIENTATIONS_DIR, PLAN_FILE, display_path};

/// Reads every file of the plan in `dir`. Paths are shown relative to `cwd`.
pub fn read(dir: &Path, cwd: &Path) -> Files {
    let mut files = Files::new(dir);
    let plan_path = dir.join(PLAN_FILE);
    if !plan_path.exists() {
        let shown = display_path(dir, cwd) + "/";
        files.diagnostics.push(
            Diagnostic::new(Code::MissingPlanToml, Message::new(MsgId::MissingPlanToml).arg("dir", &shown), None)
                .help(Message::new(MsgId::MissingPlanTomlHelp).arg("dir", &shown)),
        );
        return files;
    }
    read_into(&mut files, FileKind::Plan, &plan_path, cwd);
    for (kind, folder) in [(FileKind::Orientation, ORIENTATIONS_DIR), (FileKind::Journal, JOURNAL_DIR)] {
        for path in toml_files(&mut files, &dir.join(folder), cwd) {
            read_into(&mut files, kind, &path, cwd);
        }
    }
    files
}

/// The `*.toml` entries of a folder, in natural order (`2` before `10`).
/// A missing folder has none; other entries are ignored, as are hidden files.
fn toml_files(files: &mut Files, folder: &Path, cwd: &Path) -> Vec<PathBuf> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            files.diagnostics.push(unreadable(folder, cwd, &e));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    paths.sort_by_key(|p| natural_key(p));
    paths
}

/// Sorts file names with their leading number compared as a number.
fn natural_key(path: &Path) -> (u64, String) {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u64::MAX), name)
}

fn read_into(files: &mut Files, kind: FileKind, path: &Path, cwd: &Path) {
    let display = display_path(path, cwd);
    if path.is_dir() {
        files.diagnostics.push(unreadable_because(&display, MsgId::IsFolder));
        return;
    }
    match fs::read(path) {
        Ok(bytes) => {
            files.add(kind, path, display, bytes);
        }
        Err(e) => files.diagnostics.push(unreadable(path, cwd, &e)),
    }
}

fn unreadable(path: &Path, cwd: &Path, error: &io::Error) -> Diagnostic {
    let display = display_path(path, cwd);
    if path.is_symlink() && fs::metadata(path).is_err() {
        return unreadable_because(&display, MsgId::ReasonLinkLoop);
    }
    match error.kind() {
        io::ErrorKind::PermissionDenied => unreadable_because(&display, MsgId::ReasonPermission),
        io::ErrorKind::NotFound => unreadable_because(&display, MsgId::ReasonNotFound),
        _ => {
            let message = Message::new(MsgId::Unreadable).arg("file", display).arg("reason", error);
            Diagnostic::new(Code::Unreadable, message, None).help(MsgId::UnreadableHelp)
        }
    }
}

fn unreadable_because(display: &str, reason: MsgId) -> Diagnostic {
    let message = Message::new(MsgId::Unreadable).arg("file", display).arg_msg("reason", reason);
    let help = match reason {
        MsgId::IsFolder => MsgId::IsFolderHelp,
        MsgId::ReasonLinkLoop => MsgId::LinkLoopHelp,
        _ => MsgId::UnreadableHelp,
    };
    Diagnostic::new(Code::Unreadable, message, None).help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_puts_2_before_10() {
        let mut names = vec![PathBuf::from("10.toml"), PathBuf::from("2.toml"), PathBuf::from("a.toml")];
        names.sort_by_key(|p| natural_key(p));
        assert_eq!(names, [PathBuf::from("2.toml"), PathBuf::from("10.toml"), PathBuf::from("a.toml")]);
    }
}
