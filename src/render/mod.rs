//! Turns a status [`Report`] into text: a terminal table, CSV, JSON or Markdown,
//! chosen by one `match` on the format. Nothing here prints.

mod csv;
mod json;
mod markdown;
mod table;

use crate::i18n::{Lang, Message, MsgId};
use crate::model::{Level, Plan};
use crate::status::{Actual, Cell, Report, Status};

/// The output formats of `plan status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

/// How to render: the language, whether to colour, and the width to fit (tables only).
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    pub color: bool,
    pub width: usize,
}

/// Renders a report in `format`.
pub fn render(report: &Report, plan: &Plan, format: Format, options: Options) -> String {
    match format {
        Format::Table => table::render(report, plan, options),
        Format::Csv => csv::render(report, plan),
        Format::Json => json::render(report, plan),
        Format::Markdown => markdown::render(report, plan, options.lang),
    }
}

/// A status as tables show it, in the UI language.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    let id = match status {
        Status::Achieved => MsgId::StatusAchieved,
        Status::OnTrack => MsgId::StatusOnTrack,
        Status::Behind => MsgId::StatusBehind,
        Status::Missed => MsgId::StatusMissed,
        Status::Upcoming => MsgId::StatusUpcoming,
        Status::Tracked => MsgId::StatusTracked,
        Status::NotAssessed => MsgId::StatusNotAssessed,
        Status::NotApplicable => MsgId::StatusNotApplicable,
    };
    id.template(lang)
}

/// An assessment level in the UI language.
pub fn level_word(level: Level) -> MsgId {
    match level {
        Level::Achieved => MsgId::StatusAchieved,
        Level::OnTrack => MsgId::StatusOnTrack,
        Level::AtRisk => MsgId::LevelAtRisk,
        Level::NotAchieved => MsgId::StatusMissed,
    }
}

/// A one-column symbol for each status, the same in every language.
pub fn symbol(status: Status) -> &'static str {
    match status {
        Status::Achieved => "✓",
        Status::OnTrack => "↗",
        Status::Behind => "!",
        Status::Missed => "✗",
        Status::Upcoming => "…",
        Status::Tracked => "#",
        Status::NotAssessed => "?",
        Status::NotApplicable => "–",
    }
}

/// The measured value of a cell as shown in tables: `3/4`, `3`, a date, or nothing.
pub fn value_text(cell: &Cell) -> String {
    match (&cell.actual, cell.target) {
        (Some(Actual::Count(n)), Some(t)) => format!("{n}/{t}"),
        (Some(Actual::Count(n)), None) => n.to_string(),
        (Some(Actual::Done(date)), _) => date.format("%Y-%m-%d").to_string(),
        (Some(Actual::Level(_)), _) | (None, _) => String::new(),
    }
}

/// The text of a year cell: its value, its symbol, and its word when `with_words`.
pub fn cell_text(cell: &Cell, with_words: bool, lang: Lang) -> String {
    let value = value_text(cell);
    let mark = if with_words {
        format!("{} {}", symbol(cell.status), status_word(cell.status, lang))
    } else {
        symbol(cell.status).to_string()
    };
    if value.is_empty() { mark } else { format!("{value} {mark}") }
}

/// The value of a cell as data (CSV, JSON): a number, a date or a level name.
pub fn actual_data(actual: &Actual) -> String {
    match actual {
        Actual::Count(n) => n.to_string(),
        Actual::Done(date) => date.format("%Y-%m-%d").to_string(),
        Actual::Level(level) => level.name().to_string(),
    }
}

/// The report's title line: the plan's title and the as-of date.
pub fn title(report: &Report, plan: &Plan, lang: Lang) -> String {
    let title = Message::new(MsgId::StatusTitle).arg("title", &plan.meta.title).arg("date", report.as_of);
    crate::text::escape_controls(&title.render(lang)).into_owned()
}

/// The heading of an orientation in grouped tables: its id and short title.
pub fn orientation_heading(plan: &Plan, id: &str) -> String {
    let orientation = plan.orientations.iter().find(|o| o.id.value == id);
    let name = orientation.map(|o| o.short.as_deref().unwrap_or(&o.title)).unwrap_or_default();
    format!("{id}. {name}")
}
