//! `plan status --format html`: the status table as one small HTML document
//! whose every style is inline, so that it keeps its colours and borders when
//! pasted into Word or LibreOffice, and opens in any browser. A row per group
//! and indicator, like the terminal table, with words in every cell.

use minijinja::value::{Serde, Value};
use serde::Serialize;

use super::locale::long_date;
use super::palette::colors;
use super::template::{self, Escape, TemplateError};
use super::{STALE_MARK, group_value, stale_legend, table_lines, value_text};
use crate::i18n::{Message, MsgId};
use crate::model::Lang;
use crate::report::{GroupLevel, Line, Report, Status};

#[derive(Serialize)]
struct View {
    lang: &'static str,
    title: String,
    col_id: &'static str,
    col_item: &'static str,
    years: Vec<String>,
    lines: Vec<LineView>,
    summary: Vec<SummaryRow>,
    legend: Option<String>,
    stale_mark: &'static str,
    /// The share of the table's width of each year's column, in percent: Word
    /// and LibreOffice size a pasted table by the widths it gives.
    year_width: usize,
}

#[derive(Serialize)]
struct LineView {
    /// `group`, `indicator` or `by` (a row of a breakdown).
    kind: &'static str,
    /// Orientations and the plan stand out.
    strong: bool,
    id: String,
    text: String,
    stale: bool,
    cells: Vec<CellView>,
}

#[derive(Serialize)]
struct CellView {
    value: String,
    symbol: &'static str,
    word: &'static str,
    color: &'static str,
    tint: &'static str,
}

#[derive(Serialize)]
struct SummaryRow {
    symbol: &'static str,
    word: &'static str,
    color: &'static str,
    counts: Vec<usize>,
}

/// Renders the status report as an HTML document.
pub fn render(report: &Report, lang: Lang) -> Result<String, TemplateError> {
    template::render("status.html", None, Escape::Html, lang, Value::from(Serde(view(report, lang))))
}

fn view(report: &Report, lang: Lang) -> View {
    let title = Message::new(MsgId::StatusTitle).arg("title", &report.title).arg("date", long_date(report.as_of, lang));
    View {
        lang: lang.code(),
        title: title.render(lang),
        col_id: MsgId::ColumnId.template(lang),
        col_item: MsgId::ColumnItem.template(lang),
        years: report.years.iter().map(|y| y.label.clone()).collect(),
        lines: table_lines(report).flat_map(|l| lines(l, lang)).collect(),
        summary: report
            .status_counts()
            .into_iter()
            .map(|(status, counts)| SummaryRow {
                symbol: status.symbol(),
                word: status.word().template(lang),
                color: colors(status).0,
                counts,
            })
            .collect(),
        legend: stale_legend(report, lang),
        stale_mark: STALE_MARK,
        year_width: 56 / report.years.len().max(1),
    }
}

fn cell(value: String, status: Status, word: MsgId, lang: Lang) -> CellView {
    let (color, tint) = colors(status);
    CellView { value, symbol: status.symbol(), word: word.template(lang), color, tint }
}

/// A group's row, or an indicator's and those of its breakdown.
fn lines(line: &Line, lang: Lang) -> Vec<LineView> {
    match line {
        Line::Group(g) => vec![LineView {
            kind: "group",
            strong: matches!(g.level, GroupLevel::Plan | GroupLevel::Orientation),
            id: if g.level == GroupLevel::Plan { String::new() } else { g.id.clone() },
            text: g.short.clone().unwrap_or_else(|| g.title.clone()),
            stale: false,
            cells: g.cells.iter().map(|c| cell(group_value(c), c.status, c.status.word(), lang)).collect(),
        }],
        Line::Indicator(row) => {
            let mut out = vec![LineView {
                kind: "indicator",
                strong: false,
                id: row.id.clone(),
                text: row.text.clone(),
                stale: row.stale,
                cells: row.cells.iter().map(|c| cell(value_text(c), c.status, c.word(), lang)).collect(),
            }];
            out.extend(row.by.iter().map(|(value, counts)| {
                LineView {
                    kind: "by",
                    strong: false,
                    id: String::new(),
                    text: format!("↳ {value}"),
                    stale: false,
                    cells: counts
                        .iter()
                        .map(|n| CellView { value: n.to_string(), symbol: "", word: "", color: "", tint: "#ffffff" })
                        .collect(),
                }
            }));
            out
        }
    }
}
