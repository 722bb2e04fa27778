//! The bilan, the yearly report to funders and elected officials, as plain
//! data: the status report of every indicator and group (the same as
//! `status --format json`), the plan's tree with each item's roll-up and
//! narratives, each indicator's measure, cells, explanations, assessments,
//! activities and breakdowns by tag, and what to watch. Renderers make HTML or
//! Markdown of it; nothing here formats text for a reader.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::breakdown::Amounts;
use super::show::{
    EntryLine, IndicatorDetail, NarrativeLine, activity_line, assessment_line, indicator_detail, narrative_line,
};
use super::status::{Filter, Group, GroupLevel, Report, Row, Status, Year, compute};
use crate::model::{
    ABOUT_PLAN, Action, Activity, Assessment, IndicatorRef, Journal, Narrative, Node, Objective, Orientation, Plan,
    PlanMeta, Tier,
};

/// The activities an indicator lists at most; the others are summed up.
pub const ACTIVITY_LIMIT: usize = 20;

/// What the bilan is about: one plan year, or the whole plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Year(i32),
    Plan,
}

/// Everything the bilan says.
#[derive(Clone, Debug, PartialEq)]
pub struct Bilan {
    pub title: String,
    pub organization: Option<String>,
    /// The plan's first and last years.
    pub period: (Year, Year),
    /// The year of the bilan, or none for the whole plan.
    pub focus: Option<Year>,
    pub as_of: NaiveDate,
    /// Every group and indicator, over the plan's years up to the bilan's.
    pub status: Report,
    /// The narratives about the plan as a whole, in the bilan's period.
    pub narratives: Vec<NarrativeLine>,
    /// The orientations, each holding its objectives, actions and indicators.
    pub orientations: Vec<Part>,
    pub watch: Watch,
    pub stale_after_days: u32,
    /// The activities an indicator lists at most.
    pub activity_limit: usize,
}

/// An orientation, objective or action: its roll-up, its narratives and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub tier: Tier,
    pub id: String,
    pub title: String,
    pub short: Option<String>,
    /// Its roll-up; none when it holds no indicator.
    pub rollup: Option<Group>,
    /// Its narratives in the bilan's period, by date.
    pub narratives: Vec<NarrativeLine>,
    /// The objectives of an orientation, or the actions of an objective.
    pub parts: Vec<Part>,
    /// The indicators of an action.
    pub indicators: Vec<IndicatorPart>,
}

/// An indicator in the bilan.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorPart {
    /// Its measure and cells; its assessments and first activities of the
    /// period, by date; its narratives of the period.
    pub detail: IndicatorDetail,
    /// The activities of the period beyond the limit, summed up.
    pub more: Option<More>,
    /// For a count: per tag of `[tags]` that its activities carry, each value with its amount per year.
    pub breakdowns: Vec<Breakdown>,
}

/// The amounts of an indicator's activities by the values of one tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub tag: String,
    /// Each value that occurs, in the order `[tags]` declares them, with its amount per year.
    pub values: Vec<(String, Vec<u64>)>,
}

/// Activities not listed one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct More {
    pub activities: usize,
    pub amount: u64,
}

/// What needs attention: indicators without recent entries, and statuses
/// behind or missed that no narrative explains.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Watch {
    /// (id, text, last entry) of each stale indicator.
    pub stale: Vec<(String, String, Option<NaiveDate>)>,
    /// (id, text, year label, status) of each unexplained cell of the bilan's years.
    pub unexplained: Vec<(String, String, String, Status)>,
}

/// Computes the bilan of `scope` as of `as_of`.
pub fn bilan(plan: &Plan, journal: &Journal, scope: Scope, as_of: NaiveDate) -> Bilan {
    let meta = &plan.meta;
    let focus = match scope {
        Scope::Year(year) => Some(year),
        Scope::Plan => None,
    };
    let status = compute(plan, journal, as_of, &Filter { until: focus, ..Filter::default() });
    let years: Vec<i32> = status.years.iter().map(|y| y.year).collect();
    let period = Period { meta, focus, as_of };
    let found = Found::gather(journal, &period);
    let tags: Vec<Amounts> =
        meta.tags.iter().map(|v| Amounts::by(plan, journal, as_of, &v.name.value, &years)).collect();
    let names: Vec<&str> = meta.tags.iter().map(|v| v.name.value.as_str()).collect();
    let parts = Parts { plan, status: &status, found: &found, tags: &tags, names: &names };
    let orientations = plan.orientations.iter().map(|o| parts.orientation(o)).collect();
    let label = |year: i32| Year { year, label: meta.year_label(year) };
    Bilan {
        title: meta.title.clone(),
        organization: meta.organization.clone(),
        period: (label(meta.start_year), label(meta.end_year)),
        focus: focus.map(label),
        as_of,
        narratives: found.narratives(meta, ABOUT_PLAN),
        orientations,
        watch: watch(&status, focus.map(|y| meta.year_label(y))),
        stale_after_days: meta.stale_after_days,
        activity_limit: ACTIVITY_LIMIT,
        status,
    }
}

/// The days whose entries the bilan lists: the year of the bilan, or the
/// whole plan, up to the as-of date.
struct Period<'a> {
    meta: &'a PlanMeta,
    focus: Option<i32>,
    as_of: NaiveDate,
}

impl Period<'_> {
    fn holds(&self, date: NaiveDate) -> bool {
        date <= self.as_of && self.focus.is_none_or(|y| self.meta.year_of(date) == y)
    }
}

/// The entries of the period, gathered in one pass by the id they are about.
struct Found<'j> {
    journal: &'j Journal,
    activities: HashMap<&'j str, Vec<&'j Activity>>,
    assessments: HashMap<&'j str, Vec<&'j Assessment>>,
    narratives: HashMap<&'j str, Vec<&'j Narrative>>,
}

impl<'j> Found<'j> {
    fn gather(journal: &'j Journal, period: &Period) -> Found<'j> {
        let mut activities: HashMap<&str, Vec<&Activity>> = HashMap::new();
        for a in journal.activities().filter(|a| period.holds(a.date().value)) {
            for (i, id) in a.indicators().enumerate() {
                if !a.indicators().take(i).any(|earlier| earlier.value == id.value) {
                    activities.entry(id.value.as_str()).or_default().push(a);
                }
            }
        }
        let mut assessments: HashMap<&str, Vec<&Assessment>> = HashMap::new();
        for a in journal.assessments().filter(|a| period.holds(a.date.value)) {
            assessments.entry(a.indicator.value.as_str()).or_default().push(a);
        }
        let mut narratives: HashMap<&str, Vec<&Narrative>> = HashMap::new();
        for n in journal.narratives().filter(|n| period.holds(n.date.value)) {
            narratives.entry(n.about.value.as_str()).or_default().push(n);
        }
        Found { journal, activities, assessments, narratives }
    }

    /// The narratives about an item, by date (stably).
    fn narratives(&self, meta: &PlanMeta, id: &str) -> Vec<NarrativeLine> {
        let mut lines: Vec<NarrativeLine> =
            self.narratives.get(id).into_iter().flatten().map(|n| narrative_line(meta, n, None)).collect();
        lines.sort_by_key(|l| l.date);
        lines
    }

    /// The assessments of an indicator and its first activities, by date
    /// (stably), and the activities beyond the limit, summed up.
    fn entries(&self, id: &str) -> (Vec<EntryLine>, Option<More>) {
        let mut activities: Vec<&Activity> = self.activities.get(id).cloned().unwrap_or_default();
        activities.sort_by_key(|a| a.date().value);
        let rest = activities.split_off(activities.len().min(ACTIVITY_LIMIT));
        let more = (!rest.is_empty())
            .then(|| More { activities: rest.len(), amount: rest.iter().map(|a| u64::from(a.amount)).sum() });
        let mut lines: Vec<EntryLine> = activities.into_iter().map(|a| activity_line(self.journal, a, None)).collect();
        lines.extend(self.assessments.get(id).into_iter().flatten().map(|a| assessment_line(a, None)));
        lines.sort_by_key(|l| l.date);
        (lines, more)
    }
}

/// What parts are made of.
struct Parts<'a> {
    plan: &'a Plan,
    status: &'a Report,
    found: &'a Found<'a>,
    /// The amounts by tag, one per name of `[tags]`, in `names`' order.
    tags: &'a [Amounts<'a>],
    names: &'a [&'a str],
}

impl Parts<'_> {
    /// An orientation, with everything under it.
    fn orientation(&self, o: &Orientation) -> Part {
        let objectives = o.objectives.iter().map(|x| self.objective(x)).collect();
        Part { parts: objectives, ..self.part(Node::Orientation(o), GroupLevel::Orientation, &o.short) }
    }

    fn objective(&self, o: &Objective) -> Part {
        let actions = o.actions.iter().map(|x| self.action(x)).collect();
        Part { parts: actions, ..self.part(Node::Objective(o), GroupLevel::Objective, &o.short) }
    }

    /// An action and its indicators. When an indicator has the action's own
    /// id (`3.1.1` and `3.1.1`), the narratives about that id are the
    /// indicator's, shown with it, not twice.
    fn action(&self, a: &Action) -> Part {
        let indicators: Vec<IndicatorPart> =
            self.plan.indicators().filter(|r| std::ptr::eq(r.action, a)).map(|r| self.indicator(&r)).collect();
        let part = self.part(Node::Action(a), GroupLevel::Action, &a.short);
        let shared = indicators.iter().any(|i| i.detail.id == a.id.value);
        Part { narratives: if shared { Vec::new() } else { part.narratives.clone() }, indicators, ..part }
    }

    /// A group's own lines: its title, roll-up and narratives.
    fn part(&self, node: Node, level: GroupLevel, short: &Option<String>) -> Part {
        let id = node.id().value.clone();
        Part {
            tier: node.tier(),
            rollup: self.status.groups().find(|g| g.level == level && g.id == id).cloned(),
            narratives: self.found.narratives(&self.plan.meta, &id),
            title: node.title().to_string(),
            short: short.clone(),
            id,
            parts: Vec::new(),
            indicators: Vec::new(),
        }
    }

    fn indicator(&self, r: &IndicatorRef) -> IndicatorPart {
        let id = r.indicator.id.value.as_str();
        let row: &Row = self.status.rows().find(|row| row.id == id).expect("every indicator has a row");
        let (entries, more) = self.found.entries(id);
        let detail = IndicatorDetail {
            entries,
            narratives: self.found.narratives(&self.plan.meta, id),
            ..indicator_detail(self.plan, r, row, self.status)
        };
        let breakdowns = match row.kind {
            "count" => self
                .names
                .iter()
                .zip(self.tags)
                .map(|(name, amounts)| Breakdown { tag: name.to_string(), values: amounts.of(id) })
                .filter(|b| !b.values.is_empty())
                .collect(),
            _ => Vec::new(),
        };
        IndicatorPart { detail, more, breakdowns }
    }
}

/// The stale indicators, and the cells of the bilan's years (its year, or
/// all) that are behind or missed with no explanation.
fn watch(status: &Report, focus: Option<String>) -> Watch {
    let mut watch = Watch::default();
    for row in status.rows() {
        if row.stale {
            watch.stale.push((row.id.clone(), row.text.clone(), row.last_entry));
        }
        for (cell, year) in row.cells.iter().zip(&status.years) {
            if cell.explanation_missing && focus.as_ref().is_none_or(|f| *f == year.label) {
                watch.unexplained.push((row.id.clone(), row.text.clone(), year.label.clone(), cell.status));
            }
        }
    }
    watch
}
