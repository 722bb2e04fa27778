//! `plan.toml`: the plan's title, language and period, the vocabularies of its
//! tags (`[tags]`) and how it is monitored (`[monitoring]`).

use super::toml::{Decoder, Table};
use crate::diagnostic::Code;
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR, MonthDay, PlanMeta, STALE_AFTER_DAYS, Sp, Vocabulary};

pub(super) const PLAN_KEYS: &[&str] = &["title", "organization", "language", "start_year", "end_year", "year_start"];

impl Decoder<'_> {
    /// `plan.toml`. Only a readable period is essential; other faults are reported
    /// and replaced by defaults so that the rest of the plan can still be checked.
    /// The plan's language is given apart, so that messages about a period
    /// that cannot be read are still in the plan's language.
    pub fn plan_meta(&mut self, root: &Table) -> (Option<PlanMeta>, Option<Lang>) {
        let loose = self.plan_header_missing(root);
        let under_plan =
            |key: &str, _| PLAN_KEYS.contains(&key).then(|| Message::new(MsgId::PlanKeyAtTopHelp).arg("key", key));
        self.known_keys_or(root, &["plan", "tags", "monitoring"], &loose, under_plan);
        let Some(plan) = self.table(root, "plan", MsgId::WherePlan) else {
            if root.get("plan").is_none() && loose.is_empty() {
                self.missing(root, "plan");
            }
            return (None, None);
        };
        for key in PLAN_KEYS.iter().filter(|key| root.get(key).is_some()) {
            self.meant_for(&plan, key);
        }
        self.known_keys(&plan, PLAN_KEYS);
        let title = self.text(&plan, "title").map(|t| t.value).unwrap_or_default();
        let organization = self.optional_text(&plan, "organization");
        let language = self.language(&plan);
        let year_start = self.year_start(&plan).unwrap_or(MonthDay::JANUARY_FIRST);
        let start = self.required_integer(&plan, "start_year");
        let end = self.required_integer(&plan, "end_year");
        let period = start.zip(end).and_then(|(start, end)| self.period(start, end));
        let tags = self.vocabularies(root);
        let stale_after_days = self.stale_after_days(root);
        let meta = period.map(|(start_year, end_year)| PlanMeta {
            title,
            organization,
            language,
            start_year,
            end_year,
            year_start,
            tags,
            stale_after_days,
        });
        (meta, language)
    }

    /// When `[plan]` is not written and its lines are, at the top of the
    /// file: one problem, at the first, and those lines' names.
    fn plan_header_missing<'k>(&mut self, root: &Table<'k, '_>) -> Vec<&'k str> {
        if root.get("plan").is_some() {
            return Vec::new();
        }
        let loose = Decoder::keys_written(root, |key| PLAN_KEYS.contains(&key));
        let Some((_, first)) = loose.first() else { return Vec::new() };
        let keys: Vec<&str> = loose.iter().map(|(key, _)| *key).collect();
        let d =
            self.report(Code::MissingField, Message::new(MsgId::PlanHeaderMissing).arg("keys", keys.join(", ")), first);
        d.help = Some(MsgId::PlanHeaderMissingHelp.into());
        keys
    }

    /// `[tags]`: each name with the list of its values.
    fn vocabularies(&mut self, root: &Table) -> Vec<Vocabulary> {
        let Some(tags) = self.table(root, "tags", MsgId::WhereTagsTable) else { return Vec::new() };
        let mut out = Vec::new();
        for (key, _) in tags.map.iter() {
            let name = Sp { value: key.get_ref().to_string(), loc: self.loc(&key.span()) };
            let Some(values) = self.array(&tags, &name.value) else { continue };
            let values = self.strings(&name.value, values);
            out.push(Vocabulary { name, values });
        }
        out
    }

    /// `[monitoring] stale_after_days`, or the default.
    fn stale_after_days(&mut self, root: &Table) -> u32 {
        let Some(monitoring) = self.table(root, "monitoring", MsgId::WhereMonitoring) else { return STALE_AFTER_DAYS };
        self.known_keys(&monitoring, &["stale_after_days"]);
        self.optional_positive(&monitoring, "stale_after_days", Code::BadTarget).unwrap_or(STALE_AFTER_DAYS)
    }

    fn language(&mut self, plan: &Table) -> Option<Lang> {
        let code = self.string(plan, "language")?;
        let lang = Lang::from_code(&code.value);
        if lang.is_none() {
            let message = Message::new(MsgId::BadLanguage).arg("value", &code.value);
            self.report_at(Code::BadLanguage, message, &code.loc).help = Some(MsgId::BadLanguageHelp.into());
        }
        lang
    }

    fn year_start(&mut self, plan: &Table) -> Option<MonthDay> {
        let text = self.string(plan, "year_start")?;
        let parsed = MonthDay::parse(&text.value);
        if parsed.is_none() {
            let message = Message::new(MsgId::BadYearStart).arg("value", &text.value);
            self.report_at(Code::BadYearStart, message, &text.loc).help = Some(MsgId::BadYearStartHelp.into());
        }
        parsed
    }

    /// Both ends of the period must be sensible years, in order, not too far apart.
    fn period(&mut self, start: Sp<i64>, end: Sp<i64>) -> Option<(i32, i32)> {
        let in_range = |y: &Sp<i64>| (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y.value);
        let mut ok = true;
        for year in [&start, &end].into_iter().filter(|y| !in_range(y)) {
            let message =
                Message::new(MsgId::YearOutOfRange).arg("year", year.value).arg("min", MIN_YEAR).arg("max", MAX_YEAR);
            self.report_at(Code::BadPeriod, message, &year.loc);
            ok = false;
        }
        if !ok {
            return None;
        }
        let (s, e) = (start.value as i32, end.value as i32);
        if e < s {
            let message = Message::new(MsgId::EndBeforeStart).arg("start", s).arg("end", e);
            self.report_at(Code::BadPeriod, message, &end.loc).help = Some(MsgId::EndBeforeStartHelp.into());
            return None;
        }
        if e - s + 1 > MAX_PERIOD_YEARS {
            let message = Message::new(MsgId::PeriodTooLong).arg("n", e - s + 1).arg("max", MAX_PERIOD_YEARS);
            self.report_at(Code::BadPeriod, message, &end.loc);
            return None;
        }
        Some((s, e))
    }
}

#[cfg(test)]
mod tests {
    use toml::de::DeTable;

    use super::*;
    use crate::model::FileId;

    /// The problems `plan.toml` holding `text` has, in English.
    fn problems(text: &str) -> Vec<(Code, String)> {
        let table = DeTable::parse(text).expect("the text parses").into_inner();
        let mut diags = Vec::new();
        let mut decoder = Decoder::new(FileId(0), text, 0, &mut diags);
        let root = decoder.root(&table);
        decoder.plan_meta(&root);
        diags.iter().map(|d| (d.code, d.message.render(Lang::En))).collect()
    }

    #[test]
    fn the_plan_lines_without_their_header_are_one_problem() {
        let text = "# The plan\ntitle = \"x\"\nstart_year = 2017\nend_year = 2020\n[tags]\nplace = [\"a\"]\n";
        let missing = "the [plan] line is missing above title, start_year, end_year".to_string();
        assert_eq!(problems(text), [(Code::MissingField, missing)]);
        // One line above [plan]: named there, and not also missing under it.
        let above = "title = \"x\"\n[plan]\nstart_year = 2017\nend_year = 2020\n";
        assert_eq!(problems(above), [(Code::UnknownKey, "unknown key `title` in this file".to_string())]);
        let nothing = "[tags]\nplace = [\"a\"]\n";
        assert_eq!(problems(nothing), [(Code::MissingField, "missing `plan` in this file".to_string())]);
    }
}
