//! Replaces a file atomically: a temporary file, synced, renamed over the old
//! one, then the folder synced. A crash leaves either the old file or the new
//! one, never a mix.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::workdir::{TEMP_PREFIX, TEMP_SUFFIX};

/// How a new file's bytes are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pace {
    /// At once.
    #[default]
    Full,
    /// In small pieces with pauses between, so that a test can kill the
    /// process while the file is being written.
    Slow,
}

/// Whether a replaced file is also safe from a power cut: its folder was synced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durable {
    Yes,
    /// The rename happened, but the folder could not be synced.
    NotSynced,
}

/// Writes `parts`, in order, to a temporary file in `temp_dir` and renames it
/// over `target`, which gets `permissions` (those of the file it replaces), or,
/// for a new file, read and write for all as the umask allows, as an editor
/// makes it. When `temp_dir` is on another file system, the temporary file is
/// made beside `target` instead. An error means `target` is unchanged.
pub fn replace(
    temp_dir: &Path,
    target: &Path,
    parts: &[&[u8]],
    permissions: Option<fs::Permissions>,
    pace: Pace,
) -> io::Result<Durable> {
    let mut new = New::begin(temp_dir, permissions.is_none(), pace)?;
    for part in parts {
        new.write(part)?;
    }
    new.commit(target, parts, permissions)
}

/// A file being written under a temporary name, until [`New::commit`] renames
/// it over its target. Dropped without that, it is removed.
pub struct New {
    tmp: tempfile::NamedTempFile,
    dir: PathBuf,
    pace: Pace,
}

impl New {
    /// An empty temporary file in `temp_dir`; one that will be a `new` file
    /// (not replace one) is made with the mode 0o666 less the umask.
    pub fn begin(temp_dir: &Path, new: bool, pace: Pace) -> io::Result<New> {
        Ok(New { tmp: temp_file(temp_dir, new)?, dir: temp_dir.to_path_buf(), pace })
    }

    /// Writes `bytes` after what it holds.
    pub fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        write_bytes(self.tmp.as_file_mut(), bytes, self.pace)
    }

    /// Copies what is left of `from` after what it holds: on Linux, in the
    /// kernel (`copy_file_range`), without passing through this process.
    pub fn copy_from(&mut self, from: &mut fs::File) -> io::Result<()> {
        if self.pace == Pace::Full {
            return io::copy(from, self.tmp.as_file_mut()).map(drop);
        }
        let mut bytes = Vec::new();
        from.read_to_end(&mut bytes)?;
        self.write(&bytes)
    }

    /// Where it is, to read it back.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Syncs what it holds so far: the sync at [`New::commit`] then has only
    /// what was written after to wait for.
    pub fn sync(&self) -> io::Result<()> {
        self.tmp.as_file().sync_data()
    }

    /// Syncs it and renames it over `target` (see [`replace`]), then syncs
    /// the folder. `parts` are all the bytes it holds, written again beside
    /// `target` when its folder is on another file system.
    pub fn commit(self, target: &Path, parts: &[&[u8]], permissions: Option<fs::Permissions>) -> io::Result<Durable> {
        let folder = target.parent().expect("a file is in a folder");
        if let Some(permissions) = permissions {
            self.tmp.as_file().set_permissions(permissions)?;
        }
        self.tmp.as_file().sync_all()?;
        match self.tmp.persist(target) {
            Ok(_) => Ok(sync_folder(folder)),
            Err(e) if e.error.kind() == io::ErrorKind::CrossesDevices && self.dir != folder => {
                let permissions = fs::metadata(e.file.path())?.permissions();
                replace(folder, target, parts, Some(permissions), self.pace)
            }
            Err(e) => Err(e.error),
        }
    }
}

/// A temporary file; one that will become a new file is made with the mode
/// 0o666 less the umask.
fn temp_file(dir: &Path, new: bool) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    if new {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = new;
    builder.tempfile_in(dir)
}

/// Writes the bytes at `pace`.
fn write_bytes(file: &mut impl Write, bytes: &[u8], pace: Pace) -> io::Result<()> {
    if pace == Pace::Full {
        return file.write_all(bytes);
    }
    for piece in bytes.chunks(1024) {
        file.write_all(piece)?;
        file.flush()?;
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    Ok(())
}

/// Syncs a folder, so that a rename in it survives a power cut. Windows cannot
/// open a folder as a file; NTFS journals the rename itself.
fn sync_folder(folder: &Path) -> Durable {
    #[cfg(unix)]
    {
        match fs::File::open(folder).and_then(|f| f.sync_all()) {
            Ok(()) => Durable::Yes,
            Err(_) => Durable::NotSynced,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Durable::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        names
    }

    /// A folder holding `2019.toml`, which says `# old`.
    fn old_file() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("2019.toml");
        fs::write(&target, "# old\n").unwrap();
        (dir, target)
    }

    /// A new file in `dir` that holds `bytes`, synced.
    fn synced(dir: &Path, bytes: &[u8]) -> New {
        let mut new = New::begin(dir, false, Pace::Full).unwrap();
        new.write(bytes).unwrap();
        new.sync().unwrap();
        new
    }

    /// A file written in parts, synced between them, is their bytes in order
    /// once committed, and nothing else is left in the folder.
    #[test]
    fn a_new_file_holds_its_parts_once_committed() {
        let (dir, target) = old_file();
        let mut new = synced(dir.path(), b"# old\n");
        assert_eq!(fs::read(&target).unwrap(), b"# old\n", "not before the commit");
        new.write(b"[[activity]]\n").unwrap();
        let permissions = fs::metadata(&target).unwrap().permissions();
        new.commit(&target, &[b"# old\n", b"[[activity]]\n"], Some(permissions)).unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"# old\n[[activity]]\n");
        assert_eq!(names(dir.path()), ["2019.toml"]);
        replace(dir.path(), &target, &[b"a", b"", b"bc"], None, Pace::Slow).unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"abc");
    }

    /// A file dropped before its commit is removed, and its target is as it was.
    #[test]
    fn a_new_file_not_committed_changes_nothing() {
        let (dir, target) = old_file();
        let new = synced(dir.path(), b"# other\n");
        assert_eq!(names(dir.path()).len(), 2);
        drop(new);
        assert_eq!(names(dir.path()), ["2019.toml"]);
        assert_eq!(fs::read(&target).unwrap(), b"# old\n");
    }

    /// A replaced file keeps the permissions it is given; a new one gets read
    /// and write for all, less the umask, as an editor makes it.
    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("2019.toml");
        replace(dir.path(), &target, &[b"a"], None, Pace::Full).unwrap();
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o600, 0o600, "{mode:o}");
        assert_eq!(mode & 0o111, 0, "{mode:o}");
        let kept = fs::Permissions::from_mode(0o640);
        replace(dir.path(), &target, &[b"b"], Some(kept), Pace::Full).unwrap();
        assert_eq!(fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640);
    }
}
