//! `plan assess` on copies of a plan: it appends an assessment the way
//! `record` appends an activity (`tests/record.rs` covers what they share), and
//! refuses what is not an assessment.

mod common;

use common::{COMMENTED, check_ok, journal, plan_with_journal, refused, run, snapshot, transcript};

#[test]
fn assess_appends_an_assessment() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let out = run(tmp.path(), &["--lang", "en", "assess", "1.1.3", "at-risk", "--date", "2017-06-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .starts_with("Assessment recorded in plan/journal/2017.toml:6: 1.1.3 \"at risk\"")
    );
    let text = String::from_utf8(journal(tmp.path(), 2017)).unwrap();
    assert!(
        text.ends_with("\n\n[[assessment]]\ndate = 2017-06-01\nindicator = \"1.1.3\"\nlevel = \"at-risk\"\n"),
        "{text}"
    );
    check_ok(tmp.path());
}

#[test]
fn refused_assessments_change_nothing() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = snapshot(tmp.path());
    let cases: &[(&[&str], &str)] = &[
        (&["assess", "1.1.1", "achieved", "--date", "2018-05-01"], "it is not judged by a level"),
        (&["assess", "1.1.3", "done", "--date", "2018-05-01"], "unknown level `done`"),
        (&["assess", "1.1.3", "on trak", "--date", "2018-05-01"], "did you mean `on-track`?"),
    ];
    for (args, says) in cases {
        let err = refused(tmp.path(), args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(snapshot(tmp.path()), before, "{args:?} changed a file");
    }
}

/// The words of the table, in either language, as people type them: with
/// spaces, any case, with or without accents. The file gets the plan's word.
#[test]
fn levels_are_read_as_people_type_them() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let typed = [
        ("atteint", "achieved"),
        ("en bonne voie", "on-track"),
        ("A_RISQUE", "at-risk"),
        ("Non atteint", "not-achieved"),
    ];
    for (day, (word, written)) in typed.iter().enumerate() {
        let date = format!("2017-06-0{}", day + 1);
        let out = run(tmp.path(), &["assess", "1.1.3", word, "--date", &date]);
        assert_eq!(out.status.code(), Some(0), "{word}: {}", transcript(&out));
        let text = String::from_utf8(journal(tmp.path(), 2017)).unwrap();
        assert!(text.ends_with(&format!("level = \"{written}\"\n")), "{word}: {text}");
    }
    check_ok(tmp.path());
}
