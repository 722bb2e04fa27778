//! Replaces a file atomically: a temporary file, synced, renamed over the old
//! one, then the folder synced. A crash leaves either the old file or the new
//! one, never a mix.

use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::SystemTime;

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

/// What a replaced file is written from, part after part.
#[derive(Clone, Copy, Debug)]
pub enum Part<'a> {
    Bytes(&'a [u8]),
    /// `bytes`, which an open file holds from its start, and was last
    /// modified at `modified`: copied from the file by the system where it
    /// can (on Linux, without passing through this process), and written from
    /// `bytes` when the file has changed since.
    Copy {
        file: &'a fs::File,
        bytes: &'a [u8],
        modified: SystemTime,
    },
}

/// Writes `bytes` (its parts in order) to a temporary file in `temp_dir` and renames it over
/// `target`, which gets `permissions` (those of the file it replaces), or, for
/// a new file, read and write for all as the umask allows, as an editor makes
/// it. When `temp_dir` is on another file system, the temporary file is made
/// beside `target` instead. An error means `target` is unchanged.
pub fn replace(
    temp_dir: &Path,
    target: &Path,
    bytes: &[Part],
    permissions: Option<fs::Permissions>,
    pace: Pace,
) -> io::Result<Durable> {
    let folder = target.parent().expect("a file is in a folder");
    let mut tmp = temp_file(temp_dir, permissions.is_none())?;
    for part in bytes {
        write_part(tmp.as_file_mut(), *part, pace)?;
    }
    if let Some(permissions) = permissions {
        tmp.as_file().set_permissions(permissions)?;
    }
    tmp.as_file().sync_all()?;
    match tmp.persist(target) {
        Ok(_) => Ok(sync_folder(folder)),
        Err(e) if e.error.kind() == io::ErrorKind::CrossesDevices && temp_dir != folder => {
            let permissions = fs::metadata(e.file.path())?.permissions();
            replace(folder, target, bytes, Some(permissions), pace)
        }
        Err(e) => Err(e.error),
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

/// Writes one part at the end of `to`, at `pace`.
fn write_part(to: &mut fs::File, part: Part, pace: Pace) -> io::Result<()> {
    match part {
        Part::Copy { file, bytes, modified } if pace == Pace::Full => {
            let start = to.stream_position()?;
            if copied(file, to, bytes.len() as u64, modified)? {
                return Ok(());
            }
            to.set_len(start)?;
            to.seek(SeekFrom::Start(start))?;
            write_bytes(to, bytes, pace)
        }
        Part::Copy { bytes, .. } | Part::Bytes(bytes) => write_bytes(to, bytes, pace),
    }
}

/// Copies the first `len` bytes of `from` to `to`; whether `from` still had
/// that length and modification time afterwards (else the copy is not used).
fn copied(mut from: &fs::File, to: &mut fs::File, len: u64, modified: SystemTime) -> io::Result<bool> {
    from.seek(SeekFrom::Start(0))?;
    let n = io::copy(&mut from.take(len), to)?;
    let after = from.metadata()?;
    Ok(n == len && after.len() == len && after.modified().ok() == Some(modified))
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
    use std::time::Duration;

    use super::*;

    /// A copied part gives the file's bytes; when the file changed after its
    /// bytes were read, the bytes read are written instead.
    #[test]
    fn a_copied_part_is_the_bytes_that_were_read() {
        let dir = tempfile::tempdir().unwrap();
        let (source, target) = (dir.path().join("old.toml"), dir.path().join("new.toml"));
        let read = b"# the old text\n".repeat(1000);
        fs::write(&source, &read).unwrap();
        let file = fs::File::open(&source).unwrap();
        let modified = file.metadata().unwrap().modified().unwrap();
        let parts = |file| [Part::Copy { file, bytes: &read, modified }, Part::Bytes(b"[[activity]]\n")];
        replace(dir.path(), &target, &parts(&file), None, Pace::Full).unwrap();
        assert_eq!(fs::read(&target).unwrap(), [&read[..], b"[[activity]]\n"].concat());
        // Changed in place since: same length, another time.
        let changed = b"# the new text\n".repeat(1000);
        fs::write(&source, &changed).unwrap();
        let edited = fs::OpenOptions::new().write(true).open(&source).unwrap();
        edited.set_modified(modified + Duration::from_secs(5)).unwrap();
        replace(dir.path(), &target, &parts(&file), None, Pace::Full).unwrap();
        assert_eq!(fs::read(&target).unwrap(), [&read[..], b"[[activity]]\n"].concat());
        // Grown since.
        fs::write(&source, [&read[..], b"x = 1\n"].concat()).unwrap();
        replace(dir.path(), &target, &parts(&file), None, Pace::Full).unwrap();
        assert_eq!(fs::read(&target).unwrap(), [&read[..], b"[[activity]]\n"].concat());
    }
}
