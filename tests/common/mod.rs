//! Helpers shared by the integration tests, in one place: copying fixture
//! plans into a temporary folder, running the real `plan` binary on them, and
//! looking at what it wrote.

#![allow(dead_code)]

pub mod history;
pub mod invariants;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The small valid plan that the bad-input cases change, relative to the root.
pub const BASE: &str = "tests/bad_input/base";

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `plan` command with a fixed environment: no colour, no inherited plan
/// directory or language, so that output is the same everywhere.
pub fn plan_cmd(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plan"));
    cmd.current_dir(cwd).env("NO_COLOR", "1").env("LANG", "C").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd.env_remove("PLAN_DIR").env_remove("CLICOLOR_FORCE");
    cmd
}

/// Runs `plan ARGS` in `cwd`.
pub fn run(cwd: &Path, args: &[&str]) -> Output {
    plan_cmd(cwd).args(args).output().expect("the plan binary runs")
}

/// Runs `cmd`, killing it if it takes longer than `limit`: a hang fails the test
/// instead of stalling the suite.
pub fn run_limited(mut cmd: Command, limit: Duration) -> Output {
    let child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("plan runs");
    let pid = child.id();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || send.send(child.wait_with_output()));
    match receive.recv_timeout(limit) {
        Ok(output) => output.expect("the output of plan is read"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("plan ran for more than {limit:?}: {cmd:?}");
        }
    }
}

/// A copy of the test base plan in a temporary folder, with this 2018 journal.
pub fn plan_with_journal(journal_2018: &[u8]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join(BASE), &tmp.path().join("plan"));
    fs::write(tmp.path().join("plan/journal/2018.toml"), journal_2018).unwrap();
    tmp
}

/// A 2018 journal as a person writes one: comments, keys in any order, odd spacing, no final newline.
pub const COMMENTED: &str = "# Journal 2018 — notes du COCO\n\n[[activity]]   # première rencontre\ntitle = \"Comité directeur\"  # key order is ours\ndate = 2018-03-14\n\nindicators = [ \"1.1.1\" ,\"1.1.2b\" ]   \n# a trailing comment, no final newline";

/// Runs `plan --lang en ARGS`, which must be refused (exit 1) without printing
/// to stdout; returns what it said on stderr.
pub fn refused(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, &[&["--lang", "en"][..], args].concat());
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", transcript(&out));
    assert!(out.stdout.is_empty(), "{args:?}: {}", transcript(&out));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The bytes of a plan year's journal file.
pub fn journal(dir: &Path, year: i32) -> Vec<u8> {
    fs::read(dir.join(format!("plan/journal/{year}.toml"))).unwrap()
}

/// What a command added at the end of a year's journal, after checking that
/// the bytes that were there (`old`) are kept.
pub fn appended(dir: &Path, year: i32, old: &str) -> String {
    let after = journal(dir, year);
    assert!(after.starts_with(old.as_bytes()), "the old bytes changed");
    String::from_utf8_lossy(&after[old.len()..]).into_owned()
}

/// Every file under a folder, at any depth, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { files.push(p) }
        }
    }
    files.sort();
    files
}

/// Every file under a folder, with its bytes, but for the tool's own work
/// folder `plan/.plan/` (its lock and temporary files, which git never sees).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let work = dir.join("plan/.plan");
    let users = files_under(dir).into_iter().filter(|p| !p.starts_with(&work));
    users.map(|p| (p.display().to_string(), fs::read(&p).unwrap())).collect()
}

/// Runs `plan check`, which must pass; returns its summary.
pub fn check_ok(dir: &Path) -> String {
    let out = run(dir, &["--lang", "en", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// A fresh copy of the base plan in `<tmp>/plan`.
pub fn base_plan() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join(BASE), &tmp.path().join("plan"));
    tmp
}

/// A bad-input case: its `case.toml`, beside the files it puts over the base plan.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The exit code `plan check` must give.
    pub exit: i32,
    /// Every code it must report, as many times as reported.
    pub codes: Vec<String>,
    /// Files of the base plan to delete.
    #[serde(default)]
    pub remove: Vec<String>,
    /// Where the faults are, `file:line:col` from the plan folder: the output must show each.
    #[serde(default)]
    pub at: Vec<String>,
    /// A file too big or too odd to commit, made by [`generate`].
    #[serde(default)]
    pub generate: Option<String>,
    /// Text that must appear in no output (what a refused file holds).
    #[serde(default)]
    pub never: Vec<String>,
}

/// Builds a case's plan in `<tmp>/plan`: the base plan, then the case's files over it.
pub fn build_case(case_dir: &Path) -> (tempfile::TempDir, Case) {
    let case: Case = toml::from_str(&fs::read_to_string(case_dir.join("case.toml")).unwrap()).unwrap();
    let tmp = base_plan();
    let plan = tmp.path().join("plan");
    copy_tree(case_dir, &plan);
    fs::remove_file(plan.join("case.toml")).unwrap();
    for path in &case.remove {
        fs::remove_file(plan.join(path)).unwrap();
    }
    if let Some(name) = &case.generate {
        generate(name, &plan);
    }
    (tmp, case)
}

/// Writes the files of the generated cases into the plan folder `plan`.
fn generate(name: &str, plan: &Path) {
    match name {
        // Arrays nested 100,000 deep in a journal file.
        "deep-nesting" => {
            let depth = 100_000;
            let text = format!("x = {}{}\n", "[".repeat(depth), "]".repeat(depth));
            fs::write(plan.join("journal/2019.toml"), text).unwrap();
        }
        // A 50 MB note on one line, cut off before its closing quote.
        "huge-string" => {
            let mut file = fs::File::create(plan.join("journal/2019.toml")).unwrap();
            write!(file, "[[activity]]\ndate = 2019-02-01\ntitle = \"Long\"\nindicators = [\"1.1.1\"]\nnote = \"")
                .unwrap();
            file.write_all(&vec![b'a'; 50 * 1024 * 1024]).unwrap();
        }
        // Two orientation files that are symbolic links to each other.
        "symlink-loop" => {
            symlink("3.toml", plan.join("orientations/2.toml"));
            symlink("2.toml", plan.join("orientations/3.toml"));
        }
        // An orientation file that links to a secret beside the plan, and a
        // journal file that links, by its absolute path, to a journal elsewhere.
        "symlink-outside" => {
            let outside = plan.parent().unwrap();
            fs::write(outside.join("secret.env"), "API_KEY=x\n").unwrap();
            symlink("../../secret.env", plan.join("orientations/9.toml"));
            fs::create_dir_all(outside.join("elsewhere")).unwrap();
            let journal = "[[activity]]\ndate = 2019-02-01\ntitle = \"SECRET-JOURNAL\"\nindicators = [\"1.1.1\"]\n";
            fs::write(outside.join("elsewhere/2019.toml"), journal).unwrap();
            symlink(&outside.join("elsewhere/2019.toml").display().to_string(), plan.join("journal/2019.toml"));
        }
        // An orientation file whose name holds a right-to-left override.
        "bidi-file-name" => {
            let text = "id = \"2\"\ntitle = \"Deux\"\ntitel = \"faute\"\n";
            fs::write(plan.join("orientations/2\u{202e}lmot.toml"), text).unwrap();
        }
        // A journal "file" that is a named pipe.
        "fifo" => {
            let made = Command::new("mkfifo").arg(plan.join("journal/2019.toml")).status().unwrap();
            assert!(made.success(), "mkfifo");
        }
        // A journal of 2,000 entries, big enough to be read in chunks, with an
        // unknown key in entry 1,500 and an unknown indicator in entry 1,800.
        "big-journal" => {
            let mut text = String::from("# A big journal.\n");
            for i in 1..=2000 {
                let title = match i {
                    1500 => format!("titre = \"R {i}\""),
                    1600 => "# no title".to_string(),
                    _ => format!("title = \"R {i}\""),
                };
                let id = if i == 1800 { "1.1.9" } else { "1.1.1" };
                text += &format!("\n[[activity]]\ndate = 2019-02-01\n{title}\nindicators = [\"{id}\"]\n");
            }
            fs::write(plan.join("journal/2019.toml"), text).unwrap();
        }
        other => panic!("no generator named {other:?}"),
    }
}

/// A symbolic link at `link` to `target`.
#[cfg(unix)]
pub fn symlink(target: &str, link: PathBuf) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// Symbolic links need privileges on Windows; the cases that use them run on Unix.
#[cfg(not(unix))]
pub fn symlink(_target: &str, _link: PathBuf) {
    panic!("this case needs symbolic links, which this platform's tests do not make");
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
