//! Time zones for service hours: a standard offset and a daylight-saving rule, enough to
//! place "09:00 local" on the time line in every zone the app offers, without a tz database.

use crate::domain::time::{civil_from_days, days_from_civil};

const MINUTE: i64 = 60_000;
const DAY_MINUTES: i64 = 1440;

/// When daylight saving time starts or ends: the `nth` Sunday of `month` (0 = the last one),
/// at `minute` of the local clock in force just before the switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Switch {
    month: i64,
    nth: i64,
    minute: i64,
}

/// A daylight-saving rule: clocks go forward by `shift` minutes from `start` to `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Dst {
    start: Switch,
    end: Switch,
    shift: i64,
}

/// A time zone the service hours can be kept in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    /// IANA name, stored in the policy.
    pub name: &'static str,
    /// Offset from UTC outside daylight saving time, in minutes.
    standard: i64,
    dst: Option<Dst>,
}

const fn sunday(month: i64, nth: i64, minute: i64) -> Switch {
    Switch { month, nth, minute }
}

/// European Union: last Sunday of March to last Sunday of October, at 01:00 UTC.
const fn eu(standard: i64) -> Option<Dst> {
    Some(Dst {
        start: sunday(3, 0, 60 + standard),
        end: sunday(10, 0, 120 + standard),
        shift: 60,
    })
}

/// United States and Canada: second Sunday of March to first Sunday of November, 02:00 local.
const US: Option<Dst> = Some(Dst {
    start: sunday(3, 2, 120),
    end: sunday(11, 1, 120),
    shift: 60,
});

const fn zone(name: &'static str, standard: i64, dst: Option<Dst>) -> Zone {
    Zone {
        name,
        standard,
        dst,
    }
}

/// Every zone offered, west to east.
pub const ZONES: [Zone; 16] = [
    zone("America/Los_Angeles", -480, US),
    zone("America/Denver", -420, US),
    zone("America/Chicago", -360, US),
    zone("America/New_York", -300, US),
    zone("America/Toronto", -300, US),
    zone("America/Martinique", -240, None),
    zone("UTC", 0, None),
    zone("Africa/Dakar", 0, None),
    zone("Europe/London", 0, eu(0)),
    zone("Europe/Paris", 60, eu(60)),
    zone("Europe/Brussels", 60, eu(60)),
    zone("Africa/Lagos", 60, None),
    zone("Europe/Helsinki", 120, eu(120)),
    zone("Indian/Reunion", 240, None),
    zone("Asia/Kolkata", 330, None),
    zone(
        "Australia/Sydney",
        600,
        Some(Dst {
            start: sunday(10, 1, 120),
            end: sunday(4, 1, 180),
            shift: 60,
        }),
    ),
];

impl Zone {
    /// The zone of an IANA name, if offered.
    pub fn named(name: &str) -> Option<Zone> {
        ZONES.into_iter().find(|z| z.name == name)
    }

    /// Offset from UTC in minutes at the instant `utc` (milliseconds).
    pub fn offset_at(&self, utc: i64) -> i64 {
        let Some(dst) = self.dst else {
            return self.standard;
        };
        let (year, _, _) =
            civil_from_days((utc.div_euclid(MINUTE) + self.standard).div_euclid(DAY_MINUTES));
        let start = self.switch_instant(year, dst.start, self.standard);
        let end = self.switch_instant(year, dst.end, self.standard + dst.shift);
        let summer = if start < end {
            start <= utc && utc < end
        } else {
            utc >= start || utc < end
        };
        self.standard + if summer { dst.shift } else { 0 }
    }

    /// The UTC instant of a switch in `year`, read on a clock at `offset`.
    fn switch_instant(&self, year: i64, switch: Switch, offset: i64) -> i64 {
        let day = nth_sunday(year, switch.month, switch.nth);
        (day * DAY_MINUTES + switch.minute - offset) * MINUTE
    }

    /// The UTC instant (milliseconds) of local `minute` on local day `day` (days since
    /// 1970-01-01). A local time skipped by a spring shift is read with the offset in force
    /// before the shift; a repeated autumn time gives its first occurrence.
    pub fn instant(&self, day: i64, minute: i64) -> i64 {
        let local = (day * DAY_MINUTES + minute) * MINUTE;
        let winter = local - self.standard * MINUTE;
        let shift = self.dst.map_or(0, |d| d.shift);
        let summer = winter - shift * MINUTE;
        let holds = |utc: i64, offset: i64| self.offset_at(utc) == offset;
        match (
            holds(winter, self.standard),
            holds(summer, self.standard + shift),
        ) {
            (_, true) => summer,
            _ => winter,
        }
    }

    /// The local day (days since 1970-01-01) and minute of the day at instant `utc`.
    pub fn local(&self, utc: i64) -> (i64, i64) {
        let minutes = utc.div_euclid(MINUTE) + self.offset_at(utc);
        (
            minutes.div_euclid(DAY_MINUTES),
            minutes.rem_euclid(DAY_MINUTES),
        )
    }
}

/// Day number of the `nth` Sunday (0: the last one) of a month.
fn nth_sunday(year: i64, month: i64, nth: i64) -> i64 {
    if nth == 0 {
        let next = if month == 12 {
            days_from_civil(year + 1, 1, 1)
        } else {
            days_from_civil(year, month + 1, 1)
        };
        let last = next - 1;
        last - (weekday(last) + 1) % 7
    } else {
        let first = days_from_civil(year, month, 1);
        let to_sunday = (6 - weekday(first)).rem_euclid(7);
        first + to_sunday + 7 * (nth - 1)
    }
}

/// Day of the week of a day number: 0 Monday … 6 Sunday.
pub fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i64, m: i64, d: i64, h: i64, min: i64) -> i64 {
        (days_from_civil(y, m, d) * DAY_MINUTES + h * 60 + min) * MINUTE
    }

    #[test]
    fn sundays_are_found_first_second_and_last() {
        assert_eq!(nth_sunday(2026, 3, 0), days_from_civil(2026, 3, 29));
        assert_eq!(nth_sunday(2026, 10, 0), days_from_civil(2026, 10, 25));
        assert_eq!(nth_sunday(2026, 3, 2), days_from_civil(2026, 3, 8));
        assert_eq!(nth_sunday(2026, 11, 1), days_from_civil(2026, 11, 1));
        assert_eq!(nth_sunday(2026, 5, 0), days_from_civil(2026, 5, 31));
        assert_eq!(weekday(days_from_civil(2026, 11, 26)), 3);
    }

    #[test]
    fn paris_switches_at_one_utc_on_the_eu_sundays() {
        let paris = Zone::named("Europe/Paris").unwrap();
        assert_eq!(paris.offset_at(utc(2026, 3, 29, 0, 59)), 60);
        assert_eq!(paris.offset_at(utc(2026, 3, 29, 1, 0)), 120);
        assert_eq!(paris.offset_at(utc(2026, 10, 25, 0, 59)), 120);
        assert_eq!(paris.offset_at(utc(2026, 10, 25, 1, 0)), 60);
        let london = Zone::named("Europe/London").unwrap();
        assert_eq!(london.offset_at(utc(2026, 7, 1, 12, 0)), 60);
        assert_eq!(london.offset_at(utc(2026, 12, 1, 12, 0)), 0);
    }

    #[test]
    fn new_york_and_sydney_follow_their_own_rules() {
        let ny = Zone::named("America/New_York").unwrap();
        assert_eq!(ny.offset_at(utc(2026, 3, 8, 6, 59)), -300);
        assert_eq!(ny.offset_at(utc(2026, 3, 8, 7, 0)), -240);
        assert_eq!(ny.offset_at(utc(2026, 11, 1, 5, 59)), -240);
        assert_eq!(ny.offset_at(utc(2026, 11, 1, 6, 0)), -300);
        let sydney = Zone::named("Australia/Sydney").unwrap();
        assert_eq!(sydney.offset_at(utc(2026, 1, 15, 0, 0)), 660);
        assert_eq!(sydney.offset_at(utc(2026, 6, 15, 0, 0)), 600);
        // First Sunday of October 2026 is the 4th: 02:00 local standard = 16:00 UTC the 3rd.
        assert_eq!(sydney.offset_at(utc(2026, 10, 3, 16, 0)), 660);
        assert_eq!(sydney.offset_at(utc(2026, 10, 3, 15, 59)), 600);
    }

    #[test]
    fn local_times_map_to_instants_across_the_shifts() {
        let paris = Zone::named("Europe/Paris").unwrap();
        let day = days_from_civil(2026, 3, 30);
        assert_eq!(paris.instant(day, 9 * 60), utc(2026, 3, 30, 7, 0));
        let winter = days_from_civil(2026, 3, 27);
        assert_eq!(paris.instant(winter, 9 * 60), utc(2026, 3, 27, 8, 0));
        // 02:30 does not exist on 29 March: read with the winter offset.
        let shift = days_from_civil(2026, 3, 29);
        assert_eq!(paris.instant(shift, 150), utc(2026, 3, 29, 1, 30));
        // 02:30 happens twice on 25 October: the first one.
        let back = days_from_civil(2026, 10, 25);
        assert_eq!(paris.instant(back, 150), utc(2026, 10, 25, 0, 30));
        assert_eq!(paris.local(utc(2026, 3, 30, 7, 0)), (day, 540));
        let kolkata = Zone::named("Asia/Kolkata").unwrap();
        assert_eq!(kolkata.instant(day, 540), utc(2026, 3, 30, 3, 30));
    }
}
