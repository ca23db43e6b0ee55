//! ITIL 4 reference data, kept as versioned data so that a new framework edition is a data change.
//!
//! Names and counts follow the framework; every explanation here is written in the project's own words.

use crate::i18n::Lang;

mod explanations;
mod journey;
mod layout;
mod practice_effects;
mod practice_settings;
mod practices;
mod streams;
mod value_system;

pub use explanations::*;
pub use journey::*;
pub use layout::*;
pub use practice_effects::*;
pub use practice_settings::*;
pub use practices::*;
pub use streams::*;
pub use value_system::*;

/// Edition and version of the reference data below, shown in the app and stored with exports.
pub const REFERENCE_EDITION: &str = "ITIL 4 (2019), reference data v1";

/// A piece of display text available in every supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English text.
    pub en: &'static str,
    /// French text.
    pub fr: &'static str,
}

impl Text {
    /// Returns the text in the requested language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

pub(crate) const fn t(en: &'static str, fr: &'static str) -> Text {
    Text { en, fr }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_kebab(s: &str) -> bool {
        !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    fn all_texts() -> Vec<Text> {
        let mut v = vec![SVS_INPUT, SVS_OUTPUT];
        v.extend(PracticeCategory::ALL.iter().map(|c| c.name()));
        v.extend(PRACTICES.iter().flat_map(|p| [p.name, p.purpose]));
        v.extend(
            SvcActivity::ALL
                .iter()
                .flat_map(|a| [a.name(), a.summary()]),
        );
        v.extend(
            SvsComponent::ALL
                .iter()
                .flat_map(|c| [c.name(), c.summary()]),
        );
        v.extend(GUIDING_PRINCIPLES.iter().flat_map(|p| [p.name, p.summary]));
        v.extend(DIMENSIONS.iter().flat_map(|d| [d.name, d.summary]));
        v.extend(PESTLE);
        v.extend(PESTLE_SUMMARIES);
        v.extend(SvsComponent::ALL.iter().map(|c| c.explanation()));
        v.extend([INPUT_EXPLANATION, OUTPUT_EXPLANATION]);
        v.extend(CONTINUAL_IMPROVEMENT_STEPS);
        v
    }

    #[test]
    fn practice_counts() {
        assert_eq!(PRACTICES.len(), 34);
        let count = |c| practices_in(c).count();
        assert_eq!(count(PracticeCategory::GeneralManagement), 14);
        assert_eq!(count(PracticeCategory::ServiceManagement), 17);
        assert_eq!(count(PracticeCategory::TechnicalManagement), 3);
        let total: usize = PracticeCategory::ALL.iter().map(|&c| count(c)).sum();
        assert_eq!(total, 34);
    }

    #[test]
    fn value_system_parts_follow_the_reference() {
        let en = |texts: Vec<Text>| texts.iter().map(|t| t.en).collect::<Vec<_>>();
        assert_eq!(
            en(SvcActivity::ALL.iter().map(|a| a.name()).collect()),
            [
                "Plan",
                "Improve",
                "Engage",
                "Design and transition",
                "Obtain/build",
                "Deliver and support"
            ]
        );
        assert_eq!(
            en(GUIDING_PRINCIPLES.iter().map(|p| p.name).collect()),
            [
                "Focus on value",
                "Start where you are",
                "Progress iteratively with feedback",
                "Collaborate and promote visibility",
                "Think and work holistically",
                "Keep it simple and practical",
                "Optimize and automate"
            ]
        );
        assert_eq!(SvsComponent::ALL.len(), 5);
        assert_eq!(SvsComponent::ALL[2].name().en, "Service value chain");
        assert_eq!(DIMENSIONS.len(), 4);
        assert_eq!(PESTLE.len(), 6);
        assert_eq!(CONTINUAL_IMPROVEMENT_STEPS.len(), 7);
        assert_eq!(CONTINUAL_IMPROVEMENT_STEPS[0].en, "What is the vision?");
    }

    #[test]
    fn keys_unique_and_kebab_case() {
        let keys: Vec<&str> = PRACTICES.iter().map(|p| p.key).collect();
        let activity_keys: Vec<&str> = SvcActivity::ALL.iter().map(|a| a.key()).collect();
        let component_keys: Vec<&str> = SvsComponent::ALL.iter().map(|c| c.key()).collect();
        let principle_keys: Vec<&str> = GUIDING_PRINCIPLES.iter().map(|p| p.key).collect();
        let dimension_keys: Vec<&str> = DIMENSIONS.iter().map(|d| d.key).collect();
        for set in [
            keys,
            activity_keys,
            component_keys,
            principle_keys,
            dimension_keys,
        ] {
            let unique: HashSet<&str> = set.iter().copied().collect();
            assert_eq!(unique.len(), set.len(), "duplicate key in {set:?}");
            for k in set {
                assert!(is_kebab(k), "not kebab-case: {k:?}");
            }
        }
    }

    #[test]
    fn texts_non_empty_and_trimmed() {
        for text in all_texts() {
            for s in [text.get(Lang::En), text.get(Lang::Fr)] {
                assert!(!s.is_empty(), "empty text in {text:?}");
                assert_eq!(s, s.trim(), "untrimmed text: {s:?}");
            }
        }
    }

    #[test]
    fn practice_names_translated() {
        for p in &PRACTICES {
            assert_ne!(p.name.en, p.name.fr, "{} not translated", p.key);
        }
    }

    #[test]
    fn lookup_by_key() {
        let p = practice("incident-management").expect("incident management exists");
        assert_eq!(p.name.en, "Incident management");
        assert_eq!(p.name.get(Lang::Fr), "Gestion des incidents");
        assert_eq!(p.category, PracticeCategory::ServiceManagement);
        assert!(practice("no-such-practice").is_none());
        for p in &PRACTICES {
            assert_eq!(practice(p.key).map(|f| f.key), Some(p.key));
        }
    }

    fn joined(texts: impl IntoIterator<Item = Text>) -> String {
        texts
            .into_iter()
            .map(|t| t.en)
            .collect::<Vec<_>>()
            .join(" · ")
    }

    #[test]
    fn practice_names_match_reference() {
        let names = |c| joined(practices_in(c).map(|p| p.name));
        assert_eq!(names(PracticeCategory::GeneralManagement), "Architecture management · Continual improvement · Information security management · Knowledge management · Measurement and reporting · Organizational change management · Portfolio management · Project management · Relationship management · Risk management · Service financial management · Strategy management · Supplier management · Workforce and talent management");
        assert_eq!(names(PracticeCategory::ServiceManagement), "Availability management · Business analysis · Capacity and performance management · Change enablement · Incident management · IT asset management · Monitoring and event management · Problem management · Release management · Service catalogue management · Service configuration management · Service continuity management · Service design · Service desk · Service level management · Service request management · Service validation and testing");
        assert_eq!(names(PracticeCategory::TechnicalManagement), "Deployment management · Infrastructure and platform management · Software development and management");
    }

    #[test]
    fn framework_names_match_reference() {
        assert_eq!(
            joined(SvcActivity::ALL.map(SvcActivity::name)),
            "Plan · Improve · Engage · Design and transition · Obtain/build · Deliver and support"
        );
        assert_eq!(joined(SvsComponent::ALL.map(SvsComponent::name)), "Guiding principles · Governance · Service value chain · Practices · Continual improvement");
        assert_eq!(joined(GUIDING_PRINCIPLES.map(|p| p.name)), "Focus on value · Start where you are · Progress iteratively with feedback · Collaborate and promote visibility · Think and work holistically · Keep it simple and practical · Optimize and automate");
        assert_eq!(joined(DIMENSIONS.map(|d| d.name)), "Organizations and people · Information and technology · Partners and suppliers · Value streams and processes");
        assert_eq!(
            joined(PESTLE),
            "Political · Economic · Social · Technological · Legal · Environmental"
        );
        assert_eq!(joined(CONTINUAL_IMPROVEMENT_STEPS), "What is the vision? · Where are we now? · Where do we want to be? · How do we get there? · Take action · Did we get there? · How do we keep the momentum going?");
        assert_eq!(SVS_INPUT.en, "Opportunity / demand");
        assert_eq!(SVS_OUTPUT.get(Lang::Fr), "Valeur");
    }
}
