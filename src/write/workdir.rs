//! The tool's own folder in the plan directory, `.plan/`: it holds the lock
//! that serialises writers and the temporary files of a write in progress. Its
//! `.gitignore` holds `*`, as Python's venv does, so git never sees them. No
//! link is followed here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::journal::{AppendError, Refusal};
use crate::layout::{LOCK_FILE, WORK_DIR, WORK_DIR_GITIGNORE as GITIGNORE};

/// How often a waiting run tries the lock again.
const RETRY: Duration = Duration::from_millis(50);

/// The work folder of a plan directory, made if missing, with its
/// `.gitignore`. Runs that start together may both make it: that is no error.
pub fn work_dir(plan_dir: &Path) -> Result<PathBuf, AppendError> {
    let dir = plan_dir.join(WORK_DIR);
    match fs::create_dir(&dir) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(AppendError::Io(e)),
        _ => {}
    }
    if fs::symlink_metadata(&dir).map_err(AppendError::Io)?.file_type().is_symlink() {
        return Err(AppendError::Refused(Refusal::WorkDirIsLink));
    }
    let ignore = OpenOptions::new().write(true).create_new(true).open(dir.join(".gitignore"));
    match ignore {
        Ok(mut file) => file.write_all(GITIGNORE.as_bytes()).map_err(AppendError::Io)?,
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(AppendError::Io(e)),
        Err(_) => {}
    }
    Ok(dir)
}

/// The work folder of a plan directory, locked (see [`lock`]), with what
/// killed runs left in it removed: where a writer makes its new files.
pub fn locked_work_dir(
    plan_dir: &Path,
    patience: Duration,
    on_wait: &mut dyn FnMut(),
) -> Result<(PathBuf, File), AppendError> {
    let work = work_dir(plan_dir)?;
    let lock = lock(&work, patience, on_wait)?;
    remove_leftovers(&work);
    Ok((work, lock))
}

/// Takes the lock of the work folder, waiting up to `patience` for another run
/// that holds it; `on_wait` is called once, when the wait begins.
pub fn lock(work_dir: &Path, patience: Duration, on_wait: &mut dyn FnMut()) -> Result<File, AppendError> {
    let lock = open_lock(&work_dir.join(LOCK_FILE))?;
    let started = Instant::now();
    let mut told = false;
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(lock),
            Err(fs::TryLockError::WouldBlock) if started.elapsed() < patience => {
                if !told {
                    on_wait();
                    told = true;
                }
                std::thread::sleep(RETRY);
            }
            Err(fs::TryLockError::WouldBlock) => return Err(AppendError::Busy),
            Err(fs::TryLockError::Error(e)) => return Err(AppendError::Io(e)),
        }
    }
}

/// Opens the lock file without following a link: a link there is refused.
fn open_lock(path: &Path) -> Result<File, AppendError> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(AppendError::Refused(Refusal::LockIsLink));
    }
    options.open(path).map_err(|e| match e.raw_os_error() {
        #[cfg(unix)]
        Some(libc::ELOOP) => AppendError::Refused(Refusal::LockIsLink),
        _ => AppendError::Io(e),
    })
}

/// The prefix and suffix of temporary files in the work folder.
pub const TEMP_PREFIX: &str = "record-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Removes the temporary files of runs that were killed before they could
/// rename them. Only called under the lock, when no other run is writing.
pub fn remove_leftovers(work_dir: &Path) {
    let Ok(entries) = fs::read_dir(work_dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}
