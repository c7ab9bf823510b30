//! Finds quantities in text: numbers written in digits or words, with their scale,
//! currency or percent unit, the hedge that bounds them, and the exact byte span.

use super::token::{Token, TokenKind, tokenize};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
pub enum Unit {
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GEL")]
    Gel,
    #[serde(rename = "GBP")]
    Gbp,
    #[serde(rename = "RUB")]
    Rub,
    #[serde(rename = "INR")]
    Inr,
    #[serde(rename = "CNY")]
    Cny,
    #[serde(rename = "JPY")]
    Jpy,
    #[serde(rename = "TRY")]
    Try,
    #[serde(rename = "AZN")]
    Azn,
    #[serde(rename = "AMD")]
    Amd,
    #[serde(rename = "UAH")]
    Uah,
    #[serde(rename = "CHF")]
    Chf,
    #[serde(rename = "CAD")]
    Cad,
    #[serde(rename = "AUD")]
    Aud,
    #[serde(rename = "HKD")]
    Hkd,
    #[serde(rename = "NZD")]
    Nzd,
    #[serde(rename = "SGD")]
    Sgd,
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "percent")]
    Percent,
    #[serde(rename = "pp")]
    PercentagePoints,
    #[serde(rename = "multiplier")]
    Multiplier,
    /// A position among partners: 1 for "the largest".
    #[serde(rename = "rank")]
    Rank,
    /// A direction of change: +1 rising, -1 falling.
    #[serde(rename = "direction")]
    Direction,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Usd => "USD",
            Unit::Eur => "EUR",
            Unit::Gel => "GEL",
            Unit::Gbp => "GBP",
            Unit::Rub => "RUB",
            Unit::Inr => "INR",
            Unit::Cny => "CNY",
            Unit::Jpy => "JPY",
            Unit::Try => "TRY",
            Unit::Azn => "AZN",
            Unit::Amd => "AMD",
            Unit::Uah => "UAH",
            Unit::Chf => "CHF",
            Unit::Cad => "CAD",
            Unit::Aud => "AUD",
            Unit::Hkd => "HKD",
            Unit::Nzd => "NZD",
            Unit::Sgd => "SGD",
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::PercentagePoints => "pp",
            Unit::Multiplier => "multiplier",
            Unit::Rank => "rank",
            Unit::Direction => "direction",
        }
    }

    /// Every currency the extractor reads. Amounts in one the data does not hold are still
    /// read as money, so they become claims that say why they cannot be checked.
    pub const CURRENCIES: [Unit; 18] = [
        Unit::Usd,
        Unit::Eur,
        Unit::Gel,
        Unit::Gbp,
        Unit::Rub,
        Unit::Inr,
        Unit::Cny,
        Unit::Jpy,
        Unit::Try,
        Unit::Azn,
        Unit::Amd,
        Unit::Uah,
        Unit::Chf,
        Unit::Cad,
        Unit::Aud,
        Unit::Hkd,
        Unit::Nzd,
        Unit::Sgd,
    ];

    pub fn is_money(self) -> bool {
        Self::CURRENCIES.contains(&self)
    }

    /// "USD", "GEL": a currency code as the manifest writes units.
    pub fn is_currency_code(code: &str) -> bool {
        Self::CURRENCIES.iter().any(|u| u.as_str() == code)
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

mod context;
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
