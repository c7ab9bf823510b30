//! When a divergence is not printed: the figure under it rests on an assumption the
//! article did not make, or on a reading the data cannot settle.

use super::*;

/// Why a diverging reading is not a verdict: it rests on a slot the article never gave,
/// or another reading its words allow holds. `None` when the divergence stands.
pub(super) fn withheld(
    claim: &Claim,
    readings: &[Reading],
    primary: usize,
    label: impl Fn(&str) -> String,
) -> Option<String> {
    let p = &claim.provenance;
    // "continues to grow" states the present by its tense: no period is assumed for it.
    // "decreased" states a past the article did not date.
    let present = claim.kind == ClaimKind::Trend && {
        let t = claim.text.to_ascii_lowercase();
        t.contains("continu") || t.contains("keep") || t.ends_with("ing") || t.contains("record")
    };
    if p.period == Some(Origin::Assumed) && !present {
        let label = readings[primary].period.label();
        return Some(match &p.period_from {
            Some(from) => format!("the figure's period is assumed ({label}, {from})"),
            None => format!(
                "the article states no period for this figure (assumed {label}, the latest complete year)"
            ),
        });
    }
    if p.subject == Some(Origin::Assumed) {
        return Some(
            "the article does not say whose figure this is (assumed the home country)".into(),
        );
    }
    if p.counterpart == Some(Origin::Assumed) {
        return Some("the article does not name the partner (assumed all partners)".into());
    }
    if claim.kind == ClaimKind::Change
        && let Some(against) = &claim.unread_base
    {
        return Some(format!(
            "the change is compared with \"{against}\", which was not read as a period (assumed the year before)"
        ));
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
        && r.unit == RefUnit::Percent
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

impl Verifier<'_> {
    /// A partner carried from an earlier sentence is the tool's guess: when the figure
    /// fits all partners together ("Armenia is a key market. In 2023 exports grew 8.8%"),
    /// the divergence rests on the guess, not on the article.
    pub(super) fn totals_fit(&self, claim: &Claim) -> Option<String> {
        if claim.provenance.counterpart != Some(Origin::Carried) {
            return None;
        }
        let total = &self.store.manifest.total;
        let carried = claim.counterpart.as_deref().filter(|cp| cp != total)?;
        let mut all = claim.clone();
        all.counterpart = Some(total.clone());
        all.provenance.counterpart = Some(Origin::Stated);
        let checked = self.check(all);
        let reading = checked.primary_reading()?;
        // Only a total the data holds and that does not contradict the figure (a total
        // whose own divergence was withheld still contradicts it).
        if reading.verdict == Verdict::Diverges || reading.reference.is_none() {
            return None;
        }
        let fits = matches!(checked.verdict, Verdict::Consistent | Verdict::Close);
        Some(reason::totals_fit_words(carried, reading, total, fits))
    }
}
