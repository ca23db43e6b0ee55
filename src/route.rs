//! App addresses. Pages live in the URL fragment (`#/tickets/INC0001`), so that a plain
//! static host serves `index.html` for every deep link at any sub-path, with no rewrite rule.

use crate::domain::query::{decode, encode, TicketFilter};
use crate::domain::ticket::TicketKind;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Dashboard,
    /// The ticket list with its filters (in the fragment's query).
    Tickets(TicketFilter),
    /// The form that logs a new ticket of this kind.
    NewTicket(TicketKind),
    /// The form for a new ticket of this kind, linked on creation to the ticket numbered.
    RaiseFrom(TicketKind, String),
    /// Scheduled changes by date, with clashes.
    ChangeCalendar,
    /// One ticket, by its human number.
    Ticket(String),
    ServiceValueSystem,
    ServiceValueChain,
    Practices,
    /// The continual improvement model and the improvement register.
    Improvement,
    /// The form for a new improvement item, raised from a problem (its number) or from a
    /// report finding (its text), or from nothing.
    NewImprovement {
        problem: Option<String>,
        finding: Option<String>,
    },
    /// A ticket's journey through the value chain, replayed from its history.
    Journey(String),
    Settings,
    /// The guided scenarios (issue 7).
    Scenarios,
    /// The printable report of a period, between two "YYYY-MM-DD" dates included.
    Report {
        from: String,
        to: String,
    },
    NotFound,
}

impl Route {
    /// Parses a location fragment such as `#/tickets/INC0001` (the `#` is optional).
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["dashboard"] => Route::Dashboard,
            ["tickets"] => Route::Tickets(TicketFilter::from_query(query)),
            ["tickets", "new"] => Route::NewTicket(TicketKind::Incident),
            ["tickets", "new", kind] => {
                let from = query.strip_prefix("from=").filter(|n| is_ticket_number(n));
                match (TicketKind::from_key(kind), from) {
                    (Some(kind), Some(from)) => Route::RaiseFrom(kind, from.to_owned()),
                    (Some(kind), None) => Route::NewTicket(kind),
                    (None, _) => Route::NotFound,
                }
            }
            ["changes", "calendar"] => Route::ChangeCalendar,
            ["tickets", number] if is_ticket_number(number) => Route::Ticket((*number).to_owned()),
            ["svs"] => Route::ServiceValueSystem,
            ["svc"] => Route::ServiceValueChain,
            ["practices"] => Route::Practices,
            ["improvement"] => Route::Improvement,
            ["improvement", "new"] => {
                let (mut problem, mut finding) = (None, None);
                for pair in query.split('&') {
                    match pair.split_once('=') {
                        Some(("problem", v)) if is_ticket_number(v) => problem = Some(v.to_owned()),
                        Some(("finding", v)) if !v.is_empty() => finding = Some(decode(v)),
                        _ => {}
                    }
                }
                Route::NewImprovement { problem, finding }
            }
            ["tickets", number, "journey"] if is_ticket_number(number) => {
                Route::Journey((*number).to_owned())
            }
            ["settings"] => Route::Settings,
            ["scenarios"] => Route::Scenarios,
            ["report"] => {
                let mut dates = (String::new(), String::new());
                for pair in query.split('&') {
                    match pair.split_once('=') {
                        Some(("from", v)) if is_date(v) => dates.0 = v.to_owned(),
                        Some(("to", v)) if is_date(v) => dates.1 = v.to_owned(),
                        _ => {}
                    }
                }
                Route::Report {
                    from: dates.0,
                    to: dates.1,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The fragment that leads to this page, `#` included, for links.
    pub fn href(&self) -> String {
        let path = match self {
            Route::Dashboard => "/",
            Route::Tickets(filter) => {
                let query = filter.to_query();
                return if query.is_empty() {
                    "#/tickets".into()
                } else {
                    format!("#/tickets?{query}")
                };
            }
            Route::NewTicket(TicketKind::Incident) => "/tickets/new",
            Route::NewTicket(kind) => return format!("#/tickets/new/{}", kind.key()),
            Route::RaiseFrom(kind, from) => {
                return format!("#/tickets/new/{}?from={from}", kind.key())
            }
            Route::Ticket(number) => return format!("#/tickets/{number}"),
            Route::ChangeCalendar => "/changes/calendar",
            Route::ServiceValueSystem => "/svs",
            Route::ServiceValueChain => "/svc",
            Route::Practices => "/practices",
            Route::Improvement => "/improvement",
            Route::NewImprovement { problem, finding } => {
                let mut query = Vec::new();
                if let Some(p) = problem {
                    query.push(format!("problem={p}"));
                }
                if let Some(f) = finding {
                    query.push(format!("finding={}", encode(f)));
                }
                return if query.is_empty() {
                    "#/improvement/new".into()
                } else {
                    format!("#/improvement/new?{}", query.join("&"))
                };
            }
            Route::Journey(number) => return format!("#/tickets/{number}/journey"),
            Route::Settings => "/settings",
            Route::Scenarios => "/scenarios",
            Route::Report { from, to } => return format!("#/report?from={from}&to={to}"),
            Route::NotFound => "/not-found",
        };
        format!("#{path}")
    }

    /// The unfiltered ticket list.
    pub fn tickets() -> Route {
        Route::Tickets(TicketFilter::default())
    }

    /// The page to render: the same for every filter of the list, so filtering keeps the
    /// list (and the focus in its search box) in place.
    pub fn page(&self) -> Route {
        match self {
            Route::Tickets(_) => Route::tickets(),
            other => other.clone(),
        }
    }

    /// The top-level section this page belongs to, for the navigation highlight.
    pub fn section(&self) -> Route {
        match self {
            Route::NewTicket(_)
            | Route::RaiseFrom(..)
            | Route::Ticket(_)
            | Route::Journey(_)
            | Route::Tickets(_)
            | Route::ChangeCalendar => Route::tickets(),
            Route::Report { .. } => Route::Dashboard,
            Route::NewImprovement { .. } => Route::Improvement,
            other => other.clone(),
        }
    }
}

/// Whether text looks like a "YYYY-MM-DD" date (only digits and dashes, so it is safe in a
/// URL as it is).
fn is_date(s: &str) -> bool {
    s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit() || b == b'-')
}

/// Human numbers are letters then digits, such as INC0001, and a device tag in a replicated
/// workspace (INC0043-K7M); nothing else reaches storage.
fn is_ticket_number(s: &str) -> bool {
    s.len() <= 24 && crate::domain::replication::numbering::HumanNumber::parse(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_href() {
        let routes = [
            Route::Dashboard,
            Route::Scenarios,
            Route::tickets(),
            Route::Tickets(TicketFilter::from_query(
                "kind=change&q=mail%20server&sort=title",
            )),
            Route::NewTicket(TicketKind::Incident),
            Route::NewTicket(TicketKind::ServiceRequest),
            Route::NewTicket(TicketKind::Change),
            Route::RaiseFrom(TicketKind::Change, "PRB0007".into()),
            Route::RaiseFrom(TicketKind::Incident, "INC0001".into()),
            Route::Ticket("INC0042".into()),
            Route::Ticket("INC0043-K7M".into()),
            Route::ChangeCalendar,
            Route::ServiceValueSystem,
            Route::ServiceValueChain,
            Route::Practices,
            Route::Improvement,
            Route::NewImprovement {
                problem: None,
                finding: None,
            },
            Route::NewImprovement {
                problem: Some("PRB0003".into()),
                finding: None,
            },
            Route::NewImprovement {
                problem: None,
                finding: Some("Network: 12 incidents & more?".into()),
            },
            Route::Journey("INC0007".into()),
            Route::Settings,
            Route::Report {
                from: "2026-01-01".into(),
                to: "2026-03-31".into(),
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn report_dates_that_are_not_dates_are_dropped() {
        assert_eq!(
            Route::parse("#/report?from=<b>&to=2026-01-31"),
            Route::Report {
                from: String::new(),
                to: "2026-01-31".into()
            }
        );
    }

    #[test]
    fn empty_and_unknown_fragments() {
        assert_eq!(Route::parse(""), Route::Dashboard);
        assert_eq!(Route::parse("#"), Route::Dashboard);
        assert_eq!(Route::parse("#/tickets/"), Route::tickets());
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/<script>"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/0042"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/INC"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/INC0042-k7m"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/INC0042-"), Route::NotFound);
        assert_eq!(Route::parse("#/tickets/new/pizza"), Route::NotFound);
        assert_eq!(
            Route::parse("#/tickets/new/change?from=<x>"),
            Route::NewTicket(TicketKind::Change)
        );
    }

    #[test]
    fn ticket_pages_belong_to_the_tickets_section() {
        assert_eq!(Route::Ticket("INC0001".into()).section(), Route::tickets());
        let filtered = Route::parse("#/tickets?kind=problem");
        assert_eq!(filtered.section(), Route::tickets());
        assert_eq!(filtered.page(), Route::tickets());
        assert_eq!(Route::Settings.section(), Route::Settings);
    }
}
