//! The journal's entries against the plan: each names indicators (or, for a
//! narrative, an item) that exist and fit the entry, is dated in the plan's
//! period and in its file's year, and has evidence and tags that check.

use std::ops::Deref;

use crate::model::hash::{FxMap, FxSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use chrono::NaiveDate;

use super::{evidence, tags};
use crate::model::{
    ABOUT_PLAN, Action, Activity, Assessment, Id, Indicator, IndicatorKind, Journal, Listing, Narrative, Node, Plan,
    PlanMeta, Sp, Tag, Tier,
};
use crate::suggest::closest;

/// Every id of the plan, for resolving journal references.
pub struct Index<'p> {
    items: FxMap<&'p str, Node<'p>>,
    indicator_ids: Vec<&'p str>,
    unsure: FxSet<&'p str>,
    /// The plan years each indicator applies in.
    years: FxMap<&'p str, Vec<i32>>,
    /// By interned [`Id`]: the indicator an id names plainly (known, read,
    /// not unsure), with its years; looked up by index for each activity.
    /// Any other id is resolved by name, with its diagnostic.
    plain: Vec<Option<(&'p Indicator, Vec<i32>)>>,
}

impl<'p> Index<'p> {
    /// Groups first, then indicators, so that an indicator that shares its
    /// action's id is what the id names.
    fn new(plan: &'p Plan, unsure: &'p [String]) -> Index<'p> {
        let mut items = FxMap::default();
        let mut indicator_ids = Vec::new();
        let mut years = FxMap::default();
        for trail in plan.tree().walk().filter(|t| t.indicator.is_none()) {
            let node = trail.node();
            items.insert(node.id().value.as_str(), node);
        }
        for r in plan.indicators() {
            items.insert(r.indicator.id.value.as_str(), Node::Indicator(r.indicator));
            indicator_ids.push(r.indicator.id.value.as_str());
            years.insert(r.indicator.id.value.as_str(), r.years(&plan.meta));
        }
        let unsure = unsure.iter().map(String::as_str).collect();
        let mut index = Index { items, indicator_ids, unsure, years, plain: Vec::new() };
        index.plain = index.plain_ids(plan);
        index
    }

    fn plain_ids(&self, plan: &'p Plan) -> Vec<Option<(&'p Indicator, Vec<i32>)>> {
        let mut plain = Vec::new();
        for r in plan.indicators() {
            let name = r.indicator.id.value.as_str();
            // An id no journal named is not interned: no activity names it.
            let (Some(id), Ok(Some(indicator))) = (Id::find(name), self.resolve(&Sp::nowhere(name))) else { continue };
            if plain.len() <= id.index() {
                plain.resize_with(id.index() + 1, || None);
            }
            plain[id.index()] = self.years.get(name).map(|years| (indicator, years.clone()));
        }
        plain
    }

    /// The indicator an activity's id names, with its years; `None` with a
    /// diagnostic when it names none, or without when it is unsure.
    fn indicator(&self, id: &Sp<Id>, diags: &mut Vec<Diagnostic>) -> Option<(&'p Indicator, Option<&[i32]>)> {
        if let Some((ind, years)) = self.plain.get(id.value.index()).and_then(Option::as_ref) {
            return Some((ind, Some(years)));
        }
        match self.resolve(id) {
            Ok(Some(ind)) => Some((ind, self.years.get(ind.id.value.as_str()).map(Vec::as_slice))),
            Ok(None) => None,
            Err(d) => {
                diags.push(*d);
                None
            }
        }
    }

    /// The indicator an entry names, or the diagnostic that explains why there is none.
    /// `Ok(None)` means the id is known but its indicator could not be read.
    fn resolve<T: Deref<Target = str>>(&self, id: &Sp<T>) -> Result<Option<&'p Indicator>, Box<Diagnostic>> {
        let name = &*id.value;
        match self.items.get(name) {
            Some(Node::Indicator(indicator)) => Ok(Some(indicator)),
            _ if self.unsure.contains(name) => Ok(None),
            Some(Node::Action(action)) if action.indicators.len() > 1 => Err(Box::new(ambiguous(id, action))),
            Some(item) => Err(Box::new(self.unknown(id).help(not_an_indicator(name, *item)))),
            None => {
                let help = match closest(name, self.indicator_ids.iter().copied()) {
                    Some(s) => super::did_you_mean(name, s, MsgId::DidYouMeanId),
                    None => MsgId::UnknownIndicatorHelp.into(),
                };
                Err(Box::new(self.unknown(id).help(help)))
            }
        }
    }

    fn unknown<T: Deref<Target = str>>(&self, id: &Sp<T>) -> Diagnostic {
        let message = Message::new(MsgId::UnknownIndicator).arg("id", &*id.value);
        Diagnostic::new(Code::UnknownIndicator, message, Some(id.loc)).label(MsgId::UnknownIndicatorLabel)
    }
}

fn ambiguous<T: Deref<Target = str>>(id: &Sp<T>, action: &Action) -> Diagnostic {
    let ids: Vec<&str> = action.indicators.iter().map(|i| i.id.value.as_str()).collect();
    let message =
        Message::new(MsgId::AmbiguousAction).arg("id", &*id.value).arg("n", ids.len()).arg("list", ids.join(", "));
    let help = Message::new(MsgId::AmbiguousActionHelp).arg("first", ids[0]);
    Diagnostic::new(Code::AmbiguousAction, message, Some(id.loc)).label(MsgId::AmbiguousActionLabel).help(help)
}

/// Help for an id that names an orientation, objective or action: list its indicators.
fn not_an_indicator(name: &str, item: Node) -> Message {
    let kind = match item.tier() {
        Tier::Orientation => MsgId::ItemOrientation,
        Tier::Objective => MsgId::ItemObjective,
        Tier::Action => MsgId::ItemAction,
        Tier::Indicator => MsgId::ItemIndicator,
    };
    let ids: Vec<&str> = item.indicators().iter().map(|i| i.id.value.as_str()).collect();
    let mut list = ids.iter().take(6).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > 6 {
        list.push_str(", …");
    }
    Message::new(MsgId::NotAnIndicatorHelp).arg("id", name).arg_msg("item", kind).arg("list", list)
}

/// What every entry is checked against: the plan's ids, its period and tags,
/// and the files of its folder.
pub(super) struct Rules<'p> {
    pub index: Index<'p>,
    pub plan: &'p Plan,
    pub listing: &'p Listing,
}

impl<'p> Rules<'p> {
    pub fn new(plan: &'p Plan, unsure: &'p [String], listing: &'p Listing) -> Rules<'p> {
        Rules { index: Index::new(plan, unsure), plan, listing }
    }

    /// What every entry has: a date, evidence and tags.
    fn common(
        &self,
        file_year: Option<i32>,
        date: &Sp<NaiveDate>,
        evidence: &[Sp<String>],
        tags: &[Tag],
        diags: &mut Vec<Diagnostic>,
    ) {
        check_date(&self.plan.meta, file_year, date, diags);
        evidence::check(self.listing, evidence, diags);
        tags::check(&self.plan.meta, tags, diags);
    }

    pub fn activity(&self, file_year: Option<i32>, a: &Activity, diags: &mut Vec<Diagnostic>) {
        let date = a.date();
        self.common(file_year, &date, a.evidence(), a.tags(), diags);
        let meta = &self.plan.meta;
        let year = meta.contains(date.value).then(|| meta.year_of(date.value));
        let (mut counted, mut applies) = (false, false);
        for id in a.indicators() {
            match self.index.indicator(&id, diags) {
                Some((ind, _)) if ind.kind == IndicatorKind::Assessment => diags.push(activity_on_assessment(&id)),
                Some((_, years)) => {
                    counted = true;
                    applies |= year.is_none_or(|y| years.is_none_or(|years| years.contains(&y)));
                }
                None => {}
            }
        }
        if counted && !applies {
            diags.extend(self.off_year(a));
        }
    }

    /// An activity dated in a plan year when none of its indicators applies:
    /// it counts toward nothing. (Called only then: its ids are named again.)
    fn off_year(&self, a: &Activity) -> Option<Diagnostic> {
        let meta = &self.plan.meta;
        let year = meta.year_of(a.date().value);
        let ids: Vec<&str> = a
            .indicators()
            .filter_map(|id| self.index.indicator(&id, &mut Vec::new()))
            .filter(|(ind, _)| ind.kind != IndicatorKind::Assessment)
            .map(|(ind, _)| ind.id.value.as_str())
            .collect();
        let message = Message::new(MsgId::OffYearActivity)
            .arg("date", a.date().value)
            .arg("ids", ids.join(", "))
            .arg("n", ids.len())
            .arg("year", meta.year_label(year));
        Some(Diagnostic::new(Code::OffYearActivity, message, Some(a.date().loc)).help(MsgId::OffYearActivityHelp))
    }

    pub fn assessment(&self, file_year: Option<i32>, a: &Assessment, diags: &mut Vec<Diagnostic>) {
        self.common(file_year, &a.date, a.evidence(), a.tags(), diags);
        match self.index.resolve(&a.indicator) {
            Ok(Some(ind)) if ind.kind != IndicatorKind::Assessment => {
                diags.push(not_assessment(&a.indicator, &ind.kind))
            }
            Ok(_) => {}
            Err(d) => diags.push(*d),
        }
    }

    pub fn narrative(&self, file_year: Option<i32>, n: &Narrative, diags: &mut Vec<Diagnostic>) {
        self.common(file_year, &n.date, n.evidence(), n.tags(), diags);
        let about = n.about.value.as_str();
        if about != ABOUT_PLAN && self.plan.tree().find(about).is_none() && !self.index.unsure.contains(about) {
            diags.push(unknown_about(self.plan, &n.about));
        }
    }
}

/// Checks every entry of the journal against the plan.
pub fn check(rules: &Rules, journal: &Journal, diags: &mut Vec<Diagnostic>) {
    check_activities(rules, journal, diags);
    for file in &journal.files {
        file.assessments.iter().for_each(|a| rules.assessment(file.year, a, diags));
        file.narratives.iter().for_each(|n| rules.narrative(file.year, n, diags));
    }
}

/// The activities, most of a big journal, on every core: each thread checks
/// a run of one file's activities; their diagnostics come back in order.
fn check_activities(rules: &Rules, journal: &Journal, diags: &mut Vec<Diagnostic>) {
    let total: usize = journal.files.iter().map(|f| f.activities.len()).sum();
    let workers = super::threads_for(total);
    if workers < 2 {
        for file in &journal.files {
            file.activities.iter().for_each(|a| rules.activity(file.year, a, diags));
        }
        return;
    }
    let per = total.div_ceil(workers).max(1);
    let runs: Vec<(Option<i32>, &[Activity])> =
        journal.files.iter().flat_map(|f| f.activities.chunks(per).map(move |run| (f.year, run))).collect();
    let found: Vec<Vec<Diagnostic>> = std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|&(year, run)| {
                scope.spawn(move || {
                    let mut found = Vec::new();
                    run.iter().for_each(|a| rules.activity(year, a, &mut found));
                    found
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("an activity checker panicked")).collect()
    });
    diags.extend(found.into_iter().flatten());
}

/// A narrative about an id the plan does not have.
fn unknown_about(plan: &Plan, about: &Sp<String>) -> Diagnostic {
    let ids = plan.tree().ids().map(|id| id.value.as_str()).chain([ABOUT_PLAN]);
    let help = match closest(&about.value, ids) {
        Some(s) => super::did_you_mean(&about.value, s, MsgId::DidYouMeanId),
        None => MsgId::UnknownAboutHelp.into(),
    };
    let message = Message::new(MsgId::UnknownAbout).arg("id", &about.value);
    Diagnostic::new(Code::UnknownAbout, message, Some(about.loc)).label(MsgId::UnknownAboutLabel).help(help)
}

fn activity_on_assessment(id: &Sp<Id>) -> Diagnostic {
    let message = Message::new(MsgId::ActivityOnAssessment).arg("id", id.value.as_str());
    let help = Message::new(MsgId::ActivityOnAssessmentHelp).arg("id", id.value.as_str());
    Diagnostic::new(Code::ActivityOnAssessment, message, Some(id.loc)).help(help)
}

fn not_assessment(id: &Sp<String>, kind: &IndicatorKind) -> Diagnostic {
    let how = crate::diagnostic::how_measured(kind);
    let message = Message::new(MsgId::NotAssessmentIndicator).arg("id", &id.value).arg_msg("how", how);
    let help = Message::new(MsgId::NotAssessmentIndicatorHelp).arg("id", &id.value);
    Diagnostic::new(Code::NotAssessmentIndicator, message, Some(id.loc)).help(help)
}

/// An entry's date must fall in the plan's period, and in the year its file is named after.
fn check_date(meta: &PlanMeta, file_year: Option<i32>, date: &Sp<NaiveDate>, diags: &mut Vec<Diagnostic>) {
    let first = meta.year_first_day(meta.start_year);
    let last = meta.year_last_day(meta.end_year);
    if !meta.contains(date.value) {
        let message =
            Message::new(MsgId::DateOutsidePeriod).arg("date", date.value).arg("first", first).arg("last", last);
        let help = Message::new(MsgId::DateOutsidePeriodHelp).arg("first", first).arg("last", last);
        let d = Diagnostic::new(Code::DateOutsidePeriod, message, Some(date.loc))
            .label(MsgId::DateOutsidePeriodLabel)
            .help(help);
        diags.push(d);
        return;
    }
    let year = meta.year_of(date.value);
    if file_year.is_some_and(|y| y != year) {
        let message = Message::new(MsgId::EntryInWrongFile).arg("date", date.value).arg("label", meta.year_label(year));
        let help = Message::new(MsgId::EntryInWrongFileHelp).arg("year", year);
        diags.push(Diagnostic::new(Code::EntryInWrongFile, message, Some(date.loc)).help(help));
    }
}
