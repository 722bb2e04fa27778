//! Helpers shared by the integration tests: copying fixture plans into a
//! temporary folder and running the real `plan` binary on them.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `plan` command with a fixed environment: no colour, no inherited plan
/// directory or language, so that output is the same everywhere.
pub fn plan_cmd(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plan"));
    cmd.current_dir(cwd).env("NO_COLOR", "1").env("LANG", "C").env_remove("PLAN_DIR").env_remove("CLICOLOR_FORCE");
    cmd
}

/// Runs `plan ARGS` in `cwd`.
pub fn run(cwd: &Path, args: &[&str]) -> Output {
    plan_cmd(cwd).args(args).output().expect("the plan binary runs")
}

/// Copies a folder tree. Files in `to` are replaced; folders are merged.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The exit code, stdout and stderr of a run, as one text for snapshots.
pub fn transcript(output: &Output) -> String {
    let code = output.status.code().map_or("signal".to_string(), |c| c.to_string());
    format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
