//! What every `check` must guarantee, whatever its input: no panic, every
//! location inside its file, and no raw control character in any output.
//! Shared by the property tests and by the fuzz target, which includes this
//! file by path, so that both hold the library to the same promises.

use std::path::Path;

use plan::diagnostic::Diagnostic;
use plan::model::Lang;
use plan::render::{
    BilanFormat, BilanOptions, Format, Options, Paper, Rendered, TextStyle, bilan as render_bilan, json_safe, render,
    render_github, render_human, to_json,
};
use plan::report::{Filter, Scope, bilan, compute};
use plan::source::{Source, Sources};
use plan::workspace::Workspace;

/// Where the parts of a fuzz input go, in order.
pub const PARTS: [&str; 7] = [
    "plan.toml",
    "orientations/1.toml",
    "orientations/2.toml",
    "journal/2017.toml",
    "journal/2018.toml",
    "journal/2019.toml",
    "journal/notes.toml",
];

/// The byte that separates the files of one fuzz input: 0xFF never occurs in UTF-8.
pub const SEPARATOR: u8 = 0xFF;

/// The plan files one input stands for: its parts between separators, named by [`PARTS`].
pub fn files_of(data: &[u8]) -> Vec<(String, Vec<u8>)> {
    data.split(|&b| b == SEPARATOR).zip(PARTS).map(|(bytes, name)| (name.to_string(), bytes.to_vec())).collect()
}

/// Joins plan files into one input, the inverse of [`files_of`].
pub fn join_files(files: &[&[u8]]) -> Vec<u8> {
    files.join(&SEPARATOR)
}

/// Checks files held in memory, as `plan check` checks a folder.
pub fn check_files(files: Vec<(String, Vec<u8>)>) -> Workspace {
    Workspace::open(Source::Memory { dir: Path::new("/fuzz/plan").to_path_buf(), files })
}

/// Panics, saying why, if `checked` breaks a promise.
pub fn assert_sound(checked: &Workspace) {
    for d in &checked.diagnostics {
        assert_located_inside(d, &checked.sources);
    }
    for lang in [Lang::En, Lang::Fr] {
        let human = render_human(&checked.diagnostics, &checked.sources, TextStyle { lang, color: false, width: None });
        assert_printable("diagnostics", &human);
        assert_annotations(&render_github(&checked.diagnostics, &checked.sources, lang));
        let json = serde_json::to_string_pretty(&to_json(&checked.diagnostics, &checked.sources, lang)).unwrap();
        assert_printable("json diagnostics", &json_safe(json));
    }
    let has_errors = checked.tally().errors > 0;
    if let (Some(plan), false) = (&checked.plan, has_errors) {
        let meta = &plan.meta;
        for as_of in [meta.year_first_day(meta.start_year), meta.year_last_day(meta.end_year)] {
            let report = compute(plan, &checked.journal, as_of, &Filter::default());
            for format in [Format::Table, Format::Csv, Format::Json, Format::Markdown, Format::Html] {
                let options = Options { lang: Lang::Fr, color: false, width: 100, height: None };
                match render(&report, format, options) {
                    Ok(Rendered::Text(text)) => assert_printable("status", &text),
                    other => panic!("status as {format:?} gave {other:?}"),
                }
            }
            assert_bilan_printable(plan, &checked.journal, as_of);
        }
    }
}

/// The bilan of the whole plan renders, in HTML and Markdown, with nothing raw in it.
fn assert_bilan_printable(plan: &plan::model::Plan, journal: &plan::model::Journal, as_of: chrono::NaiveDate) {
    let data = bilan(plan, journal, Scope::Plan, as_of);
    for format in [BilanFormat::Html, BilanFormat::Markdown] {
        let options = BilanOptions {
            lang: Lang::Fr,
            format,
            paper: Paper::Letter,
            made: as_of,
            commit: None,
            links: "plan/",
            template: None,
            since: None,
        };
        match render_bilan(&data, &options) {
            Ok(text) => assert_printable("bilan", &text),
            Err(e) => panic!("the bilan as {format:?} failed: {e:?}"),
        }
    }
}

/// Every span of a diagnostic lies inside its file's text, on character boundaries.
fn assert_located_inside(d: &Diagnostic, sources: &Sources) {
    for loc in d.loc.iter().chain(d.notes.iter().map(|n| &n.loc)) {
        let text = &sources.get(loc.file).text;
        let span = &loc.span();
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{} points at {span:?} outside {} ({} bytes)",
            d.code.as_str(),
            sources.get(loc.file).display,
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{} points inside a character at {span:?}",
            d.code.as_str()
        );
    }
}

/// A character that must never reach a terminal raw: any control but the line
/// feed, the bidirectional controls, and the invisible characters.
pub fn is_raw_control(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}')
}

/// Panics if `output` holds a raw control or invisible character, or anything a
/// GitHub Actions runner would take for a workflow command: `##[` anywhere, or
/// `::` and a command name at the start of a line (a note's `  ::: file` is not one).
pub fn assert_printable(what: &str, output: &str) {
    if let Some((at, c)) = output.char_indices().find(|&(_, c)| is_raw_control(c)) {
        let from = output[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
        panic!("{what} prints raw U+{:04X} after {:?}", c as u32, &output[from..at]);
    }
    assert!(!output.contains("##["), "{what} prints a workflow command (##[):\n{output}");
    for line in output.lines() {
        let command = line.trim_start().strip_prefix("::").is_some_and(|rest| !rest.starts_with(':'));
        assert!(!command, "{what} prints a workflow command: {line:?}");
    }
}

/// Panics unless every line of GitHub annotations is one annotation, with
/// nothing in it that starts another command.
pub fn assert_annotations(output: &str) {
    for line in output.lines() {
        assert!(line.starts_with("::error ") || line.starts_with("::warning "), "not an annotation: {line:?}");
        assert!(!line.contains("##["), "an annotation holds a workflow command: {line:?}");
        assert!(!line.chars().any(is_raw_control), "an annotation holds a raw control: {line:?}");
    }
}
