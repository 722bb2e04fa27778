//! Charts as SVG, written by hand: a bar per year of actual against target,
//! with the target as a dashed line; a line for a total counted since the plan
//! began; and a bar of statuses for a summary. Each is sized by its `viewBox`
//! only, so that it scales to its column and print never cuts it, and has a
//! text alternative in its `<title>`. Every colour comes with a symbol or a
//! number, so nothing is said by colour alone.

use std::fmt::Write as _;

use super::escape::html_text;
use super::locale::number;
use super::palette::{colors, ink_on};
use crate::model::Lang;
use crate::report::Status;

/// One year of an indicator's chart.
#[derive(Clone, Debug)]
pub struct Point {
    pub label: String,
    /// The count, or none in a year not begun or not applicable.
    pub actual: Option<u64>,
    pub target: Option<u32>,
    pub status: Status,
    /// The year of the bilan: its label is bold.
    pub focus: bool,
}

const LEFT: f64 = 34.0;
const SLOT: f64 = 60.0;
const TOP: f64 = 18.0;
const PLOT: f64 = 90.0;
const HEIGHT: f64 = TOP + PLOT + 24.0;
const INK: &str = "#1f2933";
/// How much larger than its viewBox a chart may be drawn, at most: text in it
/// then reads at about the size of the text around it.
const SCALE: f64 = 1.15;
const FONT: &str = "font-family=\"inherit\" font-size=\"11\"";

/// The top of the scale: the smallest 1, 2 or 5 × 10ⁿ at or above `max`.
fn scale(max: u64) -> u64 {
    let mut unit = 1u64;
    loop {
        for step in [1, 2, 5] {
            let top = unit.saturating_mul(step);
            if top >= max || top == u64::MAX {
                return top;
            }
        }
        unit = unit.saturating_mul(10);
    }
}

/// A coordinate to the hundredth: finer than print shows, and short to write.
fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The height on the plot of a value, from the plot's bottom.
fn y_of(value: u64, top: u64) -> f64 {
    round(TOP + PLOT - value as f64 / top as f64 * PLOT)
}

/// The opening of a chart: its box, its text alternative, the scale and the baseline.
fn open(width: f64, alt: &str, top: u64, lang: Lang) -> String {
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {width} {HEIGHT}\" style=\"max-width: {}px\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        (width * SCALE).round(),
        html_text(alt)
    );
    let (base, half) = (y_of(0, top), y_of(top / 2, top));
    for (value, y) in [(0, base), (top, TOP)].into_iter().chain((top >= 2).then_some((top / 2, half))) {
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#52606d\" {FONT}>{}</text>",
            LEFT - 6.0,
            y + 4.0,
            number(value, lang)
        );
        let color = if value == 0 { INK } else { "#e4e7eb" };
        let _ = write!(svg, "<line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{color}\"/>", width - 4.0);
    }
    svg
}

/// The year labels under the slots, the bilan's year in bold.
fn year_labels(points: &[Point]) -> String {
    let mut svg = String::new();
    for (i, p) in points.iter().enumerate() {
        let weight = if p.focus { " font-weight=\"bold\"" } else { "" };
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\"{weight} {FONT}>{}</text>",
            LEFT + SLOT * (i as f64 + 0.5),
            TOP + PLOT + 16.0,
            html_text(&p.label)
        );
    }
    svg
}

/// A dashed line for a target, across `x1..x2`.
fn target_line(x1: f64, x2: f64, y: f64) -> String {
    format!(
        "<line x1=\"{x1}\" x2=\"{x2}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{INK}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
    )
}

/// A number and the status's symbol, above a point.
fn value_label(x: f64, y: f64, value: u64, status: Status, lang: Lang) -> String {
    format!(
        "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\" {FONT}>{} {}</text>",
        y - 4.0,
        number(value, lang),
        status.symbol()
    )
}

/// Bars of actual per year, each in its status's colour, with each year's
/// target as a dashed line across its bar.
pub fn bars(points: &[Point], alt: &str, lang: Lang) -> String {
    let max = points.iter().flat_map(|p| [p.actual.unwrap_or(0), p.target.map_or(0, u64::from)]).max();
    let top = scale(max.unwrap_or(0).max(1));
    let width = LEFT + SLOT * points.len() as f64 + 8.0;
    let mut svg = open(width, alt, top, lang);
    for (i, p) in points.iter().enumerate() {
        let x = LEFT + SLOT * i as f64 + 14.0;
        if let Some(actual) = p.actual {
            let y = y_of(actual, top);
            let fill = colors(p.status).0;
            let _ =
                write!(svg, "<rect x=\"{x}\" y=\"{y}\" width=\"32\" height=\"{}\" fill=\"{fill}\"/>", y_of(0, top) - y);
            let label_y = p.target.map_or(y, |t| y.min(y_of(u64::from(t), top)));
            svg += &value_label(x + 16.0, label_y, actual, p.status, lang);
        }
        if let Some(target) = p.target {
            svg += &target_line(x - 6.0, x + 38.0, y_of(u64::from(target), top));
        }
    }
    svg += &year_labels(points);
    svg + "</svg>"
}

/// A line through the total counted since the plan began, year by year, with
/// the plan's target as a dashed line across the chart.
pub fn cumulative(points: &[Point], total: u32, alt: &str, lang: Lang) -> String {
    let max = points.iter().filter_map(|p| p.actual).max().unwrap_or(0).max(u64::from(total));
    let top = scale(max.max(1));
    let width = LEFT + SLOT * points.len() as f64 + 8.0;
    let mut svg = open(width, alt, top, lang);
    svg += &target_line(LEFT, width - 4.0, y_of(u64::from(total), top));
    let placed: Vec<(f64, f64, u64, Status)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.actual.map(|a| (LEFT + SLOT * (i as f64 + 0.5), y_of(a, top), a, p.status)))
        .collect();
    let path: Vec<String> = placed.iter().map(|(x, y, _, _)| format!("{x},{y}")).collect();
    if path.len() > 1 {
        let _ =
            write!(svg, "<polyline points=\"{}\" fill=\"none\" stroke=\"{INK}\" stroke-width=\"2\"/>", path.join(" "));
    }
    for (x, y, actual, status) in placed {
        let _ = write!(svg, "<circle cx=\"{x}\" cy=\"{y}\" r=\"5\" fill=\"{}\" stroke=\"{INK}\"/>", colors(status).0);
        svg += &value_label(x, y - 4.0, actual, status, lang);
    }
    svg += &year_labels(points);
    svg + "</svg>"
}

/// A bar split by status, each part as wide as its share of `counts`, with
/// its count written on it when there is room and `labels` asks for it (a
/// small bar under a table's cell has none: they would be too small to read).
pub fn stacked(counts: &[(Status, usize)], alt: &str, labels: bool) -> String {
    const WIDTH: f64 = 300.0;
    const BAR: f64 = 18.0;
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let mut svg = format!(
        "<svg class=\"bar\" viewBox=\"0 0 {WIDTH} {BAR}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        html_text(alt)
    );
    let mut x = 0.0;
    for &(status, n) in counts.iter().filter(|(_, n)| *n > 0) {
        let w = round(WIDTH * n as f64 / total.max(1) as f64);
        let _ = write!(svg, "<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"{BAR}\" fill=\"{}\"/>", colors(status).0);
        if labels && w >= 22.0 {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"13\" text-anchor=\"middle\" fill=\"{}\" {FONT}>{} {n}</text>",
                round(x + w / 2.0),
                ink_on(status),
                status.symbol()
            );
        }
        x = round(x + w);
    }
    svg + "</svg>"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(label: &str, actual: Option<u64>, target: Option<u32>, status: Status) -> Point {
        Point { label: label.into(), actual, target, status, focus: false }
    }

    #[test]
    fn scales_are_round() {
        assert_eq!([1, 2, 3, 4, 6, 11, 99, 101, 4000].map(scale), [1, 2, 5, 5, 10, 20, 100, 200, 5000]);
        assert_eq!(scale(u64::MAX), u64::MAX);
    }

    #[test]
    fn a_bar_chart_has_its_bars_targets_and_alternative() {
        let points = [
            point("2017", Some(3), Some(4), Status::Missed),
            point("2018", Some(4), Some(4), Status::Achieved),
            point("2019", None, Some(4), Status::Upcoming),
        ];
        let svg = bars(&points, "Réalisé <et> cible", Lang::Fr);
        assert!(svg.starts_with("<svg class=\"chart\" viewBox=\"0 0 222 132\" style=\"max-width: 255px\""), "{svg}");
        assert!(!svg.contains(" width=\"222\""), "sized by its viewBox only");
        assert!(svg.contains("<title>Réalisé &lt;et&gt; cible</title>"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert_eq!(svg.matches("stroke-dasharray").count(), 3);
        assert!(svg.contains(">3 ✗</text>") && svg.contains(">4 ✓</text>"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn a_cumulative_chart_draws_a_line_to_the_total() {
        let points = [
            point("2017", Some(2), None, Status::OnTrack),
            point("2018", Some(7), None, Status::Achieved),
            point("2019", None, None, Status::Upcoming),
        ];
        let svg = cumulative(&points, 6, "Cumul", Lang::En);
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("<polyline").count(), 1);
        assert_eq!(svg.matches("stroke-dasharray").count(), 1);
    }

    #[test]
    fn a_stacked_bar_splits_by_share() {
        let svg = stacked(&[(Status::Achieved, 3), (Status::Behind, 1), (Status::Missed, 0)], "2018", true);
        assert!(svg.contains("width=\"225\"") && svg.contains("width=\"75\""), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(">✓ 3</text>"));
        assert!(!stacked(&[(Status::Achieved, 3)], "2018", false).contains("<text"));
        assert!(stacked(&[], "vide", true).ends_with("</svg>"));
    }
}
