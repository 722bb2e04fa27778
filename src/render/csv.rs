//! `plan status --format csv`: tidy data, one row per item (indicator or
//! group) and year, safe to open in a spreadsheet. A group's `actual` and
//! `target` are its indicators achieved or on track, and those with a verdict.
//! With `--by TAG`, each count indicator also has a row per value of the tag
//! and year, the value in a last column named after the tag.

use super::actual_data;
use super::escape::escape_controls;
use crate::report::{Group, Line, Report, Row};

const HEADER: [&str; 11] =
    ["level", "id", "orientation", "kind", "year", "status", "actual", "target", "text", "stale", "last_entry"];

pub fn render(report: &Report) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    header.extend(report.by.iter().map(|tag| neutralise(tag)));
    writer.write_record(&header).expect("writing to memory");
    let mut orientation = String::new();
    for line in &report.lines {
        let records = match line {
            Line::Group(group) => {
                if group.level == crate::report::GroupLevel::Orientation {
                    orientation = group.id.clone();
                }
                group_records(report, group, &orientation)
            }
            Line::Indicator(row) => indicator_records(report, row, &orientation),
        };
        for record in records {
            writer.write_record(&record).expect("writing to memory");
        }
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV of UTF-8 text is UTF-8")
}

/// A record, with an empty tag column when the report is broken down.
fn record(report: &Report, fields: [String; 11], tag_value: &str) -> Vec<String> {
    let mut record = fields.to_vec();
    if report.by.is_some() {
        record.push(neutralise(tag_value));
    }
    record
}

fn group_records(report: &Report, group: &Group, orientation: &str) -> Vec<Vec<String>> {
    let orientation = if group.level == crate::report::GroupLevel::Plan { "" } else { orientation };
    group
        .cells
        .iter()
        .zip(&report.years)
        .map(|(cell, year)| {
            let fields = [
                group.level.name().to_string(),
                neutralise(&group.id),
                neutralise(orientation),
                String::new(),
                year.label.clone(),
                cell.status.name().to_string(),
                cell.achieved_or_on_track.to_string(),
                cell.with_verdict.to_string(),
                neutralise(&group.title),
                String::new(),
                String::new(),
            ];
            record(report, fields, "")
        })
        .collect()
}

fn indicator_records(report: &Report, row: &Row, orientation: &str) -> Vec<Vec<String>> {
    let last_entry = row.last_entry.map(|d| d.to_string()).unwrap_or_default();
    let fields = |year: &str, status: &str, actual: String, target: String| {
        [
            "indicator".to_string(),
            neutralise(&row.id),
            neutralise(orientation),
            row.kind.to_string(),
            year.to_string(),
            status.to_string(),
            actual,
            target,
            neutralise(&row.text),
            row.stale.to_string(),
            last_entry.clone(),
        ]
    };
    let mut records: Vec<Vec<String>> = row
        .cells
        .iter()
        .zip(&report.years)
        .map(|(cell, year)| {
            let actual = cell.actual.as_ref().map(actual_data).unwrap_or_default();
            let target = cell.target.map(|t| t.to_string()).unwrap_or_default();
            record(report, fields(&year.label, cell.status.name(), actual, target), "")
        })
        .collect();
    for (value, counts) in &row.by {
        for (count, year) in counts.iter().zip(&report.years) {
            records.push(record(report, fields(&year.label, "", count.to_string(), String::new()), value));
        }
    }
    records
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
