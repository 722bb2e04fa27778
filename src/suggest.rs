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

#[cfg(test)]
mod tests {
    use super::*;

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
}
