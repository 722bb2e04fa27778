//! Where a made file goes (a bilan, a workbook): a named file, written whole
//! through `write/`, or standard output; never binary data to a terminal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use plan::i18n::{Message, MsgId};
use plan::layout::display_path;
use plan::model::Lang;
use plan::write::{OutputError, write_output};

use super::context::Context;
use super::output::{Stop, io_reason, say, write_bytes};

/// Where output goes.
#[derive(Debug)]
pub enum Destination {
    Stdout,
    /// A file: its absolute path, and how to show it.
    File {
        path: PathBuf,
        shown: String,
    },
}

impl Destination {
    /// `--output FILE`, `-` for stdout, or else `default` (a file name in
    /// the current folder) when there is one, or stdout.
    pub fn of(ctx: &Context, output: Option<&Path>, default: Option<String>) -> Destination {
        let path = match (output, default) {
            (Some(p), _) if p == Path::new("-") => return Destination::Stdout,
            (Some(p), _) => ctx.cwd.join(p),
            (None, Some(name)) => ctx.cwd.join(name),
            (None, None) => return Destination::Stdout,
        };
        Destination::File { shown: display_path(&path, &ctx.cwd), path }
    }

    /// The folder the output will be read from, for relative links: the
    /// file's folder, or the current one.
    pub fn folder<'a>(&'a self, ctx: &'a Context) -> &'a Path {
        match self {
            Destination::File { path, .. } => path.parent().unwrap_or(&ctx.cwd),
            Destination::Stdout => &ctx.cwd,
        }
    }

    /// Refuses binary data for a terminal, before any work is done.
    pub fn check_binary(&self, lang: Lang) -> Result<(), Stop> {
        if matches!(self, Destination::Stdout) && std::io::stdout().is_terminal() {
            let stop = Stop::trouble(lang, MsgId::BinaryToTerminal);
            return Err(stop.help(Some(MsgId::BinaryToTerminalHelp.into())));
        }
        Ok(())
    }

    /// Writes the bytes; for a file, says so with `written` (a message with a `{path}`).
    pub fn deliver(&self, lang: Lang, bytes: &[u8], written: MsgId) -> Result<(), Stop> {
        match self {
            Destination::Stdout => write_bytes(lang, bytes),
            Destination::File { path, shown } => {
                write_output(path, bytes).map_err(|e| refusal(lang, e, path, shown))?;
                say(lang, &format!("{}\n", Message::new(written).arg("path", shown).render(lang)))
            }
        }
    }
}

fn refusal(lang: Lang, error: OutputError, path: &Path, shown: &str) -> Stop {
    match error {
        OutputError::Toml => {
            let suggestion = path.with_extension("html");
            let name = suggestion.file_name().map_or("bilan.html".into(), |n| n.to_string_lossy().into_owned());
            let help = Message::new(MsgId::OutputIsTomlHelp).arg("suggestion", name);
            Stop::refused(lang, Message::new(MsgId::OutputIsToml).arg("path", shown)).help(Some(help))
        }
        OutputError::Io(e) => {
            let message = io_reason(Message::new(MsgId::OutputUnwritable).arg("path", shown), &e);
            Stop::trouble(lang, message).help(Some(MsgId::OutputUnwritableHelp.into()))
        }
    }
}
