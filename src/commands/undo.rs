//! `plan undo`: removes the last entry added by `record`, `assess` or `note`.

use plan::i18n::{Message, MsgId};
use plan::layout::display_path;
use plan::write::{UndoError, undo};

use super::shared::append::{PATIENCE, refusal};
use super::shared::context::Context;
use super::shared::output::{Exit, Stop, err, escape_lines, fit, line, out};
use crate::cli::UndoArgs;

pub fn run(ctx: &Context, args: &UndoArgs) -> Result<Exit, Stop> {
    if ctx.at.is_some() {
        let message = Message::new(MsgId::AtWritesNothing).arg("command", "undo");
        return Err(Stop::trouble(ctx.lang(None), message));
    }
    let (opened, workspace) = ctx.open()?;
    let lang = ctx.lang(workspace.language());
    let mut on_wait = || {
        let _ = err(lang, &(line(lang, &MsgId::Waiting.into()) + "\n"));
    };
    match undo(&opened.dir, args.dry_run, PATIENCE, &mut on_wait) {
        Ok(undone) => {
            let file = display_path(&undone.file, &ctx.cwd);
            let heading = if args.dry_run { MsgId::UndoDryRun } else { MsgId::UndoDone };
            // The headings are cut to the terminal; the entry is TOML, shown whole.
            let prose = |message: Message| fit(&(line(lang, &message) + "\n"), std::io::stdout()).into_owned();
            let mut text = prose(Message::new(heading).arg("file", &file));
            text += &escape_lines(undone.entry.trim_start_matches(['\r', '\n']));
            if undone.removes_file {
                text += &prose(Message::new(MsgId::UndoFileRemoved).arg("file", &file));
            }
            out(lang, &text)?;
            Ok(Exit::Success)
        }
        Err(UndoError::Nothing) => Err(Stop::refused(lang, MsgId::UndoNothing)),
        Err(UndoError::Changed(path)) => {
            let file = display_path(&path, &ctx.cwd);
            Err(Stop::refused(lang, Message::new(MsgId::UndoChanged).arg("file", file))
                .help(Some(MsgId::UndoChangedHelp.into())))
        }
        Err(UndoError::Append(e)) => {
            let file = display_path(&opened.dir.join("journal"), &ctx.cwd);
            Err(refusal(ctx, lang, &opened.dir, &e, &file))
        }
    }
}
