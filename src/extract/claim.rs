//! From quantities to claims: what each figure measures, for whom, and when, using the
//! sentence first and then the article's context (earlier sentences, anaphora, the date).

use super::entity::{EntityMention, find_entities};
use super::period::{Period, PeriodMention, PeriodRelation, PeriodValue, YearMonth, find_periods};
use super::quantity::{Quantity, Unit, extract_quantities};
use super::text::{Date, Sentence, split_sentences};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Serialize;
use std::borrow::Cow;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// An amount: money, trips, persons.
    Level,
    /// A percentage of a total.
    Share,
    /// A growth rate the source publishes as such (real GDP growth).
    Rate,
}

/// What the extractor needs to know of one measure; built from the manifest.
#[derive(Debug, Clone)]
pub struct MeasureInfo {
    pub name: String,
    pub kind: MeasureKind,
    /// The data's unit: "USD", "trips", "percent", ...
    pub unit: String,
    /// For a level: the measure holding its shares, if the data names one.
    pub share: Option<String>,
    /// The dataset has a counterpart column (partners, origins).
    pub has_counterpart: bool,
    /// The dataset that holds it: periods carry between figures of one topic.
    pub dataset: String,
    /// The same flow from the partner's side (export ↔ import).
    pub inverse: Option<String>,
}

/// Words that name measures, each with the measures it may mean in order of preference.
#[derive(Debug, Clone)]
pub struct Term {
    pub phrase: String,
    pub measures: Vec<String>,
}

pub struct Lexicon {
    pub measures: Vec<MeasureInfo>,
    pub terms: Vec<Term>,
    /// Groups the manifest names ("Eurasian Economic Union" → EAEU), found in text beside
    /// the countries of the gazetteer.
    groups: Option<(AhoCorasick, Vec<String>)>,
    /// The country the datasets describe (reporter, destination): "GEO".
    pub home: String,
    /// The code for all partners together: "WLD".
    pub total: String,
    matcher: AhoCorasick,
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

    fn find_terms(&self, text: &str) -> Vec<(usize, usize, usize)> {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Level,
    Share,
    Change,
    Rank,
    Trend,
}

/// How the claim's period was found, so the report can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodSource {
    Sentence,
    Context,
    /// No period was stated: the latest complete year before the article's date.
    Assumed,
}

/// Where a slot of a claim came from (SPEC, verdict semantics 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The words of the figure's own sentence.
    Stated,
    /// The headline, the lede or an earlier sentence.
    Carried,
    /// A default: the latest complete year, the home country.
    Assumed,
}

/// The origin of each slot; `None` where the slot is empty.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Provenance {
    pub measure: Option<Origin>,
    pub subject: Option<Origin>,
    pub counterpart: Option<Origin>,
    pub period: Option<Origin>,
    /// Where a carried period came from, for reasons ("the headline: Jan–May 2023").
    #[serde(skip)]
    pub period_from: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Shared by every figure of the sentence: a long article's figures would otherwise
    /// each hold a copy of their sentence.
    pub sentence: std::sync::Arc<str>,
    pub kind: ClaimKind,
    /// Measures this figure may mean, in order of preference; empty when unresolved.
    pub readings: Vec<String>,
    pub subject: Option<String>,
    pub counterpart: Option<String>,
    pub period: Option<Period>,
    pub period_source: Option<PeriodSource>,
    /// A change accumulated over several years ("has grown by 40% since 2022").
    pub cumulative: bool,
    /// What a change is measured against, when the sentence says ("2.5 times more than in
    /// 2019", "compared to the same period of 2023"); else the same months a year earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_period: Option<Period>,
    /// For a change: the currency of the amounts its sentence states ("1.3 billion GEL,
    /// 17.7% more than…"); a change in lari is not the change in dollars.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amounts_in: Option<Unit>,
    /// The period's year was still running when the article appeared.
    pub year_in_progress: bool,
    /// The article's date is known (given, or stated in it), not estimated from its claims.
    #[serde(skip)]
    pub article_dated: bool,
    /// Why the figure is not about a measure the data holds as a whole (a commodity, a
    /// forecast, another quantity): it is reported, never judged against the total.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_scope: Option<String>,
    pub provenance: Provenance,
    /// An earlier figure of the same measure in the same sentence ("from 200,000 in 2021
    /// to 1.4 million in 2024"): the pair also claims the change between them.
    pub implied_from: Option<String>,
    pub quantity: Quantity,
}

impl Claim {
    pub fn is_claim(&self) -> bool {
        !self.readings.is_empty()
    }

    /// What a change is measured against: the base its sentence names, else the same months
    /// a year earlier. `None` for other kinds of claim.
    pub fn effective_base(&self) -> Option<Period> {
        if self.kind != ClaimKind::Change || self.cumulative {
            return None;
        }
        let p = self.period?;
        self.base_period.or(Some(Period {
            start: YearMonth::new(p.start.year - 1, p.start.month),
            end: YearMonth::new(p.end.year - 1, p.end.month),
        }))
    }
}

#[derive(Debug, Clone)]
pub struct ArticleExtraction {
    pub title: Option<String>,
    pub date: Option<Date>,
    /// The year used for relative and missing periods, and whether it was only estimated.
    pub reference_year: Option<(i32, bool)>,
    /// Every quantity found, claims and non-claims, in order.
    pub items: Vec<Claim>,
}

const ANAPHORA: &[&str] = &[
    "this figure",
    "that figure",
    "the figure",
    "this number",
    "that number",
    "this indicator",
    "the number",
    "this amount",
    "this volume",
    "this",
    "it",
    "its",
];
const SHARE_CUES: &[&str] = &[
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
const PERFECT: &[&str] = &["has", "have", "had", "since"];

#[derive(Default)]
struct Context {
    /// The current sentence in lower case, computed once for all its quantities.
    lower_sentence: String,
    /// The current sentence, shared by its figures.
    sentence: std::sync::Arc<str>,
    /// Last measure term seen, with the sentence index it was in.
    term: Option<(usize, usize)>,
    counterpart: Option<String>,
    /// The period of the last figure in the current paragraph, with the paragraph.
    period: Option<(usize, CarriedPeriod)>,
    /// The reporting period a release-style story names in its headline or lede, which
    /// later paragraphs inherit ("in the reporting period", or nothing at all).
    reporting: Option<CarriedPeriod>,
    /// The article has named its home country (headline or an earlier sentence).
    home_named: bool,
}

#[derive(Clone)]
struct CarriedPeriod {
    mention: PeriodMention,
    /// Where it was named: "the headline", "the lede", "an earlier sentence".
    place: &'static str,
    /// The dataset of the figure it was named for: beyond its paragraph, a period carries
    /// only to figures of the same topic (an interview's tourism year is not its trade year).
    topic: Option<String>,
}

fn place_of(paragraph: usize, sentence: &str) -> &'static str {
    let headline = !sentence.trim_end().ends_with(['.', '!', '?', '"', '”']);
    match paragraph {
        0 if headline => "the headline",
        0 | 1 => "the lede",
        _ => "an earlier sentence",
    }
}

/// The period a sentence names for its figures: the last own mention ("in January-May
/// 2023"), not a change's base ("than in 2022") nor an end ("by 2030").
fn own_period(periods: &[PeriodMention]) -> Option<PeriodMention> {
    periods
        .iter()
        .rfind(|p| p.relation == PeriodRelation::In && p.value != PeriodValue::YearBefore)
        .copied()
}

fn clause_bounds(sentence: &str, pos: usize) -> (usize, usize) {
    let is_break = |s: &str, i: usize| -> Option<usize> {
        let rest = &s[i..];
        for w in [",", ";", ":", " whereas ", " while ", " but ", " — ", " – "] {
            if rest.starts_with(w) {
                return Some(w.len());
            }
        }
        None
    };
    let mut start = 0;
    let mut i = 0;
    let bytes = sentence.as_bytes();
    let mut end = sentence.len();
    while i < sentence.len() {
        if !sentence.is_char_boundary(i) {
            i += 1;
            continue;
        }
        if let Some(len) = is_break(sentence, i) {
            // A comma between digits is a thousands separator, not a clause break.
            let digit_comma = bytes[i] == b','
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !digit_comma {
                if i + len <= pos {
                    start = i + len;
                } else if i >= pos {
                    end = i;
                    break;
                }
            }
            i += len;
            continue;
        }
        i += 1;
    }
    (start, end)
}

/// `needle` as a whole word in `hay`; both already lower-case.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Chooses the mention nearest to `pos` inside the clause, else nearest in the sentence
/// (preceding first), returning its index.
fn nearest<T>(
    items: &[T],
    span: impl Fn(&T) -> (usize, usize),
    pos: usize,
    clause: (usize, usize),
) -> Option<usize> {
    let dist = |s: usize, e: usize| {
        if e <= pos {
            pos - e
        } else {
            s.saturating_sub(pos)
        }
    };
    let in_clause = items
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            let (s, e) = span(x);
            s >= clause.0 && e <= clause.1
        })
        .min_by_key(|(_, x)| {
            let (s, e) = span(x);
            dist(s, e)
        })
        .map(|(i, _)| i);
    if in_clause.is_some() {
        return in_clause;
    }
    let before = items
        .iter()
        .enumerate()
        .filter(|(_, x)| span(x).1 <= pos)
        .max_by_key(|(_, x)| span(x).1)
        .map(|(i, _)| i);
    before.or_else(|| {
        items
            .iter()
            .enumerate()
            .filter(|(_, x)| span(x).0 >= pos)
            .min_by_key(|(_, x)| span(x).0)
            .map(|(i, _)| i)
    })
}

fn compatible(q: &Quantity, kind: ClaimKind, m: &MeasureInfo) -> bool {
    match kind {
        ClaimKind::Level => {
            m.kind == MeasureKind::Level
                && if q.unit.is_money() {
                    m.unit == q.unit.as_str()
                } else {
                    q.unit == Unit::Count && !Unit::is_currency_code(&m.unit)
                }
        }
        ClaimKind::Share => matches!(m.kind, MeasureKind::Level | MeasureKind::Share),
        ClaimKind::Change => match q.unit {
            Unit::Percent => matches!(m.kind, MeasureKind::Rate | MeasureKind::Level),
            // "increased by $170.2 million", "7,424 more tourists": a change of a level.
            u if u.is_money() => m.kind == MeasureKind::Level && m.unit == u.as_str(),
            Unit::Count => m.kind == MeasureKind::Level && !Unit::is_currency_code(&m.unit),
            Unit::Multiplier => m.kind == MeasureKind::Level,
            Unit::PercentagePoints => matches!(
                m.kind,
                MeasureKind::Share | MeasureKind::Rate | MeasureKind::Level
            ),
            _ => false,
        },
        ClaimKind::Rank => m.kind == MeasureKind::Level && m.has_counterpart,
        ClaimKind::Trend => matches!(m.kind, MeasureKind::Level | MeasureKind::Rate),
    }
}

/// Options that come from outside the text.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    pub date: Option<Date>,
    pub title: Option<String>,
}

pub fn extract_claims(text: &str, lex: &Lexicon, opts: &ExtractOptions) -> ArticleExtraction {
    let sentences = split_sentences(text);
    let date = opts.date.or_else(|| super::text::find_dateline(text));
    let mut drafts: Vec<Draft> = Vec::new();
    let mut ctx = Context::default();
    // A headline the text opens with is read as its first paragraph.
    if let Some(title) = opts
        .title
        .as_deref()
        .filter(|t| !text.trim_start().starts_with(t.trim()))
    {
        seed_from_headline(&mut ctx, title, lex);
    }
    for (si, s) in sentences.iter().enumerate() {
        if s.furniture {
            continue;
        }
        let stext = &text[s.start..s.end];
        let quantities = extract_quantities(stext);
        let phrases = phrase_claims(stext);
        let terms = lex.find_terms(stext);
        let entities: Vec<EntityMention> = lex.entities(stext);
        // Measure words and partners carry to later sentences; periods and the rest only
        // matter where there is something to claim.
        let has_claims = !quantities.is_empty() || !phrases.is_empty();
        if has_claims {
            ctx.lower_sentence = stext.to_lowercase();
            ctx.sentence = std::sync::Arc::from(stext);
        }
        // A sentence with no figure may still name the reporting period; years need digits.
        let periods = if has_claims || stext.bytes().any(|b| b.is_ascii_digit()) {
            find_periods(stext)
        } else {
            Vec::new()
        };
        let first_draft = drafts.len();
        let others: Vec<&EntityMention> = entities.iter().filter(|e| e.code != lex.home).collect();
        for q in quantities {
            let draft = build_claim(
                text, s, si, stext, &q, lex, &terms, &entities, &periods, &ctx,
            );
            drafts.push(draft);
        }
        // Ranks and trends are claims without a figure: "leads", "continues to grow".
        for (start, end, unit, value) in phrases {
            if drafts[first_draft..]
                .iter()
                .any(|d| d.claim.start < s.start + end && s.start + start < d.claim.end)
            {
                continue;
            }
            let q = Quantity {
                start,
                end,
                value,
                half_unit: 0.0,
                unit,
                hedge: super::quantity::Hedge::None,
                range: None,
                direction: None,
                fraction: false,
                bare: false,
            };
            let draft = build_claim(
                text, s, si, stext, &q, lex, &terms, &entities, &periods, &ctx,
            );
            // A rank needs something ranked besides the total.
            let ranked = unit != Unit::Rank
                || draft
                    .claim
                    .counterpart
                    .as_ref()
                    .is_some_and(|c| c != &lex.total);
            if draft.claim.is_claim() && ranked {
                drafts.push(draft);
            }
        }
        drafts[first_draft..].sort_by_key(|d| d.claim.start);
        assign_respectively(
            stext,
            s.start,
            &entities,
            &lex.home,
            &mut drafts[first_draft..],
        );
        let money = drafts[first_draft..]
            .iter()
            .map(|d| d.claim.quantity.unit)
            .find(|u| u.is_money());
        for d in &mut drafts[first_draft..] {
            if d.claim.kind == ClaimKind::Change {
                d.claim.amounts_in = money;
            }
        }
        // Context for later sentences: the last measure and partner named.
        if let Some(&(_, _, t)) = terms.last() {
            ctx.term = Some((si, t));
        }
        if let Some(e) = others.last() {
            ctx.counterpart = Some(e.code.clone());
        } else if drafts[first_draft..]
            .iter()
            .any(|d| d.claim.is_claim() && d.claim.counterpart.as_deref() == Some(&lex.total))
        {
            // "Georgia's trade turnover … Exports totaled …": the country's totals carry on
            // until a partner is named.
            ctx.counterpart = Some(lex.total.clone());
        }
        let stated = drafts[first_draft..]
            .iter()
            .rev()
            .find(|d| {
                // "grown by 40% since 2022" names where a span starts, not a period to carry.
                d.claim.is_claim()
                    && !d.claim.cumulative
                    && d.claim.period_source == Some(PeriodSource::Sentence)
            })
            .and_then(|d| Some((d.mention?, topic_of(&d.claim, lex))))
            .filter(|(m, _)| m.relation == PeriodRelation::In);
        // A figure's period carries; a period named without a figure only from the lede,
        // where a release story names its reporting period ("Georgia's trade in
        // January-May 2023"). Elsewhere it is as often an event's date ("signed in 2014").
        let lede = s.paragraph <= 1 && !terms.is_empty();
        let lede_period = || {
            lede.then(|| own_period(&periods).map(|m| (m, None)))
                .flatten()
        };
        if let Some((mention, topic)) = stated.or_else(lede_period) {
            let carried = CarriedPeriod {
                mention,
                place: place_of(s.paragraph, stext),
                topic: if lede { None } else { topic },
            };
            if lede
                && ctx
                    .reporting
                    .as_ref()
                    .is_none_or(|r| r.place != "the headline")
            {
                ctx.reporting = Some(carried.clone());
            }
            ctx.period = Some((s.paragraph, carried));
        }
        if entities.iter().any(|e| e.code == lex.home) {
            ctx.home_named = true;
        }
    }
    // The article's year: stated, else the latest year its claims name.
    let reference_year = date.map(|d| (d.year, false)).or_else(|| {
        drafts
            .iter()
            .filter(|d| d.claim.is_claim())
            .filter_map(|d| d.mention.and_then(|m| m.resolve(None)).map(|p| p.end.year))
            .max()
            .map(|y| (y, true))
    });
    let mut items = Vec::with_capacity(drafts.len());
    for (n, d) in drafts.into_iter().enumerate() {
        let mut c = d.claim;
        c.id = format!("q{}", n + 1);
        finish_period(&mut c, d.mention, reference_year, date);
        c.base_period = base_period(&c, d.base, reference_year, date);
        c.provenance.period = c.period.and(c.period_source).map(|s| match s {
            PeriodSource::Sentence => Origin::Stated,
            PeriodSource::Context => Origin::Carried,
            PeriodSource::Assumed => Origin::Assumed,
        });
        if let (Some(place), Some(p)) = (d.period_place, c.period) {
            c.provenance.period_from = Some(format!("{place}: {}", p.label()));
        }
        if c.out_of_scope.is_none() {
            c.out_of_scope = future_scope(&c, date);
        }
        items.push(c);
    }
    let mut k = 0;
    for c in items.iter_mut() {
        if c.is_claim() {
            k += 1;
            c.id = format!("c{k}");
        }
    }
    link_implied_changes(&mut items);
    ArticleExtraction {
        title: opts.title.clone(),
        date,
        reference_year,
        items,
    }
}

/// Two levels of one measure, partner and unit in one sentence, each with its own stated
/// period, the earlier first: the sentence also claims the change from one to the other.
fn link_implied_changes(items: &mut [Claim]) {
    // The last claim so far, kept as we go: searching back from each item was quadratic in
    // an article of many figures and few claims.
    let mut last_claim: Option<usize> = None;
    for j in 0..items.len() {
        let Some(i) = last_claim else {
            if items[j].is_claim() {
                last_claim = Some(j);
            }
            continue;
        };
        if items[j].is_claim() {
            last_claim = Some(j);
        }
        let (before, rest) = items.split_at_mut(j);
        let b = &mut rest[0];
        let a = &before[i];
        let stated = |c: &Claim| c.period_source == Some(PeriodSource::Sentence);
        let pair = b.is_claim()
            && a.kind == ClaimKind::Level
            && b.kind == ClaimKind::Level
            && a.sentence == b.sentence
            && a.readings == b.readings
            && a.subject == b.subject
            && a.counterpart == b.counterpart
            && a.quantity.unit == b.quantity.unit
            && stated(a)
            && stated(b)
            && matches!((a.period, b.period), (Some(pa), Some(pb)) if pa.end < pb.start);
        if pair {
            b.implied_from = Some(a.id.clone());
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn build_claim(
    text: &str,
    s: &Sentence,
    si: usize,
    stext: &str,
    q: &Quantity,
    lex: &Lexicon,
    terms: &[(usize, usize, usize)],
    entities: &[EntityMention],
    periods: &[PeriodMention],
    ctx: &Context,
) -> Draft {
    let pos = q.start;
    let clause = clause_bounds(stext, pos);
    let counts_something_else = q.unit == Unit::Count
        && counted_noun(stext, q.end).is_some_and(|n| !names_a_measure(n, lex));
    let clause_text = &stext[clause.0..clause.1];
    let lower_sentence = &ctx.lower_sentence;

    // Measure: a term in the sentence, else one carried by anaphora from the sentences before.
    // "In terms of exports, Kyrgyzstan ranked as Georgia's top trade partner with $126
    // million": "partner" names a relation, not a flow; a flow named in the sentence wins.
    let weak = |t: &(usize, usize, usize)| lex.terms[t.2].phrase.contains("partner");
    let strong: Vec<(usize, usize, usize)>;
    let terms: &[(usize, usize, usize)] = if terms.iter().any(weak) && !terms.iter().all(weak) {
        strong = terms.iter().copied().filter(|t| !weak(t)).collect();
        &strong
    } else {
        terms
    };
    // "24.8 percent in imports", "11.2% of total exports": a measure word joined to the
    // figure by a bare preposition is its own, however near another one ends.
    let joined_term = terms.iter().position(|t| {
        t.0 >= q.end
            && matches!(
                stext[q.end..t.0].trim().to_ascii_lowercase().as_str(),
                "in" | "of" | "of the" | "of total" | "of the total" | "in total"
            )
    });
    let stated_term = joined_term.or_else(|| nearest(terms, |t| (t.0, t.1), pos, clause));
    // A list that goes on in the next sentence names partners, not the measure again:
    // "The top export partners were China ($445.9 million) ... Meanwhile, Bulgaria ($49.6
    // million), Azerbaijan ($46.7 million)".
    let list_item = terms.is_empty()
        && entities
            .iter()
            .any(|e| e.code != lex.home && e.start >= clause.0 && e.end <= clause.1);
    let term = stated_term.map(|i| terms[i].2).or_else(|| {
        let anaphoric = ANAPHORA.iter().any(|a| contains_word(lower_sentence, a));
        ctx.term
            .filter(|(at, _)| (anaphoric && si - at <= 2) || (list_item && si - at == 1))
            .map(|(_, t)| t)
    });
    let measure_origin = if stated_term.is_some() {
        Origin::Stated
    } else {
        Origin::Carried
    };

    let kind = claim_kind(
        q,
        clause_text,
        &stext[clause.0.min(pos)..pos],
        &stext[pos..],
        term.map(|t| &lex.terms[t]),
        lex,
    );
    let term = term.filter(|_| !counts_something_else);
    let readings_where = |fits: &dyn Fn(&MeasureInfo) -> bool| -> Vec<String> {
        term.map(|t| {
            lex.terms[t]
                .measures
                .iter()
                .filter_map(|name| lex.measure(name))
                .filter(|m| fits(m))
                .map(|m| reading_name(m, kind, lex))
                .collect()
        })
        .unwrap_or_default()
    };
    let mut readings = readings_where(&|m| compatible(q, kind, m));
    // An amount in a currency the data does not hold still names its measure ("exports
    // of EUR 500 million"): it stays a claim, and verify says why it cannot be checked.
    if readings.is_empty() && kind == ClaimKind::Level && q.unit.is_money() {
        readings =
            readings_where(&|m| m.kind == MeasureKind::Level && Unit::is_currency_code(&m.unit));
    }
    let mut dedup = Vec::new();
    for r in readings {
        if !dedup.contains(&r) {
            dedup.push(r);
        }
    }
    // "The economy grew by 7.8%": a growth rate the data publishes as such is what the
    // words mean, not the change of a level that happens to share them (nominal GDP).
    let rate = |r: &String| lex.measure(r).is_some_and(|m| m.kind == MeasureKind::Rate);
    if kind == ClaimKind::Change && q.unit == Unit::Percent && dedup.iter().any(rate) {
        dedup.retain(rate);
    }
    let readings = dedup;

    let has_counterpart = readings
        .first()
        .and_then(|r| lex.measure(r))
        .map(|m| m.has_counterpart)
        .unwrap_or(true);
    let others: Vec<&EntityMention> = entities.iter().filter(|e| e.code != lex.home).collect();
    // "Armenia's exports": the figure belongs to another country.
    let owner = entities
        .iter()
        .filter(|e| e.start >= clause.0 && e.end <= clause.1 && e.code != lex.home)
        .find(|e| {
            let rest = &stext[e.end..];
            // Possessives only: a demonym is as often the origin ("Russian tourists").
            let possessive = rest.starts_with("'s") || rest.starts_with("’s");
            let next_term = terms.iter().any(|t| t.0 >= e.end && t.0 <= e.end + 4);
            possessive && next_term
        })
        .or_else(|| foreign_subject(stext, entities, &lex.home));
    let names_home = entities.iter().any(|e| e.code == lex.home);
    let home_origin = if names_home {
        Origin::Stated
    } else if ctx.home_named {
        Origin::Carried
    } else {
        Origin::Assumed
    };
    let mut cp_origin = Origin::Stated;
    let (subject, counterpart) = if let Some(owner) = owner.filter(|_| has_counterpart) {
        let others: Vec<&EntityMention> =
            entities.iter().filter(|e| e.code != owner.code).collect();
        let cp =
            nearest(&others, |e| (e.start, e.end), pos, clause).map(|i| others[i].code.clone());
        (
            Some(owner.code.clone()),
            cp.or_else(|| Some(lex.total.clone())),
        )
    } else if has_counterpart {
        let in_clause = |e: &EntityMention| e.start >= clause.0 && e.end <= clause.1;
        // A clause that names only the home country is about all its partners.
        let home_only_clause = entities.iter().any(|e| e.code == lex.home && in_clause(e))
            && !others.iter().any(|e| in_clause(e));
        // "between the two countries", "bilateral trade": the pair named before, whatever
        // institution of the home country the sentence also names.
        let pair_word = [
            "two countries",
            "both countries",
            "bilateral",
            "the two sides",
        ]
        .iter()
        .any(|w| clause_text.to_ascii_lowercase().contains(w));
        let carried_pair = ctx
            .counterpart
            .clone()
            .filter(|c| pair_word && !others.iter().any(|e| in_clause(e)) && c != &lex.total);
        let cp = if let Some(c) = carried_pair {
            cp_origin = Origin::Carried;
            Some(c)
        } else if home_only_clause {
            Some(lex.total.clone())
        } else {
            None
        };
        let cp = cp.or_else(|| {
            nearest(&others, |e| (e.start, e.end), pos, clause)
                .map(|i| others[i].code.clone())
                .or_else(|| {
                    if names_home {
                        Some(lex.total.clone())
                    } else {
                        cp_origin = Origin::Carried;
                        ctx.counterpart.clone()
                    }
                })
        });
        (Some(lex.home.clone()), cp)
    } else {
        // A dataset of one country's indicators: the country named, else the home country.
        let named =
            nearest(entities, |e| (e.start, e.end), pos, clause).map(|i| entities[i].code.clone());
        (Some(named.unwrap_or_else(|| lex.home.clone())), None)
    };

    // "Azerbaijan exported goods worth $586 million to Georgia": the partner's exports to
    // the home country are the home country's imports from it.
    let (readings, subject, counterpart) = match (
        matches!(kind, ClaimKind::Level | ClaimKind::Change),
        readings
            .first()
            .and_then(|r| lex.measure(r))
            .and_then(|m| m.inverse.clone())
            .filter(|_| term_word_starts(stext, stated_term.map(|i| terms[i]), "export")),
        partner_side(stext, clause, entities, &lex.home),
    ) {
        (true, Some(inverse), Some(partner)) => {
            cp_origin = Origin::Stated;
            (vec![inverse], Some(lex.home.clone()), Some(partner))
        }
        _ => (readings, subject, counterpart),
    };

    // "than in 2019", "compared to 2023": what a change is measured against is not the
    // figure's own period.
    let is_base = |p: &PeriodMention| matches!(p.relation, PeriodRelation::Base { .. });
    // Most sentences name no base: split the mentions only when one does.
    let (bases, periods): (Vec<PeriodMention>, Cow<[PeriodMention]>) =
        if periods.iter().any(is_base) {
            let (b, own) = periods.iter().partition(|p| is_base(p));
            (b, Cow::Owned(own))
        } else {
            (Vec::new(), Cow::Borrowed(periods))
        };
    let base = nearest(&bases, |p| (p.start, p.end), pos, clause)
        .filter(|_| kind == ClaimKind::Change)
        .map(|i| bases[i]);
    // "to $585 million in 2022": a period joined to the figure by a bare preposition is its
    // own, however near an earlier one ends ("from $412 million in 2019 to ...").
    let joined = periods.iter().position(|p| {
        p.start >= q.end
            && matches!(
                stext[q.end..p.start].trim().to_ascii_lowercase().as_str(),
                "in" | "for" | "by" | "during" | "in the" | "over"
            )
    });
    let mention = joined
        .or_else(|| nearest(&periods, |p| (p.start, p.end), pos, clause))
        .map(|i| periods[i])
        .map(|m| anchored(m, &periods));
    // "compared to $114.3 million over the same period of 2021": a level in the clause of
    // a base is the base period's level.
    let distance = |m: &PeriodMention| {
        if m.end <= pos {
            pos - m.end
        } else {
            m.start.saturating_sub(q.end)
        }
    };
    let in_clause_of = |m: &PeriodMention| m.start >= clause.0 && m.end <= clause.1;
    let base_level = (kind != ClaimKind::Change)
        .then(|| nearest(&bases, |p| (p.start, p.end), pos, clause))
        .flatten()
        .map(|i| bases[i])
        .filter(|b| {
            in_clause_of(b)
                && mention.is_none_or(|m| !in_clause_of(&m) || distance(b) < distance(&m))
        });
    let mention = match base_level {
        Some(b) => {
            // "the same period of 2021": the months of the figure's reporting period.
            let months = mention
                .or_else(|| ctx.period.as_ref().map(|(_, c)| c.mention))
                .or(ctx.reporting.as_ref().map(|c| c.mention));
            let value = match (b.relation, b.value, months.map(|m| m.value)) {
                (
                    PeriodRelation::Base { same_months: true },
                    PeriodValue::Fixed(y),
                    Some(PeriodValue::Fixed(p)),
                ) if y.start.year == y.end.year && p.start.year == p.end.year => {
                    PeriodValue::Fixed(Period {
                        start: YearMonth::new(y.start.year, p.start.month),
                        end: YearMonth::new(y.end.year, p.end.month),
                    })
                }
                _ => b.value,
            };
            Some(PeriodMention {
                relation: PeriodRelation::In,
                value,
                ..b
            })
        }
        None => mention,
    };
    let in_clause = mention.is_some_and(|m| m.start >= clause.0 && m.end <= clause.1);
    let lower_clause = clause_text.to_lowercase();
    let perfect = PERFECT.iter().any(|w| contains_word(&lower_clause, w));
    let cumulative = kind == ClaimKind::Change
        && mention.is_some_and(|m| m.relation == PeriodRelation::Since || (perfect && !in_clause));
    let (resolved, period_source, period_place) = if mention.is_some() {
        (mention, Some(PeriodSource::Sentence), None)
    } else if let Some(c) = ctx
        .period
        .as_ref()
        .filter(|(para, c)| {
            *para == s.paragraph || c.topic.is_none() || c.topic == readings_topic(&readings, lex)
        })
        .map(|(_, c)| c)
        .or(ctx.reporting.as_ref())
    {
        (Some(c.mention), Some(PeriodSource::Context), Some(c.place))
    } else {
        (None, Some(PeriodSource::Assumed), None)
    };
    let subject_origin = if subject.as_deref() == Some(&lex.home) {
        home_origin
    } else {
        Origin::Stated
    };
    let provenance = Provenance {
        measure: (!readings.is_empty()).then_some(measure_origin),
        subject: subject.as_ref().map(|_| subject_origin),
        counterpart: counterpart.as_ref().map(|_| cp_origin),
        period: None,
        period_from: None,
    };
    // Scope is a question about claims only: a figure no measure word names needs none
    // (most figures of a long text of prose are such, and the scope words are a scan each).
    let out_of_scope = (!readings.is_empty())
        .then(|| ratio_of_measures(stext, q, kind, terms, clause, lex))
        .flatten()
        .or_else(|| {
            if readings.is_empty() {
                return None;
            }
            super::scope::out_of_scope(
                stext,
                q,
                kind == ClaimKind::Share,
                clause,
                stated_term.map(|i| (terms[i].0, terms[i].1)),
                entities,
            )
        });
    let claim = Claim {
        id: String::new(),
        text: text[s.start + q.start..s.start + q.end].to_string(),
        start: s.start + q.start,
        end: s.start + q.end,
        sentence: ctx.sentence.clone(),
        kind,
        readings,
        subject,
        counterpart,
        period: None,
        period_source,
        cumulative,
        base_period: None,
        amounts_in: None,
        year_in_progress: false,
        article_dated: false,
        out_of_scope,
        provenance,
        implied_from: None,
        quantity: Quantity {
            start: s.start + q.start,
            end: s.start + q.end,
            ..q.clone()
        },
    };
    Draft {
        claim,
        mention: resolved,
        base,
        period_place,
    }
}

/// "Exports are only equal to 12% of trade turnover": a share of one measure in another,
/// which no dataset holds as such.
fn ratio_of_measures(
    sentence: &str,
    q: &Quantity,
    kind: ClaimKind,
    terms: &[(usize, usize, usize)],
    clause: (usize, usize),
    lex: &Lexicon,
) -> Option<String> {
    if kind != ClaimKind::Share {
        return None;
    }
    let whole = terms.iter().find(|t| {
        t.0 >= q.end && {
            let between = sentence[q.end..t.0].to_ascii_lowercase();
            let between = between.trim();
            [
                "of",
                "of the",
                "of total",
                "of the total",
                "of overall",
                "of the overall",
            ]
            .contains(&between)
        }
    })?;
    let part = terms.iter().rfind(|t| t.1 <= q.start && t.0 >= clause.0)?;
    (lex.terms[part.2].measures != lex.terms[whole.2].measures).then(|| {
        format!(
            "a ratio of {} to {}, which the data does not hold",
            &sentence[part.0..part.1],
            &sentence[whole.0..whole.1]
        )
    })
}

/// The measure word a figure was read with starts with `stem` ("exported", "exports").
fn term_word_starts(sentence: &str, term: Option<(usize, usize, usize)>, stem: &str) -> bool {
    term.is_some_and(|t| sentence[t.0..t.1].to_ascii_lowercase().starts_with(stem))
}

/// The partner whose exports go to the home country: "Azerbaijan exported ... to Georgia",
/// "exported from Azerbaijan to Georgia", "Azerbaijan's exports to the country".
fn partner_side(
    sentence: &str,
    clause: (usize, usize),
    entities: &[EntityMention],
    home: &str,
) -> Option<String> {
    // Within the figure's own clause: "Georgian exports to Azerbaijan amounted to $502.7
    // million, while Azerbaijan exported goods worth $586 million to the country".
    let lower = sentence.to_ascii_lowercase();
    let in_clause = |e: &&EntityMention| e.start >= clause.0 && e.end <= clause.1;
    let to_home = entities
        .iter()
        .filter(in_clause)
        .any(|e| e.code == home && lower[..e.start].trim_end().ends_with(" to"))
        || lower[clause.0..clause.1].contains(" to the country");
    if !to_home {
        return None;
    }
    entities
        .iter()
        .filter(in_clause)
        .filter(|e| e.code != home && !e.demonym)
        .find(|e| {
            let after = lower[e.end..].trim_start();
            after.starts_with("exported")
                || after.starts_with("exports")
                || after.starts_with("'s exports")
                || after.starts_with("’s exports")
                || lower[..e.start].trim_end().ends_with(" from")
        })
        .map(|e| e.code.clone())
}

/// Another country as the subject without a possessive: "Turkey welcomed 1.2 million
/// visitors from Georgia", "Armenia received 1.85 million tourists", "Kazakhstan-China trade
/// turnover": the receiving country before its verb, the first of two countries joined by a
/// hyphen, or any other country when the home country is where the travellers come from.
fn foreign_subject<'e>(
    sentence: &str,
    entities: &'e [EntityMention],
    home: &str,
) -> Option<&'e EntityMention> {
    // Not "exported"/"imported": "Azerbaijan exported $444.6 million to Georgia" is
    // Georgia's import, a change of perspective claimcheck does not make yet.
    const RECEIVING: &[&str] = &[
        "received",
        "receives",
        "welcomed",
        "welcomes",
        "hosted",
        "hosts",
        "attracted",
        "attracts",
    ];
    const TRAVELLERS: &[&str] = &[
        "tourists",
        "visitors",
        "travelers",
        "travellers",
        "arrivals",
        "trips",
        "visits",
        "citizens",
        "people",
        "residents",
        "holidaymakers",
    ];
    let next_word = |at: usize| {
        sentence[at..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
    };
    let foreign = |e: &&EntityMention| e.code != home && !e.demonym;
    // The grammatical subject: not the object of "to", "from", "with", "in".
    let object = |e: &EntityMention| {
        let before = sentence[..e.start].trim_end().to_ascii_lowercase();
        ["to", "from", "with", "in", "of", "and", "by"]
            .iter()
            .any(|w| before.ends_with(&format!(" {w}")) || before == *w)
    };
    if let Some(e) = entities
        .iter()
        .filter(foreign)
        .filter(|e| !object(e))
        .find(|e| next_word(e.end).is_some_and(|w| RECEIVING.contains(&w.as_str())))
    {
        return Some(e);
    }
    // "Kazakhstan-China trade": two other countries joined by a hyphen.
    if let Some(pair) = entities.windows(2).find(|w| {
        w[0].code != home && w[1].code != home && sentence[w[0].end..w[1].start].trim() == "-"
    }) {
        return Some(&pair[0]);
    }
    // "visitors from Georgia": the home country is where the travellers come from.
    let from_home = entities.iter().any(|e| {
        let before = sentence[..e.start].trim_end().to_ascii_lowercase();
        e.code == home
            && before.ends_with(" from")
            && before
                .trim_end_matches(" from")
                .rsplit(' ')
                .next()
                .is_some_and(|w| TRAVELLERS.contains(&w))
    });
    if from_home {
        return entities.iter().find(|e| foreign(e));
    }
    None
}

/// "Türkiye, Russia and China were the top partners, with 2 billion, 1.71 billion and 1.40
/// billion dollars respectively": the n-th figure belongs to the n-th country named before
/// the figures, when the counts agree.
fn assign_respectively(
    sentence: &str,
    offset: usize,
    entities: &[EntityMention],
    home: &str,
    drafts: &mut [Draft],
) {
    if !sentence.to_ascii_lowercase().contains("respectively") {
        return;
    }
    let figures: Vec<usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.claim.is_claim() && d.claim.kind == ClaimKind::Level)
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = figures.first() else {
        return;
    };
    let first_at = drafts[first].claim.start - offset;
    let named: Vec<&EntityMention> = entities
        .iter()
        .filter(|e| e.code != home && e.end <= first_at)
        .collect();
    if named.len() != figures.len() || figures.len() < 2 {
        return;
    }
    for (i, e) in figures.into_iter().zip(named) {
        drafts[i].claim.counterpart = Some(e.code.clone());
        drafts[i].claim.provenance.counterpart = Some(Origin::Stated);
    }
}

/// The dataset a claim's first reading belongs to.
fn topic_of(c: &Claim, lex: &Lexicon) -> Option<String> {
    readings_topic(&c.readings, lex)
}

fn readings_topic(readings: &[String], lex: &Lexicon) -> Option<String> {
    let first = readings.first()?;
    // Shares are named after their level ("turnover_share"); both belong to one dataset.
    lex.measure(first)
        .or_else(|| lex.measure(first.trim_end_matches("_share")))
        .map(|m| m.dataset.clone())
}

/// The headline names the reporting period and often the partner for the whole story.
fn seed_from_headline(ctx: &mut Context, title: &str, lex: &Lexicon) {
    if let Some(mention) = own_period(&find_periods(title)) {
        ctx.reporting = Some(CarriedPeriod {
            mention,
            place: "the headline",
            topic: None,
        });
    }
    let entities = lex.entities(title);
    ctx.home_named = entities.iter().any(|e| e.code == lex.home);
    let mut others = entities.iter().filter(|e| e.code != lex.home);
    if let Some(first) = others.next()
        && others.all(|e| e.code == first.code)
    {
        ctx.counterpart = Some(first.code.clone());
    }
}

/// A figure for a period that had not begun when the article appeared is a forecast.
fn future_scope(c: &Claim, date: Option<Date>) -> Option<String> {
    let (p, d) = (c.period?, date?);
    (c.is_claim() && p.start > d.year_month()).then(|| {
        format!(
            "a forecast or target: {} had not begun when the article appeared",
            p.label()
        )
    })
}

/// "a year earlier" is the year before the sentence's own period, the nearest other one
/// before it (else after it); with none, it stays the year before the article's.
fn anchored(m: PeriodMention, periods: &[PeriodMention]) -> PeriodMention {
    if m.value != PeriodValue::YearBefore {
        return m;
    }
    let own = |p: &&PeriodMention| p.value != PeriodValue::YearBefore;
    let anchor = periods
        .iter()
        .filter(own)
        .rfind(|p| p.end <= m.start)
        .or_else(|| periods.iter().filter(own).find(|p| p.start >= m.end));
    anchor.map_or(m, |a| m.year_before_of(*a))
}

/// A claim before its periods are resolved: they wait for the article's year.
struct Draft {
    claim: Claim,
    mention: Option<PeriodMention>,
    /// Where a period carried from elsewhere was named.
    period_place: Option<&'static str>,
    /// What a change is measured against, when the sentence says.
    base: Option<PeriodMention>,
}

/// The period a change is measured against: the base mention resolved, on the figure's own
/// months when it says "the same period".
fn base_period(
    c: &Claim,
    base: Option<PeriodMention>,
    reference_year: Option<(i32, bool)>,
    date: Option<Date>,
) -> Option<Period> {
    // "compared with the previous year" is the default comparison already.
    if base?.value == PeriodValue::YearBefore {
        return None;
    }
    let b = base?.resolve_dated(reference_year.map(|(y, _)| y), date)?;
    let same_months = matches!(base?.relation, PeriodRelation::Base { same_months: true });
    // "a 59.6% increase compared to 2022" of a January–June figure: the same months of
    // 2022, not the whole year (a half-year against a full year is no change anyone reports).
    let partial_against_year = c
        .period
        .is_some_and(|p| p.start.year == p.end.year && !p.is_full_year())
        && b.is_full_year();
    let b = match (same_months || partial_against_year, c.period) {
        (true, Some(p)) if p.start.year == p.end.year => Period {
            start: YearMonth::new(b.end.year, p.start.month),
            end: YearMonth::new(b.end.year, p.end.month),
        },
        _ => b,
    };
    // A base that overlaps the figure's own period is no comparison: the default (a year
    // earlier) stands.
    let overlaps = c
        .period
        .is_some_and(|p| b.start <= p.end && p.start <= b.end);
    (!overlaps).then_some(b)
}

const RANKS: &[(&str, u32)] = &[
    ("leads", 1),
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
const RISING: &[&str] = &[
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
const FALLING: &[&str] = &[
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
const RECORD: &[&str] = &["record high", "all-time high", "record level"];

/// Rank and trend phrases in a sentence: span, unit, claimed value (the rank; +1 rising,
/// -1 falling, +2 a record high).
fn phrase_claims(sentence: &str) -> Vec<(usize, usize, Unit, f64)> {
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
    let mut out: Vec<(usize, usize, Unit, f64)> = Vec::new();
    for (pattern, start, end) in found {
        if !out.iter().any(|o| o.0 < end && start < o.1) {
            let (unit, value) = meanings[pattern];
            out.push((start, end, unit, value));
        }
    }
    out.sort_by_key(|o| o.0);
    out
}

/// One automaton for all rank and trend phrases, built once: a search per phrase per
/// sentence was a third of extraction time.
fn phrase_automaton() -> &'static (AhoCorasick, Vec<(Unit, f64)>) {
    static AUTOMATON: OnceLock<(AhoCorasick, Vec<(Unit, f64)>)> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        let mut phrases: Vec<&str> = Vec::new();
        let mut meanings: Vec<(Unit, f64)> = Vec::new();
        for (p, r) in RANKS {
            phrases.push(p);
            meanings.push((Unit::Rank, *r as f64));
        }
        for (list, value) in [(RISING, 1.0), (FALLING, -1.0), (RECORD, 2.0)] {
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
fn counted_noun(sentence: &str, end: usize) -> Option<&str> {
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
        "russian",
        "georgian",
        "new",
        "total",
        "year-on-year",
    ];
    if word.is_empty()
        || FUNCTION.contains(&lower.as_str())
        || word.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    Some(word)
}

fn names_a_measure(noun: &str, lex: &Lexicon) -> bool {
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

fn reading_name(m: &MeasureInfo, kind: ClaimKind, _lex: &Lexicon) -> String {
    match (kind, m.kind) {
        (ClaimKind::Share, MeasureKind::Level) => m
            .share
            .clone()
            .unwrap_or_else(|| format!("{}_share", m.name)),
        _ => m.name.clone(),
    }
}

fn claim_kind(
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

fn finish_period(
    c: &mut Claim,
    mention: Option<PeriodMention>,
    reference_year: Option<(i32, bool)>,
    date: Option<Date>,
) {
    let year = reference_year.map(|(y, _)| y);
    if let Some(m) = mention {
        match m.resolve_dated(year, date) {
            Some(p) => c.period = Some(p),
            None => {
                c.period = None;
                c.period_source = None;
            }
        }
    }
    if c.period.is_none() && c.period_source == Some(PeriodSource::Assumed) {
        // Nothing stated: the latest complete year before the article appeared.
        c.period = year.map(|y| Period::year(y - 1));
        if c.period.is_none() {
            c.period_source = None;
        }
    }
    // "continues to grow" speaks of the present: look up to the article's year.
    if c.kind == ClaimKind::Trend
        && let (Some(p), Some(y)) = (c.period, year)
        && y > p.end.year
    {
        c.period = Some(Period {
            start: p.start,
            end: YearMonth::new(y, 12),
        });
    }
    if c.cumulative {
        if let (Some(p), Some(y)) = (c.period, year) {
            // "grown by 40% since 2022": from the start of that year until the article's year.
            if y > p.start.year {
                c.period = Some(Period {
                    start: p.start,
                    end: YearMonth::new(y, 12),
                });
            } else {
                c.cumulative = false;
            }
        } else {
            c.cumulative = false;
        }
    }
    if let (Some(p), Some((y, _))) = (c.period, reference_year) {
        // A year is still running on any day of it, 31 December included: its figures
        // come out weeks later.
        let running = match date {
            Some(d) => p.end.year >= d.year,
            None => p.end.year >= y,
        };
        c.year_in_progress = running && p.end.month == 12;
        c.article_dated = date.is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let m = |name: &str, kind, unit: &str, share: Option<&str>, cp| MeasureInfo {
            name: name.into(),
            kind,
            unit: unit.into(),
            share: share.map(Into::into),
            has_counterpart: cp,
            dataset: "d".into(),
            inverse: None,
        };
        Lexicon::new(
            vec![
                m(
                    "turnover",
                    MeasureKind::Level,
                    "USD",
                    Some("turnover_share"),
                    true,
                ),
                m("turnover_share", MeasureKind::Share, "percent", None, true),
                m(
                    "export",
                    MeasureKind::Level,
                    "USD",
                    Some("export_share"),
                    true,
                ),
                m("trips", MeasureKind::Level, "trips", None, true),
                m("gdp_growth", MeasureKind::Rate, "percent", None, false),
            ],
            vec![
                Term {
                    phrase: "trade".into(),
                    measures: vec!["turnover".into()],
                },
                Term {
                    phrase: "trade turnover".into(),
                    measures: vec!["turnover".into()],
                },
                Term {
                    phrase: "exported".into(),
                    measures: vec!["export".into()],
                },
                Term {
                    phrase: "tourists".into(),
                    measures: vec!["trips".into()],
                },
                Term {
                    phrase: "economy".into(),
                    measures: vec!["gdp_growth".into()],
                },
            ],
            "GEO".into(),
            "WLD".into(),
        )
        .with_groups(vec![
            ("EU".into(), "EU".into()),
            ("European Union".into(), "EU".into()),
            ("CIS".into(), "CIS".into()),
        ])
    }

    fn claims(text: &str) -> Vec<Claim> {
        extract_claims(text, &lexicon(), &ExtractOptions::default())
            .items
            .into_iter()
            .filter(|c| c.is_claim())
            .collect()
    }

    #[test]
    fn level_with_counterpart_from_context() {
        let cs = claims("Russia and Georgia talk.\nTrade turnover in 2024 reached $2.4 billion.");
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].readings, ["turnover"]);
        assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
        assert_eq!(cs[0].period, Some(Period::year(2024)));
        assert_eq!(cs[0].kind, ClaimKind::Level);
    }

    #[test]
    fn anaphora_carries_measure_and_partner() {
        let cs = claims(
            "Most tourists come from Russia. If this figure was 200,000 in 2021, by 2024, it had already exceeded 1.4 million.",
        );
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].period, Some(Period::year(2021)));
        assert_eq!(cs[1].period, Some(Period::year(2024)));
        assert!(
            cs.iter()
                .all(|c| c.counterpart.as_deref() == Some("RUS") && c.readings == ["trips"])
        );
    }

    #[test]
    fn shares_pick_the_partner_of_their_clause() {
        let cs = claims(
            "The CIS accounts for 33% of Georgia’s trade, whereas the EU makes up only 22%.",
        );
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].counterpart.as_deref(), Some("CIS"));
        assert_eq!(cs[1].counterpart.as_deref(), Some("EU"));
        assert!(
            cs.iter()
                .all(|c| c.kind == ClaimKind::Share && c.readings == ["turnover_share"])
        );
        // No period stated and no article date: nothing to assume from.
        assert!(cs[0].period.is_none());
    }

    #[test]
    fn assumed_period_is_the_year_before_the_article() {
        let opts = ExtractOptions {
            date: Date::parse("2025-12-15"),
            title: None,
        };
        let cs: Vec<Claim> = extract_claims(
            "The CIS accounts for 33% of Georgia’s trade.",
            &lexicon(),
            &opts,
        )
        .items;
        assert_eq!(cs[0].period, Some(Period::year(2024)));
        assert_eq!(cs[0].period_source, Some(PeriodSource::Assumed));
    }

    #[test]
    fn cumulative_growth_since_a_year() {
        let opts = ExtractOptions {
            date: Date::parse("2025-12-15"),
            title: None,
        };
        let cs = extract_claims(
            "Had it chosen confrontation in 2022, Georgia's economy would not have grown by 40%.",
            &lexicon(),
            &opts,
        )
        .items;
        assert_eq!(cs.len(), 1);
        assert!(cs[0].cumulative);
        assert_eq!(cs[0].kind, ClaimKind::Change);
        assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
        assert_eq!(cs[0].counterpart, None);
        assert_eq!(cs[0].period.unwrap().label(), "2022–2025");
    }

    #[test]
    fn another_countrys_figures_are_not_georgias() {
        let cs = claims("Armenia's trade turnover with Russia reached $2 billion in 2024.");
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].subject.as_deref(), Some("ARM"));
        assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
        let cs = claims("Georgia's trade turnover with Russia reached $2.5 billion in 2024.");
        assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
        assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
    }

    #[test]
    fn a_share_of_one_measure_in_another_is_out_of_scope() {
        let cs = claims(
            "In 2024 what Georgia exported to the EU was only equal to 12% of trade turnover.",
        );
        assert!(
            cs[0]
                .out_of_scope
                .as_deref()
                .is_some_and(|s| s.contains("ratio")),
            "{:?}",
            cs[0].out_of_scope
        );
        let cs = claims("In 2024 the EU accounted for 22% of Georgia's trade turnover.");
        assert_eq!(cs[0].out_of_scope, None);
    }

    #[test]
    fn another_country_as_subject_without_a_possessive() {
        let cs = claims("In 2024, Turkey welcomed 1.2 million tourists from Georgia.");
        assert_eq!(cs[0].subject.as_deref(), Some("TUR"));
        assert_eq!(cs[0].counterpart.as_deref(), Some("GEO"));
        let cs = claims("Armenia received nearly 1.85 million tourists in 2024.");
        assert_eq!(cs[0].subject.as_deref(), Some("ARM"));
        let cs = claims("Kazakhstan-China trade turnover reached $31.2 billion in 2023.");
        assert_eq!(cs[0].subject.as_deref(), Some("KAZ"));
        assert_eq!(cs[0].counterpart.as_deref(), Some("CHN"));
        // Georgia receiving stays Georgia's figure.
        let cs = claims("In 2024 Georgia received 1.4 million tourists from Russia.");
        assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
        assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
    }

    #[test]
    fn the_two_countries_are_the_pair_named_before() {
        let cs = claims(
            "Trade between Russia and Georgia fell. The statistics office of Georgia said trade turnover between the two countries amounted to $2.5 billion in 2024.",
        );
        assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
    }

    #[test]
    fn figures_listed_respectively_belong_to_the_countries_in_order() {
        let cs = claims(
            "In 2022, Turkey, Russia and China were the top trade partners, with $2 billion, $1.71 billion and $1.40 billion respectively.",
        );
        let cps: Vec<_> = cs
            .iter()
            .map(|c| c.counterpart.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(cps, ["TUR", "RUS", "CHN"]);
    }

    #[test]
    fn a_measure_word_joined_to_the_figure_is_its_own() {
        let cs =
            claims("Turkey's share was 8 percent in trade and 24.8 percent in exported goods.");
        assert_eq!(cs[1].readings[0], "export_share", "{:?}", cs[1].readings);
    }

    #[test]
    fn groups_come_from_the_lexicon() {
        let lex = lexicon().with_groups(vec![
            ("Eurasian Economic Union".into(), "EAEU".into()),
            ("EAEU".into(), "EAEU".into()),
        ]);
        let cs: Vec<Claim> = extract_claims(
            "In 2024 Georgia's trade turnover with the Eurasian Economic Union reached $3 billion.",
            &lex,
            &ExtractOptions::default(),
        )
        .items;
        assert_eq!(cs[0].counterpart.as_deref(), Some("EAEU"));
    }

    #[test]
    fn a_partners_exports_to_the_home_country_are_its_imports() {
        let lex = Lexicon::new(
            vec![
                MeasureInfo {
                    name: "export".into(),
                    kind: MeasureKind::Level,
                    unit: "USD".into(),
                    share: None,
                    has_counterpart: true,
                    dataset: "d".into(),
                    inverse: Some("import".into()),
                },
                MeasureInfo {
                    name: "import".into(),
                    kind: MeasureKind::Level,
                    unit: "USD".into(),
                    share: None,
                    has_counterpart: true,
                    dataset: "d".into(),
                    inverse: Some("export".into()),
                },
            ],
            vec![Term {
                phrase: "exported".into(),
                measures: vec!["export".into()],
            }],
            "GEO".into(),
            "WLD".into(),
        );
        let read = |t: &str| {
            extract_claims(t, &lex, &ExtractOptions::default())
                .items
                .into_iter()
                .find(|c| c.is_claim())
                .unwrap()
        };
        for t in [
            "In 2018 Azerbaijan exported goods worth $586 million to Georgia.",
            "In 2023 products worth $583.61 mln were exported from Azerbaijan to Georgia.",
        ] {
            let c = read(t);
            assert_eq!(c.readings, ["import"], "{t}");
            assert_eq!(c.subject.as_deref(), Some("GEO"), "{t}");
            assert_eq!(c.counterpart.as_deref(), Some("AZE"), "{t}");
        }
        // Georgia's own exports stay exports, also beside the partner's in one sentence.
        let c = read("In 2018 Georgia exported goods worth $500 million to Azerbaijan.");
        assert_eq!(c.readings, ["export"]);
        assert_eq!(c.counterpart.as_deref(), Some("AZE"));
        let c = read(
            "In 2018 Georgian goods exported to Azerbaijan amounted to $502.7 million, while Azerbaijan exported goods worth $586 million to the country.",
        );
        assert_eq!(c.readings, ["export"]);
    }

    #[test]
    fn hyphenated_words_are_not_measure_words() {
        let cs =
            claims("Georgia's trade (excluding re-exported cars) reached $18.5 billion in 2025.");
        assert_eq!(cs[0].readings, ["turnover"]);
    }

    #[test]
    fn a_clause_about_the_home_country_is_about_all_partners() {
        let cs = claims(
            "In 2024 Georgia received 7.4 million tourists, of whom Russians made up about 19%.",
        );
        assert_eq!(cs[0].counterpart.as_deref(), Some("WLD"));
        assert_eq!(cs[1].counterpart.as_deref(), Some("RUS"));
    }

    #[test]
    fn counts_of_other_things_are_not_claims() {
        assert!(claims("Tourists from Russia spent an average of 5 nights in Georgia.").is_empty());
        assert!(claims("Ministers discussed trade with Russia in 3 meetings.").is_empty());
        assert_eq!(claims("Russia sent 200,000 tourists in 2021.").len(), 1);
        assert_eq!(
            claims("From Russia came 1.4 million tourists in 2024.").len(),
            1
        );
    }

    #[test]
    fn numbers_without_a_measure_are_not_claims() {
        let all = extract_claims(
            "He met 300 people in Tbilisi.",
            &lexicon(),
            &ExtractOptions::default(),
        )
        .items;
        assert_eq!(all.len(), 1);
        assert!(!all[0].is_claim());
    }
}
