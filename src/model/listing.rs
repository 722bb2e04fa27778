//! The files a plan directory holds, as its source found them, so that
//! evidence paths can be checked without touching the disk.

use std::collections::BTreeMap;

/// What stands at a path of the plan directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// A regular file inside the plan.
    File,
    /// A link to something outside the plan, or to no regular file.
    Outside,
}

/// The files of a plan directory, by their path relative to it, written with `/`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    files: BTreeMap<String, Found>,
}

impl Listing {
    pub fn insert(&mut self, path: String, found: Found) {
        self.files.insert(path, found);
    }

    pub fn get(&self, path: &str) -> Option<Found> {
        self.files.get(path).copied()
    }

    /// Every regular file, by its relative path.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.files.iter().filter(|(_, f)| **f == Found::File).map(|(p, _)| p.as_str())
    }
}

/// Whether evidence is written as an address (`scheme:…`) rather than as a
/// path of the plan's folder: a Windows drive (`C:`) is a path.
pub fn is_address(text: &str) -> bool {
    text.trim().split_once(':').is_some_and(|(scheme, _)| {
        scheme.len() > 1 && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}
