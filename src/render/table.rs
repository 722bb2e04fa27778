//! The terminal table of `plan status`: grouped by orientation, one row per
//! indicator, one column per year, and a count of each status per year.

use comfy_table::{Attribute, Cell, CellAlignment, Color, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::escape::escape_controls;
use super::{Options, cell_text, section_heading, title};
use crate::i18n::MsgId;
use crate::model::Lang;
use crate::report::{Report, Row, Status};

/// The narrowest the indicator text column gets before words give way to symbols.
const MIN_TEXT: usize = 24;

pub fn render(report: &Report, options: Options) -> String {
    let with_words = fixed_width(report, true, options.lang) + MIN_TEXT <= options.width;
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if options.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let text_width = options.width.saturating_sub(fixed_width(report, with_words, options.lang)).max(MIN_TEXT);
    let mut header = vec![
        Cell::new(MsgId::ColumnId.template(options.lang)),
        Cell::new(MsgId::ColumnIndicator.template(options.lang)),
    ];
    header.extend(report.years.iter().map(|y| Cell::new(&y.label).set_alignment(CellAlignment::Center)));
    table.set_header(header);
    for section in &report.sections {
        let heading = section_heading(&section.id, &section.name);
        table.add_row(heading_row(&heading, report.years.len(), text_width));
        for row in &section.rows {
            table.add_row(indicator_row(row, with_words, text_width, options));
        }
    }
    add_summary(&mut table, report, options);
    format!("{}\n{table}\n", term(&title(report, options.lang)))
}

/// The columns taken by everything but the indicator text: the id, the year
/// cells (measured in the UI language) and the borders.
fn fixed_width(report: &Report, with_words: bool, lang: Lang) -> usize {
    let id = report.rows().map(|r| r.id.width()).max().unwrap_or(2).max(2);
    let cells = report.rows().flat_map(|r| &r.cells);
    let year = cells.map(|c| cell_text(c, with_words, lang).width()).max().unwrap_or(0).max(7);
    id + 3 + report.years.len() * (year + 3) + 4
}

/// Cuts text to `width` terminal columns, ending with `…` when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > width {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_string() + "…"
}

/// The one escape of the terminal table.
fn term(text: &str) -> String {
    escape_controls(text).into_owned()
}

fn heading_row(heading: &str, years: usize, width: usize) -> Vec<Cell> {
    let text = truncate(&term(heading), width);
    let mut cells = vec![Cell::new(""), Cell::new(text).add_attribute(Attribute::Bold)];
    cells.extend((0..years).map(|_| Cell::new("")));
    cells
}

fn indicator_row(row: &Row, with_words: bool, width: usize, options: Options) -> Vec<Cell> {
    let text = row.short.as_deref().unwrap_or(&row.text);
    let mut cells = vec![Cell::new(term(&row.id)), Cell::new(truncate(&term(text), width))];
    cells.extend(row.cells.iter().map(|c| {
        let cell = Cell::new(cell_text(c, with_words, options.lang)).set_alignment(CellAlignment::Center);
        if options.color { cell.fg(color(c.status)) } else { cell }
    }));
    cells
}

/// One row per status that occurs, counting it in each year: the table's legend too.
fn add_summary(table: &mut Table, report: &Report, options: Options) {
    for (status, counts) in report.status_counts() {
        let label = format!("{} {}", status.symbol(), status.word().template(options.lang));
        let mut cells = vec![Cell::new(""), Cell::new(label).set_alignment(CellAlignment::Right)];
        cells.extend(counts.iter().map(|n| Cell::new(n).set_alignment(CellAlignment::Center)));
        table.add_row(cells);
    }
}

fn color(status: Status) -> Color {
    match status {
        Status::Achieved => Color::Green,
        Status::OnTrack => Color::Cyan,
        Status::Behind => Color::Yellow,
        Status::Missed => Color::Red,
        Status::Tracked => Color::Blue,
        Status::NotAssessed => Color::Magenta,
        Status::Upcoming | Status::NotApplicable => Color::DarkGrey,
    }
}

#[cfg(test)]
mod tests {
    use super::truncate;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn truncation_counts_columns_not_bytes() {
        assert_eq!(truncate("Réunion régionale", 40), "Réunion régionale");
        let cut = truncate("Les partenaires s’entendent sur une vision partagée", 20);
        assert_eq!(cut.width(), 20);
        assert!(cut.ends_with('…'));
        // A decomposed accent takes no column of its own.
        assert_eq!(truncate("e\u{301}té", 3), "e\u{301}té");
    }
}
