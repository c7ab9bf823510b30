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
                amount(residual, total.unit.as_str())
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
            unit: RefUnit::Rank,
            dataset: total.dataset.clone(),
            rows,
            computation: Some(computation),
        })
    }
}
