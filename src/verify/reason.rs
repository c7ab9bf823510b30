//! The reason sentence of every verdict, in one place for every renderer. It states the
//! distance that decided the verdict and never contradicts it.

use super::{Checked, DeviationUnit, ImpliedChange, Missing, Reading, RefUnit, Reference, Verdict};
use crate::extract::claim::{ClaimKind, Origin};
use crate::numfmt::amount;
use crate::verify::Interval;

/// An interval in words: a point, a range, or a bound.
pub fn interval_words(i: Interval, unit: &str) -> String {
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) if i.lo == i.hi => amount(i.lo, unit),
        (true, true) => format!("{} to {}", amount(i.lo, unit), amount(i.hi, unit)),
        (true, false) => format!("at least {}", amount(i.lo, unit)),
        (false, true) => format!("at most {}", amount(i.hi, unit)),
        _ => "any value".into(),
    }
}

/// What the data says: its figure, or its bound when it holds only a bound.
pub fn reference_words(r: &Reference) -> String {
    if r.interval.is_bounded() {
        amount(r.value, r.unit.as_str())
    } else {
        interval_words(r.interval, r.unit.as_str())
    }
}

/// A deviation as the reports show it: "+3.0%", "-1.5 pp", or "0" when the data lies
/// within the claim.
pub fn deviation_words(d: f64, unit: DeviationUnit) -> String {
    if d == 0.0 {
        return "0".into();
    }
    if unit == DeviationUnit::PercentagePoints {
        format!("{d:+.1} pp")
    } else {
        format!("{d:+.1}%")
    }
}

pub fn reading_words(r: &Reading, cp: Option<&str>) -> String {
    let who = cp.map(|c| format!(", {c}")).unwrap_or_default();
    let note = r
        .period_note
        .as_ref()
        .map(|n| format!(", {n}"))
        .unwrap_or_default();
    format!("{}{}, {}{}", r.label, who, r.period.label(), note)
}

/// One sentence for the report: what the pair of figures implies and what the data says.
pub fn implied_words(c: &ImpliedChange) -> String {
    let claimed = interval_words(c.claimed, RefUnit::Multiplier.as_str());
    match &c.reference {
        Some(r) => format!(
            "With {} in {} it implies a change of {claimed}; the data give {} ({}): {}.",
            c.from_text,
            c.from_period.label(),
            amount(r.value, RefUnit::Multiplier.as_str()),
            r.computation.as_deref().unwrap_or(""),
            c.verdict.as_str()
        ),
        None => format!(
            "With {} in {} it implies a change of {claimed}, which cannot be checked: {}.",
            c.from_text,
            c.from_period.label(),
            c.missing.as_deref().unwrap_or("no data")
        ),
    }
}

fn tolerance_words(c: &Checked) -> String {
    if c.deviation_unit == DeviationUnit::PercentagePoints {
        format!("{} pp", c.tolerance)
    } else {
        format!("{}%", c.tolerance)
    }
}

/// Where a slot that was not stated came from, when the report should say so.
fn provenance_note(c: &Checked, r: &Reading) -> String {
    let p = &c.claim.provenance;
    match p.period {
        Some(Origin::Assumed) => match &p.period_from {
            Some(from) => format!(" Period assumed: {}, {from}.", r.period.label()),
            None => format!(
                " No period was stated; assumed {}, the latest complete year before the article.",
                r.period.label()
            ),
        },
        Some(Origin::Carried) => p
            .period_from
            .as_ref()
            .map(|f| format!(" Period from {f}."))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

pub fn reason(c: &Checked) -> String {
    let cp = c.claim.counterpart.as_deref();
    if let Some(scope) = &c.claim.out_of_scope {
        return format!("Not checked: the figure is {scope}.");
    }
    if c.claim.readings.is_empty() {
        return "No measure in the manifest matches the words around this figure.".into();
    }
    if c.claim.period.is_none() {
        return "The article gives no period for this figure and its date is unknown; pass --date to assume the latest complete year.".into();
    }
    let Some(r) = c.primary_reading() else {
        let first = c
            .readings
            .first()
            .and_then(|r| r.missing.clone())
            .unwrap_or_else(|| "no reading".into());
        return format!("Unverifiable: {first}.");
    };
    let reference = r.reference.as_ref().expect("primary has a reference");
    let claimed_unit = reference.unit.clone();
    let dev = r
        .deviation
        .map(|d| deviation_words(d, c.deviation_unit))
        .unwrap_or_default();
    let what = reading_words(r, cp);
    let ref_words = format!("{} ({})", reference_words(reference), what);
    let claim_words = interval_words(c.claimed, claimed_unit.as_str());
    let ordinal = matches!(c.claim.kind, ClaimKind::Rank | ClaimKind::Trend);
    let s = match (c.verdict, r.verdict) {
        (Verdict::Diverges, _) if ordinal => {
            format!("The data gives {ref_words}, which contradicts the claimed {claim_words}.")
        }
        (_, Verdict::Unverifiable) => format!(
            "Unverifiable: the data only says {ref_words}, which does not settle the claimed {claim_words}."
        ),
        (Verdict::Unverifiable, v) => {
            let why = c.withheld.as_deref().unwrap_or("a slot was assumed");
            let under = match v {
                Verdict::Diverges | Verdict::Close => {
                    format!("the claim ({claim_words}) would be off by {dev}")
                }
                _ => format!("which would meet the claimed {claim_words}"),
            };
            format!("Unverifiable: {why}; under it the data gives {ref_words}, and {under}.")
        }
        (Verdict::Consistent, _) => {
            let inside =
                c.claimed.lo <= reference.interval.lo && reference.interval.hi <= c.claimed.hi;
            let how = if inside {
                "which lies within"
            } else {
                "which agrees, to the precision of both figures, with"
            };
            format!(
                "The data gives {ref_words}, {how} the claimed {claim_words}.{}",
                understatement(c, reference)
            )
        }
        (Verdict::Close, _) => format!(
            "The data gives {ref_words}; the claim ({claim_words}) is off by {dev}, within the tolerance of {}.",
            tolerance_words(c)
        ),
        (Verdict::Diverges, _) => format!(
            "The data gives {ref_words}; the claim ({claim_words}) is off by {dev}, beyond the tolerance of {}.",
            tolerance_words(c)
        ),
    };
    let skipped: Vec<String> = c.readings[..c.primary.unwrap_or(0)]
        .iter()
        .filter_map(|r| r.missing.clone())
        .collect();
    let skipped = if skipped.is_empty() {
        String::new()
    } else {
        format!(
            " Preferred reading not in the data: {}.",
            skipped.join("; ")
        )
    };
    let assumed = if c.verdict == Verdict::Unverifiable && c.withheld.is_some() {
        String::new()
    } else {
        provenance_note(c, r)
    };
    format!("{s}{assumed}{skipped}")
}

/// "More than $281 mln" against 652 mn holds, but a reader takes far less from it.
fn understatement(c: &Checked, r: &Reference) -> String {
    if c.claim.kind != ClaimKind::Level || !r.interval.is_bounded() {
        return String::new();
    }
    let h = c.hedge_width;
    if c.claimed.hi.is_infinite() && c.claimed.lo > 0.0 && r.value > c.claimed.lo * (1.0 + h) {
        format!(
            " The data is {:.0}% above the stated lower bound: true, but it understates the figure.",
            (r.value / c.claimed.lo - 1.0) * 100.0
        )
    } else if c.claimed.lo.is_infinite() && c.claimed.hi > 0.0 && r.value < c.claimed.hi * (1.0 - h)
    {
        format!(
            " The data is {:.0}% below the stated upper bound: true, but it overstates the figure.",
            (1.0 - r.value / c.claimed.hi) * 100.0
        )
    } else {
        String::new()
    }
}

/// Why a divergence under a carried partner is withheld: the figure fits the total.
pub fn totals_fit_words(carried: &str, total_reading: &Reading, total: &str, fits: bool) -> String {
    let data = total_reading
        .reference
        .as_ref()
        .map(reference_words)
        .unwrap_or_default();
    let how = if fits {
        "which the figure fits"
    } else {
        "which does not rule the figure out"
    };
    format!(
        "the partner ({carried}) was carried from an earlier sentence, and for all partners the data gives {data} ({}), {how}",
        reading_words(total_reading, Some(total))
    )
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let who = |w: &Option<String>| w.as_ref().map(|c| format!(" for {c}")).unwrap_or_default();
        let latest = |what: &str, a: &Option<String>| {
            a.as_ref()
                .map(|list| format!(" (latest {what} in the data: {list})"))
                .unwrap_or_default()
        };
        match self {
            Missing::NoDataset { measure } => write!(f, "no dataset holds '{measure}'"),
            Missing::OtherCountry { subject, home } => write!(
                f,
                "this figure is about {subject}, and the data describes {home} only"
            ),
            Missing::NoPartnerStated { what } => write!(
                f,
                "the article does not say which partner the {what} figure is for"
            ),
            Missing::Currency { stated, what, data } => write!(
                f,
                "the figure is in {stated}, the {what} data in {data}; claimcheck does not convert currencies"
            ),
            Missing::ChangeOfAmounts { stated, what, data } => write!(
                f,
                "the change is of amounts stated in {stated}, the {what} data is in {data}; a change in one currency is not the change in another"
            ),
            Missing::ChangeInCurrency { stated, what, data } => write!(
                f,
                "the change is in {stated}, the {what} data in {data}; claimcheck does not convert currencies"
            ),
            Missing::ChangeNotComputed { what, unit } => {
                write!(f, "changes of {what} in {unit} are not computed")
            }
            Missing::NoFigure {
                what,
                who: w,
                period,
                available,
            } => write!(
                f,
                "no {what}{} in {period}{}",
                who(w),
                latest(what, available)
            ),
            Missing::NoShare {
                what,
                who: w,
                period,
            } => {
                write!(f, "no {what}{} in {period}", who(w))
            }
            Missing::ShareOfTotal { what } => write!(
                f,
                "a share of the total {what} in itself is 100%; the figure is a share of something the data does not hold"
            ),
            Missing::Zero {
                what,
                total,
                period,
            } => {
                let total = if *total { "total " } else { "" };
                write!(f, "the {total}{what} in {period} is zero")
            }
            Missing::UnboundedShare {
                what,
                partner,
                period,
            } => write!(
                f,
                "the {what} for {partner} and for the total in {period} are lower bounds in the data, so the share between them is not bounded"
            ),
            Missing::UnboundedChange { what, from, to } => write!(
                f,
                "the {what} in {from} and in {to} are lower bounds in the data, so the change between them is not bounded"
            ),
            Missing::NoPart {
                what,
                who: w,
                period,
                level,
                available,
            } => write!(
                f,
                "no {what}{} in {period}, and no {level}{} to compute it from{}",
                who(w),
                who(w),
                latest(what, available)
            ),
            Missing::NoTotal {
                what,
                who: w,
                period,
                total,
            } => write!(
                f,
                "no {what}{} in {period}, and no total ({total}) to divide by",
                who(w)
            ),
            Missing::NoYear {
                what,
                year,
                available,
            } => {
                write!(f, "no {what} for {year}{}", latest(what, available))
            }
            Missing::SeriesBreak {
                from,
                to,
                what,
                at,
                note,
            } => write!(
                f,
                "{from} and {to} straddle a break in the {what} series at {at}: {note}"
            ),
            Missing::NoRanked => write!(f, "the article does not say who is ranked"),
            Missing::NoRankTotal { what, period } => write!(
                f,
                "no total {what} for {period} to know whether the data holds every partner"
            ),
            Missing::RankIncomplete {
                partners,
                covered_pct,
                what,
                period,
                rest,
                ranked,
            } => {
                write!(
                    f,
                    "the data holds {partners} partner{} covering {covered_pct:.0}% of the total {what} in {period}; the other {rest} could include one above {ranked}",
                    if *partners == 1 { "" } else { "s" }
                )
            }
            Missing::NoComparablePeriods {
                what,
                who: w,
                until,
            } => write!(
                f,
                "no two comparable periods of {what}{} up to {until}",
                who(w)
            ),
            Missing::NoFullYear { what } => write!(f, "no full-year {what} to compare"),
            Missing::OnlyOneYear { what } => write!(f, "only one year of {what} in the data"),
        }
    }
}
