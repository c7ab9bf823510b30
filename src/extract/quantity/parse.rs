//! The core parse at one token, in stages: currency prefix, sign, number, scale, range,
//! unit; then the filters that refuse what is no figure.

use super::*;

/// Scans all quantities in `src`, in order of appearance.
pub(super) fn find_quantities(sc: &Scanner) -> Vec<Quantity> {
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

pub(super) struct Core {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: f64,
    pub(super) half_unit: f64,
    pub(super) unit: Unit,
    pub(super) range: Option<(f64, f64)>,
    pub(super) fraction: bool,
    pub(super) bare: bool,
    pub(super) negative: bool,
    /// Written with a plus sign: a rise.
    pub(super) plus: bool,
}

/// "more", "higher" / "less", "lower", "fewer": a comparison's direction.
pub(super) fn comparative(w: &str) -> Option<Direction> {
    match w {
        "more" | "higher" => Some(Direction::Up),
        "less" | "lower" | "fewer" => Some(Direction::Down),
        _ => None,
    }
}

/// "increase", "growth" / "decline", "drop": a change noun's direction.
fn change_noun(w: &str) -> Option<Direction> {
    match w {
        "increase" | "growth" | "rise" => Some(Direction::Up),
        "decline" | "decrease" | "drop" | "fall" | "contraction" => Some(Direction::Down),
        _ => None,
    }
}

/// The direction a change is told in after its figure (token `last`).
fn trailing_direction(sc: &Scanner, last: usize) -> Option<Direction> {
    let plain = |w: &str| w.bytes().all(|b| b.is_ascii_alphabetic());
    // "9% year-on-year", "5% y/y more", "a 4.1% year-on-year increase", "up".
    let yearly = sc
        .word(last + 1)
        .is_some_and(|w| matches!(w, "year-on-year" | "y-o-y" | "yoy" | "annual" | "y/y"));
    let next = sc.word(last + 1 + usize::from(yearly));
    let direct = next.and_then(|w| match w {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        w => comparative(w).or_else(|| change_noun(w)),
    });
    // "a 6.8-percent economic decline", "a 5% export increase": one word between.
    let one_word_between = || {
        sc.word(last + 1)
            .filter(|w| plain(w))
            .and(sc.word(last + 2))
            .and_then(change_noun)
    };
    // "almost USD 1 billion, or 5.5%, more than last year": a comma between.
    let after_comma = || {
        (sc.sym(last + 1) == Some(",") && sc.word(last + 3) == Some("than"))
            .then(|| sc.word(last + 2).and_then(comparative))
            .flatten()
    };
    // "7,424 people more than in August 2022": the counted noun between.
    let noun_between = || {
        let noun = sc.word(last + 1).is_some_and(|w| {
            plain(w) && !matches!(w, "and" | "or" | "but" | "nor" | "to" | "of" | "in")
        });
        (noun && sc.word(last + 3) == Some("than"))
            .then(|| sc.word(last + 2).and_then(comparative))
            .flatten()
    };
    direct
        .or_else(one_word_between)
        .or_else(after_comma)
        // "$12.60 mln or 2.2 percent more": the same change told another way.
        .or_else(|| or_another_change(sc.src, sc.toks[last].end))
        .or_else(noun_between)
}

/// After an amount: "[noun] or <a figure> more|less …" within the clause, the figure between
/// written in digits ("or more" alone is a bound, read elsewhere).
fn or_another_change(src: &str, end: usize) -> Option<Direction> {
    let mut stop = (end + 48).min(src.len());
    while !src.is_char_boundary(stop) {
        stop -= 1;
    }
    // Asked after every amount: no copy unless an "or" stands there.
    if !src[end..stop].contains("or ") {
        return None;
    }
    let rest = src[end..stop].to_ascii_lowercase();
    let rest = rest.split([',', ')', ';']).next().unwrap_or("");
    let mut words = rest.split_whitespace();
    let mut w = words.next()?;
    if w != "or" {
        w = words.next()?;
    }
    if w != "or" {
        return None;
    }
    let figure = words.next()?;
    if !figure.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    words.take(3).find_map(comparative)
}

pub(super) fn parse_at(sc: &Scanner, i: usize) -> Option<(Quantity, usize)> {
    if in_period_shorthand(sc, i) {
        return None;
    }
    let core = parse_core(sc, i)?;
    let (mut first, mut hedge) = hedge_before(sc, core.first);
    // Direction from nearby change words ("up 6.6%", "fell by 3%", "growth of 9%").
    let mut direction = change_before(sc, first);
    let mut last = core.last;
    if direction.is_none() {
        direction = trailing_direction(sc, last);
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
pub(super) fn scale_after(sc: &Scanner, last: usize, money: bool) -> Option<f64> {
    let w = sc.word(last + 1)?;
    // "£1.2m-a-year", "$1bn-plus", "a 5 million-strong workforce": a scale heading a
    // hyphenated word. Abbreviations only in money: "a 5m-long bridge" is metres.
    if let Some((head, _)) = w.split_once(['-', '‑']) {
        let spelled = matches!(head, "thousand" | "million" | "billion" | "trillion");
        return (spelled || money && sc.attached(last + 1))
            .then(|| scale_word(head, true))
            .flatten();
    }
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
pub(super) fn parts_after_scale(
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

/// "U.S." or "U.S" at token `i`: the token after it.
fn dotted_us(sc: &Scanner, i: usize) -> Option<usize> {
    (sc.word(i)? == "u" && sc.sym(i + 1) == Some(".") && sc.word(i + 2) == Some("s")).then(|| {
        if sc.sym(i + 3) == Some(".") {
            i + 4
        } else {
            i + 3
        }
    })
}

/// "US$", "US $", "u.s $", "U.S. $", "usd$": a dollar sign after a US prefix, and the token after it.
pub(super) fn us_dollar_sign(sc: &Scanner, i: usize) -> Option<usize> {
    let k = match sc.word(i)? {
        "us" | "usd" if sc.sym(i + 1) == Some(".") => i + 2,
        "us" | "usd" => i + 1,
        _ => dotted_us(sc, i)?,
    };
    (sc.sym(k) == Some("$")).then_some(k + 1)
}

/// A figure being read at one token: what the stages of `parse_core` have found so far.
struct Draft {
    /// First token of the span: the currency or sign when written, else the number.
    start: usize,
    /// First token of the number itself.
    number: usize,
    last: usize,
    value: f64,
    half_unit: f64,
    /// The currency written before the number: "$", "GEL", "US$".
    prefix: Option<Unit>,
    unit: Option<Unit>,
    scaled: bool,
    spelled: bool,
    /// The number was written as a fraction ("3/4").
    fraction: bool,
    range: Option<(f64, f64)>,
    /// "between 20 and 30 percent"
    between: bool,
    negative: bool,
    plus: bool,
}

impl Draft {
    fn bare(&self) -> bool {
        self.unit.is_none() && !self.scaled
    }

    fn scale_by(&mut self, factor: f64) {
        self.value = decimal_product(self.value, factor);
        self.half_unit = decimal_product(self.half_unit, factor);
    }
}

/// `value × factor` as the decimal figure it stands for: 4.1 × 10⁹ is 4,100,000,000, not
/// the 4,099,999,999.9999995 binary floating point makes of it (15 significant digits are
/// more than any written figure has).
fn decimal_product(value: f64, factor: f64) -> f64 {
    let x = value * factor;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let p = 10f64.powi(14 - x.abs().log10().floor() as i32);
    let rounded = (x * p).round() / p;
    if rounded.is_finite() { rounded } else { x }
}

/// The currency written before a number and the token the number starts at.
struct Prefix {
    unit: Option<Unit>,
    /// "MAUD 60": a scale glued to the code.
    scale: f64,
    next: usize,
}

/// A sign written before a number: "-5", "+8.4%", "minus five", "$-99.99".
struct Sign {
    negative: bool,
    plus: bool,
    /// The token the number starts at.
    number_at: usize,
}

pub(super) fn parse_core(sc: &Scanner, i: usize) -> Option<Core> {
    let prefix = currency_prefix(sc, i);
    let sign = sign_at(sc, i, &prefix);
    let num = parse_amount(sc, sign.number_at)?;
    if is_ordinal(sc, &num) {
        return None;
    }
    let mut d = Draft {
        start: if prefix.unit.is_some() || sign.negative || sign.plus {
            i
        } else {
            num.first
        },
        number: num.first,
        last: num.last,
        value: num.value * prefix.scale,
        half_unit: num.half * prefix.scale,
        prefix: prefix.unit,
        unit: prefix.unit,
        scaled: false,
        spelled: num.spelled,
        fraction: num.fraction,
        range: None,
        between: false,
        negative: sign.negative,
        plus: sign.plus,
    };
    read_scale(sc, &mut d);
    if lone_one(sc, &d) {
        return None;
    }
    if d.negative {
        d.value = -d.value;
    }
    d.between = sc.word(d.start.wrapping_sub(1)) == Some("between");
    read_range(sc, &mut d);
    read_between_units(sc, &mut d);
    read_unit(sc, &mut d);
    whole_units_grouped_by_a_dot(sc, &mut d);
    start_of_a_change_takes_its_end(sc, &mut d);
    // A fraction on its own ("3/4") is a share, as "a quarter" is; of a measure of weight or
    // volume ("3/4 cup") it is an amount of that.
    let share = d.fraction
        && !d.scaled
        && d.unit.is_none()
        && d.range.is_none()
        && d.value < 1.0
        && !sc.word(d.last + 1).is_some_and(physical_unit);
    if share {
        d.scale_by(100.0);
        d.unit = Some(Unit::Percent);
    }
    let bare = d.bare();
    if bare && bare_is_no_figure(sc, d.start, d.number, d.last, d.value, d.spelled) {
        return None;
    }
    Some(Core {
        // "between 20 and 30 percent": the span holds the whole range.
        first: if d.range.is_some() && d.between {
            d.start - 1
        } else {
            d.start
        },
        last: d.last,
        value: d.value,
        half_unit: d.half_unit,
        unit: d.unit.unwrap_or(Unit::Count),
        range: d.range,
        fraction: share,
        bare,
        negative: d.negative,
        plus: d.plus,
    })
}

/// "12.500 ₫", "¥1.500": in a currency with no minor unit (ISO 4217 exponent 0: the dong,
/// the yen, the won) a lone dot before three digits groups thousands; it cannot be a
/// decimal mark.
fn whole_units_grouped_by_a_dot(sc: &Scanner, d: &mut Draft) {
    let Some(Unit::Money(c)) = d.unit else {
        return;
    };
    if !no_minor_unit_in_use(c) || d.scaled || d.range.is_some() {
        return;
    }
    let text = sc.toks[d.number].text(sc.src);
    let grouped = text.split_once('.').is_some_and(|(head, tail)| {
        (1..=3).contains(&head.len())
            && tail.len() == 3
            && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
    });
    if grouped {
        d.scale_by(1000.0);
        d.half_unit = 0.5;
    }
}

/// A currency with no minor unit (ISO 4217 exponent 0), or one whose minor unit no price
/// uses though ISO keeps it: the rupiah, the forint, the rial, the Colombian peso, the som,
/// the kip, the kyat, the riel, the Lebanese and Syrian pounds.
fn no_minor_unit_in_use(c: iso_currency::Currency) -> bool {
    use iso_currency::Currency::*;
    c.exponent() == Some(0)
        || matches!(c, IDR | HUF | IRR | COP | UZS | LAK | MMK | KHR | LBP | SYP)
}

/// Currency before the number: "$", "US$", "USD", "GEL 93.0 bn", "Rs 1,200", "MAUD 60".
fn currency_prefix(sc: &Scanner, i: usize) -> Prefix {
    let none = Prefix {
        unit: None,
        scale: 1.0,
        next: i,
    };
    let found = |unit, next| Prefix {
        unit: Some(unit),
        scale: 1.0,
        next,
    };
    if let Some(s) = sc.sym(i) {
        return currency_symbol(s).map_or(none, |u| found(u, i + 1));
    }
    let tok = sc.toks[i];
    if tok.kind != TokenKind::Word {
        return none;
    }
    let raw = tok.text(sc.src);
    if let Some(after) = us_dollar_sign(sc, i) {
        found(Unit::USD, after)
    } else if let Some(sign) = sc.sym(i + 1)
        && let Some(u) = letters_before_sign(raw, sign, sc.attached(i + 1))
    {
        found(u, i + 2)
    } else if let Some((u, s)) = scaled_currency_code(&sc.lower[i])
        && sc
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        // "MAUD 60": sixty million Australian dollars.
        Prefix {
            unit: Some(u),
            scale: s,
            next: i + 1,
        }
    } else if let Some(u) = currency_prefix_word(raw)
        && raw != "US"
    {
        let dotted = raw == "Rs" && sc.sym(i + 1) == Some(".");
        found(u, i + 1 + usize::from(dotted))
    } else if sc
        .toks
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && let Some(u) = iso_prefix_word(raw, &sc.lower[i])
    {
        found(u, i + 1)
    } else if sc
        .toks
        .get(i + 2)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && let Some(u) = national_currency(&sc.lower[i], sc.word(i + 1))
    {
        // "Malaysian ringgit 42", "Kuwaiti dinars 300".
        found(u, i + 2)
    } else if raw == "R" && sc.attached(i + 1) && money_shaped(sc, i + 1) {
        found(Unit::Money(iso_currency::Currency::ZAR), i + 1)
    } else if let Some(u) = house_sign(raw)
        && money_shaped(sc, i + 1)
    {
        found(u, i + 1)
    } else {
        none
    }
}

/// The currency that letters before a dollar, pound or yen sign name: glued to it ("J$500",
/// "E£5 billion"), any short run of letters is a prefix (see `currency::sign_prefixed`); set
/// apart ("HK $5"), only the dollars news writes so, and never a lone "A", "S" or "R", which
/// are words or initials there. A lower-case "a" is the article, glued or not.
fn letters_before_sign(raw: &str, sign: &str, attached: bool) -> Option<Unit> {
    if !super::currency::FAMILY_SIGNS.contains(&sign) {
        return None;
    }
    if attached {
        let letters = (1..=4).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphabetic());
        (letters && raw != "a").then(|| super::currency::sign_prefixed(raw, sign))
    } else if sign != "$" || matches!(raw, "A" | "S" | "R") {
        None
    } else {
        other_dollar_sign(raw)
    }
}

/// A number at token `k` written as money is: thousands grouped, cents, or a scale after it
/// ("R8,499", "R273.00", "R2.5 billion", "SR500 million"). Letters that are money only
/// before such an amount are names before others: "the R2 road", "SR 500", "the RO 30".
fn money_shaped(sc: &Scanner, k: usize) -> bool {
    let Some(t) = sc.toks.get(k).filter(|t| t.kind == TokenKind::Number) else {
        return false;
    };
    let text = t.text(sc.src);
    let cents = text
        .rsplit_once('.')
        .is_some_and(|(_, c)| c.len() == 2 && !text.contains(','));
    let grouped = text.contains(',');
    let scaled = sc.word(k + 1).is_some_and(|w| {
        matches!(
            w,
            "million"
                | "billion"
                | "trillion"
                | "bn"
                | "m"
                | "mln"
                | "bln"
                | "tn"
                | "crore"
                | "lakh"
        )
    });
    cents || grouped || scaled
}

/// A sign before the number, or after its currency: "-5" (not "5-7"), "+8.4%", "minus
/// five percent", "negative one", "$-99.99".
fn sign_at(sc: &Scanner, i: usize, prefix: &Prefix) -> Sign {
    let tok = sc.toks[i];
    let glued_number = |k: usize| {
        sc.toks
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before)
    };
    let no_currency = prefix.unit.is_none();
    let minus_sign = no_currency
        && matches!(sc.sym(i), Some("-") | Some("−"))
        && glued_number(i + 1)
        && (tok.space_before
            || i == 0
            || matches!(sc.sym(i - 1), Some("<" | ">" | "=" | "(" | "[")));
    // "(+8.4%)": a written plus sign states a rise.
    let plus = no_currency
        && sc.sym(i) == Some("+")
        && glued_number(i + 1)
        && (tok.space_before || i == 0 || sc.sym(i - 1).is_some());
    let minus_word = no_currency
        && matches!(sc.word(i), Some("minus") | Some("negative"))
        && sc.toks.get(i + 1).is_some();
    let j = prefix.next;
    let signed_amount = !no_currency
        && matches!(sc.sym(j), Some("-") | Some("−"))
        && sc.attached(j)
        && sc.attached(j + 1)
        && sc
            .toks
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    let negative = minus_sign || minus_word || signed_amount;
    let number_at = if signed_amount {
        j + 1
    } else if negative || plus {
        i + 1
    } else {
        j
    };
    Sign {
        negative,
        plus,
        number_at,
    }
}

/// An ordinal is no quantity: "4th", "21st-century", "twenty-three thousand four hundred
/// fifty-first".
fn is_ordinal(sc: &Scanner, num: &Num) -> bool {
    // "twenty—fifth": a dash between the parts of a spelled ordinal.
    let dash = usize::from(matches!(sc.sym(num.last + 1), Some("-" | "–" | "—")));
    if num.spelled && sc.word(num.last + 1 + dash).is_some_and(is_ordinal_word) {
        return true;
    }
    sc.toks[num.first].kind == TokenKind::Number
        && sc.attached(num.last + 1)
        && sc
            .word(num.last + 1)
            .is_some_and(|w| matches!(w.split('-').next(), Some("st" | "nd" | "rd" | "th")))
}

/// Scale word: "2.4 billion", "75m", "a million", "1MM"; a second, larger one multiplies it
/// ("lakh crore", "thousand million"); then the parts after it ("$2 billion 487 million").
fn read_scale(sc: &Scanner, d: &mut Draft) {
    let Some(mut scale) = scale_after(sc, d.last, d.prefix.is_some()) else {
        return;
    };
    d.last += 1;
    d.scaled = true;
    if let Some(s2) = scale_after(sc, d.last, false).filter(|s2| *s2 > scale) {
        scale *= s2;
        d.last += 1;
    }
    d.scale_by(scale);
    (d.value, d.half_unit, d.last) = parts_after_scale(sc, scale, d.value, d.half_unit, d.last);
}

/// A lone spelled "one" is a pronoun far more often than a count, unless a unit follows.
fn lone_one(sc: &Scanner, d: &Draft) -> bool {
    if !(d.spelled && !d.scaled && d.value == 1.0 && d.prefix.is_none() && !d.negative) {
        return false;
    }
    let next_is_unit = sc.word(d.last + 1).is_some_and(|w| unit_word(w).is_some())
        || matches!(sc.sym(d.last + 1), Some("%"))
        || minor_unit(sc, d.last).is_some();
    !next_is_unit
}

/// Range: "7-9%", "20 to 30 percent", "between 20 and 30", "$10-$20". Years joined are a
/// period ("2021-2024"), not a range.
fn read_range(sc: &Scanner, d: &mut Draft) {
    let last = d.last;
    let joiner = match (sc.sym(last + 1), sc.word(last + 1)) {
        (Some("-") | Some("–") | Some("—") | Some("~"), _) => true,
        (_, Some("and")) if d.between => true,
        (_, Some("through")) => true,
        (_, Some("to")) if sc.word(d.start.wrapping_sub(1)) != Some("from") => true,
        _ => false,
    };
    // "$10-$20": the sign again before the second number.
    let second = if d.prefix.is_some() && sc.sym(last + 2).and_then(currency_symbol) == d.prefix {
        last + 3
    } else {
        last + 2
    };
    if !joiner {
        return;
    }
    let Some(n2) = parse_number(sc, second).filter(|n2| n2.first == second) else {
        return;
    };
    let (mut v2, mut h2, mut l2) = (n2.value, n2.half, n2.last);
    if let Some(w) = sc.word(l2 + 1)
        && let Some(s) = scale_word(w, sc.attached(l2 + 1) || d.prefix.is_some())
    {
        v2 *= s;
        h2 *= s;
        l2 += 1;
        if !d.scaled {
            d.scale_by(s);
        }
    }
    let unit_after = trailing_unit(sc, l2, d.prefix);
    let years = is_year(sc, d.number) || is_year(sc, n2.first);
    if (unit_after.is_some() || d.prefix.is_some() || !years) && v2 > d.value {
        d.range = Some((d.value, v2));
        d.half_unit = d.half_unit.max(h2);
        d.last = l2;
        d.value = (d.value + v2) / 2.0;
    }
}

/// "rose from 400 to 502.7 million dollars", "from 3 to 5 percent": a change from one figure
/// to another states the scale and the unit once, at its end, and the start takes them, as
/// both ends of "between 20 and 30 percent" do. An end of another order of magnitude
/// ("from 500 to 1.2 million") shares nothing: the start is what it says.
fn start_of_a_change_takes_its_end(sc: &Scanner, d: &mut Draft) {
    let own_unit = d.unit.or(d.prefix);
    if sc.word(d.start.wrapping_sub(1)) != Some("from")
        || sc.word(d.last + 1) != Some("to")
        || d.range.is_some()
        || (d.scaled && own_unit.is_some())
        || is_year(sc, d.number)
    {
        return;
    }
    let to = currency_prefix(sc, d.last + 2);
    let Some(end) = parse_amount(sc, to.next).filter(|n| n.first == to.next) else {
        return;
    };
    let money = to.unit.or(own_unit).is_some_and(Unit::is_money);
    let end_scale = scale_after(sc, end.last, money);
    let after_scale = end.last + usize::from(end_scale.is_some());
    let end_unit = to
        .unit
        .or_else(|| trailing_unit(sc, after_scale, None).map(|(u, _)| u));
    let scale = end_scale.filter(|_| !d.scaled).unwrap_or(1.0);
    let (start, stop) = (d.value * scale, end.value * end_scale.unwrap_or(1.0));
    let same_order = start > 0.0 && stop > 0.0 && start.max(stop) <= 10.0 * start.min(stop);
    if !same_order || own_unit.is_some_and(|u| Some(u) != end_unit) {
        return;
    }
    if scale != 1.0 {
        d.scale_by(scale);
        d.scaled = true;
    }
    if own_unit.is_none() {
        d.unit = end_unit;
    }
}

/// "between 10 dollars and 20 dollars": the unit stated at both ends.
fn read_between_units(sc: &Scanner, d: &mut Draft) {
    if !d.between || d.range.is_some() {
        return;
    }
    if let Some((u, l)) = trailing_unit(sc, d.last, d.prefix)
        && sc.word(l + 1) == Some("and")
        && let Some(n2) = parse_number(sc, l + 2)
        && let Some((u2, _)) = trailing_unit(sc, n2.last, None)
        && u2 == u
        && n2.value > d.value
    {
        d.range = Some((d.value, n2.value));
        d.half_unit = d.half_unit.max(n2.half);
        d.last = n2.last;
        d.value = (d.value + n2.value) / 2.0;
    }
}

/// The unit after the number, in the order writers stack them: a scaled currency code
/// ("30 MUSD"), an exponent ("1.2e9"), a minor unit ("64.2 cents"), basis points, the unit
/// word or code ("percent", "USD million"), "by a factor of".
fn read_unit(sc: &Scanner, d: &mut Draft) {
    if !d.scaled
        && d.prefix.is_none()
        && let Some((u, s)) = sc.word(d.last + 1).and_then(scaled_currency_code)
    {
        d.scale_by(s);
        d.last += 1;
        d.unit = Some(u);
        d.scaled = true;
    }
    // "1.1^23", "2500^-1": the power's value; "10^6" is a million.
    if !d.scaled
        && d.unit.is_none()
        && d.prefix.is_none()
        && let Some((exp, end)) = caret_power(sc, d.last)
    {
        let base = d.value.abs();
        let value = base.powi(exp);
        d.half_unit = (value * f64::from(exp) * d.half_unit / base).abs();
        d.value = value.copysign(d.value);
        d.last = end;
        d.scaled = true;
    }
    if let Some((exp, end)) = exponent(sc, d.last) {
        d.scale_by(10f64.powi(exp));
        d.last = end;
        d.scaled = true;
    }
    // "10 grand": thousands of dollars, where no noun follows ("10 grand pianos").
    if !d.scaled
        && d.prefix.is_none()
        && d.unit.is_none()
        && sc.word(d.last + 1) == Some("grand")
        && sc.word(d.last + 2).is_none()
    {
        d.scale_by(1000.0);
        d.unit = Some(Unit::USD);
        d.last += 1;
        d.scaled = true;
    }
    // "64.2 cents", "470 pence", "50 tetri": a currency's hundredths; "ten dimes", "five
    // nickels": the US coins of ten and five cents.
    if d.unit.is_none()
        && d.prefix.is_none()
        && let Some((u, l)) = minor_unit(sc, d.last)
    {
        let cents = match sc.word(l) {
            Some("dime" | "dimes") => 10.0,
            Some("nickel" | "nickels") => 5.0,
            _ => 1.0,
        };
        d.scale_by(0.01 * cents);
        d.unit = Some(u);
        d.last = l;
    }
    // "50 basis points", "25 bps": hundredths of a percentage point.
    if d.prefix.is_none()
        && let Some(l) = basis_points(sc, d.last)
    {
        d.scale_by(0.01);
        d.unit = Some(Unit::PercentagePoints);
        d.last = l;
    }
    // "six pounds of meat": a weight. Money in pounds is sterling ("£6", "6 pounds sterling",
    // "2 billion pounds of investment").
    let weight = !d.scaled
        && matches!(sc.word(d.last + 1), Some("pounds" | "pound"))
        && sc.word(d.last + 2) == Some("of");
    if let Some((u, l)) = trailing_unit(sc, d.last, d.prefix)
        && !weight
        && d.unit != Some(Unit::PercentagePoints)
        && d.prefix.is_none_or(|p| u == p)
    {
        d.unit = Some(u);
        d.last = l;
        // "75 USD million": the scale after the currency code.
        if !d.scaled
            && u.is_money()
            && let Some(s) = scale_after(sc, d.last, true)
        {
            d.scale_by(s);
            d.last += 1;
            d.scaled = true;
        }
    }
    // "$20 and 43c", "15 dollars 50": the hundredths written after a whole amount.
    if !d.scaled
        && d.unit.or(d.prefix).is_some_and(Unit::is_money)
        && d.value.fract() == 0.0
        && let Some((cents, l)) = hundredths_after(sc, d.last)
    {
        d.value += cents / 100.0;
        d.half_unit = 0.005;
        d.last = l;
    }
    // "by a factor of three": a multiple.
    if d.unit.is_none()
        && !d.scaled
        && sc.word(d.start.wrapping_sub(1)) == Some("of")
        && sc.word(d.start.wrapping_sub(2)) == Some("factor")
    {
        d.unit = Some(Unit::Multiplier);
    }
}

/// "e9", "e+9", "E-3" glued to the number ending at token `last`: the power of ten and the
/// exponent's last token.
pub(super) fn exponent(sc: &Scanner, last: usize) -> Option<(i32, usize)> {
    let glued = |k: usize| sc.toks.get(k).is_some_and(|t| !t.space_before);
    if sc.word(last + 1) == Some("x") || sc.sym(last + 1) == Some("×") {
        return times_ten_to(sc, last + 2);
    }
    if sc.word(last + 1) != Some("e") || !glued(last + 1) {
        return None;
    }
    signed_power(sc, last + 2).filter(|(exp, _)| exp.abs() <= 15)
}

/// A power glued at token `k`, its sign first if written ("9", "-1", "+23", "−5"): the
/// power and its last token.
fn signed_power(sc: &Scanner, k: usize) -> Option<(i32, usize)> {
    let glued = |j: usize| sc.toks.get(j).is_some_and(|t| !t.space_before);
    let (sign, at) = match sc.sym(k) {
        Some("-" | "−") => (-1, k + 1),
        Some("+") => (1, k + 1),
        _ => (1, k),
    };
    let t = sc
        .toks
        .get(at)
        .filter(|t| t.kind == TokenKind::Number && glued(at))?;
    let exp: i32 = t.text(sc.src).parse().ok()?;
    Some((sign * exp, at))
}

/// "10^6", "10^-4", "10−5", "10⁶" at token `k`, after a times sign: the power, and its last
/// token. A caret, a minus sign (U+2212) or superscript digits mark the power; "3 x 10" is
/// a product, no power.
fn times_ten_to(sc: &Scanner, k: usize) -> Option<(i32, usize)> {
    let ten = sc.toks.get(k).filter(|t| t.kind == TokenKind::Number)?;
    if ten.text(sc.src) != "10" {
        return None;
    }
    let glued = |j: usize| sc.toks.get(j).is_some_and(|t| !t.space_before);
    if let Some((exp, end)) = superscript_power(sc, k + 1) {
        return Some((exp, end));
    }
    let (caret, mut j) = match sc.sym(k + 1) {
        Some("^") if glued(k + 1) => (true, k + 2),
        _ => (false, k + 1),
    };
    let sign = match sc.sym(j) {
        Some("−") => -1,
        Some("-") if caret => -1,
        Some("+") if caret => 1,
        _ if caret => 0,
        _ => return None,
    };
    if sign != 0 {
        j += 1;
    }
    let t = sc
        .toks
        .get(j)
        .filter(|t| t.kind == TokenKind::Number && glued(j))?;
    let exp: i32 = t.text(sc.src).parse().ok()?;
    (exp <= 15).then_some((if sign == 0 { exp } else { sign * exp }, j))
}

/// "^23", "^-1", "^+4" glued after the number ending at token `last`: the power and its
/// last token.
fn caret_power(sc: &Scanner, last: usize) -> Option<(i32, usize)> {
    let glued = |j: usize| sc.toks.get(j).is_some_and(|t| !t.space_before);
    if !(sc.sym(last + 1) == Some("^") && glued(last + 1)) {
        return None;
    }
    signed_power(sc, last + 2).filter(|(exp, _)| exp.abs() <= 99)
}

/// Superscript digits glued after a ten ("10⁶", "10⁻³"): the power and its last token.
fn superscript_power(sc: &Scanner, k: usize) -> Option<(i32, usize)> {
    let mut text = String::new();
    let mut end = None;
    let mut j = k;
    while let Some(t) = sc
        .toks
        .get(j)
        .filter(|t| t.kind == TokenKind::Symbol && !t.space_before)
    {
        let s = t.text(sc.src);
        if !s.chars().all(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺".contains(c)) {
            break;
        }
        text.push_str(s);
        end = Some(j);
        j += 1;
    }
    let end = end?;
    let mut sign = 1;
    let mut exp = 0i32;
    for c in text.chars() {
        match c {
            '⁻' => sign = -1,
            '⁺' => {}
            d => exp = exp * 10 + "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|x| x == d)? as i32,
        }
    }
    (exp <= 15).then_some((sign * exp, end))
}

/// A currency's hundredths after token `last` ("cents", "euro cents", "pence", "kopecks",
/// "tetri"), with the last token of the unit.
pub(super) fn minor_unit(sc: &Scanner, last: usize) -> Option<(Unit, usize)> {
    // "10¢": the sign is a symbol, not a word.
    if sc.sym(last + 1) == Some("¢") {
        return Some((Unit::USD, last + 1));
    }
    // "a 12-cent dividend", "a 10-pence rise": the sub-unit joined by a hyphen.
    if matches!(sc.sym(last + 1), Some("-") | Some("‑"))
        && sc.attached(last + 1)
        && sc.attached(last + 2)
    {
        // "12-cent-a-share" is one word to the tokenizer: its head names the unit.
        let head = sc.word(last + 2)?.split(['-', '‑']).next()?;
        return match head {
            "cent" => Some((Unit::USD, last + 2)),
            "pence" | "penny" => Some((Unit::GBP, last + 2)),
            _ => None,
        };
    }
    if pence_as_p(sc, last + 1) {
        return Some((Unit::GBP, last + 1));
    }
    match sc.word(last + 1)? {
        "euro" | "eurocents" if matches!(sc.word(last + 2), Some("cents" | "cent")) => {
            Some((Unit::EUR, last + 2))
        }
        // "Pennies" are American cents; British amounts are "pence".
        "cents" | "cent" | "dimes" | "dime" | "nickels" | "pennies" => Some((Unit::USD, last + 1)),
        "pence" | "penny" => Some((Unit::GBP, last + 1)),
        "kopecks" | "kopeks" | "kopeck" | "kopek" => Some((Unit::RUB, last + 1)),
        "kopiykas" | "kopiyka" | "kopiyky" | "kopiyok" => Some((Unit::UAH, last + 1)),
        "tetri" => Some((Unit::GEL, last + 1)),
        _ => None,
    }
}

/// "99p", "145.9p": pence as British prices write them, a lower-case "p" against the number
/// and not the start of an abbreviation ("5p.m.").
fn pence_as_p(sc: &Scanner, k: usize) -> bool {
    sc.attached(k)
        && sc.toks.get(k).is_some_and(|t| t.text(sc.src) == "p")
        && !(sc.sym(k + 1) == Some(".") && sc.attached(k + 1) && sc.word(k + 2).is_some())
}

/// Units of weight, volume and length a fraction can be of ("3/4 cup", "2/1000 kilograms").
fn physical_unit(w: &str) -> bool {
    matches!(
        w,
        "cup"
            | "cups"
            | "kilogram"
            | "kilograms"
            | "kg"
            | "gram"
            | "grams"
            | "g"
            | "ounce"
            | "ounces"
            | "oz"
            | "pound"
            | "pounds"
            | "lb"
            | "lbs"
            | "litre"
            | "litres"
            | "liter"
            | "liters"
            | "mile"
            | "miles"
            | "km"
            | "metre"
            | "metres"
            | "meter"
            | "meters"
            | "inch"
            | "inches"
            | "ton"
            | "tons"
            | "tonne"
            | "tonnes"
            | "teaspoon"
            | "tablespoon"
    )
}

/// The hundredths after a whole amount ending at token `last`: "and 43c", "and 43 cents",
/// or two bare digits ending the amount ("15 dollars 50."). The cents and the last token.
fn hundredths_after(sc: &Scanner, last: usize) -> Option<(f64, usize)> {
    let two_digits = |k: usize| {
        sc.toks
            .get(k)
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text(sc.src))
            .filter(|t| t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<f64>().ok())
    };
    let cents_word = |k: usize| {
        sc.word(k).is_some_and(|w| {
            matches!(
                w,
                "cents"
                    | "cent"
                    | "pence"
                    | "p"
                    | "kopecks"
                    | "kopeks"
                    | "kopiykas"
                    | "kopiyky"
                    | "kopiyok"
                    | "tetri"
                    | "sen"
                    | "sens"
                    | "fils"
                    | "halalas"
                    | "paise"
                    | "centavos"
                    | "centimes"
                    | "kurus"
            ) || (w == "c" && sc.attached(k))
        })
    };
    // Where the amount ends: the text, or a mark that closes the phrase.
    let ends_at = |k: usize| {
        sc.toks.get(k).is_none_or(|t| {
            t.kind == TokenKind::Symbol && matches!(t.text(sc.src), "." | "," | ";" | ")")
        })
    };
    if sc.word(last + 1) == Some("and") {
        // "$20 and 43c", "twenty dollar and 43", "US$3 and fourteen", "3 GBP and one".
        let n = two_digits(last + 2).or_else(|| {
            sc.word(last + 2)
                .and_then(small_number_word)
                .filter(|n| *n >= 1.0 && *n < 100.0)
        })?;
        if cents_word(last + 3) {
            return Some((n, last + 3));
        }
        return ends_at(last + 3).then_some((n, last + 2));
    }
    // "thirteen dollars forty-five cents", "thirteen dollars forty five": spelled
    // hundredths, named as such or where the amount ends.
    if let Some(n) = parse_amount(sc, last + 1).filter(|n| {
        n.spelled && n.first == last + 1 && n.is_whole() && (1.0..100.0).contains(&n.value)
    }) {
        if cents_word(n.last + 1) {
            return Some((n.value, n.last + 1));
        }
        if ends_at(n.last + 1) {
            return Some((n.value, n.last));
        }
    }
    let n = two_digits(last + 1)?;
    if cents_word(last + 2) {
        return Some((n, last + 2));
    }
    // Two bare digits count as cents only where the amount ends: nothing they could count.
    (ends_at(last + 2) && !sc.attached(last + 1)).then_some((n, last + 1))
}

/// "basis points", "bps", "bp" after token `last`: the last token of the unit.
pub(super) fn basis_points(sc: &Scanner, last: usize) -> Option<usize> {
    match sc.word(last + 1)? {
        "basis" if matches!(sc.word(last + 2), Some("points" | "point")) => Some(last + 2),
        "bps" | "bp" => Some(last + 1),
        _ => None,
    }
}

/// A unit after token `last`: "%", "percent", "per cent", "percentage points", "dollars", "times".
pub(super) fn trailing_unit(
    sc: &Scanner,
    last: usize,
    prefix: Option<Unit>,
) -> Option<(Unit, usize)> {
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
    if matches!(
        w,
        "pp" | "ppt" | "ppts" | "percentage-points" | "percentage-point"
    ) {
        return Some((Unit::PercentagePoints, last + 1));
    }
    // "a tenth of a point", "half a point": a fraction of a rate's point.
    if w == "point" && sc.word(last) == Some("a") {
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
    // "1 R$", "230 лв.", "1 د.إ": a sign of several characters after the number.
    if prefix.is_none()
        && let Some((u, end)) = super::currency::joined_sign(sc, last + 1)
    {
        return Some((u, end));
    }
    // "42 KWD", "ten shekels": the ISO table, when no rule above named the currency.
    let raw = sc.toks[last + 1].text(sc.src);
    // "45 E£", "20 TT$": letters glued to a dollar, pound or yen sign, as before an amount.
    if prefix.is_none()
        && sc.attached(last + 2)
        && !sc.attached(last + 3)
        && let Some(u) = sc
            .sym(last + 2)
            .and_then(|sign| letters_before_sign(raw, sign, true))
    {
        return Some((u, last + 2));
    }
    if let Some(u) = super::currency::by_code(raw)
        .or_else(|| letter_sign(raw))
        .or_else(|| super::currency::by_noun(w).filter(|_| !super::currency::english_word(w)))
        && prefix.is_none()
    {
        return Some((u, last + 1));
    }
    // "1.2 billions of dollars": translated releases name the currency after "of".
    if w == "of"
        && prefix.is_none()
        && sc.word(last).is_some_and(|s| scale_word(s, true).is_some())
        && let Some(u) = sc
            .word(last + 2)
            .and_then(unit_word)
            .filter(|u| u.is_money())
    {
        return Some((u, last + 2));
    }
    // "1.2 trillion won", "300 billion kip": after a scale, such a word is the currency.
    if prefix.is_none()
        && sc.word(last).is_some_and(|s| scale_word(s, true).is_some())
        && let Some(u) = super::currency::word_noun_after_scale(w)
    {
        return Some((u, last + 1));
    }
    if w == "us" && matches!(sc.word(last + 2), Some("dollars") | Some("dollar")) {
        return Some((Unit::USD, last + 2));
    }
    // "574.8 million U.S. dollars"
    if let Some(k) = dotted_us(sc, last + 1)
        && matches!(sc.word(k), Some("dollars" | "dollar"))
    {
        return Some((Unit::USD, k));
    }
    // "Canadian dollars", "Swiss francs", "Turkish lira": a country's own currency.
    if let Some(u) = national_currency(w, sc.word(last + 2)) {
        return Some((u, last + 2));
    }
    // "3.14US$"
    if w == "us" && sc.sym(last + 2) == Some("$") && sc.attached(last + 2) {
        return Some((Unit::USD, last + 2));
    }
    None
}
