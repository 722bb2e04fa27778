//! Problems found in a plan, as data: a stable code, a message in the
//! catalogue, and the place in a file. `render::diagnostics` turns them into
//! text for people, JSON, or GitHub annotations.

use serde::Serialize;

use crate::i18n::Message;
use crate::model::{FileId, Loc, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! codes {
    ($($name:ident = $code:literal $sev:ident,)*) => {
        /// A stable diagnostic code. Codes never change meaning once published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($name),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// The code as printed, e.g. `E0203`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => $code),* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$name => Severity::$sev),* }
            }
        }
    };
}

codes! {
    MissingPlanToml = "E0001" Error,
    NotUtf8 = "E0002" Error,
    Unreadable = "E0003" Error,
    OutsidePlan = "E0004" Error,
    StaleSchema = "W0005" Warning,
    NotRead = "W0006" Warning,
    Syntax = "E0101" Error,
    UnknownKey = "E0102" Error,
    WrongType = "E0103" Error,
    MissingField = "E0104" Error,
    EmptyText = "E0105" Error,
    BadDate = "E0201" Error,
    DateOutsidePeriod = "E0202" Error,
    UnknownIndicator = "E0203" Error,
    AmbiguousAction = "E0204" Error,
    BadAmount = "E0205" Error,
    NoIndicators = "E0206" Error,
    UnknownLevel = "E0207" Error,
    NotAssessmentIndicator = "E0208" Error,
    ActivityOnAssessment = "W0209" Warning,
    JournalFileName = "E0210" Error,
    EntryInWrongFile = "W0211" Warning,
    EvidenceNotFound = "E0212" Error,
    EvidenceOutsidePlan = "E0213" Error,
    BadUrl = "E0214" Error,
    UnknownTag = "E0215" Error,
    UnknownTagValue = "E0216" Error,
    UnknownTopic = "E0217" Error,
    UnknownAbout = "E0218" Error,
    RepeatedEntry = "W0219" Warning,
    OffYearActivity = "W0220" Warning,
    DuplicateId = "E0301" Error,
    IdNotUnderParent = "E0302" Error,
    UnknownKind = "E0303" Error,
    BadTarget = "E0304" Error,
    YearOutsidePeriod = "E0305" Error,
    BadPeriod = "E0306" Error,
    BadLanguage = "E0307" Error,
    BadYearStart = "E0308" Error,
    BadId = "E0309" Error,
    ConflictingTargets = "E0310" Error,
    FieldNotForKind = "E0311" Error,
}

impl Code {
    /// Whether the problem is with finding or reading files rather than with
    /// what they say (the exit code is then 2).
    pub(crate) fn is_io(self) -> bool {
        matches!(self, Code::MissingPlanToml | Code::Unreadable)
    }
}

/// A secondary place shown with a diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub loc: Loc,
    pub label: Message,
}

/// One problem, located in a file when it has a place.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: Message,
    pub loc: Option<Loc>,
    pub label: Option<Message>,
    pub notes: Vec<Note>,
    pub help: Option<Message>,
}

impl Diagnostic {
    pub(crate) fn new(code: Code, message: impl Into<Message>, loc: Option<Loc>) -> Diagnostic {
        Diagnostic { code, message: message.into(), loc, label: None, notes: Vec::new(), help: None }
    }

    /// A diagnostic at a place in a file.
    pub(crate) fn at(code: Code, message: impl Into<Message>, file: FileId, span: Span) -> Diagnostic {
        Diagnostic::new(code, message, Some(Loc::new(file, span)))
    }

    pub(crate) fn label(mut self, label: impl Into<Message>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub(crate) fn help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn note(mut self, loc: Loc, label: impl Into<Message>) -> Diagnostic {
        self.notes.push(Note { loc, label: label.into() });
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// How many errors and warnings a list holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(diagnostics: &[Diagnostic]) -> Tally {
        let errors = diagnostics.iter().filter(|d| d.severity() == Severity::Error).count();
        Tally { errors, warnings: diagnostics.len() - errors }
    }
}

/// Sorts diagnostics by file, then position, so output is stable and reads top-down.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| d.loc.as_ref().map(|l| (l.file, l.span().start, l.span().end)));
}

/// How an indicator of `kind` is measured, in words (it follows its id or "this indicator").
pub fn how_measured(kind: &crate::model::IndicatorKind) -> crate::i18n::MsgId {
    use crate::i18n::MsgId;
    use crate::model::IndicatorKind;
    match kind {
        IndicatorKind::Count { .. } => MsgId::HowCount,
        IndicatorKind::Milestone { .. } => MsgId::HowMilestone,
        IndicatorKind::Assessment => MsgId::HowAssessment,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for &c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{} is used twice", c.as_str());
            let prefix = if c.severity() == Severity::Error { 'E' } else { 'W' };
            assert!(c.as_str().starts_with(prefix) && c.as_str().len() == 5, "{}", c.as_str());
        }
    }
}
