//! What `plan init` writes: a new plan that passes `plan check`, in French or
//! English, with one commented example orientation that teaches the format,
//! an empty journal, a `documents/` folder, the tool's working folder ignored
//! by git, and, when asked, a GitHub workflow that checks the plan. Pure: it
//! gives the files' paths and texts; `write/` creates them.

use std::path::PathBuf;

use crate::layout::{JOURNAL_DIR, ORIENTATIONS_DIR, PLAN_FILE, PLAN_SUBDIR, WORK_DIR, WORK_DIR_GITIGNORE};
use crate::model::Lang;

/// What a new plan is made of.
#[derive(Clone, Debug)]
pub struct Starter {
    pub lang: Lang,
    pub title: String,
    pub start: i32,
    pub end: i32,
    /// A GitHub workflow that runs `plan check`, installing plan from this git address.
    pub github: Option<String>,
}

/// Where the GitHub workflow goes, from the repository's top.
pub const GITHUB_WORKFLOW: &str = ".github/workflows/plan.yml";

/// The files of a new plan, by their path from the folder it is made in.
pub fn files(starter: &Starter) -> Vec<(PathBuf, String)> {
    let (plan, orientation, journal, documents, readme) = match starter.lang {
        Lang::Fr => (
            include_str!("starter/fr/plan.toml"),
            include_str!("starter/fr/orientation.toml"),
            include_str!("starter/fr/journal.toml"),
            include_str!("starter/fr/documents.md"),
            "LISEZMOI.md",
        ),
        Lang::En => (
            include_str!("starter/en/plan.toml"),
            include_str!("starter/en/orientation.toml"),
            include_str!("starter/en/journal.toml"),
            include_str!("starter/en/documents.md"),
            "README.md",
        ),
    };
    let fill = |text: &str| {
        text.replace("\"{title}\"", &toml_string(&starter.title))
            .replace("{start}", &starter.start.to_string())
            .replace("{end}", &starter.end.to_string())
    };
    let dir = PathBuf::from(PLAN_SUBDIR);
    let mut files = vec![
        (dir.join(PLAN_FILE), fill(plan)),
        (dir.join(ORIENTATIONS_DIR).join("1.toml"), fill(orientation)),
        (dir.join(JOURNAL_DIR).join(format!("{}.toml", starter.start)), fill(journal)),
        (dir.join("documents").join(readme), documents.to_string()),
        (dir.join(WORK_DIR).join(".gitignore"), WORK_DIR_GITIGNORE.to_string()),
    ];
    if let Some(source) = &starter.github {
        files.push((PathBuf::from(GITHUB_WORKFLOW), include_str!("starter/github.yml").replace("{source}", source)));
    }
    files
}

/// Text as a TOML basic string, quoted and escaped.
fn toml_string(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_written_as_toml_says() {
        let starter =
            Starter { lang: Lang::Fr, title: "Plan \"2024\" \\ été".into(), start: 2024, end: 2027, github: None };
        let plan = &files(&starter)[0].1;
        assert!(
            plan.contains("title = 'Plan \"2024\" \\ été'") || plan.contains("title = \"Plan \\\"2024\\\" \\\\ été\""),
            "{plan}"
        );
        assert!(plan.contains("start_year = 2024\nend_year = 2027"));
        assert!(!files(&starter).iter().any(|(_, text)| text.contains("{start}") || text.contains("{end}")));
    }
}
