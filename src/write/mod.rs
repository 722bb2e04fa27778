//! The only library code that changes files: the atomic replacement of a
//! file, the work folder with its lock, and the journal append built on them.

mod atomic;
mod journal;
mod workdir;

pub use atomic::{Durable, Pace};
pub use journal::{Append, AppendError, Appended, Refusal, append, entry_toml, with_entry};
