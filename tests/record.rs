//! `plan record` on copies of a plan: it never loses or alters a byte it does
//! not own, refuses bad entries without writing, and serialises concurrent
//! runs. (What `assess` adds is in `tests/assess.rs`; both share the same path
//! to the journal.)

mod common;

use std::fs;
use std::path::Path;

use common::{COMMENTED, check_ok, journal, plan_cmd, plan_with_journal, refused, run, snapshot, transcript};

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
        "Recorded in plan/journal/2018.toml:10: 2018-06-13 \"Rencontre du COCO\" → 1.1.2a\n"
    );
    let after = journal(tmp.path(), 2018);
    assert!(after.starts_with(COMMENTED.as_bytes()), "the old bytes changed");
    assert_eq!(
        String::from_utf8_lossy(&after[COMMENTED.len()..]),
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
fn refused_entries_change_nothing() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = snapshot(tmp.path());
    let cases: &[(&[&str], &str)] = &[
        (&["record", "x", "-i", "1.1.9", "--date", "2018-05-01"], "did you mean \"1.1.1\"?"),
        (&["record", "x", "-i", "1.1.2", "--date", "2018-05-01"], "1.1.2 has 2 indicators: 1.1.2a, 1.1.2b"),
        (&["record", "x", "-i", "1.1.1", "--date", "2021-01-01"], "outside the plan's period"),
        (&["record", "x", "-i", "1.1.1", "--date", "2018-02-30"], "is not a date"),
        (&["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--amount", "0"], "--amount \"0\""),
        (&["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--amount", "-3"], "--amount \"-3\""),
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
    let leftovers: Vec<_> = fs::read_dir(tmp.path().join("plan/journal"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
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
    let tmp = plan_with_journal(text.as_bytes());
    let record = |i: usize| {
        let mut cmd = plan_cmd(tmp.path());
        cmd.args(["record", &format!("Tuée {i}"), "-i", "1.1.2a", "--date", "2018-09-01"]);
        cmd.env("PLAN_TEST_SLOW_WRITE", "1").stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        cmd
    };
    let started = std::time::Instant::now();
    assert!(record(0).status().unwrap().success());
    let whole_run = started.elapsed().as_micros() as u64;

    let (mut old_kept, mut new_written, mut cut_mid_write) = (0, 0, 0);
    let mut lcg = Lcg(42);
    for i in 1..=30 {
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
        };
        let new = plan::write::with_entry(&old, &entry).0;
        let (n, o, w) = (now.len(), old.len(), new.len());
        assert!(now == new, "kill {i} left {n} bytes: neither the old file ({o} bytes) nor the new one ({w})");
        new_written += 1;
    }
    eprintln!("30 kills: {old_kept} left the old file ({cut_mid_write} of them mid-write), {new_written} the new one");
    assert!(cut_mid_write > 0, "no kill landed while the file was being written; the test proved nothing");
    assert!(check_ok(tmp.path()).contains("no problems"));
    assert!(record(99).status().unwrap().success());
    assert_eq!(leftovers(tmp.path()), 0, "the next record removes what killed runs left");
}

/// How many temporary files killed runs left in the journal folder.
fn leftovers(dir: &Path) -> usize {
    fs::read_dir(dir.join("plan/journal"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"))
        .count()
}
