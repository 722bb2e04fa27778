//! A plan's files as committed at a revision: the commit the revision names,
//! the plan folder in it (named, or found from here upwards as in a folder),
//! its file list (`git ls-tree -r -z`), and every file `plan` reads, fetched
//! by one `git cat-file --batch`. Links are followed inside the plan only.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use chrono::NaiveDate;

use super::{GitError, Revision, command, git, locate, resolve};
use crate::layout::{PLAN_FILE, PLAN_SUBDIR, in_plan_folder, natural_key, normalize};
use crate::model::{Found, Listing};

/// The plan's files at a revision.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    /// The commit's full hash.
    pub commit: String,
    /// The day it stands for: the day asked, or the day of the commit.
    pub day: NaiveDate,
    /// The plan folder from the top of the work tree, written with `/` and
    /// ending with one (`plan/`), or empty for the top itself.
    pub dir: String,
    /// Where that folder is in the work tree (it may be there no longer).
    pub work_dir: PathBuf,
    /// The plan's TOML files, relative to its folder, in reading order.
    pub files: Vec<(String, Vec<u8>)>,
    /// Every file of the folder, for evidence.
    pub listing: Listing,
    /// The plan's TOML files that are links out of the plan, with their targets.
    pub outside: Vec<(String, String)>,
}

/// One entry of a tree: its mode, object and path relative to the plan folder.
#[derive(Clone, Debug)]
struct Entry {
    mode: String,
    oid: String,
}

const REGULAR: [&str; 2] = ["100644", "100755"];
const LINK: &str = "120000";

/// The plan at `revision`, in the repository of `start` (the current folder):
/// in `named` (a folder, or its `plan.toml`, relative to `start`), else the
/// first folder from `start` upwards that holds a `plan.toml` or a
/// `plan/plan.toml` at that revision.
pub fn snapshot(start: &Path, named: Option<&Path>, revision: &Revision) -> Result<Snapshot, GitError> {
    let (existing, rest) = match named {
        Some(dir) => existing_part(&start.join(dir)),
        None => (start.to_path_buf(), Vec::new()),
    };
    let (top, prefix) = locate(&existing)?;
    let (commit, asked) = resolve(&top, revision)?;
    let dir = match named {
        Some(_) => named_dir(&top, &commit, &prefix, &rest)?,
        None => found_dir(&top, &commit, &prefix)?,
    };
    let entries = tree(&top, &commit, &dir)?;
    let wanted = wanted(&entries);
    let mut oids: Vec<String> = wanted.iter().map(|(_, e)| e.oid.clone()).collect();
    oids.push(commit.clone());
    let mut objects = read_objects(&top, &oids)?;
    let header = objects.pop().unwrap_or_default();
    let day = asked.or_else(|| super::commit_day(&header)).unwrap_or_default();
    let work_dir = top.join(dir.trim_end_matches('/'));
    let mut snapshot = Snapshot { commit, day, dir, work_dir, ..Snapshot::default() };
    let blobs: HashMap<String, Vec<u8>> = wanted.iter().map(|(_, e)| e.oid.clone()).zip(objects).collect();
    fill(&mut snapshot, &entries, &blobs);
    Ok(snapshot)
}

/// The longest part of `path` that exists, and the names below it.
fn existing_part(path: &Path) -> (PathBuf, Vec<String>) {
    let mut existing = normalize(path);
    if existing.file_name().is_some_and(|n| n == PLAN_FILE) {
        existing.pop();
    }
    let mut rest = Vec::new();
    while !existing.is_dir() {
        let Some(name) = existing.file_name().map(|n| n.to_string_lossy().into_owned()) else { break };
        rest.insert(0, name);
        existing.pop();
    }
    (existing, rest)
}

/// Which of `paths` (from the top) the commit holds, in the order given.
fn present(top: &Path, commit: &str, paths: &[String]) -> Result<Vec<String>, GitError> {
    let mut args = vec!["ls-tree", "-z", "--full-tree", "--name-only", commit, "--"];
    args.extend(paths.iter().map(String::as_str));
    let out = git(top, &args).map_err(|o| GitError::Failed(super::said(&o)))?;
    let found: Vec<String> = out.stdout.split(|&b| b == 0).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    Ok(paths.iter().filter(|p| found.contains(p)).cloned().collect())
}

/// The plan folder named with `--dir`, which must hold a `plan.toml` at the commit.
fn named_dir(top: &Path, commit: &str, prefix: &str, rest: &[String]) -> Result<String, GitError> {
    let dir: String = rest.iter().fold(prefix.to_string(), |acc, name| format!("{acc}{name}/"));
    match present(top, commit, &[format!("{dir}{PLAN_FILE}")])?.is_empty() {
        true => Err(GitError::PlanAbsent { commit: commit.into(), dir }),
        false => Ok(dir),
    }
}

/// The first folder from `prefix` upwards with a `plan.toml` or a
/// `plan/plan.toml` at the commit.
fn found_dir(top: &Path, commit: &str, prefix: &str) -> Result<String, GitError> {
    let mut folders = vec![prefix.to_string()];
    let mut folder = prefix.trim_end_matches('/').to_string();
    while !folder.is_empty() {
        folder = folder.rsplit_once('/').map_or(String::new(), |(parent, _)| parent.to_string());
        folders.push(if folder.is_empty() { String::new() } else { format!("{folder}/") });
    }
    let candidates: Vec<String> =
        folders.iter().flat_map(|f| [format!("{f}{PLAN_FILE}"), format!("{f}{PLAN_SUBDIR}/{PLAN_FILE}")]).collect();
    let first = present(top, commit, &candidates)?.into_iter().next();
    let plan_file = first.ok_or_else(|| GitError::NoPlan { commit: commit.into() })?;
    Ok(plan_file.strip_suffix(PLAN_FILE).unwrap_or_default().to_string())
}

/// Every entry under the plan folder, by its path relative to the folder.
fn tree(top: &Path, commit: &str, dir: &str) -> Result<Vec<(String, Entry)>, GitError> {
    let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit];
    if !dir.is_empty() {
        args.extend(["--", dir]);
    }
    let out = git(top, &args).map_err(|o| GitError::Failed(super::said(&o)))?;
    let mut entries = Vec::new();
    for record in out.stdout.split(|&b| b == 0).filter(|r| !r.is_empty()) {
        let record = String::from_utf8_lossy(record);
        let Some((meta, path)) = record.split_once('\t') else { continue };
        let mut meta = meta.split(' ');
        let (Some(mode), Some(_), Some(oid)) = (meta.next(), meta.next(), meta.next()) else { continue };
        let Some(relative) = path.strip_prefix(dir) else { continue };
        entries.push((relative.to_string(), Entry { mode: mode.into(), oid: oid.into() }));
    }
    Ok(entries)
}

/// Whether a path relative to the plan folder is one of the plan's TOML
/// files: `plan.toml`, or a `.toml` (any case) directly in `orientations/`
/// or `journal/`, not hidden.
fn is_plan_file(path: &str) -> bool {
    path == PLAN_FILE || in_plan_folder(path).is_some_and(|(_, _, toml)| toml)
}

/// The entries whose bytes are needed: the plan's files and every link.
fn wanted(entries: &[(String, Entry)]) -> Vec<(String, Entry)> {
    entries
        .iter()
        .filter(|(path, e)| e.mode == LINK || (REGULAR.contains(&e.mode.as_str()) && is_plan_file(path)))
        .cloned()
        .collect()
}

/// Fills the snapshot: the listing, and the plan's files in reading order
/// (`plan.toml`, then each folder's files in natural order), links followed
/// when they stay inside the plan.
fn fill(snapshot: &mut Snapshot, entries: &[(String, Entry)], blobs: &HashMap<String, Vec<u8>>) {
    let by_path: HashMap<&str, &Entry> = entries.iter().map(|(p, e)| (p.as_str(), e)).collect();
    let mut files = Vec::new();
    for (path, entry) in entries.iter().filter(|(p, _)| !p.split('/').any(|part| part.starts_with('.'))) {
        let target = match entry.mode.as_str() {
            LINK => follow(path, &by_path, blobs),
            mode if REGULAR.contains(&mode) => Ok(entry),
            _ => continue,
        };
        match target {
            Ok(found) => {
                snapshot.listing.insert(path.clone(), Found::File);
                if is_plan_file(path) {
                    files.push((path.clone(), blobs.get(&found.oid).cloned().unwrap_or_default()));
                }
            }
            Err(to) => {
                snapshot.listing.insert(path.clone(), Found::Outside);
                if is_plan_file(path) {
                    snapshot.outside.push((path.clone(), to));
                }
            }
        }
    }
    files.sort_by_key(|(path, _)| {
        (path != PLAN_FILE, path.split('/').next().map(str::to_string), natural_key(Path::new(path)))
    });
    snapshot.files = files;
}

/// Where a link leads: the regular file it names inside the plan (through
/// other links, a few at most), or, when it leaves the plan or names no file,
/// its target as written.
fn follow<'e>(
    path: &str,
    by_path: &HashMap<&str, &'e Entry>,
    blobs: &HashMap<String, Vec<u8>>,
) -> Result<&'e Entry, String> {
    let mut current = path.to_string();
    for _ in 0..8 {
        let entry = by_path.get(current.as_str()).ok_or_else(|| current.clone())?;
        if REGULAR.contains(&entry.mode.as_str()) {
            return Ok(entry);
        }
        let target = String::from_utf8_lossy(blobs.get(&entry.oid).map_or(&[][..], Vec::as_slice)).into_owned();
        let base = current.rsplit_once('/').map_or("", |(folder, _)| folder);
        current = inside(base, &target).ok_or(target)?;
    }
    Err(current)
}

/// A link's target resolved against its folder, if it stays inside the plan.
fn inside(base: &str, target: &str) -> Option<String> {
    if target.starts_with('/') || target.contains('\\') || target.get(1..2) == Some(":") {
        return None;
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join("/"))
}

/// The objects' bytes, in the order asked, from one `git cat-file --batch`.
fn read_objects(top: &Path, oids: &[String]) -> Result<Vec<Vec<u8>>, GitError> {
    let failed = |e: std::io::Error| GitError::Failed(e.to_string());
    let mut child = command(top, &[])
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(failed)?;
    let mut stdin = child.stdin.take().ok_or_else(|| GitError::Failed("no stdin".into()))?;
    let input: String = oids.iter().map(|oid| format!("{oid}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let stdout = child.stdout.take().ok_or_else(|| GitError::Failed("no stdout".into()))?;
    let mut reader = BufReader::new(stdout);
    let objects: Result<Vec<Vec<u8>>, GitError> = oids.iter().map(|oid| read_object(&mut reader, oid)).collect();
    let _ = writer.join();
    let _ = child.wait();
    objects
}

/// One object of `cat-file --batch`'s output: `<oid> <type> <size>`, the
/// bytes, and a line feed.
fn read_object(reader: &mut impl BufRead, oid: &str) -> Result<Vec<u8>, GitError> {
    let failed = |what: &str| GitError::Failed(format!("git cat-file: {what} for {oid}"));
    let mut header = String::new();
    reader.read_line(&mut header).map_err(|_| failed("no answer"))?;
    let size: usize =
        header.trim_end().rsplit(' ').next().and_then(|s| s.parse().ok()).ok_or_else(|| failed("no size"))?;
    let mut bytes = vec![0; size];
    reader.read_exact(&mut bytes).map_err(|_| failed("cut short"))?;
    let mut newline = [0u8; 1];
    reader.read_exact(&mut newline).map_err(|_| failed("cut short"))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_files_are_the_tomls_that_plan_reads() {
        for yes in ["plan.toml", "orientations/1.toml", "journal/2019.TOML"] {
            assert!(is_plan_file(yes), "{yes}");
        }
        for no in ["notes.toml", "journal/old/2017.toml", "journal/.2019.toml", "documents/pv.md", "journal/2019.md"] {
            assert!(!is_plan_file(no), "{no}");
        }
    }

    #[test]
    fn links_resolve_inside_the_plan_only() {
        assert_eq!(inside("journal", "../documents/a.md"), Some("documents/a.md".into()));
        assert_eq!(inside("journal", "2019.toml"), Some("journal/2019.toml".into()));
        assert_eq!(inside("journal", "../../secret"), None);
        assert_eq!(inside("", "/etc/passwd"), None);
        assert_eq!(inside("", "C:\\x"), None);
    }

    #[test]
    fn cat_file_output_is_read_object_by_object() {
        let out = b"aa blob 3\nabc\nbb blob 0\n\n";
        let mut reader = BufReader::new(&out[..]);
        assert_eq!(read_object(&mut reader, "aa").unwrap(), b"abc");
        assert_eq!(read_object(&mut reader, "bb").unwrap(), b"");
        assert!(read_object(&mut reader, "cc").is_err());
    }
}
