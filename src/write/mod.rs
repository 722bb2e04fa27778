//! The only library code that changes files: the atomic replacement of a
//! file, and the journal append built on it.

mod atomic;
mod journal;

pub use atomic::Pace;
pub use journal::{AppendError, Appended, append, entry_toml, with_entry};
