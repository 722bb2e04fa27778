//! `plan status --format json`: exactly the shape of DESIGN.md. Its one escape
//! is `json_safe`, over the whole document.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::actual_data;
use super::escape::json_safe;
use crate::report::{Actual, Group, GroupCell, Report, Row, Status, YearSummary};

#[derive(serde::Serialize)]
struct Json<'a> {
    plan: &'a str,
    as_of: String,
    years: Vec<&'a str>,
    indicators: Vec<JsonIndicator<'a>>,
    groups: Vec<JsonGroup<'a>>,
    summary: Vec<JsonSummary<'a>>,
}

#[derive(serde::Serialize)]
struct JsonIndicator<'a> {
    id: &'a str,
    kind: &'a str,
    text: &'a str,
    stale: bool,
    last_entry: Option<String>,
    cells: Vec<JsonCell<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<JsonBy<'a>>,
}

#[derive(serde::Serialize)]
struct JsonCell<'a> {
    year: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    actual: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    explanation_missing: bool,
}

#[derive(serde::Serialize)]
struct JsonGroup<'a> {
    id: &'a str,
    level: &'static str,
    title: &'a str,
    cells: Vec<JsonGroupCell<'a>>,
}

#[derive(serde::Serialize)]
struct JsonGroupCell<'a> {
    year: &'a str,
    status: &'static str,
    achieved_or_on_track: usize,
    with_verdict: usize,
    counts: Counts<'a>,
}

/// Status names and counts, in [`Status::ALL`] order, only those that occur.
struct Counts<'a>(&'a [(Status, usize)]);

impl Serialize for Counts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (status, n) in self.0 {
            map.serialize_entry(status.name(), n)?;
        }
        map.end()
    }
}

/// A count broken down by tag: each value, in the order `[tags]` declares
/// them, with its amount per year.
struct JsonBy<'a> {
    values: &'a [(String, Vec<u64>)],
    years: &'a [&'a str],
}

impl Serialize for JsonBy<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct YearAmount<'a> {
            year: &'a str,
            actual: u64,
        }
        let mut map = serializer.serialize_map(Some(self.values.len()))?;
        for (value, counts) in self.values {
            let per_year: Vec<YearAmount> =
                self.years.iter().zip(counts).map(|(year, &actual)| YearAmount { year, actual }).collect();
            map.serialize_entry(value, &per_year)?;
        }
        map.end()
    }
}

/// A year's counts: `year`, then every status by its name, in [`Status::ALL`] order.
struct JsonSummary<'a> {
    year: &'a str,
    summary: &'a YearSummary,
}

impl Serialize for JsonSummary<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + Status::ALL.len()))?;
        map.serialize_entry("year", self.year)?;
        for status in Status::ALL {
            map.serialize_entry(status.name(), &self.summary.count(status))?;
        }
        map.end()
    }
}

pub fn render(report: &Report) -> String {
    let labels: Vec<&str> = report.years.iter().map(|y| y.label.as_str()).collect();
    let broken_down = report.by.is_some();
    let json = Json {
        plan: &report.title,
        as_of: report.as_of.format("%Y-%m-%d").to_string(),
        years: labels.clone(),
        indicators: report.rows().map(|row| indicator(row, &labels, broken_down)).collect(),
        groups: report.groups().map(|g| group(g, &labels)).collect(),
        summary: report.summary.iter().zip(&labels).map(|(summary, year)| JsonSummary { year, summary }).collect(),
    };
    json_safe(serde_json::to_string_pretty(&json).expect("the report serialises")) + "\n"
}

fn indicator<'a>(row: &'a Row, labels: &'a [&'a str], broken_down: bool) -> JsonIndicator<'a> {
    let cells = row
        .cells
        .iter()
        .zip(labels)
        .map(|(c, year)| JsonCell {
            year,
            status: c.status.name(),
            actual: c.actual.as_ref().map(|a| match a {
                Actual::Count(n) => serde_json::Value::from(*n),
                other => serde_json::Value::from(actual_data(other)),
            }),
            target: c.target,
            explanation_missing: c.explanation_missing,
        })
        .collect();
    JsonIndicator {
        id: &row.id,
        kind: row.kind,
        text: &row.text,
        stale: row.stale,
        last_entry: row.last_entry.map(|d| d.to_string()),
        cells,
        by: (broken_down && row.kind == "count").then_some(JsonBy { values: &row.by, years: labels }),
    }
}

fn group<'a>(group: &'a Group, labels: &'a [&'a str]) -> JsonGroup<'a> {
    let cell = |(c, year): (&'a GroupCell, &'a &'a str)| JsonGroupCell {
        year,
        status: c.status.name(),
        achieved_or_on_track: c.achieved_or_on_track,
        with_verdict: c.with_verdict,
        counts: Counts(&c.counts),
    };
    JsonGroup {
        id: &group.id,
        level: group.level.name(),
        title: &group.title,
        cells: group.cells.iter().zip(labels).map(cell).collect(),
    }
}
