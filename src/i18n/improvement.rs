//! Messages of the improvement pages.

use super::catalog::catalog;

catalog! {
    /// A message of the improvement pages.
    pub enum ImprovementMsg;
    Title => "Continual improvement", "Amélioration continue";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated() {
        crate::i18n::catalog::check(ImprovementMsg::ALL);
    }
}
