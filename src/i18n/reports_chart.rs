//! Messages of the bar chart component: its data table, exports and the values it reads out.

use super::catalog::catalog;
use super::{fill, Lang};
use crate::domain::reports::chart::Unit;

catalog! {
    /// A message of a report chart.
    pub enum ChartMsg;
    DataTable => "Data table", "Tableau des données";
    NoData => "No data for this period.", "Aucune donnée pour cette période.";
    Legend => "Legend", "Légende";
    Hint => "Select a bar to list its tickets.", "Sélectionnez une barre pour afficher ses tickets.";
    DownloadCsv => "Download CSV", "Télécharger le CSV";
    DownloadSvg => "Download SVG", "Télécharger le SVG";
    DownloadCsvLabel => "Download the data of “{title}” as CSV", "Télécharger les données de « {title} » en CSV";
    DownloadSvgLabel => "Download the chart “{title}” as an SVG image", "Télécharger le graphique « {title} » en image SVG";
    BarValue => "{name}: {value}", "{name} : {value}";
    StackedValue => "{name}: {values}; total {total}", "{name} : {values} ; total {total}";
    SeriesValue => "{series} {value}", "{series} {value}";
}

/// A value as the chart shows it: counts as whole numbers, percentages with at most one
/// decimal and the language's decimal separator and percent spacing.
pub fn value_text(value: f64, unit: Unit, lang: Lang) -> String {
    let number = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    let number = match lang {
        Lang::En => number,
        Lang::Fr => number.replace('.', ","),
    };
    match (unit, lang) {
        (Unit::Tickets, _) => number,
        (Unit::Percent, Lang::En) => format!("{number}%"),
        // A narrow no-break space, as French typography puts before the percent sign.
        (Unit::Percent, Lang::Fr) => format!("{number}\u{202f}%"),
    }
}

/// What a bar says to a screen reader: its name and value, or each series' value and the
/// total when the bar is stacked. `series` pairs series names with values.
pub fn bar_text(name: &str, series: &[(String, String)], total: &str, lang: Lang) -> String {
    match series {
        [(_, value)] => fill(
            ChartMsg::BarValue.text(lang),
            &[("name", name), ("value", value)],
        ),
        _ => {
            let values = series
                .iter()
                .map(|(s, v)| {
                    fill(
                        ChartMsg::SeriesValue.text(lang),
                        &[("series", s), ("value", v)],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            fill(
                ChartMsg::StackedValue.text(lang),
                &[("name", name), ("values", &values), ("total", total)],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_messages_are_complete_in_both_languages() {
        crate::i18n::catalog::check(ChartMsg::ALL);
    }

    #[test]
    fn values_follow_the_language() {
        assert_eq!(value_text(12.0, Unit::Tickets, Lang::Fr), "12");
        assert_eq!(value_text(87.5, Unit::Percent, Lang::En), "87.5%");
        assert_eq!(value_text(87.5, Unit::Percent, Lang::Fr), "87,5\u{202f}%");
        assert_eq!(value_text(100.0, Unit::Percent, Lang::Fr), "100\u{202f}%");
        assert_eq!(value_text(2.25, Unit::Tickets, Lang::En), "2.2");
    }

    #[test]
    fn bars_read_out_their_values() {
        let one = [("Tickets".to_owned(), "12".to_owned())];
        assert_eq!(bar_text("P1", &one, "12", Lang::En), "P1: 12");
        assert_eq!(bar_text("P1", &one, "12", Lang::Fr), "P1 : 12");
        let two = [
            ("Met".to_owned(), "3".to_owned()),
            ("Breached".to_owned(), "1".to_owned()),
        ];
        assert_eq!(
            bar_text("P2", &two, "4", Lang::En),
            "P2: Met 3, Breached 1; total 4"
        );
    }
}
