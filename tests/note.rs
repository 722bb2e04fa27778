//! `plan note` on copies of a plan: it appends a narrative the way `record`
//! appends an activity (every byte kept, refused entries change nothing,
//! parallel runs lose nothing), and writes topics in the plan's language.

mod common;

use std::fs;

use common::{COMMENTED, appended, check_ok, journal, plan_cmd, plan_with_journal, refused, run, snapshot, transcript};

#[test]
fn note_appends_a_narrative_and_keeps_every_byte() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let args =
        ["--lang", "en", "note", "1.1", "défis", "Two seats empty.\nMeeting moved to June.", "--date", "2018-06-13"];
    let out = run(tmp.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Narrative recorded in plan/journal/2018.toml:10: 1.1 \"challenges\" on 2018-06-13\n  text: Two seats empty.\n      Meeting moved to June.\n"
    );
    // The base plan is in English: the topic is written in English, whatever word was typed.
    assert_eq!(
        appended(tmp.path(), 2018, COMMENTED),
        "\n\n[[narrative]]\ndate = 2018-06-13\nabout = \"1.1\"\ntopic = \"challenges\"\ntext = \"\"\"\nTwo seats empty.\nMeeting moved to June.\"\"\"\n"
    );
    assert!(check_ok(tmp.path()).contains("3 entries"));
}

#[test]
fn a_french_plan_gets_french_words() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let plan_toml = tmp.path().join("plan/plan.toml");
    fs::write(&plan_toml, fs::read_to_string(&plan_toml).unwrap().replace("\"en\"", "\"fr\"")).unwrap();
    let out =
        run(tmp.path(), &["note", "plan", "next-steps", "Préparer le bilan.", "--date", "2019-06-20", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("topic = \"suites\"\n"), "{}", transcript(&out));
    let out = run(tmp.path(), &["assess", "1.1.3", "on-track", "--date", "2019-06-20", "--dry-run"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("level = \"en-bonne-voie\"\n"), "{}", transcript(&out));
}

#[test]
fn refused_notes_change_nothing() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let before = snapshot(tmp.path());
    let cases: &[(&[&str], &str)] = &[
        (&["note", "1.1", "défi", "x", "--date", "2018-05-01"], "did you mean `défis`?"),
        (&["note", "1.9", "highlights", "x", "--date", "2018-05-01"], "`1.9` names no item of the plan"),
        (&["note", "1.1", "highlights", "  ", "--date", "2018-05-01"], "the text is empty"),
        (&["note", "1.1", "highlights", "x", "--date", "2021-05-01"], "outside the plan's period"),
        (
            &["note", "1.1", "highlights", "x", "--date", "2018-05-01", "--evidence", "pv.pdf"],
            "evidence `pv.pdf` is not a file",
        ),
        (
            &["note", "1.1", "highlights", "x", "--date", "2018-05-01", "--evidence", "../x.pdf"],
            "outside the plan's folder",
        ),
        (
            &["note", "1.1", "highlights", "x", "--date", "2018-05-01", "--evidence", "ftp://x"],
            "not a valid web address",
        ),
    ];
    for (args, says) in cases {
        let err = refused(tmp.path(), args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(snapshot(tmp.path()), before, "{args:?} changed a file");
    }
}

#[test]
fn parallel_notes_lose_nothing() {
    const RUNS: usize = 40;
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let children: Vec<_> = (0..RUNS)
        .map(|i| {
            plan_cmd(tmp.path())
                .args(["note", "1.1", "highlights", &format!("Note {i}"), "--date", "2018-07-01"])
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
    for i in 0..RUNS {
        assert_eq!(text.matches(&format!("text = \"Note {i}\"\n")).count(), 1, "note {i}");
    }
    assert!(check_ok(tmp.path()).contains(&format!("{} entries", RUNS + 2)));
}

/// Evidence and tags on `record`: checked against the plan's folder and `[tags]`.
#[test]
fn record_takes_evidence_and_tags() {
    let tmp = plan_with_journal(COMMENTED.as_bytes());
    let plan_toml = tmp.path().join("plan/plan.toml");
    let tags = "\n[tags]\nterritoire = [\"Mékinac\", \"Shawinigan\"]\n";
    fs::write(&plan_toml, fs::read_to_string(&plan_toml).unwrap() + tags).unwrap();
    fs::create_dir_all(tmp.path().join("plan/documents")).unwrap();
    fs::write(tmp.path().join("plan/documents/pv.md"), "PV").unwrap();
    let before = snapshot(tmp.path());
    let err =
        refused(tmp.path(), &["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--tag", "territoire=mekinac"]);
    assert!(err.contains("did you mean `Mékinac`?"), "{err}");
    let err = refused(tmp.path(), &["record", "x", "-i", "1.1.1", "--date", "2018-05-01", "--tag", "territoire"]);
    assert!(err.contains("--tag \"territoire\" is not NAME=VALUE"), "{err}");
    assert_eq!(snapshot(tmp.path()), before);
    let args = [
        "record",
        "Tournée",
        "-i",
        "1.1.1",
        "--date",
        "2018-05-01",
        "--evidence",
        "documents/pv.md",
        "--evidence",
        "https://cdsm.example/x",
        "--tag",
        "territoire=Mékinac",
        "--tag",
        "territoire=Shawinigan",
    ];
    let out = run(tmp.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = String::from_utf8(journal(tmp.path(), 2018)).unwrap();
    assert!(
        text.ends_with(
            "evidence = [\"documents/pv.md\", \"https://cdsm.example/x\"]\ntags = { territoire = [\"Mékinac\", \"Shawinigan\"] }\n"
        ),
        "{text}"
    );
    check_ok(tmp.path());
}
