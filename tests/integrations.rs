//! plan among the tools around it: shell completions that know the plan's
//! ids (through clap_complete's engine, and in a real bash), the manual page
//! (rendered by man without a warning), the JSON Schemas for editors, and the
//! pre-commit hook.

mod common;

use std::fs;
use std::path::Path;

use common::{copy_tree, plan_cmd, root, transcript};

/// A copy of the demo plan, to run in.
fn demo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("examples/demo"), tmp.path());
    tmp
}

/// What the engine offers for the command line `words`, the last being the
/// word under the cursor: one `value<TAB>help` line each (fish's protocol).
fn offered(dir: &Path, words: &[&str]) -> Vec<String> {
    let out = plan_cmd(dir).env("PLAN_COMPLETE", "fish").arg("--").args(words).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

/// The values offered, without the flags (offered too when the word is empty).
fn values(lines: &[String]) -> Vec<&str> {
    lines.iter().map(|l| l.split('\t').next().unwrap()).filter(|v| !v.starts_with("--")).collect()
}

#[test]
fn completions_offer_the_plans_ids_with_their_texts() {
    let tmp = demo();
    let show = offered(tmp.path(), &["plan", "show", "1.1"]);
    assert_eq!(values(&show), ["1.1", "1.1.1", "1.1.2", "1.1.2a", "1.1.2b", "1.1.3", "1.1.3a", "1.1.3b"]);
    assert!(
        show.contains(&"1.1.2a\tUn minimum de 4 rencontres par année a lieu avec les membres du COCO.".to_string())
    );
    // record counts activities: no indicator judged by a level, no action.
    let record = values(&offered(tmp.path(), &["plan", "record", "Rencontre", "-i", "1."])).join(" ");
    assert!(record.contains("1.1.2a") && !record.contains("1.2.2") && !record.contains("1.1.2 "), "{record}");
    let judged = offered(tmp.path(), &["plan", "assess", "1."]);
    assert_eq!(values(&judged), ["1.1.3a", "1.2.1", "1.2.2", "1.2.3"]);
    assert_eq!(
        values(&offered(tmp.path(), &["plan", "assess", "1.2.2", ""])),
        ["atteint", "en-bonne-voie", "à-risque", "non-atteint"]
    );
    assert_eq!(values(&offered(tmp.path(), &["plan", "status", "--orientation", ""])), ["1", "2", "3", "4"]);
    assert_eq!(values(&offered(tmp.path(), &["plan", "status", "--by", ""])), ["secteur", "territoire"]);
    let tags = offered(tmp.path(), &["plan", "record", "R", "--tag", "territoire=M"]);
    assert_eq!(values(&tags), ["territoire=Maskinongé", "territoire=Mékinac"]);
    let note = values(&offered(tmp.path(), &["plan", "note", "p"])).join(" ");
    assert_eq!(note, "plan", "note takes the whole plan too");
    // Flags and commands are completed too, with their help in the UI language.
    let flags = offered(tmp.path(), &["plan", "status", "--as"]);
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert!(flags[0].starts_with("--as-of\tLa date à laquelle les états sont calculés"), "{flags:?}");
    let commands = values(&offered(tmp.path(), &["plan", "st"])).join(" ");
    assert_eq!(commands, "status");
}

#[test]
fn in_french_values_are_offered_as_the_french_help_lists_them() {
    let tmp = demo();
    let dir = tmp.path();
    let level = values(&offered(dir, &["plan", "status", "--level", ""])).join(" ");
    assert_eq!(level, "plan orientation objectif moyen indicateur");
    assert_eq!(offered(dir, &["plan", "status", "--level", "ob"]), ["objectif\tLes orientations et les objectifs."]);
    // The English name is offered when no French spelling fits what is typed.
    assert_eq!(values(&offered(dir, &["plan", "status", "--level", "act"])), ["action"]);
    let format = values(&offered(dir, &["plan", "status", "--format", ""])).join(" ");
    assert_eq!(format, "tableau csv json markdown html xlsx");
    assert_eq!(values(&offered(dir, &["plan", "check", "--format", "h"])), ["humain"]);
    assert_eq!(values(&offered(dir, &["plan", "report", "--paper", ""])), ["lettre", "a4"]);
    assert_eq!(values(&offered(dir, &["plan", "--color", ""])), ["auto", "toujours", "jamais"]);
    // The line's own --lang decides, as it would when the line runs.
    let english = ["plan", "--lang", "en", "status", "--level"];
    assert_eq!(
        values(&offered(dir, &[&english[..], &[""]].concat())).join(" "),
        "plan orientation objective action indicator"
    );
    assert_eq!(offered(dir, &[&english[..], &["ob"]].concat()), ["objective\tOrientations and objectives"]);
}

#[test]
fn outside_a_plan_completions_still_offer_commands_and_flags() {
    let tmp = tempfile::tempdir().unwrap();
    let show = offered(tmp.path(), &["plan", "show", ""]);
    assert!(show.iter().all(|l| l.starts_with("--")), "only flags, no id: {show:?}");
    assert!(values(&offered(tmp.path(), &["plan", "sh"])).contains(&"show"));
}

#[test]
fn every_shell_gets_a_script_that_calls_plan_back() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = plan_cmd(&root()).args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", transcript(&out));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("PLAN_COMPLETE"), "{shell}:\n{script}");
        assert!(script.contains(env!("CARGO_BIN_EXE_plan")), "{shell} calls this plan back:\n{script}");
    }
    // PowerShell reads the script and the answers in the console's code page
    // unless told: the script is ASCII, and reads the answers as UTF-8.
    let out = plan_cmd(&root()).args(["completions", "powershell"]).output().unwrap();
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(script.is_ascii() && script.contains("[Console]::OutputEncoding = [System.Text.UTF8Encoding]"), "{script}");
}

/// bash itself loads the script and runs the completion function on
/// `plan show 1.1`, as Tab would.
#[cfg(unix)]
#[test]
fn bash_completes_ids_from_the_script() {
    let tmp = demo();
    let script = r#"
        source <(plan completions bash)
        complete -p plan
        COMP_WORDS=(plan show 1.1); COMP_CWORD=2; COMP_LINE="plan show 1.1"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=63
        _clap_complete_plan plan 1.1 show
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let bin = Path::new(env!("CARGO_BIN_EXE_plan")).parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(tmp.path())
        .env("PATH", path)
        .env_remove("PLAN_DIR")
        .output()
        .expect("bash runs");
    let said = String::from_utf8_lossy(&out.stdout);
    let registered = said.lines().next().unwrap_or_default();
    assert!(registered.starts_with("complete ") && registered.ends_with(" -F _clap_complete_plan plan"), "{said}");
    let offered: Vec<&str> = said.lines().skip(1).collect();
    assert_eq!(
        offered,
        ["1.1", "1.1.1", "1.1.2", "1.1.2a", "1.1.2b", "1.1.3", "1.1.3a", "1.1.3b"],
        "{}",
        transcript(&out)
    );
}

/// `man -l` renders the page in both languages with no warning, and it has
/// the sections of its own.
#[cfg(unix)]
#[test]
fn man_renders_the_page_without_a_warning() {
    for (lang, heading) in [("fr", "RÈGLES DES STATUTS"), ("en", "STATUS RULES")] {
        let tmp = tempfile::tempdir().unwrap();
        let page = plan_cmd(&root()).args(["--lang", lang, "man"]).output().unwrap();
        assert_eq!(page.status.code(), Some(0), "{}", transcript(&page));
        let file = tmp.path().join("plan.1");
        fs::write(&file, &page.stdout).unwrap();
        let out = std::process::Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&file)
            .env("MANWIDTH", "80")
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("man is installed (Debian: man-db)");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && stderr.trim().is_empty(), "{lang}: man warns:\n{stderr}");
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(shown.contains(heading) && shown.contains("plan record"), "{lang}:\n{shown}");
        // The values of --level, with what each means, one a line.
        let objective =
            ["objective: Orientations and objectives", "- objectif\u{a0}:    Les orientations et les objectifs."];
        let line = objective[usize::from(lang == "fr")];
        assert!(shown.lines().any(|l| l.trim_start().trim_start_matches("• ") == line), "{lang}:\n{shown}");
    }
}

#[test]
fn schemas_are_written_for_editors_and_check_warns_when_they_are_old() {
    let tmp = demo();
    let out = plan_cmd(tmp.path()).args(["schema", "--write"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let config = fs::read_to_string(tmp.path().join(".taplo.toml")).unwrap();
    assert!(
        config.contains(
            "include = [\"plan/journal/*.toml\"]\n\n[rule.schema]\npath = \"plan/schema/journal.schema.json\""
        )
    );
    let journal: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(tmp.path().join("plan/schema/journal.schema.json")).unwrap()).unwrap();
    let ids = &journal["properties"]["activity"]["items"]["properties"]["indicators"]["items"];
    let first = ids["enum"].as_array().unwrap().iter().position(|v| v == "1.1.2a").unwrap();
    assert_eq!(
        ids["x-taplo"]["docs"]["enumValues"][first],
        "Un minimum de 4 rencontres par année a lieu avec les membres du COCO."
    );
    let printed = plan_cmd(tmp.path()).args(["schema"]).output().unwrap();
    assert_eq!(
        String::from_utf8(printed.stdout).unwrap(),
        fs::read_to_string(tmp.path().join("plan/schema/journal.schema.json")).unwrap()
    );
    let check = plan_cmd(tmp.path()).args(["check"]).output().unwrap();
    assert!(String::from_utf8_lossy(&check.stdout).contains("aucun problème"), "{}", transcript(&check));
    let orientation = tmp.path().join("plan/orientations/1.toml");
    let text = fs::read_to_string(&orientation).unwrap().replace("id = \"1.1.2a\"", "id = \"1.1.2c\"");
    fs::write(&orientation, text).unwrap();
    fs::write(tmp.path().join("plan/journal/2017.toml"), "").unwrap();
    fs::write(tmp.path().join("plan/journal/2018.toml"), "").unwrap();
    fs::write(tmp.path().join("plan/journal/2019.toml"), "").unwrap();
    let check = plan_cmd(tmp.path()).args(["--lang", "en", "check"]).output().unwrap();
    let said = transcript(&check);
    assert!(
        said.contains("warning[W0005]: the schemas in plan/schema/ no longer match the plan (journal.schema.json)"),
        "{said}"
    );
    assert!(said.contains("help: write them again: plan schema --write"), "{said}");
    // With an error, the plan is not read whole: no schema advice, which `plan schema --write` would refuse.
    let text = fs::read_to_string(&orientation).unwrap().replace("kind = \"count\"", "kind = count");
    fs::write(&orientation, text).unwrap();
    let check = plan_cmd(tmp.path()).args(["--lang", "en", "check"]).output().unwrap();
    let said = transcript(&check);
    assert!(said.contains("error[E0101]: text without quotes"), "{said}");
    assert!(!said.contains("W0005"), "{said}");
    let write = plan_cmd(tmp.path()).args(["--lang", "en", "schema", "--write"]).output().unwrap();
    assert_eq!(write.status.code(), Some(1), "{}", transcript(&write));
}

#[test]
fn a_taplo_file_of_ones_own_is_not_replaced() {
    let tmp = demo();
    fs::write(tmp.path().join(".taplo.toml"), "[formatting]\ncolumn_width = 100\n").unwrap();
    let out = plan_cmd(tmp.path()).args(["--lang", "en", "schema", "--write"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        transcript(&out).contains(".taplo.toml already exists and was not written by plan"),
        "{}",
        transcript(&out)
    );
    assert_eq!(fs::read_to_string(tmp.path().join(".taplo.toml")).unwrap(), "[formatting]\ncolumn_width = 100\n");
}

/// The hook other repositories use: `plan check` on the plan, once per run.
#[test]
fn the_pre_commit_hook_runs_plan_check() {
    let hooks = fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.starts_with("- id: plan-check\n"), "{hooks}");
    for line in ["  entry: plan check\n", "  language: rust\n", "  pass_filenames: false\n"] {
        assert!(hooks.contains(line), "{line:?} missing from\n{hooks}");
    }
}
