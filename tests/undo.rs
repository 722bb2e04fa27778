//! `plan undo`: the last entry that record, assess or note added goes, and
//! only if the file still ends with it; the confirmation echoes everything
//! recorded; a likely mistake is warned of.

mod common;

use std::fs;

use common::{COMMENTED, journal, plan_with_journal, run, transcript};

fn ok(dir: &std::path::Path, args: &[&str]) -> String {
    let out = run(dir, &[&["--lang", "en"][..], args].concat());
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", transcript(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn undo_restores_every_byte() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = journal(tmp.path(), 2018);
    let said = ok(
        tmp.path(),
        &["record", "Rencontre", "-i", "1.1.1", "--date", "2018-06-13", "--amount", "2", "--note", "Dix présents"],
    );
    assert!(said.ends_with("  amount: 2\n  note: Dix présents\n"), "the confirmation echoes what was recorded: {said}");
    let dry = ok(tmp.path(), &["undo", "--dry-run"]);
    assert!(dry.starts_with("Would be removed from plan/journal/2018.toml (--dry-run: nothing is written):\n[[activity]]\ndate = 2018-06-13\n"), "{dry}");
    assert_ne!(journal(tmp.path(), 2018), before, "--dry-run removes nothing");
    let done = ok(tmp.path(), &["undo"]);
    assert!(done.starts_with("Removed from plan/journal/2018.toml:\n[[activity]]\n"), "{done}");
    assert_eq!(journal(tmp.path(), 2018), before, "every byte as it was");
    let again = run(tmp.path(), &["--lang", "en", "undo"]);
    assert_eq!(again.status.code(), Some(1), "{}", transcript(&again));
    assert!(String::from_utf8_lossy(&again.stderr).contains("nothing to undo"));
}

#[test]
fn undo_removes_a_file_the_entry_made_and_works_for_assess_and_note() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    ok(tmp.path(), &["record", "Rencontre", "-i", "1.1.1", "--date", "2020-02-02"]);
    assert!(tmp.path().join("plan/journal/2020.toml").exists());
    let done = ok(tmp.path(), &["undo"]);
    assert!(done.ends_with("plan/journal/2020.toml held only this entry: the file goes too\n"), "{done}");
    assert!(!tmp.path().join("plan/journal/2020.toml").exists());
    let before = journal(tmp.path(), 2018);
    ok(tmp.path(), &["note", "1.1", "highlights", "Bonne année", "--date", "2018-06-13"]);
    ok(tmp.path(), &["undo"]);
    assert_eq!(journal(tmp.path(), 2018), before);
}

#[test]
fn undo_refuses_a_file_changed_since() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    ok(tmp.path(), &["record", "Rencontre", "-i", "1.1.1", "--date", "2018-06-13"]);
    let path = tmp.path().join("plan/journal/2018.toml");
    let edited = format!("{}# a note added by hand\n", fs::read_to_string(&path).unwrap());
    fs::write(&path, &edited).unwrap();
    let out = run(tmp.path(), &["--lang", "en", "undo"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("plan/journal/2018.toml changed since the last entry was added")
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), edited, "nothing was removed");
}

#[test]
fn likely_mistakes_are_warned_of_not_refused() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let twice = run(
        tmp.path(),
        &["--lang", "en", "record", "Comité directeur", "-i", "1.1.1", "1.1.2b", "--date", "2018-03-14"],
    );
    assert_eq!(twice.status.code(), Some(0), "{}", transcript(&twice));
    let err = String::from_utf8_lossy(&twice.stderr);
    assert!(err.contains("warning[W0219]: this entry repeats an earlier one"), "{err}");
    assert!(err.contains("--> plan/journal/2018.toml:5:8"), "it points at the entry already written: {err}");
    // A plan that runs until next year, and an entry dated next year.
    use chrono::Datelike;
    let next = chrono::Local::now().date_naive().year() + 1;
    let plan = tmp.path().join("plan/plan.toml");
    fs::write(&plan, fs::read_to_string(&plan).unwrap().replace("end_year = 2020", &format!("end_year = {next}")))
        .unwrap();
    let date = format!("{next}-12-31");
    let later = run(tmp.path(), &["--lang", "en", "record", "Plus tard", "-i", "1.1.1", "--date", &date]);
    assert_eq!(later.status.code(), Some(0), "{}", transcript(&later));
    let said = format!("warning: the date {date} is after today");
    assert!(String::from_utf8_lossy(&later.stderr).contains(&said), "{}", transcript(&later));
    let help = "\n  = help: if it is a typo, fix --date; plan undo removes the last entry added\n";
    assert!(String::from_utf8_lossy(&later.stderr).contains(help), "{}", transcript(&later));
}
