//! What `plan show ID` prints: the item's place in the plan, the status table
//! of its indicators, a group's roll-up and how it was reached, then each
//! indicator with how it is measured, why each year has its status, how
//! recent its last entry is, and its entries and narratives, each with its
//! `file:line`.

use chrono::NaiveDate;

use super::escape::escape_controls;
use super::explain::{group_why, measure_text, why};
use super::{Options, STALE_MARK, level_word, table, topic_word};
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Tier};
use crate::report::{EntryLine, IndicatorDetail, ItemReport, NarrativeLine, Place, What};

/// The whole text of `show`, for the terminal.
pub fn show(item: &ItemReport, options: Options) -> String {
    let lang = options.lang;
    let mut out = String::new();
    for heading in &item.trail {
        out += &line(Message::new(head(heading.tier)).arg("id", &heading.id), &heading.title, lang);
    }
    out += "\n";
    out += &table::render(&item.status, options);
    if let Some(group) = &item.rollup {
        out += &format!("\n{}\n", Message::new(MsgId::HeadRollup).arg("id", &group.id).render(lang));
        for (cell, year) in group.cells.iter().zip(&item.status.years) {
            out += &format!("  {}{}{}\n", year.label, colon(lang), group_why(cell, lang));
        }
        out += &format!("  {}\n", MsgId::RollupRule.template(lang));
    }
    out += &narratives(&item.narratives, lang);
    for indicator in &item.indicators {
        out += "\n";
        out += &indicator_section(indicator, item, lang);
    }
    out
}

/// The typographic colon of the language: `2019 : …` in French, `2019: …` in English.
fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr { " : " } else { ": " }
}

fn head(tier: Tier) -> MsgId {
    match tier {
        Tier::Orientation => MsgId::HeadOrientation,
        Tier::Objective => MsgId::HeadObjective,
        Tier::Action => MsgId::HeadAction,
        Tier::Indicator => MsgId::HeadIndicator,
    }
}

/// The one escape of `show`: text from files, made safe for the terminal.
fn term(text: &str) -> String {
    escape_controls(text).into_owned()
}

/// `Head — text`, one line.
fn line(head: Message, text: &str, lang: Lang) -> String {
    format!("{} — {}\n", term(&head.render(lang)), term(text))
}

/// An indicator: its text, how it is measured, why each year has its status,
/// its last entry, its entries and its narratives.
fn indicator_section(ind: &IndicatorDetail, item: &ItemReport, lang: Lang) -> String {
    let mut out = line(Message::new(MsgId::HeadIndicator).arg("id", &ind.id), &ind.text, lang);
    out += &format!("  {}\n", term(&measure_text(&ind.measure, ind.unit.as_deref(), &ind.years, lang)));
    out += &format!("  {}\n", MsgId::HeadWhy.template(lang));
    for (label, cell) in &ind.cells {
        out += &format!("    {label}{}{}\n", colon(lang), term(&why(cell, lang)));
        if cell.explanation_missing {
            let missing = Message::new(MsgId::ExplanationMissing).arg("id", &ind.id).arg("year", label);
            out += &format!("      ⚠ {}\n", term(&missing.render(lang)));
        }
    }
    out += &format!("  {}\n", last_entry(ind, item, lang));
    if ind.entries.is_empty() {
        out += &format!("  {}\n", MsgId::NoEntries.template(lang));
    } else {
        out += &format!("  {}\n", Message::new(MsgId::EntriesHeading).arg("n", ind.entries.len()).render(lang));
        for entry in &ind.entries {
            out += &format!("    {}  {}\n", entry.date, entry_text(entry, lang));
        }
    }
    out += &narratives(&ind.narratives, lang);
    out
}

/// How long ago the last entry was, and whether the indicator is stale.
fn last_entry(ind: &IndicatorDetail, item: &ItemReport, lang: Lang) -> String {
    let said = match ind.last_entry {
        Some(date) => Message::new(MsgId::LastEntry).arg("date", date).arg("days", days_between(date, item.as_of)),
        None => Message::new(MsgId::NoEntryYet),
    };
    let mut text = said.render(lang);
    if ind.stale {
        let flag = Message::new(MsgId::StaleFlag).arg("mark", STALE_MARK).arg("days", item.stale_after_days);
        text += &format!(" — {}", flag.render(lang));
    }
    text
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Under an item: its narratives, each with its year, topic, date and place.
fn narratives(lines: &[NarrativeLine], lang: Lang) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("  {}\n", MsgId::HeadNarratives.template(lang));
    for n in lines {
        let topic = topic_word(n.topic).template(lang);
        out += &format!("    {} — {topic} ({}, {})\n", n.year, n.date, place(n.place.as_ref()));
        for text_line in n.text.trim().lines() {
            out += &format!("      {}\n", term(text_line));
        }
        if !n.evidence.is_empty() {
            out += &format!("      {}\n", evidence(&n.evidence, lang));
        }
    }
    out
}

fn evidence(items: &[String], lang: Lang) -> String {
    let items: Vec<String> = items.iter().map(|e| term(e)).collect();
    Message::new(MsgId::EvidenceLine).arg("list", items.join(", ")).render(lang)
}

/// Where an entry is written, as `file:line`.
fn place(place: Option<&Place>) -> String {
    place.map_or(String::new(), |p| format!("{}:{}", term(&p.file), p.line))
}

/// An entry after its date: what it says, where it is, and below, its note,
/// evidence and tags.
fn entry_text(entry: &EntryLine, lang: Lang) -> String {
    const BELOW: &str = "\n                ";
    let place = place(entry.place.as_ref());
    let mut text = match &entry.what {
        What::Activity { title, amount } => {
            let amount = if *amount == 1 { String::new() } else { format!("  ×{amount}") };
            format!("{}{amount}  {place}", term(title))
        }
        What::Assessment(level) => {
            format!("{}  {place}", Message::new(MsgId::AssessedAs).arg_msg("level", level_word(*level)).render(lang))
        }
    };
    if let Some(note) = &entry.note {
        text += &format!("{BELOW}{}", term(note));
    }
    if !entry.evidence.is_empty() {
        text += &format!("{BELOW}{}", evidence(&entry.evidence, lang));
    }
    if !entry.tags.is_empty() {
        let tags: Vec<String> =
            entry.tags.iter().map(|(n, v)| format!("{}={}", term(n), term(&v.join(", ")))).collect();
        text += &format!("{BELOW}{}", Message::new(MsgId::TagsLine).arg("list", tags.join(" ; ")).render(lang));
    }
    text
}
