//! An orientation file: the orientation, its objectives, their actions and
//! their indicators, with each indicator's kind and targets.

use ::toml::de::DeValue;

use super::toml::{Decoder, Table, Value};
use crate::diagnostic::Code;
use crate::i18n::{Message, MsgId};
use crate::model::{Action, CountTarget, Indicator, IndicatorKind, Objective, Orientation, Sp};
use crate::suggest::closest;

pub(super) const ORIENTATION_KEYS: &[&str] = &["id", "title", "short", "objective"];
pub(super) const OBJECTIVE_KEYS: &[&str] = &["id", "title", "short", "action"];
pub(super) const ACTION_KEYS: &[&str] = &["id", "title", "short", "years", "indicator"];
pub(super) const INDICATOR_KEYS: &[&str] =
    &["id", "text", "short", "kind", "target", "targets", "total", "due", "unit", "years"];
const COUNT_ONLY: &[&str] = &["target", "targets", "total", "unit"];
const TARGET_KEYS: &[&str] = &["target", "targets", "total"];
const KINDS: &[&str] = &["count", "milestone", "assessment"];

/// The ids that exist but could not be read: an indicator whose kind is not
/// readable, or any item written under a level that is missing, misnamed or
/// broken. Nothing about them can be checked, and an entry that cites one
/// (an activity, an assessment or a narrative's `about`) is not told that it
/// names none.
pub type Unsure = Vec<String>;

impl Decoder<'_> {
    /// An item's id; a missing one becomes an empty id so that its children are still read.
    fn item_id(&mut self, table: &Table) -> Sp<String> {
        self.id(table).unwrap_or_else(|| Sp { value: String::new(), loc: self.loc(&table.span) })
    }

    pub fn orientation(&mut self, root: &Table, unsure: &mut Unsure) -> Orientation {
        self.level_keys(root, ORIENTATION_KEYS, unsure);
        let id = self.item_id(root);
        let title = self.text(root, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(root, "short");
        let tables = self.sections(root, "objective", MsgId::WhereObjective, unsure);
        let objectives = tables.iter().map(|t| self.objective(t, unsure)).collect();
        Orientation { id, title, short, objectives }
    }

    /// The objectives of a piece of an orientation file that starts at an `[[objective]]`.
    pub fn objectives(&mut self, root: &Table, unsure: &mut Unsure) -> Vec<Objective> {
        self.level_keys(root, &["objective"], unsure);
        let tables = self.sections(root, "objective", MsgId::WhereObjective, unsure);
        tables.iter().map(|t| self.objective(t, unsure)).collect()
    }

    fn objective(&mut self, table: &Table, unsure: &mut Unsure) -> Objective {
        self.level_keys(table, OBJECTIVE_KEYS, unsure);
        let id = self.item_id(table);
        let title = self.text(table, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let tables = self.sections(table, "action", MsgId::WhereAction, unsure);
        let actions = tables.iter().map(|t| self.action(t, unsure)).collect();
        Objective { id, title, short, actions }
    }

    fn action(&mut self, table: &Table, unsure: &mut Unsure) -> Action {
        self.level_keys(table, ACTION_KEYS, unsure);
        let id = self.item_id(table);
        let title = self.text(table, "title").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let years = self.years(table, "years");
        let tables = self.sections(table, "indicator", MsgId::WhereIndicator, unsure);
        let indicators = tables.iter().filter_map(|t| self.indicator(t, unsure)).collect();
        Action { id, title, short, years, indicators }
    }

    /// Reports the keys of `table` not in `allowed`, noting in `unsure` the
    /// ids written under them (`[[objective.indicator]]`, `[[objectif]]`).
    fn level_keys(&mut self, table: &Table, allowed: &[&str], unsure: &mut Unsure) {
        self.known_keys(table, allowed);
        for (_, value) in table.map.iter().filter(|(key, _)| !allowed.contains(&key.get_ref().as_ref())) {
            ids_within(value.get_ref(), unsure);
        }
    }

    /// The sections `key` of `table` (its objectives, actions or indicators).
    /// When they are not written as sections, the ids written in them are
    /// noted in `unsure`: the items exist, and the entries that cite
    /// them are not to be told they name none.
    fn sections<'a, 'i>(
        &mut self,
        table: &Table<'a, 'i>,
        key: &str,
        place: MsgId,
        unsure: &mut Unsure,
    ) -> Vec<Table<'a, 'i>> {
        if let Some(value) = table.get(key).filter(|v| !matches!(v.get_ref(), DeValue::Array(_))) {
            ids_within(value.get_ref(), unsure);
        }
        self.tables(table, key, place)
    }

    /// An indicator; one whose kind cannot be read is left out and noted in `unsure`.
    fn indicator(&mut self, table: &Table, unsure: &mut Unsure) -> Option<Indicator> {
        self.level_keys(table, INDICATOR_KEYS, unsure);
        let id = self.item_id(table);
        let text = self.text(table, "text").map(|t| t.value).unwrap_or_default();
        let short = self.optional_text(table, "short");
        let years = self.years(table, "years");
        let Some(kind) = self.kind(table) else {
            unsure.push(id.value);
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
                let how = crate::diagnostic::how_measured(kind);
                let message = Message::new(MsgId::FieldNotForKind).arg("key", name).arg_msg("how", how);
                let d = self.report(Code::FieldNotForKind, message, &value.span());
                d.help = Some(Message::new(MsgId::FieldNotForKindHelp).arg("key", name));
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
        if present.first().is_some_and(|&key| self.target_in_other_shape(table, key)) {
            return CountTarget::None;
        }
        let target = match present.first().copied() {
            Some("target") => self.optional_positive(table, "target", Code::BadTarget).map(CountTarget::Yearly),
            Some("total") => self.optional_positive(table, "total", Code::BadTarget).map(CountTarget::Total),
            Some(_) => self.per_year_targets(table),
            None => Some(CountTarget::None),
        };
        target.unwrap_or(CountTarget::None)
    }

    /// A target written in the other key's shape: `targets = 4` or a list
    /// for the same target every year, `target = [4, 6, 8]` or `target = {
    /// 2017 = 4 }` for a target each year. Reported as the key's wrong type,
    /// with the line in the right shape; `false` for any other value.
    fn target_in_other_shape(&mut self, table: &Table, key: &str) -> bool {
        let Some(value) = table.get(key) else { return false };
        let numbers: Vec<&str> = match value.get_ref() {
            DeValue::Integer(_) if key == "targets" => vec![self.written(&value.span())],
            DeValue::Array(items) if items.iter().all(|i| matches!(i.get_ref(), DeValue::Integer(_))) => {
                items.iter().map(|i| self.written(&i.span())).collect()
            }
            DeValue::Table(_) if key == "target" && self.written(&value.span()).starts_with('{') => {
                let help = Message::new(MsgId::TargetsByYearHelp)
                    .arg("line", format!("targets = {}", self.written(&value.span())));
                return self.target_reported(key, value, help);
            }
            _ => return false,
        };
        let help = match (numbers.as_slice(), self.first_year) {
            ([], _) => return false,
            ([first, rest @ ..], _) if rest.iter().all(|n| n == first) => {
                Message::new(MsgId::TargetOnceHelp).arg("number", *first)
            }
            (_, Some(year)) => {
                let pairs: Vec<String> = (year..).zip(&numbers).map(|(year, n)| format!("{year} = {n}")).collect();
                Message::new(MsgId::TargetsByYearHelp).arg("line", format!("targets = {{ {} }}", pairs.join(", ")))
            }
            _ => return false,
        };
        self.target_reported(key, value, help)
    }

    /// Reports `value` as `key`'s wrong type, with `help`.
    fn target_reported(&mut self, key: &str, value: &Value, help: Message) -> bool {
        let d = match key {
            "targets" => self.wrong_type(key, value, MsgId::TyTable),
            _ => self.not_positive(key, value, Code::BadTarget),
        };
        d.help = Some(help);
        true
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
}

/// Every `id = "…"` written in `value`, at any depth.
fn ids_within(value: &DeValue, ids: &mut Unsure) {
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            DeValue::Table(table) => {
                for (key, value) in table.iter() {
                    match value.get_ref() {
                        DeValue::String(id) if key.get_ref() == "id" => ids.push(id.to_string()),
                        other => stack.push(other),
                    }
                }
            }
            DeValue::Array(items) => stack.extend(items.iter().map(|item| item.get_ref())),
            _ => {}
        }
    }
}
