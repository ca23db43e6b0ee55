//! The translation layer: every user-visible string, in English and French.
//!
//! Messages are declared once in [`messages`] with both languages side by side, so a
//! message missing in either language does not compile; tests check placeholders match.

pub mod backup;
pub mod catalog;
pub mod diagrams;
pub mod export;
pub mod improvement;
pub mod itil;
pub mod labels;
pub mod lifecycle_labels;
mod messages;
pub mod practices;
pub mod reports;
pub mod reports_chart;
pub mod sla;
pub mod sync;
pub mod sync_compare;
pub mod tour;
pub mod workspaces;

pub use catalog::Translate;
pub use messages::Msg;

/// A language the UI speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// BCP 47 code, also used for persistence and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as shown in the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Picks the first supported language in the browser's preference list; English otherwise.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                Lang::from_code(&primary)
            })
            .unwrap_or(Lang::En)
    }
}

/// Replaces `{name}` placeholders with values; unknown placeholders stay as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preference_picks_the_first_supported_language() {
        assert_eq!(Lang::from_browser(["fr-CA", "en-US"]), Lang::Fr);
        assert_eq!(Lang::from_browser(["de-DE", "FR"]), Lang::Fr);
        assert_eq!(Lang::from_browser(["en-GB", "fr"]), Lang::En);
        assert_eq!(Lang::from_browser(["de", "es"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("{n} of {total}", &[("n", "3"), ("total", "9")]),
            "3 of 9"
        );
        assert_eq!(fill("{x}", &[]), "{x}");
    }
}
