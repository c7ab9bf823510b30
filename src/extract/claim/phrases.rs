//! Claims without a figure (ranks "the largest partner", trends "continues to grow"),
//! what a figure counts, and the kind of claim a figure makes.

use super::*;
use regex::Regex;

pub(super) const SHARE_CUES: &[&str] = &[
    "account",
    "accounts",
    "accounted",
    "make up",
    "makes up",
    "made up",
    "share",
    "proportion",
    "percent of",
    "% of",
];

pub(super) const RANKS: &[(&str, u32)] = &[
    ("leads", 1),
    ("most of all", 1),
    ("is the leader", 1),
    ("the largest", 1),
    ("the biggest", 1),
    ("first place", 1),
    ("number one", 1),
    ("ranks first", 1),
    ("ranked first", 1),
    ("second-largest", 2),
    ("second largest", 2),
    ("second-biggest", 2),
    ("second biggest", 2),
    ("second place", 2),
    ("ranks second", 2),
    ("ranked second", 2),
    ("third-largest", 3),
    ("third largest", 3),
    ("third-biggest", 3),
    ("third biggest", 3),
    ("third place", 3),
    ("ranks third", 3),
    ("ranked third", 3),
];

pub(super) const RISING: &[&str] = &[
    "continues to grow",
    "continue to grow",
    "continued to grow",
    "keeps growing",
    "keep growing",
    "is growing",
    "are growing",
    "has been growing",
    "have been growing",
    "continues to rise",
    "continue to rise",
    "is rising",
    "are rising",
    "continues to increase",
    "is increasing",
    "are increasing",
    "keeps rising",
];

pub(super) const FALLING: &[&str] = &[
    "continues to fall",
    "continue to fall",
    "continued to fall",
    "continues to decline",
    "continue to decline",
    "continues to decrease",
    "is falling",
    "are falling",
    "is declining",
    "are declining",
    "is shrinking",
    "keeps falling",
    "has been falling",
    "have been falling",
];

/// A change stated by its verb alone ("the flow of Russian visitors decreased in 2024"):
/// a trend claim only where no figure of its clause says by how much.
pub(super) const RISING_VERBS: &[&str] = &[
    "increased",
    "has increased",
    "have increased",
    "significantly increased",
    "grew",
    "has grown",
    "have grown",
    "rose",
    "has risen",
    "have risen",
];

pub(super) const FALLING_VERBS: &[&str] = &[
    "decreased",
    "has decreased",
    "have decreased",
    "has also decreased",
    "declined",
    "has declined",
    "have declined",
    "fell",
    "has fallen",
    "dropped",
    "drops",
    "lessened",
    "shrank",
];

pub(super) const RECORD: &[&str] = &["record high", "all-time high", "record level"];

/// Rank and trend phrases in a sentence: span, unit, claimed value (the rank; +1 rising,
/// -1 falling, +2 a record high).
pub(super) fn phrase_claims(sentence: &str) -> Vec<(usize, usize, Unit, f64)> {
    let (automaton, meanings) = phrase_automaton();
    // Every bounded occurrence, then earlier-listed phrases win overlaps, as the lists rank them.
    let mut found: Vec<(usize, usize, usize)> = automaton
        .find_overlapping_iter(sentence)
        .filter(|m| {
            let before = sentence[..m.start()].chars().next_back();
            let after = sentence[m.end()..].chars().next();
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        })
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    found.sort_unstable();
    let mut out: Vec<(usize, usize, Unit, f64)> = partner_ranks(sentence);
    for (pattern, start, end) in found {
        if !out.iter().any(|o| o.0 < end && start < o.1) {
            let (unit, value) = meanings[pattern];
            out.push((start, end, unit, value));
        }
    }
    out.sort_by_key(|o| o.0);
    out
}

/// Builds the phrase automata and the rank grammar now (see [`crate::extract::build_tables`]).
pub(in crate::extract) fn build_tables() {
    phrase_automaton();
    rank_nouns();
    rank_grammar();
}

/// The partner and rank nouns; a sentence without one ranks nothing.
fn rank_nouns() -> &'static AhoCorasick {
    static NOUNS: OnceLock<AhoCorasick> = OnceLock::new();
    NOUNS.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build([
                "partner",
                "market",
                "destination",
                "supplier",
                "importer",
                "exporter",
                "buyer",
                "rank",
            ])
            .expect("rank nouns form a valid automaton")
    })
}

/// The rank grammar: an ordinal before a partner noun, "main" and its kin before one, "ranked" and a position.
fn rank_grammar() -> &'static [Regex; 3] {
    static GRAMMAR: OnceLock<[Regex; 3]> = OnceLock::new();
    GRAMMAR.get_or_init(|| {
        const ORD: &str = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)";
        const NOUN: &str = r"(?:(?:foreign[ -]trade|trade|trading|export|import|commercial)\s+)?(?:partner|market|destination|supplier|importer|exporter|buyer)\b";
        // Run on the sentence lower-cased (ASCII, so offsets hold): no case folding, and the
        // words between are ASCII words, which keeps compiling the grammar, once per process,
        // at a fifth of the cost of Unicode case-insensitive classes.
        let build = |p: String| Regex::new(&p).expect("rank grammar is a valid regex");
        [
            build(format!(
                r"\b{ORD}(?:[\s-]+(?:largest|biggest|major|main|leading|most important|top))?\s+{NOUN}"
            )),
            // Up to three words may stand between ("the top Georgian trade turnover partner").
            build(format!(
                r"\b(?:main|primary|top|leading|largest|biggest|number one|no\. ?1)\s+(?:(?:(?-u:\w)|[’'-])+\s+){{0,3}}?{NOUN}"
            )),
            build(format!(r"\brank(?:s|ed)?\s+(?:as\s+)?(?:the\s+)?(?:{ORD}|(\d{{1,2}})(?:st|nd|rd|th)?\b|no\.\s*(\d{{1,2}}))")),
        ]
    })
}

/// "the fourth largest trade partner", "Georgia's main trading partner", "the second major
/// export partner", "ranked 6 among": a position among partners, read by its grammar (an
/// ordinal, a superlative, a partner noun) rather than listed phrase by phrase. "One of the
/// main partners" and plurals rank nothing.
pub(super) fn partner_ranks(sentence: &str) -> Vec<(usize, usize, Unit, f64)> {
    // Most sentences name no partner noun and no ranking: one automaton pass says so before
    // any of the grammar's regular expressions runs.
    if !rank_nouns().is_match(sentence) {
        return Vec::new();
    }
    let [ordinal_partner, first_partner, ranked_number] = rank_grammar();
    let lower = sentence.to_ascii_lowercase();
    let value_of = |c: &regex::Captures| -> Option<f64> {
        if let Some(m) = c.get(1) {
            let w = m.as_str().to_ascii_lowercase();
            const WORDS: [&str; 10] = [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth",
            ];
            return WORDS
                .iter()
                .position(|x| *x == w)
                .map(|i| i as f64 + 1.0)
                .or_else(|| w.trim_end_matches(char::is_alphabetic).parse().ok());
        }
        c.iter()
            .skip(2)
            .flatten()
            .next()
            .and_then(|m| m.as_str().parse().ok())
    };
    let mut out: Vec<(usize, usize, Unit, f64)> = Vec::new();
    let mut push = |start: usize, end: usize, value: f64| {
        if value >= 1.0 && !out.iter().any(|o| o.0 < end && start < o.1) {
            out.push((start, end, Unit::Rank, value));
        }
    };
    for c in ordinal_partner.captures_iter(&lower) {
        let m = c.get(0).expect("whole match");
        if let Some(v) = value_of(&c) {
            push(m.start(), m.end(), v);
        }
    }
    for m in first_partner.find_iter(&lower) {
        // "one of the main partners", "among the top partners", "a leading partner".
        let before = lower[..m.start()].trim_end();
        let member = [
            "one of the",
            "one of its",
            "among the",
            "among its",
            " a",
            " an",
        ]
        .iter()
        .any(|w| before.ends_with(w))
            || before == "a"
            || before == "an"
            || before.ends_with("one of georgia's")
            || before.ends_with("one of georgia’s");
        let plural = lower[m.end()..].starts_with('s');
        // The words between belong to the partner noun, not to another phrase ("the largest
        // share of its partner").
        let between_joins = lower[m.start()..m.end()].split_whitespace().any(|w| {
            matches!(
                w,
                "of" | "and" | "in" | "by" | "with" | "for" | "to" | "share" | "is" | "was" | "the"
            )
        });
        if !member && !plural && !between_joins {
            push(m.start(), m.end(), 1.0);
        }
    }
    for c in ranked_number.captures_iter(&lower) {
        let m = c.get(0).expect("whole match");
        if let Some(v) = value_of(&c).filter(|v| *v <= 50.0) {
            push(m.start(), m.end(), v);
        }
    }
    out
}

/// One automaton for all rank and trend phrases, built once: a search per phrase per
/// sentence was a third of extraction time.
pub(super) fn phrase_automaton() -> &'static (AhoCorasick, Vec<(Unit, f64)>) {
    static AUTOMATON: OnceLock<(AhoCorasick, Vec<(Unit, f64)>)> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let mut phrases: Vec<&str> = Vec::new();
        let mut meanings: Vec<(Unit, f64)> = Vec::new();
        for (p, r) in RANKS {
            phrases.push(p);
            meanings.push((Unit::Rank, *r as f64));
        }
        for (list, value) in [
            (RISING, 1.0),
            (FALLING, -1.0),
            (RECORD, 2.0),
            (RISING_VERBS, 1.0),
            (FALLING_VERBS, -1.0),
        ] {
            for p in list {
                phrases.push(p);
                meanings.push((Unit::Direction, value));
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&phrases)
            .expect("rank and trend phrases form a valid automaton");
        (automaton, meanings)
    })
}

/// The word a bare count counts: "5 nights" → "nights"; none for "200,000 in 2021".
pub(super) fn counted_noun(sentence: &str, end: usize) -> Option<&str> {
    let rest = sentence[end..].trim_start_matches([' ', '\u{a0}']);
    let word: &str = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .next()?;
    let lower = word.to_lowercase();
    const FUNCTION: &[&str] = &[
        "in",
        "by",
        "of",
        "to",
        "and",
        "or",
        "from",
        "for",
        "last",
        "this",
        "that",
        "the",
        "a",
        "an",
        "at",
        "on",
        "per",
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "has",
        "compared",
        "against",
        "versus",
        "vs",
        "people",
        "persons",
        "more",
        "less",
        "fewer",
        "times",
        "since",
        "until",
        "during",
        "over",
        "under",
        "with",
        "while",
        "but",
        "as",
        "foreign",
        "international",
        "overnight",
        "new",
        "total",
        "year-on-year",
    ];
    if word.is_empty()
        || FUNCTION.contains(&lower.as_str())
        || crate::extract::entity::is_demonym(word)
        || word.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    Some(word)
}

/// Nouns that name a change: a percent they come to is a change, not a share.
pub(super) const CHANGE_NOUNS: &[&str] = &[
    "growth",
    "increase",
    "decrease",
    "decline",
    "rise",
    "drop",
    "fall",
    "reduction",
];

pub(super) fn claim_kind(
    q: &Quantity,
    clause: &str,
    before: &str,
    after: &str,
    term: Option<&Term>,
    lex: &Lexicon,
) -> ClaimKind {
    match q.unit {
        Unit::Rank => ClaimKind::Rank,
        Unit::Direction => ClaimKind::Trend,
        Unit::Multiplier | Unit::PercentagePoints => ClaimKind::Change,
        Unit::Percent => {
            // "grew by 5%", "exceeds the figure for 2022 by 19.1 percent": a percent after
            // "by" is a change.
            let by = before.trim_end().to_ascii_lowercase().ends_with(" by");
            if q.direction.is_some() || by {
                return ClaimKind::Change;
            }
            if q.fraction {
                return ClaimKind::Share;
            }
            let lc = clause.to_lowercase();
            let after_lc = after.to_lowercase();
            // No share exceeds the whole: "231.3 percent" compares, it does not divide.
            if q.value.abs() > 100.0 {
                return ClaimKind::Change;
            }
            let share_cue = SHARE_CUES.iter().any(|c| contains_word(&lc, c))
                || after_lc.contains("% of")
                || after_lc.split_whitespace().nth(1) == Some("of");
            if share_cue {
                return ClaimKind::Share;
            }
            // "The growth amounted to 76%", "the increase in exports was 12%": the figure
            // is what a change came to.
            let change_noun = before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| CHANGE_NOUNS.iter().any(|c| w.eq_ignore_ascii_case(c)));
            if change_noun {
                return ClaimKind::Change;
            }
            // A percent next to a growth-rate measure is that rate ("GDP growth was 9.4%").
            let first_rate = term
                .and_then(|t| t.measures.first())
                .and_then(|n| lex.measure(n))
                .is_some_and(|m| m.kind == MeasureKind::Rate);
            if first_rate {
                ClaimKind::Change
            } else {
                ClaimKind::Share
            }
        }
        // "increased by $170.2 million", "7,424 people more": a change of a level.
        u if q.direction.is_some() && (u.is_money() || u == Unit::Count) => ClaimKind::Change,
        _ => ClaimKind::Level,
    }
}
