//! A new entry typed on the command line, checked by the journal's own rules.

use super::journal::Rules;
use crate::diagnostic::Diagnostic;
use crate::model::{AsRead, Entry, Listing, Plan};

/// Checks a new entry against a valid plan, with the same rules as the
/// journal's entries. The diagnostics have no place in a file; warnings (an
/// activity toward an assessment indicator) do not refuse the entry.
pub fn check(plan: &Plan, listing: &Listing, entry: &Entry) -> Vec<Diagnostic> {
    let rules = Rules::new(plan, &[], listing);
    let mut diags = Vec::new();
    match entry.as_read() {
        AsRead::Activity(a) => rules.activity(None, &a, &mut diags),
        AsRead::Assessment(a) => rules.assessment(None, &a, &mut diags),
        AsRead::Narrative(n) => rules.narrative(None, &n, &mut diags),
    }
    for d in &mut diags {
        d.loc = None;
        d.label = None;
        d.notes.clear();
    }
    diags
}
