//! "Did you mean …?": the known name closest to a typo.

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
}
