//! Trend claims ("continues to grow", "record high"): the direction of the series over
//! the claimed span.

use super::*;

impl Verifier<'_> {
    /// The direction of the latest change the data shows up to the claim's period: the
    /// latest period against the same months a year earlier (or, for a growth rate, its
    /// sign). A record high compares the latest full year with all earlier ones.
    pub(super) fn trend(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
        claimed: f64,
    ) -> Result<Reference, Missing> {
        let rate = self.spec(measure).map(|m| m.kind) == Some(Kind::Rate);
        let cp = if rate { None } else { cp };
        let mut periods: Vec<Period> = self
            .store
            .series(measure, subject, cp)
            .into_iter()
            .filter(|r| crate::reference::store::published_by(r, self.as_of()))
            .map(|r| r.period())
            .filter(|q| q.end <= p.end && q.start.month == 1)
            .collect();
        periods.sort_by_key(|q| std::cmp::Reverse((q.end, q.start)));
        periods.dedup();
        if claimed > 1.5 {
            return self.record(measure, subject, cp, &periods);
        }
        for now_p in periods {
            if rate {
                return self.rate_direction(measure, subject, now_p);
            }
            if let Some(r) = self.year_on_year(measure, subject, cp, now_p)? {
                return Ok(r);
            }
        }
        Err(Missing::NoComparablePeriods {
            what: self.label(measure),
            who: cp.map(str::to_string),
            until: p.label(),
        })
    }

    /// "A record high": the latest full year above every earlier one (2 when it is, 0 when
    /// it is not).
    fn record(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        periods: &[Period],
    ) -> Result<Reference, Missing> {
        let years: Vec<i32> = periods
            .iter()
            .filter(|q| q.is_full_year())
            .map(|q| q.end.year)
            .collect();
        let Some(&last) = years.first() else {
            return Err(Missing::NoFullYear {
                what: self.label(measure),
            });
        };
        let latest = self.level(measure, subject, cp, Period::year(last))?;
        let mut earlier = Vec::new();
        for y in years.iter().skip(1) {
            earlier.push(self.level(measure, subject, cp, Period::year(*y))?);
        }
        if earlier.is_empty() {
            return Err(Missing::OnlyOneYear {
                what: self.label(measure),
            });
        }
        let best_before = earlier
            .iter()
            .map(|r| r.interval.hi)
            .fold(f64::NEG_INFINITY, f64::max);
        let record = latest.interval.lo > best_before;
        let mut rows = latest.rows.clone();
        rows.extend(earlier.iter().flat_map(|r| r.rows.clone()));
        Ok(Reference {
            value: if record { 2.0 } else { 0.0 },
            interval: Interval::point(if record { 2.0 } else { 0.0 }),
            exact: true,
            unit: RefUnit::Direction,
            dataset: latest.dataset.clone(),
            rows,
            computation: Some(format!(
                "{} {} against {} earlier years (highest {})",
                last,
                amount(latest.value, latest.unit.as_str()),
                earlier.len(),
                amount(best_before, latest.unit.as_str())
            )),
        })
    }

    /// A growth rate's direction is its sign in the latest period.
    fn rate_direction(
        &self,
        measure: &str,
        subject: &str,
        now_p: Period,
    ) -> Result<Reference, Missing> {
        let now = self.level(measure, subject, None, now_p)?;
        let dir = if now.interval.lo > 0.0 {
            1.0
        } else if now.interval.hi < 0.0 {
            -1.0
        } else {
            0.0
        };
        Ok(Reference {
            value: dir,
            interval: Interval::point(dir),
            exact: true,
            unit: RefUnit::Direction,
            dataset: now.dataset.clone(),
            computation: Some(format!(
                "{} in {}: {}",
                self.label(measure),
                now_p.label(),
                amount(now.value, "percent")
            )),
            rows: now.rows,
        })
    }

    /// A level's direction: the period against the same months a year before; none when
    /// either is missing (an earlier period may still have both).
    fn year_on_year(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        now_p: Period,
    ) -> Result<Option<Reference>, Missing> {
        let prev_p = Period {
            start: YearMonth::new(now_p.start.year - 1, now_p.start.month),
            end: YearMonth::new(now_p.end.year - 1, now_p.end.month),
        };
        self.comparable(measure, prev_p, now_p)?;
        let (Ok(now), Ok(prev)) = (
            self.level(measure, subject, cp, now_p),
            self.level(measure, subject, cp, prev_p),
        ) else {
            return Ok(None);
        };
        let dir = if now.interval.lo > prev.interval.hi {
            1.0
        } else if now.interval.hi < prev.interval.lo {
            -1.0
        } else {
            0.0
        };
        let change = (now.value / prev.value - 1.0) * 100.0;
        let mut rows = prev.rows.clone();
        rows.extend(now.rows.clone());
        Ok(Some(Reference {
            value: dir,
            interval: Interval::point(dir),
            exact: true,
            unit: RefUnit::Direction,
            dataset: now.dataset.clone(),
            rows,
            computation: Some(format!(
                "latest comparison: {} {} against {} {}: {:+.1}%",
                now_p.label(),
                amount(now.value, now.unit.as_str()),
                prev_p.label(),
                amount(prev.value, prev.unit.as_str()),
                change
            )),
        }))
    }
}
