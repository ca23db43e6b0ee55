//! The period a report covers, and the time buckets of its "over time" charts.

use crate::domain::time::{civil_from_days, days_from_civil};

const DAY: i64 = 86_400_000;
const MINUTE: i64 = 60_000;

/// A period [from, to) in milliseconds, with the local offset its days are cut at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: i64,
    pub to: i64,
    /// Minutes added to UTC for local time, used to cut days, weeks and months.
    pub offset: i64,
}

/// The width of the time buckets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    Day,
    Week,
    Month,
}

impl Period {
    /// The `days` local days up to and including the day of `now`.
    pub fn last_days(now: i64, days: i64, offset: i64) -> Period {
        let today = (now + offset * MINUTE).div_euclid(DAY);
        Period::between_days(today - days + 1, today + 1, offset)
    }

    /// Local days [first, end), as day numbers since 1970-01-01.
    pub fn between_days(first: i64, end: i64, offset: i64) -> Period {
        Period {
            from: first * DAY - offset * MINUTE,
            to: end.max(first + 1) * DAY - offset * MINUTE,
            offset,
        }
    }

    /// The period between two "YYYY-MM-DD" dates, both included.
    pub fn from_dates(first: &str, last: &str, offset: i64) -> Option<Period> {
        let (a, b) = (parse_day(first)?, parse_day(last)?);
        (a <= b).then(|| Period::between_days(a, b + 1, offset))
    }

    /// Whether an instant falls in the period.
    pub fn contains(&self, at: i64) -> bool {
        (self.from..self.to).contains(&at)
    }

    /// The first and last local day, as "YYYY-MM-DD".
    pub fn dates(&self) -> (String, String) {
        let day = |ms: i64| (ms + self.offset * MINUTE).div_euclid(DAY);
        (format_day(day(self.from)), format_day(day(self.to - 1)))
    }

    /// Days for up to a month, weeks for up to half a year, months beyond.
    pub fn granularity(&self) -> Granularity {
        match (self.to - self.from) / DAY {
            0..=31 => Granularity::Day,
            32..=183 => Granularity::Week,
            _ => Granularity::Month,
        }
    }

    /// The start of every bucket that overlaps the period, in order; the first is the
    /// period's start.
    pub fn buckets(&self) -> Vec<i64> {
        let local = |ms: i64| (ms + self.offset * MINUTE).div_euclid(DAY);
        let instant = |day: i64| day * DAY - self.offset * MINUTE;
        let (first, end) = (local(self.from), local(self.to - 1) + 1);
        let mut starts = Vec::new();
        let mut day = match self.granularity() {
            Granularity::Day => first,
            Granularity::Week => first - (first + 3).rem_euclid(7),
            Granularity::Month => {
                let (y, m, _) = civil_from_days(first);
                days_from_civil(y, m, 1)
            }
        };
        while day < end {
            starts.push(instant(day).max(self.from));
            day = match self.granularity() {
                Granularity::Day => day + 1,
                Granularity::Week => day + 7,
                Granularity::Month => {
                    let (y, m, _) = civil_from_days(day);
                    if m == 12 {
                        days_from_civil(y + 1, 1, 1)
                    } else {
                        days_from_civil(y, m + 1, 1)
                    }
                }
            };
        }
        starts
    }
}

/// The bucket an instant falls in, given bucket starts from [`Period::buckets`].
pub fn bucket_of(starts: &[i64], at: i64) -> Option<usize> {
    match starts.partition_point(|s| *s <= at) {
        0 => None,
        n => Some(n - 1),
    }
}

fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let day = days_from_civil(y, m, d);
    (civil_from_days(day) == (y, m, d)).then_some(day)
}

fn format_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_of_dates_covers_whole_local_days() {
        let p = Period::from_dates("2026-03-01", "2026-03-31", 60).unwrap();
        assert_eq!(p.dates(), ("2026-03-01".into(), "2026-03-31".into()));
        assert_eq!(p.to - p.from, 31 * DAY);
        assert_eq!(p.from, days_from_civil(2026, 3, 1) * DAY - 60 * MINUTE);
        assert_eq!(p.granularity(), Granularity::Day);
        assert_eq!(p.buckets().len(), 31);
        assert!(Period::from_dates("2026-03-02", "2026-03-01", 0).is_none());
        assert!(Period::from_dates("2026-3", "2026-03-01", 0).is_none());
        assert!(Period::from_dates("2026-02-31", "2026-03-01", 0).is_none());
    }

    #[test]
    fn longer_periods_are_cut_in_weeks_from_monday_or_in_months() {
        let q = Period::from_dates("2026-01-01", "2026-03-31", 0).unwrap();
        assert_eq!(q.granularity(), Granularity::Week);
        let weeks = q.buckets();
        // 1 January 2026 is a Thursday: the first bucket starts with the period.
        assert_eq!(weeks[0], q.from);
        assert_eq!(weeks[1], days_from_civil(2026, 1, 5) * DAY);
        let year = Period::from_dates("2025-12-15", "2026-11-30", 0).unwrap();
        let months = year.buckets();
        assert_eq!(months.len(), 12);
        assert_eq!(months[1], days_from_civil(2026, 1, 1) * DAY);
        assert_eq!(
            bucket_of(&months, days_from_civil(2026, 1, 20) * DAY),
            Some(1)
        );
        assert_eq!(bucket_of(&months, year.from - 1), None);
    }

    #[test]
    fn the_last_days_end_with_today() {
        let now = days_from_civil(2026, 11, 26) * DAY + 10 * 3_600_000;
        let p = Period::last_days(now, 7, 0);
        assert_eq!(p.dates(), ("2026-11-20".into(), "2026-11-26".into()));
        assert!(p.contains(now));
    }
}
