//! The one output helper: how a command ends (its exit code), why it stopped
//! early ([`Stop`]), and how text, errors and diagnostics reach the terminal.
//! Messages are escaped here, once, on their way out.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use plan::i18n::{Message, MsgId};
use plan::model::Lang;
use plan::render::{TextStyle, escape_controls, wrap_prose};

/// How a command ended, as the process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Success,
    /// 1: the plan has errors, or the input was refused.
    Refused,
    /// 2: usage or I/O error.
    Trouble,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        match exit {
            Exit::Success => ExitCode::SUCCESS,
            Exit::Refused => ExitCode::from(1),
            Exit::Trouble => ExitCode::from(2),
        }
    }
}

/// Why a command stopped before its end: what the user is told, in which
/// language, and the exit code. Commands return it; `main` prints it.
#[derive(Debug)]
pub struct Stop {
    pub exit: Exit,
    lang: Lang,
    /// Diagnostics to show first, already rendered.
    diagnostics: String,
    message: Message,
    help: Option<Message>,
}

impl Stop {
    /// The input was refused (exit 1).
    pub fn refused(lang: Lang, message: impl Into<Message>) -> Stop {
        Stop { exit: Exit::Refused, lang, diagnostics: String::new(), message: message.into(), help: None }
    }

    /// A usage or I/O error (exit 2).
    pub fn trouble(lang: Lang, message: impl Into<Message>) -> Stop {
        Stop { exit: Exit::Trouble, ..Stop::refused(lang, message) }
    }

    pub fn help(mut self, help: Option<Message>) -> Stop {
        self.help = help;
        self
    }

    /// Rendered diagnostics that explain the stop, shown before its message.
    pub fn after(mut self, diagnostics: String) -> Stop {
        self.diagnostics = diagnostics;
        self
    }

    /// Tells the user why the command stopped, on stderr.
    pub fn print(&self) {
        let text = error_text(self.lang, &self.message, self.help.as_ref());
        let _ = write_styled(std::io::stderr(), &self.diagnostics);
        let _ = write_styled(std::io::stderr(), &fit(&text, std::io::stderr()));
    }
}

/// `error: MESSAGE` and, when given, `  = help: HELP`, each on its line.
fn error_text(lang: Lang, message: &Message, help: Option<&Message>) -> String {
    labelled(lang, (MsgId::ErrorPrefix, anstyle::AnsiColor::Red), message, help)
}

/// `LABEL: MESSAGE`, the label bold in its colour, and, when given,
/// `  = help: HELP`; in French, a space before each colon.
fn labelled(
    lang: Lang,
    (label, colour): (MsgId, anstyle::AnsiColor),
    message: &Message,
    help: Option<&Message>,
) -> String {
    let style = anstyle::Style::new().bold().fg_color(Some(colour.into()));
    let colon = lang.colon();
    let mut text = format!("{style}{}{style:#}{colon} {}\n", label.template(lang), line(lang, message));
    if let Some(help) = help {
        text += &format!("  = {}{colon} {}\n", MsgId::LevelHelp.template(lang), line(lang, help));
    }
    text
}

/// A message in `lang`, made safe for the terminal.
pub fn line(lang: Lang, message: &Message) -> String {
    escape_controls(&message.render(lang)).into_owned()
}

/// Text from a file (or to be written in one), made safe for the terminal line by line.
pub fn escape_lines(text: &str) -> String {
    text.lines().map(|l| escape_controls(l).into_owned() + "\n").collect()
}

/// Writes text to stdout. A reader that went away (`plan status | head -1`)
/// is not an error: the rest is not wanted.
pub fn out(lang: Lang, text: &str) -> Result<(), Stop> {
    quiet_on_closed_pipe(write_stdout(text)).map_err(|e| output_failed(lang, &e))
}

/// Writes prose to stdout: cut at spaces to the terminal's width when stdout
/// is a terminal (see [`fit`]); as it is otherwise.
pub fn say(lang: Lang, text: &str) -> Result<(), Stop> {
    out(lang, &fit(text, std::io::stdout()))
}

/// Writes prose to stderr, cut like [`say`]'s when stderr is a terminal.
pub fn say_err(lang: Lang, text: &str) -> Result<(), Stop> {
    err(lang, &fit(text, std::io::stderr()))
}

/// Prose for a stream: on a terminal, each line wider than it cut at spaces,
/// so that the terminal breaks no word in two. To a file or a pipe (the
/// minutes, a script, a test), each line is left whole.
pub fn fit(text: &str, stream: impl IsTerminal) -> Cow<'_, str> {
    match prose_width(stream) {
        Some(width) => Cow::Owned(wrap_prose(text, width)),
        None => Cow::Borrowed(text),
    }
}

/// The width to cut prose at on `stream`: the terminal's, when it is one
/// (and not so narrow that cutting would make a column of single words).
fn prose_width(stream: impl IsTerminal) -> Option<usize> {
    if !stream.is_terminal() {
        return None;
    }
    let (columns, _) = crossterm::terminal::size().ok()?;
    Some(usize::from(columns)).filter(|&width| width >= MIN_WIDTH)
}

/// How diagnostics are shown on stderr: in colour (which anstream drops
/// where it must), cut to the terminal's width when stderr is one.
pub fn stderr_style(lang: Lang) -> TextStyle {
    TextStyle { lang, color: true, width: prose_width(std::io::stderr()) }
}

/// The narrowest terminal prose is cut for.
const MIN_WIDTH: usize = 20;

/// Writes text to stdout, as it is, with the error if it fails.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    write_styled(std::io::stdout(), text)
}

/// Writes styled text to `raw` in one write, its styles taken out when they
/// are off (`--color never`, `NO_COLOR`, not a terminal): anstream would
/// write each stretch between two styles by itself, two million writes for
/// 100,000 diagnostics.
fn write_styled<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite>(
    mut raw: S,
    text: &str,
) -> std::io::Result<()> {
    if anstream::AutoStream::choice(&raw) == anstream::ColorChoice::Never {
        let plain = anstream::adapter::strip_str(text).to_string();
        return raw.write_all(plain.as_bytes()).and_then(|()| raw.flush());
    }
    let mut stream = anstream::AutoStream::auto(raw);
    stream.write_all(text.as_bytes()).and_then(|()| stream.flush())
}

/// Adds why an I/O operation failed: in the UI language for the common
/// reasons, else as the system says it.
pub fn io_reason(message: Message, error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    let reason = match error.kind() {
        ErrorKind::StorageFull => MsgId::ReasonDiskFull,
        ErrorKind::QuotaExceeded => MsgId::ReasonQuota,
        ErrorKind::ReadOnlyFilesystem => MsgId::ReasonReadOnlyDisk,
        ErrorKind::FileTooLarge => MsgId::ReasonTooLarge,
        ErrorKind::PermissionDenied => MsgId::ReasonPermission,
        ErrorKind::NotFound => MsgId::ReasonNotFound,
        _ => return message.arg("reason", error),
    };
    message.arg_msg("reason", reason)
}

/// Writes bytes to stdout, as they are.
pub fn write_bytes(lang: Lang, bytes: &[u8]) -> Result<(), Stop> {
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_all(bytes).and_then(|()| stdout.flush());
    quiet_on_closed_pipe(written).map_err(|e| output_failed(lang, &e))
}

/// Writes text to stderr: diagnostics, and the summary of a failed check.
pub fn err(lang: Lang, text: &str) -> Result<(), Stop> {
    let written = write_styled(std::io::stderr(), text);
    quiet_on_closed_pipe(written).map_err(|e| output_failed(lang, &e))
}

/// `warning: MESSAGE` on stderr, for what went wrong after the work was done.
/// If even that cannot be written, there is no one left to tell.
pub fn warn(lang: Lang, message: &Message) {
    warning(lang, message, None);
}

/// `warning: MESSAGE` and `  = help: HELP` on stderr, for a likely mistake
/// that does not stop the command.
pub fn warn_with_help(lang: Lang, message: &Message, help: &Message) {
    warning(lang, message, Some(help));
}

fn warning(lang: Lang, message: &Message, help: Option<&Message>) {
    let text = labelled(lang, (MsgId::LevelWarning, anstyle::AnsiColor::Yellow), message, help);
    let _ = write_styled(std::io::stderr(), &fit(&text, std::io::stderr()));
}

fn quiet_on_closed_pipe(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A renderer's failure: a fault of `plan`, reported as such.
pub fn render_failed(lang: Lang, error: plan::render::RenderError) -> Stop {
    Stop::trouble(lang, Message::new(MsgId::RenderFailed).arg("reason", error.0))
}

fn output_failed(lang: Lang, error: &std::io::Error) -> Stop {
    Stop::trouble(lang, Message::new(MsgId::OutputFailed).arg("reason", error))
}
