//! `plan status --format csv`: tidy data, one row per indicator and year,
//! safe to open in a spreadsheet.

use super::actual_data;
use super::escape::escape_controls;
use crate::report::Report;

const HEADER: [&str; 8] = ["indicator", "orientation", "kind", "year", "status", "actual", "target", "text"];

pub fn render(report: &Report) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).expect("writing to memory");
    for section in &report.sections {
        for row in &section.rows {
            for (cell, year) in row.cells.iter().zip(&report.years) {
                let record = [
                    neutralise(&row.id),
                    neutralise(&section.id),
                    row.kind.to_string(),
                    year.label.clone(),
                    cell.status.name().to_string(),
                    cell.actual.as_ref().map(actual_data).unwrap_or_default(),
                    cell.target.map(|t| t.to_string()).unwrap_or_default(),
                    neutralise(&row.text),
                ];
                writer.write_record(&record).expect("writing to memory");
            }
        }
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV of UTF-8 text is UTF-8")
}

/// The one escape of CSV: makes file text safe in a spreadsheet and a terminal.
/// Control characters are shown escaped, and a cell that a spreadsheet would
/// read as a formula gets a leading apostrophe.
fn neutralise(text: &str) -> String {
    let text = escape_controls(text);
    match text.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ => text.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Réunion"), "Réunion");
        assert_eq!(neutralise("\tx"), "\\tx");
        assert_eq!(neutralise("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(neutralise(""), "");
    }
}
