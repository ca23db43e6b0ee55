//! Where a run of a scenario stands: the step shown, the records it made or found, and which
//! action steps are done. Moving back never undoes an action; moving forward never repeats one.

use super::{scenario, Rec, Scenario, Step};
use serde::{Deserialize, Serialize};

/// The records of a run, by their human numbers (and ids for actions).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Records {
    /// (role, number, id) of each record made or found.
    pub tickets: Vec<(String, String, String)>,
    /// The recurring incidents the problem is raised from: (number, id).
    pub cluster: Vec<(String, String)>,
    /// The category and service of that cluster.
    pub cluster_about: Option<(String, String)>,
    /// The improvement item logged, by number.
    pub improvement: Option<String>,
}

fn role(rec: Rec) -> &'static str {
    match rec {
        Rec::Incident => "incident",
        Rec::KnownError => "known-error",
        Rec::Problem => "problem",
        Rec::Change => "change",
        Rec::Request => "request",
    }
}

impl Records {
    /// The human number of a record, once made or found.
    pub fn number(&self, rec: Rec) -> Option<&str> {
        self.find(rec).map(|(_, n, _)| n.as_str())
    }

    /// The id of a record, once made or found.
    pub fn id(&self, rec: Rec) -> Option<&str> {
        self.find(rec).map(|(_, _, id)| id.as_str())
    }

    fn find(&self, rec: Rec) -> Option<&(String, String, String)> {
        self.tickets.iter().find(|(r, _, _)| r == role(rec))
    }

    /// Records (or replaces) a record of the run.
    pub fn set(&mut self, rec: Rec, number: &str, id: &str) {
        self.tickets.retain(|(r, _, _)| r != role(rec));
        self.tickets
            .push((role(rec).to_owned(), number.to_owned(), id.to_owned()));
    }
}

/// A run of a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TourState {
    pub scenario: String,
    /// Index of the step shown.
    pub step: usize,
    pub records: Records,
    /// Ids of the action steps already done (or found impossible) in this run.
    pub done: Vec<String>,
    /// Counts the runs of this tour, so that a restart is a fresh run.
    pub run: u32,
}

impl TourState {
    /// A fresh run of a scenario at its first step; `None` for an unknown key.
    pub fn start(key: &str) -> Option<TourState> {
        scenario(key).map(|s| TourState {
            scenario: s.key.to_owned(),
            step: 0,
            records: Records::default(),
            done: Vec::new(),
            run: 1,
        })
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &'static Scenario {
        scenario(&self.scenario).expect("a run is only made for a known scenario")
    }

    /// The step shown.
    pub fn current(&self) -> &'static Step {
        let steps = self.scenario().steps;
        &steps[self.step.min(steps.len() - 1)]
    }

    /// Whether this is the last step.
    pub fn is_last(&self) -> bool {
        self.step + 1 >= self.scenario().steps.len()
    }

    /// Whether the step shown has an action still to do: then "Do it" comes before "Next".
    pub fn action_pending(&self) -> bool {
        let step = self.current();
        step.action.is_some() && !self.done.iter().any(|d| d == step.id)
    }

    /// Marks the current step's action as done (or as impossible with these data).
    pub fn mark_done(&mut self) {
        let id = self.current().id;
        if !self.done.iter().any(|d| d == id) {
            self.done.push(id.to_owned());
        }
    }

    /// Moves to the next step; refused (false) while an action is pending or at the end.
    pub fn forward(&mut self) -> bool {
        if self.action_pending() || self.is_last() {
            return false;
        }
        self.step += 1;
        true
    }

    /// Moves to the previous step; what was done stays done.
    pub fn back(&mut self) -> bool {
        if self.step == 0 {
            return false;
        }
        self.step -= 1;
        true
    }

    /// Starts the scenario again: first step, nothing done, new records on the next pass.
    pub fn restart(&mut self) {
        self.step = 0;
        self.records = Records::default();
        self.done.clear();
        self.run += 1;
    }
}
