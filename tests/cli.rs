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

/// A plan another user planted in a parent folder is not used by the upward
/// search (as git refuses a repository someone else owns); `--dir` names it.
/// Making a folder another user's needs root: elsewhere the test says so and passes.
#[cfg(unix)]
#[test]
fn a_plan_of_another_user_is_not_used_unless_named() {
    // SAFETY: geteuid takes nothing and always succeeds.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: cannot give a folder to another user; skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let planted = tmp.path().join("shared");
    common::copy_tree(&root().join(common::BASE), &planted);
    std::fs::create_dir(planted.join("mine")).unwrap();
    for path in [&planted, &planted.join("plan.toml")] {
        std::os::unix::fs::chown(path, Some(65534), Some(65534)).unwrap();
    }
    let out = run(&planted.join("mine"), &["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the plan found in .. belongs to another user (uid 65534)"), "{err}");
    assert!(err.contains("plan --dir .. …"), "{err}");
    let named = run(&planted.join("mine"), &["--dir", "..", "check"]);
    assert_eq!(named.status.code(), Some(0), "{}", transcript(&named));
}

/// An empty PLAN_DIR is as if it were not set.
#[test]
fn an_empty_plan_dir_is_unset() {
    let out = common::plan_cmd(&root()).env("PLAN_DIR", "").args(["--lang", "en", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let set = common::plan_cmd(&root().join("plan")).env("PLAN_DIR", "../examples/demo/plan").arg("check").output();
    assert!(String::from_utf8_lossy(&set.unwrap().stdout).starts_with("../examples/demo/plan/ : 4 orientations"));
}

/// Without --lang and without a plan, messages follow LC_ALL, then LC_MESSAGES, then LANG.
#[test]
fn the_language_follows_the_locale_variables() {
    let tmp = tempfile::tempdir().unwrap();
    let said = |vars: &[(&str, &str)]| {
        let mut cmd = common::plan_cmd(tmp.path());
        cmd.envs(vars.iter().copied()).arg("check");
        String::from_utf8_lossy(&cmd.output().unwrap().stderr).into_owned()
    };
    assert!(said(&[("LANG", "fr_CA.UTF-8")]).contains("aucun plan trouvé"));
    assert!(said(&[("LANG", "fr_CA.UTF-8"), ("LC_MESSAGES", "en_CA.UTF-8")]).contains("no plan found"));
    assert!(said(&[("LANG", "en_CA.UTF-8"), ("LC_ALL", "fr_CA.UTF-8")]).contains("aucun plan trouvé"));
}

/// A reader that goes away (`plan status | head -1`) ends the run quietly;
/// a stderr that cannot be written never makes plan panic.
#[cfg(unix)]
#[test]
fn closed_and_full_outputs_are_quiet() {
    let demo = root().join("examples/demo");
    let mut child = common::plan_cmd(&demo)
        .args(["status", "--as-of", "2019-06-30", "--format", "csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(out.stderr.is_empty(), "{}", transcript(&out));
    #[cfg(target_os = "linux")]
    {
        let (tmp, _) = common::build_case(&root().join("tests/bad_input/E0102-unknown-key"));
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = common::plan_cmd(tmp.path()).arg("check").stderr(full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "a check whose report cannot be written fails as an I/O error");
    }
}

/// An argument echoed in a message is escaped like text from a file.
#[test]
fn echoed_arguments_are_escaped() {
    for id in ["x\u{202e}y", "\u{1b}[2J", "##[error]x", "::add-mask::x"] {
        let out = run(&root().join("examples/demo"), &["--lang", "en", "status", "--indicator", id]);
        assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
        common::invariants::assert_printable(id, &transcript(&out));
        assert!(String::from_utf8_lossy(&out.stderr).contains("no item of the plan has the id"));
    }
}

/// `--dir` naming a folder that does not exist is a usage error (exit 2), said as such.
#[test]
fn a_dir_that_does_not_exist_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &["--lang", "en", "--dir", "nowhere/plan", "check"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error[E0001]: the folder nowhere/plan/ does not exist"));
}

/// Help and usage errors speak the UI language: `--lang`, else the plan's,
/// else the environment's; clap's English never shows in French.
#[test]
fn help_and_usage_errors_speak_french() {
    let tmp = tempfile::tempdir().unwrap();
    let init = run(tmp.path(), &["init", "--lang", "fr", "--start-year", "2025"]);
    assert_eq!(init.status.code(), Some(0), "{}", common::transcript(&init));
    let help = run(tmp.path(), &["record", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.starts_with("Noter une activité"), "the plan's language: {help}");
    assert!(
        help.contains("Utilisation\u{a0}: plan record [OPTIONS] [TITRE]") && !help.contains("Print help"),
        "{help}"
    );
    assert_eq!(run(tmp.path(), &["help", "record"]).stdout, run(tmp.path(), &["record", "--help"]).stdout);
    // Values that have a French spelling are listed with it: by name in
    // `-h`, one a line with what each means in `--help`, as in English.
    let short = String::from_utf8(run(tmp.path(), &["status", "-h"]).stdout).unwrap();
    let levels = "[valeurs\u{a0}: plan, orientation, objectif, moyen, indicateur]";
    let joined = short.split([' ', '\n']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    assert!(joined.contains(levels), "{short}");
    let long = String::from_utf8(run(tmp.path(), &["status", "--help"]).stdout).unwrap();
    let listed = "Valeurs possibles\u{a0}:\n          - plan\u{a0}:        Le plan entier, en une ligne.\n          \
                  - orientation\u{a0}: Les orientations.\n          - objectif\u{a0}:    Les orientations et les objectifs.";
    assert!(long.contains(listed) && !long.contains("[valeurs\u{a0}: plan"), "{long}");

    let cases: [(&[&str], &str, &str); 6] = [
        (&["record", "Rencontre", "1.1.1a"], "« 1.1.1a » n'est pas un argument", "plan record \"Le titre\" -i 1.1.1a"),
        (&["recrod"], "« recrod » n'est pas une commande de plan", "vouliez-vous dire « record » ?"),
        // Values named as the French help lists them.
        (&["status", "--format", "pdf"], "« pdf » n'est pas une valeur possible pour --format", "tableau, csv, json"),
        (
            &["status", "--level", "objetif"],
            "« objetif » n'est pas une valeur possible",
            "vouliez-vous dire « objectif » ?",
        ),
        (&["status", "--as-of"], "--as-of <DATE> attend une valeur", "« plan status --help » décrit"),
        (&["show"], "il manque : <ID>", "Utilisation : plan show <ID>"),
    ];
    for (args, said, help) in cases {
        let out = run(tmp.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("erreur : ") && err.contains(said) && err.contains(help), "{args:?}: {err}");
        assert!(!err.contains("error") && !err.contains("Usage"), "{args:?}: {err}");
    }
    let english = run(tmp.path(), &["--lang", "en", "record", "Meeting", "1.1.1a"]);
    let english = String::from_utf8(english.stderr).unwrap();
    assert!(english.contains("unexpected argument \"1.1.1a\"") && english.contains("-i 1.1.1a"), "{english}");
    assert!(english.contains("Usage: plan record [OPTIONS] [TITLE]"), "{english}");
}
