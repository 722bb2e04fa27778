//! The arguments `plan` parses itself rather than clap, so that a wrong date or
//! year gets one message, in the UI language, and one exit code (1).

use chrono::{Days, NaiveDate};
use plan::i18n::{Message, MsgId};
use plan::model::{Lang, PlanMeta};
use plan::suggest::{DayRead, closest, day_read, same_word};

use super::output::Stop;

/// A date written `YYYY-MM-DD`, or a day named from `today` ([`day_named`]).
pub fn date(lang: Lang, text: &str, today: NaiveDate) -> Result<NaiveDate, Stop> {
    day_given(text, today).ok_or_else(|| {
        let message = match day_read(text) {
            DayRead::Meant(day) => Message::new(MsgId::BadDateArgumentDay).arg("day", day),
            DayRead::Either(first, second) => {
                Message::new(MsgId::BadDateArgumentEither).arg("first", first).arg("second", second)
            }
            DayRead::NotOnCalendar => Message::new(MsgId::BadDateArgumentCalendar),
            DayRead::Unknown => Message::new(MsgId::BadDateArgument),
        };
        Stop::refused(lang, message.arg("value", text))
    })
}

/// `default` when no date is given, else the date given (days are named from `today`).
pub fn date_or(lang: Lang, text: Option<&str>, default: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Stop> {
    text.map_or(Ok(default), |text| date(lang, text, today))
}

/// The day `text` gives: written `YYYY-MM-DD`, or named from `today`.
pub fn day_given(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok().or_else(|| day_named(text, today))
}

/// The days a person may name rather than write, and how many days before today each is.
const NAMED_DAYS: [(&str, u64); 6] =
    [("aujourd'hui", 0), ("aujourdhui", 0), ("today", 0), ("hier", 1), ("yesterday", 1), ("avant-hier", 2)];

/// The day `text` names from `today`, in French or English, in any case,
/// with or without accents: `aujourd'hui`, `hier`, `avant-hier`, `today`,
/// `yesterday`.
pub(super) fn day_named(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let typed = text.replace('\u{2019}', "'");
    let &(_, back) = NAMED_DAYS.iter().find(|(word, _)| same_word(&typed, word))?;
    today.checked_sub_days(Days::new(back))
}

/// A plan year, written as the year it starts in (`2018`) or as tables name it (`2018-19`).
pub fn year(lang: Lang, meta: &PlanMeta, text: &str) -> Result<i32, Stop> {
    let text = text.trim();
    if let Some(year) = meta.years().find(|&y| meta.year_label(y) == text || y.to_string() == text) {
        return Ok(year);
    }
    let range = Message::new(MsgId::YearNotInPlan)
        .arg("year", text)
        .arg("first", meta.year_label(meta.start_year))
        .arg("last", meta.year_label(meta.end_year));
    Err(Stop::refused(lang, range))
}

/// A word of a closed list (a level, a topic), in English or French, or the
/// refusal that names it `unknown` and suggests the nearest spelling, else
/// lists them (`spellings_help`).
pub fn word<T>(
    lang: Lang,
    text: &str,
    parse: fn(&str) -> Option<T>,
    spellings: Vec<&'static str>,
    unknown: MsgId,
    spellings_help: MsgId,
) -> Result<T, Stop> {
    let loose = || spellings.iter().find(|s| same_word(text, s)).and_then(|s| parse(s));
    parse(text.trim()).or_else(loose).ok_or_else(|| {
        let help = match closest(text, spellings) {
            Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
            None => spellings_help.into(),
        };
        Stop::refused(lang, Message::new(unknown).arg("value", text)).help(Some(help))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<String> {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        date(Lang::Fr, text, today).ok().map(|d| d.to_string())
    }

    #[test]
    fn a_date_is_written_or_named_from_today() {
        assert_eq!(day(" 2025-09-14 ").as_deref(), Some("2025-09-14"));
        for (typed, meant) in [
            ("aujourd'hui", "2026-03-01"),
            ("Aujourd\u{2019}hui", "2026-03-01"),
            ("TODAY", "2026-03-01"),
            ("hier", "2026-02-28"),
            ("Yesterday ", "2026-02-28"),
            ("avant hier", "2026-02-27"),
            ("Avant-hier", "2026-02-27"),
        ] {
            assert_eq!(day(typed).as_deref(), Some(meant), "{typed}");
        }
        for typed in ["demain", "hiers", "", "14/09/2025", "2026-02-30"] {
            assert_eq!(day(typed), None, "{typed}");
        }
    }
}
