//! The ticket CSV read back cell by cell, with hostile text in every free-text field.

use super::*;
use crate::domain::priority::PriorityMatrix;
use crate::domain::sla::{opening_trail, Mark, Milestone};
use crate::domain::ticket::{NewRecord, TicketDraft};

const H: i64 = 3_600_000;
/// 2026-11-26 06:30 UTC.
const CREATED: i64 = 1_795_674_600_000;

/// Names every column and value by its Rust name, so tests see which is which.
struct Debugged;

impl Names for Debugged {
    fn column(&self, column: Column) -> String {
        format!("{column:?}")
    }
    fn value(&self, value: Value) -> String {
        format!("{value:?}")
    }
}

fn ticket(seq: u32, title: &str) -> Ticket {
    let mut t = TicketDraft::new(TicketKind::Incident, title).open(
        NewRecord {
            id: format!("id{seq}"),
            rev: "1-a".into(),
            now: CREATED,
        },
        seq,
        &PriorityMatrix::default(),
    );
    t.trail = opening_trail(&t);
    t
}

fn export(tickets: &[Ticket], offset: impl Fn(i64) -> i64) -> String {
    let policy = SlaPolicy::starting("UTC", "24×7", "Business");
    let mut csv = TicketCsv::new(Debugged, policy, CREATED + 24 * H, offset);
    for t in tickets {
        csv.push(t);
    }
    csv.finish()
}

/// Reads CSV back as RFC 4180 says: quoted cells may hold commas, quotes and line breaks.
fn parse(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

fn column(rows: &[Vec<String>], c: Column) -> Vec<&str> {
    let i = Column::ALL.iter().position(|x| *x == c).unwrap();
    rows[1..].iter().map(|r| r[i].as_str()).collect()
}

#[test]
fn the_file_starts_with_a_bom_and_a_header_then_one_row_per_ticket() {
    let text = export(&[ticket(1, "Mail down"), ticket(2, "VPN slow")], |_| 0);
    assert!(text.starts_with("\u{feff}Number,Kind,Title,State,Priority,"));
    let rows = parse(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == Column::ALL.len()));
    assert_eq!(column(&rows, Column::Number), ["INC0001", "INC0002"]);
    assert_eq!(column(&rows, Column::Title), ["Mail down", "VPN slow"]);
    assert_eq!(column(&rows, Column::Kind), ["Kind(Incident)"; 2]);
    assert_eq!(column(&rows, Column::State), ["State(New)"; 2]);
    assert_eq!(column(&rows, Column::Impact), ["Level(Medium)"; 2]);
    assert_eq!(column(&rows, Column::Channel), ["Channel(Phone)"; 2]);
}

#[test]
fn hostile_text_is_quoted_and_formulas_are_defused() {
    let mut t = ticket(1, "=HYPERLINK(\"http://x\")");
    t.description = "line one\r\nline two, with \"quotes\"\n=1+1".into();
    t.caller = "@SUM(A1:A9)".into();
    t.assignment_group = "+cmd|' /C calc'!A0".into();
    t.assignee = "-2+3".into();
    t.category = "\tTab".into();
    t.service = "\rCR".into();
    let mut u = ticket(2, "\"quotes\", commas and café");
    u.caller = "-42".into();
    let text = export(&[t, u], |_| 0);
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
    let rows = parse(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 3, "line breaks inside cells stay inside cells");
    assert_eq!(
        column(&rows, Column::Title),
        ["'=HYPERLINK(\"http://x\")", "\"quotes\", commas and café"]
    );
    assert_eq!(
        column(&rows, Column::Description)[0],
        "line one\r\nline two, with \"quotes\"\n=1+1"
    );
    assert_eq!(column(&rows, Column::Caller), ["'@SUM(A1:A9)", "-42"]);
    assert_eq!(
        column(&rows, Column::AssignmentGroup)[0],
        "'+cmd|' /C calc'!A0"
    );
    assert_eq!(column(&rows, Column::Assignee)[0], "'-2+3");
    assert_eq!(column(&rows, Column::Category)[0], "'\tTab");
    assert_eq!(column(&rows, Column::Service)[0], "'\rCR");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '@', '\t', '\r']), "{cell:?}");
        }
    }
}

#[test]
fn instants_are_local_with_the_offset_of_each_instant() {
    let mut t = ticket(1, "x");
    t.updated = CREATED + 180 * 24 * H; // late May 2027
    let summer_time = |ms: i64| if ms > CREATED { 120 } else { 60 };
    let rows = parse(export(&[t], summer_time).trim_start_matches('\u{feff}'));
    assert_eq!(column(&rows, Column::Created), ["2026-11-26 07:30"]);
    assert_eq!(column(&rows, Column::Updated), ["2027-05-25 08:30"]);
}

#[test]
fn resolution_time_and_sla_status_are_filled_when_known() {
    let open = ticket(1, "open");
    let mut resolved = ticket(2, "resolved");
    for (hours, what) in [
        (2, Milestone::Responded),
        (2, Milestone::State(TicketState::InProgress)),
        (5, Milestone::State(TicketState::Resolved)),
    ] {
        resolved.trail.push(Mark {
            at: CREATED + hours * H,
            what,
        });
        if let Milestone::State(s) = what {
            resolved.state = s;
        }
    }
    let mut untracked = ticket(3, "no trail");
    untracked.trail.clear();
    let rows = parse(export(&[open, resolved, untracked], |_| 0).trim_start_matches('\u{feff}'));
    assert_eq!(
        column(&rows, Column::Resolved),
        ["", "2026-11-26 11:30", ""]
    );
    let sla = column(&rows, Column::Sla);
    assert_eq!(sla[0], "Sla(Breached)", "a day without response");
    assert_eq!(sla[1], "Sla(Met)", "resolved within its targets");
    assert_eq!(sla[2], "", "no clock without a trail");
}

#[test]
fn tombstones_are_left_out_and_rows_are_counted() {
    let mut gone = ticket(2, "deleted");
    gone.deleted = true;
    let policy = SlaPolicy::starting("UTC", "24×7", "Business");
    let mut csv = TicketCsv::new(Debugged, policy, CREATED, |_| 0);
    csv.push(&ticket(1, "kept"));
    csv.push(&gone);
    assert_eq!(csv.rows(), 1);
    let text = csv.finish();
    assert!(!text.contains("deleted"));
    assert_eq!(parse(text.trim_start_matches('\u{feff}')).len(), 2);
}

#[test]
fn the_file_is_named_after_the_local_date() {
    assert_eq!(
        file_name(CREATED, 0, None),
        "valuedesk-tickets-2026-11-26.csv"
    );
    assert_eq!(
        file_name(CREATED, -7 * 60, None),
        "valuedesk-tickets-2026-11-25.csv"
    );
    assert_eq!(
        file_name(CREATED, 0, Some("demo-acme-corp")),
        "valuedesk-demo-acme-corp-tickets-2026-11-26.csv"
    );
}
