//! Message catalogues: each feature declares its messages once, English and French side by
//! side, so a message missing in either language does not compile.

use super::Lang;

/// A message that can be shown in either language.
pub trait Translate: Copy + std::fmt::Debug + 'static {
    /// The message in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

/// Declares a catalogue: `catalog! { pub enum Name; Key => "English", "Français"; … }`.
macro_rules! catalog {
    ($(#[$doc:meta])* pub enum $name:ident; $($key:ident => $en:literal, $fr:literal;)*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every message, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The message in `lang`.
            pub fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::En => match self { $($name::$key => $en),* },
                    $crate::i18n::Lang::Fr => match self { $($name::$key => $fr),* },
                }
            }
        }

        impl $crate::i18n::catalog::Translate for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}
pub(crate) use catalog;

/// Checks a catalogue: no empty text, the same placeholders in both languages, French
/// really translated, and French spacing before colons.
#[cfg(test)]
pub fn check<M: Translate>(all: &[M]) {
    use std::collections::BTreeSet;
    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }
    for msg in all {
        for lang in Lang::ALL {
            let text = msg.text(lang);
            assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
            assert_eq!(text, text.trim(), "{msg:?} has stray spaces in {lang:?}");
        }
        let (en, fr) = (msg.text(Lang::En), msg.text(Lang::Fr));
        assert_eq!(placeholders(en), placeholders(fr), "{msg:?}");
        assert!(!fr.contains("e:") && !fr.contains("é:"), "{msg:?}: {fr}");
    }
    let differing = all
        .iter()
        .filter(|m| m.text(Lang::En) != m.text(Lang::Fr))
        .count();
    // Words like "Incident", "Description" or "Impact" are the same in both languages.
    assert!(
        differing * 10 >= all.len() * 8,
        "{differing} of {}",
        all.len()
    );
}
