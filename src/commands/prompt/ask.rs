//! One question at a time, with inquire, every word of it (help, errors,
//! the answer shown) from the message catalogue.

use std::fmt;

use chrono::NaiveDate;
use inquire::error::InquireError;
use inquire::ui::{Color, ErrorMessageRenderConfig, RenderConfig, Styled};
use inquire::validator::{ErrorMessage, Validation};
use inquire::{Autocomplete, Confirm, CustomType, CustomUserError, MultiSelect, Select, Text};
use plan::i18n::{Message, MsgId};
use plan::model::{Lang, is_address};
use plan::render::{escape_controls, truncate, wrap_words};
use plan::suggest::{DayRead, day_read};
use unicode_width::UnicodeWidthStr;

use super::cancelled;
use crate::commands::shared::append::EvidencePaths;
use crate::commands::shared::args::day_given;
use crate::commands::shared::context::{Context, Ready};
use crate::commands::shared::output::Stop;

/// One choice of a list: what is kept (an id, a word) and what is shown.
#[derive(Clone, Debug)]
pub struct Choice {
    pub key: String,
    label: String,
}

impl Choice {
    /// `key` shown with its text, cut to the terminal's width.
    pub fn new(key: &str, text: &str, width: usize) -> Choice {
        let shown_key = escape_controls(key);
        let room = width.saturating_sub(shown_key.width() + 8).max(20);
        let label = format!("{shown_key}  {}", truncate(&escape_controls(text), room));
        Choice { key: key.to_string(), label }
    }

    /// `key` shown as a word alone (a level, a topic, a tag's value).
    pub fn word(key: &str, shown: &str) -> Choice {
        Choice { key: key.to_string(), label: escape_controls(shown).into_owned() }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// Asks the questions of one guided entry.
pub struct Asker<'r> {
    pub lang: Lang,
    pub width: usize,
    ready: &'r Ready,
    config: RenderConfig<'static>,
}

impl<'r> Asker<'r> {
    pub fn new(ctx: &Context, ready: &'r Ready) -> Asker<'r> {
        let lang = ready.lang;
        let width = ctx.width.max(40);
        Asker { lang, width, ready, config: config(lang, ctx.color) }
    }

    fn text(&self, id: MsgId) -> &'static str {
        id.template(self.lang)
    }

    /// How a text answered to `question` stays on the screen: cut at spaces,
    /// its other lines under its first word, so that the terminal breaks no
    /// word in two (inquire shows it after `> ` and the question).
    fn shown(&self, question: &str) -> impl Fn(&str) -> String + use<> {
        let start = "> ".len() + question.width() + 1;
        let room = self.width.saturating_sub(start);
        let hang = format!("\n{}", " ".repeat(start));
        move |answer: &str| if room < 20 { answer.to_string() } else { wrap_words(answer, room, "").join(&hang) }
    }

    /// A date in the plan's period, today by default when today is in it.
    pub fn date(&self, today: NaiveDate) -> Result<String, Stop> {
        let meta = self.ready.valid.plan.meta.clone();
        let (first, last) = (meta.year_first_day(meta.start_year), meta.year_last_day(meta.end_year));
        let proposed = meta.contains(today);
        let help_id = if proposed { MsgId::PromptDateHelp } else { MsgId::PromptDateHelpNoDefault };
        let help = Message::new(help_id).arg("first", first).arg("last", last).render(self.lang);
        let lang = self.lang;
        let validator = move |text: &str| {
            let why = match day_given(text, today) {
                None => match day_read(text) {
                    DayRead::Meant(day) => Message::new(MsgId::PromptDateInvalidDay).arg("day", day),
                    DayRead::Either(first, second) => {
                        Message::new(MsgId::PromptDateInvalidEither).arg("first", first).arg("second", second)
                    }
                    DayRead::NotOnCalendar => Message::new(MsgId::BadDateCalendarHelp),
                    DayRead::Unknown => Message::new(MsgId::PromptDateInvalid),
                },
                Some(day) if !meta.contains(day) => {
                    Message::new(MsgId::PromptDateOutside).arg("first", first).arg("last", last)
                }
                Some(_) => return Ok(Validation::Valid),
            };
            Ok(Validation::Invalid(ErrorMessage::Custom(why.render(lang))))
        };
        let shown_today = today.to_string();
        // A day named ("hier") is shown as its date once answered.
        let shown = move |text: &str| day_given(text, today).map_or_else(|| text.to_string(), |day| day.to_string());
        let mut prompt = Text::new(self.text(MsgId::PromptDate))
            .with_help_message(&help)
            .with_validator(validator)
            .with_formatter(&shown)
            .with_render_config(self.config);
        if proposed {
            prompt = prompt.with_default(&shown_today);
        }
        Ok(self.answer(prompt.prompt())?.trim().to_string())
    }

    /// A text that must not be empty, completed from `known` as one types.
    pub fn required(&self, question: MsgId, help: MsgId, known: Vec<String>) -> Result<String, Stop> {
        let empty = MsgId::PromptRequired.template(self.lang);
        let validator = move |text: &str| {
            Ok(if text.trim().is_empty() { Validation::Invalid(empty.into()) } else { Validation::Valid })
        };
        let shown = self.shown(self.text(question));
        let mut prompt = Text::new(self.text(question))
            .with_help_message(self.text(help))
            .with_validator(validator)
            .with_formatter(&shown)
            .with_render_config(self.config);
        if !known.is_empty() {
            prompt = prompt.with_autocomplete(Known(known));
        }
        Ok(self.answer(prompt.prompt())?.trim().to_string())
    }

    /// An activity's title, completed from the earlier ones.
    pub fn title(&self, known: Vec<String>) -> Result<String, Stop> {
        let help = if known.is_empty() { MsgId::PromptTitleHelp } else { MsgId::PromptTitleKnownHelp };
        self.required(MsgId::PromptTitle, help, known)
    }

    /// A text one may leave empty: `None` then.
    pub fn optional(&self, question: MsgId) -> Result<Option<String>, Stop> {
        let shown = self.shown(self.text(question));
        let prompt = Text::new(self.text(question))
            .with_help_message(self.text(MsgId::PromptOptionalHelp))
            .with_formatter(&shown)
            .with_render_config(self.config);
        let answer = self.answer(prompt.prompt())?;
        Ok(Some(answer.trim().to_string()).filter(|a| !a.is_empty()))
    }

    /// One choice of a list, filtered as one types.
    pub fn one(&self, question: &str, choices: Vec<Choice>) -> Result<String, Stop> {
        let prompt = Select::new(question, choices)
            .with_help_message(self.text(MsgId::PromptSelectHelp))
            .with_page_size(page_size())
            .with_render_config(self.config);
        Ok(self.answer(prompt.prompt())?.key)
    }

    /// Some choices of a list (at least one when `at_least_one`), filtered as one types.
    pub fn some(
        &self,
        question: &str,
        choices: Vec<Choice>,
        chosen: &[usize],
        at_least_one: bool,
    ) -> Result<Vec<String>, Stop> {
        let none = MsgId::PromptChooseOne.template(self.lang);
        let validator = move |picked: &[inquire::list_option::ListOption<&Choice>]| {
            Ok(if at_least_one && picked.is_empty() { Validation::Invalid(none.into()) } else { Validation::Valid })
        };
        let keys = |picked: &[inquire::list_option::ListOption<&Choice>]| {
            picked.iter().map(|o| escape_controls(&o.value.key).into_owned()).collect::<Vec<_>>().join(", ")
        };
        let prompt = MultiSelect::new(question, choices)
            .with_help_message(self.text(MsgId::PromptChooseHelp))
            .with_default(chosen)
            .with_page_size(page_size())
            .with_validator(validator)
            .with_formatter(&keys)
            .with_render_config(self.config);
        Ok(self.answer(prompt.prompt())?.into_iter().map(|c| c.key).collect())
    }

    /// A whole number of 1 or more, 1 by default.
    pub fn amount(&self) -> Result<u32, Stop> {
        let (invalid, too_big) = (MsgId::PromptAmountInvalid, MsgId::PromptAmountTooBig);
        let (invalid, too_big) = (invalid.template(self.lang), too_big.template(self.lang));
        // Read wider than it is kept, so that a number too big is told so.
        let validator = move |n: &u64| {
            Ok(match u32::try_from(*n) {
                Ok(0) => Validation::Invalid(invalid.into()),
                Ok(_) => Validation::Valid,
                Err(_) => Validation::Invalid(too_big.into()),
            })
        };
        let prompt = CustomType::<u64>::new(self.text(MsgId::PromptAmount))
            .with_default(1)
            .with_help_message(self.text(MsgId::PromptAmountHelp))
            .with_error_message(invalid)
            .with_validator(validator)
            .with_render_config(self.config);
        let amount = self.answer(prompt.prompt())?;
        Ok(u32::try_from(amount).unwrap_or(u32::MAX))
    }

    /// Evidence, one at a time, until an empty answer: files of the plan's
    /// folder (completed as one types, or dragged in, in full) or web
    /// addresses.
    pub fn evidence(&self, paths: &EvidencePaths) -> Result<Vec<String>, Stop> {
        let files: Vec<String> = paths.listing().files().filter(|f| !is_plan_file(f)).map(str::to_string).collect();
        let mut all = Vec::new();
        loop {
            let answer = self.evidence_one(paths, files.clone())?;
            match answer {
                Some(e) => all.push(e),
                None => return Ok(all),
            }
        }
    }

    fn evidence_one(&self, paths: &EvidencePaths, files: Vec<String>) -> Result<Option<String>, Stop> {
        let known = paths.clone();
        let missing = MsgId::PromptEvidenceMissing.template(self.lang);
        let validator = move |text: &str| {
            let text = text.trim();
            let fine = text.is_empty()
                || is_address(text)
                || known.listing().get(text).is_some()
                || known.named(text).is_some();
            Ok(if fine { Validation::Valid } else { Validation::Invalid(missing.into()) })
        };
        // A file dragged in is shown as the journal will name it.
        let named = |text: &str| paths.named(text).unwrap_or_else(|| text.trim().to_string());
        let shown = |text: &str| self.shown(self.text(MsgId::PromptEvidence))(&named(text));
        let mut prompt = Text::new(self.text(MsgId::PromptEvidence))
            .with_help_message(self.text(MsgId::PromptEvidenceHelp))
            .with_validator(validator)
            .with_formatter(&shown)
            .with_render_config(self.config);
        if !files.is_empty() {
            prompt = prompt.with_autocomplete(Known(files));
        }
        let answer = self.answer(prompt.prompt())?;
        Ok(Some(named(&answer)).filter(|a| !a.is_empty()))
    }

    /// Yes or no to writing the entry shown; yes by default.
    pub fn confirm(&self) -> Result<bool, Stop> {
        let lang = self.lang;
        let parser = move |text: &str| yes_or_no(lang, text).ok_or(());
        let shown = move |yes: bool| (if yes { MsgId::PromptYes } else { MsgId::PromptNo }).template(lang).to_string();
        let default_shown = move |_: bool| MsgId::PromptYesNoDefault.template(lang).to_string();
        let prompt = Confirm::new(self.text(MsgId::PromptConfirm))
            .with_default(true)
            .with_help_message(self.text(MsgId::PromptConfirmHelp))
            .with_parser(&parser)
            .with_formatter(&shown)
            .with_default_value_formatter(&default_shown)
            .with_error_message(self.text(MsgId::PromptConfirmInvalid))
            .with_render_config(self.config);
        self.answer(prompt.prompt())
    }

    /// The answer, or why there is none: Esc and Ctrl-C cancel (exit 1);
    /// a terminal that fails is a trouble (exit 2).
    fn answer<T>(&self, result: Result<T, InquireError>) -> Result<T, Stop> {
        match result {
            Ok(value) => Ok(value),
            Err(InquireError::OperationCanceled | InquireError::OperationInterrupted) => Err(cancelled(self.lang)),
            Err(e) => Err(Stop::trouble(self.lang, Message::new(MsgId::PromptFailed).arg("reason", e))),
        }
    }
}

/// `o`, `oui`, `y`, `yes` and `n`, `non`, `no`, in either language, any case.
fn yes_or_no(_lang: Lang, text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(true),
        "n" | "non" | "no" => Some(false),
        _ => None,
    }
}

/// The plan's own files, which are not evidence of anything.
fn is_plan_file(path: &str) -> bool {
    path.ends_with(".toml") || path.starts_with(".")
}

/// How many choices a list shows at once: enough to see a plan's
/// orientation, little enough for the smallest terminal.
fn page_size() -> usize {
    10
}

/// The look of the prompts: inquire's, with every word it would say in
/// English replaced by the catalogue's, and no colour when colour is off.
fn config(lang: Lang, color: bool) -> RenderConfig<'static> {
    let cancelled = MsgId::PromptCancelledMark.template(lang);
    let (mut config, mut errors, mark) = if color {
        let mark = Styled::new(cancelled).with_fg(Color::DarkRed);
        (RenderConfig::default_colored(), ErrorMessageRenderConfig::default_colored(), mark)
    } else {
        (RenderConfig::empty(), ErrorMessageRenderConfig::empty(), Styled::new(cancelled))
    };
    errors.default_message = MsgId::PromptInvalid.template(lang);
    config.error_message = errors;
    config.with_canceled_prompt_indicator(mark)
}

/// Completion from texts already known (earlier titles, the plan's files):
/// those that contain what is typed, ignoring case.
#[derive(Clone)]
struct Known(Vec<String>);

impl Autocomplete for Known {
    fn get_suggestions(&mut self, input: &str) -> Result<Vec<String>, CustomUserError> {
        let typed = input.trim().to_lowercase();
        Ok(self.0.iter().filter(|k| k.to_lowercase().contains(&typed)).cloned().collect())
    }

    fn get_completion(&mut self, input: &str, highlighted: Option<String>) -> Result<Option<String>, CustomUserError> {
        Ok(highlighted.or_else(|| self.get_suggestions(input).ok()?.into_iter().next()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_both_languages() {
        for yes in ["o", "Oui", "y", "YES", " oui "] {
            assert_eq!(yes_or_no(Lang::Fr, yes), Some(true), "{yes}");
        }
        for no in ["n", "Non", "no"] {
            assert_eq!(yes_or_no(Lang::Fr, no), Some(false), "{no}");
        }
        assert_eq!(yes_or_no(Lang::Fr, "peut-être"), None);
    }

    #[test]
    fn choices_are_cut_to_the_width_and_keep_their_key() {
        let choice = Choice::new("1.1.2a", "Un minimum de 4 rencontres du comité directeur par année", 40);
        assert_eq!(choice.key, "1.1.2a");
        assert!(choice.to_string().width() <= 40, "{choice}");
        assert!(choice.to_string().starts_with("1.1.2a  Un minimum"));
    }

    /// A help line fits an 80-column terminal in its brackets, with a date
    /// range in it, and so does the line that refuses an answer.
    #[test]
    fn every_help_fits_80_columns() {
        use MsgId::*;
        let helps = [
            PromptDateHelp,
            PromptDateHelpNoDefault,
            PromptTitleHelp,
            PromptTitleKnownHelp,
            PromptChooseHelp,
            PromptSelectHelp,
            PromptAmountHelp,
            PromptOptionalHelp,
            PromptEvidenceHelp,
            PromptConfirmHelp,
            PromptTextHelp,
        ];
        // The answers refused: inquire shows them after `# `, on one line.
        let errors = [
            PromptDateInvalidDay,
            PromptDateInvalidEither,
            PromptDateInvalid,
            PromptDateOutside,
            BadDateCalendarHelp,
            PromptRequired,
            PromptChooseOne,
            PromptAmountInvalid,
            PromptAmountTooBig,
            PromptEvidenceMissing,
            PromptConfirmInvalid,
            PromptInvalid,
        ];
        for lang in [Lang::Fr, Lang::En] {
            for help in helps.into_iter().chain(errors) {
                let text = Message::new(help)
                    .arg("first", "2026-01-01")
                    .arg("last", "2029-12-31")
                    .arg("second", "2029-12-31")
                    .arg("day", "2029-12-31")
                    .render(lang);
                assert!(text.width() + 2 <= 80, "{help:?} in {lang:?} is {} columns: {text}", text.width() + 2);
            }
        }
    }

    #[test]
    fn completion_ignores_case() {
        let mut known = Known(vec!["Rencontre du comité".into(), "Forum régional".into()]);
        assert_eq!(known.get_suggestions("RENCONTRE").unwrap(), vec!["Rencontre du comité".to_string()]);
        assert_eq!(known.get_completion("forum", None).unwrap().as_deref(), Some("Forum régional"));
    }
}
