//! A workspace's sync target — the CouchDB database it replicates with — as the user enters
//! it in Settings, validated before anything is stored or sent; and the sync status the
//! header and Settings show.

pub use super::checkpoint::Direction;
use serde::{Deserialize, Serialize};

/// Where a workspace replicates: a CouchDB server, one of its databases, and the account
/// used. The password stays in this browser only (never in backups, never replicated).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncTarget {
    /// The server's address, `http(s)://host[:port][/path]`, without a trailing slash.
    pub url: String,
    /// The database on that server: one per workspace.
    pub database: String,
    /// The CouchDB user name; empty for a server that needs no login.
    pub user: String,
    pub password: String,
}

/// Why a sync target was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetError {
    UrlMissing,
    /// Not `http://` or `https://` followed by a host.
    UrlNotHttp,
    /// `user:password@` written into the address: the credentials have their own fields.
    UrlHasCredentials,
    /// A `?query` or `#fragment`, which CouchDB addresses never need.
    UrlHasQuery,
    DatabaseMissing,
    /// Not a CouchDB database name: a lowercase letter first, then lowercase letters,
    /// digits and `_$()+-/`, at most 238 characters.
    DatabaseInvalid,
    /// A user name without a password, or a password without a user name.
    CredentialsIncomplete,
}

/// The longest database name CouchDB accepts.
const DATABASE_MAX: usize = 238;

impl SyncTarget {
    /// A target from the form's fields, trimmed and checked.
    pub fn validated(
        url: &str,
        database: &str,
        user: &str,
        password: &str,
    ) -> Result<SyncTarget, TargetError> {
        let url = url.trim().trim_end_matches('/');
        if url.is_empty() {
            return Err(TargetError::UrlMissing);
        }
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or(TargetError::UrlNotHttp)?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.contains('@') {
            return Err(TargetError::UrlHasCredentials);
        }
        if rest.contains(['?', '#']) {
            return Err(TargetError::UrlHasQuery);
        }
        let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
        if host.is_empty() || authority.chars().any(char::is_whitespace) {
            return Err(TargetError::UrlNotHttp);
        }
        let database = database.trim();
        if database.is_empty() {
            return Err(TargetError::DatabaseMissing);
        }
        if !valid_database(database) {
            return Err(TargetError::DatabaseInvalid);
        }
        let user = user.trim();
        if user.is_empty() != password.is_empty() {
            return Err(TargetError::CredentialsIncomplete);
        }
        Ok(SyncTarget {
            url: url.to_owned(),
            database: database.to_owned(),
            user: user.to_owned(),
            password: password.to_owned(),
        })
    }

    /// The database's address, its name escaped for a URL path (`/` becomes `%2F`).
    pub fn database_url(&self) -> String {
        let mut escaped = String::with_capacity(self.database.len());
        for c in self.database.chars() {
            match c {
                'a'..='z' | '0'..='9' | '_' | '-' => escaped.push(c),
                other => escaped.push_str(&format!("%{:02X}", other as u32)),
            }
        }
        format!("{}/{escaped}", self.url)
    }

    /// The server's origin (`scheme://host[:port]`), which the browser must be allowed to
    /// reach and which CouchDB's CORS settings must admit.
    pub fn origin(&self) -> &str {
        let after_scheme = self.url.find("://").map_or(0, |i| i + 3);
        let end = self.url[after_scheme..]
            .find('/')
            .map_or(self.url.len(), |i| after_scheme + i);
        &self.url[..end]
    }

    /// Whether requests carry a login.
    pub fn has_login(&self) -> bool {
        !self.user.is_empty()
    }
}

/// Whether `name` is a database name CouchDB accepts.
fn valid_database(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= DATABASE_MAX
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c))
}

/// Why a sync stopped, kept as data so that the UI says it in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncFailure {
    /// The server did not answer: wrong address, server down, or CORS refused.
    Unreachable,
    /// The server refused the user name or password, or the user may not use the database.
    Unauthorized,
    /// The database does not exist and this user may not create it.
    DatabaseMissing,
    /// The server answered with an error status, and CouchDB's reason.
    Server { status: u16, reason: String },
    /// The server's answer was not what the protocol says.
    BadResponse(String),
    /// This browser's storage refused a write (quota, blocked).
    Local(crate::storage_error::StorageError),
    /// This workspace has tickets and so has the server's database, which it never synced
    /// with: their numbers could collide. A laptop joins with an empty workspace.
    BothHaveTickets,
    /// A fault of ValueDesk itself (the replication's steps came out of order); the cycle
    /// is retried like any other failure.
    Internal(String),
    /// The cycle was abandoned: its loop ended (sync stopped or restarted), or its local
    /// checkpoint changed meanwhile (an import); the next cycle starts over. Never shown.
    Cancelled,
}

/// A document one side refused during a cycle, the others having gone through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The document id, such as `ticket:…`.
    pub id: String,
    /// The record's name for people (a ticket's number), when this browser has it.
    pub name: Option<String>,
    /// Push: the server refused it, and it is sent again at each cycle until the server
    /// takes it or the record changes. Pull: this browser refused it as malformed.
    pub direction: Direction,
    /// The refusing side's reason, as it gave it.
    pub reason: String,
}

/// What the header and Settings say about a workspace's replication.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum SyncStatus {
    /// No sync target: the workspace lives in this browser only.
    #[default]
    Off,
    /// Everything known here is on the server and the other way round.
    Synced,
    /// Synced, except these documents, which one side refused.
    Refused(Vec<Refusal>),
    /// Replicating; `left` changes are known to remain (0 while still counting).
    Syncing { left: u64 },
    /// The browser is offline; sync resumes when it is back.
    Offline,
    /// Another tab of this workspace in this browser runs its sync; this tab's changes go
    /// through that tab's loop.
    OtherTab,
    /// Sync stopped; it is retried later and from Settings.
    Failed(SyncFailure),
}

impl SyncStatus {
    /// The status after a cycle that went through, with what it refused.
    pub fn after_cycle(refused: Vec<Refusal>) -> SyncStatus {
        if refused.is_empty() {
            SyncStatus::Synced
        } else {
            SyncStatus::Refused(refused)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(url: &str, db: &str) -> Result<SyncTarget, TargetError> {
        SyncTarget::validated(url, db, "alice", "secret")
    }

    #[test]
    fn a_plain_address_is_kept_without_its_trailing_slash() {
        let t = target("  https://couch.example.org:6984/ ", " desk ").unwrap();
        assert_eq!(t.url, "https://couch.example.org:6984");
        assert_eq!(t.database, "desk");
        assert_eq!(t.database_url(), "https://couch.example.org:6984/desk");
        assert_eq!(t.origin(), "https://couch.example.org:6984");
        assert!(t.has_login());
    }

    #[test]
    fn a_server_behind_a_path_keeps_the_path_but_not_in_its_origin() {
        let t = target("http://intranet/couchdb/", "team/desk").unwrap();
        assert_eq!(t.database_url(), "http://intranet/couchdb/team%2Fdesk");
        assert_eq!(t.origin(), "http://intranet");
    }

    #[test]
    fn bad_addresses_are_refused_with_their_reason() {
        assert_eq!(target("", "d"), Err(TargetError::UrlMissing));
        assert_eq!(target("ftp://x", "d"), Err(TargetError::UrlNotHttp));
        assert_eq!(
            target("couch.example.org", "d"),
            Err(TargetError::UrlNotHttp)
        );
        assert_eq!(target("https://", "d"), Err(TargetError::UrlNotHttp));
        assert_eq!(target("https://:5984", "d"), Err(TargetError::UrlNotHttp));
        assert_eq!(
            target("https://bob:pw@couch", "d"),
            Err(TargetError::UrlHasCredentials)
        );
        assert_eq!(
            target("https://couch/?x=1", "d"),
            Err(TargetError::UrlHasQuery)
        );
        assert_eq!(
            target("https://couch#top", "d"),
            Err(TargetError::UrlHasQuery)
        );
    }

    #[test]
    fn database_names_follow_couchdb_rules() {
        assert_eq!(target("http://c", " "), Err(TargetError::DatabaseMissing));
        for bad in [
            "Desk",
            "1desk",
            "_users",
            "desk space",
            "dé",
            &"a".repeat(239),
        ] {
            assert_eq!(
                target("http://c", bad),
                Err(TargetError::DatabaseInvalid),
                "{bad}"
            );
        }
        for good in ["desk", "team-1_a$(b)+c/d", &"a".repeat(238)] {
            assert!(target("http://c", good).is_ok(), "{good}");
        }
    }

    #[test]
    fn credentials_come_as_a_pair_or_not_at_all() {
        let open = SyncTarget::validated("http://c", "d", "", "").unwrap();
        assert!(!open.has_login());
        assert_eq!(
            SyncTarget::validated("http://c", "d", "alice", ""),
            Err(TargetError::CredentialsIncomplete)
        );
        assert_eq!(
            SyncTarget::validated("http://c", "d", " ", "pw"),
            Err(TargetError::CredentialsIncomplete)
        );
    }

    #[test]
    fn a_cycle_with_refusals_is_not_called_synced() {
        assert_eq!(SyncStatus::after_cycle(Vec::new()), SyncStatus::Synced);
        let refused = vec![Refusal {
            id: "ticket:a".into(),
            name: None,
            direction: Direction::Push,
            reason: "forbidden".into(),
        }];
        assert_eq!(
            SyncStatus::after_cycle(refused.clone()),
            SyncStatus::Refused(refused)
        );
    }

    #[test]
    fn a_password_is_kept_exactly_as_typed() {
        let t = SyncTarget::validated("http://c", "d", "bob", " pässword ").unwrap();
        assert_eq!(t.password, " pässword ");
    }
}
