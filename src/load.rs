//! Finds the plan directory and reads its files into memory, keeping each
//! file's text so that every later message can quote it.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::FileId;

/// One file read from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as shown to the user: relative to the current directory when possible.
    pub display: String,
    /// The text, without a byte-order mark.
    pub text: String,
}

/// Every file read so far, addressed by [`FileId`].
#[derive(Clone, Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }
}

/// The files of a plan directory, read.
#[derive(Debug, Default)]
pub struct Loaded {
    pub dir: PathBuf,
    pub sources: Sources,
    pub plan: Option<FileId>,
    pub orientations: Vec<FileId>,
    pub journals: Vec<FileId>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The folder of a plan's journal files, inside the plan directory.
pub const JOURNAL_DIR: &str = "journal";
const ORIENTATIONS_DIR: &str = "orientations";
const PLAN_FILE: &str = "plan.toml";

/// Finds the plan directory as git finds `.git`: `explicit` if given (a folder,
/// or its `plan.toml`), else the first folder from `start` upwards that holds a
/// `plan.toml` or a `plan/plan.toml`.
pub fn find_plan_dir(start: &Path, explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        let dir = absolute(start, dir);
        if dir.file_name().is_some_and(|n| n == PLAN_FILE) && dir.is_file() {
            return dir.parent().map(Path::to_path_buf);
        }
        return Some(dir);
    }
    let start = absolute(start, Path::new("."));
    start.ancestors().find_map(|folder| {
        if folder.join(PLAN_FILE).is_file() {
            Some(folder.to_path_buf())
        } else if folder.join("plan").join(PLAN_FILE).is_file() {
            Some(folder.join("plan"))
        } else {
            None
        }
    })
}

fn absolute(base: &Path, path: &Path) -> PathBuf {
    normalize(&base.join(path))
}

/// Removes `.` and resolves `..` lexically, so paths shown stay short.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` as the user should see it from `cwd`: relative when that is shorter.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    let path = normalize(path);
    let cwd = normalize(cwd);
    let common = path.components().zip(cwd.components()).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return path.display().to_string();
    }
    let ups = cwd.components().count() - common;
    let mut rel = PathBuf::new();
    (0..ups).for_each(|_| rel.push(".."));
    path.components().skip(common).for_each(|c| rel.push(c));
    if rel.as_os_str().is_empty() { ".".to_string() } else { rel.display().to_string() }
}

/// Reads every file of the plan in `dir`. Problems reading them become diagnostics.
pub fn load(dir: &Path, cwd: &Path) -> Loaded {
    let mut loaded = Loaded { dir: dir.to_path_buf(), ..Loaded::default() };
    let plan_path = dir.join(PLAN_FILE);
    if !plan_path.exists() {
        let shown = display_path(dir, cwd) + "/";
        loaded.diagnostics.push(
            Diagnostic::new(Code::MissingPlanToml, Message::new(MsgId::MissingPlanToml).arg("dir", &shown), None)
                .help(Message::new(MsgId::MissingPlanTomlHelp).arg("dir", &shown)),
        );
        return loaded;
    }
    loaded.plan = read_into(&mut loaded, &plan_path, cwd);
    for path in toml_files(&mut loaded, &dir.join(ORIENTATIONS_DIR), cwd) {
        let id = read_into(&mut loaded, &path, cwd);
        loaded.orientations.extend(id);
    }
    for path in toml_files(&mut loaded, &dir.join(JOURNAL_DIR), cwd) {
        let id = read_into(&mut loaded, &path, cwd);
        loaded.journals.extend(id);
    }
    loaded
}

/// Builds a [`Loaded`] from files held in memory, as if read from `dir`: each
/// `(path, bytes)` is `plan.toml`, `orientations/NAME.toml` or
/// `journal/NAME.toml`, relative to `dir`. Other paths are ignored. Fuzzing and
/// property tests use this to check a plan without touching the disk.
pub fn load_memory(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Loaded {
    let mut loaded = Loaded { dir: dir.to_path_buf(), ..Loaded::default() };
    for (name, bytes) in files {
        let path = dir.join(&name);
        let display = format!("plan/{name}");
        if name == PLAN_FILE {
            loaded.plan = Some(add_bytes(&mut loaded, &path, display, bytes));
        } else if name.starts_with(&format!("{ORIENTATIONS_DIR}/")) {
            let id = add_bytes(&mut loaded, &path, display, bytes);
            loaded.orientations.push(id);
        } else if name.starts_with(&format!("{JOURNAL_DIR}/")) {
            let id = add_bytes(&mut loaded, &path, display, bytes);
            loaded.journals.push(id);
        }
    }
    loaded
}

/// The `*.toml` entries of a folder, in natural order (`2` before `10`).
/// A missing folder has none; other entries are ignored, as are hidden files.
fn toml_files(loaded: &mut Loaded, folder: &Path, cwd: &Path) -> Vec<PathBuf> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            loaded.diagnostics.push(unreadable(folder, cwd, &e));
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

fn read_into(loaded: &mut Loaded, path: &Path, cwd: &Path) -> Option<FileId> {
    let display = display_path(path, cwd);
    if path.is_dir() {
        loaded.diagnostics.push(unreadable_because(&display, MsgId::IsFolder));
        return None;
    }
    match fs::read(path) {
        Ok(bytes) => Some(add_bytes(loaded, path, display, bytes)),
        Err(e) => {
            loaded.diagnostics.push(unreadable(path, cwd, &e));
            None
        }
    }
}

/// Adds a file's bytes as text. Bytes that are not UTF-8 are reported where they are.
fn add_bytes(loaded: &mut Loaded, path: &Path, display: String, bytes: Vec<u8>) -> FileId {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let (text, bad) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            // The lossy text has U+FFFD where the first bad byte was: point at all of it.
            let at = e.utf8_error().valid_up_to();
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    };
    let message = Message::new(MsgId::NotUtf8).arg("file", &display);
    let id = loaded.sources.add(SourceFile { path: path.to_path_buf(), display, text });
    if let Some(at) = bad {
        loaded.diagnostics.push(
            Diagnostic::at(Code::NotUtf8, message, id, at..at + char::REPLACEMENT_CHARACTER.len_utf8())
                .label(MsgId::NotUtf8Label)
                .help(MsgId::NotUtf8Help),
        );
    }
    id
}

/// Whether a file was added with bytes that are not UTF-8 (its text is then unusable).
pub fn is_utf8_clean(loaded: &Loaded, id: FileId) -> bool {
    !loaded.diagnostics.iter().any(|d| d.code == Code::NotUtf8 && d.loc.as_ref().is_some_and(|l| l.file == id))
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
    fn display_paths_are_relative_to_cwd() {
        let cwd = Path::new("/repo");
        assert_eq!(display_path(Path::new("/repo/plan/plan.toml"), cwd), "plan/plan.toml");
        assert_eq!(display_path(Path::new("/repo/plan/./journal/../plan.toml"), cwd), "plan/plan.toml");
        assert_eq!(display_path(Path::new("/repo/plan.toml"), Path::new("/repo/plan/journal")), "../../plan.toml");
        assert_eq!(display_path(Path::new("/repo"), cwd), ".");
    }

    #[test]
    fn a_bad_byte_is_pointed_at_whole() {
        let loaded = load_memory(Path::new("/p"), vec![("plan.toml".into(), b"title = \"a\xEAb\"".to_vec())]);
        let loc = loaded.diagnostics[0].loc.as_ref().unwrap();
        let text = &loaded.sources.get(loc.file).text;
        assert_eq!(&text[loc.span.clone()], "\u{FFFD}");
    }

    #[test]
    fn natural_order_puts_2_before_10() {
        let mut names = vec![PathBuf::from("10.toml"), PathBuf::from("2.toml"), PathBuf::from("a.toml")];
        names.sort_by_key(|p| natural_key(p));
        assert_eq!(names, [PathBuf::from("2.toml"), PathBuf::from("10.toml"), PathBuf::from("a.toml")]);
    }
}
