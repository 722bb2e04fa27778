//! `plan status`: where every indicator stands, each year, as of a date.

use plan::i18n::MsgId;
use plan::render::{self, Format};
use plan::report::{Filter, compute};

use super::shared::args;
use super::shared::context::{Context, Ready};
use super::shared::output::{Exit, Stop, out};
use crate::cli::{StatusArgs, StatusFormat};

pub fn run(ctx: &Context, args: &StatusArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let year = check_filters(&ready, args)?;
    let filter = Filter { year, orientation: args.orientation.clone(), indicator: args.indicator.clone() };
    let as_of = args::date_or(ready.lang, args.as_of.as_deref(), ctx.today)?;
    let report = compute(&ready.valid.plan, &ready.valid.journal, as_of, &filter);
    if report.sections.is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::NoIndicatorShown));
    }
    out(ready.lang, &render::render(&report, format(args.format), ctx.options(ready.lang)))?;
    Ok(Exit::Success)
}

/// The year asked for; refuses a year outside the plan, or an id that names nothing.
fn check_filters(ready: &Ready, args: &StatusArgs) -> Result<Option<i32>, Stop> {
    let meta = &ready.valid.plan.meta;
    let year = args.year.as_deref().map(|text| args::year(ready.lang, meta, text)).transpose()?;
    for id in [&args.orientation, &args.indicator].into_iter().flatten() {
        ready.known_id(id)?;
    }
    Ok(year)
}

fn format(format: StatusFormat) -> Format {
    match format {
        StatusFormat::Table => Format::Table,
        StatusFormat::Csv => Format::Csv,
        StatusFormat::Json => Format::Json,
        StatusFormat::Markdown => Format::Markdown,
    }
}
