//! `plan record` on copies of a plan: it never loses or alters a byte it does
//! not own, refuses bad entries without writing, and serialises concurrent
//! runs. (What `assess` adds is in `tests/assess.rs`; both share the same path
//! to the journal.)

mod common;

use std::fs;

use chrono::Datelike;
use std::path::Path;

use common::{COMMENTED, appended, check_ok, journal, plan_cmd, plan_with_journal, refused, run, snapshot, transcript};

#[test]
fn record_keeps_every_byte_and_appends_one_entry() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let out = run(
        tmp.path(),
        &[
            "--lang",
            "en",
            "record",
            "Rencontre du COCO",
            "--indicator",
            "1.1.2a",
            "--date",
            "2018-06-13",
            "--note",
            "Ordre du jour : « bilan »",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Recorded in plan/journal/2018.toml:10: 2018-06-13 \"Rencontre du COCO\" → 1.1.2a\n  note: Ordre du jour : « bilan »\n"
    );
    assert_eq!(
        appended(tmp.path(), 2018, COMMENTED),
        "\n\n[[activity]]\ndate = 2018-06-13\ntitle = \"Rencontre du COCO\"\nindicators = [\"1.1.2a\"]\nnote = \"Ordre du jour : « bilan »\"\n"
    );
    assert!(check_ok(tmp.path()).contains("3 entries"));
}

#[test]
fn crlf_journals_stay_crlf() {
    let tmp = plan_with_journal(b"[[activity]]\r\ndate = 2018-01-02\r\ntitle = \"a\"\r\nindicators = [\"1.1.1\"]\r\n");
    let out = run(tmp.path(), &["record", "b", "-i", "1.1.1", "--date", "2018-02-02"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = String::from_utf8(journal(tmp.path(), 2018)).unwrap();
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "{text:?}");
    check_ok(tmp.path());
}

#[test]
fn dry_run_writes_nothing() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = snapshot(tmp.path());
    let out = run(
        tmp.path(),
        &["--lang", "en", "record", "Visite", "-i", "1.1.1", "--date", "2019-04-01", "--amount", "3", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Would add to plan/journal/2019.toml (--dry-run: nothing is written):\n[[activity]]\ndate = 2019-04-01\ntitle = \"Visite\"\nindicators = [\"1.1.1\"]\namount = 3\n"
    );
    assert_eq!(snapshot(tmp.path()), before);
}

#[test]
fn a_day_named_from_today_is_recorded_as_its_date() {
    let tmp = tempfile::tempdir().unwrap();
    let year = chrono::Local::now().date_naive().year();
    let (first, last) = ((year - 1).to_string(), (year + 1).to_string());
    let init = run(tmp.path(), &["init", "--lang", "fr", "--start-year", &first, "--end-year", &last]);
    assert_eq!(init.status.code(), Some(0), "{}", transcript(&init));
    for (named, back) in [("hier", 1), ("Avant-hier", 2), ("today", 0)] {
        // The day may turn while plan runs: either day is right.
        let days = |d: chrono::NaiveDate| [d, d.succ_opt().unwrap()].map(|d| d.to_string());
        let before = days(chrono::Local::now().date_naive() - chrono::Days::new(back));
        let out = run(tmp.path(), &["record", "Visite", "-i", "1.1.1a", "--date", named, "--dry-run"]);
        assert_eq!(out.status.code(), Some(0), "{named}: {}", transcript(&out));
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(before.iter().any(|day| said.contains(&format!("date = {day}\n"))), "{named}: {said}");
    }
}

#[test]
fn refused_entries_change_nothing() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = snapshot(tmp.path());
    let cases: &[(&[&str], &str)] = &[
        (&["record", "x", "-i", "1.1.9", "--date", "2018-05-01"], "did you mean \"1.1.1\"?"),
        (&["record", "x", "-i", "1.1.2", "--date", "2018-05-01"], "1.1.2 has 2 indicators: 1.1.2a, 1.1.2b"),
        (&["record", "x", "-i", "1.1.1", "--date", "2021-01-01"], "outside the plan's period"),
        (&["record", "x", "-i", "1.1.1", "--date", "2018-02-30"], "is not a date: that day is not on the calendar"),
        (
            &["record", "x", "-i", "1.1.1", "--date", "14/09/2018"],
            "\"14/09/2018\" is not a date; write it YYYY-MM-DD: 2018-09-14",
        ),
        (
            &["record", "x", "-i", "1.1.1", "--date", "05/06/2018"],
            "its day and month can be read either way; write it YYYY-MM-DD: 2018-06-05 or 2018-05-06",
        ),
        (&["record", "x", "-i", "1.1.1", "--date", "demain"], "write it YYYY-MM-DD, for example 2018-03-14"),
        (
            &["record", "x", "-i", "1.1.1", "--date", "le 14 septembre 2018"],
            "\"le 14 septembre 2018\" is not a date; write it YYYY-MM-DD: 2018-09-14",
        ),
        (&["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--amount", "0"], "--amount \"0\""),
        (
            &["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--amount", "-3"],
            "--amount \"-3\" is not a whole number",
        ),
        (
            &["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--amount", "5000000000"],
            "--amount \"5000000000\" is more than 4,294,967,295, the largest allowed",
        ),
        (&["record", " ", "-i", "1.1.1", "--date", "2018-05-01"], "the title is empty"),
    ];
    for (args, says) in cases {
        let err = refused(tmp.path(), args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(snapshot(tmp.path()), before, "{args:?} changed a file");
    }
}

#[test]
fn a_new_years_file_is_created_with_a_header() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let out = run(tmp.path(), &["record", "Rencontre", "-i", "1.1.1", "--date", "2020-02-29"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = String::from_utf8(journal(tmp.path(), 2020)).unwrap();
    assert_eq!(
        text,
        "# Plan journal, year 2020.\n# plan record and plan assess add entries at the end of this file; they may also be written by hand.\n\n[[activity]]\ndate = 2020-02-29\ntitle = \"Rencontre\"\nindicators = [\"1.1.1\"]\n"
    );
    check_ok(tmp.path());
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let path = tmp.path().join("plan/journal/2018.toml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let out = run(tmp.path(), &["record", "x", "-i", "1.1.1", "--date", "2018-05-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn parallel_records_lose_nothing() {
    const RUNS: usize = 80;
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let children: Vec<_> = (0..RUNS)
        .map(|i| {
            plan_cmd(tmp.path())
                .args(["record", &format!("Rencontre {i}"), "-i", "1.1.1", "--date", "2018-07-01"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    }
    let text = String::from_utf8(journal(tmp.path(), 2018)).unwrap();
    assert!(text.starts_with(COMMENTED));
    for i in 0..RUNS {
        assert_eq!(text.matches(&format!("title = \"Rencontre {i}\"\n")).count(), 1, "entry {i}");
    }
    assert!(check_ok(tmp.path()).contains(&format!("{} entries", RUNS + 2)));
    assert_eq!(leftovers(tmp.path()), 0);
}

#[test]
fn a_journal_that_does_not_parse_is_never_rewritten() {
    let tmp = plan_with_journal(b"[[activity]]\ndate = 2018-03-01\ntitle = \"Rencontre\nindicators = [\"1.1.1\"]\n");
    let before = snapshot(tmp.path());
    for args in [
        &["record", "x", "-i", "1.1.1", "--date", "2018-05-01"][..],
        &["record", "x", "-i", "1.1.1", "--date", "2019-05-01"],
        &["assess", "1.1.3", "achieved", "--date", "2018-05-01"],
    ] {
        let err = refused(tmp.path(), args);
        assert!(err.contains("error[E0101]: quoted text that is never closed"), "{err}");
        assert!(err.contains("--> plan/journal/2018.toml:3:19\n"), "{err}");
        assert_eq!(snapshot(tmp.path()), before, "{args:?} changed a file");
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_journal_is_refused_with_nothing_written() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let path = tmp.path().join("plan/journal/2018.toml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(tmp.path());
    let out = run(tmp.path(), &["--lang", "en", "record", "x", "-i", "1.1.1", "--date", "2018-05-01"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: plan/journal/2018.toml is read-only; nothing was written\n  = help: make the file writable (chmod u+w plan/journal/2018.toml), then try again\n"
    );
    assert_eq!(snapshot(tmp.path()), before);
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o444);
}

/// A small pseudo-random sequence, the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// Kills `plan record` at pseudo-random moments, over and over, on a journal
/// big enough that writing it takes a while (and written slowly on purpose,
/// through `PLAN_TEST_SLOW_WRITE`). After every kill the journal must be the old
/// file or the old file plus the entry: never a mix, never a cut.
#[test]
fn a_killed_record_leaves_the_old_file_or_the_new_one() {
    let mut text = COMMENTED.to_string() + "\n";
    for i in 0..1000 {
        text += &format!("\n[[activity]]\ndate = 2018-06-01\ntitle = \"Rencontre {i}\"\nindicators = [\"1.1.1\"]\n");
    }
    kill_records(&text, true, 30);
}

/// The same into a big year, written at full speed: `record` copies it to
/// the new file before it checks the plan, so most kills land while that
/// copy is there.
#[test]
fn a_killed_record_into_a_big_year_leaves_the_old_file_or_the_new_one() {
    kill_records(&big_journal(), false, 16);
}

/// Runs `plan record` into a 2018 journal that holds `text`, once whole,
/// then `kills` times killed at a random moment of a run (written slowly on
/// purpose when `slow`). After every kill the journal must be the old file or
/// the old file plus the entry, and the next run removes what killed ones left.
fn kill_records(text: &str, slow: bool, kills: usize) {
    let tmp = plan_with_journal(text.as_bytes());
    let record = |i: usize| {
        let mut cmd = plan_cmd(tmp.path());
        cmd.args(["record", &format!("Tuée {i}"), "-i", "1.1.2a", "--date", "2018-09-01"]);
        if slow {
            cmd.env("PLAN_TEST_SLOW_WRITE", "1");
        }
        cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        cmd
    };
    let started = std::time::Instant::now();
    assert!(record(0).status().unwrap().success());
    let whole_run = started.elapsed().as_micros() as u64;

    let (mut old_kept, mut new_written, mut cut_mid_write) = (0, 0, 0);
    let mut lcg = Lcg(42);
    for i in 1..=kills {
        let old = journal(tmp.path(), 2018);
        let mut child = record(i).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(lcg.below(whole_run * 6 / 5)));
        let _ = child.kill();
        child.wait().unwrap();
        cut_mid_write += usize::from(leftovers(tmp.path()) > 0);
        let now = journal(tmp.path(), 2018);
        if now == old {
            old_kept += 1;
            continue;
        }
        let entry = plan::model::Entry::Activity {
            date: chrono::NaiveDate::from_ymd_opt(2018, 9, 1).unwrap(),
            title: format!("Tuée {i}"),
            indicators: vec!["1.1.2a".into()],
            amount: 1,
            note: None,
            evidence: Vec::new(),
            tags: Vec::new(),
        };
        let new = plan::write::with_entry(&old, &entry, plan::model::Lang::En).0;
        let (n, o, w) = (now.len(), old.len(), new.len());
        assert!(now == new, "kill {i} left {n} bytes: neither the old file ({o} bytes) nor the new one ({w})");
        new_written += 1;
    }
    eprintln!(
        "{kills} kills: {old_kept} left the old file ({cut_mid_write} of them mid-write), {new_written} the new one"
    );
    assert!(cut_mid_write > 0, "no kill landed while the file was being written; the test proved nothing");
    assert!(check_ok(tmp.path()).contains("no problems"));
    assert!(record(99).status().unwrap().success());
    assert_eq!(leftovers(tmp.path()), 0, "the next record removes what killed runs left");
}

/// How many temporary files runs left, in the work folder or beside the journal.
fn leftovers(dir: &Path) -> usize {
    let temporary = |folder: &str| fs::read_dir(dir.join(folder)).into_iter().flatten();
    temporary("plan/.plan")
        .chain(temporary("plan/journal"))
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"))
        .count()
}

/// Runs `plan record` with a fixed entry into 2018 (exit code and output are the caller's to check).
fn record_2018(dir: &Path, extra: &[&str]) -> std::process::Output {
    let args = [&["--lang", "en", "record", "Rencontre", "-i", "1.1.1", "--date", "2018-05-01"][..], extra].concat();
    run(dir, &args)
}

/// A journal file that is a link to a file inside the plan: the file it leads
/// to gets the entry, atomically, and the link stays a link.
#[cfg(unix)]
#[test]
fn a_linked_journal_inside_the_plan_writes_its_target() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let plan = tmp.path().join("plan");
    fs::create_dir(plan.join("archive")).unwrap();
    fs::rename(plan.join("journal/2018.toml"), plan.join("archive/2018.toml")).unwrap();
    common::symlink("../archive/2018.toml", plan.join("journal/2018.toml"));
    let out = record_2018(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(fs::symlink_metadata(plan.join("journal/2018.toml")).unwrap().file_type().is_symlink());
    let target = fs::read_to_string(plan.join("archive/2018.toml")).unwrap();
    assert!(target.starts_with(COMMENTED) && target.ends_with("title = \"Rencontre\"\nindicators = [\"1.1.1\"]\n"));
    assert!(check_ok(tmp.path()).contains("3 entries"));
}

/// Links that lead out of the plan, or that plan would have to write through,
/// are refused with a message; nothing anywhere changes. (A journal file that
/// links out is already refused by the check every command runs first.)
#[cfg(unix)]
#[test]
fn links_out_of_the_plan_are_refused() {
    let cases: &[(&str, &str)] = &[
        ("journal-file", "plan/journal/2018.toml leads outside the plan's folder (to outside/2018.toml)"),
        ("journal-folder", "plan/journal/ is a symbolic link: plan does not write through it"),
        ("lock", "the lock file plan/.plan/record.lock is a symbolic link"),
        ("work-folder", "plan/.plan/ is a symbolic link"),
    ];
    for (what, says) in cases {
        let tmp = plan_with_journal(COMMENTED.as_bytes());
        let plan = tmp.path().join("plan");
        fs::create_dir(tmp.path().join("outside")).unwrap();
        match *what {
            "journal-file" => {
                fs::rename(plan.join("journal/2018.toml"), tmp.path().join("outside/2018.toml")).unwrap();
                common::symlink("../../outside/2018.toml", plan.join("journal/2018.toml"));
            }
            "journal-folder" => {
                fs::rename(plan.join("journal"), tmp.path().join("outside/journal")).unwrap();
                for year in [2017, 2018] {
                    fs::remove_file(tmp.path().join(format!("outside/journal/{year}.toml"))).unwrap();
                }
                common::symlink("../outside/journal", plan.join("journal"));
            }
            "lock" => {
                fs::create_dir(plan.join(".plan")).unwrap();
                common::symlink("../../outside/victim", plan.join(".plan/record.lock"));
            }
            _ => common::symlink("../outside", plan.join(".plan")),
        }
        let before = snapshot(tmp.path());
        let out = record_2018(tmp.path(), &[]);
        assert_eq!(out.status.code(), Some(1), "{what}: {}", transcript(&out));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{what}: {}", transcript(&out));
        assert_eq!(snapshot(tmp.path()), before, "{what}: a file changed");
        assert!(!tmp.path().join("outside/victim").exists(), "{what}: the lock's link was followed");
    }
}

/// The lock and temporary files live in plan/.plan/, which git never sees,
/// even when a killed run left a temporary file behind.
#[test]
fn git_sees_only_the_journal() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"])
            .args(args)
            .current_dir(tmp.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", tmp.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", transcript(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "plan"]);
    let out = record_2018(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    fs::write(tmp.path().join("plan/.plan/record-killed.tmp"), "half").unwrap();
    assert_eq!(git(&["status", "--porcelain", "--untracked-files=all"]), " M plan/journal/2018.toml\n");
    assert_eq!(fs::read_to_string(tmp.path().join("plan/.plan/.gitignore")).unwrap().lines().last(), Some("*"));
}

/// A lock held by another run: `record` says it waits, then writes once the
/// lock is free; held for good, it gives up after 10 s with a message.
#[test]
fn a_held_lock_is_waited_for_then_given_up() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let work = tmp.path().join("plan/.plan");
    fs::create_dir(&work).unwrap();
    let lock = fs::File::create(work.join("record.lock")).unwrap();
    lock.lock().unwrap();
    let child = plan_cmd(tmp.path())
        .args(["--lang", "en", "record", "Attendue", "-i", "1.1.1", "--date", "2018-05-01"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    lock.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another plan run is writing to this plan; waiting"));
    assert!(String::from_utf8(journal(tmp.path(), 2018)).unwrap().contains("Attendue"));

    lock.lock().unwrap();
    let before = snapshot(tmp.path());
    let started = std::time::Instant::now();
    let out = record_2018(tmp.path(), &[]);
    assert!(started.elapsed() >= std::time::Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("another plan run has been writing to this plan for over 10 s")
    );
    assert_eq!(snapshot(tmp.path()), before);
}

/// A new journal file gets read and write for all, less the umask, as an editor
/// would make it; an existing one keeps its mode.
#[cfg(unix)]
#[test]
fn new_files_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    for (umask, mode) in [("027", 0o640), ("002", 0o664), ("077", 0o600)] {
        let tmp = plan_with_journal(COMMENTED.as_bytes());
        let script = format!("umask {umask}; exec \"$0\" record Rencontre -i 1.1.1 --date 2019-05-01");
        let out = plan_cmd(tmp.path()).get_program().to_owned();
        let run = std::process::Command::new("sh").args(["-c", &script]).arg(out).current_dir(tmp.path()).output();
        assert!(run.unwrap().status.success());
        let meta = fs::metadata(tmp.path().join("plan/journal/2019.toml")).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, mode, "umask {umask}");
    }
}

/// A journal file of another user, in a folder anyone may write: refused as
/// read-only, not replaced (which would make it this user's). Needs root to
/// run `plan` as another user; elsewhere the test says so and passes.
#[cfg(unix)]
#[test]
fn another_users_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: geteuid takes nothing and always succeeds.
    if unsafe { libc::geteuid() } != 0 || !Path::new("/usr/bin/setpriv").exists() {
        eprintln!("not root, or no setpriv: cannot run plan as another user; skipped");
        return;
    }
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    for dir in [tmp.path(), &tmp.path().join("plan"), &tmp.path().join("plan/journal")] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o777)).unwrap();
    }
    let before = snapshot(tmp.path());
    let out = std::process::Command::new("/usr/bin/setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(plan_cmd(tmp.path()).get_program())
        .args(["--lang", "en", "--dir", "plan", "record", "x", "-i", "1.1.1", "--date", "2018-05-01"])
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("plan/journal/2018.toml is read-only"),
        "{}",
        transcript(&out)
    );
    assert_eq!(snapshot(tmp.path()), before);
}

/// Once the entry is written, `record` succeeds even if its confirmation cannot
/// be printed (stdout full): a script that retries would record it twice.
#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_does_not_undo_a_written_entry() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let full = fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = plan_cmd(tmp.path())
        .args(["--lang", "en", "record", "Confirmée", "-i", "1.1.1", "--date", "2018-05-01"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: the entry is written, but its confirmation could not be shown"), "{err}");
    assert!(String::from_utf8(journal(tmp.path(), 2018)).unwrap().contains("Confirmée"));
}

/// A full disk: the message names the journal file as the user knows it, in
/// the plan's language, and says that nothing changed. The disk is a small
/// tmpfs in a mount namespace of our own (`unshare`); where that cannot be
/// made, the test says so and passes.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_reported_in_plain_words() {
    let probe = std::process::Command::new("unshare").args(["-rm", "true"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("unshare -rm is not available here; skipped");
        return;
    }
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let disk = tmp.path().join("disk");
    fs::create_dir(&disk).unwrap();
    let script = r#"set -e
mount -t tmpfs -o size=256k tmpfs "$1"
cp -r plan "$1/plan"
cd "$1"
"$2" record Rencontre -i 1.1.1 --date 2018-05-01 >/dev/null
cp plan/journal/2018.toml before.toml
dd if=/dev/zero of=filler bs=4k 2>/dev/null || true
"$2" --lang fr record "Disque plein" -i 1.1.1 --date 2018-06-01 && exit 9
echo "exit $?" >&2
cmp plan/journal/2018.toml before.toml"#;
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", script, "sh"])
        .arg(&disk)
        .arg(plan_cmd(tmp.path()).get_program())
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = transcript(&out);
    assert_eq!(out.status.code(), Some(0), "the journal changed, or record did not fail: {text}");
    assert!(text.contains("exit 2"), "{text}");
    assert!(
        text.contains("erreur : impossible d'écrire plan/journal/2018.toml : disque plein ; rien n'a été modifié"),
        "{text}"
    );
}

/// A year's file named in capitals (`2019.TOML`) is the one `record` appends
/// to: no second file for the same year.
#[test]
fn record_appends_to_a_file_named_in_capitals() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let upper = tmp.path().join("plan/journal/2019.TOML");
    fs::write(&upper, "[[activity]]\ndate = 2019-02-01\ntitle = \"a\"\nindicators = [\"1.1.1\"]\n").unwrap();
    let out = run(tmp.path(), &["--lang", "en", "record", "b", "-i", "1.1.1", "--date", "2019-03-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Recorded in plan/journal/2019.TOML:6:"));
    let names: Vec<String> = fs::read_dir(tmp.path().join("plan/journal"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("2019"))
        .collect();
    assert_eq!(names, ["2019.TOML"]);
    assert!(check_ok(tmp.path()).contains("4 entries"));
}

/// A 2018 journal of more than 4 MiB, which `record` begins copying before it
/// checks the plan (see `src/write/early.rs`): the commented journal, then
/// activities as `record` writes them.
fn big_journal() -> String {
    let mut text = format!("{COMMENTED}\n");
    for n in 0.. {
        if text.len() > 4_300_000 {
            break;
        }
        text += &format!("\n[[activity]]\ndate = 2018-04-02\ntitle = \"Rencontre n° {n}\"\nindicators = [\"1.1.1\"]\n");
    }
    text
}

/// Into a big year, the entry is appended as into a small one, every byte
/// kept; refused, it leaves the year and the work folder as they were.
#[test]
fn a_big_year_gets_its_entry_as_a_small_one() {
    let old = big_journal();
    let tmp = plan_with_journal(old.as_bytes());
    let before = snapshot(tmp.path());
    let err = refused(tmp.path(), &["record", "x", "-i", "1.1.9", "--date", "2018-05-01"]);
    assert!(err.contains("did you mean \"1.1.1\"?"), "{err}");
    assert_eq!((snapshot(tmp.path()) == before, leftovers(tmp.path())), (true, 0));
    let out = record_2018(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let line = old.matches('\n').count() + 2;
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said, format!("Recorded in plan/journal/2018.toml:{line}: 2018-05-01 \"Rencontre\" → 1.1.1\n"));
    let added = appended(tmp.path(), 2018, &old);
    assert_eq!(added, "\n[[activity]]\ndate = 2018-05-01\ntitle = \"Rencontre\"\nindicators = [\"1.1.1\"]\n");
    assert_eq!(leftovers(tmp.path()), 0);
    check_ok(tmp.path());
}

/// A plan with an error refuses the entry: the copy begun before the check
/// is dropped, and nothing is left of it.
#[test]
fn a_big_year_of_a_plan_with_errors_is_left_as_it_was() {
    let old = big_journal() + "\n[[activity]]\ndate = 2018-04-02\ntitle = \"x\"\nindicators = [\"9.9.9\"]\n";
    let tmp = plan_with_journal(old.as_bytes());
    let before = snapshot(tmp.path());
    let err = refused(tmp.path(), &["record", "x", "-i", "1.1.1", "--date", "2018-05-01"]);
    assert!(err.contains("the plan has 1 error"), "{err}");
    assert_eq!((snapshot(tmp.path()) == before, leftovers(tmp.path())), (true, 0));
}

/// Runs that start together on a big year, each trying to copy it early,
/// lose no entry.
#[test]
fn parallel_records_into_a_big_year_lose_nothing() {
    let old = big_journal();
    let tmp = plan_with_journal(old.as_bytes());
    let record = |i: usize| {
        let mut cmd = plan_cmd(tmp.path());
        cmd.args(["record", &format!("Run {i}"), "-i", "1.1.1", "--date", "2018-05-01"]);
        cmd.spawn().unwrap()
    };
    let children: Vec<_> = (0..4).map(record).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    }
    let added = appended(tmp.path(), 2018, &old);
    for i in 0..4 {
        assert!(added.contains(&format!("title = \"Run {i}\"")), "{added}");
    }
    assert_eq!((added.matches("[[activity]]").count(), leftovers(tmp.path())), (4, 0));
    check_ok(tmp.path());
}

/// A file dragged into the terminal (its full path) or named from the
/// current folder is written as the journal names it, from the plan's
/// folder; a path the plan already names, an address and a file outside the
/// plan are kept as given (the last is refused).
#[test]
fn evidence_given_from_the_current_folder_or_in_full_is_named_from_the_plan() {
    let tmp = plan_with_journal(b"");
    let documents = tmp.path().join("plan/documents/2018");
    fs::create_dir_all(&documents).unwrap();
    fs::write(documents.join("pv.md"), "# PV\n").unwrap();
    fs::write(tmp.path().join("ailleurs.md"), "# ailleurs\n").unwrap();
    let full = documents.join("pv.md").to_string_lossy().into_owned();
    fn args<'a>(evidence: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["record", "x", "-i", "1.1.1", "--date", "2018-05-01"];
        evidence.iter().for_each(|e| args.extend(["--evidence", e]));
        args
    }
    let out = run(&documents, &args(&["pv.md", &full, "../2018/pv.md", "documents/2018/pv.md", "https://x.org/pv"]));
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let named = "\"documents/2018/pv.md\"";
    let line = format!("evidence = [{named}, {named}, {named}, {named}, \"https://x.org/pv\"]\n");
    assert!(appended(tmp.path(), 2018, "").ends_with(&line), "{}", appended(tmp.path(), 2018, ""));
    // A path the plan names is the plan's, even when the current folder names another file so.
    fs::create_dir_all(tmp.path().join("plan/2018")).unwrap();
    fs::write(tmp.path().join("plan/2018/pv.md"), "# PV\n").unwrap();
    let out = run(&tmp.path().join("plan/documents"), &args(&["2018/pv.md"]));
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(journal(tmp.path(), 2018).ends_with(b"evidence = [\"2018/pv.md\"]\n"));
    let outside = tmp.path().join("ailleurs.md").to_string_lossy().into_owned();
    let err = refused(tmp.path(), &args(&[&outside]));
    assert!(err.contains("is outside the plan's folder"), "{err}");
}
