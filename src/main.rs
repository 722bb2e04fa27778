//! The `plan` binary: parse the command line, run one command, map the outcome to an exit code.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;
use plan::i18n::Lang;

use cli::{Cli, ColorArg, Command, LangArg};
use commands::{Context, Exit};

fn main() -> ExitCode {
    let cli = Cli::parse();
    anstream::ColorChoice::write_global(match cli.global.color {
        ColorArg::Auto => anstream::ColorChoice::Auto,
        ColorArg::Always => anstream::ColorChoice::Always,
        ColorArg::Never => anstream::ColorChoice::Never,
    });
    let cwd = match std::env::current_dir() {
        Ok(cwd) => cwd,
        Err(e) => {
            eprintln!("error: cannot read the current directory: {e}");
            return Exit::Trouble.into();
        }
    };
    let ctx = Context {
        cwd,
        dir: cli.global.dir,
        lang: cli.global.lang.map(|l| match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }),
    };
    let outcome = match &cli.command {
        Command::Check(args) => commands::check::run(&ctx, args),
        Command::Status(args) => commands::status::run(&ctx, args),
        Command::Record(args) => commands::record::run(&ctx, args),
        Command::Assess(args) => commands::assess::run(&ctx, args),
        Command::Show(args) => commands::show::run(&ctx, args),
    };
    match outcome {
        Ok(exit) => exit.into(),
        Err(e) => {
            eprintln!("error: {e:#}");
            Exit::Trouble.into()
        }
    }
}
