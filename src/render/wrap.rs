//! Text cut at spaces to a width, so that a terminal never breaks a word in
//! two: the table's text column, and prose shown in a terminal (`show`, the
//! confirmations, the messages). Styling (ANSI sequences) takes no room.

use unicode_width::UnicodeWidthStr;

/// `line` cut at spaces into lines of at most `width` columns, each after the
/// first starting with `hang`. A word wider than the room is left whole on
/// its own line; the spaces where a line is cut are dropped. French
/// punctuation stays with its word (see [`words`]).
pub fn wrap_words(line: &str, width: usize, hang: &str) -> Vec<String> {
    // The spaces a line starts with are its indent, never a place to cut.
    let body = line.trim_start_matches(' ');
    let mut words = words(body).into_iter();
    let first = words.next().unwrap_or_default();
    let mut lines = vec![format!("{}{first}", &line[..line.len() - body.len()])];
    for word in words {
        let last = lines.last_mut().expect("a first line");
        if visible_width(last) + 1 + visible_width(word) <= width {
            last.push(' ');
            last.push_str(word);
        } else if !word.is_empty() {
            last.truncate(last.trim_end_matches(' ').len());
            lines.push(format!("{hang}{word}"));
        }
    }
    lines
}

/// `text` split at the spaces where a line may be cut: every space but those
/// French typography binds, before `:`, `;`, `?`, `!`, `»` and `%` and after
/// `«`, so that no line starts with `:` or `»`, nor ends with `«`. Spaces in
/// a row are cut at their last.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut at = 0;
    for word in text.split(' ') {
        let bound = word.is_empty() || word.starts_with([':', ';', '?', '!', '»', '%']);
        if at > start && !bound && !text[..at - 1].trim_end_matches(' ').ends_with('«') {
            words.push(&text[start..at - 1]);
            start = at;
        }
        at += word.len() + 1;
    }
    words.push(&text[start..]);
    words
}

/// `text` with every line wider than `width` cut at spaces; the lines a cut
/// makes are indented two columns more than the line they continue. Lines
/// that fit, and the lines of a table (cut, its columns would no longer
/// meet), are left as they are.
pub fn wrap_prose(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for piece in text.split_inclusive('\n') {
        let line = piece.strip_suffix('\n').unwrap_or(piece);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if visible_width(line) <= width || is_table_line(line) {
            out.push_str(piece);
            continue;
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&wrap_words(line, width, &" ".repeat(indent + 2)).join("\n"));
        out.push_str(&piece[line.len()..]);
    }
    out
}

/// Whether `line` is drawn as part of a table: its first character, after
/// spaces and styles, is a box-drawing one (U+2500 to U+257F).
fn is_table_line(line: &str) -> bool {
    skip_styles(line.trim_start_matches(' ')).chars().next().is_some_and(|c| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// The columns `text` takes on a terminal: its characters' widths, with each
/// ANSI escape sequence (ESC `[` … final byte) taking none.
pub fn visible_width(text: &str) -> usize {
    if !text.contains('\x1b') {
        return text.width();
    }
    let mut width = 0;
    let mut rest = text;
    while let Some(at) = rest.find('\x1b') {
        width += rest[..at].width();
        rest = skip_sequence(&rest[at..]);
    }
    width + rest.width()
}

/// `text` without its escape sequences: what a terminal shows of it.
pub(super) fn without_styles(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\x1b') {
        plain.push_str(&rest[..at]);
        rest = skip_sequence(&rest[at..]);
    }
    plain + rest
}

/// What follows the escape sequences `text` starts with, if any.
pub(super) fn skip_styles(mut text: &str) -> &str {
    while text.starts_with('\x1b') {
        text = skip_sequence(text);
    }
    text
}

/// What follows the escape sequence at the start of `text` (which starts
/// with ESC): a CSI sequence ends at its first byte from `@` to `~`.
fn skip_sequence(text: &str) -> &str {
    let Some(csi) = text.strip_prefix("\x1b[") else {
        return &text[1..];
    };
    match csi.find(|c: char| ('@'..='~').contains(&c)) {
        Some(end) => &csi[end + 1..],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_cut_at_spaces_with_its_continuations_indented() {
        let text = "    2018 : 3/4 en bonne voie — au 30 juin 2018, 49,6 % de l'année est écoulé\nfin\n";
        let wrapped = wrap_prose(text, 40);
        assert_eq!(
            wrapped,
            "    2018 : 3/4 en bonne voie — au 30\n      juin 2018, 49,6 % de l'année est\n      écoulé\nfin\n"
        );
        for line in wrapped.lines() {
            assert!(line.width() <= 40, "{line:?}");
        }
        // Only spaces were turned into line breaks and indents.
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&wrapped), words(text));
    }

    #[test]
    fn lines_that_fit_and_the_last_line_without_a_break_are_kept() {
        assert_eq!(wrap_prose("a b c\r\nd", 5), "a b c\r\nd");
        assert_eq!(wrap_prose("", 5), "");
        assert_eq!(wrap_prose("un deux trois", 8), "un deux\n  trois");
        // Exactly the width fits; one more column does not.
        assert_eq!(wrap_prose("abcd efgh", 9), "abcd efgh");
        assert_eq!(wrap_prose("abcd efghi", 9), "abcd\n  efghi");
    }

    #[test]
    fn french_punctuation_stays_with_its_word() {
        let text = "erreur : indicateur inconnu « 1.1.9 » ; vouliez-vous dire « 1.1.1 » ? oui !";
        for width in 1..=text.len() {
            let lines = wrap_words(text, width, "");
            for line in &lines {
                assert!(!line.starts_with([':', ';', '?', '!', '»']), "{width}: {lines:?}");
                assert!(!line.ends_with('«'), "{width}: {lines:?}");
            }
            assert_eq!(lines.join(" "), text, "only spaces are cut");
        }
        assert_eq!(wrap_words("a « b » c", 4, ""), ["a", "« b »", "c"]);
        assert_eq!(wrap_words("taux 49 % et plus", 7, ""), ["taux", "49 % et", "plus"]);
        // Spaces left as they were: two in a row, and one at the end.
        assert_eq!(wrap_words("a  : b ", 80, ""), ["a  : b "]);
        assert_eq!(wrap_words("«  a", 1, ""), ["«  a"]);
    }

    #[test]
    fn a_word_wider_than_the_room_stays_whole() {
        let path = "plan/journal/2017.toml:101";
        assert_eq!(wrap_words(&format!("voir {path} ici"), 10, "  "), ["voir", &format!("  {path}"), "  ici"]);
    }

    #[test]
    fn spaces_at_a_cut_are_dropped_and_leading_ones_kept() {
        assert_eq!(wrap_words("  un  deux", 5, "    "), ["  un", "    deux"]);
        assert_eq!(wrap_words("un  deux", 3, ""), ["un", "deux"]);
        assert_eq!(wrap_words("    motsansfin", 5, "      "), ["    motsansfin"]);
        assert_eq!(wrap_words("un deux", 20, ""), ["un deux"]);
    }

    #[test]
    fn wide_characters_and_styles_are_measured_as_the_terminal_shows_them() {
        assert_eq!(visible_width("été"), 3);
        assert_eq!(visible_width("日本"), 4);
        assert_eq!(visible_width("\x1b[1m\x1b[31merreur\x1b[0m: x"), 9);
        assert_eq!(visible_width("\x1b[31"), 0);
        assert_eq!(visible_width("a\x1bb"), 2);
        // A styled table row that fits is not cut.
        let row = "│ \x1b[32m✓ atteint\x1b[39m │";
        assert_eq!(wrap_prose(row, 13), row);
        assert_eq!(wrap_prose("日本 日本", 4), "日本\n  日本");
    }

    #[test]
    fn a_table_too_wide_for_the_terminal_is_not_cut() {
        let table = "┌────┬────┐\n│ 1.1 ┆ Maintenir la concertation │\n\x1b[1m│\x1b[0m a b │\n  ╞══ ══╡\n";
        assert_eq!(wrap_prose(table, 8), table);
        // The text under it is.
        assert_eq!(wrap_prose(&format!("{table}◷ : aucune entrée"), 8), format!("{table}◷ :\n  aucune\n  entrée"));
    }

    proptest::proptest! {
        /// Any text, any width: the same words, no line wider than the room
        /// unless it cannot be cut, no line that starts with bound punctuation.
        #[test]
        fn any_text_keeps_its_words_and_its_punctuation_bound(
            text in "[a-zé日 :;?!»«%]{0,60}",
            width in 1usize..30,
        ) {
            let lines = wrap_words(&text, width, "");
            let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            proptest::prop_assert_eq!(words(&lines.join(" ")), words(&text));
            for (i, line) in lines.iter().enumerate().skip(1) {
                proptest::prop_assert!(!line.starts_with([' ', ':', ';', '?', '!', '»', '%']), "{i}: {lines:?}");
                proptest::prop_assert!(!lines[i - 1].trim_end().ends_with('«'), "{lines:?}");
            }
            for line in &lines {
                let one_group = super::words(line.trim()).len() == 1;
                proptest::prop_assert!(line.width() <= width || one_group, "{line:?} in {lines:?}");
            }
        }
    }
}
