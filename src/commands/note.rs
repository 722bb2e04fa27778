//! `plan note`: add a narrative about an item of the plan to the journal.

use plan::i18n::MsgId;
use plan::model::{Entry, Topic};

use super::prompt;
use super::shared::append::{begin, date, evidence, write};
use super::shared::args;
use super::shared::context::{Context, Ready};
use super::shared::output::{Exit, Stop};
use crate::cli::NoteArgs;

pub fn run(ctx: &Context, args: &NoteArgs) -> Result<Exit, Stop> {
    let complete = args.id.is_some() && args.topic.is_some() && args.text.is_some();
    let early = begin(ctx, complete, &args.entry);
    let ready = ctx.plan_to_write("note")?;
    if !complete {
        let asked = prompt::note(ctx, &ready, args)?;
        let entry = narrative(ctx, &ready, &asked)?;
        return prompt::finish(ctx, &ready, entry, asked.entry.dry_run);
    }
    let entry = narrative(ctx, &ready, args)?;
    write(ctx, &ready, entry, args.entry.dry_run, early)
}

/// The narrative the arguments describe, or why they are refused.
fn narrative(ctx: &Context, ready: &Ready, args: &NoteArgs) -> Result<Entry, Stop> {
    let date = date(ctx, ready, &args.entry)?;
    let (unknown, help) = (MsgId::UnknownTopic, MsgId::UnknownTopicHelp);
    let given = args.topic.as_deref().unwrap_or_default();
    let topic = args::word(ready.lang, given, Topic::from_name, Topic::spellings(), unknown, help)?;
    let text = args.text.clone().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::EmptyTextArgument));
    }
    Ok(Entry::Narrative {
        date,
        about: args.id.as_deref().unwrap_or_default().trim().to_string(),
        topic,
        text,
        evidence: evidence(ctx, ready, &args.entry),
    })
}
