//! `plan diff FROM [TO]`: what changed between two moments of the plan, each
//! read at a revision (or, outside git, the current files as of a day).

use plan::render::{self, DiffFormat};
use plan::report::{Side, diff};

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, out, say};
use super::shared::revision::side;
use crate::cli::{DiffArgs, DiffFormatArg};

pub fn run(ctx: &Context, args: &DiffArgs) -> Result<Exit, Stop> {
    let to_text = args.to.clone().or_else(|| ctx.at_text());
    let (from, from_moment) = side(ctx, Some(&args.from))?;
    let (to, to_moment) = side(ctx, to_text.as_deref())?;
    let lang = to.lang;
    let (a, b) = (&from.valid, &to.valid);
    let changes = diff(
        &Side { plan: &a.plan, journal: &a.journal, sources: &a.sources, as_of: from_moment.as_of },
        &Side { plan: &b.plan, journal: &b.journal, sources: &b.sources, as_of: to_moment.as_of },
    );
    let format = match args.format {
        DiffFormatArg::Table => DiffFormat::Table,
        DiffFormatArg::Markdown => DiffFormat::Markdown,
        DiffFormatArg::Json => DiffFormat::Json,
    };
    let text = render::diff(&changes, &from_moment, &to_moment, format, lang);
    if format == DiffFormat::Table {
        say(lang, &text)?
    } else {
        out(lang, &text)?
    }
    Ok(Exit::Success)
}
