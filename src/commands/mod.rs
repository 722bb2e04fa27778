//! One module per subcommand, all of the same shape:
//! `run(&Context, &Args) -> Result<Exit, Stop>`. With `shared/`, these are the
//! only places that write to stdout or stderr.

mod assess;
mod check;
pub mod completions;
mod diff;
mod init;
mod man;
mod note;
mod prompt;
mod record;
mod report;
mod schema;
pub mod shared;
mod show;
mod status;
mod undo;

use shared::context::Context;
use shared::output::{Exit, Stop};

use crate::cli::Command;

/// Runs one command.
pub fn run(ctx: &Context, command: &Command) -> Result<Exit, Stop> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Status(args) => status::run(ctx, args),
        Command::Record(args) => record::run(ctx, args),
        Command::Assess(args) => assess::run(ctx, args),
        Command::Note(args) => note::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Undo(args) => undo::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Diff(args) => diff::run(ctx, args),
        Command::Completions(args) => completions::run(ctx, args),
        Command::Man => man::run(ctx),
        Command::Schema(args) => schema::run(ctx, args),
    }
}
