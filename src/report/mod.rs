//! Reports: plain data computed from a valid plan and its journal, which say
//! everything an output shows, so that a renderer needs nothing else. Nothing
//! here formats text for a reader or prints.

mod bilan;
mod breakdown;
mod diff;
mod entries;
mod facts;
#[cfg(test)]
mod fixtures;
mod rollup;
mod rules;
mod show;
mod stale;
mod status;

pub use bilan::{ACTIVITY_LIMIT, Bilan, Breakdown, IndicatorPart, More, Part, Scope, Watch, bilan};
pub use diff::{CellChange, Diff, GroupChange, MeasureOf, PlanChange, Section, Side, diff};
pub use entries::{EntryKind, EntryRow};
pub use show::{EntryLine, Heading, IndicatorDetail, ItemReport, Measure, NarrativeLine, Place, What, show};
pub use status::{
    Actual, Cell, Depth, Elapsed, Filter, Group, GroupCell, GroupLevel, Line, Report, Row, Status, Why, Year,
    YearSummary, compute,
};
