//! Before the command line is understood: the language to speak (for
//! `--help` and usage errors), and the way a usage error is told.

use std::ffi::OsString;
use std::path::PathBuf;

use plan::layout::{PLAN_FILE, find_plan_dir};
use plan::model::Lang;

use super::context::env_lang;
use super::output::{Exit, Stop, err, write_stdout};
use crate::cli::errors::{said, usage_heading};

/// The UI language from the raw arguments: `--lang` as written, else the
/// plan's `language`, else the environment's.
pub fn early_lang(args: &[OsString]) -> Lang {
    let flag = value_of(args, "--lang").and_then(|v| match v.as_str() {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    });
    flag.or_else(|| plan_lang(args)).unwrap_or_else(|| env_lang(|name| std::env::var_os(name)))
}

/// The value of `--NAME VALUE` or `--NAME=VALUE`, before any `--`.
fn value_of(args: &[OsString], name: &str) -> Option<String> {
    let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let args = args.iter().take_while(|a| *a != "--");
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        if arg == name {
            return args.next().cloned();
        }
        if let Some(value) = arg.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
            return Some(value.to_string());
        }
    }
    None
}

/// The `language` of the plan the command would read, if it can be found.
fn plan_lang(args: &[OsString]) -> Option<Lang> {
    let cwd = std::env::current_dir().ok()?;
    let explicit = value_of(args, "--dir")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty()).map(PathBuf::from));
    let dir = find_plan_dir(&cwd, explicit.as_deref()).ok()?;
    let text = std::fs::read_to_string(dir.join(PLAN_FILE)).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    match table.get("plan")?.get("language")?.as_str()? {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Tells a usage error, or shows the help or version asked for.
pub fn usage_error(lang: Lang, args: &[OsString], error: &clap::Error) -> Exit {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write_stdout(&error.render().ansi().to_string());
            return Exit::Success;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err(lang, &error.render().ansi().to_string());
            return Exit::Trouble;
        }
        _ => {}
    }
    let said = said(error, &command(args), lang);
    Stop::trouble(lang, said.message).help(said.help).print();
    if let Some(usage) = said.usage {
        let _ = err(lang, &format!("\n{} {usage}\n", usage_heading(lang)));
    }
    Exit::Trouble
}

/// The command the arguments name, as `plan record`, or `plan`.
fn command(args: &[OsString]) -> String {
    use clap::CommandFactory;
    let cli = crate::cli::Cli::command();
    let names: Vec<&str> = cli.get_subcommands().map(clap::Command::get_name).collect();
    match args.iter().skip(1).find(|a| names.iter().any(|n| a.as_os_str() == *n)) {
        Some(name) => format!("plan {}", name.to_string_lossy()),
        None => "plan".to_string(),
    }
}

/// The arguments, with `plan help COMMAND` read as `plan COMMAND --help`.
pub fn args() -> Vec<OsString> {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    args
}
