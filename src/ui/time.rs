//! The browser's local time, for showing instants.

use crate::domain::time::format_timestamp;

/// Minutes to add to UTC for the browser's local time at `ms`.
pub fn local_offset(ms: i64) -> i64 {
    -(js_sys::Date::new(&(ms as f64).into()).get_timezone_offset() as i64)
}

/// An instant as "YYYY-MM-DD HH:MM" in the browser's local time.
pub fn local_time(ms: i64) -> String {
    format_timestamp(ms, local_offset(ms))
}
