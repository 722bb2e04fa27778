//! One module per subcommand, all of the same shape: `run(&Context, &Args) -> Result<Exit>`.
//! These are the only places that write to stdout or stderr.

pub mod assess;
pub mod check;
pub mod record;
pub mod show;
pub mod status;
mod write;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use plan::check::{Checked, all_ids, check_dir};
use plan::diagnostic::{self, Severity, TextStyle};
use plan::i18n::{Lang, Message, MsgId};
use plan::load::{Sources, display_path, find_plan_dir};
use plan::model::{Journal, Plan};
use plan::text::{closest, escape_controls};

/// How a command ended, as the process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Success,
    /// 1: the plan has errors, or the input was refused.
    Refused,
    /// 2: usage or I/O error.
    Trouble,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        match exit {
            Exit::Success => ExitCode::SUCCESS,
            Exit::Refused => ExitCode::from(1),
            Exit::Trouble => ExitCode::from(2),
        }
    }
}

/// What every command knows from the global flags and the environment.
#[derive(Debug)]
pub struct Context {
    pub cwd: PathBuf,
    pub dir: Option<PathBuf>,
    pub lang: Option<Lang>,
}

impl Context {
    /// The plan directory, or `None` after telling the user that none was found.
    pub fn plan_dir(&self) -> Option<PathBuf> {
        let found = find_plan_dir(&self.cwd, self.dir.as_deref());
        if found.is_none() {
            let lang = self.lang(None);
            let message = Message::new(MsgId::NoPlanFound).arg("dir", display_path(&self.cwd, &self.cwd));
            self.error(lang, &message, Some(&Message::new(MsgId::NoPlanFoundHelp)));
        }
        found
    }

    /// The UI language: `--lang`, else the plan's, else French when `LANG` says so, else English.
    pub fn lang(&self, plan: Option<&Plan>) -> Lang {
        self.lang.or_else(|| plan.and_then(|p| p.meta.language)).unwrap_or_else(|| {
            let env = std::env::var("LANG").unwrap_or_default();
            if env.starts_with("fr") { Lang::Fr } else { Lang::En }
        })
    }

    /// Loads the plan for a command other than `check`: a plan with errors is
    /// refused with a pointer to `plan check`.
    pub fn valid_plan(&self) -> Result<Valid, Exit> {
        let dir = self.plan_dir().ok_or(Exit::Trouble)?;
        let checked = check_dir(&dir, &self.cwd);
        let lang = self.lang(checked.plan.as_ref());
        let refused = if checked.has_io_errors() { Exit::Trouble } else { Exit::Refused };
        let errors = checked.tally().errors;
        match checked {
            Checked { plan: Some(plan), journal, sources, .. } if errors == 0 => {
                Ok(Valid { dir, plan, journal, sources, lang })
            }
            _ => {
                self.first_error(&checked, lang);
                self.error(lang, &Message::new(MsgId::RefusedPlanHasErrors).arg("n", errors), None);
                Err(refused)
            }
        }
    }

    /// Shows where the plan's first error is, as `plan check` shows it.
    fn first_error(&self, checked: &Checked, lang: Lang) {
        let Some(first) = checked.diagnostics.iter().position(|d| d.severity() == Severity::Error) else { return };
        let shown = &checked.diagnostics[first..=first];
        let text = diagnostic::render_human(shown, &checked.sources, TextStyle { lang, color: true });
        let _ = anstream::stderr().write_all(text.as_bytes());
    }

    /// The plan directory as shown in summaries: `plan/`.
    pub fn shown_dir(&self, dir: &std::path::Path) -> String {
        let shown = escape_controls(&display_path(dir, &self.cwd)).into_owned();
        if shown.ends_with('/') { shown } else { shown + "/" }
    }

    /// Prints an error that is not about a place in a file.
    pub fn error(&self, lang: Lang, message: &Message, help: Option<&Message>) {
        let style = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Red.into()));
        let mut err = anstream::stderr().lock();
        let _ = writeln!(err, "{style}{}{style:#}: {}", MsgId::ErrorPrefix.template(lang), message.render(lang));
        if let Some(help) = help {
            let _ = writeln!(err, "  = {}: {}", MsgId::LevelHelp.template(lang), help.render(lang));
        }
    }
}

/// A plan that passed `check`, ready for another command.
#[derive(Debug)]
pub struct Valid {
    pub dir: PathBuf,
    pub plan: Plan,
    pub journal: Journal,
    pub sources: Sources,
    pub lang: Lang,
}

impl Valid {
    /// Refuses an id that names no item of the plan, suggesting the closest one.
    pub fn known_id(&self, ctx: &Context, id: &str) -> Result<(), Exit> {
        let ids: Vec<&str> = all_ids(&self.plan.orientations).into_iter().map(|id| id.value.as_str()).collect();
        if ids.contains(&id) {
            return Ok(());
        }
        let help = closest(id, ids.iter().copied()).map(|s| Message::new(MsgId::DidYouMeanId).arg("suggestion", s));
        ctx.error(self.lang, &Message::new(MsgId::UnknownFilterId).arg("id", id), help.as_ref());
        Err(Exit::Refused)
    }
}
