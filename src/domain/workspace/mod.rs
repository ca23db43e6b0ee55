//! Workspaces: several separate service desks in one browser, each in its own database,
//! such as "My team" and a demo company. The registry says which exist, which one is open,
//! and, for a demo, how it was generated and where its simulated clock stands.

mod clock;
#[cfg(test)]
mod tests;

pub use clock::{ClockStep, SimulatedClock};

use serde::{Deserialize, Serialize};

/// Name of the database of the first workspace, the one every browser starts with.
pub const FIRST_DATABASE: &str = "valuedesk";
/// The longest workspace name accepted.
pub const NAME_MAX: usize = 60;

/// One workspace: its name as shown, and the database that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceEntry {
    pub id: String,
    pub name: String,
    pub database: String,
    /// Set for a demo workspace: how to generate it again, and its clock.
    #[serde(default)]
    pub demo: Option<DemoSpec>,
}

impl WorkspaceEntry {
    /// Whether this workspace holds generated demo data.
    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }

    /// What names its files (backups, exports): nothing for the first workspace, so its
    /// file names stay as they always were; else its name in lower-case ASCII words.
    pub fn file_label(&self) -> Option<String> {
        if self.database == FIRST_DATABASE {
            return None;
        }
        let folded: String = self.name.chars().map(ascii_fold).collect();
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        (!words.is_empty()).then(|| words.join("-").to_ascii_lowercase())
    }

    /// How far its clock runs ahead of real time, in milliseconds: always 0 for a real
    /// workspace.
    pub fn clock_offset(&self) -> i64 {
        self.demo.as_ref().map_or(0, |d| d.clock.offset)
    }
}

/// What a demo workspace was generated from, so that a reset gives the same data again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoSpec {
    pub seed: u64,
    /// Language code of the generated text ("en", "fr").
    pub lang: String,
    /// The "now" of the generation: the 90 days of history end there.
    pub generated_at: i64,
    #[serde(default)]
    pub clock: SimulatedClock,
}

/// Why a change to the registry was refused; nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    EmptyName,
    NameTooLong,
    /// Another workspace already has this name (case and spaces ignored).
    NameTaken,
    /// The last workspace cannot be deleted.
    LastOne,
    /// No workspace has this id.
    Unknown,
    /// Only a demo workspace has a simulated clock or can be reset.
    NotDemo,
}

/// The workspaces of this browser and the one that is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registry {
    pub entries: Vec<WorkspaceEntry>,
    pub current: String,
}

impl Registry {
    /// A browser's first registry: one workspace on the original database, so that data
    /// kept before workspaces existed stays where it is.
    pub fn starting(name: &str) -> Registry {
        Registry {
            entries: vec![WorkspaceEntry {
                id: "main".to_owned(),
                name: name.to_owned(),
                database: FIRST_DATABASE.to_owned(),
                demo: None,
            }],
            current: "main".to_owned(),
        }
    }

    /// A stored registry made whole: at least one workspace, and a current one that exists.
    pub fn repaired(mut self, default_name: &str) -> Registry {
        if self.entries.is_empty() {
            return Registry::starting(default_name);
        }
        if self.entry(&self.current).is_none() {
            self.current = self.entries[0].id.clone();
        }
        self
    }

    /// The open workspace.
    pub fn current(&self) -> &WorkspaceEntry {
        self.entry(&self.current).unwrap_or(&self.entries[0])
    }

    /// The workspace with this id.
    pub fn entry(&self, id: &str) -> Option<&WorkspaceEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn entry_mut(&mut self, id: &str) -> Result<&mut WorkspaceEntry, WorkspaceError> {
        self.entries
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or(WorkspaceError::Unknown)
    }

    /// The name, trimmed, if it is acceptable for the workspace `id` (None: a new one).
    fn check_name(&self, name: &str, id: Option<&str>) -> Result<String, WorkspaceError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(WorkspaceError::EmptyName);
        }
        if name.chars().count() > NAME_MAX {
            return Err(WorkspaceError::NameTooLong);
        }
        let folded = fold(name);
        let taken = self
            .entries
            .iter()
            .any(|e| Some(e.id.as_str()) != id && fold(&e.name) == folded);
        if taken {
            return Err(WorkspaceError::NameTaken);
        }
        Ok(name.to_owned())
    }

    /// Adds a workspace with its own new database; `unique` is a fresh id (a ULID).
    /// Returns its id. It is not opened.
    pub fn add(
        &mut self,
        name: &str,
        unique: &str,
        demo: Option<DemoSpec>,
    ) -> Result<String, WorkspaceError> {
        let name = self.check_name(name, None)?;
        let id = unique.to_ascii_lowercase();
        self.entries.push(WorkspaceEntry {
            database: format!("{FIRST_DATABASE}-{id}"),
            id: id.clone(),
            name,
            demo,
        });
        Ok(id)
    }

    /// Renames a workspace.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), WorkspaceError> {
        let name = self.check_name(name, Some(id))?;
        self.entry_mut(id)?.name = name;
        Ok(())
    }

    /// Opens another workspace.
    pub fn switch(&mut self, id: &str) -> Result<(), WorkspaceError> {
        self.entry(id).ok_or(WorkspaceError::Unknown)?;
        self.current = id.to_owned();
        Ok(())
    }

    /// Removes a workspace from the registry and returns it, so its database can be
    /// deleted. The last one stays; when the open one goes, the first other one opens.
    pub fn remove(&mut self, id: &str) -> Result<WorkspaceEntry, WorkspaceError> {
        let index = self
            .entries
            .iter()
            .position(|e| e.id == id)
            .ok_or(WorkspaceError::Unknown)?;
        if self.entries.len() == 1 {
            return Err(WorkspaceError::LastOne);
        }
        let removed = self.entries.remove(index);
        if self.current == removed.id {
            self.current = self.entries[0].id.clone();
        }
        Ok(removed)
    }

    /// Sets a demo workspace's clock.
    pub fn set_clock(&mut self, id: &str, clock: SimulatedClock) -> Result<(), WorkspaceError> {
        let entry = self.entry_mut(id)?;
        let demo = entry.demo.as_mut().ok_or(WorkspaceError::NotDemo)?;
        demo.clock = clock;
        Ok(())
    }
}

/// A name compared without case or surrounding and repeated spaces.
fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The ASCII letter an accented Latin letter is written with in a file name.
fn ascii_fold(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ÿ' => 'y',
        other => other,
    }
}
