//! The dashboard's charts, built from a tally, each bar with the ticket list behind it.

use super::chart::{AgeBucket, Bar, Chart, ChartKey, Label, Unit};
use super::tally::Tally;
use crate::domain::priority::Priority;
use crate::domain::query::TicketFilter;
use crate::domain::records::ReviewOutcome;
use crate::domain::ticket::{TicketKind, TicketState};
use std::collections::HashMap;

/// An incident category with at least this many incidents in the period recurs: a
/// candidate for problem management.
pub const RECURRING: u32 = 2;

/// The recurring incident categories of the period, most frequent first.
pub fn recurring_categories(t: &Tally) -> Vec<(String, u32)> {
    let mut found: Vec<(String, u32)> = t
        .incident_categories
        .iter()
        .filter(|(name, n)| !name.is_empty() && **n >= RECURRING)
        .map(|(name, n)| (name.clone(), *n))
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    found
}

/// How many named groups a chart shows before the rest is "Other".
const TOP: usize = 6;
const DAY: i64 = 86_400_000;

fn bar(label: Label, value: u32, drill: Option<TicketFilter>) -> Bar {
    Bar {
        label,
        values: vec![f64::from(value)],
        drill,
    }
}

fn chart(key: ChartKey, unit: Unit, series: Vec<Label>, bars: Vec<Bar>) -> Chart {
    Chart {
        key,
        unit,
        series,
        bars,
    }
}

/// Every chart of the dashboard, in reading order.
pub fn dashboard_charts(t: &Tally) -> Vec<Chart> {
    vec![
        open_by_priority(t),
        open_by_state(t),
        compliance(t),
        backlog(t),
        volume(t, ChartKey::VolumeByCategory, &t.by_category),
        volume(t, ChartKey::VolumeByService, &t.by_service),
        named_counts(t, ChartKey::IncidentsByService, &t.incidents_by_service),
        change_outcomes(t),
        named_counts(t, ChartKey::RecurringCategories, &t.incident_categories),
    ]
}

fn period(t: &Tally) -> Option<(i64, i64)> {
    Some((t.period.from, t.period.to))
}

fn open_by_priority(t: &Tally) -> Chart {
    let bars = Priority::ALL
        .into_iter()
        .map(|p| {
            let drill = TicketFilter {
                priority: Some(p),
                open: true,
                ..Default::default()
            };
            bar(
                Label::Priority(p),
                t.open_by_priority[p as usize - 1],
                Some(drill),
            )
        })
        .collect();
    chart(
        ChartKey::OpenByPriority,
        Unit::Tickets,
        vec![Label::Count],
        bars,
    )
}

fn open_by_state(t: &Tally) -> Chart {
    let bars = TicketState::ALL
        .into_iter()
        .filter_map(|s| t.open_by_state.get(&s).map(|n| (s, *n)))
        .map(|(s, n)| {
            let drill = TicketFilter {
                state: Some(s),
                ..Default::default()
            };
            bar(Label::State(s), n, Some(drill))
        })
        .collect();
    chart(
        ChartKey::OpenByState,
        Unit::Tickets,
        vec![Label::Count],
        bars,
    )
}

/// Resolution SLA compliance per priority: met and breached shares of the clocks with an
/// outcome among the tickets logged in the period.
fn compliance(t: &Tally) -> Chart {
    let bars = Priority::ALL
        .into_iter()
        .filter_map(|p| {
            let o = t.resolution_of(p);
            let met = o.compliance()?;
            let drill = TicketFilter {
                priority: Some(p),
                logged: period(t),
                ..Default::default()
            };
            Some(Bar {
                label: Label::Priority(p),
                values: vec![met, 100.0 - met],
                drill: Some(drill),
            })
        })
        .collect();
    chart(
        ChartKey::Compliance,
        Unit::Percent,
        vec![Label::Met, Label::Breached],
        bars,
    )
}

fn backlog(t: &Tally) -> Chart {
    let bars = AgeBucket::ALL
        .iter()
        .enumerate()
        .map(|(i, (bucket, from_days))| {
            let younger = t.now - from_days * DAY;
            let older = AgeBucket::ALL
                .get(i + 1)
                .map_or(0, |(_, days)| t.now - days * DAY + 1);
            let drill = TicketFilter {
                open: true,
                logged: Some((older, younger + 1)),
                ..Default::default()
            };
            bar(Label::Age(*bucket), t.backlog[i], Some(drill))
        })
        .collect();
    chart(
        ChartKey::BacklogAge,
        Unit::Tickets,
        vec![Label::Count],
        bars,
    )
}

/// The names with the largest totals, then everything else.
fn top_names(totals: Vec<(String, u32)>) -> (Vec<String>, bool) {
    let mut totals = totals;
    totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let more = totals.len() > TOP;
    (totals.into_iter().take(TOP).map(|(n, _)| n).collect(), more)
}

fn name_label(name: &str) -> Label {
    if name.is_empty() {
        Label::Unset
    } else {
        Label::Name(name.to_owned())
    }
}

/// Tickets logged per time bucket, stacked by the largest groups of `counts`.
fn volume(t: &Tally, key: ChartKey, counts: &HashMap<String, Vec<u32>>) -> Chart {
    let totals = counts
        .iter()
        .map(|(n, v)| (n.clone(), v.iter().sum()))
        .collect();
    let (top, more) = top_names(totals);
    let mut series: Vec<Label> = top.iter().map(|n| name_label(n)).collect();
    if more {
        series.push(Label::Other);
    }
    let bars = t
        .buckets
        .iter()
        .enumerate()
        .map(|(b, start)| {
            let end = t.buckets.get(b + 1).copied().unwrap_or(t.period.to);
            let mut values: Vec<f64> = top.iter().map(|n| f64::from(counts[n][b])).collect();
            if more {
                let rest = counts
                    .iter()
                    .filter(|(n, _)| !top.contains(n))
                    .map(|(_, v)| v[b])
                    .sum::<u32>();
                values.push(f64::from(rest));
            }
            let drill = TicketFilter {
                logged: Some((*start, end)),
                sort: crate::domain::query::Sort::Oldest,
                ..Default::default()
            };
            Bar {
                label: Label::Since(*start),
                values,
                drill: Some(drill),
            }
        })
        .collect();
    chart(key, Unit::Tickets, series, bars)
}

/// Incidents logged in the period per service or category, largest first.
fn named_counts(t: &Tally, key: ChartKey, counts: &HashMap<String, u32>) -> Chart {
    let recurring = key == ChartKey::RecurringCategories;
    let mut sorted: Vec<(&String, &u32)> = counts
        .iter()
        .filter(|(name, n)| !recurring || (!name.is_empty() && **n >= RECURRING))
        .collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let bars = sorted
        .into_iter()
        .take(if recurring { 5 } else { 10 })
        .map(|(name, n)| {
            let mut drill = TicketFilter {
                kind: Some(TicketKind::Incident),
                logged: period(t),
                ..Default::default()
            };
            match key {
                ChartKey::IncidentsByService => drill.service = name.clone(),
                _ => drill.category = name.clone(),
            }
            bar(name_label(name), *n, Some(drill))
        })
        .collect();
    chart(key, Unit::Tickets, vec![Label::Count], bars)
}

fn change_outcomes(t: &Tally) -> Chart {
    let bars = ReviewOutcome::ALL
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let drill = TicketFilter {
                kind: Some(TicketKind::Change),
                logged: period(t),
                ..Default::default()
            };
            bar(Label::Outcome(o), t.change_outcomes[i], Some(drill))
        })
        .collect();
    chart(
        ChartKey::ChangeOutcomes,
        Unit::Tickets,
        vec![Label::Count],
        bars,
    )
}
