//! What `plan show ID` prints: the item's place in the plan, the status table
//! of its indicators, then each indicator with how it is measured and its
//! journal entries, each with its `file:line`.

use super::escape::escape_controls;
use super::{Options, level_word, table};
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Tier};
use crate::report::{EntryLine, IndicatorDetail, ItemReport, Measure, What};

/// The whole text of `show`, for the terminal.
pub fn show(item: &ItemReport, options: Options) -> String {
    let lang = options.lang;
    let mut out = String::new();
    for heading in &item.trail {
        let head = match heading.tier {
            Tier::Orientation => MsgId::HeadOrientation,
            Tier::Objective => MsgId::HeadObjective,
            Tier::Action | Tier::Indicator => MsgId::HeadAction,
        };
        out += &line(Message::new(head).arg("id", &heading.id), &heading.title, lang);
    }
    out += "\n";
    out += &table::render(&item.status, options);
    for indicator in &item.indicators {
        out += "\n";
        out += &indicator_section(indicator, lang);
    }
    out
}

/// The one escape of `show`: text from files, made safe for the terminal.
fn term(text: &str) -> String {
    escape_controls(text).into_owned()
}

/// `Head — text`, one line.
fn line(head: Message, text: &str, lang: Lang) -> String {
    format!("{} — {}\n", term(&head.render(lang)), term(text))
}

/// An indicator: its text, how it is measured, and its entries with their places.
fn indicator_section(ind: &IndicatorDetail, lang: Lang) -> String {
    let mut out = line(Message::new(MsgId::HeadIndicator).arg("id", &ind.id), &ind.text, lang);
    out += &format!("  {}\n", describe(ind, lang));
    if ind.entries.is_empty() {
        out += &format!("  {}\n", MsgId::NoEntries.template(lang));
        return out;
    }
    out += &format!("  {}\n", Message::new(MsgId::EntriesHeading).arg("n", ind.entries.len()).render(lang));
    for entry in &ind.entries {
        out += &format!("    {}  {}\n", entry.date, entry_text(entry, lang));
    }
    out
}

/// An entry after its date: what it says, where it is, and its note below.
fn entry_text(entry: &EntryLine, lang: Lang) -> String {
    let place = format!("{}:{}", term(&entry.file), entry.line);
    let text = match &entry.what {
        What::Activity { title, amount } => {
            let amount = if *amount == 1 { String::new() } else { format!("  ×{amount}") };
            format!("{}{amount}  {place}", term(title))
        }
        What::Assessment(level) => {
            format!("{}  {place}", Message::new(MsgId::AssessedAs).arg_msg("level", level_word(*level)).render(lang))
        }
    };
    match &entry.note {
        Some(note) => format!("{text}\n                {}", term(note)),
        None => text,
    }
}

/// How an indicator is measured, and in which years, in words.
fn describe(ind: &IndicatorDetail, lang: Lang) -> String {
    let measure = match &ind.measure {
        Measure::Yearly(n) => Message::new(MsgId::TargetYearly).arg("n", n),
        Measure::Total(n) => Message::new(MsgId::TargetTotal).arg("n", n),
        Measure::Tracked => Message::new(MsgId::TargetNone),
        Measure::PerYear(targets) => {
            let list: Vec<String> = targets.iter().map(|(year, n)| format!("{year} = {n}")).collect();
            Message::new(MsgId::TargetPerYear).arg("list", list.join(", "))
        }
        Measure::Milestone { due } => Message::new(MsgId::MilestoneDue).arg("year", due),
        Measure::Assessment => Message::new(MsgId::AssessmentKind),
    };
    let mut parts = vec![measure.render(lang)];
    if let Some(unit) = &ind.unit {
        parts.push(term(&Message::new(MsgId::UnitIs).arg("unit", unit).render(lang)));
    }
    parts.push(Message::new(MsgId::InYears).arg("list", ind.years.join(", ")).render(lang));
    parts.join(if lang == Lang::Fr { " ; " } else { "; " })
}
