//! Syntax errors phrased for people. The toml parser's errors are told
//! apart by its words and by the line where it stopped; the slips a hand
//! editor makes most (an id without quotes, a number written as French writes
//! it, a comma left at the end of a line) get the line as it should be.

use toml::de::DeTable;

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{FileId, Span};

/// Parses a file's text as TOML. Syntax errors are reported; the tree that
/// could be recovered is returned with where each error starts (none when the
/// tree is whole).
pub fn parse<'i>(file: FileId, text: &'i str, diags: &mut Vec<Diagnostic>) -> (DeTable<'i>, Vec<usize>) {
    if text.starts_with('\u{feff}') {
        diags.push(
            Diagnostic::at(Code::Syntax, MsgId::ExtraBom, file, 0..'\u{feff}'.len_utf8()).help(MsgId::ExtraBomHelp),
        );
    }
    let (table, errors) = DeTable::parse_recoverable(text);
    let mut starts = Vec::with_capacity(errors.len());
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        starts.push(span.start);
        diags.push(syntax_diagnostic(file, text, error.message(), span));
    }
    (table.into_inner(), starts)
}

/// A parser error, phrased for the user. Impossible dates get their own code.
fn syntax_diagnostic(file: FileId, text: &str, detail: &str, span: Span) -> Diagnostic {
    let detail = detail.trim_end_matches('\n');
    if detail.starts_with("invalid date") {
        let written = text.get(span.clone()).unwrap_or("").to_string();
        return Diagnostic::at(Code::BadDate, Message::new(MsgId::BadDate).arg("value", written), file, span)
            .label(MsgId::BadDateLabel)
            .help(MsgId::BadDateCalendarHelp);
    }
    let key = key_of_line(text, span.start);
    let (message, help) = match syntax_kind(detail, text.get(span.start..).unwrap_or("")) {
        Some(SyntaxKind::DuplicateKey) => {
            let key = text.get(span.clone()).unwrap_or("").trim_matches(['"', '\'']).to_string();
            (Message::new(MsgId::DuplicateKey).arg("key", &key), Message::new(MsgId::DuplicateKeyHelp).arg("key", &key))
        }
        Some(SyntaxKind::CurlyQuotes) => {
            let quoted = text.get(span.start..).unwrap_or("").lines().next().unwrap_or("");
            let inner = quoted.trim().trim_matches(CURLY_QUOTES).trim();
            (MsgId::CurlyQuotes.into(), Message::new(MsgId::CurlyQuotesHelp).arg("key", key).arg("text", inner))
        }
        Some(SyntaxKind::Unquoted) => {
            (MsgId::UnquotedText.into(), Message::new(MsgId::UnquotedTextHelp).arg("key", key))
        }
        Some(kind) => (kind.message().into(), kind.help().into()),
        None => (Message::new(MsgId::Syntax).arg("detail", detail), MsgId::SyntaxHelp.into()),
    };
    Diagnostic::at(Code::Syntax, message, file, span).help(help)
}

/// The key written at the start of the line that holds byte `at`, or `title`.
fn key_of_line(text: &str, at: usize) -> String {
    let at = (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    let key = line.split('=').next().unwrap_or("").trim();
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if plain && line.contains('=') { key.to_string() } else { "title".to_string() }
}

/// The parser errors a hand editor makes most, which get their own words.
#[derive(Clone, Copy)]
enum SyntaxKind {
    DuplicateKey,
    Unclosed,
    Control,
    Unquoted,
    CurlyQuotes,
    TooDeep,
    Header,
    List,
    Inline,
    Value,
    Line,
    Number,
    Escape,
}

impl SyntaxKind {
    fn message(self) -> MsgId {
        match self {
            SyntaxKind::Unclosed => MsgId::UnclosedString,
            SyntaxKind::Control => MsgId::RawControl,
            SyntaxKind::TooDeep => MsgId::TooDeep,
            SyntaxKind::Header => MsgId::SyntaxHeader,
            SyntaxKind::List => MsgId::SyntaxList,
            SyntaxKind::Inline => MsgId::SyntaxInline,
            SyntaxKind::Value => MsgId::SyntaxValue,
            SyntaxKind::Number => MsgId::SyntaxNumber,
            SyntaxKind::Escape => MsgId::SyntaxEscape,
            SyntaxKind::Line | SyntaxKind::DuplicateKey | SyntaxKind::Unquoted | SyntaxKind::CurlyQuotes => {
                MsgId::SyntaxLine
            }
        }
    }

    fn help(self) -> MsgId {
        match self {
            SyntaxKind::Unclosed => MsgId::UnclosedStringHelp,
            SyntaxKind::Control => MsgId::RawControlHelp,
            SyntaxKind::TooDeep => MsgId::TooDeepHelp,
            SyntaxKind::Header => MsgId::SyntaxHeaderHelp,
            SyntaxKind::List => MsgId::SyntaxListHelp,
            SyntaxKind::Inline => MsgId::SyntaxInlineHelp,
            SyntaxKind::Value => MsgId::SyntaxValueHelp,
            SyntaxKind::Number => MsgId::SyntaxNumberHelp,
            SyntaxKind::Escape => MsgId::SyntaxEscapeHelp,
            SyntaxKind::Line | SyntaxKind::DuplicateKey | SyntaxKind::Unquoted | SyntaxKind::CurlyQuotes => {
                MsgId::SyntaxLineHelp
            }
        }
    }
}

/// The typographic quotes a word processor puts in place of `"`.
const CURLY_QUOTES: [char; 6] = ['“', '”', '«', '»', '‘', '’'];

/// Recognises the toml parser's detail text (and, for curly quotes, the
/// text where it stopped); `None` keeps the detail as it is.
fn syntax_kind(detail: &str, here: &str) -> Option<SyntaxKind> {
    let what = detail.split(", expected").next().unwrap_or(detail);
    let kind = match what {
        _ if detail.starts_with("duplicate key") => SyntaxKind::DuplicateKey,
        _ if here.trim_start().starts_with(CURLY_QUOTES) => SyntaxKind::CurlyQuotes,
        _ if detail.ends_with("expected `\"`") || detail.ends_with("expected `'`") => SyntaxKind::Unclosed,
        _ if detail.contains("visible characters") || what == "invalid comment character" => SyntaxKind::Control,
        _ if what.starts_with("unquoted string") || what.starts_with("string values must be quoted") => {
            SyntaxKind::Unquoted
        }
        _ if detail.contains("max recursion depth") => SyntaxKind::TooDeep,
        "unclosed array table" | "unclosed table" | "invalid table" | "missing table open" => SyntaxKind::Header,
        "unclosed array"
        | "missing comma between array elements"
        | "extra comma in array"
        | "unexpected `=` in array"
        | "missing array opening" => SyntaxKind::List,
        "unclosed inline table"
        | "invalid inline table element"
        | "missing comma between key-value pairs"
        | "extra comma in inline table"
        | "missing key for inline table element"
        | "missing inline table opening" => SyntaxKind::Inline,
        "missing value"
        | "missing value for key"
        | "invalid value"
        | "invalid string"
        | "invalid basic string"
        | "invalid literal string"
        | "invalid boolean"
        | "missing opening quote" => SyntaxKind::Value,
        "invalid key"
        | "invalid unquoted key"
        | "missing assignment between key-value pairs"
        | "extra `=`"
        | "extra assignment between key-value pairs"
        | "unexpected content"
        | "unexpected key or value"
        | "invalid key-value pair"
        | "unquoted keys cannot be empty"
        | "missing comment start"
        | "unexpected content between comment and newline" => SyntaxKind::Line,
        "invalid integer number"
        | "invalid float"
        | "unexpected leading zero"
        | "unexpected sign"
        | "invalid exponent"
        | "invalid fraction"
        | "invalid mantissa"
        | "invalid hexadecimal number"
        | "invalid octal number"
        | "invalid binary number" => SyntaxKind::Number,
        "missing escaped value" => SyntaxKind::Escape,
        _ => return None,
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// The English message of the first syntax error in `text`.
    fn first_error(text: &str) -> String {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        diags[0].message.render(Lang::En)
    }

    #[test]
    fn common_syntax_errors_get_their_own_words() {
        assert_eq!(first_error("activity = 3\n[[activity]]\n"), "`activity` is already written above in this section");
        assert_eq!(first_error("title = \"Rencontre\n"), "quoted text that is never closed");
        assert_eq!(first_error("title = 'Rencontre"), "quoted text that is never closed");
        assert_eq!(
            first_error("title = \"a\u{1b}b\"\n"),
            "an invisible control character, which these files do not allow"
        );
        assert_eq!(first_error("# a\u{7} b\n"), "an invisible control character, which these files do not allow");
        assert_eq!(first_error("title = Rencontre du comité\n"), "text without quotes");
        let deep = format!("x = {}{}", "[".repeat(1000), "]".repeat(1000));
        assert_eq!(first_error(&deep), "too many brackets or braces one inside another");
        assert_eq!(
            first_error("title = “Rencontre”\n"),
            "typographic quotes (“ ” « » ‘ ’): TOML does not read them as quotes"
        );
        assert_eq!(first_error("[[activity\n"), "a section line that is not closed");
        assert_eq!(first_error("indicators = [\"1.1.1\" \"1.2\"]\n"), "a list written wrong");
        assert_eq!(first_error("targets = { 2017 = 4\n"), "braces written wrong");
        assert_eq!(first_error("amount = 03\n"), "a number written wrong");
        assert_eq!(first_error("done = tru\n"), "a value missing or written wrong after the =");
        assert_eq!(first_error("note = \"C:\\Documents\"\n"), "a backslash \\ inside quotes");
    }

    /// The help of the first syntax error in `text`, in `lang`.
    fn first_help(text: &str, lang: Lang) -> String {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        diags[0].help.as_ref().map(|h| h.render(lang)).unwrap_or_default()
    }

    #[test]
    fn curly_quotes_are_shown_straight_with_the_key_as_written() {
        let help = first_help("note = “Rencontre du COCO”\n", Lang::Fr);
        assert!(help.contains("note = \"Rencontre du COCO\""), "{help}");
        let help = first_help("title = Rencontre\n", Lang::Fr);
        assert!(help.contains("title = \"Rencontre du comité\""), "the key is not translated: {help}");
    }
}
