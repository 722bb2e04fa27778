//! `plan assess`: add an assessment of an indicator to the journal.

use plan::i18n::MsgId;
use plan::model::{Entry, Level};

use super::shared::append::{date, write};
use super::shared::args;
use super::shared::context::Context;
use super::shared::output::{Exit, Stop};
use crate::cli::AssessArgs;

pub fn run(ctx: &Context, args: &AssessArgs) -> Result<Exit, Stop> {
    let ready = ctx.plan_to_write("assess")?;
    let date = date(ctx, &ready, &args.entry)?;
    let (unknown, help) = (MsgId::UnknownLevel, MsgId::UnknownLevelHelp);
    let level = args::word(ready.lang, &args.level, Level::from_name, Level::spellings(), unknown, help)?;
    let entry = Entry::Assessment {
        date,
        indicator: args.id.clone(),
        level,
        note: args.note.clone(),
        evidence: args.entry.evidence.clone(),
    };
    write(ctx, &ready, entry, args.entry.dry_run)
}
