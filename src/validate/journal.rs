//! The journal's entries against the plan: each names indicators that exist
//! and fit the entry, and is dated in the plan's period and in its file's year.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{Action, Activity, Assessment, Indicator, IndicatorKind, Journal, Node, Plan, PlanMeta, Sp, Tier};
use crate::suggest::closest;

/// Every id of the plan, for resolving journal references.
pub struct Index<'p> {
    items: HashMap<&'p str, Node<'p>>,
    indicator_ids: Vec<&'p str>,
    unsure: HashSet<&'p str>,
}

impl<'p> Index<'p> {
    /// Groups first, then indicators, so that an indicator that shares its
    /// action's id is what the id names.
    pub fn new(plan: &'p Plan, unsure: &'p [String]) -> Index<'p> {
        let mut items = HashMap::new();
        let mut indicator_ids = Vec::new();
        for trail in plan.tree().walk().filter(|t| t.indicator.is_none()) {
            let node = trail.node();
            items.insert(node.id().value.as_str(), node);
        }
        for r in plan.indicators() {
            items.insert(r.indicator.id.value.as_str(), Node::Indicator(r.indicator));
            indicator_ids.push(r.indicator.id.value.as_str());
        }
        let unsure = unsure.iter().map(String::as_str).collect();
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
            Some(Node::Indicator(indicator)) => Ok(Some(indicator)),
            Some(Node::Action(action)) if action.indicators.len() > 1 => Err(Box::new(ambiguous(id, action))),
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

/// Checks every entry of the journal against the plan.
pub fn check(plan: &Plan, journal: &Journal, unsure: &[String], diags: &mut Vec<Diagnostic>) {
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

pub(super) fn check_activity(
    index: &Index,
    meta: &PlanMeta,
    file_year: Option<i32>,
    a: &Activity,
    diags: &mut Vec<Diagnostic>,
) {
    check_date(meta, file_year, &a.date, diags);
    for id in &a.indicators {
        match index.resolve(id) {
            Ok(Some(ind)) if ind.kind == IndicatorKind::Assessment => diags.push(activity_on_assessment(id)),
            Ok(_) => {}
            Err(d) => diags.push(*d),
        }
    }
}

pub(super) fn check_assessment(
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
