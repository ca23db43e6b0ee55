//! Ticket list queries: filters that live in the URL, sort orders, and the plan that picks
//! the IndexedDB index to read so that a screen never needs the whole store.

use super::itil::{activity_of, SvcActivity};
use super::lifecycle::states;
use super::priority::Priority;
use super::sla::{watch_state, ClockStatus, SlaPolicy};
use super::ticket::{Ticket, TicketKind, TicketState};

mod search;
pub use search::{SearchEntry, SearchIndex};

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Newest first (also the number order within a kind).
    #[default]
    Newest,
    Oldest,
    /// Most recently updated first.
    Updated,
    /// P1 first.
    Priority,
    State,
    Title,
}

impl Sort {
    /// Every order, as the sort menu lists them.
    pub const ALL: [Sort; 6] = [
        Sort::Newest,
        Sort::Oldest,
        Sort::Updated,
        Sort::Priority,
        Sort::State,
        Sort::Title,
    ];

    /// Stable key used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Updated => "updated",
            Sort::Priority => "priority",
            Sort::State => "state",
            Sort::Title => "title",
        }
    }

    /// Parses a key written by [`Sort::key`].
    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the ticket list shows. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TicketFilter {
    pub kind: Option<TicketKind>,
    pub state: Option<TicketState>,
    pub priority: Option<Priority>,
    /// Assignment group, assignee and affected service, by name.
    pub group: String,
    pub assignee: String,
    pub service: String,
    /// Words that must all appear in the number, title or description (any case).
    pub text: String,
    pub category: String,
    /// Only tickets still being worked on (not resolved, fulfilled or finished).
    pub open: bool,
    /// Only tickets logged in this period, [from, to) in milliseconds.
    pub logged: Option<(i64, i64)>,
    /// Only tickets whose SLA clocks are near or past breach; the list then comes in the
    /// order clocks reach their warning.
    pub watch: Option<Watch>,
    /// Only tickets currently in this activity of the service value chain.
    pub activity: Option<SvcActivity>,
    pub sort: Sort,
}

/// The SLA criterion of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Watch {
    /// A clock past its warning threshold, and none past its target.
    BreachingSoon,
    /// A clock past its target (counting or not), on a ticket still worked on.
    Breached,
}

impl Watch {
    /// Both criteria, as the filter menu lists them.
    pub const ALL: [Watch; 2] = [Watch::BreachingSoon, Watch::Breached];

    /// Stable key used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Watch::BreachingSoon => "soon",
            Watch::Breached => "breached",
        }
    }

    /// Parses a key written by [`Watch::key`].
    pub fn from_key(key: &str) -> Option<Watch> {
        Watch::ALL.into_iter().find(|w| w.key() == key)
    }
}

/// A named list view: a filter saved under a name, such as "My open P1/P2".
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedView {
    pub name: String,
    /// The filter as written by [`TicketFilter::to_query`].
    pub query: String,
}

/// A value of an index key, for an exact-match range.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexValue {
    Text(&'static str),
    Number(f64),
}

/// Which index to read, in which direction, restricted to which keys.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub index: &'static str,
    pub only: Option<IndexValue>,
    pub descending: bool,
    /// Keys from the first to before the second (the creation index and a period).
    pub between: Option<(i64, i64)>,
    /// Keys up to "now" (the SLA watch index).
    pub until_now: bool,
}

impl TicketFilter {
    /// Filters on a kind (or any kind); a state filter that kind never reaches is dropped.
    pub fn set_kind(&mut self, kind: Option<TicketKind>) {
        self.kind = kind;
        self.state = self
            .state
            .filter(|s| kind.is_none_or(|k| states(k).contains(s)));
    }

    /// The states worth offering as filters: those of the chosen kind, or of every kind.
    pub fn state_choices(&self) -> Vec<TicketState> {
        let kinds = self
            .kind
            .map(|k| vec![k])
            .unwrap_or(TicketKind::ALL.to_vec());
        let mut list: Vec<TicketState> = Vec::new();
        for state in kinds.into_iter().flat_map(states) {
            if !list.contains(state) {
                list.push(*state);
            }
        }
        list
    }

    /// Whether a ticket passes every criterion. Tombstones never do.
    pub fn matches(&self, t: &Ticket) -> bool {
        !t.deleted
            && self.kind.is_none_or(|k| t.kind == k)
            && self.state.is_none_or(|s| t.state == s)
            && self.priority.is_none_or(|p| t.priority == p)
            && (self.group.is_empty() || t.assignment_group == self.group)
            && (self.assignee.is_empty() || t.assignee == self.assignee)
            && (self.service.is_empty() || t.service == self.service)
            && (self.category.is_empty() || t.category == self.category)
            && (!self.open || t.state.is_open())
            && self
                .activity
                .is_none_or(|a| activity_of(t.kind, t.state) == Some(a))
            && self
                .logged
                .is_none_or(|(from, to)| (from..to).contains(&t.created))
            && self.text_matches(t)
    }

    /// The SLA criterion alone, judged at `now` under `policy`.
    pub fn watch_matches(&self, t: &Ticket, policy: &SlaPolicy, now: i64) -> bool {
        let Some(watch) = self.watch else {
            return true;
        };
        let wanted = match watch {
            Watch::BreachingSoon => ClockStatus::Warning,
            Watch::Breached => ClockStatus::Breached,
        };
        watch_state(t, policy, now) == Some(wanted)
    }

    fn text_matches(&self, t: &Ticket) -> bool {
        self.text_matches_parts(&t.number, &t.title, &t.description)
    }

    /// The text criterion alone, on a ticket's number, title and description: a cheap
    /// first check that spares decoding the records it rejects.
    pub fn text_matches_parts(&self, number: &str, title: &str, description: &str) -> bool {
        words_match(&self.text, &[number, title, description])
    }

    /// The index read for this filter and order: an exact-match index when the order allows
    /// it (its entries come in id order, and ids are creation-ordered ULIDs).
    pub fn plan(&self) -> Plan {
        let by = |index, descending| Plan {
            index,
            descending,
            ..Plan::default()
        };
        if self.watch.is_some() {
            return Plan {
                until_now: true,
                ..by("sla_watch", false)
            };
        }
        if let (Some(period), Sort::Newest | Sort::Oldest) = (self.logged, self.sort) {
            return Plan {
                between: Some(period),
                ..by("created", self.sort == Sort::Newest)
            };
        }
        match self.sort {
            Sort::Newest | Sort::Oldest => {
                let descending = self.sort == Sort::Newest;
                let only = if let Some(s) = self.state {
                    Some(("state", IndexValue::Text(s.key())))
                } else if let Some(p) = self.priority {
                    Some(("priority", IndexValue::Number(f64::from(u8::from(p)))))
                } else {
                    self.kind.map(|k| ("kind", IndexValue::Text(k.key())))
                };
                match only {
                    Some((index, value)) => Plan {
                        only: Some(value),
                        ..by(index, descending)
                    },
                    None => by("created", descending),
                }
            }
            Sort::Updated => by("updated", true),
            Sort::Priority => by("priority", false),
            Sort::State => by("state", false),
            Sort::Title => by("title", false),
        }
    }

    /// The filter as a URL query, such as `kind=incident&q=mail`; defaults are left out.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.key()));
        }
        if let Some(s) = self.state {
            parts.push(format!("state={}", s.key()));
        }
        if let Some(p) = self.priority {
            parts.push(format!("priority={}", p.code()));
        }
        for (name, value) in [
            ("group", &self.group),
            ("assignee", &self.assignee),
            ("service", &self.service),
        ] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", encode(value)));
            }
        }
        if !self.category.is_empty() {
            parts.push(format!("category={}", encode(&self.category)));
        }
        if self.open {
            parts.push("open=1".to_owned());
        }
        if let Some((from, to)) = self.logged {
            parts.push(format!("logged={from}-{to}"));
        }
        if let Some(w) = self.watch {
            parts.push(format!("sla={}", w.key()));
        }
        if let Some(a) = self.activity {
            parts.push(format!("activity={}", a.key()));
        }
        if !self.text.trim().is_empty() {
            parts.push(format!("q={}", encode(self.text.trim())));
        }
        if self.sort != Sort::Newest {
            parts.push(format!("sort={}", self.sort.key()));
        }
        parts.join("&")
    }

    /// Reads a URL query written by [`TicketFilter::to_query`]; unknown values are ignored.
    pub fn from_query(query: &str) -> TicketFilter {
        let mut filter = TicketFilter::default();
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match name {
                "kind" => filter.kind = TicketKind::from_key(&value),
                "state" => filter.state = TicketState::from_key(&value),
                "priority" => filter.priority = Priority::from_code(&value),
                "q" => filter.text = value,
                "group" => filter.group = value,
                "assignee" => filter.assignee = value,
                "service" => filter.service = value,
                "category" => filter.category = value,
                "open" => filter.open = value == "1",
                "logged" => {
                    filter.logged = value.split_once('-').and_then(|(a, b)| {
                        Some((a.parse().ok()?, b.parse().ok()?)).filter(|(a, b)| a < b)
                    })
                }
                "sla" => filter.watch = Watch::from_key(&value),
                "activity" => {
                    filter.activity = SvcActivity::ALL.into_iter().find(|a| a.key() == value)
                }
                "sort" => filter.sort = Sort::from_key(&value).unwrap_or_default(),
                _ => {}
            }
        }
        filter
    }
}

/// Whether every word of `text` appears, in any case, in one of `fields`; no words match all.
pub fn words_match(text: &str, fields: &[&str]) -> bool {
    let haystack = fields.join(" ").to_lowercase();
    text.split_whitespace()
        .all(|w| haystack.contains(&w.to_lowercase()))
}

/// Whether a problem's known error matches a search: its number, title and record.
pub fn known_error_matches(problem: &Ticket, text: &str) -> bool {
    let Some(k) = &problem.known_error else {
        return false;
    };
    !problem.deleted
        && words_match(
            text,
            &[
                &problem.number,
                &problem.title,
                &k.symptom,
                &k.root_cause,
                &k.workaround,
            ],
        )
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Decodes percent-escapes and `+`; malformed escapes are kept as they are.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests;
