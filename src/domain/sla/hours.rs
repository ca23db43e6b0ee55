//! Service hours: when an SLA clock may count. Round the clock, or business hours on chosen
//! weekdays in a time zone, with holidays.

use super::zone::{weekday, Zone};
use crate::domain::time::{civil_from_days, days_from_civil};
use serde::{Deserialize, Serialize};

const MINUTE: i64 = 60_000;
const DAY: i64 = 86_400_000;
/// How far ahead a due time is searched for before giving up (about five years).
const HORIZON_DAYS: i64 = 1830;

/// The hours during which an SLA clock counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceHours {
    /// Name shown in the SLA definitions, unique in the policy.
    pub name: String,
    /// Round the clock (24×7): weekdays, times and holidays are ignored.
    pub always: bool,
    /// Working weekdays, Monday first.
    pub weekdays: [bool; 7],
    /// Opening and closing time, in minutes after local midnight.
    pub opens: u16,
    pub closes: u16,
    /// IANA name of the time zone the times are read in.
    pub zone: String,
    /// Days off, as "YYYY-MM-DD".
    #[serde(default)]
    pub holidays: Vec<String>,
}

/// Why service hours cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoursError {
    NoName,
    NoWeekday,
    ClosesBeforeOpening,
    UnknownZone,
    BadHoliday(String),
}

impl ServiceHours {
    /// Round the clock, every day.
    pub fn round_the_clock(name: &str) -> ServiceHours {
        ServiceHours {
            name: name.to_owned(),
            always: true,
            weekdays: [true; 7],
            opens: 0,
            closes: 1440,
            zone: "UTC".into(),
            holidays: Vec::new(),
        }
    }

    /// Monday to Friday, `opens` to `closes` (minutes) in `zone`.
    pub fn business(name: &str, opens: u16, closes: u16, zone: &str) -> ServiceHours {
        ServiceHours {
            name: name.to_owned(),
            always: false,
            weekdays: [true, true, true, true, true, false, false],
            opens,
            closes,
            zone: zone.to_owned(),
            holidays: Vec::new(),
        }
    }

    /// Checks the hours can be used to count time.
    pub fn validate(&self) -> Result<(), HoursError> {
        if self.name.trim().is_empty() {
            return Err(HoursError::NoName);
        }
        if self.always {
            return Ok(());
        }
        if !self.weekdays.contains(&true) {
            return Err(HoursError::NoWeekday);
        }
        if self.closes <= self.opens || self.closes > 1440 {
            return Err(HoursError::ClosesBeforeOpening);
        }
        if Zone::named(&self.zone).is_none() {
            return Err(HoursError::UnknownZone);
        }
        match self.holidays.iter().find(|h| parse_date(h).is_none()) {
            Some(bad) => Err(HoursError::BadHoliday(bad.clone())),
            None => Ok(()),
        }
    }

    /// Length of a working day, in milliseconds (a day's worth for round-the-clock hours).
    pub fn day_length(&self) -> i64 {
        if self.always {
            DAY
        } else {
            i64::from(self.closes.saturating_sub(self.opens)) * MINUTE
        }
    }

    /// The working window of local day `day`, as UTC instants, if it is a working day.
    fn window(&self, zone: &Zone, holidays: &[i64], day: i64) -> Option<(i64, i64)> {
        let working = self.weekdays[weekday(day) as usize] && !holidays.contains(&day);
        working.then(|| {
            (
                zone.instant(day, i64::from(self.opens)),
                zone.instant(day, i64::from(self.closes)),
            )
        })
    }

    fn calendar(&self) -> (Zone, Vec<i64>) {
        let zone = Zone::named(&self.zone).unwrap_or(super::zone::ZONES[6]);
        let holidays = self.holidays.iter().filter_map(|h| parse_date(h)).collect();
        (zone, holidays)
    }

    /// Working time between two instants, in milliseconds.
    pub fn working_between(&self, from: i64, to: i64) -> i64 {
        if to <= from {
            return 0;
        }
        if self.always {
            return to - from;
        }
        let (zone, holidays) = self.calendar();
        let (first, _) = zone.local(from);
        let (last, _) = zone.local(to);
        (first..=last)
            .filter_map(|day| self.window(&zone, &holidays, day))
            .map(|(open, close)| (close.min(to) - open.max(from)).max(0))
            .sum()
    }

    /// The instant at which `amount` milliseconds of working time have passed after `from`;
    /// `None` when the hours never open within the horizon.
    pub fn add_working(&self, from: i64, amount: i64) -> Option<i64> {
        if self.always {
            return Some(from + amount.max(0));
        }
        let (zone, holidays) = self.calendar();
        let (first, _) = zone.local(from);
        let mut left = amount.max(0);
        for day in first..first + HORIZON_DAYS {
            let Some((open, close)) = self.window(&zone, &holidays, day) else {
                continue;
            };
            let start = open.max(from);
            if close <= start {
                continue;
            }
            if left == 0 || start + left <= close {
                return Some(start + left);
            }
            left -= close - start;
        }
        None
    }
}

/// Reads "YYYY-MM-DD" as a day number.
pub fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let day = days_from_civil(y, m, d);
    // Impossible dates (31 February) do not survive the round trip.
    let real = civil_from_days(day) == (y, m, d) && (1900..=2200).contains(&y);
    real.then_some(day)
}
