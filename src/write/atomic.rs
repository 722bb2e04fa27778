//! Replaces a file atomically: a temporary file, synced, renamed over the old
//! one, then the folder synced. A crash leaves either the old file or the new
//! one, never a mix.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

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

/// Writes `bytes` (its parts in order) to a temporary file in `temp_dir` and renames it over
/// `target`, which gets `permissions` (those of the file it replaces), or, for
/// a new file, read and write for all as the umask allows, as an editor makes
/// it. When `temp_dir` is on another file system, the temporary file is made
/// beside `target` instead. An error means `target` is unchanged.
pub fn replace(
    temp_dir: &Path,
    target: &Path,
    bytes: &[&[u8]],
    permissions: Option<fs::Permissions>,
    pace: Pace,
) -> io::Result<Durable> {
    let folder = target.parent().expect("a file is in a folder");
    let mut tmp = temp_file(temp_dir, permissions.is_none())?;
    write_bytes(&mut tmp, bytes, pace)?;
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

/// Writes the bytes, one part after the other, at `pace`.
fn write_bytes(file: &mut impl Write, bytes: &[&[u8]], pace: Pace) -> io::Result<()> {
    if pace == Pace::Full {
        return bytes.iter().try_for_each(|part| file.write_all(part));
    }
    for piece in bytes.iter().flat_map(|part| part.chunks(1024)) {
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
