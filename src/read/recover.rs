//! Reading past a syntax error. When a file does not parse, it is cut before
//! each journal entry, or before each `[[objective]]` of an orientation file;
//! every piece that holds none of the file's syntax errors and parses on its
//! own is decoded as usual, so that the problems after a bad value are still
//! found. The syntax errors themselves come from parsing the whole file.

use std::ops::Range;

use toml::de::DeTable;

use super::chunks::{ENTRY_HEADERS, lines_starting};
use super::orientation::Unsure;
use super::toml::Decoder;
use crate::diagnostic::Diagnostic;
use crate::model::{FileId, JournalFile, Orientation};

/// A file that did not parse whole: its id, its text, and where its syntax errors start.
pub struct Broken<'t> {
    pub file: FileId,
    pub text: &'t str,
    /// In order, so that a piece finds its own by binary search.
    pub errors: Vec<usize>,
}

impl<'t> Broken<'t> {
    /// The pieces of the text: the first from 0, the others from each line
    /// that starts with one of `headers`.
    fn pieces(&self, headers: &[&str]) -> Vec<Range<usize>> {
        let mut cuts: Vec<usize> = std::iter::once(0).chain(lines_starting(self.text, headers)).collect();
        cuts.dedup();
        cuts.push(self.text.len());
        cuts.windows(2).map(|w| w[0]..w[1]).collect()
    }

    /// Whether a piece holds the start of one of the file's syntax errors.
    fn holds_an_error(&self, piece: &Range<usize>) -> bool {
        let last = piece.end == self.text.len();
        let first = self.errors.partition_point(|&e| e < piece.start);
        self.errors.get(first).is_some_and(|&e| e < piece.end || (last && e == piece.end))
    }

    /// A piece, parsed alone: `Ok` when it holds no syntax error, else the
    /// tree that could be recovered from it.
    fn parse(&self, piece: &Range<usize>) -> Result<DeTable<'t>, DeTable<'t>> {
        let (table, errors) = DeTable::parse_recoverable(&self.text[piece.clone()]);
        let table = table.into_inner();
        if errors.is_empty() && !self.holds_an_error(piece) { Ok(table) } else { Err(table) }
    }

    /// The entries of every piece that starts with an entry header and parses
    /// cleanly; pieces with errors, and what comes before the first entry, are
    /// left out.
    pub fn journal(&self, year: Option<i32>, diags: &mut Vec<Diagnostic>) -> JournalFile {
        let mut out = JournalFile { year, ..JournalFile::default() };
        let entries = self
            .pieces(ENTRY_HEADERS)
            .into_iter()
            .filter(|p| ENTRY_HEADERS.iter().any(|h| self.text[p.clone()].starts_with(h)));
        for piece in entries {
            let Ok(table) = self.parse(&piece) else { continue };
            let mut decoder = Decoder::new(self.file, self.text, piece.start, diags);
            let root = decoder.root(&table);
            let part = decoder.journal(&root, year);
            out.extend(part);
        }
        out
    }

    /// The orientation from its first piece, and its objectives from the others.
    /// A piece with an error is still decoded, so that its ids are known, but
    /// none of its problems is reported beyond the syntax error.
    pub fn orientation(
        &self,
        first_year: Option<i32>,
        unsure: &mut Unsure,
        diags: &mut Vec<Diagnostic>,
    ) -> Orientation {
        let mut orientation: Option<Orientation> = None;
        for piece in self.pieces(&["[[objective]]"]) {
            let mut muted = Vec::new();
            let (table, sink) = match self.parse(&piece) {
                Ok(table) => (table, &mut *diags),
                Err(partial) => {
                    // What the parser gave up on may hold indicators too.
                    unsure.extend(ids_written(&self.text[piece.clone()]));
                    (partial, &mut muted)
                }
            };
            let mut decoder = Decoder::new(self.file, self.text, piece.start, sink);
            decoder.first_year = first_year;
            let root = decoder.root(&table);
            match orientation.as_mut() {
                None => orientation = Some(decoder.orientation(&root, unsure)),
                Some(o) => o.objectives.extend(decoder.objectives(&root, unsure)),
            }
        }
        orientation.expect("a text has a first piece")
    }
}

/// The ids written `id = "…"` (or `'…'`) on lines of `text`, as far as a
/// line shows them.
fn ids_written(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let (key, value) = line.split_once('=')?;
        let value = value.split('#').next()?.trim();
        let quoted = |q: char| value.strip_prefix(q).and_then(|v| v.strip_suffix(q));
        let id = quoted('"').or_else(|| quoted('\''))?;
        (key.trim() == "id" && !id.is_empty()).then(|| id.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_holds_the_errors_that_start_in_it_or_at_the_end_of_the_last() {
        let text = "[[activity]]\na = 1\n[[activity]]\nb = 2\n[[activity]]\nc = 3\n";
        let broken = Broken { file: FileId(0), text, errors: vec![3, text.len()] };
        let pieces = broken.pieces(&["[[activity]]"]);
        let held: Vec<bool> = pieces.iter().map(|p| broken.holds_an_error(p)).collect();
        assert_eq!(held, [true, false, true]);
        let (_, starts) = super::super::syntax::parse(FileId(0), "a = \"x\n[[b]]\nc = 1\nc = 2\n[b\n", &mut Vec::new());
        assert!(starts.len() > 2 && starts.is_sorted(), "{starts:?}");
    }

    #[test]
    fn the_ids_a_broken_piece_shows_are_read_from_its_lines() {
        let piece = "[objective.action.indicator]\nid = \"3.1.1a\" # first\n  id='3.1.1b'\nid = 3.1.1c\nid = \"\"\n";
        assert_eq!(ids_written(piece).collect::<Vec<_>>(), ["3.1.1a", "3.1.1b"]);
    }
}
