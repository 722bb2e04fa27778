//! `plan init`: a new plan in a folder's `plan/`, in the UI language.

use chrono::Datelike;
use plan::i18n::{Message, MsgId};
use std::path::{Path, PathBuf};

use plan::layout::{PLAN_SUBDIR, SCHEMA_DIR, TAPLO_FILE, display_path};
use plan::model::{Lang, MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR};
use plan::schema::{schemas, taplo_config};
use plan::source::Source;
use plan::starter::{GITHUB_WORKFLOW, Starter, files};
use plan::workspace::Workspace;
use plan::write::{InitError, create_plan};

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, io_reason, say};
use crate::cli::InitArgs;

/// Where the workflow installs plan from: the repository the release was built
/// from, when known; else a variable the user sets in GitHub.
const SOURCE: Option<&str> = option_env!("PLAN_REPOSITORY");
const SOURCE_VARIABLE: &str = "${{ vars.PLAN_GIT_URL }}";

pub fn run(ctx: &Context, args: &InitArgs) -> Result<Exit, Stop> {
    let lang = ctx.lang(None);
    let start = args.start_year.unwrap_or_else(|| ctx.today.year());
    let end = args.end_year.unwrap_or(start + 3);
    check_years(lang, start, end)?;
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| Message::new(MsgId::InitTitle).arg("start", start).arg("end", end).render(lang));
    let github = args.ci.map(|_| SOURCE.unwrap_or(SOURCE_VARIABLE).to_string());
    let starter = Starter { lang, title, start, end, github };
    let folder = args.folder.as_deref().map_or_else(|| ctx.cwd.clone(), |f| ctx.cwd.join(f));
    let made = with_schemas(&folder, files(&starter));
    create_plan(&folder, &made).map_err(|e| refusal(ctx, lang, &folder, e))?;
    say(lang, &said(ctx, lang, &folder, &made, starter.github.as_deref()))?;
    Ok(Exit::Success)
}

/// The starter's files, plus the JSON Schemas of the new plan and the
/// editor's `.taplo.toml` (unless the folder has one of its own), as
/// `plan schema --write` would make them.
fn with_schemas(folder: &Path, mut made: Vec<(PathBuf, String)>) -> Vec<(PathBuf, String)> {
    let in_plan = |(path, text): &(PathBuf, String)| {
        let inside = path.strip_prefix(PLAN_SUBDIR).ok()?;
        Some((inside.to_string_lossy().replace('\\', "/"), text.clone().into_bytes()))
    };
    let plan_files = made.iter().filter_map(in_plan).collect();
    let dir = folder.join(PLAN_SUBDIR);
    let Some(plan) = Workspace::open(Source::Memory { dir: dir.clone(), files: plan_files }).plan else {
        return made;
    };
    for (name, text) in schemas(&plan).files() {
        made.push((Path::new(PLAN_SUBDIR).join(SCHEMA_DIR).join(name), text.to_string()));
    }
    if !folder.join(TAPLO_FILE).exists() {
        made.push((PathBuf::from(TAPLO_FILE), taplo_config(&dir).1));
    }
    made
}

/// Refuses a period `plan check` would refuse.
fn check_years(lang: Lang, start: i32, end: i32) -> Result<(), Stop> {
    let fine = (MIN_YEAR..=MAX_YEAR).contains(&start)
        && (MIN_YEAR..=MAX_YEAR).contains(&end)
        && start <= end
        && end - start < MAX_PERIOD_YEARS;
    if fine {
        return Ok(());
    }
    let message =
        Message::new(MsgId::InitBadYears).arg("start", start).arg("end", end).arg("max", MAX_PERIOD_YEARS - 1);
    Err(Stop::refused(lang, message))
}

fn refusal(ctx: &Context, lang: Lang, folder: &std::path::Path, error: InitError) -> Stop {
    let shown = |path: &std::path::Path| display_path(&folder.join(path), &ctx.cwd);
    match error {
        InitError::Exists(path) => Stop::refused(lang, Message::new(MsgId::InitExists).arg("path", shown(&path)))
            .help(Some(MsgId::InitExistsHelp.into())),
        InitError::Io(path, e) => {
            Stop::trouble(lang, io_reason(Message::new(MsgId::InitIo).arg("path", shown(&path)), &e))
        }
    }
}

/// What was made, and what to do next.
fn said(
    ctx: &Context,
    lang: Lang,
    folder: &std::path::Path,
    made: &[(std::path::PathBuf, String)],
    github: Option<&str>,
) -> String {
    let shown = |path: &std::path::Path| display_path(&folder.join(path), &ctx.cwd);
    let here = if folder == ctx.cwd { folder.display().to_string() } else { display_path(folder, &ctx.cwd) };
    let mut text = Message::new(MsgId::InitDone).arg("dir", here).render(lang) + "\n";
    for (path, _) in made.iter().filter(|(p, _)| !p.components().any(|c| c.as_os_str() == ".plan")) {
        text += &format!("  {}\n", shown(path));
    }
    let orientation = made.iter().find(|(p, _)| p.starts_with("plan/orientations")).map(|(p, _)| shown(p));
    text += &Message::new(MsgId::InitNext).arg("file", orientation.unwrap_or_default()).render(lang);
    text += "\n";
    if let Some(source) = github {
        text += &Message::new(MsgId::InitCi).arg("file", shown(std::path::Path::new(GITHUB_WORKFLOW))).render(lang);
        text += "\n";
        if source == SOURCE_VARIABLE {
            text += &format!("{}\n", MsgId::InitCiSource.template(lang));
        }
    }
    text
}
