//! A new entry typed on the command line, checked by the journal's own rules.

use super::journal::{Index, check_activity, check_assessment};
use crate::diagnostic::Diagnostic;
use crate::model::{AsRead, Entry, Plan};

/// Checks a new entry against a valid plan, with the same rules as the
/// journal's entries. The diagnostics have no place in a file; warnings (an
/// activity toward an assessment indicator) do not refuse the entry.
pub fn check(plan: &Plan, entry: &Entry) -> Vec<Diagnostic> {
    let index = Index::new(plan, &[]);
    let mut diags = Vec::new();
    match entry.as_read() {
        AsRead::Activity(a) => check_activity(&index, &plan.meta, None, &a, &mut diags),
        AsRead::Assessment(a) => check_assessment(&index, &plan.meta, None, &a, &mut diags),
    }
    for d in &mut diags {
        d.loc = None;
        d.label = None;
        d.notes.clear();
    }
    diags
}
