//! The roll-up of an action, objective, orientation or the whole plan in one
//! year, from the statuses of the indicators it holds, by DESIGN.md's
//! worst-of rule.

use super::status::{GroupCell, Status};

/// The statuses that are verdicts: how the indicator did, not whether it could be judged.
const VERDICTS: [Status; 4] = [Status::Achieved, Status::OnTrack, Status::Behind, Status::Missed];

/// Rolls up the statuses of a group's indicators in one year:
/// - with verdicts, the worst of them: any missed → missed; else any behind →
///   behind; else any on track → on track; else achieved;
/// - with none: not applicable if no indicator applies; upcoming if all that
///   apply are upcoming; else not assessed if one is, else tracked.
pub(super) fn roll_up(year: i32, statuses: impl Iterator<Item = Status>) -> GroupCell {
    let statuses: Vec<Status> = statuses.collect();
    let count = |s: Status| statuses.iter().filter(|&&x| x == s).count();
    let counts: Vec<(Status, usize)> = Status::ALL.into_iter().map(|s| (s, count(s))).filter(|(_, n)| *n > 0).collect();
    let with_verdict = VERDICTS.iter().map(|&s| count(s)).sum();
    let achieved_or_on_track = count(Status::Achieved) + count(Status::OnTrack);
    let worst = [Status::Missed, Status::Behind, Status::OnTrack, Status::Achieved].into_iter().find(|&s| count(s) > 0);
    let status = worst.unwrap_or_else(|| without_verdict(&statuses));
    GroupCell { year, status, achieved_or_on_track, with_verdict, counts }
}

fn without_verdict(statuses: &[Status]) -> Status {
    let applying: Vec<Status> = statuses.iter().copied().filter(|&s| s != Status::NotApplicable).collect();
    if applying.is_empty() {
        Status::NotApplicable
    } else if applying.iter().all(|&s| s == Status::Upcoming) {
        Status::Upcoming
    } else if applying.contains(&Status::NotAssessed) {
        Status::NotAssessed
    } else {
        Status::Tracked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn rolled(statuses: &[Status]) -> (Status, usize, usize) {
        let cell = roll_up(2019, statuses.iter().copied());
        (cell.status, cell.achieved_or_on_track, cell.with_verdict)
    }

    #[test]
    fn the_worst_verdict_wins() {
        assert_eq!(rolled(&[Achieved, OnTrack, Behind, Missed, Tracked]), (Missed, 2, 4));
        assert_eq!(rolled(&[Achieved, OnTrack, Behind, NotAssessed]), (Behind, 2, 3));
        assert_eq!(rolled(&[Achieved, OnTrack, Upcoming, NotApplicable]), (OnTrack, 2, 2));
        assert_eq!(rolled(&[Achieved, Achieved, Tracked, NotAssessed]), (Achieved, 2, 2));
        assert_eq!(rolled(&[Missed]), (Missed, 0, 1));
    }

    #[test]
    fn without_a_verdict_the_group_is_what_its_indicators_are() {
        assert_eq!(rolled(&[Upcoming, Upcoming]), (Upcoming, 0, 0));
        assert_eq!(rolled(&[Upcoming, NotApplicable]), (Upcoming, 0, 0));
        assert_eq!(rolled(&[NotApplicable, NotApplicable]), (NotApplicable, 0, 0));
        assert_eq!(rolled(&[]), (NotApplicable, 0, 0));
        assert_eq!(rolled(&[Tracked, Upcoming, NotApplicable]), (Tracked, 0, 0));
        assert_eq!(rolled(&[Tracked, NotAssessed]), (NotAssessed, 0, 0));
        assert_eq!(rolled(&[NotAssessed]), (NotAssessed, 0, 0));
    }

    #[test]
    fn counts_name_only_the_statuses_that_occur() {
        let cell = roll_up(2019, [Achieved, Behind, Achieved, Tracked].into_iter());
        assert_eq!(cell.counts, vec![(Achieved, 2), (Behind, 1), (Tracked, 1)]);
    }
}
