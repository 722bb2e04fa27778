//! A text of an activity (its title, its note) kept as where it is in the
//! file's text, which is kept anyway for messages, rather than copied: a
//! million activities hold no string of their own.

use super::span::Span;

/// A text of an entry: the place of its bytes in the entry's file when the
/// file holds it as is (a string without escape), else the text itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// Bytes `start..start + len` of the entry's file.
    At {
        start: u32,
        len: u32,
    },
    Owned(Box<str>),
}

impl Text {
    /// A text that is in no file (typed on the command line).
    pub fn owned(text: &str) -> Text {
        Text::Owned(text.into())
    }

    /// The text `value`, read from the string written at `literal` (its quotes
    /// included) in `file`: its place when the bytes between the quotes are
    /// the value, else a copy (an escape, a multi-line string).
    pub fn read(value: &str, literal: &Span, file: &str) -> Text {
        let inner = literal.start + 1..literal.end.saturating_sub(1);
        if file.get(inner.clone()) == Some(value) { Text::at(inner.start, value) } else { Text::owned(value) }
    }

    /// The text `value`, written as is from byte `start` of its file: its
    /// place, or a copy past 4 GiB.
    pub fn at(start: usize, value: &str) -> Text {
        match (u32::try_from(start), u32::try_from(value.len())) {
            (Ok(start), Ok(len)) => Text::At { start, len },
            _ => Text::owned(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_written_as_is_is_a_place_and_any_other_a_copy() {
        let file = r#"title = "Rencontre" note = "a\tb" other = """x""""#;
        let at = |s: &str| file.find(s).unwrap()..file.find(s).unwrap() + s.len();
        let title = Text::read("Rencontre", &at("\"Rencontre\""), file);
        assert_eq!(title, Text::At { start: 9, len: 9 });
        assert_eq!(Text::read("a\tb", &at(r#""a\tb""#), file), Text::owned("a\tb"));
        assert_eq!(Text::read("x", &at(r#""""x""""#), file), Text::owned("x"));
        assert_eq!(Text::read("x", &(0..0), file), Text::owned("x"));
        assert_eq!(Text::at(3, "abc"), Text::At { start: 3, len: 3 });
        assert_eq!(Text::at(usize::MAX, "abc"), Text::owned("abc"), "past 4 GiB, a copy");
        assert!(std::mem::size_of::<Text>() <= 16);
    }
}
