//! A journal file: its `[[activity]]` and `[[assessment]]` entries.

use toml::de::DeArray;
use toml::de::DeValue;

use super::toml::{Decoder, Table};
use crate::diagnostic::Code;
use crate::i18n::{Message, MsgId};
use crate::model::{Activity, Assessment, JournalFile, Level, Sp};
use crate::suggest::closest;

const ACTIVITY_KEYS: &[&str] = &["date", "title", "indicators", "amount", "note"];
const ASSESSMENT_KEYS: &[&str] = &["date", "indicator", "level", "note"];

impl Decoder<'_> {
    /// A journal file. `year` is the plan year its name gives, if it gives one.
    pub fn journal(&mut self, root: &Table, year: Option<i32>) -> JournalFile {
        self.known_keys(root, &["activity", "assessment"]);
        let tables = self.tables(root, "activity", MsgId::WhereActivity);
        let activities = tables.iter().filter_map(|t| self.activity(t)).collect();
        let tables = self.tables(root, "assessment", MsgId::WhereAssessment);
        let assessments = tables.iter().filter_map(|t| self.assessment(t)).collect();
        JournalFile { year, activities, assessments }
    }

    fn activity(&mut self, table: &Table) -> Option<Activity> {
        self.known_keys(table, ACTIVITY_KEYS);
        let date = self.date(table, "date");
        let title = self.text(table, "title");
        let indicators = self.indicator_refs(table);
        let amount = match table.get("amount") {
            Some(_) => self.optional_positive(table, "amount", Code::BadAmount),
            None => Some(1),
        };
        let note = self.string(table, "note").map(|n| n.value);
        Some(Activity {
            date: date?,
            title: title?.value,
            indicators: indicators?,
            amount: amount?,
            note,
            loc: self.loc(&table.span),
        })
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
            self.report(Code::NoIndicators, MsgId::NoIndicators, &span).help = Some(MsgId::NoIndicatorsHelp.into());
            return None;
        }
        let mut ids = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => ids.push(Sp { value: s.to_string(), loc: self.loc(&item.span()) }),
                _ => self.wrong_type("indicators", item, MsgId::TyString),
            }
        }
        (ids.len() == items.len()).then_some(ids)
    }

    fn assessment(&mut self, table: &Table) -> Option<Assessment> {
        self.known_keys(table, ASSESSMENT_KEYS);
        let date = self.date(table, "date");
        let indicator = self.text(table, "indicator");
        let level = self.level(table);
        let note = self.string(table, "note").map(|n| n.value);
        Some(Assessment { date: date?, indicator: indicator?, level: level?, note, loc: self.loc(&table.span) })
    }

    fn level(&mut self, table: &Table) -> Option<Level> {
        let text = self.text(table, "level")?;
        let level = Level::from_name(&text.value);
        if level.is_none() {
            let names = Level::ALL.map(Level::name);
            let help = match closest(&text.value, names) {
                Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                None => MsgId::UnknownLevelHelp.into(),
            };
            let message = Message::new(MsgId::UnknownLevel).arg("value", &text.value);
            self.report_at(Code::UnknownLevel, message, &text.loc).help = Some(help);
        }
        level
    }
}
