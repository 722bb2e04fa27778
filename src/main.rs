//! The `plan` binary: parse the command line, resolve the context once, run
//! one command, and map its outcome to an exit code.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, ColorArg};
use commands::shared::context::Context;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
