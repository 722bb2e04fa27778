//! `plan assess`: add an assessment of an indicator to the journal.

use anyhow::Result;
use plan::i18n::{Message, MsgId};
use plan::journal::Entry;
use plan::model::Level;
use plan::text::closest;

use super::write::{prepare, write};
use super::{Context, Exit};
use crate::cli::AssessArgs;

pub fn run(ctx: &Context, args: &AssessArgs) -> Result<Exit> {
    let (valid, date) = match prepare(ctx, &args.entry) {
        Ok(ready) => ready,
        Err(exit) => return Ok(exit),
    };
    let Some(level) = Level::from_name(args.level.trim()) else {
        let help = match closest(&args.level, Level::ALL.map(Level::name)) {
            Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
            None => MsgId::UnknownLevelHelp.into(),
        };
        ctx.error(valid.lang, &Message::new(MsgId::UnknownLevel).arg("value", &args.level), Some(&help));
        return Ok(Exit::Refused);
    };
    let entry = Entry::Assessment { date, indicator: args.id.clone(), level, note: args.entry.note.clone() };
    write(ctx, &valid, entry, args.entry.dry_run)
}
