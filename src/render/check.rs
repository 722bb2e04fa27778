//! What `plan check` prints besides the diagnostics: its closing line, and
//! its JSON document.

use serde::Serialize;

use super::diagnostics::to_json;
use super::escape::json_safe;
use crate::i18n::{Message, MsgId};
use crate::model::Lang;
use crate::workspace::Workspace;

/// The closing line: counts when the plan is valid, problems when it is not.
/// `shown` is the plan directory as the user sees it.
pub fn check_summary(workspace: &Workspace, shown: &str, deny_warnings: bool) -> Message {
    let tally = workspace.tally();
    if tally.errors > 0 {
        return Message::new(MsgId::CheckFailed).arg("dir", shown).arg("errors", tally.errors).arg("w", tally.warnings);
    }
    if deny_warnings && tally.warnings > 0 {
        return Message::new(MsgId::DeniedWarnings).arg("dir", shown).arg("w", tally.warnings);
    }
    let counts = workspace.counts();
    let id = if tally.warnings > 0 { MsgId::CheckOkWarnings } else { MsgId::CheckOk };
    Message::new(id)
        .arg("dir", shown)
        .arg("o", counts.orientations)
        .arg("ob", counts.objectives)
        .arg("a", counts.actions)
        .arg("i", counts.indicators)
        .arg("e", workspace.journal.entry_count())
        .arg("w", tally.warnings)
}

/// `plan check --format json`: one object, fields in this order.
#[derive(Serialize)]
struct JsonReport<'a> {
    plan: &'a str,
    errors: usize,
    warnings: usize,
    counts: JsonCounts,
    diagnostics: serde_json::Value,
}

#[derive(Serialize)]
struct JsonCounts {
    orientations: usize,
    objectives: usize,
    actions: usize,
    indicators: usize,
    entries: usize,
}

/// The JSON document of `plan check --format json`, with its final line break.
pub fn check_json(workspace: &Workspace, lang: Lang, shown: &str) -> String {
    let tally = workspace.tally();
    let counts = workspace.counts();
    let value = JsonReport {
        plan: shown,
        errors: tally.errors,
        warnings: tally.warnings,
        counts: JsonCounts {
            orientations: counts.orientations,
            objectives: counts.objectives,
            actions: counts.actions,
            indicators: counts.indicators,
            entries: workspace.journal.entry_count(),
        },
        diagnostics: to_json(&workspace.diagnostics, &workspace.sources, lang),
    };
    json_safe(serde_json::to_string_pretty(&value).expect("the report serialises")) + "\n"
}
