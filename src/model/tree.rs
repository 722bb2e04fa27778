//! The plan as a tree: orientation > objective > action > indicator. Every
//! walk over the hierarchy goes through here, so that plan order and the
//! rule for shared ids are written once.

use std::iter::once;

use super::plan::{Action, Indicator, Objective, Orientation, Plan, PlanMeta};
use super::span::Sp;

/// The levels of the hierarchy, from the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Orientation,
    Objective,
    Action,
    Indicator,
}

/// One item of the plan.
#[derive(Clone, Copy, Debug)]
pub enum Node<'p> {
    Orientation(&'p Orientation),
    Objective(&'p Objective),
    Action(&'p Action),
    Indicator(&'p Indicator),
}

impl<'p> Node<'p> {
    pub fn id(self) -> &'p Sp<String> {
        match self {
            Node::Orientation(o) => &o.id,
            Node::Objective(o) => &o.id,
            Node::Action(a) => &a.id,
            Node::Indicator(i) => &i.id,
        }
    }

    pub fn tier(self) -> Tier {
        match self {
            Node::Orientation(_) => Tier::Orientation,
            Node::Objective(_) => Tier::Objective,
            Node::Action(_) => Tier::Action,
            Node::Indicator(_) => Tier::Indicator,
        }
    }

    /// The item's title; an indicator's text.
    pub fn title(self) -> &'p str {
        match self {
            Node::Orientation(o) => &o.title,
            Node::Objective(o) => &o.title,
            Node::Action(a) => &a.title,
            Node::Indicator(i) => &i.text,
        }
    }

    /// The indicators under this item (the item itself, for an indicator), in plan order.
    pub fn indicators(self) -> Vec<&'p Indicator> {
        let actions: Vec<&Action> = match self {
            Node::Orientation(o) => o.objectives.iter().flat_map(|b| &b.actions).collect(),
            Node::Objective(b) => b.actions.iter().collect(),
            Node::Action(a) => vec![a],
            Node::Indicator(i) => return vec![i],
        };
        actions.into_iter().flat_map(|a| &a.indicators).collect()
    }
}

/// An item with the items it sits under, from its orientation down to it.
#[derive(Clone, Copy, Debug)]
pub struct Trail<'p> {
    pub orientation: &'p Orientation,
    pub objective: Option<&'p Objective>,
    pub action: Option<&'p Action>,
    pub indicator: Option<&'p Indicator>,
}

impl<'p> Trail<'p> {
    /// The items of the trail, outermost first: the item itself comes last.
    pub fn nodes(self) -> impl Iterator<Item = Node<'p>> {
        once(Node::Orientation(self.orientation))
            .chain(self.objective.map(Node::Objective))
            .chain(self.action.map(Node::Action))
            .chain(self.indicator.map(Node::Indicator))
    }

    /// The item the trail leads to.
    pub fn node(self) -> Node<'p> {
        self.nodes().last().expect("a trail starts at an orientation")
    }

    /// The item just above it, if any.
    pub fn parent(self) -> Option<Node<'p>> {
        let nodes: Vec<Node> = self.nodes().collect();
        nodes.len().checked_sub(2).map(|i| nodes[i])
    }
}

/// An indicator with the items it sits under.
#[derive(Clone, Copy, Debug)]
pub struct IndicatorRef<'p> {
    pub orientation: &'p Orientation,
    pub objective: &'p Objective,
    pub action: &'p Action,
    pub indicator: &'p Indicator,
}

impl<'p> IndicatorRef<'p> {
    /// Whether the indicator is `id`, or sits under the action, objective or orientation `id`.
    pub fn is_under(&self, id: &str) -> bool {
        [&self.orientation.id, &self.objective.id, &self.action.id, &self.indicator.id].iter().any(|i| i.value == id)
    }

    /// The plan years the indicator applies in: its own `years`, else its action's, else all.
    pub fn years(&self, meta: &PlanMeta) -> Vec<i32> {
        match self.indicator.years.as_ref().or(self.action.years.as_ref()) {
            Some(years) => years.iter().map(|y| y.value).collect(),
            None => meta.years().collect(),
        }
    }
}

/// How many items of each level a plan has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub orientations: usize,
    pub objectives: usize,
    pub actions: usize,
    pub indicators: usize,
}

/// A plan's orientations seen as one tree. It needs no `plan.toml`, so that a
/// plan whose period cannot be read still has its ids checked.
#[derive(Clone, Copy, Debug)]
pub struct Tree<'p> {
    orientations: &'p [Orientation],
}

impl<'p> Tree<'p> {
    pub fn new(orientations: &'p [Orientation]) -> Tree<'p> {
        Tree { orientations }
    }

    /// Every item in plan order, each followed by the items under it, with its trail.
    pub fn walk(self) -> impl Iterator<Item = Trail<'p>> {
        self.orientations.iter().flat_map(|orientation| {
            let top = Trail { orientation, objective: None, action: None, indicator: None };
            once(top).chain(orientation.objectives.iter().flat_map(move |b| {
                let objective = Trail { objective: Some(b), ..top };
                once(objective).chain(b.actions.iter().flat_map(move |a| {
                    let action = Trail { action: Some(a), ..objective };
                    once(action).chain(a.indicators.iter().map(move |i| Trail { indicator: Some(i), ..action }))
                }))
            }))
        })
    }

    /// Every indicator in plan order, with its parents.
    pub fn indicators(self) -> impl Iterator<Item = IndicatorRef<'p>> {
        self.orientations.iter().flat_map(|orientation| {
            orientation.objectives.iter().flat_map(move |objective| {
                objective.actions.iter().flat_map(move |action| {
                    action.indicators.iter().map(move |indicator| IndicatorRef {
                        orientation,
                        objective,
                        action,
                        indicator,
                    })
                })
            })
        })
    }

    /// The id of every item, in plan order. An indicator may share its action's
    /// id (when it is the action's only one), so that id is listed once.
    pub fn ids(self) -> impl Iterator<Item = &'p Sp<String>> {
        self.walk().filter(|t| !shares_its_actions_id(*t)).map(|t| t.node().id())
    }

    /// The item with this id, with its trail. When an action's only indicator
    /// shares its id, the indicator.
    pub fn find(self, id: &str) -> Option<Trail<'p>> {
        self.walk().filter(|t| t.node().id().value == id).last()
    }

    pub fn counts(self) -> Counts {
        let mut counts = Counts::default();
        for trail in self.walk() {
            *match trail.node().tier() {
                Tier::Orientation => &mut counts.orientations,
                Tier::Objective => &mut counts.objectives,
                Tier::Action => &mut counts.actions,
                Tier::Indicator => &mut counts.indicators,
            } += 1;
        }
        counts
    }
}

fn shares_its_actions_id(trail: Trail) -> bool {
    matches!((trail.action, trail.indicator), (Some(a), Some(i)) if a.id.value == i.id.value)
}

impl Plan {
    pub fn tree(&self) -> Tree<'_> {
        Tree::new(&self.orientations)
    }

    /// Every indicator in plan order, with its parents.
    pub fn indicators(&self) -> impl Iterator<Item = IndicatorRef<'_>> {
        self.tree().indicators()
    }

    pub fn counts(&self) -> Counts {
        self.tree().counts()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IndicatorKind, Loc};

    fn sp(id: &str) -> Sp<String> {
        Sp { value: id.to_string(), loc: Loc::NOWHERE }
    }

    fn indicator(id: &str) -> Indicator {
        Indicator { id: sp(id), text: id.into(), short: None, kind: IndicatorKind::Assessment, years: None }
    }

    fn action(id: &str, indicators: &[&str]) -> Action {
        let indicators = indicators.iter().map(|i| indicator(i)).collect();
        Action { id: sp(id), title: id.into(), short: None, years: None, indicators }
    }

    /// Orientation 1 > 1.1 > {1.1.1 > 1.1.1a, 1.1.1b; 1.1.2 > 1.1.2}; orientation 2 with nothing.
    fn tree_of() -> Vec<Orientation> {
        let objective = Objective {
            id: sp("1.1"),
            title: "o".into(),
            short: None,
            actions: vec![action("1.1.1", &["1.1.1a", "1.1.1b"]), action("1.1.2", &["1.1.2"])],
        };
        let one = Orientation { id: sp("1"), title: "1".into(), short: None, objectives: vec![objective] };
        let two = Orientation { id: sp("2"), title: "2".into(), short: None, objectives: vec![] };
        vec![one, two]
    }

    fn ids<'a>(nodes: impl Iterator<Item = Node<'a>>) -> Vec<&'a str> {
        nodes.map(|n| n.id().value.as_str()).collect()
    }

    #[test]
    fn the_walk_is_in_plan_order() {
        let orientations = tree_of();
        let tree = Tree::new(&orientations);
        let walked = ids(tree.walk().map(Trail::node));
        assert_eq!(walked, ["1", "1.1", "1.1.1", "1.1.1a", "1.1.1b", "1.1.2", "1.1.2", "2"]);
        let listed: Vec<&str> = tree.ids().map(|id| id.value.as_str()).collect();
        assert_eq!(listed, ["1", "1.1", "1.1.1", "1.1.1a", "1.1.1b", "1.1.2", "2"]);
    }

    #[test]
    fn find_gives_the_trail_and_prefers_the_indicator() {
        let orientations = tree_of();
        let tree = Tree::new(&orientations);
        let shared = tree.find("1.1.2").unwrap();
        assert_eq!(shared.node().tier(), Tier::Indicator);
        assert_eq!(ids(shared.nodes()), ["1", "1.1", "1.1.2", "1.1.2"]);
        assert_eq!(shared.parent().unwrap().tier(), Tier::Action);
        let objective = tree.find("1.1").unwrap();
        assert_eq!(ids(objective.nodes()), ["1", "1.1"]);
        assert_eq!(tree.find("2").unwrap().parent().map(Node::tier), None);
        assert!(tree.find("3").is_none());
    }

    #[test]
    fn indicators_under_an_item() {
        let orientations = tree_of();
        let tree = Tree::new(&orientations);
        let under = |id: &str| -> Vec<String> {
            tree.find(id).unwrap().node().indicators().iter().map(|i| i.id.value.clone()).collect()
        };
        assert_eq!(under("1"), ["1.1.1a", "1.1.1b", "1.1.2"]);
        assert_eq!(under("1.1.1"), ["1.1.1a", "1.1.1b"]);
        assert_eq!(under("1.1.1b"), ["1.1.1b"]);
        assert!(under("2").is_empty());
        let counts = tree.counts();
        assert_eq!((counts.orientations, counts.objectives, counts.actions, counts.indicators), (2, 1, 2, 3));
        assert_eq!(tree.indicators().filter(|r| r.is_under("1.1.1")).count(), 2);
    }
}
