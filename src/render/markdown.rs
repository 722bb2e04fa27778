//! `plan status --format markdown`: a table that pastes into minutes.

use super::escape::escape_controls;
use super::{cell_text, section_heading, title};
use crate::i18n::MsgId;
use crate::model::Lang;
use crate::report::Report;

pub fn render(report: &Report, lang: Lang) -> String {
    let mut out = format!("## {}\n\n", cell(&title(report, lang)));
    let years: Vec<&str> = report.years.iter().map(|y| y.label.as_str()).collect();
    out += &format!(
        "| {} | {} | {} |\n",
        MsgId::ColumnId.template(lang),
        MsgId::ColumnIndicator.template(lang),
        years.join(" | ")
    );
    out += &format!("|---|---|{}\n", ":---:|".repeat(years.len()));
    let blanks = " |".repeat(years.len());
    for section in &report.sections {
        out += &format!("| | **{}** |{blanks}\n", cell(&section_heading(&section.id, &section.name)));
        for row in &section.rows {
            let cells: Vec<String> = row.cells.iter().map(|c| cell_text(c, true, lang)).collect();
            out += &format!("| {} | {} | {} |\n", cell(&row.id), cell(&row.text), cells.join(" | "));
        }
    }
    for (status, counts) in report.status_counts() {
        let counts: Vec<String> = counts.iter().map(usize::to_string).collect();
        let word = status.word().template(lang);
        out += &format!("| | *{} {word}* | {} |\n", status.symbol(), counts.join(" | "));
    }
    out
}

/// The one escape of Markdown: a table cell that a Markdown viewer shows as
/// the very text it was, never as emphasis, code, a link, HTML, an entity or
/// math. Controls are escaped first, then every character Markdown gives a
/// meaning to inside a cell gets a backslash.
fn cell(text: &str) -> String {
    let text = escape_controls(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&' | '|' | '~' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
