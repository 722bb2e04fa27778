//! The generic half of decoding TOML: a [`Decoder`] whose primitives read one
//! typed value at a time, reporting every unknown key, wrong type and missing
//! field with its place. Parsing, and its syntax errors, are in `syntax.rs`;
//! the schemas of the three kinds of file are in their own modules.

use std::collections::HashSet;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{FileId, Loc, MAX_YEAR, MIN_YEAR, Sp, Span};
use crate::suggest::{DayRead, closest, day_read, same_word};

pub(super) type Value<'i> = Spanned<DeValue<'i>>;

/// Keys as a French speaker may write them, with the key these files use.
pub(super) const FRENCH_KEYS: [(&str, &str); 32] = [
    ("activite", "activity"),
    ("evaluation", "assessment"),
    ("appreciation", "assessment"),
    ("recit", "narrative"),
    ("titre", "title"),
    ("intitule", "title"),
    ("court", "short"),
    ("indicateurs", "indicators"),
    ("indicateur", "indicator"),
    ("montant", "amount"),
    ("nombre", "amount"),
    ("quantite", "amount"),
    ("remarque", "note"),
    ("commentaire", "note"),
    ("preuves", "evidence"),
    ("preuve", "evidence"),
    ("etiquettes", "tags"),
    ("niveau", "level"),
    ("sujet", "topic"),
    ("theme", "topic"),
    ("texte", "text"),
    ("objet", "about"),
    ("cible", "target"),
    ("cibles", "targets"),
    ("echeance", "due"),
    ("annees", "years"),
    ("unite", "unit"),
    ("type", "kind"),
    ("sorte", "kind"),
    ("objectif", "objective"),
    ("moyen", "action"),
    ("langue", "language"),
];

/// The key these files use for `name`, a key in French, accents or not.
pub(super) fn english_key(name: &str) -> Option<&'static str> {
    FRENCH_KEYS.iter().find(|(french, _)| same_word(name, french)).map(|&(_, english)| english)
}

/// The key of `allowed` that `name` says in French.
fn in_english<'k>(name: &str, allowed: &[&'k str]) -> Option<&'k str> {
    let english = english_key(name)?;
    allowed.iter().copied().find(|&key| key == english)
}

/// For a level of the plan written one step too high (an indicator right
/// under an objective, an action at the top of a file), what to add above it.
fn misplaced_level(key: &str, place: MsgId) -> Option<MsgId> {
    match (key, place) {
        ("indicator", MsgId::WhereObjective) => Some(MsgId::IndicatorUnderObjectiveHelp),
        ("indicator" | "action", MsgId::WhereFile) => Some(MsgId::LevelAtTopHelp),
        _ => None,
    }
}

/// What to write instead, with an example of the line, for a value of the
/// `expected` type: a number written between quotes is the example itself.
fn wrong_type_help(key: &str, expected: MsgId, found: &DeValue) -> Option<Message> {
    if expected == MsgId::TyString
        && let DeValue::Array(items) = found
    {
        return Some(one_text_help(key, items));
    }
    let id = match expected {
        MsgId::TyString => MsgId::WrongTypeTextHelp,
        MsgId::TyStringOrList => MsgId::WrongTypeListHelp,
        MsgId::TyItemString => MsgId::WrongTypeItemHelp,
        MsgId::TyInteger | MsgId::TyFloat => MsgId::WrongTypeNumberHelp,
        MsgId::TyDate => MsgId::WrongTypeDateHelp,
        MsgId::TyArray => MsgId::WrongTypeListHelp,
        MsgId::TyBool => MsgId::WrongTypeBoolHelp,
        MsgId::TyTable => MsgId::WrongTypeSectionHelp,
        MsgId::TyTables => MsgId::WrongTypeSectionsHelp,
        _ => return None,
    };
    let number = match found {
        DeValue::String(s) if !s.is_empty() && s.trim().bytes().all(|b| b.is_ascii_digit()) => s.trim(),
        _ => "4",
    };
    let message = Message::new(id).arg("key", key).arg("path", section_path(key)).arg("number", number);
    Some(message.arg("items", list_of(key, found)))
}

/// For a list where one text goes (`indicator = ["2.1.1"]`, as an
/// activity's `indicators` are written): its one item, without brackets;
/// for an assessment's several indicators, an assessment for each.
fn one_text_help(key: &str, items: &DeArray) -> Message {
    let texts: Vec<&str> = items.iter().filter_map(|item| item.get_ref().as_str()).collect();
    match texts.as_slice() {
        [one] if !one.contains(['"', '\\', '\n', '\r']) => {
            Message::new(MsgId::OneTextHelp).arg("line", format!("{key} = \"{one}\""))
        }
        [_, _, ..] if key == "indicator" => MsgId::OneIndicatorHelp.into(),
        _ => Message::new(MsgId::WrongTypeTextHelp).arg("key", key),
    }
}

/// What goes between the brackets of a list written as one value: the
/// items of a text, between its commas, or the number (a list of years).
fn list_of(key: &str, found: &DeValue) -> String {
    let quote = if key == "years" { "" } else { "\"" };
    let written = match found {
        DeValue::String(s) if s.contains(char::is_alphanumeric) && !s.contains(['"', '\\', '\n', '\r']) => s.as_ref(),
        DeValue::Integer(n) => n.as_str(),
        _ if key == "years" => "2025",
        _ => "…",
    };
    let items = written.split(',').map(str::trim).filter(|item| !item.is_empty());
    items.map(|item| format!("{quote}{item}{quote}")).collect::<Vec<_>>().join(", ")
}

/// How a list of sections is headed in the plan's files: an action sits in
/// an objective, an indicator in an action.
fn section_path(key: &str) -> String {
    match key {
        "action" => "objective.action".to_string(),
        "indicator" => "objective.action.indicator".to_string(),
        _ => key.to_string(),
    }
}

/// A table being read, with where it is and how to name it in messages.
#[derive(Clone)]
pub struct Table<'a, 'i> {
    pub(super) map: &'a DeTable<'i>,
    pub(super) span: Span,
    pub(super) place: MsgId,
}

impl<'a, 'i> Table<'a, 'i> {
    pub(super) fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.map.get(key)
    }
}

/// Reads tables of one file, collecting diagnostics.
pub struct Decoder<'d> {
    pub file: FileId,
    /// The whole text of the file, where an activity's texts are kept as places.
    pub text: &'d str,
    /// Where the parsed text starts in the file: 0, or the start of a journal
    /// chunk (see `chunks.rs`). Spans from the parser are shifted by it.
    pub offset: usize,
    pub diags: &'d mut Vec<Diagnostic>,
    /// The keys an unknown key of a table was taken for ("did you mean"),
    /// with where that table starts: their absence is not named again. A
    /// set, as a big journal may misspell a key in every entry.
    meant: HashSet<(usize, String)>,
    /// The plan's first year, when `plan.toml` gives it: the year a help
    /// starts from when it writes a target for each year.
    pub first_year: Option<i32>,
}

const ROOT_SPAN: Span = 0..0;

impl<'d> Decoder<'d> {
    /// A decoder for `text`, the text of `file` from byte `offset`.
    pub fn new(file: FileId, text: &'d str, offset: usize, diags: &'d mut Vec<Diagnostic>) -> Decoder<'d> {
        Decoder { file, text, offset, diags, meant: HashSet::new(), first_year: None }
    }

    /// Notes that `key`, already named elsewhere, was meant for `table`.
    pub(super) fn meant_for(&mut self, table: &Table, key: &str) {
        self.meant.insert((table.span.start, key.to_string()));
    }

    /// The keys of `table` that `keep` keeps, with their places, in the order written.
    pub(super) fn keys_written<'a>(table: &Table<'a, '_>, keep: impl Fn(&str) -> bool) -> Vec<(&'a str, Span)> {
        let mut keys: Vec<(&str, Span)> = (table.map.iter())
            .map(|(key, _)| (key.get_ref().as_ref(), key.span()))
            .filter(|(key, _)| keep(key))
            .collect();
        keys.sort_by_key(|(_, span)| span.start);
        keys
    }

    /// Whether `key` is missing from `table` because an unknown key,
    /// already named, was meant for it.
    pub(super) fn was_meant(&self, table: &Table, key: &str) -> bool {
        !self.meant.is_empty() && self.meant.contains(&(table.span.start, key.to_string()))
    }
}

impl<'d> Decoder<'d> {
    /// Where a span from the parser is in the file.
    pub(super) fn loc(&self, span: &Span) -> Loc {
        Loc::new(self.file, span.start + self.offset..span.end + self.offset)
    }

    /// The text of the file at a span from the parser, as written.
    pub(super) fn written(&self, span: &Span) -> &'d str {
        self.text.get(span.start + self.offset..span.end + self.offset).unwrap_or("")
    }

    /// Reports a problem at a span from the parser.
    pub(super) fn report(&mut self, code: Code, message: impl Into<Message>, span: &Span) -> &mut Diagnostic {
        let loc = self.loc(span);
        self.report_at(code, message, &loc)
    }

    /// Reports a problem at a place already located in the file.
    pub(super) fn report_at(&mut self, code: Code, message: impl Into<Message>, loc: &Loc) -> &mut Diagnostic {
        self.diags.push(Diagnostic::new(code, message, Some(*loc)));
        self.diags.last_mut().expect("just pushed")
    }

    /// The root table of a file.
    pub fn root<'a, 'i>(&self, map: &'a DeTable<'i>) -> Table<'a, 'i> {
        Table { map, span: ROOT_SPAN, place: MsgId::WhereFile }
    }

    /// Reports every key of `table` that is not in `allowed`.
    pub(super) fn known_keys(&mut self, table: &Table, allowed: &[&str]) {
        self.known_keys_or(table, allowed, &[], |_, _| None);
    }

    /// Reports every key of `table` that is not in `allowed` nor in
    /// `reported` (the caller's to report); `misplaced` gives the help for a
    /// key that belongs elsewhere, from its name and where it starts in the text.
    pub(super) fn known_keys_or(
        &mut self,
        table: &Table,
        allowed: &[&str],
        reported: &[&str],
        misplaced: impl Fn(&str, usize) -> Option<Message>,
    ) {
        for (key, _) in table.map.iter() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) || reported.contains(&name) {
                continue;
            }
            let meant = in_english(name, allowed).or_else(|| closest(name, allowed.iter().copied()));
            let elsewhere = misplaced_level(name, table.place)
                .map(Message::from)
                .or_else(|| misplaced(name, self.offset + key.span().start));
            if let (None, Some(meant)) = (&elsewhere, meant) {
                self.meant_for(table, meant);
            }
            let help = match (elsewhere, meant) {
                (Some(help), _) => help,
                (None, Some(s)) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                (None, None) => Message::new(MsgId::AllowedKeys).arg("keys", allowed.join(", ")),
            };
            let message = Message::new(MsgId::UnknownKey).arg("key", name).arg_msg("place", table.place);
            let d = self.report(Code::UnknownKey, message, &key.span());
            d.label = Some(MsgId::UnknownKeyLabel.into());
            d.help = Some(help);
        }
    }

    pub(super) fn missing(&mut self, table: &Table, key: &str) {
        if self.was_meant(table, key) {
            return;
        }
        let message = Message::new(MsgId::MissingField).arg("key", key).arg_msg("place", table.place);
        let d = self.report(Code::MissingField, message, &table.span);
        d.label = Some(Message::new(MsgId::MissingFieldLabel).arg("key", key));
        d.help = Some(Message::new(MsgId::MissingFieldHelp).arg("key", key).arg_msg("place", table.place));
    }

    pub(super) fn wrong_type(&mut self, key: &str, value: &Value, expected: MsgId) -> &mut Diagnostic {
        let message = Message::new(MsgId::WrongType)
            .arg("key", key)
            .arg_msg("expected", expected)
            .arg_msg("found", type_name(value.get_ref()));
        let d = self.report(Code::WrongType, message, &value.span());
        d.label = Some(Message::new(MsgId::WrongTypeLabel).arg_msg("expected", expected));
        d.help = wrong_type_help(key, expected, value.get_ref());
        d
    }

    /// A string field; `None` (after a report) when it is not a string.
    pub(super) fn string(&mut self, table: &Table, key: &str) -> Option<Sp<String>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Sp { value: s.to_string(), loc: self.loc(&value.span()) }),
            _ => {
                self.wrong_type(key, value, MsgId::TyString);
                None
            }
        }
    }

    /// A string field that must be present and not blank.
    pub(super) fn text(&mut self, table: &Table, key: &str) -> Option<Sp<String>> {
        if table.get(key).is_none() {
            self.missing(table, key);
            return None;
        }
        let text = self.string(table, key)?;
        if text.value.trim().is_empty() {
            let d = self.report_at(Code::EmptyText, Message::new(MsgId::EmptyText).arg("key", key), &text.loc);
            d.help = Some(MsgId::EmptyTextHelp.into());
            return None;
        }
        Some(text)
    }

    /// An optional string field that, when present, is not blank.
    pub(super) fn optional_text(&mut self, table: &Table, key: &str) -> Option<String> {
        table.get(key)?;
        self.text(table, key).map(|t| t.value)
    }

    pub(super) fn integer(&mut self, table: &Table, key: &str) -> Option<Sp<i64>> {
        let value = table.get(key)?;
        match as_integer(value.get_ref()) {
            Some(n) => Some(Sp { value: n, loc: self.loc(&value.span()) }),
            None => {
                self.wrong_type(key, value, MsgId::TyInteger);
                None
            }
        }
    }

    pub(super) fn required_integer(&mut self, table: &Table, key: &str) -> Option<Sp<i64>> {
        if table.get(key).is_none() {
            self.missing(table, key);
            return None;
        }
        self.integer(table, key)
    }

    /// A whole number from 1 to `u32::MAX`, reported under `code` otherwise,
    /// with the value as written (and the most allowed, when it is more); one
    /// written between quotes is shown without them.
    pub(super) fn positive(&mut self, key: &str, value: &Value, code: Code) -> Option<u32> {
        let n = as_integer(value.get_ref()).and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 0);
        if n.is_none() {
            self.not_positive(key, value, code);
        }
        n
    }

    /// Reports `value`, which is not a whole number from 1 to `u32::MAX`, for `key`.
    pub(super) fn not_positive(&mut self, key: &str, value: &Value, code: Code) -> &mut Diagnostic {
        let too_big = as_integer(value.get_ref()).is_some_and(|n| n > i64::from(u32::MAX));
        let (message, help) = match code {
            _ if too_big => (Message::new(MsgId::NumberTooBig).arg("key", key), MsgId::NumberTooBigHelp.into()),
            Code::BadAmount => (Message::new(MsgId::BadAmount), Message::new(MsgId::BadAmountHelp)),
            _ => (Message::new(MsgId::BadTarget).arg("key", key), Message::new(MsgId::BadTargetHelp).arg("key", key)),
        };
        // A good number between quotes: the help for a number written so.
        let quoted = matches!(value.get_ref(), DeValue::String(s) if s.trim().parse::<u32>().is_ok_and(|n| n > 0));
        let help = quoted.then(|| wrong_type_help(key, MsgId::TyInteger, value.get_ref())).flatten().unwrap_or(help);
        let message = with_written(message, value.get_ref());
        let d = self.report(code, message, &value.span());
        d.help = Some(help);
        d
    }

    pub(super) fn optional_positive(&mut self, table: &Table, key: &str, code: Code) -> Option<u32> {
        let value = table.get(key)?;
        self.positive(key, value, code)
    }

    /// A year written as an integer (range checks against the plan come later).
    /// Whether it is a year of the plan is checked later; a number too big to
    /// be any year is reported here, as written.
    pub(super) fn year(&mut self, key: &str, value: &Value) -> Option<Sp<i32>> {
        let DeValue::Integer(written) = value.get_ref() else {
            self.wrong_type(key, value, MsgId::TyInteger);
            return None;
        };
        match as_integer(value.get_ref()).and_then(|n| i32::try_from(n).ok()) {
            Some(year) => Some(Sp { value: year, loc: self.loc(&value.span()) }),
            None => {
                let message = Message::new(MsgId::YearOutOfRange)
                    .arg("year", integer_text(written))
                    .arg("min", MIN_YEAR)
                    .arg("max", MAX_YEAR);
                self.report(Code::YearOutsidePeriod, message, &value.span());
                None
            }
        }
    }

    pub(super) fn years(&mut self, table: &Table, key: &str) -> Option<Vec<Sp<i32>>> {
        let items = self.array(table, key)?;
        Some(items.iter().filter_map(|v| self.year(key, v)).collect())
    }

    /// The strings of an array, each with its place; other items are reported.
    pub(super) fn strings(&mut self, key: &str, items: &DeArray) -> Vec<Sp<String>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Sp { value: s.to_string(), loc: self.loc(&item.span()) }),
                _ => {
                    self.wrong_type(key, item, MsgId::TyItemString);
                }
            }
        }
        out
    }

    pub(super) fn array<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str) -> Option<&'a DeArray<'i>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Array(items) => Some(items),
            _ => {
                self.wrong_type(key, value, MsgId::TyArray);
                None
            }
        }
    }

    /// A list of tables (`[[key]]` or `key = [{…}]`), each named `place` in messages.
    pub(super) fn tables<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str, place: MsgId) -> Vec<Table<'a, 'i>> {
        let Some(value) = table.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            match self.implied_by(&value.span()) {
                Some(header) => self.level_missing(key, header, &value.span()),
                None => {
                    self.wrong_type(key, value, MsgId::TyTables);
                }
            }
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(map) => out.push(Table { map, span: item.span(), place }),
                _ => {
                    self.wrong_type(key, item, MsgId::TyTable);
                }
            }
        }
        out
    }

    /// The header (`objective.action`) of the line `[[objective.action]]`
    /// when it made the section at `span` (`objective`) by implication, no
    /// `[[objective]]` having been written before it.
    fn implied_by(&self, span: &Span) -> Option<&'d str> {
        let (start, end) = (span.start + self.offset, span.end + self.offset);
        if self.text.as_bytes().get(end) != Some(&b'.') {
            return None;
        }
        let line_start = self.text.get(..start)?.rfind('\n').map_or(0, |n| n + 1);
        let header = self.text.get(line_start..)?.trim_start().strip_prefix("[[")?;
        header.split_once("]]").map(|(header, _)| header.trim())
    }

    /// A level of the plan (`[[objective]]`) missing above the header that
    /// needs it (`[[objective.action]]`).
    fn level_missing(&mut self, key: &str, header: &str, span: &Span) {
        let path = section_path(key);
        let message = Message::new(MsgId::LevelMissing).arg("header", header).arg("path", &path);
        let d = self.report(Code::WrongType, message, span);
        d.label = Some(Message::new(MsgId::LevelMissingLabel).arg("path", &path));
        d.help = Some(Message::new(MsgId::LevelMissingHelp).arg("path", path));
    }

    /// A sub-table (`[key]` or `key = {…}`).
    pub(super) fn table<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str, place: MsgId) -> Option<Table<'a, 'i>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Table(map) => Some(Table { map, span: value.span(), place }),
            _ => {
                self.wrong_type(key, value, MsgId::TyTable);
                None
            }
        }
    }

    pub(super) fn date(&mut self, table: &Table, key: &str) -> Option<Sp<NaiveDate>> {
        let Some(value) = table.get(key) else {
            self.missing(table, key);
            return None;
        };
        let span = value.span();
        let (written, help) = match value.get_ref() {
            DeValue::Datetime(dt) => match day_of(dt) {
                Ok(day) => return Some(Sp { value: day, loc: self.loc(&span) }),
                Err(help) => (self.written(&span).to_string(), help),
            },
            // `20190214`: the day, without its dashes (or a day not on the calendar, `20190230`).
            DeValue::Integer(i) if let Some(day) = eight_digit_day(i) => {
                (i.as_str().to_string(), date_help(day, false))
            }
            DeValue::String(s) => (format!("\"{s}\""), date_help(day_read(s), true)),
            _ => {
                self.wrong_type(key, value, MsgId::TyDate);
                return None;
            }
        };
        let d = self.report(Code::BadDate, Message::new(MsgId::BadDate).arg("value", written), &span);
        d.label = Some(MsgId::BadDateLabel.into());
        d.help = Some(help);
        None
    }

    /// An identifier: a required string (its form is checked in `check.rs`).
    pub(super) fn id(&mut self, table: &Table) -> Option<Sp<String>> {
        self.text(table, "id")
    }
}

/// The day a TOML date is, or the help for what is written instead: a day
/// with a time (the day is given), or no day on the calendar.
fn day_of(dt: &toml::value::Datetime) -> Result<NaiveDate, Message> {
    let written = dt.date.map(|d| NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)));
    match (written, dt.time.is_some() || dt.offset.is_some()) {
        (Some(Some(day)), false) => Ok(day),
        (Some(Some(day)), true) => Err(Message::new(MsgId::BadDateTimeDayHelp).arg("date", day)),
        (Some(None), _) => Err(MsgId::BadDateCalendarHelp.into()),
        (None, _) => Err(MsgId::BadDateTimeHelp.into()),
    }
}

/// A whole number that is a day written without its dashes: `20190214`, or
/// `20190230` (a year, a month from 1 to 12 and a day from 1 to 31, but no
/// such day on the calendar); `None` for any other number.
fn eight_digit_day(i: &toml::de::DeInteger) -> Option<DayRead> {
    let written = i.as_str();
    if i.radix() != 10 || written.len() != 8 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (month, day) = (written[4..6].parse::<u32>().ok()?, written[6..].parse::<u32>().ok()?);
    let read = day_read(written);
    let slip = read == DayRead::NotOnCalendar && (1..=12).contains(&month) && (1..=31).contains(&day);
    (matches!(read, DayRead::Meant(_)) || slip).then_some(read)
}

/// Adds `value`, the value as the file writes it: numbers and text as written,
/// anything else by its type.
fn with_written(message: Message, value: &DeValue) -> Message {
    match value {
        DeValue::Integer(i) => message.arg("value", integer_text(i)),
        DeValue::Float(f) => message.arg("value", f.as_str()),
        DeValue::String(s) => message.arg("value", format!("\"{s}\"")),
        other => message.arg_msg("value", type_name(other)),
    }
}

/// An integer as written, with its base prefix.
fn integer_text(i: &toml::de::DeInteger) -> String {
    let prefix = match i.radix() {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => "",
    };
    format!("{prefix}{}", i.as_str())
}

pub(super) fn as_integer(value: &DeValue) -> Option<i64> {
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
        _ => None,
    }
}

fn type_name(value: &DeValue) -> MsgId {
    match value {
        DeValue::String(_) => MsgId::TyString,
        DeValue::Integer(_) => MsgId::TyInteger,
        DeValue::Float(_) => MsgId::TyFloat,
        DeValue::Boolean(_) => MsgId::TyBool,
        DeValue::Datetime(_) => MsgId::TyDate,
        DeValue::Array(_) => MsgId::TyArray,
        DeValue::Table(_) => MsgId::TyTable,
    }
}

/// The help for a date written another way: the line with the day meant
/// (`quoted`: the date was written between quotes), both days when the day
/// and the month can be read either way, or how dates are written.
pub(super) fn date_help(day: DayRead, quoted: bool) -> Message {
    let meant = if quoted { MsgId::BadDateQuotedHelp } else { MsgId::BadDateFormHelp };
    match day {
        DayRead::Meant(day) => Message::new(meant).arg("date", day),
        DayRead::Either(first, second) => {
            Message::new(MsgId::BadDateEitherHelp).arg("first", first).arg("second", second)
        }
        DayRead::NotOnCalendar => MsgId::BadDateCalendarHelp.into(),
        DayRead::Unknown => MsgId::BadDateExampleHelp.into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::{Code, Diagnostic};
    use crate::i18n::MsgId;
    use crate::model::Lang;
    use crate::read::journal_by_toml;

    /// A date's error in a journal entry: its message, as written, and its help.
    fn date_error(date: &str) -> (String, String) {
        let text = format!("[[activity]]\ndate = {date}\ntitle = \"x\"\nindicators = [\"1.1.1\"]\n");
        let (_, diags) = journal_by_toml(&text).expect("the text parses");
        let d = diags.iter().find(|d| matches!(d.code, Code::BadDate | Code::WrongType)).expect("a date error");
        (d.message.render(Lang::En), d.help.as_ref().unwrap().render(Lang::En))
    }

    #[test]
    fn a_date_that_is_no_day_is_shown_as_written_with_the_day_meant() {
        let time = "only the day counts, with no time or offset: date = 2019-02-14";
        assert_eq!(date_error("2019-02-14 10:00"), ("2019-02-14 10:00 is not a valid date".into(), time.into()));
        assert_eq!(date_error("2019-02-14T10:00:00-05:00").1, time);
        let no_day = "only the day counts: write YYYY-MM-DD, with no time or offset";
        assert_eq!(date_error("10:00:00"), ("10:00:00 is not a valid date".into(), no_day.into()));
        let compact = "write the date as YYYY-MM-DD: date = 2019-02-14";
        assert_eq!(date_error("20190214"), ("20190214 is not a valid date".into(), compact.into()));
        let other = "write the date as YYYY-MM-DD, without quotes: date = 2018-03-14";
        assert_eq!(date_error("20191314").1, other);
        let calendar = "that day is not on the calendar; check the month and the day";
        assert_eq!(date_error("20190230"), ("20190230 is not a valid date".into(), calendar.into()));
        assert_eq!(date_error("20190431").1, calendar);
        assert_eq!(date_error("20190200").1, other, "no day 0: not a day written without dashes");
        assert_eq!(date_error("20190232").1, other);
        assert_eq!(date_error("+20190214").1, other, "a sign: a number, not a day");
        assert_eq!(date_error("-20190214").1, other);
        assert_eq!(date_error("2019_02_14").1, compact, "TOML reads 20190214");
        assert_eq!(date_error("2019_02_30").1, calendar);
        assert_eq!(date_error("0o20170214").1, other, "a number in another base is no day");
        let either = "the day and the month can be read either way; write the year, the month, then the day: date = 2019-06-05 or date = 2019-05-06";
        assert_eq!(date_error("\"05/06/2019\""), ("\"05/06/2019\" is not a valid date".into(), either.into()));
        let quoted = "write the date without quotes, as YYYY-MM-DD: date = 2019-02-14";
        assert_eq!(date_error("\"14/02/2019\"").1, quoted);
        assert_eq!(date_error("\"30/02/2019\"").1, "that day is not on the calendar; check the month and the day");
        let example = "write the date without quotes, the year, the month, then the day (YYYY-MM-DD), for example: date = 2019-02-14";
        assert_eq!(date_error("\"hier\"").1, example);
    }

    /// The message and help of the first diagnostic on `text`, a journal.
    fn first_error(text: &str, lang: Lang) -> (String, String) {
        let (_, diags) = journal_by_toml(text).expect("the text parses");
        let d = diags.first().expect("a diagnostic");
        (d.message.render(lang), d.help.as_ref().unwrap().render(lang))
    }

    #[test]
    fn a_number_too_big_is_told_the_most_allowed() {
        let amount =
            |n: &str| format!("[[activity]]\ndate = 2019-02-14\ntitle = \"x\"\nindicators = [\"1\"]\namount = {n}\n");
        let big = "`amount` must be at most 4,294,967,295, not 4294967296";
        assert_eq!(first_error(&amount("4294967296"), Lang::En).0, big);
        assert!(journal_by_toml(&amount("4294967295")).unwrap().1.is_empty(), "the most is allowed");
        let fr = first_error(&amount("0x1_0000_0000"), Lang::Fr);
        assert_eq!(fr.0, "« amount » doit être au plus 4\u{a0}294\u{a0}967\u{a0}295, pas 0x100000000");
        assert_eq!(fr.1, "vérifiez le nombre : il a sans doute des chiffres de trop");
        let small = first_error(&amount("0"), Lang::En);
        assert_eq!(small.0, "`amount` must be a whole number greater than 0, not 0");
        assert_eq!(small.1, "leave out amount to count 1, or write a whole number such as amount = 3");
    }

    #[test]
    fn a_list_where_one_text_goes_is_given_its_one_item() {
        let help = |indicator: &str| {
            let text = format!("[[assessment]]\ndate = 2019-06-14\nindicator = {indicator}\nlevel = \"on-track\"\n");
            let (_, diags) = journal_by_toml(&text).expect("the text parses");
            let d = diags.iter().find(|d| d.code == Code::WrongType).expect("a wrong type");
            d.help.as_ref().unwrap().render(Lang::En)
        };
        assert_eq!(help("[\"2.1.1\"]"), "write it alone, without brackets: indicator = \"2.1.1\"");
        assert_eq!(help("[\"2.1.1\", \"2.1.2\"]"), "an assessment is of one indicator: write one for each");
        assert_eq!(help("[2]"), "write the text between straight quotes: indicator = \"…\"");
        assert_eq!(help("['a\"b']"), "write the text between straight quotes: indicator = \"…\"", "no line to copy");
    }

    /// The help of each unknown key in a journal text, in alphabetical order.
    fn unknown_key_helps(text: &str) -> Vec<String> {
        let (_, diags) = journal_by_toml(text).expect("the text parses");
        let unknown = diags.iter().filter(|d| d.label.as_ref().is_some_and(|l| l.render(Lang::En) == "unknown key"));
        let mut helps: Vec<String> = unknown.map(|d| d.help.as_ref().unwrap().render(Lang::Fr)).collect();
        helps.sort();
        helps
    }

    #[test]
    fn a_key_written_in_french_is_named_in_english() {
        let text = "[[activity]]\ndate = 2019-02-01\ntitle = \"x\"\nindicators = [\"1\"]\nmontant = 2\nPreuves = [\"a.pdf\"]\n\n[[narrative]]\ndate = 2019-02-01\nabout = \"1\"\nsujet = \"x\"\ntexte = \"y\"\n";
        assert_eq!(
            unknown_key_helps(text),
            [
                "vouliez-vous dire « amount » ?",
                "vouliez-vous dire « evidence » ?",
                "vouliez-vous dire « text » ?",
                "vouliez-vous dire « topic » ?"
            ]
        );
        // Only a key allowed where it is written: an activity has no topic.
        let text = "[[activity]]\ndate = 2019-02-01\ntitle = \"x\"\nindicators = [\"1\"]\nsujet = \"x\"\n";
        let helps = unknown_key_helps(text);
        assert!(helps[0].starts_with(&MsgId::AllowedKeys.template(Lang::Fr)[..10]), "{helps:?}");
    }

    #[test]
    fn an_entry_key_written_at_the_top_is_sent_under_its_entry() {
        let text = "date = 2019-02-01\n[[assessment]]\ndate = 2019-02-01\nindicator = \"1\"\nlevel = \"achieved\"\n[tags]\na = [\"b\"]\n";
        assert_eq!(
            unknown_key_helps(text),
            [
                "pour les étiquettes de l'entrée au-dessus, écrivez [assessment.tags] : [tags] seul ouvre une section du fichier, pas de l'entrée",
                "« date » appartient à une entrée : placez cette ligne sous la ligne [[activity]] de son entrée",
            ]
        );
        // A key no entry has keeps the list of what a journal holds.
        assert!(unknown_key_helps("sujets = 1\n")[0].starts_with(&MsgId::AllowedKeys.template(Lang::Fr)[..10]));
    }

    #[test]
    fn an_entry_written_before_any_header_is_named_once_with_its_kind() {
        let top = |text: &str| {
            let (_, diags) = journal_by_toml(text).expect("the text parses");
            let render = |d: &Diagnostic| (d.message.render(Lang::En), d.loc.map(|l| l.span().start));
            diags.iter().map(render).collect::<Vec<_>>()
        };
        let activity = "# j\ntitle = \"x\"\ndate = 2019-02-01\nindicators = [\"1\"]\n[[activity]]\ndate = 2019-02-02\n";
        let message = "an entry without its [[activity]] line: title, date, indicators are written before any entry";
        assert_eq!(top(activity)[0], (message.to_string(), Some(4)));
        assert!(top(activity).iter().all(|d| !d.0.starts_with("unknown key")), "{:?}", top(activity));
        let assessment = "date = 2019-02-01\nlevel = \"achieved\"\nsujet = 1\n";
        let found = top(assessment);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|d| d.0.starts_with("an entry without its [[assessment]] line: date, level are")));
        assert!(found.iter().any(|d| d.0 == "unknown key `sujet` in this file"), "{found:?}");
        let narrative = "topic = \"highlights\"\nabout = \"1\"\n";
        assert!(top(narrative)[0].0.starts_with("an entry without its [[narrative]] line: topic, about are"));
    }

    #[test]
    fn a_key_taken_for_a_missing_one_is_named_once() {
        let text = "[[activity]]\nDate = 2019-02-01\ntitre = \"x\"\nindicator = [\"1\"]\n\n[[assessment]]\ndate = 2019-02-01\nindicateur = \"1\"\nniveau = \"atteint\"\n\n[[narrative]]\ndate = 2019-02-01\nsujet = \"highlights\"\ntext = \"y\"\n";
        let (_, diags) = journal_by_toml(text).expect("the text parses");
        let found: Vec<(Code, String)> = diags.iter().map(|d| (d.code, d.message.render(Lang::En))).collect();
        let unknown = |key: &str, place: &str| (Code::UnknownKey, format!("unknown key `{key}` in this {place}"));
        let missing = (Code::MissingField, "missing `about` in this narrative".to_string());
        let expected = [
            unknown("Date", "activity"),
            unknown("indicator", "activity"),
            unknown("titre", "activity"),
            unknown("indicateur", "assessment"),
            unknown("niveau", "assessment"),
            unknown("sujet", "narrative"),
            missing,
        ];
        assert_eq!(found, expected, "what no key was taken for is still missing");
    }

    #[test]
    fn an_entry_with_nothing_written_is_one_problem() {
        let text =
            "[[activity]]\n[[activity]]\ndate = 2019-02-01\ntitle = \"x\"\nindicators = [\"1\"]\n\n[[narrative]]\n";
        let (file, diags) = journal_by_toml(text).expect("the text parses");
        let found: Vec<(Code, String, usize)> =
            diags.iter().map(|d| (d.code, d.message.render(Lang::En), d.loc.unwrap().span().start)).collect();
        let empty = |what: &str| format!("nothing is written in this {what}");
        let narrative = text.find("[[narrative]]").unwrap();
        assert_eq!(
            found,
            [(Code::MissingField, empty("activity"), 0), (Code::MissingField, empty("narrative"), narrative)]
        );
        assert_eq!(file.activities.len(), 1);
        let help = diags[1].help.as_ref().unwrap().render(Lang::Fr);
        assert_eq!(
            help,
            "si cette ligne [[narrative]] est écrite deux fois, effacez-en une ; sinon, écrivez l'entrée sous elle"
        );
    }

    #[test]
    fn a_number_between_quotes_is_shown_without_them() {
        let help = |found: &str| {
            let found = super::DeValue::String(found.to_string().into());
            super::wrong_type_help("end_year", MsgId::TyInteger, &found).unwrap().render(Lang::En)
        };
        assert_eq!(help("2028"), "write a number, without quotes: end_year = 2028");
        assert_eq!(help("l'an prochain"), "write a number, without quotes: end_year = 4");
        // An amount between quotes too.
        let text = "[[activity]]\ndate = 2019-02-01\ntitle = \"x\"\nindicators = [\"1\"]\namount = \"12\"\n";
        let (_, diags) = journal_by_toml(text).expect("the text parses");
        let helps: Vec<String> = diags.iter().map(|d| d.help.as_ref().unwrap().render(Lang::En)).collect();
        assert_eq!(helps, ["write a number, without quotes: amount = 12"]);
    }

    #[test]
    fn a_value_where_a_list_goes_is_shown_as_the_list() {
        let help = |key: &str, found: super::DeValue| {
            super::wrong_type_help(key, MsgId::TyArray, &found).unwrap().render(Lang::En)
        };
        let text = |s: &str| super::DeValue::String(s.to_string().into());
        let list = |line: &str| format!("write a list between square brackets, even of one item: {line}");
        assert_eq!(help("evidence", text("pv.pdf")), list("evidence = [\"pv.pdf\"]"));
        assert_eq!(help("indicators", text("1.1.1, 1.1.2b,")), list("indicators = [\"1.1.1\", \"1.1.2b\"]"));
        assert_eq!(help("years", text("2018, 2019")), list("years = [2018, 2019]"));
        // A text that cannot be shown so, or no text: an example.
        assert_eq!(help("indicators", text("a \"b\"")), list("indicators = [\"…\"]"));
        assert_eq!(help("indicators", super::DeValue::Boolean(true)), list("indicators = [\"…\"]"));
        assert_eq!(help("years", super::DeValue::Boolean(true)), list("years = [2025]"));
    }
}
