//! Syntax errors phrased for people. The toml parser's errors are told
//! apart by its words and by the line where it stopped; the slips a hand
//! editor makes most (an id without quotes, a number written as French writes
//! it, a comma left at the end of a line, a date written 14/09/2025, a quote
//! mark inside its own quotes, a colon for an `=`) get the line as it should be.

use std::collections::{HashMap, HashSet};

use toml::de::DeTable;

use super::journal::{ACTIVITY_KEYS, ASSESSMENT_KEYS, ENTRY_KINDS, NARRATIVE_KEYS};
use super::orientation::{ACTION_KEYS, INDICATOR_KEYS, OBJECTIVE_KEYS, ORIENTATION_KEYS};
use super::plan_file::PLAN_KEYS;
use super::toml::{date_help, english_key};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{FileId, Span};
use crate::suggest::{DayRead, day_meant, day_read, fold};

/// Parses a file's text as TOML. Syntax errors are reported; the tree that
/// could be recovered is returned with where each error starts, in order
/// (none when the tree is whole).
pub fn parse<'i>(file: FileId, text: &'i str, diags: &mut Vec<Diagnostic>) -> (DeTable<'i>, Vec<usize>) {
    if text.starts_with('\u{feff}') {
        diags.push(
            Diagnostic::at(Code::Syntax, MsgId::ExtraBom, file, 0..'\u{feff}'.len_utf8()).help(MsgId::ExtraBomHelp),
        );
    }
    let (table, errors) = DeTable::parse_recoverable(text);
    let starts = if errors.is_empty() { Vec::new() } else { report(file, text, errors, diags) };
    (table.into_inner(), starts)
}

/// Reports the parser's errors, phrased, one a line; gives where each
/// starts, sorted.
fn report(file: FileId, text: &str, errors: Vec<toml::de::Error>, diags: &mut Vec<Diagnostic>) -> Vec<usize> {
    let (errors, mends) = mend_open_values(file, text, errors);
    let index = LineStarts::new(text);
    let mut starts = Vec::with_capacity(errors.len() + mends.len());
    let mut lines = HashSet::new();
    let mut headers = Headers::new(text);
    for mend in mends {
        starts.push(mend.at);
        if lines.insert(index.of(mend.at)) {
            diags.push(mend.diagnostic);
        }
    }
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        starts.push(span.start);
        let line = index.of(span.start);
        // The parser's other errors on a line already reported follow from
        // the first, but for invisible characters: each is one more (a
        // Windows line end in a text left open is that text's). They are
        // told without looking at the line again: a long one may hold many.
        let control = is_control(error.message()) && !text.get(span.start..).unwrap_or("").starts_with("\r\n");
        if lines.contains(&line) && !error.message().starts_with("duplicate key") {
            if control {
                diags.push(Diagnostic::at(Code::Syntax, MsgId::RawControl, file, span).help(MsgId::RawControlHelp));
            }
            continue;
        }
        let diagnostic = syntax_diagnostic(file, &mut headers, error.message(), span.clone());
        let at = diagnostic.loc.map_or(span.start, |loc| loc.span().start);
        // A slip named at an earlier line (the first `[tags]` of many) keeps
        // that line's piece from being read as if it were whole.
        if index.of(at) != line {
            starts.push(at);
        }
        if lines.insert(index.of(at)) || control {
            diags.push(diagnostic);
        }
    }
    // Every line a list's diagnostic names, so that no piece holding one
    // is read as if it were whole.
    starts.extend(headers.marked_lines);
    starts.sort_unstable();
    starts
}

/// Where each line of a text starts, so that the line of each of many
/// errors is found by binary search, not by reading back along a long line.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> LineStarts {
        LineStarts(std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    /// Where the line that holds byte `at` starts.
    fn of(&self, at: usize) -> usize {
        self.0[self.0.partition_point(|&start| start <= at).max(1) - 1]
    }
}

/// Where the line that holds byte `at` of `text` starts.
fn line_start(text: &str, at: usize) -> usize {
    let before = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)
}

/// A parser error, phrased for the user. Impossible dates get their own code.
fn syntax_diagnostic(file: FileId, headers: &mut Headers, detail: &str, span: Span) -> Diagnostic {
    let text = headers.text;
    let detail = detail.trim_end_matches('\n');
    if let Some((line_start, line)) = line_at(text, span.start)
        && let Some(slip) = slip(line, span.start - line_start)
    {
        let place = line_start + slip.place.start..line_start + slip.place.end;
        let d = Diagnostic::at(slip.code, slip.message, file, place).help(slip.help);
        return if slip.code == Code::BadDate { d.label(MsgId::BadDateLabel) } else { d };
    }
    if detail.starts_with("invalid multi-line")
        && let Some(open) = long_text_left_open(file, text, span.start)
    {
        return open;
    }
    if detail.starts_with("invalid date") {
        let written = text.get(span.clone()).unwrap_or("").to_string();
        return Diagnostic::at(Code::BadDate, Message::new(MsgId::BadDate).arg("value", written), file, span)
            .label(MsgId::BadDateLabel)
            .help(MsgId::BadDateCalendarHelp);
    }
    let key = key_of_line(text, span.start);
    let kind = syntax_kind(detail, text.get(span.start..).unwrap_or(""));
    if let Some(SyntaxKind::DuplicateKey) = kind
        && let Some(single) = single_bracket_header(file, headers, span.start)
            .or_else(|| section_slip(file, headers, span.start))
            .or_else(|| entry_clash(file, headers, span.clone()))
    {
        return single;
    }
    let (message, help) = match kind {
        Some(SyntaxKind::DuplicateKey) => {
            let key = text.get(span.clone()).unwrap_or("").trim_matches(['"', '\'']).to_string();
            let on_header = line_at(text, span.start).is_some_and(|(_, line)| line.trim_start().starts_with('['));
            let help = if on_header { MsgId::DuplicateKeyHelp } else { MsgId::DuplicateNameHelp };
            (Message::new(MsgId::DuplicateKey).arg("key", &key), Message::new(help).arg("key", &key))
        }
        Some(SyntaxKind::CurlyQuotes) => {
            let quoted = text.get(span.start..).unwrap_or("").lines().next().unwrap_or("");
            let inner = quoted.trim().trim_matches(CURLY_QUOTES).trim();
            let help = match line_at(text, span.start).and_then(|(_, line)| straight_list(line)) {
                Some(line) => Message::new(MsgId::CurlyQuotesListHelp).arg("line", line),
                None => Message::new(MsgId::CurlyQuotesHelp).arg("key", key).arg("text", inner),
            };
            (MsgId::CurlyQuotes.into(), help)
        }
        Some(SyntaxKind::Unquoted) => {
            let help = Message::new(MsgId::UnquotedTextHelp).arg("key", key).arg("text", unquoted(text, span.clone()));
            (MsgId::UnquotedText.into(), help)
        }
        Some(kind) => (kind.message().into(), kind.help().into()),
        None => (Message::new(MsgId::Syntax).arg("detail", detail), MsgId::SyntaxHelp.into()),
    };
    let span = match kind {
        Some(SyntaxKind::Unclosed) => at_line_end(text, span),
        _ => span,
    };
    Diagnostic::at(Code::Syntax, message, file, span).help(help)
}

/// A text over several lines (`"""` or `'''`) never closed, which the
/// parser names where the file ends: named at its opening quotes, with the
/// first line after them that looks like the file's own (a section, a pair,
/// that parses alone; the quotes' own line starts with them, so is neither)
/// as where it likely ends.
fn long_text_left_open(file: FileId, text: &str, end: usize) -> Option<Diagnostic> {
    let before = text.get(..end)?;
    let (open, quotes) = ["\"\"\"", "'''"].iter().filter_map(|q| Some((before.rfind(q)?, *q))).max()?;
    let after = &text[open..];
    let looks_own = |l: &str| (l.trim_start().starts_with('[') || names_a_key(l)) && DeTable::parse(l.trim()).is_ok();
    let ends = after.lines().enumerate().find(|(_, l)| looks_own(l));
    let help = match ends {
        Some((n, line)) => {
            Message::new(MsgId::LongTextOpenBeforeHelp).arg("quotes", quotes).arg("n", n).arg("line", line.trim())
        }
        None => Message::new(MsgId::LongTextOpenHelp).arg("quotes", quotes),
    };
    let message = Message::new(MsgId::LongTextOpen).arg("quotes", quotes);
    Some(Diagnostic::at(Code::Syntax, message, file, open..open + 3).help(help))
}

/// `span`, or where its line's text ends when it falls in a Windows line
/// end (`\r\n`), so that the place shown is after the text, not on an
/// invisible character.
fn at_line_end(text: &str, span: Span) -> Span {
    let bytes = text.as_bytes();
    let cr = match (bytes.get(span.start), span.start.checked_sub(1).and_then(|i| bytes.get(i))) {
        (Some(b'\r'), _) => span.start,
        (Some(b'\n'), Some(b'\r')) => span.start - 1,
        _ => return span,
    };
    cr..cr
}

/// A text opened with one quote mark on a line and closed on a later one.
struct ContinuedText {
    /// The opening quote mark, and the mark (`"` or `'`).
    open: Span,
    quote: &'static str,
    /// How many lines below the opening one it is closed, and its closing mark.
    below: usize,
    close: usize,
}

impl ContinuedText {
    fn mend(self, file: FileId) -> Mend {
        let help = Message::new(MsgId::ContinuedTextHelp).arg("quotes", self.quote.repeat(3)).arg("n", self.below);
        let message = Message::new(MsgId::ContinuedText).arg("quote", self.quote);
        let diagnostic = Diagnostic::at(Code::Syntax, message, file, self.open.clone()).help(help);
        Mend { at: self.open.start, diagnostic, blank: self.open.end..self.close, fill: None }
    }
}

/// A value the parser reads past wrongly: a text, a list or braces left
/// open on its line. It is named once, where it opens; `blank` is what is
/// overwritten, byte for byte, for the file to be parsed again past it: a
/// text's inside with spaces, a list with an empty one (`[   ]`, braces
/// `{   }`, the marks in `fill`).
struct Mend {
    at: usize,
    diagnostic: Diagnostic,
    blank: Span,
    fill: Option<(char, char)>,
}

/// How many bytes may be parsed again to find the values left open (a
/// small file is parsed again for each, a big one at least once); past them,
/// each further one gives the parser's errors.
const MEND_BYTES: usize = 32 << 20;

/// The values left open ([`Mend`]), and the parser's errors once each is
/// overwritten (so that every byte keeps its place, and what a text holds,
/// a quote mark or a backslash, waits until it is mended). The parser pairs
/// the quote marks or brackets after such a value wrongly, so it only finds
/// the next one once those above are overwritten: the file is parsed again
/// until no new one is found or [`MEND_BYTES`] are parsed.
fn mend_open_values(file: FileId, text: &str, mut errors: Vec<toml::de::Error>) -> (Vec<toml::de::Error>, Vec<Mend>) {
    let mut mends: Vec<Mend> = Vec::new();
    let mut bytes: Option<Vec<u8>> = None;
    for _ in 0..(MEND_BYTES / text.len().max(1)).max(1) {
        let current = bytes.as_deref().map_or(text, |b| std::str::from_utf8(b).unwrap_or(text));
        let found = open_values(file, current, &errors);
        if found.is_empty() {
            break;
        }
        let all = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
        for mend in &found {
            overwrite(all.get_mut(mend.blank.clone()).unwrap_or_default(), mend.fill);
        }
        mends.extend(found);
        errors = DeTable::parse_recoverable(std::str::from_utf8(all).unwrap_or(text)).1;
    }
    (errors, mends)
}

/// The values left open that the parser's errors show, in order, once each;
/// each line that has errors is looked at once (once more if one of them is
/// a text left open): a long line may hold many.
fn open_values(file: FileId, text: &str, errors: &[toml::de::Error]) -> Vec<Mend> {
    let index = LineStarts::new(text);
    let mut seen = HashSet::new();
    let mut found: Vec<Mend> = (errors.iter())
        .filter_map(|e| {
            let (line, unclosed) = (index.of(e.span()?.start), is_unclosed(text, e));
            if !seen.insert((line, unclosed)) {
                return None;
            }
            let open = unclosed.then(|| continued_text(text, line)).flatten();
            open.map(|t| t.mend(file)).or_else(|| unclosed_list(file, text, line))
        })
        .collect();
    found.sort_by_key(|m| m.at);
    found.dedup_by_key(|m| m.at);
    found
}

/// Overwrites a text's inside with spaces, or a list or braces with empty ones.
fn overwrite(bytes: &mut [u8], fill: Option<(char, char)>) {
    bytes.fill(b' ');
    match (bytes, fill) {
        ([only], Some(_)) => *only = b'0',
        ([first, .., last], Some((open, close))) => (*first, *last) = (open as u8, close as u8),
        _ => {}
    }
}

/// A list or braces left open, found at the parser's error at byte `at`:
/// named at its value, with its line mended when it is on one line.
fn unclosed_list(file: FileId, text: &str, at: usize) -> Option<Mend> {
    let (start, line) = line_at(text, at)?;
    if !(names_a_key(line) || line.trim_start().starts_with('[')) {
        return None;
    }
    let ((from, line, end), pair) =
        (BRACKETS.iter()).find_map(|&pair| Some((open_value_above(&text[..start], pair)?, pair)))?;
    let value = value_start(line, line.find('=')?);
    let place = from + value..from + value + before_comment(&line[value..]).len();
    let below = text[place.start..end].matches('\n').count();
    let (message, help) = match (pair.0, below) {
        ('[', 0) => {
            let slip = list_slip(line, first_key(line), value);
            (MsgId::SyntaxList, slip.map_or(MsgId::ListUnclosedHereHelp.into(), |s| s.help))
        }
        ('[', n) => (MsgId::SyntaxList, Message::new(MsgId::ListUnclosedHelp).arg("n", n)),
        (_, 0) => (MsgId::SyntaxInline, Message::new(MsgId::InlineCloseHelp).arg("line", braces_closed(line, value))),
        (_, n) => (MsgId::SyntaxInline, Message::new(MsgId::InlineUnclosedHelp).arg("n", n)),
    };
    let diagnostic = Diagnostic::at(Code::Syntax, message, file, place.clone()).help(help);
    Some(Mend { at: place.start, diagnostic, blank: place.start..end, fill: Some(pair) })
}

/// `line`, whose braces open at byte `value` and are left open, closed (and
/// with commas for `;` between pairs).
fn braces_closed(line: &str, value: usize) -> String {
    let written = before_comment(&line[value..]);
    let closed = format!("{} }}", written.trim_end_matches([',', ' ', '\t']));
    let fixed = format!("{}{closed}{}", &line[..value], &line[value + written.len()..]);
    with_commas_in_braces(&fixed, value).unwrap_or(fixed.trim().to_string())
}

/// The marks that open and close a list, and braces.
const BRACKETS: [(char, char); 2] = [('[', ']'), ('{', '}')];

/// The `key = [` (or `{`, as `pair` says) line nearest the end of `above`,
/// when the lines after it hold no header, no other key for a list, and
/// more marks that open than close (the value is still open): where it
/// starts, the line, and where the last line that is not blank ends.
fn open_value_above(above: &str, pair: (char, char)) -> Option<(usize, &str, usize)> {
    let (mut depth, mut end) = (0, None);
    // Only so far up: a file of many errors and no header was read up to its
    // start for each (2,000 copies of five lines took 11 s to check).
    for (from, line) in lines_upward(above).take(OPEN_VALUE_LINES) {
        let body = line.trim();
        end = end.or((!body.is_empty()).then(|| from + line.trim_end().len()));
        // A section's header is not in a value: the value, if any, was closed.
        if body.starts_with('[') {
            return None;
        }
        depth += bracket_depth(body, pair);
        let opens = names_a_key(body) && line.split_once('=')?.1.trim_start().starts_with(pair.0);
        if opens {
            return (depth > 0).then_some((from, line, end?));
        }
        // A list's items name no key; braces over several lines hold pairs.
        if names_a_key(body) && pair.0 == '[' {
            return None;
        }
    }
    None
}

/// How many lines above a parser's error a list or braces left open are
/// looked for: more than any written by hand.
const OPEN_VALUE_LINES: usize = 500;

/// The lines of `text` from the last up, each with where it starts.
fn lines_upward(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut end = body.len();
    body.rsplit('\n').map(move |line| {
        let from = end - line.len();
        end = from.saturating_sub(1);
        (from, line.strip_suffix('\r').unwrap_or(line))
    })
}

/// How many more marks that open (`[`, or `{`, as `pair` says) than
/// marks that close a line holds, outside quotes and before a comment.
fn bracket_depth(line: &str, (open, close): (char, char)) -> i32 {
    let outside = outside_quotes(line).filter(|&(_, _, outside)| outside);
    outside.map(|(_, c, _)| i32::from(c == open) - i32::from(c == close)).sum()
}

/// Whether a line names a key: `key = …`, the key without quotes.
fn names_a_key(line: &str) -> bool {
    line.split_once('=').is_some_and(|(key, _)| is_bare_key(key.trim()))
}

/// Whether a parser error is a text left open at the end of its line.
fn is_unclosed(text: &str, error: &toml::de::Error) -> bool {
    let here = error.span().and_then(|s| text.get(s.start..)).unwrap_or("");
    matches!(syntax_kind(error.message().trim_end_matches('\n'), here), Some(SyntaxKind::Unclosed))
}

/// For a text left open on the line that holds byte `at`, where a later
/// line closes it: the first with an odd number of its quote marks, before
/// any line that names a key or opens a section (then it is not the text's).
fn continued_text(text: &str, at: usize) -> Option<ContinuedText> {
    let (start, line) = line_at(text, at)?;
    let from = value_start(line, line.find('=')?);
    let quote = ["\"", "'"].into_iter().find(|q| line[from..].starts_with(q))?;
    let mut next_line = start;
    for (below, next) in text[start..].split_inclusive('\n').enumerate() {
        let line_start = next_line;
        next_line += next.len();
        let body = next.trim_end_matches(['\n', '\r']);
        if below == 0 {
            continue;
        }
        if names_a_key(body) || body.trim_start().starts_with('[') {
            return None;
        }
        if body.matches(quote).count() % 2 == 1 {
            let close = line_start + body.rfind(quote)?;
            return Some(ContinuedText { open: start + from..start + from + 1, quote, below, close });
        }
    }
    None
}

/// Whether `key` is a key as a line names one, without quotes.
fn is_bare_key(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Keys whose values are ids, written between quotes.
const ID_KEYS: [&str; 4] = ["id", "indicator", "indicators", "about"];

/// Keys whose values are lists.
const LIST_KEYS: [&str; 3] = ["indicators", "years", "evidence"];

/// Keys whose values are one year.
const YEAR_KEYS: [&str; 3] = ["start_year", "end_year", "due"];

/// Keys whose values are whole numbers (`targets` holds one per year).
const NUMBER_KEYS: [&str; 7] = ["amount", "target", "targets", "total", "due", "start_year", "end_year"];

/// What may separate a number's digits as people write them: spaces,
/// French's no-break and thin spaces, and a comma.
const IN_NUMBERS: [char; 6] = [' ', '\t', '\u{a0}', '\u{202f}', '\u{2009}', ','];

/// A slip of hand typing where the parser stopped: its words, and what to
/// underline on the line.
struct Slip {
    code: Code,
    message: Message,
    help: Message,
    place: Span,
}

/// The line of `text` that holds byte `at` (without its line end), and where it starts.
fn line_at(text: &str, at: usize) -> Option<(usize, &str)> {
    if !text.is_char_boundary(at) {
        return None;
    }
    let start = line_start(text, at);
    let line = text[start..].lines().next().unwrap_or("");
    (at - start <= line.len()).then_some((start, line))
}

/// The sections a plan's files hold as lists, each entry started `[[path]]`.
const LIST_SECTIONS: [&str; 6] =
    ["activity", "assessment", "narrative", "objective", "objective.action", "objective.action.indicator"];

/// A section header line: where it is, its path, whether it has two
/// brackets, and the kind of the journal entry it is in, if any.
#[derive(Clone)]
struct Header<'t> {
    span: Span,
    path: &'t str,
    double: bool,
    entry: Option<&'t str>,
}

/// The section headers of a text, found on the first need, in one pass
/// (a file may clash at every entry).
struct Headers<'t> {
    text: &'t str,
    index: Option<HeaderIndex<'t>>,
    /// The first name written twice in a journal entry, and where that
    /// entry's header starts (see [`entry_clash`]).
    entry_clash: Option<(usize, Diagnostic)>,
    /// The lists of sections named as written `[path]`, and where each of
    /// their headers starts: each is a line the diagnostic names.
    marked_paths: Vec<&'t str>,
    marked_lines: Vec<usize>,
}

/// Every header of a text in order, and for each path written with two
/// brackets or one (`true` or `false`), the first of them and how many there are.
struct HeaderIndex<'t> {
    all: Vec<Header<'t>>,
    written: HashMap<(&'t str, bool), (usize, usize)>,
    /// The kinds of the entries a `[tags]` line is written after.
    tag_kinds: Vec<&'t str>,
}

impl<'t> HeaderIndex<'t> {
    fn new(text: &'t str) -> HeaderIndex<'t> {
        let mut all = Vec::new();
        let (mut written, mut tag_kinds) = (HashMap::new(), Vec::new());
        let (mut offset, mut entry) = (0, None);
        for line in text.split('\n') {
            let found =
                header_path(line, "[[", "]]").map(|p| (p, true)).or(header_path(line, "[", "]").map(|p| (p, false)));
            if let Some((path, double)) = found {
                if double && ENTRY_KINDS.contains(&path) {
                    entry = Some(path);
                }
                if let (Some(kind), "tags", false) = (entry, path, double)
                    && !tag_kinds.contains(&kind)
                {
                    tag_kinds.push(kind);
                }
                written.entry((path, double)).or_insert((all.len(), 0)).1 += 1;
                all.push(Header { span: offset..offset + line.trim_end().len(), path, double, entry });
            }
            offset += line.len() + 1;
        }
        HeaderIndex { all, written, tag_kinds }
    }

    /// The first header of `path` with two brackets or one, and how many there are.
    fn first(&self, path: &str, double: bool) -> Option<(&Header<'t>, usize)> {
        self.written.get(&(path, double)).map(|&(first, count)| (&self.all[first], count))
    }
}

impl<'t> Headers<'t> {
    fn new(text: &'t str) -> Headers<'t> {
        Headers { text, index: None, entry_clash: None, marked_paths: Vec::new(), marked_lines: Vec::new() }
    }

    fn index(&mut self) -> &HeaderIndex<'t> {
        let text = self.text;
        self.index.get_or_insert_with(|| HeaderIndex::new(text))
    }

    /// Where the header of `path`, with two brackets or one, is first written
    /// before byte `before`, if it is.
    fn before(&mut self, path: &str, double: bool, before: usize) -> Option<Span> {
        let (header, _) = self.index().first(path, double)?;
        (header.span.start < before).then(|| header.span.clone())
    }

    /// Marks every `[path]` header, once, as a line a diagnostic names.
    fn mark(&mut self, path: &'t str) {
        if self.marked_paths.contains(&path) {
            return;
        }
        self.marked_paths.push(path);
        let starts = self.index().all.iter().filter(|h| h.path == path && !h.double).map(|h| h.span.start);
        let starts: Vec<usize> = starts.collect();
        self.marked_lines.extend(starts);
    }

    /// The header of the section that holds byte `at`.
    fn holding(&mut self, at: usize) -> Option<&Header<'t>> {
        let all = &self.index().all;
        let after = all.partition_point(|h| h.span.start <= at);
        after.checked_sub(1).map(|i| &all[i])
    }
}

/// For a clash at a `[[path]]` header with one `[path]` written before it,
/// with one bracket on each side, the diagnostic at that `[path]`: the slip
/// is there. (A `[path]` written after is its own section's slip: see
/// [`section_slip`].)
fn single_bracket_header(file: FileId, headers: &mut Headers, at: usize) -> Option<Diagnostic> {
    let (start, line) = line_at(headers.text, at)?;
    let path = header_path(line, "[[", "]]")?;
    let single = headers.before(path, false, start)?;
    Some(single_bracket(file, path, single))
}

/// The diagnostic for `[path]` at `place`, where other sections are `[[path]]`.
fn single_bracket(file: FileId, path: &str, place: Span) -> Diagnostic {
    let message = Message::new(MsgId::SingleBracketSection).arg("path", path);
    let help = Message::new(MsgId::SingleBracketSectionHelp).arg("path", path);
    Diagnostic::at(Code::Syntax, message, file, place).help(help)
}

/// For a clash at byte `at` in a section whose header is itself the slip,
/// the diagnostic at that header, so that the names the section repeats are
/// not named one by one:
/// - `[path]` among `[[path]]` sections: at that header;
/// - `[path]` where a list of sections is meant, written so at every entry:
///   once for the file, at the first;
/// - `[tags]` opened again after journal entries: once for the file, at the first;
/// - `[path]` opened a second time: at that header.
fn section_slip(file: FileId, headers: &mut Headers, at: usize) -> Option<Diagnostic> {
    let holding = headers.holding(at).filter(|h| !h.double)?.clone();
    let index = headers.index();
    // Its own list first, so that actions and their indicators, both
    // written `[…]`, are each named on the first run.
    let own = std::iter::once(holding.path).filter(|p| LIST_SECTIONS.contains(p) && index.first(p, true).is_none());
    for path in own.chain(prefixes(holding.path)) {
        let Some((first, singles)) = index.first(path, false) else { continue };
        if index.first(path, true).is_some() {
            return (holding.path == path).then(|| single_bracket(file, path, holding.span));
        }
        if LIST_SECTIONS.contains(&path) && singles > 1 {
            let message = Message::new(MsgId::SingleBracketList).arg("path", path).arg("n", singles - 1);
            let help = Message::new(MsgId::SingleBracketListHelp).arg("path", path).arg("n", singles);
            let diagnostic = Diagnostic::at(Code::Syntax, message, file, first.span.clone()).help(help);
            headers.mark(path);
            return Some(diagnostic);
        }
    }
    let (first, count) = index.first(holding.path, false)?;
    if first.span == holding.span {
        return None;
    }
    if holding.path == "tags" && holding.entry.is_some() {
        return Some(tags_at_top(file, first, count, &index.tag_kinds));
    }
    Some(section_twice(file, &holding))
}

/// The diagnostic for `[tags]`, first written at `first`, opened `count`
/// times in a journal: each meant the tags of the entry above it.
fn tags_at_top(file: FileId, first: &Header, count: usize, kinds: &[&str]) -> Diagnostic {
    let help = match kinds {
        [kind] => Message::new(MsgId::TagsAtTopHelp).arg("kind", *kind),
        _ => {
            let sections: Vec<String> = kinds.iter().map(|kind| format!("[{kind}.tags]")).collect();
            Message::new(MsgId::TagsAtTopMixedHelp).arg("sections", sections.join(", "))
        }
    };
    let message = Message::new(MsgId::TagsAtTop).arg("n", count - 1);
    Diagnostic::at(Code::Syntax, message, file, first.span.clone()).help(help.arg("n", count))
}

/// The diagnostic for a section `[path]` opened a second time.
fn section_twice(file: FileId, header: &Header) -> Diagnostic {
    let key = header.path.rsplit('.').next().unwrap_or(header.path);
    let help = Message::new(MsgId::SectionTwiceHelp).arg("key", header.path);
    Diagnostic::at(Code::Syntax, Message::new(MsgId::DuplicateKey).arg("key", key), file, header.span.clone())
        .help(help)
}

/// For a name written twice in a journal entry (not its header), the diagnostic at the first
/// such line of that entry: more often than not, the next entry's header is
/// missing there, and every name after it repeats one of the entry above.
fn entry_clash(file: FileId, headers: &mut Headers, span: Span) -> Option<Diagnostic> {
    let (kind, start) = headers
        .holding(span.start)
        .filter(|h| h.double && ENTRY_KINDS.contains(&h.path) && h.span.end < span.start)
        .map(|h| (h.path, h.span.start))?;
    if let Some((entry, first)) = &headers.entry_clash
        && *entry == start
    {
        return Some(first.clone());
    }
    let key = headers.text.get(span.clone()).unwrap_or("").trim_matches(['"', '\'']);
    let help = Message::new(MsgId::EntryNameTwiceHelp).arg("kind", kind).arg("key", key);
    let diagnostic =
        Diagnostic::at(Code::Syntax, Message::new(MsgId::DuplicateKey).arg("key", key), file, span).help(help);
    headers.entry_clash = Some((start, diagnostic.clone()));
    Some(diagnostic)
}

/// `a`, `a.b`, `a.b.c` for the path `a.b.c`.
fn prefixes(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('.').map(|(i, _)| &path[..i]).chain(std::iter::once(path))
}

/// The path of the header `line`, between `open` and `close` (a comment may follow).
fn header_path<'t>(line: &'t str, open: &str, close: &str) -> Option<&'t str> {
    let inner = line.trim_start().strip_prefix(open)?;
    let (path, rest) = inner.split_once(close)?;
    let whole = !path.starts_with('[') && !rest.starts_with(']') && before_comment(rest).is_empty();
    whole.then_some(path.trim())
}

/// The slip on `line`, where the parser stopped at byte `at`, if it is one
/// this module knows.
fn slip(line: &str, at: usize) -> Option<Slip> {
    if let Some(slip) = accented_key(line, at).or_else(|| accented_header(line, at)) {
        return Some(slip);
    }
    // The value after the key, and the one the parser stopped in (a year's in `targets = { … }`).
    let Some(first) = line.find('=').filter(|&eq| eq < at) else {
        return no_equals(line, at).or_else(|| odd_space(line, at));
    };
    let (value, last) = (value_start(line, first), value_start(line, line[..at].rfind('=')?));
    let key = first_key(line);
    two_years(line, key, value)
        .or_else(|| number_with_words(line, key, last))
        .or_else(|| number_in_words(line, key, last))
        .or_else(|| bare_id(line, key, first, at))
        .or_else(|| if key == "date" { date_slip(line, value) } else { None })
        .or_else(|| list_slip(line, key, value))
        .or_else(|| backslash_in_quotes(line, key, at))
        .or_else(|| quote_inside(line, key, value, at))
        .or_else(|| if NUMBER_KEYS.contains(&key) { number_slip(line, last) } else { None })
        .or_else(|| semicolons_in_braces(line, value))
        .or_else(|| trailing_comma(line, at))
        .or_else(|| bare_words(line, key, value))
        .or_else(|| odd_space(line, at))
}

/// A space that is not an ordinary one, outside quotes, where the parser
/// stopped at byte `at` or just before (Word puts no-break spaces before `:`
/// and inside `« »`, and some keyboards type one with Alt Gr or Option):
/// named, with the line as it should be. (In a number, [`number_slip`] has
/// named it first.)
fn odd_space(line: &str, at: usize) -> Option<Slip> {
    let (at, c) = match line.get(at..)?.chars().next() {
        Some(c) if odd_space_name(c).is_some() => (at, c),
        _ => line[..at].chars().next_back().map(|c| (at - c.len_utf8(), c))?,
    };
    let name = odd_space_name(c)?;
    if !outside_quotes(line).any(|(i, _, outside)| i == at && outside) {
        return None;
    }
    let (message, help) = match name {
        MsgId::ZeroWidthSpace => (MsgId::ZeroWidth, MsgId::ZeroWidthHelp),
        _ => (MsgId::OddSpace, MsgId::OddSpaceHelp),
    };
    let message = Message::new(message).arg_msg("name", name);
    let mended = ordinary_spaces(line);
    let help = if mended.is_empty() { MsgId::OddSpaceBlankHelp.into() } else { Message::new(help).arg("line", mended) };
    Some(Slip { code: Code::Syntax, message, help, place: at..at + c.len_utf8() })
}

/// A line without `=` outside quotes, where the parser stopped at byte `at`
/// after its first word: a pair written with a colon (`date: 2019-02-15`,
/// as forms and YAML write it) or with a space (`date 2019-02-15`), or a key
/// alone, named with the line as it should be, its key in English; or, when
/// the first word is no key these files know, a line of words that wants a
/// `#` before it (`Rencontre annulée`).
fn no_equals(line: &str, at: usize) -> Option<Slip> {
    let pair = WrittenPair::of(line).filter(|pair| at >= pair.key.end)?;
    let (key, value) = (&line[pair.key.clone()], pair.value);
    // Words after a key and a space are more likely a line of text (`Titre du plan`).
    let words = value.starts_with(char::is_alphabetic);
    let Some(known) = known_key(key).filter(|_| pair.colon.is_some() || !words) else {
        let help = Message::new(MsgId::LooseTextHelp).arg("line", format!("# {}", line.trim()));
        let place = pair.key.start..line.trim_end().len();
        return Some(Slip { code: Code::Syntax, message: MsgId::LooseText.into(), help, place });
    };
    let (message, place) = match pair.colon {
        _ if value.is_empty() => (Message::new(MsgId::KeyAlone).arg("key", key), pair.key),
        Some(colon) => (MsgId::ColonForEquals.into(), colon),
        None => (MsgId::MissingEquals.into(), pair.key.end..pair.value_from),
    };
    let help = match pair_line(known, value) {
        Some(mended) => Message::new(MsgId::PairHelp).arg("line", mended),
        None if value.is_empty() => Message::new(MsgId::KeyAloneHelp).arg("key", known),
        None => Message::new(MsgId::PairAnyHelp).arg("key", known),
    };
    Some(Slip { code: Code::Syntax, message, help, place })
}

/// A line read as a pair written without its `=`: its first word, the colon
/// after it if any, and the rest up to a comment.
struct WrittenPair<'l> {
    key: Span,
    colon: Option<Span>,
    value_from: usize,
    value: &'l str,
}

impl<'l> WrittenPair<'l> {
    /// `line` so read, if it starts with a word and has no `=` outside quotes.
    fn of(line: &'l str) -> Option<WrittenPair<'l>> {
        let start = line.len() - line.trim_start().len();
        let key_len = line[start..].find(|c: char| !(c.is_alphanumeric() || "_-".contains(c)));
        let key = start..start + key_len.unwrap_or(line.len() - start);
        if key.is_empty() || outside_quotes(line).any(|(_, c, outside)| outside && c == '=') {
            return None;
        }
        // Any space: Word writes French's `date : …` with a no-break one.
        let gap = key.end + (line[key.end..].len() - line[key.end..].trim_start().len());
        let colon = line[gap..].starts_with(':').then_some(gap..gap + 1);
        let value_from = colon.as_ref().map_or(gap, |c| value_start(line, c.start));
        let comment = outside_quotes(line).find(|&(i, c, outside)| i >= value_from && outside && c == '#');
        let value = line[value_from..comment.map_or(line.len(), |(i, _, _)| i)].trim_end();
        Some(WrittenPair { key, colon, value_from, value })
    }
}

/// The keys each reader accepts in its tables (the entries' sections,
/// `[[activity]]`, are not among them).
const READER_KEYS: [&[&str]; 8] = [
    ACTIVITY_KEYS,
    ASSESSMENT_KEYS,
    NARRATIVE_KEYS,
    PLAN_KEYS,
    ORIENTATION_KEYS,
    OBJECTIVE_KEYS,
    ACTION_KEYS,
    INDICATOR_KEYS,
];

/// The key these files use for `word`: itself, or the English of a French one.
fn known_key(word: &str) -> Option<&'static str> {
    let mut all = READER_KEYS.into_iter().flatten().copied();
    all.find(|k| k.eq_ignore_ascii_case(word)).or_else(|| english_key(word))
}

/// `key = value` when it reads as a pair; else with the value between quotes
/// when it is words (`title = "Rencontre"`), or, for a date written another
/// way (`14 juin 2019`), as these files write it.
fn pair_line(key: &str, value: &str) -> Option<String> {
    let reads = |line: &String| DeTable::parse(line).is_ok();
    if key == "date" && other_date(value, 0).is_some() {
        return day_meant(value).map(|day| format!("date = {day}"));
    }
    let plain = format!("{key} = {value}");
    if value.is_empty() || reads(&plain) {
        return Some(plain).filter(|_| !value.is_empty());
    }
    let words = value.starts_with(char::is_alphabetic) && !value.contains(['"', '\\']);
    Some(format!("{key} = \"{value}\"")).filter(|quoted| words && reads(quoted))
}

/// What a space that is not an ordinary one or a tab is called, or a
/// character that takes no room.
fn odd_space_name(c: char) -> Option<MsgId> {
    match c {
        '\u{a0}' => Some(MsgId::NoBreakSpace),
        '\u{202f}' => Some(MsgId::NarrowNoBreakSpace),
        '\u{200b}' | '\u{2060}' | '\u{feff}' => Some(MsgId::ZeroWidthSpace),
        ' ' | '\t' | '\r' | '\n' => None,
        _ => c.is_whitespace().then_some(MsgId::OtherSpace),
    }
}

/// `line` with each odd space outside quotes made an ordinary one (or
/// dropped, when it takes no room), trimmed.
fn ordinary_spaces(line: &str) -> String {
    let mended: String = outside_quotes(line)
        .filter_map(|(_, c, outside)| match (outside, odd_space_name(c)) {
            (true, Some(MsgId::ZeroWidthSpace)) => None,
            (true, Some(_)) => Some(' '),
            _ => Some(c),
        })
        .collect();
    mended.trim().to_string()
}

/// Each character of `line`, where it is, and whether it is outside quotes
/// and comments (a quote mark that opens a text counts as outside).
fn outside_quotes(line: &str) -> impl Iterator<Item = (usize, char, bool)> + '_ {
    places(line).map(|(i, c, place)| (i, c, matches!(place, Place::Outside | Place::Opens)))
}

/// Where a character of a line is, as TOML reads quotes and comments.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Outside any text or comment (a `#` that starts a comment too).
    Outside,
    /// The quote mark that opens a text.
    Opens,
    /// Inside a text (a `\` and what it escapes too).
    Inside,
    /// The quote mark that closes a text.
    Closes,
    /// In a comment.
    Comment,
}

/// Each character of `line`, where it is, and its [`Place`].
fn places(line: &str) -> impl Iterator<Item = (usize, char, Place)> + '_ {
    let (mut quote, mut escaped, mut comment) = (None, false, false);
    line.char_indices().map(move |(i, c)| {
        let place = match quote {
            _ if comment => Place::Comment,
            Some('"') if c == '\\' && !escaped => {
                escaped = true;
                return (i, c, Place::Inside);
            }
            Some(q) if c == q && !escaped => {
                quote = None;
                Place::Closes
            }
            Some(_) => Place::Inside,
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                Place::Opens
            }
            None => {
                comment = c == '#';
                Place::Outside
            }
        };
        escaped = false;
        (i, c, place)
    })
}

/// A key written with an accent (`étiquettes = …`), where the parser stopped
/// at byte `at`: TOML's bare keys are ASCII.
fn accented_key(line: &str, at: usize) -> Option<Slip> {
    let eq = line.find('=')?;
    let key = line[..eq].trim();
    let accented = key.chars().all(|c| c.is_alphanumeric() || "_-".contains(c)) && !key.is_ascii();
    let start = line.find(key)?;
    if !accented || at > eq {
        return None;
    }
    let help = match english_key(key) {
        Some(english) => Message::new(MsgId::AccentedKeyHelp).arg("english", english),
        None => MsgId::AccentedKeyAnyHelp.into(),
    };
    let message = Message::new(MsgId::AccentedKey).arg("key", key);
    Some(Slip { code: Code::Syntax, message, help, place: start..start + key.len() })
}

/// A section header with an accent in its path, `[[activité]]`: named with
/// the header as it should be, in English, when each word of it is known.
fn accented_header(line: &str, at: usize) -> Option<Slip> {
    let (open, close) = if line.trim_start().starts_with("[[") { ("[[", "]]") } else { ("[", "]") };
    let inner = line.trim_start().strip_prefix(open)?;
    let path = inner.split(close).next()?.trim();
    let words = || path.split('.').map(str::trim);
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || "_-".contains(c));
    let start = line.find(path)?;
    if path.is_ascii() || !words().all(word) || !(start..=start + path.len()).contains(&at) {
        return None;
    }
    let english: Option<Vec<&str>> = words().map(|w| english_key(w).or_else(|| w.is_ascii().then_some(w))).collect();
    let help = match english {
        Some(english) => {
            Message::new(MsgId::AccentedHeaderHelp).arg("header", format!("{open}{}{close}", english.join(".")))
        }
        None => MsgId::AccentedKeyAnyHelp.into(),
    };
    let message = Message::new(MsgId::AccentedHeader).arg("key", path);
    Some(Slip { code: Code::Syntax, message, help, place: start..start + path.len() })
}

/// Two years where one goes (`start_year = 2025-2028`, the value that starts
/// at byte `start`), which the parser takes for a date: the first for a
/// start, the last for an end. For `years`, a list, each range of years
/// written out (`years = [2017-2018]`, as the plan's "an 1-2" reads).
fn two_years(line: &str, key: &str, start: usize) -> Option<Slip> {
    if !YEAR_KEYS.contains(&key) && key != "years" {
        return None;
    }
    let written = before_comment(&line[start..]);
    let (message, help, line) = if key == "years" {
        (MsgId::YearRange, MsgId::YearRangeHelp, format!("years = [{}]", years_written_out(written)?))
    } else {
        let (first, last) = year_range(written)?;
        let year = if key == "start_year" { first } else { last };
        (MsgId::TwoYears, MsgId::TwoYearsHelp, format!("{key} = {year}"))
    };
    let (message, help) = (Message::new(message).arg("key", key), Message::new(help).arg("line", line));
    Some(Slip { code: Code::Syntax, message, help, place: start..start + written.len() })
}

/// Two years written `2017-2018` (or with an en dash, or spaces).
fn year_range(written: &str) -> Option<(u16, u16)> {
    let (first, last) = written.split_once(['-', '–'])?;
    let year = |y: &str| Some(y.trim()).filter(|y| y.len() == 4).and_then(|y| y.parse::<u16>().ok());
    Some((year(first)?, year(last)?))
}

/// The items of a list of years (its brackets may be left out) with each
/// range written out, if it holds one: `2017, 2019-2020` is `2017, 2019, 2020`.
fn years_written_out(written: &str) -> Option<String> {
    let mut ranges = false;
    let mut years = Vec::new();
    for item in written.trim_start_matches('[').trim_end_matches(']').split(',').map(str::trim) {
        match year_range(item) {
            Some((a, b)) if a.abs_diff(b) < 50 => {
                ranges = true;
                years.extend((a.min(b)..=a.max(b)).map(|y| y.to_string()));
            }
            _ => years.push(item.to_string()),
        }
    }
    ranges.then(|| years.join(", "))
}

/// The `YYYY-MM-DD` written from byte `at` of `text`, if one is.
fn iso_day_at(text: &str, at: usize) -> Option<&str> {
    let b = text.as_bytes().get(at..at + 10)?;
    let digits = [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| b[i].is_ascii_digit());
    (digits && b[4] == b'-' && b[7] == b'-').then(|| &text[at..at + 10])
}

/// Two days for one entry's `date` (`2019-02-14, 2019-02-15`, `2019-02-14
/// au 2019-02-15`), as the value that starts at byte `start`: one goes, the
/// first.
fn two_dates(line: &str, start: usize) -> Option<Slip> {
    let written = before_comment(&line[start..]);
    let mut days = (0..written.len()).filter_map(|at| iso_day_at(written, at));
    let (first, _) = (days.next()?, days.next()?);
    let help = Message::new(MsgId::TwoDatesHelp).arg("line", format!("date = {first}"));
    Some(Slip { code: Code::Syntax, message: MsgId::TwoDates.into(), help, place: start..start + written.len() })
}

/// A slip in an entry's `date`, as the value that starts at byte `start`.
fn date_slip(line: &str, start: usize) -> Option<Slip> {
    two_dates(line, start).or_else(|| day_then_more(line, start)).or_else(|| other_date(line, start))
}

/// A day followed by what the parser could not read as a time (`2019-02-14
/// 9h30`, `14/02/2019 à 18 h`, `2019-02-14T25:00`) or by words (`2019-02-14
/// reportée`), as the value that starts at byte `start`: the day alone is
/// what goes.
fn day_then_more(line: &str, start: usize) -> Option<Slip> {
    let written = before_comment(&line[start..]);
    let (day, more) = day_and_more(written)?;
    let time = more.strip_prefix(['à', '@']).or_else(|| more.strip_prefix("at ")).unwrap_or(more).trim_start();
    let help = match day {
        DayRead::Meant(day) if time.is_empty() || time.starts_with(|c: char| c.is_ascii_digit()) => {
            Message::new(MsgId::BadDateTimeDayHelp).arg("date", day)
        }
        DayRead::Meant(day) => Message::new(MsgId::DateWordsHelp).arg("words", more).arg("date", day),
        other => date_help(other, false),
    };
    let message = Message::new(MsgId::BadDate).arg("value", written);
    Some(Slip { code: Code::BadDate, message, help, place: start..start + written.len() })
}

/// The day at the start of `written` and what follows it, when something
/// does: after `YYYY-MM-DD` and a space or a `T`, or after the longest start
/// before one of the first spaces that is a day written another way.
fn day_and_more(written: &str) -> Option<(DayRead, &str)> {
    if let Some(day) = iso_day_at(written, 0) {
        let more = written[day.len()..].strip_prefix([' ', '\t', 'T', 't'])?;
        return Some((day_read(day), more.trim_start()));
    }
    // A day is a few words at most (`jeudi le 14 septembre 2025`): only the
    // first spaces are tried, so that a long line is not read again at each.
    let spaces: Vec<usize> =
        written.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(at, _)| at).take(6).collect();
    spaces.into_iter().rev().find_map(|at| match day_read(&written[..at]) {
        DayRead::Unknown => None,
        day => Some((day, written[at..].trim_start())),
    })
}

/// A number followed by words or a sign (`target = 4 réunions`, `amount =
/// 1500 $`, a year's in `targets = { … }`) for a key that takes numbers,
/// as the value that starts at byte `value`.
fn number_with_words(line: &str, key: &str, value: usize) -> Option<Slip> {
    let written = number_written(line, value);
    let digits = written.find(|c: char| !c.is_ascii_digit()).unwrap_or(written.len());
    let words = written[digits..].trim_start().starts_with(|c: char| c.is_alphabetic() || "$€%".contains(c));
    if !NUMBER_KEYS.contains(&key) || digits == 0 || !words {
        return None;
    }
    let fixed = format!("{}{}{}", &line[..value], &written[..digits], &line[value + written.len()..]);
    let help = Message::new(MsgId::NumberWithWordsHelp).arg("key", key).arg("line", fixed.trim());
    let place = value..value + written.len();
    Some(Slip { code: Code::Syntax, message: MsgId::NumberWithWords.into(), help, place })
}

/// What is written for a number from byte `value` of `line`: up to a comma,
/// a brace or a comment (a year's in `targets = { … }`).
fn number_written(line: &str, value: usize) -> &str {
    line[value..].split([',', '}', '#']).next().unwrap_or("").trim_end()
}

/// A number written in words (`target = quatre`, a year's in `targets = {
/// … }`) for a key that takes numbers, as the value that starts at byte
/// `value`: given in digits when it is one of the first twenty; other words
/// are told a number goes there.
fn number_in_words(line: &str, key: &str, value: usize) -> Option<Slip> {
    let written = number_written(line, value);
    if !NUMBER_KEYS.contains(&key) || !written.starts_with(char::is_alphabetic) {
        return None;
    }
    let word = fold(written);
    let number = NUMBER_WORDS.iter().position(|names| names.contains(&word.as_str()));
    let fixed = |n: usize| format!("{}{n}{}", &line[..value], &line[value + written.len()..]);
    let (message, help) = match number {
        Some(n) => {
            (MsgId::NumberInWords.into(), Message::new(MsgId::NumberInWordsHelp).arg("line", fixed(n + 1).trim()))
        }
        None => (
            Message::new(MsgId::WordsForNumber).arg("key", key),
            Message::new(MsgId::NumberInWordsAnyHelp).arg("key", key),
        ),
    };
    let place = value..value + written.len();
    Some(Slip { code: Code::Syntax, message, help, place })
}

/// The numbers from one to twenty, in French and in English, without accents.
const NUMBER_WORDS: [&[&str]; 20] = [
    &["un", "une", "one"],
    &["deux", "two"],
    &["trois", "three"],
    &["quatre", "four"],
    &["cinq", "five"],
    &["six"],
    &["sept", "seven"],
    &["huit", "eight"],
    &["neuf", "nine"],
    &["dix", "ten"],
    &["onze", "eleven"],
    &["douze", "twelve"],
    &["treize", "thirteen"],
    &["quatorze", "fourteen"],
    &["quinze", "fifteen"],
    &["seize", "sixteen"],
    &["dix-sept", "seventeen"],
    &["dix-huit", "eighteen"],
    &["dix-neuf", "nineteen"],
    &["vingt", "twenty"],
];

/// Words written without quotes that the parser did not take for text, for
/// an accent (`language = français`), as the value that starts at byte
/// `start`. ASCII words get the parser's own words (`done = tru`).
fn bare_words(line: &str, key: &str, start: usize) -> Option<Slip> {
    let written = before_comment(&line[start..]);
    let words = written.starts_with(char::is_alphabetic)
        && !written.is_ascii()
        && !written.contains(['"', '\'', '[', '{', '\\', '=']);
    if !words || key.is_empty() {
        return None;
    }
    let help = Message::new(MsgId::UnquotedTextHelp).arg("key", key).arg("text", written);
    Some(Slip { code: Code::Syntax, message: MsgId::UnquotedText.into(), help, place: start..start + written.len() })
}

/// A value as written, without the comment after it.
fn before_comment(value: &str) -> &str {
    value.split('#').next().unwrap_or("").trim_end()
}

/// Where the value after the `=` at byte `eq` of `line` starts.
fn value_start(line: &str, eq: usize) -> usize {
    let after = &line[eq + 1..];
    eq + 1 + (after.len() - after.trim_start().len())
}

/// What is written before the first `=` of `line`.
fn first_key(line: &str) -> &str {
    line.split('=').next().unwrap_or("").trim()
}

/// An id written without quotes at byte `at`, as the value of `key`, which
/// takes ids; its `=` is at byte `eq`.
fn bare_id(line: &str, key: &str, eq: usize, at: usize) -> Option<Slip> {
    let token = token_at(line, at);
    if !ID_KEYS.contains(&key) || !line[token.clone()].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let quoted = quote_ids(line, eq + 1);
    let mended = list_mended(&quoted, key, value_start(&quoted, eq));
    let help = Message::new(MsgId::BareIdHelp).arg("line", mended.unwrap_or_else(|| as_list(key, &quoted)));
    Some(Slip { code: Code::Syntax, message: MsgId::BareId.into(), help, place: token })
}

/// A date written another way than these files write it (`14/09/2025`,
/// `14 septembre 2025`), without quotes, as the value that starts at byte
/// `start` of `line`.
fn other_date(line: &str, start: usize) -> Option<Slip> {
    let written = before_comment(&line[start..]);
    let day = day_read(written);
    let looks = written.starts_with(|c: char| c.is_ascii_digit())
        && written.chars().all(|c| c.is_ascii_digit() || "/.- ".contains(c))
        || written.contains(char::is_alphabetic)
            && (written.starts_with(char::is_alphabetic) || day != DayRead::Unknown);
    // Written as these files write dates, its trouble is the calendar's.
    let iso = written.len() == 10 && iso_day_at(written, 0).is_some();
    if !looks || iso {
        return None;
    }
    let message = Message::new(MsgId::BadDate).arg("value", written);
    Some(Slip { code: Code::BadDate, message, help: date_help(day, false), place: start..start + written.len() })
}

/// Text between quotes that holds its own quote mark (`'L'atelier'`,
/// `"Le "bon" plan"`), the parser stopping after the first that is inside.
fn quote_inside(line: &str, key: &str, start: usize, at: usize) -> Option<Slip> {
    // Not trimmed of other spaces: a no-break space after the text is the slip.
    let value = line[start..].trim_end_matches([' ', '\t']);
    let mark = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let inner = value.strip_prefix(mark)?.strip_suffix(mark)?;
    // Several texts side by side (`"a", "b"`) are not one text, and `\"` is a quote mark written as it should be.
    let side_by_side = inner.split(mark).any(|between| between.trim() == ",");
    let escaped = mark == '"' && !inner.replace("\\\\", "").replace("\\\"", "").contains('"');
    if !inner.contains(mark) || inner.starts_with(mark) || side_by_side || escaped || at <= start {
        return None;
    }
    let quoted = if !inner.contains(['"', '\\']) {
        format!("\"{inner}\"")
    } else if !inner.contains('\'') {
        format!("'{inner}'")
    } else {
        format!("\"{}\"", inner.replace('\\', "\\\\").replace('"', "\\\""))
    };
    let message = if mark == '"' { MsgId::QuoteInQuotes } else { MsgId::ApostropheInApostrophes };
    let help = Message::new(MsgId::QuoteInsideHelp).arg("line", format!("{key} = {quoted}"));
    Some(Slip { code: Code::Syntax, message: message.into(), help, place: start..start + value.len() })
}

/// A `\` between double quotes that starts no special character (a
/// Windows path, `documents\2019\pv.pdf`, `C:\Users`), where the parser
/// stopped at byte `at`: the line with each such text mended, its `\` made
/// `/` for a path of `evidence`, else the text between single quotes (or
/// each `\` doubled, when it holds one).
fn backslash_in_quotes(line: &str, key: &str, at: usize) -> Option<Slip> {
    let texts = double_quoted(line);
    let here = texts.iter().find(|t| t.start < at && at <= t.end && bad_escape(&line[t.start + 1..t.end]))?.clone();
    let mut mended = String::new();
    let mut from = 0;
    for text in texts.iter().filter(|t| bad_escape(&line[t.start + 1..t.end])) {
        let inner = &line[text.start + 1..text.end];
        let written = if key == "evidence" {
            format!("\"{}\"", inner.replace("\\\\", "/").replace('\\', "/"))
        } else if !inner.contains('\'') {
            format!("'{inner}'")
        } else {
            format!("\"{}\"", double_bad_escapes(inner))
        };
        mended.push_str(&line[from..text.start]);
        mended.push_str(&written);
        from = text.end + 1;
    }
    mended.push_str(before_comment(&line[from..]));
    let id = if key == "evidence" { MsgId::BackslashPathHelp } else { MsgId::BackslashTextHelp };
    let help = Message::new(id).arg("line", mended.trim());
    Some(Slip { code: Code::Syntax, message: MsgId::SyntaxEscape.into(), help, place: here.start..here.end + 1 })
}

/// The texts between double quotes on `line`, each from its opening quote
/// to its closing one; one never closed is left out (its slip is not a `\`).
fn double_quoted(line: &str) -> Vec<Span> {
    let mut open = 0;
    let marks = places(line).filter(|&(_, c, _)| c == '"');
    marks
        .filter_map(|(i, _, place)| match place {
            Place::Opens => {
                open = i;
                None
            }
            Place::Closes => Some(open..i),
            _ => None,
        })
        .collect()
}

/// Whether a text written between double quotes holds a `\` that starts no
/// special character TOML knows.
fn bad_escape(inner: &str) -> bool {
    escapes(inner).any(|(_, good)| !good)
}

/// `inner` with each `\` that starts no special character doubled.
fn double_bad_escapes(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len() + 8);
    let mut from = 0;
    for (at, good) in escapes(inner) {
        if !good {
            out.push_str(&inner[from..at]);
            out.push('\\');
            from = at;
        }
    }
    out.push_str(&inner[from..]);
    out
}

/// Each `\` of a text between double quotes, with whether it starts a
/// special character (`\n`, `\"`, `\\`, `\u00e9`…).
fn escapes(inner: &str) -> impl Iterator<Item = (usize, bool)> + '_ {
    let bytes = inner.as_bytes();
    let hex = |from: usize, n: usize| bytes.get(from..from + n).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
    let mut at = 0;
    std::iter::from_fn(move || {
        let found = at + inner.get(at..)?.find('\\')?;
        let good = match bytes.get(found + 1) {
            Some(b'b' | b't' | b'n' | b'f' | b'r' | b'e' | b'"' | b'\\') => true,
            Some(b'x') => hex(found + 2, 2),
            Some(b'u') => hex(found + 2, 4),
            Some(b'U') => hex(found + 2, 8),
            _ => false,
        };
        at = if good { found + 2 } else { found + 1 };
        Some((found, good))
    })
}

/// `line`, a `key = value` line, with its value between brackets when `key`
/// takes a list and the value has none (and no comment follows it).
fn as_list(key: &str, line: &str) -> String {
    let Some((before, value)) = line.split_once('=') else { return line.to_string() };
    let value = value.trim();
    if !LIST_KEYS.contains(&key) || value.starts_with('[') || value.contains('#') {
        return line.trim().to_string();
    }
    format!("{} = [{value}]", before.trim())
}

/// The run of letters, digits and dots around byte `at` of `line`.
fn token_at(line: &str, at: usize) -> Span {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '.';
    let start = line[..at].char_indices().rev().find(|&(_, c)| !part(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let end = line[at..].find(|c| !part(c)).map_or(line.len(), |i| at + i);
    start..end
}

/// `line` with every id written bare after byte `from` put between quotes;
/// quoted text and a comment are left as they are.
fn quote_ids(line: &str, from: usize) -> String {
    let mut out = line[..from].to_string();
    let mut chars = outside_quotes(&line[from..]).peekable();
    while let Some((i, c, outside)) = chars.next() {
        let after_token = i == 0 || !line[..from + i].ends_with(|p: char| p.is_ascii_alphanumeric() || p == '.');
        match (outside, c) {
            (true, '#') => {
                out.push_str(&line[from + i..]);
                break;
            }
            (true, '0'..='9') if after_token => {
                let token = token_at(line, from + i);
                out.push('"');
                out.push_str(&line[token.clone()]);
                out.push('"');
                while chars.peek().is_some_and(|&(j, ..)| from + j < token.end) {
                    chars.next();
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out.trim().to_string()
}

/// A number written with a space or a comma between its digits (`1 000`,
/// `1,5`) as the value that starts at byte `start` of `line`.
fn number_slip(line: &str, start: usize) -> Option<Slip> {
    let value = &line[start..];
    let end = value.find(|c: char| !(c.is_ascii_digit() || IN_NUMBERS.contains(&c))).unwrap_or(value.len());
    let mut written = value[..end].trim_end_matches(IN_NUMBERS);
    let rest = value[written.len()..].trim_start();
    let mut ends = end == value.len() || rest.starts_with(['#', '}', ']', ';']);
    if rest.starts_with('=') {
        // The last digits are the next year of `targets = { 2025 = 1,5, 2026 = 2 }`.
        written = written[..written.rfind(IN_NUMBERS)?].trim_end_matches(IN_NUMBERS);
        ends = true;
    }
    let groups = written.split(IN_NUMBERS).filter(|g| !g.is_empty()).count();
    if groups < 2 || !ends || !written.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let place = start..start + written.len();
    if written.contains(',') {
        return Some(Slip {
            code: Code::Syntax,
            message: MsgId::CommaNumber.into(),
            help: MsgId::CommaNumberHelp.into(),
            place,
        });
    }
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let fixed = format!("{}{digits}{}", &line[..start], &line[place.end..]);
    let help = Message::new(MsgId::SpacedNumberHelp).arg("line", fixed.trim());
    Some(Slip { code: Code::Syntax, message: MsgId::SpacedNumber.into(), help, place })
}

/// A list of ids (or years) written otherwise than between square brackets
/// with one comma between each two: `("1.1.1")`, `{"1.1.1"}`, no brackets, a
/// `]` left out, `;` or a space between items.
fn list_slip(line: &str, key: &str, value: usize) -> Option<Slip> {
    let quoted = if ID_KEYS.contains(&key) { quote_ids(line, value) } else { line.to_string() };
    let fixed = list_mended(&quoted, key, value)?;
    let list = before_comment(&line[value..]);
    let help = match (list.starts_with('['), list.ends_with([']', ')', '}'])) {
        _ if quoted != line.trim() => MsgId::BareIdHelp,
        (true, false) => MsgId::ListCloseHelp,
        (true, true) if list.ends_with(']') => MsgId::ListCommasHelp,
        _ => MsgId::ListBracketsHelp,
    };
    let help = Message::new(help).arg("line", fixed);
    let place = value..value + list.len();
    Some(Slip { code: Code::Syntax, message: MsgId::SyntaxList.into(), help, place })
}

/// Braces whose pairs are separated by `;` (`{ 2025 = 4; 2026 = 4 }`), or
/// written with `:` (`{ 2025: 4, 2026: 4 }`), as the value that starts at
/// byte `value`: the line with commas and `=`.
fn semicolons_in_braces(line: &str, value: usize) -> Option<Slip> {
    let fixed = with_commas_in_braces(line, value)?;
    let colons = outside_quotes(before_comment(&line[value..])).any(|(_, c, outside)| outside && c == ':');
    let help = if colons { MsgId::InlineEqualsHelp } else { MsgId::InlineCommasHelp };
    let place = value..value + before_comment(&line[value..]).len();
    Some(Slip {
        code: Code::Syntax,
        message: MsgId::SyntaxInline.into(),
        help: Message::new(help).arg("line", fixed),
        place,
    })
}

/// `line` with the `;` between the braces that open at byte `value` made
/// commas, and each `:` an `=` (`{ 2017: 4 }`, as forms and JSON write
/// pairs), if it has any.
fn with_commas_in_braces(line: &str, value: usize) -> Option<String> {
    let written = before_comment(&line[value..]);
    if !written.contains([';', ':']) {
        return None;
    }
    let (mut fixed, mut after_colon) = (String::new(), false);
    for (_, c, outside) in outside_quotes(written.strip_prefix('{')?) {
        match c {
            ';' if outside => fixed.push(','),
            ':' if outside => {
                fixed.truncate(fixed.trim_end().len());
                fixed.push_str(" = ");
            }
            ' ' | '\t' if after_colon => {}
            _ => fixed.push(c),
        }
        after_colon = outside && (c == ':' || after_colon && matches!(c, ' ' | '\t'));
    }
    if fixed == written[1..] {
        return None;
    }
    Some(format!("{}{{{fixed}{}", &line[..value], &line[value + written.len()..]).trim().to_string())
}

/// `line` with the list written from byte `value` mended, as [`list_slip`]
/// names it.
fn list_mended(line: &str, key: &str, value: usize) -> Option<String> {
    let list = before_comment(line.get(value..)?);
    if !LIST_KEYS.contains(&key) || list.contains('\\') {
        return None;
    }
    let opened = list.strip_prefix(['[', '(', '{']).unwrap_or(list);
    let closed = opened.strip_suffix([']', ')', '}']);
    let (items, separated) = list_items(closed.unwrap_or(opened))?;
    let bracketed = list.starts_with('[') && list.ends_with(']');
    if bracketed && separated {
        return None;
    }
    let fixed = format!("{}[{}]{}", &line[..value], items.join(", "), &line[value + list.len()..]);
    Some(fixed.trim().to_string())
}

/// The items of a list written between its brackets, each quoted or a
/// number, and whether each two are separated by one comma (and no `;`).
fn list_items(inner: &str) -> Option<(Vec<&str>, bool)> {
    let (mut items, mut separated, mut rest) = (Vec::new(), true, inner.trim_start());
    while !rest.is_empty() {
        let end = match rest.chars().next()? {
            quote @ ('"' | '\'') => rest[1..].find(quote)? + 2,
            _ => rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len()),
        };
        let after = &rest[end..];
        let next = after.trim_start_matches([' ', '\t', ';', ',']);
        let separator = &after[..after.len() - next.len()];
        separated &= (next.is_empty() || separator.matches(',').count() == 1) && !separator.contains(';');
        items.push(rest.get(..end).filter(|item| !item.is_empty())?);
        rest = next;
    }
    Some((items, separated)).filter(|(items, _)| !items.is_empty())
}

/// A `key = […]` line whose items are between typographic quotes
/// (`[« 1.1.1 », “1.1.2”]`), with straight ones; and so a key that takes a
/// list with one item so quoted, without brackets.
fn straight_list(line: &str) -> Option<String> {
    let value = value_start(line, line.find('=')?);
    let list = before_comment(&line[value..]);
    let inner = match list.strip_prefix('[') {
        Some(inner) => inner.strip_suffix(']')?,
        None if LIST_KEYS.contains(&first_key(line)) && !list.contains(',') => list,
        None => return None,
    };
    let quote = |c: char| c == '"' || CURLY_QUOTES.contains(&c);
    let items: Vec<&str> = inner.split(',').map(|item| item.trim().trim_matches(quote).trim()).collect();
    if items.iter().any(|item| item.is_empty() || item.contains(['"', '\\'])) {
        return None;
    }
    let items = items.iter().map(|item| format!("\"{item}\"")).collect::<Vec<_>>().join(", ");
    Some(format!("{}[{items}]{}", &line[..value], &line[value + list.len()..]).trim().to_string())
}

/// A comma at byte `at` of `line` with nothing after it but a comment.
fn trailing_comma(line: &str, at: usize) -> Option<Slip> {
    let after = line[at..].strip_prefix(',')?.trim_start();
    if !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    let fixed = format!("{}{}", line[..at].trim_end(), &line[at + 1..]);
    let help = Message::new(MsgId::TrailingCommaHelp).arg("line", fixed.trim());
    Some(Slip { code: Code::Syntax, message: MsgId::TrailingComma.into(), help, place: at..at + 1 })
}

/// The text the parser found without quotes, to show between them; an
/// example when it holds what quotes cannot hold as they are.
fn unquoted(text: &str, span: Span) -> &str {
    let written = text.get(span).unwrap_or("").trim();
    let quotable = !written.is_empty() && !written.contains(['"', '\\', '\n']);
    if quotable { written } else { "…" }
}

/// The key written at the start of the line that holds byte `at`, or `title`.
fn key_of_line(text: &str, at: usize) -> String {
    let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // The line only: a search through the rest of the text for each of many
    // errors took seconds (100,000 lines of control characters: 4 s).
    let line = text[start..].split('\n').next().unwrap_or("");
    let key = first_key(line);
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if plain && line.contains('=') { key.to_string() } else { "title".to_string() }
}

/// The parser errors a hand editor makes most, which get their own words.
#[derive(Clone, Copy)]
enum SyntaxKind {
    DuplicateKey,
    Unclosed,
    Control,
    Unquoted,
    CurlyQuotes,
    TooDeep,
    Header,
    List,
    Inline,
    Value,
    Line,
    Number,
    Escape,
}

impl SyntaxKind {
    fn message(self) -> MsgId {
        match self {
            SyntaxKind::Unclosed => MsgId::UnclosedString,
            SyntaxKind::Control => MsgId::RawControl,
            SyntaxKind::TooDeep => MsgId::TooDeep,
            SyntaxKind::Header => MsgId::SyntaxHeader,
            SyntaxKind::List => MsgId::SyntaxList,
            SyntaxKind::Inline => MsgId::SyntaxInline,
            SyntaxKind::Value => MsgId::SyntaxValue,
            SyntaxKind::Number => MsgId::SyntaxNumber,
            SyntaxKind::Escape => MsgId::SyntaxEscape,
            SyntaxKind::Line | SyntaxKind::DuplicateKey | SyntaxKind::Unquoted | SyntaxKind::CurlyQuotes => {
                MsgId::SyntaxLine
            }
        }
    }

    fn help(self) -> MsgId {
        match self {
            SyntaxKind::Unclosed => MsgId::UnclosedStringHelp,
            SyntaxKind::Control => MsgId::RawControlHelp,
            SyntaxKind::TooDeep => MsgId::TooDeepHelp,
            SyntaxKind::Header => MsgId::SyntaxHeaderHelp,
            SyntaxKind::List => MsgId::SyntaxListHelp,
            SyntaxKind::Inline => MsgId::SyntaxInlineHelp,
            SyntaxKind::Value => MsgId::SyntaxValueHelp,
            SyntaxKind::Number => MsgId::SyntaxNumberHelp,
            SyntaxKind::Escape => MsgId::SyntaxEscapeHelp,
            SyntaxKind::Line | SyntaxKind::DuplicateKey | SyntaxKind::Unquoted | SyntaxKind::CurlyQuotes => {
                MsgId::SyntaxLineHelp
            }
        }
    }
}

/// The typographic quotes a word processor puts in place of `"`.
const CURLY_QUOTES: [char; 6] = ['“', '”', '«', '»', '‘', '’'];

/// Whether the parser's detail text is about an invisible control character.
fn is_control(detail: &str) -> bool {
    detail.contains("visible characters") || detail.starts_with("invalid comment character")
}

/// Recognises the toml parser's detail text (and, for curly quotes, the
/// text where it stopped); `None` keeps the detail as it is.
fn syntax_kind(detail: &str, here: &str) -> Option<SyntaxKind> {
    let what = detail.split(", expected").next().unwrap_or(detail);
    let kind = match what {
        _ if detail.starts_with("duplicate key") => SyntaxKind::DuplicateKey,
        _ if here.trim_start().starts_with(CURLY_QUOTES) => SyntaxKind::CurlyQuotes,
        _ if detail.ends_with("expected `\"`") || detail.ends_with("expected `'`") => SyntaxKind::Unclosed,
        // A Windows line end in quoted text: the text is left open.
        _ if is_control(detail) && here.starts_with("\r\n") => SyntaxKind::Unclosed,
        _ if is_control(detail) => SyntaxKind::Control,
        _ if what.starts_with("unquoted string") || what.starts_with("string values must be quoted") => {
            SyntaxKind::Unquoted
        }
        _ if detail.contains("max recursion depth") => SyntaxKind::TooDeep,
        "unclosed array table" | "unclosed table" | "invalid table" | "missing table open" => SyntaxKind::Header,
        "unclosed array"
        | "missing comma between array elements"
        | "extra comma in array"
        | "unexpected `=` in array"
        | "missing array opening" => SyntaxKind::List,
        "unclosed inline table"
        | "invalid inline table element"
        | "missing comma between key-value pairs"
        | "extra comma in inline table"
        | "missing key for inline table element"
        | "missing inline table opening" => SyntaxKind::Inline,
        "missing value"
        | "missing value for key"
        | "invalid value"
        | "invalid string"
        | "invalid basic string"
        | "invalid literal string"
        | "invalid boolean"
        | "missing opening quote" => SyntaxKind::Value,
        "invalid key"
        | "invalid unquoted key"
        | "missing assignment between key-value pairs"
        | "extra `=`"
        | "extra assignment between key-value pairs"
        | "unexpected content"
        | "unexpected key or value"
        | "invalid key-value pair"
        | "unquoted keys cannot be empty"
        | "missing comment start"
        | "unexpected content between comment and newline" => SyntaxKind::Line,
        "invalid integer number"
        | "invalid float"
        | "unexpected leading zero"
        | "unexpected sign"
        | "invalid exponent"
        | "invalid fraction"
        | "invalid mantissa"
        | "invalid hexadecimal number"
        | "invalid octal number"
        | "invalid binary number" => SyntaxKind::Number,
        "missing escaped value" => SyntaxKind::Escape,
        _ => return None,
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// The English message of the first syntax error in `text`.
    fn first_error(text: &str) -> String {
        first(text).0
    }

    /// Keys whose slips are none of the lists': texts, words, dates, tables.
    const OTHER_KEYS: [&str; 18] = [
        "activity",
        "assessment",
        "narrative",
        "date",
        "title",
        "short",
        "text",
        "note",
        "organization",
        "language",
        "kind",
        "level",
        "topic",
        "unit",
        "year_start",
        "tags",
        "objective",
        "action",
    ];

    #[test]
    fn the_slip_lists_know_every_key_the_readers_accept_and_no_other() {
        use super::super::toml::FRENCH_KEYS;
        use std::collections::BTreeSet;
        let accepted: BTreeSet<&str> = READER_KEYS.into_iter().chain([ENTRY_KINDS]).flatten().copied().collect();
        let lists = [&ID_KEYS[..], &LIST_KEYS, &YEAR_KEYS, &NUMBER_KEYS].concat();
        let sorted: BTreeSet<&str> = lists.iter().chain(&OTHER_KEYS).copied().collect();
        assert_eq!(accepted, sorted, "a reader's new key goes in a slip list, or in OTHER_KEYS");
        assert!(OTHER_KEYS.iter().all(|k| !lists.contains(k)), "a key is in a slip list or in OTHER_KEYS, not both");
        assert!(YEAR_KEYS.iter().all(|k| NUMBER_KEYS.contains(k)), "a year is a number");
        for (french, english) in FRENCH_KEYS {
            assert!(accepted.contains(english) && !accepted.contains(french), "{french} = {english}");
        }
    }

    #[test]
    fn common_syntax_errors_get_their_own_words() {
        assert_eq!(first_error("activity = 3\n[[activity]]\n"), "`activity` is already written above in this section");
        assert_eq!(first_error("title = \"Rencontre\n"), "quoted text that is never closed");
        assert_eq!(first_error("title = 'Rencontre"), "quoted text that is never closed");
        assert_eq!(
            first_error("title = \"a\u{1b}b\"\n"),
            "an invisible control character, which these files do not allow"
        );
        assert_eq!(first_error("# a\u{7} b\n"), "an invisible control character, which these files do not allow");
        assert_eq!(first_error("title = Rencontre du comité\n"), "text without quotes");
        let deep = format!("x = {}{}", "[".repeat(1000), "]".repeat(1000));
        assert_eq!(first_error(&deep), "too many brackets or braces one inside another");
        assert_eq!(
            first_error("title = “Rencontre”\n"),
            "typographic quotes (“ ” « » ‘ ’): TOML does not read them as quotes"
        );
        assert_eq!(first_error("[[activity\n"), "a section line that is not closed");
        assert_eq!(first_error("indicators = [\"1.1.1\" \"1.2\"]\n"), "a list written wrong");
        assert_eq!(first_error("targets = { 2017 = 4\n"), "braces written wrong");
        assert_eq!(first_error("amount = 03\n"), "a number written wrong");
        assert_eq!(first_error("done = tru\n"), "a value missing or written wrong after the =");
        assert_eq!(first_error("note = \"C:\\Documents\"\n"), "a backslash \\ inside quotes");
    }

    /// The help of the first syntax error in `text`, in `lang`.
    fn first_help(text: &str, lang: Lang) -> String {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        diags[0].help.as_ref().map(|h| h.render(lang)).unwrap_or_default()
    }

    #[test]
    fn curly_quotes_are_shown_straight_with_the_key_as_written() {
        let help = first_help("note = “Rencontre du COCO”\n", Lang::Fr);
        assert!(help.contains("note = \"Rencontre du COCO\""), "{help}");
        let help = first_help("titre = Rencontre du COCO\n", Lang::Fr);
        assert!(help.ends_with(": titre = \"Rencontre du COCO\""), "the key is not translated: {help}");
        assert_eq!(unquoted("title = Le \"bon\" plan", 8..20), "…", "a quote inside would end the text");
        // In a list, each item is shown between straight quotes, and a list key gets its brackets.
        let write =
            |line: &str| format!("Word or a copy-paste often puts them in place of straight quotes \"; write: {line}");
        let two = write("indicators = [\"1.1.1\", \"1.1.2b\"] # two");
        for written in ["[« 1.1.1 », “1.1.2b”]", "[\"1.1.1\", « 1.1.2b »]", "[“1.1.1”,“1.1.2b”]"] {
            assert_eq!(first_help(&format!("indicators = {written} # two\n"), Lang::En), two, "{written}");
        }
        assert_eq!(first_help("indicators = « 1.1.1 »\n", Lang::En), write("indicators = [\"1.1.1\"]"));
        // An item that cannot be shown so: the text's help.
        assert!(first_help("evidence = [“a\"b”]\n", Lang::En).contains("inside the text"));
    }

    #[test]
    fn a_space_that_is_not_an_ordinary_one_is_named_with_the_line_mended() {
        let no_break = "a no-break space hides here, where an ordinary space goes";
        let help = |line: &str| {
            format!(
                "delete it and type an ordinary space (Word puts them before : ; ? ! and inside « », and on some keyboards Alt Gr or Option + space types one); write: {line}"
            )
        };
        for (text, message, under, line) in [
            ("date\u{a0}= 2019-06-28\n", no_break, "\u{a0}", "date = 2019-06-28"),
            ("title =\u{a0}\"Rencontre\"\r\n", no_break, "\u{a0}", "title = \"Rencontre\""),
            ("\u{a0}[[activity]]\u{a0}\n", no_break, "\u{a0}", "[[activity]]"),
            (
                "a = [\"1.1.1\",\u{202f}\"1.1.2\"]\n",
                "a narrow no-break space hides here, where an ordinary space goes",
                "\u{202f}",
                "a = [\"1.1.1\", \"1.1.2\"]",
            ),
            (
                "t = \"a\u{a0}b\"\u{2003}# c\u{a0}d\n",
                "a special space hides here, where an ordinary space goes",
                "\u{2003}",
                "t = \"a\u{a0}b\" # c\u{a0}d",
            ),
            // An escaped quote mark does not end the text; nor is it a quote inside it.
            ("t = \"R\\\"x\"\u{a0}\n", no_break, "\u{a0}", "t = \"R\\\"x\""),
        ] {
            assert_eq!(first(text), (message.to_string(), help(line), under), "{text:?}");
        }
        let (message, help, under) = first("note\u{200b} = \"x\"\n");
        assert_eq!((message.as_str(), under), ("an invisible character, a zero-width space, hides here", "\u{200b}"));
        assert!(help.ends_with("write: note = \"x\""), "{help}");
        // Inside a text left open, it is the text's.
        for text in ["t = \"a\u{a0}\n", "t = 'a\u{a0}\nu = 1\n", "t = [\"a\u{a0}\n", "t = \"\\\"\u{a0}\n"] {
            assert!(!first(text).0.contains("space"), "{text:?}: {:?}", first(text));
        }
        let blank = first("x = 1\n\u{a0}\ny = 2\n");
        assert_eq!(blank, (no_break.to_string(), "delete it: this line looks blank, but is not".to_string(), "\u{a0}"));
        // Between digits, a number's; in a date, the date's.
        assert_eq!(first("total = 1\u{a0}000\n").1, "write its digits in one block, with no space: total = 1000");
        assert!(first("date = 14\u{a0}juin\u{a0}2019\n").1.ends_with("date = 2019-06-14"));
        assert_eq!(first("t = \"Le \\\"bon\\\" plan\" x\n").0, "this line cannot be read", "not a quote inside");
        let apostrophe = "an apostrophe inside text between apostrophes";
        assert_eq!(first("t = 'L'atelier' \t\r\n").0, apostrophe, "ordinary spaces after it are trimmed");
        assert_eq!(
            first("t = \"Le \\\"bon\\\" \\q\"\n").0,
            "a backslash \\ inside quotes",
            "escaped quote marks are not inside"
        );
    }

    #[test]
    fn a_pair_without_its_equals_sign_is_named_with_the_line_mended() {
        let colon = "a colon separates the name from its value here: these files take an = sign";
        let missing = "the = sign is missing between the name and its value";
        let loose = "this text is neither a name = value pair, nor a section, nor a comment";
        for (text, message, under, help) in [
            ("date: 2019-02-15\n", colon, ":", "write: date = 2019-02-15"),
            ("  date : 2019-02-15 # la vraie\n", colon, ":", "write: date = 2019-02-15"),
            ("titre :\"Rencontre #3\"\n", colon, ":", "write: title = \"Rencontre #3\""),
            ("Note : à revoir # plus tard\n", colon, ":", "write: note = \"à revoir\""),
            ("title: Plan d'action\n", colon, ":", "write: title = \"Plan d'action\""),
            ("indicators: [\"1.1.1\"]\n", colon, ":", "write: indicators = [\"1.1.1\"]"),
            ("date: 14/06/2019\n", colon, ":", "write: date = 2019-06-14"),
            ("date\u{a0}: 2019-02-15\n", colon, ":", "write: date = 2019-02-15"),
            ("date: 31/02/2019\n", colon, ":", "write the name, an = sign and the value: date = …"),
            ("montant : 12 personnes\n", colon, ":", "write the name, an = sign and the value: amount = …"),
            ("amount 12\n", missing, " ", "write: amount = 12"),
            ("date\t14 juin 2019\n", missing, "\t", "write: date = 2019-06-14"),
            ("title \"x\"\n", missing, " ", "write: title = \"x\""),
            ("note\n", "`note` has no value", "note", "write its value after an = sign: note = …"),
            ("titre :\n", "`titre` has no value", "titre", "write its value after an = sign: title = …"),
            (
                "Titre du plan  \n",
                loose,
                "Titre du plan",
                "to keep it as a remark, start the line with #: # Titre du plan",
            ),
            (
                "Rencontre: annulée\n",
                loose,
                "Rencontre: annulée",
                "to keep it as a remark, start the line with #: # Rencontre: annulée",
            ),
        ] {
            assert_eq!(first(text), (message.to_string(), help.to_string(), under), "{text:?}");
        }
        // With an = sign, or a no-break space before it, another slip is named.
        for text in ["title \"a\" = \"b\"\n", "date\u{a0}= 2019-06-28\n", "[activity\n", "\"title\" \"x\"\n"] {
            let message = first(text).0;
            assert!(
                ![colon, missing, loose].contains(&message.as_str()) && !message.ends_with("has no value"),
                "{text:?}: {message}"
            );
        }
    }

    /// The first syntax error in `text`: its English message and help, and what it underlines.
    fn first(text: &str) -> (String, String, &str) {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        let d = &diags[0];
        let help = d.help.as_ref().map(|h| h.render(Lang::En)).unwrap_or_default();
        (d.message.render(Lang::En), help, &text[d.loc.as_ref().map_or(0..0, |l| l.span())])
    }

    #[test]
    fn headers_are_found_where_first_written_and_only_before_the_clash() {
        let text = "[[a]]\n[a.b] # one\n[[a.b]]\n[a]\n[[a.b]]\n";
        let mut headers = Headers::new(text);
        assert_eq!(headers.before("a.b", false, text.len()), Some(6..17));
        assert_eq!(headers.before("a.b", true, text.len()), Some(18..25), "the first of two");
        assert_eq!(headers.before("a", false, 10), None, "written after");
        assert_eq!(headers.before("a", true, 10), Some(0..5));
        assert_eq!(headers.before("b", true, text.len()), None);
    }

    #[test]
    fn a_header_with_one_bracket_among_lists_of_sections_is_named_once_at_its_line() {
        let before = "[[a]]\nid = 1\n[a.b] # here\nid = 2\n[[a.b]]\nid = 3\n[[a.b]]\nid = 4\n";
        let mut diags = Vec::new();
        parse(FileId(0), before, &mut diags);
        assert_eq!(diags.len(), 1, "{diags:?}");
        let (message, help, place) = first(before);
        assert_eq!(message, "[a.b] has one bracket on each side, where the other [[a.b]] sections have two");
        assert_eq!(help, "write two brackets on each side, as for the others: [[a.b]]");
        assert_eq!(place, "[a.b] # here");
        let after = "[[activity]]\r\ndate = 2019-01-01\r\n\r\n[activity]\r\ndate = 2019-01-02\r\n";
        assert_eq!(first(after).2, "[activity]");
        // A section written twice is another slip.
        let twice = "[tags]\na = 1\n[tags]\nb = 2\n";
        assert_eq!(first(twice).0, "`tags` is already written above in this section");
    }

    /// Each diagnostic of a text: its message and help in English, and what it underlines.
    fn all(text: &str) -> Vec<(String, String, &str)> {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        let help = |d: &Diagnostic| d.help.as_ref().map(|h| h.render(Lang::En)).unwrap_or_default();
        let place = |d: &Diagnostic| &text[d.loc.as_ref().map_or(0..0, |l| l.span())];
        diags.iter().map(|d| (d.message.render(Lang::En), help(d), place(d))).collect()
    }

    #[test]
    fn a_list_of_sections_written_with_one_bracket_is_named_once_for_the_file() {
        let entry = |day: u8| {
            format!("[activity]\r\ndate = 2019-01-0{day}\r\ntitle = \"x\"\r\n[activity.tags]\r\na = [\"b\"]\r\n")
        };
        let text = format!("# journal\r\n{}{}{}", entry(1), entry(2), entry(3));
        let diags = all(&text);
        assert_eq!(diags.len(), 1, "{diags:?}");
        let (message, help, place) = &diags[0];
        assert_eq!(
            message,
            "[activity] has one bracket on each side, here and on 2 more lines below: each [[activity]] section has two"
        );
        assert_eq!(
            help,
            "replace [activity] with [[activity]] on these 3 lines, for example with the editor's Replace"
        );
        assert_eq!((*place, text.find(place)), ("[activity]", Some(11)));
        let orientation = "id = \"1\"\n[objective]\nid = \"1.1\"\n[[objective.action]]\nid = \"1.1.1\"\n[objective]\nid = \"1.2\"\n[[objective.action]]\nid = \"1.2.1\"\n";
        let diags = all(orientation);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].0.starts_with("[objective] has one bracket on each side, here and on 1 more line below"));
        // Actions and their indicators, both written so: each list named, and
        // every line named marked, in the second objective too.
        let level = |l: &str, id: &str| format!("[objective.action{l}]\nid = \"{id}\"\n");
        let objective = |id: &str| format!("[[objective]]\nid = \"{id}\"\n");
        let both = [
            objective("1.1"),
            level("", "a"),
            level(".indicator", "x"),
            level("", "b"),
            level(".indicator", "y"),
            objective("1.2"),
            level("", "c"),
            level(".indicator", "z"),
        ]
        .concat();
        let places: Vec<(usize, &str)> = all(&both).into_iter().map(|d| (both.find(d.2).unwrap(), d.2)).collect();
        let action = both.find("[objective.action]").unwrap();
        let indicator = both.find("[objective.action.indicator]").unwrap();
        assert_eq!(places, [(action, "[objective.action]"), (indicator, "[objective.action.indicator]")]);
        let (_, starts) = parse(FileId(0), &both, &mut Vec::new());
        let lines = both.match_indices("[objective.action").map(|(at, _)| at);
        assert!(lines.clone().count() == 6 && lines.clone().all(|at| starts.contains(&at)), "{starts:?}");
        // Among [[…]] sections, each single one is named at its line, and the names under it are not.
        let mixed = "[[activity]]\ndate = 1\n[activity] # b\ndate = 2\ntitle = \"b\"\n[[activity]]\ndate = 3\n[activity] # d\ndate = 4\n";
        let places: Vec<&str> = all(mixed).into_iter().map(|d| d.2).collect();
        assert_eq!(places, ["[activity] # b", "[activity] # d"]);
    }

    #[test]
    fn tags_opened_after_each_entry_are_named_once_for_the_file() {
        let entry = |kind: &str, n: u8| format!("[[{kind}]]\r\ndate = {n}\r\n[tags] # {n}\r\na = {n}\r\nb = {n}\r\n");
        let journal = format!("{}{}{}", entry("activity", 1), entry("activity", 2), entry("activity", 3));
        let diags = all(&journal);
        assert_eq!(diags.len(), 1, "{diags:?}");
        let message =
            "[tags] opens a section of the file, here and on 2 more lines below, not the tags of the entry above";
        let help = "replace [tags] with [activity.tags] on these 3 lines, for example with the editor's Replace";
        assert_eq!(diags[0], (message.to_string(), help.to_string(), "[tags] # 1"));
        let mixed = format!("[tags]\r\nz = 0\r\n{}{}", entry("activity", 1), entry("narrative", 2));
        let diags = all(&mixed);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].0.contains("here and on 2 more lines below"), "{diags:?}");
        let help = "on these 3 lines, replace [tags] with the section of the kind of the entry above: [activity.tags], [narrative.tags]";
        assert_eq!((diags[0].1.as_str(), diags[0].2), (help, "[tags]"));
        assert_eq!(mixed.find(diags[0].2), Some(0));
    }

    #[test]
    fn a_text_over_several_lines_between_single_quotes_is_one_error() {
        let text = "[[activity]]\r\nnote = \"Met the partners.\r\n\r\nThey said \"yes\".\r\nTwelve came.\"\r\ntitle = \"x\"\r\n";
        let literal = "[[activity]]\r\nnote = 'a\r\nb'\r\n";
        let diags = [all(text), all(literal)].concat();
        let help = |quotes: &str, n: &str| {
            format!(
                "a text over several lines goes between {quotes} and {quotes}: write {quotes} here, at its start, and at its end, {n} below"
            )
        };
        let double = ("a text over several lines opened with a single \"".to_string(), help("\"\"\"", "3 lines"), "\"");
        let single = ("a text over several lines opened with a single '".to_string(), help("'''", "1 line"), "'");
        assert_eq!(diags, [double, single]);
        for (text, open) in [(text, "\"Met"), (literal, "'a")] {
            let mut found = Vec::new();
            parse(FileId(0), text, &mut found);
            let places: Vec<usize> = found.iter().map(|d| d.loc.as_ref().unwrap().span().start).collect();
            assert_eq!(places, [text.find(open).unwrap()]);
        }
        // After the first, the parser pairs the quote marks wrongly: each is still found.
        let entry = |n: usize| format!("[[activity]]\nnote = \"Met {n}\nthem.\"\ntitle = \"x\"\n");
        let three: String = (1..=3).map(entry).collect();
        let mut found = Vec::new();
        parse(FileId(0), &three, &mut found);
        let places: Vec<usize> = found.iter().map(|d| d.loc.as_ref().unwrap().span().start).collect();
        let opens: Vec<usize> = three.match_indices("\"Met").map(|(at, _)| at).collect();
        assert_eq!((places, found.len()), (opens, 3));
        // Closed by no line before the next key: a text left open on its line.
        let open = "[[activity]]\nnote = \"Met the partners.\ntitle = \"x\"\n";
        assert_eq!(first(open).0, "quoted text that is never closed");
        // With Windows line ends, the line end is not an invisible character of its own.
        let crlf = "[[activity]]\r\ntitle = \"Steering\r\nindicators = [\"1\"]\r\n";
        let messages: Vec<String> = all(crlf).into_iter().map(|d| d.0).collect();
        assert_eq!(messages, ["quoted text that is never closed"]);
        let mut found = Vec::new();
        parse(FileId(0), crlf, &mut found);
        let end = crlf.find("\r\nindicators").unwrap();
        assert_eq!(found[0].loc.unwrap().span(), end..end, "after the text, not on the line end");
    }

    #[test]
    fn a_list_left_open_is_one_error_where_it_opens() {
        let wrong = "a list written wrong";
        let one_line = |line: &str| format!("close the list with ]: {line}");
        // On one line, before a key, a header or the end, in either line end.
        let text = "[[activity]]\r\nindicators = [\"1.1.1\", \"1.1.2b\" # two\r\nnote = \"n\"\r\n[[activity]]\r\nindicators = ['1.1.1'\r\n\r\n[[activity]]\r\ntitle = x\r\n";
        let two = "indicators = [\"1.1.1\", \"1.1.2b\"] # two";
        let expected = [
            (wrong.to_string(), one_line(two), "[\"1.1.1\", \"1.1.2b\""),
            (wrong.to_string(), one_line("indicators = ['1.1.1']"), "['1.1.1'"),
        ];
        let found = all(text);
        assert_eq!(found[..2], expected);
        // The parser reads the rest well again: the text without quotes below is named too.
        assert_eq!((found.len(), found[2].0.as_str()), (3, "text without quotes"));
        // Over several lines, with a comment inside: `]` is wanted on its last item's line.
        let long = "[[activity]]\nindicators = [\n  \"1.1.1\",\n  # a comment\n  \"1.1.2b\", # two\n\nnote = \"n\"\n";
        let help = "a list ends with ] after its last item: add it 3 lines below, before any comment";
        assert_eq!(all(long), [(wrong.to_string(), help.to_string(), "[")]);
        // Before the next entry: that entry is its own, and read well.
        let next = "[[activity]]\ndate = 2018-01-01\nindicators = [\"1\"\n[[activity]]\ndate = 2018-01-02\ntitle = x\n";
        let messages: Vec<String> = all(next).into_iter().map(|d| d.0).collect();
        assert_eq!(messages, [wrong, "text without quotes"]);
        // A header below a list closes it, whatever the parser makes of it.
        assert!(open_value_above("indicators = [\"1\"\n[[activity]]\n", BRACKETS[0]).is_none());
        assert!(open_value_above("indicators = [\"1\"\n# more\n", BRACKETS[0]).is_some());
        // Braces are looked for up to OPEN_VALUE_LINES lines above, not to the file's start.
        let braces = |pairs: usize| format!("tags = {{\n{}", "a = 1,\n".repeat(pairs));
        assert!(open_value_above(&braces(OPEN_VALUE_LINES - 1), BRACKETS[1]).is_some());
        assert!(open_value_above(&braces(OPEN_VALUE_LINES), BRACKETS[1]).is_none());
        let upward: Vec<(usize, &str)> = lines_upward("a\r\n\nbc\n").collect();
        assert_eq!(upward, [(4, "bc"), (3, ""), (0, "a")]);
        // A list that was closed, and brackets between quotes, are not lists left open.
        for closed in ["indicators = [\n  \"1.1.1\"]\ntitle = x\n", "indicators = [\"[1.1.1\"]\ntitle = x\n"] {
            let messages: Vec<String> = all(closed).into_iter().map(|d| d.0).collect();
            assert_eq!(messages, ["text without quotes"], "{closed}");
        }
        // A `[` alone, and a list whose items cannot be shown mended.
        let here = "a list ends with ] after its last item: add it at the end of the line, before any comment";
        for (open, under) in [("indicators = [\ntitle = \"x\"\n", "["), ("x = [\"\\\"\"\ny = 1\n", "[\"\\\"\"")] {
            assert_eq!(all(open), [(wrong.to_string(), here.to_string(), under)], "{open}");
        }
    }

    #[test]
    fn braces_left_open_or_split_by_semicolons_are_named_with_the_line_mended() {
        let braces = "braces written wrong";
        // Left open on their line, before the next key, with `;` between pairs.
        let one = all("targets = { 2018 = 4; 2019 = 4, # two\ntitle = \"x\"\n");
        let closed = "close the braces with }: targets = { 2018 = 4, 2019 = 4 } # two";
        assert_eq!(one, [(braces.to_string(), closed.to_string(), "{ 2018 = 4; 2019 = 4,")]);
        // Over several lines, before a header: one error, and the rest is read again.
        let long = "[a]\ntargets = {\n  2018 = 4,\n  2019 = 4,\n\n[b]\ntitle = x\n";
        let help = "braces close with } after the last pair: add it 2 lines below, before any comment";
        let found = all(long);
        assert_eq!(found[0], (braces.to_string(), help.to_string(), "{"));
        assert_eq!((found.len(), found[1].0.as_str()), (2, "text without quotes"));
        // Closed, with `;` between pairs (not inside a text).
        let commas = "separate the pairs between braces with commas: tags = { a = \"x;y\", b = \"z\" }";
        assert_eq!(first("tags = { a = \"x;y\"; b = \"z\" }\n").1, commas);
        let commas = "separate the pairs between braces with commas: tags = { a = \"x: y\", b = \"z\" }";
        assert_eq!(first("tags = { a = \"x: y\"; b = \"z\" }\n").1, commas, "a colon inside a text");
        // A number written 1,5 is named first.
        assert_eq!(first("targets = { 2018 = 1,5; 2019 = 4 }\n").0, "a number written with a comma");
        // Pairs written with `:`, as a form or JSON writes them (not inside a text).
        let equals = "between braces, each name is followed by an = sign, and the pairs parted by commas: ";
        for (text, line) in [
            ("targets = { 2018:\t4, 2019 :4 }\n", "targets = { 2018 = 4, 2019 = 4 }"),
            ("targets = { 2018 :  4; 2019\t: 4 } # an 1-2\n", "targets = { 2018 = 4, 2019 = 4 } # an 1-2"),
            ("tags = { a: \"x: y\",  b = \"z\" }\n", "tags = { a = \"x: y\",  b = \"z\" }"),
        ] {
            assert_eq!(
                first(text),
                (
                    braces.to_string(),
                    format!("{equals}{line}"),
                    text.split(" # ").next().unwrap().trim_start_matches(|c| c != '{').trim_end()
                )
            );
        }
    }

    #[test]
    fn a_number_in_words_is_given_in_digits() {
        assert_eq!(
            first("target = Quatre # a year\n"),
            ("a number written in words".to_string(), "write it in digits: target = 4 # a year".to_string(), "Quatre")
        );
        assert_eq!(
            first("targets = { 2018 = dix-huit, 2019 = 4 }\n").1,
            "write it in digits: targets = { 2018 = 18, 2019 = 4 }"
        );
        assert_eq!(first("amount = twelve\n").1, "write it in digits: amount = 12");
        let (message, help, under) = first("total = beaucoup\n");
        assert_eq!(
            (message.as_str(), help.as_str(), under),
            ("words where `total` takes a number", "write a number in digits: total = …", "beaucoup")
        );
        assert_eq!(
            first("title = quatre\n").1,
            "put the text between straight double quotes: title = \"quatre\"",
            "a text"
        );
    }

    #[test]
    fn a_number_followed_by_words_is_shown_alone() {
        let help = |line: &str| first(&format!("{line}\n")).1;
        let alone = |key: &str, line: &str| {
            format!("`{key}` takes a number alone (the unit goes in the indicator's text); write: {line}")
        };
        assert_eq!(help("target = 4 réunions # a year"), alone("target", "target = 4 # a year"));
        assert_eq!(help("amount = 1500 $"), alone("amount", "amount = 1500"));
        let targets = "targets = { 2018 = 4, 2019 = 5 }";
        assert_eq!(help("targets = { 2018 = 4 réunions, 2019 = 5 }"), alone("targets", targets));
        // Text, not a number: quoted.
        assert!(help("title = 4 réunions").contains("between straight double quotes"));
    }

    #[test]
    fn a_section_opened_twice_is_named_at_its_second_header_only() {
        let plan = "[plan]\nx = 1\n[tags]\na = 1\n[tags]\na = 2\n";
        let help = "a section is opened once: put these lines under the first [tags], above, or delete one of the two";
        assert_eq!(all(plan).into_iter().map(|d| d.1).collect::<Vec<_>>(), [help]);
        // A name written twice in one section is that line's slip.
        let name = "[plan]\ntitle = \"a\"\nx = 1\ntitle = \"b\"\n";
        let help = "each name appears once per section: keep one of the two `title = …` lines; for a new entry, start a new section, for example [[activity]]";
        assert_eq!(
            all(name),
            [("`title` is already written above in this section".to_string(), help.to_string(), "title")]
        );
    }

    #[test]
    fn an_entry_without_its_header_is_named_once_at_its_first_repeated_name() {
        let entry = |n: u8| format!("date = 2018-0{n}-01\r\ntitle = \"{n}\"\r\nindicators = [\"1.1.1\"]\r\n");
        let text = format!("[[activity]]\r\n{}\r\n{}[[activity]]\r\n{}\r\n{}", entry(1), entry(2), entry(3), entry(4));
        let help = "if another entry starts here, its [[activity]] line is missing: add it above that entry's first line; otherwise keep one of the two `date = …` lines";
        let diags = all(&text);
        assert_eq!(diags.len(), 2, "one for each entry that lacks its header: {diags:?}");
        assert!(diags.iter().all(|d| d.0 == "`date` is already written above in this section" && d.1 == help));
        let mut diags = Vec::new();
        parse(FileId(0), &text, &mut diags);
        let starts: Vec<usize> = diags.iter().map(|d| d.loc.as_ref().unwrap().span().start).collect();
        assert_eq!(starts, [text.find("date = 2018-02").unwrap(), text.find("date = 2018-04").unwrap()]);
        // A name written twice in an assessment, as the entry's only slip.
        let assessment = "[[assessment]]\nlevel = \"on-track\"\nnote = \"a\"\nnote = \"b\"\n";
        let help = "if another entry starts here, its [[assessment]] line is missing: add it above that entry's first line; otherwise keep one of the two `note = …` lines";
        assert_eq!(
            all(assessment),
            [("`note` is already written above in this section".to_string(), help.to_string(), "note")]
        );
    }

    #[test]
    fn the_lists_of_sections_are_the_ones_the_readers_read() {
        use super::super::orientation::{ACTION_KEYS, OBJECTIVE_KEYS, ORIENTATION_KEYS};
        let levels = [("objective", ORIENTATION_KEYS), ("objective.action", OBJECTIVE_KEYS)];
        let levels = [&levels[..], &[("objective.action.indicator", ACTION_KEYS)]].concat();
        for (path, keys) in levels {
            assert!(keys.contains(&path.rsplit('.').next().unwrap()) && LIST_SECTIONS.contains(&path), "{path}");
        }
        assert!(ENTRY_KINDS.iter().all(|kind| LIST_SECTIONS.contains(kind)));
        assert_eq!(LIST_SECTIONS.len(), ENTRY_KINDS.len() + 3);
    }

    #[test]
    fn an_id_without_quotes_is_shown_quoted_in_its_list() {
        let help = |m: &str, line: &str| {
            (m.to_string(), format!("an id goes between straight double quotes, as text does: {line}"))
        };
        let (message, h, under) = first("indicators = [1.1.1a, 1.1.1b] # two\n");
        assert_eq!((message, h), help("an id without quotes", "indicators = [\"1.1.1a\", \"1.1.1b\"] # two"));
        assert_eq!(under, "1.1.1a");
        let (message, h, under) = first("indicators = [\"1.1.1a\", 1.1.1]\n");
        assert_eq!((message, h), help("an id without quotes", "indicators = [\"1.1.1a\", \"1.1.1\"]"));
        assert_eq!(under, "1.1.1");
        let (_, h, _) = first("indicators = 1.1.1a, 1.1.1b\n");
        assert!(h.ends_with("indicators = [\"1.1.1a\", \"1.1.1b\"]"), "{h}");
        let (_, h, under) = first("x = 1\nindicator = 1.1.1c\n");
        assert!(h.ends_with(": indicator = \"1.1.1c\""), "{h}");
        assert_eq!(under, "1.1.1c");
        // Another key's unquoted text is text, not an id.
        assert_eq!(first("title = 2e rencontre\n").0, "text without quotes");
    }

    #[test]
    fn a_number_written_as_french_writes_it_is_shown_whole() {
        let (message, help, under) = first("target = 1 000 # a thousand\n");
        assert_eq!(message, "a number broken by a space");
        assert_eq!(help, "write its digits in one block, with no space: target = 1000 # a thousand");
        assert_eq!(under, "1 000");
        let (_, help, under) = first("total = 1\u{a0}000\u{202f}000\n");
        assert!(help.ends_with("total = 1000000"), "{help}");
        assert_eq!(under, "1\u{a0}000\u{202f}000");
        let (message, help, under) = first("targets = { 2025 = 1,5, 2026 = 2 }\n");
        assert_eq!(message, "a number written with a comma");
        assert!(help.starts_with("a plan's numbers are whole numbers"), "{help}");
        assert_eq!(under, "1,5");
        assert_eq!(first("amount = 1, 5\n").2, "1, 5");
        // Not a number's key: a date is left to the parser's words.
        assert_ne!(first("date = 2019 02 14\n").0, "a number broken by a space");
    }

    #[test]
    fn a_comma_at_the_end_of_a_line_or_around_a_list_is_named() {
        let (message, help, under) = first("due = 2028, # the last year\n");
        assert_eq!(message, "a comma too many at the end of the line");
        assert_eq!(help, "remove it: due = 2028 # the last year");
        assert_eq!(under, ",");
        assert_eq!(first("title = \"Bilan, suite\",\n").1, "remove it: title = \"Bilan, suite\"");
        let (message, help, under) = first("years = 2025, 2026\n");
        assert_eq!(message, "a list written wrong");
        assert_eq!(help, "a list goes between square brackets: years = [2025, 2026]");
        assert_eq!(under, "2025, 2026");
    }

    #[test]
    fn a_list_written_otherwise_is_shown_as_it_should_be() {
        let help = |line: &str| first(&format!("[[activity]]\n{line}\n")).1;
        let mended = "separate a list's items with one comma: indicators = [\"1.1.1\", '1.1.2a', \"1.1.3\"] # three";
        assert_eq!(help("indicators = [\"1.1.1\"; '1.1.2a' \"1.1.3\"] # three"), mended);
        assert_eq!(help("indicators = [\"1.1.1\",, '1.1.2a',\"1.1.3\"] # three"), mended);
        let (message, _, under) = first("evidence = [\"a.pdf\" \"b.pdf\"]\n");
        assert_eq!((message.as_str(), under), ("a list written wrong", "[\"a.pdf\" \"b.pdf\"]"));
        // Other brackets, or none, or a `]` left out: the list between square brackets.
        let brackets = |line: &str| format!("a list goes between square brackets: {line}");
        let one = brackets("indicators = [\"1.1.1\"]");
        for written in ["(\"1.1.1\")", "{\"1.1.1\"}", "['1.1.1')"] {
            let expected = if written.contains('\'') { one.replace('"', "'") } else { one.clone() };
            assert_eq!(help(&format!("indicators = {written}")), expected, "{written}");
        }
        let two = brackets("indicators = [\"1.1.1\", \"1.1.2b\"] # two");
        for written in ["{ \"1.1.1\", \"1.1.2b\" }", "(\"1.1.1\", \"1.1.2b\"]", "\"1.1.1\"; \"1.1.2b\""] {
            assert_eq!(help(&format!("indicators = {written} # two")), two, "{written}");
        }
        let close = "close the list with ]: indicators = [\"1.1.1\", \"1.1.2b\"] # two";
        assert_eq!(help("indicators = [\"1.1.1\", \"1.1.2b\" # two"), close);
        let (message, _, under) = first("indicators = (\"1.1.1\")  # x\n");
        assert_eq!((message.as_str(), under), ("a list written wrong", "(\"1.1.1\")"));
        // An id without quotes gets them too.
        let bare = "an id goes between straight double quotes, as text does: indicators = [\"1.1.1\"]";
        assert_eq!(help("indicators = (1.1.1)"), bare);
        let quoted = "an id goes between straight double quotes, as text does: indicators = [\"1.1.1\", \"1.1.2\"]";
        assert_eq!(help("indicators = [\"1.1.1\"; 1.1.2]"), quoted);
        // An escape inside: the general help.
        let general =
            "a list goes between square brackets, its items separated by commas: indicators = [\"1.1.1\", \"1.2.1\"]";
        assert_eq!(help("indicators = [\"1\\\"1\"; \"2\"]"), general);
    }

    #[test]
    fn a_quote_mark_inside_its_own_quotes_is_shown_quoted_another_way() {
        let (message, help, under) = first("title = 'L'atelier du COCO'\n");
        assert_eq!(message, "an apostrophe inside text between apostrophes");
        assert_eq!(help, "that mark ends the text; write instead: title = \"L'atelier du COCO\"");
        assert_eq!(under, "'L'atelier du COCO'");
        let (message, help, _) = first("title = \"Le \"bon\" plan\"\n");
        assert_eq!(message, "a straight double quote inside the text");
        assert_eq!(help, "that mark ends the text; write instead: title = 'Le \"bon\" plan'");
        let (_, help, _) = first("note = \"L'été \"chaud\"\"\n");
        assert_eq!(help, "that mark ends the text; write instead: note = \"L'été \\\"chaud\\\"\"");
        // Two texts side by side are not one text holding quotes.
        assert_eq!(first("title = \"Bilan\", \"suite\"\n").0, "this line cannot be read");
        // An `=` inside the text is not where its value starts.
        let (_, help, _) = first("title = \"a = \"b\"\"\n");
        assert_eq!(help, "that mark ends the text; write instead: title = 'a = \"b\"'");
    }

    #[test]
    fn a_date_written_another_way_gets_the_date_code() {
        let mut diags = Vec::new();
        parse(FileId(0), "date = 14/09/2025 # jeudi\n", &mut diags);
        assert_eq!(diags[0].code, Code::BadDate);
        assert_eq!(diags[0].message.render(Lang::En), "14/09/2025 is not a valid date");
        assert_eq!(
            diags[0].help.as_ref().unwrap().render(Lang::Fr),
            "écrivez la date sous la forme AAAA-MM-JJ : date = 2025-09-14"
        );
    }

    #[test]
    fn a_date_in_words_gets_the_date_code_and_its_day() {
        let mut diags = Vec::new();
        parse(FileId(0), "date = le 14 septembre 2025\n", &mut diags);
        assert_eq!(diags[0].code, Code::BadDate);
        assert_eq!(diags[0].message.render(Lang::En), "le 14 septembre 2025 is not a valid date");
        assert_eq!(diags[0].help.as_ref().unwrap().render(Lang::En).rsplit(": ").next(), Some("date = 2025-09-14"));
        let mut diags = Vec::new();
        parse(FileId(0), "date = 2025-09-14,\n", &mut diags);
        assert_eq!(diags[0].message.render(Lang::En), "a comma too many at the end of the line");
    }

    #[test]
    fn a_range_of_years_is_written_out_in_a_list_of_years() {
        let message = "a range of years for `years`, which takes a list of years";
        for (text, under, list) in [
            ("years = 2017-2018 # an 1-2\n", "2017-2018", "2017, 2018"),
            ("years = [2017 – 2020]\n", "[2017 – 2020]", "2017, 2018, 2019, 2020"),
            ("years = [2017, 2019-2020]\n", "[2017, 2019-2020]", "2017, 2019, 2020"),
            ("years = 2018-2017\n", "2018-2017", "2017, 2018"),
        ] {
            let help = format!("write each year in the list: years = [{list}]");
            assert_eq!(first(text), (message.to_string(), help, under), "{text:?}");
        }
        assert_ne!(first("years = [1017-2018]\n").0, message, "no list of a thousand years");
        assert_eq!(first("due = 2019-2020\n").1, "write one year: due = 2020");
    }

    #[test]
    fn a_text_over_several_lines_never_closed_is_named_where_it_opens() {
        let message = |q: &str| {
            format!("this text over several lines, opened with {q}, is never closed: all that follows is part of it")
        };
        let text = "[[a]]\nnote = \"\"\"x \"y\"\n\nz\n\n[[a]]\nnote = \"w\"\n";
        let help = "close it with \"\"\" where the text ends: likely just before [[a]], 4 lines below";
        assert_eq!(first(text), (message("\"\"\""), help.to_string(), "\"\"\""));
        let text = "t = '''a\n'\nu = 1\n";
        let help = "close it with ''' where the text ends: likely just before u = 1, 2 lines below";
        assert_eq!(first(text), (message("'''"), help.to_string(), "'''"));
        assert_eq!(first("t = \"\"\"x\n").1, "close it with \"\"\" where the text ends");
        // Lines of the note that only look like the file's own are passed over.
        let text = "[[a]]\nnote = \"\"\"Compte rendu\ntotal = 12 élus\n[voir annexe]\ntitle = \"Comité\"\n";
        let help = "close it with \"\"\" where the text ends: likely just before title = \"Comité\", 3 lines below";
        assert_eq!(first(text).1, help);
        // Closed, then one left open further down: the one left open.
        assert_eq!(first("t = \"\"\"x\"\"\"\nu = '''y\n").2, "'''");
    }

    #[test]
    fn two_dates_for_one_entry_are_named_with_the_first() {
        let help = "write the first day and name the other in the title or the note (or write an entry for each day): date = 2019-02-14";
        for (text, under) in [
            ("date = 2019-02-14, 2019-02-15\n", "2019-02-14, 2019-02-15"),
            ("date = 2019-02-14 au 2019-02-15 # colloque\n", "2019-02-14 au 2019-02-15"),
            ("date = 2019-02-14 2019-02-15\n", "2019-02-14 2019-02-15"),
        ] {
            assert_eq!(first(text), ("two dates for one entry, which takes one".to_string(), help.to_string(), under));
        }
        assert_ne!(first("date = 2019-02-14, 2019\n").0, "two dates for one entry, which takes one", "one date");
    }

    #[test]
    fn a_day_followed_by_a_time_or_words_is_given_alone() {
        let time = "only the day counts, with no time or offset: date = 2019-02-14";
        for text in [
            "date = 2019-02-14 9h30\n",
            "date = 2019-02-14T25:00 # soir\n",
            "date = 2019-02-14 à 18 h\n",
            "date = 2019-02-14 at 6 pm\n",
            "date = 14/02/2019 9h30\n",
            "date = 14 février 2019 à 9h\n",
            "date = 2019-02-14T\n",
        ] {
            let (message, help, under) = first(text);
            let written = text[7..].split(" #").next().unwrap_or_default().trim_end();
            assert_eq!((message, help.as_str(), under), (format!("{written} is not a valid date"), time, written));
        }
        let words = |text| first(text).1;
        let reported =
            "a date is written alone: put \"reportée\" in the title or the note, and write: date = 2019-02-14";
        assert_eq!(words("date = 2019-02-14 reportée\n"), reported);
        assert_eq!(words("date = 14 février 2019 reportée\n"), reported);
        assert_eq!(words("date = 2019-02-14 atelier\n"), reported.replace("reportée", "atelier"), "not `at`");
        assert_eq!(words("date = 2019-02-30 9h30\n"), "that day is not on the calendar; check the month and the day");
        let either = "the day and the month can be read either way; write the year, the month, then the day: date = 2019-06-05 or date = 2019-05-06";
        assert_eq!(words("date = 05/06/2019 9h\n"), either);
        assert_eq!(words("date = 05/06/2019\n"), either);
        let example = "write the date without quotes, the year, the month, then the day (YYYY-MM-DD), for example: date = 2019-02-14";
        assert_eq!(first("date = hier\n"), ("hier is not a valid date".into(), example.into(), "hier"));
        assert_eq!(words("date = à venir\n"), example);
        // A day with a line of words after it is read once, not again at each
        // space (that took a minute for 100,000 words).
        let long = format!("date = 14/02/2019 {}\n", "a ".repeat(100_000));
        assert!(words(&long).ends_with("in the title or the note, and write: date = 2019-02-14"));
    }

    #[test]
    fn a_backslash_that_starts_no_special_character_is_mended_on_the_line() {
        let path = "inside double quotes, \\ starts a special character; a path is written with forward slashes /, which Windows understands too: ";
        let (message, help, under) = first("evidence = [\"documents\\2019\\pv.pdf\"]\n");
        assert_eq!((message.as_str(), under), ("a backslash \\ inside quotes", "\"documents\\2019\\pv.pdf\""));
        assert_eq!(help, format!("{path}evidence = [\"documents/2019/pv.pdf\"]"));
        // `\U` starts a character written in hexadecimal; `\\` is already right.
        let line = "evidence = [\"C:\\Users\\pv.pdf\", \"https://x.org\", \"a\\\\d.pdf\"] # pv\n";
        let help_for = |text| first(text).1;
        assert_eq!(
            help_for(line),
            format!("{path}evidence = [\"C:/Users/pv.pdf\", \"https://x.org\", \"a\\\\d.pdf\"]")
        );
        let text = "inside double quotes, \\ starts a special character; write instead: ";
        assert_eq!(help_for("note = \"Voir C:\\Users\\pv.docx\"\n"), format!("{text}note = 'Voir C:\\Users\\pv.docx'"));
        assert_eq!(
            help_for("note = \"#C:\\x\" # \"D:\\y\"\n"),
            format!("{text}note = '#C:\\x'"),
            "a comment is left out"
        );
        // With an apostrophe inside, each wrong `\` is doubled and the right ones kept.
        assert_eq!(
            help_for("note = \"L'ordre : C:\\Users\\pv\\n \\u00e9 \\x\"\n"),
            format!("{text}note = \"L'ordre : C:\\\\Users\\\\pv\\n \\u00e9 \\\\x\"")
        );
        let single = "evidence = ['C:\\x\\\"', 'C:\\dir\\', \"a\\d\"]\n";
        let mended = format!("{path}evidence = ['C:\\x\\\"', 'C:\\dir\\', \"a/d\"]");
        assert_eq!(help_for(single), mended, "between single quotes, \\ is no escape");
        // A text never closed is named as such, whatever it holds (`id = "\` panicked).
        for text in ["id = \"\\\n", "note = \"C:\\x\n"] {
            assert_eq!(first(text).0, "quoted text that is never closed", "{text:?}");
        }
    }

    #[test]
    fn a_key_with_an_accent_is_named_in_english() {
        let (message, help, under) = first("[[activity]]\nétiquettes = { a = \"b\" }\n");
        assert_eq!(message, "a key name with an accent: `étiquettes`");
        assert_eq!(help, "key names are written without accents, in English: tags = …");
        assert_eq!(under, "étiquettes");
        assert_eq!(first("  Échéance = 2020\n").1, "key names are written without accents, in English: due = …");
        let (_, help, _) = first("élus = 3\n");
        assert_eq!(help, "key names are written without accents, in English, as in the file's examples");
        let (message, help, under) = first("[[activité]] # one\ndate = 2019-01-01\n");
        assert_eq!((message.as_str(), under), ("a section name with an accent: `activité`", "activité"));
        assert_eq!(help, "section names are written without accents, in English: [[activity]]");
        assert_eq!(
            first("[[objectif.action.évaluation]]\n").1,
            "section names are written without accents, in English: [[objective.action.assessment]]"
        );
        assert_eq!(
            first(" [récit.étiquettes]\n").1,
            "section names are written without accents, in English: [narrative.tags]"
        );
        assert_eq!(
            first("[[activité.élus]]\n").1,
            "key names are written without accents, in English, as in the file's examples"
        );
    }

    #[test]
    fn two_years_where_one_goes_and_bare_words_are_named() {
        let (message, help, under) = first("start_year = 2025-2028 # the plan\n");
        assert_eq!(message, "two years for `start_year`, where one goes");
        assert_eq!(help, "write one year: start_year = 2025");
        assert_eq!(under, "2025-2028");
        assert_eq!(first("end_year = 2025 – 2028\n").1, "write one year: end_year = 2028");
        let (message, help, under) = first("language = français\n");
        assert_eq!(message, "text without quotes");
        assert_eq!(help, "put the text between straight double quotes: language = \"français\"");
        assert_eq!(under, "français");
        // A date that is not on the calendar keeps its own words.
        assert_eq!(first("date = 2019-02-30\n").0, "2019-02-30 is not a valid date");
        let mut diags = Vec::new();
        parse(FileId(0), "date = 2019-02-30\n", &mut diags);
        assert_eq!(
            diags[0].help.as_ref().unwrap().render(Lang::En),
            "that day is not on the calendar; check the month and the day"
        );
    }

    #[test]
    fn a_line_gets_one_syntax_error() {
        let mut diags = Vec::new();
        let (_, starts) = parse(FileId(0), "targets = { 2025 = 1,5, 2026 = 2 }\ntitle = \"x\",\n", &mut diags);
        assert!(starts.len() > 2, "the parser stops more than once: {starts:?}");
        assert_eq!(diags.len(), 2, "{diags:?}");
        // But each invisible character is one more, on a line already named too.
        let controls = "note = \"a\u{1}b\u{2}c\u{3}\"\ntitle = \"x\" y # \u{4}\n";
        let mut found = Vec::new();
        parse(FileId(0), controls, &mut found);
        crate::diagnostic::sort(&mut found);
        let messages: Vec<String> = found.iter().map(|d| d.message.render(Lang::En)).collect();
        let invisible = "an invisible control character, which these files do not allow";
        assert_eq!(messages, [invisible, invisible, invisible, "this line cannot be read", invisible]);
    }

    proptest::proptest! {
        /// Whatever is typed after a key, reading it neither panics nor
        /// underlines outside the text or inside a character.
        #[test]
        fn slips_never_break_reading(
            key in proptest::sample::select(vec!["id", "indicators", "target", "targets", "years", "due", "title", "date", "étiquettes", "é", "evidence", "note"]),
            value in proptest::collection::vec(proptest::sample::select(
                "0123456789.,,; /\u{a0}\u{202f}a\"'#[]{}=é\\\t\r\n".chars().collect::<Vec<_>>()), 0..24),
        ) {
            let text = format!("{key} = {}\n", value.into_iter().collect::<String>());
            let mut diags = Vec::new();
            parse(FileId(0), &text, &mut diags);
            for d in &diags {
                let span = d.loc.as_ref().map_or(0..0, |l| l.span());
                proptest::prop_assert!(text.get(span.clone()).is_some(), "{span:?} in {text:?}");
                if let Some(help) = &d.help {
                    help.render(Lang::Fr);
                }
            }
        }

        /// A journal whose entries all start `[kind]`: one diagnostic for
        /// each kind written more than once, at its first header, however
        /// many names its entries repeat, and none for a kind written once.
        #[test]
        fn entries_with_one_bracket_are_named_once_a_kind(
            entries in proptest::collection::vec((0..3usize, proptest::sample::subsequence(vec![0, 1, 2, 3], 0..=4), 0..3usize), 1..30),
            crlf in proptest::bool::ANY,
        ) {
            const KINDS: [&str; 3] = ["activity", "assessment", "narrative"];
            const LINES: [&str; 4] = ["date = 2019-05-01", "title = \"Rencontre\"", "note = 'x'  # a comment", "[{kind}.tags]\nplace = [\"a\"]"];
            let (mut text, mut first) = (String::from("# journal\n"), [None; 3]);
            for (kind, lines, blank) in &entries {
                first[*kind].get_or_insert(text.len());
                text.push_str(&format!("[{}]\n", KINDS[*kind]));
                for line in lines {
                    text.push_str(&LINES[*line].replace("{kind}", KINDS[*kind]));
                    text.push('\n');
                }
                text.push_str(&"\n".repeat(*blank));
            }
            let lf = text.clone();
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            let shift = |at: usize| if crlf { at + lf[..at].matches('\n').count() } else { at };
            let written = |k: usize| entries.iter().filter(|(kind, _, _)| *kind == k).count();
            let mut diags = Vec::new();
            parse(FileId(0), &text, &mut diags);
            let mut places: Vec<usize> = diags.iter().map(|d| d.loc.as_ref().map_or(0, |l| l.span().start)).collect();
            places.sort();
            let mut expected: Vec<usize> = (0..3).filter(|&k| written(k) > 1).filter_map(|k| first[k]).collect();
            expected.sort();
            let expected: Vec<usize> = expected.into_iter().map(shift).collect();
            proptest::prop_assert_eq!(places, expected, "{:?}", text);
        }
    }
}
