//! Diagnostics into text, in three forms: rustc-like blocks that quote the
//! line (for people), JSON, and GitHub Actions annotations. Each form escapes
//! the text that came from files, once, its own way.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::escape::{escape_controls, escape_controls_keep_tabs};
use super::wrap::{skip_styles, visible_width, without_styles, wrap_words};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Loc, Span};
use crate::source::{LineCol, SourceFile, Sources, floor_char_boundary};

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
fn excerpt(file: &SourceFile, span: &Span) -> Excerpt {
    let text = file.text.as_str();
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let Span { start: line_start, end: line_end } = file.line_bounds(start);
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
    let (text_shown, span) =
        no_command_across(format!("{lead}{before}{marked}{after}{tail}"), span_start..span_start + marked.len());
    Excerpt { text: text_shown, line: file.line_col(start).line, span }
}

/// Neutralises a `##[` that the escaped pieces of an excerpt make only once
/// joined, moving the span by what the escape adds before it.
fn no_command_across(text: String, span: Span) -> (String, Span) {
    const ESCAPED: &str = "\\u{5b}";
    let at: Vec<usize> = text.match_indices("##[").map(|(i, _)| i + 2).collect();
    if at.is_empty() {
        return (text, span);
    }
    let shift = |offset: usize| offset + at.iter().filter(|&&b| b < offset).count() * (ESCAPED.len() - 1);
    let span = shift(span.start)..shift(span.end);
    (text.replace("##[", &format!("##{ESCAPED}")), span)
}

/// Options for rendering diagnostics as text.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle {
    pub lang: Lang,
    pub color: bool,
    /// The terminal's width, when the text goes to one: messages and helps
    /// are then cut at spaces to it. `None` leaves each on one line.
    pub width: Option<usize>,
}

/// Renders diagnostics as rustc-like text, one block per diagnostic.
pub fn render_human(diagnostics: &[Diagnostic], sources: &Sources, style: TextStyle) -> String {
    let renderer = if style.color { Renderer::styled() } else { Renderer::plain() };
    // In a terminal, a quoted line too long for it is cut around its mark.
    let renderer = match style.width {
        Some(width) => renderer.term_width(width),
        None => renderer,
    };
    diagnostics
        .iter()
        .map(|d| {
            let text = colons(renderer.render(&report(d, sources, style)), d, style.lang);
            let text = match style.width {
                Some(width) => labels(d, style.lang).fold(text, |text, label| cut_label(text, &label, width)),
                None => text,
            };
            let locs = d.loc.iter().chain(d.notes.iter().map(|n| &n.loc));
            locs.fold(text, |text, loc| true_column(text, sources, loc)) + "\n\n"
        })
        .collect()
}

/// annotate-snippets numbers columns within the excerpt it is given. When a long
/// line was cut on the left, its `file:line:col` header is put right here.
fn true_column(rendered: String, sources: &Sources, loc: &Loc) -> String {
    let file = sources.get(loc.file);
    let ex = excerpt(file, &loc.span());
    let shown = ex.text[..ex.span.start].chars().count() + 1;
    let actual = file.line_col(loc.span().start).column;
    if shown == actual {
        return rendered;
    }
    let header = |col: usize| format!("{}:{}:{col}", escape_controls(&file.display), ex.line);
    rendered.replacen(&header(shown), &header(actual), 1)
}

/// annotate-snippets writes the header `error[E0203]: ` and the help's
/// `= help: ` the English way; in French a space goes before each colon, and
/// before the lines that continue a cut message, to keep them under it.
/// Only the first line and the help's lines are touched, never a quoted one.
fn colons(rendered: String, d: &Diagnostic, lang: Lang) -> String {
    if lang.colon() == ":" {
        return rendered;
    }
    let head = header(d, lang);
    let help = ["= ", MsgId::LevelHelp.template(lang)];
    let mut hang = None;
    let lines = rendered.split('\n').enumerate().map(|(i, line)| {
        let tokens: &[&str] = if i == 0 { &[&head] } else { &help };
        if let Some((fixed, indent)) = colon_after(line, tokens, lang.colon()) {
            hang = Some(indent);
            return fixed;
        }
        match hang.filter(|&n| line.get(..n).is_some_and(|s| s.bytes().all(|b| b == b' '))) {
            Some(n) if !line[n..].starts_with(' ') && !line[n..].is_empty() => format!(" {line}"),
            _ => {
                hang = None;
                line.to_string()
            }
        }
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// `line` with `colon` for the `:` that follows `tokens` (after its leading
/// spaces, styles allowed around each token), and the column its message
/// started at; `None` if it is not such a line.
fn colon_after(line: &str, tokens: &[&str], colon: &str) -> Option<(String, usize)> {
    let mut rest = skip_styles(line.trim_start_matches(' '));
    for token in tokens {
        rest = skip_styles(rest.strip_prefix(token)?);
    }
    let at = line.len() - rest.strip_prefix(": ")?.len() - 2;
    let fixed = format!("{}{colon}{}", &line[..at], &line[at + 1..]);
    Some((fixed, visible_width(&line[..at]) + 2))
}

/// The labels of a diagnostic's marks, as they are shown.
fn labels(d: &Diagnostic, lang: Lang) -> impl Iterator<Item = String> {
    let labels = d.label.iter().chain(d.notes.iter().map(|n| &n.label));
    labels.map(move |label| owned(escape_controls(&label.render(lang))))
}

/// `rendered` with the mark line of `label` cut at spaces when it is wider
/// than `width`: the label's other lines go under its first word, after the
/// gutter's `|`, each styled as annotate-snippets styled the first.
fn cut_label(rendered: String, label: &str, width: usize) -> String {
    let mut lines = Vec::new();
    for line in rendered.split('\n') {
        match label_lines(line, label, width) {
            Some(cut) => lines.extend(cut),
            None => lines.push(line.to_string()),
        }
    }
    lines.join("\n")
}

/// The lines a mark line (`  |   ^^^ LABEL`) too wide for `width` is cut
/// into; `None` when `line` is not the mark line of `label`, or fits.
fn label_lines(line: &str, label: &str, width: usize) -> Option<Vec<String>> {
    let plain = without_styles(line);
    let marks = plain.trim_start_matches(' ').strip_prefix('|')?.trim_start_matches(' ');
    let after = marks.trim_start_matches(['^', '-']);
    if visible_width(line) <= width || after.len() == marks.len() || after.strip_prefix(' ') != Some(label) {
        return None;
    }
    let start = line.rfind(label)?;
    let tail = &line[start + label.len()..];
    let column = visible_width(&line[..start]);
    let room = width.checked_sub(column).filter(|&room| room >= 12 && skip_styles(tail).is_empty())?;
    let mut open = start;
    while let Some(esc) = line[..open].rfind('\x1b').filter(|&esc| skip_styles(&line[esc..start]).is_empty()) {
        open = esc;
    }
    let bar = line.find('|')? + 1;
    let gutter = &line[..line.len() - skip_styles(&line[bar..]).len()];
    let indent = " ".repeat(column.saturating_sub(visible_width(gutter)));
    let pieces = wrap_words(label, room, "");
    let first = format!("{}{}{tail}", &line[..start], pieces[0]);
    let rest = pieces[1..].iter().map(|piece| format!("{gutter}{indent}{}{piece}{tail}", &line[open..start]));
    Some(std::iter::once(first).chain(rest).collect())
}

/// A diagnostic's level in words: `erreur`, `warning`.
fn level_name(d: &Diagnostic, lang: Lang) -> &'static str {
    match d.severity() {
        Severity::Error => MsgId::LevelError,
        Severity::Warning => MsgId::LevelWarning,
    }
    .template(lang)
}

/// What the first line says before the message: `error[E0203]`.
fn header(d: &Diagnostic, lang: Lang) -> String {
    format!("{}[{}]", level_name(d, lang), d.code.as_str())
}

fn report<'a>(d: &Diagnostic, sources: &'a Sources, style: TextStyle) -> Vec<Group<'a>> {
    let lang = style.lang;
    let level = match d.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(Some(level_name(d, lang)));
    let head = format!("{}{} ", header(d, lang), lang.colon());
    let message = cut(escape_controls(&d.message.render(lang)), style.width, &head);
    let title = level.primary_title(message).id(d.code.as_str());
    let mut group = Group::with_title(title);
    if let Some(loc) = &d.loc {
        group = group.element(snippet(sources, loc, d.label.as_ref(), AnnotationKind::Primary, lang));
    }
    for note in &d.notes {
        group = group.element(snippet(sources, &note.loc, Some(&note.label), AnnotationKind::Context, lang));
    }
    if let Some(help) = &d.help {
        let help_level = Level::HELP.with_name(Some(MsgId::LevelHelp.template(lang)));
        let head = format!("{}= {}{} ", " ".repeat(gutter(d, sources)), MsgId::LevelHelp.template(lang), lang.colon());
        group = group.element(help_level.message(cut(escape_controls(&help.render(lang)), style.width, &head)));
    }
    vec![group]
}

/// The columns before a help's `=`: annotate-snippets puts it under its
/// gutter, as wide as the longest line number shown, and a space.
fn gutter(d: &Diagnostic, sources: &Sources) -> usize {
    let locs = d.loc.iter().chain(d.notes.iter().map(|n| &n.loc));
    let line = |loc: &Loc| excerpt(sources.get(loc.file), &loc.span()).line;
    locs.map(|loc| line(loc).to_string().len() + 1).max().unwrap_or(1)
}

/// A message that follows `head` on its first line, cut at spaces to `width`
/// when there is one. annotate-snippets puts the lines it is cut into under
/// the first. A help that ends with a line to write (`…: title = "…"`) that
/// would be cut gets it whole on a line of its own, ready to copy.
fn cut(text: std::borrow::Cow<'_, str>, width: Option<usize>, head: &str) -> String {
    let Some(width) = width else { return text.into_owned() };
    let room = width.saturating_sub(head.width());
    let to_write = text.rfind(": ").map(|i| text.split_at(i + 1)).map(|(prose, line)| (prose, line.trim_start()));
    match to_write {
        Some((prose, line)) if text.width() > room && line.contains(" = ") && line.width() <= room => {
            let mut lines = wrap_words(prose, room, "");
            lines.push(line.to_string());
            lines.join("\n")
        }
        _ => wrap_words(&text, room, "").join("\n"),
    }
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
    let ex = excerpt(file, &loc.span());
    let mut annotation = kind.span(ex.span.clone());
    if let Some(label) = label {
        annotation = annotation.label(owned(escape_controls(&label.render(lang))));
    }
    Snippet::source(ex.text).line_start(ex.line).path(owned(escape_controls(&file.display))).annotation(annotation)
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
    let start = file.line_col(loc.span().start);
    let end = file.line_col(loc.span().end);
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
            message = format!("{message}\n{}{} {}", MsgId::LevelHelp.template(lang), lang.colon(), help.render(lang));
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

    /// Sources holding one file, `j.toml`, of `text`.
    fn one_file(text: &str) -> (Sources, crate::model::FileId) {
        let mut sources = Sources::default();
        let file = sources.add(SourceFile::new("j.toml".into(), "j.toml".into(), text.to_string(), true));
        (sources, file)
    }

    #[test]
    fn excerpts_escape_and_trim() {
        let text = format!("k = \"{}\u{1b}[31mX\"\n", "a".repeat(500));
        let x = text.find('X').unwrap();
        let ex = excerpt(&SourceFile::new("j.toml".into(), "j.toml".into(), text.clone(), true), &(x..x + 1));
        assert!(!ex.text.contains('\u{1b}'), "{}", ex.text);
        assert!(ex.text.chars().count() < 200);
        assert_eq!(&ex.text[ex.span.clone()], "X");
    }

    #[test]
    fn a_cut_line_keeps_its_true_column() {
        let text = format!("k = \"{}\nx = 1\n", "a".repeat(5000));
        let (sources, file) = one_file(&text);
        let d = Diagnostic::at(crate::diagnostic::Code::Syntax, MsgId::Syntax, file, 5005..5005);
        let out = render_human(&[d], &sources, TextStyle { lang: Lang::En, color: false, width: None });
        assert!(out.contains("--> j.toml:1:5006"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
    }

    #[test]
    fn in_a_terminal_messages_are_cut_at_spaces_and_long_lines_around_their_mark() {
        // On line 1000: the help goes under a wider gutter.
        let line = format!("title = \"{} \\q fin\"\n", "Rencontre du comité élargi ".repeat(4));
        let column = line[..line.find("\\q").unwrap()].chars().count() + 1;
        let text = "#\n".repeat(999) + &line;
        let at = text.find("\\q").unwrap();
        let (sources, file) = one_file(&text);
        let d = Diagnostic::at(crate::diagnostic::Code::Syntax, MsgId::SyntaxEscape, file, at..at + 2)
            .help(MsgId::SyntaxEscapeHelp);
        let style = |width| TextStyle { lang: Lang::Fr, color: false, width };
        let whole = render_human(std::slice::from_ref(&d), &sources, style(None));
        let cut = render_human(&[d], &sources, style(Some(50)));
        for line in cut.lines() {
            assert!(line.width() <= 50, "{line:?} in\n{cut}");
        }
        assert!(whole.lines().any(|l| l.width() > 80), "{whole}");
        // The same words, the same place, and the mark under the same bytes.
        let words = |t: &str| -> Vec<String> {
            t.lines().filter(|l| !l.contains('|')).flat_map(str::split_whitespace).map(str::to_string).collect()
        };
        assert_eq!(words(&cut), words(&whole));
        assert!(cut.contains(&format!("--> j.toml:1000:{column}")), "{cut}");
        let quoted = cut.lines().find(|l| l.contains("\\q")).unwrap();
        let caret = cut.lines().find(|l| l.contains('^')).unwrap();
        let column_of = |line: &str, at: usize| line[..at].width();
        assert_eq!(column_of(caret, caret.find('^').unwrap()), column_of(quoted, quoted.find("\\q").unwrap()), "{cut}");
    }

    #[test]
    fn french_puts_a_space_before_the_colons_it_writes_but_not_in_a_quoted_line() {
        let text = "= aide: x \\q\n".to_string();
        let at = text.find("\\q").unwrap();
        let (sources, file) = one_file(&text);
        let d = Diagnostic::at(crate::diagnostic::Code::Syntax, MsgId::SyntaxEscape, file, at..at + 2)
            .help(MsgId::SyntaxEscapeHelp);
        let style = |lang, color| TextStyle { lang, color, width: None };
        let plain = render_human(std::slice::from_ref(&d), &sources, style(Lang::Fr, false));
        assert!(plain.starts_with("erreur[E0101] : "), "{plain}");
        assert!(plain.contains("1 | = aide: x \\q\n"), "the quoted line as it is: {plain}");
        assert!(plain.contains("  = aide : "), "{plain}");
        let styled = render_human(std::slice::from_ref(&d), &sources, style(Lang::Fr, true));
        assert!(styled.contains("erreur[E0101]\u{1b}[0m\u{1b}[1m : "), "{styled:?}");
        assert!(styled.contains("aide\u{1b}[0m : "), "{styled:?}");
        let english = render_human(std::slice::from_ref(&d), &sources, style(Lang::En, true));
        assert!(
            english.contains("error[E0101]\u{1b}[0m\u{1b}[1m: ") && english.contains("help\u{1b}[0m: "),
            "{english:?}"
        );
        // Cut to a terminal, the lines that continue the message and the help
        // start under their first word.
        for color in [false, true] {
            let cut =
                render_human(std::slice::from_ref(&d), &sources, TextStyle { lang: Lang::Fr, color, width: Some(40) });
            let lines: Vec<&str> = cut.lines().collect();
            for first in [0, lines.iter().position(|l| l.contains("aide") && l.contains(" : ")).unwrap()] {
                let column = visible_width(&lines[first][..lines[first].find(" : ").unwrap()]) + 3;
                let next = lines[first + 1];
                assert_eq!(next.len() - next.trim_start_matches(' ').len(), column, "{cut}");
            }
        }
    }

    #[test]
    fn in_a_terminal_the_line_a_help_says_to_write_is_never_cut() {
        let text = "title = 'L'atelier du COCO'\n".to_string();
        let (sources, file) = one_file(&text);
        let help = Message::new(MsgId::QuoteInsideHelp).arg("line", "title = \"L'atelier du COCO\"");
        let d = Diagnostic::at(crate::diagnostic::Code::Syntax, MsgId::ApostropheInApostrophes, file, 8..27).help(help);
        let out = render_human(
            std::slice::from_ref(&d),
            &sources,
            TextStyle { lang: Lang::Fr, color: false, width: Some(80) },
        );
        let lines: Vec<&str> = out.lines().collect();
        let at = lines.iter().position(|l| l.contains("aide")).unwrap();
        assert_eq!(lines[at], "  = aide : ce signe termine le texte ; écrivez plutôt :", "{out}");
        assert_eq!(lines[at + 1].trim_start(), "title = \"L'atelier du COCO\"", "{out}");
        // Where it all fits, it stays on one line.
        let out = render_human(
            std::slice::from_ref(&d),
            &sources,
            TextStyle { lang: Lang::Fr, color: false, width: Some(120) },
        );
        assert!(out.contains("écrivez plutôt : title = \"L'atelier du COCO\"\n"), "{out}");
    }

    #[test]
    fn in_a_terminal_a_long_label_is_cut_under_its_first_word_after_the_gutter() {
        // The quoted line ends with the label's words, and is left whole.
        let text = "k = # aucun indicateur n'a cet identifiant\n".to_string();
        let at = text.find('\n').unwrap();
        let (sources, file) = one_file(&text);
        let d = Diagnostic::at(crate::diagnostic::Code::Syntax, MsgId::Syntax, file, at..at)
            .label(MsgId::UnknownIndicatorLabel);
        for color in [false, true] {
            let style = TextStyle { lang: Lang::Fr, color, width: Some(70) };
            let out = render_human(std::slice::from_ref(&d), &sources, style);
            let lines: Vec<&str> = out.lines().collect();
            assert!(lines.iter().all(|l| visible_width(l) <= 70), "{out}");
            assert!(
                lines.iter().any(|l| without_styles(l) == "1 | k = # aucun indicateur n'a cet identifiant"),
                "{out}"
            );
            let mark = lines.iter().position(|l| l.contains('^')).unwrap();
            let (first, next) = (without_styles(lines[mark]), without_styles(lines[mark + 1]));
            assert_eq!(first, format!("  |{}^ aucun indicateur n'a", " ".repeat(43)), "{out}");
            assert_eq!(next, format!("  |{}cet identifiant", " ".repeat(45)), "{out}");
            if color {
                // The gutter and the label are styled as on the line above.
                let gutter = &lines[mark][..lines[mark].find('|').unwrap() + 5];
                assert!(lines[mark + 1].starts_with(gutter), "{out:?}");
                assert!(lines[mark + 1].ends_with("\u{1b}[1m\u{1b}[91mcet identifiant\u{1b}[0m"), "{out:?}");
            }
        }
        // Off a terminal, or where it fits, the label is one line.
        let whole =
            render_human(std::slice::from_ref(&d), &sources, TextStyle { lang: Lang::Fr, color: false, width: None });
        assert!(whole.contains("^ aucun indicateur n'a cet identifiant\n"), "{whole}");
        let wide = render_human(&[d], &sources, TextStyle { lang: Lang::Fr, color: false, width: Some(100) });
        assert_eq!(wide, whole);
    }

    #[test]
    fn no_workflow_command_is_made_by_joining_an_excerpt() {
        let text = "title = \"a##[error]x\"\n";
        let at = text.find("#[").unwrap();
        let ex = excerpt(&SourceFile::new("j.toml".into(), "j.toml".into(), text.to_string(), true), &(at..at + 1));
        assert!(!ex.text.contains("##["), "{}", ex.text);
        assert_eq!(&ex.text[ex.span.clone()], "#");
        let (joined, span) = no_command_across("a ##[b".to_string(), 4..5);
        assert_eq!((joined.as_str(), &joined[span]), ("a ##\\u{5b}b", "\\u{5b}"));
    }

    #[test]
    fn github_escapes_its_separators() {
        assert_eq!(gh_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(gh_data("one\ntwo"), "one%0Atwo");
        assert_eq!(gh_data("a\u{1b}[31m"), "a\\u{1b}[31m");
    }
}
