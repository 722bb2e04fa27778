//! Git, read by running the `git` binary, never through a library: which
//! commit a plan folder's files come from, and whether they differ from it.
//! Only git's exit codes and its machine-readable output are trusted, never
//! its messages, which change with its version and language.

use std::path::Path;
use std::process::{Command, Stdio};

/// The commit a plan's files were read at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// The full hash.
    pub id: String,
    /// Whether the plan's folder differs from the commit (changed, added or removed files).
    pub modified: bool,
}

impl Commit {
    /// The hash as people quote it: its first ten digits.
    pub fn short(&self) -> &str {
        self.id.get(..10).unwrap_or(&self.id)
    }
}

/// The commit checked out where `dir` is, and whether `dir` differs from it;
/// `None` when `dir` is not in a git repository with a commit, or git cannot be run.
pub fn commit_of(dir: &Path) -> Option<Commit> {
    let id = git(dir, &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])?;
    let id = String::from_utf8(id).ok()?.trim().to_string();
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let changes = git(dir, &["status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", "."])?;
    Some(Commit { id, modified: !changes.is_empty() })
}

/// What `git -C dir ARGS` prints on stdout, when it succeeds. Git never waits
/// for input or a pager, and takes no lock it does not need.
fn git(dir: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git")
        .arg("--no-optional-locks")
        .arg("--no-pager")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}
