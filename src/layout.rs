//! The plan folder's layout: the names of its files and folders, how the plan
//! directory is found, and how paths are shown to the user.

use std::path::{Component, Path, PathBuf};

use crate::model::{MAX_YEAR, MIN_YEAR};

/// The UTF-8 byte-order mark, which an editor may put at the start of a
/// file: not part of its text.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";
/// The file that makes a folder a plan directory.
pub const PLAN_FILE: &str = "plan.toml";
/// The folder of the orientation files, inside the plan directory.
pub const ORIENTATIONS_DIR: &str = "orientations";
/// The folder of a plan's journal files, inside the plan directory.
pub const JOURNAL_DIR: &str = "journal";
/// The tool's own working files (the lock, temporary files), inside the plan
/// directory. Its `.gitignore` holds `*`, so git never sees them.
pub const WORK_DIR: &str = ".plan";
/// What the work folder's `.gitignore` says: ignore everything here.
pub const WORK_DIR_GITIGNORE: &str = "# plan's working files (the lock, temporary files): never for git.\n*\n";
/// The lock that serialises the runs that write, in the work folder.
pub const LOCK_FILE: &str = "record.lock";
/// The folder of the JSON Schemas `plan schema --write` makes, inside the plan directory.
pub const SCHEMA_DIR: &str = "schema";
/// The schemas' file names, in [`SCHEMA_DIR`]: for plan.toml, the orientation files, the journal files.
pub const SCHEMA_FILES: [&str; 3] = ["plan.schema.json", "orientation.schema.json", "journal.schema.json"];
/// The editor's configuration that points each file at its schema, beside the plan directory.
pub const TAPLO_FILE: &str = ".taplo.toml";
/// The folder a plan directory is usually kept in, inside its repository.
pub const PLAN_SUBDIR: &str = "plan";

/// What a file of the plan directory holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Plan,
    Orientation,
    Journal,
}

/// A path relative to the plan folder, split into its folder and file name,
/// when it is a file right in `orientations/` or `journal/`, not hidden;
/// with whether its name ends in `.toml` (any case), which is read.
pub(crate) fn in_plan_folder(relative: &str) -> Option<(&str, &str, bool)> {
    let (folder, name) = relative.split_once('/')?;
    let toml = name.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("toml"));
    let ours = (folder == ORIENTATIONS_DIR || folder == JOURNAL_DIR) && !name.contains('/') && !name.starts_with('.');
    ours.then_some((folder, name, toml))
}

/// The kind of a file from its path relative to the plan directory, written
/// with `/`: `plan.toml`, `orientations/NAME.toml` or `journal/NAME.toml`.
pub(crate) fn kind_of(relative: &str) -> Option<FileKind> {
    if relative == PLAN_FILE {
        Some(FileKind::Plan)
    } else if relative.starts_with(&format!("{ORIENTATIONS_DIR}/")) {
        Some(FileKind::Orientation)
    } else if relative.starts_with(&format!("{JOURNAL_DIR}/")) {
        Some(FileKind::Journal)
    } else {
        None
    }
}

/// The journal file of a plan year: `journal/2018.toml`, or the file of that
/// name in another letter case (`2018.TOML`) when only that one exists.
pub fn journal_path(plan_dir: &Path, year: i32) -> PathBuf {
    let folder = plan_dir.join(JOURNAL_DIR);
    let name = format!("{year}.toml");
    let exact = folder.join(&name);
    if exact.exists() {
        return exact;
    }
    let other_case = std::fs::read_dir(&folder).ok().and_then(|entries| {
        entries.filter_map(Result::ok).map(|e| e.file_name()).find(|n| n.to_string_lossy().eq_ignore_ascii_case(&name))
    });
    other_case.map_or(exact, |n| folder.join(n))
}

/// Sorts file names with their leading number compared as a number (`2`
/// before `10`).
pub(crate) fn natural_key(path: &Path) -> (u64, String) {
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u64::MAX), name)
}

/// The plan year a journal file's name gives (`2018.toml` → 2018).
pub(crate) fn journal_year(path: &Path) -> Option<i32> {
    let stem = path.file_stem()?.to_str()?;
    let year: i32 = stem.parse().ok().filter(|_| stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()))?;
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(year)
}

/// Why no plan directory was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoPlan {
    /// No folder from here upwards holds a plan.
    NotFound,
    /// The first plan found belongs to another user (as git refuses a
    /// repository someone else owns): it is not used unless named with `--dir`.
    OtherOwner { dir: PathBuf, owner: u32 },
}

/// Finds the plan directory as git finds `.git`: `explicit` if given (a folder,
/// or its `plan.toml`), else the first folder from `start` upwards that holds a
/// `plan.toml` or a `plan/plan.toml`, if it belongs to the user running `plan`.
pub fn find_plan_dir(start: &Path, explicit: Option<&Path>) -> Result<PathBuf, NoPlan> {
    if let Some(dir) = explicit {
        let dir = absolute(start, dir);
        if dir.file_name().is_some_and(|n| n == PLAN_FILE) && dir.is_file() {
            return Ok(dir.parent().map_or(dir.clone(), Path::to_path_buf));
        }
        return Ok(dir);
    }
    let start = absolute(start, Path::new("."));
    let found = start.ancestors().find_map(|folder| {
        if folder.join(PLAN_FILE).is_file() {
            Some(folder.to_path_buf())
        } else if folder.join(PLAN_SUBDIR).join(PLAN_FILE).is_file() {
            Some(folder.join(PLAN_SUBDIR))
        } else {
            None
        }
    });
    let dir = found.ok_or(NoPlan::NotFound)?;
    match foreign_owner(&dir) {
        Some(owner) => Err(NoPlan::OtherOwner { dir, owner }),
        None => Ok(dir),
    }
}

/// The owner of a plan directory or of its `plan.toml`, when it is not the
/// user running `plan`.
#[cfg(unix)]
fn foreign_owner(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid takes nothing, always succeeds and touches no memory.
    let me = unsafe { libc::geteuid() };
    [dir.to_path_buf(), dir.join(PLAN_FILE)]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.uid())
        .find(|&owner| owner != me)
}

/// Windows has no owner to compare in the same way; the plan found is used.
#[cfg(not(unix))]
fn foreign_owner(_dir: &Path) -> Option<u32> {
    None
}

fn absolute(base: &Path, path: &Path) -> PathBuf {
    normalize(&base.join(path))
}

/// Removes `.` and resolves `..` lexically, so paths shown stay short.
pub(crate) fn normalize(path: &Path) -> PathBuf {
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
    let absolute = path.display().to_string();
    let common = path.components().zip(cwd.components()).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return absolute;
    }
    let ups = cwd.components().count() - common;
    let mut rel = PathBuf::new();
    (0..ups).for_each(|_| rel.push(".."));
    path.components().skip(common).for_each(|c| rel.push(c));
    let relative = if rel.as_os_str().is_empty() { ".".to_string() } else { rel.display().to_string() };
    if relative.chars().count() <= absolute.chars().count() { relative } else { absolute }
}

/// The way from the folder a report is read in to the plan's folder, as a
/// link's prefix written with `/` and ending with `/`: `plan/`, `../plan/`,
/// or, when they share no root (two Windows drives), the plan's absolute path.
/// Links resolve on the real paths, so both are resolved when they exist.
pub fn relative_link(from: &Path, to: &Path) -> String {
    let real = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| normalize(p));
    let (from, to) = (real(from), real(to));
    let common = to.components().zip(from.components()).take_while(|(a, b)| a == b).count();
    let parts: Vec<String> = if common == 0 {
        to.components().filter_map(component_text).collect()
    } else {
        let ups = (0..from.components().count() - common).map(|_| "..".to_string());
        ups.chain(to.components().skip(common).filter_map(component_text)).collect()
    };
    let mut link = parts.join("/");
    if common == 0 && to.has_root() && !link.starts_with('/') && !link.contains(':') {
        link.insert(0, '/');
    }
    if !link.is_empty() {
        link.push('/');
    }
    link
}

/// A component of a path as a link writes it (`C:` for a drive, nothing for the root).
fn component_text(c: std::path::Component) -> Option<String> {
    match c {
        std::path::Component::RootDir => None,
        other => Some(other.as_os_str().to_string_lossy().into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_from_a_report_to_the_plan() {
        assert_eq!(relative_link(Path::new("/nowhere/repo"), Path::new("/nowhere/repo/plan")), "plan/");
        assert_eq!(relative_link(Path::new("/nowhere/repo/out"), Path::new("/nowhere/repo/plan")), "../plan/");
        assert_eq!(relative_link(Path::new("/nowhere/repo/plan"), Path::new("/nowhere/repo/plan")), "");
    }

    #[test]
    fn display_paths_are_relative_to_cwd() {
        let cwd = Path::new("/repo");
        assert_eq!(display_path(Path::new("/repo/plan/plan.toml"), cwd), "plan/plan.toml");
        assert_eq!(display_path(Path::new("/repo/plan/./journal/../plan.toml"), cwd), "plan/plan.toml");
        assert_eq!(display_path(Path::new("/repo/plan.toml"), Path::new("/repo/plan/journal")), "../../plan.toml");
        assert_eq!(display_path(Path::new("/repo"), cwd), ".");
    }

    #[test]
    fn a_path_is_shown_relative_only_when_that_is_shorter() {
        let cwd = Path::new("/home/coco/projets/consortium/2019/notes");
        assert_eq!(display_path(Path::new("/srv/plan/journal/2018.toml"), cwd), "/srv/plan/journal/2018.toml");
        assert_eq!(display_path(Path::new("/home/coco/projets/x.toml"), cwd), "../../../x.toml");
    }

    #[test]
    fn journal_years_come_from_file_names() {
        assert_eq!(journal_year(Path::new("journal/2018.toml")), Some(2018));
        assert_eq!(journal_year(Path::new("journal/notes.toml")), None);
        assert_eq!(journal_year(Path::new("journal/+201.toml")), None);
        assert_eq!(journal_year(Path::new("journal/0999.toml")), None);
    }

    #[test]
    fn file_kinds_follow_the_folders() {
        assert_eq!(kind_of("plan.toml"), Some(FileKind::Plan));
        assert_eq!(kind_of("orientations/1.toml"), Some(FileKind::Orientation));
        assert_eq!(kind_of("journal/2019.toml"), Some(FileKind::Journal));
        assert_eq!(kind_of("documents/pv.pdf"), None);
    }
}
