//! `plan show ID --format json`: what `show` says, as data, for the report and
//! for scripts: each indicator's cells with the rule that decided them and its
//! numbers, its entries and narratives with their places, and a group's roll-up.

use serde_json::{Value, json};

use super::escape::json_safe;
use crate::report::{
    Actual, Cell, Elapsed, EntryLine, GroupCell, IndicatorDetail, ItemReport, NarrativeLine, What, Why,
};

pub fn show_json(item: &ItemReport) -> String {
    let years: Vec<&str> = item.status.years.iter().map(|y| y.label.as_str()).collect();
    let rollup = item.rollup.as_ref().map(|g| {
        let cells: Vec<Value> = g.cells.iter().zip(&years).map(|(c, y)| group_cell(c, y)).collect();
        json!({ "level": g.level.name(), "cells": cells })
    });
    let value = json!({
        "id": item.item.id,
        "title": item.item.title,
        "as_of": item.as_of.to_string(),
        "years": years,
        "trail": item.trail.iter().map(|h| json!({ "id": h.id, "title": h.title })).collect::<Vec<_>>(),
        "rollup": rollup,
        "narratives": item.narratives.iter().map(narrative).collect::<Vec<_>>(),
        "indicators": item.indicators.iter().map(indicator).collect::<Vec<_>>(),
    });
    json_safe(serde_json::to_string_pretty(&value).expect("show serialises")) + "\n"
}

fn group_cell(c: &GroupCell, year: &str) -> Value {
    let counts: serde_json::Map<String, Value> =
        c.counts.iter().map(|(s, n)| (s.name().to_string(), json!(n))).collect();
    json!({
        "year": year,
        "status": c.status.name(),
        "achieved_or_on_track": c.achieved_or_on_track,
        "with_verdict": c.with_verdict,
        "counts": counts,
    })
}

fn indicator(ind: &IndicatorDetail) -> Value {
    json!({
        "id": ind.id,
        "text": ind.text,
        "unit": ind.unit,
        "years": ind.years,
        "stale": ind.stale,
        "last_entry": ind.last_entry.map(|d| d.to_string()),
        "cells": ind.cells.iter().map(|(year, c)| cell(year, c)).collect::<Vec<_>>(),
        "entries": ind.entries.iter().map(entry).collect::<Vec<_>>(),
        "narratives": ind.narratives.iter().map(narrative).collect::<Vec<_>>(),
    })
}

fn cell(year: &str, c: &Cell) -> Value {
    let actual = c.actual.as_ref().map(|a| match a {
        Actual::Count(n) => json!(n),
        Actual::Done(d) => json!(d.to_string()),
        Actual::Level(l) => json!(l.name()),
    });
    json!({
        "year": year,
        "status": c.status.name(),
        "actual": actual,
        "target": c.target,
        "explanation_missing": c.explanation_missing,
        "why": why(&c.why),
    })
}

/// The rule that decided a cell, named, with its numbers.
fn why(why: &Why) -> Value {
    match why {
        Why::Upcoming { begins } => json!({ "rule": "upcoming", "begins": begins.to_string() }),
        Why::NotApplicable => json!({ "rule": "not-applicable" }),
        Why::NoTarget { actual } => json!({ "rule": "no-target", "actual": actual }),
        Why::YearTarget { actual, target, elapsed } => {
            with_elapsed(json!({ "rule": "year-target", "actual": actual, "target": target }), *target, *elapsed)
        }
        Why::PlanTarget { so_far, total, elapsed } => {
            with_elapsed(json!({ "rule": "plan-target", "actual": so_far, "target": total }), *total, *elapsed)
        }
        Why::Milestone { done, due } => {
            json!({ "rule": "milestone", "done": done.map(|d| d.to_string()), "due": due })
        }
        Why::Assessed { date, level, note } => {
            json!({ "rule": "assessment", "date": date.to_string(), "level": level.name(), "note": note })
        }
        Why::NotAssessed => json!({ "rule": "not-assessed" }),
    }
}

/// Adds the share of the period elapsed and the target pro-rated over it.
fn with_elapsed(mut value: Value, target: u32, elapsed: Elapsed) -> Value {
    if let Elapsed::Running { as_of, days, of } = elapsed {
        let share = elapsed.share();
        value["as_of"] = json!(as_of.to_string());
        value["elapsed_days"] = json!(days);
        value["period_days"] = json!(of);
        value["expected"] = json!((f64::from(target) * share * 100.0).round() / 100.0);
    }
    value
}

fn entry(e: &EntryLine) -> Value {
    let (kind, what) = match &e.what {
        What::Activity { title, amount } => ("activity", json!({ "title": title, "amount": amount })),
        What::Assessment(level) => ("assessment", json!({ "level": level.name() })),
    };
    let tags: serde_json::Map<String, Value> = e.tags.iter().map(|(n, v)| (n.clone(), json!(v))).collect();
    json!({
        "kind": kind,
        "date": e.date.to_string(),
        "what": what,
        "note": e.note,
        "evidence": e.evidence,
        "tags": tags,
        "file": e.place.as_ref().map(|p| &p.file),
        "line": e.place.as_ref().map(|p| p.line),
    })
}

fn narrative(n: &NarrativeLine) -> Value {
    json!({
        "date": n.date.to_string(),
        "year": n.year,
        "topic": n.topic.name(),
        "text": n.text,
        "evidence": n.evidence,
        "file": n.place.as_ref().map(|p| &p.file),
        "line": n.place.as_ref().map(|p| p.line),
    })
}
