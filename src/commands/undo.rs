//! `plan undo`: removes the last entry added by `record`, `assess` or `note`.

use plan::i18n::{Message, MsgId};
use plan::layout::display_path;
use plan::write::{UndoError, undo};

use super::shared::append::{PATIENCE, refusal};
use super::shared::context::Context;
use super::shared::output::{Exit, Stop, err, escape_lines, line, out};
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
            let mut text = line(lang, &Message::new(heading).arg("file", &file)) + "\n";
            text += &escape_lines(undone.entry.trim_start_matches(['\r', '\n']));
            if undone.removes_file {
                text += &(line(lang, &Message::new(MsgId::UndoFileRemoved).arg("file", &file)) + "\n");
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
