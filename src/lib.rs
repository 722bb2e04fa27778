//! `plan` keeps an organisation's multi-year action plan as plain TOML files:
//! this library reads, checks and reports on them; the binary is its CLI.
//!
//! The layers, and which may use which, are in ARCHITECTURE.md;
//! `tests/architecture.rs` enforces them. Nothing in the library prints: it
//! returns data and rendered strings, and the binary's `commands` decide what
//! goes to stdout and stderr.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod diagnostic;
pub mod i18n;
pub mod layout;
pub mod model;
mod read;
pub mod render;
pub mod report;
pub mod schema;
pub mod source;
pub mod starter;
pub mod suggest;
mod validate;
pub mod workspace;
pub mod write;
