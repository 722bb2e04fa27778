//! Reports: plain data computed from a valid plan and its journal, which say
//! everything an output shows, so that a renderer needs nothing else. Nothing
//! here formats text for a reader or prints.

mod facts;
#[cfg(test)]
mod fixtures;
mod rules;
mod show;
mod status;

pub use show::{EntryLine, Heading, IndicatorDetail, ItemReport, Measure, What, show};
pub use status::{Actual, Cell, Filter, Report, Row, Section, Status, Year, YearSummary, compute};
