//! What several commands share: the context every command runs in, the output
//! helper, and the path from a new entry to the journal.

pub mod append;
pub mod args;
pub mod context;
pub mod deliver;
pub mod output;
pub mod revision;
pub mod usage;
