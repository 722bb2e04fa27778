//! The `plan` binary: parse the command line (in the UI language when it
//! must be explained), resolve the context once, run one command, and map
//! its outcome to an exit code.

mod cli;
mod commands;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use cli::{Cli, ColorArg, localized};
use commands::shared::context::Context;
use commands::shared::output::Exit;
use commands::shared::usage::{args, early_lang, usage_error};

fn main() -> ExitCode {
    commands::completions::complete_if_asked();
    let cli = match parse(&args()) {
        Ok(cli) => cli,
        Err(exit) => return exit.into(),
    };
    anstream::ColorChoice::write_global(match cli.global.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    });
    let outcome = Context::resolve(&cli.global).and_then(|ctx| commands::run(&ctx, &cli.command));
    match outcome {
        Ok(exit) => exit.into(),
        Err(stop) => {
            stop.print();
            stop.exit.into()
        }
    }
}

/// The command line understood; or, for help, the version or a mistake, the
/// command line as the UI language says it, and how the run ends.
fn parse(args: &[OsString]) -> Result<Cli, Exit> {
    let parsed = Cli::command().try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m));
    if let Ok(cli) = parsed {
        return Ok(cli);
    }
    let lang = early_lang(args);
    let cmd = localized(Cli::command(), lang);
    cmd.try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m)).map_err(|e| usage_error(lang, args, &e))
}
