//! `plan assess`: add an assessment of an indicator to the journal.

use plan::i18n::{Message, MsgId};
use plan::model::{Entry, Level};
use plan::suggest::closest;

use super::shared::append::{date, write};
use super::shared::context::Context;
use super::shared::output::{Exit, Stop};
use crate::cli::AssessArgs;

pub fn run(ctx: &Context, args: &AssessArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let date = date(ctx, &ready, &args.entry)?;
    let Some(level) = Level::from_name(args.level.trim()) else {
        let help = match closest(&args.level, Level::spellings()) {
            Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
            None => MsgId::UnknownLevelHelp.into(),
        };
        let message = Message::new(MsgId::UnknownLevel).arg("value", &args.level);
        return Err(Stop::refused(ready.lang, message).help(Some(help)));
    };
    let entry = Entry::Assessment {
        date,
        indicator: args.id.clone(),
        level,
        note: args.note.clone(),
        evidence: args.entry.evidence.clone(),
    };
    write(ctx, &ready, entry, args.entry.dry_run)
}
