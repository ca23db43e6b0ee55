//! Durations shown to people, such as a ticket's age.

/// A rounded duration in the largest unit that fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    JustNow,
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

/// How long ago `then` was, seen at `now` (both in milliseconds).
pub fn age(then: i64, now: i64) -> Age {
    let minutes = (now - then).max(0) / 60_000;
    match minutes {
        0 => Age::JustNow,
        1..=59 => Age::Minutes(minutes),
        60..=1439 => Age::Hours(minutes / 60),
        _ => Age::Days(minutes / 1440),
    }
}

/// Formats epoch milliseconds as "YYYY-MM-DD HH:MM" in UTC, shifted by `offset_minutes`.
pub fn format_timestamp(ms: i64, offset_minutes: i64) -> String {
    let total_minutes = ms.div_euclid(60_000) + offset_minutes;
    let days = total_minutes.div_euclid(1440);
    let minute_of_day = total_minutes.rem_euclid(1440);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}",
        minute_of_day / 60,
        minute_of_day % 60
    )
}

/// Parses "YYYY-MM-DDTHH:MM" (an HTML datetime-local value) as milliseconds since the
/// epoch, read as UTC; the caller shifts it by the local offset.
pub fn parse_datetime(text: &str) -> Option<i64> {
    let (date, time) = text.trim().split_once('T')?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let (h, min) = time.split_once(':')?;
    let (h, min) = (h.parse::<i64>().ok()?, min.get(..2)?.parse::<i64>().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || h > 23 || min > 59 {
        return None;
    }
    Some((days_from_civil(y, m, day) * 1440 + h * 60 + min) * 60_000)
}

/// Formats milliseconds as an HTML datetime-local value, shifted by `offset_minutes`.
pub fn format_datetime_input(ms: i64, offset_minutes: i64) -> String {
    format_timestamp(ms, offset_minutes).replacen(' ', "T", 1)
}

/// Converts a (year, month, day) date to days since 1970-01-01.
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Converts days since 1970-01-01 to a (year, month, day) date in the proleptic Gregorian calendar.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_round_down_to_the_largest_unit() {
        let min = 60_000;
        assert_eq!(age(0, 59_999), Age::JustNow);
        assert_eq!(age(0, 5 * min), Age::Minutes(5));
        assert_eq!(age(0, 125 * min), Age::Hours(2));
        assert_eq!(age(0, 3 * 1440 * min + 1), Age::Days(3));
        assert_eq!(
            age(10, 0),
            Age::JustNow,
            "clock skew never gives a negative age"
        );
    }

    #[test]
    fn datetime_inputs_round_trip_and_reject_nonsense() {
        let ms = parse_datetime("2024-02-29T13:45").unwrap();
        assert_eq!(ms, 1_709_214_300_000);
        assert_eq!(format_datetime_input(ms, 0), "2024-02-29T13:45");
        assert_eq!(parse_datetime("1969-12-31T23:30"), Some(-1_800_000));
        for bad in [
            "",
            "2024-13-01T10:00",
            "2024-02-29 13:45",
            "2024-02-29T25:00",
            "x-y-zT1:2",
        ] {
            assert_eq!(parse_datetime(bad), None, "{bad}");
        }
    }

    #[test]
    fn timestamps_format_as_calendar_dates() {
        assert_eq!(format_timestamp(0, 0), "1970-01-01 00:00");
        // 2024-02-29 13:45 UTC, a leap day.
        assert_eq!(format_timestamp(1_709_214_300_000, 0), "2024-02-29 13:45");
        assert_eq!(format_timestamp(1_709_214_300_000, 60), "2024-02-29 14:45");
        assert_eq!(format_timestamp(0, -30), "1969-12-31 23:30");
    }
}
