//! Closed intervals on the real line (ends may be infinite), with the arithmetic needed
//! to carry rounding through sums, ratios and compounded growth.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn new(lo: f64, hi: f64) -> Self {
        Interval {
            lo: lo.min(hi),
            hi: lo.max(hi),
        }
    }

    pub fn point(v: f64) -> Self {
        Interval { lo: v, hi: v }
    }

    pub fn around(v: f64, half: f64) -> Self {
        Interval::new(v - half, v + half)
    }

    pub fn at_least(v: f64) -> Self {
        Interval {
            lo: v,
            hi: f64::INFINITY,
        }
    }

    pub fn at_most(v: f64) -> Self {
        Interval {
            lo: f64::NEG_INFINITY,
            hi: v,
        }
    }

    pub fn widen(self, by: f64) -> Self {
        Interval::new(self.lo - by, self.hi + by)
    }

    pub fn plus(self, o: Interval) -> Self {
        Interval::new(self.lo + o.lo, self.hi + o.hi)
    }

    pub fn times(self, o: Interval) -> Self {
        let c = [
            self.lo * o.lo,
            self.lo * o.hi,
            self.hi * o.lo,
            self.hi * o.hi,
        ];
        let c = c.map(|x| if x.is_nan() { 0.0 } else { x });
        Interval::new(
            c.iter().copied().fold(f64::INFINITY, f64::min),
            c.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        )
    }

    /// Division by an interval that does not contain zero; `None` otherwise.
    pub fn over(self, o: Interval) -> Option<Self> {
        if o.lo <= 0.0 && o.hi >= 0.0 {
            return None;
        }
        Some(self.times(Interval::new(1.0 / o.hi, 1.0 / o.lo)))
    }

    /// A ratio that could be anything from nothing upwards, as the ratio of two lower
    /// bounds is: it settles no claim.
    pub fn bounds_no_ratio(self) -> bool {
        self.lo <= 0.0 && self.hi.is_infinite()
    }

    pub fn scale(self, k: f64) -> Self {
        Interval::new(self.lo * k, self.hi * k)
    }

    pub fn shift(self, k: f64) -> Self {
        Interval::new(self.lo + k, self.hi + k)
    }

    pub fn intersects(self, o: Interval) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }

    /// Distance between the intervals; zero when they meet.
    pub fn gap(self, o: Interval) -> f64 {
        if self.intersects(o) {
            0.0
        } else if self.hi < o.lo {
            o.lo - self.hi
        } else {
            self.lo - o.hi
        }
    }

    pub fn width(self) -> f64 {
        self.hi - self.lo
    }

    pub fn is_bounded(self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn gaps_and_meeting() {
        let a = Interval::new(2.35, 2.45);
        let b = Interval::around(2.53, 0.005);
        assert!(!a.intersects(b));
        assert!((a.gap(b) - 0.075).abs() < 1e-12);
        assert_eq!(Interval::at_least(1.4e6).gap(Interval::point(1.42e6)), 0.0);
    }

    #[test]
    fn ratio_of_rounded_figures_is_a_range() {
        let part = Interval::around(1.6, 0.05);
        let total = Interval::around(2.487, 0.0005);
        let r = total.over(part).unwrap().shift(-1.0).scale(100.0);
        assert!(r.lo < 52.0 && r.hi > 52.0, "{r:?}");
        assert!(
            Interval::point(1.0)
                .over(Interval::new(-1.0, 1.0))
                .is_none()
        );
    }

    proptest! {
        #[test]
        fn products_contain_products_of_members(a in -1e6f64..1e6, b in 0f64..1e3, c in -1e6f64..1e6, d in 0f64..1e3, s in 0f64..1.0, t in 0f64..1.0) {
            let x = Interval::new(a, a + b);
            let y = Interval::new(c, c + d);
            let p = (a + s * b) * (c + t * d);
            let m = x.times(y);
            prop_assert!(m.lo <= p + 1e-6 * p.abs().max(1.0) && p <= m.hi + 1e-6 * p.abs().max(1.0));
            prop_assert!(x.plus(y).lo <= (a + s * b) + (c + t * d) + 1e-6);
        }
    }
}
