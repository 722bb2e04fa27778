//! The bilan as HTML or Markdown: the [`Bilan`] turned into the data a
//! template receives (every word in the UI language, dates and numbers as its
//! readers write them, SVG charts), then rendered by the built-in template or
//! a user's. `docs/report-template.md` describes this data, field by field.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use minijinja::value::{Serde, Value};
use serde::Serialize;

use super::chart::{self, Point};
use super::diff::{Moment, SectionLines, lines as diff_lines, title as diff_title};
use super::escape::json_safe;
use super::explain::{cell_reason, counts_text, measure_text};
use super::locale::{long_date, number};
use super::palette::{colors, ink_on};
use super::template::{self, Escape, TemplateError};
use super::words::{WordArgs, words};
use super::{STALE_MARK, group_value, level_word, topic_word, value_text};
use crate::i18n::{Message, MsgId};
use crate::model::{Lang, Level, Tier, Topic, is_address};
use crate::report::{
    Actual, Bilan, Cell, Diff, EntryLine, Group, GroupCell, IndicatorPart, Measure, More, NarrativeLine, Part, Status,
    What, Year,
};
use crate::source::Commit;

/// The formats of the bilan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BilanFormat {
    Html,
    Markdown,
    /// The data a template receives, as JSON: for whoever writes a template.
    Json,
}

/// The paper the bilan is printed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// US Letter, the size of paper in Québec.
    Letter,
    A4,
}

/// How to render a bilan.
#[derive(Clone, Copy, Debug)]
pub struct BilanOptions<'a> {
    pub lang: Lang,
    pub format: BilanFormat,
    pub paper: Paper,
    /// The day the bilan is made.
    pub made: NaiveDate,
    /// The commit the plan's files come from, when they are in git.
    pub commit: Option<&'a Commit>,
    /// The plan's folder as seen from the bilan's file (`plan/`, `../plan/`),
    /// written with `/` and percent-encoded, to link evidence files.
    pub links: &'a str,
    /// A user's template: its name (for messages) and its text.
    pub template: Option<(&'a str, &'a str)>,
    /// What changed since a moment (`--since`), to the bilan's.
    pub since: Option<&'a Since>,
}

/// What changed from a moment to the bilan's, for its "since" section.
#[derive(Clone, Debug)]
pub struct Since {
    pub diff: Diff,
    pub from: Moment,
    pub to: Moment,
}

/// Renders the bilan (a JSON one ignores any template: it is their data).
pub fn bilan(bilan: &Bilan, options: &BilanOptions) -> Result<String, TemplateError> {
    let (name, escape) = match options.format {
        BilanFormat::Html => ("bilan.html", Escape::Html),
        BilanFormat::Markdown => ("bilan.md", Escape::Markdown),
        BilanFormat::Json => {
            let json = serde_json::to_string_pretty(&view(bilan, options)).expect("the data serialises");
            return Ok(json_safe(json) + "\n");
        }
    };
    let context = Value::from(Serde(view(bilan, options)));
    match options.template {
        Some((user, source)) => template::render(user, Some(source), escape, options.lang, context),
        None => template::render(name, None, escape, options.lang, context),
    }
}

/// What a template receives.
#[derive(Serialize)]
struct View {
    lang: &'static str,
    /// Every word of the report, by name.
    t: BTreeMap<&'static str, String>,
    plan: PlanView,
    /// "Bilan 2018", or "Bilan du plan 2017–2020".
    heading: String,
    focus: Option<String>,
    as_of: String,
    made: String,
    commit: Option<CommitView>,
    paper: &'static str,
    stale_mark: &'static str,
    stale_after_days: u32,
    activity_limit: usize,
    statuses: Vec<StatusView>,
    summary: SummaryView,
    narratives: Vec<NarrativeView>,
    orientations: Vec<PartView>,
    watch: WatchView,
    /// With `--since`: what changed since then.
    since: Option<SinceView>,
}

#[derive(Serialize)]
struct SinceView {
    /// "Changes from … to …".
    title: String,
    /// The changes in words, by orientation; empty when nothing changed.
    sections: Vec<SectionLines>,
}

#[derive(Serialize)]
struct PlanView {
    title: String,
    organization: Option<String>,
    first_year: String,
    last_year: String,
    years: Vec<YearView>,
}

#[derive(Serialize)]
struct YearView {
    label: String,
    focus: bool,
}

#[derive(Serialize)]
struct CommitView {
    id: String,
    short: String,
    modified: bool,
}

#[derive(Clone, Serialize)]
struct StatusView {
    name: &'static str,
    word: &'static str,
    symbol: &'static str,
    color: &'static str,
    tint: &'static str,
    ink: &'static str,
    meaning: &'static str,
}

#[derive(Serialize)]
struct CountView {
    status: StatusView,
    n: usize,
    share: f64,
}

#[derive(Serialize)]
struct SummaryView {
    years: Vec<SummaryYear>,
    plan: Option<GroupView>,
    orientations: Vec<GroupView>,
}

#[derive(Serialize)]
struct SummaryYear {
    year: String,
    focus: bool,
    total: usize,
    /// "35 indicateurs".
    total_text: String,
    counts: Vec<CountView>,
    bar: String,
}

#[derive(Serialize)]
struct GroupView {
    id: String,
    level: &'static str,
    title: String,
    short: Option<String>,
    heading: String,
    cells: Vec<GroupCellView>,
}

#[derive(Serialize)]
struct GroupCellView {
    year: String,
    focus: bool,
    status: StatusView,
    value: String,
    achieved_or_on_track: usize,
    with_verdict: usize,
    counts: Vec<CountView>,
    why: String,
    bar: String,
}

#[derive(Serialize)]
struct PartView {
    level: &'static str,
    id: String,
    title: String,
    short: Option<String>,
    heading: String,
    rollup: Option<GroupView>,
    narratives: Vec<NarrativeView>,
    parts: Vec<PartView>,
    indicators: Vec<IndicatorView>,
}

#[derive(Serialize)]
struct IndicatorView {
    id: String,
    heading: String,
    text: String,
    kind: &'static str,
    measure: String,
    unit: Option<String>,
    years: Vec<String>,
    cells: Vec<CellView>,
    chart: Option<String>,
    stale: bool,
    last_entry: Option<String>,
    explanations: Vec<NarrativeView>,
    missing: Vec<String>,
    assessments: Vec<EntryView>,
    activities: Vec<EntryView>,
    more: Option<String>,
    narratives: Vec<NarrativeView>,
    breakdowns: Vec<BreakdownView>,
}

#[derive(Serialize)]
struct CellView {
    year: String,
    focus: bool,
    status: StatusView,
    value: String,
    actual: Option<String>,
    target: Option<u32>,
    /// The value in words: a number, a date or a level.
    actual_text: String,
    target_text: String,
    why: String,
    /// Whether the report says why: a year judged (not upcoming, not
    /// applicable) and, in a yearly bilan, its year.
    why_shown: bool,
    explanation_missing: bool,
}

#[derive(Serialize)]
struct EntryView {
    date: String,
    title: Option<String>,
    level: Option<StatusView>,
    amount: u32,
    note: Option<String>,
    evidence: Vec<LinkView>,
    tags: Vec<TagView>,
}

#[derive(Serialize)]
struct LinkView {
    text: String,
    href: String,
}

#[derive(Serialize)]
struct TagView {
    name: String,
    values: Vec<String>,
}

#[derive(Serialize)]
struct NarrativeView {
    date: String,
    year: String,
    topic: &'static str,
    topic_word: &'static str,
    text: String,
    evidence: Vec<LinkView>,
}

#[derive(Serialize)]
struct BreakdownView {
    tag: String,
    heading: String,
    rows: Vec<BreakdownRow>,
}

#[derive(Serialize)]
struct BreakdownRow {
    value: String,
    amounts: Vec<String>,
    total: String,
}

#[derive(Serialize)]
struct WatchView {
    stale: Vec<StaleView>,
    unexplained: Vec<UnexplainedView>,
}

#[derive(Serialize)]
struct StaleView {
    id: String,
    text: String,
    last_entry: Option<String>,
    said: String,
}

#[derive(Serialize)]
struct UnexplainedView {
    id: String,
    text: String,
    year: String,
    status: StatusView,
}

/// What the view is built with.
struct Ctx<'a> {
    lang: Lang,
    links: &'a str,
    focus: Option<&'a str>,
    years: &'a [Year],
}

fn view(bilan: &Bilan, options: &BilanOptions) -> View {
    let lang = options.lang;
    let focus = bilan.focus.as_ref().map(|y| y.label.as_str());
    let ctx = Ctx { lang, links: options.links, focus, years: &bilan.status.years };
    let (first, last) = (&bilan.period.0.label, &bilan.period.1.label);
    let heading = match focus {
        Some(year) => Message::new(MsgId::BilanOfYear).arg("year", year),
        None => Message::new(MsgId::BilanOfPlan).arg("first", first).arg("last", last),
    };
    View {
        lang: lang.code(),
        t: words(
            lang,
            &WordArgs { as_of: bilan.as_of, stale_after_days: bilan.stale_after_days, stale_mark: STALE_MARK },
        ),
        plan: PlanView {
            title: bilan.title.clone(),
            organization: bilan.organization.clone(),
            first_year: first.clone(),
            last_year: last.clone(),
            years: ctx
                .years
                .iter()
                .map(|y| YearView { label: y.label.clone(), focus: ctx.is_focus(&y.label) })
                .collect(),
        },
        heading: heading.render(lang),
        focus: focus.map(str::to_string),
        as_of: iso(bilan.as_of),
        made: iso(options.made),
        commit: options.commit.map(|c| CommitView { id: c.id.clone(), short: c.short().into(), modified: c.modified }),
        paper: match options.paper {
            Paper::Letter => "letter",
            Paper::A4 => "A4",
        },
        stale_mark: STALE_MARK,
        stale_after_days: bilan.stale_after_days,
        activity_limit: bilan.activity_limit,
        statuses: Status::ALL.iter().map(|s| ctx.status(*s)).collect(),
        summary: ctx.summary(bilan),
        narratives: bilan.narratives.iter().map(|n| ctx.narrative(n)).collect(),
        orientations: bilan.orientations.iter().map(|p| ctx.part(p)).collect(),
        watch: ctx.watch(bilan),
        since: options
            .since
            .map(|s| SinceView { title: diff_title(&s.from, &s.to, lang), sections: diff_lines(&s.diff, lang, false) }),
    }
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// What a status means, for the legend.
fn meaning(status: Status) -> MsgId {
    match status {
        Status::Achieved => MsgId::BilanMeaningAchieved,
        Status::OnTrack => MsgId::BilanMeaningOnTrack,
        Status::Behind => MsgId::BilanMeaningBehind,
        Status::Missed => MsgId::BilanMeaningMissed,
        Status::Upcoming => MsgId::BilanMeaningUpcoming,
        Status::Tracked => MsgId::BilanMeaningTracked,
        Status::NotAssessed => MsgId::BilanMeaningNotAssessed,
        Status::NotApplicable => MsgId::BilanMeaningNotApplicable,
    }
}

/// The status an assessment level counts as.
fn level_status(level: Level) -> Status {
    match level {
        Level::Achieved => Status::Achieved,
        Level::OnTrack => Status::OnTrack,
        Level::AtRisk => Status::Behind,
        Level::NotAchieved => Status::Missed,
    }
}

/// The heading of an item: "Objectif 1.1".
fn heading(tier: Tier, id: &str) -> Message {
    let head = match tier {
        Tier::Orientation => MsgId::HeadOrientation,
        Tier::Objective => MsgId::HeadObjective,
        Tier::Action => MsgId::HeadAction,
        Tier::Indicator => MsgId::HeadIndicator,
    };
    Message::new(head).arg("id", id)
}

impl Ctx<'_> {
    fn is_focus(&self, label: &str) -> bool {
        self.focus == Some(label)
    }

    fn status(&self, status: Status) -> StatusView {
        let (color, tint) = colors(status);
        StatusView {
            name: status.name(),
            word: status.word().template(self.lang),
            symbol: status.symbol(),
            color,
            tint,
            ink: ink_on(status),
            meaning: meaning(status).template(self.lang),
        }
    }

    fn counts(&self, counts: &[(Status, usize)]) -> Vec<CountView> {
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let counts = counts.iter().filter(|(_, n)| *n > 0);
        counts.map(|&(s, n)| CountView { status: self.status(s), n, share: n as f64 / total.max(1) as f64 }).collect()
    }

    /// A bar of statuses, with its text alternative, and its counts written
    /// on it when `labels`.
    fn bar(&self, year: &str, counts: &[(Status, usize)], labels: bool) -> String {
        let counts: Vec<(Status, usize)> = counts.iter().copied().filter(|(_, n)| *n > 0).collect();
        let alt = Message::new(MsgId::BilanBarAlt).arg("year", year).arg("counts", counts_text(&counts, self.lang));
        chart::stacked(&counts, &alt.render(self.lang), labels)
    }

    fn summary(&self, bilan: &Bilan) -> SummaryView {
        let years = bilan.status.summary.iter().zip(self.years).map(|(summary, year)| SummaryYear {
            year: year.label.clone(),
            focus: self.is_focus(&year.label),
            total: summary.counts.iter().map(|(_, n)| n).sum(),
            total_text: Message::new(MsgId::BilanIndicatorCount)
                .arg("n", summary.counts.iter().map(|(_, n)| n).sum::<usize>())
                .render(self.lang),
            counts: self.counts(&summary.counts),
            bar: self.bar(&year.label, &summary.counts, true),
        });
        let groups = bilan.status.groups();
        SummaryView {
            years: years.collect(),
            plan: bilan.status.groups().find(|g| g.level.name() == "plan").map(|g| self.group(g, Tier::Orientation)),
            orientations: groups
                .filter(|g| g.level.name() == "orientation")
                .map(|g| self.group(g, Tier::Orientation))
                .collect(),
        }
    }

    fn group(&self, group: &Group, tier: Tier) -> GroupView {
        let cells = group.cells.iter().zip(self.years).map(|(c, y)| self.group_cell(c, &y.label)).collect();
        GroupView {
            id: group.id.clone(),
            level: group.level.name(),
            title: group.title.clone(),
            short: group.short.clone(),
            heading: heading(tier, &group.id).render(self.lang),
            cells,
        }
    }

    fn group_cell(&self, cell: &GroupCell, year: &str) -> GroupCellView {
        GroupCellView {
            year: year.to_string(),
            focus: self.is_focus(year),
            status: self.status(cell.status),
            value: group_value(cell),
            achieved_or_on_track: cell.achieved_or_on_track,
            with_verdict: cell.with_verdict,
            counts: self.counts(&cell.counts),
            why: counts_text(&cell.counts, self.lang),
            bar: self.bar(year, &cell.counts, false),
        }
    }

    fn part(&self, part: &Part) -> PartView {
        PartView {
            level: match part.tier {
                Tier::Orientation => "orientation",
                Tier::Objective => "objective",
                Tier::Action | Tier::Indicator => "action",
            },
            id: part.id.clone(),
            title: part.title.clone(),
            short: part.short.clone(),
            heading: heading(part.tier, &part.id).render(self.lang),
            rollup: part.rollup.as_ref().map(|g| self.group(g, part.tier)),
            narratives: part.narratives.iter().map(|n| self.narrative(n)).collect(),
            parts: part.parts.iter().map(|p| self.part(p)).collect(),
            indicators: part.indicators.iter().map(|i| self.indicator(i)).collect(),
        }
    }

    fn indicator(&self, part: &IndicatorPart) -> IndicatorView {
        let d = &part.detail;
        let (explanations, narratives): (Vec<&NarrativeLine>, Vec<&NarrativeLine>) =
            d.narratives.iter().partition(|n| n.topic == Topic::Explanation);
        let missing = d.cells.iter().filter(|(year, c)| c.explanation_missing && self.focus.is_none_or(|f| f == year));
        let missing = missing.map(|(year, c)| {
            let message = Message::new(MsgId::BilanExplanationMissing).arg("year", year).arg_msg("status", c.word());
            message.render(self.lang)
        });
        let (assessments, activities): (Vec<&EntryLine>, Vec<&EntryLine>) =
            d.entries.iter().partition(|e| matches!(e.what, What::Assessment(_)));
        IndicatorView {
            heading: heading(Tier::Indicator, &d.id).render(self.lang),
            text: d.text.clone(),
            kind: kind_name(&d.measure),
            measure: measure_text(&d.measure, d.unit.as_deref(), &d.years, self.lang),
            unit: d.unit.clone(),
            years: d.years.clone(),
            cells: d.cells.iter().map(|(year, c)| self.cell(year, c)).collect(),
            chart: self.chart(d.text.as_str(), &d.measure, &d.cells),
            stale: d.stale,
            last_entry: d.last_entry.map(iso),
            explanations: explanations.into_iter().map(|n| self.narrative(n)).collect(),
            missing: missing.collect(),
            assessments: assessments.into_iter().map(|e| self.entry(e)).collect(),
            activities: activities.into_iter().map(|e| self.entry(e)).collect(),
            more: part.more.map(|m| self.more(m, &d.id)),
            narratives: narratives.into_iter().map(|n| self.narrative(n)).collect(),
            breakdowns: part.breakdowns.iter().map(|b| self.breakdown(&b.tag, &b.values)).collect(),
            id: d.id.clone(),
        }
    }

    fn cell(&self, year: &str, cell: &Cell) -> CellView {
        let lang = self.lang;
        let actual_text = match &cell.actual {
            Some(Actual::Count(n)) => number(*n, lang),
            Some(Actual::Done(date)) => long_date(*date, lang),
            Some(Actual::Level(level)) => level_word(*level).template(lang).to_string(),
            None => String::new(),
        };
        let judged = !matches!(cell.status, Status::Upcoming | Status::NotApplicable);
        CellView {
            year: year.to_string(),
            focus: self.is_focus(year),
            status: StatusView { word: cell.word().template(lang), ..self.status(cell.status) },
            value: value_text(cell),
            actual: cell.actual.as_ref().map(super::actual_data),
            target: cell.target,
            actual_text,
            target_text: cell.target.map_or(String::new(), |t| number(t.into(), lang)),
            why: cell_reason(cell, lang),
            why_shown: judged && self.focus.is_none_or(|f| f == year),
            explanation_missing: cell.explanation_missing,
        }
    }

    /// The chart of a count: bars per year, or a line for a total over the plan.
    fn chart(&self, text: &str, measure: &Measure, cells: &[(String, Cell)]) -> Option<String> {
        let points: Vec<Point> = cells
            .iter()
            .map(|(label, c)| Point {
                label: label.clone(),
                actual: match c.actual {
                    Some(Actual::Count(n)) => Some(n),
                    _ => None,
                },
                target: c.target,
                status: c.status,
                focus: self.is_focus(label),
            })
            .collect();
        let values: Vec<String> = points.iter().filter_map(|p| self.point_text(p)).collect();
        let values = values.join(if self.lang == Lang::Fr { " ; " } else { "; " });
        match measure {
            Measure::Total(total) => {
                let alt = Message::new(MsgId::BilanChartCumulative).arg("total", number((*total).into(), self.lang));
                let alt = format!("{text} — {}", alt.arg("values", values).render(self.lang));
                Some(chart::cumulative(&points, *total, &alt, self.lang))
            }
            Measure::Yearly(_) | Measure::PerYear(_) | Measure::Tracked => {
                let alt = Message::new(MsgId::BilanChartAlt).arg("values", values).render(self.lang);
                Some(chart::bars(&points, &format!("{text} — {alt}"), self.lang))
            }
            Measure::Milestone { .. } | Measure::Assessment => None,
        }
    }

    /// "2017 : 3 sur 4", for a chart's text alternative.
    fn point_text(&self, p: &Point) -> Option<String> {
        let actual = number(p.actual?, self.lang);
        let message = match p.target {
            Some(t) => Message::new(MsgId::BilanChartValue).arg("target", number(t.into(), self.lang)),
            None => Message::new(MsgId::BilanChartValueNoTarget),
        };
        Some(message.arg("year", &p.label).arg("actual", actual).render(self.lang))
    }

    fn entry(&self, entry: &EntryLine) -> EntryView {
        let (title, level, amount) = match &entry.what {
            What::Activity { title, amount } => (Some(title.clone()), None, *amount),
            What::Assessment(level) => {
                let status = self.status(level_status(*level));
                (None, Some(StatusView { word: level_word(*level).template(self.lang), ..status }), 1)
            }
        };
        EntryView {
            date: iso(entry.date),
            title,
            level,
            amount,
            note: entry.note.clone(),
            evidence: entry.evidence.iter().map(|e| self.link(e)).collect(),
            tags: entry
                .tags
                .iter()
                .map(|(name, values)| TagView { name: name.clone(), values: values.clone() })
                .collect(),
        }
    }

    fn narrative(&self, n: &NarrativeLine) -> NarrativeView {
        NarrativeView {
            date: iso(n.date),
            year: n.year.clone(),
            topic: n.topic.name(),
            topic_word: topic_word(n.topic).template(self.lang),
            text: n.text.trim().to_string(),
            evidence: n.evidence.iter().map(|e| self.link(e)).collect(),
        }
    }

    /// A piece of evidence and where it links: the address itself, or the
    /// file of the plan's folder as seen from the bilan.
    fn link(&self, evidence: &str) -> LinkView {
        let text = evidence.trim();
        let href = if is_address(text) {
            text.to_string()
        } else {
            let parts: Vec<&str> = text.split(['/', '\\']).filter(|p| !p.is_empty() && *p != ".").collect();
            file_href(self.links, &parts.join("/"))
        };
        LinkView { text: text.to_string(), href }
    }

    fn more(&self, more: More, id: &str) -> String {
        let amount = number(more.amount, self.lang);
        let message = Message::new(MsgId::BilanMoreActivities).arg("n", number(more.activities as u64, self.lang));
        message.arg("amount", amount).arg("id", id).render(self.lang)
    }

    fn breakdown(&self, tag: &str, values: &[(String, Vec<u64>)]) -> BreakdownView {
        let rows = values.iter().map(|(value, amounts)| BreakdownRow {
            value: value.clone(),
            amounts: amounts.iter().map(|n| number(*n, self.lang)).collect(),
            total: number(amounts.iter().sum(), self.lang),
        });
        BreakdownView {
            tag: tag.to_string(),
            heading: Message::new(MsgId::BilanBreakdown).arg("tag", tag).render(self.lang),
            rows: rows.collect(),
        }
    }

    fn watch(&self, bilan: &Bilan) -> WatchView {
        let stale = bilan.watch.stale.iter().map(|(id, text, last)| StaleView {
            id: id.clone(),
            text: text.clone(),
            last_entry: last.map(iso),
            said: match last {
                Some(date) => Message::new(MsgId::BilanLastEntry).arg("date", long_date(*date, self.lang)),
                None => Message::new(MsgId::BilanNoEntry),
            }
            .render(self.lang),
        });
        let unexplained = bilan.watch.unexplained.iter().map(|(id, text, year, status)| UnexplainedView {
            id: id.clone(),
            text: text.clone(),
            year: year.clone(),
            status: self.status(*status),
        });
        WatchView { stale: stale.collect(), unexplained: unexplained.collect() }
    }
}

/// The kind of indicator a measure belongs to, as files name it.
fn kind_name(measure: &Measure) -> &'static str {
    match measure {
        Measure::Milestone { .. } => "milestone",
        Measure::Assessment => "assessment",
        Measure::Yearly(_) | Measure::PerYear(_) | Measure::Total(_) | Measure::Tracked => "count",
    }
}

/// The link to a file of the plan: relative to the report, or, when the plan
/// is on another root (`/…`, `C:/…`), a `file:` address.
fn file_href(links: &str, path: &str) -> String {
    let drive = links.split('/').next().filter(|first| first.len() == 2 && first.ends_with(':'));
    match drive {
        Some(drive) => {
            format!("file:///{drive}/{}", percent_encode(&format!("{}{path}", &links[3.min(links.len())..])))
        }
        None if links.starts_with('/') => format!("file://{}", percent_encode(&format!("{links}{path}"))),
        None => percent_encode(&format!("{links}{path}")),
    }
}

/// A relative path made fit for an `href`: every byte but letters, digits and
/// `-._~/` percent-encoded, so that spaces, accents, `#` and `?` stay part of
/// the file's name.
pub fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_links_to_files() {
        assert_eq!(file_href("plan/", "documents/pv 1.md"), "plan/documents/pv%201.md");
        assert_eq!(file_href("", "documents/pv.md"), "documents/pv.md");
        assert_eq!(file_href("C:/Users/coco/plan/", "pv.md"), "file:///C:/Users/coco/plan/pv.md");
        assert_eq!(file_href("/srv/plan/", "pv.md"), "file:///srv/plan/pv.md");
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(percent_encode("documents/2019/PV été #2?.pdf"), "documents/2019/PV%20%C3%A9t%C3%A9%20%232%3F.pdf");
    }
}
