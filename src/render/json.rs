//! `plan status --format json`: exactly the shape of DESIGN.md. Its one escape
//! is `json_safe`, over the whole document.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::actual_data;
use super::escape::json_safe;
use crate::report::{Actual, Report, Status, YearSummary};

#[derive(serde::Serialize)]
struct Json<'a> {
    plan: &'a str,
    as_of: String,
    years: Vec<&'a str>,
    indicators: Vec<JsonIndicator<'a>>,
    summary: Vec<JsonSummary<'a>>,
}

#[derive(serde::Serialize)]
struct JsonIndicator<'a> {
    id: &'a str,
    kind: &'a str,
    text: &'a str,
    cells: Vec<JsonCell<'a>>,
}

#[derive(serde::Serialize)]
struct JsonCell<'a> {
    year: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    actual: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<u32>,
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
    let indicators = report
        .rows()
        .map(|row| JsonIndicator {
            id: &row.id,
            kind: row.kind,
            text: &row.text,
            cells: row
                .cells
                .iter()
                .zip(&labels)
                .map(|(c, year)| JsonCell {
                    year,
                    status: c.status.name(),
                    actual: c.actual.as_ref().map(|a| match a {
                        Actual::Count(n) => serde_json::Value::from(*n),
                        other => serde_json::Value::from(actual_data(other)),
                    }),
                    target: c.target,
                })
                .collect(),
        })
        .collect();
    let summary = report.summary.iter().zip(&labels).map(|(summary, year)| JsonSummary { year, summary }).collect();
    let json = Json {
        plan: &report.title,
        as_of: report.as_of.format("%Y-%m-%d").to_string(),
        years: labels.clone(),
        indicators,
        summary,
    };
    json_safe(serde_json::to_string_pretty(&json).expect("the report serialises")) + "\n"
}
