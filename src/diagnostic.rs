//! Problems found in a plan, with stable codes, and their three renderings:
//! rustc-like text, JSON and GitHub Actions annotations.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::i18n::{Lang, Message, MsgId};
use crate::load::Sources;
use crate::model::{FileId, Loc, Span};
use crate::text::{escape_controls, escape_controls_keep_tabs};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! codes {
    ($($name:ident = $code:literal $sev:ident,)*) => {
        /// A stable diagnostic code. Codes never change meaning once published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($name),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// The code as printed, e.g. `E0203`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => $code),* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$name => Severity::$sev),* }
            }
        }
    };
}

codes! {
    MissingPlanToml = "E0001" Error,
    NotUtf8 = "E0002" Error,
    Unreadable = "E0003" Error,
    Syntax = "E0101" Error,
    UnknownKey = "E0102" Error,
    WrongType = "E0103" Error,
    MissingField = "E0104" Error,
    EmptyText = "E0105" Error,
    BadDate = "E0201" Error,
    DateOutsidePeriod = "E0202" Error,
    UnknownIndicator = "E0203" Error,
    AmbiguousAction = "E0204" Error,
    BadAmount = "E0205" Error,
    NoIndicators = "E0206" Error,
    UnknownLevel = "E0207" Error,
    NotAssessmentIndicator = "E0208" Error,
    ActivityOnAssessment = "W0209" Warning,
    JournalFileName = "E0210" Error,
    EntryInWrongFile = "W0211" Warning,
    DuplicateId = "E0301" Error,
    IdNotUnderParent = "E0302" Error,
    UnknownKind = "E0303" Error,
    BadTarget = "E0304" Error,
    YearOutsidePeriod = "E0305" Error,
    BadPeriod = "E0306" Error,
    BadLanguage = "E0307" Error,
    BadYearStart = "E0308" Error,
    BadId = "E0309" Error,
    ConflictingTargets = "E0310" Error,
    FieldNotForKind = "E0311" Error,
}

impl Code {
    /// Whether the problem is with reading files rather than with what they say.
    pub fn is_io(self) -> bool {
        matches!(self, Code::Unreadable)
    }
}

/// A secondary place shown with a diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub loc: Loc,
    pub label: Message,
}

/// One problem, located in a file when it has a place.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: Message,
    pub loc: Option<Loc>,
    pub label: Option<Message>,
    pub notes: Vec<Note>,
    pub help: Option<Message>,
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<Message>, loc: Option<Loc>) -> Diagnostic {
        Diagnostic { code, message: message.into(), loc, label: None, notes: Vec::new(), help: None }
    }

    /// A diagnostic at a place in a file.
    pub fn at(code: Code, message: impl Into<Message>, file: FileId, span: Span) -> Diagnostic {
        Diagnostic::new(code, message, Some(Loc { file, span }))
    }

    pub fn label(mut self, label: impl Into<Message>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, loc: Loc, label: impl Into<Message>) -> Diagnostic {
        self.notes.push(Note { loc, label: label.into() });
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// How many errors and warnings a list holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(diagnostics: &[Diagnostic]) -> Tally {
        let errors = diagnostics.iter().filter(|d| d.severity() == Severity::Error).count();
        Tally { errors, warnings: diagnostics.len() - errors }
    }
}

/// Sorts diagnostics by file, then position, so output is stable and reads top-down.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| d.loc.as_ref().map(|l| (l.file, l.span.start, l.span.end)));
}

/// A file position for people: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// The 1-based line and column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The longest excerpt line shown; longer lines are cut around the problem.
const MAX_EXCERPT: usize = 160;

/// One line of a file cut down to show a span: the text, its line number,
/// and the span within that text.
struct Excerpt {
    text: String,
    line: usize,
    span: Span,
}

/// Cuts the line holding `span.start` out of `text`, escaping control characters
/// and trimming very long lines, so that nothing raw reaches the terminal.
fn excerpt(text: &str, span: &Span) -> Excerpt {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = floor_char_boundary(text, span.end.clamp(start, line_end));
    let window_start = floor_char_boundary(text, start.saturating_sub(MAX_EXCERPT / 2).max(line_start));
    let window_end =
        floor_char_boundary(text, (window_start + MAX_EXCERPT).min(line_end).max(end.min(window_start + MAX_EXCERPT)));
    let end = end.min(window_end);
    let before = escape_controls_keep_tabs(&text[window_start..start]);
    let marked = escape_controls_keep_tabs(&text[start..end]);
    let after = escape_controls_keep_tabs(text[end..window_end].trim_end_matches('\r'));
    let lead = if window_start > line_start { "…" } else { "" };
    let tail = if window_end < line_end { "…" } else { "" };
    let span_start = lead.len() + before.len();
    Excerpt {
        text: format!("{lead}{before}{marked}{after}{tail}"),
        line: line_col(text, start).line,
        span: span_start..span_start + marked.len(),
    }
}

/// Options for rendering diagnostics as text.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle {
    pub lang: Lang,
    pub color: bool,
}

/// Renders diagnostics as rustc-like text, one block per diagnostic.
pub fn render_human(diagnostics: &[Diagnostic], sources: &Sources, style: TextStyle) -> String {
    let renderer = if style.color { Renderer::styled() } else { Renderer::plain() };
    diagnostics
        .iter()
        .map(|d| {
            let text = renderer.render(&report(d, sources, style.lang));
            let locs = d.loc.iter().chain(d.notes.iter().map(|n| &n.loc));
            locs.fold(text, |text, loc| true_column(text, sources, loc)) + "\n\n"
        })
        .collect()
}

/// annotate-snippets numbers columns within the excerpt it is given. When a long
/// line was cut on the left, its `file:line:col` header is put right here.
fn true_column(rendered: String, sources: &Sources, loc: &Loc) -> String {
    let file = sources.get(loc.file);
    let ex = excerpt(&file.text, &loc.span);
    let shown = ex.text[..ex.span.start].chars().count() + 1;
    let actual = line_col(&file.text, loc.span.start).column;
    if shown == actual {
        return rendered;
    }
    let header = |col: usize| format!("{}:{}:{col}", file.display, ex.line);
    rendered.replacen(&header(shown), &header(actual), 1)
}

fn report<'a>(d: &Diagnostic, sources: &'a Sources, lang: Lang) -> Vec<Group<'a>> {
    let name = match d.severity() {
        Severity::Error => MsgId::LevelError,
        Severity::Warning => MsgId::LevelWarning,
    };
    let level = match d.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(Some(name.template(lang)));
    let title = level.primary_title(owned(escape_controls(&d.message.render(lang)))).id(d.code.as_str());
    let mut group = Group::with_title(title);
    if let Some(loc) = &d.loc {
        group = group.element(snippet(sources, loc, d.label.as_ref(), AnnotationKind::Primary, lang));
    }
    for note in &d.notes {
        group = group.element(snippet(sources, &note.loc, Some(&note.label), AnnotationKind::Context, lang));
    }
    if let Some(help) = &d.help {
        let help_level = Level::HELP.with_name(Some(MsgId::LevelHelp.template(lang)));
        group = group.element(help_level.message(owned(escape_controls(&help.render(lang)))));
    }
    vec![group]
}

fn owned(text: std::borrow::Cow<'_, str>) -> String {
    text.into_owned()
}

fn snippet<'a>(
    sources: &'a Sources,
    loc: &Loc,
    label: Option<&Message>,
    kind: AnnotationKind,
    lang: Lang,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let file = sources.get(loc.file);
    let ex = excerpt(&file.text, &loc.span);
    let mut annotation = kind.span(ex.span.clone());
    if let Some(label) = label {
        annotation = annotation.label(owned(escape_controls(&label.render(lang))));
    }
    Snippet::source(ex.text).line_start(ex.line).path(file.display.clone()).annotation(annotation)
}

/// One diagnostic as JSON.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    severity: Severity,
    message: String,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    help: Option<String>,
}

/// Where a diagnostic starts and ends, as lines and columns.
fn position<'s>(d: &Diagnostic, sources: &'s Sources) -> Option<(&'s str, LineCol, LineCol)> {
    let loc = d.loc.as_ref()?;
    let file = sources.get(loc.file);
    let start = line_col(&file.text, loc.span.start);
    let end = line_col(&file.text, loc.span.end);
    Some((file.display.as_str(), start, end))
}

/// The `diagnostics` array of `plan check --format json`.
pub fn to_json(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> serde_json::Value {
    let items: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|d| {
            let pos = position(d, sources);
            JsonDiagnostic {
                code: d.code.as_str(),
                severity: d.severity(),
                message: d.message.render(lang),
                file: pos.map(|p| p.0),
                line: pos.map(|p| p.1.line),
                column: pos.map(|p| p.1.column),
                end_line: pos.map(|p| p.2.line),
                end_column: pos.map(|p| p.2.column),
                help: d.help.as_ref().map(|h| h.render(lang)),
            }
        })
        .collect();
    serde_json::to_value(items).expect("diagnostics serialise")
}

/// GitHub Actions workflow commands, one line per diagnostic.
pub fn render_github(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let command = match d.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = Vec::new();
        if let Some((file, start, end)) = position(d, sources) {
            props.push(format!("file={}", gh_property(file)));
            props.push(format!("line={},col={}", start.line, start.column));
            props.push(format!("endLine={},endColumn={}", end.line, end.column));
        }
        props.push(format!("title={}", d.code.as_str()));
        let mut message = d.message.render(lang);
        if let Some(help) = &d.help {
            message = format!("{message}\n{}: {}", MsgId::LevelHelp.template(lang), help.render(lang));
        }
        out.push_str(&format!("::{command} {}::{}\n", props.join(","), gh_data(&message)));
    }
    out
}

/// Escapes a workflow command's message.
fn gh_data(text: &str) -> String {
    let encoded = text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    escape_controls(&encoded).into_owned()
}

/// Escapes a workflow command's property value.
fn gh_property(text: &str) -> String {
    gh_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for &c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{} is used twice", c.as_str());
            let prefix = if c.severity() == Severity::Error { 'E' } else { 'W' };
            assert!(c.as_str().starts_with(prefix) && c.as_str().len() == 5, "{}", c.as_str());
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nb = \"é\" x\n";
        assert_eq!(line_col(text, 0), LineCol { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), LineCol { line: 2, column: 9 });
        assert_eq!(line_col(text, text.len()), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn excerpts_escape_and_trim() {
        let text = format!("k = \"{}\u{1b}[31mX\"\n", "a".repeat(500));
        let x = text.find('X').unwrap();
        let ex = excerpt(&text, &(x..x + 1));
        assert!(!ex.text.contains('\u{1b}'), "{}", ex.text);
        assert!(ex.text.chars().count() < 200);
        assert_eq!(&ex.text[ex.span.clone()], "X");
    }

    #[test]
    fn a_cut_line_keeps_its_true_column() {
        let mut sources = Sources::default();
        let text = format!("k = \"{}\nx = 1\n", "a".repeat(5000));
        let file = sources.add(crate::load::SourceFile { path: "j.toml".into(), display: "j.toml".into(), text });
        let d = Diagnostic::at(Code::Syntax, MsgId::Syntax, file, 5005..5005);
        let out = render_human(&[d], &sources, TextStyle { lang: Lang::En, color: false });
        assert!(out.contains("--> j.toml:1:5006"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
    }

    #[test]
    fn github_escapes_its_separators() {
        assert_eq!(gh_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(gh_data("one\ntwo"), "one%0Atwo");
        assert_eq!(gh_data("a\u{1b}[31m"), "a\\u{1b}[31m");
    }
}
