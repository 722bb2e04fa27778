//! `plan check`: validate every file and report all problems.

use plan::model::Lang;
use plan::render;
use plan::workspace::Workspace;

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, err, line, out, say, say_err, stderr_style};
use crate::cli::{CheckArgs, CheckFormat};

pub fn run(ctx: &Context, args: &CheckArgs) -> Result<Exit, Stop> {
    let (opened, workspace) = ctx.open()?;
    let lang = ctx.lang(workspace.language());
    let shown = opened.shown;
    match args.format {
        CheckFormat::Human => print_human(&workspace, lang, &shown, args.deny_warnings)?,
        CheckFormat::Json => out(lang, &render::check_json(&workspace, lang, &shown))?,
        CheckFormat::Github => out(lang, &render::render_github(&workspace.diagnostics, &workspace.sources, lang))?,
    }
    let exit = exit(&workspace, args.deny_warnings);
    let _ = std::mem::ManuallyDrop::new(workspace);
    Ok(exit)
}

/// Whether the run fails: 2 when a file could not be read, 1 on errors (or
/// warnings, with `--deny-warnings`).
fn exit(workspace: &Workspace, deny_warnings: bool) -> Exit {
    if workspace.has_io_errors() {
        Exit::Trouble
    } else if fails(workspace, deny_warnings) {
        Exit::Refused
    } else {
        Exit::Success
    }
}

fn fails(workspace: &Workspace, deny_warnings: bool) -> bool {
    let tally = workspace.tally();
    tally.errors > 0 || (deny_warnings && tally.warnings > 0)
}

/// Diagnostics on stderr, then the closing line: on stdout when the plan passes.
fn print_human(workspace: &Workspace, lang: Lang, shown: &str, deny_warnings: bool) -> Result<(), Stop> {
    err(lang, &render::render_human(&workspace.diagnostics, &workspace.sources, stderr_style(lang)))?;
    let summary = line(lang, &render::check_summary(workspace, shown, deny_warnings)) + "\n";
    if fails(workspace, deny_warnings) { say_err(lang, &summary) } else { say(lang, &summary) }
}
