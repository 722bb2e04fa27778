//! TOML into the model: every file of the plan is parsed and decoded, and
//! every problem in it becomes a diagnostic with its place. Rules that relate
//! several values or files are `validate`'s.

mod chunks;
mod fast;
mod journal;
mod orientation;
mod plan_file;
mod recover;
mod syntax;
mod toml;

use std::path::Path;

use ::toml::de::{DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::{BOM, journal_year};
use crate::model::{FileId, Journal, JournalFile, Lang, Orientation, PlanMeta};
use crate::source::Files;

pub use orientation::Unsure;
use recover::Broken;
use toml::{Decoder, Table};

/// What the files of a plan say, as far as they could be read.
#[derive(Debug, Default)]
pub struct Read {
    /// What `plan.toml` says, when it could be read far enough to know the period.
    pub meta: Option<PlanMeta>,
    /// The plan's language, even when its period could not be read.
    pub language: Option<Lang>,
    pub orientations: Vec<Orientation>,
    pub journal: Journal,
    /// Indicators that exist but whose kind could not be read.
    pub unsure: Unsure,
}

/// Decodes every file. Problems are added to `diags`.
pub fn read(files: &Files, diags: &mut Vec<Diagnostic>) -> Read {
    let mut unsure = Unsure::default();
    let plan = files.plan.and_then(|id| decode_file(files, id, diags, |d, root| Some(d.plan_meta(root))));
    let (meta, language) = plan.unwrap_or_default();
    let example_year = meta.as_ref().map(|m| m.start_year);
    let orientations: Vec<Orientation> = files
        .orientations
        .iter()
        .filter_map(|&id| decode_orientation(files, id, example_year, &mut unsure, diags))
        .collect();
    let journal = decode_journal(files, example_year, diags);
    Read { meta, language, orientations, journal, unsure }
}

/// Parses one file and decodes it with `f`. A file that does not parse is still
/// decoded, so that what it says is known, but only its syntax errors are reported.
fn decode_file<T>(
    files: &Files,
    id: FileId,
    diags: &mut Vec<Diagnostic>,
    f: impl FnOnce(&mut Decoder, &Table) -> Option<T>,
) -> Option<T> {
    let file = files.sources.get(id);
    let (table, errors) = syntax::parse(id, &file.text, diags);
    let mut muted = Vec::new();
    let sink = if errors.is_empty() { diags } else { &mut muted };
    let mut decoder = Decoder::new(id, &file.text, 0, sink);
    let root = decoder.root(&table);
    f(&mut decoder, &root)
}

/// An orientation file. One that does not parse is read objective by
/// objective, so that the objectives after a syntax error are still checked.
fn decode_orientation(
    files: &Files,
    id: FileId,
    first_year: Option<i32>,
    unsure: &mut Unsure,
    diags: &mut Vec<Diagnostic>,
) -> Option<Orientation> {
    let file = files.sources.get(id);
    let (table, errors) = syntax::parse(id, &file.text, diags);
    if !errors.is_empty() {
        return Some(Broken { file: id, text: &file.text, errors }.orientation(first_year, unsure, diags));
    }
    let mut decoder = Decoder::new(id, &file.text, 0, diags);
    decoder.first_year = first_year;
    let root = decoder.root(&table);
    Some(decoder.orientation(&root, unsure))
}

fn decode_journal(files: &Files, example_year: Option<i32>, diags: &mut Vec<Diagnostic>) -> Journal {
    let mut out = Vec::new();
    let mut regular = Vec::new();
    for &id in &files.journals {
        let path = &files.sources.get(id).path;
        let year = journal_year(path);
        if year.is_none() {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let message = Message::new(MsgId::JournalFileName).arg("name", name.unwrap_or_default());
            let help = journal_name_help(files, path, example_year);
            diags.push(Diagnostic::at(Code::JournalFileName, message, id, 0..0).help(help));
        }
        let (parts, by_fast_path) = decode_journal_file(files, id, year, diags);
        out.extend(parts);
        if by_fast_path {
            regular.push(id);
        }
    }
    let texts = files.journals.iter().map(|&id| (id, files.sources.get(id).text.clone())).collect();
    Journal { files: out, texts, regular }
}

/// What to do with a journal file not named after a year. One whose name
/// holds a year (`2019 - Copie.toml`, as Windows names a copy) is named
/// after it, or, when that year's file is there too, is likely a copy of it.
fn journal_name_help(files: &Files, path: &Path, example_year: Option<i32>) -> Message {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let year = stem.split(|c: char| !c.is_ascii_digit()).find_map(|digits| {
        let file = path.with_file_name(format!("{digits}.toml"));
        journal_year(&file).map(|year| (year, files.journals.iter().any(|&id| files.sources.get(id).path == file)))
    });
    match year {
        Some((year, true)) => Message::new(MsgId::JournalCopyHelp).arg("year", year),
        Some((year, false)) => Message::new(MsgId::JournalRenameHelp).arg("year", year),
        None => Message::new(MsgId::JournalFileNameHelp)
            .arg("example", example_year.map_or("YYYY".to_string(), |y| y.to_string())),
    }
}

/// A journal file, decoded in chunks and in parallel when it is big (see
/// `chunks.rs`), else, or when chunks cannot stand for the whole, at once. One
/// that does not parse is read entry by entry, so that the entries after a
/// syntax error are still checked. Also says whether the fast path read every
/// line (see [`Journal::regular`]).
fn decode_journal_file(
    files: &Files,
    id: FileId,
    year: Option<i32>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<JournalFile>, bool) {
    let file = files.sources.get(id);
    let text = &file.text;
    let decoded = chunks::chunks(text, chunks::CHUNK_BYTES).and_then(|c| chunks::decode(id, text, year, &c));
    if let Some((parts, file_diags, all_fast)) = decoded {
        diags.extend(file_diags);
        return (parts, all_fast);
    }
    if let Some(file) = fast::decode(id, text, 0, year) {
        return (vec![file], true);
    }
    let (table, errors) = syntax::parse(id, text, diags);
    if !errors.is_empty() {
        return (vec![Broken { file: id, text, errors }.journal(year, diags)], false);
    }
    let mut decoder = Decoder::new(id, text, 0, diags);
    let root = decoder.root(&table);
    (vec![decoder.journal(&root, year)], false)
}

/// Whether the fast path reads a whole journal text (as it must for the file
/// to be among [`Journal::regular`]).
#[cfg(test)]
pub(crate) fn by_fast_path(text: &str) -> bool {
    fast::decode(FileId(0), text, 0, Some(2019)).is_some()
}

/// What the TOML path gives for a whole journal text of plan year 2019: the
/// file and its diagnostics, if it parses. The fast path and the chunks are
/// held to it.
#[cfg(test)]
pub(crate) fn journal_by_toml(text: &str) -> Option<(JournalFile, Vec<Diagnostic>)> {
    let mut diags = Vec::new();
    let (table, errors) = syntax::parse(FileId(0), text, &mut diags);
    let mut decoder = Decoder::new(FileId(0), text, 0, &mut diags);
    let root = decoder.root(&table);
    let file = decoder.journal(&root, Some(2019));
    errors.is_empty().then_some((file, diags))
}

/// How many entries of each kind (activities, assessments, narratives) a
/// journal text holds; `None` if it does not parse. A big text is counted in
/// chunks, on every core (see `chunks.rs`).
pub fn entry_counts(bytes: &[u8]) -> Option<[usize; 3]> {
    let text = std::str::from_utf8(bytes.strip_prefix(BOM).unwrap_or(bytes)).ok()?;
    let counted = chunks::chunks(text, chunks::CHUNK_BYTES).and_then(|c| chunks::count(text, &c));
    if counted.is_some() {
        return counted;
    }
    let table = DeTable::parse(text).ok()?.into_inner();
    let len = |key: &str| match table.get(key).map(|v| v.get_ref()) {
        None => Some(0),
        Some(DeValue::Array(items)) => Some(items.len()),
        Some(_) => None,
    };
    Some([len("activity")?, len("assessment")?, len("narrative")?])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;

    /// A journal file is regular when the fast path read all of it, in chunks
    /// or whole; one escape, read by the TOML parser, makes it not.
    #[test]
    fn files_the_fast_path_read_whole_are_regular() {
        let entry =
            |title: &str| format!("\n[[activity]]\ndate = 2019-01-02\ntitle = \"{title}\"\nindicators = [\"1.1\"]\n");
        let big: String = (0..2000).map(|i| entry(&format!("r{i}"))).collect();
        assert!(big.len() > 4 * chunks::CHUNK_BYTES, "read in chunks");
        let escaped = entry("a \\\" b");
        let texts = [entry("a"), big.clone(), format!("{big}{escaped}"), escaped];
        let files =
            texts.iter().enumerate().map(|(i, t)| (format!("journal/{}.toml", 2017 + i), t.clone().into_bytes()));
        let files = Source::Memory { dir: "/p".into(), files: files.collect() }.read();
        let read = read(&files, &mut Vec::new());
        let years: Vec<i32> =
            read.journal.regular.iter().map(|&id| journal_year(&files.sources.get(id).path).unwrap()).collect();
        assert_eq!(years, [2017, 2018]);
        assert_eq!(read.journal.activities().count(), 1 + 2000 + 2001 + 1);
    }

    /// The years a help writes for `targets = [1, 2]` start at the plan's
    /// first, in a file that parses and in one with a syntax error further down.
    #[test]
    fn targets_written_as_a_list_are_given_the_plan_s_years() {
        let plan = "[plan]\ntitle = \"P\"\norganization = \"O\"\nstart_year = 2019\nend_year = 2020\n";
        let indicator = "id = \"1\"\ntitle = \"O\"\n[[objective]]\nid = \"1.1\"\ntitle = \"o\"\n[[objective.action]]\nid = \"1.1.1\"\ntitle = \"a\"\n[[objective.action.indicator]]\nid = \"1.1.1\"\ntext = \"t\"\nkind = \"count\"\ntargets = [1, 2]\n";
        for orientation in [indicator.to_string(), format!("{indicator}[[objective]]\nid = \"1.2\ntitle = \"x\"\n")] {
            let files =
                [("plan.toml".to_string(), plan.into()), ("orientations/1.toml".to_string(), orientation.into())];
            let files = Source::Memory { dir: "/p".into(), files: files.into_iter().collect() }.read();
            let mut diags = Vec::new();
            read(&files, &mut diags);
            let help = diags.iter().find(|d| d.code == Code::WrongType).and_then(|d| d.help.clone());
            let line = "targets = { 2019 = 1, 2020 = 2 }";
            assert_eq!(help, Some(Message::new(MsgId::TargetsByYearHelp).arg("line", line)), "{diags:?}");
        }
    }

    #[test]
    fn a_journal_file_whose_name_holds_a_year_is_told_to_take_it_or_called_a_copy() {
        let names = ["2019.toml", "2019 - Copie.toml", "Copie de 2020.toml", "20190214.toml", "notes.toml"];
        let files = names.iter().map(|name| (format!("journal/{name}"), Vec::new())).collect();
        let files = Source::Memory { dir: "/p".into(), files }.read();
        let mut diags = Vec::new();
        read(&files, &mut diags);
        let helps: Vec<Message> = diags.iter().filter_map(|d| d.help.clone()).collect();
        assert_eq!(
            helps,
            [
                Message::new(MsgId::JournalCopyHelp).arg("year", 2019),
                Message::new(MsgId::JournalRenameHelp).arg("year", 2020),
                Message::new(MsgId::JournalFileNameHelp).arg("example", "YYYY"),
                Message::new(MsgId::JournalFileNameHelp).arg("example", "YYYY"),
            ]
        );
    }
}
