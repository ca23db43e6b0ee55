//! Messages of the practices pages.

use super::catalog::catalog;

catalog! {
    /// A message of the practices pages.
    pub enum PracticeMsg;
    PracticeOff => "This practice is disabled.", "Cette pratique est désactivée.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(PracticeMsg::ALL);
    }
}
