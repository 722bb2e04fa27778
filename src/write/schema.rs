//! Writes the JSON Schemas into the plan's `schema/` folder, each file whole
//! or not at all, and the editor's `.taplo.toml`, which it replaces only when
//! plan wrote it (a `.taplo.toml` of the user's own is left as it is).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{Pace, replace};
use crate::layout::SCHEMA_DIR;
use crate::schema::{Schemas, TAPLO_HEADER};

/// Why the schemas were not all written: the path that failed, and why.
#[derive(Debug)]
pub enum SchemaError {
    Io(PathBuf, io::Error),
}

/// What was written besides the schemas.
#[derive(Debug)]
pub struct SchemasWritten {
    /// Whether the `.taplo.toml` was written (it is not when the user has one of their own).
    pub taplo: bool,
}

/// Writes `schemas` in `plan_dir/schema/`, and `config` at `taplo` unless a
/// file there was not written by plan.
pub fn write_schemas(
    plan_dir: &Path,
    schemas: &Schemas,
    taplo: &Path,
    config: &str,
) -> Result<SchemasWritten, SchemaError> {
    let folder = plan_dir.join(SCHEMA_DIR);
    fs::create_dir_all(&folder).map_err(|e| SchemaError::Io(folder.clone(), e))?;
    for (name, text) in schemas.files() {
        whole(&folder.join(name), text.as_bytes())?;
    }
    let theirs = fs::read_to_string(taplo).is_ok_and(|old| !old.starts_with(TAPLO_HEADER))
        || fs::symlink_metadata(taplo).is_ok_and(|m| !m.is_file());
    if !theirs {
        whole(taplo, config.as_bytes())?;
    }
    Ok(SchemasWritten { taplo: !theirs })
}

/// Replaces `path` with `bytes`, whole, keeping its permissions.
fn whole(path: &Path, bytes: &[u8]) -> Result<(), SchemaError> {
    let folder = path.parent().expect("a file is in a folder");
    let permissions = fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| m.permissions());
    replace(folder, path, &[bytes], permissions, Pace::Full)
        .map(|_| ())
        .map_err(|e| SchemaError::Io(path.to_path_buf(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> Schemas {
        Schemas { plan: "{}\n".into(), orientation: "{}\n".into(), journal: "{\"a\": 1}\n".into() }
    }

    #[test]
    fn a_taplo_file_of_the_users_own_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let plan_dir = dir.path().join("plan");
        fs::create_dir(&plan_dir).unwrap();
        let taplo = dir.path().join(".taplo.toml");
        fs::write(&taplo, "[formatting]\nalign_entries = true\n").unwrap();
        let written =
            write_schemas(&plan_dir, &schemas(), &taplo, "# Written by plan (plan schema --write)\n").unwrap();
        assert!(!written.taplo);
        assert_eq!(fs::read_to_string(&taplo).unwrap(), "[formatting]\nalign_entries = true\n");
        assert_eq!(fs::read_to_string(plan_dir.join("schema/journal.schema.json")).unwrap(), "{\"a\": 1}\n");
        fs::write(&taplo, "# Written by plan (plan schema --write): old\n").unwrap();
        assert!(
            write_schemas(&plan_dir, &schemas(), &taplo, "# Written by plan (plan schema --write): new\n")
                .unwrap()
                .taplo
        );
        assert!(fs::read_to_string(&taplo).unwrap().ends_with("new\n"));
    }
}
