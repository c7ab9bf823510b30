//! The change two levels of one sentence imply ("from $412 million in 2019 to $585
//! million in 2022"), judged as a claim of its own.

use super::*;

impl Verifier<'_> {
    pub(super) fn implied_change(
        &self,
        earlier: &Checked,
        later: &Checked,
    ) -> Option<ImpliedChange> {
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
                held_then.push(why.to_string());
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
                        unit: RefUnit::Multiplier,
                        dataset: now.dataset.clone(),
                        rows,
                        computation: Some(format!(
                            "implied change = {} {} ÷ {} {} = {} ({})",
                            p_now.label(),
                            amount(now.value, now.unit.as_str()),
                            p_then.label(),
                            amount(then.value, then.unit.as_str()),
                            amount(value, RefUnit::Multiplier.as_str()),
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
}
