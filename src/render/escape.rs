//! Text from files is data, never control: escaping for the terminal (and
//! every format read in one) and for JSON, so that no byte of a file can move
//! the cursor, change colours or reorder what is shown.

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
}
