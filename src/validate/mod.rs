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

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::model::{Entry, FileId, Journal, Listing, Loc, Orientation, Plan};

/// How many entries a journal holds before its checks are shared among threads.
const ON_EVERY_CORE: usize = 20_000;

/// How many threads share the checks of `entries` entries: one for a small
/// journal (starting threads would cost more than they save), else one per core.
fn threads_for(entries: usize) -> usize {
    if entries < ON_EVERY_CORE { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()) }
}

/// How each repeat (where a thing is again, where it is first) is named.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Repeat {
    /// Alone.
    One,
    /// For its whole file, which repeats this many things of one other
    /// file, and nothing else: a copy of it.
    File(usize),
    /// Not: its file's first repeat names the file.
    Unnamed,
}

/// How to name each of `repeats`: alone, or, when a file holds nothing but
/// more than one repeat of what one other file holds (a copy, as Windows
/// names one `1 - Copie.toml`), once for the file, at its first repeat.
/// `in_file` says how many things a file holds.
fn repeats(repeats: &[(Loc, Loc)], in_file: impl Fn(FileId) -> usize) -> Vec<Repeat> {
    let mut pairs: HashMap<(FileId, FileId), usize> = HashMap::new();
    for (again, first) in repeats {
        *pairs.entry((again.file, first.file)).or_default() += 1;
    }
    let mut named = Vec::new();
    let copy = |file: FileId, of: FileId| {
        let n = pairs[&(file, of)];
        // (A file's first thing is no repeat: a file never repeats itself whole.)
        n > 1 && in_file(file) == n
    };
    (repeats.iter())
        .map(|(again, first)| match copy(again.file, first.file) {
            false => Repeat::One,
            true if named.contains(&again.file) => Repeat::Unnamed,
            true => {
                named.push(again.file);
                Repeat::File(pairs[&(again.file, first.file)])
            }
        })
        .collect()
}

/// Checks the ids of every item. It needs no `plan.toml`.
pub fn ids(orientations: &[Orientation], diags: &mut Vec<Diagnostic>) {
    ids::check(orientations, diags);
}

/// Checks everything that needs the plan's period: the years items name, and
/// every journal entry. `unsure` are the ids that exist but could not be read.
pub fn plan(plan: &Plan, journal: &Journal, unsure: &[String], listing: &Listing, diags: &mut Vec<Diagnostic>) {
    years::check(plan, diags);
    journal::check(&journal::Rules::new(plan, unsure, listing), journal, diags);
    duplicates::check(journal, diags);
}

/// Checks a new entry against a valid plan and its journal (see [`entry::check`]).
pub fn entry(plan: &Plan, journal: &Journal, listing: &Listing, entry: &Entry) -> Vec<Diagnostic> {
    entry::check(plan, journal, listing, entry)
}
