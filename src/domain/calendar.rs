//! The change calendar: scheduled changes in date order, with overlaps on a shared service.

use super::ticket::{Ticket, TicketKind};

/// One change window on the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    pub number: String,
    pub title: String,
    pub start: i64,
    pub end: i64,
    pub services: Vec<String>,
    /// Numbers of other changes whose window overlaps this one on a shared service.
    pub clashes: Vec<String>,
}

/// The services a change affects: its affected services and its classified service.
fn services(t: &Ticket) -> Vec<String> {
    let mut all: Vec<String> = t
        .change
        .iter()
        .flat_map(|c| c.affected_services.clone())
        .collect();
    if !t.service.is_empty() && !all.contains(&t.service) {
        all.push(t.service.clone());
    }
    all
}

/// The calendar of the changes that have a window and are not cancelled, earliest first.
pub fn change_calendar(tickets: &[Ticket]) -> Vec<CalendarEntry> {
    let mut entries: Vec<CalendarEntry> = tickets
        .iter()
        .filter(|t| t.kind == TicketKind::Change && !t.deleted)
        .filter(|t| t.state != super::ticket::TicketState::Cancelled)
        .filter_map(|t| {
            let c = t.change.as_ref()?;
            Some(CalendarEntry {
                number: t.number.clone(),
                title: t.title.clone(),
                start: c.planned_start?,
                end: c.planned_end?,
                services: services(t),
                clashes: Vec::new(),
            })
        })
        .collect();
    entries.sort_by(|a, b| (a.start, &a.number).cmp(&(b.start, &b.number)));
    let windows: Vec<(String, i64, i64, Vec<String>)> = entries
        .iter()
        .map(|e| (e.number.clone(), e.start, e.end, e.services.clone()))
        .collect();
    for entry in &mut entries {
        entry.clashes = windows
            .iter()
            .filter(|(number, start, end, services)| {
                *number != entry.number
                    && *start < entry.end
                    && entry.start < *end
                    && services.iter().any(|s| entry.services.contains(s))
            })
            .map(|(number, ..)| number.clone())
            .collect();
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::priority::PriorityMatrix;
    use crate::domain::ticket::{NewRecord, TicketDraft, TicketState};

    fn change(n: u32, start: i64, end: i64, service: &str) -> Ticket {
        let mut t = TicketDraft::new(TicketKind::Change, "c").open(
            NewRecord {
                id: format!("id{n}"),
                rev: "1-a".into(),
                now: 0,
            },
            n,
            &PriorityMatrix::default(),
        );
        let c = t.change.as_mut().unwrap();
        c.planned_start = Some(start);
        c.planned_end = Some(end);
        t.service = service.into();
        t
    }

    #[test]
    fn overlapping_windows_on_the_same_service_clash() {
        let calendar = change_calendar(&[
            change(3, 50, 60, "Email"),
            change(1, 0, 10, "Email"),
            change(2, 5, 20, "Email"),
            change(4, 5, 20, "VPN"),
        ]);
        let numbers: Vec<_> = calendar.iter().map(|e| e.number.as_str()).collect();
        assert_eq!(numbers, ["CHG0001", "CHG0002", "CHG0004", "CHG0003"]);
        assert_eq!(calendar[0].clashes, ["CHG0002"]);
        assert_eq!(calendar[1].clashes, ["CHG0001"]);
        assert!(calendar[2].clashes.is_empty(), "another service");
        assert!(calendar[3].clashes.is_empty(), "later window");
    }

    #[test]
    fn back_to_back_windows_and_cancelled_changes_do_not_clash() {
        let mut cancelled = change(3, 0, 10, "Email");
        cancelled.state = TicketState::Cancelled;
        let calendar = change_calendar(&[
            change(1, 0, 10, "Email"),
            change(2, 10, 20, "Email"),
            cancelled,
        ]);
        assert_eq!(calendar.len(), 2);
        assert!(calendar.iter().all(|e| e.clashes.is_empty()));
    }
}
