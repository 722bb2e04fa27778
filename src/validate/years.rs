//! Every year a plan item names (`years`, `due`, `targets`) must be a year of the plan.

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{CountTarget, IndicatorKind, Node, Plan, PlanMeta, Sp};

pub fn check(plan: &Plan, diags: &mut Vec<Diagnostic>) {
    let meta = &plan.meta;
    let mut check = |year: &Sp<i32>| {
        if !meta.years().contains(&year.value) {
            diags.push(year_outside(meta, year));
        }
    };
    for trail in plan.tree().walk() {
        match trail.node() {
            Node::Action(action) => action.years.iter().flatten().for_each(&mut check),
            Node::Indicator(indicator) => {
                indicator.years.iter().flatten().for_each(&mut check);
                match &indicator.kind {
                    IndicatorKind::Milestone { due: Some(due) } => check(due),
                    IndicatorKind::Count { target: CountTarget::PerYear(targets), .. } => {
                        targets.iter().for_each(|(year, _)| check(year))
                    }
                    _ => {}
                }
            }
            Node::Orientation(_) | Node::Objective(_) => {}
        }
    }
}

fn year_outside(meta: &PlanMeta, year: &Sp<i32>) -> Diagnostic {
    let (first, last) = (meta.start_year, meta.end_year);
    let message = Message::new(MsgId::YearOutsidePeriod).arg("year", year.value).arg("first", first).arg("last", last);
    let help = Message::new(MsgId::YearOutsidePeriodHelp).arg("first", first).arg("last", last);
    Diagnostic::new(Code::YearOutsidePeriod, message, Some(year.loc)).help(help)
}
