//! Validates a whole plan directory: reads and decodes every file, then checks
//! what relates values across tables and files (ids, hierarchy, periods,
//! journal references). It collects every diagnostic, never stops at the first.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::chunks;
use crate::decode::{self, Decoder, Table, Unsure};
use crate::diagnostic::{self, Code, Diagnostic, Tally};
use crate::i18n::{Message, MsgId};
use crate::journal::Entry;
use crate::load::{self, Loaded, Sources};
use crate::model::{
    Action, Activity, Assessment, CountTarget, FileId, Indicator, IndicatorKind, Journal, JournalFile, Loc, MAX_YEAR,
    MIN_YEAR, Objective, Orientation, Plan, PlanMeta, Sp,
};
use crate::text::closest;

/// A plan directory, read and checked.
#[derive(Debug)]
pub struct Checked {
    pub dir: PathBuf,
    pub sources: Sources,
    /// The plan, when `plan.toml` could be read far enough to know its period.
    pub plan: Option<Plan>,
    pub journal: Journal,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn tally(&self) -> Tally {
        Tally::of(&self.diagnostics)
    }

    pub fn has_io_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.code.is_io())
    }
}

/// Reads, decodes and checks the plan in `dir`. Paths in messages are shown relative to `cwd`.
pub fn check_dir(dir: &Path, cwd: &Path) -> Checked {
    check_loaded(load::load(dir, cwd))
}

/// Decodes and checks files already read (from disk, or from memory when fuzzing).
pub fn check_loaded(mut loaded: Loaded) -> Checked {
    let mut diags = std::mem::take(&mut loaded.diagnostics);
    let mut unsure = Unsure::default();
    let meta = loaded.plan.and_then(|id| decode_file(&loaded, id, &mut diags, |d, root| d.plan_meta(root)));
    let orientations: Vec<Orientation> = loaded
        .orientations
        .iter()
        .filter_map(|&id| decode_file(&loaded, id, &mut diags, |d, root| Some(d.orientation(root, &mut unsure))))
        .collect();
    let example_year = meta.as_ref().map(|m| m.start_year);
    let journal = decode_journal(&loaded, example_year, &mut diags);
    check_ids(&orientations, &mut diags);
    let plan = meta.map(|meta| Plan { meta, orientations });
    if let Some(plan) = &plan {
        check_years(plan, &mut diags);
        check_journal(plan, &journal, &unsure, &mut diags);
    }
    diagnostic::sort(&mut diags);
    Checked { dir: loaded.dir, sources: loaded.sources, plan, journal, diagnostics: diags }
}

/// Parses one file and decodes it with `f`. A file that does not parse is still
/// decoded, so that its ids are known, but only its syntax errors are reported.
fn decode_file<T>(
    loaded: &Loaded,
    id: FileId,
    diags: &mut Vec<Diagnostic>,
    f: impl FnOnce(&mut Decoder, &Table) -> Option<T>,
) -> Option<T> {
    if !load::is_utf8_clean(loaded, id) {
        return None;
    }
    let (table, whole) = decode::parse(id, &loaded.sources.get(id).text, diags);
    let mut muted = Vec::new();
    let sink = if whole { diags } else { &mut muted };
    let mut decoder = Decoder { file: id, offset: 0, diags: sink };
    let root = decoder.root(&table);
    f(&mut decoder, &root)
}

fn decode_journal(loaded: &Loaded, example_year: Option<i32>, diags: &mut Vec<Diagnostic>) -> Journal {
    let mut files = Vec::new();
    for &id in &loaded.journals {
        let year = journal_year(&loaded.sources.get(id).path);
        if year.is_none() {
            let name = loaded.sources.get(id).path.file_name().map(|n| n.to_string_lossy().into_owned());
            let message = Message::new(MsgId::JournalFileName).arg("name", name.unwrap_or_default());
            let help = Message::new(MsgId::JournalFileNameHelp)
                .arg("example", example_year.map_or("YYYY".to_string(), |y| y.to_string()));
            diags.push(Diagnostic::at(Code::JournalFileName, message, id, 0..0).help(help));
        }
        files.extend(decode_journal_file(loaded, id, year, diags));
    }
    Journal { files }
}

/// A journal file, decoded in chunks and in parallel when it is big (see
/// `chunks.rs`), else, or when chunks cannot stand for the whole, at once.
fn decode_journal_file(
    loaded: &Loaded,
    id: FileId,
    year: Option<i32>,
    diags: &mut Vec<Diagnostic>,
) -> Option<JournalFile> {
    let text = &loaded.sources.get(id).text;
    if load::is_utf8_clean(loaded, id) {
        let decoded = chunks::chunks(text, chunks::CHUNK_BYTES).and_then(|c| chunks::decode(id, text, year, &c));
        if let Some((file, file_diags)) = decoded {
            diags.extend(file_diags);
            return Some(file);
        }
    }
    decode_file(loaded, id, diags, |d, root| Some(d.journal(root, year)))
}

/// The plan year a journal file's name gives (`2018.toml` → 2018).
pub fn journal_year(path: &Path) -> Option<i32> {
    let stem = path.file_stem()?.to_str()?;
    let year: i32 = stem.parse().ok().filter(|_| stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()))?;
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(year)
}

/// Whether an id is made only of the characters ids may use.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// Checks the form, uniqueness and nesting of every id in the plan.
fn check_ids(orientations: &[Orientation], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for id in all_ids(orientations).into_iter().filter(|id| !id.value.is_empty()) {
        if !is_valid_id(&id.value) {
            let message = Message::new(MsgId::BadId).arg("id", &id.value);
            let label = Message::new(MsgId::BadIdLabel).arg("chars", bad_id_chars(&id.value));
            diags.push(Diagnostic::new(Code::BadId, message, Some(id.loc.clone())).label(label).help(MsgId::BadIdHelp));
        }
        if let Some(first) = seen.insert(&id.value, &id.loc) {
            let message = Message::new(MsgId::DuplicateId).arg("id", &id.value);
            let d = Diagnostic::new(Code::DuplicateId, message, Some(id.loc.clone()))
                .label(MsgId::DuplicateIdLabel)
                .note(first.clone(), MsgId::DuplicateIdFirst)
                .help(MsgId::DuplicateIdHelp);
            diags.push(d);
        }
    }
    for orientation in orientations {
        for objective in &orientation.objectives {
            check_child(&objective.id, &orientation.id, MsgId::ItemOrientation, diags);
            for action in &objective.actions {
                check_child(&action.id, &objective.id, MsgId::ItemObjective, diags);
                for indicator in &action.indicators {
                    check_indicator_id(indicator, action, diags);
                }
            }
        }
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

/// Every id of every item, in plan order. An indicator may share its action's
/// id (when it is the action's only one; `check_indicator_id` says when not),
/// so that id is listed once.
pub fn all_ids(orientations: &[Orientation]) -> Vec<&Sp<String>> {
    let mut ids = Vec::new();
    for orientation in orientations {
        ids.push(&orientation.id);
        for objective in &orientation.objectives {
            ids.push(&objective.id);
            for action in &objective.actions {
                ids.push(&action.id);
                ids.extend(action.indicators.iter().map(|i| &i.id).filter(|id| id.value != action.id.value));
            }
        }
    }
    ids
}

/// An objective's or action's id must be its parent's id plus one more segment.
/// Ids that are empty or malformed are reported once, by `check_ids`, and not here.
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
    Diagnostic::new(Code::IdNotUnderParent, message, Some(id.loc.clone()))
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

/// Every year a plan item names (`years`, `due`, `targets`) must be a year of the plan.
fn check_years(plan: &Plan, diags: &mut Vec<Diagnostic>) {
    let meta = &plan.meta;
    let mut check = |year: &Sp<i32>| {
        if !meta.years().contains(&year.value) {
            diags.push(year_outside(meta, year));
        }
    };
    for objective in plan.orientations.iter().flat_map(|o| &o.objectives) {
        for action in &objective.actions {
            action.years.iter().flatten().for_each(&mut check);
            for indicator in &action.indicators {
                indicator.years.iter().flatten().for_each(&mut check);
                match &indicator.kind {
                    IndicatorKind::Milestone { due: Some(due) } => check(due),
                    IndicatorKind::Count { target: CountTarget::PerYear(targets), .. } => {
                        targets.iter().for_each(|(year, _)| check(year))
                    }
                    _ => {}
                }
            }
        }
    }
}

fn year_outside(meta: &PlanMeta, year: &Sp<i32>) -> Diagnostic {
    let (first, last) = (meta.start_year, meta.end_year);
    let message = Message::new(MsgId::YearOutsidePeriod).arg("year", year.value).arg("first", first).arg("last", last);
    let help = Message::new(MsgId::YearOutsidePeriodHelp).arg("first", first).arg("last", last);
    Diagnostic::new(Code::YearOutsidePeriod, message, Some(year.loc.clone())).help(help)
}

/// What an id in a journal entry names.
#[derive(Clone, Copy)]
enum Item<'p> {
    Orientation(&'p Orientation),
    Objective(&'p Objective),
    Action(&'p Action),
    Indicator(&'p Indicator),
}

/// Every id of the plan, for resolving journal references.
pub struct Index<'p> {
    items: HashMap<&'p str, Item<'p>>,
    indicator_ids: Vec<&'p str>,
    unsure: HashSet<&'p str>,
}

impl<'p> Index<'p> {
    fn new(plan: &'p Plan, unsure: &'p Unsure) -> Index<'p> {
        let mut items = HashMap::new();
        let mut indicator_ids = Vec::new();
        for orientation in &plan.orientations {
            items.insert(orientation.id.value.as_str(), Item::Orientation(orientation));
            for objective in &orientation.objectives {
                items.insert(objective.id.value.as_str(), Item::Objective(objective));
                for action in &objective.actions {
                    items.insert(action.id.value.as_str(), Item::Action(action));
                }
            }
        }
        for r in plan.indicators() {
            items.insert(r.indicator.id.value.as_str(), Item::Indicator(r.indicator));
            indicator_ids.push(r.indicator.id.value.as_str());
        }
        let unsure = unsure.ids.iter().map(String::as_str).collect();
        Index { items, indicator_ids, unsure }
    }

    /// The indicator an entry names, or the diagnostic that explains why there is none.
    /// `Ok(None)` means the id is known but its indicator could not be read.
    fn resolve(&self, id: &Sp<String>) -> Result<Option<&'p Indicator>, Box<Diagnostic>> {
        let name = id.value.as_str();
        if self.unsure.contains(name) {
            return Ok(None);
        }
        match self.items.get(name) {
            Some(Item::Indicator(indicator)) => Ok(Some(indicator)),
            Some(Item::Action(action)) if action.indicators.len() > 1 => Err(Box::new(ambiguous(id, action))),
            Some(item) => Err(Box::new(self.unknown(id).help(not_an_indicator(name, *item)))),
            None => {
                let help = match closest(name, self.indicator_ids.iter().copied()) {
                    Some(s) => Message::new(MsgId::DidYouMeanId).arg("suggestion", s),
                    None => MsgId::UnknownIndicatorHelp.into(),
                };
                Err(Box::new(self.unknown(id).help(help)))
            }
        }
    }

    fn unknown(&self, id: &Sp<String>) -> Diagnostic {
        let message = Message::new(MsgId::UnknownIndicator).arg("id", &id.value);
        Diagnostic::new(Code::UnknownIndicator, message, Some(id.loc.clone())).label(MsgId::UnknownIndicatorLabel)
    }
}

fn ambiguous(id: &Sp<String>, action: &Action) -> Diagnostic {
    let ids: Vec<&str> = action.indicators.iter().map(|i| i.id.value.as_str()).collect();
    let message =
        Message::new(MsgId::AmbiguousAction).arg("id", &id.value).arg("n", ids.len()).arg("list", ids.join(", "));
    let help = Message::new(MsgId::AmbiguousActionHelp).arg("first", ids[0]);
    Diagnostic::new(Code::AmbiguousAction, message, Some(id.loc.clone())).label(MsgId::AmbiguousActionLabel).help(help)
}

/// Help for an id that names an orientation, objective or action: list its indicators.
fn not_an_indicator(name: &str, item: Item) -> Message {
    let (kind, actions): (MsgId, Vec<&Action>) = match item {
        Item::Orientation(o) => (MsgId::ItemOrientation, o.objectives.iter().flat_map(|x| &x.actions).collect()),
        Item::Objective(o) => (MsgId::ItemObjective, o.actions.iter().collect()),
        Item::Action(a) => (MsgId::ItemAction, vec![a]),
        Item::Indicator(_) => (MsgId::ItemIndicator, Vec::new()),
    };
    let ids: Vec<&str> = actions.iter().flat_map(|a| &a.indicators).map(|i| i.id.value.as_str()).collect();
    let mut list = ids.iter().take(6).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > 6 {
        list.push_str(", …");
    }
    Message::new(MsgId::NotAnIndicatorHelp).arg("id", name).arg_msg("item", kind).arg("list", list)
}

fn check_journal(plan: &Plan, journal: &Journal, unsure: &Unsure, diags: &mut Vec<Diagnostic>) {
    let index = Index::new(plan, unsure);
    for file in &journal.files {
        for activity in &file.activities {
            check_activity(&index, &plan.meta, file.year, activity, diags);
        }
        for assessment in &file.assessments {
            check_assessment(&index, &plan.meta, file.year, assessment, diags);
        }
    }
}

fn check_activity(index: &Index, meta: &PlanMeta, file_year: Option<i32>, a: &Activity, diags: &mut Vec<Diagnostic>) {
    check_date(meta, file_year, &a.date, diags);
    for id in &a.indicators {
        match index.resolve(id) {
            Ok(Some(ind)) if ind.kind == IndicatorKind::Assessment => diags.push(activity_on_assessment(id)),
            Ok(_) => {}
            Err(d) => diags.push(*d),
        }
    }
}

fn check_assessment(
    index: &Index,
    meta: &PlanMeta,
    file_year: Option<i32>,
    a: &Assessment,
    diags: &mut Vec<Diagnostic>,
) {
    check_date(meta, file_year, &a.date, diags);
    match index.resolve(&a.indicator) {
        Ok(Some(ind)) if ind.kind != IndicatorKind::Assessment => {
            diags.push(not_assessment(&a.indicator, ind.kind.name()))
        }
        Ok(_) => {}
        Err(d) => diags.push(*d),
    }
}

/// Checks a new entry (from the command line) against a valid plan, with the
/// same rules as the journal's entries. The diagnostics have no place in a file;
/// warnings (an activity toward an assessment indicator) do not refuse the entry.
pub fn check_entry(plan: &Plan, entry: &Entry) -> Vec<Diagnostic> {
    let unsure = Unsure::default();
    let index = Index::new(plan, &unsure);
    let nowhere = |value: String| Sp { value, loc: Loc { file: FileId(u32::MAX), span: 0..0 } };
    let date = Sp { value: entry.date(), loc: nowhere(String::new()).loc };
    let mut diags = Vec::new();
    match entry {
        Entry::Activity { title, indicators, amount, note, .. } => {
            let a = Activity {
                date,
                title: title.clone(),
                indicators: indicators.iter().cloned().map(nowhere).collect(),
                amount: *amount,
                note: note.clone(),
                loc: nowhere(String::new()).loc,
            };
            check_activity(&index, &plan.meta, None, &a, &mut diags);
        }
        Entry::Assessment { indicator, level, note, .. } => {
            let a = Assessment {
                date,
                indicator: nowhere(indicator.clone()),
                level: *level,
                note: note.clone(),
                loc: nowhere(String::new()).loc,
            };
            check_assessment(&index, &plan.meta, None, &a, &mut diags);
        }
    }
    for d in &mut diags {
        d.loc = None;
        d.label = None;
        d.notes.clear();
    }
    diags
}

fn activity_on_assessment(id: &Sp<String>) -> Diagnostic {
    let message = Message::new(MsgId::ActivityOnAssessment).arg("id", &id.value);
    let help = Message::new(MsgId::ActivityOnAssessmentHelp).arg("id", &id.value);
    Diagnostic::new(Code::ActivityOnAssessment, message, Some(id.loc.clone())).help(help)
}

fn not_assessment(id: &Sp<String>, kind: &str) -> Diagnostic {
    let message = Message::new(MsgId::NotAssessmentIndicator).arg("id", &id.value).arg("kind", kind);
    Diagnostic::new(Code::NotAssessmentIndicator, message, Some(id.loc.clone())).help(MsgId::NotAssessmentIndicatorHelp)
}

/// An entry's date must fall in the plan's period, and in the year its file is named after.
fn check_date(meta: &PlanMeta, file_year: Option<i32>, date: &Sp<chrono::NaiveDate>, diags: &mut Vec<Diagnostic>) {
    let first = meta.year_first_day(meta.start_year);
    let last = meta.year_last_day(meta.end_year);
    if !meta.contains(date.value) {
        let message =
            Message::new(MsgId::DateOutsidePeriod).arg("date", date.value).arg("first", first).arg("last", last);
        let help = Message::new(MsgId::DateOutsidePeriodHelp).arg("first", first).arg("last", last);
        let d = Diagnostic::new(Code::DateOutsidePeriod, message, Some(date.loc.clone()))
            .label(MsgId::DateOutsidePeriodLabel)
            .help(help);
        diags.push(d);
        return;
    }
    let year = meta.year_of(date.value);
    if file_year.is_some_and(|y| y != year) {
        let message = Message::new(MsgId::EntryInWrongFile).arg("date", date.value).arg("label", meta.year_label(year));
        let help = Message::new(MsgId::EntryInWrongFileHelp).arg("year", year);
        diags.push(Diagnostic::new(Code::EntryInWrongFile, message, Some(date.loc.clone())).help(help));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_years_come_from_file_names() {
        assert_eq!(journal_year(Path::new("journal/2018.toml")), Some(2018));
        assert_eq!(journal_year(Path::new("journal/notes.toml")), None);
        assert_eq!(journal_year(Path::new("journal/+201.toml")), None);
        assert_eq!(journal_year(Path::new("journal/0999.toml")), None);
    }

    #[test]
    fn ids_are_plain_ascii() {
        assert!(is_valid_id("1.1.2a"));
        assert!(is_valid_id("A-1_b"));
        for bad in ["", "1 1", "1.é", "1.e\u{301}", "1\u{1b}"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
