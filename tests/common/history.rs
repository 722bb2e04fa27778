//! Throw-away git repositories for the tests of `--at` and `plan diff`: the
//! demo plan committed on fixed days by a fixed author, so that every hash is
//! the same on every run.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{copy_tree, root, transcript};

/// A repository in a temporary folder.
pub struct History {
    pub tmp: tempfile::TempDir,
}

impl History {
    /// An empty repository.
    pub fn new() -> History {
        let history = History { tmp: tempfile::tempdir().unwrap() };
        history.git(&["init", "-q", "-b", "main"]);
        history
    }

    /// The demo plan with its 2019 journal as it stood on 2019-03-15 (commit
    /// 1), then as it is (commit 2, 2019-06-30), as `examples/demo/history.sh` makes it.
    pub fn demo() -> History {
        let history = History::new();
        copy_tree(&root().join("examples/demo/plan"), &history.path().join("plan"));
        let journal = history.path().join("plan/journal/2019.toml");
        let full = fs::read_to_string(&journal).unwrap();
        let april = full.find("[[activity]]\ndate = 2019-04").unwrap();
        fs::write(&journal, full[..april].trim_end().to_string() + "\n").unwrap();
        history.commit("2019-03-15", "Journal après la rencontre du comité directeur du 14 mars");
        fs::write(&journal, full).unwrap();
        history.commit("2019-06-30", "Journal du printemps, avant le bilan de mi-parcours");
        history
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Runs git here, with a fixed identity and no user configuration; it must succeed.
    pub fn git(&self, args: &[&str]) -> String {
        let out = git_command(self.path()).args(args).output().expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", transcript(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Commits every file, dated `day` at 17:00 in Québec (21:00 UTC).
    pub fn commit(&self, day: &str, message: &str) -> String {
        self.git(&["add", "-A"]);
        let date = format!("{day}T17:00:00-04:00");
        let out = git_command(self.path())
            .args(["commit", "-q", "--allow-empty", "-m", message])
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
        self.head()
    }

    /// The full hash of HEAD.
    pub fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }

    /// A new folder holding the files as committed at `rev`.
    pub fn checkout(&self, rev: &str) -> tempfile::TempDir {
        let there = tempfile::tempdir().unwrap();
        let target: PathBuf = there.path().join("repo");
        self.git(&["worktree", "add", "-q", "--detach", target.to_str().unwrap(), rev]);
        there
    }
}

/// Git with a fixed identity and dates, ignoring the user's configuration.
fn git_command(dir: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Coordination")
        .env("GIT_AUTHOR_EMAIL", "coordination@example.org")
        .env("GIT_COMMITTER_NAME", "Coordination")
        .env("GIT_COMMITTER_EMAIL", "coordination@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    cmd
}
