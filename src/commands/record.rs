//! `plan record`: add an activity to the journal.

use plan::i18n::{Message, MsgId};
use plan::model::Entry;

use super::shared::append::{date, write};
use super::shared::context::Context;
use super::shared::output::{Exit, Stop};
use crate::cli::RecordArgs;

pub fn run(ctx: &Context, args: &RecordArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let date = date(ctx, &ready, &args.entry)?;
    if args.title.trim().is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::EmptyTitleArgument));
    }
    let amount = match &args.amount {
        None => 1,
        Some(text) => match text.trim().parse::<u32>() {
            Ok(n) if n > 0 => n,
            _ => return Err(Stop::refused(ready.lang, Message::new(MsgId::BadAmountArgument).arg("value", text))),
        },
    };
    let entry = Entry::Activity {
        date,
        title: args.title.clone(),
        indicators: args.indicators.clone(),
        amount,
        note: args.entry.note.clone(),
    };
    write(ctx, &ready, entry, args.entry.dry_run)
}
