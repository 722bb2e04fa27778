//! `plan status --format json`: exactly the shape of DESIGN.md.

use serde::Serialize;

use super::actual_data;
use crate::model::Plan;
use crate::status::{Report, Status};

#[derive(Serialize)]
struct Json<'a> {
    plan: &'a str,
    as_of: String,
    years: Vec<String>,
    indicators: Vec<JsonIndicator<'a>>,
    summary: Vec<JsonSummary>,
}

#[derive(Serialize)]
struct JsonIndicator<'a> {
    id: &'a str,
    kind: &'a str,
    text: &'a str,
    cells: Vec<JsonCell>,
}

#[derive(Serialize)]
struct JsonCell {
    year: String,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    actual: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<u32>,
}

#[derive(Serialize)]
struct JsonSummary {
    year: String,
    achieved: usize,
    #[serde(rename = "on-track")]
    on_track: usize,
    behind: usize,
    missed: usize,
    upcoming: usize,
    tracked: usize,
    #[serde(rename = "not-assessed")]
    not_assessed: usize,
    #[serde(rename = "not-applicable")]
    not_applicable: usize,
}

pub fn render(report: &Report, plan: &Plan) -> String {
    let label = |y: i32| plan.meta.year_label(y);
    let indicators = report
        .rows
        .iter()
        .map(|row| JsonIndicator {
            id: &row.id,
            kind: row.kind,
            text: &row.text,
            cells: row
                .cells
                .iter()
                .map(|c| JsonCell {
                    year: label(c.year),
                    status: c.status,
                    actual: c.actual.as_ref().map(|a| match a {
                        crate::status::Actual::Count(n) => serde_json::Value::from(*n),
                        other => serde_json::Value::from(actual_data(other)),
                    }),
                    target: c.target,
                })
                .collect(),
        })
        .collect();
    let summary = report
        .summary
        .iter()
        .map(|s| {
            let n = |status: Status| s.count(status);
            JsonSummary {
                year: label(s.year),
                achieved: n(Status::Achieved),
                on_track: n(Status::OnTrack),
                behind: n(Status::Behind),
                missed: n(Status::Missed),
                upcoming: n(Status::Upcoming),
                tracked: n(Status::Tracked),
                not_assessed: n(Status::NotAssessed),
                not_applicable: n(Status::NotApplicable),
            }
        })
        .collect();
    let json = Json {
        plan: &plan.meta.title,
        as_of: report.as_of.format("%Y-%m-%d").to_string(),
        years: report.years.iter().map(|&y| label(y)).collect(),
        indicators,
        summary,
    };
    crate::text::json_safe(serde_json::to_string_pretty(&json).expect("the report serialises")) + "\n"
}
