//! "Did you mean …?": the known name closest to a typo, and the day meant by
//! a date written another way.

use chrono::NaiveDate;

/// The edit distance between two strings, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb)).min(row[j] + 1).min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidate closest to `typo`, if it is close enough to be a likely
/// typo; between candidates as close, the one that starts most like it
/// (`3.1.1` finds `3.1.1a`, renamed, before `1.1.1`), then the shortest.
pub fn closest<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (typo.chars().count() / 3).max(1);
    let same_start = |c: &str| typo.chars().zip(c.chars()).take_while(|(a, b)| a == b).count();
    candidates
        .into_iter()
        .map(|c| (edit_distance(typo, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, c)| (d, std::cmp::Reverse(same_start(c)), c.len()))
        .map(|(_, c)| c)
}

/// The candidate closest to `typo` when case and accents are set aside:
/// "mekinac" finds "Mékinac", "MASKINONGE" finds "Maskinongé".
pub fn closest_folded<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typo = fold(typo);
    let candidates: Vec<(String, &str)> = candidates.into_iter().map(|c| (fold(c), c)).collect();
    if let Some((_, exact)) = candidates.iter().find(|(folded, _)| *folded == typo) {
        return Some(exact);
    }
    let near = closest(&typo, candidates.iter().map(|(folded, _)| folded.as_str()))?;
    candidates.iter().find(|(folded, _)| folded == near).map(|(_, c)| *c)
}

/// Whether a typed word is `word` written another way: any case, with or
/// without accents, with spaces or underscores for hyphens ("en bonne voie",
/// "A-RISQUE" and "a_risque" are "en-bonne-voie" and "à-risque").
pub fn same_word(typed: &str, word: &str) -> bool {
    let loose = |t: &str| fold(t.trim()).replace([' ', '_'], "-");
    loose(typed) == loose(word)
}

/// Text in lower case, with the accents of Latin letters taken off.
pub(crate) fn fold(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(strip_accent).collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The day meant by a date written another way (`14/09/2025`, `2025/09/14`,
/// `2025.09.14`, `20250914`, `14 septembre 2025`, `Sept. 14, 2025`); `None` when the day
/// is not certain (`05/06/2025` is the 5th of June in Québec, May 6th
/// elsewhere) or there is no such day.
pub fn day_meant(written: &str) -> Option<NaiveDate> {
    match day_read(written) {
        DayRead::Meant(day) => Some(day),
        _ => None,
    }
}

/// What a date written another way says of its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRead {
    /// One day, certain.
    Meant(NaiveDate),
    /// Day and month both 12 or less (`05/06/2025`): the day-month reading, then the month-day one.
    Either(NaiveDate, NaiveDate),
    /// A year, a month and a day, but no such day (`31/02/2025`).
    NotOnCalendar,
    /// Not a date that can be read.
    Unknown,
}

/// Reads a date written another way; see [`DayRead`].
pub fn day_read(written: &str) -> DayRead {
    let apart = |c: char| "/.-,".contains(c) || c.is_whitespace();
    let parts: Vec<&str> = written.trim().split(apart).filter(|p| !p.is_empty()).collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    match (parts.as_slice(), numbers.as_deref()) {
        ([y, _, _], Some(&[year, m, d])) if y.len() == 4 => ymd(year, m, d).into(),
        ([all], Some(&[n])) if all.len() == 8 && all.starts_with(['1', '2']) => {
            ymd(n / 10000, n / 100 % 100, n % 100).into()
        }
        ([_, _, y], Some(&[a, b, year])) if y.len() == 4 => match (ymd(year, b, a), ymd(year, a, b)) {
            (Some(dm), Some(md)) if dm != md => DayRead::Either(dm, md),
            (Some(day), _) | (None, Some(day)) => DayRead::Meant(day),
            (None, None) => DayRead::NotOnCalendar,
        },
        (_, None) => day_in_words(&parts),
        _ => DayRead::Unknown,
    }
}

impl From<Option<NaiveDate>> for DayRead {
    /// A day read from a year, a month and a day: that day, or none on the calendar.
    fn from(day: Option<NaiveDate>) -> DayRead {
        day.map_or(DayRead::NotOnCalendar, DayRead::Meant)
    }
}

fn ymd(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The months, in French and in English, without accents.
const MONTHS: [[&str; 2]; 12] = [
    ["janvier", "january"],
    ["fevrier", "february"],
    ["mars", "march"],
    ["avril", "april"],
    ["mai", "may"],
    ["juin", "june"],
    ["juillet", "july"],
    ["aout", "august"],
    ["septembre", "september"],
    ["octobre", "october"],
    ["novembre", "november"],
    ["decembre", "december"],
];

/// Words a date in words may hold that say nothing of its day.
const FILLERS: [&str; 16] = [
    "le",
    "the",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The day of a date whose month is a word: a day, a month and a four-digit
/// year in any order, with `le`, a weekday or `1er`/`1st` around them.
fn day_in_words(parts: &[&str]) -> DayRead {
    let words: Vec<String> = parts.iter().map(|p| fold(p)).filter(|w| !FILLERS.contains(&w.as_str())).collect();
    let [a, b, c] = words.as_slice() else { return DayRead::Unknown };
    let (month, numbers) = match (month_named(a), month_named(b), month_named(c)) {
        (Some(m), None, None) => (m, [b, c]),
        (None, Some(m), None) => (m, [a, c]),
        (None, None, Some(m)) => (m, [a, b]),
        _ => return DayRead::Unknown,
    };
    let [first, second] = numbers.map(|n| ordinal(n).and_then(|n| n.parse::<u32>().ok().map(|v| (n.len(), v))));
    match (first, second) {
        (Some((4, year)), Some((1..=2, day))) | (Some((1..=2, day)), Some((4, year))) => ymd(year, month, day).into(),
        _ => DayRead::Unknown,
    }
}

/// The month a word names (`sept`, `Déc.`, `août`, `May`), when it names one only.
fn month_named(word: &str) -> Option<u32> {
    if word.chars().count() < 3 {
        return None;
    }
    let named = |names: &[&str; 2]| names.iter().any(|name| name.starts_with(word));
    let mut months = (1..).zip(&MONTHS).filter(|(_, names)| named(names)).map(|(n, _)| n);
    let month = months.next()?;
    months.next().is_none().then_some(month)
}

/// The digits of a day written as an ordinal (`1er`, `1st`, `2nd`, `3e`), or the word as is.
fn ordinal(word: &str) -> Option<&str> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    ["", "er", "re", "e", "st", "nd", "rd", "th"].contains(&suffix).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_may_be_typed_loosely() {
        assert!(same_word("en bonne voie", "en-bonne-voie"));
        assert!(same_word(" A_RISQUE ", "à-risque"));
        assert!(same_word("Défis", "défis"));
        assert!(!same_word("risque", "à-risque"));
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("traget", "target"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("1.1.9", "1.1.1"), 1);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn closest_picks_a_near_name_only() {
        let keys = ["target", "targets", "total", "unit"];
        assert_eq!(closest("traget", keys), Some("target"));
        assert_eq!(closest("tagret", keys), Some("target"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("1.1.9", ["1.1.1", "1.2.1", "2.2.3a"]), Some("1.1.1"));
        // As close, the one that starts as it does: an indicator renamed `3.1.1a`.
        assert_eq!(closest("3.1.1", ["1.1.1", "2.1.1", "3.1.1a", "3.1.2"]), Some("3.1.1a"));
        assert_eq!(closest("3.1.2", ["1.1.2", "3.1.1"]), Some("3.1.1"));
    }

    #[test]
    fn folded_suggestions_ignore_case_and_accents() {
        let territories = ["Des Chenaux", "Mékinac", "Maskinongé", "Trois-Rivières"];
        assert_eq!(closest_folded("mekinac", territories), Some("Mékinac"));
        assert_eq!(closest_folded("MASKINONGE", territories), Some("Maskinongé"));
        assert_eq!(closest_folded("trois-rivieres", territories), Some("Trois-Rivières"));
        assert_eq!(closest_folded("Mekinak", territories), Some("Mékinac"));
        assert_eq!(closest_folded("Québec", territories), None);
    }

    #[test]
    fn the_day_meant_is_found_only_when_it_is_certain() {
        let day = |s: &str| day_meant(s).map(|d| d.to_string());
        assert_eq!(day("14/09/2025").as_deref(), Some("2025-09-14"));
        assert_eq!(day("09/14/2025").as_deref(), Some("2025-09-14"));
        assert_eq!(day("2025/09/14").as_deref(), Some("2025-09-14"));
        assert_eq!(day(" 14.9.2025 ").as_deref(), Some("2025-09-14"));
        assert_eq!(day("20250914").as_deref(), Some("2025-09-14"), "the dashes left out");
        // Which is the day is not certain, or there is no such day.
        assert_eq!(day("05/06/2025"), None);
        assert_eq!(day("31/02/2025"), None);
        assert_eq!(day("99999/1/1"), None);
        assert_eq!(day("2025-09"), None);
        assert_eq!(day("20251314"), None);
        assert_eq!(day("14092025"), None, "eight digits begin with the year");
        assert_eq!(day("2025091"), None);
    }

    #[test]
    fn a_day_read_either_way_or_not_on_the_calendar_is_told_apart() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a day");
        assert_eq!(day_read("05/06/2025"), DayRead::Either(day("2025-06-05"), day("2025-05-06")));
        assert_eq!(day_read("5.6.2025"), DayRead::Either(day("2025-06-05"), day("2025-05-06")));
        assert_eq!(day_read("05/05/2025"), DayRead::Meant(day("2025-05-05")), "both readings are one day");
        assert_eq!(day_read("14/09/2025"), DayRead::Meant(day("2025-09-14")));
        for written in ["31/02/2025", "02/31/2025", "13/13/2025", "2025-02-30", "20250230", "31 juin 2025"] {
            assert_eq!(day_read(written), DayRead::NotOnCalendar, "{written}");
        }
        for written in ["demain", "2025-09", "14 septembre", "14 jui 2025", "05/06/25", ""] {
            assert_eq!(day_read(written), DayRead::Unknown, "{written}");
        }
    }

    #[test]
    fn a_month_in_words_makes_the_day_certain() {
        let day = |s: &str| day_meant(s).map(|d| d.to_string());
        for written in ["14 septembre 2025", "le 14 Septembre 2025", "jeudi 14 sept. 2025", "Sept. 14, 2025"] {
            assert_eq!(day(written).as_deref(), Some("2025-09-14"), "{written}");
        }
        assert_eq!(day("1er août 2025").as_deref(), Some("2025-08-01"));
        assert_eq!(day("August 1st, 2025").as_deref(), Some("2025-08-01"));
        assert_eq!(day("2 déc 2025").as_deref(), Some("2025-12-02"));
        assert_eq!(day("3 mar 2025").as_deref(), Some("2025-03-03"), "mars and March are one month");
        assert_eq!(day("2025 mai 31").as_deref(), Some("2025-05-31"));
        // A month not certain, no such day, a year not written whole, a word too many.
        assert_eq!(day("14 jui 2025"), None, "juin or juillet");
        assert_eq!(day("31 juin 2025"), None);
        assert_eq!(day("14 sept 25"), None);
        assert_eq!(day("14 septembre"), None);
        assert_eq!(day("14 septembre 2025 matin"), None);
        assert_eq!(day("14 sept octobre 2025"), None);
        assert_eq!(day("14xx septembre 2025"), None);
    }
}
