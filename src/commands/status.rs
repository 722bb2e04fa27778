//! `plan status`: where every indicator stands, each year, as of a date.

use plan::i18n::{Message, MsgId};
use plan::render::{self, Format, Rendered};
use plan::report::{Depth, Filter, compute};
use plan::suggest::closest_folded;

use super::shared::args;
use super::shared::context::{Context, Ready};
use super::shared::deliver::Destination;
use super::shared::output::{Exit, Stop, out, render_failed};
use crate::cli::{LevelArg, StatusArgs, StatusFormat};

pub fn run(ctx: &Context, args: &StatusArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let year = check_filters(&ready, args)?;
    let filter = Filter {
        year,
        until: None,
        orientation: args.orientation.clone(),
        indicator: args.indicator.clone(),
        stale: args.stale,
        depth: depth(args.level),
        by: args.by.clone(),
    };
    let as_of = ready.as_of(args.as_of.as_deref(), ctx.today)?;
    let format = format(args.format);
    let default_name = (format == Format::Xlsx)
        .then(|| Message::new(MsgId::StatusFileName).arg("date", as_of.format("%Y-%m-%d")).render(ready.lang));
    let destination = Destination::of(ctx, args.output.as_deref(), default_name);
    if format == Format::Xlsx {
        destination.check_binary(ready.lang)?;
    }
    let valid = &ready.valid;
    let mut report = compute(&valid.plan, &valid.journal, as_of, &filter);
    if report.lines.is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::NoIndicatorShown));
    }
    if format == Format::Xlsx {
        report = report.with_entries(&valid.plan.meta, &valid.journal, &valid.sources);
    }
    let rendered =
        render::render(&report, format, ctx.options(ready.lang)).map_err(|e| render_failed(ready.lang, e))?;
    match (rendered, &destination) {
        (Rendered::Text(text), Destination::Stdout) => out(ready.lang, &text)?,
        (Rendered::Text(text), _) => destination.deliver(ready.lang, text.as_bytes(), MsgId::FileWritten)?,
        (Rendered::Binary(bytes), _) => destination.deliver(ready.lang, &bytes, MsgId::FileWritten)?,
    }
    drop(report);
    ready.tell_warnings();
    let _ = std::mem::ManuallyDrop::new(ready);
    Ok(Exit::Success)
}

/// The year asked for; refuses a year outside the plan, or an id that names nothing.
fn check_filters(ready: &Ready, args: &StatusArgs) -> Result<Option<i32>, Stop> {
    let meta = &ready.valid.plan.meta;
    let year = args.year.as_deref().map(|text| args::year(ready.lang, meta, text)).transpose()?;
    for id in [&args.orientation, &args.indicator].into_iter().flatten() {
        ready.known_id(id)?;
    }
    if let Some(tag) = &args.by {
        known_tag(ready, tag)?;
    }
    Ok(year)
}

/// Refuses a tag plan.toml does not declare, suggesting the closest one.
fn known_tag(ready: &Ready, tag: &str) -> Result<(), Stop> {
    let meta = &ready.valid.plan.meta;
    if meta.vocabulary(tag).is_some() {
        return Ok(());
    }
    let names: Vec<&str> = meta.tags.iter().map(|v| v.name.value.as_str()).collect();
    let help = match closest_folded(tag, names.iter().copied()) {
        Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
        None if names.is_empty() => MsgId::NoTagsHelp.into(),
        None => Message::new(MsgId::UnknownTagHelp).arg("list", names.join(", ")),
    };
    Err(Stop::refused(ready.lang, Message::new(MsgId::UnknownTag).arg("name", tag)).help(Some(help)))
}

fn depth(level: Option<LevelArg>) -> Depth {
    match level {
        Some(LevelArg::Plan) => Depth::Plan,
        Some(LevelArg::Orientation) => Depth::Orientation,
        Some(LevelArg::Objective) => Depth::Objective,
        Some(LevelArg::Action) => Depth::Action,
        Some(LevelArg::Indicator) | None => Depth::Indicator,
    }
}

fn format(format: StatusFormat) -> Format {
    match format {
        StatusFormat::Table => Format::Table,
        StatusFormat::Csv => Format::Csv,
        StatusFormat::Json => Format::Json,
        StatusFormat::Markdown => Format::Markdown,
        StatusFormat::Html => Format::Html,
        StatusFormat::Xlsx => Format::Xlsx,
    }
}
