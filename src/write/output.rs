//! The files `plan` makes for people to read (a bilan, a workbook), written
//! whole or not at all: a reader never opens half a report, and a report that
//! fails to write leaves the previous one as it was. A plan's own TOML files
//! are never written over by mistake.

use std::fs;
use std::io;
use std::path::Path;

use super::atomic::{Pace, replace};

/// Why a report was not written.
#[derive(Debug)]
pub enum OutputError {
    /// The path names a TOML file: most likely a plan's file, typed by mistake.
    Toml,
    Io(io::Error),
}

/// Writes `bytes` to `path` (absolute), replacing the file there, whose
/// permissions it keeps.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let is_toml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if is_toml {
        return Err(OutputError::Toml);
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let permissions = fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| m.permissions());
    replace(folder, path, &[bytes], permissions, Pace::Full).map(|_| ()).map_err(OutputError::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_never_toml() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bilan-2018.html");
        write_output(&path, b"<p>un</p>").unwrap();
        write_output(&path, b"<p>deux</p>").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"<p>deux</p>");
        let toml = dir.path().join("plan.TOML");
        assert!(matches!(write_output(&toml, b"x"), Err(OutputError::Toml)));
        assert!(!toml.exists());
        assert!(matches!(write_output(dir.path(), b"x"), Err(OutputError::Io(_))));
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }
}
