//! The journal entries behind a status report, one row each, by date: what a
//! workbook's second sheet lists beside the status, with where each entry is
//! written so that it can be found and fixed.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::show::{tags, texts};
use super::status::{Line, Report};
use crate::model::{ABOUT_PLAN, Journal, Level, Loc, PlanMeta, Topic};
use crate::source::Sources;

/// One entry of the journal.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryRow {
    pub date: NaiveDate,
    /// The label of the plan year it is dated in.
    pub year: String,
    pub what: EntryKind,
    /// The ids it is about: an activity's indicators, an assessment's
    /// indicator, a narrative's item (or `plan`).
    pub ids: Vec<String>,
    pub note: Option<String>,
    pub tags: Vec<(String, Vec<String>)>,
    pub evidence: Vec<String>,
    /// The file as shown to the user, and the line the entry starts on.
    pub file: String,
    pub line: usize,
}

/// What kind of entry a row is, with what only that kind has.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Activity { title: String, amount: u32 },
    Assessment(Level),
    Narrative { topic: Topic, text: String },
}

/// The entries about what `report` shows (its indicators, its groups, the
/// plan), dated in its years up to its as-of date, by date (stably: file
/// order on a day).
pub fn entries(meta: &PlanMeta, journal: &Journal, sources: &Sources, report: &Report) -> Vec<EntryRow> {
    let shown: HashSet<&str> = report
        .lines
        .iter()
        .map(|l| match l {
            Line::Group(g) => g.id.as_str(),
            Line::Indicator(r) => r.id.as_str(),
        })
        .collect();
    let years: HashSet<i32> = report.years.iter().map(|y| y.year).collect();
    let holds = |date: NaiveDate| date <= report.as_of && years.contains(&meta.year_of(date));
    let mut lines = Lines::new(sources);
    let mut rows = Vec::new();
    let row = |lines: &mut Lines, date: NaiveDate, what: EntryKind, ids: Vec<String>, loc: &Loc| {
        let (file, line) = lines.place(loc);
        EntryRow {
            date,
            year: meta.year_label(meta.year_of(date)),
            what,
            ids,
            note: None,
            tags: vec![],
            evidence: vec![],
            file,
            line,
        }
    };
    for a in journal
        .activities()
        .filter(|a| holds(a.date().value) && a.indicators().any(|i| shown.contains(i.value.as_str())))
    {
        let what = EntryKind::Activity { title: journal.title(a).to_string(), amount: a.amount };
        let ids = a.indicators().map(|i| i.value.to_string()).collect();
        let base = row(&mut lines, a.date().value, what, ids, &a.loc);
        rows.push(EntryRow {
            note: journal.note(a).map(str::to_string),
            tags: tags(a.tags()),
            evidence: texts(a.evidence()),
            ..base
        });
    }
    for a in journal.assessments().filter(|a| holds(a.date.value) && shown.contains(a.indicator.value.as_str())) {
        let base =
            row(&mut lines, a.date.value, EntryKind::Assessment(a.level), vec![a.indicator.value.clone()], &a.loc);
        rows.push(EntryRow { note: a.note.clone(), tags: tags(a.tags()), evidence: texts(a.evidence()), ..base });
    }
    let about = |id: &str| shown.contains(id) || (id == ABOUT_PLAN && report.groups().any(|g| g.id == ABOUT_PLAN));
    for n in journal.narratives().filter(|n| holds(n.date.value) && about(&n.about.value)) {
        let what = EntryKind::Narrative { topic: n.topic, text: n.text.clone() };
        let base = row(&mut lines, n.date.value, what, vec![n.about.value.clone()], &n.loc);
        rows.push(EntryRow { tags: tags(n.tags()), evidence: texts(n.evidence()), ..base });
    }
    rows.sort_by(|a, b| (a.date, &a.file, a.line).cmp(&(b.date, &b.file, b.line)));
    rows
}

/// Line numbers of many places, each file's line starts found once.
struct Lines<'s> {
    sources: &'s Sources,
    starts: HashMap<crate::model::FileId, Vec<usize>>,
}

impl<'s> Lines<'s> {
    fn new(sources: &'s Sources) -> Self {
        Lines { sources, starts: HashMap::new() }
    }

    /// The file as shown, and the line (from 1) a place starts on.
    fn place(&mut self, loc: &Loc) -> (String, usize) {
        let file = self.sources.get(loc.file);
        let starts = self
            .starts
            .entry(loc.file)
            .or_insert_with(|| std::iter::once(0).chain(file.text.match_indices('\n').map(|(i, _)| i + 1)).collect());
        let line = starts.partition_point(|&start| start <= loc.span().start);
        (file.display.clone(), line)
    }
}
