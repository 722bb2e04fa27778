//! The README and the guides in `docs/` say what `plan` does: their links lead
//! to files that exist, every flag they name is a flag of its command, and the
//! README's tour of `record`, `assess`, `note` and `undo` prints what it shows.

mod common;

use std::fs;

use common::{copy_tree, plan_cmd, root, transcript};

const DOCS: [&str; 4] = ["README.md", "docs/guide.fr.md", "docs/guide.en.md", "docs/reference.md"];

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The targets of the Markdown links `](target)` of `text` that stay in the repository.
fn local_links(text: &str) -> Vec<&str> {
    text.split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|target| target.split('#').next().unwrap_or(target))
        .filter(|target| !target.is_empty() && !target.contains("://"))
        .collect()
}

#[test]
fn links_lead_to_files_that_exist() {
    for doc in DOCS {
        let base = root().join(doc).parent().unwrap().to_path_buf();
        for target in local_links(&read(doc)) {
            assert!(base.join(target).exists(), "{doc} links to {target}, which does not exist");
        }
    }
}

/// Each `plan SUBCOMMAND … --flag` written in the docs, as (subcommand, flag):
/// the words after `plan ` up to the end of the inline code or the line.
fn flags_named(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for command in text.lines().flat_map(|line| line.split("plan ").skip(1)) {
        let command = &command[..command.find('`').unwrap_or(command.len())];
        let mut words = command.split_whitespace();
        let Some(sub) = words.next() else { continue };
        for word in words.filter(|w| w.starts_with("--")) {
            let flag = word.split('=').next().unwrap_or(word).trim_end_matches([',', ')', '.', ';', ':']);
            out.push((sub.to_string(), flag.to_string()));
        }
    }
    out
}

#[test]
fn every_flag_the_guides_name_exists() {
    let subcommands = ["check", "status", "show", "record", "assess", "note", "undo", "report", "diff", "init"];
    for doc in ["docs/guide.fr.md", "docs/guide.en.md"] {
        let named = flags_named(&read(doc));
        assert!(named.len() > 10, "{doc}: the flags were not found: {named:?}");
        for (sub, flag) in named.into_iter().filter(|(sub, _)| subcommands.contains(&sub.as_str())) {
            let out = plan_cmd(&root()).args(["--lang", "en", &sub, "--help"]).output().unwrap();
            let help = String::from_utf8_lossy(&out.stdout);
            assert!(
                help.contains(&format!("{flag} ")) || help.contains(&format!("{flag}\n")),
                "{doc}: plan {sub} has no {flag}"
            );
        }
    }
}

/// The README's tour, run on a copy of the demo as it says: each command
/// prints the lines the README shows under it.
#[test]
fn the_readme_tour_of_record_prints_what_it_shows() {
    let readme = read("README.md");
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&root().join("examples/demo"), tmp.path());
    let commands: [&[&str]; 5] = [
        &[
            "record",
            "Rencontre du comité directeur",
            "-i",
            "1.1.1",
            "--date",
            "2019-09-12",
            "--evidence",
            "documents/2019/2019-02-14-pv-comite-directeur.md",
            "--tag",
            "territoire=Shawinigan",
        ],
        &["assess", "3.1.3", "en-bonne-voie", "--date", "2019-06-20"],
        &[
            "note",
            "1.1.2b",
            "explication",
            "Rencontre conjointe reportée à l'automne : deux postes vacants au COCO.",
            "--date",
            "2019-07-02",
        ],
        &["undo"],
        &["record", "Tournée", "-i", "2.2.2", "--date", "2019-09-12", "--tag", "territoire=mekinac"],
    ];
    for args in commands {
        let out = plan_cmd(tmp.path()).args(args).output().unwrap();
        let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!printed.trim().is_empty(), "{args:?}: {}", transcript(&out));
        for line in printed.lines().filter(|l| !l.trim().is_empty()) {
            assert!(readme.contains(line), "the README does not show this line of plan {args:?}:\n{line}");
        }
    }
}
