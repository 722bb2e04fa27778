//! `plan status --format markdown`: a table that pastes into minutes, a row per
//! group (with its roll-up) and per indicator, with words in every cell.

use super::escape::markdown_text;
use super::{STALE_MARK, cell_text, group_text, stale_legend, table_lines, title};
use crate::i18n::MsgId;
use crate::model::Lang;
use crate::report::{GroupLevel, Line, Report};

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = format!("## {}\n\n", cell(&title(report, lang)));
    let years: Vec<&str> = report.years.iter().map(|y| y.label.as_str()).collect();
    out += &format!(
        "| {} | {} | {} |\n",
        MsgId::ColumnId.template(lang),
        MsgId::ColumnItem.template(lang),
        years.join(" | ")
    );
    out += &format!("|---|---|{}\n", ":---:|".repeat(years.len()));
    for line in table_lines(report) {
        out += &line_row(line, lang);
    }
    for (status, counts) in report.status_counts() {
        let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
        let word = status.word().template(lang);
        out += &format!("| | *{} {word}* | {} |\n", status.symbol(), counts.join(" | "));
    }
    if let Some(legend) = stale_legend(report, lang) {
        out += &format!("\n{}\n", cell(&legend));
    }
    out
}

/// A group in bold (orientations and the plan) or plain, or an indicator and
/// the rows of its breakdown.
fn line_row(line: &Line, lang: Lang) -> String {
    match line {
        Line::Group(g) => {
            let cells: Vec<String> = g.cells.iter().map(|c| group_text(c, true, lang)).collect();
            let strong = matches!(g.level, GroupLevel::Plan | GroupLevel::Orientation);
            let bold = |text: String| if strong && !text.is_empty() { format!("**{text}**") } else { text };
            let id = if g.level == GroupLevel::Plan { String::new() } else { cell(&g.id) };
            let title = g.short.as_deref().unwrap_or(&g.title);
            format!("| {}| {} | {} |\n", with_space(bold(id)), bold(cell(title)), cells.join(" | "))
        }
        Line::Indicator(row) => {
            let cells: Vec<String> = row.cells.iter().map(|c| cell_text(c, true, lang)).collect();
            let mark = if row.stale { format!("{STALE_MARK} ") } else { String::new() };
            let mut out = format!("| {} | {mark}{} | {} |\n", cell(&row.id), cell(&row.text), cells.join(" | "));
            for (value, counts) in &row.by {
                let counts: Vec<String> = counts.iter().map(u64::to_string).collect();
                out += &format!("| | ↳ {} | {} |\n", cell(value), counts.join(" | "));
            }
            out
        }
    }
}

/// A cell's text and the space before the next bar, or none when it is empty: `| |`.
fn with_space(text: String) -> String {
    if text.is_empty() { text } else { text + " " }
}

/// The one escape of Markdown, for a table cell.
fn cell(text: &str) -> String {
    markdown_text(text)
}
