//! The words quantities are read with: hedges, change words, units, currencies, scales,
//! small numbers and multipliers.

use super::*;

pub(super) const HEDGES: &[(&[&str], Hedge)] = &[
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
    (&["north", "of"], Hedge::MoreThan),
    (&["south", "of"], Hedge::LessThan),
    (&["shy", "of"], Hedge::Nearly),
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
    (&["exactly"], Hedge::None),
    (&["precisely"], Hedge::None),
];

pub(super) const CHANGE_UP: &[&str] = &[
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
    "rising",
    "gain",
    "gains",
    "gained",
    "gaining",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jumped",
    "jump",
    "jumps",
    "jumping",
    "surged",
    "surge",
    "surges",
    "surging",
    "soared",
    "soar",
    "soars",
    "soaring",
    "expand",
    "expands",
    "expanding",
    "expanded",
    "added",
    "higher",
    "boosted",
];
pub(super) const CHANGE_DOWN: &[&str] = &[
    "down",
    "decrease",
    "decreased",
    "decreases",
    "decreasing",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "declined",
    "decline",
    "declines",
    "declining",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "slid",
    "slide",
    "slides",
    "sliding",
    "dipped",
    "dip",
    "dips",
    "sank",
    "sink",
    "sinks",
    "sunk",
    "eased",
    "eases",
    "plummeted",
    "plummets",
    "tumbles",
    "shrank",
    "shrunk",
    "contracted",
    "contraction",
    "lower",
    "slumped",
    "plunged",
    "plunge",
    "plunges",
    "slump",
    "slumps",
    "tumbled",
    "lowered",
    "reduced",
    "lost",
];

pub(super) fn unit_word(lower: &str) -> Option<Unit> {
    Some(match lower {
        "percent" | "pct" | "per-cent" | "percents" | "percentage" | "pc" => Unit::Percent,
        "dollars" | "dollar" | "usd" | "bucks" => Unit::USD,
        "euros" | "euro" | "eur" => Unit::EUR,
        "lari" | "laris" | "gel" => Unit::GEL,
        "pounds" | "gbp" => Unit::GBP,
        "rubles" | "roubles" | "ruble" | "rouble" | "rub" => Unit::RUB,
        "rupees" | "rupee" | "inr" | "rs" => Unit::INR,
        "yuan" | "renminbi" | "rmb" | "cny" | "元" => Unit::CNY,
        "yen" | "jpy" => Unit::JPY,
        "lira" | "liras" => Unit::TRY,
        "manat" | "manats" | "azn" => Unit::AZN,
        "dram" | "drams" => Unit::AMD,
        "hryvnia" | "hryvnias" | "hryvnas" | "uah" => Unit::UAH,
        "chf" => Unit::CHF,
        "hkd" => Unit::HKD,
        "nzd" => Unit::NZD,
        "sgd" => Unit::SGD,
        _ => return None,
    })
}

pub(super) fn currency_prefix_word(word: &str) -> Option<Unit> {
    Some(match word {
        "USD" | "US" => Unit::USD,
        "EUR" => Unit::EUR,
        "GEL" => Unit::GEL,
        "GBP" => Unit::GBP,
        "RUB" => Unit::RUB,
        "INR" | "Rs" | "Rs." => Unit::INR,
        "CNY" | "RMB" => Unit::CNY,
        "JPY" => Unit::JPY,
        "TRY" => Unit::TRY,
        "AZN" => Unit::AZN,
        "AMD" => Unit::AMD,
        "UAH" => Unit::UAH,
        "CHF" => Unit::CHF,
        "CAD" => Unit::CAD,
        "AUD" => Unit::AUD,
        "HKD" => Unit::HKD,
        "NZD" => Unit::NZD,
        "SGD" => Unit::SGD,
        // Lower-cased text ("usd 20") and the Financial Times' "Rmb10bn": the codes above
        // that are no English word ("gel", "try", "cad" and "us" are).
        "usd" | "eur" | "gbp" | "rub" | "inr" | "cny" | "rmb" | "Rmb" | "jpy" | "azn" | "uah"
        | "chf" | "aud" | "hkd" | "nzd" | "sgd" => {
            return currency_prefix_word(&word.to_ascii_uppercase());
        }
        _ => return letter_sign(word),
    })
}

/// Letters house styles write before an amount that are words, initials or names elsewhere,
/// so they are read only before a money-shaped amount: the Gulf press's "Dh50 million",
/// "SR500 million", "QR2 billion", "RO 30 million", "BD 12.5 million"; East Africa's "KSh"
/// and "Sh" (a shilling, which one the letters do not say); Bangladesh's "Tk 500 crore"; the
/// Financial Times' "SFr1.2bn".
pub(super) fn house_sign(raw: &str) -> Option<Unit> {
    use iso_currency::Currency;
    Some(Unit::Money(match raw {
        "Dh" | "Dhs" => Currency::AED,
        "SR" => Currency::SAR,
        "QR" => Currency::QAR,
        "RO" => Currency::OMR,
        "BD" => Currency::BHD,
        "KSh" | "Ksh" | "Kshs" => Currency::KES,
        "Tk" => Currency::BDT,
        "SFr" | "Sfr" => Currency::CHF,
        "Sh" | "Shs" => return super::currency::by_noun("shillings"),
        _ => return None,
    }))
}

/// Local signs written as letters, before or after the amount: Malaysian ringgit,
/// Indonesian rupiah, Polish złoty, Czech koruna.
pub(super) fn letter_sign(raw: &str) -> Option<Unit> {
    use iso_currency::Currency;
    // "172 kr", "Pris från 805 kr": a Scandinavian crown, which one the sign does not say.
    if matches!(raw, "kr" | "Kr") {
        return super::currency::shared_sign("kr");
    }
    Some(Unit::Money(match raw {
        "RM" => Currency::MYR,
        "Rp" => Currency::IDR,
        "zł" | "Zł" | "zl" | "Zl" => Currency::PLN,
        // Turkish and Kuwaiti abbreviations news and price lists use: "10,75 TL", "TL 5
        // billion", "423.923 KD".
        "TL" => Currency::TRY,
        // The Egyptian pound as Egypt's English press writes it: "LE 500 million".
        "LE" => Currency::EGP,
        "KD" => Currency::KWD,
        "Kč" => Currency::CZK,
        // News abbreviations that are no ISO code: Israel's new shekel ("NIS 100 million"),
        // sterling in the Irish and financial press ("Stg 5 million"), roubles, hryvnias.
        "NIS" => Currency::ILS,
        "Stg" | "stg" => Currency::GBP,
        "Rbl" | "Rbls" | "rbl" | "rbls" => Currency::RUB,
        "hrn" => Currency::UAH,
        // Russian and Ukrainian price abbreviations after a number: "2 660 руб.", "1 030 р.",
        // "6 300 Р", "2 285,81 грн.".
        "руб" | "рублей" | "рубля" | "рубль" | "р" | "Р" => Currency::RUB,
        "грн" | "гривен" | "гривень" | "гривні" => Currency::UAH,
        _ => return None,
    }))
}

/// "SAR 500 million", "ringgit 42": any current ISO code in capitals, or a currency's own
/// noun that is no everyday English word, before a number.
pub(super) fn iso_prefix_word(raw: &str, lower: &str) -> Option<Unit> {
    super::currency::by_code(raw).or_else(|| {
        super::currency::by_noun(lower).filter(|_| !super::currency::english_word(lower))
    })
}

pub(super) fn currency_symbol(sym: &str) -> Option<Unit> {
    news_sign(sym).or_else(|| super::currency::by_sign(sym))
}

/// A currency's own name or abbreviation in its own script, written after the amount as
/// prices there are ("12,000원", "45 ج.م", "1 ש״ח"), which iso_currency's signs lack: each
/// names one currency. ("元" and "圓" are the yuan of several: no one currency.)
pub(super) fn local_sign(sign: &str) -> Option<Unit> {
    use iso_currency::Currency;
    Some(Unit::Money(match sign {
        "원" => Currency::KRW,
        "円" => Currency::JPY,
        "人民币" => Currency::CNY,
        "บาท" => Currency::THB,
        "ден" | "ДЕН" => Currency::MKD,
        "дин" | "Дин" => Currency::RSD,
        "ብር" => Currency::ETB,
        "ናቕፋ" => Currency::ERN,
        "ج.م" => Currency::EGP,
        "د.ج" => Currency::DZD,
        "ل.س" => Currency::SYP,
        "ل.ل" => Currency::LBP,
        "د.أ" | "د.ا" => Currency::JOD,
        "ع.د" | "د.ع" => Currency::IQD,
        "ر.ي" => Currency::YER,
        "د.ل" => Currency::LYD,
        "ج.س" => Currency::SDG,
        "د.ب" => Currency::BHD,
        "ش.ص" => Currency::SOS,
        "ש״ח" | "ש\"ח" | "ש'ח" | "ש.ח" => Currency::ILS,
        _ => return None,
    }))
}

/// The currency a one-character sign names in news, where several share it ("$" the US
/// dollar, "£" sterling, "¥" the yen).
pub(super) fn news_sign(sym: &str) -> Option<Unit> {
    Some(match sym {
        "$" => Unit::USD,
        "€" => Unit::EUR,
        "₾" => Unit::GEL,
        "£" | "￡" => Unit::GBP,
        "₽" => Unit::RUB,
        "₹" => Unit::INR,
        "₺" => Unit::TRY,
        "₼" => Unit::AZN,
        "֏" => Unit::AMD,
        "₴" => Unit::UAH,
        // Japan's sign; China's yuan is written with "yuan", "RMB" or "CNY".
        "¥" | "￥" => Unit::JPY,
        // North Korea's won shares the sign; news means the South's.
        "₩" => Unit::Money(iso_currency::Currency::KRW),
        _ => return None,
    })
}

/// Scale words; the short ones ("m", "k", "bn") only count right after a number.
pub(super) fn scale_word(lower: &str, attached_or_money: bool) -> Option<f64> {
    let long = match lower {
        // "thous." and "bil." are how translated releases abbreviate.
        "thousand" | "thous" => Some(1e3),
        "million" | "mln" | "millions" => Some(1e6),
        "billion" | "bln" | "billions" | "bil" => Some(1e9),
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

pub(super) fn small_number_word(lower: &str) -> Option<f64> {
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
    // British English writes zero so: "nine point nought four".
    if matches!(lower, "nought" | "naught") {
        return Some(0.0);
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

pub(super) fn multiplier_word(lower: &str) -> Option<f64> {
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

pub(super) const TIME_UNITS: &[&str] = &[
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

/// The letters news writes glued before a sign for another currency than the sign's default:
/// the dollars below, and "E£", "L£", "S£" (the Egyptian, Lebanese and Syrian pounds).
pub(super) fn other_sign_with_letters(letters: &str, sign: &str) -> Option<Unit> {
    use iso_currency::Currency;
    match sign {
        "$" => other_dollar_sign(letters),
        "£" => match letters {
            "E" => Some(Unit::Money(Currency::EGP)),
            "L" => Some(Unit::Money(Currency::LBP)),
            "S" => Some(Unit::Money(Currency::SYP)),
            _ => None,
        },
        _ => None,
    }
}

/// "C$", "CA$", "A$", "AU$", "cad$", "HK$", "NZ$", "S$": the letters before a dollar sign that make it another
/// dollar. A lone "a" is the article ("a $5 million loan").
pub(super) fn other_dollar_sign(raw: &str) -> Option<Unit> {
    match raw {
        "C" | "c" | "CA" | "Can" | "CAD" | "cad" => Some(Unit::CAD),
        "A" | "AU" | "AUD" | "aud" => Some(Unit::AUD),
        "HK" | "hk" | "HKD" | "hkd" => Some(Unit::HKD),
        "NZ" | "nz" | "NZD" | "nzd" => Some(Unit::NZD),
        "S" | "SG" | "SGD" | "sgd" => Some(Unit::SGD),
        "R" => Some(Unit::Money(iso_currency::Currency::BRL)),
        "Mex" | "MEX" => Some(Unit::Money(iso_currency::Currency::MXN)),
        "NT" => Some(Unit::Money(iso_currency::Currency::TWD)),
        // The East Caribbean dollar; "EC" is also Ecuador's code, whose dollar is the US one.
        "EC" => Some(Unit::Money(iso_currency::Currency::XCD)),
        _ => None,
    }
}

/// "Canadian dollars", "Swiss francs", "Turkish lira", "Chinese yuan".
pub(super) fn national_currency(adjective: &str, noun: Option<&str>) -> Option<Unit> {
    let noun = noun?;
    let u = match (adjective, noun) {
        ("canadian", "dollars" | "dollar") => Unit::CAD,
        ("australian", "dollars" | "dollar") => Unit::AUD,
        ("swiss", "francs" | "franc") => Unit::CHF,
        ("turkish", "lira" | "liras") => Unit::TRY,
        ("chinese", "yuan") => Unit::CNY,
        ("japanese", "yen") => Unit::JPY,
        ("azerbaijani", "manat" | "manats") => Unit::AZN,
        ("armenian", "dram" | "drams") => Unit::AMD,
        ("ukrainian", "hryvnia" | "hryvnias") => Unit::UAH,
        _ => {
            return super::currency::by_name(&format!("{adjective} {noun}"))
                .or_else(|| country_currency(adjective, noun));
        }
    };
    Some(u)
}

/// "42 malaysia ringgit", "egypt pounds": a country's name (keshvar's) and the noun of its
/// own currency (iso_currency's name for it).
fn country_currency(country: &str, noun: &str) -> Option<Unit> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static BY_COUNTRY: OnceLock<HashMap<String, iso_currency::Currency>> = OnceLock::new();
    let map = BY_COUNTRY.get_or_init(|| {
        keshvar::CountryIterator::new()
            .filter_map(|c| {
                let code = c.currency_code().to_string();
                let currency = iso_currency::Currency::from_code(&code)?;
                Some((c.iso_short_name().to_ascii_lowercase(), currency))
            })
            .collect()
    });
    let currency = *map.get(country)?;
    let name = currency.name().to_ascii_lowercase();
    let own = name.rsplit(' ').next()?;
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    (own == noun || own == singular).then_some(Unit::Money(currency))
}

/// "MUSD", "MEUR": a currency code with a million scale glued in front, as financial
/// reports write it.
pub(super) fn scaled_currency_code(w: &str) -> Option<(Unit, f64)> {
    // Only the currencies named in rules: "mall", "mtop" are no millions of lek or paʻanga.
    const NAMED: [Unit; 18] = [
        Unit::USD,
        Unit::EUR,
        Unit::GEL,
        Unit::GBP,
        Unit::RUB,
        Unit::INR,
        Unit::CNY,
        Unit::JPY,
        Unit::TRY,
        Unit::AZN,
        Unit::AMD,
        Unit::UAH,
        Unit::CHF,
        Unit::CAD,
        Unit::AUD,
        Unit::HKD,
        Unit::NZD,
        Unit::SGD,
    ];
    let code = w.strip_prefix('m')?;
    let unit = NAMED
        .into_iter()
        .find(|u| u.as_str().eq_ignore_ascii_case(code))?;
    Some((unit, 1e6))
}
