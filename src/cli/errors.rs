//! clap's usage errors, said again in the UI language from their kind and
//! context: what is wrong, a suggestion when there is one, the usage line,
//! and where to read more.

use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use plan::i18n::{Message, MsgId};
use plan::model::Lang;

use super::localize::french_value;

/// What a usage error says, in `lang`: `(message, help)`, then the usage line.
pub struct Said {
    pub message: Message,
    pub help: Option<Message>,
    pub usage: Option<String>,
}

/// The words for a clap error other than a request for help or the version,
/// in `command` (`plan record`, or `plan`); values named as `lang` spells them.
pub fn said(error: &Error, command: &str, lang: Lang) -> Said {
    let usage = text(error, ContextKind::Usage).map(|u| usage_line(&u));
    let message = message(error);
    let help = suggestion(error, lang)
        .or_else(|| hint(error, command, lang))
        .or_else(|| Some(Message::new(MsgId::CliMoreHelp).arg("command", command)));
    Said { message, help, usage }
}

fn message(error: &Error) -> Message {
    let arg = text(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = text(error, ContextKind::InvalidValue).unwrap_or_default();
    let with = |id: MsgId| Message::new(id).arg("arg", &arg).arg("value", &value);
    match error.kind() {
        ErrorKind::UnknownArgument => with(MsgId::CliUnknownArgument),
        ErrorKind::InvalidSubcommand => Message::new(MsgId::CliUnknownCommand)
            .arg("value", text(error, ContextKind::InvalidSubcommand).unwrap_or_default()),
        ErrorKind::InvalidValue if value.is_empty() => with(MsgId::CliValueMissing),
        ErrorKind::InvalidValue => with(MsgId::CliInvalidValue),
        ErrorKind::ValueValidation => with(MsgId::CliBadValue),
        ErrorKind::MissingRequiredArgument => with(MsgId::CliMissing),
        ErrorKind::MissingSubcommand => MsgId::CliNoCommand.into(),
        ErrorKind::ArgumentConflict => {
            let prior = text(error, ContextKind::PriorArg).unwrap_or_default();
            if prior == arg { with(MsgId::CliTwice) } else { with(MsgId::CliConflict).arg("prior", prior) }
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            with(MsgId::CliValueCount)
        }
        ErrorKind::InvalidUtf8 => MsgId::CliNotText.into(),
        ErrorKind::NoEquals => with(MsgId::CliNoEquals),
        _ => Message::new(MsgId::CliOther).arg("reason", error.kind()),
    }
}

/// clap's own suggestion: the nearest command, flag or value.
fn suggestion(error: &Error, lang: Lang) -> Option<Message> {
    let suggested = text(error, ContextKind::SuggestedSubcommand)
        .or_else(|| text(error, ContextKind::SuggestedArg))
        .or_else(|| text(error, ContextKind::SuggestedValue).and_then(|v| spelt(lang, vec![v]).pop()))?;
    Some(Message::new(MsgId::DidYouMean).arg("suggestion", suggested))
}

/// A hint for the mistakes people make: a second word after `record`'s
/// title (an indicator id without `-i`), a value not in the list.
fn hint(error: &Error, command: &str, lang: Lang) -> Option<Message> {
    let arg = text(error, ContextKind::InvalidArg).unwrap_or_default();
    match error.kind() {
        ErrorKind::UnknownArgument if command == "plan record" && !arg.starts_with('-') => {
            Some(Message::new(MsgId::CliIndicatorHint).arg("value", arg))
        }
        ErrorKind::UnknownArgument if !arg.starts_with('-') => {
            Some(Message::new(MsgId::CliQuoteHint).arg("command", command))
        }
        ErrorKind::InvalidValue => {
            let valid = texts(error, ContextKind::ValidValue).filter(|v| !v.is_empty())?;
            Some(Message::new(MsgId::CliValidValues).arg("list", spelt(lang, valid).join(", ")))
        }
        _ => None,
    }
}

/// Possible values as `lang` spells them: in French, each value's French
/// spelling when it has one (`objectif` for `objective`), as the French help
/// lists it.
fn spelt(lang: Lang, values: Vec<String>) -> Vec<String> {
    if lang == Lang::En {
        return values;
    }
    let cmd = super::Cli::command();
    let args: Vec<&clap::Arg> =
        cmd.get_arguments().chain(cmd.get_subcommands().flat_map(|s| s.get_arguments())).collect();
    let french = |value: String| {
        let possible = args.iter().flat_map(|a| a.get_possible_values()).find(|v| v.get_name() == value);
        possible.map_or(value, |v| french_value(&v).to_string())
    };
    values.into_iter().map(french).collect()
}

/// A context value as text (a list joined by commas).
fn text(error: &Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn texts(error: &Error, kind: ContextKind) -> Option<Vec<String>> {
    match error.get(kind)? {
        ContextValue::Strings(list) => Some(list.clone()),
        _ => None,
    }
}

/// The usage line without clap's "Usage:" heading.
fn usage_line(usage: &str) -> String {
    let usage = usage.trim();
    usage.strip_prefix("Usage:").map_or(usage, str::trim_start).to_string()
}

/// `Lang` is what the message is rendered in; kept here so callers need
/// not know clap.
pub fn usage_heading(lang: Lang) -> &'static str {
    MsgId::CliUsage.template(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usage_loses_its_heading() {
        assert_eq!(usage_line("Usage: plan check [OPTIONS]"), "plan check [OPTIONS]");
    }
}
