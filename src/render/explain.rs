//! Why a cell has its status, in words, with its numbers: the rule applied to
//! an indicator in a year (`show`), and how a group's roll-up was reached.

use super::locale::{decimal, long_date, number, percent};
use super::{group_value, level_word, status_text};
use crate::i18n::{Message, MsgId};
use crate::model::Lang;
use crate::report::{Cell, Elapsed, GroupCell, Measure, Status, Why};

/// `2/4 ! en retard — au 2019-06-30, 49,6 % de l'année est écoulé : …`: the
/// cell's value and status, then the rule with its numbers.
pub fn why(cell: &Cell, lang: Lang) -> String {
    let value = super::value_text(cell);
    format!("{} — {}", status_text(&value, cell.status, cell.word(), true, lang), cell_reason(cell, lang))
}

/// The rule that gave a cell its status, with its numbers, without the status.
pub fn cell_reason(cell: &Cell, lang: Lang) -> String {
    reason(&cell.why, cell.status, lang)
}

fn reason(why: &Why, status: Status, lang: Lang) -> String {
    let message = match why {
        Why::Upcoming { begins } => Message::new(MsgId::WhyUpcoming).arg("date", long_date(*begins, lang)),
        Why::NotApplicable => Message::new(MsgId::WhyNotApplicable),
        Why::NoTarget { actual } => Message::new(MsgId::WhyNoTarget).arg("actual", number(*actual, lang)),
        Why::YearTarget { actual, target, elapsed } => target_reason(*actual, *target, *elapsed, status, false, lang),
        Why::PlanTarget { so_far, total, elapsed } => target_reason(*so_far, *total, *elapsed, status, true, lang),
        Why::Milestone { done: Some(date), .. } => {
            Message::new(MsgId::WhyMilestoneDone).arg("date", long_date(*date, lang))
        }
        Why::Milestone { done: None, due } => {
            let id = match status {
                Status::OnTrack => MsgId::WhyMilestoneAhead,
                Status::Behind => MsgId::WhyMilestoneDue,
                _ => MsgId::WhyMilestoneLate,
            };
            Message::new(id).arg("due", due)
        }
        Why::Assessed { date, level, note } => {
            let id = if note.is_some() { MsgId::WhyAssessedNote } else { MsgId::WhyAssessed };
            let message = Message::new(id).arg("date", long_date(*date, lang)).arg_msg("level", level_word(*level));
            message.arg("note", note.as_deref().unwrap_or("").trim())
        }
        Why::NotAssessed => Message::new(MsgId::WhyNotAssessed),
    };
    message.render(lang)
}

/// A count against a target: met, not met once the period is over, or
/// measured against the target pro-rated over the share of the period elapsed.
fn target_reason(actual: u64, target: u32, elapsed: Elapsed, status: Status, plan: bool, lang: Lang) -> Message {
    let (met, missed, pace) = if plan {
        (MsgId::WhyPlanMet, MsgId::WhyPlanMissed, MsgId::WhyPlanPace)
    } else {
        (MsgId::WhyYearMet, MsgId::WhyYearMissed, MsgId::WhyYearPace)
    };
    let base =
        |id: MsgId| Message::new(id).arg("actual", number(actual, lang)).arg("target", number(target.into(), lang));
    match (status, elapsed) {
        (Status::Achieved, _) => base(met),
        (_, Elapsed::Running { as_of, days, of }) if status != Status::Missed => {
            let share = days as f64 / of as f64;
            base(pace)
                .arg("date", long_date(as_of, lang))
                .arg("pct", percent(share, 1, lang))
                .arg("expected", decimal(f64::from(target) * share, 2, lang))
        }
        _ => base(missed),
    }
}

/// How a group's roll-up was reached: its value and status, then how many of
/// its indicators have each status.
pub fn group_why(cell: &GroupCell, lang: Lang) -> String {
    let value = group_value(cell);
    format!(
        "{} — {}",
        status_text(&value, cell.status, cell.status.word(), true, lang),
        counts_text(&cell.counts, lang)
    )
}

/// How many have each status: `atteint 2 ; en retard 1`.
pub fn counts_text(counts: &[(Status, usize)], lang: Lang) -> String {
    let counts: Vec<String> =
        counts.iter().map(|(status, n)| format!("{} {n}", status.word().template(lang))).collect();
    counts.join(if lang == Lang::Fr { " ; " } else { "; " })
}

/// How an indicator is measured, its unit and the years it applies in, in
/// words, raw (each caller escapes the unit, which comes from a file).
pub fn measure_text(measure: &Measure, unit: Option<&str>, years: &[String], lang: Lang) -> String {
    let message = match measure {
        Measure::Yearly(n) => Message::new(MsgId::TargetYearly).arg("n", number((*n).into(), lang)),
        Measure::Total(n) => Message::new(MsgId::TargetTotal).arg("n", number((*n).into(), lang)),
        Measure::Tracked => Message::new(MsgId::TargetNone),
        Measure::PerYear(targets) => {
            let list: Vec<String> =
                targets.iter().map(|(year, n)| format!("{year} = {}", number((*n).into(), lang))).collect();
            Message::new(MsgId::TargetPerYear).arg("list", list.join(", "))
        }
        Measure::Milestone { due } => Message::new(MsgId::MilestoneDue).arg("year", due),
        Measure::Assessment => Message::new(MsgId::AssessmentKind),
    };
    let mut parts = vec![message.render(lang)];
    if let Some(unit) = unit {
        parts.push(Message::new(MsgId::UnitIs).arg("unit", unit).render(lang));
    }
    parts.push(Message::new(MsgId::InYears).arg("list", years.join(", ")).render(lang));
    parts.join(if lang == Lang::Fr { " ; " } else { "; " })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn cell(status: Status, why: Why) -> Cell {
        Cell { year: 2019, status, actual: None, target: None, why, explanation_missing: false }
    }

    #[test]
    fn a_pro_rated_target_gives_its_numbers() {
        let as_of = NaiveDate::from_ymd_opt(2019, 6, 30).unwrap();
        let why = Why::YearTarget { actual: 1, target: 4, elapsed: Elapsed::Running { as_of, days: 181, of: 365 } };
        let fr = reason(&why, Status::Behind, Lang::Fr);
        assert!(
            fr.contains("49,6\u{a0}%") && fr.contains("1,98 (4 × 49,6\u{a0}%)") && fr.contains("au 30 juin 2019"),
            "{fr}"
        );
        let en = reason(&why, Status::Behind, Lang::En);
        assert!(en.contains("49.6%") && en.contains("1.98 (4 × 49.6%)"), "{en}");
    }

    #[test]
    fn every_rule_has_its_words() {
        let day = NaiveDate::from_ymd_opt(2019, 3, 1).unwrap();
        let level = crate::model::Level::AtRisk;
        let cases = [
            cell(Status::Upcoming, Why::Upcoming { begins: day }),
            cell(Status::NotApplicable, Why::NotApplicable),
            cell(Status::Tracked, Why::NoTarget { actual: 3 }),
            cell(Status::Missed, Why::YearTarget { actual: 3, target: 4, elapsed: Elapsed::Over }),
            cell(Status::Achieved, Why::PlanTarget { so_far: 5, total: 4, elapsed: Elapsed::Over }),
            cell(Status::Achieved, Why::Milestone { done: Some(day), due: "2020".into() }),
            cell(Status::OnTrack, Why::Milestone { done: None, due: "2020".into() }),
            cell(Status::Behind, Why::Milestone { done: None, due: "2019".into() }),
            cell(Status::Missed, Why::Milestone { done: None, due: "2018".into() }),
            cell(Status::Behind, Why::Assessed { date: day, level, note: Some("Deux postes vacants.".into()) }),
            cell(Status::NotAssessed, Why::NotAssessed),
        ];
        for c in &cases {
            for lang in [Lang::Fr, Lang::En] {
                let text = why(c, lang);
                assert!(!text.contains('{'), "a placeholder is left in {text:?}");
            }
        }
        assert!(why(&cases[9], Lang::Fr).ends_with("le 1er mars 2019 : « Deux postes vacants. »"));
    }
}
