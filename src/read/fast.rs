//! The journal's regular lines, read directly: `[[activity]]`,
//! `[[assessment]]` and `[[narrative]]` headers, `key = value` lines whose
//! value is a bare date, a whole number, a one-line string without escapes or
//! a one-line list of such strings, comments and blank lines, in the shapes
//! `record` writes and people type. That is what almost every journal holds,
//! and reading it so skips the TOML parser, the most of `plan status`'s time.
//!
//! It gives the entries, with the same places, that the TOML parser and the
//! decoder give, or `None` at the first doubt (any other shape, an escape, a
//! duplicate key, an unknown key, a value the decoder would report): the
//! caller then hands the text to the TOML parser, which says exactly what is
//! wrong. It never reports anything itself. A property test holds it to the
//! TOML path on generated journals.

use chrono::NaiveDate;

use crate::model::{
    Activity, ActivityFields, Assessment, Extras, FileId, Id, JournalFile, Level, Loc, Narrative, Sp, Span, Text, Topic,
};

/// The entries of `text` (the part of a journal file that starts at byte
/// `offset`), or `None` when some line is not one this reader knows.
pub fn decode(file: FileId, text: &str, offset: usize, year: Option<i32>) -> Option<JournalFile> {
    let mut out = JournalFile { year, ..JournalFile::default() };
    let mut entry: Option<Entry> = None;
    // One buffer for every list's items, one for every entry's ids: nothing
    // is allocated per entry.
    let (mut items, mut ids) = (Vec::new(), Vec::new());
    let at_file = |span: Span| loc(file, offset, span);
    let mut at = 0;
    while at < text.len() {
        let (end, next) = line_end(text.as_bytes(), at)?;
        let line = &text[at..end];
        match classify(line)? {
            Line::Blank => {}
            Line::Header(kind, width) => {
                if let Some(done) = entry.take() {
                    done.finish(&mut out, &ids)?;
                }
                let start = at + line.len() - skip_blanks(line).len();
                entry = Some(Entry::new(kind, at_file(start..start + width)));
            }
            Line::Pair(key, value_start) => {
                let value = parse_value(&line[value_start..], at + value_start, &mut items)?;
                entry.as_mut()?.set(key, value, &at_file, &mut ids)?;
            }
        }
        at = next;
    }
    if let Some(done) = entry {
        done.finish(&mut out, &ids)?;
    }
    Some(out)
}

fn loc(file: FileId, offset: usize, span: Span) -> Loc {
    Loc::new(file, span.start + offset..span.end + offset)
}

/// Where the line that starts at `at` ends, before its `\n` or `\r\n`, and
/// where the next one starts; `None` for a `\r` anywhere else but at the
/// end of the text. One pass, eight bytes at a time.
fn line_end(text: &[u8], at: usize) -> Option<(usize, usize)> {
    let end = first(text, at, LINE_END).unwrap_or(text.len());
    match text.get(end) {
        Some(b'\r') => matches!(text.get(end + 1), Some(b'\n') | None).then_some((end, end + 2)),
        _ => Some((end, end + 1)),
    }
}

/// What a line is.
enum Line<'t> {
    Blank,
    /// An entry header, its kind, and its width in bytes (`[[activity]]`).
    Header(Kind, usize),
    /// `key = value`: the key, and where the value starts in the line.
    Pair(&'t str, usize),
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Activity,
    Assessment,
    Narrative,
}

fn classify(line: &str) -> Option<Line<'_>> {
    let body = skip_blanks(line);
    match body.as_bytes().first() {
        None => return Some(Line::Blank),
        Some(b'#') => return comment(body).then_some(Line::Blank),
        Some(b'[') => {
            let (kind, header) = [
                (Kind::Activity, "[[activity]]"),
                (Kind::Assessment, "[[assessment]]"),
                (Kind::Narrative, "[[narrative]]"),
            ]
            .into_iter()
            .find(|(_, h)| body.starts_with(h))?;
            return rest_is_empty(&body[header.len()..]).then_some(Line::Header(kind, header.len()));
        }
        Some(_) => {}
    }
    let key_end = body.bytes().position(|b| !(b.is_ascii_lowercase() || b == b'_'))?;
    let (key, after) = body.split_at(key_end);
    let value = skip_blanks(skip_blanks(after).strip_prefix('=')?);
    (!key.is_empty()).then_some(Line::Pair(key, line.len() - value.len()))
}

/// `text` without the spaces and tabs it starts with.
fn skip_blanks(text: &str) -> &str {
    let blanks = text.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    &text[blanks..]
}

/// Whether a comment holds only characters TOML allows in one (no control
/// character but the tab).
fn comment(text: &str) -> bool {
    !text.bytes().any(control)
}

/// Whether what follows a value is only spaces and perhaps a comment.
fn rest_is_empty(rest: &str) -> bool {
    let rest = skip_blanks(rest);
    rest.is_empty() || (rest.starts_with('#') && comment(rest))
}

/// A value, with its span in the text.
enum Value<'t, 'b> {
    Date(NaiveDate, Span),
    Int(u32),
    Str(&'t str, Span),
    /// A list of strings, each with its span.
    List(&'b [(&'t str, Span)]),
}

/// The value at the start of `text` (which starts at byte `at` of the
/// chunk), if the rest of the line is empty. A list's items are read into
/// `items`, which the value then borrows.
fn parse_value<'t, 'b>(text: &'t str, at: usize, items: &'b mut Vec<(&'t str, Span)>) -> Option<Value<'t, 'b>> {
    let (value, len) = match text.as_bytes().first()? {
        b'"' => {
            let (s, len) = string(text)?;
            (Value::Str(s, at..at + len), len)
        }
        b'[' => {
            let len = list(text, at, items)?;
            (Value::List(items), len)
        }
        b'0'..=b'9' => number_or_date(text, at)?,
        _ => return None,
    };
    rest_is_empty(&text[len..]).then_some(value)
}

/// A one-line basic string at the start of `text`: its content and its
/// length with the quotes. `None` for an escape, a control character, a
/// multi-line or literal string.
fn string(text: &str) -> Option<(&str, usize)> {
    let inner = text.strip_prefix('"')?;
    if inner.starts_with("\"\"") {
        return None;
    }
    // One pass, eight bytes at a time: a control character is one byte in UTF-8.
    let stop = first(inner.as_bytes(), 0, STRING_STOP)?;
    (inner.as_bytes()[stop] == b'"').then(|| (&inner[..stop], stop + 2))
}

/// Bytes looked for: which ones, and in a word of eight read little-endian,
/// the high bit of every byte that may be one marked. The lowest mark must be
/// right: those of [`equal`] and [`below`], and their union, are (a wrong
/// one only follows a right one, as a borrow).
struct Bytes {
    hit: fn(u8) -> bool,
    maybe: fn(u64) -> u64,
}

/// A line's end, or a carriage return.
const LINE_END: Bytes =
    Bytes { hit: |b| b == b'\n' || b == b'\r', maybe: |word| equal(word, b'\n') | equal(word, b'\r') };

/// What ends a string the fast path reads: its closing quote, an escape, a
/// control character.
const STRING_STOP: Bytes = Bytes {
    hit: |b| b == b'"' || b == b'\\' || control(b),
    maybe: |word| equal(word, b'"') | equal(word, b'\\') | below(word, b' ') | equal(word, 0x7f),
};

/// Where the first of `bytes` from `from` is that `looked` looks for, read
/// eight bytes at a time.
fn first(bytes: &[u8], from: usize, looked: Bytes) -> Option<usize> {
    let mut i = from;
    while let Some(word) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let marks = (looked.maybe)(u64::from_le_bytes(*word));
        if marks == 0 {
            i += 8;
            continue;
        }
        let at = i + (marks.trailing_zeros() / 8) as usize;
        if (looked.hit)(bytes[at]) {
            return Some(at);
        }
        i = at + 1;
    }
    bytes.get(i..)?.iter().position(|&b| (looked.hit)(b)).map(|p| i + p)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The bytes of `word` equal to `b`, marked by their high bit.
fn equal(word: u64, b: u8) -> u64 {
    below(word ^ (ONES * u64::from(b)), 1)
}

/// The bytes of `word` below `n` (at most 128), marked by their high bit.
fn below(word: u64, n: u8) -> u64 {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS
}

/// Whether a byte is a control character TOML refuses in a string or a
/// comment (all but the tab).
fn control(b: u8) -> bool {
    (b < b' ' && b != b'\t') || b == 0x7f
}

/// `["a", "b"]` on one line, of strings only, at the start of `text` (which
/// starts at byte `at` of the chunk): its length; its items, each with its
/// span, in `items` (emptied first).
fn list<'t>(text: &'t str, at: usize, items: &mut Vec<(&'t str, Span)>) -> Option<usize> {
    items.clear();
    let mut i = 1;
    loop {
        i += text[i..].len() - skip_blanks(&text[i..]).len();
        match text.as_bytes().get(i)? {
            b']' if items.is_empty() => return Some(i + 1),
            b'"' => {
                let (s, len) = string(&text[i..])?;
                items.push((s, at + i..at + i + len));
                i += len;
                i += text[i..].len() - skip_blanks(&text[i..]).len();
                match text.as_bytes().get(i)? {
                    b',' => i += 1,
                    b']' => return Some(i + 1),
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
}

/// A bare date `YYYY-MM-DD`, or a whole number from 1 to u32::MAX written
/// without sign, separator or leading zero.
fn number_or_date(text: &str, at: usize) -> Option<(Value<'static, 'static>, usize)> {
    let b = text.as_bytes();
    let is_date = b.len() >= 10 && b[4] == b'-' && b[7] == b'-';
    if is_date {
        // The number the digits of `r` write, if they are all digits.
        let digits = |r: std::ops::Range<usize>| {
            b[r].iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        if b.get(10).is_some_and(|c| !matches!(c, b' ' | b'\t' | b'#')) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
        return Some((Value::Date(date, at..at + 10), 10));
    }
    let len = b.iter().position(|c| !c.is_ascii_digit()).unwrap_or(b.len());
    if b.get(len).is_some_and(|c| !matches!(c, b' ' | b'\t' | b'#')) || (b[0] == b'0') {
        return None;
    }
    let n: u32 = text[..len].parse().ok().filter(|&n| n > 0)?;
    Some((Value::Int(n), len))
}

/// An entry being read: its kind, its header's place, and the fields so far.
struct Entry<'t> {
    kind: Kind,
    loc: Loc,
    date: Option<Sp<NaiveDate>>,
    texts: [Option<(&'t str, Loc)>; 4],
    amount: Option<u32>,
    /// Whether its ids were read (into the buffer `decode` keeps for all).
    ids: bool,
    evidence: Option<Vec<Sp<String>>>,
}

/// The string fields, by slot: what each kind of entry calls them.
const SLOTS: [[&str; 4]; 3] =
    [["title", "note", "", ""], ["indicator", "level", "note", ""], ["about", "topic", "text", ""]];

impl<'t> Entry<'t> {
    fn new(kind: Kind, loc: Loc) -> Entry<'t> {
        Entry { kind, loc, date: None, texts: [None, None, None, None], amount: None, ids: false, evidence: None }
    }

    /// Sets a field, once; `None` for an unknown key, a second time, or a
    /// value of the wrong shape. `at` gives a place in the file; an
    /// activity's ids go in `ids`.
    fn set(&mut self, key: &str, value: Value<'t, '_>, at: &impl Fn(Span) -> Loc, ids: &mut Vec<Sp<Id>>) -> Option<()> {
        match (key, value) {
            ("date", Value::Date(d, span)) if self.date.is_none() => {
                self.date = Some(Sp { value: d, loc: at(span) });
            }
            ("amount", Value::Int(n)) if self.kind == Kind::Activity && self.amount.is_none() => {
                self.amount = Some(n);
            }
            ("indicators", Value::List(items)) if self.kind == Kind::Activity && !self.ids => {
                ids.clear();
                ids.extend(items.iter().map(|(s, span)| Sp { value: Id::new(s), loc: at(span.clone()) }));
                self.ids = !ids.is_empty();
                self.ids.then_some(())?;
            }
            ("evidence", Value::List(items)) if self.evidence.is_none() => {
                self.evidence =
                    Some(items.iter().map(|(s, span)| Sp { value: s.to_string(), loc: at(span.clone()) }).collect());
            }
            (key, Value::Str(s, span)) => {
                let slot = SLOTS[self.kind as usize].iter().position(|k| !k.is_empty() && *k == key)?;
                if self.texts[slot].is_some() {
                    return None;
                }
                self.texts[slot] = Some((s, at(span)));
            }
            _ => return None,
        }
        Some(())
    }

    /// The entry, added to `out`; `None` when a field is missing or would be reported.
    fn finish(self, out: &mut JournalFile, ids: &[Sp<Id>]) -> Option<()> {
        let text = |slot: usize| self.texts[slot].as_ref().filter(|(s, _)| !s.trim().is_empty());
        let date = self.date?;
        let evidence = self.evidence.unwrap_or_default();
        match self.kind {
            Kind::Activity => out.activities.push(Activity::from(ActivityFields {
                date,
                title: place(text(0)?),
                indicators: self.ids.then_some(ids)?,
                amount: self.amount.unwrap_or(1),
                note: self.texts[1].as_ref().map(place),
                evidence,
                tags: Vec::new(),
                loc: self.loc,
            })),
            Kind::Assessment => {
                let extras = Extras::boxed(evidence, Vec::new());
                let (indicator, at) = text(0)?;
                out.assessments.push(Assessment {
                    date,
                    indicator: Sp { value: indicator.to_string(), loc: *at },
                    level: Level::from_name(text(1)?.0)?,
                    note: self.texts[2].as_ref().map(|(s, _)| s.to_string()),
                    extras,
                    loc: self.loc,
                });
            }
            Kind::Narrative => {
                let extras = Extras::boxed(evidence, Vec::new());
                let (about, at) = text(0)?;
                out.narratives.push(Narrative {
                    date,
                    about: Sp { value: about.to_string(), loc: *at },
                    topic: Topic::from_name(text(1)?.0)?,
                    text: text(2)?.0.to_string(),
                    extras,
                    loc: self.loc,
                });
            }
        }
        Some(())
    }
}

/// A string the fast path read, as a place in the file: it has no escape, so
/// its bytes between the quotes are its value.
fn place((value, loc): &(&str, Loc)) -> Text {
    Text::at(loc.span().start + 1, value)
}

/// The fast path gives what the TOML parser and the decoder give, whenever it
/// gives anything, on generated journals, on the bad-input corpus and on the
/// example plans; and it does give something for the journals plan writes.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use proptest::sample::select;

    use super::*;
    use crate::read::journal_by_toml;

    /// Lines an entry may hold: the regular shapes, odd but valid ones, and faults.
    const LINES: &[&str] = &[
        "date = 2019-03-01",
        "date=2019-03-01",
        "  date = 2019-03-01  # le jour",
        "date = 2019-02-30",
        "date = 2019-03-01T10:00:00",
        "date = 2019-3-1",
        "date = \"2019-03-01\"",
        "date = 2019-03-01 x",
        "title = \"Rencontre # du COCO\"",
        "title = \"Réunion « spéciale » — été\"",
        "title = \"\"",
        "title = \"  \"",
        "title = 'littéral'",
        "title = \"a\\tb\"",
        "title = \"\"\"sur une ligne\"\"\"",
        "title = \"tab\there\"",
        "title = \"une cloche \u{7} ici\"",
        "note = \"un \u{7f} à la fin\u{7f}\"",
        "title = \"Rencontre\" \"de trop\"",
        "\ttitle = \"Indentée\"",
        "indicators = [\"1.1.1\", \"1.1.2a\"]",
        "indicators = [ \"1.1.1\" ]",
        "indicators = []",
        "indicators = [\"1.1.1\",]",
        "indicators = [\"1.1.1\"",
        "indicators = \"1.1.1\"",
        "indicators = [\"1.1.1\", 2]",
        "indicators = [\n  \"1.1.1\",\n]",
        "amount = 3",
        "amount = 0",
        "amount = 03",
        "amount = -1",
        "amount = +2",
        "amount = 1_000",
        "amount = 4294967296",
        "amount = 2.5",
        "amount = 7 # sept",
        "note = \"Une note.\"",
        "note = \"\"",
        "note = 3",
        "evidence = [\"documents/pv.pdf\", \"https://exemple.org/a\"]",
        "evidence = []",
        "tags = { territoire = \"Mékinac\" }",
        "indicator = \"1.2.1\"",
        "level = \"achieved\"",
        "level = \"en-bonne-voie\"",
        "level = \"done\"",
        "about = \"plan\"",
        "about = \"1.1\"",
        "topic = \"défis\"",
        "topic = \"challenges\"",
        "text = \"Du texte.\"",
        "titre = \"x\"",
        "\"date\" = 2019-03-01",
        "date.x = 1",
        "# [[activity]] in a comment",
        "# un commentaire avec un \u{7} dedans",
        "",
        "   ",
        "x = [1,",
        "activity = 2",
    ];

    const HEADERS: &[&str] = &[
        "[[activity]]",
        "[[assessment]]",
        "[[narrative]]",
        "  [[activity]]",
        "[[activity]]   # réunion",
        "[[activity]]x",
        "[activity]",
        "[[other]]",
        "[[ activity ]]",
    ];

    /// The lines an entry of each kind needs, in their plainest form.
    const REQUIRED: [&[&str]; 3] = [
        &["date = 2019-03-01", "title = \"Rencontre\"", "indicators = [\"1.1.1\"]"],
        &["date = 2019-03-01", "indicator = \"1.2.1\"", "level = \"achieved\""],
        &["date = 2019-03-01", "about = \"plan\"", "topic = \"défis\"", "text = \"Du texte.\""],
    ];

    /// Lines each kind of entry may add, valid for it.
    const OPTIONAL: [&[&str]; 3] = [
        &[
            "amount = 3",
            "note = \"Une note.\"",
            "evidence = [\"documents/pv.pdf\"]",
            "# commentaire",
            "",
            "amount = 7 # sept",
        ],
        &["note = \"Une note.\"", "evidence = [\"documents/pv.pdf\"]", "# commentaire", ""],
        &["evidence = [\"documents/pv.pdf\"]", "# commentaire", ""],
    ];

    /// An entry: a header (mostly its own kind's), its required lines, some
    /// others (mostly valid for it), in any order; so that most entries are
    /// valid, or nearly.
    fn block() -> impl Strategy<Value = String> {
        let header = |kind: usize| prop_oneof![12 => Just(HEADERS[kind]), 1 => select(HEADERS)];
        let line = |kind: usize| prop_oneof![8 => select(OPTIONAL[kind]), 1 => select(LINES)];
        (0..3usize)
            .prop_flat_map(move |kind| (Just(kind), header(kind), proptest::collection::vec(line(kind), 0..4)))
            .prop_flat_map(|(kind, header, extra)| {
                let lines: Vec<&str> = REQUIRED[kind].iter().copied().chain(extra).collect();
                (Just(header), Just(lines.clone()).prop_shuffle())
            })
            .prop_map(|(header, lines)| format!("{header}\n{}\n", lines.join("\n")))
    }

    fn journal() -> impl Strategy<Value = String> {
        let preamble =
            prop_oneof![6 => select(vec!["", "# Journal 2019\n\n", "\n\n"]), 1 => Just("date = 2019-01-01\n")];
        (preamble, proptest::collection::vec(block(), 0..5), any::<bool>(), any::<bool>()).prop_map(
            |(pre, blocks, crlf, last_newline)| {
                let mut text = format!("{pre}{}", blocks.join("\n"));
                if !last_newline {
                    text = text.trim_end_matches('\n').to_string();
                }
                if crlf { text.replace('\n', "\r\n") } else { text }
            },
        )
    }

    /// The entries of a whole regular journal: the shapes `record` writes.
    fn regular() -> impl Strategy<Value = String> {
        let entry = (1..28u32, select(vec!["Rencontre du COCO", "Réunion « élargie »", "Atelier n° 3"]), 0..3usize)
            .prop_map(|(day, title, n)| {
                let ids = ["\"1.1.1\"", "\"1.1.2a\", \"1.1.3\"", "\"2.1\""][n];
                format!("\n[[activity]]\ndate = 2019-03-{day:02}\ntitle = \"{title}\"\nindicators = [{ids}]\n")
            });
        proptest::collection::vec(entry, 1..20).prop_map(|e| format!("# Journal\n{}", e.concat()))
    }

    /// When the fast path reads `text`, the TOML path reads it the same, with no problem.
    fn same(text: &str) -> Result<bool, TestCaseError> {
        let Some(fast) = decode(FileId(0), text, 0, Some(2019)) else { return Ok(false) };
        let toml = journal_by_toml(text);
        prop_assert!(toml.is_some(), "the fast path read what TOML refuses:\n{}", text);
        let (file, diags) = toml.unwrap();
        prop_assert!(diags.is_empty(), "the fast path read what the decoder reports ({:?}):\n{}", diags, text);
        prop_assert_eq!(fast, file, "the two paths differ on:\n{}", text);
        Ok(true)
    }

    /// Valid entries are most of what the journals above hold, so that the
    /// comparison is made: the fast path reads a good share of them. Drawn
    /// from a fixed seed, so that the share is the same on every run: drawn
    /// anew, 40 journals once gave only 4 read, in two million draws. (510
    /// of these 1,000 are read.)
    #[test]
    fn the_generated_journals_are_mostly_read() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = journal();
        let draws = 1000;
        let read = (0..draws)
            .map(|_| strategy.new_tree(&mut runner).expect("a journal").current())
            .filter(|t| decode(FileId(0), t, 0, Some(2019)).is_some())
            .count();
        assert!(read * 5 >= draws, "only {read} of {draws} generated journals went through the fast path");
    }

    proptest! {
        #[test]
        fn the_fast_path_reads_as_toml_does(text in journal()) {
            same(&text)?;
        }

        #[test]
        fn the_fast_path_reads_what_record_writes(text in regular(), crlf in any::<bool>()) {
            let text = if crlf { text.replace('\n', "\r\n") } else { text };
            prop_assert!(same(&text)?, "the fast path gave up on a regular journal:\n{}", text);
        }
    }

    #[test]
    fn lines_end_at_a_newline_with_or_without_a_carriage_return() {
        let cases: [(&str, Option<(usize, usize)>); 7] = [
            ("ab\ncd", Some((2, 3))),
            ("ab\r\ncd", Some((2, 4))),
            ("ab", Some((2, 3))),
            ("ab\r", Some((2, 4))),
            ("\n", Some((0, 1))),
            ("ab\rcd\n", None),
            ("ab\r\r\n", None),
        ];
        for (text, expected) in cases {
            assert_eq!(line_end(text.as_bytes(), 0), expected, "{text:?}");
        }
        assert_eq!(line_end(b"ab\ncd\r\n", 3), Some((5, 7)));
    }

    /// A control character in a string (all but the tab) is left to the
    /// TOML parser, which refuses it; a tab or any other character is read.
    #[test]
    fn control_characters_in_strings_are_left_to_toml() {
        let journal =
            |title: &str| format!("[[activity]]\ndate = 2019-03-01\ntitle = \"{title}\"\nindicators = [\"1\"]\n");
        for control in ['\u{0}', '\u{1}', '\u{7}', '\r', '\u{1f}', '\u{7f}'] {
            let text = journal(&format!("Ren{control}contre"));
            assert_eq!(decode(FileId(0), &text, 0, None), None, "{control:?}");
            assert!(journal_by_toml(&text).is_none_or(|(_, d)| !d.is_empty()), "{control:?}");
            let text = format!("[[activity]] # a{control}b\ndate = 2019-03-01\ntitle = \"R\"\nindicators = [\"1\"]\n");
            assert_eq!(decode(FileId(0), &text, 0, None), None, "{control:?} in a comment");
        }
        for fine in ["Ren\tcontre", "Réunion « élargie » \u{80}\u{9f}\u{a0}", "€ — ✓"] {
            let text = journal(fine);
            let fast = decode(FileId(0), &text, 0, Some(2019)).expect(fine);
            assert_eq!(Some(fast), journal_by_toml(&text).map(|(file, _)| file), "{fine}");
        }
    }

    /// Bytes the searches stop at, and their neighbours, more often than by chance.
    const MARKED: [u8; 14] = [b'\n', b'\r', b'"', b'\\', b'\t', 0, 0x1f, b' ', 0x7f, 0x80, 0xc3, 0xa9, 0xff, b'#'];

    fn bytes() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(prop_oneof![any::<u8>(), select(MARKED.to_vec()), Just(b'a')], 0..40)
    }

    proptest! {
        /// Eight bytes at a time finds what a byte at a time finds.
        #[test]
        fn a_search_by_words_finds_the_first_byte(bytes in bytes(), from in 0..48usize) {
            for looked in [LINE_END, STRING_STOP] {
                let hit = looked.hit;
                let one_by_one = bytes.get(from..).and_then(|b| b.iter().position(|&b| hit(b))).map(|p| from + p);
                prop_assert_eq!(first(&bytes, from, looked), one_by_one, "{:?} from {}", bytes, from);
            }
        }

        /// In a word, the lowest mark of `equal` and `below` is the first byte
        /// that is equal, or below.
        #[test]
        fn the_lowest_mark_is_right(
            word in proptest::array::uniform8(prop_oneof![any::<u8>(), select(MARKED.to_vec())]),
            b in prop_oneof![any::<u8>(), select(MARKED.to_vec())],
            n in prop_oneof![0..=128u8, Just(b' '), Just(1)],
        ) {
            let lowest = |marks: u64| (marks != 0).then(|| marks.trailing_zeros() as usize / 8);
            let w = u64::from_le_bytes(word);
            prop_assert_eq!(lowest(equal(w, b)), word.iter().position(|&x| x == b));
            prop_assert_eq!(lowest(below(w, n)), word.iter().position(|&x| x < n));
        }
    }

    /// Every journal of the bad-input corpus and of the examples: where the
    /// fast path reads one, the TOML path reads it the same.
    #[test]
    fn the_corpus_and_the_examples_read_the_same() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut read = 0;
        for folder in ["tests/bad_input", "examples"] {
            for path in toml_files(&root.join(folder)) {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                if path.to_string_lossy().contains("journal")
                    && same(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                {
                    read += 1;
                }
            }
        }
        assert!(read >= 10, "the fast path read only {read} of the journals");
    }

    fn toml_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(toml_files(&path));
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
                out.push(path);
            }
        }
        out
    }
}
