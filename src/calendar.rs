//! Calendar types that extraction and the reference data share: a date, a month, and a
//! period of whole months. Kept apart so neither side depends on the other for them.

use serde::Serialize;
use std::fmt;

/// A calendar month, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Self {
        YearMonth { year, month }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: u32 = m.parse().ok()?;
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    pub start: YearMonth,
    pub end: YearMonth,
}

impl Period {
    pub fn year(y: i32) -> Self {
        Period {
            start: YearMonth::new(y, 1),
            end: YearMonth::new(y, 12),
        }
    }

    /// The same months `n` years before.
    pub fn years_earlier(self, n: i32) -> Self {
        Period {
            start: YearMonth::new(self.start.year - n, self.start.month),
            end: YearMonth::new(self.end.year - n, self.end.month),
        }
    }

    pub fn is_full_year(&self) -> bool {
        self.start.year == self.end.year && self.start.month == 1 && self.end.month == 12
    }

    pub fn label(&self) -> String {
        const M: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (s, e) = (self.start, self.end);
        if s.year == e.year {
            if s.month == 1 && e.month == 12 {
                format!("{}", s.year)
            } else if s.month == e.month {
                format!("{} {}", M[s.month as usize - 1], s.year)
            } else {
                format!(
                    "{}–{} {}",
                    M[s.month as usize - 1],
                    M[e.month as usize - 1],
                    s.year
                )
            }
        } else if s.month == 1 && e.month == 12 {
            format!("{}–{}", s.year, e.year)
        } else {
            format!(
                "{} {}–{} {}",
                M[s.month as usize - 1],
                s.year,
                M[e.month as usize - 1],
                e.year
            )
        }
    }
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        ((1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && (1000..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    pub fn year_month(&self) -> YearMonth {
        YearMonth::new(self.year, self.month)
    }
}

/// 2025-02-30 is no date.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
