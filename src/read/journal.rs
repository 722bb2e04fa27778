//! A journal file: its `[[activity]]`, `[[assessment]]` and `[[narrative]]`
//! entries, each with its evidence and tags.

use toml::de::DeArray;
use toml::de::DeValue;

use super::toml::{Decoder, Table};
use crate::diagnostic::Code;
use crate::i18n::{Message, MsgId};
use crate::model::{
    Activity, ActivityFields, Assessment, Extras, Id, JournalFile, Level, Narrative, Sp, Span, Tag, Text, Topic,
};
use crate::suggest::closest;

pub(super) const ACTIVITY_KEYS: &[&str] = &["date", "title", "indicators", "amount", "note", "evidence", "tags"];
pub(super) const ASSESSMENT_KEYS: &[&str] = &["date", "indicator", "level", "note", "evidence", "tags"];
pub(super) const NARRATIVE_KEYS: &[&str] = &["date", "about", "topic", "text", "evidence", "tags"];

/// The arrays of tables a journal file holds.
pub const ENTRY_KINDS: &[&str] = &["activity", "assessment", "narrative"];

/// For a key of an entry written at the top of a journal file (a `[tags]`
/// section after an entry, or a `date` line before any entry header): where
/// it goes, under the entry header written above it (`[[activity]]` when none is).
fn entry_key_at_top(text: &str, key: &str, at: usize) -> Option<Message> {
    let entry_keys = [ACTIVITY_KEYS, ASSESSMENT_KEYS, NARRATIVE_KEYS];
    if !entry_keys.iter().any(|keys| keys.contains(&key)) {
        return None;
    }
    let above = text.get(..at).unwrap_or("").lines().rev().find_map(|line| {
        let kind = line.trim().strip_prefix("[[")?.split_once("]]")?.0.trim();
        ENTRY_KINDS.iter().find(|&&k| k == kind)
    });
    let kind = above.copied().unwrap_or("activity");
    let help = if key == "tags" { MsgId::EntryTagsAtTopHelp } else { MsgId::EntryKeyAtTopHelp };
    Some(Message::new(help).arg("key", key).arg("kind", kind))
}

/// The names of an entry written at the top of a journal file, before any
/// entry header, with where each starts in the table's text, in the order
/// written. (`tags` has its own help: see [`entry_key_at_top`].)
fn loose_entry<'a>(root: &Table<'a, '_>) -> Vec<(&'a str, Span)> {
    let entry_keys = [ACTIVITY_KEYS, ASSESSMENT_KEYS, NARRATIVE_KEYS];
    Decoder::keys_written(root, |name| name != "tags" && entry_keys.iter().any(|keys| keys.contains(&name)))
}

/// The kind of entry that names `keys` (`activity` when they do not tell).
fn kind_of(keys: &[(&str, Span)]) -> &'static str {
    let has = |names: &[&str]| keys.iter().any(|(key, _)| names.contains(key));
    if has(&["indicator", "level"]) {
        "assessment"
    } else if has(&["about", "topic", "text"]) {
        "narrative"
    } else {
        "activity"
    }
}

impl Decoder<'_> {
    /// A journal file. `year` is the plan year its name gives, if it gives one.
    pub fn journal(&mut self, root: &Table, year: Option<i32>) -> JournalFile {
        let text = self.text;
        let loose = loose_entry(root);
        let apart: Vec<&str> = if loose.len() > 1 { loose.iter().map(|(key, _)| *key).collect() } else { Vec::new() };
        self.known_keys_or(root, ENTRY_KINDS, &apart, |key, at| entry_key_at_top(text, key, at));
        if let [(_, first), ..] = loose.as_slice()
            && !apart.is_empty()
        {
            let (kind, keys) = (kind_of(&loose), apart.join(", "));
            let message = Message::new(MsgId::EntryAtTop).arg("kind", kind).arg("keys", keys);
            let d = self.report(Code::UnknownKey, message, first);
            d.label = Some(MsgId::EntryAtTopLabel.into());
            d.help = Some(Message::new(MsgId::EntryAtTopHelp).arg("kind", kind));
        }
        let tables = self.tables(root, "activity", MsgId::WhereActivity);
        let activities = tables.iter().filter_map(|t| self.activity(t)).collect();
        let tables = self.tables(root, "assessment", MsgId::WhereAssessment);
        let assessments = tables.iter().filter_map(|t| self.assessment(t)).collect();
        let tables = self.tables(root, "narrative", MsgId::WhereNarrative);
        let narratives = tables.iter().filter_map(|t| self.narrative(t)).collect();
        JournalFile { year, activities, assessments, narratives }
    }

    /// Whether an entry holds nothing (its header written twice, or left
    /// alone): then that is its one problem, not each field it lacks.
    fn empty_entry(&mut self, table: &Table, kind: &str) -> bool {
        if !table.map.is_empty() {
            return false;
        }
        let message = Message::new(MsgId::EmptyEntry).arg_msg("place", table.place);
        let d = self.report(Code::MissingField, message, &table.span);
        d.help = Some(Message::new(MsgId::EmptyEntryHelp).arg("kind", kind));
        true
    }

    fn activity(&mut self, table: &Table) -> Option<Activity> {
        if self.empty_entry(table, "activity") {
            return None;
        }
        self.known_keys(table, ACTIVITY_KEYS);
        let date = self.date(table, "date");
        let title = self.text(table, "title");
        let indicators = self.indicator_refs(table);
        let amount = match table.get("amount") {
            Some(_) => self.optional_positive(table, "amount", Code::BadAmount),
            None => Some(1),
        };
        let note = self.string(table, "note").map(|n| self.place(&n));
        let (evidence, tags) = (self.evidence(table), self.tags(table));
        let ids: Vec<_> = indicators?.into_iter().map(|i| Sp { value: Id::new(&i.value), loc: i.loc }).collect();
        Some(Activity::from(ActivityFields {
            date: date?,
            title: self.place(&title?),
            indicators: &ids,
            amount: amount?,
            note,
            evidence,
            tags,
            loc: self.loc(&table.span),
        }))
    }

    /// A text read, kept as its place in the file when it is written as is.
    fn place(&self, text: &Sp<String>) -> Text {
        Text::read(&text.value, &text.loc.span(), self.text)
    }

    fn indicator_refs(&mut self, table: &Table) -> Option<Vec<Sp<String>>> {
        let span = match table.get("indicators") {
            Some(value) => value.span(),
            None => table.span.clone(),
        };
        let items = match table.get("indicators") {
            Some(_) => self.array(table, "indicators")?,
            None => &DeArray::new(),
        };
        if items.is_empty() {
            if !self.was_meant(table, "indicators") {
                self.report(Code::NoIndicators, MsgId::NoIndicators, &span).help = Some(MsgId::NoIndicatorsHelp.into());
            }
            return None;
        }
        let ids = self.strings("indicators", items);
        (ids.len() == items.len()).then_some(ids)
    }

    /// `evidence = ["documents/pv.pdf", "https://…"]`: what each path or URL
    /// points at is checked by `validate`.
    fn evidence(&mut self, table: &Table) -> Vec<Sp<String>> {
        match self.array(table, "evidence") {
            Some(items) => self.strings("evidence", items),
            None => Vec::new(),
        }
    }

    /// `tags = { territoire = ["Mékinac"], secteur = "municipal" }`: a value or a list per name.
    fn tags(&mut self, table: &Table) -> Vec<Tag> {
        let Some(tags) = self.table(table, "tags", MsgId::WhereTags) else { return Vec::new() };
        let mut out = Vec::new();
        for (key, value) in tags.map.iter() {
            let name = Sp { value: key.get_ref().to_string(), loc: self.loc(&key.span()) };
            let values = match value.get_ref() {
                DeValue::String(s) => vec![Sp { value: s.to_string(), loc: self.loc(&value.span()) }],
                DeValue::Array(items) => self.strings(&name.value, items),
                _ => {
                    self.wrong_type(&name.value, value, MsgId::TyStringOrList);
                    continue;
                }
            };
            out.push(Tag { name, values });
        }
        out
    }

    fn assessment(&mut self, table: &Table) -> Option<Assessment> {
        if self.empty_entry(table, "assessment") {
            return None;
        }
        self.known_keys(table, ASSESSMENT_KEYS);
        let date = self.date(table, "date");
        let indicator = self.text(table, "indicator");
        let level = self.word(table, "level", Level::from_name, Level::spellings(), Code::UnknownLevel);
        let note = self.string(table, "note").map(|n| n.value);
        let (evidence, tags) = (self.evidence(table), self.tags(table));
        let loc = self.loc(&table.span);
        let extras = Extras::boxed(evidence, tags);
        Some(Assessment { date: date?, indicator: indicator?, level: level?, note, extras, loc })
    }

    fn narrative(&mut self, table: &Table) -> Option<Narrative> {
        if self.empty_entry(table, "narrative") {
            return None;
        }
        self.known_keys(table, NARRATIVE_KEYS);
        let date = self.date(table, "date");
        let about = self.text(table, "about");
        let topic = self.word(table, "topic", Topic::from_name, Topic::spellings(), Code::UnknownTopic);
        let text = self.text(table, "text");
        let (evidence, tags) = (self.evidence(table), self.tags(table));
        let loc = self.loc(&table.span);
        let extras = Extras::boxed(evidence, tags);
        Some(Narrative { date: date?, about: about?, topic: topic?, text: text?.value, extras, loc })
    }

    /// A word of a closed list (a level, a topic), in English or French.
    fn word<T>(
        &mut self,
        table: &Table,
        key: &str,
        parse: fn(&str) -> Option<T>,
        spellings: Vec<&'static str>,
        code: Code,
    ) -> Option<T> {
        let text = self.text(table, key)?;
        let parsed = parse(&text.value);
        if parsed.is_none() {
            let (unknown, list) = match code {
                Code::UnknownLevel => (MsgId::UnknownLevel, MsgId::UnknownLevelHelp),
                _ => (MsgId::UnknownTopic, MsgId::UnknownTopicHelp),
            };
            let help = match closest(&text.value, spellings) {
                Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                None => list.into(),
            };
            let message = Message::new(unknown).arg("value", &text.value);
            self.report_at(code, message, &text.loc).help = Some(help);
        }
        parsed
    }
}
