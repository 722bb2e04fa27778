//! The terminal table of `plan status`: a row per group (orientation,
//! objective, action, with its roll-up) and per indicator, in plan order, one
//! column per year, then a count of each status per year.

use comfy_table::{Attribute, Cell, CellAlignment, Color, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::escape::escape_controls;
use super::{Options, STALE_MARK, cell_text, group_text, stale_legend, table_lines, title};
use crate::i18n::MsgId;
use crate::model::Lang;
use crate::report::{Actual, Group, GroupLevel, Line, Report, Row, Status};

/// The narrowest the text column gets before words give way to symbols.
const MIN_TEXT: usize = 24;

/// How much a year cell says: its value and status word, its value and
/// symbol, or (when even that is too wide) a count and symbol, a milestone's
/// symbol without its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    Words,
    Symbols,
    Bare,
}

pub fn render(report: &Report, options: Options) -> String {
    let fits = |fit: Fit| fixed_width(report, fit, options.lang) + MIN_TEXT <= options.width;
    let fit = [Fit::Words, Fit::Symbols].into_iter().find(|&f| fits(f)).unwrap_or(Fit::Bare);
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if options.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let text_width = text_width(report, fit, options);
    let texts = distinct_cuts(&table_lines(report).map(line_text).collect::<Vec<_>>(), text_width);
    let layout = Layout { fit, options };
    table.set_header(header(report, options.lang, false));
    let mut body = Vec::new();
    let mut summary_at = None;
    for (line, text) in table_lines(report).zip(texts) {
        match line {
            Line::Group(group) => {
                if group.level == GroupLevel::Plan {
                    summary_at = Some(body.len());
                }
                body.push(layout.group_row(group, text));
            }
            Line::Indicator(row) => {
                body.push(layout.indicator_row(row, text));
                body.extend(row.by.iter().map(|(value, counts)| layout.breakdown_row(value, counts, text_width)));
            }
        }
    }
    let summary_at = summary_at.unwrap_or(body.len());
    body.extend(summary(report, options));
    // A table taller than the terminal says its header again, so that the
    // years are in view wherever one scrolls; not inside the summary (the
    // plan's line and the counts), which gets one before it when it would.
    let every = options.height.filter(|&h| body.len() + HEADER_ROWS > h).map(|h| h.saturating_sub(3).max(MIN_PAGE));
    let summary_len = body.len() - summary_at;
    let mut since = 0;
    for (i, row) in body.into_iter().enumerate() {
        let before_summary = |every| i == summary_at && since + summary_len > every && summary_len <= every;
        if every.is_some_and(|every| i > 0 && (since == every || before_summary(every))) {
            table.add_row(header(report, options.lang, true));
            since = 0;
        }
        table.add_row(row);
        since += 1;
    }
    let legend = stale_legend(report, options.lang).map_or(String::new(), |l| wrap(&term(&l), options.width) + "\n");
    format!("{}\n{table}\n{legend}", wrap(&term(&title(report, options.lang)), options.width))
}

/// The lines on screen besides the table's rows: the title (often two
/// lines), the top border, the header, the rule under it, the bottom border,
/// the legend and the prompt that follows.
const HEADER_ROWS: usize = 8;

/// The fewest rows between two repeated headers, however short the terminal.
const MIN_PAGE: usize = 10;

/// The header row: on top, or again in the table when it is taller than the
/// terminal, so that the years are always in view.
fn header(report: &Report, lang: Lang, again: bool) -> Vec<Cell> {
    let bold = |cell: Cell| if again { cell.add_attribute(Attribute::Bold) } else { cell };
    let mut cells =
        vec![bold(Cell::new(MsgId::ColumnId.template(lang))), bold(Cell::new(MsgId::ColumnItem.template(lang)))];
    cells.extend(report.years.iter().map(|y| bold(Cell::new(&y.label).set_alignment(CellAlignment::Center))));
    cells
}

/// The text of a line, with the stale mark of an indicator that has one.
fn line_text(line: &Line) -> String {
    match line {
        Line::Group(g) => term(g.short.as_deref().unwrap_or(&g.title)),
        Line::Indicator(row) => {
            let text = term(row.short.as_deref().unwrap_or(&row.text));
            if row.stale { format!("{STALE_MARK} {text}") } else { text }
        }
    }
}

/// Each text cut to `width`, so that no two different texts read the same
/// once cut: when a cut one is the start of another, both show the word they
/// part at ("Un… en présence des membres" and "Un… avec les membres").
fn distinct_cuts(texts: &[String], width: usize) -> Vec<String> {
    let cuts: Vec<String> = texts.iter().map(|t| truncate(t, width)).collect();
    let bare: Vec<(&str, &str)> = texts.iter().map(|t| split_mark(t)).collect();
    let seen: Vec<&str> = cuts.iter().map(|c| split_mark(c).1.trim_end_matches('…')).collect();
    (0..texts.len())
        .map(|i| {
            let parts = (0..texts.len()).filter(|&j| {
                j != i && bare[j].1 != bare[i].1 && (seen[i].starts_with(seen[j]) || seen[j].starts_with(seen[i]))
            });
            match parts.map(|j| common_prefix(bare[i].1, bare[j].1)).max() {
                Some(common) if cuts[i].ends_with('…') => {
                    let (mark, text) = bare[i];
                    mark.to_string() + &from_the_difference(text, common, width.saturating_sub(mark.width()))
                }
                _ => cuts[i].clone(),
            }
        })
        .collect()
}

/// A text's stale mark (with its space), and the rest.
fn split_mark(text: &str) -> (&str, &str) {
    let mark = format!("{STALE_MARK} ");
    match text.strip_prefix(&mark) {
        Some(rest) => (&text[..mark.len()], rest),
        None => ("", text),
    }
}

/// How many bytes two texts share at their start, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices().zip(b.chars()).find(|((_, x), y)| x != y).map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// The text's first word, `…`, then the text from the word that holds byte
/// `at`, cut to `width`.
fn from_the_difference(text: &str, at: usize, width: usize) -> String {
    let start = text[..at].rfind(' ').map_or(0, |i| i + 1);
    let first = text.split(' ').next().unwrap_or_default();
    if start <= first.len() + 1 {
        return truncate(text, width);
    }
    truncate(&format!("{first}… {}", &text[start..]), width)
}

/// Text wrapped at spaces to `width` columns (a word longer than a line stays whole).
fn wrap(text: &str, width: usize) -> String {
    super::wrap::wrap_words(text, width, "").join("\n")
}

/// How rows are laid out: words or symbols in the year cells.
struct Layout {
    fit: Fit,
    options: Options,
}

impl Layout {
    fn group_row(&self, group: &Group, text: String) -> Vec<Cell> {
        let strong = matches!(group.level, GroupLevel::Plan | GroupLevel::Orientation);
        let style = |cell: Cell| if strong { cell.add_attribute(Attribute::Bold) } else { cell };
        let id = if group.level == GroupLevel::Plan { String::new() } else { term(&group.id) };
        let mut cells = vec![style(Cell::new(id)), style(Cell::new(text))];
        cells.extend(
            group
                .cells
                .iter()
                .map(|c| self.colored(style(Cell::new(group_shown(c, self.fit, self.options.lang))), c.status)),
        );
        cells
    }

    fn indicator_row(&self, row: &Row, text: String) -> Vec<Cell> {
        let mut cells = vec![Cell::new(term(&row.id)), Cell::new(text)];
        cells.extend(
            row.cells.iter().map(|c| self.colored(Cell::new(cell_shown(c, self.fit, self.options.lang)), c.status)),
        );
        cells
    }

    /// A sub-row of a count broken down by tag: the value, and its amount each year.
    fn breakdown_row(&self, value: &str, counts: &[u64], width: usize) -> Vec<Cell> {
        let text = truncate(&format!("  ↳ {}", term(value)), width);
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
fn text_width(report: &Report, fit: Fit, options: Options) -> usize {
    options.width.saturating_sub(fixed_width(report, fit, options.lang)).max(MIN_TEXT)
}

/// The columns taken by everything but the text: the id, the year cells
/// (measured in the UI language) and the borders.
fn fixed_width(report: &Report, fit: Fit, lang: Lang) -> usize {
    let ids = table_lines(report).map(|l| match l {
        Line::Group(g) => g.id.width(),
        Line::Indicator(r) => r.id.width(),
    });
    let id = ids.max().unwrap_or(2).max(2);
    let cells = table_lines(report).flat_map(|l| match l {
        Line::Group(g) => g.cells.iter().map(|c| group_shown(c, fit, lang).width()).collect::<Vec<_>>(),
        Line::Indicator(r) => r.cells.iter().map(|c| cell_shown(c, fit, lang).width()).collect(),
    });
    let year = cells.max().unwrap_or(0).max(7);
    id + 3 + report.years.len() * (year + 3) + 4
}

/// An indicator's year cell as `fit` allows.
fn cell_shown(cell: &crate::report::Cell, fit: Fit, lang: Lang) -> String {
    match (fit, &cell.actual) {
        (Fit::Bare, Some(Actual::Done(_))) => cell.status.symbol().to_string(),
        _ => cell_text(cell, fit == Fit::Words, lang),
    }
}

/// A group's year cell as `fit` allows.
fn group_shown(cell: &crate::report::GroupCell, fit: Fit, lang: Lang) -> String {
    group_text(cell, fit == Fit::Words, lang)
}

/// Cuts text to `width` terminal columns, ending with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    // The longest prefix that leaves a column for `…`, found by halving: a
    // prefix's width is measured whole (a sequence of characters may be
    // narrower or wider than its parts), in O(n log n) rather than a measure
    // per character of a growing prefix.
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).chain([text.len()]).collect();
    let fits = ends.partition_point(|&end| text[..end].width() < width);
    let out = &text[..fits.checked_sub(1).map_or(0, |i| ends[i])];
    out.trim_end().to_string() + "…"
}

/// The one escape of the terminal table.
fn term(text: &str) -> String {
    escape_controls(text).into_owned()
}

/// One row per status that occurs among the indicators, counting it in each
/// year: the table's legend too.
fn summary(report: &Report, options: Options) -> Vec<Vec<Cell>> {
    let rows = report.status_counts().into_iter().map(|(status, counts)| {
        let label = format!("{} {}", status.symbol(), status.word().template(options.lang));
        let mut cells = vec![Cell::new(""), Cell::new(label).set_alignment(CellAlignment::Right)];
        cells.extend(counts.iter().map(|n| Cell::new(n).set_alignment(CellAlignment::Center)));
        cells
    });
    rows.collect()
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
    use super::{distinct_cuts, truncate, wrap};
    use unicode_width::UnicodeWidthStr;

    /// The cut of `truncate`, measured one character at a time as it was.
    fn truncate_slowly(text: &str, width: usize) -> String {
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

    #[test]
    fn a_cut_keeps_the_longest_prefix_that_leaves_room_for_the_ellipsis() {
        let texts = ["Rencontre du comité directeur", "会议记录和行动计划", "a会b议c", "Été 2019 — ok", "", "x"];
        for text in texts {
            for width in 0..32 {
                assert_eq!(truncate(text, width), truncate_slowly(text, width), "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn texts_that_start_alike_show_where_they_part() {
        let texts = [
            "Un minimum de 4 rencontres par année a lieu en présence des membres du comité directeur.".to_string(),
            "◷ Un minimum de 4 rencontres par année a lieu avec les membres du COCO.".to_string(),
            "Une rencontre conjointe entre le comité directeur et le COCO est organisée par année.".to_string(),
        ];
        let cuts = distinct_cuts(&texts, 30);
        assert_eq!(cuts[0], "Un… en présence des membres d…");
        assert_eq!(cuts[1], "◷ Un… avec les membres du COC…");
        assert_eq!(cuts[2], "Une rencontre conjointe entre…", "a text unlike the others is cut at its end");
        assert!(cuts.iter().all(|c| c.width() <= 30), "{cuts:?}");
        let same = [
            "Même texte, assez long pour être coupé".to_string(),
            "Même texte, assez long pour être coupé".to_string(),
        ];
        assert_eq!(distinct_cuts(&same, 20)[0], truncate(&same[0], 20), "the same text twice is cut the same");
    }

    #[test]
    fn the_title_wraps_at_a_word() {
        let title = "Plan d’action 2017-2020 : Consortium en développement social de la Mauricie — état au 2019-06-30";
        let wrapped = wrap(title, 80);
        assert_eq!(
            wrapped,
            "Plan d’action 2017-2020 : Consortium en développement social de la Mauricie —\nétat au 2019-06-30"
        );
        assert!(wrapped.lines().all(|l| l.width() <= 80));
    }

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
