//! Reads big journal files fast and in bounded memory: a file is cut before its
//! `[[activity]]`, `[[assessment]]` and `[[narrative]]` header lines into chunks, which are
//! parsed and decoded apart, on every core. The result is the same as parsing
//! the whole file at once; when that cannot be guaranteed (a syntax error in a
//! chunk, a key outside the entries), the caller parses the whole file instead.

use std::ops::Range;
use std::thread;

use toml::de::{DeTable, DeValue};

use super::fast;
use super::journal::ENTRY_KINDS;
use super::toml::Decoder;
use crate::diagnostic::Diagnostic;
use crate::model::{FileId, JournalFile};

/// The size of a chunk; a text under twice this size is parsed whole.
pub const CHUNK_BYTES: usize = 8 * 1024;

/// The chunks of a journal text, each at least `chunk_bytes` long but the last:
/// the first starts at 0, the others at the start of an entry header line.
/// `None` when the text is under twice `chunk_bytes`, when the text before the
/// first header holds more than comments and blank lines, or when there is only
/// one chunk.
pub fn chunks(text: &str, chunk_bytes: usize) -> Option<Vec<Range<usize>>> {
    if text.len() < 2 * chunk_bytes {
        return None;
    }
    let first = lines_starting(text, ENTRY_HEADERS).next()?;
    let preamble = &text[..first];
    if !preamble.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return None;
    }
    // Each cut is the first header at least `chunk_bytes` after the one
    // before: found by jumping there and looking on, so that only the bytes
    // between a jump and the next header are scanned, not the whole text.
    let mut cuts = vec![0];
    let mut from = first + 1;
    while let Some(start) = header_from(text, from.max(cuts[cuts.len() - 1] + chunk_bytes), ENTRY_HEADERS) {
        cuts.push(start);
        from = start + 1;
    }
    if cuts.len() < 2 {
        return None;
    }
    cuts.push(text.len());
    Some(cuts.windows(2).map(|w| w[0]..w[1]).collect())
}

/// The header lines that start a journal entry.
pub(super) const ENTRY_HEADERS: &[&str] = &["[[activity]]", "[[assessment]]", "[[narrative]]"];

/// The start of the first line at or after byte `from` (and after byte 0)
/// that starts with one of `headers`.
fn header_from(text: &str, from: usize, headers: &[&str]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from.max(1);
    while at < bytes.len() {
        let found = bytes[at - 1..].windows(3).position(|w| w == b"\n[[")?;
        let start = at + found;
        if headers.iter().any(|h| bytes[start..].starts_with(h.as_bytes())) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// Where the lines of `text` that start with one of `headers` start.
pub(super) fn lines_starting<'t>(text: &'t str, headers: &'t [&str]) -> impl Iterator<Item = usize> + 't {
    let at_start = text.starts_with("[[").then_some(0);
    at_start
        .into_iter()
        .chain(text.match_indices("\n[[").map(|(i, _)| i + 1))
        .filter(move |&i| headers.iter().any(|h| text[i..].starts_with(h)))
}

/// A journal text decoded chunk by chunk: one part per worker, in order, the
/// diagnostics, and whether the fast path read every chunk.
pub type Decoded = (Vec<JournalFile>, Vec<Diagnostic>, bool);

/// Decodes a journal text chunk by chunk, in parallel, into one part per
/// worker, in order (the parts are not merged: moving a million entries into
/// one vector cost time and memory for nothing). `None` when some chunk does
/// not parse cleanly, or holds anything but entries: the caller then parses
/// the whole text, which reports exactly what is wrong.
pub fn decode(file: FileId, text: &str, year: Option<i32>, chunks: &[Range<usize>]) -> Option<Decoded> {
    let parts = on_every_core(chunks, |group| {
        let mut out = (JournalFile { year, ..JournalFile::default() }, Vec::new(), true);
        for range in group {
            if let Some(part) = fast::decode(file, &text[range.clone()], range.start, year) {
                out.0.extend(part);
                continue;
            }
            out.2 = false;
            let table = parse_chunk(text, range)?;
            let mut decoder = Decoder::new(file, text, range.start, &mut out.1);
            let root = decoder.root(&table);
            let part = decoder.journal(&root, year);
            out.0.extend(part);
        }
        Some(out)
    })?;
    let mut diags = Vec::new();
    let mut all_fast = true;
    let parts = parts.into_iter().map(|(part, found, fast)| {
        diags.extend(found);
        all_fast &= fast;
        part
    });
    Some((parts.collect(), diags, all_fast))
}

/// How many entries of each kind (in [`ENTRY_KINDS`] order) a journal text
/// holds, counted chunk by chunk in parallel; `None` when the chunks cannot
/// stand for the whole text.
pub fn count(text: &str, chunks: &[Range<usize>]) -> Option<[usize; 3]> {
    let parts = on_every_core(chunks, |group| {
        let mut counts = [0; 3];
        for range in group {
            let table = parse_chunk(text, range)?;
            for (count, kind) in counts.iter_mut().zip(ENTRY_KINDS) {
                *count += match table.get(*kind).map(|v| v.get_ref()) {
                    Some(DeValue::Array(items)) => items.len(),
                    _ => 0,
                };
            }
        }
        Some(counts)
    })?;
    Some(parts.into_iter().fold([0; 3], |a, b| [a[0] + b[0], a[1] + b[1], a[2] + b[2]]))
}

/// Runs `f` on groups of consecutive chunks, one group per core, and returns
/// the results in order; `None` if `f` gives `None` for some group.
fn on_every_core<T: Send>(chunks: &[Range<usize>], f: impl Fn(&[Range<usize>]) -> Option<T> + Sync) -> Option<Vec<T>> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, chunks.len().max(1));
    let per_worker = chunks.len().div_ceil(workers).max(1);
    let f = &f;
    thread::scope(|scope| {
        let handles: Vec<_> = chunks.chunks(per_worker).map(|group| scope.spawn(move || f(group))).collect();
        handles.into_iter().map(|h| h.join().expect("a journal chunk worker panicked")).collect()
    })
}

/// A chunk, parsed; `None` if it has a syntax error or holds anything but
/// arrays of entries.
fn parse_chunk<'t>(text: &'t str, range: &Range<usize>) -> Option<DeTable<'t>> {
    let (table, errors) = DeTable::parse_recoverable(&text[range.clone()]);
    if !errors.is_empty() {
        return None;
    }
    let table = table.into_inner();
    let only_entries = table.iter().all(|(key, value)| {
        ENTRY_KINDS.contains(&key.get_ref().as_ref()) && matches!(value.get_ref(), DeValue::Array(_))
    });
    only_entries.then_some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# Journal\n\n[[activity]]\ndate = 2019-01-02\n\n[[assessment]]\nx = 1\n[[activity]]\n";

    #[test]
    fn cuts_fall_before_entry_headers() {
        let chunks = chunks(TEXT, 10).unwrap();
        let starts: Vec<&str> = chunks.iter().map(|r| &TEXT[r.clone()]).map(|c| c.lines().next().unwrap()).collect();
        assert_eq!(starts, ["# Journal", "[[assessment]]", "[[activity]]"]);
        assert_eq!(chunks.last().unwrap().end, TEXT.len());
    }

    #[test]
    fn small_texts_and_keys_before_the_first_entry_are_not_cut() {
        assert_eq!(chunks(TEXT, 1000), None);
        assert_eq!(chunks(&format!("activity = []\n{TEXT}"), 1), None);
        assert_eq!(chunks("# nothing\n", 1), None);
    }
}

/// Decoding in chunks gives what decoding whole gives, for journals of valid
/// entries, faulty entries and stray text, cut at every chunk size.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use proptest::sample::select;

    use super::*;
    use crate::diagnostic::sort;
    use crate::read::journal_by_toml;

    /// Lines an entry may hold: good keys, faulty values, unknown keys, comments, junk.
    const LINES: &[&str] = &[
        "date = 2019-03-01",
        "date = 2019-13-01",
        "date = \"2019-03-01\"",
        "title = \"Rencontre # du COCO\"",
        "title = ''",
        "indicators = [\"1.1.1\", \"1.1.2a\"]",
        "indicators = []",
        "amount = 3",
        "amount = 0",
        "note = \"\"\"\nsur deux\nlignes\"\"\"",
        "indicator = \"1.2.1\"",
        "level = \"achieved\"",
        "level = \"done\"",
        "titre = \"x\"",
        "# [[activity]] in a comment",
        "",
        "x = [1,",
        "\"\"\"",
        "activity = 2",
        "[[activity]]x",
    ];

    const HEADERS: &[&str] = &["[[activity]]", "[[assessment]]", "[[activity]]   # réunion", "[activity]", "[[other]]"];

    fn block() -> impl Strategy<Value = String> {
        (select(HEADERS), proptest::collection::vec(select(LINES), 0..6))
            .prop_map(|(header, lines)| format!("{header}\n{}\n", lines.join("\n")))
    }

    fn journal() -> impl Strategy<Value = String> {
        let preamble = select(vec!["", "# Journal 2019\n\n", "activity = []\n", "\n\n"]);
        (preamble, proptest::collection::vec(block(), 0..12), any::<bool>()).prop_map(|(pre, blocks, crlf)| {
            let text = format!("{pre}{}", blocks.join("\n"));
            if crlf { text.replace('\n', "\r\n") } else { text }
        })
    }

    /// The cuts as they were made before: every header found, one after the other.
    fn cuts_by_scanning(text: &str, chunk_bytes: usize) -> Option<Vec<Range<usize>>> {
        if text.len() < 2 * chunk_bytes {
            return None;
        }
        let mut headers = lines_starting(text, ENTRY_HEADERS);
        let first = headers.next()?;
        if !text[..first].lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
            return None;
        }
        let mut cuts = vec![0];
        for start in headers {
            if start - cuts[cuts.len() - 1] >= chunk_bytes {
                cuts.push(start);
            }
        }
        if cuts.len() < 2 {
            return None;
        }
        cuts.push(text.len());
        Some(cuts.windows(2).map(|w| w[0]..w[1]).collect())
    }

    proptest! {
        #[test]
        fn cuts_by_jumping_are_cuts_by_scanning(text in journal(), chunk_bytes in 1..120usize) {
            prop_assert_eq!(chunks(&text, chunk_bytes), cuts_by_scanning(&text, chunk_bytes), "{}", text);
        }

        #[test]
        fn chunked_decoding_is_whole_decoding(text in journal(), chunk_bytes in 1..120usize) {
            let Some(cuts) = chunks(&text, chunk_bytes) else { return Ok(()) };
            prop_assert_eq!(cuts.iter().map(|r| r.len()).sum::<usize>(), text.len());
            if let Some((parts, diags, _)) = decode(FileId(0), &text, Some(2019), &cuts) {
                let mut merged = JournalFile { year: Some(2019), ..JournalFile::default() };
                parts.into_iter().for_each(|p| merged.extend(p));
                let mut chunked = (merged, diags);
                let whole = journal_by_toml(&text);
                prop_assert!(whole.is_some(), "chunks parsed, but the whole text does not:\n{}", text);
                let mut whole = whole.unwrap();
                sort(&mut chunked.1);
                sort(&mut whole.1);
                prop_assert!(chunked == whole, "chunked and whole decoding differ on:\n{}", text);
            }
        }
    }
}
