//! Evidence: a path must name a regular file inside the plan directory (not
//! `..` out of it, not through a link out of it); a URL must be `http(s)://`
//! and is checked for form only, never fetched.

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::{Message, MsgId};
use crate::model::{Found, Listing, Sp, is_address};
use crate::suggest::closest;

/// Checks every piece of evidence of an entry.
pub fn check(listing: &Listing, evidence: &[Sp<String>], diags: &mut Vec<Diagnostic>) {
    for item in evidence {
        let text = item.value.trim();
        let problem = if is_address(text) { bad_url(text, item) } else { bad_path(listing, text, item) };
        diags.extend(problem);
    }
}

/// A web address: `http://` or `https://`, a host, and no white space.
fn bad_url(text: &str, item: &Sp<String>) -> Option<Diagnostic> {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let fine = host.is_some_and(|h| !h.is_empty() && !h.starts_with('.') && !h.contains('@'))
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    if fine {
        return None;
    }
    let message = Message::new(MsgId::BadUrl).arg("url", &item.value);
    Some(Diagnostic::new(Code::BadUrl, message, Some(item.loc)).help(MsgId::BadUrlHelp))
}

/// A path relative to the plan directory, with `/` or `\`: it must not leave
/// the plan, and must name one of its regular files.
fn bad_path(listing: &Listing, text: &str, item: &Sp<String>) -> Option<Diagnostic> {
    let absolute = text.starts_with(['/', '\\']) || text.get(1..2) == Some(":");
    let parts: Vec<&str> = text.split(['/', '\\']).filter(|p| !p.is_empty() && *p != ".").collect();
    if absolute && let Some(inside) = within_plan(listing, &parts) {
        return Some(full_path(item, &inside));
    }
    if absolute || parts.contains(&"..") {
        return Some(outside(item));
    }
    match listing.get(&parts.join("/")) {
        Some(Found::File) => None,
        Some(Found::Outside) => Some(outside(item)),
        None => Some(not_found(listing, &parts, item)),
    }
}

fn outside(item: &Sp<String>) -> Diagnostic {
    let message = Message::new(MsgId::EvidenceOutsidePlan).arg("path", &item.value);
    Diagnostic::new(Code::EvidenceOutsidePlan, message, Some(item.loc)).help(MsgId::EvidenceOutsidePlanHelp)
}

/// The path from the plan's folder of a file named by its full path
/// (`C:\Users\Marie\plan\documents\pv.pdf`, on the computer that wrote it):
/// the longest end of it that names a file of the plan.
fn within_plan(listing: &Listing, parts: &[&str]) -> Option<String> {
    let ends = (1..parts.len()).map(|from| parts[from..].join("/"));
    ends.into_iter().find(|end| listing.get(end) == Some(Found::File))
}

fn full_path(item: &Sp<String>, inside: &str) -> Diagnostic {
    let message = Message::new(MsgId::EvidenceFullPath).arg("path", &item.value);
    let help = Message::new(MsgId::EvidenceFullPathHelp).arg("path", inside);
    Diagnostic::new(Code::EvidenceOutsidePlan, message, Some(item.loc)).help(help)
}

/// No such file: suggest the file whose name is closest.
fn not_found(listing: &Listing, parts: &[&str], item: &Sp<String>) -> Diagnostic {
    let name = parts.last().copied().unwrap_or("");
    let file_name = |path: &str| path.rsplit('/').next().unwrap_or(path).to_string();
    let names: Vec<(String, &str)> = listing.files().map(|p| (file_name(p), p)).collect();
    let near = closest(name, names.iter().map(|(n, _)| n.as_str()));
    let help = match near.and_then(|n| names.iter().find(|(m, _)| m == n)) {
        Some((_, path)) => Message::new(MsgId::DidYouMean).arg("suggestion", path),
        None => MsgId::EvidenceHelp.into(),
    };
    let message = Message::new(MsgId::EvidenceNotFound).arg("path", &item.value);
    Diagnostic::new(Code::EvidenceNotFound, message, Some(item.loc)).label(MsgId::EvidenceNotFoundLabel).help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(listing: &Listing, texts: &[&str]) -> Vec<Option<&'static str>> {
        texts
            .iter()
            .map(|t| {
                let mut diags = Vec::new();
                check(listing, &[Sp::nowhere(t.to_string())], &mut diags);
                diags.first().map(|d| d.code.as_str())
            })
            .collect()
    }

    #[test]
    fn paths_and_addresses() {
        let mut listing = Listing::default();
        listing.insert("documents/pv.pdf".into(), Found::File);
        listing.insert("documents/ailleurs.pdf".into(), Found::Outside);
        let cases = [
            ("documents/pv.pdf", None),
            ("./documents//pv.pdf", None),
            ("documents\\pv.pdf", None),
            ("documents/pv2.pdf", Some("E0212")),
            ("documents/ailleurs.pdf", Some("E0213")),
            ("../secret.env", Some("E0213")),
            ("documents/../../x", Some("E0213")),
            ("/etc/passwd", Some("E0213")),
            ("C:\\Users\\x.pdf", Some("E0213")),
            ("C:\\Users\\Marie\\plan\\documents\\pv.pdf", Some("E0213")),
            ("https://cdsm.example/bilan-2017", None),
            ("http://cdsm.example", None),
            ("javascript:alert(1)", Some("E0214")),
            ("file:///etc/passwd", Some("E0214")),
            ("https://", Some("E0214")),
            ("https://exemple .org/x", Some("E0214")),
        ];
        let (texts, expected): (Vec<&str>, Vec<Option<&str>>) = cases.into_iter().unzip();
        assert_eq!(codes(&listing, &texts), expected);
    }

    /// A file of the plan named by its full path is told its path from the
    /// plan's folder; a full path that ends in no file of the plan, or in a
    /// link out of it, is outside.
    #[test]
    fn a_full_path_to_a_file_of_the_plan_is_given_from_the_plan_s_folder() {
        let mut listing = Listing::default();
        listing.insert("documents/2019/pv.pdf".into(), Found::File);
        listing.insert("documents/ailleurs.pdf".into(), Found::Outside);
        let help = |text: &str| {
            let mut diags = Vec::new();
            check(&listing, &[Sp::nowhere(text.to_string())], &mut diags);
            (diags[0].message.clone(), diags[0].help.clone())
        };
        let inside = Message::new(MsgId::EvidenceFullPathHelp).arg("path", "documents/2019/pv.pdf");
        for text in ["C:\\Users\\Marie\\plan\\documents\\2019\\pv.pdf", "/home/marie/plan/documents/2019/pv.pdf"] {
            assert_eq!(help(text), (Message::new(MsgId::EvidenceFullPath).arg("path", text), Some(inside.clone())));
        }
        for text in ["C:/plan/documents/pv.pdf", "/home/marie/plan/documents/ailleurs.pdf", "/pv.pdf"] {
            assert_eq!(help(text).1, Some(MsgId::EvidenceOutsidePlanHelp.into()), "{text}");
        }
    }
}
