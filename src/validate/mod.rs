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
use crate::i18n::{Message, MsgId};
use crate::model::{Entry, FileId, Journal, Listing, Loc, Orientation, Plan};

/// How many entries a journal holds before its checks are shared among threads.
const ON_EVERY_CORE: usize = 20_000;

/// How many threads share the checks of `entries` entries: one for a small
/// journal (starting threads would cost more than they save), else one per core.
fn threads_for(entries: usize) -> usize {
    if entries < ON_EVERY_CORE { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()) }
}

/// "Did you mean …?" (`id`, the words for an id or for another value), or,
/// when the suggestion is what was written without its spaces (a no-break
/// or zero-width space shows as none, or as an ordinary one), that a space
/// is the slip.
fn did_you_mean(written: &str, suggestion: &str, id: MsgId) -> Message {
    let space = |c: char| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}');
    let spaceless: String = written.chars().filter(|&c| !space(c)).collect();
    let id = if spaceless == suggestion && written != suggestion { MsgId::SpaceInValue } else { id };
    Message::new(id).arg("suggestion", suggestion)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggestion_that_is_the_value_without_its_spaces_says_so() {
        let said = |written: &str, suggestion: &str| did_you_mean(written, suggestion, MsgId::DidYouMeanId);
        let space = |s: &str| Message::new(MsgId::SpaceInValue).arg("suggestion", s);
        let other = |s: &str| Message::new(MsgId::DidYouMeanId).arg("suggestion", s);
        assert_eq!(said("1.1.1\u{a0}", "1.1.1"), space("1.1.1"));
        assert_eq!(said(" 1.1. 2a\u{200b}", "1.1.2a"), space("1.1.2a"));
        assert_eq!(said("1.1.2A", "1.1.2a"), other("1.1.2a"));
        assert_eq!(said("Communautaire ", "communautaire"), other("communautaire"), "not only a space");
        assert_eq!(said("1.1.1", "1.1.1"), other("1.1.1"));
    }

    #[test]
    fn a_file_of_repeats_of_one_other_file_is_named_once() {
        let at = |file: u32, n: usize| Loc::new(FileId(file), n..n + 1);
        // File 1 repeats both things of file 0; file 2 one of its two; file 3 its one thing.
        let repeated = [(at(1, 0), at(0, 0)), (at(1, 1), at(0, 1)), (at(2, 0), at(0, 0)), (at(3, 0), at(0, 1))];
        let in_file = |file: FileId| [2, 2, 2, 1][file.0 as usize];
        let named = repeats(&repeated, in_file);
        assert_eq!(named, [Repeat::File(2), Repeat::Unnamed, Repeat::One, Repeat::One]);
    }
}
