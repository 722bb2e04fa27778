//! A file's bytes as text. Plan files are UTF-8; one that a Windows editor
//! saved otherwise (UTF-16, as Notepad's "Unicode" and Windows PowerShell
//! write it, or Windows-1252, "ANSI") is decoded all the same, so that it is
//! still read and checked in the same run, and how it was saved can be named.

use crate::layout::BOM;

/// A file's bytes as text, without a byte order mark, and how they were not
/// UTF-8 when they were not.
pub(super) struct FileText {
    pub text: String,
    pub bad: Option<NotUtf8>,
}

/// How a file's bytes are not UTF-8.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum NotUtf8 {
    /// The whole file is UTF-16.
    Utf16 { big_endian: bool },
    /// The first byte that is not UTF-8 is at `at` in the text, where it is
    /// the Windows-1252 character `char` (U+FFFD for the five bytes that
    /// Windows-1252 leaves undefined).
    Byte { at: usize, char: char },
}

/// Windows-1252's characters for bytes 0x80 to 0x9F (U+FFFD where it has
/// none); from 0xA0, a byte is the character of the same number.
const WINDOWS_1252: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž', '\u{FFFD}', //
    '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}', 'ž', 'Ÿ',
];

impl FileText {
    /// Made on the thread that reads the file.
    pub(super) fn of(mut bytes: Vec<u8>) -> FileText {
        if let Some(big_endian) = utf16(&bytes) {
            return FileText { text: from_utf16(&bytes, big_endian), bad: Some(NotUtf8::Utf16 { big_endian }) };
        }
        // Moved down in place: a second copy of a big year is not made.
        if bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
        match String::from_utf8(bytes) {
            Ok(text) => FileText { text, bad: None },
            Err(e) => windows_1252(e.as_bytes()),
        }
    }
}

/// Whether `bytes` are UTF-16, and then whether big-endian: after a byte
/// order mark, or, without one, when the first eight characters are ASCII
/// each beside a zero byte (a TOML file starts with a comment, a key or a
/// header).
fn utf16(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(false),
        [0xFE, 0xFF, ..] => return Some(true),
        _ => {}
    }
    let start = bytes.get(..16)?;
    let ascii = |b: &u8| b.is_ascii() && *b != 0;
    let units = || start.chunks_exact(2);
    if units().all(|u| ascii(&u[0]) && u[1] == 0) {
        Some(false)
    } else if units().all(|u| u[0] == 0 && ascii(&u[1])) {
        Some(true)
    } else {
        None
    }
}

/// UTF-16 bytes as text, without their byte order mark; a lone surrogate or
/// an odd last byte is U+FFFD.
fn from_utf16(bytes: &[u8], big_endian: bool) -> String {
    let unit = |pair: &[u8]| match pair {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0xFFFD,
    };
    let text: String =
        char::decode_utf16(bytes.chunks(2).map(unit)).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text)
}

/// Bytes that are not all UTF-8: what is UTF-8 as it is, and each other byte
/// as its Windows-1252 character (a file saved as "ANSI" by a Windows editor,
/// or a piece of one pasted into a UTF-8 file).
fn windows_1252(bytes: &[u8]) -> FileText {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut bad = None;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for &byte in chunk.invalid() {
            let char = match byte {
                0x80..=0x9F => WINDOWS_1252[usize::from(byte - 0x80)],
                _ => char::from(byte),
            };
            bad.get_or_insert(NotUtf8::Byte { at: text.len(), char });
            text.push(char);
        }
    }
    FileText { text, bad }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_le(text: &str, bom: bool) -> Vec<u8> {
        let start: &[u8] = if bom { &[0xFF, 0xFE] } else { &[] };
        start.iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
    }

    #[test]
    fn utf8_is_read_as_it_is_without_its_byte_order_mark() {
        let read = FileText::of(b"\xEF\xBB\xBFid = \"1\" # \xC3\xA9".to_vec());
        assert_eq!((read.text.as_str(), read.bad), ("id = \"1\" # é", None));
        let read = FileText::of(b"a\0b\0".to_vec());
        assert_eq!((read.text.as_str(), read.bad), ("a\0b\0", None), "too short to be taken for UTF-16");
    }

    #[test]
    fn utf16_is_decoded_with_or_without_a_byte_order_mark() {
        let text = "# Orientation 2\nid = \"2\"\ntitle = \"Soutien à la mobilisation\"\n";
        for bom in [true, false] {
            let read = FileText::of(utf16_le(text, bom));
            assert_eq!(read.text, text, "bom: {bom}");
            assert_eq!(read.bad, Some(NotUtf8::Utf16 { big_endian: false }));
        }
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let read = FileText::of(be);
        assert_eq!((read.text.as_str(), read.bad), (text, Some(NotUtf8::Utf16 { big_endian: true })));
        let mut odd = utf16_le("id = \"2\"", true);
        odd.push(b'x');
        assert_eq!(FileText::of(odd).text, "id = \"2\"\u{FFFD}", "an odd last byte");
        let lone = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
        assert_eq!(FileText::of(lone.to_vec()).text, "a\u{FFFD}b", "a lone surrogate");
    }

    #[test]
    fn other_bytes_are_read_as_windows_1252_and_the_first_is_named() {
        let read = FileText::of(b"title = \"R\xE9gion \x96 \x93bilan\x94\" # d\xC3\xA9j\xC3\xA0".to_vec());
        assert_eq!(read.text, "title = \"Région – “bilan”\" # déjà");
        assert_eq!(read.bad, Some(NotUtf8::Byte { at: 10, char: 'é' }));
        let read = FileText::of(b"a = \"\x81\xE2\x80\"".to_vec());
        assert_eq!(read.text, "a = \"\u{FFFD}â€\"", "an undefined byte, a UTF-8 sequence cut short");
        assert_eq!(read.bad, Some(NotUtf8::Byte { at: 5, char: '\u{FFFD}' }));
        let read = FileText::of(b"\xEF\xBB\xBFa = \"\xE0\"".to_vec());
        assert_eq!((read.text.as_str(), read.bad), ("a = \"à\"", Some(NotUtf8::Byte { at: 5, char: 'à' })));
    }
}
