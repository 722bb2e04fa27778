//! A new entry typed on the command line, checked by the journal's own rules,
//! and for the same entry already in the journal.

use super::duplicates;
use super::journal::Rules;
use crate::diagnostic::Diagnostic;
use crate::model::{AsRead, Entry, Journal, Listing, Plan};

/// Checks a new entry against a valid plan, with the same rules as the
/// journal's entries. The diagnostics have no place in a file, but a repeated
/// entry points at the one already written. Warnings do not refuse the entry.
pub fn check(plan: &Plan, journal: &Journal, listing: &Listing, entry: &Entry) -> Vec<Diagnostic> {
    let rules = Rules::new(plan, &[], listing);
    let mut diags = Vec::new();
    let read = entry.as_read();
    let key = match &read {
        AsRead::Activity(a) => {
            rules.activity(None, a, &mut diags);
            duplicates::activity(journal, a)
        }
        AsRead::Assessment(a) => {
            rules.assessment(None, a, &mut diags);
            duplicates::assessment(a)
        }
        AsRead::Narrative(n) => {
            rules.narrative(None, n, &mut diags);
            duplicates::narrative(n)
        }
    };
    for d in &mut diags {
        d.loc = None;
        d.label = None;
        d.notes.clear();
    }
    diags.extend(duplicates::existing(journal, &key));
    diags
}
