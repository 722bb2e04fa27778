//! What `record` and `assess` share: check the entry, then print it
//! (`--dry-run`) or append it to its year's journal file.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use plan::check::check_entry;
use plan::diagnostic::{self, Tally, TextStyle};
use plan::i18n::{Lang, Message, MsgId};
use plan::journal::{AppendError, Appended, Entry, append, journal_path};
use plan::load::{Sources, display_path};
use plan::render::level_word;
use plan::text::escape_controls;

use super::{Context, Exit, Valid};
use crate::cli::EntryArgs;

/// What `record` and `assess` need before building their entry: the valid plan
/// and the entry's date. `Err` after saying why not.
pub fn prepare(ctx: &Context, args: &EntryArgs) -> Result<(Valid, NaiveDate), Exit> {
    let valid = ctx.valid_plan()?;
    let date = date(ctx, &valid, args)?;
    Ok((valid, date))
}

/// The entry's date: `--date`, or today. `Err` after saying why the date was refused.
fn date(ctx: &Context, valid: &Valid, args: &EntryArgs) -> Result<NaiveDate, Exit> {
    match &args.date {
        None => Ok(chrono::Local::now().date_naive()),
        Some(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
            refuse(ctx, valid.lang, Message::new(MsgId::BadDateArgument).arg("value", text));
            Exit::Refused
        }),
    }
}

/// Says why input was refused (nothing is written).
pub fn refuse(ctx: &Context, lang: Lang, message: Message) {
    ctx.error(lang, &message, None);
}

/// Checks the entry against the plan, then writes it (or, with `--dry-run`, shows it).
pub fn write(ctx: &Context, valid: &Valid, entry: Entry, dry_run: bool) -> Result<Exit> {
    let diags = check_entry(&valid.plan, &entry);
    let text = diagnostic::render_human(&diags, &Sources::default(), TextStyle { lang: valid.lang, color: true });
    anstream::stderr().write_all(text.as_bytes())?;
    if Tally::of(&diags).errors > 0 {
        refuse(ctx, valid.lang, Message::new(MsgId::Refused));
        return Ok(Exit::Refused);
    }
    let meta = &valid.plan.meta;
    let year = meta.year_of(entry.date());
    let path = journal_path(&valid.dir, year);
    let shown = display_path(&path, &ctx.cwd);
    if dry_run {
        let mut out = anstream::stdout().lock();
        writeln!(out, "{}", Message::new(MsgId::DryRun).arg("file", &shown).render(valid.lang))?;
        write!(out, "{}", escape_controls_lines(&entry.to_toml()))?;
        return Ok(Exit::Success);
    }
    let header = Message::new(MsgId::JournalHeader).arg("label", meta.year_label(year)).render(valid.lang);
    match append(&path, &entry, &header) {
        Ok(appended) => report(valid.lang, &entry, &appended, &shown),
        Err(error) => {
            let (message, help) = append_error(&error, &shown);
            ctx.error(valid.lang, &message, help.as_ref());
            Ok(if matches!(error, AppendError::Io { .. } | AppendError::ReadOnly { .. }) {
                Exit::Trouble
            } else {
                Exit::Refused
            })
        }
    }
}

/// TOML text made safe for the terminal, line by line.
fn escape_controls_lines(text: &str) -> String {
    text.lines().map(|l| escape_controls(l).into_owned() + "\n").collect()
}

fn report(lang: Lang, entry: &Entry, appended: &Appended, shown: &str) -> Result<Exit> {
    let message = match entry {
        Entry::Activity { date, title, indicators, .. } => Message::new(MsgId::RecordedActivity)
            .arg("date", date)
            .arg("title", escape_controls(title))
            .arg("ids", escape_controls(&indicators.join(", "))),
        Entry::Assessment { date, indicator, level, .. } => Message::new(MsgId::RecordedAssessment)
            .arg("date", date)
            .arg("id", escape_controls(indicator))
            .arg_msg("level", level_word(*level)),
    };
    let message = message.arg("file", shown).arg("line", appended.line);
    writeln!(anstream::stdout(), "{}", message.render(lang))?;
    Ok(Exit::Success)
}

fn append_error(error: &AppendError, shown: &str) -> (Message, Option<Message>) {
    let with_file = |id: MsgId| Message::new(id).arg("file", shown);
    match error {
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
    }
}
