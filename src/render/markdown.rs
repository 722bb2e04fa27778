//! `plan status --format markdown`: a table that pastes into minutes.

use super::{cell_text, orientation_heading, status_word, symbol, title};
use crate::i18n::{Lang, MsgId};
use crate::model::Plan;
use crate::status::Report;
use crate::text::escape_controls;

pub fn render(report: &Report, plan: &Plan, lang: Lang) -> String {
    let mut out = format!("## {}\n\n", cell(&title(report, plan, lang)));
    let years: Vec<String> = report.years.iter().map(|&y| plan.meta.year_label(y)).collect();
    out += &format!(
        "| {} | {} | {} |\n",
        MsgId::ColumnId.template(lang),
        MsgId::ColumnIndicator.template(lang),
        years.join(" | ")
    );
    out += &format!("|---|---|{}\n", ":---:|".repeat(years.len()));
    let blanks = " |".repeat(years.len());
    let mut current = None;
    for row in &report.rows {
        if current != Some(&row.orientation) {
            current = Some(&row.orientation);
            out += &format!("| | **{}** |{blanks}\n", cell(&orientation_heading(plan, &row.orientation)));
        }
        let cells: Vec<String> = row.cells.iter().map(|c| cell_text(c, true, lang)).collect();
        out += &format!("| {} | {} | {} |\n", cell(&row.id), cell(&row.text), cells.join(" | "));
    }
    for (status, counts) in report.status_counts() {
        let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
        out += &format!("| | *{} {}* | {} |\n", symbol(status), status_word(status, lang), counts.join(" | "));
    }
    out
}

/// Text made safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    escape_controls(text).replace('|', "\\|").replace('*', "\\*").replace('_', "\\_")
}
