//! Turns parsed TOML into the domain types, one table at a time, reporting
//! every unknown key, wrong type, missing field and out-of-range value with
//! its place. Rules that relate several values or files live in `check.rs`.

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Lang, Message, MsgId};
use crate::model::{
    Action, Activity, Assessment, CountTarget, FileId, Indicator, IndicatorKind, JournalFile, Level, Loc,
    MAX_PERIOD_YEARS, MAX_YEAR, MIN_YEAR, MonthDay, Objective, Orientation, PlanMeta, Sp, Span,
};
use crate::text::closest;

type Value<'i> = Spanned<DeValue<'i>>;

/// Parses a file's text as TOML. Syntax errors are reported; the tree that
/// could be recovered is returned with a flag saying whether it is whole.
pub fn parse<'i>(file: FileId, text: &'i str, diags: &mut Vec<Diagnostic>) -> (DeTable<'i>, bool) {
    let (table, errors) = DeTable::parse_recoverable(text);
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        diags.push(syntax_diagnostic(file, text, error.message(), span));
    }
    (table.into_inner(), errors.is_empty())
}

/// A parser error, phrased for the user. Impossible dates get their own code.
fn syntax_diagnostic(file: FileId, text: &str, detail: &str, span: Span) -> Diagnostic {
    let detail = detail.trim_end_matches('\n');
    if detail.starts_with("invalid date") {
        let written = text.get(span.clone()).unwrap_or("").to_string();
        return Diagnostic::at(Code::BadDate, Message::new(MsgId::BadDate).arg("value", written), file, span)
            .label(MsgId::BadDateLabel)
            .help(MsgId::BadDateCalendarHelp);
    }
    let (message, help) = match syntax_kind(detail) {
        Some(SyntaxKind::DuplicateKey) => {
            let key = text.get(span.clone()).unwrap_or("").trim_matches(['"', '\'']).to_string();
            (Message::new(MsgId::DuplicateKey).arg("key", &key), Message::new(MsgId::DuplicateKeyHelp).arg("key", &key))
        }
        Some(SyntaxKind::Unclosed) => (MsgId::UnclosedString.into(), MsgId::UnclosedStringHelp.into()),
        Some(SyntaxKind::Control) => (MsgId::RawControl.into(), MsgId::RawControlHelp.into()),
        Some(SyntaxKind::Unquoted) => (MsgId::UnquotedText.into(), MsgId::UnquotedTextHelp.into()),
        Some(SyntaxKind::TooDeep) => (MsgId::TooDeep.into(), MsgId::TooDeepHelp.into()),
        None => (Message::new(MsgId::Syntax).arg("detail", detail), MsgId::SyntaxHelp.into()),
    };
    Diagnostic::at(Code::Syntax, message, file, span).help(help)
}

/// The parser errors a hand editor makes most, which get their own words.
enum SyntaxKind {
    DuplicateKey,
    Unclosed,
    Control,
    Unquoted,
    TooDeep,
}

/// Recognises the toml parser's detail text; `None` keeps it as it is.
fn syntax_kind(detail: &str) -> Option<SyntaxKind> {
    if detail.starts_with("duplicate key") {
        Some(SyntaxKind::DuplicateKey)
    } else if detail.ends_with("expected `\"`") || detail.ends_with("expected `'`") {
        Some(SyntaxKind::Unclosed)
    } else if detail.contains("visible characters") || detail.starts_with("invalid comment character") {
        Some(SyntaxKind::Control)
    } else if detail.starts_with("unquoted string") || detail.starts_with("string values must be quoted") {
        Some(SyntaxKind::Unquoted)
    } else if detail.contains("max recursion depth") {
        Some(SyntaxKind::TooDeep)
    } else {
        None
    }
}

/// A table being read, with where it is and how to name it in messages.
#[derive(Clone)]
pub struct Table<'a, 'i> {
    map: &'a DeTable<'i>,
    span: Span,
    place: MsgId,
}

impl<'a, 'i> Table<'a, 'i> {
    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.map.get(key)
    }
}

/// Reads tables of one file, collecting diagnostics.
pub struct Decoder<'d> {
    pub file: FileId,
    /// Where the parsed text starts in the file: 0, or the start of a journal
    /// chunk (see `chunks.rs`). Spans from the parser are shifted by it.
    pub offset: usize,
    pub diags: &'d mut Vec<Diagnostic>,
}

const ROOT_SPAN: Span = 0..0;

impl<'d> Decoder<'d> {
    /// Where a span from the parser is in the file.
    fn loc(&self, span: &Span) -> Loc {
        Loc { file: self.file, span: span.start + self.offset..span.end + self.offset }
    }

    /// Reports a problem at a span from the parser.
    fn report(&mut self, code: Code, message: impl Into<Message>, span: &Span) -> &mut Diagnostic {
        let loc = self.loc(span);
        self.report_at(code, message, &loc)
    }

    /// Reports a problem at a place already located in the file.
    fn report_at(&mut self, code: Code, message: impl Into<Message>, loc: &Loc) -> &mut Diagnostic {
        self.diags.push(Diagnostic::new(code, message, Some(loc.clone())));
        self.diags.last_mut().expect("just pushed")
    }

    /// The root table of a file.
    pub fn root<'a, 'i>(&self, map: &'a DeTable<'i>) -> Table<'a, 'i> {
        Table { map, span: ROOT_SPAN, place: MsgId::WhereFile }
    }

    /// Reports every key of `table` that is not in `allowed`.
    fn known_keys(&mut self, table: &Table, allowed: &[&str]) {
        for (key, _) in table.map.iter() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            let help = match closest(name, allowed.iter().copied()) {
                Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                None => Message::new(MsgId::AllowedKeys).arg("keys", allowed.join(", ")),
            };
            let message = Message::new(MsgId::UnknownKey).arg("key", name).arg_msg("place", table.place);
            let d = self.report(Code::UnknownKey, message, &key.span());
            d.label = Some(MsgId::UnknownKeyLabel.into());
            d.help = Some(help);
        }
    }

    fn missing(&mut self, table: &Table, key: &str) {
        let message = Message::new(MsgId::MissingField).arg("key", key).arg_msg("place", table.place);
        let d = self.report(Code::MissingField, message, &table.span);
        d.label = Some(Message::new(MsgId::MissingFieldLabel).arg("key", key));
        d.help = Some(Message::new(MsgId::MissingFieldHelp).arg("key", key).arg_msg("place", table.place));
    }

    fn wrong_type(&mut self, key: &str, value: &Value, expected: MsgId) {
        let message = Message::new(MsgId::WrongType)
            .arg("key", key)
            .arg_msg("expected", expected)
            .arg_msg("found", type_name(value.get_ref()));
        let d = self.report(Code::WrongType, message, &value.span());
        d.label = Some(Message::new(MsgId::WrongTypeLabel).arg_msg("expected", expected));
    }

    /// A string field; `None` (after a report) when it is not a string.
    fn string(&mut self, table: &Table, key: &str) -> Option<Sp<String>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Sp { value: s.to_string(), loc: self.loc(&value.span()) }),
            _ => {
                self.wrong_type(key, value, MsgId::TyString);
                None
            }
        }
    }

    /// A string field that must be present and not blank.
    fn text(&mut self, table: &Table, key: &str) -> Option<Sp<String>> {
        if table.get(key).is_none() {
            self.missing(table, key);
            return None;
        }
        let text = self.string(table, key)?;
        if text.value.trim().is_empty() {
            let d = self.report_at(Code::EmptyText, Message::new(MsgId::EmptyText).arg("key", key), &text.loc);
            d.help = Some(MsgId::EmptyTextHelp.into());
            return None;
        }
        Some(text)
    }

    /// An optional string field that, when present, is not blank.
    fn optional_text(&mut self, table: &Table, key: &str) -> Option<String> {
        table.get(key)?;
        self.text(table, key).map(|t| t.value)
    }

    fn integer(&mut self, table: &Table, key: &str) -> Option<Sp<i64>> {
        let value = table.get(key)?;
        match as_integer(value.get_ref()) {
            Some(n) => Some(Sp { value: n, loc: self.loc(&value.span()) }),
            None => {
                self.wrong_type(key, value, MsgId::TyInteger);
                None
            }
        }
    }

    fn required_integer(&mut self, table: &Table, key: &str) -> Option<Sp<i64>> {
        if table.get(key).is_none() {
            self.missing(table, key);
            return None;
        }
        self.integer(table, key)
    }

    /// A whole number of 1 or more, reported under `code` otherwise.
    fn positive(&mut self, key: &str, value: &Value, code: Code) -> Option<u32> {
        let n = as_integer(value.get_ref()).and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 0);
        if n.is_none() {
            let (message, help) = match code {
                Code::BadAmount => (Message::new(MsgId::BadAmount), Message::new(MsgId::BadAmountHelp)),
                _ => {
                    (Message::new(MsgId::BadTarget).arg("key", key), Message::new(MsgId::BadTargetHelp).arg("key", key))
                }
            };
            let d = self.report(code, message, &value.span());
            d.help = Some(help);
        }
        n
    }

    fn optional_positive(&mut self, table: &Table, key: &str, code: Code) -> Option<u32> {
        let value = table.get(key)?;
        self.positive(key, value, code)
    }

    /// A year written as an integer (range checks against the plan come later).
    fn year(&mut self, key: &str, value: &Value) -> Option<Sp<i32>> {
        match as_integer(value.get_ref()) {
            Some(n) => {
                let year = i32::try_from(n).unwrap_or(i32::MAX);
                Some(Sp { value: year, loc: self.loc(&value.span()) })
            }
            None => {
                self.wrong_type(key, value, MsgId::TyInteger);
                None
            }
        }
    }

    fn years(&mut self, table: &Table, key: &str) -> Option<Vec<Sp<i32>>> {
        let items = self.array(table, key)?;
        Some(items.iter().filter_map(|v| self.year(key, v)).collect())
    }

    fn array<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str) -> Option<&'a DeArray<'i>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Array(items) => Some(items),
            _ => {
                self.wrong_type(key, value, MsgId::TyArray);
                None
            }
        }
    }

    /// A list of tables (`[[key]]` or `key = [{…}]`), each named `place` in messages.
    fn tables<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str, place: MsgId) -> Vec<Table<'a, 'i>> {
        let Some(value) = table.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, MsgId::TyTables);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(map) => out.push(Table { map, span: item.span(), place }),
                _ => self.wrong_type(key, item, MsgId::TyTable),
            }
        }
        out
    }

    /// A sub-table (`[key]` or `key = {…}`).
    fn table<'a, 'i>(&mut self, table: &Table<'a, 'i>, key: &str, place: MsgId) -> Option<Table<'a, 'i>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Table(map) => Some(Table { map, span: value.span(), place }),
            _ => {
                self.wrong_type(key, value, MsgId::TyTable);
                None
            }
        }
    }

    fn date(&mut self, table: &Table, key: &str) -> Option<Sp<NaiveDate>> {
        let Some(value) = table.get(key) else {
            self.missing(table, key);
            return None;
        };
        let span = value.span();
        let (written, help) = match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => {
                    let date = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day));
                    if let Some(date) = date {
                        return Some(Sp { value: date, loc: self.loc(&span) });
                    }
                    (dt.to_string(), MsgId::BadDateCalendarHelp)
                }
                _ => (dt.to_string(), MsgId::BadDateTimeHelp),
            },
            DeValue::String(s) => (format!("\"{s}\""), MsgId::BadDateQuotedHelp),
            _ => {
                self.wrong_type(key, value, MsgId::TyDate);
                return None;
            }
        };
        let d = self.report(Code::BadDate, Message::new(MsgId::BadDate).arg("value", written), &span);
        d.label = Some(MsgId::BadDateLabel.into());
        d.help = Some(help.into());
        None
    }

    /// An identifier: a required string (its form is checked in `check.rs`).
    fn id(&mut self, table: &Table) -> Option<Sp<String>> {
        self.text(table, "id")
    }
}

fn as_integer(value: &DeValue) -> Option<i64> {
    match value {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
        _ => None,
    }
}

fn type_name(value: &DeValue) -> MsgId {
    match value {
        DeValue::String(_) => MsgId::TyString,
        DeValue::Integer(_) => MsgId::TyInteger,
        DeValue::Float(_) => MsgId::TyFloat,
        DeValue::Boolean(_) => MsgId::TyBool,
        DeValue::Datetime(_) => MsgId::TyDate,
        DeValue::Array(_) => MsgId::TyArray,
        DeValue::Table(_) => MsgId::TyTable,
    }
}

const PLAN_KEYS: &[&str] = &["title", "organization", "language", "start_year", "end_year", "year_start"];
const ORIENTATION_KEYS: &[&str] = &["id", "title", "short", "objective"];
const OBJECTIVE_KEYS: &[&str] = &["id", "title", "short", "action"];
const ACTION_KEYS: &[&str] = &["id", "title", "short", "years", "indicator"];
const INDICATOR_KEYS: &[&str] = &["id", "text", "short", "kind", "target", "targets", "total", "due", "unit", "years"];
const COUNT_ONLY: &[&str] = &["target", "targets", "total", "unit"];
const TARGET_KEYS: &[&str] = &["target", "targets", "total"];
const KINDS: &[&str] = &["count", "milestone", "assessment"];
const ACTIVITY_KEYS: &[&str] = &["date", "title", "indicators", "amount", "note"];
const ASSESSMENT_KEYS: &[&str] = &["date", "indicator", "level", "note"];

/// The indicators whose kind could not be read: they exist, but nothing
/// about their kind can be checked.
#[derive(Debug, Default)]
pub struct Unsure {
    pub ids: Vec<String>,
}

impl Decoder<'_> {
    /// `plan.toml`. Only a readable period is essential; other faults are reported
    /// and replaced by defaults so that the rest of the plan can still be checked.
    pub fn plan_meta(&mut self, root: &Table) -> Option<PlanMeta> {
        self.known_keys(root, &["plan"]);
        let Some(plan) = self.table(root, "plan", MsgId::WherePlan) else {
            if root.get("plan").is_none() {
                self.missing(root, "plan");
            }
            return None;
        };
        self.known_keys(&plan, PLAN_KEYS);
        let title = self.text(&plan, "title").map(|t| t.value).unwrap_or_default();
        let organization = self.optional_text(&plan, "organization");
        let language = self.language(&plan);
        let year_start = self.year_start(&plan).unwrap_or(MonthDay::JANUARY_FIRST);
        let start = self.required_integer(&plan, "start_year");
        let end = self.required_integer(&plan, "end_year");
        let (start_year, end_year) = self.period(start?, end?)?;
        Some(PlanMeta { title, organization, language, start_year, end_year, year_start })
    }

    fn language(&mut self, plan: &Table) -> Option<Lang> {
        let code = self.string(plan, "language")?;
        let lang = Lang::from_code(&code.value);
        if lang.is_none() {
            let message = Message::new(MsgId::BadLanguage).arg("value", &code.value);
            self.report_at(Code::BadLanguage, message, &code.loc).help = Some(MsgId::BadLanguageHelp.into());
        }
        lang
    }

    fn year_start(&mut self, plan: &Table) -> Option<MonthDay> {
        let text = self.string(plan, "year_start")?;
        let parsed = MonthDay::parse(&text.value);
        if parsed.is_none() {
            let message = Message::new(MsgId::BadYearStart).arg("value", &text.value);
            self.report_at(Code::BadYearStart, message, &text.loc).help = Some(MsgId::BadYearStartHelp.into());
        }
        parsed
    }

    /// Both ends of the period must be sensible years, in order, not too far apart.
    fn period(&mut self, start: Sp<i64>, end: Sp<i64>) -> Option<(i32, i32)> {
        let in_range = |y: &Sp<i64>| (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y.value);
        let mut ok = true;
        for year in [&start, &end].into_iter().filter(|y| !in_range(y)) {
            let message =
                Message::new(MsgId::YearOutOfRange).arg("year", year.value).arg("min", MIN_YEAR).arg("max", MAX_YEAR);
            self.report_at(Code::BadPeriod, message, &year.loc);
            ok = false;
        }
        if !ok {
            return None;
        }
        let (s, e) = (start.value as i32, end.value as i32);
        if e < s {
            let message = Message::new(MsgId::EndBeforeStart).arg("start", s).arg("end", e);
            self.report_at(Code::BadPeriod, message, &end.loc).help = Some(MsgId::EndBeforeStartHelp.into());
            return None;
        }
        if e - s + 1 > MAX_PERIOD_YEARS {
            let message = Message::new(MsgId::PeriodTooLong).arg("n", e - s + 1).arg("max", MAX_PERIOD_YEARS);
            self.report_at(Code::BadPeriod, message, &end.loc);
            return None;
        }
        Some((s, e))
    }

    /// An item's id; a missing one becomes an empty id so that its children are still read.
    fn item_id(&mut self, table: &Table) -> Sp<String> {
        self.id(table).unwrap_or_else(|| Sp { value: String::new(), loc: self.loc(&table.span) })
    }

    pub fn orientation(&mut self, root: &Table, unsure: &mut Unsure) -> Orientation {
        self.known_keys(root, ORIENTATION_KEYS);
        let id = self.item_id(root);
        let title = self.text(root, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(root, "short");
        let tables = self.tables(root, "objective", MsgId::WhereObjective);
        let objectives = tables.iter().map(|t| self.objective(t, unsure)).collect();
        Orientation { id, title, short, objectives }
    }

    fn objective(&mut self, table: &Table, unsure: &mut Unsure) -> Objective {
        self.known_keys(table, OBJECTIVE_KEYS);
        let id = self.item_id(table);
        let title = self.text(table, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let tables = self.tables(table, "action", MsgId::WhereAction);
        let actions = tables.iter().map(|t| self.action(t, unsure)).collect();
        Objective { id, title, short, actions }
    }

    fn action(&mut self, table: &Table, unsure: &mut Unsure) -> Action {
        self.known_keys(table, ACTION_KEYS);
        let id = self.item_id(table);
        let title = self.text(table, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let years = self.years(table, "years");
        let tables = self.tables(table, "indicator", MsgId::WhereIndicator);
        let indicators = tables.iter().filter_map(|t| self.indicator(t, unsure)).collect();
        Action { id, title, short, years, indicators }
    }

    /// An indicator; one whose kind cannot be read is left out and noted in `unsure`.
    fn indicator(&mut self, table: &Table, unsure: &mut Unsure) -> Option<Indicator> {
        self.known_keys(table, INDICATOR_KEYS);
        let id = self.item_id(table);
        let text = self.text(table, "text").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let years = self.years(table, "years");
        let Some(kind) = self.kind(table) else {
            unsure.ids.push(id.value);
            return None;
        };
        Some(Indicator { id, text, short, kind, years })
    }

    fn kind(&mut self, table: &Table) -> Option<IndicatorKind> {
        let name = self.text(table, "kind")?;
        let kind = match name.value.as_str() {
            "count" => {
                IndicatorKind::Count { target: self.count_target(table), unit: self.optional_text(table, "unit") }
            }
            "milestone" => IndicatorKind::Milestone { due: table.get("due").and_then(|v| self.year("due", v)) },
            "assessment" => IndicatorKind::Assessment,
            other => {
                let help = match closest(other, KINDS.iter().copied()) {
                    Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                    None => MsgId::UnknownKindHelp.into(),
                };
                let message = Message::new(MsgId::UnknownKind).arg("value", other);
                self.report_at(Code::UnknownKind, message, &name.loc).help = Some(help);
                return None;
            }
        };
        self.fields_for_kind(table, &kind);
        Some(kind)
    }

    /// Reports fields that the indicator's kind does not use.
    fn fields_for_kind(&mut self, table: &Table, kind: &IndicatorKind) {
        let misplaced = |key: &&str| match kind {
            IndicatorKind::Count { .. } => *key == "due",
            IndicatorKind::Milestone { .. } => COUNT_ONLY.contains(key),
            IndicatorKind::Assessment => *key == "due" || COUNT_ONLY.contains(key),
        };
        for (key, value) in table.map.iter() {
            let name = key.get_ref().as_ref();
            if misplaced(&name) {
                let message = Message::new(MsgId::FieldNotForKind).arg("key", name).arg("kind", kind.name());
                let d = self.report(Code::FieldNotForKind, message, &value.span());
                d.help = Some(MsgId::FieldNotForKindHelp.into());
            }
        }
    }

    fn count_target(&mut self, table: &Table) -> CountTarget {
        let present: Vec<&str> = TARGET_KEYS.iter().copied().filter(|k| table.get(k).is_some()).collect();
        for extra in present.iter().skip(1) {
            let span = table.get(extra).map(|v| v.span()).unwrap_or_default();
            let d = self.report(Code::ConflictingTargets, MsgId::ConflictingTargets, &span);
            d.help = Some(MsgId::ConflictingTargetsHelp.into());
        }
        let target = match present.first().copied() {
            Some("target") => self.optional_positive(table, "target", Code::BadTarget).map(CountTarget::Yearly),
            Some("total") => self.optional_positive(table, "total", Code::BadTarget).map(CountTarget::Total),
            Some(_) => self.per_year_targets(table),
            None => Some(CountTarget::None),
        };
        target.unwrap_or(CountTarget::None)
    }

    fn per_year_targets(&mut self, table: &Table) -> Option<CountTarget> {
        let targets = self.table(table, "targets", MsgId::WhereTargets)?;
        let mut out = Vec::new();
        for (key, value) in targets.map.iter() {
            let name = key.get_ref().as_ref();
            let year = name.parse::<i32>().ok();
            if year.is_none() {
                let message = Message::new(MsgId::NotAYear).arg("value", name);
                self.report(Code::YearOutsidePeriod, message, &key.span()).help = Some(MsgId::NotAYearHelp.into());
            }
            let amount = self.positive(&format!("targets.{name}"), value, Code::BadTarget);
            if let (Some(year), Some(amount)) = (year, amount) {
                out.push((Sp { value: year, loc: self.loc(&key.span()) }, amount));
            }
        }
        out.sort_by_key(|(y, _)| y.value);
        Some(CountTarget::PerYear(out))
    }

    /// A journal file. `year` is the plan year its name gives, if it gives one.
    pub fn journal(&mut self, root: &Table, year: Option<i32>) -> JournalFile {
        self.known_keys(root, &["activity", "assessment"]);
        let tables = self.tables(root, "activity", MsgId::WhereActivity);
        let activities = tables.iter().filter_map(|t| self.activity(t)).collect();
        let tables = self.tables(root, "assessment", MsgId::WhereAssessment);
        let assessments = tables.iter().filter_map(|t| self.assessment(t)).collect();
        JournalFile { year, activities, assessments }
    }

    fn activity(&mut self, table: &Table) -> Option<Activity> {
        self.known_keys(table, ACTIVITY_KEYS);
        let date = self.date(table, "date");
        let title = self.text(table, "title");
        let indicators = self.indicator_refs(table);
        let amount = match table.get("amount") {
            Some(_) => self.optional_positive(table, "amount", Code::BadAmount),
            None => Some(1),
        };
        let note = self.string(table, "note").map(|n| n.value);
        Some(Activity {
            date: date?,
            title: title?.value,
            indicators: indicators?,
            amount: amount?,
            note,
            loc: self.loc(&table.span),
        })
    }

    fn indicator_refs(&mut self, table: &Table) -> Option<Vec<Sp<String>>> {
        let span = match table.get("indicators") {
            Some(value) => value.span(),
            None => table.span.clone(),
        };
        let items = match table.get("indicators") {
            Some(_) => self.array(table, "indicators")?,
            None => &DeArray::new(),
        };
        if items.is_empty() {
            self.report(Code::NoIndicators, MsgId::NoIndicators, &span).help = Some(MsgId::NoIndicatorsHelp.into());
            return None;
        }
        let mut ids = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => ids.push(Sp { value: s.to_string(), loc: self.loc(&item.span()) }),
                _ => self.wrong_type("indicators", item, MsgId::TyString),
            }
        }
        (ids.len() == items.len()).then_some(ids)
    }

    fn assessment(&mut self, table: &Table) -> Option<Assessment> {
        self.known_keys(table, ASSESSMENT_KEYS);
        let date = self.date(table, "date");
        let indicator = self.text(table, "indicator");
        let level = self.level(table);
        let note = self.string(table, "note").map(|n| n.value);
        Some(Assessment { date: date?, indicator: indicator?, level: level?, note, loc: self.loc(&table.span) })
    }

    fn level(&mut self, table: &Table) -> Option<Level> {
        let text = self.text(table, "level")?;
        let level = Level::from_name(&text.value);
        if level.is_none() {
            let names = Level::ALL.map(Level::name);
            let help = match closest(&text.value, names) {
                Some(s) => Message::new(MsgId::DidYouMean).arg("suggestion", s),
                None => MsgId::UnknownLevelHelp.into(),
            };
            let message = Message::new(MsgId::UnknownLevel).arg("value", &text.value);
            self.report_at(Code::UnknownLevel, message, &text.loc).help = Some(help);
        }
        level
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English message of the first syntax error in `text`.
    fn first_error(text: &str) -> String {
        let mut diags = Vec::new();
        parse(FileId(0), text, &mut diags);
        diags[0].message.render(Lang::En)
    }

    #[test]
    fn common_syntax_errors_get_their_own_words() {
        assert_eq!(
            first_error("activity = 3\n[[activity]]\n"),
            "key `activity` is already defined above in this table"
        );
        assert_eq!(first_error("title = \"Rencontre\n"), "quoted text that is never closed");
        assert_eq!(first_error("title = 'Rencontre"), "quoted text that is never closed");
        assert_eq!(first_error("title = \"a\u{1b}b\"\n"), "a control character, which TOML does not allow");
        assert_eq!(first_error("# a\u{7} b\n"), "a control character, which TOML does not allow");
        assert_eq!(first_error("title = Rencontre du comité\n"), "text without quotes");
        let deep = format!("x = {}{}", "[".repeat(1000), "]".repeat(1000));
        assert_eq!(first_error(&deep), "arrays or tables nested too deep");
    }

    #[test]
    fn other_syntax_errors_keep_the_parser_detail() {
        assert_eq!(first_error("[[activity\n"), "invalid TOML: unclosed array table, expected `]]`");
    }
}
