//! From quantities to claims: what each figure measures, for whom, and when, using the
//! sentence first and then the article's context (earlier sentences, anaphora, the date).

use super::entity::{EntityMention, find_entities};
use super::period::{Period, PeriodMention, PeriodRelation, PeriodValue, YearMonth, find_periods};
use super::quantity::{Quantity, Unit, extract_quantities};
use super::text::{Date, Sentence, split_sentences};
use super::words::SentenceWords;
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
    /// What the words mean when set against another measure word of their dataset.
    pub set_against: Option<String>,
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
    /// The level as a percent of the base period ("a 74% recovery from 2019", "92% of the
    /// 2019 level"), not a growth rate.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub of_base: bool,
    /// A change compared with something the sentence names but no base reading covers
    /// ("higher than five years ago"): what it is compared with, as written.
    #[serde(skip)]
    pub unread_base: Option<String>,
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

/// Options that come from outside the text.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    pub date: Option<Date>,
    pub title: Option<String>,
    /// Keep only the claims, not every quantity found: a check has no use for the rest, and
    /// on a long text of figures they are most of the memory.
    pub claims_only: bool,
}

pub fn extract_claims(text: &str, lex: &Lexicon, opts: &ExtractOptions) -> ArticleExtraction {
    let sentences = split_sentences(text);
    let date = opts.date.or_else(|| super::text::find_dateline(text));
    let mut drafts: Vec<Draft> = Vec::new();
    let mut ctx = headline_context(text, lex, opts);
    ctx.story_period = story_period(text, &sentences);
    for (index, sentence) in sentences.iter().enumerate() {
        if !sentence.furniture {
            let first = drafts.len();
            read_sentence(text, sentence, index, lex, &mut ctx, &mut drafts);
            // A sentence's figures have given it their context (its currency, its period):
            // what is no claim can go.
            if opts.claims_only && drafts[first..].iter().any(|d| !d.claim.is_claim()) {
                let own = drafts.split_off(first);
                drafts.extend(own.into_iter().filter(|d| d.claim.is_claim()));
            }
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
    let mut items: Vec<Claim> = drafts
        .into_iter()
        .enumerate()
        .map(|(n, d)| finish_claim(d, n, reference_year, date))
        .collect();
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

/// The context a story starts with: what its headline names, unless the text opens with
/// the headline (then it is read as the first paragraph).
fn headline_context(text: &str, lex: &Lexicon, opts: &ExtractOptions) -> Context {
    let mut ctx = Context::default();
    if let Some(title) = opts
        .title
        .as_deref()
        .filter(|t| !text.trim_start().starts_with(t.trim()))
    {
        seed_from_headline(&mut ctx, title, lex);
    }
    ctx
}

/// As `extract_claims`, for an article whose date is known (given, or stated in its text):
/// each sentence's claims are finished as it is read and handed to `emit` in runs of at
/// least `slice` (a sentence is never parted), so a very long article is never held whole
/// as claims. `None` when the date is unknown: the article's year then rests on all its
/// claims, and `extract_claims` must read them all first.
pub fn extract_claims_streamed<E>(
    text: &str,
    lex: &Lexicon,
    opts: &ExtractOptions,
    slice: usize,
    mut emit: impl FnMut(Vec<Claim>) -> Result<(), E>,
) -> Option<Result<Date, E>> {
    let date = opts.date.or_else(|| super::text::find_dateline(text))?;
    let reference_year = Some((date.year, false));
    let mut ctx = headline_context(text, lex, opts);
    let sentences = split_sentences(text);
    ctx.story_period = story_period(text, &sentences);
    let (mut drafts, mut run): (Vec<Draft>, Vec<Claim>) = (Vec::new(), Vec::new());
    let (mut items_seen, mut claims_seen) = (0usize, 0usize);
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.furniture {
            continue;
        }
        read_sentence(text, sentence, index, lex, &mut ctx, &mut drafts);
        if opts.claims_only {
            drafts.retain(|d| d.claim.is_claim());
        }
        let mut items: Vec<Claim> = drafts
            .drain(..)
            .map(|d| {
                items_seen += 1;
                finish_claim(d, items_seen - 1, reference_year, Some(date))
            })
            .collect();
        for c in items.iter_mut().filter(|c| c.is_claim()) {
            claims_seen += 1;
            c.id = format!("c{claims_seen}");
        }
        // Changes are implied between figures of one sentence: all here.
        link_implied_changes(&mut items);
        run.extend(items);
        if run.len() >= slice
            && let Err(e) = emit(std::mem::take(&mut run))
        {
            return Some(Err(e));
        }
    }
    if !run.is_empty()
        && let Err(e) = emit(run)
    {
        return Some(Err(e));
    }
    Some(Ok(date))
}

/// Reads one sentence's figures and phrases into drafts, then updates the context later
/// sentences read with.
fn read_sentence(
    article: &str,
    s: &Sentence,
    index: usize,
    lex: &Lexicon,
    ctx: &mut Context,
    drafts: &mut Vec<Draft>,
) {
    let stext = &article[s.start..s.end];
    let quantities = extract_quantities(stext);
    let phrases = phrase_claims(stext);
    let all_terms = lex.find_terms(stext);
    let entities: Vec<EntityMention> = lex.entities(stext);
    // Measure words and partners carry to later sentences; periods and the rest only
    // matter where there is something to claim.
    let has_claims = !quantities.is_empty() || !phrases.is_empty();
    if has_claims {
        ctx.lower_sentence = stext.to_lowercase();
        ctx.sentence = std::sync::Arc::from(stext);
    }
    // A sentence with no figure may still name the reporting period; years need digits.
    let mut periods = if has_claims || stext.bytes().any(|b| b.is_ascii_digit()) {
        find_periods(stext)
    } else {
        Vec::new()
    };
    periods.retain(|m| !date_heading(stext, m));
    let first_draft = drafts.len();
    let last_term = all_terms.last().map(|t| t.2);
    let terms = strong_terms(all_terms, lex);
    let view = SentenceView {
        article,
        sentence: s,
        index,
        text: stext,
        lex,
        terms: &terms,
        entities: &entities,
        periods: &periods,
        ctx,
        words: std::cell::OnceCell::new(),
    };
    for q in quantities {
        drafts.push(build_claim(&view, &q));
    }
    read_phrases(&view, phrases, drafts, first_draft);
    let own = &mut drafts[first_draft..];
    own.sort_by_key(|d| d.claim.start);
    assign_respectively(stext, s.start, &entities, &lex.home, own);
    read_levels_from_to(stext, s.start, &periods, own);
    let money = own
        .iter()
        .map(|d| d.claim.quantity.unit)
        .find(|u| u.is_money());
    // "Income from tourist visits reached $375.6 million, 132.1% higher than a year
    // before": a percent after an amount no measure word of the data reads is that
    // amount's change, not the visits'.
    let unread_amount = own
        .iter()
        .find(|d| d.claim.quantity.unit.is_money() && !d.claim.is_claim())
        .map(|d| (d.claim.end, d.claim.text.clone()));
    for d in own.iter_mut() {
        if d.claim.kind == ClaimKind::Change {
            d.claim.amounts_in = money;
            if let Some((end, amount)) = &unread_amount
                && d.claim.start >= *end
                && matches!(d.claim.quantity.unit, Unit::Percent | Unit::Multiplier)
                && d.claim.is_claim()
                && d.claim.out_of_scope.is_none()
                && !counts_money(&d.claim, lex)
            {
                d.claim.out_of_scope = Some(format!(
                    "a change of the amount before it ({amount}), which no measure of the data reads"
                ));
            }
        }
    }
    if let Some(d) = own.iter().rev().find(|d| d.claim.is_claim()) {
        ctx.narrow = d.narrow.clone().map(|m| (index, m));
    }
    // Context for later sentences: the last measure and partner named. A sentence that
    // read its figures by the measure carried to it (the next line of a list, "This is 2.2
    // percent more") carries it on.
    if let Some(t) = last_term {
        ctx.term = Some((index, t));
    } else if let Some((_, t)) = ctx.term
        && own
            .iter()
            .any(|d| d.claim.is_claim() && d.claim.provenance.measure == Some(Origin::Carried))
    {
        ctx.term = Some((index, t));
    }
    let terms_named = last_term.is_some();
    carry_context(ctx, lex, s, stext, &entities, &periods, terms_named, own);
}

/// The claim's measure is an amount of money (exports in dollars), not a count.
fn counts_money(c: &Claim, lex: &Lexicon) -> bool {
    c.readings
        .first()
        .and_then(|r| lex.measure(r))
        .is_some_and(|m| Unit::is_currency_code(&m.unit))
}

/// Ranks and trends are claims without a figure: "leads", "continues to grow". One that
/// overlaps a figure is the figure's wording.
fn read_phrases(
    v: &SentenceView,
    phrases: Vec<(usize, usize, Unit, f64)>,
    drafts: &mut Vec<Draft>,
    first_draft: usize,
) {
    let offset = v.sentence.start;
    for (start, end, unit, value) in phrases {
        // "ranked 6 among": the rank's own digit is no count of its own.
        if unit == Unit::Rank {
            let mut k = first_draft;
            while k < drafts.len() {
                let c = &drafts[k].claim;
                if c.quantity.unit == Unit::Count
                    && c.start >= offset + start
                    && c.end <= offset + end
                {
                    drafts.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        if drafts[first_draft..]
            .iter()
            .any(|d| d.claim.start < offset + end && offset + start < d.claim.end)
        {
            continue;
        }
        // "decreased by 5%": the figure is the claim; a change told by its verb alone is a
        // trend only alone in its clause, after what it is about ("the flow of visitors
        // decreased"; not "dropped the navigation lines 'Economy'").
        let phrase = v.text[start..end].to_ascii_lowercase();
        let bare_verb = unit == Unit::Direction
            && (RISING_VERBS.contains(&phrase.as_str())
                || FALLING_VERBS.contains(&phrase.as_str()));
        if bare_verb {
            let clause = clause_bounds(v.text, start);
            let figure_in_clause = drafts[first_draft..].iter().any(|d| {
                d.claim.quantity.unit != Unit::Direction
                    && d.claim.start >= offset + clause.0
                    && d.claim.start < offset + clause.1
            });
            let subject_before = v.terms.iter().any(|t| t.0 >= clause.0 && t.1 <= start);
            if figure_in_clause || !subject_before {
                continue;
            }
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
        let draft = build_claim(v, &q);
        // A rank needs something ranked besides the total.
        let ranked = unit != Unit::Rank
            || draft
                .claim
                .counterpart
                .as_ref()
                .is_some_and(|c| c != &v.lex.total);
        if draft.claim.is_claim() && ranked {
            drafts.push(draft);
        }
    }
}

/// "Exports rose from USD 132 million to USD 141 million from 2019 to 2024": two levels
/// joined by "from … to" under a span of years from one year to another are the first
/// year's and the last year's, not both the whole span's. Under one period ("rose from
/// $400 million to $502.7 million in 2024", or a period carried to both) the period is the
/// end's; the start is an earlier level the sentence does not date.
fn read_levels_from_to(
    sentence: &str,
    offset: usize,
    periods: &[PeriodMention],
    own: &mut [Draft],
) {
    for k in 1..own.len() {
        let (before, rest) = own.split_at_mut(k);
        let (a, b) = (&mut before[k - 1], &mut rest[0]);
        let levels = a.claim.kind == ClaimKind::Level && b.claim.kind == ClaimKind::Level;
        let (sa, ea, sb) = (
            a.claim.start - offset,
            a.claim.end - offset,
            b.claim.start - offset,
        );
        let from_to = sentence[..sa]
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("from")
            && sentence[ea..sb].trim().eq_ignore_ascii_case("to");
        if !(levels && from_to) {
            continue;
        }
        // One period stated for both, or none (both carried).
        let shared = match (a.mention, b.mention) {
            (Some(m), Some(n)) if m.start == n.start && m.end == n.end => Some(m),
            (None, None) => None,
            _ => continue,
        };
        if let Some((first, last)) = shared.and_then(|m| two_year_span(sentence, periods, m)) {
            (a.mention, b.mention) = (Some(first), Some(last));
            continue;
        }
        match shared.map(|m| (m, m.value)) {
            Some((span, PeriodValue::Fixed(p)))
                if p.start.month == 1 && p.end.month == 12 && p.start.year < p.end.year =>
            {
                a.mention = Some(PeriodMention {
                    value: PeriodValue::Fixed(Period::year(p.start.year)),
                    ..span
                });
                b.mention = Some(PeriodMention {
                    value: PeriodValue::Fixed(Period::year(p.end.year)),
                    ..span
                });
            }
            _ => a.change_start = true,
        }
    }
}

/// "between 2021 and 2024", "from 2019 to 2024" read as two years, one of them `m`: the
/// first and the last.
fn two_year_span(
    sentence: &str,
    periods: &[PeriodMention],
    m: PeriodMention,
) -> Option<(PeriodMention, PeriodMention)> {
    let i = periods
        .iter()
        .position(|p| p.start == m.start && p.end == m.end)?;
    let joined = |a: &PeriodMention, b: &PeriodMention| {
        let opener = sentence[..a.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from"));
        let joiner = sentence.get(a.end..b.start).map(str::trim);
        let is_year =
            |p: &PeriodMention| matches!(p.value, PeriodValue::Fixed(q) if q.is_full_year());
        opener && is_year(a) && is_year(b) && matches!(joiner, Some("and" | "to" | "-" | "–"))
    };
    let pair = |j: usize| Some((*periods.get(j)?, *periods.get(j + 1)?));
    [i.checked_sub(1).and_then(pair), pair(i)]
        .into_iter()
        .flatten()
        .find(|(a, b)| joined(a, b))
}

/// What a sentence leaves for later ones: its partner (or the home country's totals), the
/// period its figures stated (or the reporting period a lede names), and whether the home
/// country has been named.
#[allow(clippy::too_many_arguments)]
fn carry_context(
    ctx: &mut Context,
    lex: &Lexicon,
    s: &Sentence,
    stext: &str,
    entities: &[EntityMention],
    periods: &[PeriodMention],
    terms_named: bool,
    own: &[Draft],
) {
    let mut partners = entities.iter().filter(|e| e.code != lex.home);
    // "China regains slot as Georgia's top trade partner": a headline that ranks a partner
    // frames the story as the home country's trade with all its partners, not trade with
    // the one it ranks.
    let headline = s.paragraph <= 1 && !super::text::ends_sentence(stext);
    let ranks_only = own.iter().any(|d| d.claim.is_claim())
        && own
            .iter()
            .filter(|d| d.claim.is_claim())
            .all(|d| d.claim.kind == ClaimKind::Rank);
    if headline && ranks_only {
        let names_home = entities.iter().any(|e| e.code == lex.home);
        ctx.counterpart = names_home.then(|| lex.total.clone());
    } else if let Some(first) = partners.next() {
        // "Central Asia overtakes Russia", "both Russia and Turkey": a sentence of several
        // partners leaves none that a later figure could be about without naming it.
        let one = partners.all(|e| e.code == first.code);
        ctx.counterpart = one.then(|| first.code.clone());
    } else if own
        .iter()
        .any(|d| d.claim.is_claim() && d.claim.counterpart.as_deref() == Some(&lex.total))
    {
        // "Georgia's trade turnover … Exports totaled …": the country's totals carry on
        // until a partner is named.
        ctx.counterpart = Some(lex.total.clone());
    }
    let stated = own
        .iter()
        .rev()
        .find(|d| {
            // "grown by 40% since 2022" names where a span starts, not a period to carry;
            // "compared to $114.3 million over the same period of 2021" what is compared with.
            d.claim.is_claim()
                && !d.claim.cumulative
                && !d.of_base_period
                && d.claim.period_source == Some(PeriodSource::Sentence)
        })
        .and_then(|d| Some((d.mention?, topic_of(&d.claim, lex))))
        .filter(|(m, _)| m.relation == PeriodRelation::In);
    // A figure's period carries; a period named without a figure only from the lede,
    // where a release story names its reporting period ("Georgia's trade in
    // January-May 2023"). Elsewhere it is as often an event's date ("signed in 2014").
    let lede = s.paragraph <= 1 && terms_named;
    let lede_period = || {
        lede.then(|| own_period(periods).map(|m| (m, None)))
            .flatten()
    };
    // "A sharp 30.6% increase was recorded in March" after "In January-March": a month of
    // the period being told is a detail of it, not the period later figures keep. (A lede's
    // months within a headline's year are the headline made exact.)
    let detail = |m: &PeriodMention| {
        ctx.period
            .as_ref()
            .is_some_and(|(_, c)| m.within(&c.mention))
            || ctx
                .reporting
                .as_ref()
                .is_some_and(|r| r.place != "the headline" && m.within(&r.mention))
    };
    if let Some((mention, topic)) = stated.or_else(lede_period).filter(|(m, _)| !detail(m)) {
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

/// A draft to a claim once the article's year is known: periods resolved, provenance of
/// the period, forecasts out of scope.
fn finish_claim(
    d: Draft,
    n: usize,
    reference_year: Option<(i32, bool)>,
    date: Option<Date>,
) -> Claim {
    let mut c = d.claim;
    c.id = format!("q{}", n + 1);
    finish_period(&mut c, d.mention, reference_year, date);
    // "last year", "in January-October" in an article with no date: read against the latest
    // year it names, which is a guess at its date.
    let guessed_year = reference_year
        .filter(|(_, estimated)| *estimated)
        .filter(|_| c.period.is_some() && d.mention.is_some_and(|m| m.resolve(None).is_none()));
    if guessed_year.is_some() {
        c.period_source = Some(PeriodSource::Assumed);
    }
    if d.change_start
        && let Some(p) = c.period
    {
        c.period = Some(p.years_earlier(1));
        c.period_source = Some(PeriodSource::Assumed);
    }
    c.base_period = base_period(&c, d.base, reference_year, date);
    c.provenance.period = c.period.and(c.period_source).map(|s| match s {
        PeriodSource::Sentence => Origin::Stated,
        PeriodSource::Context => Origin::Carried,
        PeriodSource::Assumed => Origin::Assumed,
    });
    if let (Some(place), Some(p)) = (d.period_place, c.period) {
        c.provenance.period_from = Some(format!("{place}: {}", p.label()));
    }
    if let Some((year, _)) = guessed_year {
        c.provenance.period_from = Some(format!(
            "read against {year}, the latest year the article names; it gives no date"
        ));
    }
    if d.change_start && c.period.is_some() {
        c.provenance.period_from = Some("the year before the change's end".into());
    }
    if c.out_of_scope.is_none() {
        c.out_of_scope = future_scope(&c, date);
    }
    c
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
            && a.out_of_scope.is_none()
            && b.out_of_scope.is_none()
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

/// A claim before its periods are resolved: they wait for the article's year.
struct Draft {
    claim: Claim,
    mention: Option<PeriodMention>,
    /// Where a period carried from elsewhere was named.
    period_place: Option<&'static str>,
    /// What a change is measured against, when the sentence says.
    base: Option<PeriodMention>,
    /// The one measure the figure's words named, for the next sentence's broad words.
    narrow: Option<String>,
    /// The figure is a base's level: its period does not carry.
    of_base_period: bool,
    /// The start of a change written "from X to Y" whose period is the end's: the level a
    /// year before it, assumed.
    change_start: bool,
}

mod build;
/// The phrase automata and rank grammar (see [`super::build_tables`]).
pub(super) use phrases::build_tables;
mod context;
mod lexicon;
mod parties;
mod phrases;
#[cfg(test)]
mod tests;

use build::*;
use context::*;
pub use lexicon::Lexicon;
use lexicon::*;
use parties::*;
use phrases::*;
