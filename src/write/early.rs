//! A big year's file copied while the plan is checked: `record` checks the
//! whole plan before it appends, and the append writes the year again, whole,
//! to a new file. For a year of millions of entries, that copy is begun first,
//! under the lock, so that it runs beside the check instead of after it. The
//! append uses it only if it holds exactly the text the check read.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use super::atomic::{New, Pace};
use super::journal::target;
use super::workdir::locked_work_dir;

/// From what size a year's file is copied early. Below it, writing the year
/// again takes a few milliseconds at most: not worth a thread, holding the
/// lock through the check, and reading the plan's definitions twice to know
/// which year to copy.
pub const EARLY_FROM: u64 = 4 << 20;

/// Whether `path` is a file big enough to be copied early.
pub fn worth_copying(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() >= EARLY_FROM)
}

/// A copy of a journal file being made, under the lock, which it holds until
/// the append is done. Dropped unused, it stops, removes its file and lets
/// the lock go.
pub struct Early {
    /// The file copied (a link's target, as the append writes it).
    target: PathBuf,
    work: PathBuf,
    lock: Option<File>,
    copying: Option<JoinHandle<io::Result<New>>>,
    cancel: Arc<AtomicBool>,
}

impl Early {
    /// Takes the lock of the plan's work folder and begins copying `path`, the
    /// journal file an entry will go to, to a new file there. `None` (nothing
    /// begun, nothing locked) when the file is small, missing or refused,
    /// when another run holds the lock (this one does not wait for it here),
    /// or when no thread can be made.
    pub fn begin(plan_dir: &Path, path: &Path, pace: Pace) -> Option<Early> {
        let target = target(plan_dir, path).ok().filter(|t| worth_copying(t))?;
        let (work, lock) = locked_work_dir(plan_dir, Duration::ZERO, &mut || {}).ok()?;
        let cancel = Arc::new(AtomicBool::new(false));
        let (from, into, stop) = (target.clone(), work.clone(), Arc::clone(&cancel));
        let copying = std::thread::Builder::new().spawn(move || copy(&from, &into, pace, &stop)).ok()?;
        Some(Early { target, work, lock: Some(lock), copying: Some(copying), cancel })
    }

    /// The file it copies.
    pub(super) fn target(&self) -> &Path {
        &self.target
    }

    /// Waits for the copy: the work folder, the lock, and the copy, made and
    /// synced (`None` when it could not be).
    pub(super) fn finish(mut self) -> (PathBuf, File, Option<New>) {
        let copy = self.copying.take().map(|copying| copying.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        let lock = self.lock.take().expect("the lock is held until the end");
        (std::mem::take(&mut self.work), lock, copy.and_then(Result::ok))
    }
}

impl Drop for Early {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
        if let Some(copying) = self.copying.take() {
            // The copy is dropped here, and its file removed, before the lock goes.
            let _ = copying.join();
        }
    }
}

/// Copies `from` to a new file in `work` and syncs it, unless cancelled first.
fn copy(from: &Path, work: &Path, pace: Pace, cancel: &AtomicBool) -> io::Result<New> {
    let mut source = File::open(from)?;
    let mut new = New::begin(work, false, pace)?;
    new.copy_from(&mut source)?;
    if cancel.load(Ordering::Relaxed) {
        return Err(io::ErrorKind::Interrupted.into());
    }
    new.sync()?;
    Ok(new)
}
