//! `plan show ID`: one item of the plan, where it stands, and its journal entries.

use plan::render;
use plan::report;

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, out, say};
use crate::cli::{ShowArgs, ShowFormat};

pub fn run(ctx: &Context, args: &ShowArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let valid = &ready.valid;
    let as_of = ready.as_of(args.as_of.as_deref(), ctx.today)?;
    let Some(item) = report::show(&valid.plan, &valid.journal, &valid.sources, &args.id, as_of) else {
        return Err(ready.unknown_id(&args.id));
    };
    match args.format {
        ShowFormat::Text => say(ready.lang, &render::show(&item, ctx.options(ready.lang)))?,
        ShowFormat::Json => out(ready.lang, &render::show_json(&item))?,
    }
    ready.tell_warnings();
    Ok(Exit::Success)
}
