//! The terminal table of `plan status`: a row per group (orientation,
//! objective, action, with its roll-up) and per indicator, in plan order, one
//! column per year, then a count of each status per year.

use comfy_table::{Attribute, Cell, CellAlignment, Color, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::escape::escape_controls;
use super::{Options, STALE_MARK, cell_text, group_text, stale_legend, table_lines, title};
use crate::i18n::MsgId;
use crate::model::Lang;
use crate::report::{Group, GroupLevel, Line, Report, Row, Status};

/// The narrowest the text column gets before words give way to symbols.
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
    let layout = Layout { with_words, text_width: text_width(report, with_words, options), options };
    let mut header =
        vec![Cell::new(MsgId::ColumnId.template(options.lang)), Cell::new(MsgId::ColumnItem.template(options.lang))];
    header.extend(report.years.iter().map(|y| Cell::new(&y.label).set_alignment(CellAlignment::Center)));
    table.set_header(header);
    for line in table_lines(report) {
        match line {
            Line::Group(group) => {
                table.add_row(layout.group_row(group));
            }
            Line::Indicator(row) => {
                table.add_row(layout.indicator_row(row));
                for (value, counts) in &row.by {
                    table.add_row(layout.breakdown_row(value, counts));
                }
            }
        }
    }
    add_summary(&mut table, report, options);
    let legend = stale_legend(report, options.lang).map_or(String::new(), |l| term(&l) + "\n");
    format!("{}\n{table}\n{legend}", term(&title(report, options.lang)))
}

/// How rows are laid out: words or symbols in the year cells, and the width of the text.
struct Layout {
    with_words: bool,
    text_width: usize,
    options: Options,
}

impl Layout {
    fn group_row(&self, group: &Group) -> Vec<Cell> {
        let text = truncate(&term(group.short.as_deref().unwrap_or(&group.title)), self.text_width);
        let strong = matches!(group.level, GroupLevel::Plan | GroupLevel::Orientation);
        let style = |cell: Cell| if strong { cell.add_attribute(Attribute::Bold) } else { cell };
        let id = if group.level == GroupLevel::Plan { String::new() } else { term(&group.id) };
        let mut cells = vec![style(Cell::new(id)), style(Cell::new(text))];
        cells.extend(
            group
                .cells
                .iter()
                .map(|c| self.colored(style(Cell::new(group_text(c, self.with_words, self.options.lang))), c.status)),
        );
        cells
    }

    fn indicator_row(&self, row: &Row) -> Vec<Cell> {
        let text = row.short.as_deref().unwrap_or(&row.text);
        let text = if row.stale { format!("{STALE_MARK} {}", term(text)) } else { term(text) };
        let mut cells = vec![Cell::new(term(&row.id)), Cell::new(truncate(&text, self.text_width))];
        cells.extend(
            row.cells
                .iter()
                .map(|c| self.colored(Cell::new(cell_text(c, self.with_words, self.options.lang)), c.status)),
        );
        cells
    }

    /// A sub-row of a count broken down by tag: the value, and its amount each year.
    fn breakdown_row(&self, value: &str, counts: &[u64]) -> Vec<Cell> {
        let text = truncate(&format!("  ↳ {}", term(value)), self.text_width);
        let mut cells = vec![Cell::new(""), Cell::new(text)];
        cells.extend(counts.iter().map(|n| Cell::new(n).set_alignment(CellAlignment::Center)));
        cells
    }

    fn colored(&self, cell: Cell, status: Status) -> Cell {
        let cell = cell.set_alignment(CellAlignment::Center);
        if self.options.color { cell.fg(color(status)) } else { cell }
    }
}

/// The width left for the text column.
fn text_width(report: &Report, with_words: bool, options: Options) -> usize {
    options.width.saturating_sub(fixed_width(report, with_words, options.lang)).max(MIN_TEXT)
}

/// The columns taken by everything but the text: the id, the year cells
/// (measured in the UI language) and the borders.
fn fixed_width(report: &Report, with_words: bool, lang: Lang) -> usize {
    let ids = table_lines(report).map(|l| match l {
        Line::Group(g) => g.id.width(),
        Line::Indicator(r) => r.id.width(),
    });
    let id = ids.max().unwrap_or(2).max(2);
    let cells = table_lines(report).flat_map(|l| match l {
        Line::Group(g) => g.cells.iter().map(|c| group_text(c, with_words, lang).width()).collect::<Vec<_>>(),
        Line::Indicator(r) => r.cells.iter().map(|c| cell_text(c, with_words, lang).width()).collect(),
    });
    let year = cells.max().unwrap_or(0).max(7);
    id + 3 + report.years.len() * (year + 3) + 4
}

/// Cuts text to `width` terminal columns, ending with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
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

/// One row per status that occurs among the indicators, counting it in each
/// year: the table's legend too.
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
