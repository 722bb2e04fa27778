//! `plan note`: add a narrative about an item of the plan to the journal.

use plan::i18n::MsgId;
use plan::model::{Entry, Topic};

use super::shared::append::{date, write};
use super::shared::args;
use super::shared::context::Context;
use super::shared::output::{Exit, Stop};
use crate::cli::NoteArgs;

pub fn run(ctx: &Context, args: &NoteArgs) -> Result<Exit, Stop> {
    let ready = ctx.plan_to_write("note")?;
    let date = date(ctx, &ready, &args.entry)?;
    let (unknown, help) = (MsgId::UnknownTopic, MsgId::UnknownTopicHelp);
    let topic = args::word(ready.lang, &args.topic, Topic::from_name, Topic::spellings(), unknown, help)?;
    if args.text.trim().is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::EmptyTextArgument));
    }
    let entry = Entry::Narrative {
        date,
        about: args.id.trim().to_string(),
        topic,
        text: args.text.clone(),
        evidence: args.entry.evidence.clone(),
    };
    write(ctx, &ready, entry, args.entry.dry_run)
}
