//! `plan report`: the bilan, written to a file (or standard output), from the
//! plan's files, the git commit they come from, and a built-in or user template.

use std::path::Path;

use chrono::NaiveDate;
use plan::i18n::{Message, MsgId};
use plan::layout::{display_path, relative_link};
use plan::model::PlanMeta;
use plan::render::{self, BilanFormat, BilanOptions, Moment, Paper, Since, TemplateError};
use plan::report::{Scope, Side, bilan, diff};
use plan::source::{Commit, commit_of};

use super::shared::args;
use super::shared::context::{Context, Ready};
use super::shared::deliver::Destination;
use super::shared::output::{Exit, Stop, io_reason, say};
use super::shared::revision::side;
use crate::cli::{PaperArg, ReportArgs, ReportFormat};

pub fn run(ctx: &Context, args: &ReportArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let (lang, meta) = (ready.lang, &ready.valid.plan.meta);
    let scope = match &args.year {
        Some(text) => Scope::Year(args::year(lang, meta, text)?),
        None => Scope::Plan,
    };
    let as_of = ready.as_of(args.as_of.as_deref(), ctx.today)?;
    let template = args.template.as_deref().map(|p| read_template(ctx, lang, p)).transpose()?;
    let format = match args.format {
        ReportFormat::Html => BilanFormat::Html,
        ReportFormat::Markdown => BilanFormat::Markdown,
        ReportFormat::Json => BilanFormat::Json,
    };
    if format == BilanFormat::Json && template.is_some() {
        return Err(Stop::trouble(lang, MsgId::TemplateWithJson));
    }
    let name = default_name(meta, scope, format, args.template.as_deref());
    let destination = Destination::of(ctx, args.output.as_deref(), Some(name));
    let bilan = bilan(&ready.valid.plan, &ready.valid.journal, scope, as_of);
    let commit = match &ready.at {
        Some(at) => Some(Commit { id: at.commit.clone(), modified: false }),
        None => commit_of(&ready.dir),
    };
    let links = relative_link(destination.folder(ctx), &ready.dir);
    let since = args.since.as_deref().map(|text| since(ctx, text, &ready, as_of)).transpose()?;
    let options = BilanOptions {
        lang,
        format,
        paper: match args.paper {
            PaperArg::Letter => Paper::Letter,
            PaperArg::A4 => Paper::A4,
        },
        made: ctx.made,
        commit: commit.as_ref(),
        links: &links,
        template: template.as_ref().map(|(name, text)| (name.as_str(), text.as_str())),
        since: since.as_ref(),
    };
    let text = render::bilan(&bilan, &options).map_err(|e| template_failed(lang, &e, template.is_some()))?;
    destination.deliver(lang, text.as_bytes(), MsgId::ReportWritten)?;
    if matches!(destination, Destination::File { .. }) && format == BilanFormat::Html {
        say(lang, &format!("{}\n", MsgId::ReportPrintHint.template(lang)))?;
    }
    ready.tell_warnings();
    Ok(Exit::Success)
}

/// What changed from a moment (a revision or a date) to the bilan's plan and as-of date.
fn since(ctx: &Context, text: &str, ready: &Ready, as_of: NaiveDate) -> Result<Since, Stop> {
    let (before, from) = side(ctx, Some(text))?;
    let (a, b) = (&before.valid, &ready.valid);
    let changes = diff(
        &Side { plan: &a.plan, journal: &a.journal, sources: &a.sources, as_of: from.as_of },
        &Side { plan: &b.plan, journal: &b.journal, sources: &b.sources, as_of },
    );
    let to = Moment { as_of, commit: ready.at.as_ref().map(|at| at.commit.clone()) };
    Ok(Since { diff: changes, from, to })
}

/// `bilan-2018.html`, `bilan-2017-2020.md`; with a template, its extension.
fn default_name(meta: &PlanMeta, scope: Scope, format: BilanFormat, template: Option<&Path>) -> String {
    let period = match scope {
        Scope::Year(year) => meta.year_label(year),
        Scope::Plan => format!("{}-{}", meta.year_label(meta.start_year), meta.year_label(meta.end_year)),
    };
    let own = template.and_then(|t| t.extension()).map(|e| e.to_string_lossy().into_owned());
    let extension = own.unwrap_or_else(|| {
        match format {
            BilanFormat::Html => "html",
            BilanFormat::Markdown => "md",
            BilanFormat::Json => "json",
        }
        .into()
    });
    format!("bilan-{period}.{extension}")
}

/// A user's template: its name as shown, and its text.
fn read_template(ctx: &Context, lang: plan::model::Lang, path: &Path) -> Result<(String, String), Stop> {
    let shown = display_path(&ctx.cwd.join(path), &ctx.cwd);
    let text = std::fs::read_to_string(ctx.cwd.join(path))
        .map_err(|e| Stop::trouble(lang, io_reason(Message::new(MsgId::TemplateUnreadable).arg("path", &shown), &e)))?;
    Ok((shown, text))
}

/// A template that cannot be rendered: a user's is refused input (exit 1),
/// with where it went wrong; a built-in one failing is a fault of plan.
fn template_failed(lang: plan::model::Lang, e: &TemplateError, user: bool) -> Stop {
    let place = match e.line {
        Some(line) => format!("{}:{line}", e.name),
        None => e.name.clone(),
    };
    let message = Message::new(MsgId::TemplateFailed).arg("place", place).arg("reason", &e.reason);
    match user {
        true => Stop::refused(lang, message).help(Some(MsgId::TemplateHelp.into())),
        false => Stop::trouble(lang, Message::new(MsgId::RenderFailed).arg("reason", message.render(lang))),
    }
}
