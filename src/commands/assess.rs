//! `plan assess`: add an assessment of an indicator to the journal.

use plan::i18n::MsgId;
use plan::model::{Entry, Level};

use super::prompt;
use super::shared::append::{begin, date, evidence, write};
use super::shared::args;
use super::shared::context::{Context, Ready};
use super::shared::output::{Exit, Stop};
use crate::cli::AssessArgs;

pub fn run(ctx: &Context, args: &AssessArgs) -> Result<Exit, Stop> {
    let complete = args.id.is_some() && args.level.is_some();
    let early = begin(ctx, complete, &args.entry);
    let ready = ctx.plan_to_write("assess")?;
    if !complete {
        let asked = prompt::assess(ctx, &ready, args)?;
        let entry = assessment(ctx, &ready, &asked)?;
        return prompt::finish(ctx, &ready, entry, asked.entry.dry_run);
    }
    let entry = assessment(ctx, &ready, args)?;
    write(ctx, &ready, entry, args.entry.dry_run, early)
}

/// The assessment the arguments describe, or why they are refused.
fn assessment(ctx: &Context, ready: &Ready, args: &AssessArgs) -> Result<Entry, Stop> {
    let date = date(ctx, ready, &args.entry)?;
    let (unknown, help) = (MsgId::UnknownLevel, MsgId::UnknownLevelHelp);
    let given = args.level.as_deref().unwrap_or_default();
    let level = args::word(ready.lang, given, Level::from_name, Level::spellings(), unknown, help)?;
    Ok(Entry::Assessment {
        date,
        indicator: args.id.clone().unwrap_or_default(),
        level,
        note: args.note.clone(),
        evidence: evidence(ctx, ready, &args.entry),
    })
}
