//! The command line, as clap definitions: every flag, with the help it shows.

use std::path::PathBuf;

pub mod errors;
mod fr;
mod localize;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use localize::{french_value, french_value_help, localized, typeset};

/// Keep a multi-year action plan as plain TOML files in git: check them,
/// record what happened, and see where every indicator stands each year.
#[derive(Debug, Parser)]
#[command(name = "plan", version, propagate_version = true, max_term_width = 100, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand takes.
#[derive(Debug, Args)]
pub struct Global {
    /// The plan directory (the folder that holds plan.toml). By default, the
    /// PLAN_DIR environment variable when it is set and not empty, else the first
    /// folder from here upwards that has a plan.toml or a plan/plan.toml.
    #[arg(long, global = true, value_name = "PATH")]
    pub dir: Option<PathBuf>,

    /// The language of messages and tables. By default, the plan's `language`.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// When to colour the output. `auto` colours a terminal only, and honours NO_COLOR.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Read the plan as committed at a git revision: a commit, tag or branch,
    /// HEAD~3, main@{2019-03-15}, or a date YYYY-MM-DD, yesterday or hier (the
    /// last commit on or before that day). Statuses are then as of that day, or of the commit's
    /// date, unless --as-of says otherwise. For check, status, show and report.
    #[arg(long, global = true, value_name = "REV", allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new plan: plan.toml, an example orientation to follow, an empty
    /// journal, documents/, all in the folder's plan/.
    ///
    /// The new plan passes `plan check`. Nothing that exists is replaced.
    Init(InitArgs),

    /// Check every file of the plan and report all problems, with file:line:col.
    ///
    /// Exits 0 when the plan is valid, 1 when it has errors (or warnings, with
    /// --deny-warnings), 2 when a file cannot be read.
    Check(CheckArgs),

    /// Show, for every indicator, its status in each year of the plan.
    ///
    /// A count is compared with its target (pro-rated in the current year), a
    /// milestone with its due year, an assessment takes its latest level.
    Status(StatusArgs),

    /// Record an activity: something that happened and counts toward indicators.
    ///
    /// The entry is checked against the plan, then added at the end of
    /// journal/<plan year>.toml; every byte already there stays as it was.
    Record(RecordArgs),

    /// Record the coordinator's judgement of an indicator of kind "assessment".
    ///
    /// LEVEL is achieved, on-track, at-risk or not-achieved (or, in French,
    /// atteint, en-bonne-voie, à-risque, non-atteint).
    Assess(AssessArgs),

    /// Record the words around the numbers: highlights, challenges, next steps,
    /// or the explanation of an indicator that is behind or missed.
    ///
    /// ID is any id of the plan, or "plan" for the whole plan. TOPIC is
    /// highlights, challenges, next-steps or explanation (or faits-saillants,
    /// défis, suites, explication).
    Note(NoteArgs),

    /// Remove the last entry that record, assess or note added, if the file
    /// still ends with it.
    ///
    /// Only that entry goes, and only if nothing was written after it; the
    /// file is rewritten whole or not at all. A second undo finds nothing.
    Undo(UndoArgs),

    /// Show one orientation, objective, action or indicator: its text, targets,
    /// status per year, and the journal entries that count toward it.
    Show(ShowArgs),

    /// Make the bilan: the report for funders and elected officials, as one
    /// HTML file to send or print (or Markdown).
    ///
    /// It has a cover, a summary, the plan at a glance, a section per
    /// orientation (narratives, each indicator with its chart, why it has its
    /// status, its assessments, activities and breakdowns), what to watch, and
    /// the method. Open the HTML file in a browser; to make a PDF, print it and
    /// choose "Save as PDF".
    Report(ReportArgs),

    /// Show what changed between two moments: statuses, roll-ups, entries
    /// added or removed, and the plan itself (targets, texts, indicators).
    ///
    /// FROM and TO are git revisions (a commit, tag or branch, HEAD~3) or
    /// dates YYYY-MM-DD (the last commit on or before that day), each judged
    /// as of its day (a revision: its commit's date). TO is by default the
    /// files as they are now, as of today. Outside git, dates compare the
    /// current files as of two days.
    Diff(DiffArgs),

    /// Print the script that makes a shell complete plan's commands, flags and
    /// the plan's own ids.
    ///
    /// Ids, tags and levels are completed from the plan of the current folder,
    /// each id with its text where the shell shows one. Load the script when
    /// the shell starts, and again after upgrading plan: bash, in ~/.bashrc,
    /// `source <(plan completions bash)`; zsh, in ~/.zshrc, `source <(plan
    /// completions zsh)`; fish, `plan completions fish | source` in
    /// ~/.config/fish/config.fish; PowerShell, `plan completions powershell |
    /// Out-String | Invoke-Expression` in $PROFILE; elvish, `eval (plan
    /// completions elvish | slurp)` in ~/.config/elvish/rc.elv.
    Completions(CompletionsArgs),

    /// Print the manual page (roff), in the UI language: every command and
    /// flag, the status rules and the exit codes.
    ///
    /// Read it with `plan man | man -l -`, or save it as plan.1 in a man
    /// folder.
    Man,

    /// Print JSON Schemas for the plan's files, so that an editor completes
    /// and checks them as you type (VS Code with Even Better TOML, or taplo).
    ///
    /// The journal's schema lists this plan's indicator ids, with their texts,
    /// and its tag values. With --write, the schemas go in plan/schema/ and a
    /// .taplo.toml beside plan/ tells the editor which file each one is for;
    /// write them again when the plan changes (plan check warns when they no
    /// longer match). plan check stays the authority.
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: ShellArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write the schemas in plan/schema/ and the .taplo.toml beside plan/,
    /// instead of printing the journal's schema.
    #[arg(long)]
    pub write: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier moment: a revision, or a date YYYY-MM-DD, yesterday or hier.
    #[arg(allow_hyphen_values = true)]
    pub from: String,

    /// The later moment: a revision or a date (or yesterday). Default: the files as they
    /// are now, as of today (or the revision --at names).
    #[arg(allow_hyphen_values = true)]
    pub to: Option<String>,

    /// `table` for the terminal, `markdown` to paste into minutes, `json` for data.
    #[arg(long, value_enum, default_value_t = DiffFormatArg::Table, value_name = "FORMAT")]
    pub format: DiffFormatArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormatArg {
    #[value(alias = "tableau")]
    Table,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The plan year of the bilan: the year it starts in (2018), or its name
    /// in the tables (2018-19 for fiscal years). Default: the whole plan.
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    pub year: Option<String>,

    /// The date the report is made as of (YYYY-MM-DD): later entries do not
    /// count. Default: today. A past year is judged on its whole result.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,

    /// `html`, one self-contained file to open, send and print; `markdown`;
    /// or `json`, the data a template receives (see --template).
    #[arg(long, value_enum, default_value_t = ReportFormat::Html, value_name = "FORMAT")]
    pub format: ReportFormat,

    /// The paper the HTML report is laid out for when printed.
    #[arg(long, value_enum, default_value_t = PaperArg::Letter, value_name = "PAPER")]
    pub paper: PaperArg,

    /// A template of your own (minijinja), for a funder's format. It receives
    /// the data described in docs/report-template.md (`--format json` shows
    /// it), and may extend the built-in "bilan.html". Text from the plan is
    /// escaped for --format: html or markdown.
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,

    /// The file to write, or `-` for standard output. Default: bilan-YEAR.html
    /// (or bilan-FIRST-LAST.html for the whole plan) in the current folder.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Add what changed since a revision or a date (YYYY-MM-DD, yesterday), such as the
    /// last bilan: statuses, roll-ups, entries and the plan itself, as `plan
    /// diff` shows them.
    #[arg(long, value_name = "REV|DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Markdown,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// US Letter (8.5 × 11 in), as in Québec.
    #[value(alias = "lettre")]
    Letter,
    /// A4 (210 × 297 mm).
    A4,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to make the plan in (its plan/ subfolder). Default: here.
    pub folder: Option<PathBuf>,

    /// The plan's title. Default: "Plan d'action START-END" (or "Action plan START-END").
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,

    /// The plan's first year. Default: this year.
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    pub start_year: Option<i32>,

    /// The plan's last year. Default: three years after the first.
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    pub end_year: Option<i32>,

    /// Also write a workflow that checks the plan on every push: `github`
    /// (.github/workflows/plan.yml).
    #[arg(long, value_enum, value_name = "SERVICE")]
    pub ci: Option<CiArg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CiArg {
    /// GitHub Actions.
    Github,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Show the entry that would be removed, and remove nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The id of an orientation, objective, action or indicator, or "plan".
    pub id: String,

    /// The date statuses are computed as of (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,

    /// `text` for people, `json` for data (each cell with the rule that decided it).
    #[arg(long, value_enum, default_value_t = ShowFormat::Text, value_name = "FORMAT")]
    pub format: ShowFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    #[value(alias = "texte")]
    Text,
    Json,
}

#[derive(Clone, Debug, Args)]
pub struct RecordArgs {
    /// What happened, e.g. "Rencontre du comité directeur". Without it, on a
    /// terminal, plan asks for each field in turn.
    pub title: Option<String>,

    /// The indicators it counts toward (one or more; the flag may also be repeated).
    #[arg(long = "indicator", short = 'i', value_name = "ID", num_args = 1..)]
    pub indicators: Vec<String>,

    #[command(flatten)]
    pub entry: EntryArgs,

    /// A note kept with the entry.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// How many it counts for (a whole number of 1 or more). Default: 1.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub amount: Option<String>,

    /// A tag, as NAME=VALUE, of a name declared under [tags] in plan.toml
    /// (repeatable: --tag territoire=Mékinac --tag territoire=Shawinigan).
    #[arg(long = "tag", value_name = "NAME=VALUE")]
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, Args)]
pub struct AssessArgs {
    /// The indicator judged (of kind "assessment"). Without it, on a
    /// terminal, plan asks for each field in turn.
    pub id: Option<String>,

    /// achieved, on-track, at-risk or not-achieved (or atteint, en-bonne-voie, à-risque, non-atteint).
    pub level: Option<String>,

    #[command(flatten)]
    pub entry: EntryArgs,

    /// A note kept with the entry.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Args)]
pub struct NoteArgs {
    /// The item it is about: any id of the plan, or "plan". Without it, on
    /// a terminal, plan asks for each field in turn.
    pub id: Option<String>,

    /// highlights, challenges, next-steps or explanation (or faits-saillants, défis, suites, explication).
    pub topic: Option<String>,

    /// What to say.
    pub text: Option<String>,

    #[command(flatten)]
    pub entry: EntryArgs,
}

/// Flags shared by `record`, `assess` and `note`.
#[derive(Clone, Debug, Args)]
pub struct EntryArgs {
    /// The day it happened: YYYY-MM-DD, or today, yesterday. Default: today.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,

    /// What proves it: a file of the plan's folder (documents/pv.pdf, or its
    /// path from the current folder, or in full: it is written from the
    /// plan's folder) or a web address (https://…). Repeatable.
    #[arg(long = "evidence", value_name = "PATH|URL")]
    pub evidence: Vec<String>,

    /// Print the TOML that would be added, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only this plan year: the year it starts in (2018), or its name in the
    /// tables (2018-19 for fiscal years).
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    pub year: Option<String>,

    /// Only the indicators of this orientation.
    #[arg(long, value_name = "ID")]
    pub orientation: Option<String>,

    /// Only this indicator, or the indicators under this action, objective or orientation.
    #[arg(long, value_name = "ID")]
    pub indicator: Option<String>,

    /// The date the report is made as of (YYYY-MM-DD): later entries do not count.
    /// Default: today.
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,

    /// The rows down to this level only: `objective` is a short summary for a
    /// committee, `plan` a single row. Default: every row, down to the indicators.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub level: Option<LevelArg>,

    /// Only the indicators that still need entries and have had none for longer
    /// than `stale_after_days` ([monitoring] in plan.toml; 90 by default).
    #[arg(long)]
    pub stale: bool,

    /// Break count indicators down by the values of a tag declared under [tags]
    /// in plan.toml, e.g. --by territoire.
    #[arg(long, value_name = "TAG")]
    pub by: Option<String>,

    /// `table` for the terminal; `html` to paste into Word or open in a
    /// browser; `xlsx` for Excel (a file: see --output); `markdown` for
    /// minutes kept as text; `csv` or `json` for data.
    #[arg(long, value_enum, default_value_t = StatusFormat::Table, value_name = "FORMAT")]
    pub format: StatusFormat,

    /// The file to write, or `-` for standard output. Default: standard
    /// output, except for xlsx: statut-DATE.xlsx (status-DATE.xlsx in
    /// English) in the current folder.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    /// The whole plan, one row.
    Plan,
    /// Orientations.
    Orientation,
    /// Orientations and objectives.
    #[value(alias = "objectif")]
    Objective,
    /// Orientations, objectives and actions.
    #[value(alias = "moyen")]
    Action,
    /// Every row, down to the indicators.
    #[value(alias = "indicateur")]
    Indicator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    #[value(alias = "tableau")]
    Table,
    Csv,
    Json,
    Markdown,
    Html,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// How to print problems: `human` (like a compiler), `json`, or `github`
    /// (GitHub Actions annotations).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human, value_name = "FORMAT")]
    pub format: CheckFormat,

    /// Fail (exit 1) when there are warnings, not only errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    #[value(alias = "humain")]
    Human,
    Json,
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Français
    Fr,
    /// English
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    #[value(alias = "toujours")]
    Always,
    #[value(alias = "jamais")]
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    /// Every command and every flag, by the command it is in.
    fn every_arg(cmd: &clap::Command) -> Vec<(String, &clap::Arg)> {
        let mut all: Vec<(String, &clap::Arg)> = cmd.get_arguments().map(|a| (String::new(), a)).collect();
        for sub in cmd.get_subcommands() {
            all.extend(sub.get_arguments().map(|a| (sub.get_name().to_string(), a)));
        }
        all
    }

    /// A value an English word names may be typed in French too, and means
    /// the same.
    #[test]
    fn values_take_their_french_spelling_too() {
        use clap::Parser;
        let parse = |args: &str| format!("{:?}", Cli::try_parse_from(args.split(' ')).unwrap());
        for (french, english) in [
            ("plan status --format tableau --level objectif", "plan status --format table --level objective"),
            ("plan status --level moyen", "plan status --level action"),
            ("plan status --level indicateur", "plan status --level indicator"),
            ("plan show 1 --format texte", "plan show 1 --format text"),
            ("plan check --format humain", "plan check --format human"),
            (
                "plan --color jamais diff 2019-01-01 --format tableau",
                "plan --color never diff 2019-01-01 --format table",
            ),
            ("plan --color toujours report --paper lettre", "plan --color always report --paper letter"),
        ] {
            assert_eq!(parse(french), parse(english), "{french}");
        }
    }

    #[test]
    fn every_command_and_flag_has_its_french() {
        let cmd = Cli::command();
        assert!(fr::command("plan").is_some());
        for sub in cmd.get_subcommands() {
            assert!(
                fr::command(sub.get_name()).is_some(),
                "plan {} has no French summary in cli/fr.rs",
                sub.get_name()
            );
        }
        for (command, arg) in every_arg(&cmd) {
            let id = arg.get_id();
            assert!(fr::arg(&command, id.as_str()).is_some(), "plan {command} --{id} has no French help in cli/fr.rs");
            for value in arg.get_possible_values().iter().filter(|v| v.get_help().is_some()) {
                let name = value.get_name();
                assert!(fr::value_help(name).is_some(), "the value {name} of --{id} has no French help in cli/fr.rs");
            }
        }
    }

    /// The French help has none of the English: not one flag's help, and
    /// none of the words clap adds itself.
    #[test]
    fn the_french_help_has_no_english() {
        let english = Cli::command();
        let mut helps: Vec<String> =
            english.get_arguments().filter_map(|a| a.get_help()).map(|h| h.to_string()).collect();
        for sub in english.get_subcommands() {
            helps.extend(sub.get_arguments().filter_map(|a| a.get_help()).map(|h| h.to_string()));
            helps.extend(sub.get_about().map(|h| h.to_string()));
        }
        let mut french = localized(Cli::command(), plan::model::Lang::Fr);
        french.build();
        let mut shown = vec![french.render_long_help().to_string(), french.render_help().to_string()];
        for sub in french.get_subcommands_mut() {
            shown.push(sub.render_long_help().to_string());
            shown.push(sub.render_help().to_string());
        }
        for page in &shown {
            for word in
                ["Usage", "Print", "Options:", "Arguments:", "Commands", "[default", "[possible", "<PATH>", "<FILE>"]
            {
                assert!(!page.contains(word), "{word:?} in the French help:\n{page}");
            }
            for help in &helps {
                let start: String = help.chars().take(40).collect();
                assert!(!page.contains(&start), "English help {start:?} in the French help:\n{page}");
            }
        }
        assert!(shown.iter().any(|p| p.contains("Utilisation\u{a0}: plan record [OPTIONS] [TITRE]")), "{shown:?}");
    }

    #[test]
    fn every_flag_has_help() {
        let cmd = Cli::command();
        let mut commands = vec![&cmd];
        commands.extend(cmd.get_subcommands());
        for c in commands {
            for arg in c.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                assert!(arg.get_help().is_some(), "{} --{id} has no help", c.get_name());
            }
        }
    }
}
