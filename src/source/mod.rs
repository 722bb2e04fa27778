//! Where a plan's bytes come from: a folder on disk, files held in memory, or
//! a git revision. A source finds the plan's files and reads
//! them as text, keeping each file's text so that every later message can
//! quote it. It knows nothing of TOML.

mod dir;
mod encoding;
mod git;
mod memory;
mod revision;

use std::path::{Path, PathBuf};

use serde::Serialize;

use encoding::{FileText, NotUtf8};
pub use git::{Commit, GitError, Revision, Snapshot, commit_of, is_repository, short, snapshot};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::layout::FileKind;
use crate::model::{FileId, Listing, Loc, Span};

/// Where to read a plan from.
#[derive(Debug)]
pub enum Source {
    /// The plan directory `dir` on disk; paths are shown relative to `cwd`.
    Dir { dir: PathBuf, cwd: PathBuf },
    /// Files held in memory, as if read from `dir`: each `(path, bytes)` is
    /// `plan.toml`, `orientations/NAME.toml` or `journal/NAME.toml`, relative to
    /// `dir`; other paths are ignored. Fuzzing and property tests use this.
    Memory { dir: PathBuf, files: Vec<(String, Vec<u8>)> },
    /// The plan as committed at a revision, as git gave it.
    Revision(Snapshot),
    /// Only what defines the plan, from disk: `plan.toml` and the orientation
    /// files, not the journal (shell completion needs the ids, fast).
    Definitions { dir: PathBuf, cwd: PathBuf },
}

impl Source {
    /// Reads every file of the plan. Problems reading them become diagnostics.
    pub fn read(self) -> Files {
        match self {
            Source::Dir { dir, cwd } => dir::read(&dir, &cwd, true),
            Source::Definitions { dir, cwd } => dir::read(&dir, &cwd, false),
            Source::Memory { dir, files } => memory::read(&dir, files),
            Source::Revision(snapshot) => revision::read(snapshot),
        }
    }
}

/// One file of the plan, read.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as shown to the user: relative to the current directory when possible.
    pub display: String,
    /// The text, without a byte-order mark; shared with the journal, whose
    /// activities' titles and notes are places in it.
    pub text: std::sync::Arc<String>,
    /// Whether the bytes were UTF-8. When not, `text` is what they say as
    /// UTF-16 or Windows-1252: read and checked, but the file has an error
    /// (E0002), and so is never written to.
    pub utf8: bool,
    /// Where each line starts, made the first time a place in the file is
    /// asked for: a file with thousands of warnings is not scanned from its
    /// start for each.
    lines: std::sync::OnceLock<Vec<usize>>,
    columns: ColumnMemo,
}

/// The column of the last place asked for, so that the columns of many
/// places along one long line are counted on from it, not each from the
/// line's start (40,000 unknown ids on one line took 4.5 s to tell).
#[derive(Debug, Default)]
struct ColumnMemo(std::sync::Mutex<Option<Column>>);

/// A place's column: the start of its line, the place, and its 1-based column.
#[derive(Clone, Copy, Debug)]
struct Column {
    line_start: usize,
    at: usize,
    column: usize,
}

impl Clone for ColumnMemo {
    fn clone(&self) -> ColumnMemo {
        ColumnMemo::default()
    }
}

impl ColumnMemo {
    /// The 1-based column of byte `at` of `text`, on the line that starts at `line_start`.
    fn column(&self, text: &str, line_start: usize, at: usize) -> usize {
        let mut memo = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let from = memo.filter(|m| m.line_start == line_start && m.at <= at).unwrap_or(Column {
            line_start,
            at: line_start,
            column: 1,
        });
        let column = from.column + text[from.at..at].chars().count();
        *memo = Some(Column { line_start, at, column });
        column
    }
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: String, utf8: bool) -> SourceFile {
        let text = std::sync::Arc::new(text);
        SourceFile { path, display, text, utf8, lines: std::sync::OnceLock::new(), columns: ColumnMemo::default() }
    }

    /// The 1-based line and column of byte `offset`.
    pub(crate) fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let (line, start) = self.line_of(offset);
        LineCol { line, column: self.columns.column(&self.text, start, offset) }
    }

    /// Where the line that holds byte `offset` starts and ends (before its `\n`).
    pub(crate) fn line_bounds(&self, offset: usize) -> Span {
        let (line, start) = self.line_of(offset.min(self.text.len()));
        let next = self.line_starts().get(line).copied();
        start..next.map_or(self.text.len(), |next| next - 1)
    }

    /// The 1-based number of the line that holds byte `offset`, and where it starts.
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let lines = self.line_starts();
        let line = lines.partition_point(|&start| start <= offset);
        (line, lines[line - 1])
    }

    fn line_starts(&self) -> &[usize] {
        self.lines.get_or_init(|| std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }
}

/// Every file read so far, addressed by [`FileId`].
#[derive(Clone, Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub(crate) fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).expect("fewer than 4 billion files"))
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The file read from `path`, if one was, and its id.
    pub fn find(&self, path: &std::path::Path) -> Option<(FileId, &SourceFile)> {
        let at = self.files.iter().position(|f| f.path == path)?;
        Some((FileId(at as u32), &self.files[at]))
    }
}

/// The files of a plan directory, read, by kind.
#[derive(Debug, Default)]
pub struct Files {
    pub dir: PathBuf,
    pub sources: Sources,
    pub plan: Option<FileId>,
    pub orientations: Vec<FileId>,
    pub journals: Vec<FileId>,
    /// Problems reading the files.
    pub diagnostics: Vec<Diagnostic>,
    /// Every file of the plan directory, for checking evidence paths.
    pub listing: Listing,
    /// When the plan directory has a `schema/` folder: each schema file's
    /// name and its bytes (none when it is missing or cannot be read).
    pub schemas: Option<Vec<SchemaFile>>,
}

/// A schema file's name, and its bytes when it could be read.
pub type SchemaFile = (&'static str, Option<Vec<u8>>);

impl Files {
    fn new(dir: &Path) -> Files {
        Files { dir: dir.to_path_buf(), ..Files::default() }
    }

    /// Adds a file's bytes as text, under its kind. Bytes that are not UTF-8 are reported where they are.
    fn add(&mut self, kind: FileKind, path: &Path, display: String, bytes: Vec<u8>) -> FileId {
        self.add_text(kind, path, display, FileText::of(bytes))
    }

    /// Adds a file's text (see [`FileText::of`]), under its kind. Text not
    /// saved as UTF-8 is an error, at its first character that is not.
    fn add_text(&mut self, kind: FileKind, path: &Path, display: String, FileText { text, bad }: FileText) -> FileId {
        let file = SourceFile::new(path.to_path_buf(), display, text, bad.is_none());
        let diagnostic = bad.map(|bad| not_utf8(&file.display, bad));
        let id = self.sources.add(file);
        if let Some((diagnostic, span)) = diagnostic {
            self.diagnostics.push(Diagnostic { loc: Some(Loc::new(id, span)), ..diagnostic });
        }
        match kind {
            FileKind::Plan => self.plan = Some(id),
            FileKind::Orientation => self.orientations.push(id),
            FileKind::Journal => self.journals.push(id),
        }
        id
    }
}

/// A warning for a file of `orientations/` or `journal/` that is not read
/// and may have been meant to be: a `.txt` file, or `.toml` followed by more
/// (Notepad saves `2020.toml.txt`, and Windows' Explorer shows it as
/// `2020.toml`), but not an editor's backup (`2020.toml~`). Other files, a
/// `README.md`, are the folder's own. `shown` names the file; `has` says
/// whether the folder holds a file of a name.
fn not_read(name: &str, shown: impl FnOnce() -> String, has: impl Fn(&str) -> bool) -> Option<Diagnostic> {
    let lower = name.to_ascii_lowercase();
    let toml = lower.find(".toml");
    if !(toml.is_some() || lower.ends_with(".txt")) || name.ends_with('~') {
        return None;
    }
    let stem = toml.map_or_else(|| name.rsplit_once('.').map_or(name, |(stem, _)| stem), |at| &name[..at]);
    let meant = format!("{stem}.toml");
    let help = match toml {
        _ if has(&meant) => MsgId::NotReadCopyHelp,
        Some(_) => MsgId::NotReadNotepadHelp,
        None => MsgId::NotReadHelp,
    };
    let message = Message::new(MsgId::NotRead).arg("file", shown());
    Some(Diagnostic::new(Code::NotRead, message, None).help(Message::new(help).arg("name", meant)))
}

/// The error for a file not saved as UTF-8, and where in its text it goes:
/// for UTF-16, at its start, with the way to save it again; for another
/// byte, on the character it is in Windows-1252, with the way to read it as
/// such before saving it again (what else it may be is not guessed).
fn not_utf8(display: &str, bad: NotUtf8) -> (Diagnostic, Span) {
    let (message, span, label, help) = match bad {
        NotUtf8::Utf16 { big_endian } => {
            let name = if big_endian { "UTF-16 BE" } else { "UTF-16 LE" };
            (MsgId::Utf16, 0..0, None, Message::new(MsgId::Utf16Help).arg("encoding", name))
        }
        NotUtf8::Byte { at, char } if char == char::REPLACEMENT_CHARACTER => {
            (MsgId::NotUtf8, at..at + char.len_utf8(), Some(MsgId::NotUtf8Label.into()), MsgId::NotUtf8Help.into())
        }
        NotUtf8::Byte { at, char } => {
            let label = Message::new(MsgId::Windows1252Label).arg("char", char);
            (MsgId::NotUtf8, at..at + char.len_utf8(), Some(label), MsgId::Windows1252Help.into())
        }
    };
    let mut diagnostic = Diagnostic::new(Code::NotUtf8, Message::new(message).arg("file", display), None).help(help);
    diagnostic.label = label;
    (diagnostic, span)
}

/// A file position for people: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// The 1-based line and column of byte `offset` in `text`, counted from its
/// start: what the line index of [`SourceFile::line_col`] must give.
#[cfg(test)]
pub(crate) fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
}

/// The largest character boundary at or before `offset`.
pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_gives_what_counting_gives() {
        let text = "a\nbé\r\n\nlast".to_string();
        let file = SourceFile::new("x".into(), "x".into(), text.clone(), true);
        for offset in 0..=text.len() + 2 {
            assert_eq!(file.line_col(offset), line_col(&text, offset), "at {offset}");
        }
        // In any order: the column counted on from the last place asked for, or afresh.
        let long = "a\nbé\r\nxé€y😀z\nlast".to_string();
        let long_file = SourceFile::new("x".into(), "x".into(), long.clone(), true);
        let order = [12, 9, 9, 16, 6, 20, 13, 0, 14, 7, 100, 8, 15, 3];
        for offset in order.into_iter().chain((0..=long.len()).rev()) {
            assert_eq!(long_file.line_col(offset), line_col(&long, offset), "at {offset}");
        }
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
            assert_eq!(file.line_bounds(offset), start..end, "at {offset}");
        }
    }

    #[test]
    fn a_bad_byte_is_pointed_at_whole_as_the_character_it_is() {
        let read = |bytes: &[u8]| {
            Source::Memory { dir: "/p".into(), files: vec![("plan.toml".into(), bytes.to_vec())] }.read()
        };
        for (bytes, char, label) in [
            (&b"title = \"a\xEAb\""[..], "ê", Message::new(MsgId::Windows1252Label).arg("char", 'ê')),
            (b"title = \"a\x81b\"", "\u{FFFD}", Message::new(MsgId::NotUtf8Label)),
        ] {
            let files = read(bytes);
            let diagnostic = &files.diagnostics[0];
            let loc = diagnostic.loc.as_ref().unwrap();
            let file = files.sources.get(loc.file);
            assert_eq!(&file.text[loc.span()], char);
            assert!(!file.utf8);
            assert_eq!(diagnostic.label, Some(label));
        }
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("a = 1".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let files = read(&utf16);
        let diagnostic = &files.diagnostics[0];
        assert_eq!(diagnostic.message, Message::new(MsgId::Utf16).arg("file", "plan/plan.toml"));
        assert_eq!(diagnostic.loc.as_ref().unwrap().span(), 0..0);
        assert_eq!(files.sources.get(diagnostic.loc.as_ref().unwrap().file).text.as_str(), "a = 1");
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nb = \"é\" x\n";
        assert_eq!(line_col(text, 0), LineCol { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), LineCol { line: 2, column: 9 });
        assert_eq!(line_col(text, text.len()), LineCol { line: 3, column: 1 });
    }
}
