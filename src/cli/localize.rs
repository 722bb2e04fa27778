//! The command line in the UI language. clap cannot translate itself: in
//! French, every summary, flag help, value name and heading is replaced
//! before parsing, and the words clap would add in English (defaults,
//! possible values, "Usage:") are written by us.

use clap::builder::{PossibleValue, Str};
use clap::{Arg, ArgAction, Command};
use plan::model::Lang;

use super::fr;

/// A no-break space: French puts one before a colon.
const NBSP: char = '\u{a0}';

/// `cmd` as it shows in `lang`. In English it is the `///` docs as written.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    match lang {
        Lang::En => cmd,
        Lang::Fr => french(
            cmd.disable_version_flag(true)
                .propagate_version(false)
                .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version)),
        ),
    }
}

/// One command and its subcommands in French.
fn french(cmd: Command) -> Command {
    let name = cmd.get_name().to_string();
    let (about, more) = fr::command(&name).unwrap_or(("", ""));
    let long = if more.is_empty() { about.to_string() } else { format!("{about}\n\n{more}") };
    cmd.about(typeset(about))
        .long_about(typeset(&long))
        .help_template(format!("{{about-with-newline}}\nUtilisation{NBSP}: {{usage}}\n\n{{all-args}}{{after-help}}"))
        .subcommand_help_heading("Commandes\u{a0}")
        .subcommand_value_name("COMMANDE")
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help))
        .mut_args(|arg| french_arg(&name, arg))
        .mut_subcommands(french)
}

/// One flag or argument in French: its help, with its default and possible
/// values said in French, its value name, and its heading.
fn french_arg(command: &str, arg: Arg) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let (short, long) = french_helps(&arg, typeset(fr::arg(command, &id).unwrap_or_default()));
    let takes_values = arg.get_action().takes_values();
    let heading = match () {
        () if arg.is_positional() => "Arguments\u{a0}",
        () if arg.is_global_set() => "Options de toutes les commandes\u{a0}",
        () => "Options\u{a0}",
    };
    let names: Vec<Str> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| fr::value_name(n.as_str()).map_or_else(|| n.clone(), Str::from)).collect(),
        None => fr::value_name(&id.to_uppercase()).map(Str::from).into_iter().collect(),
    };
    let arg = arg.help(short).long_help(long).help_heading(heading);
    match takes_values {
        true if names.is_empty() => arg.hide_possible_values(true).hide_default_value(true),
        true => arg.hide_possible_values(true).hide_default_value(true).value_names(names),
        false => arg,
    }
}

/// An argument's help for `-h` and for `--help`: its `text`, then its
/// possible values (their French spellings) and its default, said in French.
/// In `--help`, values that have a meaning are listed one a line with it.
fn french_helps(arg: &Arg, text: String) -> (String, String) {
    let possible: Vec<PossibleValue> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    let listed = arg.get_action().takes_values() && !possible.is_empty() && !arg.is_hide_possible_values_set();
    let values: Vec<&str> = possible.iter().map(french_value).collect();
    let french = |default: &std::ffi::OsStr| {
        let possible = possible.iter().find(|v| v.get_name() == default);
        possible.map_or_else(|| default.to_string_lossy().into_owned(), |v| french_value(v).to_string())
    };
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| french(v)).collect();
    let default = (!defaults.is_empty() && !arg.is_hide_default_value_set())
        .then(|| format!("[par défaut{NBSP}: {}]", defaults.join(", ")));
    let inline = listed.then(|| format!("[valeurs{NBSP}: {}]", values.join(", ")));
    let short = [Some(text.clone()), inline, default.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let meanings: Option<Vec<(&str, &str)>> =
        possible.iter().map(|v| Some((french_value(v), french_value_help(v)?))).collect();
    match meanings.filter(|m| listed && !m.is_empty()) {
        Some(meanings) => {
            let long = [Some(text), Some(value_list(&meanings)), default].into_iter().flatten();
            (short, long.collect::<Vec<_>>().join("\n\n"))
        }
        None => (short.clone(), short),
    }
}

/// The values an argument takes, each with what it means, as `--help`
/// lists them (clap's "Possible values:" in English).
fn value_list(meanings: &[(&str, &str)]) -> String {
    let width = meanings.iter().map(|(name, _)| name.chars().count()).max().unwrap_or(0);
    let line = |(name, meaning): &(&str, &str)| {
        format!("- {name}{NBSP}:{:pad$} {meaning}", "", pad = width - name.chars().count())
    };
    let lines: Vec<String> = meanings.iter().map(line).collect();
    format!("Valeurs possibles{NBSP}:\n{}", lines.join("\n"))
}

/// French spacing: a no-break space inside « » and before : ; ? !, so that
/// a line never breaks between a word and its mark.
pub fn typeset(text: &str) -> String {
    text.replace("« ", "«\u{a0}")
        .replace(" »", "\u{a0}»")
        .replace(" :", "\u{a0}:")
        .replace(" ;", "\u{a0};")
        .replace(" ?", "\u{a0}?")
}

/// What a possible value means, in French (a shell's completion shows it).
pub fn french_value_help(possible: &PossibleValue) -> Option<&'static str> {
    possible.get_help().and(fr::value_help(possible.get_name()))
}

/// A possible value as the French help shows it: its French spelling, when
/// it has one (its alias: `--level objectif`), else its name.
pub fn french_value(possible: &PossibleValue) -> &str {
    possible.get_name_and_aliases().nth(1).unwrap_or(possible.get_name())
}
