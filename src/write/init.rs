//! Creates a new plan's files, never over an existing file: every path is
//! checked first, and each file is created new (it fails rather than replace
//! one made in between). If a file cannot be written, those already made by
//! this run are removed, so that a failed `plan init` leaves nothing behind.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a plan was not made.
#[derive(Debug)]
pub enum InitError {
    /// This file is already there (relative to the folder).
    Exists(PathBuf),
    /// This path could not be made.
    Io(PathBuf, io::Error),
}

/// Creates `files` (paths relative to `dir`) in `dir`, which may not exist yet.
pub fn create(dir: &Path, files: &[(PathBuf, String)]) -> Result<(), InitError> {
    if let Some((path, _)) = files.iter().find(|(path, _)| dir.join(path).exists()) {
        return Err(InitError::Exists(path.clone()));
    }
    let mut made: Vec<PathBuf> = Vec::new();
    let result = files.iter().try_for_each(|(path, text)| {
        let target = dir.join(path);
        write_new(&target, text).map_err(|e| InitError::Io(path.clone(), e))?;
        made.push(target);
        Ok(())
    });
    if result.is_err() {
        for file in made.iter().rev() {
            let _ = fs::remove_file(file);
        }
    }
    result
}

fn write_new(target: &Path, text: &str) -> io::Result<()> {
    if let Some(folder) = target.parent() {
        fs::create_dir_all(folder)?;
    }
    let mut file = OpenOptions::new().write(true).create_new(true).open(target)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_replaced_and_a_failure_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let files = vec![(PathBuf::from("plan/plan.toml"), "a".to_string())];
        create(tmp.path(), &files).unwrap();
        assert!(matches!(create(tmp.path(), &files), Err(InitError::Exists(_))));
        assert_eq!(fs::read_to_string(tmp.path().join("plan/plan.toml")).unwrap(), "a");
        let other = tempfile::tempdir().unwrap();
        fs::write(other.path().join("blocker"), "a file where a folder should be").unwrap();
        let files = vec![(PathBuf::from("one.toml"), "1".into()), (PathBuf::from("blocker/two.toml"), "2".into())];
        assert!(matches!(create(other.path(), &files), Err(InitError::Io(..))));
        assert!(!other.path().join("one.toml").exists(), "what was made is removed");
    }
}
