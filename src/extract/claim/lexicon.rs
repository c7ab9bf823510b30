//! The words the manifest gives the extractor: measure terms, the measures they may mean,
//! the country groups; and the questions asked of them.

use super::*;

pub struct Lexicon {
    pub measures: Vec<MeasureInfo>,
    pub terms: Vec<Term>,
    /// Groups the manifest names ("Eurasian Economic Union" → EAEU), found in text beside
    /// the countries of the gazetteer.
    pub(super) groups: Option<(AhoCorasick, Vec<String>)>,
    /// The country the datasets describe (reporter, destination): "GEO".
    pub home: String,
    /// The code for all partners together: "WLD".
    pub total: String,
    pub(super) matcher: AhoCorasick,
}

impl Lexicon {
    pub fn new(measures: Vec<MeasureInfo>, terms: Vec<Term>, home: String, total: String) -> Self {
        let phrases: Vec<String> = terms.iter().map(|t| t.phrase.to_lowercase()).collect();
        let matcher = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&phrases)
            .expect("measure words build an automaton");
        Lexicon {
            measures,
            terms,
            groups: None,
            home,
            total,
            matcher,
        }
    }

    /// Adds the manifest's group names: (name as articles write it, code).
    pub fn with_groups(mut self, groups: Vec<(String, String)>) -> Self {
        if groups.is_empty() {
            return self;
        }
        let (names, codes): (Vec<String>, Vec<String>) = groups.into_iter().unzip();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("group names build an automaton");
        self.groups = Some((matcher, codes));
        self
    }

    /// Countries and groups named in `text`: the gazetteer's, with the manifest's group
    /// names taking the place of whatever they overlap.
    pub fn entities(&self, text: &str) -> Vec<EntityMention> {
        let mut found = find_entities(text);
        let Some((matcher, codes)) = &self.groups else {
            return found;
        };
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        for m in matcher.find_iter(text) {
            if word(text[..m.start()].chars().next_back()) || word(text[m.end()..].chars().next()) {
                continue;
            }
            found.retain(|e| e.end <= m.start() || e.start >= m.end());
            found.push(EntityMention {
                start: m.start(),
                end: m.end(),
                code: codes[m.pattern().as_usize()].clone(),
                demonym: false,
            });
        }
        found.sort_by_key(|e| e.start);
        found
    }

    pub fn measure(&self, name: &str) -> Option<&MeasureInfo> {
        self.measures.iter().find(|m| m.name == name)
    }

    pub(super) fn find_terms(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.matcher
            .find_iter(text)
            .filter(|m| {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                // "re-exports" is not "exports".
                !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }
}

/// The dataset a claim's first reading belongs to.
pub(super) fn topic_of(c: &Claim, lex: &Lexicon) -> Option<String> {
    readings_topic(&c.readings, lex)
}

pub(super) fn readings_topic(readings: &[String], lex: &Lexicon) -> Option<String> {
    let first = readings.first()?;
    lex.measure(first).map(|m| m.dataset.clone())
}

pub(super) fn names_a_measure(noun: &str, lex: &Lexicon) -> bool {
    let lower = noun.to_lowercase();
    // "1.4 million trips": the noun is a measure's unit, as the manifest writes it.
    lex.measures
        .iter()
        .any(|m| m.unit.eq_ignore_ascii_case(&lower))
        || lex.terms.iter().any(|t| {
            t.phrase.eq_ignore_ascii_case(&lower)
                || t.phrase.to_lowercase().split_whitespace().next() == Some(lower.as_str())
        })
}

/// The measure a claim of `kind` reads off `m`: a share of a level is the share measure the
/// manifest declares for it (`share`), and none when it declares none.
pub(super) fn reading_name(m: &MeasureInfo, kind: ClaimKind) -> Option<String> {
    match (kind, m.kind) {
        (ClaimKind::Share, MeasureKind::Level) => m.share.clone(),
        _ => Some(m.name.clone()),
    }
}
