//! The path from a new entry to the journal, shared by `record` and `assess`:
//! the entry's date, the entry checked against the plan, then shown
//! (`--dry-run`) or appended to its year's file.

use chrono::NaiveDate;
use plan::diagnostic::Tally;
use plan::i18n::{Message, MsgId};
use plan::layout::{display_path, journal_path};
use plan::model::{Entry, Lang};
use plan::render::{self, TextStyle, level_word};
use plan::source::Sources;
use plan::write::{AppendError, Appended, append, entry_toml};

use super::args;
use super::context::{Context, Ready};
use super::output::{Exit, Stop, err, escape_lines, line, out};
use crate::cli::EntryArgs;

/// The entry's date: `--date`, or today.
pub fn date(ctx: &Context, ready: &Ready, args: &EntryArgs) -> Result<NaiveDate, Stop> {
    args::date_or(ready.lang, args.date.as_deref(), ctx.today)
}

/// Checks the entry against the plan, then writes it (or, with `--dry-run`, shows it).
pub fn write(ctx: &Context, ready: &Ready, entry: Entry, dry_run: bool) -> Result<Exit, Stop> {
    let lang = ready.lang;
    let diags = ready.valid.check_entry(&entry);
    let shown = render::render_human(&diags, &Sources::default(), TextStyle { lang, color: true });
    if Tally::of(&diags).errors > 0 {
        return Err(Stop::refused(lang, MsgId::Refused).after(shown));
    }
    err(lang, &shown)?;
    let meta = &ready.valid.plan.meta;
    let year = meta.year_of(entry.date());
    let path = journal_path(&ready.valid.dir, year);
    let file = display_path(&path, &ctx.cwd);
    if dry_run {
        let heading = line(lang, &Message::new(MsgId::DryRun).arg("file", &file));
        out(lang, &format!("{heading}\n{}", escape_lines(&entry_toml(&entry))))?;
        return Ok(Exit::Success);
    }
    let header = Message::new(MsgId::JournalHeader).arg("label", meta.year_label(year)).render(lang);
    match append(&path, &entry, &header, ctx.pace) {
        Ok(appended) => confirm(lang, &entry, &appended, &file),
        Err(error) => Err(refusal(lang, &error, &file)),
    }
}

/// Says what was written, and where.
fn confirm(lang: Lang, entry: &Entry, appended: &Appended, file: &str) -> Result<Exit, Stop> {
    let message = match entry {
        Entry::Activity { date, title, indicators, .. } => Message::new(MsgId::RecordedActivity)
            .arg("date", date)
            .arg("title", title)
            .arg("ids", indicators.join(", ")),
        Entry::Assessment { date, indicator, level, .. } => Message::new(MsgId::RecordedAssessment)
            .arg("date", date)
            .arg("id", indicator)
            .arg_msg("level", level_word(*level)),
    };
    let message = message.arg("file", file).arg("line", appended.line);
    out(lang, &(line(lang, &message) + "\n"))?;
    Ok(Exit::Success)
}

/// Why the entry was not written.
fn refusal(lang: Lang, error: &AppendError, file: &str) -> Stop {
    let with_file = |id: MsgId| Message::new(id).arg("file", file);
    let (message, help) = match error {
        AppendError::ReadOnly { .. } => {
            (with_file(MsgId::JournalReadOnly), Some(with_file(MsgId::JournalReadOnlyHelp)))
        }
        AppendError::Unparsable { .. } => {
            (with_file(MsgId::JournalUnparsable), Some(MsgId::JournalUnparsableHelp.into()))
        }
        AppendError::WouldNotParse { .. } => {
            (with_file(MsgId::JournalWouldNotParse), Some(MsgId::JournalWouldNotParseHelp.into()))
        }
        AppendError::Io { path, error } => {
            (Message::new(MsgId::JournalIo).arg("file", path.display()).arg("reason", error), None)
        }
    };
    match error {
        AppendError::Io { .. } | AppendError::ReadOnly { .. } => Stop::trouble(lang, message).help(help),
        AppendError::Unparsable { .. } | AppendError::WouldNotParse { .. } => Stop::refused(lang, message).help(help),
    }
}
