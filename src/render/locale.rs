//! Dates and numbers as a reader of each language writes them: `14 septembre
//! 2017` and `1 234,5` in French (as in Québec), `September 14, 2017` and
//! `1,234.5` in English. Words come from the message catalogue.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Message, MsgId};
use crate::model::Lang;

/// The no-break space that groups thousands and comes before `%` in French
/// (Québec's usage), so that a number never breaks across lines.
const NBSP: char = '\u{a0}';

const MONTHS: [MsgId; 12] = [
    MsgId::MonthJanuary,
    MsgId::MonthFebruary,
    MsgId::MonthMarch,
    MsgId::MonthApril,
    MsgId::MonthMay,
    MsgId::MonthJune,
    MsgId::MonthJuly,
    MsgId::MonthAugust,
    MsgId::MonthSeptember,
    MsgId::MonthOctober,
    MsgId::MonthNovember,
    MsgId::MonthDecember,
];

/// A date in words: `14 septembre 2017`, `1er mars 2018`; `September 14, 2017`.
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let month = MONTHS[date.month0() as usize];
    let id = if date.day() == 1 { MsgId::DateFirstOfMonth } else { MsgId::DateLong };
    Message::new(id).arg("day", date.day()).arg_msg("month", month).arg("year", date.year()).render(lang)
}

/// A whole number with its thousands grouped: `1 234 567`; `1,234,567`.
pub fn number(n: u64, lang: Lang) -> String {
    group(&n.to_string(), lang)
}

/// A number with a fixed count of decimals: `1 234,57`; `1,234.57`.
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    let text = format!("{:.places$}", x.abs());
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let sign = if x < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') { "-" } else { "" };
    let mark = if lang == Lang::Fr { "," } else { "." };
    match fraction {
        Some(f) => format!("{sign}{}{mark}{f}", group(whole, lang)),
        None => format!("{sign}{}", group(whole, lang)),
    }
}

/// A share from 0 to 1 as a percentage: `49,6 %`; `49.6%`.
pub fn percent(share: f64, places: usize, lang: Lang) -> String {
    let n = decimal(share * 100.0, places, lang);
    if lang == Lang::Fr { format!("{n}{NBSP}%") } else { format!("{n}%") }
}

/// Digits grouped by three from the right.
fn group(digits: &str, lang: Lang) -> String {
    let sep = if lang == Lang::Fr { NBSP } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date(d(2017, 9, 14), Lang::Fr), "14 septembre 2017");
        assert_eq!(long_date(d(2018, 3, 1), Lang::Fr), "1er mars 2018");
        assert_eq!(long_date(d(2017, 9, 14), Lang::En), "September 14, 2017");
        assert_eq!(long_date(d(2018, 3, 1), Lang::En), "March 1, 2018");
        for m in 1..=12 {
            assert!(!long_date(d(2019, m, 2), Lang::Fr).contains('{'));
        }
    }

    #[test]
    fn numbers_grouped() {
        assert_eq!(number(0, Lang::Fr), "0");
        assert_eq!(number(999, Lang::En), "999");
        assert_eq!(number(1234, Lang::Fr), "1\u{a0}234");
        assert_eq!(number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(decimal(1234.5, 1, Lang::Fr), "1\u{a0}234,5");
        assert_eq!(decimal(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(decimal(1.98, 2, Lang::Fr), "1,98");
        assert_eq!(decimal(-0.001, 1, Lang::En), "0.0");
        assert_eq!(percent(0.496, 1, Lang::Fr), "49,6\u{a0}%");
        assert_eq!(percent(0.496, 1, Lang::En), "49.6%");
    }
}
