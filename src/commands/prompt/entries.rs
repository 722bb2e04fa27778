//! The questions of `record`, `assess` and `note`, in the order of their
//! flags. A value already given on the command line is not asked again.

use plan::i18n::{Message, MsgId};
use plan::model::{IndicatorKind, Level, Plan, Topic};
use plan::render::{level_word, topic_word};

use super::ask::{Asker, Choice};
use super::{missing, on_terminal};
use crate::cli::{AssessArgs, EntryArgs, NoteArgs, RecordArgs};
use crate::commands::shared::append::EvidencePaths;
use crate::commands::shared::context::{Context, Ready};
use crate::commands::shared::output::Stop;

/// The arguments of `record`, asked for.
pub fn record(ctx: &Context, ready: &Ready, args: &RecordArgs) -> Result<RecordArgs, Stop> {
    let mut names = Vec::new();
    if args.title.is_none() {
        names.push(MsgId::ArgTitle.template(ready.lang));
    }
    if args.indicators.is_empty() {
        names.push("--indicator ID");
    }
    if !on_terminal() {
        return Err(missing(ready.lang, "record", &names));
    }
    let ask = Asker::new(ctx, ready);
    let entry = common(ctx, &ask, &args.entry)?;
    let title = match &args.title {
        Some(title) => title.clone(),
        None => ask.title(titles(ready))?,
    };
    let indicators = match args.indicators.is_empty() {
        false => args.indicators.clone(),
        true => indicators(&ask, ready, &title)?,
    };
    let amount = match &args.amount {
        Some(amount) => Some(amount.clone()),
        None if counts_any(&ready.valid.plan, &indicators) => Some(ask.amount()?.to_string()),
        None => None,
    };
    let tags = if args.tags.is_empty() { tags(&ask, ready)? } else { args.tags.clone() };
    let note = match &args.note {
        Some(note) => Some(note.clone()),
        None => ask.optional(MsgId::PromptNote)?,
    };
    let entry = evidence(ctx, &ask, ready, entry)?;
    Ok(RecordArgs { title: Some(title), indicators, entry, note, amount, tags })
}

/// The arguments of `assess`, asked for.
pub fn assess(ctx: &Context, ready: &Ready, args: &AssessArgs) -> Result<AssessArgs, Stop> {
    let lang = ready.lang;
    let mut names = Vec::new();
    if args.id.is_none() {
        names.push("ID");
    }
    if args.level.is_none() {
        names.push(MsgId::ArgLevel.template(lang));
    }
    if !on_terminal() {
        return Err(missing(lang, "assess", &names));
    }
    let ask = Asker::new(ctx, ready);
    let choices = indicator_choices(&ready.valid.plan, ask.width, |k| matches!(k, IndicatorKind::Assessment));
    if choices.is_empty() {
        return Err(Stop::refused(lang, MsgId::PromptNoAssessed));
    }
    let entry = common(ctx, &ask, &args.entry)?;
    let id = match &args.id {
        Some(id) => id.clone(),
        None => ask.one(MsgId::PromptAssessed.template(lang), choices)?,
    };
    let level = match &args.level {
        Some(level) => level.clone(),
        None => {
            let words = Level::ALL.iter().map(|l| Choice::word(l.name(), level_word(*l).template(lang)));
            ask.one(MsgId::PromptLevel.template(lang), words.collect())?
        }
    };
    let note = match &args.note {
        Some(note) => Some(note.clone()),
        None => ask.optional(MsgId::PromptNote)?,
    };
    let entry = evidence(ctx, &ask, ready, entry)?;
    Ok(AssessArgs { id: Some(id), level: Some(level), entry, note })
}

/// The arguments of `note`, asked for.
pub fn note(ctx: &Context, ready: &Ready, args: &NoteArgs) -> Result<NoteArgs, Stop> {
    let lang = ready.lang;
    let mut names = Vec::new();
    if args.id.is_none() {
        names.push("ID");
    }
    if args.topic.is_none() {
        names.push(MsgId::ArgTopic.template(lang));
    }
    if args.text.is_none() {
        names.push(MsgId::ArgText.template(lang));
    }
    if !on_terminal() {
        return Err(missing(lang, "note", &names));
    }
    let ask = Asker::new(ctx, ready);
    let entry = common(ctx, &ask, &args.entry)?;
    let id = match &args.id {
        Some(id) => id.clone(),
        None => ask.one(MsgId::PromptAbout.template(lang), item_choices(ready, ask.width))?,
    };
    let topic = match &args.topic {
        Some(topic) => topic.clone(),
        None => {
            let words = Topic::ALL.iter().map(|t| Choice::word(t.name(), topic_word(*t).template(lang)));
            ask.one(MsgId::PromptTopic.template(lang), words.collect())?
        }
    };
    let text = match &args.text {
        Some(text) => text.clone(),
        None => ask.required(MsgId::PromptText, MsgId::PromptTextHelp, Vec::new())?,
    };
    let entry = evidence(ctx, &ask, ready, entry)?;
    Ok(NoteArgs { id: Some(id), topic: Some(topic), text: Some(text), entry })
}

/// The date, asked first unless `--date` gave it.
fn common(ctx: &Context, ask: &Asker, given: &EntryArgs) -> Result<EntryArgs, Stop> {
    let date = match &given.date {
        Some(date) => date.clone(),
        None => ask.date(ctx.today)?,
    };
    Ok(EntryArgs { date: Some(date), ..given.clone() })
}

/// The evidence, asked last unless `--evidence` gave some.
fn evidence(ctx: &Context, ask: &Asker, ready: &Ready, entry: EntryArgs) -> Result<EntryArgs, Stop> {
    if !entry.evidence.is_empty() {
        return Ok(entry);
    }
    Ok(EntryArgs { evidence: ask.evidence(&EvidencePaths::new(ctx, ready))?, ..entry })
}

/// The titles of earlier activities, the latest first, each once.
fn titles(ready: &Ready) -> Vec<String> {
    let journal = &ready.valid.journal;
    let mut dated: Vec<_> = journal.activities().map(|a| (a.date().value, journal.title(a))).collect();
    dated.sort_by_key(|d| std::cmp::Reverse(d.0));
    let mut seen = std::collections::HashSet::new();
    dated
        .into_iter()
        .filter(|(_, t)| !t.chars().any(char::is_control) && seen.insert(*t))
        .map(|(_, t)| t.to_string())
        .collect()
}

/// The indicators an activity may count toward, those of the latest
/// activity of the same title already ticked.
fn indicators(ask: &Asker, ready: &Ready, title: &str) -> Result<Vec<String>, Stop> {
    let plan = &ready.valid.plan;
    let choices = indicator_choices(plan, ask.width, |k| !matches!(k, IndicatorKind::Assessment));
    let journal = &ready.valid.journal;
    let latest = journal.activities().filter(|a| journal.title(a) == title).max_by_key(|a| a.date().value);
    let before: Vec<&str> = latest.map(|a| a.indicators().map(|i| i.value.as_str()).collect()).unwrap_or_default();
    let chosen: Vec<usize> =
        choices.iter().enumerate().filter(|(_, c)| before.contains(&c.key.as_str())).map(|(i, _)| i).collect();
    ask.some(MsgId::PromptIndicators.template(ask.lang), choices, &chosen, true)
}

/// The plan's indicators of the kinds `fits` accepts, each with its text.
fn indicator_choices(plan: &Plan, width: usize, fits: impl Fn(&IndicatorKind) -> bool) -> Vec<Choice> {
    plan.indicators()
        .filter(|r| fits(&r.indicator.kind))
        .map(|r| Choice::new(&r.indicator.id.value, &r.indicator.text, width))
        .collect()
}

/// Every item a narrative may be about: the plan, then each orientation,
/// objective, action and indicator with its title.
fn item_choices(ready: &Ready, width: usize) -> Vec<Choice> {
    let plan = &ready.valid.plan;
    let mut choices = vec![Choice::new("plan", &plan.meta.title, width)];
    for trail in plan.tree().walk() {
        let node = trail.node();
        choices.push(Choice::new(&node.id().value, node.title(), width));
    }
    choices
}

/// Whether any of these indicators is a count, for which an amount means something.
fn counts_any(plan: &Plan, ids: &[String]) -> bool {
    plan.indicators()
        .any(|r| ids.contains(&r.indicator.id.value) && matches!(r.indicator.kind, IndicatorKind::Count { .. }))
}

/// One question per tag name declared in the plan, its values to tick (none is fine).
fn tags(ask: &Asker, ready: &Ready) -> Result<Vec<String>, Stop> {
    let mut tags = Vec::new();
    for vocabulary in &ready.valid.plan.meta.tags {
        let name = &vocabulary.name.value;
        let choices = vocabulary.values.iter().map(|v| Choice::word(&v.value, &v.value)).collect();
        let question = Message::new(MsgId::PromptTag).arg("name", name).render(ask.lang);
        for value in ask.some(&question, choices, &[], false)? {
            tags.push(format!("{name}={value}"));
        }
    }
    Ok(tags)
}
