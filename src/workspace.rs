//! The one way to obtain a plan: open it from a source, read and validate
//! every file, and get either the diagnostics or a valid plan.

use std::path::PathBuf;

use crate::diagnostic::{self, Code, Diagnostic, Severity, Tally};
use crate::i18n::{Message, MsgId};
use crate::layout::{PLAN_FILE, SCHEMA_DIR};
use crate::model::{Counts, Entry, Journal, Lang, Listing, Plan};
use crate::read;
use crate::schema;
use crate::source::{Files, Source, Sources};
use crate::validate;

/// A plan, read and checked.
#[derive(Debug)]
pub struct Workspace {
    /// The plan directory.
    pub dir: PathBuf,
    pub sources: Sources,
    /// The plan, when `plan.toml` could be read far enough to know its period.
    pub plan: Option<Plan>,
    /// The language `plan.toml` gives, even when its period could not be read.
    language: Option<Lang>,
    pub journal: Journal,
    /// The files of the plan directory, for checking evidence.
    pub listing: Listing,
    /// Every problem found, sorted by file and place.
    pub diagnostics: Vec<Diagnostic>,
}

/// W0005 when the plan directory's `schema/` no longer holds the schemas of
/// this plan (an id, a text, a tag or a year changed since they were written).
fn stale_schemas(plan: &Plan, files: &Files) -> Option<Diagnostic> {
    let written = files.schemas.as_ref()?;
    let fresh = schema::schemas(plan);
    let stale: Vec<&str> = fresh
        .files()
        .into_iter()
        .zip(written)
        .filter(|((_, text), (_, bytes))| bytes.as_deref() != Some(text.as_bytes()))
        .map(|((name, _), _)| name)
        .collect();
    if stale.is_empty() {
        return None;
    }
    let plan_file = files.plan.map(|id| files.sources.get(id).display.clone()).unwrap_or_default();
    let dir = format!("{}{SCHEMA_DIR}/", plan_file.strip_suffix(PLAN_FILE).unwrap_or(""));
    let message = Message::new(MsgId::SchemaStale).arg("dir", dir).arg("files", stale.join(", "));
    Some(Diagnostic::new(Code::StaleSchema, message, None).help(MsgId::SchemaStaleHelp))
}

impl Workspace {
    /// Reads every file from `source`, decodes it and checks it.
    pub fn open(source: Source) -> Workspace {
        let mut files = source.read();
        let mut diags = std::mem::take(&mut files.diagnostics);
        let read = read::read(&files, &mut diags);
        validate::ids(&read.orientations, &mut diags);
        let plan = read.meta.map(|meta| Plan { meta, orientations: read.orientations });
        if let Some(plan) = &plan {
            validate::plan(plan, &read.journal, &read.unsure, &files.listing, &mut diags);
            // A plan with errors is not the plan yet: `plan schema --write`
            // refuses it, and a file read in part would make any schema differ.
            if !diags.iter().any(|d| d.severity() == Severity::Error) {
                diags.extend(stale_schemas(plan, &files));
            }
        }
        diagnostic::sort(&mut diags);
        Workspace {
            dir: files.dir,
            sources: files.sources,
            plan,
            language: read.language,
            journal: read.journal,
            listing: files.listing,
            diagnostics: diags,
        }
    }

    pub fn tally(&self) -> Tally {
        Tally::of(&self.diagnostics)
    }

    /// Whether some file could not be read at all (rather than said something wrong).
    pub fn has_io_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.code.is_io())
    }

    /// The language the plan says it is in.
    pub fn language(&self) -> Option<Lang> {
        self.language
    }

    /// How many items of each level the plan has (none when it has no period).
    pub fn counts(&self) -> Counts {
        self.plan.as_ref().map(Plan::counts).unwrap_or_default()
    }

    /// The plan, if it has no errors; else the workspace back, to report them.
    pub fn valid(self) -> Result<Valid, Box<Workspace>> {
        match self {
            Workspace { plan: Some(plan), journal, sources, dir, listing, diagnostics, .. }
                if Tally::of(&diagnostics).errors == 0 =>
            {
                Ok(Valid { dir, plan, journal, sources, listing, warnings: diagnostics })
            }
            refused => Err(Box::new(refused)),
        }
    }
}

/// A plan with no errors: what every command but `check` works on.
#[derive(Debug)]
pub struct Valid {
    pub dir: PathBuf,
    pub plan: Plan,
    pub journal: Journal,
    pub sources: Sources,
    pub listing: Listing,
    /// Its warnings, sorted as `plan check` shows them: figures read from a
    /// plan with warnings may not be what was meant (an entry counted twice,
    /// a file not read), so commands that show figures point at them.
    pub warnings: Vec<Diagnostic>,
}

impl Valid {
    /// Checks a new entry against the plan and its journal (errors refuse it; warnings do not).
    pub fn check_entry(&self, entry: &Entry) -> Vec<Diagnostic> {
        validate::entry(&self.plan, &self.journal, &self.listing, entry)
    }
}
