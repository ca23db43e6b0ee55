//! How a workspace runs each of the 34 practices: enabled or not, owner, maturity, the value
//! chain activities it contributes to, and notes. Stored one record per practice.

use super::{practice, SvcActivity, PRACTICES};
use serde::{Deserialize, Serialize};

/// The settings of one practice, keyed by the practice's stable key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeSettings {
    pub key: String,
    pub enabled: bool,
    pub owner: String,
    /// Capability maturity, 1 (initial) to 5 (optimizing).
    pub maturity: u8,
    /// Keys of the SVC activities the practice contributes to ([`SvcActivity::key`]).
    pub activities: Vec<String>,
    pub notes: String,
}

/// Why practice settings cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeError {
    UnknownPractice,
    Maturity,
    UnknownActivity(String),
}

impl PracticeSettings {
    /// A practice as a new workspace runs it (and as a reset puts it back): enabled,
    /// maturity 1, no owner yet, contributing to its reference activities.
    pub fn starting(key: &str) -> PracticeSettings {
        let activities = practice(key)
            .map(|p| p.activities.iter().map(|a| a.key().to_owned()).collect())
            .unwrap_or_default();
        PracticeSettings {
            key: key.to_owned(),
            enabled: true,
            owner: String::new(),
            maturity: 1,
            activities,
            notes: String::new(),
        }
    }

    /// Checks the settings name a real practice, a maturity of 1 to 5 and known activities.
    pub fn validate(&self) -> Result<(), PracticeError> {
        if practice(&self.key).is_none() {
            return Err(PracticeError::UnknownPractice);
        }
        if !(1..=5).contains(&self.maturity) {
            return Err(PracticeError::Maturity);
        }
        match self
            .activities
            .iter()
            .find(|a| !SvcActivity::ALL.iter().any(|x| x.key() == a.as_str()))
        {
            Some(unknown) => Err(PracticeError::UnknownActivity(unknown.clone())),
            None => Ok(()),
        }
    }
}

/// The settings of all 34 practices in reference order: the stored ones, and the starting
/// settings for practices never saved. Stored records for unknown practices are ignored.
pub fn all_practice_settings(stored: Vec<PracticeSettings>) -> Vec<PracticeSettings> {
    PRACTICES
        .iter()
        .map(|p| {
            stored
                .iter()
                .find(|s| s.key == p.key)
                .cloned()
                .unwrap_or_else(|| PracticeSettings::starting(p.key))
        })
        .collect()
}

/// How many practices are enabled, and their mean maturity.
pub fn practice_summary(all: &[PracticeSettings]) -> (usize, Option<f64>) {
    let enabled: Vec<&PracticeSettings> = all.iter().filter(|s| s.enabled).collect();
    let mean = (!enabled.is_empty())
        .then(|| enabled.iter().map(|s| f64::from(s.maturity)).sum::<f64>() / enabled.len() as f64);
    (enabled.len(), mean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_practice_has_settings_stored_or_starting_in_reference_order() {
        let mut incident = PracticeSettings::starting("incident-management");
        incident.maturity = 3;
        incident.owner = "Ana".into();
        let stray = PracticeSettings::starting("astrology-management");
        let all = all_practice_settings(vec![stray, incident.clone()]);
        assert_eq!(all.len(), 34);
        assert_eq!(all[0].key, "architecture-management");
        assert!(all.contains(&incident));
        assert!(!all.iter().any(|s| s.key == "astrology-management"));
    }

    #[test]
    fn every_practice_starts_with_its_reference_activities_all_valid() {
        for s in all_practice_settings(Vec::new()) {
            assert!(
                !s.activities.is_empty(),
                "{} starts with no activity",
                s.key
            );
            assert_eq!(s.validate(), Ok(()), "{}", s.key);
        }
        assert_eq!(
            PracticeSettings::starting("incident-management").activities,
            ["engage", "deliver-and-support"]
        );
        assert_eq!(
            PracticeSettings::starting("continual-improvement").activities,
            ["plan", "improve"]
        );
        assert!(PracticeSettings::starting("astrology-management")
            .activities
            .is_empty());
    }

    #[test]
    fn settings_with_faults_are_refused() {
        let mut s = PracticeSettings::starting("change-enablement");
        assert_eq!(s.validate(), Ok(()));
        s.maturity = 6;
        assert_eq!(s.validate(), Err(PracticeError::Maturity));
        s.maturity = 2;
        s.activities = vec!["plan".into(), "dream".into()];
        assert_eq!(
            s.validate(),
            Err(PracticeError::UnknownActivity("dream".into()))
        );
        s.key = "nothing".into();
        assert_eq!(s.validate(), Err(PracticeError::UnknownPractice));
    }

    #[test]
    fn the_summary_counts_enabled_practices_and_their_mean_maturity() {
        let mut all = all_practice_settings(Vec::new());
        for s in all.iter_mut().take(7) {
            s.enabled = false;
        }
        all[10].maturity = 5;
        let (enabled, mean) = practice_summary(&all);
        assert_eq!(enabled, 27);
        assert_eq!(mean, Some((26.0 + 5.0) / 27.0));
    }
}
