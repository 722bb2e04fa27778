//! Reads big journal files fast and in bounded memory: a file is cut before its
//! `[[activity]]` and `[[assessment]]` header lines into chunks, which are
//! parsed and decoded apart, on every core. The result is the same as parsing
//! the whole file at once; when that cannot be guaranteed (a syntax error in a
//! chunk, a key outside the entries), the caller parses the whole file instead.

use std::ops::Range;
use std::thread;

use toml::de::{DeTable, DeValue};

use crate::decode::Decoder;
use crate::diagnostic::Diagnostic;
use crate::model::{FileId, JournalFile};

/// Below this size a file is parsed whole: chunking would not pay.
pub const CHUNK_BYTES: usize = 256 * 1024;

/// The chunks of a journal text, each at least `chunk_bytes` long but the last:
/// the first starts at 0, the others at the start of an entry header line.
/// `None` when the text before the first header holds more than comments and
/// blank lines, or when there is only one chunk.
pub fn chunks(text: &str, chunk_bytes: usize) -> Option<Vec<Range<usize>>> {
    let mut cuts = vec![0];
    let mut line_start = 0;
    let mut first_header = None;
    for line in text.split_inclusive('\n') {
        if line.starts_with("[[activity]]") || line.starts_with("[[assessment]]") {
            if first_header.is_none() {
                first_header = Some(line_start);
            } else if line_start - cuts[cuts.len() - 1] >= chunk_bytes {
                cuts.push(line_start);
            }
        }
        line_start += line.len();
    }
    let preamble = &text[..first_header?];
    if !preamble.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) || cuts.len() < 2 {
        return None;
    }
    cuts.push(text.len());
    Some(cuts.windows(2).map(|w| w[0]..w[1]).collect())
}

/// Decodes a journal text chunk by chunk, in parallel. `None` when some chunk
/// does not parse cleanly, or holds anything but entries: the caller then parses
/// the whole text, which reports exactly what is wrong.
pub fn decode(
    file: FileId,
    text: &str,
    year: Option<i32>,
    chunks: &[Range<usize>],
) -> Option<(JournalFile, Vec<Diagnostic>)> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get()).min(chunks.len());
    let per_worker = chunks.len().div_ceil(workers);
    let parts: Vec<Option<(JournalFile, Vec<Diagnostic>)>> = thread::scope(|scope| {
        let handles: Vec<_> =
            chunks.chunks(per_worker).map(|group| scope.spawn(move || decode_group(file, text, year, group))).collect();
        handles.into_iter().map(|h| h.join().expect("a journal chunk decoder panicked")).collect()
    });
    let mut whole = JournalFile { year, ..JournalFile::default() };
    let mut diags = Vec::new();
    for (part, part_diags) in parts.into_iter().collect::<Option<Vec<_>>>()? {
        whole.activities.extend(part.activities);
        whole.assessments.extend(part.assessments);
        diags.extend(part_diags);
    }
    Some((whole, diags))
}

/// Decodes consecutive chunks, one after another.
fn decode_group(
    file: FileId,
    text: &str,
    year: Option<i32>,
    group: &[Range<usize>],
) -> Option<(JournalFile, Vec<Diagnostic>)> {
    let mut out = JournalFile { year, ..JournalFile::default() };
    let mut diags = Vec::new();
    for range in group {
        let part = decode_chunk(file, text, year, range.clone(), &mut diags)?;
        out.activities.extend(part.activities);
        out.assessments.extend(part.assessments);
    }
    Some((out, diags))
}

fn decode_chunk(
    file: FileId,
    text: &str,
    year: Option<i32>,
    range: Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<JournalFile> {
    let (table, errors) = DeTable::parse_recoverable(&text[range.clone()]);
    if !errors.is_empty() {
        return None;
    }
    let table = table.into_inner();
    let only_entries = table.iter().all(|(key, value)| {
        matches!(key.get_ref().as_ref(), "activity" | "assessment") && matches!(value.get_ref(), DeValue::Array(_))
    });
    if !only_entries {
        return None;
    }
    let mut decoder = Decoder { file, offset: range.start, diags };
    let root = decoder.root(&table);
    Some(decoder.journal(&root, year))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# Journal\n\n[[activity]]\ndate = 2019-01-02\n\n[[assessment]]\nx = 1\n[[activity]]\n";

    #[test]
    fn cuts_fall_before_entry_headers() {
        let chunks = chunks(TEXT, 1).unwrap();
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
