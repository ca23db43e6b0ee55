//! Storage failures as plain data, with the message each one shows.

use crate::i18n::{fill, Lang, Msg};

/// Why a storage operation failed. Every variant becomes a clear message, never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no IndexedDB (private mode, disabled storage).
    Unavailable,
    /// The upgrade waits for another tab that keeps an older version open.
    Blocked,
    /// The database exists at a newer schema than this build knows.
    NewerSchema,
    /// Opening failed for another reason.
    OpenFailed(String),
    /// The storage quota is exceeded; the transaction was rolled back.
    QuotaExceeded,
    /// Another tab upgraded the database; this connection was closed.
    VersionChanged,
    /// A stored record does not match the expected shape.
    Corrupt(String),
    /// Any other failure of a request or transaction, rolled back.
    Failed(String),
}

impl StorageError {
    /// Classifies a DOMException by its name, as the browser reports it.
    pub fn from_dom(name: &str, message: &str) -> StorageError {
        match name {
            "QuotaExceededError" => StorageError::QuotaExceeded,
            "VersionError" => StorageError::NewerSchema,
            "InvalidStateError" if message.contains("version change") => {
                StorageError::VersionChanged
            }
            _ if message.is_empty() => StorageError::Failed(name.to_owned()),
            _ => StorageError::Failed(format!("{name}: {message}")),
        }
    }

    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        let with_detail = |msg: Msg, detail: &str| fill(msg.text(lang), &[("detail", detail)]);
        match self {
            StorageError::Unavailable => Msg::ErrUnavailable.text(lang).to_owned(),
            StorageError::Blocked => Msg::ErrBlocked.text(lang).to_owned(),
            StorageError::NewerSchema => Msg::ErrNewerSchema.text(lang).to_owned(),
            StorageError::OpenFailed(d) => with_detail(Msg::ErrOpenFailed, d),
            StorageError::QuotaExceeded => Msg::ErrQuota.text(lang).to_owned(),
            StorageError::VersionChanged => Msg::ErrVersionChanged.text(lang).to_owned(),
            StorageError::Corrupt(d) => with_detail(Msg::ErrCorrupt, d),
            StorageError::Failed(d) => with_detail(Msg::ErrFailed, d),
        }
    }
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_exceptions_map_to_their_meaning() {
        assert_eq!(
            StorageError::from_dom("QuotaExceededError", "full"),
            StorageError::QuotaExceeded
        );
        assert_eq!(
            StorageError::from_dom("VersionError", "newer"),
            StorageError::NewerSchema
        );
        assert_eq!(
            StorageError::from_dom("ConstraintError", "key exists"),
            StorageError::Failed("ConstraintError: key exists".into())
        );
        assert_eq!(
            StorageError::from_dom("AbortError", ""),
            StorageError::Failed("AbortError".into())
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let all = [
            StorageError::Unavailable,
            StorageError::Blocked,
            StorageError::NewerSchema,
            StorageError::OpenFailed("x".into()),
            StorageError::QuotaExceeded,
            StorageError::VersionChanged,
            StorageError::Corrupt("x".into()),
            StorageError::Failed("x".into()),
        ];
        for e in all {
            for lang in Lang::ALL {
                let text = e.message(lang);
                assert!(
                    text.len() > 20 && !text.contains('{'),
                    "{e:?} {lang:?}: {text}"
                );
            }
        }
    }
}
