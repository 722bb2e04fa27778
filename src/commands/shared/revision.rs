//! Reading the plan as committed at a revision (`--at`, `plan diff`, `report
//! --since`): git's refusals, each told in the UI language with what to do,
//! exit 2; and a moment given as a revision or a date, read as it was.

use std::path::Path;

use chrono::NaiveDate;

use plan::i18n::{Message, MsgId};
use plan::model::Lang;
use plan::render::Moment;
use plan::source::{GitError, Revision, Snapshot, is_repository, short, snapshot};

use super::args::day_named;
use super::context::{Context, Ready};
use super::output::Stop;

/// A moment as written: a day named from `today` (`hier`, `yesterday`;
/// it wins over a branch of that name), a date `YYYY-MM-DD`, or a revision.
pub fn parse(text: &str, today: NaiveDate) -> Revision {
    day_named(text, today).map_or_else(|| Revision::parse(text), Revision::Day)
}

/// The plan at `revision`, from `cwd` (or the folder `dir` names), or why not.
pub fn at(cwd: &Path, dir: Option<&Path>, revision: &Revision, lang: Lang) -> Result<Snapshot, Stop> {
    snapshot(cwd, dir, revision).map_err(|e| refusal(e, cwd, lang))
}

fn refusal(error: GitError, cwd: &Path, lang: Lang) -> Stop {
    let (message, help) = match error {
        GitError::NotInstalled => (MsgId::GitMissing.into(), Some(MsgId::GitMissingHelp.into())),
        GitError::NotARepository => {
            let here = Message::new(MsgId::NotARepository).arg("dir", cwd.display());
            (here, Some(MsgId::NotARepositoryHelp.into()))
        }
        GitError::DubiousOwnership(said) => {
            (Message::new(MsgId::DubiousOwnership).arg("said", said), Some(MsgId::DubiousOwnershipHelp.into()))
        }
        GitError::UnknownRevision(rev) => {
            (Message::new(MsgId::UnknownRevision).arg("rev", rev), Some(MsgId::UnknownRevisionHelp.into()))
        }
        GitError::NoCommitBy(day) => {
            (Message::new(MsgId::NoCommitBy).arg("date", day), Some(MsgId::NoCommitByHelp.into()))
        }
        GitError::NoPlan { commit } => {
            let help = Message::new(MsgId::PlanAtRevisionHelp).arg("commit", short(&commit));
            (Message::new(MsgId::NoPlanAtRevision).arg("commit", short(&commit)), Some(help))
        }
        GitError::PlanAbsent { commit, dir } => {
            let shown = if dir.is_empty() { "./".to_string() } else { dir };
            let message = Message::new(MsgId::PlanAbsentAtRevision).arg("dir", shown).arg("commit", short(&commit));
            (message, Some(Message::new(MsgId::PlanAtRevisionHelp).arg("commit", short(&commit))))
        }
        GitError::Failed(reason) => (Message::new(MsgId::GitFailed).arg("reason", reason), None),
    };
    Stop::trouble(lang, message).help(help)
}

/// One side: the files as they are, as of today (no text); a revision or a
/// date, read at its commit and judged as of its day; or, outside git, a date
/// on the current files.
pub fn side(ctx: &Context, text: Option<&str>) -> Result<(Ready, Moment), Stop> {
    let Some(text) = text else {
        let ready = ctx.valid_plan_at(None)?;
        return Ok((ready, Moment { as_of: ctx.today, commit: None }));
    };
    let revision = parse(text, ctx.today);
    if let Revision::Day(day) = revision
        && !is_repository(&ctx.cwd)
    {
        let ready = ctx.valid_plan_at(None)?;
        return Ok((ready, Moment { as_of: day, commit: None }));
    }
    let ready = ctx.valid_plan_at(Some(&revision))?;
    let moment = ready.at.as_ref().map_or(Moment { as_of: ctx.today, commit: None }, |at| Moment {
        as_of: at.day,
        commit: Some(at.commit.clone()),
    });
    Ok((ready, moment))
}
