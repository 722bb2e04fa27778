//! The template engine (minijinja) as plan runs it, for the bilan and the HTML
//! status table, built in or supplied by a user: an undefined value is an
//! error, not an empty string; loops and recursion have a budget, so that no
//! template can hang; and every value a template prints is escaped once, for
//! HTML or for Markdown, unless plan itself marked it safe (its SVG charts).

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior};

use super::escape::{html_text, markdown_text};
use super::locale::{decimal, long_date, number, percent};
use crate::model::Lang;

/// How a template's output is escaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    Html,
    Markdown,
}

/// The built-in templates, by name; a user's template may extend them.
const BUILT_IN: [(&str, &str); 4] = [
    ("bilan.html", include_str!("templates/bilan.html")),
    ("bilan.css", include_str!("templates/bilan.css")),
    ("bilan.md", include_str!("templates/bilan.md")),
    ("status.html", include_str!("templates/status.html")),
];

/// The steps a template may take: far more than the built-in bilan needs on
/// any plan (it lists a bounded number of entries per indicator), few enough
/// that a runaway loop stops within seconds.
const FUEL: u64 = 50_000_000;

/// Why a template could not be rendered: where, and what went wrong.
#[derive(Debug)]
pub struct TemplateError {
    /// The template's name, as given.
    pub name: String,
    pub line: Option<usize>,
    /// What minijinja said, in English (it has no other language).
    pub reason: String,
}

/// Renders the template `name` with `context`: a built-in one, or, when
/// `source` is given, that text, which may `{% extends %}` or `{% include %}`
/// the built-in ones by name.
pub fn render(
    name: &str,
    source: Option<&str>,
    escape: Escape,
    lang: Lang,
    context: Value,
) -> Result<String, TemplateError> {
    let env = environment(escape, lang);
    let fail = |e: Error| error(name, &e);
    let template = match source {
        Some(text) => env.template_from_named_str(name, text).map_err(fail)?,
        None => env.get_template(name).map_err(fail)?,
    };
    template.render(context).map_err(fail)
}

fn error(name: &str, e: &Error) -> TemplateError {
    let mut reason = e.detail().map_or_else(|| e.kind().to_string(), |d| format!("{}: {d}", e.kind()));
    if e.kind() == ErrorKind::OutOfFuel {
        reason = format!("{reason} (the template took more than {FUEL} steps)");
    }
    TemplateError { name: e.name().unwrap_or(name).to_string(), line: e.line(), reason }
}

fn environment(escape: Escape, lang: Lang) -> Environment<'static> {
    let mut env = Environment::new();
    // A line that holds only a block tag leaves no line in the output.
    let syntax = SyntaxConfig::builder().trim_blocks(true).lstrip_blocks(true).build();
    env.set_syntax(syntax.expect("the default delimiters are valid"));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env.set_auto_escape_callback(move |_| match escape {
        Escape::Html => AutoEscape::Html,
        Escape::Markdown => AutoEscape::Custom("markdown".into()),
    });
    env.set_formatter(move |out, state, value| format(out, state, value, escape));
    env.add_filter("date", move |v: &Value| date(v, lang));
    env.add_filter("number", move |v: &Value, kwargs: Kwargs| format_number(v, &kwargs, lang));
    env.add_filter("percent", move |v: f64, kwargs: Kwargs| -> Result<String, Error> {
        let places: Option<usize> = kwargs.get("places")?;
        kwargs.assert_all_used()?;
        Ok(percent(v, places.unwrap_or(1), lang))
    });
    env.add_filter("css_string", css_string);
    // Last: a template is compiled with the settings above.
    for (name, text) in BUILT_IN {
        env.add_template(name, text).expect("the built-in templates are valid");
    }
    env
}

/// Prints a value: safe markup as it is, none as nothing, anything else as
/// text escaped for the output's format.
fn format(out: &mut Output, _state: &mut State, value: &Value, escape: Escape) -> Result<(), Error> {
    if value.is_safe() {
        return write!(out, "{value}").map_err(|_| Error::from(ErrorKind::WriteFailure));
    }
    if value.is_none() {
        return Ok(());
    }
    let text = value.to_string();
    let escaped = match escape {
        Escape::Html => html_text(&text),
        Escape::Markdown => markdown_text(&text),
    };
    out.write_str(&escaped).map_err(|_| Error::from(ErrorKind::WriteFailure))
}

/// `{{ "2017-09-14"|date }}`: a date of the data in words, in the UI language.
fn date(value: &Value, lang: Lang) -> Result<String, Error> {
    value
        .as_str()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .map(|d| long_date(d, lang))
        .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("date expects YYYY-MM-DD, not {value}")))
}

/// `{{ n|number }}`, `{{ x|number(places=1) }}`: a number with its thousands
/// grouped and the language's decimal mark.
fn format_number(value: &Value, kwargs: &Kwargs, lang: Lang) -> Result<String, Error> {
    let places: Option<usize> = kwargs.get("places")?;
    kwargs.assert_all_used()?;
    if value.kind() != ValueKind::Number {
        return Err(Error::new(ErrorKind::InvalidOperation, format!("number expects a number, not {value}")));
    }
    match (places, u64::try_from(value.clone())) {
        (None, Ok(n)) => Ok(number(n, lang)),
        _ => {
            let x = f64::try_from(value.clone())?;
            Ok(decimal(x, places.unwrap_or(1), lang))
        }
    }
}

/// `{{ text|css_string }}`: text as a quoted CSS string, for a stylesheet's
/// `content:`. Everything but letters, digits and spaces is written as a
/// six-digit escape, so nothing in it can end the string or the stylesheet.
fn css_string(text: &str) -> Value {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:06x}", c as u32));
        }
    }
    out.push('"');
    Value::from_safe_string(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str, escape: Escape, ctx: Value) -> Result<String, TemplateError> {
        render("test", Some(source), escape, Lang::Fr, ctx)
    }

    #[test]
    fn values_are_escaped_for_their_format() {
        let ctx = Value::from(minijinja::value::Serde(serde_json::json!({"t": "<b>*x*</b>\u{1b}"})));
        assert_eq!(run("{{ t }}", Escape::Html, ctx.clone()).unwrap(), "&lt;b&gt;*x*&lt;/b&gt;\\u{1b}");
        // A viewer shows `\\u{1b}` as `\u{1b}`: the escape is shown, not the control.
        assert_eq!(run("{{ t }}", Escape::Markdown, ctx).unwrap(), "\\<b\\>\\*x\\*\\</b\\>\\\\u{1b}");
    }

    #[test]
    fn an_undefined_value_is_an_error_with_its_line() {
        let e = run("ok\n{{ missing.field }}", Escape::Html, Value::from(())).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.reason.contains("undefined"), "{}", e.reason);
    }

    #[test]
    fn a_runaway_loop_runs_out_of_fuel() {
        let source = "{% for a in range(10000) %}{% for b in range(10000) %}x{% endfor %}{% endfor %}";
        let e = run(source, Escape::Html, Value::from(())).unwrap_err();
        assert!(e.reason.contains("fuel"), "{}", e.reason);
    }

    #[test]
    fn filters_speak_the_language() {
        let out = run(
            "{{ '2017-09-14'|date }} {{ 1234|number }} {{ 0.5|percent }} {{ 0.4|percent(places=0) }}",
            Escape::Html,
            Value::from(()),
        );
        assert_eq!(out.unwrap(), "14 septembre 2017 1\u{a0}234 50,0\u{a0}% 40\u{a0}%");
        let css = run("{{ 'a\"b</style>'|css_string }}", Escape::Html, Value::from(())).unwrap();
        assert_eq!(css, "\"a\\000022b\\00003c\\00002fstyle\\00003e\"");
    }
}
