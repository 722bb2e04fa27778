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

/// The candidate closest to `typo`, if it is close enough to be a likely typo.
pub fn closest<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (typo.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(typo, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, c)| (d, c.len()))
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
fn fold(text: &str) -> String {
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
/// `2025.09.14`); `None` when the day is not certain (`05/06/2025` is the
/// 5th of June in Québec, May 6th elsewhere) or there is no such day.
pub fn day_meant(written: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = written.trim().split(['/', '.', '-', ' ']).filter(|p| !p.is_empty()).collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let ymd = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d);
    match (parts.as_slice(), numbers.as_deref()) {
        ([y, _, _], Some(&[year, m, d])) if y.len() == 4 => ymd(year, m, d),
        ([_, _, y], Some(&[d, m, year])) if y.len() == 4 && d > 12 => ymd(year, m, d),
        ([_, _, y], Some(&[m, d, year])) if y.len() == 4 && d > 12 => ymd(year, m, d),
        _ => None,
    }
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
        // Which is the day is not certain, or there is no such day.
        assert_eq!(day("05/06/2025"), None);
        assert_eq!(day("31/02/2025"), None);
        assert_eq!(day("14 septembre 2025"), None);
        assert_eq!(day("99999/1/1"), None);
        assert_eq!(day("2025-09"), None);
    }
}
