//! A plan held in memory, for fuzzing and property tests: no disk at all.

use std::path::Path;

use super::Files;
use crate::layout::kind_of;
use crate::model::Found;

/// Builds the files of a plan from `(path relative to dir, bytes)` pairs.
/// Every pair is in the listing; those of a plan file's kind are also read.
pub fn read(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Files {
    let mut out = Files::new(dir);
    for (name, bytes) in files {
        out.listing.insert(name.clone(), Found::File);
        if let Some(kind) = kind_of(&name) {
            out.add(kind, &dir.join(&name), format!("plan/{name}"), bytes);
        }
    }
    out
}
