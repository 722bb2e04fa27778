//! What changed between two moments of a plan: each side is a plan and its
//! journal as of a date (at a commit, or as the files are now). Indicators and
//! groups are matched by id and years by label, so that a diff across a change
//! of period or of ids still reads right. Changes are grouped by orientation.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::entries::{EntryKind, EntryRow, entries};
use super::show::{Measure, measure};
use super::status::{Cell, Filter, GroupCell, GroupLevel, Report, compute};
use crate::model::{ABOUT_PLAN, Journal, Plan, Tier};
use crate::source::Sources;

/// One side of a diff: a plan read somewhere, as of a date.
pub struct Side<'a> {
    pub plan: &'a Plan,
    pub journal: &'a Journal,
    pub sources: &'a Sources,
    pub as_of: NaiveDate,
}

/// What changed from one side to the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// The plan's own changes (title, period) and what is about the plan as a
    /// whole, then one section per orientation, in plan order, with changes only.
    pub sections: Vec<Section>,
}

impl Diff {
    /// Whether anything changed.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }
}

/// The changes under one orientation, or (`orientation` none) about the plan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Section {
    /// The orientation's id and title (on the later side when it has it).
    pub orientation: Option<(String, String)>,
    pub cells: Vec<CellChange>,
    pub groups: Vec<GroupChange>,
    pub added: Vec<EntryRow>,
    pub removed: Vec<EntryRow>,
    pub plan: Vec<PlanChange>,
}

impl Section {
    fn is_empty(&self) -> bool {
        self.cells.is_empty()
            && self.groups.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.plan.is_empty()
    }
}

/// An indicator's cell in a year whose status or value changed; a side that
/// lacks the year (or the indicator) has none.
#[derive(Clone, Debug, PartialEq)]
pub struct CellChange {
    pub id: String,
    pub text: String,
    pub year: String,
    pub before: Option<Cell>,
    pub after: Option<Cell>,
}

/// A group's roll-up in a year that changed.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupChange {
    pub level: GroupLevel,
    pub id: String,
    pub title: String,
    pub year: String,
    pub before: Option<GroupCell>,
    pub after: Option<GroupCell>,
}

/// A change of the plan itself.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanChange {
    Title {
        before: String,
        after: String,
    },
    /// The first and last plan years, as labelled.
    Period {
        before: (String, String),
        after: (String, String),
    },
    Added {
        tier: Tier,
        id: String,
        title: String,
    },
    Removed {
        tier: Tier,
        id: String,
        title: String,
    },
    /// An item's title, or an indicator's text.
    Retitled {
        tier: Tier,
        id: String,
        before: String,
        after: String,
    },
    /// How an indicator is measured, with its unit and the years it applies in.
    Measure {
        id: String,
        before: MeasureOf,
        after: MeasureOf,
    },
}

/// An indicator's measure, unit and years (labels).
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureOf {
    pub measure: Measure,
    pub unit: Option<String>,
    pub years: Vec<String>,
}

/// Computes what changed from `from` to `to`.
pub fn diff(from: &Side, to: &Side) -> Diff {
    let (a, b) = (report(from), report(to));
    let mut sections = Sections::new(from.plan, to.plan);
    cell_changes(&a, &b, &mut sections);
    group_changes(&a, &b, &mut sections);
    entry_changes(from, to, &a, &b, &mut sections);
    plan_changes(from.plan, to.plan, &mut sections);
    Diff { sections: sections.into_vec() }
}

/// The whole status report of a side, with the entries that count on it.
fn report(side: &Side) -> Report {
    compute(side.plan, side.journal, side.as_of, &Filter::default())
}

/// Sections by orientation, in the later plan's order, then the earlier's.
struct Sections {
    order: Vec<(String, String)>,
    /// For every id of either plan, its orientation (the later plan first).
    owner: HashMap<String, String>,
    by_orientation: HashMap<String, Section>,
    plan: Section,
}

impl Sections {
    fn new(from: &Plan, to: &Plan) -> Sections {
        let mut order: Vec<(String, String)> = Vec::new();
        let mut owner = HashMap::new();
        for plan in [to, from] {
            for trail in plan.tree().walk() {
                let orientation = trail.nodes().next().expect("a trail starts at its orientation");
                let key = orientation.id().value.clone();
                if !order.iter().any(|(id, _)| *id == key) {
                    order.push((key.clone(), orientation.title().to_string()));
                }
                owner.entry(trail.node().id().value.clone()).or_insert(key);
            }
        }
        Sections { order, owner, by_orientation: HashMap::new(), plan: Section::default() }
    }

    /// The section of an id's orientation, or the plan's.
    fn of(&mut self, id: &str) -> &mut Section {
        match self.owner.get(id) {
            Some(orientation) => self.by_orientation.entry(orientation.clone()).or_default(),
            None => &mut self.plan,
        }
    }

    fn into_vec(mut self) -> Vec<Section> {
        let mut out = vec![std::mem::take(&mut self.plan)];
        for (id, title) in self.order {
            if let Some(section) = self.by_orientation.remove(&id) {
                out.push(Section { orientation: Some((id, title)), ..section });
            }
        }
        out.retain(|s| !s.is_empty());
        out
    }
}

fn cell_changes(a: &Report, b: &Report, sections: &mut Sections) {
    let before: HashMap<&str, &super::status::Row> = a.rows().map(|r| (r.id.as_str(), r)).collect();
    let labels_a: Vec<&str> = a.years.iter().map(|y| y.label.as_str()).collect();
    for row in b.rows() {
        let old = before.get(row.id.as_str());
        for (cell, year) in row.cells.iter().zip(&b.years) {
            let prior = old.and_then(|o| labels_a.iter().position(|l| *l == year.label).map(|i| &o.cells[i]));
            if prior.is_none_or(|p| !same_cell(p, cell)) && old.is_some() {
                let change = CellChange {
                    id: row.id.clone(),
                    text: row.text.clone(),
                    year: year.label.clone(),
                    before: prior.cloned(),
                    after: Some(cell.clone()),
                };
                sections.of(&row.id).cells.push(change);
            }
        }
    }
}

/// Whether two cells say the same: status, value and target.
fn same_cell(a: &Cell, b: &Cell) -> bool {
    a.status == b.status && a.actual == b.actual && a.target == b.target
}

fn group_changes(a: &Report, b: &Report, sections: &mut Sections) {
    let before: HashMap<(GroupLevel, &str), &super::status::Group> =
        a.groups().map(|g| ((g.level, g.id.as_str()), g)).collect();
    let labels_a: Vec<&str> = a.years.iter().map(|y| y.label.as_str()).collect();
    // An action with a single indicator says what its indicator says: only the indicator is listed.
    for group in b.groups().filter(|g| !(g.level == GroupLevel::Action && g.indicators == 1)) {
        let Some(old) = before.get(&(group.level, group.id.as_str())) else { continue };
        for (cell, year) in group.cells.iter().zip(&b.years) {
            let prior = labels_a.iter().position(|l| *l == year.label).map(|i| &old.cells[i]);
            let same = prior.is_some_and(|p| {
                p.status == cell.status
                    && p.achieved_or_on_track == cell.achieved_or_on_track
                    && p.with_verdict == cell.with_verdict
            });
            if !same {
                let change = GroupChange {
                    level: group.level,
                    id: group.id.clone(),
                    title: group.title.clone(),
                    year: year.label.clone(),
                    before: prior.cloned(),
                    after: Some(cell.clone()),
                };
                let section = if group.level == GroupLevel::Plan { &mut sections.plan } else { sections.of(&group.id) };
                section.groups.push(change);
            }
        }
    }
}

/// What makes two entries the same entry, wherever they are written.
type EntryKey<'e> = (NaiveDate, &'e EntryKind, &'e [String], Option<&'e str>, String);

fn key(e: &EntryRow) -> EntryKey<'_> {
    (e.date, &e.what, e.ids.as_slice(), e.note.as_deref(), format!("{:?}{:?}", e.tags, e.evidence))
}

/// The entries that count on one side and not on the other (an entry written
/// twice counts twice).
fn entry_changes(from: &Side, to: &Side, a: &Report, b: &Report, sections: &mut Sections) {
    let (old, new) =
        (entries(&from.plan.meta, from.journal, from.sources, a), entries(&to.plan.meta, to.journal, to.sources, b));
    for (row, added) in unmatched(&old, &new)
        .into_iter()
        .map(|r| (r, false))
        .chain(unmatched(&new, &old).into_iter().map(|r| (r, true)))
    {
        let about = row.ids.first().map_or(ABOUT_PLAN, String::as_str);
        let section = sections.of(about);
        if added { section.added.push(row) } else { section.removed.push(row) }
    }
}

/// The entries of `these` not matched, one for one, by an entry of `others`.
fn unmatched(these: &[EntryRow], others: &[EntryRow]) -> Vec<EntryRow> {
    let mut left: HashMap<EntryKey, usize> = HashMap::new();
    for e in others {
        *left.entry(key(e)).or_default() += 1;
    }
    let mut out = Vec::new();
    for e in these {
        match left.get_mut(&key(e)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(e.clone()),
        }
    }
    out
}

fn plan_changes(from: &Plan, to: &Plan, sections: &mut Sections) {
    let (a, b) = (&from.meta, &to.meta);
    if a.title != b.title {
        sections.plan.plan.push(PlanChange::Title { before: a.title.clone(), after: b.title.clone() });
    }
    let period = |m: &crate::model::PlanMeta| (m.year_label(m.start_year), m.year_label(m.end_year));
    if period(a) != period(b) {
        sections.plan.plan.push(PlanChange::Period { before: period(a), after: period(b) });
    }
    item_changes(from, to, sections);
    measure_changes(from, to, sections);
}

/// Items added, removed or retitled: orientations, objectives, actions and indicators.
fn item_changes(from: &Plan, to: &Plan, sections: &mut Sections) {
    let items = |plan: &Plan| -> Vec<(Tier, String, String)> {
        plan.tree()
            .walk()
            .map(|t| (t.node().tier(), t.node().id().value.clone(), t.node().title().to_string()))
            .collect()
    };
    let (old, new) = (items(from), items(to));
    let find = |list: &[(Tier, String, String)], tier: Tier, id: &str| {
        list.iter().find(|(t, i, _)| *t == tier && i == id).map(|(_, _, title)| title.clone())
    };
    for (tier, id, title) in &new {
        match find(&old, *tier, id) {
            None => sections.of(id).plan.push(PlanChange::Added { tier: *tier, id: id.clone(), title: title.clone() }),
            Some(before) if before != *title => {
                let change = PlanChange::Retitled { tier: *tier, id: id.clone(), before, after: title.clone() };
                sections.of(id).plan.push(change);
            }
            Some(_) => {}
        }
    }
    for (tier, id, title) in &old {
        if find(&new, *tier, id).is_none() {
            sections.of(id).plan.push(PlanChange::Removed { tier: *tier, id: id.clone(), title: title.clone() });
        }
    }
}

/// Indicators on both sides whose measure, unit or years changed.
fn measure_changes(from: &Plan, to: &Plan, sections: &mut Sections) {
    let measures = |plan: &Plan| -> HashMap<String, MeasureOf> {
        plan.indicators()
            .map(|r| {
                let unit = match &r.indicator.kind {
                    crate::model::IndicatorKind::Count { unit, .. } => unit.clone(),
                    _ => None,
                };
                let years = r.years(&plan.meta).iter().map(|&y| plan.meta.year_label(y)).collect();
                (r.indicator.id.value.clone(), MeasureOf { measure: measure(plan, &r.indicator.kind), unit, years })
            })
            .collect()
    };
    let (old, new) = (measures(from), measures(to));
    for r in to.indicators() {
        let id = &r.indicator.id.value;
        if let (Some(before), Some(after)) = (old.get(id), new.get(id))
            && before != after
        {
            let change = PlanChange::Measure { id: id.clone(), before: before.clone(), after: after.clone() };
            sections.of(id).plan.push(change);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CountTarget;
    use crate::report::fixtures::{count, d, journal, plan_of};
    use crate::source::Source;

    /// A source whose first file stands for every entry's place.
    fn sources() -> Sources {
        let files = vec![("plan.toml".to_string(), b"# x\n".to_vec())];
        Source::Memory { dir: "/p".into(), files }.read().sources
    }

    fn side<'a>(plan: &'a Plan, journal: &'a Journal, sources: &'a Sources, as_of: &str) -> Side<'a> {
        Side { plan, journal, sources, as_of: d(as_of) }
    }

    #[test]
    fn the_same_side_twice_changes_nothing() {
        let plan = plan_of(&[("X", count(CountTarget::Yearly(2)))], "01-01");
        let journal = journal(&[("2018-03-01", 1)], &[]);
        let sources = sources();
        let one = side(&plan, &journal, &sources, "2018-12-31");
        assert!(diff(&one, &one).is_empty());
    }

    #[test]
    fn an_added_entry_changes_its_cells_and_roll_ups() {
        let plan = plan_of(&[("X", count(CountTarget::Yearly(2)))], "01-01");
        let (before, after) =
            (journal(&[("2018-03-01", 1)], &[]), journal(&[("2018-03-01", 1), ("2018-06-01", 1)], &[]));
        let sources = sources();
        let changes = diff(&side(&plan, &before, &sources, "2018-12-31"), &side(&plan, &after, &sources, "2018-12-31"));
        assert_eq!(changes.sections.len(), 2, "the plan's row, and orientation O: {changes:#?}");
        let o = &changes.sections[1];
        assert_eq!(o.orientation, Some(("O".into(), "t".into())));
        assert_eq!(o.cells.len(), 1);
        assert_eq!(
            (o.cells[0].year.as_str(), o.cells[0].after.as_ref().map(|c| c.status)),
            ("2018", Some(super::super::Status::Achieved))
        );
        assert_eq!(o.added.len(), 1);
        assert_eq!(o.added[0].date, d("2018-06-01"));
        assert!(o.removed.is_empty());
        let levels: Vec<GroupLevel> = o.groups.iter().map(|g| g.level).collect();
        assert_eq!(
            levels,
            [GroupLevel::Orientation, GroupLevel::Objective],
            "an action of one indicator is not repeated"
        );
        assert_eq!(changes.sections[0].groups[0].level, GroupLevel::Plan);
    }

    #[test]
    fn a_new_target_and_a_new_indicator_are_plan_changes() {
        let before = plan_of(&[("X", count(CountTarget::Yearly(2)))], "01-01");
        let after = plan_of(&[("X", count(CountTarget::Yearly(3))), ("Y", count(CountTarget::None))], "01-01");
        let journal = journal(&[], &[]);
        let sources = sources();
        let changes =
            diff(&side(&before, &journal, &sources, "2016-01-01"), &side(&after, &journal, &sources, "2016-01-01"));
        let plan: Vec<&PlanChange> = changes.sections.iter().flat_map(|s| &s.plan).collect();
        assert!(matches!(plan[0], PlanChange::Added { tier: Tier::Indicator, id, .. } if id == "Y"), "{plan:?}");
        assert!(matches!(plan[1], PlanChange::Measure { id, .. } if id == "X"), "{plan:?}");
        assert_eq!(plan.len(), 2);
    }
}
