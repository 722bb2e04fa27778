//! `plan show ID`: one item of the plan, where it stands, and its journal entries.

use std::io::Write;

use anyhow::Result;
use plan::diagnostic::line_col;
use plan::i18n::{Lang, Message, MsgId};
use plan::model::{Activity, Assessment, CountTarget, Indicator, IndicatorKind, IndicatorRef, Loc, Plan};
use plan::render::{self, Format, Options, level_word};
use plan::status::{Filter, compute};
use plan::text::escape_controls;

use super::status::{stdout_has_color, terminal_width};
use super::{Context, Exit, Valid};
use crate::cli::ShowArgs;

pub fn run(ctx: &Context, args: &ShowArgs) -> Result<Exit> {
    let valid = match ctx.valid_plan() {
        Ok(valid) => valid,
        Err(exit) => return Ok(exit),
    };
    if let Err(exit) = valid.known_id(ctx, &args.id) {
        return Ok(exit);
    }
    let lang = valid.lang;
    let mut out = heading(&valid.plan, &args.id, lang);
    let as_of = args.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let filter = Filter { indicator: Some(args.id.clone()), ..Filter::default() };
    let report = compute(&valid.plan, &valid.journal, as_of, &filter);
    let options = Options { lang, color: stdout_has_color(), width: terminal_width() };
    out += "\n";
    out += &render::render(&report, &valid.plan, Format::Table, options);
    for r in valid.plan.indicators().filter(|r| r.is_under(&args.id)) {
        out += "\n";
        out += &indicator_section(&valid, &r, lang);
    }
    anstream::stdout().write_all(out.as_bytes())?;
    Ok(Exit::Success)
}

/// The item and the items it sits under, one line each, outermost first.
fn heading(plan: &Plan, id: &str, lang: Lang) -> String {
    let line = |head: MsgId, id: &str, text: &str| {
        format!("{} — {}\n", Message::new(head).arg("id", id).render(lang), escape_controls(text))
    };
    let mut out = String::new();
    for o in &plan.orientations {
        let in_o = o.id.value == id || o.objectives.iter().any(|b| b.id.value == id || contains(b, id));
        if !in_o {
            continue;
        }
        out += &line(MsgId::HeadOrientation, &o.id.value, &o.title);
        for b in o.objectives.iter().filter(|b| b.id.value == id || contains(b, id)) {
            out += &line(MsgId::HeadObjective, &b.id.value, &b.title);
            for a in b.actions.iter().filter(|a| a.id.value == id || a.indicators.iter().any(|i| i.id.value == id)) {
                out += &line(MsgId::HeadAction, &a.id.value, &a.title);
            }
        }
    }
    out
}

fn contains(objective: &plan::model::Objective, id: &str) -> bool {
    objective.actions.iter().any(|a| a.id.value == id || a.indicators.iter().any(|i| i.id.value == id))
}

/// An indicator: its text, how it is measured, and its entries with their places.
fn indicator_section(valid: &Valid, r: &IndicatorRef, lang: Lang) -> String {
    let ind = r.indicator;
    let mut out = format!(
        "{} — {}\n  {}\n",
        Message::new(MsgId::HeadIndicator).arg("id", &ind.id.value).render(lang),
        escape_controls(&ind.text),
        describe(valid, r, lang)
    );
    let activities: Vec<&Activity> =
        valid.journal.activities().filter(|a| a.indicators.iter().any(|i| i.value == ind.id.value)).collect();
    let assessments: Vec<&Assessment> =
        valid.journal.assessments().filter(|a| a.indicator.value == ind.id.value).collect();
    let mut lines: Vec<(chrono::NaiveDate, String)> = Vec::new();
    for a in activities {
        let amount = if a.amount == 1 { String::new() } else { format!("  ×{}", a.amount) };
        let text = format!("{}{amount}  {}", escape_controls(&a.title), place(valid, &a.loc));
        lines.push((a.date.value, with_note(text, a.note.as_deref())));
    }
    for a in assessments {
        let level = Message::new(MsgId::AssessedAs).arg_msg("level", level_word(a.level)).render(lang);
        lines.push((a.date.value, with_note(format!("{level}  {}", place(valid, &a.loc)), a.note.as_deref())));
    }
    lines.sort_by_key(|(date, _)| *date);
    if lines.is_empty() {
        out += &format!("  {}\n", MsgId::NoEntries.template(lang));
    } else {
        out += &format!("  {}\n", Message::new(MsgId::EntriesHeading).arg("n", lines.len()).render(lang));
        lines.iter().for_each(|(date, text)| out += &format!("    {date}  {text}\n"));
    }
    out
}

fn with_note(text: String, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("{text}\n                {}", escape_controls(note)),
        None => text,
    }
}

/// `file:line` of an entry.
fn place(valid: &Valid, loc: &Loc) -> String {
    let file = valid.sources.get(loc.file);
    format!("{}:{}", file.display, line_col(&file.text, loc.span.start).line)
}

/// How an indicator is measured, and in which years, in words.
fn describe(valid: &Valid, r: &IndicatorRef, lang: Lang) -> String {
    let ind: &Indicator = r.indicator;
    let meta = &valid.plan.meta;
    let mut parts = vec![
        match &ind.kind {
            IndicatorKind::Count { target: CountTarget::Yearly(n), .. } => {
                Message::new(MsgId::TargetYearly).arg("n", n)
            }
            IndicatorKind::Count { target: CountTarget::Total(n), .. } => Message::new(MsgId::TargetTotal).arg("n", n),
            IndicatorKind::Count { target: CountTarget::None, .. } => Message::new(MsgId::TargetNone),
            IndicatorKind::Count { target: CountTarget::PerYear(t), .. } => {
                let list: Vec<String> = t.iter().map(|(y, n)| format!("{} = {n}", meta.year_label(y.value))).collect();
                Message::new(MsgId::TargetPerYear).arg("list", list.join(", "))
            }
            IndicatorKind::Milestone { due } => {
                let due = due.as_ref().map_or(meta.end_year, |d| d.value);
                Message::new(MsgId::MilestoneDue).arg("year", meta.year_label(due))
            }
            IndicatorKind::Assessment => Message::new(MsgId::AssessmentKind),
        }
        .render(lang),
    ];
    if let IndicatorKind::Count { unit: Some(unit), .. } = &ind.kind {
        parts.push(Message::new(MsgId::UnitIs).arg("unit", escape_controls(unit)).render(lang));
    }
    let years: Vec<String> = r.years(meta).iter().map(|&y| meta.year_label(y)).collect();
    parts.push(Message::new(MsgId::InYears).arg("list", years.join(", ")).render(lang));
    parts.join(if lang == Lang::Fr { " ; " } else { "; " })
}
