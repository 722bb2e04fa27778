//! The only library code that changes files: the atomic replacement of a
//! file, the work folder with its lock, the journal append built on them
//! (with the copy of a big year begun before the check), and the reports
//! written for people.

mod atomic;
mod early;
mod init;
mod journal;
mod output;
mod schema;
mod undo;
mod workdir;

pub use atomic::{Durable, Pace};
pub use early::{Early, worth_copying};
pub use init::{InitError, create as create_plan};
pub use journal::{Append, AppendError, Appended, Refusal, append, entry_toml, with_entry};
pub use output::{OutputError, write_output};
pub use schema::{SchemaError, SchemasWritten, write_schemas};
pub use undo::{UndoError, Undone, undo};
