//! The languages a plan and its user interface can be in.

/// The language of the user interface, and of a plan's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    /// Parses a language code as written in `plan.toml` (`"fr"`, `"en"`).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's code, as `plan.toml` and HTML write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// A colon after a label (`erreur :`, `error:`): French puts a space
    /// before it.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => " :",
            Lang::En => ":",
        }
    }
}
