//! Interval verdicts (SPEC, verdict semantics 1, 3, 4): the claimed interval C the words
//! allow against the reference interval R the data allows.

use super::{Interval, RefUnit, Reference, Verdict};
use crate::extract::quantity::{Hedge, Quantity};

/// The interval the words allow: rounding of the last digit, then the hedge.
pub fn claimed_interval(q: &Quantity, h: f64) -> Interval {
    let v = q.value;
    let rounding = match q.range {
        Some((a, b)) => Interval::new(a - q.half_unit, b + q.half_unit),
        None => Interval::around(v, q.half_unit),
    };
    match q.hedge {
        Hedge::None => rounding,
        Hedge::Approx => rounding.widen(v.abs() * h),
        Hedge::Nearly => Interval::new(v - v.abs() * h, v),
        Hedge::MoreThan | Hedge::AtLeast => Interval::at_least(v),
        Hedge::LessThan | Hedge::AtMost => Interval::at_most(v),
    }
}

/// How R stands to C, and the signed distance that decided it (claim − reference).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    pub verdict: Verdict,
    /// Relative (%) for levels, percentage points for shares and rates; 0 when R lies
    /// within C; `None` when the data cannot decide.
    pub deviation: Option<f64>,
    /// R only overlaps C and is a bound, or wider than C: the data cannot tell.
    pub undecided: bool,
}

/// R within C: consistent. R overlapping C: consistent only when R is the rounding interval
/// of published figures no wider than C (a rounded source figure and a rounded claim that
/// agree to their precision), else the data cannot tell. Apart: close within τ, else
/// diverges; the deviation is the distance between the nearest ends.
pub fn judge(claimed: Interval, r: &Reference, pp: bool, tolerance: f64) -> Judgement {
    let within = claimed.lo <= r.interval.lo && r.interval.hi <= claimed.hi;
    if within {
        return Judgement {
            verdict: Verdict::Consistent,
            deviation: Some(0.0),
            undecided: false,
        };
    }
    if claimed.intersects(r.interval) {
        // Two rounded figures that overlap agree to the precision of the coarser one
        // ("787 million" published, "$787.2 million" claimed), as statcheck reads them. A
        // figure derived from rounded rows is a range often wider than a rounded claim; it
        // agrees when the data's own figure lies within the claim.
        let published = r.computation.is_none();
        let narrow = r.interval.is_bounded()
            && (!claimed.is_bounded()
                || published
                || r.interval.width() <= claimed.width()
                || (claimed.lo <= r.value && r.value <= claimed.hi));
        // Intervals that only touch share a single value: no agreement to speak of.
        let overlap = claimed.hi.min(r.interval.hi) - claimed.lo.max(r.interval.lo);
        return if r.exact && narrow && overlap > 0.0 {
            Judgement {
                verdict: Verdict::Consistent,
                deviation: Some(0.0),
                undecided: false,
            }
        } else {
            Judgement {
                verdict: Verdict::Unverifiable,
                deviation: None,
                undecided: true,
            }
        };
    }
    // Apart: from the claim's nearest end to the data's nearest end.
    let (gap, base) = if claimed.lo > r.interval.hi {
        (claimed.lo - r.interval.hi, r.interval.hi)
    } else {
        (claimed.hi - r.interval.lo, r.interval.lo)
    };
    let base = if base.is_finite() && base != 0.0 {
        base
    } else {
        r.value
    };
    let deviation = if pp {
        gap
    } else if base != 0.0 {
        gap / base.abs() * 100.0
    } else {
        f64::NAN
    };
    if !deviation.is_finite() {
        return Judgement {
            verdict: Verdict::Unverifiable,
            deviation: None,
            undecided: true,
        };
    }
    Judgement {
        verdict: if deviation.abs() <= tolerance {
            Verdict::Close
        } else {
            Verdict::Diverges
        },
        deviation: Some(deviation),
        undecided: false,
    }
}

/// Ranks and directions either match or not; a flat trend settles neither way.
pub fn ordinal_verdict(claimed: Interval, r: &Reference) -> Verdict {
    if r.unit == RefUnit::Direction && r.value == 0.0 && claimed.lo.abs() == 1.0 {
        return Verdict::Unverifiable;
    }
    if claimed.intersects(r.interval) {
        Verdict::Consistent
    } else {
        Verdict::Diverges
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::extract_quantities;

    fn q(s: &str) -> Quantity {
        extract_quantities(s).remove(0)
    }

    fn close_to(i: Interval, lo: f64, hi: f64) -> bool {
        (i.lo - lo).abs() < 1e-6 * lo.abs().max(1.0) && (i.hi - hi).abs() < 1e-6 * hi.abs().max(1.0)
    }

    #[test]
    fn claimed_intervals_follow_the_spec() {
        assert!(close_to(
            claimed_interval(&q("$2.4 billion"), 0.1),
            2.35e9,
            2.45e9
        ));
        assert!(close_to(
            claimed_interval(&q("200,000 visitors"), 0.1),
            150_000.0,
            250_000.0
        ));
        assert!(close_to(claimed_interval(&q("33%"), 0.1), 32.5, 33.5));
        assert!(close_to(
            claimed_interval(&q("nearly a quarter of it"), 0.1),
            22.5,
            25.0
        ));
        let over = claimed_interval(&q("exceeded 1.4 million"), 0.1);
        assert_eq!(over.lo, 1.4e6);
        assert!(over.hi.is_infinite());
        assert!(claimed_interval(&q("up to 30%"), 0.1).lo.is_infinite());
        assert!(close_to(
            claimed_interval(&q("about 120 people"), 0.1),
            103.0,
            137.0
        ));
    }

    fn exact(v: f64, half: f64) -> Reference {
        Reference {
            value: v,
            interval: Interval::around(v, half),
            exact: true,
            unit: RefUnit::of_data("USD"),
            dataset: "t".into(),
            rows: vec![],
            computation: None,
        }
    }

    fn bound(lo: f64) -> Reference {
        Reference {
            interval: Interval::at_least(lo),
            exact: false,
            ..exact(lo, 0.0)
        }
    }

    #[test]
    fn a_reference_inside_the_claim_is_consistent() {
        let j = judge(Interval::new(8.5, 9.5), &exact(8.7, 0.05), true, 1.0);
        assert_eq!(j.verdict, Verdict::Consistent);
        assert_eq!(j.deviation, Some(0.0));
    }

    #[test]
    fn levels_apart_by_less_than_the_tolerance_are_close() {
        // $2.4 bn ([2.35, 2.45]) against 2.53 bn ([2.525, 2.535]): 0.075 apart, -3.0%.
        let j = judge(
            Interval::new(2.35e9, 2.45e9),
            &exact(2.53e9, 5e6),
            false,
            5.0,
        );
        assert_eq!(j.verdict, Verdict::Close);
        assert!((j.deviation.unwrap() + 2.97).abs() < 0.01, "{j:?}");
        let j = judge(
            Interval::new(2.35e9, 2.45e9),
            &exact(3.0e9, 5e6),
            false,
            5.0,
        );
        assert_eq!(j.verdict, Verdict::Diverges);
        assert!(j.deviation.unwrap() < -5.0);
    }

    #[test]
    fn shares_are_measured_in_points() {
        let j = judge(Interval::new(32.5, 33.5), &exact(35.05, 0.05), true, 1.0);
        assert_eq!(j.verdict, Verdict::Diverges);
        assert!((j.deviation.unwrap() + 1.5).abs() < 1e-9);
    }

    #[test]
    fn a_bound_in_the_data_confirms_nothing_beyond_it() {
        // The data: more than 1.5 bn. The claim: more than 2.0 bn. They overlap; the data
        // cannot tell whether the claim holds.
        let j = judge(Interval::at_least(2.0e9), &bound(1.5e9), false, 5.0);
        assert_eq!(j.verdict, Verdict::Unverifiable);
        assert!(j.undecided);
        // A claim of 2.4 bn is inside "more than 1.5 bn" but R is wider: undecided too.
        let j = judge(Interval::new(2.35e9, 2.45e9), &bound(1.5e9), false, 5.0);
        assert_eq!(j.verdict, Verdict::Unverifiable);
        // At most 1.2 bn against more than 1.5 bn: apart, by 20% of the bound.
        let j = judge(Interval::at_most(1.2e9), &bound(1.5e9), false, 5.0);
        assert_eq!(j.verdict, Verdict::Diverges);
        assert!((j.deviation.unwrap() + 20.0).abs() < 1e-9);
    }

    #[test]
    fn a_coarser_published_figure_agrees_with_a_finer_claim_it_overlaps() {
        // Published "787 million" ([786.5, 787.5]), claimed "$787.2 million".
        let j = judge(
            Interval::new(787.15e6, 787.25e6),
            &exact(787e6, 0.5e6),
            false,
            5.0,
        );
        assert_eq!(j.verdict, Verdict::Consistent);
    }

    #[test]
    fn rounding_intervals_that_only_touch_do_not_agree() {
        // Published "3 million" ([2.5, 3.5] million), claimed "4 million" ([3.5, 4.5]):
        // only 3.5 million satisfies both, so the data cannot say the claim is right.
        let j = judge(Interval::new(3.5e6, 4.5e6), &exact(3e6, 0.5e6), false, 5.0);
        assert_eq!(j.verdict, Verdict::Unverifiable);
    }

    #[test]
    fn rounding_intervals_that_overlap_agree() {
        // "nearly a quarter" ([22.5, 25]) and a published 22.5% ([22.45, 22.55]).
        let j = judge(Interval::new(22.5, 25.0), &exact(22.5, 0.05), true, 1.0);
        assert_eq!(j.verdict, Verdict::Consistent);
        // A derived range wider than the claim only overlaps it: undecided.
        let wide = Reference {
            interval: Interval::new(30.0, 40.0),
            computation: Some("derived".into()),
            ..exact(35.0, 5.0)
        };
        let j = judge(Interval::new(37.5, 38.5), &wide, true, 1.0);
        assert_eq!(j.verdict, Verdict::Unverifiable);
        // ... unless the data's own figure lies within the claim.
        let j = judge(Interval::new(34.5, 35.5), &wide, true, 1.0);
        assert_eq!(j.verdict, Verdict::Consistent);
    }
}
