//! A plan directory on disk: `plan.toml`, then `orientations/*.toml` and
//! `journal/*.toml` in natural order. Only regular files whose real path is
//! inside the plan directory are read: a link out of the plan, a device or a
//! pipe is reported by name and never opened.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{FileText, Files};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::{
    FileKind, JOURNAL_DIR, ORIENTATIONS_DIR, PLAN_FILE, SCHEMA_DIR, SCHEMA_FILES, display_path, natural_key,
};
use crate::model::{Found, Listing};

/// The plan directory being read: its real path, and where paths are shown
/// from (as given, and as a real path, for the targets of links).
struct Dir<'a> {
    real: PathBuf,
    cwd: &'a Path,
    real_cwd: PathBuf,
}

/// Reads every file of the plan in `dir` (without the journal when `journal`
/// is false). Paths are shown relative to `cwd`.
pub fn read(dir: &Path, cwd: &Path, journal: bool) -> Files {
    let mut files = Files::new(dir);
    let plan_path = dir.join(PLAN_FILE);
    let real = match fs::canonicalize(dir) {
        Ok(real) if plan_path.exists() => real,
        found => {
            files.diagnostics.push(missing_plan(dir, cwd, found.is_ok()));
            return files;
        }
    };
    let real_cwd = fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    files.listing = listing(dir, &real);
    let dir_ctx = Dir { real, cwd, real_cwd };
    read_into(&mut files, &dir_ctx, FileKind::Plan, &plan_path);
    for path in toml_files(&mut files, &dir.join(ORIENTATIONS_DIR), cwd) {
        read_into(&mut files, &dir_ctx, FileKind::Orientation, &path);
    }
    if !journal {
        return files;
    }
    let journals = toml_files(&mut files, &dir.join(JOURNAL_DIR), cwd);
    for (path, read) in journals.iter().zip(read_all(&dir_ctx, &journals)) {
        match read {
            Ok(text) => {
                files.add_text(FileKind::Journal, path, display_path(path, cwd), text);
            }
            Err(refusal) => files.diagnostics.push(*refusal),
        }
    }
    files.schemas = schemas(dir);
    files
}

/// The schema files, when the plan directory has a `schema/` folder.
fn schemas(dir: &Path) -> Option<Vec<super::SchemaFile>> {
    let folder = dir.join(SCHEMA_DIR);
    fs::symlink_metadata(&folder).ok().filter(|m| m.is_dir())?;
    Some(SCHEMA_FILES.iter().map(|name| (*name, fs::read(folder.join(name)).ok())).collect())
}

/// The most entries a listing looks at, and how deep: a plan directory that
/// holds a whole disk is not walked to its end.
const LISTING_MAX: usize = 100_000;
const LISTING_DEPTH: usize = 16;

/// Every file of the plan directory, for checking evidence: regular files
/// inside it, and links that lead outside it. Hidden files and folders (names
/// starting with `.`, such as the work folder) are left out, and links to
/// folders are not followed.
fn listing(dir: &Path, real: &Path) -> Listing {
    let mut out = Listing::default();
    let mut stack = vec![(dir.to_path_buf(), String::new(), 0)];
    let mut seen = 0;
    while let Some((folder, prefix, depth)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.filter_map(Result::ok).take(LISTING_MAX.saturating_sub(seen)) {
            seen += 1;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else { continue };
            if name.starts_with('.') {
                continue;
            }
            let path = format!("{prefix}{name}");
            if kind.is_dir() && depth < LISTING_DEPTH {
                stack.push((entry.path(), path + "/", depth + 1));
            } else if kind.is_file() {
                out.insert(path, Found::File);
            } else if kind.is_symlink() {
                let inside = fs::canonicalize(entry.path()).is_ok_and(|t| t.starts_with(real) && t.is_file());
                out.insert(path, if inside { Found::File } else { Found::Outside });
            }
        }
    }
    out
}

/// No `plan.toml` in `dir`, or no folder `dir` at all.
fn missing_plan(dir: &Path, cwd: &Path, dir_exists: bool) -> Diagnostic {
    let shown = display_path(dir, cwd) + "/";
    let (message, help) = if dir_exists {
        (MsgId::MissingPlanToml, MsgId::MissingPlanTomlHelp)
    } else {
        (MsgId::MissingPlanDir, MsgId::MissingPlanDirHelp)
    };
    Diagnostic::new(Code::MissingPlanToml, Message::new(message).arg("dir", &shown), None)
        .help(Message::new(help).arg("dir", &shown))
}

/// The `*.toml` entries of a folder (in any letter case: `2020.TOML` too), in
/// natural order (`2` before `10`). A missing folder has none; hidden files
/// are ignored, and so are other entries, but for a warning about a file
/// that may have been meant as one (see [`not_read`]).
fn toml_files(files: &mut Files, folder: &Path, cwd: &Path) -> Vec<PathBuf> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            files.diagnostics.push(unreadable(folder, cwd, &e));
            return Vec::new();
        }
    };
    let visible = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    let (mut paths, mut others): (Vec<PathBuf>, Vec<PathBuf>) =
        visible.partition(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("toml")));
    others.sort_by_key(|p| natural_key(p));
    files.diagnostics.extend(others.iter().filter_map(|other| not_read(other, cwd)));
    paths.sort_by_key(|p| natural_key(p));
    paths
}

/// [`super::not_read`] for an entry of a folder that is a file.
fn not_read(path: &Path, cwd: &Path) -> Option<Diagnostic> {
    let name = path.file_name()?.to_string_lossy();
    let shown = || display_path(path, cwd);
    path.is_file().then(|| super::not_read(&name, shown, |meant| path.with_file_name(meant).exists()))?
}

/// Reads the files at `paths` as text if they may be read, one thread per
/// file (a big journal is a year's file; its years are read, and their UTF-8
/// checked, side by side), in order.
fn read_all(dir: &Dir, paths: &[PathBuf]) -> Vec<Result<FileText, Box<Diagnostic>>> {
    let read = |path: &PathBuf| {
        let display = display_path(path, dir.cwd);
        match refusal(dir, path, &display) {
            Some(refusal) => Err(Box::new(refusal)),
            None => fs::read(path).map(FileText::of).map_err(|e| Box::new(unreadable(path, dir.cwd, &e))),
        }
    };
    // Threads pay off for big files only: a small plan is read in less time
    // than starting them takes.
    let bytes: u64 = paths.iter().filter_map(|p| fs::metadata(p).ok()).map(|m| m.len()).sum();
    if paths.len() < 2 || bytes < 4 << 20 {
        return paths.iter().map(read).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths.iter().map(|path| scope.spawn(move || read(path))).collect();
        handles.into_iter().map(|h| h.join().expect("a file reader panicked")).collect()
    })
}

/// Reads one file if it may be read: a regular file, inside the plan.
fn read_into(files: &mut Files, dir: &Dir, kind: FileKind, path: &Path) {
    let display = display_path(path, dir.cwd);
    if let Some(refusal) = refusal(dir, path, &display) {
        files.diagnostics.push(refusal);
        return;
    }
    match fs::read(path) {
        Ok(bytes) => {
            files.add(kind, path, display, bytes);
        }
        Err(e) => files.diagnostics.push(unreadable(path, dir.cwd, &e)),
    }
}

/// Why a path may not be opened, if it may not: its real path must be inside
/// the plan directory, and it must be a regular file. Checked before opening,
/// so that a pipe never blocks and a device is never read.
fn refusal(dir: &Dir, path: &Path, display: &str) -> Option<Diagnostic> {
    if path.is_dir() {
        return Some(unreadable_because(display, MsgId::IsFolder));
    }
    let real = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) => return Some(unreadable(path, dir.cwd, &e)),
    };
    if !real.starts_with(&dir.real) {
        let target = display_path(&real, &dir.real_cwd);
        let message = Message::new(MsgId::OutsidePlan).arg("file", display).arg("target", target);
        return Some(Diagnostic::new(Code::OutsidePlan, message, None).help(MsgId::OutsidePlanHelp));
    }
    match fs::metadata(&real) {
        Ok(meta) if meta.is_file() => None,
        Ok(_) => Some(unreadable_because(display, MsgId::ReasonNotRegular)),
        Err(e) => Some(unreadable(path, dir.cwd, &e)),
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
        MsgId::ReasonNotRegular => MsgId::NotRegularHelp,
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

    #[test]
    fn a_file_that_may_have_been_meant_as_toml_is_named_and_not_read() {
        let tmp = tempfile::tempdir().unwrap();
        let names =
            ["2018.toml", "2018.TOML.txt", "2019.toml.txt", "2020.txt", "notes.md", "2017.toml~", ".2017.toml.swp"];
        for name in names {
            fs::write(tmp.path().join(name), "").unwrap();
        }
        fs::create_dir(tmp.path().join("old.toml.d")).unwrap();
        let mut files = Files::default();
        let read = toml_files(&mut files, tmp.path(), tmp.path());
        assert_eq!(read, [tmp.path().join("2018.toml")]);
        let helps: Vec<_> = files.diagnostics.iter().map(|d| (d.code, d.help.clone().unwrap())).collect();
        let help = |id, name| (Code::NotRead, Message::new(id).arg("name", name));
        assert_eq!(
            helps,
            [
                help(MsgId::NotReadCopyHelp, "2018.toml"),
                help(MsgId::NotReadNotepadHelp, "2019.toml"),
                help(MsgId::NotReadHelp, "2020.toml"),
            ]
        );
        let message = Message::new(MsgId::NotRead).arg("file", display_path(&tmp.path().join("2020.txt"), tmp.path()));
        assert_eq!(files.diagnostics[2].message, message);
    }
}
