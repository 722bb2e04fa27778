//! `plan check`: validate every file and report all problems.

use std::io::Write;

use anyhow::Result;
use plan::check::{Checked, check_dir};
use plan::diagnostic::{self, TextStyle};
use plan::i18n::{Lang, Message, MsgId};
use serde::Serialize;

use super::{Context, Exit};
use crate::cli::{CheckArgs, CheckFormat};

pub fn run(ctx: &Context, args: &CheckArgs) -> Result<Exit> {
    let Some(dir) = ctx.plan_dir() else { return Ok(Exit::Trouble) };
    let checked = check_dir(&dir, &ctx.cwd);
    let lang = ctx.lang(checked.plan.as_ref());
    let shown = ctx.shown_dir(&dir);
    match args.format {
        CheckFormat::Human => print_human(&checked, lang, &shown, args.deny_warnings)?,
        CheckFormat::Json => print_json(&checked, lang, &shown)?,
        CheckFormat::Github => anstream::stdout()
            .write_all(diagnostic::render_github(&checked.diagnostics, &checked.sources, lang).as_bytes())?,
    }
    Ok(exit(&checked, args.deny_warnings))
}

fn exit(checked: &Checked, deny_warnings: bool) -> Exit {
    let tally = checked.tally();
    if checked.has_io_errors() {
        Exit::Trouble
    } else if tally.errors > 0 || (deny_warnings && tally.warnings > 0) {
        Exit::Refused
    } else {
        Exit::Success
    }
}

fn print_human(checked: &Checked, lang: Lang, shown: &str, deny_warnings: bool) -> Result<()> {
    let style = TextStyle { lang, color: true };
    let text = diagnostic::render_human(&checked.diagnostics, &checked.sources, style);
    anstream::stderr().write_all(text.as_bytes())?;
    let tally = checked.tally();
    let summary = summary(checked, shown, deny_warnings).render(lang);
    if tally.errors > 0 || (deny_warnings && tally.warnings > 0) {
        writeln!(anstream::stderr(), "{summary}")?;
    } else {
        writeln!(anstream::stdout(), "{summary}")?;
    }
    Ok(())
}

/// The closing line: counts when the plan is valid, problems when it is not.
fn summary(checked: &Checked, shown: &str, deny_warnings: bool) -> Message {
    let tally = checked.tally();
    if tally.errors > 0 {
        return Message::new(MsgId::CheckFailed).arg("dir", shown).arg("errors", tally.errors).arg("w", tally.warnings);
    }
    if deny_warnings && tally.warnings > 0 {
        return Message::new(MsgId::DeniedWarnings).arg("dir", shown).arg("w", tally.warnings);
    }
    let counts = checked.plan.as_ref().map(|p| p.counts()).unwrap_or_default();
    let id = if tally.warnings > 0 { MsgId::CheckOkWarnings } else { MsgId::CheckOk };
    Message::new(id)
        .arg("dir", shown)
        .arg("o", counts.orientations)
        .arg("ob", counts.objectives)
        .arg("a", counts.actions)
        .arg("i", counts.indicators)
        .arg("e", checked.journal.entry_count())
        .arg("w", tally.warnings)
}

/// `plan check --format json`: one object, fields in this order.
#[derive(Serialize)]
struct JsonReport<'a> {
    plan: &'a str,
    errors: usize,
    warnings: usize,
    counts: JsonCounts,
    diagnostics: serde_json::Value,
}

#[derive(Serialize)]
struct JsonCounts {
    orientations: usize,
    objectives: usize,
    actions: usize,
    indicators: usize,
    entries: usize,
}

fn print_json(checked: &Checked, lang: Lang, shown: &str) -> Result<()> {
    let tally = checked.tally();
    let counts = checked.plan.as_ref().map(|p| p.counts()).unwrap_or_default();
    let value = JsonReport {
        plan: shown,
        errors: tally.errors,
        warnings: tally.warnings,
        counts: JsonCounts {
            orientations: counts.orientations,
            objectives: counts.objectives,
            actions: counts.actions,
            indicators: counts.indicators,
            entries: checked.journal.entry_count(),
        },
        diagnostics: diagnostic::to_json(&checked.diagnostics, &checked.sources, lang),
    };
    let mut out = anstream::stdout().lock();
    writeln!(out, "{}", plan::text::json_safe(serde_json::to_string_pretty(&value)?))?;
    Ok(())
}
