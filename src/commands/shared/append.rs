//! The path from a new entry to the journal, shared by `record` and `assess`:
//! the entry's date, the entry checked against the plan, then shown
//! (`--dry-run`) or appended to its year's file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use plan::diagnostic::Tally;
use plan::i18n::{Message, MsgId};
use plan::layout::{JOURNAL_DIR, LOCK_FILE, WORK_DIR, display_path, journal_path};
use plan::model::{Entry, Found, Lang, Listing, is_address};
use plan::render::{self, level_word, topic_word};
use plan::source::Source;
use plan::workspace::Workspace;
use plan::write::{Append, AppendError, Appended, Durable, Early, Refusal, append, entry_toml, worth_copying};

use super::args;
use super::context::{Context, Ready};
use super::output::{
    Exit, Stop, err, escape_lines, fit, io_reason, line, out, stderr_style, warn, warn_with_help, write_stdout,
};
use crate::cli::EntryArgs;

/// How long `record` waits for another run that holds the plan's lock.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// Before the plan is checked, when all of an entry's arguments are given
/// (no prompt will follow) and it is not a `--dry-run`: if the entry's year
/// is a big file, takes the lock and begins copying that file to the new one,
/// so that the copy runs beside the check (see `write/early.rs`). `None`
/// when not worth it, or not possible: then nothing was begun, and the
/// append does it all after the check.
pub fn begin(ctx: &Context, complete: bool, args: &EntryArgs) -> Option<Early> {
    if !complete || args.dry_run || ctx.at.is_some() {
        return None;
    }
    // A wrong date is told after the check, in the plan's language.
    let date = args::date_or(Lang::En, args.date.as_deref(), ctx.today, ctx.today).ok()?;
    let dir = ctx.plan_dir().ok()?;
    // A plan year starts in the date's calendar year or the one before.
    if ![date.year(), date.year() - 1].iter().any(|&year| worth_copying(&journal_path(&dir, year))) {
        return None;
    }
    let plan = Workspace::open(Source::Definitions { dir: dir.clone(), cwd: ctx.cwd.clone() }).plan?;
    Early::begin(&dir, &journal_path(&dir, plan.meta.year_of(date)), ctx.pace)
}

/// The entry's date: `--date`, or today.
pub fn date(ctx: &Context, ready: &Ready, args: &EntryArgs) -> Result<NaiveDate, Stop> {
    args::date_or(ready.lang, args.date.as_deref(), ctx.today, ctx.today)
}

/// The entry's `--evidence`, each as the journal names it (see
/// [`EvidencePaths::named`]); anything else is kept as given, for the
/// check to judge.
pub fn evidence(ctx: &Context, ready: &Ready, args: &EntryArgs) -> Vec<String> {
    let paths = EvidencePaths::new(ctx, ready);
    args.evidence.iter().map(|given| paths.named(given).unwrap_or_else(|| given.clone())).collect()
}

/// What turns a path given as evidence (typed from the current folder, or
/// in full: a file dragged into the terminal) into the path the journal
/// writes, from the plan's folder, with `/`. Owned, for the prompt's checks.
#[derive(Clone)]
pub struct EvidencePaths {
    cwd: PathBuf,
    dir: PathBuf,
    listing: Listing,
}

impl EvidencePaths {
    pub fn new(ctx: &Context, ready: &Ready) -> EvidencePaths {
        EvidencePaths { cwd: ctx.cwd.clone(), dir: ready.dir.clone(), listing: ready.valid.listing.clone() }
    }

    /// The plan folder's files and folders.
    pub fn listing(&self) -> &Listing {
        &self.listing
    }

    /// `given`'s path from the plan's folder, when the plan does not already
    /// name a file so and `given` names one inside that folder. A dragged
    /// path's quotes (`'…'`, `"…"`) and, in full on macOS, the backslashes
    /// before its spaces and signs are taken off.
    pub fn named(&self, given: &str) -> Option<String> {
        let given = dragged(given);
        if is_address(given) || self.listing.get(&given.replace('\\', "/")) == Some(Found::File) {
            return None;
        }
        let unescaped = given.starts_with('/').then(|| unescaped(given));
        [Some(given), unescaped.as_deref()].into_iter().flatten().find_map(|given| self.inside(given))
    }

    /// The path from the plan's folder of the file `given` names from the
    /// current folder, if it is a file of the plan's folder.
    fn inside(&self, given: &str) -> Option<String> {
        let file = self.cwd.join(given).canonicalize().ok()?;
        let inside = file.strip_prefix(self.dir.canonicalize().ok()?).ok()?;
        let parts: Vec<String> = inside.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        let path = parts.join("/");
        (self.listing.get(&path) == Some(Found::File)).then_some(path)
    }
}

/// A path as dragged into a terminal: without the spaces around it, nor the
/// quotes some terminals put around it when it has spaces.
fn dragged(given: &str) -> &str {
    let given = given.trim();
    ['"', '\'']
        .iter()
        .find_map(|&q| given.strip_prefix(q).and_then(|rest| rest.strip_suffix(q)))
        .map_or(given, str::trim)
}

/// `pv\ (2019).pdf` as `pv (2019).pdf`: macOS's Terminal writes a dragged
/// path with a backslash before each space or sign.
fn unescaped(given: &str) -> String {
    let mut out = String::with_capacity(given.len());
    let mut chars = given.chars();
    while let Some(c) = chars.next() {
        out.extend(if c == '\\' { chars.next() } else { Some(c) });
    }
    out
}

/// Checks the entry against the plan, then writes it (or, with `--dry-run`,
/// shows it), with the copy [`begin`] made, if any.
pub fn write(ctx: &Context, ready: &Ready, entry: Entry, dry_run: bool, early: Option<Early>) -> Result<Exit, Stop> {
    check(ctx, ready, &entry)?;
    store(ctx, ready, entry, dry_run, early)
}

/// Checks the entry against the plan: its errors refuse it, its warnings are
/// shown (on stderr) and let it through.
pub fn check(ctx: &Context, ready: &Ready, entry: &Entry) -> Result<(), Stop> {
    let lang = ready.lang;
    let diags = ready.valid.check_entry(entry);
    let shown = render::render_human(&diags, &ready.valid.sources, stderr_style(lang));
    if Tally::of(&diags).errors > 0 {
        return Err(Stop::refused(lang, MsgId::Refused).after(shown));
    }
    err(lang, &shown)?;
    if entry.date() > ctx.today {
        let message = Message::new(MsgId::FutureEntry).arg("date", entry.date()).arg("today", ctx.today);
        warn_with_help(lang, &message, &MsgId::FutureEntryHelp.into());
    }
    Ok(())
}

/// Where an entry goes: its year's journal file, and that file as messages name it.
pub fn destination(ctx: &Context, ready: &Ready, entry: &Entry) -> (PathBuf, String) {
    let year = ready.valid.plan.meta.year_of(entry.date());
    let path = journal_path(&ready.valid.dir, year);
    let file = display_path(&path, &ctx.cwd);
    (path, file)
}

/// The entry as it will be written: levels and topics in the plan's
/// language, whatever --lang says.
pub fn entry_text(ready: &Ready, entry: &Entry) -> String {
    entry_toml(entry, ready.valid.plan.meta.language.unwrap_or(ready.lang))
}

/// Appends a checked entry to its year's file (or, with `--dry-run`, shows it).
pub fn store(ctx: &Context, ready: &Ready, entry: Entry, dry_run: bool, early: Option<Early>) -> Result<Exit, Stop> {
    let lang = ready.lang;
    let meta = &ready.valid.plan.meta;
    let year = meta.year_of(entry.date());
    let (path, file) = destination(ctx, ready, &entry);
    let words = meta.language.unwrap_or(lang);
    if dry_run {
        let heading = line(lang, &Message::new(MsgId::DryRun).arg("file", &file));
        out(lang, &format!("{heading}\n{}", escape_lines(&entry_text(ready, &entry))))?;
        return Ok(Exit::Success);
    }
    let header = Message::new(MsgId::JournalHeader).arg("label", meta.year_label(year)).render(lang);
    let dir = &ready.valid.dir;
    let found = ready.valid.sources.find(&path);
    let checked = found.map(|(_, f)| f.text.as_str());
    let regular = found.is_some_and(|(id, _)| ready.valid.journal.regular.contains(&id));
    let to = Append {
        plan_dir: dir,
        path: &path,
        header: &header,
        lang: words,
        pace: ctx.pace,
        patience: PATIENCE,
        checked,
        regular,
    };
    let mut on_wait = || {
        let _ = err(lang, &(line(lang, &MsgId::Waiting.into()) + "\n"));
    };
    match append(&to, &entry, early, &mut on_wait) {
        Ok(appended) => Ok(confirm(lang, &entry, &appended, &file)),
        Err(error) => Err(refusal(ctx, lang, &ready.valid.dir, &error, &file)),
    }
}

/// Says what was written, and where. The entry is written: whatever happens
/// to this message, the command has succeeded.
fn confirm(lang: Lang, entry: &Entry, appended: &Appended, file: &str) -> Exit {
    let message = match entry {
        Entry::Activity { date, title, indicators, .. } => Message::new(MsgId::RecordedActivity)
            .arg("date", date)
            .arg("title", title)
            .arg("ids", indicators.join(", ")),
        Entry::Assessment { date, indicator, level, .. } => Message::new(MsgId::RecordedAssessment)
            .arg("date", date)
            .arg("id", indicator)
            .arg_msg("level", level_word(*level)),
        Entry::Narrative { date, about, topic, .. } => Message::new(MsgId::RecordedNarrative)
            .arg("date", date)
            .arg("id", about)
            .arg_msg("topic", topic_word(*topic)),
    };
    let message = message.arg("file", file).arg("line", appended.line);
    let mut text = line(lang, &message) + "\n";
    for echoed in echo(entry) {
        // A text of several lines: each on its own line, indented under the first.
        for (i, part) in echoed.render(lang).lines().enumerate() {
            let indent = if i == 0 { "  " } else { "      " };
            text += &format!("{indent}{}\n", escape_lines(part).trim_end());
        }
    }
    if let Err(e) = write_stdout(&fit(&text, std::io::stdout())) {
        warn(lang, &Message::new(MsgId::ConfirmationLost).arg("reason", e));
    }
    if appended.durable == Durable::NotSynced {
        warn(lang, &MsgId::NotDurable.into());
    }
    Exit::Success
}

/// What the confirmation repeats of the entry, besides its date, title and
/// indicators: everything else that was written.
fn echo(entry: &Entry) -> Vec<Message> {
    let mut lines = Vec::new();
    let (amount, note, text, evidence, tags) = match entry {
        Entry::Activity { amount, note, evidence, tags, .. } => {
            (Some(*amount), note.as_deref(), None, evidence, &tags[..])
        }
        Entry::Assessment { note, evidence, .. } => (None, note.as_deref(), None, evidence, &[][..]),
        Entry::Narrative { text, evidence, .. } => (None, None, Some(text.as_str()), evidence, &[][..]),
    };
    if let Some(n) = amount.filter(|&n| n != 1) {
        lines.push(Message::new(MsgId::EchoAmount).arg("n", n));
    }
    if let Some(text) = text {
        lines.push(Message::new(MsgId::EchoText).arg("text", text.trim()));
    }
    if let Some(note) = note {
        lines.push(Message::new(MsgId::EchoNote).arg("note", note.trim()));
    }
    if !tags.is_empty() {
        let list: Vec<String> = tags.iter().map(|(n, v)| format!("{n}={}", v.join(", "))).collect();
        lines.push(Message::new(MsgId::TagsLine).arg("list", list.join(" ; ")));
    }
    if !evidence.is_empty() {
        lines.push(Message::new(MsgId::EvidenceLine).arg("list", evidence.join(", ")));
    }
    lines
}

/// Why the journal file was not written: an I/O trouble (exit 2), or a refusal (exit 1).
pub fn refusal(ctx: &Context, lang: Lang, plan_dir: &Path, error: &AppendError, file: &str) -> Stop {
    let with_file = |id: MsgId| Message::new(id).arg("file", file);
    match error {
        AppendError::Refused(refusal) => {
            let (message, help) = link_refusal(ctx, plan_dir, refusal, file);
            Stop::refused(lang, message).help(help)
        }
        AppendError::ReadOnly => {
            Stop::trouble(lang, with_file(MsgId::JournalReadOnly)).help(Some(with_file(MsgId::JournalReadOnlyHelp)))
        }
        AppendError::Io(e) => Stop::trouble(lang, io_reason(with_file(MsgId::JournalIo), e)),
        AppendError::Busy => Stop::trouble(lang, Message::new(MsgId::JournalBusy).arg("secs", PATIENCE.as_secs()))
            .help(Some(MsgId::JournalBusyHelp.into())),
        AppendError::Unparsable => {
            Stop::refused(lang, with_file(MsgId::JournalUnparsable)).help(Some(MsgId::JournalUnparsableHelp.into()))
        }
        AppendError::WouldNotParse => Stop::refused(lang, with_file(MsgId::JournalWouldNotParse))
            .help(Some(MsgId::JournalWouldNotParseHelp.into())),
    }
}

/// A link or a special file where plan would write.
fn link_refusal(ctx: &Context, plan_dir: &Path, refusal: &Refusal, file: &str) -> (Message, Option<Message>) {
    let shown = |path: &Path| display_path(path, &ctx.cwd);
    let work = plan_dir.join(WORK_DIR);
    let folder = |path: &Path| shown(path) + "/";
    match refusal {
        Refusal::JournalDirIsLink => {
            let dir = folder(&plan_dir.join(JOURNAL_DIR));
            (
                Message::new(MsgId::JournalDirLink).arg("dir", &dir),
                Some(Message::new(MsgId::JournalDirLinkHelp).arg("dir", &dir)),
            )
        }
        Refusal::WorkDirIsLink => {
            let dir = folder(&work);
            (
                Message::new(MsgId::WorkDirLink).arg("dir", &dir),
                Some(Message::new(MsgId::WorkDirLinkHelp).arg("dir", &dir)),
            )
        }
        Refusal::LockIsLink => {
            (Message::new(MsgId::LockLink).arg("file", shown(&work.join(LOCK_FILE))), Some(MsgId::LockLinkHelp.into()))
        }
        Refusal::LinksOutside(target) => (
            Message::new(MsgId::JournalLinksOutside).arg("file", file).arg("target", shown(target)),
            Some(MsgId::JournalLinksOutsideHelp.into()),
        ),
        Refusal::NotRegular => {
            (Message::new(MsgId::JournalNotRegular).arg("file", file), Some(MsgId::NotRegularHelp.into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{dragged, unescaped};

    #[test]
    fn a_dragged_path_loses_its_quotes_and_its_escapes() {
        assert_eq!(dragged("  '/home/léa/plan/pv du comité.pdf' "), "/home/léa/plan/pv du comité.pdf", "GNOME");
        assert_eq!(dragged("\"C:\\Plan\\pv du comité.pdf\""), "C:\\Plan\\pv du comité.pdf", "Windows");
        assert_eq!(dragged("'pv.pdf\""), "'pv.pdf\"", "quotes that do not match are kept");
        assert_eq!(dragged("'"), "'");
        assert_eq!(unescaped("/Users/léa/pv\\ du\\ comité\\ \\(2019\\).pdf"), "/Users/léa/pv du comité (2019).pdf");
        assert_eq!(unescaped("/a\\\\b"), "/a\\b", "an escaped backslash is one");
        assert_eq!(unescaped("/a\\"), "/a", "a backslash at the end escapes nothing");
    }
}
