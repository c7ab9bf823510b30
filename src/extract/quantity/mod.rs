//! Finds quantities in text: numbers written in digits or words, with their scale,
//! currency or percent unit, the hedge that bounds them, and the exact byte span.

use super::token::{Token, TokenKind, tokenize};
use iso_currency::Currency;
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// An amount of money in an ISO 4217 currency.
    Money(Currency),
    /// An amount of money in one of several currencies a shared noun or sign names
    /// ("dinars", "kr"): money, whose currency the text does not settle.
    MoneyOneOf(&'static currency::SharedCurrency),
    Count,
    Percent,
    /// Percentage points.
    PercentagePoints,
    Multiplier,
    /// A position among partners: 1 for "the largest".
    Rank,
    /// A direction of change: +1 rising, -1 falling.
    Direction,
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Unit {
    // The currencies the extractor names in its own rules (news defaults: "$" and "dollars"
    // are US dollars, "pounds" sterling); every other ISO 4217 currency comes from the table.
    pub const USD: Unit = Unit::Money(Currency::USD);
    pub const EUR: Unit = Unit::Money(Currency::EUR);
    pub const GEL: Unit = Unit::Money(Currency::GEL);
    pub const GBP: Unit = Unit::Money(Currency::GBP);
    pub const RUB: Unit = Unit::Money(Currency::RUB);
    pub const INR: Unit = Unit::Money(Currency::INR);
    pub const CNY: Unit = Unit::Money(Currency::CNY);
    pub const JPY: Unit = Unit::Money(Currency::JPY);
    pub const TRY: Unit = Unit::Money(Currency::TRY);
    pub const AZN: Unit = Unit::Money(Currency::AZN);
    pub const AMD: Unit = Unit::Money(Currency::AMD);
    pub const UAH: Unit = Unit::Money(Currency::UAH);
    pub const CHF: Unit = Unit::Money(Currency::CHF);
    pub const CAD: Unit = Unit::Money(Currency::CAD);
    pub const AUD: Unit = Unit::Money(Currency::AUD);
    pub const HKD: Unit = Unit::Money(Currency::HKD);
    pub const NZD: Unit = Unit::Money(Currency::NZD);
    pub const SGD: Unit = Unit::Money(Currency::SGD);

    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Money(c) => c.code(),
            Unit::MoneyOneOf(s) => s.codes(),
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::PercentagePoints => "pp",
            Unit::Multiplier => "multiplier",
            Unit::Rank => "rank",
            Unit::Direction => "direction",
        }
    }

    /// The unit as a table cell shows it: its code, or a long list of candidate currencies
    /// cut to its ends ("ARS…XCD (34 currencies)"). Machine formats keep `as_str`.
    pub fn brief(self) -> &'static str {
        match self {
            Unit::MoneyOneOf(s) => s.brief(),
            other => other.as_str(),
        }
    }

    /// Amounts in a currency the data does not hold are still read as money, so they become
    /// claims that say why they cannot be checked.
    pub fn is_money(self) -> bool {
        matches!(self, Unit::Money(_) | Unit::MoneyOneOf(_))
    }

    /// "USD", "GEL": a currency code as the manifest writes units.
    pub fn is_currency_code(code: &str) -> bool {
        Currency::from_code(code).is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    None,
    Approx,
    Nearly,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::None => "none",
            Hedge::Approx => "approx",
            Hedge::Nearly => "nearly",
            Hedge::MoreThan => "more_than",
            Hedge::AtLeast => "at_least",
            Hedge::LessThan => "less_than",
            Hedge::AtMost => "at_most",
        }
    }
}

/// Direction a change was stated in ("up 5%", "fell by 3%").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Byte span of the quantity as written, hedge words included.
    pub start: usize,
    pub end: usize,
    /// Plain units: "$2.4 billion" is 2.4e9; percents as percent ("a quarter" is 25).
    pub value: f64,
    /// Half a unit of the last significant digit, in the same units as `value`.
    pub half_unit: f64,
    pub unit: Unit,
    pub hedge: Hedge,
    /// Both ends of a written range ("7-9%", "between 20 and 30 percent").
    pub range: Option<(f64, f64)>,
    /// Change wording around the number; a Down change has a negative value.
    pub direction: Option<Direction>,
    /// Written as a fraction word ("a quarter", "half").
    pub fraction: bool,
    /// Written without any unit, scale or currency ("200,000").
    pub bare: bool,
}

/// A word that states a change ("rose", "fell", "growth", "higher"): the extractor's own
/// list, for the scope and period readers that need to know one when they see it.
pub fn is_change_word(w: &str) -> bool {
    lexicon::CHANGE_UP.contains(&w) || lexicon::CHANGE_DOWN.contains(&w)
}

/// All quantities in order: digits and spelled numbers, fractions, multipliers.
pub fn extract_quantities(src: &str) -> Vec<Quantity> {
    let sc = Scanner::new(src);
    let mut all = find_quantities(&sc);
    for q in find_word_quantities(&sc) {
        if !all.iter().any(|a| a.start < q.end && q.start < a.end) {
            all.push(q);
        }
    }
    let urls = url_spans(src);
    if !urls.is_empty() {
        all.retain(|q| !urls.iter().any(|&(s, e)| q.start < e && s < q.end));
    }
    all.sort_by_key(|q| q.start);
    let mut all = join_bounds(src, all);
    share_direction(src, &mut all);
    all
}

/// "lowered by 97.8% and 92.1%, respectively", "rose 5% and 7%": a figure joined to a change
/// by "and" or a comma alone is a change the same way.
fn share_direction(src: &str, all: &mut [Quantity]) {
    for k in 1..all.len() {
        let (done, rest) = all.split_at_mut(k);
        let (prev, q) = (&done[k - 1], &mut rest[0]);
        let joined = prev.end <= q.start
            && matches!(src[prev.end..q.start].trim(), "and" | "," | ", and" | "or");
        if joined
            && q.direction.is_none()
            && prev.direction.is_some()
            && prev.unit == q.unit
            && q.unit == Unit::Percent
            && q.value >= 0.0
        {
            q.direction = prev.direction;
            if prev.direction == Some(Direction::Down) {
                q.value = -q.value;
                q.range = q.range.map(|(a, b)| (-b, -a));
            }
        }
    }
}

/// "more than 10 and less than 20", "at most 100 and at least 20": a lower and an upper
/// bound of one figure, joined by "and", "but" or a comma, are one range.
fn join_bounds(src: &str, all: Vec<Quantity>) -> Vec<Quantity> {
    let lower = |q: &Quantity| matches!(q.hedge, Hedge::MoreThan | Hedge::AtLeast);
    let upper = |q: &Quantity| matches!(q.hedge, Hedge::LessThan | Hedge::AtMost);
    let mut out: Vec<Quantity> = Vec::with_capacity(all.len());
    for q in all {
        if let Some(prev) = out.last_mut()
            && prev.end <= q.start
            && prev.unit == q.unit
            && prev.range.is_none()
            && q.range.is_none()
            && matches!(
                src[prev.end..q.start].trim(),
                "and" | "but" | "," | ", and" | ", but"
            )
        {
            let (lo, hi) = match (lower(prev), upper(prev), lower(&q), upper(&q)) {
                (true, _, _, true) => (prev.value, q.value),
                (_, true, true, _) => (q.value, prev.value),
                _ => (f64::NAN, f64::NAN),
            };
            if lo < hi {
                prev.range = Some((lo, hi));
                prev.value = (lo + hi) / 2.0;
                prev.half_unit = prev.half_unit.max(q.half_unit);
                prev.hedge = Hedge::None;
                prev.end = q.end;
                continue;
            }
        }
        out.push(q);
    }
    out
}

/// Web addresses: numbers in them are ids and encodings, not quantities.
fn url_spans(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Every address has a slash, a colon or "www.": most sentences have none.
    let bytes = src.as_bytes();
    let maybe_url = bytes.iter().any(|&b| b == b'/' || b == b':')
        || bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."));
    if !maybe_url {
        return out;
    }
    let mut start = None;
    for (i, c) in src.char_indices().chain(std::iter::once((src.len(), ' '))) {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let run: &str = &src[s..i];
                let run = run.trim_start_matches(['(', '<', '"', '\'', '[']);
                // Most runs are plain words: only those with a slash, a colon or a
                // "www." are worth lower-casing.
                let candidate = run.contains(['/', ':'])
                    || run.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."));
                if !candidate {
                    continue;
                }
                let lower = run.to_ascii_lowercase();
                let domain_path = lower.split_once('/').is_some_and(|(host, _)| {
                    host.contains('.')
                        && host.split('.').all(|p| {
                            !p.is_empty()
                                && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                        })
                        && host.bytes().any(|b| b.is_ascii_alphabetic())
                });
                if lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("www.")
                    || lower.contains("://")
                    || domain_path
                {
                    out.push((i - run.len(), i));
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

/// A word or sign that names a currency beside a number: "USD", "$", "€", "Kč", "руб",
/// "dollars". The tokenizer asks it where digits grouped by spaces may be one amount.
pub(crate) fn currency_marker(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    matches!(raw, "$" | "€" | "£" | "¥" | "US$")
        || currency::by_code(raw).is_some()
        || currency::by_sign(raw).is_some()
        || lexicon::letter_sign(raw).is_some()
        || currency::by_noun(&lower).is_some_and(|_| !currency::english_word(&lower))
        || matches!(
            lower.as_str(),
            "dollars" | "euros" | "euro" | "pounds" | "lari" | "rubles" | "roubles"
        )
}

/// The currency table, built now rather than by the first amount (see [`super::build_tables`]).
pub(super) fn build_tables() {
    currency::build_table();
}

mod context;
pub mod currency;
mod digits;
mod filters;
mod lexicon;
mod number;
mod parse;
mod scanner;
#[cfg(test)]
mod tests;

use context::*;
use digits::*;
use filters::*;
use lexicon::*;
use number::*;
use parse::*;
use scanner::*;
