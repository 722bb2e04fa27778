//! The arguments `plan` parses itself rather than clap, so that a wrong date or
//! year gets one message, in the UI language, and one exit code (1).

use chrono::NaiveDate;
use plan::i18n::{Message, MsgId};
use plan::model::{Lang, PlanMeta};
use plan::suggest::{closest, day_meant, same_word};

use super::output::Stop;

/// A date written `YYYY-MM-DD`.
pub fn date(lang: Lang, text: &str) -> Result<NaiveDate, Stop> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        let message = match day_meant(text) {
            Some(day) => Message::new(MsgId::BadDateArgumentDay).arg("day", day),
            None => Message::new(MsgId::BadDateArgument),
        };
        Stop::refused(lang, message.arg("value", text))
    })
}

/// A date, or `today` when none is given.
pub fn date_or(lang: Lang, text: Option<&str>, today: NaiveDate) -> Result<NaiveDate, Stop> {
    text.map_or(Ok(today), |text| date(lang, text))
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
