//! Chart data: what a chart shows, independent of how it is drawn, with the ticket list
//! each bar opens and a CSV form of its data.

pub mod layout;

use crate::domain::csv::csv;
use crate::domain::priority::Priority;
use crate::domain::query::TicketFilter;
use crate::domain::ticket::TicketState;

/// Which chart of the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKey {
    OpenByPriority,
    OpenByState,
    Compliance,
    BacklogAge,
    VolumeByCategory,
    VolumeByService,
    IncidentsByService,
    ChangeOutcomes,
    RecurringCategories,
}

impl ChartKey {
    /// Stable key, used in file names of exports and element ids.
    pub fn key(self) -> &'static str {
        match self {
            ChartKey::OpenByPriority => "open-by-priority",
            ChartKey::OpenByState => "open-by-state",
            ChartKey::Compliance => "sla-compliance",
            ChartKey::BacklogAge => "backlog-age",
            ChartKey::VolumeByCategory => "volume-by-category",
            ChartKey::VolumeByService => "volume-by-service",
            ChartKey::IncidentsByService => "incidents-by-service",
            ChartKey::ChangeOutcomes => "change-outcomes",
            ChartKey::RecurringCategories => "recurring-categories",
        }
    }
}

/// What the values of a chart measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Tickets,
    Percent,
}

/// Open tickets by how long ago they were logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgeBucket {
    UnderADay,
    OneToThreeDays,
    ThreeToSevenDays,
    OneToFourWeeks,
    OverFourWeeks,
}

impl AgeBucket {
    /// Every bucket, youngest first, with its lower bound in days.
    pub const ALL: [(AgeBucket, i64); 5] = [
        (AgeBucket::UnderADay, 0),
        (AgeBucket::OneToThreeDays, 1),
        (AgeBucket::ThreeToSevenDays, 3),
        (AgeBucket::OneToFourWeeks, 7),
        (AgeBucket::OverFourWeeks, 28),
    ];
}

/// The label of a bar or a series: a domain value the UI names in its language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Priority(Priority),
    State(TicketState),
    Age(AgeBucket),
    /// A configured name (category, service).
    Name(String),
    /// Tickets with no value (no category, no service).
    Unset,
    /// Everything beyond the largest groups.
    Other,
    /// A period of the time axis starting at this instant (milliseconds), shown as a date.
    Since(i64),
    /// SLA outcomes.
    Met,
    Breached,
    /// Change review outcomes.
    Outcome(crate::domain::records::ReviewOutcome),
    /// A plain count, for single-series charts.
    Count,
}

/// One bar: one value per series (stacked when there are several).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: Label,
    pub values: Vec<f64>,
    /// The ticket list behind the bar, opened when it is clicked.
    pub drill: Option<TicketFilter>,
}

impl Bar {
    /// The bar's total over its series.
    pub fn total(&self) -> f64 {
        self.values.iter().sum()
    }
}

/// A bar chart's data.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub key: ChartKey,
    pub unit: Unit,
    /// The series, in stacking order; one entry for a plain bar chart.
    pub series: Vec<Label>,
    pub bars: Vec<Bar>,
}

impl Chart {
    /// The largest bar total, for scaling an axis (at least 1).
    pub fn max_total(&self) -> f64 {
        self.bars.iter().map(Bar::total).fold(1.0, f64::max)
    }

    /// Whether there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.bars.iter().all(|b| b.total() == 0.0)
    }

    /// The data as CSV rows: a header of `category` and the series names, then one row per
    /// bar. `name` turns labels into words.
    pub fn to_csv(&self, category: &str, name: impl Fn(&Label) -> String) -> String {
        let mut rows = vec![std::iter::once(category.to_owned())
            .chain(self.series.iter().map(&name))
            .collect::<Vec<_>>()];
        for bar in &self.bars {
            rows.push(
                std::iter::once(name(&bar.label))
                    .chain(bar.values.iter().map(|v| number(*v)))
                    .collect(),
            );
        }
        csv(&rows)
    }
}

/// A value as CSV writes it: integers without decimals, others with one.
fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_exports_its_series_and_bars() {
        let chart = Chart {
            key: ChartKey::Compliance,
            unit: Unit::Tickets,
            series: vec![Label::Met, Label::Breached],
            bars: vec![Bar {
                label: Label::Priority(Priority::P1),
                values: vec![3.0, 1.0],
                drill: None,
            }],
        };
        let name = |l: &Label| format!("{l:?}");
        assert_eq!(
            chart.to_csv("Priority", name),
            "Priority,Met,Breached\r\nPriority(P1),3,1\r\n"
        );
        assert_eq!(chart.max_total(), 4.0);
        assert!(!chart.is_empty());
    }
}
