//! Tags: every name must be declared under `[tags]` in plan.toml, and every
//! value must be one of its values. Suggestions ignore case and accents, so
//! that "mekinac" leads to "Mékinac".

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{PlanMeta, Sp, Tag};
use crate::suggest::closest_folded;

pub fn check(meta: &PlanMeta, tags: &[Tag], diags: &mut Vec<Diagnostic>) {
    for tag in tags {
        let Some(vocabulary) = meta.vocabulary(&tag.name.value) else {
            diags.push(unknown_name(meta, &tag.name));
            continue;
        };
        let allowed: Vec<&str> = vocabulary.values.iter().map(|v| v.value.as_str()).collect();
        for value in tag.values.iter().filter(|v| !allowed.contains(&v.value.as_str())) {
            diags.push(unknown_value(&tag.name.value, &allowed, value));
        }
    }
}

fn unknown_name(meta: &PlanMeta, name: &Sp<String>) -> Diagnostic {
    let names: Vec<&str> = meta.tags.iter().map(|v| v.name.value.as_str()).collect();
    let help = match closest_folded(&name.value, names.iter().copied()) {
        Some(s) => super::did_you_mean(&name.value, s, MsgId::DidYouMean),
        None if names.is_empty() => MsgId::NoTagsHelp.into(),
        None => Message::new(MsgId::UnknownTagHelp).arg("list", names.join(", ")),
    };
    let message = Message::new(MsgId::UnknownTag).arg("name", &name.value);
    Diagnostic::new(Code::UnknownTag, message, Some(name.loc)).help(help)
}

fn unknown_value(name: &str, allowed: &[&str], value: &Sp<String>) -> Diagnostic {
    let help = match closest_folded(&value.value, allowed.iter().copied()) {
        Some(s) => super::did_you_mean(&value.value, s, MsgId::DidYouMean),
        None => Message::new(MsgId::TagValuesHelp).arg("list", allowed.join(", ")),
    };
    let message = Message::new(MsgId::UnknownTagValue).arg("value", &value.value).arg("name", name);
    Diagnostic::new(Code::UnknownTagValue, message, Some(value.loc)).help(help)
}
