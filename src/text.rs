//! Small text helpers shared by checks and outputs: making file text safe to
//! print, and finding the closest known name for a typo.

use std::borrow::Cow;

/// Whether a character must never reach a terminal raw: C0 and C1 controls, DEL,
/// and the bidirectional overrides that can make text read differently than it is.
fn is_unsafe(c: char, keep_tabs: bool) -> bool {
    (c.is_control() && !(keep_tabs && c == '\t')) || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn escape(text: &str, keep_tabs: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c, keep_tabs)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' if !keep_tabs => out.push_str("\\t"),
            c if is_unsafe(c, keep_tabs) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text from a file, made safe to print: control characters and escape
/// sequences are shown escaped (`\u{1b}`), never sent raw.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Like [`escape_controls`], but tabs stay (for quoting source lines).
pub fn escape_controls_keep_tabs(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Serialised JSON made safe to print. serde_json escapes C0 controls but
/// writes DEL, C1 controls and bidirectional overrides raw; this writes them as
/// `\uXXXX` escapes, which JSON readers decode to the same text.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(|c| is_unsafe(c, true)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c, true) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The edit distance between two strings, counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
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
    fn plain_text_is_borrowed() {
        assert!(matches!(escape_controls("Réunion du COCO"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_raw_controls() {
        let value = serde_json::json!({"t": "a\u{1b}b\u{7f}c\u{9b}d\u{202e}e\tf"});
        let safe = json_safe(serde_json::to_string_pretty(&value).unwrap());
        assert!(!safe.chars().any(|c| c.is_control() && c != '\n'), "{safe}");
        assert!(safe.contains("\\u007f") && safe.contains("\\u009b") && safe.contains("\\u202e"), "{safe}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), value);
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(escape_controls("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape_controls("a\tb\nc\u{7f}\u{9b}"), "a\\tb\\nc\\u{7f}\\u{9b}");
        assert_eq!(escape_controls("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape_controls_keep_tabs("a\tb\u{0}"), "a\tb\\u{0}");
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
}
