//! JSON Schemas for the plan's files, made for one plan: the years its
//! targets may name, the indicator ids (with their texts) its journal may
//! cite, and its tag values. An editor (taplo, VS Code's Even Better TOML)
//! completes and checks the files with them as one types; `plan check`
//! stays the authority, so a schema may be looser than it, never stricter.

use serde_json::{Map, Value, json};

use crate::i18n::MsgId;
use std::path::{Path, PathBuf};

use crate::layout::{JOURNAL_DIR, ORIENTATIONS_DIR, PLAN_FILE, PLAN_SUBDIR, SCHEMA_DIR, SCHEMA_FILES};
use crate::model::{IndicatorKind, Lang, Level, Node, Plan, Topic};

/// The three schemas, as the files `plan schema --write` makes.
pub struct Schemas {
    pub plan: String,
    pub orientation: String,
    pub journal: String,
}

impl Schemas {
    /// Each schema with its file name, in the order of [`SCHEMA_FILES`].
    pub fn files(&self) -> [(&'static str, &str); 3] {
        [(SCHEMA_FILES[0], &self.plan), (SCHEMA_FILES[1], &self.orientation), (SCHEMA_FILES[2], &self.journal)]
    }
}

/// The schemas of `plan`'s files, described in the plan's language (else
/// in English: the same plan always gives the same schemas).
pub fn schemas(plan: &Plan) -> Schemas {
    let words = Words { lang: plan.meta.language.unwrap_or(Lang::En) };
    Schemas {
        plan: text(plan_schema(&words)),
        orientation: text(orientation_schema(plan, &words)),
        journal: text(journal_schema(plan, &words)),
    }
}

/// The first line of a `.taplo.toml` that plan wrote, and may write again.
pub const TAPLO_HEADER: &str = "# Written by plan (plan schema --write)";

/// Where the editor's `.taplo.toml` goes for the plan directory `dir` (beside
/// it when it is a `plan/` folder, else in it), and what it says: each file
/// of the plan with its schema, in paths relative to that place.
pub fn taplo_config(dir: &Path) -> (PathBuf, String) {
    let nested = dir.file_name().is_some_and(|n| n == PLAN_SUBDIR);
    let (root, prefix) = match dir.parent().filter(|_| nested) {
        Some(parent) => (parent.to_path_buf(), format!("{PLAN_SUBDIR}/")),
        None => (dir.to_path_buf(), String::new()),
    };
    let mut text = format!(
        "{TAPLO_HEADER}: which JSON Schema each file of the\n\
         # plan follows, for taplo and VS Code's Even Better TOML. plan writes it\n\
         # again with the schemas; plan check stays the authority.\n"
    );
    let files = [PLAN_FILE.to_string(), format!("{ORIENTATIONS_DIR}/*.toml"), format!("{JOURNAL_DIR}/*.toml")];
    for (pattern, schema) in files.iter().zip(SCHEMA_FILES) {
        text += &format!(
            "\n[[rule]]\ninclude = [\"{prefix}{pattern}\"]\n\n[rule.schema]\npath = \"{prefix}{SCHEMA_DIR}/{schema}\"\n"
        );
    }
    (root, text)
}

/// Pretty JSON with a final newline, as a file should end.
fn text(schema: Value) -> String {
    serde_json::to_string_pretty(&schema).expect("a schema is plain JSON") + "\n"
}

/// The descriptions, in one language.
struct Words {
    lang: Lang,
}

impl Words {
    fn say(&self, id: MsgId) -> Value {
        Value::String(id.template(self.lang).to_string())
    }

    /// A property: its JSON Schema, with the description `id`.
    fn field(&self, id: MsgId, mut schema: Value) -> Value {
        schema["description"] = self.say(id);
        schema
    }
}

/// A schema's top: the draft, a title, and an object of `properties`.
fn object(title: &str, properties: Value, required: &[&str]) -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// An object nested in a file: its properties, required keys, and no other key.
fn table(properties: Value, required: &[&str]) -> Value {
    json!({ "type": "object", "properties": properties, "required": required, "additionalProperties": false })
}

/// A list of `[[…]]` sections, each a `table`.
fn sections(item: Value) -> Value {
    json!({ "type": "array", "items": item })
}

/// One of `values`, each shown with its `docs` on hover.
fn one_of(values: Vec<Value>, docs: Vec<String>) -> Value {
    json!({ "enum": values, "x-taplo": { "docs": { "enumValues": docs } } })
}

fn text_field() -> Value {
    json!({ "type": "string", "minLength": 1 })
}

fn plan_schema(w: &Words) -> Value {
    let year = json!({ "type": "integer", "minimum": 1900, "maximum": 2200 });
    let plan = table(
        json!({
            "title": w.field(MsgId::SchemaPlanTitle, text_field()),
            "organization": w.field(MsgId::SchemaOrganization, text_field()),
            "language": w.field(MsgId::SchemaLanguage, json!({ "enum": ["fr", "en"] })),
            "start_year": w.field(MsgId::SchemaStartYear, year.clone()),
            "end_year": w.field(MsgId::SchemaEndYear, year),
            "year_start": w.field(MsgId::SchemaYearStart, json!({ "type": "string", "pattern": "^[0-9]{2}-[0-9]{2}$" })),
        }),
        &["title", "start_year", "end_year"],
    );
    let tags = json!({ "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } });
    let monitoring = table(
        json!({ "stale_after_days": w.field(MsgId::SchemaStaleAfter, json!({ "type": "integer", "minimum": 1 })) }),
        &[],
    );
    object(
        "plan.toml",
        json!({
            "plan": w.field(MsgId::SchemaPlan, plan),
            "tags": w.field(MsgId::SchemaTags, tags),
            "monitoring": w.field(MsgId::SchemaMonitoring, monitoring),
        }),
        &["plan"],
    )
}

fn orientation_schema(plan: &Plan, w: &Words) -> Value {
    let years: Vec<i32> = plan.meta.years().collect();
    let id = json!({ "type": "string", "pattern": "^[A-Za-z0-9._-]+$" });
    let years_field = w.field(MsgId::SchemaYears, json!({ "type": "array", "items": { "enum": years } }));
    let head = |extra: Value| {
        let mut props = json!({
            "id": w.field(MsgId::SchemaId, id.clone()),
            "title": w.field(MsgId::SchemaTitle, text_field()),
            "short": w.field(MsgId::SchemaShort, text_field()),
        });
        props.as_object_mut().expect("an object").extend(extra.as_object().cloned().unwrap_or_default());
        props
    };
    let indicator = table(indicator_properties(plan, w, &id, &years_field), &["id", "text", "kind"]);
    let action = table(
        head(json!({ "years": years_field, "indicator": w.field(MsgId::SchemaIndicator, sections(indicator)) })),
        &["id", "title"],
    );
    let objective = table(head(json!({ "action": w.field(MsgId::SchemaAction, sections(action)) })), &["id", "title"]);
    object(
        "orientations/*.toml",
        head(json!({ "objective": w.field(MsgId::SchemaObjective, sections(objective)) })),
        &["id", "title"],
    )
}

fn indicator_properties(plan: &Plan, w: &Words, id: &Value, years_field: &Value) -> Value {
    let years: Vec<String> = plan.meta.years().map(|y| y.to_string()).collect();
    let count = json!({ "type": "integer", "minimum": 1 });
    let kinds = one_of(
        vec![json!("count"), json!("milestone"), json!("assessment")],
        [MsgId::HowCount, MsgId::HowMilestone, MsgId::HowAssessment].map(|m| m.template(w.lang).to_string()).to_vec(),
    );
    let targets = json!({ "type": "object", "propertyNames": { "enum": years }, "additionalProperties": count });
    json!({
        "id": w.field(MsgId::SchemaId, id.clone()),
        "text": w.field(MsgId::SchemaText, text_field()),
        "short": w.field(MsgId::SchemaShort, text_field()),
        "kind": w.field(MsgId::SchemaKind, kinds),
        "target": w.field(MsgId::SchemaTarget, count.clone()),
        "targets": w.field(MsgId::SchemaTargets, targets),
        "total": w.field(MsgId::SchemaTotal, count),
        "due": w.field(MsgId::SchemaDue, json!({ "enum": plan.meta.years().collect::<Vec<_>>() })),
        "unit": w.field(MsgId::SchemaUnit, text_field()),
        "years": years_field,
    })
}

fn journal_schema(plan: &Plan, w: &Words) -> Value {
    let common = |mut props: Map<String, Value>| {
        props.insert("date".into(), w.field(MsgId::SchemaDate, json!({ "type": "string", "format": "date" })));
        props.insert(
            "evidence".into(),
            w.field(MsgId::SchemaEvidence, json!({ "type": "array", "items": text_field() })),
        );
        props.insert("tags".into(), w.field(MsgId::SchemaEntryTags, tags(plan)));
        Value::Object(props)
    };
    let activity = json!({
        "title": w.field(MsgId::SchemaEntryTitle, text_field()),
        "indicators": w.field(MsgId::SchemaIndicators, json!({ "type": "array", "minItems": 1, "items": ids(plan, Ids::Indicators) })),
        "amount": w.field(MsgId::SchemaAmount, json!({ "type": "integer", "minimum": 1 })),
        "note": w.field(MsgId::SchemaNote, json!({ "type": "string" })),
    });
    let assessment = json!({
        "indicator": w.field(MsgId::SchemaEntryIndicator, ids(plan, Ids::Judged)),
        "level": w.field(MsgId::SchemaLevel, words(Level::ALL.iter().map(|l| l.word()))),
        "note": w.field(MsgId::SchemaNote, json!({ "type": "string" })),
    });
    let narrative = json!({
        "about": w.field(MsgId::SchemaAbout, ids(plan, Ids::Any)),
        "topic": w.field(MsgId::SchemaTopic, words(Topic::ALL.iter().map(|t| t.word()))),
        "text": w.field(MsgId::SchemaNarrativeText, text_field()),
    });
    let entry = |props: Value, required: &[&str]| {
        sections(table(common(props.as_object().cloned().unwrap_or_default()), required))
    };
    object(
        "journal/*.toml",
        json!({
            "activity": w.field(MsgId::SchemaActivity, entry(activity, &["date", "title", "indicators"])),
            "assessment": w.field(MsgId::SchemaAssessment, entry(assessment, &["date", "indicator", "level"])),
            "narrative": w.field(MsgId::SchemaNarrative, entry(narrative, &["date", "about", "topic", "text"])),
        }),
        &[],
    )
}

/// Which ids a journal field takes.
#[derive(Clone, Copy, PartialEq)]
enum Ids {
    /// Every indicator (an activity on an assessment indicator is only a warning).
    Indicators,
    /// The indicators judged by a level.
    Judged,
    /// Any id of the plan, or `plan`.
    Any,
}

/// The ids `which` takes, each with its title or text as its docs.
fn ids(plan: &Plan, which: Ids) -> Value {
    let mut seen = std::collections::HashSet::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for node in plan.tree().walk().map(|t| t.node()) {
        let fits = match (which, node) {
            (Ids::Any, _) => true,
            (Ids::Indicators, Node::Indicator(_)) => true,
            (Ids::Judged, Node::Indicator(i)) => i.kind == IndicatorKind::Assessment,
            _ => false,
        };
        if fits && seen.insert(node.id().value.clone()) {
            pairs.push((node.id().value.clone(), node.title().to_string()));
        }
    }
    if which == Ids::Any {
        pairs.push(("plan".to_string(), plan.meta.title.clone()));
    }
    let (values, docs) = pairs.into_iter().map(|(id, text)| (Value::String(id), text)).unzip();
    one_of(values, docs)
}

/// Both spellings of each word.
fn words(all: impl Iterator<Item = crate::model::Word>) -> Value {
    let values: Vec<Value> = all.flat_map(|w| [json!(w.en), json!(w.fr)]).collect();
    json!({ "enum": values })
}

/// `tags = { name = "value" }` or a list of values, for each declared name.
fn tags(plan: &Plan) -> Value {
    let props: Map<String, Value> = plan
        .meta
        .tags
        .iter()
        .map(|t| {
            let values: Vec<&str> = t.values.iter().map(|v| v.value.as_str()).collect();
            let one = json!({ "enum": values });
            (t.name.value.clone(), json!({ "anyOf": [one, { "type": "array", "items": one }] }))
        })
        .collect();
    json!({ "type": "object", "properties": props, "additionalProperties": false })
}
