//! The domain: a plan, its tree of items and its journal, as plain data. Nothing
//! here reads a file, knows TOML or prints; it imports nothing else of the crate.
//!
//! Every value that came from a file keeps a [`Loc`], so that any later check
//! can point at the exact place.

mod activity;
mod entry;
pub mod hash;
mod id;
mod journal;
mod lang;
mod listing;
mod plan;
mod span;
mod text;
mod tree;

pub use activity::{Activity, ActivityFields};
pub use entry::{AsRead, Entry};
pub use id::Id;
pub use journal::{ABOUT_PLAN, Assessment, Extras, Journal, JournalFile, Level, Narrative, Tag, Topic, Word};
pub use lang::Lang;
pub use listing::{Found, Listing, is_address};
pub use plan::{
    Action, CountTarget, Indicator, IndicatorKind, MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR, MonthDay, Objective,
    Orientation, Plan, PlanMeta, STALE_AFTER_DAYS, Vocabulary,
};
pub use span::{FileId, Loc, Sp, Span};
pub use text::Text;
pub use tree::{Counts, IndicatorRef, Node, Tier, Trail, Tree};
