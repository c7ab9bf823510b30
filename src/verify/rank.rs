//! Rank claims ("the largest partner", "third among origins"): the claimed place among
//! all partners in the data.

use super::*;

impl Verifier<'_> {
    /// A partner's position among all partners the data holds for the period. Exact only
    /// when the partners not in the data together fall short of this one: otherwise one of
    /// them could rank above it, and the claim cannot be settled.
    pub(super) fn rank(
        &self,
        measure: &str,
        subject: &str,
        cp: Option<&str>,
        p: Period,
    ) -> Result<Reference, Missing> {
        let Some(cp) = cp else {
            return Err(Missing::NoRanked);
        };
        let total_code = self.store.manifest.total.clone();
        let manifest = &self.store.manifest;
        let total = self
            .level(measure, subject, Some(&total_code), p)
            .map_err(|_| Missing::NoRankTotal {
                what: self.label(measure),
                period: p.label(),
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
            return Err(Missing::NoFigure {
                what: self.label(measure),
                who: Some(cp.to_string()),
                period: p.label(),
                available: None,
            });
        };
        let this = &known[pos].1;
        let rank = 1 + known.iter().filter(|(_, r)| r.value > this.value).count();
        let covered: f64 = known.iter().map(|(_, r)| r.value).sum();
        let residual = total.value - covered;
        let listing: Vec<String> = known
            .iter()
            .take(6)
            .map(|(c, r)| format!("{c} {}", amount(r.value, r.unit.as_str())))
            .collect();
        let computation = format!(
            "ranking in {}: {} of {} {}; partners not in the data: {}",
            p.label(),
            listing.join(", "),
            total_code,
            amount(total.value, total.unit.as_str()),
            amount(residual.max(0.0), total.unit.as_str())
        );
        let mut rows: Vec<SharedRow> = known
            .iter()
            .take(rank)
            .flat_map(|(_, r)| r.rows.clone())
            .collect();
        rows.extend(total.rows.clone());
        let exact = residual < this.interval.lo;
        if !exact && rank == 1 {
            return Err(Missing::RankIncomplete {
                partners: known.len(),
                covered_pct: covered / total.value * 100.0,
                what: self.label(measure),
                period: p.label(),
                rest: amount(residual, total.unit.as_str()),
                ranked: cp.to_string(),
            });
        }
        Ok(Reference {
            value: rank as f64,
            interval: if exact {
                Interval::point(rank as f64)
            } else {
                Interval::at_least(rank as f64)
            },
            exact: true,
            unit: RefUnit::Rank,
            dataset: total.dataset.clone(),
            rows,
            computation: Some(computation),
        })
    }
}
