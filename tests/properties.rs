//! Property tests. (a) Arbitrary bytes, and valid plan files mutated at random,
//! never make `check` panic, and every error it reports points inside its file.
//! (b) `record` keeps any valid journal text byte for byte and adds one entry
//! that reads back as written. (c) An indicator's count in a plan year is the
//! sum of the amounts of its entries dated that year, up to the as-of date.
//! (That decoding a journal in chunks gives what decoding it whole gives is a
//! property test beside the code, in `src/read/chunks.rs`.)
//!
//! Each property runs 256 cases in `cargo test`. For a longer run:
//! `PROPTEST_CASES=20000 cargo test --release --test properties`.

mod common;

use std::fs;
use std::time::Duration;

use chrono::{Datelike, Days, NaiveDate};
use common::invariants::{self, assert_sound, check_files, files_of, join_files};
use common::{BASE, root};
use plan::model::{Entry, Lang, Level, Topic};
use plan::report::{Actual, Filter, Status, compute};
use plan::write::{Append, Pace, append, entry_toml};
use proptest::prelude::*;
use proptest::sample::{Index, select};

// ---- (a) check never panics, and points inside its files

/// The files of the base plan and of the demo, as fuzz-style inputs.
fn seeds() -> Vec<Vec<u8>> {
    let read = |dir: &str| -> Vec<u8> {
        let parts: Vec<Vec<u8>> =
            invariants::PARTS.iter().map(|p| fs::read(root().join(dir).join(p)).unwrap_or_default()).collect();
        join_files(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
    };
    vec![read(BASE), read("examples/demo/plan"), read("examples/minimal/plan")]
}

/// Pieces of text that matter to TOML, to dates, to ids and to terminals.
const TOKENS: &[&str] = &[
    "\"",
    "'",
    "\"\"\"",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\n",
    "\r\n",
    "\r",
    "#",
    "\\",
    "\t",
    " ",
    "2018-02-30",
    "2019-13-01",
    "2019-03-01T10:00:00",
    "-1",
    "0",
    "4294967296",
    "99999999999999999999",
    "1e400",
    "inf",
    "nan",
    "true",
    "é",
    "e\u{301}",
    "\u{1b}[31m",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "\u{9b}",
    "\u{7f}",
    "\u{ff}",
    "\u{fffd}",
    "id",
    "title",
    "activity",
    "assessment",
    "indicators",
    "indicator",
    "kind = \"count\"",
    "kind = \"milestone\"",
    "kind = \"assessment\"",
    "target = 4",
    "targets = { 2018 = 2 }",
    "total = 10",
    "years = [2017]",
    "due = 2020",
    "amount = 0",
    "level = \"achieved\"",
    "year_start = \"02-29\"",
    "[[objective.action.indicator]]",
    "[[objective.action]]",
    "[[objective]]",
    "[[activity]]",
    "[plan]",
    "start_year = 2020",
    "end_year = 2017",
    "1.1.1",
    "1.1",
    "1.1.2a",
    "1.1.9",
];

#[derive(Clone, Debug)]
enum Mutation {
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    SetByte(Index, u8),
    Duplicate(Index, usize, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let token = select(TOKENS).prop_map(|t| t.as_bytes().to_vec());
    prop_oneof![
        (any::<Index>(), token).prop_map(|(at, t)| Mutation::Insert(at, t)),
        (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..4)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<Index>(), 1..40usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<Index>(), any::<u8>()).prop_map(|(at, b)| Mutation::SetByte(at, b)),
        (any::<Index>(), 1..200usize, any::<Index>()).prop_map(|(from, n, to)| Mutation::Duplicate(from, n, to)),
    ]
}

fn apply(data: &mut Vec<u8>, m: &Mutation) {
    let at = |i: &Index, data: &Vec<u8>| i.index(data.len() + 1);
    match m {
        Mutation::Insert(i, bytes) => {
            let p = at(i, data);
            data.splice(p..p, bytes.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let p = at(i, data);
            data.drain(p..(p + n).min(data.len()));
        }
        Mutation::SetByte(i, b) if !data.is_empty() => {
            let p = i.index(data.len());
            data[p] = *b;
        }
        Mutation::SetByte(..) => {}
        Mutation::Duplicate(from, n, to) => {
            let p = at(from, data);
            let piece = data[p..(p + n).min(data.len())].to_vec();
            let q = at(to, data);
            data.splice(q..q, piece);
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_break_check(data in proptest::collection::vec(any::<u8>(), 0..3000)) {
        assert_sound(&check_files(files_of(&data)));
    }

    #[test]
    fn mutated_plans_never_break_check(
        seed in 0..3usize,
        mutations in proptest::collection::vec(mutation(), 1..10),
    ) {
        let mut data = seeds().swap_remove(seed);
        for m in &mutations {
            apply(&mut data, m);
        }
        assert_sound(&check_files(files_of(&data)));
    }
}

/// Inputs the fuzzer once found wrong, kept in `tests/bad_input/fuzz/`.
#[test]
fn fuzz_findings_stay_fixed() {
    let dir = root().join("tests/bad_input/fuzz");
    let mut seen = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = fs::read(&path).unwrap();
        assert_sound(&check_files(files_of(&data)));
        seen += 1;
    }
    assert!(seen > 0, "no fuzz findings in {}", dir.display());
}

// ---- (b) record keeps every byte

const IDS: &[&str] = &["1.1.1", "1.1.2a", "1.1.2b", "1.2.1"];

/// Text as coordinators type it, and as it should never reach a terminal.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 éàçÉ'\"\\\\#=\\[\\]{},.\t\u{1b}\u{7f}\u{9b}\u{202e}\u{1f600}-]{1,30}"
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0..1461u64).prop_map(|d| NaiveDate::from_ymd_opt(2017, 1, 1).unwrap() + Days::new(d))
}

/// Evidence as a coordinator gives it: files of the plan and addresses.
fn evidence() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(prop_oneof![text(), Just("https://cdsm.example/bilan".to_string())], 0..3)
}

/// Tags: a name or two, each with one value or several.
fn tags() -> impl Strategy<Value = Vec<(String, Vec<String>)>> {
    let values = proptest::collection::vec(text(), 1..3);
    proptest::collection::vec(("[a-zé]{1,8}", values), 0..3).prop_map(|mut tags| {
        tags.sort_by(|a, b| a.0.cmp(&b.0));
        tags.dedup_by(|a, b| a.0 == b.0);
        tags
    })
}

fn entry() -> impl Strategy<Value = Entry> {
    let level = select(Level::ALL.to_vec());
    let topic = select(Topic::ALL.to_vec());
    let activity =
        (date(), text(), proptest::sample::subsequence(IDS, 1..=3), 1..1000u32, proptest::option::of(text()));
    prop_oneof![
        (activity, evidence(), tags()).prop_map(|((date, title, ids, amount, note), evidence, tags)| Entry::Activity {
            date,
            title,
            indicators: ids.into_iter().map(String::from).collect(),
            amount,
            note,
            evidence,
            tags,
        }),
        (date(), select(IDS), level, proptest::option::of(text()), evidence()).prop_map(
            |(date, id, level, note, evidence)| Entry::Assessment {
                date,
                indicator: id.to_string(),
                level,
                note,
                evidence
            }
        ),
        (date(), select(IDS), topic, "[a-zA-Z0-9 éà'\"\n\t\u{1b}\u{202e}.-]{1,60}", evidence()).prop_map(
            |(date, about, topic, text, evidence)| Entry::Narrative {
                date,
                about: about.to_string(),
                topic,
                text,
                evidence
            }
        ),
    ]
}

/// A TOML string as a hand editor might write it: basic with escapes, or literal.
fn toml_string(s: &str, literal: bool) -> String {
    if literal && !s.contains(['\'', '\n', '\r']) && !s.chars().any(|c| c.is_control() && c != '\t') {
        format!("'{s}'")
    } else {
        toml_edit::Value::from(s).to_string().trim().to_string()
    }
}

/// One `[[activity]]`, `[[assessment]]` or `[[narrative]]` block, its keys in
/// a shuffled order, with comments and spacing that vary.
fn block() -> impl Strategy<Value = Vec<String>> {
    (entry(), any::<bool>(), select(vec![" = ", "=", "\t=\t", " =  "]), any::<bool>()).prop_flat_map(
        |(entry, literal, eq, comment)| {
            let mut lines = Vec::new();
            let date = entry.date();
            let string = |s: &str| toml_string(s, literal);
            let list = |items: &[String]| items.iter().map(|i| string(i)).collect::<Vec<_>>().join(" ,");
            let mut keys: Vec<String> = match &entry {
                Entry::Activity { title, indicators, amount, note, evidence, tags, .. } => {
                    let mut keys = vec![
                        format!("date{eq}{date}"),
                        format!("title{eq}{}", string(title)),
                        format!("indicators{eq}[ {} ]", list(indicators)),
                        format!("amount{eq}{amount}"),
                        format!("evidence{eq}[{}]", list(evidence)),
                    ];
                    keys.extend(note.iter().map(|n| format!("note{eq}{}", string(n))));
                    let tags: Vec<String> =
                        tags.iter().map(|(n, v)| format!("{} = [{}]", string(n), list(v))).collect();
                    keys.push(format!("tags{eq}{{ {} }}", tags.join(", ")));
                    keys
                }
                Entry::Assessment { indicator, level, note, .. } => {
                    let mut keys = vec![
                        format!("date{eq}{date}"),
                        format!("indicator{eq}\"{indicator}\""),
                        format!("level{eq}\"{}\"", level.word().fr),
                    ];
                    keys.extend(note.iter().map(|n| format!("note{eq}{}", string(n))));
                    keys
                }
                Entry::Narrative { about, topic, text, .. } => vec![
                    format!("date{eq}{date}"),
                    format!("about{eq}\"{about}\""),
                    format!("topic{eq}\"{}\"", topic.name()),
                    format!("text{eq}{}", string(text)),
                ],
            };
            let header = format!("[[{}]]{}", table_name(&entry), if comment { "   # réunion" } else { "" });
            lines.push(header);
            keys.iter_mut().for_each(|k| {
                if comment {
                    k.push_str("  # note");
                }
            });
            Just(keys).prop_shuffle().prop_map(move |keys| {
                let mut lines = lines.clone();
                lines.extend(keys);
                lines
            })
        },
    )
}

/// A valid journal text: blocks, comments and blank lines, LF or CRLF, with or
/// without a byte-order mark and a final line break.
fn journal_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        3 => block(),
        1 => Just(vec!["# Journal — notes".to_string()]),
        1 => Just(vec![String::new()]),
    ];
    (
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(piece, 0..8),
        select(vec!["", "\n", "\n\n", "# fin", "  "]),
    )
        .prop_map(|(bom, crlf, pieces, tail)| {
            let newline = if crlf { "\r\n" } else { "\n" };
            let lines: Vec<String> = pieces.into_iter().flatten().collect();
            let mut text = lines.join(newline);
            text.push_str(&tail.replace('\n', newline));
            let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
            bytes.extend_from_slice(text.as_bytes());
            bytes
        })
}

proptest! {
    #[test]
    fn record_keeps_every_byte_and_adds_one_entry(
        old in journal_text(),
        new_entry in entry(),
        fr in any::<bool>(),
        checked in any::<bool>(),
        regular in any::<bool>(),
    ) {
        let lang = if fr { Lang::Fr } else { Lang::En };
        let before = counts(&old);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal/2019.toml");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &old).unwrap();

        let to = Append {
            plan_dir: dir.path(),
            path: &path,
            header: "",
            lang,
            pace: Pace::Full,
            patience: Duration::ZERO,
            // As record gives it: the text the up-front check read (the
            // journals here all parse), so that only the new entry is parsed.
            checked: checked.then(|| std::str::from_utf8(old.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&old)).unwrap()),
            // As record gives it when the reader's fast path read the text
            // whole; these texts have no line that could clash either way.
            regular: checked && regular,
        };
        append(&to, &new_entry, None, &mut || {}).expect("the entry is appended");
        let new = fs::read(&path).unwrap();

        prop_assert_eq!(&new[..old.len()], &old[..], "the old bytes are kept");
        let crlf = old.windows(2).any(|w| w == b"\r\n");
        let added = String::from_utf8(new[old.len()..].to_vec()).unwrap();
        let written = entry_toml(&new_entry, lang);
        let entry_text = if crlf { written.replace('\n', "\r\n") } else { written };
        prop_assert!(added.ends_with(&entry_text), "only line breaks, then the entry: {:?}", added);
        prop_assert!(added[..added.len() - entry_text.len()].chars().all(|c| c == '\n' || c == '\r'));
        let mut expected = before;
        expected[KINDS.iter().position(|k| *k == table_name(&new_entry)).unwrap()] += 1;
        prop_assert_eq!(counts(&new), expected);
        let mut read_back = last_entry(&new, table_name(&new_entry));
        if crlf {
            // A multi-line text takes the file's line ends, as the rest of the entry does.
            if let Entry::Narrative { text, .. } = &mut read_back {
                *text = text.replace("\r\n", "\n");
            }
        }
        prop_assert_eq!(read_back, new_entry);
    }
}

/// The arrays of tables a journal holds.
const KINDS: [&str; 3] = ["activity", "assessment", "narrative"];

/// The array of tables an entry is written in.
fn table_name(entry: &Entry) -> &'static str {
    match entry {
        Entry::Activity { .. } => KINDS[0],
        Entry::Assessment { .. } => KINDS[1],
        Entry::Narrative { .. } => KINDS[2],
    }
}

/// How many entries of each kind a journal text holds, read with the toml crate.
fn counts(bytes: &[u8]) -> [usize; 3] {
    let text = std::str::from_utf8(bytes).unwrap().trim_start_matches('\u{feff}');
    let doc: toml::Table = toml::from_str(text).expect("the journal is valid TOML");
    KINDS.map(|key| doc.get(key).map_or(0, |v| v.as_array().unwrap().len()))
}

/// The last entry of `key` in a journal text, read back with the toml crate.
fn last_entry(bytes: &[u8], key: &str) -> Entry {
    let text = std::str::from_utf8(bytes).unwrap().trim_start_matches('\u{feff}');
    let doc: toml::Table = toml::from_str(text).unwrap();
    let table = doc[key].as_array().unwrap().last().unwrap().as_table().unwrap().clone();
    let date = table["date"].as_datetime().unwrap().date.unwrap();
    let date = NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into()).unwrap();
    let string = |k: &str| table.get(k).map(|v| v.as_str().unwrap().to_string());
    let strings = |v: &toml::Value| v.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    let evidence = table.get("evidence").map_or(Vec::new(), strings);
    match key {
        "activity" => Entry::Activity {
            date,
            title: string("title").unwrap(),
            indicators: strings(&table["indicators"]),
            amount: table.get("amount").map_or(1, |a| a.as_integer().unwrap() as u32),
            note: string("note"),
            evidence,
            tags: table.get("tags").map_or(Vec::new(), |tags| {
                let values = |v: &toml::Value| v.as_str().map_or_else(|| strings(v), |one| vec![one.to_string()]);
                tags.as_table().unwrap().iter().map(|(name, v)| (name.clone(), values(v))).collect()
            }),
        },
        "assessment" => Entry::Assessment {
            date,
            indicator: string("indicator").unwrap(),
            level: Level::from_name(&string("level").unwrap()).unwrap(),
            note: string("note"),
            evidence,
        },
        _ => Entry::Narrative {
            date,
            about: string("about").unwrap(),
            topic: Topic::from_name(&string("topic").unwrap()).unwrap(),
            text: string("text").unwrap(),
            evidence,
        },
    }
}

// ---- (c) counts are sums of amounts

const COUNTED: &[&str] = &["1.1.1", "1.1.2a", "1.1.2b"];

/// The plan year of a date, computed here independently of the library.
fn plan_year(date: NaiveDate, start: (u32, u32)) -> i32 {
    if (date.month(), date.day()) < start { date.year() - 1 } else { date.year() }
}

#[derive(Clone, Debug)]
struct Activity {
    date: NaiveDate,
    ids: Vec<&'static str>,
    amount: u32,
}

fn activities(start: (u32, u32)) -> impl Strategy<Value = Vec<Activity>> {
    let first = NaiveDate::from_ymd_opt(2017, start.0, start.1).unwrap();
    let days = (NaiveDate::from_ymd_opt(2021, start.0, start.1).unwrap() - first).num_days() as u64;
    let one = (0..days, proptest::sample::subsequence(COUNTED, 1..=3), 1..1000u32)
        .prop_map(move |(d, ids, amount)| Activity { date: first + Days::new(d), ids, amount });
    proptest::collection::vec(one, 0..60)
}

/// A year start, entries over the four plan years, and an as-of date from a
/// little before the plan to a little after it.
fn counting_case() -> impl Strategy<Value = ((u32, u32), Vec<Activity>, NaiveDate)> {
    select(vec![(1, 1), (4, 1), (7, 1), (9, 15), (12, 31)]).prop_flat_map(|start| {
        let first = NaiveDate::from_ymd_opt(2017, start.0, start.1).unwrap();
        let as_of = (-40..1500i64).prop_map(move |d| first + chrono::TimeDelta::days(d));
        (Just(start), activities(start), as_of)
    })
}

fn plan_files(start: (u32, u32), activities: &[Activity]) -> Vec<(String, Vec<u8>)> {
    let mut plan = fs::read_to_string(root().join(BASE).join("plan.toml")).unwrap();
    plan.push_str(&format!("year_start = \"{:02}-{:02}\"\n", start.0, start.1));
    let orientation = fs::read(root().join(BASE).join("orientations/1.toml")).unwrap();
    let mut files = vec![("plan.toml".to_string(), plan.into_bytes()), ("orientations/1.toml".into(), orientation)];
    for year in 2017..=2020 {
        let mut text = String::new();
        // Each activity has its own title: two the same would be the same entry twice (W0219).
        for (i, a) in activities.iter().enumerate().filter(|(_, a)| plan_year(a.date, start) == year) {
            let ids: Vec<String> = a.ids.iter().map(|i| format!("\"{i}\"")).collect();
            let (date, amount, ids) = (a.date, a.amount, ids.join(", "));
            text.push_str(&format!(
                "[[activity]]\ndate = {date}\ntitle = \"x{i}\"\nindicators = [{ids}]\namount = {amount}\n"
            ));
        }
        files.push((format!("journal/{year}.toml"), text.into_bytes()));
    }
    files
}

proptest! {
    #[test]
    fn a_years_count_is_the_sum_of_its_amounts((start, acts, as_of) in counting_case()) {
        let checked = check_files(plan_files(start, &acts));
        prop_assert_eq!(checked.diagnostics.len(), 0, "{:?}", checked.diagnostics.first().map(|d| d.code));
        let plan = checked.plan.as_ref().unwrap();
        let report = compute(plan, &checked.journal, as_of, &Filter::default());
        let mut seen = 0;
        for row in report.rows().filter(|r| COUNTED.contains(&r.id.as_str())) {
            for cell in &row.cells {
                seen += 1;
                let expected: u64 = acts
                    .iter()
                    .filter(|a| a.ids.contains(&row.id.as_str()))
                    .filter(|a| plan_year(a.date, start) == cell.year && a.date <= as_of)
                    .map(|a| u64::from(a.amount))
                    .sum();
                let year_first = NaiveDate::from_ymd_opt(cell.year, start.0, start.1).unwrap();
                if year_first > as_of {
                    prop_assert_eq!(cell.status, Status::Upcoming);
                    prop_assert_eq!(&cell.actual, &None);
                } else {
                    prop_assert_eq!(&cell.actual, &Some(Actual::Count(expected)), "{} in {}", row.id, cell.year);
                }
            }
        }
        prop_assert_eq!(seen, COUNTED.len() * 4);
    }
}
