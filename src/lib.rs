//! `plan` keeps an organisation's multi-year action plan as plain TOML files:
//! this library reads, checks and reports on them; the binary is its CLI.
//!
//! Nothing in the library prints: it returns data and rendered strings, and
//! the binary's `commands` decide what goes to stdout and stderr.

pub mod check;
pub mod chunks;
pub mod decode;
pub mod diagnostic;
pub mod i18n;
pub mod journal;
pub mod load;
pub mod model;
pub mod render;
pub mod status;
pub mod text;
