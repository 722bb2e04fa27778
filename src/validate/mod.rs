//! The rules that relate values across tables and files: ids, hierarchy,
//! periods, what journal entries refer to, their evidence and their tags.
//! Pure functions of the model: no file is read here (the files evidence may
//! name come as a [`Listing`]). Every problem is collected, never just the first.

mod duplicates;
mod entry;
mod evidence;
mod ids;
mod journal;
mod tags;
mod years;

use crate::diagnostic::Diagnostic;
use crate::model::{Entry, Journal, Listing, Orientation, Plan};

/// How many entries a journal holds before its checks are shared among threads.
const ON_EVERY_CORE: usize = 20_000;

/// Checks the ids of every item. It needs no `plan.toml`.
pub fn ids(orientations: &[Orientation], diags: &mut Vec<Diagnostic>) {
    ids::check(orientations, diags);
}

/// Checks everything that needs the plan's period: the years items name, and
/// every journal entry. `unsure` are the indicators whose kind could not be read.
pub fn plan(plan: &Plan, journal: &Journal, unsure: &[String], listing: &Listing, diags: &mut Vec<Diagnostic>) {
    years::check(plan, diags);
    let rules = journal::Rules::new(plan, unsure, listing);
    // In a big journal, repeats are looked for on a thread of their own while
    // the entries are checked (on every core): the fingerprints and their
    // sort would otherwise run alone after them.
    if journal.entry_count() < ON_EVERY_CORE {
        journal::check(&rules, journal, diags);
        return duplicates::check(journal, diags);
    }
    let repeats = std::thread::scope(|scope| {
        let repeats = scope.spawn(|| {
            let mut found = Vec::new();
            duplicates::check(journal, &mut found);
            found
        });
        journal::check(&rules, journal, diags);
        repeats.join().expect("the search for repeats panicked")
    });
    diags.extend(repeats);
}

/// Checks a new entry against a valid plan and its journal (see [`entry::check`]).
pub fn entry(plan: &Plan, journal: &Journal, listing: &Listing, entry: &Entry) -> Vec<Diagnostic> {
    entry::check(plan, journal, listing, entry)
}
