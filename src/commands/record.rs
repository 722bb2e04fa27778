//! `plan record`: add an activity to the journal.

use anyhow::Result;
use plan::i18n::{Message, MsgId};
use plan::journal::Entry;

use super::write::{prepare, refuse, write};
use super::{Context, Exit};
use crate::cli::RecordArgs;

pub fn run(ctx: &Context, args: &RecordArgs) -> Result<Exit> {
    let (valid, date) = match prepare(ctx, &args.entry) {
        Ok(ready) => ready,
        Err(exit) => return Ok(exit),
    };
    if args.title.trim().is_empty() {
        refuse(ctx, valid.lang, Message::new(MsgId::EmptyTitleArgument));
        return Ok(Exit::Refused);
    }
    let amount = match &args.amount {
        None => 1,
        Some(text) => match text.trim().parse::<u32>() {
            Ok(n) if n > 0 => n,
            _ => {
                refuse(ctx, valid.lang, Message::new(MsgId::BadAmountArgument).arg("value", text));
                return Ok(Exit::Refused);
            }
        },
    };
    let entry = Entry::Activity {
        date,
        title: args.title.clone(),
        indicators: args.indicators.clone(),
        amount,
        note: args.entry.note.clone(),
    };
    write(ctx, &valid, entry, args.entry.dry_run)
}
