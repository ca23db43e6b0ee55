//! Reports on screen: the dashboard, the printable period report, the practice KPIs, and
//! the accessible bar chart with browser downloads of its data.

mod body;
pub mod chart;
mod dashboard;
pub mod export;
mod kpis;
pub(crate) mod load;
mod report;

pub use dashboard::{Dashboard, PeriodChoice};
pub use report::PrintableReport;
