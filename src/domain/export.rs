//! The ticket list as a CSV file for spreadsheets: a UTF-8 byte order mark, one header row
//! and one row per ticket, with the columns a ServiceNow or Jira user expects, names in the
//! reader's language (given by [`Names`]) and instants as local "YYYY-MM-DD HH:MM".
//! Built a page at a time, so a large list never has to be held whole.

use super::csv::{row, BOM};
use super::priority::{Level, Priority};
use super::reports::tally::resolved_at;
use super::sla::{clocks, most_pressing, ClockStatus, SlaPolicy};
use super::ticket::{Channel, Ticket, TicketKind, TicketState};
use super::time::format_timestamp;

/// A column of the export, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Number,
    Kind,
    Title,
    State,
    Priority,
    Impact,
    Urgency,
    AssignmentGroup,
    Assignee,
    Category,
    Service,
    Caller,
    Channel,
    Created,
    Updated,
    /// When the work was last resolved (or fulfilled); empty while open, cancelled or rejected.
    Resolved,
    /// The status of the most pressing SLA clock; empty when no SLA applies.
    Sla,
    Description,
}

impl Column {
    /// Every column, in file order.
    pub const ALL: [Column; 18] = [
        Column::Number,
        Column::Kind,
        Column::Title,
        Column::State,
        Column::Priority,
        Column::Impact,
        Column::Urgency,
        Column::AssignmentGroup,
        Column::Assignee,
        Column::Category,
        Column::Service,
        Column::Caller,
        Column::Channel,
        Column::Created,
        Column::Updated,
        Column::Resolved,
        Column::Sla,
        Column::Description,
    ];
}

/// An enumerated value, written as the reader's language names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Kind(TicketKind),
    State(TicketState),
    Priority(Priority),
    Level(Level),
    Channel(Channel),
    Sla(ClockStatus),
}

/// The words of the file: column headers and value names, in one language.
pub trait Names {
    /// The header of a column.
    fn column(&self, column: Column) -> String;
    /// The name of an enumerated value.
    fn value(&self, value: Value) -> String;
}

/// A ticket CSV being written: the header first, then rows as tickets are pushed.
pub struct TicketCsv<N, O> {
    names: N,
    policy: SlaPolicy,
    now: i64,
    /// Minutes to add to UTC for local time at an instant.
    offset: O,
    text: String,
    rows: usize,
}

impl<N: Names, O: Fn(i64) -> i64> TicketCsv<N, O> {
    /// Starts a file: the byte order mark and the header row. SLA statuses are judged at
    /// `now` under `policy`; `offset` gives the local offset (minutes) at an instant.
    pub fn new(names: N, policy: SlaPolicy, now: i64, offset: O) -> Self {
        let header = Column::ALL.map(|c| names.column(c));
        let mut text = String::from(BOM);
        text.push_str(&row(&header));
        TicketCsv {
            names,
            policy,
            now,
            offset,
            text,
            rows: 0,
        }
    }

    /// Adds a ticket's row; tombstones are left out.
    pub fn push(&mut self, t: &Ticket) {
        if t.deleted {
            return;
        }
        let cells = Column::ALL.map(|c| self.cell(t, c));
        self.text.push_str(&row(&cells));
        self.rows += 1;
    }

    /// How many tickets have been written.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The whole file.
    pub fn finish(self) -> String {
        self.text
    }

    fn cell(&self, t: &Ticket, column: Column) -> String {
        let name = |v| self.names.value(v);
        let date = |ms: i64| format_timestamp(ms, (self.offset)(ms));
        match column {
            Column::Number => t.number.clone(),
            Column::Kind => name(Value::Kind(t.kind)),
            Column::Title => t.title.clone(),
            Column::State => name(Value::State(t.state)),
            Column::Priority => name(Value::Priority(t.priority)),
            Column::Impact => name(Value::Level(t.impact)),
            Column::Urgency => name(Value::Level(t.urgency)),
            Column::AssignmentGroup => t.assignment_group.clone(),
            Column::Assignee => t.assignee.clone(),
            Column::Category => t.category.clone(),
            Column::Service => t.service.clone(),
            Column::Caller => t.caller.clone(),
            Column::Channel => name(Value::Channel(t.channel)),
            Column::Created => date(t.created),
            Column::Updated => date(t.updated),
            Column::Resolved => resolved_at(t).map(date).unwrap_or_default(),
            Column::Sla => most_pressing(&clocks(t, &self.policy, self.now))
                .map(|c| name(Value::Sla(c.status)))
                .unwrap_or_default(),
            Column::Description => t.description.clone(),
        }
    }
}

/// The file's name, dated in local time: `valuedesk-tickets-YYYY-MM-DD.csv`, or with the
/// workspace's label (see `WorkspaceEntry::file_label`) after `valuedesk-`.
pub fn file_name(now: i64, offset_minutes: i64, workspace: Option<&str>) -> String {
    let stamp = format_timestamp(now, offset_minutes);
    let label = workspace.map(|l| format!("{l}-")).unwrap_or_default();
    format!("valuedesk-{label}tickets-{}.csv", &stamp[..10])
}

#[cfg(test)]
mod tests;
