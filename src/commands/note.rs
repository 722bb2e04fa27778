//! `plan note`: add a narrative about an item of the plan to the journal.

use plan::i18n::{Message, MsgId};
use plan::model::{Entry, Topic};
use plan::suggest::closest;

use super::shared::append::{date, write};
use super::shared::context::Context;
use super::shared::output::{Exit, Stop};
use crate::cli::NoteArgs;

pub fn run(ctx: &Context, args: &NoteArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let date = date(ctx, &ready, &args.entry)?;
    let Some(topic) = Topic::from_name(args.topic.trim()) else {
        let help = match closest(&args.topic, Topic::spellings()) {
            Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
            None => MsgId::UnknownTopicHelp.into(),
        };
        let message = Message::new(MsgId::UnknownTopic).arg("value", &args.topic);
        return Err(Stop::refused(ready.lang, message).help(Some(help)));
    };
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
