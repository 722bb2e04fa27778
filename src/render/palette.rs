//! The colour of each status, the same in every output that has colour (HTML,
//! SVG charts, Excel): a strong colour for marks and bars, and a light tint
//! for a cell's background, under dark text. Colour is never the only sign: a
//! status always shows its symbol and word too, so that black-and-white print
//! and colour-blind readers lose nothing. Blue, not green, is "on track", so
//! that it never has to be told from "achieved" by hue alone.

use crate::report::Status;

/// A status's strong colour and its tint, as `#rrggbb`.
pub fn colors(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Achieved => ("#1b7f3b", "#e2f2e6"),
        Status::OnTrack => ("#2463a8", "#e3edf8"),
        Status::Behind => ("#c77700", "#fcefd9"),
        Status::Missed => ("#b42318", "#fbe4e1"),
        Status::Upcoming => ("#8a94a1", "#f3f4f6"),
        Status::Tracked => ("#5c6673", "#eceef1"),
        Status::NotAssessed => ("#7b8794", "#f1f2f4"),
        Status::NotApplicable => ("#a3abb5", "#fafafa"),
    }
}

/// The colour of text drawn on a status's strong colour.
pub fn ink_on(status: Status) -> &'static str {
    match status {
        Status::Upcoming | Status::NotAssessed | Status::NotApplicable => "#1f2933",
        _ => "#ffffff",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_colour() {
        for a in Status::ALL {
            for b in Status::ALL.into_iter().filter(|b| *b != a) {
                assert_ne!(colors(a), colors(b), "{a:?} and {b:?}");
            }
        }
    }
}
