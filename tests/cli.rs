//! What every command shares: finding the plan, and refusing one with errors.

mod common;

use common::{plan_with_journal, refused, root, run, snapshot, transcript};

#[test]
fn every_command_but_check_refuses_a_plan_with_errors() {
    let tmp = plan_with_journal(b"[[activity]]\ndate = 2018-01-02\ntitle = \"a\"\nindicators = [\"9.9.9\"]\n");
    let before = snapshot(tmp.path());
    for args in [
        &["status", "--as-of", "2019-01-01"][..],
        &["show", "1.1.1", "--as-of", "2019-01-01"],
        &["record", "x", "-i", "1.1.1", "--date", "2018-05-01"],
        &["assess", "1.1.3", "achieved", "--date", "2018-05-01"],
    ] {
        let err = refused(tmp.path(), args);
        assert!(err.contains("--> plan/journal/2018.toml:4:15\n"), "points at the error: {err}");
        assert!(err.contains("the plan has 1 error (above): fix, then try again"), "{err}");
    }
    assert_eq!(snapshot(tmp.path()), before);
}

#[test]
fn no_plan_found_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no plan found") && err.contains("--dir"), "{err}");
}

#[test]
fn the_plan_is_found_from_a_subfolder() {
    let out = run(&root().join("plan/journal"), &["--lang", "en", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("../: 4 orientations"), "{}", transcript(&out));
}
