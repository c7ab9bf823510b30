//! Numbers as written before their unit: digits with decimals and fractions, spelled
//! numbers ("twenty-three thousand"), fraction and multiplier words ("a quarter", "doubled").

use super::*;

/// A number as written, before its unit: value, precision and the tokens it spans.
#[derive(Debug, Clone, Copy)]
pub(super) struct Num {
    pub(super) value: f64,
    /// Half a unit of the last stated digit.
    pub(super) half: f64,
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) spelled: bool,
    /// Written as a fraction: "3/4", "two thirds of a million", "and a half".
    pub(super) fraction: bool,
}

impl Num {
    pub(super) fn new(value: f64, half: f64, first: usize, last: usize, spelled: bool) -> Self {
        Num {
            value,
            half,
            first,
            last,
            spelled,
            fraction: false,
        }
    }

    pub(super) fn is_whole(&self) -> bool {
        !self.fraction && self.value.fract() == 0.0
    }
}

/// A number at token `i` with what completes it: spoken decimals ("two point five"),
/// fractions ("3/4", "2 1/4", "and a third"), "hundred" after a number ("322 hundred",
/// "3 hundred and 21") and dozens. Scale words and units are left to the caller.
pub(super) fn parse_amount(sc: &Scanner, i: usize) -> Option<Num> {
    if let Some(n) = leading_decimal(sc, i) {
        return Some(n);
    }
    // "¾", "½": a fraction written as one character, a share as "3/4" is.
    if let Some(v) = sc.sym(i).and_then(vulgar_fraction) {
        // The share is read in percent later; its reach, in the fraction's own units.
        let mut n = Num::new(v, round_fraction_half(v) / 100.0, i, i, false);
        n.fraction = true;
        return Some(n);
    }
    // "half a percentage point", "half a percent": the fraction is the amount of the unit.
    if sc.word(i) == Some("half") && sc.word(i + 1) == Some("a") && percent_word_at(sc, i + 2) {
        return Some(Num::new(0.5, 0.05, i, i + 1, true));
    }
    if let Some((f, last)) = fraction_phrase(sc, i) {
        // "three quarters billion", "two thirds of a million": a fraction of a scale. A
        // fraction alone is a share, which the word scanner reads with its context.
        let of_a = sc.word(last + 1) == Some("of") && sc.word(last + 2) == Some("a");
        let scale_at = if of_a { last + 3 } else { last + 1 };
        // "a quarter of a percentage point": the unit reads the words after "a".
        if of_a && percent_word_at(sc, scale_at) {
            return Some(Num::new(f, 0.05 * f.min(1.0), i, scale_at - 1, true));
        }
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

/// "percentage point(s)", "percent", "per cent" at token `k`; "point" alone, as rates are
/// written ("a tenth of a point lower").
fn percent_word_at(sc: &Scanner, k: usize) -> bool {
    match sc.word(k) {
        Some("percentage") => matches!(sc.word(k + 1), Some("point" | "points")),
        Some("point") => true,
        Some("percent") => true,
        Some("per") => sc.word(k + 1) == Some("cent"),
        _ => false,
    }
}

/// How far a fraction written as words reaches: half the way to the nearest other round
/// fraction writers use (halves, thirds, quarters, fifths, tenths). "A quarter" covers
/// 22.5–27.5% (a fifth lies 5 points below), "half" 45–55%, "a third" 30–36.7%: the
/// rounding of a spoken figure, as "33%" covers 32.5–33.5%. In percentage points.
pub(super) fn round_fraction_half(f: f64) -> f64 {
    const ROUND: [f64; 11] = [
        0.1,
        0.2,
        0.25,
        1.0 / 3.0,
        0.4,
        0.5,
        0.6,
        2.0 / 3.0,
        0.75,
        0.8,
        0.9,
    ];
    let nearest = ROUND
        .iter()
        .chain([0.0, 1.0].iter())
        .map(|r| (r - f).abs())
        .filter(|d| *d > 1e-9)
        .fold(f64::INFINITY, f64::min);
    // In points, to the nanopoint: 2.5, not binary's 2.4999999999999996.
    (nearest * 50.0 * 1e9).round() / 1e9
}

/// The value of a vulgar fraction character (Unicode's "Number Forms").
fn vulgar_fraction(sign: &str) -> Option<f64> {
    Some(match sign {
        "½" => 1.0 / 2.0,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 1.0 / 4.0,
        "¾" => 3.0 / 4.0,
        "⅕" => 1.0 / 5.0,
        "⅖" => 2.0 / 5.0,
        "⅗" => 3.0 / 5.0,
        "⅘" => 4.0 / 5.0,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 1.0 / 8.0,
        "⅜" => 3.0 / 8.0,
        "⅝" => 5.0 / 8.0,
        "⅞" => 7.0 / 8.0,
        "⅒" => 1.0 / 10.0,
        _ => return None,
    })
}

/// "one in five", "3 out of 10": a share as news states it. Not "5 in 2024" (a year), "3
/// in 10 years" (a span of time) or "3 in 1" (no share).
pub(super) fn ratio(sc: &Scanner, n: Num) -> Option<Num> {
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
pub(super) fn leading_decimal(sc: &Scanner, i: usize) -> Option<Num> {
    let joined_left = i > 0 && sc.toks[i - 1].kind == TokenKind::Word;
    if sc.word(i) == Some("point") && !joined_left {
        let (digits, last) = decimal_digits(sc, i + 1)?;
        let value: f64 = format!("0.{digits}").parse().ok()?;
        return Some(Num::new(value, decimal_half(&digits), i, last, true));
    }
    // ".75", and "$.75" after a currency sign.
    let after_sign = i > 0 && sc.sym(i - 1).and_then(currency_symbol).is_some();
    if sc.sym(i) == Some(".")
        && (i == 0 || sc.toks[i].space_before || after_sign)
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

pub(super) fn decimal_half(digits: &str) -> f64 {
    0.5 * 10f64.powi(-(digits.len() as i32))
}

/// The digits after a spoken "point": "5", "77", "zero three", "seventy-one", "fifteen".
pub(super) fn decimal_digits(sc: &Scanner, k: usize) -> Option<(String, usize)> {
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
pub(super) fn decimal_tail(sc: &Scanner, n: Num) -> Num {
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
pub(super) fn digit_fraction(sc: &Scanner, n: Num) -> Option<Num> {
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
pub(super) fn hundreds_tail(sc: &Scanner, n: Num) -> Num {
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
pub(super) fn and_fraction(sc: &Scanner, n: Num) -> Num {
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
pub(super) fn dozens(sc: &Scanner, n: Num) -> Num {
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
pub(super) fn is_ordinal_word(w: &str) -> bool {
    const ORDINALS: [&str; 24] = [
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
        "billionth",
        "trillionth",
    ];
    let last = w.rsplit('-').next().unwrap_or(w);
    ORDINALS.contains(&last)
        || (last.ends_with("ieth") && small_number_word(&last.replace("ieth", "y")).is_some())
}

/// The denominator a fraction word names, and whether the word is plural.
pub(super) fn denominator(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "half" => (2.0, false),
        "halves" => (2.0, true),
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" | "fourth" => (4.0, false),
        "quarters" | "fourths" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        "sixth" => (6.0, false),
        "sixths" => (6.0, true),
        "seventh" => (7.0, false),
        "sevenths" => (7.0, true),
        "eighth" => (8.0, false),
        "eighths" => (8.0, true),
        "ninth" => (9.0, false),
        "ninths" => (9.0, true),
        "tenth" => (10.0, false),
        "tenths" => (10.0, true),
        _ => return None,
    })
}

/// Words a share stands before: "a fifth of", "a third more", "by a third in". Any other
/// word makes the ordinal an ordinal: "a fifth consecutive month", "a third party".
const AFTER_A_SHARE: &[&str] = &[
    "of",
    "and",
    "or",
    "in",
    "on",
    "to",
    "from",
    "than",
    "since",
    "by",
    "for",
    "at",
    "as",
    "with",
    "over",
    "compared",
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "up",
    "down",
    "was",
    "is",
    "were",
    "are",
    "percent",
    "that",
    "which",
    "while",
    "but",
    "this",
    "last",
    "a",
    "an",
    "the",
    "year-on-year",
    "year-over-year",
];

/// A singular denominator that is also an ordinal ("third", "fifth", "eighth"), followed by
/// a word no share stands before: the ordinal.
fn ordinal_in_place(sc: &Scanner, denominator_word: &str, last: usize) -> bool {
    !matches!(denominator_word, "half" | "quarter")
        && sc
            .word(last + 1)
            .is_some_and(|w| !AFTER_A_SHARE.contains(&w))
}

/// The numerator before a fraction word: "a", "one", "two" … "nine".
pub(super) fn numerator(w: &str) -> Option<f64> {
    match w {
        "a" | "an" => Some(1.0),
        _ => small_number_word(w).filter(|n| (1.0..10.0).contains(n)),
    }
}

/// "two thirds", "a quarter", "one half", "three-quarters" at token `i`: the fraction as a
/// proportion (0.75) and the token it ends at. Numerator and denominator agree in number,
/// so "two quarter" is not one.
pub(super) fn fraction_phrase(sc: &Scanner, i: usize) -> Option<(f64, usize)> {
    let w = sc.word(i)?;
    let (n, denominator_word, last) = match w.split_once('-') {
        Some((a, b)) => (numerator(a)?, b, i),
        None => (numerator(w)?, sc.word(i + 1)?, i + 1),
    };
    let (d, plural) = denominator(denominator_word)?;
    if !plural && ordinal_in_place(sc, denominator_word, last) {
        return None;
    }
    ((n > 1.0) == plural).then_some((n / d, last))
}

/// A number at token `i`: digits (with a space-grouped tail), spelled words, "a"/"an" + scale,
/// fraction words, multiplier words.
pub(super) fn parse_number(sc: &Scanner, i: usize) -> Option<Num> {
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

pub(super) fn parse_spelled(sc: &Scanner, i: usize) -> Option<Num> {
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
pub(super) fn inner_scale(w: &str) -> Option<f64> {
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

pub(super) fn parse_spelled_run(sc: &Scanner, i: usize) -> Option<Num> {
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
/// Numbers hyphenated into one word: "one-and-a-half times" (a multiplier, or a count
/// before a scale: "two-and-a-half million"), and "a billion-dollar deal" — an order of
/// magnitude, so a range from a billion to ten, never an exact amount.
fn compound_word(sc: &Scanner, i: usize, w: &str) -> Option<Quantity> {
    if let Some(whole) = w.strip_suffix("-and-a-half") {
        let n = small_number_word(whole)? + 0.5;
        let next = sc.word(i + 1);
        if matches!(next, Some("times" | "fold")) {
            return Some(word_quantity(
                sc,
                i,
                i + 1,
                n,
                0.05,
                Unit::Multiplier,
                false,
            ));
        }
        if let Some(scale) = next.and_then(|x| scale_word(x, false)) {
            return Some(word_quantity(
                sc,
                i,
                i + 1,
                n * scale,
                0.05 * scale,
                Unit::Count,
                false,
            ));
        }
        return None;
    }
    let (scale, currency) = w.split_once('-')?;
    let scale = scale_word(scale, false).filter(|s| *s >= 1e6)?;
    let unit = match currency {
        "dollar" => Unit::USD,
        "euro" => Unit::EUR,
        "pound" => Unit::GBP,
        "lari" => Unit::GEL,
        _ => return None,
    };
    let mut q = word_quantity(sc, i, i, scale, 0.0, unit, false);
    q.range = Some((scale, 10.0 * scale));
    Some(q)
}

pub(super) fn find_word_quantities(sc: &Scanner) -> Vec<Quantity> {
    let mut out = Vec::new();
    for i in 0..sc.toks.len() {
        let Some(w) = sc.word(i) else { continue };
        if let Some(q) = compound_word(sc, i, w) {
            out.push(q);
            continue;
        }
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
        // "the first three quarters of 2022", "the past two quarters": a span of a year.
        if plural
            && w.starts_with("quarter")
            && sc
                .word(first.wrapping_sub(1))
                .is_some_and(|p| matches!(p, "first" | "last" | "past" | "next" | "previous"))
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
        // "a third higher than in 2023", "a quarter lower": a change told by its comparative.
        let compared = next.filter(|_| numbered).and_then(comparative);
        if !(of_follows || alone || as_change || compared.is_some()) {
            continue;
        }
        let half = round_fraction_half(frac);
        let mut q = word_quantity(
            sc,
            first,
            i,
            frac * 100.0,
            half,
            Unit::Percent,
            compared.is_none(),
        );
        if let Some(d) = compared
            && q.direction.is_none()
        {
            q.direction = Some(d);
            if d == Direction::Down {
                q.value = -q.value;
            }
        }
        out.push(q);
    }
    out
}
