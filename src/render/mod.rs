//! Reports into text: the status report as a terminal table, CSV, JSON or
//! Markdown (one `match` on the format), what `show` says, `check`'s summary,
//! and diagnostics. Renderers take raw text from the report and escape it once,
//! each for its own format. Nothing here prints.

mod bilan;
mod chart;
mod check;
mod csv;
mod diagnostics;
mod diff;
mod escape;
mod explain;
mod html;
mod json;
mod locale;
mod markdown;
mod palette;
mod show;
mod show_json;
mod table;
mod template;
mod words;
mod wrap;
mod xlsx;

pub use bilan::{BilanFormat, BilanOptions, Paper, Since, bilan};
pub use check::{check_json, check_summary};
pub use diagnostics::{TextStyle, render_github, render_human, to_json};
pub use diff::{DiffFormat, Moment, diff};
pub use escape::{escape_controls, json_safe};
pub use show::show;
pub use show_json::show_json;
pub use table::truncate;
pub use template::TemplateError;
pub use wrap::{wrap_prose, wrap_words};

use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Level, Topic};
use crate::report::{Actual, Cell, GroupCell, GroupLevel, Line, Report, Status};

/// The output formats of `plan status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
    Html,
    /// An Excel workbook: binary, never for a terminal.
    Xlsx,
}

/// What a renderer made: text, or the bytes of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rendered {
    Text(String),
    Binary(Vec<u8>),
}

/// A renderer that failed: a fault of `plan`, not of the plan, described in English.
#[derive(Debug)]
pub struct RenderError(pub String);

/// How to render: the language, whether to colour, and the width to fit
/// (tables only); on a terminal, its height, so that a taller table repeats
/// its header.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub lang: Lang,
    pub color: bool,
    pub width: usize,
    pub height: Option<usize>,
}

/// Renders a status report in `format`. Only a fault of `plan` itself makes it fail.
pub fn render(report: &Report, format: Format, options: Options) -> Result<Rendered, RenderError> {
    let text = match format {
        Format::Table => table::render(report, options),
        Format::Csv => csv::render(report),
        Format::Json => json::render(report),
        Format::Markdown => markdown::render(report, options.lang),
        Format::Html => html::render(report, options.lang).map_err(|e| RenderError(format!("{e:?}")))?,
        Format::Xlsx => {
            let bytes = xlsx::render(report, options.lang).map_err(|e| RenderError(e.to_string()))?;
            return Ok(Rendered::Binary(bytes));
        }
    };
    Ok(Rendered::Text(text))
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

/// A narrative's topic in the UI language.
pub fn topic_word(topic: Topic) -> MsgId {
    match topic {
        Topic::Highlights => MsgId::TopicHighlights,
        Topic::Challenges => MsgId::TopicChallenges,
        Topic::NextSteps => MsgId::TopicNextSteps,
        Topic::Explanation => MsgId::TopicExplanation,
    }
}

/// The measured value of a cell as shown in tables: `3/4`, `3`, a date, or nothing.
fn value_text(cell: &Cell) -> String {
    match (&cell.actual, cell.target) {
        (Some(Actual::Count(n)), Some(t)) => format!("{n}/{t}"),
        (Some(Actual::Count(n)), None) => n.to_string(),
        (Some(Actual::Done(date)), _) => date.format("%Y-%m-%d").to_string(),
        (Some(Actual::Level(_)), _) | (None, _) => String::new(),
    }
}

/// The value of a rolled-up cell: achieved or on track, out of those with a
/// verdict (`3/5`), or nothing when none has a verdict.
fn group_value(cell: &GroupCell) -> String {
    if cell.with_verdict == 0 { String::new() } else { format!("{}/{}", cell.achieved_or_on_track, cell.with_verdict) }
}

/// A value, the status's symbol, and its word when `with_words`.
fn status_text(value: &str, status: Status, word: MsgId, with_words: bool, lang: Lang) -> String {
    let mark =
        if with_words { format!("{} {}", status.symbol(), word.template(lang)) } else { status.symbol().to_string() };
    if value.is_empty() { mark } else { format!("{value} {mark}") }
}

/// The text of an indicator's year cell.
fn cell_text(cell: &Cell, with_words: bool, lang: Lang) -> String {
    status_text(&value_text(cell), cell.status, cell.word(), with_words, lang)
}

/// The text of a group's year cell.
fn group_text(cell: &GroupCell, with_words: bool, lang: Lang) -> String {
    status_text(&group_value(cell), cell.status, cell.status.word(), with_words, lang)
}

/// The value of a cell as data (CSV, JSON): a number, a date or a level name.
fn actual_data(actual: &Actual) -> String {
    match actual {
        Actual::Count(n) => n.to_string(),
        Actual::Done(date) => date.format("%Y-%m-%d").to_string(),
        Actual::Level(level) => level.name().to_string(),
    }
}

/// The report's title line, raw: the plan's title and the as-of date.
fn title(report: &Report, lang: Lang) -> String {
    Message::new(MsgId::StatusTitle).arg("title", &report.title).arg("date", report.as_of).render(lang)
}

/// The lines a table for people shows: all but the row of an action that
/// holds a single indicator, when that indicator's row is shown (it would say
/// the same thing twice).
fn table_lines(report: &Report) -> impl Iterator<Item = &Line> {
    report.lines.iter().filter(|line| match line {
        Line::Group(g) => !(report.shows_indicators && g.level == GroupLevel::Action && g.indicators == 1),
        Line::Indicator(_) => true,
    })
}

/// The mark of a stale indicator, one column wide.
const STALE_MARK: &str = "◷";

/// The legend of the stale mark, when some row has it.
fn stale_legend(report: &Report, lang: Lang) -> Option<String> {
    report.rows().any(|r| r.stale).then(|| {
        Message::new(MsgId::StaleLegend).arg("mark", STALE_MARK).arg("days", report.stale_after_days).render(lang)
    })
}
