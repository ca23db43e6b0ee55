//! Reports: dashboard figures, charts and practice KPIs computed from the tickets in the
//! browser, one ticket at a time so that a large workspace can be read in chunks.

pub mod chart;
pub mod charts;
pub mod kpi;
pub mod period;
pub mod tally;
#[cfg(test)]
mod tests;
