//! Every ISO 4217 currency by code, sign and English name, from the `iso_currency` table
//! (built once): "42 KWD", "ten shekels", "SAR 500 million", "ringgit 42", "₩5 trillion",
//! "Kuwaiti dinars". The rules in `lexicon` keep the news defaults ("$" and "dollars" are US
//! dollars, "pounds" sterling); this table answers for the rest.

use super::Unit;
use crate::fasthash::FastMap;
use iso_currency::{Currency, IntoEnumIterator};
use std::sync::OnceLock;

/// A noun or sign several currencies share ("dinars", "kr", "₨"): an amount of money all the
/// same, in a currency the words alone do not settle. Its unit reads "DKK/ISK/NOK/SEK".
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct SharedCurrency {
    codes: String,
    /// The codes as a table cell holds them: all of them, or for a long list its ends and
    /// its length ("ARS…XCD (34 currencies)").
    brief: String,
    currencies: Vec<Currency>,
}

/// Past this many candidates a list of codes is no longer read at a glance in a table.
const BRIEF_CODES: usize = 8;

impl SharedCurrency {
    /// The candidates' codes, "/" between them: the unit as reports write it.
    pub fn codes(&'static self) -> &'static str {
        &self.codes
    }

    pub fn currencies(&self) -> &[Currency] {
        &self.currencies
    }

    /// The candidates as a table cell names them (see `brief`).
    pub fn brief(&'static self) -> &'static str {
        &self.brief
    }
}

struct Table {
    /// A currency's noun in every form ("dinar", "dinars"); shared by several, it names
    /// them all ("dinars": one of the dinars).
    nouns: FastMap<String, Unit>,
    /// The full English name in every form ("kuwaiti dinar", "kuwaiti dinars").
    names: FastMap<String, Unit>,
    /// A sign read beside a number: one character ("₩", "₪", "₦", "₨"), letters of another
    /// script ("лв", "ден", "د.إ"), a dollar or slash form ("RD$", "B/."), or three or more
    /// Latin letters ("FCFA", "USh"). Signs that are English words or units ("Ft", "KM",
    /// "MT", "kn", "L") are left out.
    signs: FastMap<String, Unit>,
    /// Every sign iso_currency gives several currencies, readable or not ("kr", "Br"): the
    /// letter signs of `lexicon` ask it for the ones news writes.
    shared_signs: FastMap<String, Unit>,
    /// For "$", "£" and "¥": every currency whose sign holds it ("$", "RD$"), and for "£"
    /// every pound: the currency of an amount whose letters before the sign name none.
    sign_families: [(&'static str, &'static SharedCurrency); 3],
}

/// The signs letters are glued before to name one of their currencies ("RD$", "E£", "CN¥").
pub(super) const FAMILY_SIGNS: [&str; 3] = ["$", "£", "¥"];

/// A currency written with `sign`, or for "£" named a pound ("LL" is the Lebanese pound's).
fn of_family(c: &Currency, sign: &str) -> bool {
    current(c) && (c.symbol().symbol.contains(sign) || sign == "£" && c.name().contains("pound"))
}

/// A currency's sign as its own token sequence can be read beside a number without taking
/// an English word, a unit or a letter for money.
fn readable_sign(sign: &str) -> bool {
    let letters = sign.chars().filter(|c| c.is_alphabetic()).count();
    if sign.is_empty() || sign == "$" || sign == "¤" {
        return false;
    }
    if !sign.is_ascii() {
        return true;
    }
    sign.contains(['$', '/']) && letters >= 1
        || letters >= 3 && sign.chars().any(|c| c.is_ascii_uppercase())
}

/// The forms a sign is written in: as given, and without its closing full stop ("лв.",
/// "лв"; "Bs.", "Bs").
fn sign_forms(sign: &str) -> Vec<String> {
    let mut out = vec![sign.to_string()];
    if let Some(bare) = sign.strip_suffix('.')
        && !bare.is_empty()
    {
        out.push(bare.to_string());
    }
    out
}

/// A currency people hold: not a fund code or a special drawing unit. Superseded ones stay
/// (an article from 2024 writes "BGN"; the lev became the euro only in 2026).
fn current(c: &Currency) -> bool {
    !c.is_fund() && !c.is_special()
}

/// A noun and its plurals as English news writes them.
fn forms(noun: &str) -> Vec<String> {
    let irregular: &[&str] = match noun {
        "real" => &["reais", "reals"],
        "leu" => &["lei"],
        "lev" => &["leva"],
        "krona" => &["kronor"],
        "króna" => &["krónur", "kronur", "krona"],
        "krone" => &["kroner"],
        "shekel" => &["shekels", "shekalim"],
        "złoty" => &["zloty", "zlotys", "zlotych"],
        "peso" => &["pesos"],
        "rupee" => &["rupees"],
        // Mongolia's tögrög as English news spells it.
        "tögrög" => &["tögrögs", "tugrik", "tugriks", "togrog", "togrogs"],
        _ => &[],
    };
    let mut out = vec![noun.to_string()];
    if irregular.is_empty() {
        out.push(format!("{noun}s"));
    } else {
        out.extend(irregular.iter().map(|s| s.to_string()));
    }
    out
}

/// The word Arabic and Persian price lists write for a currency's English noun: "ريال" is
/// every riyal and rial, "جنيه" every pound, "درهم" every dirham, "دينار" every dinar.
fn other_script_nouns(noun: &str) -> &'static [&'static str] {
    match noun {
        "riyal" | "rial" => &["ريال", "ریال"],
        "pound" => &["جنيه"],
        "dirham" => &["درهم"],
        "dinar" => &["دينار"],
        // The lari in Georgian script, as Georgian sources beside English text write it.
        "lari" => &["ლარი"],
        _ => &[],
    }
}

/// Adds `c` to the currencies `key` names, once.
fn add(map: &mut FastMap<String, Vec<Currency>>, key: String, c: Currency) {
    let list = map.entry(key).or_default();
    if !list.contains(&c) {
        list.push(c);
    }
}

/// Units for a table's keys: one currency's own, or the shared unit of several. A set of
/// currencies gets one shared unit, made once and kept for the life of the process (the
/// table is built once, so this is its own storage, not a leak that grows).
fn units(
    map: FastMap<String, Vec<Currency>>,
    shared: &mut FastMap<Vec<Currency>, &'static SharedCurrency>,
) -> FastMap<String, Unit> {
    map.into_iter()
        .map(|(key, mut list)| {
            let unit = if let [one] = list[..] {
                Unit::Money(one)
            } else {
                list.sort_by_key(|c| c.code());
                let s = shared.entry(list.clone()).or_insert_with(|| {
                    let codes = list.iter().map(|c| c.code()).collect::<Vec<_>>().join("/");
                    let brief = match (list.first(), list.last()) {
                        (Some(a), Some(z)) if list.len() > BRIEF_CODES => {
                            format!("{}…{} ({} currencies)", a.code(), z.code(), list.len())
                        }
                        _ => codes.clone(),
                    };
                    Box::leak(Box::new(SharedCurrency {
                        codes,
                        brief,
                        currencies: list,
                    }))
                });
                Unit::MoneyOneOf(s)
            };
            (key, unit)
        })
        .collect()
}

/// Builds the currency table if no amount has yet (see [`crate::extract::build_tables`]).
pub(super) fn build_table() {
    table();
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut nouns = FastMap::default();
        let mut names = FastMap::default();
        let mut signs = FastMap::default();
        let mut shared_signs = FastMap::default();
        for c in Currency::iter().filter(current) {
            let name = c.name().to_lowercase();
            let (head, noun) = name.rsplit_once(' ').unwrap_or(("", name.as_str()));
            for word in other_script_nouns(noun) {
                add(&mut nouns, word.to_string(), c);
            }
            for form in forms(noun) {
                add(&mut nouns, form.clone(), c);
                let full = if head.is_empty() {
                    form
                } else {
                    format!("{head} {form}")
                };
                add(&mut names, full, c);
            }
            let sign = c.symbol().symbol;
            for form in sign_forms(&sign) {
                if readable_sign(&sign) {
                    add(&mut signs, form.clone(), c);
                }
                add(&mut shared_signs, form, c);
            }
        }
        let mut shared = FastMap::default();
        let families = FAMILY_SIGNS.map(|sign| {
            let mut list: Vec<Currency> = Currency::iter().filter(|c| of_family(c, sign)).collect();
            list.sort_by_key(|c| c.code());
            match units([(String::new(), list)].into_iter().collect(), &mut shared).remove("") {
                Some(Unit::MoneyOneOf(s)) => (sign, s),
                _ => unreachable!("several currencies write each family's sign"),
            }
        });
        Table {
            sign_families: families,
            nouns: units(nouns, &mut shared),
            names: units(names, &mut shared),
            signs: units(signs, &mut shared),
            shared_signs: units(shared_signs, &mut shared)
                .into_iter()
                .filter(|(_, u)| matches!(u, Unit::MoneyOneOf(_)))
                .collect(),
        }
    })
}

/// "KWD", "SAR": a current ISO 4217 code, written in capitals.
pub(super) fn by_code(raw: &str) -> Option<Unit> {
    if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    // Capitals that are English words far more often than codes ("12 TOP officials").
    const WORDS: &[&str] = &["ALL", "TOP", "CUP", "BOB", "PEN", "MAD", "SOS", "MOP"];
    if WORDS.contains(&raw) {
        return None;
    }
    Currency::from_code(raw).filter(current).map(Unit::Money)
}

/// "shekels", "ringgit", "tenge": a currency's noun; "dinars", "pesos", "lei": the nouns
/// several currencies share, as money of one of them.
pub(super) fn by_noun(lower: &str) -> Option<Unit> {
    table().nouns.get(lower).copied()
}

/// "Kuwaiti dinars", "Saudi riyal", "Israeli new shekels": a currency's full English name.
pub(super) fn by_name(lower: &str) -> Option<Unit> {
    table().names.get(lower).copied()
}

/// "₩", "₪", "₦", "฿", "лв", "د.إ", "RD$": a currency's sign; "₨", "₱", "ƒ": a sign several
/// share, as money of one of them. A letter-prefixed dollar news reads one way ("S$" is
/// Singapore's, not also the Solomon Islands') is that currency, and so are the signs news
/// reads one way ("£" sterling, "¥" yen).
pub(super) fn by_sign(sign: &str) -> Option<Unit> {
    if let Some(u) = super::lexicon::news_sign(sign) {
        return Some(u);
    }
    if let Some(prefix) = sign.strip_suffix('$')
        && let Some(u) = super::lexicon::other_dollar_sign(prefix)
    {
        return Some(u);
    }
    table()
        .signs
        .get(sign)
        .copied()
        .or_else(|| super::lexicon::local_sign(sign))
}

/// The currency the letters glued before a dollar, pound or yen sign name ("RD$", "FJ$",
/// "MXN$", "TT$", "E£", "CN¥"), read as a reader would: the forms news writes ("HK$", "EC$",
/// "E£"), a sign of its own in the table ("RD$"), an ISO code written with the sign
/// ("MXN$"), a country's two-letter code whose currency is ("TT$", "BZ$", "CN¥"). Letters
/// none of these name still say the currency is not the news default ("$" the US dollar, "£"
/// sterling): money in one of the currencies of that sign.
pub(super) fn sign_prefixed(letters: &str, sign: &str) -> Unit {
    if let Some(u) = super::lexicon::other_sign_with_letters(letters, sign) {
        return u;
    }
    if let Some(u) = table().signs.get(&format!("{letters}{sign}")) {
        return *u;
    }
    let upper = letters.to_ascii_uppercase();
    if let Some(c) = Currency::from_code(&upper).filter(|c| of_family(c, sign)) {
        return Unit::Money(c);
    }
    if letters.len() == 2 && letters == upper {
        let country = keshvar::CountryIterator::new().find(|c| c.alpha2().to_string() == upper);
        if let Some(c) = country
            .and_then(|c| Currency::from_code(&c.currency_code().to_string()))
            .filter(|c| of_family(c, sign))
        {
            return Unit::Money(c);
        }
    }
    let family = table().sign_families.iter().find(|(s, _)| *s == sign);
    Unit::MoneyOneOf(family.expect("a family sign").1)
}

/// A sign iso_currency gives several currencies, however short ("kr": the Danish, Icelandic,
/// Norwegian and Swedish crowns): for the letter signs news writes after an amount.
pub(super) fn shared_sign(sign: &str) -> Option<Unit> {
    table().shared_signs.get(sign).copied()
}

/// The longest sign of one currency written as the tokens from `first` on, touching each
/// other ("د.إ", "лв.", "GH₵", "RD$"): its currency and its last token.
pub(super) fn joined_sign(sc: &super::Scanner, first: usize) -> Option<(Unit, usize)> {
    const LONGEST: usize = 6;
    let start = sc.toks.get(first)?.start;
    let mut best = None;
    for k in first..(first + LONGEST).min(sc.toks.len()) {
        if k > first && !sc.attached(k) {
            break;
        }
        if let Some(u) = by_sign(&sc.src[start..sc.toks[k].end]) {
            best = Some((u, k));
        }
    }
    // A sign ends where a word does: "KMF" is no "KM" and a letter after it no sign.
    best.filter(|&(_, k)| {
        sc.toks
            .get(k + 1)
            .is_none_or(|t| !sc.attached(k + 1) || t.kind != crate::extract::token::TokenKind::Word)
    })
}

/// Currency nouns that are also everyday English words ("they won 42 medals", "passed the
/// 1 million mark", "a sum 42"): by the noun alone they name no money. The currency is read
/// from its code or full name instead ("ZAR", "Brazilian reais").
/// A currency noun that is also an English word, read as money after a scale word ("1.2
/// trillion won", "300 billion kip"); "won" is South Korea's, as news means it. Not the
/// words a figure is also written beside: a milestone ("the 1 million mark"), a "sum", a
/// "real" (terms), a weight ("pound").
pub(super) fn word_noun_after_scale(lower: &str) -> Option<Unit> {
    match lower {
        "won" => Some(Unit::Money(Currency::KRW)),
        "kip" | "som" | "pula" | "tala" | "vatu" | "cedi" | "lek" | "leone" | "loti" | "soles" => {
            by_noun(lower)
        }
        _ => None,
    }
}

pub(super) fn english_word(lower: &str) -> bool {
    matches!(
        lower,
        "real"
            | "reals"
            | "mark"
            | "marks"
            | "won"
            | "kip"
            | "som"
            | "pula"
            | "tala"
            | "vatu"
            | "cedi"
            | "lek"
            | "para"
            | "leone"
            | "loti"
            | "dollar"
            | "dollars"
            // "a five-pound bag": a weight as often as money; "pounds" is read as sterling.
            | "pound"
            | "sum"
            | "sums"
            | "sol"
            | "soles"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_knows_codes_nouns_names_and_signs() {
        assert_eq!(by_code("KWD"), Some(Unit::Money(Currency::KWD)));
        assert_eq!(by_code("kwd"), None, "codes are written in capitals");
        assert_eq!(
            by_code("XDR"),
            None,
            "a drawing right is no currency people hold"
        );
        assert_eq!(
            by_code("BGN"),
            Some(Unit::Money(Currency::BGN)),
            "superseded, still written"
        );
        assert_eq!(by_noun("shekels"), Some(Unit::Money(Currency::ILS)));
        assert_eq!(by_noun("ringgit"), Some(Unit::Money(Currency::MYR)));
        let dinars = by_noun("dinars").expect("dinars are money");
        assert!(
            matches!(dinars, Unit::MoneyOneOf(s) if s.currencies().contains(&Currency::KWD) && s.currencies().contains(&Currency::JOD)),
            "several currencies are dinars: {dinars:?}"
        );
        assert_eq!(by_name("kuwaiti dinars"), Some(Unit::Money(Currency::KWD)));
        assert_eq!(by_name("saudi riyal"), Some(Unit::Money(Currency::SAR)));
        assert_eq!(by_sign("₪"), Some(Unit::Money(Currency::ILS)));
        assert_eq!(
            by_code("TOP"),
            None,
            "a capitalised word is not the paʻanga"
        );
        assert_eq!(
            by_sign("$"),
            Some(Unit::USD),
            "news reads a dollar sign as the US dollar"
        );
        assert_eq!(by_sign("лв"), Some(Unit::Money(Currency::BGN)));
        assert_eq!(by_sign("лв."), Some(Unit::Money(Currency::BGN)));
        assert_eq!(by_sign("د.إ"), Some(Unit::Money(Currency::AED)));
        assert_eq!(by_sign("RD$"), Some(Unit::Money(Currency::DOP)));
        assert_eq!(by_sign("FCFA"), Some(Unit::Money(Currency::XAF)));
        assert_eq!(by_sign("kr"), None, "four crowns share it");
        for word_or_unit in ["Ft", "KM", "MT", "kn", "L", "K", "P", "Br"] {
            assert_eq!(by_sign(word_or_unit), None, "{word_or_unit}");
        }
    }
}
