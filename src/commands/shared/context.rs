//! The context every command runs in, resolved once from the global flags and
//! the environment: where we are, the plan folder asked for, the language,
//! today's date, the terminal, and the way to a valid plan.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use plan::i18n::{Message, MsgId};
use plan::layout::{NoPlan, display_path, find_plan_dir};
use plan::model::Lang;
use plan::render::{self, Options};
use plan::source::{Revision, Source, short};
use plan::suggest::closest;
use plan::workspace::{Valid, Workspace};
use plan::write::Pace;

use super::args;
use super::output::{Stop, err, stderr_style, warn};
use super::revision;
use crate::cli::{Global, LangArg};

/// What every command knows before it starts.
#[derive(Debug)]
pub struct Context {
    pub cwd: PathBuf,
    /// `--dir` (or `PLAN_DIR`).
    dir: Option<PathBuf>,
    /// `--lang`.
    lang: Option<Lang>,
    /// `--at`: the revision to read the plan at, and as it was written.
    pub at: Option<Revision>,
    at_text: Option<String>,
    /// The language the environment asks for (`LANG`), when nothing else says.
    env_lang: Lang,
    /// Today, in local time: the default as-of date and entry date.
    pub today: NaiveDate,
    /// The day a report says it was made: today, or the day `SOURCE_DATE_EPOCH`
    /// gives, for reports that must come out the same on every run.
    pub made: NaiveDate,
    /// Whether colour reaches stdout (a terminal, no NO_COLOR, or --color always).
    pub color: bool,
    /// The terminal's width; `COLUMNS`, or 120, when stdout is not a terminal.
    pub width: usize,
    /// The terminal's height, when stdout is one.
    pub height: Option<usize>,
    /// How journal files are written (slowly, only for the test that kills `record`).
    pub pace: Pace,
}

/// Set by one test, so that it can kill `record` while it writes.
const SLOW_WRITE_VAR: &str = "PLAN_TEST_SLOW_WRITE";

/// Where a plan was read from.
#[derive(Debug)]
pub struct Opened {
    /// The plan directory in the work tree (at a revision, where it was).
    pub dir: PathBuf,
    /// The plan directory as summaries show it: `plan/`, or `a1b2c3d4e5:plan/`.
    pub shown: String,
    /// At a revision: the commit, and the day it stands for.
    pub at: Option<At>,
}

/// The commit a plan was read at, and the day it stands for.
#[derive(Clone, Debug)]
pub struct At {
    pub commit: String,
    pub day: NaiveDate,
}

/// A plan ready for a command other than `check`, and the language to speak.
///
/// `status` and `record` (and `check`, its workspace) do not drop it: the
/// process ends right after, and freeing a million entries one by one took a
/// twentieth of the time.
#[derive(Debug)]
pub struct Ready {
    pub valid: Valid,
    pub lang: Lang,
    /// The plan directory.
    pub dir: PathBuf,
    /// At a revision: the commit, and the day it stands for.
    pub at: Option<At>,
}

impl Context {
    /// Resolves the global flags and the environment, once.
    pub fn resolve(global: &Global) -> Result<Context, Stop> {
        let env_lang = env_lang(|name| std::env::var_os(name));
        let lang = global.lang.map(|l| match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        });
        let cwd = std::env::current_dir().map_err(|e| {
            Stop::trouble(lang.unwrap_or(env_lang), Message::new(MsgId::CwdUnreadable).arg("reason", e))
        })?;
        let today = chrono::Local::now().date_naive();
        Ok(Context {
            cwd,
            dir: global
                .dir
                .clone()
                .or_else(|| std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty()).map(PathBuf::from)),
            lang,
            at: global.at.as_deref().map(|text| revision::parse(text, today)),
            at_text: global.at.clone(),
            env_lang,
            today,
            made: source_date().unwrap_or_else(|| chrono::Local::now().date_naive()),
            color: anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
            width: terminal_width(),
            height: terminal_height(),
            pace: if std::env::var_os(SLOW_WRITE_VAR).is_some() { Pace::Slow } else { Pace::Full },
        })
    }

    /// `--at` as written, if given.
    pub fn at_text(&self) -> Option<String> {
        self.at_text.clone()
    }

    /// The UI language: `--lang`, else the plan's, else French when `LANG` says so, else English.
    pub fn lang(&self, plan: Option<Lang>) -> Lang {
        self.lang.or(plan).unwrap_or(self.env_lang)
    }

    /// How to render for stdout in `lang`.
    pub fn options(&self, lang: Lang) -> Options {
        Options { lang, color: self.color, width: self.width, height: self.height }
    }

    /// The plan directory: `--dir`, or the first folder from here upwards with a plan.
    pub fn plan_dir(&self) -> Result<PathBuf, Stop> {
        find_plan_dir(&self.cwd, self.dir.as_deref()).map_err(|no| {
            let lang = self.lang(None);
            match no {
                NoPlan::NotFound => {
                    let message = Message::new(MsgId::NoPlanFound).arg("dir", display_path(&self.cwd, &self.cwd));
                    Stop::trouble(lang, message).help(Some(MsgId::NoPlanFoundHelp.into()))
                }
                NoPlan::OtherOwner { dir, owner } => {
                    let shown = display_path(&dir, &self.cwd);
                    let message = Message::new(MsgId::PlanOfOtherUser).arg("dir", &shown).arg("owner", owner);
                    let help = Message::new(MsgId::PlanOfOtherUserHelp).arg("dir", &shown);
                    Stop::trouble(lang, message).help(Some(help))
                }
            }
        })
    }

    /// The plan, with every file read and checked: as it is, or at `--at`.
    pub fn open(&self) -> Result<(Opened, Workspace), Stop> {
        self.open_at(self.at.as_ref())
    }

    /// The plan as it is (`None`), or as committed at a revision.
    pub fn open_at(&self, revision: Option<&Revision>) -> Result<(Opened, Workspace), Stop> {
        let Some(revision) = revision else {
            let dir = self.plan_dir()?;
            let shown = self.shown_dir(&dir);
            let workspace = Workspace::open(Source::Dir { dir: dir.clone(), cwd: self.cwd.clone() });
            return Ok((Opened { dir, shown, at: None }, workspace));
        };
        let snapshot = revision::at(&self.cwd, self.dir.as_deref(), revision, self.lang(None))?;
        let folder = if snapshot.dir.is_empty() { "./" } else { snapshot.dir.as_str() };
        let shown = format!("{}:{folder}", short(&snapshot.commit));
        let at = At { commit: snapshot.commit.clone(), day: snapshot.day };
        let dir = snapshot.work_dir.clone();
        Ok((Opened { dir, shown, at: Some(at) }, Workspace::open(Source::Revision(snapshot))))
    }

    /// The plan for a command other than `check`: a plan with errors is refused,
    /// with its first error and a pointer to `plan check`.
    pub fn valid_plan(&self) -> Result<Ready, Stop> {
        self.valid_plan_at(self.at.as_ref())
    }

    /// The plan for a command that writes to it: never at a revision.
    pub fn plan_to_write(&self, command: &str) -> Result<Ready, Stop> {
        if self.at.is_some() {
            let message = Message::new(MsgId::AtWritesNothing).arg("command", command);
            return Err(Stop::trouble(self.lang(None), message));
        }
        self.valid_plan()
    }

    /// The valid plan as it is, or at a revision.
    pub fn valid_plan_at(&self, revision: Option<&Revision>) -> Result<Ready, Stop> {
        let (opened, workspace) = self.open_at(revision)?;
        let lang = self.lang(workspace.language());
        let exit_trouble = workspace.has_io_errors();
        let errors = workspace.tally().errors;
        match workspace.valid() {
            Ok(valid) => Ok(Ready { valid, lang, dir: opened.dir, at: opened.at }),
            Err(workspace) => {
                let message = Message::new(MsgId::RefusedPlanHasErrors).arg("n", errors);
                let stop = if exit_trouble { Stop::trouble(lang, message) } else { Stop::refused(lang, message) };
                Err(stop.after(first_error(&workspace, lang)))
            }
        }
    }

    /// The plan directory as shown in summaries, raw: `plan/`.
    pub fn shown_dir(&self, dir: &Path) -> String {
        let shown = display_path(dir, &self.cwd);
        if shown.ends_with('/') { shown } else { shown + "/" }
    }
}

impl Ready {
    /// The as-of date: `--as-of`, else the day of the revision read, else today.
    pub fn as_of(&self, text: Option<&str>, today: NaiveDate) -> Result<NaiveDate, Stop> {
        args::date_or(self.lang, text, self.at.as_ref().map_or(today, |at| at.day), today)
    }

    /// After a command has shown figures: the plan's first warning, as `plan
    /// check` shows it, and how many there are, on stderr. Said of the plan
    /// as it is, not as it was at a revision, which no one can mend.
    pub fn tell_warnings(&self) {
        let warnings = &self.valid.warnings;
        let Some(first) = warnings.first().filter(|_| self.at.is_none()) else {
            return;
        };
        let shown = render::render_human(std::slice::from_ref(first), &self.valid.sources, stderr_style(self.lang));
        let _ = err(self.lang, &shown);
        warn(self.lang, &Message::new(MsgId::PlanHasWarnings).arg("n", warnings.len()));
    }

    /// Refuses an id that names no item of the plan, suggesting the closest one.
    pub fn known_id(&self, id: &str) -> Result<(), Stop> {
        match self.valid.plan.tree().find(id) {
            Some(_) => Ok(()),
            None => Err(self.unknown_id(id)),
        }
    }

    /// The refusal of an id that names no item of the plan, with the closest one.
    pub fn unknown_id(&self, id: &str) -> Stop {
        let ids = self.valid.plan.tree().ids().map(|id| id.value.as_str());
        let help = closest(id, ids).map(|s| Message::new(MsgId::DidYouMeanId).arg("suggestion", s));
        Stop::refused(self.lang, Message::new(MsgId::UnknownFilterId).arg("id", id)).help(help)
    }
}

/// The language the environment asks for, by POSIX precedence: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty, French when it
/// starts with `fr`, else English. When none is set, as on Windows, where
/// they rarely are: the language Windows itself is shown in.
pub fn env_lang(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Lang {
    lang_of_env(var, system_language)
}

fn lang_of_env(var: impl Fn(&str) -> Option<std::ffi::OsString>, system: impl FnOnce() -> Option<Lang>) -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().filter_map(var).find(|v| !v.is_empty());
    match locale {
        Some(l) if l.to_string_lossy().starts_with("fr") => Lang::Fr,
        Some(_) => Lang::En,
        None => system().unwrap_or(Lang::En),
    }
}

/// The language of Windows' own menus and messages, for this user.
#[cfg(windows)]
fn system_language() -> Option<Lang> {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetUserDefaultUILanguage() -> u16;
    }
    // SAFETY: GetUserDefaultUILanguage takes nothing, always succeeds and touches no memory.
    let id = unsafe { GetUserDefaultUILanguage() };
    Some(lang_of_language_id(id))
}

/// Elsewhere, the variables above are the system's word.
#[cfg(not(windows))]
fn system_language() -> Option<Lang> {
    None
}

/// The language of a Windows language identifier: its low ten bits name the
/// language (0x0C is French: fr-FR 0x040C, fr-CA 0x0C0C, fr-BE 0x080C…), the
/// rest its region.
#[cfg(any(windows, test))]
fn lang_of_language_id(id: u16) -> Lang {
    const FRENCH: u16 = 0x0C;
    if id & 0x3FF == FRENCH { Lang::Fr } else { Lang::En }
}

/// Where the plan's first error is, as `plan check` shows it.
fn first_error(workspace: &Workspace, lang: Lang) -> String {
    let Some(first) = workspace.diagnostics.iter().position(|d| d.severity() == plan::diagnostic::Severity::Error)
    else {
        return String::new();
    };
    let shown = &workspace.diagnostics[first..=first];
    render::render_human(shown, &workspace.sources, stderr_style(lang))
}

/// The day `SOURCE_DATE_EPOCH` (seconds since 1970, in UTC) names, when it is
/// set: the reproducible-builds convention for a made file's date.
fn source_date() -> Option<NaiveDate> {
    let seconds: i64 = std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()?;
    chrono::DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive())
}

/// The terminal's height in lines, when stdout is a terminal.
fn terminal_height() -> Option<usize> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size().ok().map(|(_, rows)| usize::from(rows)).filter(|&rows| rows > 0)
}

/// The terminal's width; `COLUMNS`, or 120, when stdout is not a terminal.
fn terminal_width() -> usize {
    let tty = comfy_table::Table::new().width().map(usize::from);
    let env = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    tty.or(env).unwrap_or(120)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_with(vars: &[(&str, &str)]) -> Lang {
        lang_with_system(vars, None)
    }

    fn lang_with_system(vars: &[(&str, &str)], system: Option<Lang>) -> Lang {
        lang_of_env(|name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.into()), || system)
    }

    #[test]
    fn the_environment_language_follows_posix_precedence() {
        assert_eq!(lang_with(&[("LANG", "fr_CA.UTF-8")]), Lang::Fr);
        assert_eq!(lang_with(&[("LANG", "fr_CA.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")]), Lang::En);
        assert_eq!(lang_with(&[("LANG", "en_US"), ("LC_MESSAGES", "en_US"), ("LC_ALL", "fr_FR.UTF-8")]), Lang::Fr);
        assert_eq!(lang_with(&[("LANG", "fr_CA.UTF-8"), ("LC_ALL", "")]), Lang::Fr);
        assert_eq!(lang_with(&[]), Lang::En);
    }

    #[test]
    fn with_no_variable_the_systems_language_is_taken() {
        assert_eq!(lang_with_system(&[], Some(Lang::Fr)), Lang::Fr);
        assert_eq!(lang_with_system(&[("LANG", "")], Some(Lang::Fr)), Lang::Fr);
        // A variable that is set wins, in either language.
        assert_eq!(lang_with_system(&[("LANG", "en_CA.UTF-8")], Some(Lang::Fr)), Lang::En);
        assert_eq!(lang_with_system(&[("LANG", "fr_CA.UTF-8")], Some(Lang::En)), Lang::Fr);
    }

    #[test]
    fn windows_language_ids_are_read_by_their_language_bits() {
        for french in [0x040C, 0x0C0C, 0x080C, 0x100C, 0x140C] {
            assert_eq!(lang_of_language_id(french), Lang::Fr, "{french:#06x}");
        }
        // English (US, UK), German (Austria: 0x0C07 has fr-CA's region bits),
        // Spanish, the neutral id, and Finnish (0x0B) under odd region bits.
        for other in [0x0409, 0x0809, 0x0C07, 0x0C0A, 0x0000, 0xFC0B] {
            assert_eq!(lang_of_language_id(other), Lang::En, "{other:#06x}");
        }
    }
}
