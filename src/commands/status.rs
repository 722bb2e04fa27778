//! `plan status`: where every indicator stands, each year, as of a date.

use std::io::Write;

use anyhow::Result;
use plan::i18n::{Message, MsgId};
use plan::render::{self, Format, Options};
use plan::status::{Filter, compute};

use super::{Context, Exit, Valid};
use crate::cli::{StatusArgs, StatusFormat};

pub fn run(ctx: &Context, args: &StatusArgs) -> Result<Exit> {
    let valid = match ctx.valid_plan() {
        Ok(valid) => valid,
        Err(exit) => return Ok(exit),
    };
    if let Err(exit) = check_filters(ctx, &valid, args) {
        return Ok(exit);
    }
    let filter = Filter { year: args.year, orientation: args.orientation.clone(), indicator: args.indicator.clone() };
    let as_of = args.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = compute(&valid.plan, &valid.journal, as_of, &filter);
    if report.rows.is_empty() {
        ctx.error(valid.lang, &Message::new(MsgId::NoIndicatorShown), None);
        return Ok(Exit::Refused);
    }
    let options = Options { lang: valid.lang, color: stdout_has_color(), width: terminal_width() };
    let text = render::render(&report, &valid.plan, format(args.format), options);
    anstream::stdout().write_all(text.as_bytes())?;
    Ok(Exit::Success)
}

/// Refuses a year outside the plan, or an id that names nothing.
fn check_filters(ctx: &Context, valid: &Valid, args: &StatusArgs) -> Result<(), Exit> {
    let meta = &valid.plan.meta;
    if let Some(year) = args.year.filter(|y| !meta.years().contains(y)) {
        let message = Message::new(MsgId::YearNotInPlan)
            .arg("year", year)
            .arg("first", meta.start_year)
            .arg("last", meta.end_year);
        ctx.error(valid.lang, &message, None);
        return Err(Exit::Refused);
    }
    for id in [&args.orientation, &args.indicator].into_iter().flatten() {
        valid.known_id(ctx, id)?;
    }
    Ok(())
}

fn format(format: StatusFormat) -> Format {
    match format {
        StatusFormat::Table => Format::Table,
        StatusFormat::Csv => Format::Csv,
        StatusFormat::Json => Format::Json,
        StatusFormat::Markdown => Format::Markdown,
    }
}

/// Whether colour reaches stdout (a terminal, no NO_COLOR, or --color always).
pub fn stdout_has_color() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

/// The terminal's width; `COLUMNS`, or 120, when stdout is not a terminal.
pub fn terminal_width() -> usize {
    let tty = comfy_table::Table::new().width().map(usize::from);
    let env = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    tty.or(env).unwrap_or(120)
}
