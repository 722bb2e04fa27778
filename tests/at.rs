//! `--at REV`: the plan as committed at a revision, read through git's
//! plumbing. Each test builds a throw-away repository with fixed dates.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::history::History;
use common::{copy_tree, plan_cmd, root, transcript};

/// `plan ARGS` in `dir`, in UTC, made on a fixed day, with git looking no higher than `dir`'s parent.
fn plan_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = plan_cmd(dir);
    cmd.env("TZ", "UTC").env("SOURCE_DATE_EPOCH", "1700000000").env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap());
    cmd.args(args).output().expect("plan runs")
}

/// Its stdout; it must succeed.
fn ok(dir: &Path, args: &[&str]) -> String {
    let out = plan_in(dir, args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Its stderr; it must exit with `code` and print nothing on stdout.
fn fails(dir: &Path, code: i32, args: &[&str]) -> String {
    let out = plan_in(dir, &[&["--lang", "en"][..], args].concat());
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", transcript(&out));
    assert!(out.stdout.is_empty(), "{args:?}: {}", transcript(&out));
    String::from_utf8(out.stderr).unwrap()
}

fn short(hash: &str) -> &str {
    &hash[..10]
}

#[test]
fn status_at_a_revision_is_status_on_its_checkout() {
    let history = History::demo();
    let first = history.git(&["rev-parse", "HEAD~1"]).trim().to_string();
    let at = ok(history.path(), &["status", "--at", "HEAD~1", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&at).unwrap();
    assert_eq!(json["as_of"], "2019-03-15", "as of the commit's day");
    let checkout = history.checkout(&first);
    let there = ok(&checkout.path().join("repo"), &["status", "--as-of", "2019-03-15", "--format", "json"]);
    assert_eq!(at, there, "the same bytes as on a checkout of the revision");
    let by_hash = ok(history.path(), &["status", "--at", &first, "--format", "json"]);
    assert_eq!(by_hash, at);
    let later = ok(history.path(), &["status", "--at", &first, "--as-of", "2019-12-31", "--format", "json"]);
    assert!(later.contains("\"as_of\": \"2019-12-31\""), "--as-of still decides");
}

#[test]
fn a_date_is_the_last_commit_on_or_before_that_day() {
    let history = History::demo();
    let (second, first) = (history.head(), history.git(&["rev-parse", "HEAD~1"]).trim().to_string());
    let err = fails(history.path(), 2, &["check", "--at", "2019-03-14"]);
    assert!(err.contains("no commit of the current branch is dated on or before 2019-03-14"), "{err}");
    for (day, commit) in
        [("2019-03-15", &first), ("2019-06-29", &first), ("2019-06-30", &second), ("2026-01-01", &second)]
    {
        let said = ok(history.path(), &["--lang", "en", "check", "--at", day]);
        assert!(said.starts_with(&format!("{}:plan/: ", short(commit))), "{day}: {said}");
        let json = ok(history.path(), &["status", "--at", day, "--format", "json"]);
        assert!(json.contains(&format!("\"as_of\": \"{day}\"")), "as of the day asked: {day}");
    }
}

#[test]
fn a_day_named_from_today_is_the_last_commit_by_that_day() {
    let history = History::demo();
    let head = history.head();
    for (named, back) in [("hier", 1), ("Yesterday", 1), ("avant-hier", 2)] {
        // plan runs in UTC here; the day may turn while it runs: either day is right.
        let day = chrono::Utc::now().date_naive() - chrono::Days::new(back);
        let as_of = [day, day.succ_opt().unwrap()].map(|d| format!("\"as_of\": \"{d}\""));
        let json = ok(history.path(), &["status", "--at", named, "--format", "json"]);
        assert!(as_of.iter().any(|a| json.contains(a)), "{named}: {json}");
        let said = ok(history.path(), &["--lang", "en", "check", "--at", named]);
        assert!(said.starts_with(&format!("{}:plan/: ", short(&head))), "{named}: {said}");
        // `plan diff` reads its moments the same way (and so does `report --since`).
        let diff = ok(history.path(), &["diff", "2019-03-15", named, "--format", "json"]);
        assert!(as_of.iter().any(|a| diff.contains(a)), "{named}: {diff}");
    }
}

#[test]
fn files_are_named_as_git_show_finds_them() {
    let history = History::demo();
    let first = history.git(&["rev-parse", "HEAD~1"]).trim().to_string();
    let show = ok(history.path(), &["show", "1.1.1", "--at", "HEAD~1"]);
    assert!(
        show.contains(&format!(
            "2018-02-15  Rencontre du comité directeur  {}:plan/journal/2018.toml:4",
            short(&first)
        )),
        "{show}"
    );
    fs::write(
        history.path().join("plan/journal/2019.toml"),
        "[[activity]]\ndate = 2019-07-02\ntitle = \"x\"\nindicators = [\"1.1.9\"]\n",
    )
    .unwrap();
    let broken = history.commit("2019-07-02", "Une coquille");
    let out = plan_in(history.path(), &["--lang", "en", "check", "--at", "HEAD"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(&format!("--> {}:plan/journal/2019.toml:4:15", short(&broken))), "{err}");
    assert!(err.contains("4 | indicators = [\"1.1.9\"]"), "the line is quoted: {err}");
    history.git(&["reset", "-q", "--hard", "HEAD~1"]);
}

#[test]
fn a_past_report_is_made_again_byte_for_byte() {
    let history = History::demo();
    let first = history.git(&["rev-parse", "HEAD~1"]).trim().to_string();
    let at = ok(history.path(), &["report", "--year", "2019", "--at", "HEAD~1", "-o", "-"]);
    let checkout = history.checkout(&first);
    let then = ok(&checkout.path().join("repo"), &["report", "--year", "2019", "--as-of", "2019-03-15", "-o", "-"]);
    assert_eq!(at, then);
    assert!(at.contains(&format!("commit <code>{}</code></dd>", short(&first))), "the cover names the revision");
}

#[test]
fn a_moved_plan_folder_is_found_where_it_was() {
    let history = History::demo();
    history.git(&["mv", "plan", "consortium"]);
    history.commit("2019-07-15", "Le plan change de dossier");
    let at = ok(history.path(), &["--lang", "en", "check", "--at", "HEAD~1"]);
    assert!(at.contains(":plan/: 4 orientations"), "found in plan/ at that commit: {at}");
    let err = fails(history.path(), 2, &["--dir", "consortium", "check", "--at", "HEAD~1"]);
    assert!(err.contains("the folder consortium/ has no plan.toml at commit"), "{err}");
    assert!(err.contains("name the one of that time with --dir"), "{err}");
    let now = ok(history.path(), &["--lang", "en", "--dir", "consortium", "check", "--at", "HEAD"]);
    assert!(now.contains(":consortium/: 4 orientations"), "{now}");
}

#[test]
fn what_git_refuses_is_said_in_plain_words() {
    let history = History::demo();
    let err = fails(history.path(), 2, &["status", "--at", "nope"]);
    assert!(err.contains("git knows no revision \"nope\""), "{err}");
    assert!(err.contains("or a date YYYY-MM-DD"), "{err}");
    for injected in ["-n", "--output=leaked.txt", "--all"] {
        let err = fails(history.path(), 2, &["status", &format!("--at={injected}")]);
        assert!(err.contains(&format!("git knows no revision \"{injected}\"")), "{err}");
    }
    assert!(!history.path().join("leaked.txt").exists(), "no option reached git");
    let err = fails(history.path(), 2, &["--dir", "nowhere", "status", "--at", "HEAD"]);
    assert!(err.contains("the folder nowhere/ has no plan.toml at commit"), "{err}");
    let err = fails(history.path(), 2, &["record", "x", "-i", "1.1.1", "--at", "HEAD"]);
    assert!(err.contains("`plan record` writes to the current files: run it without --at"), "{err}");
}

#[test]
fn a_plan_outside_git_is_said_to_be() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("plan"), &tmp.path().join("plan"));
    let err = fails(tmp.path(), 2, &["status", "--at", "HEAD"]);
    assert!(err.contains("is in no git repository"), "{err}");
    assert!(err.contains("keep the plan in a repository (git init, git add, git commit)"), "{err}");
}

#[test]
fn without_git_installed_it_says_so() {
    let history = History::demo();
    let empty = tempfile::tempdir().unwrap();
    let out = plan_cmd(history.path())
        .env("PATH", empty.path())
        .args(["--lang", "en", "status", "--at", "HEAD"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("git is not installed or cannot be run"),
        "{}",
        transcript(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_repository_of_another_user_is_refused_as_git_refuses_it() {
    // SAFETY: geteuid takes nothing, always succeeds and touches no memory.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: changing a repository's owner needs root");
        return;
    }
    let history = History::demo();
    let chown = std::process::Command::new("chown").args(["-R", "65534:65534"]).arg(history.path()).status().unwrap();
    assert!(chown.success());
    let err = fails(history.path(), 2, &["status", "--at", "HEAD"]);
    assert!(err.contains("git refuses this repository, which belongs to another user; git says:"), "{err}");
    assert!(err.contains("safe.directory"), "git's own advice is shown: {err}");
}

#[test]
fn a_revision_s_warnings_are_not_told_after_its_figures() {
    let history = History::demo();
    let journal = history.path().join("plan/journal/2019.toml");
    let once =
        "\n[[activity]]\ndate = 2019-02-14\ntitle = \"Rencontre du comité directeur\"\nindicators = [\"1.1.1\"]\n";
    fs::write(&journal, fs::read_to_string(&journal).unwrap() + once + once).unwrap();
    history.commit("2019-07-02", "La même rencontre notée deux fois");
    let args = ["--lang", "en", "status", "--as-of", "2019-06-30"];
    let now = plan_in(history.path(), &args);
    assert_eq!(now.status.code(), Some(0), "{}", transcript(&now));
    assert!(String::from_utf8_lossy(&now.stderr).contains("warning[W0219]"), "{}", transcript(&now));
    let then = plan_in(history.path(), &[&args[..], &["--at", "HEAD"]].concat());
    assert_eq!(then.status.code(), Some(0), "{}", transcript(&then));
    assert_eq!((then.stdout, String::from_utf8(then.stderr).unwrap()), (now.stdout, String::new()));
}

#[test]
fn a_revision_names_the_files_it_does_not_read_as_a_folder_does() {
    let history = History::demo();
    for name in
        ["journal/2020.toml.txt", "journal/2019.txt", "journal/2018.toml~", "journal/README.md", "orientations/5.txt"]
    {
        fs::write(history.path().join("plan").join(name), "").unwrap();
    }
    let head = history.commit("2019-07-02", "Des fichiers que le Bloc-notes a nommés");
    let warnings = |args: &[&str]| {
        let out = plan_in(history.path(), &[&["--lang", "en", "check"][..], args].concat());
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        let stderr = String::from_utf8(out.stderr).unwrap();
        stderr.lines().filter(|l| l.contains("W0006") || l.contains("help:")).map(str::to_string).collect::<Vec<_>>()
    };
    let now = warnings(&[]);
    assert_eq!(now.len(), 6, "{now:#?}");
    let then: Vec<String> =
        warnings(&["--at", "HEAD"]).iter().map(|l| l.replace(&format!("{}:", short(&head)), "")).collect();
    assert_eq!(then, now);
}
