//! The reference figure for a claim: a published level or share, a share computed from
//! its part and total, a year-to-date sum, a compounded growth rate, a change of a level.

use super::*;

/// How a claim states a change of a level, and so how the data's two levels are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ChangeForm {
    /// "grew by 12%": (this / previous − 1) × 100.
    Growth,
    /// "2.9-fold", "doubled": this / previous.
    Ratio,
    /// "a 74% recovery from 2019": this / previous × 100.
    PercentOfBase,
    /// "increased by $170.2 million": this − previous.
    Difference,
}

impl ChangeForm {
    pub(super) fn of(claim: &Claim) -> ChangeForm {
        match claim.quantity.unit {
            Unit::Percent if claim.of_base => ChangeForm::PercentOfBase,
            Unit::Percent => ChangeForm::Growth,
            Unit::Multiplier => ChangeForm::Ratio,
            _ => ChangeForm::Difference,
        }
    }
}

impl Verifier<'_> {
    /// The figure the data publishes for one key and period, as of the vintage in force.
    pub(super) fn published(
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
    pub(super) fn level(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, Missing> {
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
                    amount(s.value, s.unit.as_str())
                ));
                return Ok(s);
            }
        }
        Err(Missing::NoFigure {
            what: self.label(measure),
            who: cp.map(str::to_string),
            period: period_words(p),
            available: self.available(measure, subject, cp),
        })
    }

    /// A share: the published share, or the part divided by the total for the same period.
    pub(super) fn share(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, Missing> {
        if let Some(r) = self.published(measure, subject, cp, p) {
            return Ok(r);
        }
        let base = self
            .spec(measure)
            .and_then(|m| m.share_of.clone())
            .filter(|b| self.spec(b).is_some());
        let Some(base) = base else {
            return Err(Missing::NoShare {
                what: self.label(measure),
                who: cp.map(str::to_string),
                period: period_words(p),
            });
        };
        let total = self.store.manifest.total.clone();
        if cp == Some(total.as_str()) {
            return Err(Missing::ShareOfTotal {
                what: self.label(&base),
            });
        }
        let part = self.level(&base, subject, cp, p);
        let whole = self.level(&base, subject, Some(&total), p);
        match (part, whole) {
            (Ok(a), Ok(b)) => {
                let Some(ratio) = a.interval.over(b.interval) else {
                    return Err(Missing::Zero {
                        what: self.label(&base),
                        total: true,
                        period: period_words(p),
                    });
                };
                if ratio.bounds_no_ratio() {
                    return Err(Missing::UnboundedShare {
                        what: self.label(&base),
                        partner: cp.unwrap_or("the partner").to_string(),
                        period: period_words(p),
                    });
                }
                let value = a.value / b.value * 100.0;
                let mut rows = a.rows.clone();
                rows.extend(b.rows.clone());
                Ok(Reference {
                    value,
                    interval: ratio.scale(100.0),
                    exact: a.exact && b.exact,
                    unit: RefUnit::Percent,
                    dataset: a.dataset.clone(),
                    rows,
                    computation: Some(format!(
                        "share = {} {} ÷ {} {} = {}",
                        cp.unwrap_or("?"),
                        amount(a.value, a.unit.as_str()),
                        total,
                        amount(b.value, b.unit.as_str()),
                        amount(value, "percent")
                    )),
                })
            }
            (Err(_), _) => Err(Missing::NoPart {
                what: self.label(measure),
                who: cp.map(str::to_string),
                period: period_words(p),
                level: self.label(&base),
                available: self.available(measure, subject, cp),
            }),
            (_, Err(_)) => Err(Missing::NoTotal {
                what: self.label(measure),
                who: cp.map(str::to_string),
                period: period_words(p),
                total,
            }),
        }
    }

    /// The latest year-to-date period (January to some month before December) of `year`
    /// for which `f` finds a reference.
    pub(super) fn year_to_date(
        &self,
        year: i32,
        f: impl Fn(Period) -> Result<Reference, Missing>,
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
    pub(super) fn compounded(
        &self,
        measure: &str,
        subject: &str,
        first: i32,
        last: i32,
        allow_ytd: bool,
    ) -> Result<(Reference, Option<String>), Missing> {
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
                        None => {
                            return Err(Missing::NoYear {
                                what: self.label(measure),
                                year: y,
                                available: None,
                            });
                        }
                    }
                }
                None => {
                    return Err(Missing::NoYear {
                        what: self.label(measure),
                        year: y,
                        available: self.available(measure, subject, None),
                    });
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
                unit: RefUnit::Percent,
                dataset: self.dataset_of(measure),
                rows,
                computation: Some(computation),
            },
            note,
        ))
    }

    /// Change of a level against the year before: (this / previous − 1) × 100, the ratio,
    /// the difference, or this as a percent of the previous, as the claim states it.
    pub(super) fn change_of_level(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
        base: Option<Period>,
        form: ChangeForm,
    ) -> Result<Reference, Missing> {
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
            .ok_or_else(|| Missing::Zero {
                what: self.label(measure),
                total: false,
                period: prev.label(),
            })?;
        if ratio.bounds_no_ratio() {
            return Err(Missing::UnboundedChange {
                what: self.label(measure),
                from: prev.label(),
                to: p.label(),
            });
        }
        let mut rows = before.rows.clone();
        rows.extend(now.rows.clone());
        let (value, interval, ref_unit) = match form {
            ChangeForm::Ratio => (now.value / before.value, ratio, RefUnit::Multiplier),
            ChangeForm::Growth => (
                (now.value / before.value - 1.0) * 100.0,
                ratio.shift(-1.0).scale(100.0),
                RefUnit::Percent,
            ),
            ChangeForm::PercentOfBase => (
                now.value / before.value * 100.0,
                ratio.scale(100.0),
                RefUnit::Percent,
            ),
            // "increased by $170.2 million": the difference of the two levels.
            ChangeForm::Difference => (
                now.value - before.value,
                now.interval.plus(before.interval.scale(-1.0)),
                now.unit.clone(),
            ),
        };
        let computation = format!(
            "{} = {} {} ÷ {} {} = {}",
            if form == ChangeForm::PercentOfBase {
                "level as a percent of the base"
            } else {
                "change"
            },
            p.label(),
            amount(now.value, now.unit.as_str()),
            prev.label(),
            amount(before.value, before.unit.as_str()),
            amount(value, ref_unit.as_str())
        );
        Ok(Reference {
            value,
            interval,
            exact: now.exact && before.exact,
            unit: ref_unit,
            dataset: now.dataset.clone(),
            rows,
            computation: Some(computation),
        })
    }

    /// Two periods of a measure can be compared unless its source changed basis between
    /// them (a series break the manifest declares).
    pub(super) fn comparable(&self, measure: &str, a: Period, b: Period) -> Result<(), Missing> {
        let Some(spec) = self.spec(measure) else {
            return Ok(());
        };
        let (first, last) = (a.start.min(b.start), a.end.max(b.end));
        match spec.break_between(first, last) {
            Some(at) => Err(Missing::SeriesBreak {
                from: a.label(),
                to: b.label(),
                what: self.label(measure),
                at: at.to_string(),
                note: spec
                    .break_note
                    .clone()
                    .unwrap_or_else(|| "the source changed how it counts".into()),
            }),
            None => Ok(()),
        }
    }
}
