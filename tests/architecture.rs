//! The house rules of ARCHITECTURE.md, enforced by reading `src/`:
//!
//! - each module uses only the modules below it in [`LAYERS`], so dependencies
//!   run one way and no cycle can form;
//! - only `write/` changes files, and only the binary prints;
//! - every message of the catalogue is used somewhere.
//!
//! A new module must be given its place in [`LAYERS`] before this test passes.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use common::{files_under, root};

/// The library's modules, each with the modules it may use. A module may use
/// only modules listed before it, which the test also checks, so this order is
/// the order of the layers, from the bottom.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("suggest", &[]),
    ("i18n", &["model"]),
    ("diagnostic", &["model", "i18n"]),
    ("layout", &["model"]),
    ("starter", &["model", "layout"]),
    ("source", &["model", "i18n", "diagnostic", "layout"]),
    ("read", &["model", "i18n", "diagnostic", "layout", "source", "suggest"]),
    ("validate", &["model", "i18n", "diagnostic", "suggest"]),
    ("schema", &["model", "i18n", "layout"]),
    ("workspace", &["model", "i18n", "diagnostic", "layout", "source", "read", "validate", "schema"]),
    ("report", &["model", "i18n", "source"]),
    ("render", &["model", "i18n", "diagnostic", "source", "report", "workspace"]),
    ("write", &["model", "layout", "read", "schema"]),
];

/// The binary's modules: `main` runs `commands`, which read `cli`'s arguments.
const BINARY: &[(&str, &[&str])] = &[("cli", &[]), ("commands", &["cli"]), ("main", &["cli", "commands"])];

/// Calls that change files: only `write/` may make them.
const FILE_CHANGES: &[&str] = &[
    "fs::write",
    "File::create",
    "OpenOptions",
    "fs::rename",
    "remove_file",
    "remove_dir",
    "create_dir",
    "set_permissions",
    ".persist(",
    "tempfile",
];

/// What prints: only the binary may.
const PRINTS: &[&str] = &["print!", "println!", "eprint!", "eprintln!", "stdout()", "stderr()", "dbg!"];

/// Every `.rs` file under `src/`, by its path relative to `src/` (with `/`), and its text.
fn sources() -> BTreeMap<String, String> {
    let src = root().join("src");
    let rust = files_under(&src).into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs"));
    rust.map(|p| {
        let name = p.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        (name, fs::read_to_string(&p).unwrap())
    })
    .collect()
}

/// The top-level module a file belongs to: `model/tree.rs` → `model`, `workspace.rs` → `workspace`.
fn module_of(file: &str) -> &str {
    file.split('/').next().unwrap().trim_end_matches(".rs")
}

/// Whether a file is part of the binary rather than the library.
fn in_binary(file: &str) -> bool {
    BINARY.iter().any(|(m, _)| *m == module_of(file))
}

/// The code of a file, without comments and without its test module (tests
/// may do what the code may not, such as write temporary files).
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod ").next().unwrap();
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The top-level modules a piece of code names with `prefix` (`crate::` or `plan::`).
fn uses(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        let names = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap().split(',').map(str::trim).collect(),
            None => vec![rest],
        };
        for name in names {
            let ident: String = name.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !ident.is_empty() && ident != "self" {
                used.insert(ident);
            }
        }
    }
    used
}

/// Every import that breaks the layers, as `file: uses module`.
fn violations(files: &BTreeMap<String, String>) -> Vec<String> {
    let mut wrong = Vec::new();
    for (file, text) in files.iter().filter(|(f, _)| f.as_str() != "lib.rs") {
        let layers = if in_binary(file) { BINARY } else { LAYERS };
        let module = module_of(file);
        let Some((_, allowed)) = layers.iter().find(|(m, _)| *m == module) else {
            wrong.push(format!("{file}: module `{module}` has no place in the layers of tests/architecture.rs"));
            continue;
        };
        for used in uses(&code(text), "crate::") {
            if used != module && !allowed.contains(&used.as_str()) {
                wrong.push(format!("{file}: `{module}` may not use `{used}`"));
            }
        }
    }
    wrong
}

#[test]
fn the_layers_are_listed_bottom_up() {
    for layers in [LAYERS, BINARY] {
        for (i, (module, allowed)) in layers.iter().enumerate() {
            for dep in *allowed {
                let below = layers[..i].iter().any(|(m, _)| m == dep);
                assert!(below, "`{module}` may use `{dep}`, which is not listed before it: that would allow a cycle");
            }
        }
    }
}

#[test]
fn dependencies_run_one_way() {
    let files = sources();
    assert!(files.len() > 20, "src/ was not found");
    let wrong = violations(&files);
    assert!(wrong.is_empty(), "imports against the layers (see ARCHITECTURE.md):\n{}", wrong.join("\n"));
}

#[test]
fn the_check_catches_a_wrong_way_import_and_an_unknown_module() {
    let mut files = BTreeMap::new();
    files.insert("model/plan.rs".to_string(), "use crate::render::Format;\n".to_string());
    files.insert("report/status.rs".to_string(), "use crate::{model::Plan, write};\n".to_string());
    files.insert("gadget.rs".to_string(), "use crate::model::Plan;\n".to_string());
    files.insert("source/dir.rs".to_string(), "// crate::read in a comment\nuse crate::layout::x;\n".to_string());
    assert_eq!(
        violations(&files),
        [
            "gadget.rs: module `gadget` has no place in the layers of tests/architecture.rs",
            "model/plan.rs: `model` may not use `render`",
            "report/status.rs: `report` may not use `write`",
        ]
    );
}

/// Files of the library whose code (tests aside) contains one of `needles`.
fn library_files_with(files: &BTreeMap<String, String>, needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (file, text) in files.iter().filter(|(f, _)| !in_binary(f)) {
        let code = code(text);
        for needle in needles.iter().filter(|n| code.contains(**n)) {
            found.push(format!("{file}: {needle}"));
        }
    }
    found
}

#[test]
fn only_write_changes_files() {
    let files = sources();
    let found: Vec<String> =
        library_files_with(&files, FILE_CHANGES).into_iter().filter(|f| !f.starts_with("write/")).collect();
    assert!(found.is_empty(), "only src/write/ may change files:\n{}", found.join("\n"));
}

#[test]
fn only_the_binary_prints() {
    let found = library_files_with(&sources(), PRINTS);
    assert!(found.is_empty(), "the library never prints; return text to the binary instead:\n{}", found.join("\n"));
}

/// The ids of the message catalogue, read from `src/i18n.rs`.
fn message_ids(i18n: &str) -> Vec<String> {
    let start = i18n.find("messages! {").expect("the catalogue");
    let body = &i18n[start..i18n[start..].find("\n}\n").unwrap() + start];
    body.lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|l| l.split([' ', '{']).next())
        .map(String::from)
        .collect()
}

#[test]
fn every_message_is_used() {
    let files = sources();
    let ids = message_ids(&files["i18n.rs"]);
    assert!(ids.len() > 100, "the catalogue was not read: {ids:?}");
    let elsewhere: String = files.iter().filter(|(f, _)| f.as_str() != "i18n.rs").map(|(_, t)| code(t)).collect();
    let unused: Vec<&String> = ids.iter().filter(|id| !elsewhere.contains(&format!("MsgId::{id}"))).collect();
    assert!(unused.is_empty(), "messages no code uses (remove them): {unused:?}");
}
