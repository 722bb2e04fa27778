//! A plan as committed at a revision, read from the bytes git gave: the same
//! files a folder gives, each named as `git show` finds it
//! (`a1b2c3d4e5:plan/journal/2019.toml`).

use super::Files;
use super::git::{Snapshot, short};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::kind_of;

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
    out.listing = snapshot.listing;
    out
}
