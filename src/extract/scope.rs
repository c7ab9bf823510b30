//! Scope: words that narrow a figure out of the measure the data holds as a whole. "Wine
//! exports", "imports of bitumen", "turnover of VAT-paying enterprises", "tourism revenue",
//! "the trade deficit", "is expected to reach": such a figure is not a claim about total
//! exports, imports, turnover or trips, and is reported as not checkable, never judged
//! against the total.

use super::entity::EntityMention;
use super::quantity::Quantity;
use super::words::SentenceWords;
use crate::fasthash::FastSet;
use std::sync::OnceLock;

/// Goods and sectors: a measure word next to one of these is about that part only.
static PARTS: Words = Words::new(&[
    // "imports from the US in this category reached USD 259 million": a category of goods.
    "category",
    "categories",
    "wine",
    "wines",
    "car",
    "cars",
    "vehicle",
    "vehicles",
    "automobile",
    "automobiles",
    "copper",
    "ore",
    "ores",
    "ferroalloy",
    "ferroalloys",
    "ferro-alloys",
    "gold",
    "silver",
    "nut",
    "nuts",
    "hazelnut",
    "hazelnuts",
    "walnuts",
    "water",
    "waters",
    "spirits",
    "brandy",
    "cognac",
    "beverage",
    "beverages",
    "tobacco",
    "cigarettes",
    "petroleum",
    "oil",
    "gas",
    "electricity",
    "energy",
    "medicine",
    "medicines",
    "pharmaceutical",
    "pharmaceuticals",
    "drugs",
    "wheat",
    "grain",
    "grains",
    "cereals",
    "flour",
    "sugar",
    "fertilizer",
    "fertilizers",
    "fertiliser",
    "fertilisers",
    "cement",
    "steel",
    "iron",
    "metal",
    "metals",
    "scrap",
    "textile",
    "textiles",
    "clothing",
    "apparel",
    "footwear",
    "fruit",
    "fruits",
    "citrus",
    "tangerines",
    "mandarins",
    "tea",
    "vegetables",
    "meat",
    "cattle",
    "livestock",
    "sheep",
    "fish",
    "dairy",
    "cheese",
    "honey",
    "furniture",
    "timber",
    "wood",
    "paper",
    "plastics",
    "chemicals",
    "machinery",
    "equipment",
    "phone",
    "phones",
    "telephones",
    "computers",
    "electronics",
    "bitumen",
    "asphalt",
    "coal",
    "diesel",
    "gasoline",
    "fuel",
    "fuels",
    "food",
    "foodstuffs",
    "agricultural",
    "agri-food",
    "manganese",
    "aluminum",
    "aluminium",
    "jewelry",
    "jewellery",
    "art",
    "service",
    "services",
    "enterprises",
    "companies",
    "firms",
    "businesses",
    "retail",
    "wholesale",
    "sector",
    "industry",
    "vat-paying",
    "hotels",
    "restaurants",
    "construction",
    "manufacturing",
    "mining",
    "agriculture",
    "re-exports",
    "re-export",
]);

/// Other quantities: a figure whose head noun is one of these is not a trade, trip or GDP
/// figure even when a measure word stands beside it ("tourism revenue", "trade deficit").
static OTHER_QUANTITIES: Words = Words::new(&[
    "revenue",
    "revenues",
    "income",
    "incomes",
    "spending",
    "spent",
    "spend",
    "expenditure",
    "expenditures",
    "deficit",
    "deficits",
    "gap",
    "surplus",
    "balance",
    "investment",
    "investments",
    "fdi",
    "remittances",
    "transfers",
    "debt",
    "budget",
    "inflation",
    "reserves",
    "price",
    "prices",
    "salary",
    "salaries",
    "wage",
    "wages",
    "employment",
    "employed",
    "jobs",
    "tax",
    "taxes",
    "loans",
    "cargo",
    "freight",
    "tonnes",
    "tons",
    "flights",
    "passengers",
    "beds",
    "nights",
    "profit",
    "profits",
    "grant",
    "grants",
    "aid",
    "receipts",
    "exporters",
    "importers",
    "enterprises",
    "companies",
]);

/// Words that put a figure in the future or in someone's plan.
const FORECAST: &[&str] = &[
    "expected",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "forecasted",
    "projected",
    "projects",
    "projection",
    "projections",
    "predicted",
    "predicts",
    "anticipated",
    "will",
    "target",
    "targets",
    "aims",
    "aim",
    "plans",
    "planned",
    "goal",
    "outlook",
];

const RECOVERY: &[&str] = &[
    "recovery",
    "recovered",
    "recovering",
    "rebounded",
    "rebound",
    "restored",
    "restoration",
];

const TOP_N: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
];

/// Determiners and the like between "exports of" and the goods named.
const SKIP_AFTER_OF: &[&str] = &[
    "the", "its", "their", "our", "georgian", "local", "domestic",
];

/// The word at `at` opens the sentence (a bullet or quote before it aside).
fn first_word(sentence: &str, at: usize) -> bool {
    !sentence[..at].chars().any(char::is_alphanumeric)
}

/// A word list asked of every word of a sentence by several checks: its lower-case forms,
/// each also without a plural "s", in a set built once.
struct Words {
    list: &'static [&'static str],
    set: OnceLock<FastSet<Box<[u8]>>>,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    /// `w` is one of the words, in any case, with or without a plural "s" or an apostrophe.
    fn has(&self, w: &str) -> bool {
        let whole = w.trim_end_matches(['\'', '’', 's']);
        let set = self.set.get_or_init(|| {
            self.list
                .iter()
                .flat_map(|x| [*x, x.trim_end_matches('s')])
                .map(|x| x.to_ascii_lowercase().into_bytes().into_boxed_slice())
                .collect()
        });
        // No allocation: the word lower-cased on the stack (no listed word is longer).
        let mut buf = [0u8; 48];
        if whole.len() > buf.len() {
            return false;
        }
        for (d, b) in buf.iter_mut().zip(whole.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        set.contains(&buf[..whole.len()])
    }
}

/// The goods or sector a measure word is narrowed to: the word before it ("wine exports")
/// or after "of" ("imports of bitumen"), skipping determiners and demonyms.
fn part_named(
    words: &SentenceWords,
    term: (usize, usize),
    entities: &[EntityMention],
) -> Option<String> {
    let sentence = words.text();
    if let Some((a, b)) = words.words(0, term.0).next_back()
        && sentence[b..term.0].trim().is_empty()
        && (first_word(sentence, a) || !sentence[a..b].starts_with(char::is_uppercase))
        && PARTS.has(&sentence[a..b])
    {
        return Some(sentence[a..b].to_string());
    }
    let mut words = words.words(term.1, sentence.len());
    let (a, b) = words.next()?;
    if !sentence[a..b].eq_ignore_ascii_case("of") || !sentence[term.1..a].trim().is_empty() {
        return None;
    }
    for (a, b) in words.take(3) {
        let w = &sentence[a..b];
        let demonym = entities
            .iter()
            .any(|e| e.demonym && e.start <= a && b <= e.end);
        if demonym || SKIP_AFTER_OF.contains(&w.to_ascii_lowercase().as_str()) {
            continue;
        }
        return PARTS.has(w).then(|| w.to_string());
    }
    None
}

/// A word of `list` in the figure's clause, before it (the measure word aside).
fn nearer_word(
    words: &SentenceWords,
    q: &Quantity,
    clause: (usize, usize),
    term: (usize, usize),
    list: &Words,
) -> Option<(usize, usize)> {
    // Goods named anywhere in the figure's clause before it; when the clause names no
    // measure of its own, anywhere in the sentence before it ("copper ores were exported
    // ..., valued at 393.6 million USD"): the figure is about them.
    let own_term = term.0 >= clause.0 && term.1 <= clause.1;
    let start = if own_term { clause.0.min(q.start) } else { 0 };
    // The nearest such word names the goods; a capitalised one after the sentence's first
    // word is a name ("the National Statistics Service"), not goods.
    let sentence = words.text();
    words
        .words(start, q.start)
        .filter(|&(a, b)| b <= term.0 || a >= term.1)
        .filter(|&(a, b)| {
            first_word(sentence, a) || !sentence[a..b].starts_with(char::is_uppercase)
        })
        .rfind(|&(a, b)| list.has(&sentence[a..b]))
}

/// Where the sentence's first trade or travel word ends, before `limit`: the head of its
/// subject ("The trade deficit ...", "Tourism revenue ...").
fn lexicon_first_term_end(words: &SentenceWords, limit: usize) -> Option<usize> {
    const HEADS: &[&str] = &["trade", "tourism", "export", "import", "visitor", "tourist"];
    words
        .words(0, limit)
        .take(6)
        .find(|&(a, b)| {
            let w = &words.lower()[a..b];
            HEADS.iter().any(|h| w.trim_end_matches('s') == *h)
        })
        .map(|(_, b)| b)
}

/// Why a figure is out of the data's scope, if it is. `term` is the measure word its
/// sentence names for it; `clause` the span of its clause.
pub fn out_of_scope(
    words: &SentenceWords,
    q: &Quantity,
    share: bool,
    clause: (usize, usize),
    term: Option<(usize, usize)>,
    entities: &[EntityMention],
) -> Option<String> {
    let f = Figure {
        sentence: words.text(),
        lower: words.lower(),
        words,
        q,
        share,
        clause,
        // A figure whose measure word was carried from the sentence before: its own
        // sentence can still narrow it ("Russia supplied 771,300 tons of oil ... worth
        // $552.1 mln").
        term: term.unwrap_or((0, 0)),
        entities,
    };
    forecast(&f)
        .or_else(|| recovery(&f))
        .or_else(|| outbound(&f))
        .or_else(|| another_place(&f))
        .or_else(|| breakdown(&f))
        .or_else(|| vague_span(&f))
        .or_else(|| part_of_year(&f))
        .or_else(|| top_group(&f))
        .or_else(|| partners_together(&f))
        .or_else(|| part_of_measure(&f))
        .or_else(|| other_quantity(&f))
}

/// A figure in its sentence, as the scope checks read it.
struct Figure<'a> {
    sentence: &'a str,
    /// The sentence in ASCII lower case: byte offsets as in `sentence`.
    lower: &'a str,
    words: &'a SentenceWords<'a>,
    q: &'a Quantity,
    share: bool,
    clause: (usize, usize),
    /// The measure word's span; (0, 0) when it was carried from before.
    term: (usize, usize),
    entities: &'a [EntityMention],
}

impl Figure<'_> {
    /// Lower-case words up to the end of the figure's clause.
    fn words_upto(&self) -> impl Iterator<Item = &str> {
        let upto = self.clause.1.max(self.q.end).min(self.sentence.len());
        self.words.lower_words(0, upto)
    }
}

/// Forecasts: a plan or expectation before the figure, or in its clause after it.
fn forecast(f: &Figure) -> Option<String> {
    let w = f.words_upto().find(|w| FORECAST.contains(w))?;
    Some(format!(
        "a forecast, plan or target (\"{w}\"), not a published figure"
    ))
}

/// "a 35.3 percent recovery", "recovered to 74%", "92% of the 2019 level": the level as a
/// percent of a base period, which the data gives as the ratio of two levels. "Recovered by
/// 71.9%" and "rebounded 20%" are written both for that ratio and for growth: neither is read.
pub fn percent_of_base(sentence: &str, q: &Quantity) -> bool {
    if q.unit != super::quantity::Unit::Percent || q.direction.is_some() {
        return false;
    }
    // Only the words next to the figure decide: no copy of the rest of the sentence.
    let window = |from: usize, to: usize| {
        let (mut a, mut b) = (from, to);
        while !sentence.is_char_boundary(a) {
            a += 1;
        }
        while !sentence.is_char_boundary(b) {
            b -= 1;
        }
        sentence[a..b.max(a)].to_ascii_lowercase()
    };
    let after = window(q.end, (q.end + 60).min(sentence.len()));
    let after = after.trim_start();
    let before = window(q.start.saturating_sub(20), q.start);
    let before = before.trim_end();
    let next: Vec<&str> = after
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let of_a_level = next.first() == Some(&"of") && {
        let rest = if next.get(1) == Some(&"the") {
            &next[2..]
        } else {
            &next[1..]
        };
        rest.first().is_some_and(|w| {
            matches!(*w, "pre-pandemic" | "pre-covid")
                || w.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
        }) && rest.get(1).is_some_and(|w| {
            matches!(
                *w,
                "level" | "levels" | "figure" | "figures" | "indicator" | "indicators"
            )
        })
    };
    next.first() == Some(&"recovery") || before.ends_with("recovered to") || of_a_level
}

/// "recovered by 71.9%", "a 92% rebound": written for the level as a percent of a base year
/// and for growth alike, so not a growth rate the data can be asked for.
fn recovery(f: &Figure) -> Option<String> {
    if f.q.unit != super::quantity::Unit::Percent || percent_of_base(f.sentence, f.q) {
        return None;
    }
    // The recovery word must be the figure's: "a 35.3 percent recovery", "recovered by
    // 71.9%", "in figures of recovery, visitors from Israel (231.3 percent)"; not "an increase
    // of 297 percent" or "a 59.6% increase" after a recovery in the same sentence.
    let change = |w: &str| super::quantity::is_change_word(w) || matches!(w, "more" | "less");
    let words = |a: usize, b: usize| -> Vec<&str> { f.words.lower_words(a, b).collect() };
    let start = f.clause.0.min(f.q.start);
    let near = words(start, f.q.start);
    let after = words(f.q.end, f.lower.len());
    let next = after.first().copied();
    let adjacent = near
        .iter()
        .rev()
        .take(3)
        .copied()
        .chain(next)
        .find(|w| RECOVERY.contains(w));
    let w = match adjacent {
        Some(w) => w,
        None if next.is_some_and(change) => return None,
        None => {
            // The last recovery or change word before the figure decides.
            let before = words(0, f.q.start);
            let last = before
                .iter()
                .rev()
                .copied()
                .find(|w| RECOVERY.contains(w) || change(w))?;
            if !RECOVERY.contains(&last) {
                return None;
            }
            last
        }
    };
    Some(format!(
        "a recovery ratio (\"{w}\": the level as a percent of a base year), not a growth rate the data gives"
    ))
}

/// "4.3 million people travelled abroad", "Azerbaijanis visiting foreign countries": trips
/// out of a country, where the data counts trips into the home country.
fn outbound(f: &Figure) -> Option<String> {
    const GOING: &[&str] = &[
        "travel",
        "travels",
        "traveled",
        "travelled",
        "traveling",
        "travelling",
        "went",
        "go",
        "going",
        "trips",
        "trip",
        "visiting",
        "visited",
        "visit",
        "visits",
        "left",
        "leaving",
        "departed",
        "departures",
    ];
    if !["abroad", "outbound", "foreign countries"]
        .iter()
        .any(|w| f.lower.contains(w))
    {
        return None;
    }
    let words: Vec<&str> = f.words_upto().collect();
    let found = words.iter().enumerate().find_map(|(i, w)| {
        let after_going = |back: usize| {
            words[i.saturating_sub(back)..i]
                .iter()
                .any(|g| GOING.contains(g))
        };
        match *w {
            "outbound" => Some("outbound"),
            "abroad" if after_going(3) => Some("abroad"),
            "countries" if i > 0 && words[i - 1] == "foreign" && after_going(3) => {
                Some("foreign countries")
            }
            _ => None,
        }
    })?;
    Some(format!(
        "about travel out of the country (\"{found}\"), where the data counts trips into it"
    ))
}

/// "Among international visitors, 80.8% were tourists, 15.4% excursionists": shares of a
/// whole by a kind no partner names; "visitors aged 31–50 made up 40.7%": by age. The data
/// holds shares by partner only.
fn breakdown(f: &Figure) -> Option<String> {
    let clause = &f.lower[f.clause.0..f.clause.1.max(f.q.end).min(f.lower.len())];
    if clause.contains("aged")
        && f.words
            .lower_words(f.clause.0, f.clause.0 + clause.len())
            .any(|w| w == "aged")
    {
        return Some("a breakdown by age, which the data does not hold".into());
    }
    // "Over 90% of imported goods from the US consist of light vehicles": what the flow is
    // made of, not the partner's share of it.
    let made_of = [
        "consist of",
        "consists of",
        "consisted of",
        "made up of",
        "comprised of",
    ];
    if f.share {
        let after = &f.lower[f.q.end..f.clause.1.max(f.q.end).min(f.lower.len())];
        if let Some(w) = made_of.iter().find(|w| after.contains(*w)) {
            return Some(format!(
                "a breakdown of the flow by what it \"{w}\", which the data does not hold"
            ));
        }
    }
    let partner = f
        .entities
        .iter()
        .any(|e| e.start >= f.clause.0 && e.end <= f.clause.1);
    let among = f.lower.trim_start().starts_with("among ") && f.lower[..f.q.start].contains(',');
    (f.share && among && !partner)
        .then(|| "a breakdown by a kind no partner names, which the data does not hold".into())
}

/// "1 million tourists visited Istanbul": where the travellers went is a place no country
/// name gives, so not the home country's total (countries are read as parties).
fn another_place(f: &Figure) -> Option<String> {
    let upto = f.clause.1.max(f.q.end).min(f.sentence.len());
    let verbs = ["visit", "arrived", "came", "travel"];
    if !verbs.iter().any(|v| f.lower[f.clause.0..upto].contains(v)) {
        return None;
    }
    let words: Vec<(usize, usize)> = f.words.words(f.clause.0, upto).collect();
    let lower = |k: usize| words.get(k).map(|&(a, b)| &f.lower[a..b]);
    // In a headline written in title case ("Tourist Visits Were Made In …") capitals name
    // nothing.
    let (capitals, all) = f
        .words
        .words(0, f.sentence.len())
        .fold((0, 0), |(c, n), (a, _)| {
            let capital = f.sentence[a..].starts_with(char::is_uppercase);
            (c + usize::from(capital), n + 1)
        });
    if capitals * 2 > all {
        return None;
    }
    (0..words.len()).find_map(|k| {
        let place = match lower(k)? {
            "visited" | "visiting" => k + 1,
            "arrived" if lower(k + 1) == Some("in") => k + 2,
            "came" | "travelled" | "traveled" if lower(k + 1) == Some("to") => k + 2,
            _ => return None,
        };
        let (a, b) = *words.get(place)?;
        let name = &f.sentence[a..b];
        let named = name.starts_with(char::is_uppercase)
            && f.entities.iter().all(|e| e.end <= a || e.start >= b);
        named.then(|| format!("about visits to {name}, a place the data does not describe"))
    })
}

/// "in recent years", "over the past few years": a span the article does not pin down.
fn vague_span(f: &Figure) -> Option<String> {
    let phrase = [
        "in recent years",
        "over the past few years",
        "over the last few years",
        "in recent months",
        "over the years",
    ]
    .iter()
    .find(|p| {
        f.lower
            .find(**p)
            .is_some_and(|i| i < f.q.end.max(f.clause.1))
    })?;
    Some(format!(
        "for a span the article does not pin down (\"{phrase}\")"
    ))
}

/// "at the beginning of 2023", "in early 2024": a part of a year the article does not pin
/// down. Whole words only ("nearly 20%" holds no "early"), and a year after them ("the end
/// of 20 billion" is none).
fn part_of_year(f: &Figure) -> Option<String> {
    let words: Vec<(usize, usize)> = f.words.words(0, f.lower.len()).collect();
    let word = |k: usize| words.get(k).map(|&(a, b)| &f.lower[a..b]);
    let year = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits == 4
            && w[..4]
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
    };
    let at = (0..words.len()).find_map(|k| {
        let after = match word(k)? {
            "beginning" | "start" | "end" | "middle" if word(k + 1) == Some("of") => k + 2,
            "early" | "late" => k + 1,
            _ => return None,
        };
        let after = if word(after) == Some("the") {
            after + 1
        } else {
            after
        };
        let dated = word(after).is_some_and(year)
            || (word(after) == Some("this") && word(after + 1) == Some("year"));
        dated.then_some(words[k].0)
    })?;
    let phrase = f.sentence[at..]
        .split([',', '.', ';'])
        .next()
        .unwrap_or("")
        .trim();
    Some(format!(
        "for a part of a year the article does not pin down (\"{phrase}\")"
    ))
}

/// "the top ten trading partners", "the ten largest exporting countries": a group the data
/// does not hold. Only a share: "Türkiye, Russia and China were the top three partners, with
/// 2 billion dollars, 1.71 billion ... respectively" gives each partner's own figure.
fn top_group(f: &Figure) -> Option<String> {
    const RANKED: &[&str] = &["top", "largest", "biggest", "main", "leading", "major"];
    const GROUPS: &[&str] = &[
        "partners",
        "countries",
        "exporters",
        "importers",
        "markets",
        "destinations",
        "suppliers",
    ];
    if !f.share {
        return None;
    }
    let before: Vec<&str> = f
        .words
        .lower_words(0, f.q.start.min(f.lower.len()))
        .collect();
    let count = |w: &str| w.parse::<u32>().is_ok() || TOP_N.contains(&w);
    let grouped = before.windows(2).enumerate().any(|(i, pair)| {
        let ranked_count =
            (pair[0] == "top" && count(pair[1])) || (count(pair[0]) && RANKED.contains(&pair[1]));
        ranked_count && before[i + 2..].iter().take(4).any(|w| GROUPS.contains(w))
    });
    grouped.then(|| "about a group of top partners, which the data does not hold".into())
}

/// "the United States, Turkey, and China ... together accounting for roughly a third of
/// total imports": a share of several partners summed, which the data holds for none.
fn partners_together(f: &Figure) -> Option<String> {
    if !f.share {
        return None;
    }
    let joint = f
        .words_upto()
        .find(|w| matches!(*w, "together" | "combined" | "jointly" | "collectively"))?;
    let partners: std::collections::BTreeSet<&str> = f
        .entities
        .iter()
        .filter(|e| e.end <= f.q.start)
        // "Georgia's main suppliers": the owner, not one of the partners summed.
        .filter(|e| !super::text::possessive_at(f.sentence, e.end))
        .map(|e| e.code.as_str())
        .collect();
    (partners.len() >= 2).then(|| {
        format!("about several partners {joint}, a sum the data does not hold as one figure")
    })
}

/// A part of the measure: goods named as the term's part, or a list of goods in the
/// figure's own clause ("motor cars ($263 million), wine ($48 million)").
fn part_of_measure(f: &Figure) -> Option<String> {
    let part = part_named(f.words, f.term, f.entities)
        .or_else(|| {
            nearer_word(f.words, f.q, f.clause, f.term, &PARTS)
                .map(|(a, b)| f.sentence[a..b].to_string())
        })
        .or_else(|| labelled_goods(f))
        .or_else(|| goods_of_relative(f))?;
    Some(format!(
        "about {part} only, a part of the measure the data holds as a whole"
    ))
}

/// Nouns a figure follows that name no goods: the measure's own words, partners, periods,
/// pronouns, verbs and units.
const NOT_GOODS: &[&str] = &[
    "goods",
    "good",
    "products",
    "product",
    "commodities",
    "commodity",
    "merchandise",
    "exports",
    "export",
    "imports",
    "import",
    "trade",
    "turnover",
    "total",
    "totals",
    "others",
    "other",
    "partners",
    "partner",
    "countries",
    "country",
    "world",
    "half",
    "quarter",
    "year",
    "years",
    "month",
    "months",
    "period",
    "periods",
    "amount",
    "value",
    "sum",
    "figure",
    "figures",
    "level",
    "volume",
    "dollars",
    "tourists",
    "visitors",
    "travelers",
    "travellers",
    "trips",
    "visits",
    "arrivals",
    "them",
    "which",
    "that",
    "it",
    "this",
    "these",
    "those",
    "economy",
    "gdp",
    "whole",
    "all",
    "overall",
    "growth",
    // Not nouns of goods: verbs, comparatives and units a figure also follows.
    "were",
    "was",
    "is",
    "are",
    "be",
    "been",
    "being",
    "more",
    "less",
    "fewer",
    "higher",
    "lower",
    "up",
    "down",
    "only",
    "just",
    "about",
    "around",
    "nearly",
    "almost",
    "tons",
    "tonnes",
    "units",
    "people",
    "persons",
    "times",
    "percent",
    "respectively",
];

/// "Tires (22.6 million USD)", "trucks worth USD 87.5 million": a figure given for the noun
/// right before it (in brackets, or after "worth"), when that noun is no partner, period,
/// measure or generic word: goods the figure is about.
fn labelled_goods(f: &Figure) -> Option<String> {
    if !(f.q.unit.is_money() || f.q.unit == super::quantity::Unit::Count) {
        return None;
    }
    let before = f.sentence[..f.q.start].trim_end();
    let head_end = if let Some(b) = before.strip_suffix('(') {
        b.len()
    } else if f.lower[..before.len()].ends_with(" worth") {
        before.len() - " worth".len()
    } else {
        return None;
    };
    goods_ending_at(f, head_end)
}

/// "copper ores and precious metals, whose exports amounted to USD 42.5 million", "packaged
/// medicines, the export of which cost Georgia USD 245 million": the measure word in a
/// relative clause on goods is theirs.
fn goods_of_relative(f: &Figure) -> Option<String> {
    if f.term == (0, 0) {
        return None;
    }
    let before = f.lower[..f.term.0].trim_end();
    let head_end = if let Some(b) = before.strip_suffix(", whose") {
        b.len()
    } else if f.lower[f.term.1..].trim_start().starts_with("of which") {
        before.strip_suffix(", the")?.len()
    } else {
        return None;
    };
    goods_ending_at(f, head_end)
}

/// The noun that ends right at `head_end`, if it can name goods.
fn goods_ending_at(f: &Figure, head_end: usize) -> Option<String> {
    let (a, b) = f.words.words(0, head_end).next_back()?;
    let noun = &f.sentence[a..b];
    let lower = noun.to_ascii_lowercase();
    let named = f.entities.iter().any(|e| e.start < b && a < e.end);
    let measure_word = a < f.term.1 && f.term.0 < b;
    if !f.sentence[b..head_end].trim().is_empty()
        || noun.bytes().any(|c| c.is_ascii_digit())
        || named
        || measure_word
        || NOT_GOODS.contains(&lower.as_str())
        || OTHER_QUANTITIES.has(noun)
        || crate::extract::period::month_number(&lower).is_some()
        || crate::extract::entity::is_demonym(noun)
    {
        return None;
    }
    Some(lower)
}

/// Another quantity: its noun right after the measure word ("trade deficit", "tourism
/// revenue"), nearer the figure than the measure word, heading it ("revenue from foreign
/// visitors"), a share's part, or the sentence's subject.
fn other_quantity(f: &Figure) -> Option<String> {
    let (sentence, term) = (f.sentence, f.term);
    let head = f
        .words
        .words(term.1, sentence.len())
        .take(2)
        .find(|&(a, b)| OTHER_QUANTITIES.has(&sentence[a..b]));
    head.or_else(|| nearer_quantity(f))
        .or_else(|| quantity_of_term(f))
        .or_else(|| share_part(f))
        .or_else(|| sentence_subject(f))
        .map(|(a, b)| {
            format!(
                "about {}, a quantity the data does not hold",
                &sentence[a..b].to_lowercase()
            )
        })
}

/// Another quantity's noun nearer the figure than the measure word, within the clause; or
/// the sentence's subject before the figure ("Tourism revenues ... exceeding the levels of
/// 2019 by 39.6 percent") when the measure word is further away still.
fn nearer_quantity(f: &Figure) -> Option<(usize, usize)> {
    let (sentence, q, clause, term) = (f.sentence, f.q, f.clause, f.term);
    let in_clause = |a: usize| a >= clause.0 && a < clause.1;
    let dist = |a: usize, b: usize| {
        if b <= q.start {
            q.start - b
        } else {
            a.saturating_sub(q.end)
        }
    };
    let term_dist = dist(term.0, term.1);
    let outside_term = |&(a, b): &(usize, usize)| b <= term.0 || a >= term.1;
    let other = |&(a, b): &(usize, usize)| OTHER_QUANTITIES.has(&sentence[a..b]);
    f.words
        .words(clause.0, clause.1)
        .filter(|w| outside_term(w) && in_clause(w.0))
        .filter(other)
        .find(|&(a, b)| dist(a, b) < term_dist)
        .or_else(|| {
            // Only words nearer than the measure word can answer: start the scan there (at
            // the start of the word that reaches into the window), not at the sentence's.
            let mut from = q.start.saturating_sub(term_dist);
            while from > 0 && !sentence.is_char_boundary(from) {
                from -= 1;
            }
            let in_word = |c: &char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
            while let Some(c) = sentence[..from].chars().next_back().filter(in_word) {
                from -= c.len_utf8();
            }
            f.words
                .words(from, q.start)
                .filter(outside_term)
                .filter(other)
                .find(|&(a, b)| dist(a, b) < term_dist)
        })
}

/// "revenue from foreign visitors", "income of exporters": the other quantity is the head.
fn quantity_of_term(f: &Figure) -> Option<(usize, usize)> {
    let (sentence, term) = (f.sentence, f.term);
    let from = f.clause.0.min(term.0);
    f.words
        .words(from, term.0)
        .filter(|&(a, b)| OTHER_QUANTITIES.has(&sentence[a..b]))
        .find(|&(_, b)| {
            let between: Vec<&str> = sentence[b..term.0].split_whitespace().collect();
            between.len() <= 3
                && between
                    .first()
                    .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "from" | "of"))
        })
}

/// "The trade deficit amounted to $4.6 billion, representing 44.8% of the overall trade
/// turnover": a share's part is what the sentence is about before it, when no partner
/// stands between them. "Copper ores ($34.1 million, or 15.3 percent of total exports)":
/// goods too.
fn share_part(f: &Figure) -> Option<(usize, usize)> {
    let (sentence, q) = (f.sentence, f.q);
    if f.share
        && let Some(owner) = its_owner(f)
    {
        return Some(owner);
    }
    if !(f.share && f.term.0 > q.end) {
        return None;
    }
    f.words
        .words(0, q.start)
        .rfind(|&(a, b)| OTHER_QUANTITIES.has(&sentence[a..b]) || PARTS.has(&sentence[a..b]))
        .filter(|&(_, b)| !f.entities.iter().any(|e| e.start >= b && e.end <= q.start))
}

/// "The negative trade balance was $4,169.5 million ... and its share in external trade
/// turnover constituted 40.9%": "its" is the other quantity the sentence is about, when the
/// words before the figure's clause name one and no partner.
fn its_owner(f: &Figure) -> Option<(usize, usize)> {
    let (sentence, clause) = (f.sentence, f.clause);
    let its = f
        .words
        .words(clause.0, f.q.start)
        .rfind(|&(a, b)| &f.lower[a..b] == "its")?
        .0;
    if f.entities
        .iter()
        .any(|e| e.start >= its && e.end <= f.q.start)
    {
        return None;
    }
    f.words
        .words(0, its)
        .rfind(|&(a, b)| OTHER_QUANTITIES.has(&sentence[a..b]))
        .filter(|&(_, b)| !f.entities.iter().any(|e| e.start >= b && e.end <= its))
}

/// "The trade deficit, a measure of ..., totalled 5.83 billion USD": the sentence is about
/// the quantity its first measure word heads, unless the figure's clause names a measure of
/// its own.
fn sentence_subject(f: &Figure) -> Option<(usize, usize)> {
    let (sentence, term, clause) = (f.sentence, f.term, f.clause);
    if term.0 >= clause.0 && term.1 <= clause.1 {
        return None;
    }
    let first_term_end = lexicon_first_term_end(f.words, f.q.start)?;
    f.words
        .words(first_term_end, f.q.start)
        .next()
        .filter(|&(a, b)| OTHER_QUANTITIES.has(&sentence[a..b]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entity::find_entities;
    use crate::extract::quantity::extract_quantities;

    /// `out_of_scope` of a sentence given as text.
    fn scope_in(
        s: &str,
        q: &Quantity,
        share: bool,
        clause: (usize, usize),
        term: Option<(usize, usize)>,
        entities: &[EntityMention],
    ) -> Option<String> {
        out_of_scope(&SentenceWords::new(s), q, share, clause, term, entities)
    }

    /// The scope of the first figure, with `word` as its measure word.
    fn scope(s: &str, word: &str) -> Option<String> {
        scope_of(s, word, false)
    }

    /// The scope of the sentence's first figure, its measure word `word`, as a share or not.
    fn scope_of(s: &str, word: &str, share: bool) -> Option<String> {
        let q = extract_quantities(s).remove(0);
        let t = s.find(word).unwrap();
        scope_in(
            s,
            &q,
            share,
            (0, s.len()),
            Some((t, t + word.len())),
            &find_entities(s),
        )
    }

    #[test]
    fn goods_and_sectors_narrow_the_measure() {
        assert!(scope("Wine exports reached $240 million in 2023.", "exports").is_some());
        assert!(scope("Imports of bitumen fell by 12% in 2024.", "Imports").is_some());
        assert!(scope("Exports of Georgian wine rose 5%.", "Exports").is_some());
        assert!(
            scope(
                "The turnover of VAT-paying enterprises grew 10%.",
                "turnover"
            )
            .is_some()
        );
    }

    #[test]
    fn goods_listed_with_their_figures() {
        let s =
            "The major groups in exports included motor cars ($263 million), wine ($48 million).";
        let t = s.find("exports").unwrap();
        for fig in ["$263", "$48"] {
            let q = extract_quantities(&s[s.find(fig).unwrap()..]).remove(0);
            let at = s.find(fig).unwrap();
            let q = Quantity {
                start: q.start + at,
                end: q.end + at,
                ..q
            };
            let clause_start = s[..at].rfind(',').map_or(0, |i| i + 1);
            let scope = scope_in(s, &q, false, (clause_start, s.len()), Some((t, t + 7)), &[]);
            assert!(scope.is_some(), "{fig}");
        }
        let s = "The top export partners were China ($445.9 million), Azerbaijan ($399.6 million).";
        let at = s.find("$399").unwrap();
        let q = extract_quantities(&s[at..]).remove(0);
        let q = Quantity {
            start: q.start + at,
            end: q.end + at,
            ..q
        };
        let t = s.find("export").unwrap();
        assert!(
            scope_in(
                s,
                &q,
                false,
                (s.find(", A").unwrap() + 1, s.len()),
                Some((t, t + 6)),
                &find_entities(s)
            )
            .is_none()
        );
    }

    #[test]
    fn names_are_not_goods() {
        let s = "The National Statistics Service said exports reached $5.1 billion in 2024.";
        assert!(scope(s, "exports").is_none());
        let s = "The top exports were motor cars ($263 million) and wine ($48 million).";
        let at = s.find("$48").unwrap();
        let q = extract_quantities(&s[at..]).remove(0);
        let q = Quantity {
            start: q.start + at,
            end: q.end + at,
            ..q
        };
        let t = s.find("exports").unwrap();
        let why = scope_in(
            s,
            &q,
            false,
            (s.find(" and").unwrap() + 4, s.len()),
            Some((t, t + 7)),
            &[],
        )
        .unwrap();
        assert!(why.contains("wine"), "{why}");
    }

    #[test]
    fn totals_and_partners_stay_in_scope() {
        assert!(scope("Georgia's exports reached $240 million in 2023.", "exports").is_none());
        assert!(scope("Total exports of goods reached $5.1 billion.", "exports").is_none());
        assert!(scope("Exports to Russia rose by 12% in 2024.", "Exports").is_none());
        assert!(scope("Exports of Georgia amounted to $6 billion.", "Exports").is_none());
    }

    #[test]
    fn other_quantities_are_not_the_measure() {
        assert!(scope("The trade deficit amounted to $4.6 billion.", "trade").is_some());
        assert!(
            scope(
                "Revenue from foreign visitors reached $3.5 billion.",
                "visitors"
            )
            .is_some()
        );
        assert!(scope("Visitors spent $3.5 billion in 2023.", "Visitors").is_some());
        assert!(
            scope(
                "In 2020, 266,341 tons of copper ores were exported to China, valued at 393.6 million USD.",
                "exported"
            )
            .is_some()
        );
    }

    /// A country named at `start..end`, as the gazetteer would give it.
    fn country(start: usize, end: usize, code: &str) -> EntityMention {
        EntityMention {
            start,
            end,
            code: code.into(),
            demonym: false,
        }
    }

    fn share_scope(s: &str, word: &str) -> Option<String> {
        scope_of(s, word, true)
    }

    #[test]
    fn a_share_of_several_partners_together_is_no_partner_s_share() {
        let s = "The United States, Turkey, and China remain Georgia's main suppliers, together accounting for 33% of total imports.";
        let why = share_scope(s, "imports").expect("out of scope");
        assert!(why.contains("together"), "{why}");
        // One partner's share, the home country named as owner: in scope.
        let one = "Turkey remains Georgia's main supplier, accounting for 17% of total imports.";
        assert!(share_scope(one, "imports").is_none());
    }

    #[test]
    fn a_share_of_the_largest_partners_is_a_group() {
        // The figure is the share at the end; the count of partners comes before it.
        let share_at = |s: &str, figure: &str, word: &str| {
            let at = s.find(figure).unwrap();
            let q = extract_quantities(s)
                .into_iter()
                .find(|q| q.start == at)
                .unwrap();
            let t = s.find(word).unwrap();
            scope_in(
                s,
                &q,
                true,
                (0, s.len()),
                Some((t, t + word.len())),
                &find_entities(s),
            )
        };
        let ten = "From January-September 2022 the share of the ten largest exporting countries in Georgia's total exports amounted to 79.7%.";
        assert!(share_at(ten, "79.7%", "exports").is_some());
        let top = "The top 10 trading partners accounted for 68.7% of turnover.";
        assert!(share_at(top, "68.7%", "turnover").is_some());
        // One partner's share among the largest: its own figure.
        let one = "Turkey, the largest partner, accounted for 15% of turnover.";
        assert!(share_at(one, "15%", "turnover").is_none());
    }

    #[test]
    fn a_category_of_goods_is_a_part_of_the_measure() {
        let s = "However, imports from the US in this category reached USD 259 million in January 2025 alone.";
        assert!(scope(s, "imports").is_some_and(|w| w.contains("category")));
    }

    #[test]
    fn a_share_whose_part_is_another_quantity() {
        let s = "The trade deficit amounted to $4.6 billion, representing 44.8% of the overall trade turnover.";
        let at = s.find("44.8").unwrap();
        let q = extract_quantities(&s[at..]).remove(0);
        let q = Quantity {
            start: q.start + at,
            end: q.end + at,
            ..q
        };
        let t = s.rfind("trade turnover").unwrap();
        let clause = (s.find(',').unwrap() + 1, s.len());
        assert!(scope_in(s, &q, true, clause, Some((t, t + 14)), &[]).is_some());
        let s = "The top ten trading partners accounted for 76.4% of exports.";
        let at = s.find("76.4").unwrap();
        let q = extract_quantities(&s[at..]).remove(0);
        let q = Quantity {
            start: q.start + at,
            end: q.end + at,
            ..q
        };
        let t = s.rfind("exports").unwrap();
        assert!(scope_in(s, &q, true, (0, s.len()), Some((t, t + 7)), &[]).is_some());
    }

    #[test]
    fn a_part_of_a_year_not_pinned_down_is_not_checked() {
        assert!(
            scope(
                "At the beginning of 2023 visits amounted to about 300 thousand.",
                "visits"
            )
            .is_some()
        );
        assert!(scope("In early 2024 exports reached $500 million.", "exports").is_some());
        assert!(scope("In 2024 exports reached $500 million.", "exports").is_none());
        // Words that only contain the phrases, and figures after them that are no year.
        for s in [
            "In 2023 exports grew by nearly 20% to $6.1 billion.",
            "Georgian exports reached nearly 2,023 million dollars in 2023.",
            "Georgian exports at the weekend of the fair reached $20 million in 2023.",
            "In 2023 exports grew by 20 percent, to the end of 2 billion.",
        ] {
            assert_eq!(scope(s, "exports"), None, "{s}");
        }
        assert!(
            scope(
                "At the end of the 2023 season exports reached $5 million.",
                "exports"
            )
            .is_some()
        );
        assert!(
            scope(
                "In recent years, exports have grown by 10 percent.",
                "exports"
            )
            .is_some()
        );
    }

    #[test]
    fn a_figure_given_for_goods_is_about_them() {
        for (s, word, goods) in [
            (
                "Imports from China in 2020: tires (22.6 million USD) and TVs (13.7 million USD).",
                "Imports",
                "tires",
            ),
            (
                "In 2024 we also find trucks worth USD 87.5 million among imports.",
                "imports",
                "trucks",
            ),
        ] {
            let why = scope(s, word);
            assert!(
                why.as_deref().is_some_and(|w| w.contains(goods)),
                "{s}: {why:?}"
            );
        }
        // Partners, periods, verbs and comparatives before a figure are no goods.
        for s in [
            "In 2024 exports were worth $64.2 million.",
            "In 2024 exports grew 5.8% more (1,099,474) than in 2023.",
            "In 2024 exports in the first half ($1.2 billion) grew.",
        ] {
            assert!(scope(s, "exports").is_none(), "{s}");
        }
        // Another quantity is named as such, not as goods.
        let why = scope(
            "In 2024 exports and tourism revenue ($3.5 billion) grew.",
            "exports",
        );
        assert!(why.is_some_and(|w| w.contains("quantity the data does not hold")));
    }

    #[test]
    fn its_share_after_a_deficit_is_the_deficits() {
        let s = "The trade deficit was $4.2 billion in 2020 and its share in trade turnover constituted 40.9%.";
        let q = extract_quantities(s).remove(1);
        let clause = (s.find(" and its").unwrap(), s.len());
        let t = s.find("turnover").unwrap();
        let why = scope_in(s, &q, true, clause, Some((t, t + 8)), &[]);
        assert!(why.is_some_and(|w| w.contains("deficit")));
        // A partner's share stays the partner's.
        let s = "Turkey remained the top partner in 2022 and its share in trade turnover was 15%.";
        let q = extract_quantities(s).remove(0);
        let clause = (s.find(" and its").unwrap(), s.len());
        let t = s.find("turnover").unwrap();
        assert!(scope_in(s, &q, true, clause, Some((t, t + 8)), &[]).is_none());
    }

    #[test]
    fn recovery_ratios_are_not_growth_rates() {
        assert!(scope("International visits recovered by 71.9% in 2022.", "visits").is_some());
        // "A 35.3 percent recovery" is the level against its base, which the data gives.
        let s = "Visits saw a 35.3 percent recovery from 2019.";
        assert!(scope(s, "Visits").is_none());
        assert!(percent_of_base(s, &extract_quantities(s)[0]));
        assert!(scope("Visits saw a 35.3 percent rebound from 2019.", "Visits").is_some());
        // Another figure of the same sentence is a growth rate all the same.
        let s = "Visits saw a 35.3 percent recovery from 2019 and an increase of 297 percent compared to 2021.";
        let q = extract_quantities(s).remove(1);
        assert!(scope_in(s, &q, false, (0, s.len()), Some((0, 6)), &[]).is_none());
        assert!(scope("Visits rose by 12% in 2023.", "Visits").is_none());
    }

    #[test]
    fn travel_out_of_the_country_is_not_travel_into_it() {
        for s in [
            "Last year 4,250,000 people travelled abroad, 16% more than a year before.",
            "The number of Armenians visiting foreign countries increased by 9% in 2023.",
            "Outbound tourism grew by 12% in 2023.",
        ] {
            let why = scope(s, s.split_whitespace().next().unwrap());
            assert!(why.is_some_and(|w| w.contains("out of the country")), "{s}");
        }
        // Exports go abroad; that is no travel.
        assert!(scope("Exports abroad rose by 12% in 2023.", "Exports").is_none());
        assert!(
            scope(
                "Foreign visitors to Georgia rose by 12% in 2023.",
                "visitors"
            )
            .is_none()
        );
    }

    #[test]
    fn visits_to_a_place_no_country_names_are_not_the_countrys() {
        let s = "In May, over 1 million tourists visited Istanbul, and 152,976 tourists visited Antalya.";
        let why = scope(s, "tourists");
        assert!(why.is_some_and(|w| w.contains("Istanbul")));
        // A country is a party, read elsewhere; the home country is the data's own.
        let s = "In May, 1.1 million tourists visited Georgia.";
        let q = extract_quantities(s).remove(0);
        let at = s.find("Georgia").unwrap();
        let home = [country(at, at + 7, "GEO")];
        let t = s.find("tourists").unwrap();
        assert!(scope_in(s, &q, false, (0, s.len()), Some((t, t + 8)), &home).is_none());
        assert!(
            scope(
                "In May, 1.1 million tourists visited the country.",
                "tourists"
            )
            .is_none()
        );
        let s = "Over 1 Million Tourists Visited Georgia And Batumi In May";
        assert!(scope(s, "Tourists").is_none());
    }

    #[test]
    fn a_relative_clause_on_goods_makes_the_measure_theirs() {
        let s = "Second and third are copper ores and precious metals, whose exports amounted to $42.5 million and $39.8 million.";
        assert!(scope(s, "exports").is_some_and(|w| w.contains("metals")));
        let s = "Third are packaged medicines, the import of which cost Georgia $245 million.";
        assert!(scope(s, "import").is_some_and(|w| w.contains("medicines")));
        // A partner's relative clause is the partner's, read elsewhere.
        let s = "China, whose exports to Georgia reached $900 million, leads.";
        let q = extract_quantities(s).remove(0);
        let china = [country(0, 5, "CHN")];
        let t = s.find("exports").unwrap();
        assert!(scope_in(s, &q, false, (0, s.len()), Some((t, t + 7)), &china).is_none());
    }

    #[test]
    fn shares_by_kind_or_age_are_no_shares_by_partner() {
        let s = "Among international visitors, 80.8% were tourists, 15.4% were excursionists.";
        assert!(share_scope(s, "visitors").is_some_and(|w| w.contains("breakdown")));
        let s = "Visitors aged 31-50 made up 40.7% of the total.";
        assert!(share_scope(s, "Visitors").is_some_and(|w| w.contains("age")));
        let s = "Over 90% of imported goods from the US consist of light vehicles.";
        assert!(share_scope(s, "imported").is_some_and(|w| w.contains("consist of")));
        // Shares by partner are what the data holds.
        let s = "Among international visitors, 26.1% came from Russia.";
        let q = extract_quantities(s).remove(0);
        let at = s.find("Russia").unwrap();
        let russia = [country(at, at + 6, "RUS")];
        let t = s.find("visitors").unwrap();
        let clause = (s.find(',').unwrap() + 1, s.len());
        assert!(scope_in(s, &q, true, clause, Some((t, t + 8)), &russia).is_none());
    }

    #[test]
    fn a_trade_gap_is_the_balance() {
        let s = "Imports were down, with the trade gap standing at $1.74 billion.";
        assert!(scope(s, "trade").is_some_and(|w| w.contains("gap")));
    }

    #[test]
    fn forecasts_are_not_published_figures() {
        assert!(scope("Exports are expected to reach $7 billion.", "Exports").is_some());
        assert!(scope("The IMF forecasts growth of 5% for the economy.", "economy").is_some());
        // Only what comes before the figure, or its own clause, puts it in the future.
        let s = "Exports reached $6 billion, and the ministry expects more next year.";
        let q = extract_quantities(s).remove(0);
        let clause_end = s.find(',').unwrap();
        assert!(scope_in(s, &q, false, (0, clause_end), Some((0, 7)), &[]).is_none());
    }
}
