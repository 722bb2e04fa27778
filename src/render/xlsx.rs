//! `plan status --format xlsx`: an Excel workbook, with headers and status
//! words in the UI language. The first sheet is the status table, a row per
//! group and indicator, each year as three columns (actual, target, status,
//! the status cell in its colour); the second lists the journal entries behind
//! it. Numbers are numbers and dates are dates. Text from files is always
//! written as text, never as a formula, with controls shown escaped.

use chrono::NaiveDate;
use rust_xlsxwriter::{Color, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::escape::escape_controls;
use super::locale::long_date;
use super::palette::colors;
use super::{group_value, level_word, topic_word};
use crate::i18n::{Message, MsgId};
use crate::model::Lang;
use crate::report::{Actual, EntryKind, EntryRow, Group, GroupLevel, Line, Report, Row, Status};

/// The rows an Excel sheet holds.
const SHEET_ROWS: usize = 1_048_576;
/// The characters (UTF-16 units) an Excel cell holds.
const CELL_CHARS: usize = 32_767;
/// The row of the status sheet's headers, under the title.
const HEADER_ROW: u32 = 2;

pub fn render(report: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&DocProperties::new().set_title(text(&report.title)).set_author("plan"));
    let styles = Styles::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(MsgId::SheetStatus.template(lang))?;
    status_sheet(sheet, report, lang, &styles)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(MsgId::SheetJournal.template(lang))?;
    journal_sheet(sheet, &report.entries, lang, &styles)?;
    workbook.save_to_buffer()
}

/// The formats the sheets use.
struct Styles {
    title: Format,
    header: Format,
    bold: Format,
    wrap: Format,
    date: Format,
}

impl Styles {
    fn new() -> Styles {
        let header = Format::new().set_bold().set_border_bottom(FormatBorder::Medium).set_text_wrap();
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header: header.set_align(FormatAlign::Top),
            bold: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date: Format::new().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Top),
        }
    }

    /// A status cell: its tint, and its symbol and word.
    fn status(status: Status) -> Format {
        let tint = u32::from_str_radix(&colors(status).1[1..], 16).unwrap_or(0xFFFFFF);
        Format::new().set_background_color(Color::RGB(tint)).set_align(FormatAlign::Top)
    }
}

/// Text from a file as a cell holds it: controls shown escaped, and cut, with
/// a mark, beyond what a cell can hold.
fn text(raw: &str) -> String {
    let safe = escape_controls(raw);
    if safe.encode_utf16().count() <= CELL_CHARS {
        return safe.into_owned();
    }
    let mark = MsgId::TextCut.template(Lang::En);
    let room = CELL_CHARS - mark.encode_utf16().count() - 1;
    let mut units = 0;
    let cut: String = safe
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= room
        })
        .collect();
    format!("{cut} {mark}")
}

fn status_sheet(sheet: &mut Worksheet, report: &Report, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    let title = Message::new(MsgId::StatusTitle).arg("title", &report.title).arg("date", long_date(report.as_of, lang));
    sheet.write_string_with_format(0, 0, text(&title.render(lang)), &s.title)?;
    let mut headers: Vec<String> =
        [MsgId::ColumnLevel, MsgId::ColumnId, MsgId::ColumnItem].iter().map(|m| m.template(lang).into()).collect();
    for year in &report.years {
        for id in [MsgId::ColumnYearActual, MsgId::ColumnYearTarget, MsgId::ColumnYearStatus] {
            headers.push(Message::new(id).arg("year", &year.label).render(lang));
        }
    }
    headers.extend([MsgId::ColumnStale, MsgId::ColumnLastEntry].iter().map(|m| m.template(lang).to_string()));
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, col as u16, header, &s.header)?;
    }
    let mut row = HEADER_ROW + 1;
    for line in &report.lines {
        match line {
            Line::Group(g) => group_row(sheet, row, g, lang, s)?,
            Line::Indicator(r) => row = indicator_rows(sheet, row, r, report, lang, s)?,
        }
        row += 1;
    }
    widths(sheet, report.years.len())?;
    let last_col = headers.len() as u16 - 1;
    sheet.set_freeze_panes(HEADER_ROW + 1, 3)?;
    sheet.autofilter(HEADER_ROW, 0, row.saturating_sub(1).max(HEADER_ROW), last_col)?;
    Ok(())
}

fn widths(sheet: &mut Worksheet, years: usize) -> Result<(), XlsxError> {
    sheet.set_column_width(0, 12)?;
    sheet.set_column_width(1, 9)?;
    sheet.set_column_width(2, 60)?;
    for y in 0..years as u16 {
        sheet.set_column_width(3 + y * 3, 10)?;
        sheet.set_column_width(4 + y * 3, 8)?;
        sheet.set_column_width(5 + y * 3, 16)?;
    }
    sheet.set_column_width(3 + years as u16 * 3, 12)?;
    sheet.set_column_width(4 + years as u16 * 3, 12)?;
    Ok(())
}

fn level_word_of(level: GroupLevel) -> MsgId {
    match level {
        GroupLevel::Plan => MsgId::TierPlan,
        GroupLevel::Orientation => MsgId::TierOrientation,
        GroupLevel::Objective => MsgId::TierObjective,
        GroupLevel::Action => MsgId::TierAction,
    }
}

/// A status word as a cell shows it: `✓ atteint`.
fn status_word(status: Status, word: MsgId, lang: Lang) -> String {
    format!("{} {}", status.symbol(), word.template(lang))
}

fn group_row(sheet: &mut Worksheet, row: u32, g: &Group, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, level_word_of(g.level).template(lang), &s.bold)?;
    sheet.write_string_with_format(row, 1, text(&g.id), &s.bold)?;
    sheet.write_string_with_format(row, 2, text(&g.title), &s.bold)?;
    for (i, cell) in g.cells.iter().enumerate() {
        let col = 3 + i as u16 * 3;
        sheet.write_string_with_format(row, col, group_value(cell), &s.bold)?;
        let word = status_word(cell.status, cell.status.word(), lang);
        sheet.write_string_with_format(row, col + 2, word, &Styles::status(cell.status))?;
    }
    Ok(())
}

/// An indicator's row, and under it a row per value of `--by`'s tag; returns
/// the last row written.
fn indicator_rows(
    sheet: &mut Worksheet,
    row: u32,
    r: &Row,
    report: &Report,
    lang: Lang,
    s: &Styles,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, MsgId::TierIndicator.template(lang), &s.wrap)?;
    sheet.write_string_with_format(row, 1, text(&r.id), &s.wrap)?;
    sheet.write_string_with_format(row, 2, text(&r.text), &s.wrap)?;
    for (i, cell) in r.cells.iter().enumerate() {
        let col = 3 + i as u16 * 3;
        match &cell.actual {
            Some(Actual::Count(n)) => {
                sheet.write_number(row, col, *n as f64)?;
            }
            Some(Actual::Done(date)) => write_date(sheet, row, col, *date, s)?,
            Some(Actual::Level(level)) => put(sheet, row, col, level_word(*level).template(lang))?,
            None => {}
        }
        if let Some(target) = cell.target {
            sheet.write_number(row, col + 1, f64::from(target))?;
        }
        let word = status_word(cell.status, cell.word(), lang);
        sheet.write_string_with_format(row, col + 2, word, &Styles::status(cell.status))?;
    }
    let after = 3 + report.years.len() as u16 * 3;
    if r.stale {
        sheet.write_string(row, after, super::STALE_MARK)?;
    }
    if let Some(date) = r.last_entry {
        write_date(sheet, row, after + 1, date, s)?;
    }
    let mut last = row;
    for (value, counts) in &r.by {
        last += 1;
        sheet.write_string(last, 0, text(report.by.as_deref().unwrap_or_default()))?;
        sheet.write_string(last, 1, text(&r.id))?;
        sheet.write_string(last, 2, format!("↳ {}", text(value)))?;
        for (i, n) in counts.iter().enumerate() {
            sheet.write_number(last, 3 + i as u16 * 3, *n as f64)?;
        }
    }
    Ok(last)
}

const JOURNAL_COLUMNS: [(MsgId, f64); 12] = [
    (MsgId::ColumnDate, 11.0),
    (MsgId::ColumnYear, 8.0),
    (MsgId::ColumnKind, 11.0),
    (MsgId::ColumnIds, 12.0),
    (MsgId::ColumnText, 50.0),
    (MsgId::ColumnAmount, 8.0),
    (MsgId::ColumnTopic, 16.0),
    (MsgId::ColumnNote, 40.0),
    (MsgId::ColumnTags, 24.0),
    (MsgId::ColumnEvidence, 28.0),
    (MsgId::ColumnFile, 24.0),
    (MsgId::ColumnLine, 7.0),
];

fn journal_sheet(sheet: &mut Worksheet, entries: &[EntryRow], lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    for (col, (id, width)) in JOURNAL_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, id.template(lang), &s.header)?;
        sheet.set_column_width(col as u16, *width)?;
    }
    let room = SHEET_ROWS - 2;
    for (i, entry) in entries.iter().take(room).enumerate() {
        entry_row(sheet, i as u32 + 1, entry, lang, s)?;
    }
    if entries.len() > room {
        let more = Message::new(MsgId::SheetTruncated).arg("n", entries.len() - room).render(lang);
        sheet.write_string(SHEET_ROWS as u32 - 1, 0, more)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, entries.len().clamp(1, room) as u32, JOURNAL_COLUMNS.len() as u16 - 1)?;
    Ok(())
}

fn entry_row(sheet: &mut Worksheet, row: u32, e: &EntryRow, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    write_date(sheet, row, 0, e.date, s)?;
    put(sheet, row, 1, &e.year)?;
    let (kind, title, topic) = match &e.what {
        EntryKind::Activity { title, amount } => {
            sheet.write_number(row, 5, f64::from(*amount))?;
            (MsgId::KindActivity, title.as_str(), String::new())
        }
        EntryKind::Assessment(level) => (MsgId::KindAssessment, "", level_word(*level).template(lang).to_string()),
        EntryKind::Narrative { topic, text } => {
            (MsgId::KindNarrative, text.as_str(), topic_word(*topic).template(lang).into())
        }
    };
    sheet.write_string(row, 2, kind.template(lang))?;
    put(sheet, row, 3, &e.ids.join(", "))?;
    put(sheet, row, 4, title)?;
    put(sheet, row, 6, &topic)?;
    put(sheet, row, 7, e.note.as_deref().unwrap_or_default())?;
    let tags: Vec<String> = e.tags.iter().map(|(name, values)| format!("{name}={}", values.join(", "))).collect();
    put(sheet, row, 8, &tags.join(" ; "))?;
    put(sheet, row, 9, &e.evidence.join(", "))?;
    put(sheet, row, 10, &e.file)?;
    sheet.write_number(row, 11, e.line as f64)?;
    Ok(())
}

/// Text from a file in a cell, as text; an empty text leaves the cell empty.
fn put(sheet: &mut Worksheet, row: u32, col: u16, raw: &str) -> Result<(), XlsxError> {
    if !raw.is_empty() {
        sheet.write_string(row, col, text(raw))?;
    }
    Ok(())
}

fn write_date(sheet: &mut Worksheet, row: u32, col: u16, date: NaiveDate, s: &Styles) -> Result<(), XlsxError> {
    sheet.write_date_with_format(row, col, date, &s.date).map(|_| ())
}
