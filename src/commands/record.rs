//! `plan record`: add an activity to the journal.

use std::num::IntErrorKind;

use plan::i18n::{Message, MsgId};
use plan::model::{Entry, Lang};

use super::prompt;
use super::shared::append::{begin, date, evidence, write};
use super::shared::context::{Context, Ready};
use super::shared::output::{Exit, Stop};
use crate::cli::RecordArgs;

pub fn run(ctx: &Context, args: &RecordArgs) -> Result<Exit, Stop> {
    let complete = args.title.is_some() && !args.indicators.is_empty();
    let early = begin(ctx, complete, &args.entry);
    let ready = ctx.plan_to_write("record")?;
    if !complete {
        let asked = prompt::record(ctx, &ready, args)?;
        let entry = activity(ctx, &ready, &asked)?;
        return prompt::finish(ctx, &ready, entry, asked.entry.dry_run);
    }
    let entry = activity(ctx, &ready, args)?;
    let written = write(ctx, &ready, entry, args.entry.dry_run, early);
    // As status does: the process ends right after; freeing the plan is waste.
    let _ = std::mem::ManuallyDrop::new(ready);
    written
}

/// The activity the arguments describe, or why they are refused.
fn activity(ctx: &Context, ready: &Ready, args: &RecordArgs) -> Result<Entry, Stop> {
    let date = date(ctx, ready, &args.entry)?;
    let title = args.title.clone().unwrap_or_default();
    if title.trim().is_empty() {
        return Err(Stop::refused(ready.lang, MsgId::EmptyTitleArgument));
    }
    let amount = match &args.amount {
        None => 1,
        Some(text) => match text.trim().parse::<u32>() {
            Ok(n) if n > 0 => n,
            Err(e) if *e.kind() == IntErrorKind::PosOverflow => {
                return Err(Stop::refused(ready.lang, Message::new(MsgId::AmountArgumentTooBig).arg("value", text)));
            }
            _ => return Err(Stop::refused(ready.lang, Message::new(MsgId::BadAmountArgument).arg("value", text))),
        },
    };
    Ok(Entry::Activity {
        date,
        title,
        indicators: args.indicators.clone(),
        amount,
        note: args.note.clone(),
        evidence: evidence(ctx, ready, &args.entry),
        tags: tags(ready.lang, &args.tags)?,
    })
}

/// `--tag NAME=VALUE`, repeated: each name with its values, in the order given.
/// Whether the names and values are declared is checked with the entry.
fn tags(lang: Lang, args: &[String]) -> Result<Vec<(String, Vec<String>)>, Stop> {
    let mut tags: Vec<(String, Vec<String>)> = Vec::new();
    for arg in args {
        let Some((name, value)) = arg.split_once('=').filter(|(n, v)| !n.trim().is_empty() && !v.trim().is_empty())
        else {
            return Err(Stop::refused(lang, Message::new(MsgId::BadTagArgument).arg("value", arg)));
        };
        let (name, value) = (name.trim().to_string(), value.trim().to_string());
        match tags.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value),
            None => tags.push((name, vec![value])),
        }
    }
    Ok(tags)
}
