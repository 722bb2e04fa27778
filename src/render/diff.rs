//! `plan diff`: what changed between two moments, for the terminal, for
//! minutes (Markdown) or as data (JSON), and the same lines for the bilan's
//! "since" section. Each section is an orientation (or the plan as a whole),
//! with its status changes, roll-up changes, entries added and removed, and
//! changes of the plan itself.

use chrono::NaiveDate;
use serde::Serialize;

use super::escape::{escape_controls, json_safe, markdown_text};
use super::explain::measure_text;
use super::locale::long_date;
use super::{actual_data, group_value, level_word, status_text, topic_word, value_text};
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Tier};
use crate::report::{Diff, EntryKind, EntryRow, GroupCell, GroupLevel, Measure, MeasureOf, PlanChange, Section};
use crate::source::short;

/// The formats of `plan diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffFormat {
    Table,
    Markdown,
    Json,
}

/// One side of a diff, as the reader knows it: a day, and the commit read (none for the files as they are).
#[derive(Clone, Debug)]
pub struct Moment {
    pub as_of: NaiveDate,
    pub commit: Option<String>,
}

/// Renders what changed from `from` to `to`.
pub fn diff(changes: &Diff, from: &Moment, to: &Moment, format: DiffFormat, lang: Lang) -> String {
    match format {
        DiffFormat::Table => text(changes, from, to, lang),
        DiffFormat::Markdown => markdown(changes, from, to, lang),
        DiffFormat::Json => json(changes, from, to),
    }
}

/// A section in words, raw: each format escapes it its own way.
#[derive(Clone, Debug, Serialize)]
pub struct SectionLines {
    /// "Orientation 1 — …", or "The plan as a whole".
    pub heading: String,
    /// Each kind of change that occurs (Statuses, Roll-ups, …) with its lines.
    pub parts: Vec<PartLines>,
}

/// One kind of change in a section: its name, and a line per change.
#[derive(Clone, Debug, Serialize)]
pub struct PartLines {
    pub name: String,
    pub lines: Vec<String>,
}

/// "Changes from … to …".
pub fn title(from: &Moment, to: &Moment, lang: Lang) -> String {
    let moment = |m: &Moment| match &m.commit {
        Some(c) => Message::new(MsgId::DiffAtCommit).arg("date", long_date(m.as_of, lang)).arg("commit", short(c)),
        None => Message::new(MsgId::DiffAtFiles).arg("date", long_date(m.as_of, lang)),
    };
    Message::new(MsgId::DiffTitle)
        .arg("from", moment(from).render(lang))
        .arg("to", moment(to).render(lang))
        .render(lang)
}

/// Every section of the diff in words; entries with their `file:line` when
/// `places` (for the coordinator), without (for funders).
pub fn lines(changes: &Diff, lang: Lang, places: bool) -> Vec<SectionLines> {
    changes.sections.iter().map(|s| section_lines(s, lang, places)).collect()
}

fn section_lines(section: &Section, lang: Lang, places: bool) -> SectionLines {
    let heading = match &section.orientation {
        Some((id, title)) => format!("{} — {title}", Message::new(MsgId::HeadOrientation).arg("id", id).render(lang)),
        None => MsgId::BilanPlanNarratives.template(lang).to_string(),
    };
    let parts = [
        (MsgId::DiffStatuses, section.cells.iter().map(|c| cell_line(c, lang)).collect::<Vec<_>>()),
        (MsgId::DiffRollups, section.groups.iter().map(|g| group_line(g, lang)).collect()),
        (MsgId::DiffEntriesAdded, section.added.iter().map(|e| entry_line(e, lang, places)).collect()),
        (MsgId::DiffEntriesRemoved, section.removed.iter().map(|e| entry_line(e, lang, places)).collect()),
        (MsgId::DiffPlanItself, section.plan.iter().map(|p| plan_line(p, lang)).collect()),
    ];
    let parts = parts
        .into_iter()
        .filter(|(_, l)| !l.is_empty())
        .map(|(id, lines)| PartLines { name: id.template(lang).to_string(), lines });
    SectionLines { heading, parts: parts.collect() }
}

/// The colon of the language, before a year's change.
fn colon(lang: Lang) -> &'static str {
    MsgId::Colon.template(lang)
}

/// `1.1.1  2019 : 1/4 ! en retard → 2/4 ↗ en bonne voie`.
fn cell_line(change: &crate::report::CellChange, lang: Lang) -> String {
    let side = |c: Option<&crate::report::Cell>| {
        c.map_or("—".to_string(), |c| status_text(&value_text(c), c.status, c.word(), true, lang))
    };
    let (before, after) = (side(change.before.as_ref()), side(change.after.as_ref()));
    format!("{}  {}{}{before} → {after}", change.id, change.year, colon(lang))
}

fn group_line(change: &crate::report::GroupChange, lang: Lang) -> String {
    let side = |c: Option<&GroupCell>| {
        c.map_or("—".to_string(), |c| status_text(&group_value(c), c.status, c.status.word(), true, lang))
    };
    let id = if change.level == GroupLevel::Plan { String::new() } else { format!("{}  ", change.id) };
    format!("{id}{}{}{} → {}", change.year, colon(lang), side(change.before.as_ref()), side(change.after.as_ref()))
}

/// `2019-05-09  Rencontre du comité directeur → 1.1.1  (plan/journal/2019.toml:30)`.
fn entry_line(entry: &EntryRow, lang: Lang, places: bool) -> String {
    let what = match &entry.what {
        EntryKind::Activity { title, amount: 1 } => title.clone(),
        EntryKind::Activity { title, amount } => format!("{title} ×{amount}"),
        EntryKind::Assessment(level) => {
            Message::new(MsgId::AssessedAs).arg_msg("level", level_word(*level)).render(lang)
        }
        EntryKind::Narrative { topic, text } => {
            let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("{}{}{text}", topic_word(*topic).template(lang), colon(lang))
        }
    };
    let line = format!("{}  {what} → {}", entry.date, entry.ids.join(", "));
    if places { format!("{line}  ({}:{})", entry.file, entry.line) } else { line }
}

/// "Indicateur 1.1.4", as an item of the plan is named.
fn item(tier: Tier, id: &str, lang: Lang) -> String {
    let head = match tier {
        Tier::Orientation => MsgId::HeadOrientation,
        Tier::Objective => MsgId::HeadObjective,
        Tier::Action => MsgId::HeadAction,
        Tier::Indicator => MsgId::HeadIndicator,
    };
    Message::new(head).arg("id", id).render(lang)
}

fn measure(m: &MeasureOf, lang: Lang) -> String {
    measure_text(&m.measure, m.unit.as_deref(), &m.years, lang)
}

fn plan_line(change: &PlanChange, lang: Lang) -> String {
    let message = match change {
        PlanChange::Title { before, after } => {
            Message::new(MsgId::DiffTitleChanged).arg("before", before).arg("after", after)
        }
        PlanChange::Period { before, after } => Message::new(MsgId::DiffPeriodChanged)
            .arg("before", format!("{}–{}", before.0, before.1))
            .arg("after", format!("{}–{}", after.0, after.1)),
        PlanChange::Added { tier, id, title } => {
            Message::new(MsgId::DiffItemAdded).arg("item", item(*tier, id, lang)).arg("title", title)
        }
        PlanChange::Removed { tier, id, title } => {
            Message::new(MsgId::DiffItemRemoved).arg("item", item(*tier, id, lang)).arg("title", title)
        }
        PlanChange::Retitled { tier, id, before, after } => Message::new(MsgId::DiffItemRetitled)
            .arg("item", item(*tier, id, lang))
            .arg("before", before)
            .arg("after", after),
        PlanChange::Measure { id, before, after } => Message::new(MsgId::DiffMeasureChanged)
            .arg("item", item(Tier::Indicator, id, lang))
            .arg("before", measure(before, lang))
            .arg("after", measure(after, lang)),
    };
    message.render(lang)
}

/// For the terminal: the title, then each section with its parts, indented.
fn text(changes: &Diff, from: &Moment, to: &Moment, lang: Lang) -> String {
    let term = |t: &str| escape_controls(t).into_owned();
    let mut out = format!("{}\n", term(&title(from, to, lang)));
    if changes.is_empty() {
        return out + MsgId::DiffNothing.template(lang) + "\n";
    }
    for section in lines(changes, lang, true) {
        out += &format!("\n{}\n", term(&section.heading));
        for part in &section.parts {
            out += &format!("  {}\n", part.name);
            for line in &part.lines {
                out += &format!("    {}\n", term(line));
            }
        }
    }
    out
}

/// For minutes: a heading per section, and a list per kind of change.
fn markdown(changes: &Diff, from: &Moment, to: &Moment, lang: Lang) -> String {
    let mut out = format!("## {}\n", markdown_text(&title(from, to, lang)));
    if changes.is_empty() {
        return out + "\n" + MsgId::DiffNothing.template(lang) + "\n";
    }
    for section in lines(changes, lang, true) {
        out += &format!("\n### {}\n", markdown_text(&section.heading));
        for part in &section.parts {
            out += &format!("\n**{}**\n\n", markdown_text(&part.name));
            for line in &part.lines {
                out += &format!("- {}\n", markdown_text(line));
            }
        }
    }
    out
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    from: JsonMoment<'a>,
    to: JsonMoment<'a>,
    changed: bool,
    sections: Vec<JsonSection<'a>>,
}

#[derive(Serialize)]
struct JsonMoment<'a> {
    as_of: String,
    commit: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSection<'a> {
    orientation: Option<JsonItem<'a>>,
    cells: Vec<JsonCellChange<'a>>,
    groups: Vec<JsonGroupChange<'a>>,
    entries_added: Vec<JsonEntry<'a>>,
    entries_removed: Vec<JsonEntry<'a>>,
    plan: Vec<serde_json::Value>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonCellChange<'a> {
    id: &'a str,
    year: &'a str,
    before: Option<JsonCell>,
    after: Option<JsonCell>,
}

#[derive(Serialize)]
struct JsonCell {
    status: &'static str,
    actual: Option<String>,
    target: Option<u32>,
}

#[derive(Serialize)]
struct JsonGroupChange<'a> {
    id: &'a str,
    level: &'static str,
    year: &'a str,
    before: Option<JsonGroupCell>,
    after: Option<JsonGroupCell>,
}

#[derive(Serialize)]
struct JsonGroupCell {
    status: &'static str,
    achieved_or_on_track: usize,
    with_verdict: usize,
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    kind: &'static str,
    date: String,
    ids: &'a [String],
    title: Option<&'a str>,
    amount: Option<u32>,
    level: Option<&'static str>,
    topic: Option<&'static str>,
    text: Option<&'a str>,
    note: Option<&'a str>,
    file: &'a str,
    line: usize,
}

fn json(changes: &Diff, from: &Moment, to: &Moment) -> String {
    let doc = JsonDiff {
        from: moment(from),
        to: moment(to),
        changed: !changes.is_empty(),
        sections: changes.sections.iter().map(json_section).collect(),
    };
    json_safe(serde_json::to_string_pretty(&doc).expect("the diff serialises")) + "\n"
}

fn moment(m: &Moment) -> JsonMoment<'_> {
    JsonMoment { as_of: m.as_of.to_string(), commit: m.commit.as_deref() }
}

fn json_section(section: &Section) -> JsonSection<'_> {
    let cell = |c: &crate::report::Cell| JsonCell {
        status: c.status.name(),
        actual: c.actual.as_ref().map(actual_data),
        target: c.target,
    };
    let group = |c: &GroupCell| JsonGroupCell {
        status: c.status.name(),
        achieved_or_on_track: c.achieved_or_on_track,
        with_verdict: c.with_verdict,
    };
    JsonSection {
        orientation: section.orientation.as_ref().map(|(id, title)| JsonItem { id, title }),
        cells: section
            .cells
            .iter()
            .map(|c| JsonCellChange {
                id: &c.id,
                year: &c.year,
                before: c.before.as_ref().map(cell),
                after: c.after.as_ref().map(cell),
            })
            .collect(),
        groups: section
            .groups
            .iter()
            .map(|g| JsonGroupChange {
                id: &g.id,
                level: g.level.name(),
                year: &g.year,
                before: g.before.as_ref().map(group),
                after: g.after.as_ref().map(group),
            })
            .collect(),
        entries_added: section.added.iter().map(json_entry).collect(),
        entries_removed: section.removed.iter().map(json_entry).collect(),
        plan: section.plan.iter().map(json_plan_change).collect(),
    }
}

fn json_entry(e: &EntryRow) -> JsonEntry<'_> {
    let base = JsonEntry {
        kind: "activity",
        date: e.date.to_string(),
        ids: &e.ids,
        title: None,
        amount: None,
        level: None,
        topic: None,
        text: None,
        note: e.note.as_deref(),
        file: &e.file,
        line: e.line,
    };
    match &e.what {
        EntryKind::Activity { title, amount } => JsonEntry { title: Some(title), amount: Some(*amount), ..base },
        EntryKind::Assessment(level) => JsonEntry { kind: "assessment", level: Some(level.name()), ..base },
        EntryKind::Narrative { topic, text } => {
            JsonEntry { kind: "narrative", topic: Some(topic.name()), text: Some(text), ..base }
        }
    }
}

fn tier_name(tier: Tier) -> &'static str {
    match tier {
        Tier::Orientation => "orientation",
        Tier::Objective => "objective",
        Tier::Action => "action",
        Tier::Indicator => "indicator",
    }
}

fn json_plan_change(change: &PlanChange) -> serde_json::Value {
    use serde_json::json;
    let measure = |m: &MeasureOf| {
        let mut value = match &m.measure {
            Measure::Yearly(n) => json!({ "kind": "count", "target": n }),
            Measure::PerYear(targets) => {
                let targets: serde_json::Map<String, serde_json::Value> =
                    targets.iter().map(|(year, n)| (year.clone(), json!(n))).collect();
                json!({ "kind": "count", "targets": targets })
            }
            Measure::Total(n) => json!({ "kind": "count", "total": n }),
            Measure::Tracked => json!({ "kind": "count" }),
            Measure::Milestone { due } => json!({ "kind": "milestone", "due": due }),
            Measure::Assessment => json!({ "kind": "assessment" }),
        };
        value["unit"] = json!(m.unit);
        value["years"] = json!(m.years);
        value
    };
    match change {
        PlanChange::Title { before, after } => json!({ "change": "title", "before": before, "after": after }),
        PlanChange::Period { before, after } => {
            json!({ "change": "period", "before": [before.0, before.1], "after": [after.0, after.1] })
        }
        PlanChange::Added { tier, id, title } => {
            json!({ "change": "added", "level": tier_name(*tier), "id": id, "title": title })
        }
        PlanChange::Removed { tier, id, title } => {
            json!({ "change": "removed", "level": tier_name(*tier), "id": id, "title": title })
        }
        PlanChange::Retitled { tier, id, before, after } => {
            json!({ "change": "retitled", "level": tier_name(*tier), "id": id, "before": before, "after": after })
        }
        PlanChange::Measure { id, before, after } => {
            json!({ "change": "measure", "id": id, "before": measure(before), "after": measure(after) })
        }
    }
}
