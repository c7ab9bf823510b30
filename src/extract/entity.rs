//! Countries named in text: official and common names and demonyms from keshvar. Groups
//! (EU, CIS, ...) come from the manifest, through the lexicon.

use crate::fasthash::FastSet;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    /// ISO 3166-1 alpha-3 code, or a group code (EU, CIS).
    pub code: String,
    /// Written as a demonym ("Russians", "Georgian").
    pub demonym: bool,
}

/// Names in keshvar that are English words far more often than countries in news prose.
const AMBIGUOUS: &[&str] = &[
    "Chad",
    "Jordan",
    "Guinea",
    "Georgia, Republic of",
    "Man",
    "Turkey",
];

struct Gazetteer {
    matcher: AhoCorasick,
    codes: Vec<(String, bool)>,
}

/// The names in the order first given (the first form of a name decides its country) and
/// the set that keeps them unique: a scan of the list per name was quadratic in ~1,500 names.
#[derive(Default)]
struct Names {
    names: Vec<String>,
    codes: Vec<(String, bool)>,
    seen: FastSet<String>,
}

impl Names {
    fn push(&mut self, name: &str, code: &str, demonym: bool) {
        if name.len() < 2 || !self.seen.insert(name.to_string()) {
            return;
        }
        self.names.push(name.to_string());
        self.codes.push((code.to_string(), demonym));
    }
}

/// Builds the country-name automaton if no sentence has yet (see [`super::build_tables`]).
pub(super) fn build_table() {
    gazetteer();
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut names = Names::default();
        for c in keshvar::CountryIterator::new() {
            let code = c.alpha3().to_string();
            let short = c.iso_short_name();
            let mut forms: Vec<&str> = vec![short];
            forms.extend(c.unofficial_name_list().iter().copied());
            for f in forms {
                // English-looking names only: ASCII, capitalised, no commas.
                if f.is_ascii()
                    && f.chars().next().is_some_and(char::is_uppercase)
                    && !f.contains(',')
                    && !AMBIGUOUS.contains(&f)
                {
                    names.push(f, &code, false);
                }
            }
            if let Some(n) = c.maybe_nationality()
                && n.is_ascii()
            {
                names.push(n, &code, true);
                let plural = if n.ends_with("ese")
                    || n.ends_with("ish")
                    || n.ends_with("ch")
                    || n.ends_with('s')
                {
                    None
                } else {
                    Some(format!("{n}s"))
                };
                if let Some(p) = plural {
                    names.push(&p, &code, true);
                }
            }
        }
        // Common short forms news uses that the ISO lists spell out.
        for (name, code) in [
            ("Russia", "RUS"),
            ("Turkey", "TUR"),
            ("Türkiye", "TUR"),
            ("Iran", "IRN"),
            ("the US", "USA"),
            ("the USA", "USA"),
            ("the UK", "GBR"),
            ("Britain", "GBR"),
            ("China", "CHN"),
            ("South Korea", "KOR"),
        ] {
            names.push(name, code, false);
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names.names)
            .expect("country names build an automaton");
        Gazetteer {
            matcher,
            codes: names.codes,
        }
    })
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let word = |c: char| c.is_alphanumeric();
    // "anti-Russian" is about Russia all the same; but "Russianness" is not a match.
    !before.is_some_and(word) && !after.is_some_and(word)
}

pub fn find_entities(text: &str) -> Vec<EntityMention> {
    let g = gazetteer();
    g.matcher
        .find_iter(text)
        .filter(|m| boundary_ok(text, m.start(), m.end()))
        .map(|m| {
            let (code, demonym) = &g.codes[m.pattern().as_usize()];
            EntityMention {
                start: m.start(),
                end: m.end(),
                code: code.clone(),
                demonym: *demonym,
            }
        })
        .collect()
}

/// A nationality as the gazetteer knows it, in any case: "Russian", "armenian".
pub fn is_demonym(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    let found = find_entities(&capitalised);
    found
        .first()
        .is_some_and(|e| e.demonym && e.start == 0 && e.end == capitalised.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> Vec<String> {
        find_entities(s).into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn names_demonyms_and_groups() {
        assert_eq!(codes("Russians account for a quarter"), ["RUS"]);
        assert_eq!(
            codes("relations between Russia and Georgia"),
            ["RUS", "GEO"]
        );
        assert_eq!(codes("Georgian goods"), ["GEO"]);
        assert_eq!(codes("Turkey and Azerbaijan"), ["TUR", "AZE"]);
    }

    #[test]
    fn no_matches_inside_words() {
        assert!(codes("Eureka").is_empty());
        assert!(codes("precise").is_empty());
    }
}
