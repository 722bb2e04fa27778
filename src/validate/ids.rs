//! The ids of the plan's items: their form, their uniqueness, and that each
//! sits under its parent's id.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::Repeat;
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{Action, FileId, Indicator, Loc, Node, Orientation, Sp, Tree};

/// Whether an id is made only of the characters ids may use.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// Checks the form, uniqueness and nesting of every id in the plan.
pub fn check(orientations: &[Orientation], diags: &mut Vec<Diagnostic>) {
    let tree = Tree::new(orientations);
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    let mut again: Vec<(&Sp<String>, Loc)> = Vec::new();
    for id in tree.ids().filter(|id| !id.value.is_empty()) {
        if !is_valid_id(&id.value) {
            let message = Message::new(MsgId::BadId).arg("id", &id.value);
            let label = Message::new(MsgId::BadIdLabel).arg("chars", bad_id_chars(&id.value));
            diags.push(Diagnostic::new(Code::BadId, message, Some(id.loc)).label(label).help(MsgId::BadIdHelp));
        }
        match seen.entry(&id.value) {
            Entry::Occupied(first) => again.push((id, **first.get())),
            Entry::Vacant(slot) => {
                slot.insert(&id.loc);
            }
        }
    }
    duplicates(&tree, &again, diags);
    for trail in tree.walk() {
        match (trail.node(), trail.parent()) {
            (Node::Objective(b), Some(Node::Orientation(o))) => {
                check_child(&b.id, &o.id, MsgId::ItemOrientation, diags)
            }
            (Node::Action(a), Some(Node::Objective(b))) => check_child(&a.id, &b.id, MsgId::ItemObjective, diags),
            (Node::Indicator(i), Some(Node::Action(a))) => check_indicator_id(i, a, diags),
            _ => {}
        }
    }
}

/// An error for each id used again (with where it was first), but for a
/// file every id of which is used again, all from one other file: a copy
/// of it, one error for the file.
fn duplicates(tree: &Tree, again: &[(&Sp<String>, Loc)], diags: &mut Vec<Diagnostic>) {
    let mut per_file: HashMap<FileId, usize> = HashMap::new();
    for id in tree.ids().filter(|id| !id.value.is_empty()) {
        *per_file.entry(id.loc.file).or_default() += 1;
    }
    let places: Vec<(Loc, Loc)> = again.iter().map(|(id, first)| (id.loc, *first)).collect();
    let named = super::repeats(&places, |file| per_file.get(&file).copied().unwrap_or(0));
    for ((id, first), repeat) in again.iter().zip(named) {
        let (message, label, note, help) = match repeat {
            Repeat::Unnamed => continue,
            Repeat::File(n) => (
                Message::new(MsgId::CopiedFile).arg("n", n),
                MsgId::CopiedFileLabel,
                MsgId::CopiedFileFirst,
                MsgId::CopiedFileHelp,
            ),
            Repeat::One => (
                Message::new(MsgId::DuplicateId).arg("id", &id.value),
                MsgId::DuplicateIdLabel,
                MsgId::DuplicateIdFirst,
                MsgId::DuplicateIdHelp,
            ),
        };
        let d = Diagnostic::new(Code::DuplicateId, message, Some(id.loc)).label(label).note(*first, note).help(help);
        diags.push(d);
    }
}

/// The characters of an id that ids may not use, each with its code point, so
/// that a decomposed accent (NFD) shows what makes it differ from a composed one.
fn bad_id_chars(id: &str) -> String {
    let mut bad: Vec<char> = id.chars().filter(|&c| !is_valid_id(c.encode_utf8(&mut [0; 4]))).collect();
    bad.dedup();
    let shown: Vec<String> = bad
        .into_iter()
        .map(|c| match unicode_width::UnicodeWidthChar::width(c) {
            Some(w) if w > 0 && !c.is_whitespace() => format!("{c} (U+{:04X})", c as u32),
            _ => format!("U+{:04X}", c as u32),
        })
        .collect();
    shown.join(", ")
}

/// An objective's or action's id must be its parent's id plus one more segment.
/// Ids that are empty or malformed are reported once, by `check`, and not here.
fn check_child(id: &Sp<String>, parent: &Sp<String>, parent_item: MsgId, diags: &mut Vec<Diagnostic>) {
    if !is_valid_id(&id.value) || !is_valid_id(&parent.value) {
        return;
    }
    let fits = id.value.rsplit_once('.').is_some_and(|(head, last)| head == parent.value && !last.is_empty());
    if !fits {
        let help = Message::new(MsgId::IdNotUnderParentHelp).arg("parent", &parent.value);
        diags.push(not_under(id, parent, parent_item).help(help));
    }
}

fn not_under(id: &Sp<String>, parent: &Sp<String>, parent_item: MsgId) -> Diagnostic {
    let message = Message::new(MsgId::IdNotUnderParent)
        .arg("id", &id.value)
        .arg_msg("parent_item", parent_item)
        .arg("parent", &parent.value);
    Diagnostic::new(Code::IdNotUnderParent, message, Some(id.loc))
}

/// An indicator's id is its action's id, plus a lower-case letter when the action has several.
fn check_indicator_id(indicator: &Indicator, action: &Action, diags: &mut Vec<Diagnostic>) {
    let (id, parent) = (&indicator.id, &action.id);
    if !is_valid_id(&id.value) || !is_valid_id(&parent.value) {
        return;
    }
    let letter = id
        .value
        .strip_prefix(parent.value.as_str())
        .is_some_and(|rest| rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_lowercase()));
    let bare = id.value == parent.value && action.indicators.len() == 1;
    if !(letter || bare) {
        let help = Message::new(MsgId::IndicatorIdHelp).arg("parent", &parent.value);
        diags.push(not_under(id, parent, MsgId::ItemAction).help(help));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_ascii() {
        assert!(is_valid_id("1.1.2a"));
        assert!(is_valid_id("A-1_b"));
        for bad in ["", "1 1", "1.é", "1.e\u{301}", "1\u{1b}"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
