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
    pub const CURRENCIES: [Unit; 15] = [
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

const HEDGES: &[(&[&str], Hedge)] = &[
    (&["just", "under"], Hedge::Nearly),
    (&["just", "below"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["approaching"], Hedge::Nearly),
    (&["just", "over"], Hedge::MoreThan),
    (&["more", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["over"], Hedge::MoreThan),
    (&["exceeded"], Hedge::MoreThan),
    (&["exceeds"], Hedge::MoreThan),
    (&["exceed"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["surpassed"], Hedge::MoreThan),
    (&["topped"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["at", "least", "or", "equal", "to"], Hedge::AtLeast),
    (&["less", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["equal", "to", "or", "less", "than"], Hedge::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Hedge::AtMost),
    (&["greater", "than"], Hedge::MoreThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["bigger", "than"], Hedge::MoreThan),
    (&["surpass"], Hedge::MoreThan),
    (&["surpasses"], Hedge::MoreThan),
    (&["surpassing"], Hedge::MoreThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["greater", "or", "equal", "than"], Hedge::AtLeast),
    (&["higher", "or", "equal", "than"], Hedge::AtLeast),
    (&["bigger", "or", "equal", "than"], Hedge::AtLeast),
    (&["larger", "or", "equal", "than"], Hedge::AtLeast),
    (&["less", "or", "equal", "than"], Hedge::AtMost),
    (&["lower", "or", "equal", "than"], Hedge::AtMost),
    (&["smaller", "or", "equal", "than"], Hedge::AtMost),
    (&["less", "than"], Hedge::LessThan),
    (&["fewer", "than"], Hedge::LessThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["a", "maximum", "of"], Hedge::AtMost),
    (&["about"], Hedge::Approx),
    (&["around"], Hedge::Approx),
    (&["roughly"], Hedge::Approx),
    (&["some"], Hedge::Approx),
    (&["approximately"], Hedge::Approx),
    (&["approx"], Hedge::Approx),
    (&["circa"], Hedge::Approx),
    (&["estimated"], Hedge::Approx),
    (&["an", "estimated"], Hedge::Approx),
    (&["only"], Hedge::None),
    (&["equal", "to"], Hedge::None),
    (&["equals"], Hedge::None),
    (&["equals", "to"], Hedge::None),
    (&["equaling", "to"], Hedge::None),
    (&["just"], Hedge::None),
];

const CHANGE_UP: &[&str] = &[
    "up",
    "increase",
    "increased",
    "increases",
    "increasing",
    "grew",
    "grown",
    "grow",
    "grows",
    "growth",
    "rose",
    "risen",
    "rise",
    "rises",
    "gain",
    "gained",
    "climbed",
    "jumped",
    "surged",
    "expanded",
    "added",
    "higher",
    "boosted",
];
const CHANGE_DOWN: &[&str] = &[
    "down",
    "decrease",
    "decreased",
    "decreases",
    "fell",
    "fall",
    "falls",
    "fallen",
    "declined",
    "decline",
    "declines",
    "dropped",
    "drop",
    "shrank",
    "shrunk",
    "contracted",
    "contraction",
    "lower",
    "slumped",
    "plunged",
    "reduced",
    "lost",
];

fn unit_word(lower: &str) -> Option<Unit> {
    Some(match lower {
        "percent" | "pct" | "per-cent" | "percents" | "percentage" | "pc" => Unit::Percent,
        "dollars" | "dollar" | "usd" => Unit::Usd,
        "euros" | "euro" | "eur" => Unit::Eur,
        "lari" | "laris" | "gel" => Unit::Gel,
        "pounds" | "gbp" => Unit::Gbp,
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => Unit::Rub,
        "rupees" | "rupee" | "inr" | "rs" => Unit::Inr,
        "yuan" | "renminbi" | "rmb" | "cny" | "元" => Unit::Cny,
        "yen" | "jpy" => Unit::Jpy,
        "lira" | "liras" => Unit::Try,
        "manat" | "manats" | "azn" => Unit::Azn,
        "dram" | "drams" => Unit::Amd,
        "hryvnia" | "hryvnias" | "hryvnas" | "uah" => Unit::Uah,
        "chf" => Unit::Chf,
        _ => return None,
    })
}

fn currency_prefix_word(word: &str) -> Option<Unit> {
    Some(match word {
        "USD" | "US" => Unit::Usd,
        "EUR" => Unit::Eur,
        "GEL" => Unit::Gel,
        "GBP" => Unit::Gbp,
        "RUB" => Unit::Rub,
        "INR" | "Rs" | "Rs." => Unit::Inr,
        "CNY" | "RMB" => Unit::Cny,
        "JPY" => Unit::Jpy,
        "TRY" => Unit::Try,
        "AZN" => Unit::Azn,
        "AMD" => Unit::Amd,
        "UAH" => Unit::Uah,
        "CHF" => Unit::Chf,
        "CAD" => Unit::Cad,
        "AUD" => Unit::Aud,
        _ => return None,
    })
}

fn currency_symbol(sym: &str) -> Option<Unit> {
    Some(match sym {
        "$" => Unit::Usd,
        "€" => Unit::Eur,
        "₾" => Unit::Gel,
        "£" => Unit::Gbp,
        "₽" => Unit::Rub,
        "₹" => Unit::Inr,
        "₺" => Unit::Try,
        "₼" => Unit::Azn,
        "֏" => Unit::Amd,
        "₴" => Unit::Uah,
        // Japan's sign; China's yuan is written with "yuan", "RMB" or "CNY".
        "¥" | "￥" => Unit::Jpy,
        _ => return None,
    })
}

/// Scale words; the short ones ("m", "k", "bn") only count right after a number.
fn scale_word(lower: &str, attached_or_money: bool) -> Option<f64> {
    let long = match lower {
        "thousand" => Some(1e3),
        "million" | "mln" | "millions" => Some(1e6),
        "billion" | "bln" | "billions" => Some(1e9),
        "trillion" | "trn" | "tln" | "trillions" => Some(1e12),
        "quadrillion" | "quadrillions" => Some(1e15),
        "quintillion" | "quintillions" => Some(1e18),
        "sextillion" | "sextillions" => Some(1e21),
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => Some(1e5),
        "crore" | "crores" | "cr" | "crs" | "krore" | "krores" | "koti" => Some(1e7),
        "mil" | "k" => Some(if lower == "k" { 1e3 } else { 1e6 }),
        "mn" | "bn" => Some(if lower == "mn" { 1e6 } else { 1e9 }),
        _ => None,
    };
    if long.is_some() {
        return long;
    }
    if !attached_or_money {
        return None;
    }
    match lower {
        "m" => Some(1e6),
        "b" => Some(1e9),
        "tn" => Some(1e12),
        _ => None,
    }
}

fn small_number_word(lower: &str) -> Option<f64> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = ONES.iter().position(|w| *w == lower) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == lower) {
        return Some((i as f64 + 2.0) * 10.0);
    }
    // "twenty-five"
    if let Some((a, b)) = lower.split_once('-') {
        let t = TENS.iter().position(|w| *w == a)?;
        let o = ONES
            .iter()
            .position(|w| *w == b)
            .filter(|o| (1..10).contains(o))?;
        return Some((t as f64 + 2.0) * 10.0 + o as f64);
    }
    // The common misspelling of forty.
    if let Some(rest) = lower.strip_prefix("fourty") {
        return small_number_word(&format!("forty{rest}"));
    }
    None
}

fn multiplier_word(lower: &str) -> Option<f64> {
    Some(match lower {
        "doubled" | "double" | "twofold" | "two-fold" => 2.0,
        "tripled" | "triple" | "threefold" | "three-fold" | "trebled" => 3.0,
        "quadrupled" | "fourfold" | "four-fold" => 4.0,
        "fivefold" | "five-fold" => 5.0,
        "sixfold" | "six-fold" => 6.0,
        "sevenfold" | "seven-fold" => 7.0,
        "eightfold" | "eight-fold" => 8.0,
        "ninefold" | "nine-fold" => 9.0,
        "tenfold" | "ten-fold" => 10.0,
        "halved" => 0.5,
        _ => return None,
    })
}

const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "century",
    "centuries",
    "o'clock",
    "am",
    "pm",
];

/// Parses a digit token: "1,339.8" → 1339.8 with its half-unit of precision.
pub fn parse_digits(text: &str) -> Option<(f64, f64)> {
    let cleaned: String = text
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{00AD}' | '\u{2060}' | '\u{FEFF}')
        })
        .collect();
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let (int_part, frac_part): (String, String) = if commas > 0 && dots > 0 {
        let last_comma = cleaned.rfind(',').unwrap();
        let last_dot = cleaned.rfind('.').unwrap();
        let dec = if last_dot > last_comma { '.' } else { ',' };
        let (a, b) = cleaned.rsplit_once(dec).unwrap();
        (a.replace([',', '.'], ""), b.to_string())
    } else if commas + dots == 0 {
        (cleaned.clone(), String::new())
    } else {
        let sep = if commas > 0 { ',' } else { '.' };
        let count = commas.max(dots);
        let (a, b) = cleaned.rsplit_once(sep).unwrap();
        // One separator followed by other than three digits is a decimal mark; a lone dot is
        // always decimal in English text; repeated separators group thousands.
        if count == 1 && (b.len() != 3 || sep == '.' || a == "0") {
            (a.to_string(), b.to_string())
        } else {
            (cleaned.replace(sep, ""), String::new())
        }
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: f64 = format!(
        "{int_part}.{}",
        if frac_part.is_empty() {
            "0"
        } else {
            &frac_part
        }
    )
    .parse()
    .ok()
    // A number past f64's range (a 400-digit string) is no figure anyone can check.
    .filter(|v: &f64| v.is_finite())?;
    let half_unit = if !frac_part.is_empty() {
        0.5 * 10f64.powi(-(frac_part.len() as i32))
    } else {
        let zeros = int_part.bytes().rev().take_while(|b| *b == b'0').count();
        if zeros == int_part.len() {
            0.5
        } else {
            0.5 * 10f64.powi(zeros as i32)
        }
    };
    Some((value, half_unit))
}

struct Scanner<'a> {
    src: &'a str,
    toks: Vec<Token>,
    /// Words lower-cased with curly apostrophes made straight; borrowed when already so,
    /// as most words are.
    lower: Vec<Cow<'a, str>>,
}

impl<'a> Scanner<'a> {
    fn new(src: &'a str) -> Self {
        let mut toks = tokenize(src);
        // "$2.4-billion", "a $500-million loan", "a 10-percent increase", "2.5-fold", "a
        // 10-year plan": a hyphen glued between a number and its scale, unit or time word
        // joins them as a space would.
        let glued = |toks: &[Token], k: usize| {
            let (Some(n), Some(h), Some(w)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2))
            else {
                return false;
            };
            n.kind == TokenKind::Number
                && h.text(src) == "-"
                && !h.space_before
                && w.kind == TokenKind::Word
                && !w.space_before
                && {
                    let lw = w.text(src).to_ascii_lowercase();
                    scale_word(&lw, true).is_some()
                        || unit_word(&lw).is_some()
                        || matches!(lw.as_str(), "fold" | "times" | "basis")
                        || TIME_UNITS.contains(&lw.as_str())
                }
        };
        let mut k = 0;
        while k + 2 < toks.len() {
            if glued(&toks, k) {
                toks.remove(k + 1);
            }
            k += 1;
        }
        let lower = toks
            .iter()
            .map(|t| {
                let text = t.text(src);
                let plain = if text.is_ascii() {
                    !text.bytes().any(|b| b.is_ascii_uppercase())
                } else {
                    !text.contains('’') && !text.chars().any(char::is_uppercase)
                };
                if t.kind == TokenKind::Word && !plain {
                    Cow::Owned(text.to_lowercase().replace('’', "'"))
                } else {
                    Cow::Borrowed(text)
                }
            })
            .collect();
        Scanner { src, toks, lower }
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|_| self.lower[i].as_ref())
    }

    fn sym(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Symbol)
            .map(|t| t.text(self.src))
    }

    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// The words before token `i`, nearest first, stopping at punctuation other than hyphens.
    fn words_before(&self, i: usize, n: usize) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut j = i;
        while j > 0 && out.len() < n {
            j -= 1;
            match self.toks[j].kind {
                TokenKind::Word => out.push((j, self.lower[j].as_ref())),
                _ => break,
            }
        }
        out
    }
}

/// Scans all quantities in `src`, in order of appearance.
fn find_quantities(sc: &Scanner) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.toks.len() {
        match parse_at(sc, i) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

struct Core {
    first: usize,
    last: usize,
    value: f64,
    half_unit: f64,
    unit: Unit,
    range: Option<(f64, f64)>,
    fraction: bool,
    bare: bool,
    negative: bool,
    /// Written with a plus sign: a rise.
    plus: bool,
}

/// "6M23", "2Q2023", "1H2024": release shorthand for a period, whose digits are no figure.
fn in_period_shorthand(sc: &Scanner, i: usize) -> bool {
    let glued = |k: usize| sc.toks.get(k).is_some_and(|t| !t.space_before);
    let letter = |k: usize| {
        sc.toks
            .get(k)
            .is_some_and(|t| matches!(t.text(sc.src), "M" | "Q" | "H"))
    };
    let number = |k: usize| sc.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    // The leading count: "6" of "6M23".
    let leading = number(i) && letter(i + 1) && glued(i + 1) && number(i + 2) && glued(i + 2);
    // The glued year: "23" of "6M23".
    let trailing =
        i >= 2 && number(i) && glued(i) && letter(i - 1) && glued(i - 1) && number(i - 2);
    leading || trailing
}

fn parse_at(sc: &Scanner, i: usize) -> Option<(Quantity, usize)> {
    if in_period_shorthand(sc, i) {
        return None;
    }
    let core = parse_core(sc, i)?;
    let (mut first, mut hedge) = hedge_before(sc, core.first);
    // Direction from nearby change words ("up 6.6%", "fell by 3%", "growth of 9%").
    let mut direction = change_before(sc, first);
    let mut last = core.last;
    // "9% year-on-year", "5% y/y", "more" after: trailing change words.
    if direction.is_none()
        && let Some(w) = sc.word(last + 1)
    {
        if matches!(w, "higher" | "more" | "increase" | "growth" | "rise" | "up") {
            direction = Some(Direction::Up);
        } else if matches!(
            w,
            "lower" | "less" | "decrease" | "decline" | "drop" | "down"
        ) {
            direction = Some(Direction::Down);
        }
    }
    // "or more", "and above", "or less", "or so" after the number ("or less than 6000"
    // is another figure's bound).
    if let Some((h, end)) = bound_after(sc, last) {
        hedge = h;
        last = end;
    }
    // "> 10", ">= 30", "≤ 100"
    if hedge == Hedge::None
        && let Some((h, at)) = comparison_sign_before(sc, first)
    {
        hedge = h;
        first = at;
    }
    let mut value = core.value;
    let mut range = core.range;
    // A written sign is already in the value ("between -10 and 15"); change wording
    // signs the whole figure ("down 5-7%").
    if core.negative {
        direction = direction.or(Some(Direction::Down));
    } else if core.plus {
        direction = direction.or(Some(Direction::Up));
    } else if direction == Some(Direction::Down) && core.unit != Unit::Multiplier {
        value = -value.abs();
        range = range.map(|(a, b)| (-b.abs(), -a.abs()));
    }
    let q = Quantity {
        start: sc.toks[first].start,
        end: sc.toks[last].end,
        value,
        half_unit: core.half_unit,
        unit: core.unit,
        hedge,
        range,
        direction,
        fraction: core.fraction,
        bare: core.bare,
    };
    Some((q, last + 1))
}

/// The scale word after token `last`: "billion", "bn", "crore", "m" (glued, or after a
/// currency), "MM".
fn scale_after(sc: &Scanner, last: usize, money: bool) -> Option<f64> {
    let w = sc.word(last + 1)?;
    let attached = sc.attached(last + 1) || money;
    // "$2.174T"; a "t" after a plain number is tonnes.
    if w == "t" && money && sc.attached(last + 1) {
        return Some(1e12);
    }
    scale_word(w, attached)
        .or_else(|| matches!(sc.toks[last + 1].text(sc.src), "MM" | "M").then_some(1e6))
}

/// What follows a scaled number and belongs to it: a fraction of the scale ("a million
/// and a half", "one billion and a quarter million") or a smaller part ("4 thousand 3
/// hundred and 21", "6 crore and two hundred"). Returns value, half-unit and last token.
fn parts_after_scale(
    sc: &Scanner,
    scale: f64,
    mut value: f64,
    mut half: f64,
    mut last: usize,
) -> (f64, f64, usize) {
    if sc.word(last + 1) == Some("and")
        && let Some((f, l)) = fraction_phrase(sc, last + 2)
    {
        // The fraction is of the smaller scale named after it, or else of this one.
        let of = scale_after(sc, l, false).filter(|s2| *s2 < scale);
        return match of {
            Some(s2) => (value + f * s2, 0.05 * s2, l + 1),
            None => (value + f * scale, 0.05 * scale, l),
        };
    }
    let and = sc.word(last + 1) == Some("and");
    let at = if and { last + 2 } else { last + 1 };
    // A single digit token after a scale is another figure ("$2 billion 2023"); a part
    // is spelled, names its own smaller scale ("$2 billion 487 million", "$14 bln 28 mln",
    // "2 million 514.2 thousand"), or follows "and".
    if let Some(rest) = parse_amount(sc, at) {
        let rest_scale = scale_after(sc, rest.last, true).filter(|s2| *s2 < scale);
        let part = match rest_scale {
            Some(_) => !rest.fraction,
            None => rest.is_whole() && (rest.spelled || rest.last > rest.first),
        };
        let rest_value = rest.value * rest_scale.unwrap_or(1.0);
        let named = rest_scale.is_some() || rest.value >= 100.0 || and;
        if part && named && rest_value < scale {
            value += rest_value;
            half = rest_scale.map_or(0.5, |s2| rest.half * s2);
            last = rest.last + usize::from(rest_scale.is_some());
        }
    }
    (value, half, last)
}

/// "US$", "US $", "u.s $", "U.S. $", "usd$": a dollar sign after a US prefix, and the token after it.
fn us_dollar_sign(sc: &Scanner, i: usize) -> Option<usize> {
    let mut k = match sc.word(i)? {
        "us" | "usd" => i + 1,
        "u" if sc.sym(i + 1) == Some(".") && sc.word(i + 2) == Some("s") => i + 3,
        _ => return None,
    };
    if sc.sym(k) == Some(".") {
        k += 1;
    }
    (sc.sym(k) == Some("$")).then_some(k + 1)
}

/// "C$", "CA$", "A$", "AU$", "cad$": the letters before a dollar sign that make it another
/// dollar. A lone "a" is the article ("a $5 million loan").
fn other_dollar_sign(raw: &str) -> Option<Unit> {
    match raw {
        "C" | "c" | "CA" | "Can" | "CAD" | "cad" => Some(Unit::Cad),
        "A" | "AU" | "AUD" | "aud" => Some(Unit::Aud),
        _ => None,
    }
}

/// "Canadian dollars", "Swiss francs", "Turkish lira", "Chinese yuan".
fn national_currency(adjective: &str, noun: Option<&str>) -> Option<Unit> {
    let noun = noun?;
    let u = match (adjective, noun) {
        ("canadian", "dollars" | "dollar") => Unit::Cad,
        ("australian", "dollars" | "dollar") => Unit::Aud,
        ("swiss", "francs" | "franc") => Unit::Chf,
        ("turkish", "lira" | "liras") => Unit::Try,
        ("chinese", "yuan") => Unit::Cny,
        ("japanese", "yen") => Unit::Jpy,
        ("azerbaijani", "manat" | "manats") => Unit::Azn,
        ("armenian", "dram" | "drams") => Unit::Amd,
        ("ukrainian", "hryvnia" | "hryvnias") => Unit::Uah,
        _ => return None,
    };
    Some(u)
}

/// "MUSD", "MEUR": a currency code with a million scale glued in front, as financial
/// reports write it.
fn scaled_currency_code(w: &str) -> Option<(Unit, f64)> {
    let code = w.strip_prefix('m')?;
    let unit = Unit::CURRENCIES
        .into_iter()
        .find(|u| u.as_str().eq_ignore_ascii_case(code))?;
    Some((unit, 1e6))
}

fn parse_core(sc: &Scanner, i: usize) -> Option<Core> {
    let tok = sc.toks[i];
    // Currency before the number: "$", "US$", "USD", "GEL 93.0 bn", "Rs 1,200".
    let mut prefix_unit = None;
    let mut prefix_scale = 1.0;
    let mut j = i;
    if let Some(s) = sc.sym(i) {
        if let Some(u) = currency_symbol(s) {
            prefix_unit = Some(u);
            j = i + 1;
        }
    } else if tok.kind == TokenKind::Word {
        let raw = tok.text(sc.src);
        if let Some(after) = us_dollar_sign(sc, i) {
            prefix_unit = Some(Unit::Usd);
            j = after;
        } else if let Some(u) = other_dollar_sign(raw).filter(|_| sc.sym(i + 1) == Some("$"))
            && (sc.attached(i + 1) || raw != "A")
        {
            prefix_unit = Some(u);
            j = i + 2;
        } else if let Some((u, s)) = scaled_currency_code(&sc.lower[i])
            && sc
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            // "MAUD 60": sixty million Australian dollars.
            prefix_unit = Some(u);
            prefix_scale = s;
            j = i + 1;
        } else if let Some(u) = currency_prefix_word(raw)
            && raw != "US"
        {
            prefix_unit = Some(u);
            j = i + 1;
            if raw == "Rs" && sc.sym(j) == Some(".") {
                j += 1;
            }
        }
    }
    let negative = prefix_unit.is_none()
        && matches!(sc.sym(i), Some("-") | Some("−"))
        && sc
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before)
        && (tok.space_before
            || i == 0
            || matches!(sc.sym(i - 1), Some("<") | Some(">") | Some("=")));
    // "(+8.4%)": a written plus sign states a rise.
    let plus = prefix_unit.is_none()
        && sc.sym(i) == Some("+")
        && sc
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before)
        && (tok.space_before || i == 0 || sc.sym(i - 1).is_some());
    if plus {
        j = i + 1;
    }
    // "minus five percent", "negative one"
    let minus_word = prefix_unit.is_none()
        && matches!(sc.word(i), Some("minus") | Some("negative"))
        && sc.toks.get(i + 1).is_some();
    // "$-99.99": the sign after the currency.
    let signed_amount = prefix_unit.is_some()
        && matches!(sc.sym(j), Some("-") | Some("−"))
        && sc.attached(j)
        && sc.attached(j + 1)
        && sc
            .toks
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    let negative = negative || minus_word || signed_amount;
    if signed_amount {
        j += 1;
    } else if negative {
        j = i + 1;
    }
    let num = parse_amount(sc, j)?;
    let (mut value, mut half_unit, mut last, numeric_first, spelled) = (
        num.value * prefix_scale,
        num.half * prefix_scale,
        num.last,
        num.first,
        num.spelled,
    );
    let start_tok = if prefix_unit.is_some() || negative || plus {
        i
    } else {
        numeric_first
    };
    let first_num_tok = sc.toks[numeric_first];

    // A spelled number that ends in an ordinal is one: "twenty-three thousand four hundred
    // fifty-first".
    if spelled && sc.word(last + 1).is_some_and(is_ordinal_word) {
        return None;
    }
    // Ordinals written in digits ("4th") and years are not quantities.
    if first_num_tok.kind == TokenKind::Number
        && let Some(w) = sc.word(last + 1)
        && sc.attached(last + 1)
        && matches!(w.split('-').next(), Some("st" | "nd" | "rd" | "th"))
    {
        // "4th", "21st-century"
        return None;
    }

    // Scale word: "2.4 billion", "75m", "a million", "1MM"; a second, larger one
    // multiplies it ("lakh crore", "thousand million").
    let mut scaled = false;
    if let Some(mut scale) = scale_after(sc, last, prefix_unit.is_some()) {
        last += 1;
        scaled = true;
        if let Some(s2) = scale_after(sc, last, false).filter(|s2| *s2 > scale) {
            scale *= s2;
            last += 1;
        }
        value *= scale;
        half_unit *= scale;
        (value, half_unit, last) = parts_after_scale(sc, scale, value, half_unit, last);
    }
    if spelled && !scaled && value == 1.0 && prefix_unit.is_none() && !negative {
        // A lone "one" is a pronoun far more often than a count.
        let next_is_unit = sc.word(last + 1).is_some_and(|w| unit_word(w).is_some())
            || matches!(sc.sym(last + 1), Some("%"));
        if !next_is_unit {
            return None;
        }
    }

    if negative {
        value = -value;
    }

    // Range: "7-9%", "20 to 30 percent", "between 20 and 30".
    let mut range = None;
    let between = sc.word(start_tok.wrapping_sub(1)) == Some("between");
    let joiner = match (sc.sym(last + 1), sc.word(last + 1)) {
        (Some("-") | Some("–") | Some("—") | Some("~"), _) => true,
        (_, Some("and")) if between => true,
        (_, Some("through")) => true,
        (_, Some("to")) if sc.word(start_tok.wrapping_sub(1)) != Some("from") => true,
        _ => false,
    };
    // "$10-$20": the sign again before the second number.
    let second =
        if prefix_unit.is_some() && sc.sym(last + 2).and_then(currency_symbol) == prefix_unit {
            last + 3
        } else {
            last + 2
        };
    if joiner
        && let Some(n2) = parse_number(sc, second)
        && n2.first == second
    {
        let (mut v2, mut h2, mut l2) = (n2.value, n2.half, n2.last);
        if let Some(w) = sc.word(l2 + 1)
            && let Some(s) = scale_word(w, sc.attached(l2 + 1) || prefix_unit.is_some())
        {
            v2 *= s;
            h2 *= s;
            l2 += 1;
            if !scaled {
                value *= s;
                half_unit *= s;
            }
        }
        // Years joined are a period ("2021-2024"); other numbers are a range.
        let unit_after = trailing_unit(sc, l2, prefix_unit);
        let years = is_year(sc, numeric_first) || is_year(sc, n2.first);
        if (unit_after.is_some() || prefix_unit.is_some() || !years) && v2 > value {
            range = Some((value, v2));
            half_unit = half_unit.max(h2);
            last = l2;
            value = (value + v2) / 2.0;
        }
    }
    // "between 10 dollars and 20 dollars": the unit stated at both ends.
    if between
        && range.is_none()
        && let Some((u, l)) = trailing_unit(sc, last, prefix_unit)
        && sc.word(l + 1) == Some("and")
        && let Some(n2) = parse_number(sc, l + 2)
        && let Some((u2, _)) = trailing_unit(sc, n2.last, None)
        && u2 == u
        && n2.value > value
    {
        range = Some((value, n2.value));
        half_unit = half_unit.max(n2.half);
        last = n2.last;
        value = (value + n2.value) / 2.0;
    }

    let mut unit = prefix_unit;
    // "30 MUSD", "120 MEUR"
    if !scaled
        && prefix_unit.is_none()
        && let Some((u, s)) = sc.word(last + 1).and_then(scaled_currency_code)
    {
        value *= s;
        half_unit *= s;
        last += 1;
        unit = Some(u);
        scaled = true;
    }
    // "1.2e9": scientific notation, as data exports write it.
    if let Some((exp, end)) = exponent(sc, last) {
        value *= 10f64.powi(exp);
        half_unit *= 10f64.powi(exp);
        last = end;
        scaled = true;
    }
    // "64.2 cents", "470 pence", "50 tetri": a currency's hundredths.
    if unit.is_none()
        && prefix_unit.is_none()
        && let Some((u, l)) = minor_unit(sc, last)
    {
        value *= 0.01;
        half_unit *= 0.01;
        unit = Some(u);
        last = l;
    }
    // "50 basis points", "25 bps": hundredths of a percentage point.
    if prefix_unit.is_none()
        && let Some(l) = basis_points(sc, last)
    {
        value *= 0.01;
        half_unit *= 0.01;
        unit = Some(Unit::PercentagePoints);
        last = l;
    }
    if let Some((u, l)) = trailing_unit(sc, last, prefix_unit)
        && unit != Some(Unit::PercentagePoints)
        && (prefix_unit.is_none() || u == prefix_unit.unwrap())
    {
        unit = Some(u);
        last = l;
        // "75 USD million": the scale after the currency code.
        if !scaled
            && u.is_money()
            && let Some(s) = scale_after(sc, last, true)
        {
            value *= s;
            half_unit *= s;
            last += 1;
            scaled = true;
        }
    }
    // "by a factor of three": a multiple.
    if unit.is_none()
        && !scaled
        && sc.word(start_tok.wrapping_sub(1)) == Some("of")
        && sc.word(start_tok.wrapping_sub(2)) == Some("factor")
    {
        unit = Some(Unit::Multiplier);
    }
    // A fraction on its own ("3/4") is a share, as "a quarter" is.
    let share = num.fraction && !scaled && unit.is_none() && range.is_none() && value < 1.0;
    if share {
        value *= 100.0;
        half_unit *= 100.0;
        unit = Some(Unit::Percent);
    }
    let bare = unit.is_none() && !scaled;

    if bare
        && first_num_tok.kind == TokenKind::Number
        && is_identifier_or_modifier(sc, numeric_first, last)
    {
        return None;
    }
    if bare && first_num_tok.kind == TokenKind::Number {
        let text = first_num_tok.text(sc.src);
        // A four-digit number 1900–2100 with no unit is a year.
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
            let y: u32 = text.parse().ok()?;
            if (1900..=2100).contains(&y) {
                return None;
            }
        }
        // List numbering: a number that opens a line, or follows a bullet that does.
        // "- 1 item" is a bullet; "-1" glued is a negative number.
        let bullet_before = numeric_first > 0
            && sc.toks[numeric_first - 1].line_start
            && sc.toks[numeric_first].space_before
            && matches!(sc.sym(numeric_first - 1), Some("-") | Some("*") | Some("•"));
        let numbering_mark = matches!(sc.sym(last + 1), Some(".") | Some(")"))
            && sc.toks.get(last + 2).is_some_and(|t| t.space_before);
        if (first_num_tok.line_start && numbering_mark) || bullet_before {
            return None;
        }
        // Day of a month: "15 December", "December 15".
        if sc
            .word(last + 1)
            .is_some_and(|w| super::period::month_number(w).is_some())
            || sc
                .word(numeric_first.wrapping_sub(1))
                .is_some_and(|w| super::period::month_number(w).is_some())
        {
            return None;
        }
    }
    if bare {
        // Durations and ages ("two years ago", "9 months") are periods, not quantities.
        if sc.word(last + 1).is_some_and(|w| TIME_UNITS.contains(&w)) {
            return None;
        }
        if spelled && sc.word(last + 1) == Some("of") && value < 10.0 {
            // "one of the", "two of them"
            return None;
        }
        // "the two countries", "these three partners": who, not how many.
        let definite = sc
            .word(start_tok.wrapping_sub(1))
            .is_some_and(|w| matches!(w, "the" | "these" | "those" | "both"));
        if spelled && definite && value < 10.0 {
            return None;
        }
    }
    Some(Core {
        // "between 20 and 30 percent": the span holds the whole range.
        first: if range.is_some() && between {
            start_tok - 1
        } else {
            start_tok
        },
        last,
        value,
        half_unit,
        unit: unit.unwrap_or(Unit::Count),
        range,
        fraction: share,
        bare,
        negative,
        plus,
    })
    .or(None)
}

/// A four-digit number from 1900 to 2100 at token `k`: a year when nothing scales it.
fn is_year(sc: &Scanner, k: usize) -> bool {
    let Some(t) = sc.toks.get(k).filter(|t| t.kind == TokenKind::Number) else {
        return false;
    };
    let text = t.text(sc.src);
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&text.parse::<u32>().unwrap_or(0))
}

/// Numbers that name or describe rather than count: "COVID-19", "G7", "Boeing 737",
/// "Article 5", "2,000-year-old", "5-star", "10:30".
fn is_identifier_or_modifier(sc: &Scanner, first: usize, last: usize) -> bool {
    let tok = sc.toks[first];
    // Glued to letters before ("G7") or to a hyphen glued to a word ("COVID-19").
    if first > 0 && !tok.space_before {
        let prev = sc.toks[first - 1];
        if prev.kind == TokenKind::Word {
            return true;
        }
        if matches!(sc.sym(first - 1), Some("-") | Some("‑"))
            && first > 1
            && !prev.space_before
            && sc.toks[first - 2].kind != TokenKind::Symbol
        {
            return true;
        }
        if sc.sym(first - 1) == Some(":")
            && first > 1
            && sc.toks[first - 2].kind == TokenKind::Number
            && !prev.space_before
        {
            return true;
        }
    }
    // A compound modifier: "2,000-year-old", "5-star" (but "10-fold" is a multiplier).
    if matches!(sc.sym(last + 1), Some("-") | Some("‑"))
        && sc.attached(last + 1)
        && sc.attached(last + 2)
        && let Some(w) = sc.word(last + 2)
        && scale_word(w, true).is_none()
        && unit_word(w).is_none()
        && w != "fold"
    {
        return true;
    }
    // The later part of a hyphen-joined run of numbers: a date or a code ("1995-01",
    // "2222-2222"). Ranges ("7-9%") are read from their first number.
    if first > 1
        && matches!(sc.sym(first - 1), Some("-") | Some("‑"))
        && !tok.space_before
        && !sc.toks[first - 1].space_before
        && sc.toks[first - 2].kind == TokenKind::Number
    {
        return true;
    }
    // Numbers joined by a slash that are no fraction: "2023/24", "24/7", "5/17/2018".
    let slash_joined = |k: usize| {
        sc.sym(k) == Some("/")
            && sc.attached(k)
            && sc.attached(k + 1)
            && sc
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
    };
    if slash_joined(last + 1)
        || (first > 1
            && sc.toks[first - 2].kind == TokenKind::Number
            && sc.sym(first - 1) == Some("/")
            && sc.attached(first - 1)
            && sc.attached(first))
    {
        return true;
    }
    // Clock times and scores: "10:30", "2:1".
    if sc.sym(last + 1) == Some(":")
        && sc.attached(last + 1)
        && sc
            .toks
            .get(last + 2)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before)
    {
        return true;
    }
    // After a capitalised word inside a sentence, a short plain number is part of a name.
    let text = tok.text(sc.src);
    // Function words and hedges start sentences too ("About 300 came", "In total 40").
    const STARTERS: &[&str] = &[
        "in",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "some",
        "only",
        "just",
        "by",
        "since",
        "from",
        "to",
        "and",
        "with",
        "of",
        "at",
        "for",
        "roughly",
        "approximately",
        "up",
        "under",
        "more",
        "less",
        "exactly",
        "all",
        "the",
        "these",
        "those",
        "its",
        "their",
        "our",
        "total",
        "estimated",
        "another",
        "but",
        "than",
        "fewer",
        "least",
        "most",
        "below",
        "above",
        "exceeded",
        "reached",
        "were",
        "was",
    ];
    if first > 0
        && text.len() <= 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && let Some(prev) = sc.toks.get(first - 1).filter(|t| t.kind == TokenKind::Word)
    {
        let word = prev.text(sc.src);
        let lower: &str = sc.lower[first - 1].as_ref();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !STARTERS.contains(&lower) && super::period::month_number(lower).is_none()
        {
            return true;
        }
    }
    false
}

/// "e9", "e+9", "E-3" glued to the number ending at token `last`: the power of ten and the
/// exponent's last token.
fn exponent(sc: &Scanner, last: usize) -> Option<(i32, usize)> {
    let glued = |k: usize| sc.toks.get(k).is_some_and(|t| !t.space_before);
    if sc.word(last + 1) != Some("e") || !glued(last + 1) {
        return None;
    }
    let (sign, at) = match sc.sym(last + 2) {
        Some("-") => (-1, last + 3),
        Some("+") => (1, last + 3),
        _ => (1, last + 2),
    };
    let t = sc
        .toks
        .get(at)
        .filter(|t| t.kind == TokenKind::Number && glued(at))?;
    let exp: i32 = t.text(sc.src).parse().ok()?;
    (exp <= 15).then_some((sign * exp, at))
}

/// A currency's hundredths after token `last` ("cents", "euro cents", "pence", "kopecks",
/// "tetri"), with the last token of the unit.
fn minor_unit(sc: &Scanner, last: usize) -> Option<(Unit, usize)> {
    match sc.word(last + 1)? {
        "euro" | "eurocents" if matches!(sc.word(last + 2), Some("cents" | "cent")) => {
            Some((Unit::Eur, last + 2))
        }
        "cents" | "cent" | "¢" => Some((Unit::Usd, last + 1)),
        "pence" | "penny" => Some((Unit::Gbp, last + 1)),
        "kopecks" | "kopeks" | "kopeck" | "kopek" => Some((Unit::Rub, last + 1)),
        "tetri" => Some((Unit::Gel, last + 1)),
        _ => None,
    }
}

/// "basis points", "bps", "bp" after token `last`: the last token of the unit.
fn basis_points(sc: &Scanner, last: usize) -> Option<usize> {
    match sc.word(last + 1)? {
        "basis" if matches!(sc.word(last + 2), Some("points" | "point")) => Some(last + 2),
        "bps" | "bp" => Some(last + 1),
        _ => None,
    }
}

/// A unit after token `last`: "%", "percent", "per cent", "percentage points", "dollars", "times".
fn trailing_unit(sc: &Scanner, last: usize, prefix: Option<Unit>) -> Option<(Unit, usize)> {
    if let Some("%") = sc.sym(last + 1) {
        return Some((Unit::Percent, last + 1));
    }
    // "100₾", "10 €": the sign after the number, as Georgian and European prices write it.
    if prefix.is_none()
        && let Some(u) = sc.sym(last + 1).and_then(currency_symbol)
    {
        return Some((u, last + 1));
    }
    let w = sc.word(last + 1)?;
    if w == "per" && sc.word(last + 2) == Some("cent") {
        return Some((Unit::Percent, last + 2));
    }
    if w == "percentage" && matches!(sc.word(last + 2), Some("points") | Some("point")) {
        return Some((Unit::PercentagePoints, last + 2));
    }
    if matches!(w, "pp" | "ppt" | "ppts") {
        return Some((Unit::PercentagePoints, last + 1));
    }

    if w == "p" && sc.sym(last + 2) == Some(".") && sc.word(last + 3) == Some("p") {
        let end = if sc.sym(last + 4) == Some(".") {
            last + 4
        } else {
            last + 3
        };
        return Some((Unit::PercentagePoints, end));
    }
    if matches!(w, "times" | "fold") || (w == "x" && sc.attached(last + 1)) {
        return Some((Unit::Multiplier, last + 1));
    }
    if let Some(u) = unit_word(w) {
        // "USD" after a number only when not already priced.
        if prefix.is_none() || prefix == Some(u) {
            if w == "us" {
                return None;
            }
            return Some((u, last + 1));
        }
    }
    if w == "us" && matches!(sc.word(last + 2), Some("dollars") | Some("dollar")) {
        return Some((Unit::Usd, last + 2));
    }
    // "Canadian dollars", "Swiss francs", "Turkish lira": a country's own currency.
    if let Some(u) = national_currency(w, sc.word(last + 2)) {
        return Some((u, last + 2));
    }
    // "3.14US$"
    if w == "us" && sc.sym(last + 2) == Some("$") && sc.attached(last + 2) {
        return Some((Unit::Usd, last + 2));
    }
    None
}

/// A number as written, before its unit: value, precision and the tokens it spans.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    /// Half a unit of the last stated digit.
    half: f64,
    first: usize,
    last: usize,
    spelled: bool,
    /// Written as a fraction: "3/4", "two thirds of a million", "and a half".
    fraction: bool,
}

impl Num {
    fn new(value: f64, half: f64, first: usize, last: usize, spelled: bool) -> Self {
        Num {
            value,
            half,
            first,
            last,
            spelled,
            fraction: false,
        }
    }

    fn is_whole(&self) -> bool {
        !self.fraction && self.value.fract() == 0.0
    }
}

/// A number at token `i` with what completes it: spoken decimals ("two point five"),
/// fractions ("3/4", "2 1/4", "and a third"), "hundred" after a number ("322 hundred",
/// "3 hundred and 21") and dozens. Scale words and units are left to the caller.
fn parse_amount(sc: &Scanner, i: usize) -> Option<Num> {
    if let Some(n) = leading_decimal(sc, i) {
        return Some(n);
    }
    if let Some((f, last)) = fraction_phrase(sc, i) {
        // "three quarters billion", "two thirds of a million": a fraction of a scale. A
        // fraction alone is a share, which the word scanner reads with its context.
        let of_a = sc.word(last + 1) == Some("of") && sc.word(last + 2) == Some("a");
        let scale_at = if of_a { last + 3 } else { last + 1 };
        if sc
            .word(scale_at)
            .is_none_or(|w| scale_word(w, false).is_none())
        {
            return None;
        }
        let mut n = Num::new(f, 0.05 * f.min(1.0), i, scale_at - 1, true);
        n.fraction = true;
        return Some(n);
    }
    let mut n = parse_number(sc, i)?;
    n = decimal_tail(sc, n);
    if let Some(f) = digit_fraction(sc, n) {
        return Some(f);
    }
    n = hundreds_tail(sc, n);
    if let Some(r) = ratio(sc, n) {
        return Some(r);
    }
    n = and_fraction(sc, n);
    Some(dozens(sc, n))
}

/// "one in five", "3 out of 10": a share as news states it. Not "5 in 2024" (a year), "3
/// in 10 years" (a span of time) or "3 in 1" (no share).
fn ratio(sc: &Scanner, n: Num) -> Option<Num> {
    if !n.is_whole() || n.value < 1.0 {
        return None;
    }
    let of = match (sc.word(n.last + 1)?, sc.word(n.last + 2)) {
        ("in", _) => n.last + 2,
        ("out", Some("of")) => n.last + 3,
        _ => return None,
    };
    let m = parse_number(sc, of)?;
    let m = hundreds_tail(sc, m);
    let year = is_year(sc, m.first);
    let time = sc.word(m.last + 1).is_some_and(|w| TIME_UNITS.contains(&w));
    let scale = sc
        .word(m.last + 1)
        .is_some_and(|w| scale_word(w, true).is_some());
    if !m.is_whole() || m.value <= n.value || year || time || scale || m.spelled != n.spelled {
        return None;
    }
    // A share stated as a ratio is as rounded as "a quarter": half a percentage point.
    let mut out = Num::new(n.value / m.value, 0.005, n.first, m.last, n.spelled);
    out.fraction = true;
    Some(out)
}

/// ".08", "point 77": a decimal with no whole part, where no word joins it to the left.
fn leading_decimal(sc: &Scanner, i: usize) -> Option<Num> {
    let joined_left = i > 0 && sc.toks[i - 1].kind == TokenKind::Word;
    if sc.word(i) == Some("point") && !joined_left {
        let (digits, last) = decimal_digits(sc, i + 1)?;
        let value: f64 = format!("0.{digits}").parse().ok()?;
        return Some(Num::new(value, decimal_half(&digits), i, last, true));
    }
    if sc.sym(i) == Some(".")
        && (i == 0 || sc.toks[i].space_before)
        && sc
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && sc.attached(i + 1)
    {
        let digits = sc.toks[i + 1].text(sc.src);
        if digits.bytes().all(|b| b.is_ascii_digit()) {
            let value: f64 = format!("0.{digits}").parse().ok()?;
            return Some(Num::new(value, decimal_half(digits), i, i + 1, false));
        }
    }
    None
}

fn decimal_half(digits: &str) -> f64 {
    0.5 * 10f64.powi(-(digits.len() as i32))
}

/// The digits after a spoken "point": "5", "77", "zero three", "seventy-one", "fifteen".
fn decimal_digits(sc: &Scanner, k: usize) -> Option<(String, usize)> {
    let tok = sc.toks.get(k)?;
    if tok.kind == TokenKind::Number {
        let text = tok.text(sc.src);
        return text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| (text.to_string(), k));
    }
    let first = small_number_word(sc.word(k)?)?;
    if first >= 10.0 {
        // "point seventy one": tens and units read as two digits.
        let mut v = first;
        let mut last = k;
        if first % 10.0 == 0.0
            && let Some(u) = sc.word(k + 1).and_then(small_number_word)
            && (1.0..10.0).contains(&u)
        {
            v += u;
            last = k + 1;
        }
        return Some(((v as u32).to_string(), last));
    }
    // "point zero three": one digit per word.
    let mut digits = String::new();
    let mut last = k;
    let mut j = k;
    while let Some(d) = sc.word(j).and_then(small_number_word).filter(|d| *d < 10.0) {
        digits.push(char::from(b'0' + d as u8));
        last = j;
        j += 1;
    }
    Some((digits, last))
}

/// "two point two", "1 point 1": the spoken decimal after a whole number.
fn decimal_tail(sc: &Scanner, n: Num) -> Num {
    let digit_text_whole = n.spelled || !sc.toks[n.last].text(sc.src).contains(['.', ',']);
    if !n.is_whole() || !digit_text_whole || sc.word(n.last + 1) != Some("point") {
        return n;
    }
    // Both parts written alike: "two point five", "1 point 1"; "at one point 300" is not.
    let same_form = sc
        .toks
        .get(n.last + 2)
        .is_some_and(|t| (t.kind == TokenKind::Number) != n.spelled);
    let Some((digits, last)) = decimal_digits(sc, n.last + 2).filter(|_| same_form) else {
        return n;
    };
    let Ok(frac) = format!("0.{digits}").parse::<f64>() else {
        return n;
    };
    Num {
        value: n.value + frac,
        half: decimal_half(&digits),
        last,
        ..n
    }
}

/// "3/4", "-4/5", "2 1/4": proper fractions in digits. Dates ("5/17/2018") and fiscal
/// years ("2023/24") are not, so a third slash or a numerator above the denominator ends it.
fn digit_fraction(sc: &Scanner, n: Num) -> Option<Num> {
    if n.spelled || !n.is_whole() {
        return None;
    }
    let integer = |k: usize| {
        sc.toks
            .get(k)
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text(sc.src))
            .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<f64>().ok())
    };
    // The fraction whose numerator is token `k`, and its last token.
    let fraction_at = |k: usize| {
        let num = integer(k)?;
        let slash = sc.sym(k + 1) == Some("/") && sc.attached(k + 1) && sc.attached(k + 2);
        let den = integer(k + 2).filter(|_| slash)?;
        let date = sc.sym(k + 3) == Some("/") || (k > 0 && sc.sym(k - 1) == Some("/"));
        (num < den && den > 0.0 && !date).then_some((num / den, k + 2))
    };
    if let Some((f, last)) = fraction_at(n.last) {
        let mut out = Num::new(f, 0.005, n.first, last, false);
        out.fraction = true;
        return Some(out);
    }
    // A whole number, a space, then a proper fraction: "2 1/4".
    if !sc.attached(n.last + 1)
        && let Some((f, last)) = fraction_at(n.last + 1)
    {
        return Some(Num::new(n.value + f, 0.0005, n.first, last, false));
    }
    None
}

/// "322 hundred", "sixty hundreds", "3 hundred and 21".
fn hundreds_tail(sc: &Scanner, n: Num) -> Num {
    let hundred = matches!(sc.word(n.last + 1), Some("hundred") | Some("hundreds"));
    // "hundred hundreds" and "hundred and five hundred" are not one number; "322 hundred" is.
    let has_hundreds = n.spelled && n.value >= 100.0;
    if !hundred || has_hundreds || n.fraction || n.value >= 1000.0 {
        return n;
    }
    let mut out = Num {
        value: n.value * 100.0,
        half: n.half * 100.0,
        last: n.last + 1,
        ..n
    };
    let past_and = if sc.word(out.last + 1) == Some("and") {
        out.last + 2
    } else {
        out.last + 1
    };
    // "3 hundred and 0" is two numbers.
    if let Some(rest) = parse_number(sc, past_and)
        && n.is_whole()
        && rest.is_whole()
        && rest.value > 0.0
        && rest.value < 100.0
        && !sc
            .word(rest.last + 1)
            .is_some_and(|w| scale_word(w, true).is_some() || w.starts_with("hundred"))
    {
        out.value += rest.value;
        out.half = 0.5;
        out.last = rest.last;
    }
    out
}

/// "one and a half", "forty two and a third", "one hundred and three quarters".
fn and_fraction(sc: &Scanner, n: Num) -> Num {
    if n.fraction || sc.word(n.last + 1) != Some("and") {
        return n;
    }
    let Some((f, last)) = fraction_phrase(sc, n.last + 2) else {
        return n;
    };
    Num {
        value: n.value + f,
        half: n.half.min(0.05),
        last,
        ..n
    }
}

/// "two dozen", "2 dozens", "half a dozen": twelve of them. "Dozens of" alone is vague.
fn dozens(sc: &Scanner, n: Num) -> Num {
    let dozen = sc
        .word(n.last + 1)
        .is_some_and(|w| matches!(w, "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs"));
    if !dozen {
        return n;
    }
    Num {
        value: n.value * 12.0,
        half: n.half * 12.0,
        last: n.last + 1,
        ..n
    }
}

/// "first", "fifty-first", "hundredth", "ninetieth": an ordinal number word.
fn is_ordinal_word(w: &str) -> bool {
    const ORDINALS: [&str; 22] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "hundredth",
        "thousandth",
        "millionth",
    ];
    let last = w.rsplit('-').next().unwrap_or(w);
    ORDINALS.contains(&last)
        || (last.ends_with("ieth") && small_number_word(&last.replace("ieth", "y")).is_some())
}

/// The denominator a fraction word names, and whether the word is plural.
fn denominator(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "half" => (2.0, false),
        "halves" => (2.0, true),
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" | "fourth" => (4.0, false),
        "quarters" | "fourths" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        "tenth" => (10.0, false),
        "tenths" => (10.0, true),
        _ => return None,
    })
}

/// The numerator before a fraction word: "a", "one", "two" … "nine".
fn numerator(w: &str) -> Option<f64> {
    match w {
        "a" | "an" => Some(1.0),
        _ => small_number_word(w).filter(|n| (1.0..10.0).contains(n)),
    }
}

/// "two thirds", "a quarter", "one half", "three-quarters" at token `i`: the fraction as a
/// proportion (0.75) and the token it ends at. Numerator and denominator agree in number,
/// so "two quarter" is not one.
fn fraction_phrase(sc: &Scanner, i: usize) -> Option<(f64, usize)> {
    let w = sc.word(i)?;
    let (n, (d, plural), last) = match w.split_once('-') {
        Some((a, b)) => (numerator(a)?, denominator(b)?, i),
        None => (numerator(w)?, denominator(sc.word(i + 1)?)?, i + 1),
    };
    ((n > 1.0) == plural).then_some((n / d, last))
}

/// A number at token `i`: digits (with a space-grouped tail), spelled words, "a"/"an" + scale,
/// fraction words, multiplier words.
fn parse_number(sc: &Scanner, i: usize) -> Option<Num> {
    let tok = *sc.toks.get(i)?;
    match tok.kind {
        TokenKind::Number => {
            let text = tok.text(sc.src);
            let (mut value, mut half) = parse_digits(text)?;
            let mut last = i;
            // "1 339,8 mln", "1 414 021 100": plain spaces between digit groups. Taken as one
            // number when several groups follow, a group is "000", or a unit or scale follows.
            if text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
                let mut joined = text.to_string();
                let mut k = i;
                while let Some(next) = sc.toks.get(k + 1) {
                    let next_text = next.text(sc.src);
                    let gap = &sc.src[sc.toks[k].end..next.start];
                    let head_len = next_text.bytes().take_while(u8::is_ascii_digit).count();
                    let group = next.kind == TokenKind::Number
                        && (gap == " " || gap == "\u{a0}")
                        && head_len == 3
                        && !next_text.contains('.')
                        && (next_text.len() == 3 || next_text[3..].starts_with(','));
                    if !group {
                        break;
                    }
                    joined.push_str(next_text);
                    k += 1;
                    if next_text.len() > 3 {
                        break; // a decimal comma ends the number
                    }
                }
                let groups = k - i;
                if groups > 0 {
                    let followed = sc
                        .word(k + 1)
                        .is_some_and(|w| scale_word(w, true).is_some() || unit_word(w).is_some())
                        || matches!(sc.sym(k + 1), Some("%"));
                    let zeros = sc.toks[i + 1].text(sc.src) == "000";
                    if (groups >= 2 || zeros || followed)
                        && let Some((v, h)) = parse_digits(&joined)
                    {
                        value = v;
                        half = h;
                        last = k;
                    }
                }
            }
            Some(Num::new(value, half, i, last, false))
        }
        TokenKind::Word => parse_spelled(sc, i),
        TokenKind::Symbol => None,
    }
}

fn parse_spelled(sc: &Scanner, i: usize) -> Option<Num> {
    let w = sc.word(i)?;
    let big_scale = |k: usize| {
        sc.word(k)
            .is_some_and(|n| matches!(n, "million" | "billion" | "trillion" | "mln" | "bln" | "bn"))
    };
    // "half million", "quarter million": the fraction of a scale.
    if matches!(w, "half" | "quarter") && big_scale(i + 1) {
        let part = if w == "half" { 0.5 } else { 0.25 };
        return Some(Num::new(part, 0.05, i, i, true));
    }
    // "half a million", "half a dozen": value 0.5, scaled by the caller at i+2.
    if w == "half"
        && sc.word(i + 1) == Some("a")
        && sc
            .word(i + 2)
            .is_some_and(|w| scale_word(w, false).is_some() || w == "dozen")
    {
        return Some(Num::new(0.5, 0.05, i, i + 1, true));
    }
    if w == "a" || w == "an" {
        let next = sc.word(i + 1)?;
        // "a million", "a dozen": one, scaled by the caller.
        if matches!(
            next,
            "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" | "dozen"
        ) {
            return Some(Num::new(1.0, 0.5, i, i, true));
        }
        if next == "hundred" {
            let n = parse_spelled_run(sc, i + 1)?;
            return Some(Num { first: i, ..n });
        }
        // "a dollar a day": one of a currency, where nothing compounds the currency word.
        if matches!(next, "dollar" | "euro")
            && sc.word(i + 2).is_none_or(|w| {
                matches!(
                    w,
                    "a" | "per" | "each" | "or" | "and" | "to" | "in" | "for" | "at" | "more"
                )
            })
        {
            return Some(Num::new(1.0, 0.5, i, i, true));
        }
        return None;
    }
    parse_spelled_run(sc, i)
}

/// Scale words a spelled number may hold inside it, singular or plural.
fn inner_scale(w: &str) -> Option<f64> {
    Some(match w.trim_end_matches('s') {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "quadrillion" => 1e15,
        "quintillion" => 1e18,
        "sextillion" => 1e21,
        "lakh" | "lac" | "lkh" => 1e5,
        "crore" | "cr" | "krore" | "koti" => 1e7,
        _ => return None,
    })
}

fn parse_spelled_run(sc: &Scanner, i: usize) -> Option<Num> {
    // A number word (past an "and") comes after token `k`.
    let number_follows = |k: usize| {
        let next = if sc.word(k + 1) == Some("and") {
            k + 2
        } else {
            k + 1
        };
        // The numerator of a fraction ("billion and three quarters") is not.
        sc.word(next)
            .is_some_and(|n| small_number_word(n).is_some() || n == "hundred")
            && sc.word(next + 1).and_then(denominator).is_none()
    };
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = None;
    let mut j = i;
    let mut any = false;
    while let Some(w) = sc.word(j) {
        if let Some(n) = small_number_word(w) {
            // "fifty two", "hundred fifty", "hundred fifty two" are one number; "two three"
            // and "hundred and five twenty two" are two: a place already filled ends it.
            let low = current % 100.0;
            let units_after_tens = low % 10.0 == 0.0 && low >= 20.0 && (1.0..10.0).contains(&n);
            if any && current != 0.0 && low != 0.0 && !units_after_tens {
                break;
            }
            // "… and three quarters": the numerator of a fraction, read by the caller.
            if any && sc.word(j + 1).and_then(denominator).is_some() {
                break;
            }
            current += n;
            any = true;
            last = Some(j);
        } else if (w == "hundred" || (w == "hundreds" && current > 0.0)) && current < 100.0 {
            // "hundred hundreds" is not a number.
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            any = true;
            last = Some(j);
        } else if let Some(scale) = inner_scale(w)
            && (any || number_follows(j))
            && (scale == 1e3 || number_follows(j) || total > 0.0)
        {
            // "two million three hundred thousand", "one billion twenty-five millions": a
            // scale inside a spelled number is folded here; a final one ("three million")
            // is left to the caller, which scales digits the same way. A scale straight
            // after another multiplies it: "three thousand millions", "three lakh crore".
            if current == 0.0 && total > 0.0 {
                total *= scale;
            } else {
                total += if current == 0.0 { 1.0 } else { current } * scale;
            }
            current = 0.0;
            any = true;
            last = Some(j);
        } else if w == "and"
            && any
            && sc
                .word(j + 1)
                .is_some_and(|n| small_number_word(n).is_some())
        {
            // "two hundred and fifty"
        } else {
            break;
        }
        j += 1;
    }
    let last = last?;
    let value = total + current;
    // The caller applies million/billion; precision is half of the smallest stated unit.
    let half = if value >= 1000.0 && value % 1000.0 == 0.0 {
        let zeros = (value as u64)
            .to_string()
            .bytes()
            .rev()
            .take_while(|b| *b == b'0')
            .count();
        0.5 * 10f64.powi(zeros as i32)
    } else {
        0.5
    };
    Some(Num::new(value, half, i, last, true))
}

/// Fraction phrases ("a quarter of", "half of", "two-thirds of") and multiplier words
/// ("doubled", "sevenfold"), which the digit scanner does not see.
fn find_word_quantities(sc: &Scanner) -> Vec<Quantity> {
    let mut out = Vec::new();
    for i in 0..sc.toks.len() {
        let Some(w) = sc.word(i) else { continue };
        if let Some(m) = multiplier_word(w) {
            // "double-digit", "double taxation" are adjectives, not changes.
            if w == "double" || w == "triple" {
                continue;
            }
            out.push(word_quantity(sc, i, i, m, 0.0, Unit::Multiplier, false));
            continue;
        }
        // The fraction ending at token i: "two-thirds", "a quarter", "two thirds", or a
        // bare singular ("half of").
        let (frac, first, numbered, plural) = if w.contains('-') {
            let Some((f, _)) = fraction_phrase(sc, i) else {
                continue;
            };
            (f, i, true, true)
        } else if let Some((d, plural)) = denominator(w) {
            match i.checked_sub(1).and_then(|p| fraction_phrase(sc, p)) {
                Some((f, _)) => (f, i - 1, true, plural),
                None if !plural => (1.0 / d, i, false, false),
                None => continue,
            }
        } else {
            continue;
        };
        let prev = sc.word(i.wrapping_sub(1));
        // "first half", "second quarter", "third quarter" are periods; "one third" is a fraction.
        if !numbered
            && prev.is_some_and(|p| {
                matches!(
                    p,
                    "first" | "second" | "third" | "fourth" | "last" | "latter" | "this" | "the"
                )
            })
        {
            continue;
        }
        let next = sc.word(i + 1);
        let of_follows = matches!(next, Some("of") | Some("the") | Some("its") | Some("their"));
        // "fell by a quarter in 2024", "fell by half": a change verb before makes it a
        // quantity too.
        let by_half = !numbered && w == "half" && prev == Some("by");
        let as_change = (numbered || by_half) && change_before(sc, first).is_some();
        // "two quarters" alone is a span of time ("over the past two quarters").
        // A plural ("two thirds") is a fraction wherever it stands; "a third" before a noun
        // is an ordinal ("a third year").
        let alone = numbered && (next.is_none() || plural) && !(plural && w.starts_with("quarter"));
        if !(of_follows || alone || as_change) {
            continue;
        }
        let frac = frac * 100.0;
        out.push(word_quantity(sc, first, i, frac, 0.5, Unit::Percent, true));
    }
    out
}

/// A bound written after the number ending at token `last`: "or more", "and above", "or
/// less", "or fewer", "or so". Returns the hedge and the token the span then ends at.
fn bound_after(sc: &Scanner, last: usize) -> Option<(Hedge, usize)> {
    let joiner = sc.word(last + 1)?;
    let h = match (joiner, sc.word(last + 2)?) {
        ("or", "so") => Hedge::Approx,
        ("or" | "and", "more" | "above" | "greater" | "higher" | "over") => Hedge::AtLeast,
        ("or", "less" | "fewer" | "below" | "under" | "lower") => Hedge::AtMost,
        _ => return None,
    };
    // "or less than 6000", "and over 2.4": the next figure's bound, not this one's.
    let next_figure = sc.word(last + 3) == Some("than")
        || sc.toks.get(last + 3).is_some_and(|t| {
            t.kind == TokenKind::Number || currency_symbol(t.text(sc.src)).is_some()
        });
    (!next_figure).then_some((h, last + 2))
}

/// A comparison sign before token `first`: ">", "<", "≥", "≤", ">=", "< =". Returns the
/// hedge and the token where the span then starts.
fn comparison_sign_before(sc: &Scanner, first: usize) -> Option<(Hedge, usize)> {
    let mut k = first.checked_sub(1)?;
    let or_equal = sc.sym(k) == Some("=");
    if or_equal {
        k = k.checked_sub(1)?;
    }
    let h = match (sc.sym(k)?, or_equal) {
        (">", false) => Hedge::MoreThan,
        (">", true) | ("≥", false) => Hedge::AtLeast,
        ("<", false) => Hedge::LessThan,
        ("<", true) | ("≤", false) => Hedge::AtMost,
        _ => return None,
    };
    // "<>30", "=>30" are not comparisons.
    let sign_alone = k == 0 || !matches!(sc.sym(k - 1), Some("<") | Some(">") | Some("="));
    sign_alone.then_some((h, k))
}

/// The hedge written just before token `first` ("nearly", "more than", "only") and the
/// token where the quantity's span then starts.
fn hedge_before(sc: &Scanner, first: usize) -> (usize, Hedge) {
    let before = sc.words_before(first, 5);
    let matches = |words: &[&str]| {
        words.len() <= before.len()
            && words
                .iter()
                .rev()
                .enumerate()
                .all(|(k, w)| before[k].1 == *w)
    };
    // The longest wording wins: "no more than" is at most, though it ends in "more than".
    HEDGES
        .iter()
        .filter(|(words, _)| matches(words))
        .max_by_key(|(words, _)| words.len())
        .map_or((first, Hedge::None), |(words, h)| {
            (before[words.len() - 1].0, *h)
        })
}

/// "fell by", "grew by": the direction of a change stated just before token `first`.
fn change_before(sc: &Scanner, first: usize) -> Option<Direction> {
    let before = sc.words_before(first, 3);
    // "fell from $659", "rose to $1.45 billion": the figure is a level, not the change.
    if before
        .first()
        .is_some_and(|(_, w)| matches!(*w, "from" | "to"))
    {
        return None;
    }
    for (k, (_, w)) in before.iter().enumerate() {
        // "makes up 22%" is a share, not a rise.
        let make = before
            .get(k + 1)
            .is_some_and(|(_, v)| matches!(*v, "make" | "makes" | "made" | "making"));
        if *w == "up" && make {
            return None;
        }
        if CHANGE_UP.contains(w) {
            return Some(Direction::Up);
        }
        if CHANGE_DOWN.contains(w) {
            return Some(Direction::Down);
        }
    }
    None
}

fn word_quantity(
    sc: &Scanner,
    first: usize,
    last: usize,
    value: f64,
    half_unit: f64,
    unit: Unit,
    fraction: bool,
) -> Quantity {
    let (first, hedge) = hedge_before(sc, first);
    let direction = if unit == Unit::Multiplier {
        Some(if value < 1.0 {
            Direction::Down
        } else {
            Direction::Up
        })
    } else {
        change_before(sc, first)
    };
    let value = if direction == Some(Direction::Down) && unit == Unit::Percent {
        -value
    } else {
        value
    };
    Quantity {
        start: sc.toks[first].start,
        end: sc.toks[last].end,
        value,
        half_unit,
        unit,
        hedge,
        range: None,
        direction,
        fraction,
        bare: false,
    }
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
    join_bounds(src, all)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_period_shorthand_is_no_figure() {
        let qs = extract_quantities("in 6M23, 1,930,483 tourist visits took place");
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].value, 1_930_483.0);
        assert!(extract_quantities("in 2Q2023 arrivals").is_empty());
    }

    #[test]
    fn minor_units_notation_and_yen() {
        let q = |t: &str| {
            let q = extract_quantities(t).remove(0);
            (q.value, q.unit)
        };
        let (v, u) = q("egg prices averaged 64.2 cents");
        assert!((v - 0.642).abs() < 1e-12 && u == Unit::Usd, "{v} {u:?}");
        let (v, u) = q("a share was worth 470 pence");
        assert!((v - 4.7).abs() < 1e-12 && u == Unit::Gbp, "{v} {u:?}");
        let (v, u) = q("a ticket costs 50 tetri");
        assert!((v - 0.5).abs() < 1e-12 && u == Unit::Gel, "{v} {u:?}");
        assert_eq!(q("exports of USD 1.2e9"), (1.2e9, Unit::Usd));
        assert_eq!(q("a ¥2 trillion package"), (2e12, Unit::Jpy));
    }

    #[test]
    fn hyphenated_scales_units_and_basis_points() {
        let q = |t: &str| {
            let q = extract_quantities(t).remove(0);
            (q.value, q.unit)
        };
        assert_eq!(q("a $2.4-billion deal"), (2.4e9, Unit::Usd));
        assert_eq!(q("a $500-million loan"), (500e6, Unit::Usd));
        assert_eq!(q("a 10-percent increase"), (10.0, Unit::Percent));
        assert_eq!(q("a 2.5-fold rise"), (2.5, Unit::Multiplier));
        let (v, u) = q("the bank cut rates by 50 basis points");
        assert!(
            (v - 0.5).abs() < 1e-12 && u == Unit::PercentagePoints,
            "{v} {u:?}"
        );
        let (v, u) = q("a 25 bps hike");
        assert!(
            (v - 0.25).abs() < 1e-12 && u == Unit::PercentagePoints,
            "{v} {u:?}"
        );
        // A range keeps its hyphen; a duration stays no quantity.
        assert_eq!(extract_quantities("5-7%")[0].range, Some((5.0, 7.0)));
        assert!(extract_quantities("a 10-year plan").is_empty());
    }

    #[test]
    fn amounts_written_in_two_scales_are_one() {
        let v = |t: &str| extract_quantities(t)[0].value;
        assert_eq!(v("$2 billion 487 million"), 2_487_000_000.0);
        assert_eq!(v("$14 bln 28 mln"), 14_028_000_000.0);
        assert_eq!(v("USD 7 billion 580 million"), 7_580_000_000.0);
        assert_eq!(v("2 million 514.2 thousand visits"), 2_514_200.0);
        // Another figure after a scale stays another figure.
        assert_eq!(extract_quantities("$2 billion 2023 was a year").len(), 1);
    }

    fn one(s: &str) -> Quantity {
        let qs = extract_quantities(s);
        assert_eq!(qs.len(), 1, "{s:?} gave {qs:?}");
        qs.into_iter().next().unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn money_with_scale_and_symbol() {
        let q = one("Trade turnover reached $2.4 billion.");
        assert!(close(q.value, 2.4e9));
        assert!(close(q.half_unit, 0.05e9));
        assert_eq!(q.unit, Unit::Usd);
        assert_eq!(
            &"Trade turnover reached $2.4 billion."[q.start..q.end],
            "$2.4 billion"
        );
    }

    #[test]
    fn news_money_forms() {
        for (s, v, u) in [
            ("USD 1,339.8 million", 1339.8e6, Unit::Usd),
            ("$ 75 million", 75e6, Unit::Usd),
            ("1 339,8 mln dollars", 1339.8e6, Unit::Usd),
            ("GEL 93.0 bn", 93e9, Unit::Gel),
            ("Rs 1,200 crore", 1.2e10, Unit::Inr),
            ("€40m", 40e6, Unit::Eur),
            ("US$3.5bn", 3.5e9, Unit::Usd),
            ("2.4 billion dollars", 2.4e9, Unit::Usd),
            ("500 million lari", 500e6, Unit::Gel),
        ] {
            let q = one(s);
            assert!(close(q.value, v), "{s}: {}", q.value);
            assert_eq!(q.unit, u, "{s}");
            assert_eq!(q.end - q.start, s.len(), "{s}: span");
        }
    }

    #[test]
    fn percents_and_points() {
        assert_eq!(one("9.4 per cent").unit, Unit::Percent);
        assert!(close(one("9.4 per cent").value, 9.4));
        let pp = one("rose 0.5 percentage points");
        assert_eq!(pp.unit, Unit::PercentagePoints);
        assert!(close(pp.value, 0.5));
        assert!(close(one("-1").value, -1.0));
        assert!(close(one(" -9.2321312").value, -9.2321312));
        let neg = one("GDP changed -2.1% in 2020");
        assert!(close(neg.value, -2.1));
        let down = one("exports were down 3% year-on-year");
        assert!(close(down.value, -3.0));
        assert_eq!(down.direction, Some(Direction::Down));
        assert_eq!(one("the EU makes up only 22%").direction, None);
        // "from X" and "to X" are levels on either side of a change, not the change.
        assert!(close(
            one("the price has fallen from $659 in October").value,
            659.0
        ));
        assert!(close(one("net fell sharply to $1.40 a share").value, 1.4));
        let up = one("increased by 12.5%");
        assert_eq!(up.direction, Some(Direction::Up));
    }

    #[test]
    fn rounding_half_units() {
        assert!(close(one("200,000 tourists").half_unit, 50_000.0));
        assert!(close(one("33%").half_unit, 0.5));
        assert!(close(one("1.4 million").half_unit, 50_000.0));
        assert!(close(one("2,530 trips").half_unit, 5.0));
    }

    #[test]
    fn hedges_are_part_of_the_span() {
        let s = "by 2024, it had already exceeded 1.4 million.";
        let q = one(s);
        assert_eq!(q.hedge, Hedge::MoreThan);
        assert_eq!(&s[q.start..q.end], "exceeded 1.4 million");
        for (s, h) in [
            ("nearly 30%", Hedge::Nearly),
            ("almost 30%", Hedge::Nearly),
            ("just under 30%", Hedge::Nearly),
            ("more than 30%", Hedge::MoreThan),
            ("over 30%", Hedge::MoreThan),
            ("above 30%", Hedge::MoreThan),
            ("about 30%", Hedge::Approx),
            ("around 30%", Hedge::Approx),
            ("roughly 30%", Hedge::Approx),
            ("some 300", Hedge::Approx),
            ("at least 30%", Hedge::AtLeast),
            ("up to 30%", Hedge::AtMost),
            ("under 30%", Hedge::LessThan),
            ("less than 30%", Hedge::LessThan),
            ("only 22%", Hedge::None),
            ("30% or more", Hedge::AtLeast),
        ] {
            let q = one(s);
            assert_eq!(q.hedge, h, "{s}");
            assert_eq!(&s[q.start..q.end], s, "{s}");
        }
    }

    #[test]
    fn fractions_of_a_whole() {
        let s = "Russians account for nearly a quarter of the tourist flow";
        let q = one(s);
        assert!(close(q.value, 25.0));
        assert_eq!(q.unit, Unit::Percent);
        assert_eq!(q.hedge, Hedge::Nearly);
        assert!(q.fraction);
        assert_eq!(&s[q.start..q.end], "nearly a quarter");
        assert!(close(one("two-thirds of exports").value, 200.0 / 3.0));
        assert!(close(one("half of all visitors").value, 50.0));
    }

    #[test]
    fn fractions_as_changes() {
        let q = one("exports fell by a quarter in 2024");
        assert!(close(q.value, -25.0));
        assert_eq!(q.direction, Some(Direction::Down));
        assert_eq!(
            one("turnover grew by a third").direction,
            Some(Direction::Up)
        );
    }

    #[test]
    fn periods_are_not_fractions() {
        nothing_in("in the first half of 2024");
        nothing_in("in the third quarter");
    }

    #[test]
    fn the_longest_hedge_wording_wins() {
        assert_eq!(one("no more than 7 euros").hedge, Hedge::AtMost);
        assert_eq!(one("not more than 7%").hedge, Hedge::AtMost);
        assert_eq!(one("no less than 7%").hedge, Hedge::AtLeast);
        assert_eq!(one("more than 7%").hedge, Hedge::MoreThan);
        assert_eq!(one("lower than 7€").hedge, Hedge::LessThan);
    }

    #[test]
    fn ranges_keep_between_and_both_units() {
        let q = one("prices between 10 dollars and 20 dollars");
        assert_eq!(
            (q.value, q.unit, q.range),
            (15.0, Unit::Usd, Some((10.0, 20.0)))
        );
        let s = "growth of between 20 and 30 percent";
        let q = one(s);
        assert_eq!(&s[q.start..q.end], "between 20 and 30 percent");
        let q = one("about $10-$20 each");
        assert_eq!((q.value, q.range), (15.0, Some((10.0, 20.0))));
    }

    #[test]
    fn currency_signs_after_the_number_and_us_dollar_prefix() {
        let q = one("a ticket costs 100₾ now");
        assert_eq!((q.value, q.unit), (100.0, Unit::Gel));
        let q = one("Banknotes of 50 € circulate");
        assert_eq!((q.value, q.unit), (50.0, Unit::Eur));
        let q = one("a US $ 150 million loan");
        assert_eq!((q.value, q.unit), (150e6, Unit::Usd));
        assert!(q.start < 3, "span starts at US: {q:?}");
    }

    #[test]
    fn spelled_numbers_across_scales() {
        let v = |s: &str| one(s).value;
        assert!(close(
            v("fifty-three billion two hundred forty-three thousand seven hundred twenty-four"),
            53_000_243_724.0
        ));
        assert!(close(v("twenty-one trillion three hundred"), 21e12 + 300.0));
        assert!(close(
            v("one billion twenty-five millions"),
            1_025_000_000.0
        ));
        assert!(close(v("thousand nine hundred twenty"), 1920.0));
        assert!(close(v("three million tourists"), 3e6));
        assert!(close(v("a million and a half tourists"), 1.5e6));
    }

    #[test]
    fn spelled_numbers() {
        assert!(close(one("fifty two visitors").value, 52.0));
        assert!(close(one("fifty   two").value, 52.0));
        assert_eq!(extract_quantities("two three").len(), 2);
        assert!(close(one("two hundred thousand visitors").value, 200_000.0));
        assert!(close(one("a million and a half tourists").value, 1.5e6));
        assert!(close(one("twenty-five percent").value, 25.0));
        assert!(close(one("three million tourists").value, 3e6));
        assert!(close(one("half a million tourists").value, 5e5));
    }

    #[test]
    fn space_grouped_numbers() {
        assert!(close(
            one("China's population is 1 414 021 100.").value,
            1_414_021_100.0
        ));
        assert!(close(one("some 40 000 visitors").value, 40_000.0));
        // A year then a count stays two numbers ("in 2021 200 people" is rare but real).
        assert_eq!(extract_quantities("in 2021 250 tourists").len(), 1);
    }

    #[test]
    fn and_a_half_and_bare_fraction_scales() {
        assert!(close(one("one and a half million tourists").value, 1.5e6));
        assert!(close(one("5 and a half million tourists").value, 5.5e6));
        assert!(close(one("half million tourists").value, 5e5));
        assert!(close(one("a quarter million tourists").value, 2.5e5));
    }

    #[test]
    fn multipliers() {
        let q = one("exports grew sevenfold");
        assert_eq!(q.unit, Unit::Multiplier);
        assert!(close(q.value, 7.0));
        assert!(close(one("2.5 times").value, 2.5));
        assert_eq!(one("turnover doubled").unit, Unit::Multiplier);
    }

    #[test]
    fn ranges() {
        let q = one("growth of 7-9%");
        assert_eq!(q.range, Some((7.0, 9.0)));
        let q = one("between 20 and 30 percent");
        assert_eq!(q.range, Some((20.0, 30.0)));
        nothing_in("in 2021-2024 the");
    }

    #[test]
    fn non_quantities_yield_nothing() {
        for s in [
            "in 2014",
            "Two years ago, we restored flights",
            "the Fourth CIS Department",
            "the 4th department",
            "- 1 BBC investigation",
            "3. Next item",
            "At one time, rapprochement",
            "on 15 December",
            "one of the reasons",
            "the 2,000-year-old monastery",
            "after COVID-19 restrictions",
            "A Boeing 737 landed",
            "Article 5 of the law",
            "The G7 summit",
            "landed at 10:30 today",
            "a 5-star hotel",
        ] {
            nothing_in(s);
        }
    }

    #[test]
    fn numbers_inside_urls_are_not_quantities() {
        assert!(
            extract_quantities("see https://www.test.com/search?q=30%25%2020% for more").is_empty()
        );
        assert!(
            extract_quantities("source: civil.ge/archives/707546 and www.geostat.ge/en/2024")
                .is_empty()
        );
        assert_eq!(
            extract_quantities("https://x.org says exports rose 5%").len(),
            1
        );
    }

    #[test]
    fn percent_word_forms_and_minus() {
        for (s, v) in [
            ("100 percentage", 100.0),
            ("one hundred percents", 100.0),
            ("minus five percent", -5.0),
        ] {
            let q = one(s);
            assert_eq!(q.unit, Unit::Percent, "{s}");
            assert!(close(q.value, v), "{s}: {}", q.value);
            assert_eq!(&s[q.start..q.end], s);
        }
    }

    #[test]
    fn numbers_after_lowercase_words_still_count() {
        assert_eq!(extract_quantities("it received 737 visitors").len(), 1);
        assert_eq!(extract_quantities("Russians made 200,000 trips").len(), 1);
        assert_eq!(extract_quantities("a tenfold rise").len(), 1);
        assert_eq!(extract_quantities("About 300 people came").len(), 1);
    }

    fn nothing_in(s: &str) {
        let found = extract_quantities(s);
        assert!(found.is_empty(), "{s}: {found:?}");
    }

    /// The whole text is one quantity of this value.
    fn whole(s: &str, v: f64) -> Quantity {
        let q = one(s);
        assert!(close(q.value, v), "{s}: {} != {v}", q.value);
        assert_eq!(&s[q.start..q.end], s.trim(), "{s}");
        q
    }

    #[test]
    fn fractions_written_in_digits() {
        // A fraction on its own is a share, as "a quarter" is.
        let q = whole("3/4", 75.0);
        assert_eq!((q.unit, q.fraction), (Unit::Percent, true));
        whole("-4/5", -80.0);
        assert_eq!(whole("2 1/4", 2.25).unit, Unit::Count);
        // Dates and fiscal years are not fractions.
        assert!(
            extract_quantities("on 5/17/2018")
                .iter()
                .all(|q| !q.fraction)
        );
        assert!(
            extract_quantities("in 2023/24 the budget")
                .iter()
                .all(|q| !q.fraction)
        );
    }

    #[test]
    fn spelled_fractions_alone_are_shares() {
        for (s, v) in [
            ("two thirds", 200.0 / 3.0),
            ("a half", 50.0),
            ("one fourth", 25.0),
            ("a fifth", 20.0),
        ] {
            let q = whole(s, v);
            assert_eq!((q.unit, q.fraction), (Unit::Percent, true), "{s}");
        }
        let q = one("three quarters of exports");
        assert_eq!((q.unit, q.value), (Unit::Percent, 75.0));
        // Quarters of a year are periods, not fractions.
        nothing_in("over the past two quarters");
        nothing_in("for a third year");
    }

    #[test]
    fn fractions_joined_to_whole_numbers_and_scales() {
        for (s, v) in [
            ("one and a fourth", 1.25),
            ("forty two and a third", 42.0 + 1.0 / 3.0),
            ("one hundred and three quarters", 100.75),
            ("five billion and three quarters", 5.75e9),
            ("They have 3 million and a quarter", 3.25e6),
            ("two million and one half", 2.5e6),
            ("one billion and a half million", 1.0005e9),
            ("two thirds of a million", 2e6 / 3.0),
            ("three quarters billion", 7.5e8),
        ] {
            let q = one(s);
            assert!(close(q.value, v), "{s}: {}", q.value);
            assert_eq!(q.unit, Unit::Count, "{s}");
            assert!(s.ends_with(&s[q.start..q.end]), "{s}");
        }
    }

    #[test]
    fn spoken_decimals() {
        for (s, v) in [
            ("two point two million", 2.2e6),
            ("zero point five", 0.5),
            ("minus two point five", -2.5),
            ("two hundred point zero three", 200.03),
            ("two hundred point seventy-one", 200.71),
            ("1 point 1", 1.1),
            ("point 77", 0.77),
            (".08", 0.08),
        ] {
            whole(s, v);
        }
        let q = one("At one point 300 people waited");
        assert_eq!(q.value, 300.0);
    }

    #[test]
    fn dozens_and_hundreds_after_a_number() {
        for (s, v) in [
            ("two dozen", 24.0),
            ("2 dozens", 24.0),
            ("half a dozen", 6.0),
            ("a dozen", 12.0),
            ("322 hundred", 32_200.0),
            ("sixty hundreds", 6_000.0),
            ("3 hundred and 21", 321.0),
            ("4 thousand 3 hundred and 21", 4_321.0),
        ] {
            whole(s, v);
        }
        nothing_in("dozens of tourists");
    }

    #[test]
    fn indian_and_compound_scales() {
        for (s, v) in [
            ("three lakh crore", 3e12),
            ("three thousand millions", 3e9),
            ("30 lkh", 3e6),
            ("three hundred krores", 3e9),
            (
                "three cr twelve lac fifty-six thousand seven hundred twenty-one",
                31_256_721.0,
            ),
            ("6 crore and two hundred", 60_000_200.0),
        ] {
            whole(s, v);
        }
    }

    #[test]
    fn currency_codes_and_signs_in_more_places() {
        for (s, v, u) in [
            ("us $ 10 billion", 1e10, Unit::Usd),
            ("u.s $ 100,000,000", 1e8, Unit::Usd),
            ("2.75US$", 2.75, Unit::Usd),
            ("20Rs", 20.0, Unit::Inr),
            ("75 USD million", 75e6, Unit::Usd),
            ("30 MUSD", 30e6, Unit::Usd),
            ("120 MEUR", 120e6, Unit::Eur),
            ("US$ 1MM", 1e6, Unit::Usd),
        ] {
            assert_eq!(whole(s, v).unit, u, "{s}");
        }
        assert_eq!(one("it costs a dollar").unit, Unit::Usd);
        assert!(close(one("2mil").value, 2e6));
        assert!(close(one("2.33 k").value, 2330.0));
    }

    #[test]
    fn minus_and_negative_words() {
        whole("minus one", -1.0);
        whole("negative one", -1.0);
        whole("minus five point five", -5.5);
    }

    #[test]
    fn a_number_alone_with_a_full_stop_is_not_list_numbering() {
        assert_eq!(one("192.").value, 192.0);
    }

    #[test]
    fn slash_joined_numbers_that_are_no_fraction_are_not_quantities() {
        for s in ["in 2023/24", "open 24/7", "on 5/17/2018", "1/0"] {
            nothing_in(s);
        }
    }

    #[test]
    fn ordinals_glued_to_a_hyphenated_noun_are_not_quantities() {
        nothing_in("21st-century telescopes");
    }

    #[test]
    fn sign_after_the_currency_and_trillions_after_money() {
        assert_eq!(one("revenue of $-99.99").value, -99.99);
        assert!(close(one("GDP is $2.174T.").value, 2.174e12));
        assert_eq!(one("278,000 t of grain").value, 278_000.0);
    }

    #[test]
    fn plural_fractions_before_a_word_are_still_fractions() {
        let q = one("three halves fractional");
        assert_eq!((q.unit, q.value), (Unit::Percent, 150.0));
        nothing_in("for a third year");
    }

    #[test]
    fn bounds_written_in_words_signs_and_tails() {
        for (s, h) in [
            ("greater than 4,565", Hedge::MoreThan),
            ("less than or equal to 100", Hedge::AtMost),
            ("equal to or more than 30", Hedge::AtLeast),
            ("five hundred or less", Hedge::AtMost),
            ("five hundred and more", Hedge::AtLeast),
            ("200 or greater", Hedge::AtLeast),
            ("> 10", Hedge::MoreThan),
            (">= 30", Hedge::AtLeast),
            ("surpass 3000", Hedge::MoreThan),
        ] {
            let q = one(s);
            assert_eq!(q.hedge, h, "{s}");
            assert_eq!(&s[q.start..q.end], s, "{s}");
        }
        assert_eq!(one("<-30").value, -30.0);
        // "5000 or less than 6000": the tail is the next figure's bound.
        assert_eq!(
            extract_quantities("5000 or less than 6000")[0].hedge,
            Hedge::None
        );
        assert!(
            extract_quantities("<>30")
                .iter()
                .all(|q| q.hedge == Hedge::None)
        );
    }

    #[test]
    fn ranges_without_a_unit_unless_they_join_years() {
        assert_eq!(one("between 20 and 30").range, Some((20.0, 30.0)));
        assert_eq!(one("1000-5000").range, Some((1000.0, 5000.0)));
        assert_eq!(one("5k-20k").range, Some((5000.0, 20000.0)));
        assert_eq!(one("20~100").range, Some((20.0, 100.0)));
        assert_eq!(one("20 through 100").range, Some((20.0, 100.0)));
        nothing_in("in 2021-2024 the");
        nothing_in("1995-01");
    }

    #[test]
    fn a_lower_and_an_upper_bound_joined_are_one_range() {
        let s = "greater than 100 and smaller than 300";
        let q = one(s);
        assert_eq!((q.range, q.hedge), (Some((100.0, 300.0)), Hedge::None));
        assert_eq!(&s[q.start..q.end], s);
        assert_eq!(
            one("at most 100 and at least 20").range,
            Some((20.0, 100.0))
        );
        // Bounds that cross are two figures.
        assert_eq!(extract_quantities("More than 40 and less than 10").len(), 2);
    }

    #[test]
    fn a_written_sign_belongs_to_the_first_end_of_a_range() {
        assert_eq!(
            one("between negative ten and fifteen").range,
            Some((-10.0, 15.0))
        );
        assert_eq!(one("exports fell 5-7%").range, Some((-7.0, -5.0)));
    }

    #[test]
    fn spelled_numbers_that_end_in_an_ordinal_are_ordinals() {
        for s in [
            "twenty-three thousand four hundred fifty-first",
            "one thousand two hundred thirty-fourth",
            "the nine hundred ninetieth",
        ] {
            nothing_in(s);
        }
    }

    #[test]
    fn a_filled_place_ends_a_spelled_number() {
        let values: Vec<f64> = extract_quantities("hundred and five twenty two")
            .iter()
            .map(|q| q.value)
            .collect();
        assert_eq!(values, [105.0, 22.0]);
        assert_eq!(
            extract_quantities("hundred and five hundred and six").len(),
            2
        );
        assert!(close(
            one("seven quadrillion six hundred fifty-four trillion").value,
            7.654e15
        ));
    }

    #[test]
    fn one_in_five_is_a_share() {
        for (s, v) in [
            ("one in five tourists", 20.0),
            ("3 out of 10 visitors", 30.0),
            ("two out of five hundred", 0.4),
        ] {
            let q = one(s);
            assert_eq!((q.unit, q.fraction), (Unit::Percent, true), "{s}");
            assert!(close(q.value, v), "{s}: {}", q.value);
        }
        // A year, a span of time, or a larger first number: no share.
        assert!(
            extract_quantities("sold 5 in 2024")
                .iter()
                .all(|q| !q.fraction)
        );
        assert!(
            extract_quantities("up 3 in 10 years")
                .iter()
                .all(|q| !q.fraction)
        );
        assert!(
            extract_quantities("a 3 in 1 printer")
                .iter()
                .all(|q| !q.fraction)
        );
    }

    #[test]
    fn the_two_countries_names_them_and_counts_nothing() {
        nothing_in("trade between the two countries grew");
        nothing_in("these three partners");
        assert_eq!(one("the two million tourists").value, 2e6);
    }

    #[test]
    fn changes_by_a_factor_by_half_and_in_pc() {
        let q = one("Exports increased by a factor of three in 2023.");
        assert_eq!((q.unit, q.value), (Unit::Multiplier, 3.0));
        let q = one("Imports fell by half in 2022.");
        assert_eq!(
            (q.unit, q.value, q.direction),
            (Unit::Percent, -50.0, Some(Direction::Down))
        );
        assert_eq!(one("Remittances grew 15pc in 2023.").unit, Unit::Percent);
        nothing_in("in the first half of 2024");
    }

    #[test]
    fn a_bound_word_before_the_next_figure_is_that_figures() {
        let qs = extract_quantities("exports of 339 and over 2.4 percent");
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert_eq!((qs[0].hedge, qs[1].hedge), (Hedge::None, Hedge::MoreThan));
        assert!(qs[0].end <= qs[1].start);
        // The input the property test found: spans never overlap.
        let qs = extract_quantities("1 339,8 and over 2.4 trade trade");
        assert!(qs.windows(2).all(|w| w[0].end <= w[1].start), "{qs:?}");
    }

    #[test]
    fn a_plus_sign_states_a_rise() {
        let qs = extract_quantities("Exports totaled $6.1 billion (+8.4%), imports +0.4%");
        assert_eq!(qs.len(), 3, "{qs:?}");
        assert_eq!((qs[1].value, qs[1].direction), (8.4, Some(Direction::Up)));
        assert_eq!(qs[2].direction, Some(Direction::Up));
    }

    #[test]
    fn decimal_and_grouping_marks() {
        assert_eq!(parse_digits("1,339.8"), Some((1339.8, 0.05)));
        assert_eq!(parse_digits("339,8"), Some((339.8, 0.05)));
        assert_eq!(parse_digits("2,400"), Some((2400.0, 50.0)));
        assert_eq!(parse_digits("1.339.800"), Some((1339800.0, 50.0)));
        assert_eq!(parse_digits("1.339,8"), Some((1339.8, 0.05)));
        assert_eq!(parse_digits("0,5"), Some((0.5, 0.05)));
    }
}
