//! Replaces a file atomically: a temporary file in the same folder, synced,
//! renamed over the old one, then the folder synced. A crash leaves either the
//! old file or the new one, never a mix.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::journal::{AppendError, io_error};

/// The temporary files of runs that were killed before they could rename them.
/// Only called under the lock, when no other run is writing.
pub(super) fn remove_leftovers(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

const TEMP_PREFIX: &str = ".record-";
const TEMP_SUFFIX: &str = ".tmp";

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

/// Writes a temporary file in the same folder, syncs it, renames it over `path`,
/// then syncs the folder: a crash leaves either the old file or the new one.
pub(super) fn write_atomically(
    path: &Path,
    bytes: &[u8],
    permissions: Option<fs::Permissions>,
    pace: Pace,
) -> Result<(), AppendError> {
    let folder = path.parent().expect("a journal file is in a folder");
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder)
        .map_err(io_error(folder))?;
    write_bytes(&mut tmp, bytes, pace).map_err(io_error(tmp.path()))?;
    let permissions = permissions.unwrap_or_else(new_file_permissions);
    tmp.as_file().set_permissions(permissions).map_err(io_error(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io_error(tmp.path()))?;
    tmp.persist(path).map_err(|e| io_error(path)(e.error))?;
    File::open(folder).and_then(|f| f.sync_all()).map_err(io_error(folder))?;
    Ok(())
}

/// A new journal file is readable by all and writable by its owner, like one made by an editor.
fn new_file_permissions() -> fs::Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::Permissions::from_mode(0o644)
    }
    #[cfg(not(unix))]
    {
        let mut p = fs::metadata(".").map(|m| m.permissions()).expect("the current folder exists");
        p.set_readonly(false);
        p
    }
}
