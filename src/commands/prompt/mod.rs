//! Guided entry: `record`, `assess` and `note` without their arguments ask
//! for each field on the terminal, in the UI language, and give back the
//! arguments the flags would have given, so that the checks and the write
//! are the ones the flags go through.

mod ask;
mod entries;

use std::io::IsTerminal;

use plan::i18n::{Message, MsgId};
use plan::model::{Entry, Lang};

use super::shared::append::{self, destination, entry_text};
use super::shared::context::{Context, Ready};
use super::shared::output::{Exit, Stop, err, escape_lines, line};

pub use entries::{assess, note, record};

/// Whether a person can answer: the keyboard and the screen are a terminal.
fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Off a terminal, the arguments that are missing, named, as a usage error.
fn missing(lang: Lang, command: &str, names: &[&str]) -> Stop {
    let message = Message::new(MsgId::MissingArguments).arg("list", names.join(", ")).arg("command", command);
    Stop::trouble(lang, message).help(Some(Message::new(MsgId::MissingArgumentsHelp).arg("command", command)))
}

/// The end of a guided entry: the entry checked (its errors refuse it, its
/// warnings shown), shown as it will be written, confirmed, then written.
/// With `--dry-run` it is shown and nothing is asked.
pub fn finish(ctx: &Context, ready: &Ready, entry: Entry, dry_run: bool) -> Result<Exit, Stop> {
    append::check(ctx, ready, &entry)?;
    if !dry_run {
        let lang = ready.lang;
        let (_, file) = destination(ctx, ready, &entry);
        let heading = line(lang, &Message::new(MsgId::PromptPreview).arg("file", &file));
        err(lang, &format!("\n{heading}\n\n{}\n", escape_lines(&entry_text(ready, &entry))))?;
        if !ask::Asker::new(ctx, ready).confirm()? {
            return Err(cancelled(lang));
        }
    }
    append::store(ctx, ready, entry, dry_run, None)
}

/// The person stopped: nothing was written (exit 1).
fn cancelled(lang: Lang) -> Stop {
    Stop::refused(lang, MsgId::PromptCancelled)
}
