//! Claim + reference → claimed interval, reference value, deviation, verdict, readings.

mod figures;
mod implied;
pub mod interval;
pub mod judge;
pub mod missing;
mod rank;
pub mod reason;
#[cfg(test)]
mod tests;
mod trend;
pub mod unit;
mod withhold;

pub use missing::Missing;
pub use unit::{DeviationUnit, RefUnit};
use withhold::withheld;

use crate::calendar::{Period, YearMonth};
use crate::extract::claim::{Claim, ClaimKind, Origin};
use crate::extract::quantity::Unit;
use crate::numfmt::amount;
use crate::reference::manifest::{Kind, MeasureSpec};
use crate::reference::store::{Qualifier, Row, SharedRow, Store};
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
    pub unit: RefUnit,
    pub dataset: String,
    pub rows: Vec<SharedRow>,
    /// How it was computed, in words; None when it is a row as published.
    pub computation: Option<String>,
}

impl Reference {
    /// One row as published, standing for the interval its wording and rounding allow.
    fn from_row(r: &SharedRow, hedge: f64) -> Reference {
        Reference {
            value: r.value,
            interval: row_interval(r, hedge),
            exact: r.qualifier == Qualifier::Exact,
            unit: RefUnit::of_data(&r.unit),
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
    pub deviation_unit: DeviationUnit,
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
    /// The latest periods the data holds for the key, for saying what it has instead.
    fn available(&self, measure: &str, subject: &str, cp: Option<&str>) -> Option<String> {
        let mut ps: Vec<Period> = self
            .store
            .series(measure, subject, cp)
            .iter()
            .map(|r| r.period())
            .collect();
        ps.sort_by_key(|p| (p.end, p.start));
        ps.dedup();
        let shown: Vec<String> = ps.iter().rev().take(3).map(|p| p.label()).collect();
        (!shown.is_empty()).then(|| shown.join(", "))
    }

    /// Who the figure is about: the claim's subject, else the country the data describes.
    fn subject_of<'c>(&'c self, claim: &'c Claim) -> &'c str {
        claim
            .subject
            .as_deref()
            .unwrap_or(&self.store.manifest.home)
    }

    fn reference_for(&self, claim: &Claim, measure: &str, p: Period) -> Result<Reference, Missing> {
        let subject = self.subject_of(claim);
        let cp = claim.counterpart.as_deref();
        let kind = self.spec(measure).map(|m| m.kind);
        if self.spec(measure).is_none() && kind.is_none() && claim.kind != ClaimKind::Share {
            return Err(Missing::NoDataset {
                measure: measure.to_string(),
            });
        }
        if subject != self.store.manifest.home && !self.store.series_exists_for_subject(subject) {
            return Err(Missing::OtherCountry {
                subject: subject.to_string(),
                home: self.store.manifest.home.clone(),
            });
        }
        let has_cp = self
            .store
            .manifest
            .measure(measure)
            .map(|(d, _)| d.counterpart.is_some())
            .unwrap_or(true);
        if has_cp && cp.is_none() {
            return Err(Missing::NoPartnerStated {
                what: self.label(measure),
            });
        }
        let stated = claim.quantity.unit;
        if claim.kind == ClaimKind::Level
            && stated.is_money()
            && let Some(spec) = self.spec(measure)
            && spec.unit != stated.as_str()
        {
            return Err(Missing::Currency {
                stated: currency_named(stated),
                what: self.label(measure),
                data: spec.unit.clone(),
            });
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
                    Err(Missing::ChangeOfAmounts {
                        stated: currency_named(stated),
                        what: self.label(measure),
                        data: spec.unit.clone(),
                    })
                }
                (Some(Kind::Level), u)
                    if u.is_money() && self.spec(measure).is_some_and(|m| m.unit != u.as_str()) =>
                {
                    Err(Missing::ChangeInCurrency {
                        stated: currency_named(u),
                        what: self.label(measure),
                        data: self
                            .spec(measure)
                            .map_or_else(|| "?".to_string(), |m| m.unit.clone()),
                    })
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
                        figures::ChangeForm::of(claim),
                    )
                }
                _ => Err(Missing::ChangeNotComputed {
                    what: self.label(measure),
                    unit: claim.quantity.unit.as_str().to_string(),
                }),
            },
            ClaimKind::Rank => self.rank(measure, subject, cp, p),
            ClaimKind::Trend => self.trend(measure, subject, cp, p, claim.quantity.value),
        }
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
        let checked: Vec<Checked> = claims.into_iter().map(|c| self.check(c)).collect();
        self.imply_changes(checked)
    }

    /// As `check_all`, the claims judged on every core.
    pub fn check_all_parallel(&self, claims: Vec<Claim>) -> Vec<Checked> {
        use rayon::prelude::*;
        let checked: Vec<Checked> = claims.into_par_iter().map(|c| self.check(c)).collect();
        self.imply_changes(checked)
    }

    /// "From 200,000 in 2021 to 1.4 million in 2024": the change two figures imply, judged
    /// and added to the later one's reason.
    fn imply_changes(&self, mut checked: Vec<Checked>) -> Vec<Checked> {
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
            .then(|| {
                withheld(&claim, &readings, primary?, |m| self.label(m))
                    .or_else(|| self.totals_fit(&claim))
            })
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
            deviation_unit: if pp {
                DeviationUnit::PercentagePoints
            } else {
                DeviationUnit::Percent
            },
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
                    Err(m) => (None, Some(m.to_string())),
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
            amount(reference.value, reference.unit.as_str()),
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

/// A claim's currency as a reason names it: its code, or the candidates of a noun or sign
/// several currencies share ("kr": "one of DKK, ISK, NOK or SEK").
fn currency_named(u: Unit) -> String {
    match u {
        Unit::MoneyOneOf(shared) => {
            let codes: Vec<&str> = shared.currencies().iter().map(|c| c.code()).collect();
            if shared.brief() != shared.codes() {
                return format!(
                    "one of {} currencies ({}; the text does not say which)",
                    codes.len(),
                    codes.join(", ")
                );
            }
            match codes.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!(
                    "one of {} or {last} (the text does not say which)",
                    rest.join(", ")
                ),
                _ => u.as_str().to_string(),
            }
        }
        other => other.as_str().to_string(),
    }
}
