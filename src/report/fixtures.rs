//! Small plans and journals built in memory, for the unit tests of the reports.

use chrono::NaiveDate;

use crate::model::{
    Action, Activity, ActivityFields, Assessment, CountTarget, FileId, Id, Indicator, IndicatorKind, Journal,
    JournalFile, Level, Loc, MonthDay, Narrative, Objective, Orientation, Plan, PlanMeta, STALE_AFTER_DAYS, Sp, Text,
    Topic,
};

pub fn sp<T>(value: T) -> Sp<T> {
    Sp { value, loc: Loc::new(FileId(0), 0..0) }
}

pub fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn count(target: CountTarget) -> IndicatorKind {
    IndicatorKind::Count { target, unit: None }
}

pub fn milestone(due: i32) -> IndicatorKind {
    IndicatorKind::Milestone { due: Some(sp(due)) }
}

/// A 2017-2020 plan with one indicator "X" of the given kind, under action
/// "A" (scheduled in `years`), objective "O.1" and orientation "O".
pub fn plan(kind: IndicatorKind, years: Option<Vec<i32>>, year_start: &str) -> Plan {
    let mut plan = plan_of(&[("X", kind)], year_start);
    plan.orientations[0].objectives[0].actions[0].years = years.map(|ys| ys.into_iter().map(sp).collect());
    plan
}

/// A 2017-2020 plan whose indicators, of the kinds given, all sit under action
/// "A", objective "O.1" and orientation "O".
pub fn plan_of(indicators: &[(&str, IndicatorKind)], year_start: &str) -> Plan {
    let indicators = indicators
        .iter()
        .map(|(id, kind)| Indicator {
            id: sp(id.to_string()),
            text: id.to_string(),
            short: None,
            kind: kind.clone(),
            years: None,
        })
        .collect();
    let action = Action { id: sp("A".into()), title: "a".into(), short: None, years: None, indicators };
    let objective = Objective { id: sp("O.1".into()), title: "o".into(), short: None, actions: vec![action] };
    let orientation = Orientation { id: sp("O".into()), title: "t".into(), short: None, objectives: vec![objective] };
    let meta = PlanMeta {
        title: "p".into(),
        organization: None,
        language: None,
        start_year: 2017,
        end_year: 2020,
        year_start: MonthDay::parse(year_start).unwrap(),
        tags: Vec::new(),
        stale_after_days: STALE_AFTER_DAYS,
    };
    Plan { meta, orientations: vec![orientation] }
}

pub fn activity(date: &str, id: &str, amount: u32) -> Activity {
    Activity::from(ActivityFields {
        date: sp(d(date)),
        title: Text::owned("t"),
        indicators: &[sp(Id::new(id))],
        amount,
        note: None,
        evidence: Vec::new(),
        tags: Vec::new(),
        loc: sp(()).loc,
    })
}

pub fn assessment(date: &str, id: &str, level: Level) -> Assessment {
    Assessment { date: sp(d(date)), indicator: sp(id.into()), level, note: None, extras: None, loc: sp(()).loc }
}

pub fn narrative(date: &str, about: &str, topic: Topic) -> Narrative {
    Narrative { date: sp(d(date)), about: sp(about.into()), topic, text: "t".into(), extras: None, loc: sp(()).loc }
}

/// A journal of activities and assessments toward indicator "X".
pub fn journal(activities: &[(&str, u32)], assessments: &[(&str, Level)]) -> Journal {
    let activities = activities.iter().map(|&(date, amount)| activity(date, "X", amount)).collect();
    let assessments = assessments.iter().map(|&(date, level)| assessment(date, "X", level)).collect();
    Journal {
        files: vec![JournalFile { year: None, activities, assessments, narratives: Vec::new() }],
        texts: Vec::new(),
        regular: Vec::new(),
    }
}
