//! Git, read by running the `git` binary's plumbing commands, never through a
//! library: which commit a plan folder is at and whether it differs from it
//! (for a report's cover), and a plan's files as committed at a revision
//! (`--at`, `plan diff`). Decisions rest on git's exit codes, never on its
//! messages, which change with its version and language; a message is only
//! passed on, as git wrote it, when the user must read it.

mod snapshot;

use std::io;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;

pub use snapshot::{Snapshot, snapshot};

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
        short(&self.id)
    }
}

/// A hash's first ten digits.
pub fn short(id: &str) -> &str {
    id.get(..10).unwrap_or(id)
}

/// A moment in the plan's history, as a user names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Revision {
    /// `YYYY-MM-DD`: the last commit on or before that day.
    Day(NaiveDate),
    /// Anything git accepts: `HEAD~3`, a tag, a hash, `main@{2019-03-15}`.
    Rev(String),
}

impl Revision {
    /// A date when the text is exactly one (`2019-03-15`), else a revision.
    pub fn parse(text: &str) -> Revision {
        let is_date = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(day) if is_date => Revision::Day(day),
            _ => Revision::Rev(text.to_string()),
        }
    }
}

/// Why git could not give what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GitError {
    /// There is no `git` to run.
    NotInstalled,
    /// The folder is in no git repository.
    NotARepository,
    /// Git refuses a repository another user owns; its message, as it wrote it.
    DubiousOwnership(String),
    /// No commit has that name.
    UnknownRevision(String),
    /// No commit on the current branch is dated on or before that day.
    NoCommitBy(NaiveDate),
    /// No plan from here upwards at that revision.
    NoPlan { commit: String },
    /// The named plan folder is not in that revision.
    PlanAbsent { commit: String, dir: String },
    /// Git failed some other way: its message.
    Failed(String),
}

/// The commit checked out where `dir` is, and whether `dir` differs from it;
/// `None` when `dir` is not in a git repository with a commit, or git cannot be run.
pub fn commit_of(dir: &Path) -> Option<Commit> {
    let id = git(dir, &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).ok()?;
    let id = hash(&id.stdout)?;
    let changes = git(dir, &["status", "--porcelain=v1", "-z", "--untracked-files=normal", "--", "."]).ok()?;
    Some(Commit { id, modified: !changes.stdout.is_empty() })
}

/// Whether `dir` is in a git repository that git will read (git being there to ask).
pub fn is_repository(dir: &Path) -> bool {
    git(dir, &["rev-parse", "--git-dir"]).is_ok()
}

/// A full hash from git's output, or none.
fn hash(out: &[u8]) -> Option<String> {
    let id = String::from_utf8_lossy(out).trim().to_string();
    (id.len() >= 40 && id.bytes().all(|b| b.is_ascii_hexdigit())).then_some(id)
}

/// `git -C dir ARGS`, when it succeeds. Git never waits for input or a pager,
/// and takes no lock it does not need.
fn git(dir: &Path, args: &[&str]) -> Result<Output, Output> {
    let output = run(dir, &[], args).map_err(|_| failed_output())?;
    if output.status.success() { Ok(output) } else { Err(output) }
}

/// Runs git with `config` (`-c` settings) before `args`.
fn run(dir: &Path, config: &[&str], args: &[&str]) -> io::Result<Output> {
    let mut cmd = command(dir, config);
    cmd.args(args).stdin(Stdio::null()).output()
}

/// The git command, run in `dir`, with what every run shares.
fn command(dir: &Path, config: &[&str]) -> Command {
    let mut cmd = Command::new("git");
    for setting in config {
        cmd.arg("-c").arg(setting);
    }
    cmd.arg("--no-optional-locks").arg("--no-pager").arg("-C").arg(dir);
    cmd.env("GIT_TERMINAL_PROMPT", "0").env("GIT_OPTIONAL_LOCKS", "0").env_remove("GIT_PAGER");
    cmd
}

/// An output that stands for a git that could not be started.
fn failed_output() -> Output {
    Output { status: Default::default(), stdout: Vec::new(), stderr: Vec::new() }
}

/// What git said on stderr, for a message.
fn said(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).trim().to_string()
}

/// The work tree's top and the path from it to `start`, both as git gives
/// them (`/repo`, `examples/demo/`).
fn locate(start: &Path) -> Result<(std::path::PathBuf, String), GitError> {
    let args = ["rev-parse", "--show-toplevel", "--show-prefix"];
    let output = run(start, &[], &args).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => GitError::NotInstalled,
        _ => GitError::Failed(e.to_string()),
    })?;
    if !output.status.success() {
        // Whether git refuses the repository for its owner, and not because
        // there is none: it accepts it when told every folder is safe.
        let trusting = run(start, &["safe.directory=*"], &args).map_err(|e| GitError::Failed(e.to_string()))?;
        return Err(if trusting.status.success() {
            GitError::DubiousOwnership(said(&output))
        } else {
            GitError::NotARepository
        });
    }
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut lines = text.lines();
    let top = lines.next().unwrap_or_default().to_string();
    let prefix = lines.next().unwrap_or_default().to_string();
    Ok((top.into(), prefix))
}

/// The commit a revision names, and the day it stands for: the day asked, or
/// the commit's own date.
fn resolve(root: &Path, revision: &Revision) -> Result<(String, Option<NaiveDate>), GitError> {
    match revision {
        Revision::Day(day) => {
            let before = format!("--before={}T23:59:59", day.format("%Y-%m-%d"));
            let out = git(root, &["rev-list", "-1", "--first-parent", &before, "HEAD", "--"]);
            let id = out.ok().and_then(|o| hash(&o.stdout)).ok_or(GitError::NoCommitBy(*day))?;
            Ok((id, Some(*day)))
        }
        Revision::Rev(text) => {
            let spec = format!("{text}^{{commit}}");
            let out = git(root, &["rev-parse", "--verify", "--quiet", "--end-of-options", &spec]);
            let id = out.ok().and_then(|o| hash(&o.stdout)).ok_or_else(|| GitError::UnknownRevision(text.clone()))?;
            Ok((id, None))
        }
    }
}

/// The day a commit was made, in its committer's time zone, from its header
/// (`committer Name <mail> 1561896000 -0400`).
fn commit_day(header: &[u8]) -> Option<NaiveDate> {
    let text = String::from_utf8_lossy(header);
    let line = text.lines().take_while(|l| !l.is_empty()).find(|l| l.starts_with("committer "))?;
    let mut fields = line.rsplitn(3, ' ');
    let zone = fields.next()?;
    let seconds: i64 = fields.next()?.parse().ok()?;
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits = zone.trim_start_matches(['+', '-']);
    let (hours, minutes): (i32, i32) = (digits.get(..2)?.parse().ok()?, digits.get(2..)?.parse().ok()?);
    let offset = chrono::FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))?;
    Some(chrono::DateTime::from_timestamp(seconds, 0)?.with_timezone(&offset).date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_a_day_and_anything_else_a_revision() {
        assert_eq!(Revision::parse("2019-03-15"), Revision::Day(NaiveDate::from_ymd_opt(2019, 3, 15).unwrap()));
        for rev in ["HEAD~3", "v2019", "2019-3-15", "2019-02-30", "main@{2019-03-15}", "-n", "a1b2c3d"] {
            assert_eq!(Revision::parse(rev), Revision::Rev(rev.into()), "{rev}");
        }
    }

    #[test]
    fn a_commit_is_dated_in_its_committers_zone() {
        let header = b"tree 4b825dc\nauthor A <a@b> 1561950000 +0000\ncommitter C <c@d> 1561950000 -0500\n\nmessage\n";
        // 1561950000 is 2019-07-01 03:00 UTC, still June 30 at -05:00.
        assert_eq!(commit_day(header), NaiveDate::from_ymd_opt(2019, 6, 30));
        assert_eq!(commit_day(b"tree x\n\ncommitter in the message 1 +0000\n"), None);
    }
}
