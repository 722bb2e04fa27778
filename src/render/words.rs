//! Every word of the bilan's templates, from the message catalogue, by the
//! name templates use (`{{ t.summary }}`): so that a report has no word the
//! catalogue does not hold in both languages.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::locale::long_date;
use crate::i18n::{Message, MsgId};
use crate::model::Lang;

/// The words that take no argument, by name.
const WORDS: [(&str, MsgId); 55] = [
    ("since", MsgId::BilanSince),
    ("nothing_changed", MsgId::DiffNothing),
    ("colon", MsgId::Colon),
    ("period", MsgId::BilanPeriod),
    ("as_of", MsgId::BilanAsOf),
    ("made", MsgId::BilanMade),
    ("version", MsgId::BilanVersion),
    ("commit", MsgId::BilanCommit),
    ("modified", MsgId::BilanModified),
    ("not_in_git", MsgId::BilanNotInGit),
    ("page", MsgId::BilanPage),
    ("contents", MsgId::BilanContents),
    ("summary", MsgId::BilanSummary),
    ("summary_lead", MsgId::BilanSummaryLead),
    ("by_orientation", MsgId::BilanByOrientation),
    ("plan_narratives", MsgId::BilanPlanNarratives),
    ("glance", MsgId::BilanGlance),
    ("glance_lead", MsgId::BilanGlanceLead),
    ("why", MsgId::BilanWhy),
    ("explanations", MsgId::BilanExplanations),
    ("assessments", MsgId::BilanAssessments),
    ("activities", MsgId::BilanActivities),
    ("no_activity", MsgId::BilanNoActivity),
    ("narratives", MsgId::BilanNarratives),
    ("watch", MsgId::BilanWatch),
    ("watch_unexplained", MsgId::BilanWatchUnexplained),
    ("nothing", MsgId::BilanNothing),
    ("method", MsgId::BilanMethod),
    ("method_kinds", MsgId::BilanMethodKinds),
    ("rule_yearly", MsgId::BilanRuleYearly),
    ("rule_total", MsgId::BilanRuleTotal),
    ("rule_tracked", MsgId::BilanRuleTracked),
    ("rule_milestone", MsgId::BilanRuleMilestone),
    ("rule_assessment", MsgId::BilanRuleAssessment),
    ("rule_not_applicable", MsgId::BilanRuleNotApplicable),
    ("method_rollup", MsgId::BilanMethodRollup),
    ("rule_rollup", MsgId::BilanRuleRollupValue),
    ("method_stale", MsgId::BilanMethodStale),
    ("legend", MsgId::BilanLegend),
    ("col_id", MsgId::ColumnId),
    ("col_item", MsgId::ColumnItem),
    ("col_year", MsgId::ColumnYear),
    ("col_actual", MsgId::ColumnActual),
    ("col_target", MsgId::ColumnTarget),
    ("col_status", MsgId::ColumnStatus),
    ("col_date", MsgId::ColumnDate),
    ("col_activity", MsgId::ColumnActivity),
    ("col_amount", MsgId::ColumnAmount),
    ("col_tags", MsgId::ColumnTags),
    ("col_evidence", MsgId::ColumnEvidence),
    ("col_level", MsgId::ColumnLevel),
    ("col_note", MsgId::ColumnNote),
    ("col_total", MsgId::ColumnTotal),
    ("col_meaning", MsgId::ColumnMeaning),
    ("col_symbol", MsgId::ColumnSymbol),
];

/// What the words that take arguments need.
pub struct WordArgs {
    pub as_of: NaiveDate,
    pub stale_after_days: u32,
    pub stale_mark: &'static str,
}

/// Every word of the bilan in `lang`, by name.
pub fn words(lang: Lang, args: &WordArgs) -> BTreeMap<&'static str, String> {
    let mut words: BTreeMap<&str, String> = WORDS.iter().map(|(k, id)| (*k, id.template(lang).to_string())).collect();
    let days = args.stale_after_days;
    let with_args = [
        ("method_as_of", Message::new(MsgId::BilanMethodAsOf).arg("date", long_date(args.as_of, lang))),
        ("watch_stale", Message::new(MsgId::BilanWatchStale).arg("days", days)),
        ("rule_stale", Message::new(MsgId::BilanRuleStale).arg("mark", args.stale_mark).arg("days", days)),
    ];
    words.extend(with_args.into_iter().map(|(k, m)| (k, m.render(lang))));
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_whole_and_named_once() {
        let args =
            WordArgs { as_of: NaiveDate::from_ymd_opt(2018, 12, 31).unwrap(), stale_after_days: 90, stale_mark: "◷" };
        for lang in [Lang::Fr, Lang::En] {
            let words = words(lang, &args);
            assert_eq!(words.len(), WORDS.len() + 3, "a name is used twice");
            for (name, word) in &words {
                assert!(!word.contains('{') && !word.is_empty(), "{name}: {word:?}");
            }
        }
    }
}
