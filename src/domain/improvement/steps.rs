//! The seven steps of the continual improvement model, as a typed enum over the reference
//! data ([`CONTINUAL_IMPROVEMENT_STEPS`]), with an explanation of each in our own words.

use crate::domain::itil::{t, Text, CONTINUAL_IMPROVEMENT_STEPS};
use serde::{Deserialize, Serialize};

/// One step of the continual improvement model, in the model's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImprovementStep {
    /// What is the vision?
    Vision,
    /// Where are we now?
    CurrentState,
    /// Where do we want to be?
    Target,
    /// How do we get there?
    Plan,
    /// Take action.
    Action,
    /// Did we get there?
    Check,
    /// How do we keep the momentum going?
    Momentum,
}

impl ImprovementStep {
    /// Every step, in the model's order.
    pub const ALL: [ImprovementStep; 7] = [
        ImprovementStep::Vision,
        ImprovementStep::CurrentState,
        ImprovementStep::Target,
        ImprovementStep::Plan,
        ImprovementStep::Action,
        ImprovementStep::Check,
        ImprovementStep::Momentum,
    ];

    /// Position in the model, from 0 (the vision) to 6 (keeping the momentum).
    pub fn index(self) -> usize {
        ImprovementStep::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(0)
    }

    /// The step at a position of the model; `None` outside 0 to 6.
    pub fn from_index(index: usize) -> Option<ImprovementStep> {
        ImprovementStep::ALL.get(index).copied()
    }

    /// Stable key used in storage, forms and indexes.
    pub fn key(self) -> &'static str {
        match self {
            ImprovementStep::Vision => "vision",
            ImprovementStep::CurrentState => "current_state",
            ImprovementStep::Target => "target",
            ImprovementStep::Plan => "plan",
            ImprovementStep::Action => "action",
            ImprovementStep::Check => "check",
            ImprovementStep::Momentum => "momentum",
        }
    }

    /// Parses a key written by [`ImprovementStep::key`].
    pub fn from_key(key: &str) -> Option<ImprovementStep> {
        ImprovementStep::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The step's question, from the reference data.
    pub fn name(self) -> Text {
        CONTINUAL_IMPROVEMENT_STEPS[self.index()]
    }

    /// What the step is about, in our own words.
    #[rustfmt::skip]
    pub fn explanation(self) -> Text {
        match self {
            ImprovementStep::Vision => t(
                "Tie the improvement to what the organization is trying to achieve, so that everyone knows why it matters.",
                "Relier l'amélioration à ce que l'organisation cherche à accomplir, pour que chacun sache pourquoi elle compte."),
            ImprovementStep::CurrentState => t(
                "Take an honest measure of today: how the service or practice performs, with figures where you have them.",
                "Mesurer honnêtement la situation actuelle\u{a0}: comment le service ou la pratique fonctionne, chiffres à l'appui si possible."),
            ImprovementStep::Target => t(
                "Describe the state you aim for and how you will know you are there: a measurable goal, not a wish.",
                "Décrire la situation visée et comment savoir qu'elle est atteinte\u{a0}: un objectif mesurable, pas un souhait."),
            ImprovementStep::Plan => t(
                "Choose the route from today to the target, in small steps that can be tried and adjusted.",
                "Choisir le chemin entre aujourd'hui et la cible, en petites étapes que l'on peut essayer et ajuster."),
            ImprovementStep::Action => t(
                "Do the work of the plan, watch what happens and stay ready to change course.",
                "Réaliser le travail prévu, observer ce qui se passe et rester prêt à changer de cap."),
            ImprovementStep::Check => t(
                "Measure again and compare with the target: did the change bring the expected benefit?",
                "Mesurer à nouveau et comparer avec la cible\u{a0}: le changement a-t-il apporté le bénéfice attendu\u{a0}?"),
            ImprovementStep::Momentum => t(
                "Make the gain last, share what worked and pick the next improvement, so that the cycle starts again.",
                "Ancrer le progrès, partager ce qui a marché et choisir la prochaine amélioration, pour que le cycle reprenne."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_seven_steps_follow_the_reference_order() {
        assert_eq!(
            ImprovementStep::ALL.len(),
            CONTINUAL_IMPROVEMENT_STEPS.len()
        );
        for (i, step) in ImprovementStep::ALL.into_iter().enumerate() {
            assert_eq!(step.index(), i);
            assert_eq!(ImprovementStep::from_index(i), Some(step));
            assert_eq!(ImprovementStep::from_key(step.key()), Some(step));
            assert_eq!(step.name(), CONTINUAL_IMPROVEMENT_STEPS[i]);
        }
        assert_eq!(ImprovementStep::from_index(7), None);
        assert_eq!(ImprovementStep::from_key("dream"), None);
        assert_eq!(ImprovementStep::Vision.name().en, "What is the vision?");
        assert_eq!(ImprovementStep::Action.name().get(Lang::Fr), "Agir");
    }

    #[test]
    fn every_step_is_explained_in_both_languages() {
        for step in ImprovementStep::ALL {
            let text = step.explanation();
            assert!(!text.en.is_empty() && !text.fr.is_empty(), "{step:?}");
            assert_ne!(text.en, text.fr, "{step:?} not translated");
        }
    }
}
