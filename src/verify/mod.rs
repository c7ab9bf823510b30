//! Claim + reference → claimed interval, reference value, deviation, verdict, readings.

pub mod interval;
pub mod judge;
pub mod reason;

use crate::calendar::{Period, YearMonth};
use crate::extract::claim::{Claim, ClaimKind, Origin};
use crate::extract::quantity::Unit;
use crate::numfmt::amount;
use crate::reference::manifest::{Kind, MeasureSpec};
use crate::reference::store::{Qualifier, Row, Store};
pub use interval::Interval;
pub use judge::{Judgement, claimed_interval, judge, ordinal_verdict};
use reason::{implied_words, reason};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Consistent,
    Close,
    Diverges,
    Unverifiable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Close => "close",
            Verdict::Diverges => "diverges",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// A reference figure: one row, or computed from rows, with the interval its inputs allow.
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub value: f64,
    pub interval: Interval,
    /// R is the rounding interval of figures published as exact (no bound, no "about"),
    /// or derived from such figures only.
    pub exact: bool,
    pub unit: String,
    pub dataset: String,
    pub rows: Vec<Row>,
    /// How it was computed, in words; None when it is a row as published.
    pub computation: Option<String>,
}

impl Reference {
    /// One row as published, standing for the interval its wording and rounding allow.
    fn from_row(r: &Row, hedge: f64) -> Reference {
        Reference {
            value: r.value,
            interval: row_interval(r, hedge),
            exact: r.qualifier == Qualifier::Exact,
            unit: r.unit.clone(),
            dataset: r.dataset.clone(),
            rows: vec![r.clone()],
            computation: None,
        }
    }

    pub fn sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.rows {
            if !r.source_url.is_empty() && !out.contains(&r.source_url) {
                out.push(r.source_url.clone());
            }
        }
        out
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Reading {
    pub measure: String,
    pub label: String,
    pub period: Period,
    /// "year to date" and similar qualifications of the period.
    pub period_note: Option<String>,
    pub reference: Option<Reference>,
    pub verdict: Verdict,
    pub deviation: Option<f64>,
    /// What the data lacks for this reading.
    pub missing: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub claim: Claim,
    pub claimed: Interval,
    pub hedge_width: f64,
    pub tolerance: f64,
    pub deviation_unit: &'static str,
    /// Index of the reading that decided the verdict.
    pub primary: Option<usize>,
    pub readings: Vec<Reading>,
    pub verdict: Verdict,
    pub deviation: Option<f64>,
    /// Why a diverging reading was not made the verdict (an assumed slot, another reading
    /// that holds).
    pub withheld: Option<String>,
    pub reason: String,
    /// The deciding measure's yearly values around the claim, for charts; filled by
    /// `Verifier::chart` only for reports that draw them (a third of a check's work).
    pub series: Vec<SeriesPoint>,
    /// The change this figure and an earlier one in its sentence imply, judged.
    pub implied_change: Option<ImpliedChange>,
}

/// "From 200,000 in 2021 to 1.4 million in 2024" also claims a ~7x rise: the ratio of the
/// two claimed intervals against the ratio of the data for one measure in both periods.
#[derive(Debug, Clone, Serialize)]
pub struct ImpliedChange {
    /// Id of the earlier figure.
    pub from: String,
    pub from_text: String,
    pub from_period: Period,
    pub claimed: Interval,
    pub claimed_value: f64,
    pub reference: Option<Reference>,
    pub verdict: Verdict,
    pub deviation: Option<f64>,
    pub missing: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct SeriesPoint {
    pub period: Period,
    pub value: f64,
}

impl Checked {
    pub fn primary_reading(&self) -> Option<&Reading> {
        self.primary.map(|i| &self.readings[i])
    }

    /// The measure the verdict is about: the deciding reading, else the first candidate.
    pub fn measure(&self) -> Option<&str> {
        self.primary_reading().map(|r| r.measure.as_str()).or(self
            .claim
            .readings
            .first()
            .map(String::as_str))
    }

    pub fn period(&self) -> Option<Period> {
        self.primary_reading()
            .map(|r| r.period)
            .or(self.claim.period)
    }
}

pub struct Verifier<'a> {
    pub store: &'a Store,
    /// Judge by figures published on or before this date (YYYY-MM-DD).
    pub as_of: Option<String>,
}

fn row_interval(r: &Row, h: f64) -> Interval {
    match r.qualifier {
        Qualifier::Exact => Interval::around(r.value, r.half_unit()),
        Qualifier::Approx => Interval::around(r.value, r.half_unit()).widen(r.value.abs() * h),
        Qualifier::LowerBound => Interval::at_least(r.value),
        Qualifier::UpperBound => Interval::at_most(r.value),
    }
}

fn period_words(p: Period) -> String {
    p.label()
}

impl<'a> Verifier<'a> {
    fn spec(&self, measure: &str) -> Option<&MeasureSpec> {
        self.store.manifest.measure(measure).map(|(_, m)| m)
    }

    fn label(&self, measure: &str) -> String {
        self.spec(measure)
            .map(|m| {
                if m.label.is_empty() {
                    m.name.clone()
                } else {
                    m.label.clone()
                }
            })
            .unwrap_or_else(|| measure.replace('_', " "))
    }

    fn dataset_of(&self, measure: &str) -> String {
        self.store
            .manifest
            .measure(measure)
            .map(|(d, _)| d.name.clone())
            .unwrap_or_default()
    }

    fn hedge_width(&self, measure: Option<&str>) -> f64 {
        measure
            .and_then(|m| self.spec(m))
            .and_then(|m| m.hedge)
            .unwrap_or(self.store.manifest.defaults.hedge)
    }

    fn as_of(&self) -> Option<&str> {
        self.as_of.as_deref()
    }

    /// Where the data has this series at all, to say what is there instead.
    fn available(&self, measure: &str, subject: &str, cp: Option<&str>) -> String {
        let mut ps: Vec<Period> = self
            .store
            .series(measure, subject, cp)
            .iter()
            .map(|r| r.period())
            .collect();
        ps.sort_by_key(|p| (p.end, p.start));
        ps.dedup();
        if ps.is_empty() {
            return String::new();
        }
        let shown: Vec<String> = ps.iter().rev().take(3).map(|p| p.label()).collect();
        format!(
            " (latest {} in the data: {})",
            self.label(measure),
            shown.join(", ")
        )
    }

    fn who(cp: Option<&str>) -> String {
        cp.map(|c| format!(" for {c}")).unwrap_or_default()
    }

    /// The figure the data publishes for one key and period, as of the vintage in force.
    fn published(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Option<Reference> {
        let r = self.store.best(measure, subject, cp, p, self.as_of())?;
        Some(Reference::from_row(r, self.hedge_width(Some(measure))))
    }

    /// A level for one key: a row as published, or the sum of its parts.
    fn level(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, String> {
        if let Some(r) = self.published(measure, subject, cp, p) {
            return Ok(r);
        }
        let parts = self
            .spec(measure)
            .map(|m| m.sum_of.clone())
            .unwrap_or_default();
        if !parts.is_empty() {
            let mut sum: Option<Reference> = None;
            for part in &parts {
                let Some(one) = self.published(part, subject, cp, p) else {
                    break;
                };
                sum = Some(match sum {
                    None => one,
                    Some(mut s) => {
                        s.value += one.value;
                        s.interval = s.interval.plus(one.interval);
                        s.exact &= one.exact;
                        s.rows.extend(one.rows);
                        s
                    }
                });
            }
            if let Some(mut s) = sum.filter(|s| s.rows.len() == parts.len()) {
                let words: Vec<String> = parts.iter().map(|p| self.label(p)).collect();
                s.computation = Some(format!(
                    "{} = {} = {}",
                    self.label(measure),
                    words.join(" + "),
                    amount(s.value, &s.unit)
                ));
                return Ok(s);
            }
        }
        Err(format!(
            "no {}{} in {}{}",
            self.label(measure),
            Self::who(cp),
            period_words(p),
            self.available(measure, subject, cp)
        ))
    }

    /// A share: the published share, or the part divided by the total for the same period.
    fn share(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, String> {
        if let Some(r) = self.published(measure, subject, cp, p) {
            return Ok(r);
        }
        let base = self
            .spec(measure)
            .and_then(|m| m.share_of.clone())
            .filter(|b| self.spec(b).is_some());
        let Some(base) = base else {
            return Err(format!(
                "no {}{} in {}",
                self.label(measure),
                Self::who(cp),
                period_words(p)
            ));
        };
        let total = self.store.manifest.total.clone();
        if cp == Some(total.as_str()) {
            return Err(format!(
                "a share of the total {} in itself is 100%; the figure is a share of something the data does not hold",
                self.label(&base)
            ));
        }
        let part = self.level(&base, subject, cp, p);
        let whole = self.level(&base, subject, Some(&total), p);
        match (part, whole) {
            (Ok(a), Ok(b)) => {
                let Some(ratio) = a.interval.over(b.interval) else {
                    return Err(format!(
                        "the total {} in {} is zero",
                        self.label(&base),
                        period_words(p)
                    ));
                };
                if ratio.bounds_no_ratio() {
                    return Err(format!(
                        "the {} for {} and for the total in {} are lower bounds in the data, so the share between them is not bounded",
                        self.label(&base),
                        cp.unwrap_or("the partner"),
                        period_words(p)
                    ));
                }
                let value = a.value / b.value * 100.0;
                let mut rows = a.rows.clone();
                rows.extend(b.rows.clone());
                Ok(Reference {
                    value,
                    interval: ratio.scale(100.0),
                    exact: a.exact && b.exact,
                    unit: "percent".into(),
                    dataset: a.dataset.clone(),
                    rows,
                    computation: Some(format!(
                        "share = {} {} ÷ {} {} = {}",
                        cp.unwrap_or("?"),
                        amount(a.value, &a.unit),
                        total,
                        amount(b.value, &b.unit),
                        amount(value, "percent")
                    )),
                })
            }
            (Err(_), _) => Err(format!(
                "no {}{} in {}, and no {}{} to compute it from{}",
                self.label(measure),
                Self::who(cp),
                period_words(p),
                self.label(&base),
                Self::who(cp),
                self.available(measure, subject, cp)
            )),
            (_, Err(_)) => Err(format!(
                "no {}{} in {}, and no total ({total}) to divide by",
                self.label(measure),
                Self::who(cp),
                period_words(p)
            )),
        }
    }

    /// The latest year-to-date period (January to some month before December) of `year`
    /// for which `f` finds a reference.
    fn year_to_date(
        &self,
        year: i32,
        f: impl Fn(Period) -> Result<Reference, String>,
    ) -> Option<(Period, Reference)> {
        (1..12).rev().find_map(|m| {
            let p = Period {
                start: YearMonth::new(year, 1),
                end: YearMonth::new(year, m),
            };
            f(p).ok().map(|r| (p, r))
        })
    }

    /// Growth compounded over whole years, from published yearly rates; the last year may
    /// be year-to-date when its full-year figure is not out.
    fn compounded(
        &self,
        measure: &str,
        subject: &str,
        first: i32,
        last: i32,
        allow_ytd: bool,
    ) -> Result<(Reference, Option<String>), String> {
        let mut factor = Interval::point(1.0);
        let mut point = 1.0;
        let mut rows = Vec::new();
        let mut terms = Vec::new();
        let mut note = None;
        for y in first..=last {
            let full = self
                .store
                .best(measure, subject, None, Period::year(y), self.as_of());
            let row = match full {
                Some(r) => r,
                None if allow_ytd && y == last => {
                    let ytd = (1..12).rev().find_map(|m| {
                        let p = Period {
                            start: YearMonth::new(y, 1),
                            end: YearMonth::new(y, m),
                        };
                        self.store.best(measure, subject, None, p, self.as_of())
                    });
                    match ytd {
                        Some(r) => {
                            note = Some(format!("{y} as {}", r.period().label()));
                            r
                        }
                        None => return Err(format!("no {} for {y}", self.label(measure))),
                    }
                }
                None => {
                    return Err(format!(
                        "no {} for {y}{}",
                        self.label(measure),
                        self.available(measure, subject, None)
                    ));
                }
            };
            let rate = row_interval(row, 0.0);
            factor = factor.times(rate.scale(0.01).shift(1.0));
            point *= 1.0 + row.value / 100.0;
            terms.push(format!(
                "(1 + {}% {})",
                crate::numfmt::trim(row.value, 2),
                row.period().label()
            ));
            rows.push(row.clone());
        }
        let value = (point - 1.0) * 100.0;
        let computation = format!(
            "growth from the {} level to {}: {} − 1 = {}",
            first - 1,
            last,
            terms.join(" × "),
            amount(value, "percent")
        );
        Ok((
            Reference {
                value,
                interval: factor.shift(-1.0).scale(100.0),
                exact: rows.iter().all(|r| r.qualifier == Qualifier::Exact),
                unit: "percent".into(),
                dataset: self.dataset_of(measure),
                rows,
                computation: Some(computation),
            },
            note,
        ))
    }

    /// Change of a level against the year before: (this / previous − 1) × 100, or the ratio.
    fn change_of_level(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
        base: Option<Period>,
        unit: Unit,
    ) -> Result<Reference, String> {
        // Against the period the sentence names ("than in 2019"); else, over several years,
        // from the year before the first to the last; within one year, against the same
        // months a year earlier.
        let (p, prev) = if let Some(b) = base {
            let now = if p.end.year > p.start.year {
                Period::year(p.end.year)
            } else {
                p
            };
            (now, b)
        } else if p.end.year > p.start.year {
            (Period::year(p.end.year), Period::year(p.start.year - 1))
        } else {
            (
                p,
                Period {
                    start: YearMonth::new(p.start.year - 1, p.start.month),
                    end: YearMonth::new(p.end.year - 1, p.end.month),
                },
            )
        };
        self.comparable(measure, prev, p)?;
        let now = self.level(measure, subject, cp, p)?;
        let before = self.level(measure, subject, cp, prev)?;
        let ratio = now
            .interval
            .over(before.interval)
            .ok_or_else(|| format!("the {} in {} is zero", self.label(measure), prev.label()))?;
        if ratio.bounds_no_ratio() {
            return Err(format!(
                "the {} in {} and in {} are lower bounds in the data, so the change between them is not bounded",
                self.label(measure),
                prev.label(),
                p.label()
            ));
        }
        let mut rows = before.rows.clone();
        rows.extend(now.rows.clone());
        let (value, interval, unit_s) = if unit == Unit::Multiplier {
            (now.value / before.value, ratio, "multiplier")
        } else if unit == Unit::Percent {
            (
                (now.value / before.value - 1.0) * 100.0,
                ratio.shift(-1.0).scale(100.0),
                "percent",
            )
        } else {
            // "increased by $170.2 million": the difference of the two levels.
            (
                now.value - before.value,
                now.interval.plus(before.interval.scale(-1.0)),
                now.unit.as_str(),
            )
        };
        Ok(Reference {
            value,
            interval,
            exact: now.exact && before.exact,
            unit: unit_s.into(),
            dataset: now.dataset.clone(),
            rows,
            computation: Some(format!(
                "change = {} {} ÷ {} {} = {}",
                p.label(),
                amount(now.value, &now.unit),
                prev.label(),
                amount(before.value, &before.unit),
                amount(value, unit_s)
            )),
        })
    }

    /// Two periods of a measure can be compared unless its source changed basis between
    /// them (a series break the manifest declares).
    fn comparable(&self, measure: &str, a: Period, b: Period) -> Result<(), String> {
        let Some(spec) = self.spec(measure) else {
            return Ok(());
        };
        let (first, last) = (a.start.min(b.start), a.end.max(b.end));
        match spec.break_between(first, last) {
            Some(at) => Err(format!(
                "{} and {} straddle a break in the {} series at {at}: {}",
                a.label(),
                b.label(),
                self.label(measure),
                spec.break_note
                    .as_deref()
                    .unwrap_or("the source changed how it counts")
            )),
            None => Ok(()),
        }
    }

    /// Who the figure is about: the claim's subject, else the country the data describes.
    fn subject_of<'c>(&'c self, claim: &'c Claim) -> &'c str {
        claim
            .subject
            .as_deref()
            .unwrap_or(&self.store.manifest.home)
    }

    fn reference_for(&self, claim: &Claim, measure: &str, p: Period) -> Result<Reference, String> {
        let subject = self.subject_of(claim);
        let cp = claim.counterpart.as_deref();
        let kind = self.spec(measure).map(|m| m.kind);
        if self.spec(measure).is_none() && kind.is_none() && claim.kind != ClaimKind::Share {
            return Err(format!("no dataset holds '{measure}'"));
        }
        if subject != self.store.manifest.home && !self.store.series_exists_for_subject(subject) {
            return Err(format!(
                "this figure is about {subject}, and the data describes {} only",
                self.store.manifest.home
            ));
        }
        let has_cp = self
            .store
            .manifest
            .measure(measure)
            .map(|(d, _)| d.counterpart.is_some())
            .unwrap_or(true);
        if has_cp && cp.is_none() {
            return Err(format!(
                "the article does not say which partner the {} is for",
                self.label(measure)
            ));
        }
        let stated = claim.quantity.unit;
        if claim.kind == ClaimKind::Level
            && stated.is_money()
            && let Some(spec) = self.spec(measure)
            && spec.unit != stated.as_str()
        {
            return Err(format!(
                "the figure is in {}, the {} data in {}; claimcheck does not convert currencies",
                stated.as_str(),
                self.label(measure),
                spec.unit
            ));
        }
        match claim.kind {
            ClaimKind::Level => self.level(measure, subject, cp, p),
            ClaimKind::Share => self.share(measure, subject, cp, p),
            ClaimKind::Change => match (kind, claim.quantity.unit) {
                (Some(Kind::Rate), Unit::Percent) if p.start.year < p.end.year => self
                    .compounded(measure, subject, p.start.year, p.end.year, true)
                    .map(|(r, _)| r),
                (Some(Kind::Rate), Unit::Percent) => self.level(measure, subject, None, p),
                (Some(Kind::Level), Unit::Percent | Unit::Multiplier)
                    if let Some(stated) = claim.amounts_in
                        && let Some(spec) = self.spec(measure)
                        && spec.unit != stated.as_str() =>
                {
                    Err(format!(
                        "the change is of amounts stated in {}, the {} data is in {}; a change in one currency is not the change in another",
                        stated.as_str(),
                        self.label(measure),
                        spec.unit
                    ))
                }
                (Some(Kind::Level), u)
                    if u.is_money() && self.spec(measure).is_some_and(|m| m.unit != u.as_str()) =>
                {
                    Err(format!(
                        "the change is in {}, the {} data in {}; claimcheck does not convert currencies",
                        u.as_str(),
                        self.label(measure),
                        self.spec(measure).map(|m| m.unit.as_str()).unwrap_or("?")
                    ))
                }
                (Some(Kind::Level), u)
                    if matches!(u, Unit::Percent | Unit::Multiplier | Unit::Count)
                        || u.is_money() =>
                {
                    self.change_of_level(
                        measure,
                        subject,
                        cp,
                        p,
                        claim.base_period,
                        claim.quantity.unit,
                    )
                }
                _ => Err(format!(
                    "changes of {} in {} are not computed",
                    self.label(measure),
                    claim.quantity.unit.as_str()
                )),
            },
            ClaimKind::Rank => self.rank(measure, subject, cp, p),
            ClaimKind::Trend => self.trend(measure, subject, cp, p, claim.quantity.value),
        }
    }

    /// A partner's position among all partners the data holds for the period. Exact only
    /// when the partners not in the data together fall short of this one: otherwise one of
    /// them could rank above it, and the claim cannot be settled.
    fn rank(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, String> {
        let Some(cp) = cp else {
            return Err("the article does not say who is ranked".into());
        };
        let total_code = self.store.manifest.total.clone();
        let manifest = &self.store.manifest;
        let total = self
            .level(measure, subject, Some(&total_code), p)
            .map_err(|_| {
                format!(
                    "no total {} for {} to know whether the data holds every partner",
                    self.label(measure),
                    p.label()
                )
            })?;
        let mut known: Vec<(String, Reference)> = self
            .store
            .counterparts(measure, subject)
            .into_iter()
            .filter(|c| !c.is_empty() && c != &total_code && !manifest.is_group(c))
            .filter_map(|c| {
                self.level(measure, subject, Some(&c), p)
                    .ok()
                    .map(|r| (c, r))
            })
            .collect();
        known.sort_by(|a, b| b.1.value.total_cmp(&a.1.value));
        let Some(pos) = known.iter().position(|(c, _)| c == cp) else {
            return Err(format!(
                "no {} for {cp} in {}",
                self.label(measure),
                p.label()
            ));
        };
        let this = &known[pos].1;
        let rank = 1 + known.iter().filter(|(_, r)| r.value > this.value).count();
        let covered: f64 = known.iter().map(|(_, r)| r.value).sum();
        let residual = total.value - covered;
        let listing: Vec<String> = known
            .iter()
            .take(6)
            .map(|(c, r)| format!("{c} {}", amount(r.value, &r.unit)))
            .collect();
        let computation = format!(
            "ranking in {}: {} of {} {}; partners not in the data: {}",
            p.label(),
            listing.join(", "),
            total_code,
            amount(total.value, &total.unit),
            amount(residual.max(0.0), &total.unit)
        );
        let mut rows: Vec<Row> = known
            .iter()
            .take(rank)
            .flat_map(|(_, r)| r.rows.clone())
            .collect();
        rows.extend(total.rows.clone());
        let exact = residual < this.interval.lo;
        if !exact && rank == 1 {
            return Err(format!(
                "the data holds {} partner{} covering {:.0}% of the total {} in {}; the other {} could include one above {cp}",
                known.len(),
                if known.len() == 1 { "" } else { "s" },
                covered / total.value * 100.0,
                self.label(measure),
                p.label(),
                amount(residual, &total.unit)
            ));
        }
        Ok(Reference {
            value: rank as f64,
            interval: if exact {
                Interval::point(rank as f64)
            } else {
                Interval::at_least(rank as f64)
            },
            exact: true,
            unit: "rank".into(),
            dataset: total.dataset.clone(),
            rows,
            computation: Some(computation),
        })
    }

    /// The direction of the latest change the data shows up to the claim's period: the
    /// latest period against the same months a year earlier (or, for a growth rate, its
    /// sign). A record high compares the latest full year with all earlier ones.
    fn trend(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
        claimed: f64,
    ) -> Result<Reference, String> {
        let rate = self.spec(measure).map(|m| m.kind) == Some(Kind::Rate);
        let cp = if rate { None } else { cp };
        let mut periods: Vec<Period> = self
            .store
            .series(measure, subject, cp)
            .into_iter()
            .filter(|r| super::reference::store::published_by(r, self.as_of()))
            .map(|r| r.period())
            .filter(|q| q.end <= p.end && q.start.month == 1)
            .collect();
        periods.sort_by_key(|q| std::cmp::Reverse((q.end, q.start)));
        periods.dedup();
        if claimed > 1.5 {
            let years: Vec<i32> = periods
                .iter()
                .filter(|q| q.is_full_year())
                .map(|q| q.end.year)
                .collect();
            let Some(&last) = years.first() else {
                return Err(format!("no full-year {} to compare", self.label(measure)));
            };
            let latest = self.level(measure, subject, cp, Period::year(last))?;
            let mut earlier = Vec::new();
            for y in years.iter().skip(1) {
                earlier.push(self.level(measure, subject, cp, Period::year(*y))?);
            }
            if earlier.is_empty() {
                return Err(format!(
                    "only one year of {} in the data",
                    self.label(measure)
                ));
            }
            let best_before = earlier
                .iter()
                .map(|r| r.interval.hi)
                .fold(f64::NEG_INFINITY, f64::max);
            let record = latest.interval.lo > best_before;
            let mut rows = latest.rows.clone();
            rows.extend(earlier.iter().flat_map(|r| r.rows.clone()));
            return Ok(Reference {
                value: if record { 2.0 } else { 0.0 },
                interval: Interval::point(if record { 2.0 } else { 0.0 }),
                exact: true,
                unit: "direction".into(),
                dataset: latest.dataset.clone(),
                rows,
                computation: Some(format!(
                    "{} {} against {} earlier years (highest {})",
                    last,
                    amount(latest.value, &latest.unit),
                    earlier.len(),
                    amount(best_before, &latest.unit)
                )),
            });
        }
        for now_p in periods {
            if rate {
                let now = self.level(measure, subject, None, now_p)?;
                let dir = if now.interval.lo > 0.0 {
                    1.0
                } else if now.interval.hi < 0.0 {
                    -1.0
                } else {
                    0.0
                };
                return Ok(Reference {
                    value: dir,
                    interval: Interval::point(dir),
                    exact: true,
                    unit: "direction".into(),
                    dataset: now.dataset.clone(),
                    computation: Some(format!(
                        "{} in {}: {}",
                        self.label(measure),
                        now_p.label(),
                        amount(now.value, "percent")
                    )),
                    rows: now.rows,
                });
            }
            let prev_p = Period {
                start: YearMonth::new(now_p.start.year - 1, now_p.start.month),
                end: YearMonth::new(now_p.end.year - 1, now_p.end.month),
            };
            self.comparable(measure, prev_p, now_p)?;
            let (Ok(now), Ok(prev)) = (
                self.level(measure, subject, cp, now_p),
                self.level(measure, subject, cp, prev_p),
            ) else {
                continue;
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
            return Ok(Reference {
                value: dir,
                interval: Interval::point(dir),
                exact: true,
                unit: "direction".into(),
                dataset: now.dataset.clone(),
                rows,
                computation: Some(format!(
                    "latest comparison: {} {} against {} {}: {:+.1}%",
                    now_p.label(),
                    amount(now.value, &now.unit),
                    prev_p.label(),
                    amount(prev.value, &prev.unit),
                    change
                )),
            });
        }
        Err(format!(
            "no two comparable periods of {}{} up to {}",
            self.label(measure),
            Self::who(cp),
            p.label()
        ))
    }

    /// Periods to try for a claim: its own, then year-to-date while that year was running,
    /// or, for compounded growth, up to the last complete year.
    fn periods_for(&self, claim: &Claim, measure: &str) -> Vec<(Period, Option<String>)> {
        let Some(p) = claim.period else { return vec![] };
        let mut out = vec![(p, None)];
        if claim.cumulative && p.end.year > p.start.year {
            if claim.year_in_progress {
                out.push((
                    Period {
                        start: p.start,
                        end: YearMonth::new(p.end.year - 1, 12),
                    },
                    Some("to the last complete year".into()),
                ));
            }
            return out;
        }
        if claim.year_in_progress
            && p.is_full_year()
            && let Some((ytd, _)) =
                self.year_to_date(p.end.year, |q| self.reference_for(claim, measure, q))
        {
            out.push((ytd, Some("year to date".into())));
        }
        out
    }

    /// Checks an article's claims, then the changes implied between figures of a sentence.
    pub fn check_all(&self, claims: impl IntoIterator<Item = Claim>) -> Vec<Checked> {
        let mut checked: Vec<Checked> = claims.into_iter().map(|c| self.check(c)).collect();
        for j in 0..checked.len() {
            let Some(from) = checked[j].claim.implied_from.clone() else {
                continue;
            };
            let Some(earlier) = checked[..j].iter().find(|c| c.claim.id == from) else {
                continue;
            };
            let Some(change) = self.implied_change(earlier, &checked[j]) else {
                continue;
            };
            let c = &mut checked[j];
            c.reason = format!("{} {}", c.reason, implied_words(&change));
            c.implied_change = Some(change);
        }
        checked
    }

    fn implied_change(&self, earlier: &Checked, later: &Checked) -> Option<ImpliedChange> {
        let (Some(p_then), Some(p_now)) = (earlier.claim.period, later.claim.period) else {
            return None;
        };
        let claimed = later.claimed.over(earlier.claimed).unwrap_or(Interval {
            lo: f64::NEG_INFINITY,
            hi: f64::INFINITY,
        });
        let claimed_value = later.claim.quantity.value / earlier.claim.quantity.value;
        let subject = self.subject_of(&later.claim);
        let cp = later.claim.counterpart.as_deref();
        let (mut held_then, mut held_now) = (Vec::new(), Vec::new());
        let mut reference = None;
        // The first measure the data holds in both periods: a ratio across two measures
        // (visitors then, trips now) would measure the change of definition too.
        for measure in &later.claim.readings {
            if let Err(why) = self.comparable(measure, p_then, p_now) {
                held_then.push(why);
                continue;
            }
            match (
                self.level(measure, subject, cp, p_then),
                self.level(measure, subject, cp, p_now),
            ) {
                (Ok(then), Ok(now)) => {
                    let Some(interval) = now.interval.over(then.interval) else {
                        continue;
                    };
                    if interval.bounds_no_ratio() {
                        continue;
                    }
                    let value = now.value / then.value;
                    let mut rows = then.rows.clone();
                    rows.extend(now.rows.clone());
                    reference = Some(Reference {
                        value,
                        interval,
                        exact: then.exact && now.exact,
                        unit: "multiplier".into(),
                        dataset: now.dataset.clone(),
                        rows,
                        computation: Some(format!(
                            "implied change = {} {} ÷ {} {} = {} ({})",
                            p_now.label(),
                            amount(now.value, &now.unit),
                            p_then.label(),
                            amount(then.value, &then.unit),
                            amount(value, "multiplier"),
                            self.label(measure)
                        )),
                    });
                    break;
                }
                (then, now) => {
                    if then.is_ok() {
                        held_then.push(self.label(measure));
                    }
                    if now.is_ok() {
                        held_now.push(self.label(measure));
                    }
                }
            }
        }
        let none_or = |v: &[String]| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.join(", ")
            }
        };
        let missing = format!(
            "no measure the data holds for {} in both {} and {} ({}: {}; {}: {})",
            cp.unwrap_or(subject),
            p_then.label(),
            p_now.label(),
            p_then.label(),
            none_or(&held_then),
            p_now.label(),
            none_or(&held_now)
        );
        let tolerance = self.store.manifest.defaults.tolerance_level;
        let (verdict, deviation) = match &reference {
            Some(r) => {
                let j = judge(claimed, r, false, tolerance);
                (j.verdict, j.deviation)
            }
            None => (Verdict::Unverifiable, None),
        };
        Some(ImpliedChange {
            from: earlier.claim.id.clone(),
            from_text: earlier.claim.text.clone(),
            from_period: p_then,
            claimed,
            claimed_value,
            missing: reference.is_none().then_some(missing),
            reference,
            verdict,
            deviation,
        })
    }

    pub fn check(&self, claim: Claim) -> Checked {
        let mut checked = self.check_inner(claim);
        if let Some(note) = self.later_vintage_note(&checked) {
            checked.reason = format!("{} {note}", checked.reason);
        }
        checked
    }

    fn check_inner(&self, claim: Claim) -> Checked {
        let first = claim.readings.first().map(String::as_str);
        let h = self.hedge_width(first);
        let claimed = claimed_interval(&claim.quantity, h);
        let pp = matches!(claim.kind, ClaimKind::Share | ClaimKind::Change)
            && matches!(claim.quantity.unit, Unit::Percent | Unit::PercentagePoints);
        let defaults = &self.store.manifest.defaults;
        let tolerance = first
            .and_then(|m| self.spec(m))
            .and_then(|m| m.tolerance)
            .unwrap_or(if pp {
                defaults.tolerance_rate
            } else {
                defaults.tolerance_level
            });
        // Out of scope: never judged against the nearest measure.
        let readings = if claim.out_of_scope.is_some() {
            Vec::new()
        } else {
            self.readings(&claim, claimed, pp, tolerance)
        };
        let primary = readings.iter().position(|r| r.reference.is_some());
        let (mut verdict, mut deviation) = primary
            .map(|i| (readings[i].verdict, readings[i].deviation))
            .unwrap_or((Verdict::Unverifiable, None));
        let withheld = (verdict == Verdict::Diverges)
            .then(|| withheld(&claim, &readings, primary?, |m| self.label(m)))
            .flatten();
        if withheld.is_some() {
            verdict = Verdict::Unverifiable;
            deviation = None;
        }
        let mut checked = Checked {
            claim,
            claimed,
            hedge_width: h,
            tolerance,
            deviation_unit: if pp { "pp" } else { "percent" },
            primary,
            readings,
            verdict,
            deviation,
            withheld,
            reason: String::new(),
            series: Vec::new(),
            implied_change: None,
        };
        checked.reason = reason(&checked);
        checked
    }

    /// Every reading the words allow: each candidate measure over each period, judged.
    fn readings(&self, claim: &Claim, claimed: Interval, pp: bool, tolerance: f64) -> Vec<Reading> {
        let mut readings = Vec::new();
        for measure in &claim.readings {
            for (p, note) in self.periods_for(claim, measure) {
                let (reference, missing) = match self.reference_for(claim, measure, p) {
                    Ok(r) => (Some(r), None),
                    Err(m) => (None, Some(m)),
                };
                let (verdict, deviation) = match &reference {
                    Some(r) if matches!(claim.kind, ClaimKind::Rank | ClaimKind::Trend) => {
                        (ordinal_verdict(claimed, r), None)
                    }
                    Some(r) => {
                        let j = judge(claimed, r, pp, tolerance);
                        (j.verdict, j.deviation)
                    }
                    None => (Verdict::Unverifiable, None),
                };
                readings.push(Reading {
                    measure: measure.clone(),
                    label: self.label(measure),
                    period: p,
                    period_note: note,
                    reference,
                    verdict,
                    deviation,
                    missing,
                });
            }
        }
        readings
    }

    /// Judged `--as-of` a date, would the latest figures give another verdict? Say so.
    fn later_vintage_note(&self, c: &Checked) -> Option<String> {
        self.as_of.as_ref()?;
        let latest = Verifier {
            store: self.store,
            as_of: None,
        };
        let again = latest.check_inner(c.claim.clone());
        let r = again.primary_reading()?;
        let reference = r.reference.as_ref()?;
        if again.verdict == c.verdict
            && c.primary_reading()
                .and_then(|p| p.reference.as_ref())
                .is_some_and(|p| p.value == reference.value)
        {
            return None;
        }
        let published = reference
            .rows
            .iter()
            .filter_map(|r| r.published.clone())
            .max()
            .unwrap_or_else(|| "a later date".into());
        Some(format!(
            "Figures published later (to {published}) give {} ({}, {}): {}.",
            amount(reference.value, &reference.unit),
            r.label,
            r.period.label(),
            again.verdict.as_str()
        ))
    }

    /// Adds the chart series to a checked claim.
    pub fn chart(&self, c: &mut Checked) {
        c.series = self.series(c);
    }

    /// Full-year values of the deciding measure for the years up to the claim's, as the
    /// same kind of figure the claim states (a level, a share or a yearly rate).
    fn series(&self, c: &Checked) -> Vec<SeriesPoint> {
        let Some(r) = c.primary_reading() else {
            return vec![];
        };
        let subject = self.subject_of(&c.claim);
        let cp = c.claim.counterpart.as_deref();
        let last = r.period.end.year;
        let kind = self.spec(&r.measure).map(|m| m.kind);
        (last - 7..=last)
            .filter_map(|y| {
                let p = Period::year(y);
                let v = match (c.claim.kind, kind) {
                    (ClaimKind::Share, _) => self.share(&r.measure, subject, cp, p),
                    (ClaimKind::Change, Some(Kind::Rate)) => {
                        self.level(&r.measure, subject, None, p)
                    }
                    (ClaimKind::Level, _) => self.level(&r.measure, subject, cp, p),
                    _ => return None,
                };
                v.ok().map(|x| SeriesPoint {
                    period: p,
                    value: x.value,
                })
            })
            .collect()
    }
}

/// Why a diverging reading is not a verdict: it rests on a slot the article never gave,
/// or another reading its words allow holds. `None` when the divergence stands.
fn withheld(
    claim: &Claim,
    readings: &[Reading],
    primary: usize,
    label: impl Fn(&str) -> String,
) -> Option<String> {
    let p = &claim.provenance;
    // "continues to grow" states the present by its tense: no period is assumed for it.
    if p.period == Some(Origin::Assumed) && claim.kind != ClaimKind::Trend {
        return Some(format!(
            "the article states no period for this figure (assumed {}, the latest complete year)",
            readings[primary].period.label()
        ));
    }
    if p.subject == Some(Origin::Assumed) {
        return Some(
            "the article does not say whose figure this is (assumed the home country)".into(),
        );
    }
    if p.counterpart == Some(Origin::Assumed) {
        return Some("the article does not name the partner (assumed all partners)".into());
    }
    let fails = &readings[primary];
    // "This year, imports rose 16.1% to $14 bln" in a December article: the full-year
    // figure came out after the article; it cannot show the article wrong.
    if claim.year_in_progress
        && claim.article_dated
        && fails.period.is_full_year()
        && fails.period_note.is_none()
    {
        return Some(format!(
            "{} was still running when the article appeared, and the full-year figure came later",
            fails.period.end.year
        ));
    }
    // A rate computed against a base the data holds only as first published: statistics
    // offices compare with the revised base. Revisions of a few percent move a rate by a
    // few points, so a gap that small may be the revision, not the article; a larger one
    // stands.
    const REVISION_POINTS: f64 = 3.0;
    if claim.kind == ClaimKind::Change
        && let (Some(r), Some(p), Some(d)) = (&fails.reference, claim.period, fails.deviation)
        && r.unit == "percent"
        && d.abs() <= REVISION_POINTS
        && r.rows
            .iter()
            .any(|row| row.status == "preliminary" && row.period().end < p.start)
    {
        return Some(format!(
            "the data holds the base period only as first published (preliminary), and the published rate compares with revised figures: a revision of a few percent would close a gap of {:.1} points",
            d.abs()
        ));
    }
    if let Some(note) = &fails.period_note {
        return Some(format!(
            "the data has no figure for the period the article names; {} is the tool's reading ({note})",
            fails.period.label()
        ));
    }
    if primary > 0 {
        return Some(format!(
            "the words more likely mean {}, which the data lacks; {} is only the reading the data holds",
            label(&readings[0].measure),
            label(&fails.measure)
        ));
    }
    // A level an order of magnitude off the total measures a part (a commodity, a month,
    // a region) or another quantity far more often than it misstates the total.
    if claim.kind == ClaimKind::Level
        && let Some(r) = &fails.reference
        && r.value != 0.0
    {
        let ratio = claim.quantity.value / r.value;
        if !(0.2..=5.0).contains(&ratio) {
            return Some(format!(
                "the figure is {} the {} the data gives: it more likely measures a part (a commodity, a month, a region) or another quantity",
                if ratio < 1.0 {
                    format!("{:.0} times smaller than", 1.0 / ratio)
                } else {
                    format!("{ratio:.0} times",)
                },
                label(&fails.measure)
            ));
        }
    }
    let holds = readings
        .iter()
        .find(|r| matches!(r.verdict, Verdict::Consistent | Verdict::Close))?;
    let when = |r: &Reading| {
        r.period_note
            .as_ref()
            .map(|n| format!("{}, {n}", r.period.label()))
            .unwrap_or_else(|| r.period.label())
    };
    Some(format!(
        "the words allow several readings: it holds as {} ({}) and fails as {} ({})",
        label(&holds.measure),
        when(holds),
        label(&fails.measure),
        when(fails)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::{PeriodSource, Provenance};
    use crate::extract::quantity::extract_quantities;

    fn reading(measure: &str, verdict: Verdict) -> Reading {
        Reading {
            measure: measure.into(),
            label: measure.into(),
            period: Period::year(2024),
            period_note: None,
            reference: None,
            verdict,
            deviation: None,
            missing: None,
        }
    }

    fn claim(provenance: Provenance) -> Claim {
        Claim {
            id: "c1".into(),
            text: "$3 billion".into(),
            start: 0,
            end: 10,
            sentence: "".into(),
            kind: ClaimKind::Level,
            readings: vec!["turnover".into()],
            subject: Some("GEO".into()),
            counterpart: Some("RUS".into()),
            period: Some(Period::year(2024)),
            period_source: Some(PeriodSource::Sentence),
            cumulative: false,
            base_period: None,
            amounts_in: None,
            year_in_progress: false,
            article_dated: true,
            out_of_scope: None,
            provenance,
            implied_from: None,
            quantity: extract_quantities("$3 billion").remove(0),
        }
    }

    fn stated() -> Provenance {
        Provenance {
            measure: Some(Origin::Stated),
            subject: Some(Origin::Stated),
            counterpart: Some(Origin::Stated),
            period: Some(Origin::Stated),
            period_from: None,
        }
    }

    #[test]
    fn a_divergence_on_stated_slots_stands() {
        let rs = [reading("turnover", Verdict::Diverges)];
        assert_eq!(withheld(&claim(stated()), &rs, 0, str::to_string), None);
    }

    #[test]
    fn an_assumed_period_never_accuses() {
        let p = Provenance {
            period: Some(Origin::Assumed),
            ..stated()
        };
        let rs = [reading("turnover", Verdict::Diverges)];
        let why = withheld(&claim(p), &rs, 0, str::to_string).unwrap();
        assert!(why.contains("no period"), "{why}");
    }

    #[test]
    fn a_year_still_running_cannot_be_judged_by_its_full_year_figure() {
        let mut c = claim(stated());
        c.year_in_progress = true;
        let rs = [reading("turnover", Verdict::Diverges)];
        let why = withheld(&c, &rs, 0, str::to_string).unwrap();
        assert!(why.contains("still running"), "{why}");
    }

    #[test]
    fn a_small_gap_against_a_preliminary_base_may_be_the_revision() {
        let row = |start: &str, status: &str| Row {
            dataset: "trade".into(),
            line: 2,
            subject: "GEO".into(),
            counterpart: Some("WLD".into()),
            measure: "import".into(),
            written_as: None,
            period_start: YearMonth::parse(start).unwrap(),
            period_end: YearMonth::parse(start).unwrap(),
            value: 1.0,
            value_text: "1".into(),
            unit: "USD".into(),
            qualifier: Qualifier::Exact,
            status: status.into(),
            published: None,
            source_url: String::new(),
            note: String::new(),
        };
        let mut c = claim(stated());
        c.kind = ClaimKind::Change;
        let judged = |dev: f64, base_status: &str| {
            let mut r = reading("import", Verdict::Diverges);
            r.deviation = Some(dev);
            r.reference = Some(Reference {
                value: 3.5,
                interval: Interval::around(3.5, 0.01),
                exact: true,
                unit: "percent".into(),
                dataset: "trade".into(),
                rows: vec![row("2023-06", base_status), row("2024-06", "preliminary")],
                computation: None,
            });
            withheld(&c, &[r], 0, str::to_string)
        };
        assert!(judged(-2.3, "preliminary").unwrap().contains("revised"));
        // A gap a revision cannot explain stands, and so does any gap against a final base.
        assert_eq!(judged(-8.0, "preliminary"), None);
        assert_eq!(judged(-2.3, "final"), None);
    }

    #[test]
    fn a_carried_period_may_accuse() {
        let p = Provenance {
            period: Some(Origin::Carried),
            counterpart: Some(Origin::Carried),
            ..stated()
        };
        let rs = [reading("turnover", Verdict::Diverges)];
        assert_eq!(withheld(&claim(p), &rs, 0, str::to_string), None);
    }

    #[test]
    fn a_level_an_order_of_magnitude_off_is_not_accused() {
        let mut r = reading("turnover", Verdict::Diverges);
        r.reference = Some(Reference {
            value: 30e9,
            interval: Interval::around(30e9, 5e8),
            exact: true,
            unit: "USD".into(),
            dataset: "trade".into(),
            rows: vec![],
            computation: None,
        });
        // $3 billion against 30 billion: a part, not a misstated total.
        let why = withheld(&claim(stated()), &[r.clone()], 0, str::to_string).unwrap();
        assert!(why.contains("10 times smaller"), "{why}");
        // Against 4 billion it is an error the tool exists to flag.
        r.reference.as_mut().unwrap().value = 4e9;
        assert_eq!(withheld(&claim(stated()), &[r], 0, str::to_string), None);
    }

    #[test]
    fn a_reading_chosen_only_because_the_preferred_one_is_missing_does_not_accuse() {
        let rs = [
            reading("traveler_trips", Verdict::Unverifiable),
            reading("visitors_persons", Verdict::Diverges),
        ];
        let why = withheld(&claim(stated()), &rs, 1, str::to_string).unwrap();
        assert!(why.contains("more likely mean traveler_trips"), "{why}");
    }

    #[test]
    fn a_preferred_reading_that_fails_is_not_a_verdict_when_another_holds() {
        let rs = [
            reading("tourist_trips", Verdict::Diverges),
            reading("traveler_trips", Verdict::Consistent),
        ];
        let why = withheld(&claim(stated()), &rs, 0, str::to_string).unwrap();
        assert!(why.contains("holds as traveler_trips"), "{why}");
        assert!(why.contains("fails as tourist_trips"), "{why}");
    }
}
