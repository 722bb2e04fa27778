//! Shell completion: `plan completions SHELL` prints the script a shell loads,
//! and that script calls plan back (with `PLAN_COMPLETE` set) on every Tab.
//! clap_complete's dynamic engine answers from the command line in the UI
//! language, with the plan of the current folder's ids, tags and words as
//! candidates, each id with its text.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Command, CommandFactory};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{CompleteEnv, Shells};
use plan::layout::find_plan_dir;
use plan::model::{IndicatorKind, Lang, Level, Plan, Topic};
use plan::source::Source;
use plan::workspace::Workspace;

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, io_reason, out};
use super::shared::usage::early_lang;
use crate::cli::{Cli, CompletionsArgs, ShellArg, french_value, french_value_help, localized};
use plan::i18n::MsgId;

/// The variable that asks plan to complete instead of run.
const VAR: &str = "PLAN_COMPLETE";

/// When a shell asks for completions, answers and exits; else returns.
pub fn complete_if_asked() {
    CompleteEnv::with_factory(completing_command).var(VAR).bin("plan").complete();
}

/// Prints the script that registers plan's completions in `args.shell`.
pub fn run(ctx: &Context, args: &CompletionsArgs) -> Result<Exit, Stop> {
    let name = match args.shell {
        ShellArg::Bash => "bash",
        ShellArg::Zsh => "zsh",
        ShellArg::Fish => "fish",
        ShellArg::Powershell => "powershell",
        ShellArg::Elvish => "elvish",
    };
    let shells = Shells::builtins();
    let shell = shells.completer(name).expect("clap_complete knows every shell of ShellArg");
    let completer = completer_path();
    let powershell = args.shell == ShellArg::Powershell;
    // PowerShell's path is written by `powershell_script`, not clap_complete.
    let called = if powershell { PATH_HERE } else { &completer };
    let mut script = Vec::new();
    let written = shell.write_registration(VAR, "plan", "plan", called, &mut script);
    let lang = ctx.lang(None);
    written.map_err(|e| Stop::trouble(lang, io_reason(MsgId::OutputFailed.into(), &e)))?;
    let script = String::from_utf8_lossy(&script).into_owned();
    out(lang, &if powershell { powershell_script(&script, &completer) } else { script })?;
    Ok(Exit::Success)
}

/// Where clap_complete's PowerShell script names the program it calls back.
const PATH_HERE: &str = "PLAN_COMPLETER_PATH";

/// What clap_complete's PowerShell script runs on each Tab (its version is
/// pinned: a unit test fails if this is no longer in it).
const POWERSHELL_CALL: &str = "    $results = Invoke-Expression @\"\n& PLAN_COMPLETER_PATH -- $args\n\"@;\n";

/// clap_complete's PowerShell script, made safe for a French Windows.
/// PowerShell reads what plan prints in the console's code page (an OEM one,
/// such as 850, unless set otherwise), so `à-risque` and every accented help
/// would come garbled: the call runs with UTF-8 as the console's encoding,
/// which is put back after. And the program's path is written in ASCII, so
/// that a path such as `C:\Users\Hélène\…` survives the script being read in
/// that code page too (`plan completions powershell | Out-String`), quoted
/// so that spaces and quotes in it are kept.
fn powershell_script(script: &str, completer: &str) -> String {
    let lines = [
        "    $encoding = [Console]::OutputEncoding;".to_string(),
        "    try {".to_string(),
        "        try { [Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false) } catch {}".to_string(),
        "        $results = Invoke-Expression @\"".to_string(),
        format!("& {} -- $args", powershell_quoted(completer)),
        "\"@;".to_string(),
        "    } finally {".to_string(),
        "        try { [Console]::OutputEncoding = $encoding } catch {}".to_string(),
        "    }".to_string(),
    ];
    let call = lines.join("\n") + "\n";
    script.replace(POWERSHELL_CALL, &call)
}

/// `text` as a single-quoted PowerShell string inside an expandable
/// here-string, in ASCII: a quote doubled, `$` and the backtick escaped, and
/// every other character past ASCII as `$([char]0x00E9)`.
fn powershell_quoted(text: &str) -> String {
    let mut quoted = String::from("'");
    for c in text.chars() {
        match c {
            '\'' => quoted.push_str("''"),
            '$' | '`' | '"' => quoted.extend(['`', c]),
            c if c.is_ascii() && !c.is_ascii_control() => quoted.push(c),
            c => {
                let mut units = [0; 2];
                for unit in c.encode_utf16(&mut units) {
                    quoted += &format!("$([char]0x{unit:04X})");
                }
            }
        }
    }
    quoted + "'"
}

/// The program the script calls back: this one, by the name it was run
/// with, made absolute when it is a relative path (as clap_complete does).
fn completer_path() -> String {
    let first = std::env::args_os().next().unwrap_or_else(|| OsString::from("plan"));
    let mut path = PathBuf::from(first);
    if path.components().count() > 1
        && path.is_relative()
        && let Ok(cwd) = std::env::current_dir()
    {
        path = cwd.join(path);
    }
    path.to_string_lossy().into_owned()
}

/// The command line as completions see it: in the UI language, with the
/// plan's candidates attached to the arguments that take ids, tags or words.
pub fn completing_command() -> Command {
    // The shell calls `plan -- plan WORDS…`: the language is the one the
    // line being completed would run in (its `--lang`, its plan's).
    let line: Vec<OsString> = std::env::args_os().skip_while(|a| a != "--").skip(1).collect();
    let lang = early_lang(&line);
    let ids = |which: Which| ArgValueCandidates::new(move || candidates(which));
    let cmd = localized(Cli::command(), lang);
    let cmd = if lang == Lang::Fr { french_values(cmd) } else { cmd };
    cmd.mut_subcommand("show", |c| c.mut_arg("id", |a| a.add(ids(Which::Any))))
        .mut_subcommand("record", |c| {
            c.mut_arg("indicators", |a| a.add(ids(Which::Counted))).mut_arg("tags", |a| a.add(ids(Which::TagValues)))
        })
        .mut_subcommand("assess", |c| {
            c.mut_arg("id", |a| a.add(ids(Which::Judged))).mut_arg("level", |a| a.add(ids(Which::Levels(lang))))
        })
        // mut_arg moves an argument to the end: positionals are touched in
        // their order, all of them, so that they keep it.
        .mut_subcommand("note", |c| {
            c.mut_arg("id", |a| a.add(ids(Which::AnyOrPlan)))
                .mut_arg("topic", |a| a.add(ids(Which::Topics(lang))))
                .mut_arg("text", |a| a)
        })
        .mut_subcommand("status", |c| {
            c.mut_arg("indicator", |a| a.add(ids(Which::Any)))
                .mut_arg("orientation", |a| a.add(ids(Which::Orientations)))
                .mut_arg("by", |a| a.add(ids(Which::TagNames)))
        })
}

/// In French, the values of a flag offered as the French help lists them
/// (`--level objectif`, `--format tableau`), each with what it means in
/// French. Their English names, which plan takes too, are offered only when
/// no French spelling fits what is typed (`--level act` gives `action`).
fn french_values(cmd: Command) -> Command {
    cmd.mut_args(|arg| {
        let values: Vec<PossibleValue> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
        if values.is_empty() {
            return arg;
        }
        arg.add(ArgValueCandidates::new(move || values.iter().flat_map(french_candidates).collect()))
    })
    .mut_subcommands(french_values)
}

/// A possible value as French completion offers it: its French spelling,
/// then its English name hidden, when they differ.
fn french_candidates(value: &PossibleValue) -> Vec<CompletionCandidate> {
    let candidate = |name: &str| CompletionCandidate::new(name).help(french_value_help(value).map(Into::into));
    let french = french_value(value);
    let english = (french != value.get_name()).then(|| candidate(value.get_name()).hide(true));
    std::iter::once(candidate(french)).chain(english).collect()
}

/// Which values an argument takes.
#[derive(Clone, Copy)]
enum Which {
    /// Any id of the plan.
    Any,
    /// Any id, or `plan`.
    AnyOrPlan,
    /// The ids of orientations.
    Orientations,
    /// Indicators that activities count toward (counts and milestones).
    Counted,
    /// Indicators judged by a level.
    Judged,
    /// `name=value` for every declared tag value.
    TagValues,
    /// The names of the declared tags.
    TagNames,
    /// The level words, in the plan's language (else the UI's).
    Levels(Lang),
    /// The topic words, likewise.
    Topics(Lang),
}

/// The candidates for `which`, from the plan of the current folder (or
/// `PLAN_DIR`); none when there is no plan to read.
fn candidates(which: Which) -> Vec<CompletionCandidate> {
    let Some(plan) = plan_here() else { return Vec::new() };
    let lang = |ui: Lang| plan.meta.language.unwrap_or(ui);
    match which {
        Which::Levels(ui) => Level::ALL.iter().map(|l| CompletionCandidate::new(l.word().of(lang(ui)))).collect(),
        Which::Topics(ui) => Topic::ALL.iter().map(|t| CompletionCandidate::new(t.word().of(lang(ui)))).collect(),
        Which::TagNames => plan.meta.tags.iter().map(|t| CompletionCandidate::new(&t.name.value)).collect(),
        Which::TagValues => tag_values(&plan),
        _ => ids(&plan, which),
    }
}

/// Every `name=value` the plan's `[tags]` declares.
fn tag_values(plan: &Plan) -> Vec<CompletionCandidate> {
    let pairs =
        plan.meta.tags.iter().flat_map(|t| t.values.iter().map(move |v| format!("{}={}", t.name.value, v.value)));
    pairs.map(CompletionCandidate::new).collect()
}

/// The ids `which` takes, in plan order, each with its title or text.
fn ids(plan: &Plan, which: Which) -> Vec<CompletionCandidate> {
    let wanted = |node: plan::model::Node| match (which, node) {
        (Which::Orientations, plan::model::Node::Orientation(_)) => true,
        (Which::Counted, plan::model::Node::Indicator(i)) => i.kind != IndicatorKind::Assessment,
        (Which::Judged, plan::model::Node::Indicator(i)) => i.kind == IndicatorKind::Assessment,
        (Which::Any | Which::AnyOrPlan, _) => true,
        _ => false,
    };
    let mut seen = std::collections::HashSet::new();
    let nodes = plan.tree().walk().map(|trail| trail.node()).filter(|n| wanted(*n));
    let mut out: Vec<CompletionCandidate> = nodes
        .filter(|n| seen.insert(n.id().value.clone()))
        .map(|n| CompletionCandidate::new(&n.id().value).help(Some(one_line(n.title()).into())))
        .collect();
    if matches!(which, Which::AnyOrPlan) {
        out.push(CompletionCandidate::new("plan").help(Some(one_line(&plan.meta.title).into())));
    }
    out
}

/// A text on one line, as a shell's description column needs it.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plan the command would read: from the current folder upwards, or
/// `PLAN_DIR`; its definitions only, not the journal, so that a Tab costs
/// no more on a big journal. Read even when it has errors: its ids are still
/// worth offering.
fn plan_here() -> Option<Plan> {
    let cwd = std::env::current_dir().ok()?;
    let explicit = std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty()).map(PathBuf::from);
    let dir = find_plan_dir(&cwd, explicit.as_deref()).ok()?;
    Workspace::open(Source::Definitions { dir, cwd }).plan
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path is written in ASCII, and kept whole: accents, spaces, quotes,
    /// `$` and backticks, and a character past the first 65,536.
    #[test]
    fn a_path_is_quoted_for_powershell_in_ascii() {
        let quoted = powershell_quoted(r"C:\Users\Hélène O'Brien\$x`\𝄞\plan.exe");
        assert_eq!(
            quoted,
            r"'C:\Users\H$([char]0x00E9)l$([char]0x00E8)ne O''Brien\`$x``\$([char]0xD834)$([char]0xDD1E)\plan.exe'"
        );
        assert!(quoted.is_ascii());
    }

    /// clap_complete's script (pinned) still runs plan where we look for it:
    /// around that call, the console's encoding is UTF-8, and put back after.
    #[test]
    fn powershell_reads_what_plan_prints_as_utf8() {
        let shells = Shells::builtins();
        let mut script = Vec::new();
        shells
            .completer("powershell")
            .unwrap()
            .write_registration(VAR, "plan", "plan", PATH_HERE, &mut script)
            .unwrap();
        let script = String::from_utf8(script).unwrap();
        assert!(script.contains(POWERSHELL_CALL), "{script}");
        let made = powershell_script(&script, r"C:\Users\Hélène\plan.exe");
        let call = "[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false) } catch {}\n        \
                    $results = Invoke-Expression @\"\n& 'C:\\Users\\H$([char]0x00E9)l$([char]0x00E8)ne\\plan.exe' -- $args\n\"@;\n    \
                    } finally {\n        try { [Console]::OutputEncoding = $encoding } catch {}";
        assert!(made.contains(call), "{made}");
        assert!(made.is_ascii() && !made.contains(PATH_HERE), "{made}");
    }
}
