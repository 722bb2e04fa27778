//! Text from files is data, never control: escaping for the terminal (and
//! every format read in one) and for JSON, so that no byte of a file can move
//! the cursor, change colours or reorder what is shown.

use std::borrow::Cow;

/// Whether a character must never reach a terminal raw: C0 and C1 controls,
/// DEL, the bidirectional controls that can make text read differently than it
/// is, and the invisible characters that hide text or shift table columns
/// (zero-width spaces and joiners, soft hyphen, line and paragraph
/// separators, byte-order mark, tag characters).
fn is_unsafe(c: char, keep_tabs: bool) -> bool {
    (c.is_control() && !(keep_tabs && c == '\t'))
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// What in text would start a GitHub Actions workflow command when printed in a
/// CI log: `##[` anywhere, or `::` at the start of a line.
fn starts_a_command(text: &str) -> bool {
    text.contains("##[") || text.trim_start().starts_with("::")
}

fn escape(text: &str, keep_tabs: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c, keep_tabs)) && !starts_a_command(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let lead = text.len() - text.trim_start().len();
    for (i, c) in text.char_indices() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' if !keep_tabs => out.push_str("\\t"),
            c if is_unsafe(c, keep_tabs) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            '[' if out.ends_with("##") => out.push_str("\\u{5b}"),
            ':' if i == lead && text[i..].starts_with("::") => out.push_str("\\u{3a}"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text from a file, made safe to print: control and invisible characters are
/// shown escaped (`\u{1b}`), never sent raw, and nothing in it can start a
/// workflow command in a CI log.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Like [`escape_controls`], but tabs stay (for quoting source lines).
pub fn escape_controls_keep_tabs(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Text from a file as HTML text or attribute value: markup characters become
/// entities; line breaks stay (a stylesheet may show them) and a tab is a
/// space, as a browser shows it; other
/// control and invisible characters are shown escaped (`\u{1b}`), never sent
/// raw; and the `[` of `##[` and the first `:` of a leading `::` become
/// entities, so that a page printed in a CI log starts no workflow command,
/// while a browser shows the same text.
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let lead = text.len() - text.trim_start().len();
    for (i, c) in text.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push(c),
            '\t' => out.push(' '),
            c if is_unsafe(c, true) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            '[' if out.ends_with("##") => out.push_str("&#91;"),
            ':' if i == lead && text[i..].starts_with("::") => out.push_str("&#58;"),
            c => out.push(c),
        }
    }
    out
}

/// Text from a file as Markdown text that a viewer shows as the very text it
/// was, in a paragraph, a heading, a list item or a table cell: never as
/// emphasis, code, a link, HTML, an entity, math or a new block. Controls are
/// escaped first and line breaks become spaces; then every character Markdown
/// gives a meaning to gets a backslash, and so does the dot or parenthesis of
/// a number that would start a numbered list (`2019. Bilan`).
pub fn markdown_text(text: &str) -> String {
    let one_line = if text.contains(['\n', '\r']) {
        Cow::Owned(text.split(['\n', '\r']).map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(text)
    };
    let text = escape_controls(&one_line);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let special = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '$')
            || (i == 0 && matches!(c, '-' | '+' | '=' | '#'))
            || (matches!(c, '.' | ')')
                && i > 0
                && text[..i].bytes().all(|b| b.is_ascii_digit())
                && text[i + 1..].starts_with([' ', '\t']));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Serialised JSON made safe to print. serde_json escapes C0 controls but
/// writes DEL, C1 controls, bidirectional and invisible characters raw; this
/// writes them as `\uXXXX` escapes (and the `[` of `##[`, which would start a
/// workflow command in a CI log), which JSON readers decode to the same text.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(|c| is_unsafe(c, true)) && !json.contains("##[") {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if (is_unsafe(c, true) && c != '\n') || (c == '[' && out.ends_with("##")) {
            push_json_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// A character as a JSON escape: `\uXXXX`, or a surrogate pair beyond the BMP.
fn push_json_escape(out: &mut String, c: char) {
    let mut units = [0u16; 2];
    for unit in c.encode_utf16(&mut units) {
        out.push_str(&format!("\\u{unit:04x}"));
    }
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
    fn html_text_is_text() {
        assert_eq!(
            html_text("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(html_text("a\nb\tc\u{1b}[31m\u{202e}"), "a\nb c\\u{1b}[31m\\u{202e}");
        assert_eq!(html_text("x ##[error] y"), "x ##&#91;error] y");
        assert_eq!(html_text("::add-mask::s"), "&#58;:add-mask::s");
        assert_eq!(html_text("Réunion — « COCO »"), "Réunion — « COCO »");
    }

    #[test]
    fn markdown_text_is_text() {
        assert_eq!(markdown_text("# titre"), "\\# titre");
        assert_eq!(markdown_text("- point"), "\\- point");
        assert_eq!(markdown_text("2019. Bilan"), "2019\\. Bilan");
        assert_eq!(markdown_text("1.1.1"), "1.1.1");
        assert_eq!(markdown_text("a *b* [c](d) <e> | f"), "a \\*b\\* \\[c\\](d) \\<e\\> \\| f");
        assert_eq!(markdown_text("un\n# deux\n"), "un # deux");
        assert_eq!(markdown_text("1,5 - 2"), "1,5 - 2");
        assert_eq!(markdown_text(" : "), " : ");
        assert_eq!(markdown_text("n° #2 !"), "n° #2 !");
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(escape_controls("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape_controls("a\tb\nc\u{7f}\u{9b}"), "a\\tb\\nc\\u{7f}\\u{9b}");
        assert_eq!(escape_controls("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape_controls_keep_tabs("a\tb\u{0}"), "a\tb\\u{0}");
    }

    #[test]
    fn invisible_characters_are_escaped() {
        for c in
            ['\u{200B}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{2028}', '\u{2029}', '\u{FEFF}', '\u{AD}', '\u{E0041}']
        {
            let escaped = escape_controls(&format!("a{c}b")).into_owned();
            assert_eq!(escaped, format!("a\\u{{{:x}}}b", c as u32));
        }
        assert_eq!(escape_controls("Réunion — « COCO » 👍"), "Réunion — « COCO » 👍");
    }

    #[test]
    fn nothing_can_start_a_workflow_command() {
        assert_eq!(escape_controls("x ##[error]faux"), "x ##\\u{5b}error]faux");
        assert_eq!(escape_controls("::add-mask::secret"), "\\u{3a}:add-mask::secret");
        assert_eq!(escape_controls("  ::set-output name=a::b"), "  \\u{3a}:set-output name=a::b");
        assert_eq!(escape_controls("Réunion :: COCO"), "Réunion :: COCO");
        assert_eq!(escape_controls("# titre [1]"), "# titre [1]");
        let value = serde_json::json!({"t": "##[add-mask]x \u{E0041}"});
        let safe = json_safe(serde_json::to_string(&value).unwrap());
        assert!(!safe.contains("##[") && safe.contains("\\udb40\\udc41"), "{safe}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&safe).unwrap(), value);
    }
}
