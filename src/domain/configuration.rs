//! The service desk's configuration: support groups and their people, the services and the
//! configuration items they depend on, ticket categories, and the service catalogue.

use super::lifecycle::Action;
use super::priority::Level;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A support group and the people in it. There are no accounts: people are names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportGroup {
    pub name: String,
    pub members: Vec<String>,
}

/// A service from the service catalogue: who owns it, how critical it is, what it runs on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub name: String,
    pub owner: String,
    pub criticality: Level,
    /// The configuration items the service depends on.
    pub cis: Vec<String>,
}

/// A request users can raise: who fulfils it, whether it needs approval, what it asks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueItem {
    pub name: String,
    pub description: String,
    pub fulfilment_group: String,
    pub approval_required: bool,
    /// Labels of the extra fields the request form asks for.
    pub fields: Vec<String>,
}

/// A pre-approved standard change: what it does, how, and how to undo it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeTemplate {
    pub name: String,
    pub implementation_plan: String,
    pub rollback_plan: String,
    pub test_plan: String,
    pub risk: Level,
}

/// Everything configurable about the desk, stored as one setting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskConfig {
    pub groups: Vec<SupportGroup>,
    pub services: Vec<Service>,
    pub categories: Vec<String>,
    pub catalogue: Vec<CatalogueItem>,
    /// Pre-approved templates that standard changes are raised from.
    #[serde(default)]
    pub change_templates: Vec<ChangeTemplate>,
}

/// Why a configuration change or an assignment was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigError {
    EmptyName,
    DuplicateName,
    UnknownGroup,
    /// The assignee is not a member of the chosen group.
    NotInGroup,
    UnknownService,
    UnknownCategory,
}

impl Default for DeskConfig {
    fn default() -> Self {
        DeskConfig::starting(Lang::En)
    }
}

impl DeskConfig {
    /// A small starting point, in the team's language, that the team edits in Settings.
    pub fn starting(lang: Lang) -> DeskConfig {
        let pick = |en: &str, fr: &str| {
            if lang == Lang::Fr {
                fr.to_owned()
            } else {
                en.to_owned()
            }
        };
        let group = |en, fr| SupportGroup {
            name: pick(en, fr),
            members: vec![],
        };
        DeskConfig {
            groups: vec![
                group("Service desk", "Centre de services"),
                group("Network", "Réseau"),
                group("Applications", "Applications"),
            ],
            services: vec![],
            categories: vec![
                pick("Hardware", "Matériel"),
                pick("Software", "Logiciel"),
                pick("Network", "Réseau"),
                pick("Access", "Accès"),
                pick("Other", "Autre"),
            ],
            catalogue: vec![],
            change_templates: vec![],
        }
    }
}

/// Joins the non-empty parts of a summary line with dashes.
pub fn summary_line(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

/// Splits a comma-separated list typed in a form into trimmed, non-empty names.
pub fn split_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

fn check_name<'a>(
    name: &str,
    mut existing: impl Iterator<Item = &'a str>,
) -> Result<String, ConfigError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ConfigError::EmptyName);
    }
    if existing.any(|n| n.eq_ignore_ascii_case(name)) {
        return Err(ConfigError::DuplicateName);
    }
    Ok(name.to_owned())
}

impl DeskConfig {
    /// Everyone in any group, in order of first appearance.
    pub fn people(&self) -> Vec<String> {
        let mut people: Vec<String> = Vec::new();
        for member in self.groups.iter().flat_map(|g| &g.members) {
            if !people.contains(member) {
                people.push(member.clone());
            }
        }
        people
    }

    /// The members of a group; empty for an unknown group.
    pub fn members(&self, group: &str) -> Vec<String> {
        self.groups
            .iter()
            .find(|g| g.name == group)
            .map(|g| g.members.clone())
            .unwrap_or_default()
    }

    /// Adds a group with its members.
    pub fn add_group(&mut self, name: &str, members: &str) -> Result<(), ConfigError> {
        let name = check_name(name, self.groups.iter().map(|g| g.name.as_str()))?;
        self.groups.push(SupportGroup {
            name,
            members: split_names(members),
        });
        Ok(())
    }

    /// Adds a service.
    pub fn add_service(
        &mut self,
        name: &str,
        owner: &str,
        criticality: Level,
        cis: &str,
    ) -> Result<(), ConfigError> {
        let name = check_name(name, self.services.iter().map(|s| s.name.as_str()))?;
        self.services.push(Service {
            name,
            owner: owner.trim().to_owned(),
            criticality,
            cis: split_names(cis),
        });
        Ok(())
    }

    /// Adds a category.
    pub fn add_category(&mut self, name: &str) -> Result<(), ConfigError> {
        let name = check_name(name, self.categories.iter().map(String::as_str))?;
        self.categories.push(name);
        Ok(())
    }

    /// Adds a catalogue item; its fulfilment group must exist.
    pub fn add_catalogue_item(&mut self, item: CatalogueItem) -> Result<(), ConfigError> {
        let name = check_name(&item.name, self.catalogue.iter().map(|c| c.name.as_str()))?;
        if !item.fulfilment_group.is_empty()
            && !self.groups.iter().any(|g| g.name == item.fulfilment_group)
        {
            return Err(ConfigError::UnknownGroup);
        }
        self.catalogue.push(CatalogueItem {
            name,
            description: item.description.trim().to_owned(),
            ..item
        });
        Ok(())
    }

    /// Adds a standard change template.
    pub fn add_change_template(&mut self, template: ChangeTemplate) -> Result<(), ConfigError> {
        let name = check_name(
            &template.name,
            self.change_templates.iter().map(|t| t.name.as_str()),
        )?;
        self.change_templates
            .push(ChangeTemplate { name, ..template });
        Ok(())
    }

    /// The standard change template with this name.
    pub fn change_template(&self, name: &str) -> Option<&ChangeTemplate> {
        self.change_templates.iter().find(|t| t.name == name)
    }

    /// The catalogue item with this name.
    pub fn catalogue_item(&self, name: &str) -> Option<&CatalogueItem> {
        self.catalogue.iter().find(|c| c.name == name)
    }

    /// The assignment action for `group` and `assignee` (either may be empty), if valid.
    pub fn assignment(&self, group: &str, assignee: &str) -> Result<Action, ConfigError> {
        let (group, assignee) = (group.trim(), assignee.trim());
        if !group.is_empty() && !self.groups.iter().any(|g| g.name == group) {
            return Err(ConfigError::UnknownGroup);
        }
        if !assignee.is_empty() && !self.members(group).iter().any(|m| m == assignee) {
            return Err(ConfigError::NotInGroup);
        }
        Ok(Action::Assign {
            group: group.to_owned(),
            assignee: assignee.to_owned(),
        })
    }

    /// The classification action for `category` and `service` (either may be empty), if valid.
    pub fn classification(&self, category: &str, service: &str) -> Result<Action, ConfigError> {
        if !category.is_empty() && !self.categories.iter().any(|c| c == category) {
            return Err(ConfigError::UnknownCategory);
        }
        if !service.is_empty() && !self.services.iter().any(|s| s.name == service) {
            return Err(ConfigError::UnknownService);
        }
        Ok(Action::Classify {
            category: category.to_owned(),
            service: service.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starting_configuration_speaks_the_team_language() {
        assert_eq!(
            DeskConfig::starting(Lang::Fr).groups[0].name,
            "Centre de services"
        );
        assert_eq!(DeskConfig::default().categories[0], "Hardware");
        assert_eq!(summary_line(&["Laptop", " ", "Desk", ""]), "Laptop — Desk");
    }

    #[test]
    fn names_are_required_and_unique_whatever_their_case() {
        let mut c = DeskConfig::default();
        assert_eq!(c.add_group(" ", ""), Err(ConfigError::EmptyName));
        assert_eq!(c.add_group("network", ""), Err(ConfigError::DuplicateName));
        c.add_group("Field support", "Ana, Ben, Ana ,").unwrap();
        assert_eq!(c.members("Field support"), ["Ana", "Ben"]);
        assert_eq!(c.people(), ["Ana", "Ben"]);
    }

    #[test]
    fn an_assignee_must_belong_to_the_group() {
        let mut c = DeskConfig::default();
        c.add_group("Field support", "Ana").unwrap();
        assert_eq!(
            c.assignment("Field support", "Ana"),
            Ok(Action::Assign {
                group: "Field support".into(),
                assignee: "Ana".into()
            })
        );
        assert_eq!(c.assignment("Network", "Ana"), Err(ConfigError::NotInGroup));
        assert_eq!(c.assignment("Nobody", ""), Err(ConfigError::UnknownGroup));
        assert!(c.assignment("", "").is_ok(), "unassigning is allowed");
    }

    #[test]
    fn classification_uses_known_categories_and_services() {
        let mut c = DeskConfig::default();
        c.add_service("Email", "IT operations", Level::High, "mx1, mx2")
            .unwrap();
        assert_eq!(c.services[0].cis, ["mx1", "mx2"]);
        assert!(c.classification("Software", "Email").is_ok());
        assert_eq!(
            c.classification("Food", ""),
            Err(ConfigError::UnknownCategory)
        );
        assert_eq!(
            c.classification("", "Coffee"),
            Err(ConfigError::UnknownService)
        );
    }

    #[test]
    fn change_templates_have_unique_names() {
        let mut c = DeskConfig::default();
        let template = ChangeTemplate {
            name: "Restart a service".into(),
            implementation_plan: "Restart".into(),
            rollback_plan: "Start again".into(),
            test_plan: "Log in".into(),
            risk: Level::Low,
        };
        c.add_change_template(template.clone()).unwrap();
        assert_eq!(
            c.add_change_template(template),
            Err(ConfigError::DuplicateName)
        );
        assert!(c.change_template("Restart a service").is_some());
    }

    #[test]
    fn catalogue_items_need_a_known_fulfilment_group() {
        let mut c = DeskConfig::default();
        let item = CatalogueItem {
            name: "New laptop".into(),
            description: " A laptop ".into(),
            fulfilment_group: "Service desk".into(),
            approval_required: true,
            fields: split_names("Model, Justification"),
        };
        c.add_catalogue_item(item.clone()).unwrap();
        assert_eq!(
            c.catalogue_item("New laptop").unwrap().description,
            "A laptop"
        );
        let orphan = CatalogueItem {
            name: "Phone".into(),
            fulfilment_group: "Ghosts".into(),
            ..item
        };
        assert_eq!(c.add_catalogue_item(orphan), Err(ConfigError::UnknownGroup));
    }
}
