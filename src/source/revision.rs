//! A plan as committed at a revision, read from the bytes git gave: the same
//! files a folder gives, each named as `git show` finds it
//! (`a1b2c3d4e5:plan/journal/2019.toml`).

use std::path::Path;

use super::Files;
use super::git::{Snapshot, short};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::{ORIENTATIONS_DIR, in_plan_folder, kind_of, natural_key};
use crate::model::Listing;

/// The files of the plan in `snapshot`, with links out of the plan reported by name.
pub fn read(snapshot: Snapshot) -> Files {
    let mut out = Files::new(&snapshot.work_dir);
    let named = |path: &str| format!("{}:{}{path}", short(&snapshot.commit), snapshot.dir);
    for (path, target) in &snapshot.outside {
        let message = Message::new(MsgId::OutsidePlan).arg("file", named(path)).arg("target", target);
        out.diagnostics.push(Diagnostic::new(Code::OutsidePlan, message, None).help(MsgId::OutsidePlanHelp));
    }
    for (path, bytes) in snapshot.files {
        if let Some(kind) = kind_of(&path) {
            let display = named(&path);
            out.add(kind, &snapshot.work_dir.join(&path), display, bytes);
        }
    }
    out.diagnostics.extend(not_read(&snapshot.listing, named));
    out.listing = snapshot.listing;
    out
}

/// The files of `orientations/` and `journal/` that are not read but may
/// have been meant to be, as a folder names them (see [`super::not_read`]).
fn not_read(listing: &Listing, named: impl Fn(&str) -> String) -> Vec<Diagnostic> {
    let not_toml = |path| in_plan_folder(path).filter(|(_, _, toml)| !toml).map(|(folder, name, _)| (folder, name));
    let mut others: Vec<_> = listing.files().filter_map(|path| Some((path, not_toml(path)?))).collect();
    // As a folder is read: orientations first, each folder in natural order.
    others.sort_by_key(|(_, (folder, name))| (*folder != ORIENTATIONS_DIR, natural_key(Path::new(name))));
    others
        .into_iter()
        .filter_map(|(path, (folder, name))| {
            super::not_read(name, || named(path), |meant| listing.get(&format!("{folder}/{meant}")).is_some())
        })
        .collect()
}
