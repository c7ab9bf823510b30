//! One figure to one claim: its measure (the readings), its subject and partner, its
//! period and base, and its scope, read from the sentence first and the context after.

use super::*;

pub(super) fn compatible(q: &Quantity, kind: ClaimKind, m: &MeasureInfo) -> bool {
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

/// A measure term found in a sentence: its byte span and its index in the lexicon's terms.
pub(super) type TermMatch = (usize, usize, usize);

/// One sentence as its figures are read: its text, what it names, and the context before it.
pub(super) struct SentenceView<'a> {
    /// The whole article: a claim's text is cut from it.
    pub(super) article: &'a str,
    pub(super) sentence: &'a Sentence,
    /// The sentence's index in the article: anaphora reach back a sentence or two.
    pub(super) index: usize,
    pub(super) text: &'a str,
    pub(super) lex: &'a Lexicon,
    /// Measure terms, strong ones only when the sentence has both kinds (see `strong_terms`).
    pub(super) terms: &'a [TermMatch],
    pub(super) entities: &'a [EntityMention],
    pub(super) periods: &'a [PeriodMention],
    pub(super) ctx: &'a Context,
    /// The sentence's word table, built the first time a rule asks (most sentences of prose
    /// have no figure and never do).
    pub(super) words: std::cell::OnceCell<SentenceWords<'a>>,
}

impl<'a> SentenceView<'a> {
    pub(super) fn words(&self) -> &SentenceWords<'a> {
        self.words.get_or_init(|| SentenceWords::new(self.text))
    }
}

/// "In terms of exports, Kyrgyzstan ranked as Georgia's top trade partner with $126
/// million": "partner" names a relation, not a flow; a flow named in the sentence wins.
pub(super) fn strong_terms(terms: Vec<TermMatch>, lex: &Lexicon) -> Vec<TermMatch> {
    let weak = |t: &TermMatch| lex.terms[t.2].phrase.contains("partner");
    if terms.iter().any(weak) && !terms.iter().all(weak) {
        terms.into_iter().filter(|t| !weak(t)).collect()
    } else {
        terms
    }
}

/// What a figure measures: the kind of claim, the measures it may mean, and the term that
/// said so.
struct MeasureReading {
    kind: ClaimKind,
    readings: Vec<String>,
    /// The term named in the sentence, if the measure was not carried from before.
    stated_term: Option<TermMatch>,
    origin: Origin,
    /// The level as a percent of a base ("a 74% recovery"): a change read as a ratio.
    of_base: bool,
    /// The one measure its words named (a narrow word, or a broad one its neighbours read).
    narrow: Option<String>,
}

/// Who a figure is about.
struct Parties {
    /// The readings again: a partner's exports to the home country read as its imports.
    readings: Vec<String>,
    subject: Option<String>,
    counterpart: Option<String>,
    subject_origin: Origin,
    counterpart_origin: Origin,
}

/// When a figure is for, before the article's year resolves it.
struct PeriodReading {
    mention: Option<PeriodMention>,
    base: Option<PeriodMention>,
    source: Option<PeriodSource>,
    /// Where a period carried from elsewhere was named.
    place: Option<&'static str>,
    cumulative: bool,
    /// The figure is the level of what a change is compared with ("compared to $114.3
    /// million over the same period of 2021"): its period is no period later figures keep.
    of_base_period: bool,
    /// The level a change started from, no period joined to it ("up from $400 million"):
    /// not of the sentence's period but, assumed, the year before.
    change_start: bool,
}

pub(super) fn build_claim(v: &SentenceView, q: &Quantity) -> Draft {
    let clause = clause_bounds(v.text, q.start);
    let measure = read_measure(v, q, clause);
    let parties = read_parties(v, q, clause, &measure);
    let period = read_period(v, q, clause, measure.kind, &parties.readings);
    // A partner's exports read as the home country's imports: what later figures referring
    // back to this one measure is the imports.
    let narrow = match (parties.readings.first(), measure.readings.first()) {
        (Some(p), Some(m))
            if p != m
                && v.lex
                    .measure(p)
                    .is_some_and(|i| i.kind == MeasureKind::Level) =>
        {
            Some(p.clone())
        }
        _ => measure.narrow.clone(),
    };
    let readings = parties.readings;
    let provenance = Provenance {
        measure: (!readings.is_empty()).then_some(measure.origin),
        subject: parties.subject.as_ref().map(|_| parties.subject_origin),
        counterpart: parties
            .counterpart
            .as_ref()
            .map(|_| parties.counterpart_origin),
        period: None,
        period_from: None,
    };
    // Scope is a question about claims only: a figure no measure word names needs none
    // (most figures of a long text of prose are such, and the scope words are a scan each).
    let out_of_scope = if readings.is_empty() {
        None
    } else if measure.of_base && period.base.is_none() {
        Some("the level as a percent of a base the sentence does not name".to_string())
    } else {
        ratio_of_measures(v.text, q, measure.kind, v.terms, clause, v.lex).or_else(|| {
            crate::extract::scope::out_of_scope(
                v.words(),
                q,
                measure.kind == ClaimKind::Share,
                clause,
                measure.stated_term.map(|t| (t.0, t.1)),
                v.entities,
            )
        })
    };
    let (start, end) = (v.sentence.start + q.start, v.sentence.start + q.end);
    let claim = Claim {
        id: String::new(),
        text: v.article[start..end].to_string(),
        start,
        end,
        sentence: v.ctx.sentence.clone(),
        kind: measure.kind,
        readings,
        subject: parties.subject,
        counterpart: parties.counterpart,
        period: None,
        period_source: period.source,
        cumulative: period.cumulative,
        base_period: None,
        amounts_in: None,
        year_in_progress: false,
        article_dated: false,
        out_of_scope,
        provenance,
        implied_from: None,
        of_base: measure.of_base,
        unread_base: (measure.kind == ClaimKind::Change && period.base.is_none())
            .then(|| unread_comparison(v.text, q))
            .flatten(),
        quantity: Quantity {
            start,
            end,
            ..q.clone()
        },
    };
    Draft {
        claim,
        mention: period.mention,
        base: period.base,
        period_place: period.place,
        narrow,
        of_base_period: period.of_base_period,
        change_start: period.change_start,
    }
}

/// "33 percent higher than five years ago", "up 5% compared with the pre-war level": a
/// comparison right after a change (a comparative and "than", or "compared") whose base no
/// period reading covered. What follows, as written, up to the clause's end.
fn unread_comparison(sentence: &str, q: &Quantity) -> Option<String> {
    let rest = &sentence[q.end..];
    let stop = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..stop].split_whitespace().collect();
    let lower = |w: &str| w.to_ascii_lowercase();
    let at = words
        .iter()
        .take(5)
        .position(|w| matches!(lower(w).as_str(), "than" | "compared" | "relative"))?;
    let said: Vec<&str> = words[at + 1..].iter().take(6).copied().collect();
    (!said.is_empty()).then(|| said.join(" "))
}

/// Measure: a term in the sentence, else one carried by anaphora from the sentences before.
fn read_measure(v: &SentenceView, q: &Quantity, clause: (usize, usize)) -> MeasureReading {
    let (terms, pos) = (v.terms, q.start);
    // "24.8 percent in imports", "11.2% of total exports": a measure word joined to the
    // figure by a bare preposition is its own, however near another one ends.
    // So is the noun the figure counts: "and 640,000 tourists", "1.2 million foreign visitors".
    let joined_term = terms.iter().position(|t| {
        if t.0 < q.end || t.0 - q.end > 24 {
            return false;
        }
        let between = v.text[q.end..t.0].trim();
        // A conjunction between opens the next item ("$347 million and imports").
        let joins_another = [
            "and", "or", "but", "while", "whereas", "than", "as", "to", "from",
        ]
        .iter()
        .any(|w| between.eq_ignore_ascii_case(w));
        ["in", "of", "of the", "of total", "of the total", "in total"]
            .iter()
            .any(|w| between.eq_ignore_ascii_case(w))
            || (between.bytes().all(|b| b.is_ascii_alphabetic()) && !joins_another)
    });
    // "amounted to $347 million and imports from Turkey to $1.99 billion": a measure word
    // after "and" with a figure of its own after it opens the next item of the list; the
    // figure's own word stands before it.
    let opens_next = |t: &(usize, usize, usize)| {
        t.0 >= q.end && t.1 <= clause.1 && {
            let between = v.text[q.end..t.0].to_ascii_lowercase();
            let after = &v.text[t.1..clause.1];
            contains_word(&between, "and") && after.contains(|c: char| c.is_ascii_digit())
        }
    };
    let before_in_clause = terms.iter().any(|t| t.1 <= q.start && t.0 >= clause.0);
    let stated_term = joined_term
        .or_else(|| {
            if before_in_clause && terms.iter().any(opens_next) {
                let own: Vec<usize> = (0..terms.len())
                    .filter(|&i| !opens_next(&terms[i]))
                    .collect();
                nearest(&own, |&i| (terms[i].0, terms[i].1), pos, clause).map(|k| own[k])
            } else {
                nearest(terms, |t| (t.0, t.1), pos, clause)
            }
        })
        .map(|i| terms[i]);
    // A list that goes on in the next sentence names partners, not the measure again:
    // "The top export partners were China ($445.9 million) ... Meanwhile, Bulgaria ($49.6
    // million), Azerbaijan ($46.7 million)".
    let list_item = terms.is_empty()
        && v.entities
            .iter()
            .any(|e| e.code != v.lex.home && e.start >= clause.0 && e.end <= clause.1);
    let term = stated_term.map(|t| t.2).or_else(|| {
        let anaphoric = ANAPHORA
            .iter()
            .any(|a| contains_word(&v.ctx.lower_sentence, a))
            || subject_is_the_change(&v.ctx.lower_sentence);
        v.ctx
            .term
            .filter(|(at, _)| (anaphoric && v.index - at <= 2) || (list_item && v.index - at == 1))
            .map(|(_, t)| t)
            .or_else(|| people_visiting_home(v, clause))
    });
    let of_base = crate::extract::scope::percent_of_base(v.text, q);
    let kind = if of_base {
        ClaimKind::Change
    } else {
        claim_kind(
            q,
            &v.text[clause.0..clause.1],
            &v.text[clause.0.min(pos)..pos],
            &v.text[pos..],
            term.map(|t| &v.lex.terms[t]),
            v.lex,
        )
    };
    let counts_something_else = q.unit == Unit::Count
        && counted_noun(v.text, q.end).is_some_and(|n| !names_a_measure(n, v.lex));
    let term = term.filter(|_| !counts_something_else);
    let mut readings = term.map_or_else(Vec::new, |t| readings_of(&v.lex.terms[t], q, kind, v.lex));
    let mut narrow = stated_term
        .filter(|t| term == Some(t.2))
        .and_then(|t| narrow_by_neighbours(v, t, kind, &mut readings));
    // "Azerbaijan exported goods worth $583.61 million to Georgia. This is $12.60 million …
    // more": a figure that refers back reads the measure the earlier figure was read as
    // (Georgia's imports), not its word again.
    if stated_term.is_none()
        && !readings.is_empty()
        && let Some((at, m)) = &v.ctx.narrow
        && v.ctx.term.is_some_and(|(t_at, _)| t_at == *at)
        && term.is_some_and(|t| {
            // The earlier figure's measure is the carried word's, or its inverse.
            v.lex.terms[t].measures.iter().any(|w| {
                w == m
                    || v.lex
                        .measure(w)
                        .is_some_and(|i| i.inverse.as_ref() == Some(m))
            })
        })
        && let Some(info) = v.lex.measure(m)
        && compatible(q, kind, info)
        && let Some(r) = reading_name(info, kind)
    {
        readings.retain(|x| *x != r);
        readings.insert(0, r);
        narrow = Some(m.clone());
    }
    // "Russians made 281.5 thousand entries. The number of visitors is 5.6% lower…": a broad
    // word right after a sentence whose figures a narrow one named repeats it. (A word with a
    // meaning of its own when set against others, "tourists", is left as it is.)
    if let Some(t) = term.map(|t| &v.lex.terms[t]).filter(|_| narrow.is_none()) {
        if t.measures.len() == 1 {
            narrow = Some(t.measures[0].clone());
        } else if narrow.is_none()
            && t.set_against.is_none()
            && let Some((at, m)) = &v.ctx.narrow
            && *at + 1 == v.index
            && t.measures.contains(m)
            && put_first(m, kind, &mut readings, v.lex)
        {
            narrow = Some(m.clone());
        }
    }
    // A level against its base: a published growth rate is no level.
    if of_base {
        readings.retain(|r| {
            v.lex
                .measure(r)
                .is_some_and(|m| m.kind == MeasureKind::Level)
        });
    }
    MeasureReading {
        kind,
        readings,
        of_base,
        narrow,
        stated_term,
        origin: if stated_term.is_some() {
            Origin::Stated
        } else {
            Origin::Carried
        },
    }
}

/// "11,181 people from Azerbaijan visited Georgia": people who visited the home country are
/// its visitors, read as the lexicon's word "visitors" reads (no measure word stands there,
/// and "visited" alone is no measure word: "tourists visited Turkey" is another country's).
fn people_visiting_home(v: &SentenceView, clause: (usize, usize)) -> Option<usize> {
    const PEOPLE: &[&str] = &["people", "persons", "citizens", "nationals", "foreigners"];
    let text = &v.text[clause.0..clause.1];
    // Most figures without a measure word stand in no such clause: ask cheaply first.
    if !["visited", "arrived", "came"]
        .iter()
        .any(|w| text.contains(w))
    {
        return None;
    }
    let table = v.words();
    let words: Vec<(usize, usize)> = table.words(clause.0, clause.1).collect();
    let lower = |k: usize| words.get(k).map(|&(a, b)| &table.lower()[a..b]);
    let people = (0..words.len()).any(|k| lower(k).is_some_and(|w| PEOPLE.contains(&w)));
    let home_after_verb = (0..words.len()).any(|k| {
        let at = match lower(k) {
            Some("visited") => k + 1,
            Some("arrived") | Some("came")
                if lower(k + 1).is_some_and(|w| w == "in" || w == "to") =>
            {
                k + 2
            }
            _ => return false,
        };
        words.get(at).is_some_and(|&(a, _)| {
            v.entities
                .iter()
                .any(|e| e.code == v.lex.home && e.start == a)
        })
    });
    (people && home_after_verb)
        .then(|| v.lex.terms.iter().position(|t| t.phrase == "visitors"))
        .flatten()
}

/// A broad measure word read by the other measure words of its sentence (same dataset): set
/// against them, it means what the manifest says it means then ("640,000 tourists" beside
/// "1.2 million visitors" are overnight tourists); after a narrow one and no other broad
/// one, it repeats the narrow one ("52 thousand visits of international tourists …, and
/// 61 thousand visits").
fn narrow_by_neighbours(
    v: &SentenceView,
    t: TermMatch,
    kind: ClaimKind,
    readings: &mut Vec<String>,
) -> Option<String> {
    let lex = v.lex;
    let term = &lex.terms[t.2];
    if readings.len() < 2 {
        return None;
    }
    let dataset = |ms: &[String]| ms.first().and_then(|m| lex.measure(m)).map(|m| &m.dataset);
    // "Tourist arrivals … 1 million Russian tourists" name one thing twice.
    let shares_a_word = |a: &str, b: &str| {
        a.split_whitespace().any(|x| {
            b.split_whitespace().any(|y| {
                x.trim_end_matches('s')
                    .eq_ignore_ascii_case(y.trim_end_matches('s'))
            })
        })
    };
    let others: Vec<&TermMatch> = v
        .terms
        .iter()
        .filter(|o| {
            let other = &lex.terms[o.2];
            (other.measures != term.measures || other.set_against != term.set_against)
                && dataset(&other.measures) == dataset(&term.measures)
        })
        .collect();
    let set_against = others
        .iter()
        .any(|o| !shares_a_word(&lex.terms[o.2].phrase, &term.phrase));
    let narrow = |o: &TermMatch| lex.terms[o.2].measures.len() == 1;
    let contrasted = term.set_against.as_ref().filter(|_| set_against);
    let meant = contrasted.or_else(|| {
        let before: Vec<&TermMatch> = others.iter().copied().filter(|o| o.1 <= t.0).collect();
        let broad_too = before.iter().any(|o| !narrow(o));
        before
            .into_iter()
            .rfind(|o| narrow(o))
            .filter(|_| !broad_too)
            .map(|o| &lex.terms[o.2].measures[0])
    })?;
    put_first(meant, kind, readings, lex).then(|| meant.clone())
}

/// Moves the reading of `measure` to the front, if the figure may mean it.
fn put_first(measure: &str, kind: ClaimKind, readings: &mut Vec<String>, lex: &Lexicon) -> bool {
    let reading = lex.measure(measure).and_then(|m| reading_name(m, kind));
    match reading.and_then(|r| readings.iter().position(|x| *x == r)) {
        Some(i) => {
            let r = readings.remove(i);
            readings.insert(0, r);
            true
        }
        None => false,
    }
}

/// The measures a term may mean that fit the figure, in the term's order of preference.
fn readings_of(term: &Term, q: &Quantity, kind: ClaimKind, lex: &Lexicon) -> Vec<String> {
    let readings_where = |fits: &dyn Fn(&MeasureInfo) -> bool| -> Vec<String> {
        term.measures
            .iter()
            .filter_map(|name| lex.measure(name))
            .filter(|m| fits(m))
            .filter_map(|m| reading_name(m, kind))
            .collect()
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
    dedup
}

/// Subject and counterpart: another country's own figure, the home country's figure with
/// a partner (named, carried, or all of them), or a single country's indicator.
fn read_parties(
    v: &SentenceView,
    q: &Quantity,
    clause: (usize, usize),
    measure: &MeasureReading,
) -> Parties {
    let lex = v.lex;
    let readings = &measure.readings;
    let has_counterpart = readings
        .first()
        .and_then(|r| lex.measure(r))
        .map(|m| m.has_counterpart)
        .unwrap_or(true);
    // "the country traded goods worth USD 18.5 billion", in a story about the home country
    // and naming no other: the home country by another name.
    let the_country = v.ctx.home_named
        && contains_word(&v.ctx.lower_sentence, "the country")
        && v.entities.iter().all(|e| e.code == lex.home);
    let names_home = the_country || v.entities.iter().any(|e| e.code == lex.home);
    let home_origin = if names_home {
        Origin::Stated
    } else if v.ctx.home_named {
        Origin::Carried
    } else {
        Origin::Assumed
    };
    let (subject, counterpart, counterpart_origin) = match owner_of(v, clause) {
        Some(owner) if has_counterpart => {
            let others: Vec<&EntityMention> =
                v.entities.iter().filter(|e| e.code != owner.code).collect();
            let cp = nearest(&others, |e| (e.start, e.end), q.start, clause)
                .map(|i| others[i].code.clone());
            (
                Some(owner.code.clone()),
                cp.or_else(|| Some(lex.total.clone())),
                Origin::Stated,
            )
        }
        _ if has_counterpart => {
            let (cp, origin) = home_counterpart(v, q, clause, names_home);
            (Some(lex.home.clone()), cp, origin)
        }
        _ => {
            // A dataset of one country's indicators: the country named, else the home country.
            let named = nearest(v.entities, |e| (e.start, e.end), q.start, clause)
                .map(|i| v.entities[i].code.clone());
            (
                Some(named.unwrap_or_else(|| lex.home.clone())),
                None,
                Origin::Stated,
            )
        }
    };
    let inverse = inverse_reading(v, clause, measure);
    let parties = |readings, subject, counterpart, counterpart_origin| Parties {
        subject_origin: if subject == Some(lex.home.clone()) {
            home_origin
        } else {
            Origin::Stated
        },
        readings,
        subject,
        counterpart,
        counterpart_origin,
    };
    match inverse {
        Some((inverse, partner)) => parties(
            vec![inverse],
            Some(lex.home.clone()),
            Some(partner),
            Origin::Stated,
        ),
        None => parties(readings.clone(), subject, counterpart, counterpart_origin),
    }
}

/// "Armenia's exports": the figure belongs to another country; or another country is the
/// subject without a possessive (see `foreign_subject`).
fn owner_of<'a>(v: &SentenceView<'a>, clause: (usize, usize)) -> Option<&'a EntityMention> {
    v.entities
        .iter()
        .filter(|e| e.start >= clause.0 && e.end <= clause.1 && e.code != v.lex.home)
        .find(|e| {
            // Possessives only: a demonym is as often the origin ("Russian tourists").
            let possessive = crate::extract::text::possessive_at(v.text, e.end);
            let next_term = v.terms.iter().any(|t| t.0 >= e.end && t.0 <= e.end + 4);
            possessive && next_term
        })
        .or_else(|| foreign_subject(v.text, v.entities, &v.lex.home))
}

/// The home country's partner for a figure: the pair named before ("between the two
/// countries"), all partners when a clause names only the home country, the nearest other
/// country, else the total when the sentence names the home country, else the partner
/// carried from before.
fn home_counterpart(
    v: &SentenceView,
    q: &Quantity,
    clause: (usize, usize),
    names_home: bool,
) -> (Option<String>, Origin) {
    let lex = v.lex;
    let others: Vec<&EntityMention> = v
        .entities
        .iter()
        .filter(|e| e.code != lex.home && !overtaken(v.text, e))
        .collect();
    let in_clause = |e: &EntityMention| e.start >= clause.0 && e.end <= clause.1;
    // A clause that names only the home country is about all its partners; not when the
    // home country only owns the whole a share is of ("Azerbaijan …, accounting for 5.6% of
    // Georgia's overall trade turnover").
    let owns_the_whole = |e: &EntityMention| {
        e.start >= q.end
            && ["of", "of the", "in"]
                .iter()
                .any(|w| v.text[q.end..e.start].trim().eq_ignore_ascii_case(w))
    };
    let home_only_clause = v
        .entities
        .iter()
        .any(|e| e.code == lex.home && in_clause(e) && !owns_the_whole(e))
        && !others.iter().any(|e| in_clause(e));
    // "between the two countries", "bilateral trade": the pair named before, whatever
    // institution of the home country the sentence also names.
    let clause_lower = v.text[clause.0..clause.1].to_ascii_lowercase();
    let pair_word = [
        "two countries",
        "both countries",
        "bilateral",
        "the two sides",
    ]
    .iter()
    .any(|w| clause_lower.contains(w));
    let carried_pair = v
        .ctx
        .counterpart
        .clone()
        .filter(|c| pair_word && !others.iter().any(|e| in_clause(e)) && c != &lex.total);
    if let Some(c) = carried_pair {
        return (Some(c), Origin::Carried);
    }
    // "These exports account for 11.2% of Georgia's total exports", "this figure constitutes
    // 13.5 percent of Georgia's total trade": a share of the home country's whole whose
    // subject points back is the share of the partner named before.
    let home_owns_the_whole_only = v
        .entities
        .iter()
        .filter(|e| e.code == lex.home)
        .all(owns_the_whole);
    let points_back = v.text[clause.0.min(q.start)..q.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "these" | "this" | "it" | "which"
            )
        });
    if names_home
        && home_owns_the_whole_only
        && points_back
        && !others.iter().any(|e| in_clause(e))
        && let Some(c) = v.ctx.counterpart.clone().filter(|c| c != &lex.total)
    {
        return (Some(c), Origin::Carried);
    }
    if home_only_clause {
        return (Some(lex.total.clone()), Origin::Stated);
    }
    // "Turkey with 1.34 million (18.1 percent) and Armenia": a figure in brackets qualifies
    // what stands before them; its partner is named before the bracket.
    if let Some(open) = bracket_before(v.text, q) {
        let before: Vec<&EntityMention> =
            others.iter().filter(|e| e.end <= open).copied().collect();
        if let Some(i) = nearest(&before, |e| (e.start, e.end), open, clause) {
            return (Some(before[i].code.clone()), Origin::Stated);
        }
    }
    if let Some(i) = nearest(&others, |e| (e.start, e.end), q.start, clause) {
        return (Some(others[i].code.clone()), Origin::Stated);
    }
    if names_home {
        (Some(lex.total.clone()), Origin::Stated)
    } else {
        (v.ctx.counterpart.clone(), Origin::Carried)
    }
}

/// The opening bracket the figure stands in, a few words after it ("(18.1 percent)", "(or
/// about 18%"): its offset.
fn bracket_before(sentence: &str, q: &Quantity) -> Option<usize> {
    let before = &sentence[..q.start];
    let open = before.rfind('(')?;
    let inside = &before[open + 1..];
    (!inside.contains(')') && inside.split_whitespace().count() <= 3).then_some(open)
}

/// "Kyrgyzstan has overtaken both Russia and Turkey as ...", "surpassed trade with Russia":
/// a country a verb of overtaking has for its object is what the figure's partner is
/// compared with, never that partner. The words between the verb and the country may only
/// join a list of names ("both", "and", "trade with", other names).
fn overtaken(sentence: &str, e: &EntityMention) -> bool {
    const VERBS: &[&str] = &[
        "overtaken",
        "overtook",
        "overtakes",
        "overtaking",
        "surpassed",
        "surpasses",
        "surpassing",
        "outpaced",
        "outstripped",
        "overtake",
        "surpass",
    ];
    const JOINING: &[&str] = &[
        "both", "and", "or", "even", "the", "trade", "with", "that", "of",
    ];
    let before = &sentence[..e.start];
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(verb) = words
        .iter()
        .rposition(|w| VERBS.contains(&w.to_ascii_lowercase().as_str()))
    else {
        return false;
    };
    words[verb + 1..].iter().all(|w| {
        JOINING.contains(&w.to_ascii_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
    })
}

/// "Azerbaijan exported goods worth $586 million to Georgia": the partner's exports to the
/// home country are the home country's imports from it. Returns the inverse measure and
/// the partner.
fn inverse_reading(
    v: &SentenceView,
    clause: (usize, usize),
    measure: &MeasureReading,
) -> Option<(String, String)> {
    if !matches!(measure.kind, ClaimKind::Level | ClaimKind::Change) {
        return None;
    }
    let inverse = measure
        .readings
        .first()
        .and_then(|r| v.lex.measure(r))
        .and_then(|m| m.inverse.clone())
        .filter(|_| term_word_starts(v.text, measure.stated_term, "export"))?;
    let partner = partner_side(v.text, clause, v.entities, &v.lex.home)?;
    Some((inverse, partner))
}

/// The figure's period: the one the sentence names for it (or the base period of a level
/// in a base's clause), else the one carried from the paragraph or the reporting period,
/// else none (assumed later); and what a change is measured against.
fn read_period(
    v: &SentenceView,
    q: &Quantity,
    clause: (usize, usize),
    kind: ClaimKind,
    readings: &[String],
) -> PeriodReading {
    // "than in 2019", "compared to 2023": what a change is measured against is not the
    // figure's own period.
    let is_base = |p: &PeriodMention| matches!(p.relation, PeriodRelation::Base { .. });
    // Most sentences name no base: split the mentions only when one does.
    let (bases, periods): (Vec<PeriodMention>, Cow<[PeriodMention]>) =
        if v.periods.iter().any(is_base) {
            let (b, own) = v.periods.iter().partition(|p| is_base(p));
            (b, Cow::Owned(own))
        } else {
            (Vec::new(), Cow::Borrowed(v.periods))
        };
    // "A sharp 30.6% increase was recorded in March, but compared to 2019 a slight 0.5%
    // increase was observed": a comparison in another clause with a percent of its own is
    // that percent's.
    let others = |b: &PeriodMention| {
        let c = clause_bounds(v.text, b.start);
        let words = &v.text[c.0..c.1];
        c != clause && (words.contains('%') || words.to_ascii_lowercase().contains("percent"))
    };
    let nearest_base = nearest(&bases, |p| (p.start, p.end), q.start, clause)
        .map(|i| bases[i])
        .filter(|b| !others(b));
    let base = bases
        .iter()
        .find(|b| follows_as_base(v.text, q, b))
        .copied()
        .or(nearest_base)
        .filter(|_| kind == ClaimKind::Change);
    let own = own_mention(v.text, q, clause, &periods);
    // "a 35.3 percent recovery from the pre-pandemic 2019 figures": the ratio is of its
    // sentence's period to 2019, never 2019's own.
    let recovery = {
        let after = v.text[q.end..].trim_start().to_ascii_lowercase();
        let before = v.text[..q.start].trim_end().to_ascii_lowercase();
        after.starts_with("recover")
            || before.ends_with("recovered by")
            || before.ends_with("recovered to")
    };
    let base_level = nearest_base
        .filter(|_| kind != ClaimKind::Change && !recovery)
        .filter(|b| is_base_level(v.text, q, clause, b, own));
    let mention = match base_level {
        Some(b) => Some(base_as_own(v, b, own)),
        // "Over the same period of 2024, exports exceeded $522 million": the story's months
        // of that year, as a base written so is.
        None => own.map(|m| {
            let before = tail(v.text, m.start, 32).trim_end().to_ascii_lowercase();
            let same = [
                "same period of",
                "same period in",
                "corresponding period of",
            ];
            if same.iter().any(|w| before.ends_with(w)) {
                let same_months = PeriodRelation::Base { same_months: true };
                base_as_own(
                    v,
                    PeriodMention {
                        relation: same_months,
                        ..m
                    },
                    None,
                )
            } else {
                m
            }
        }),
    };
    let in_clause = mention.is_some_and(|m| m.start >= clause.0 && m.end <= clause.1);
    let lower_clause = v.text[clause.0..clause.1].to_lowercase();
    let perfect = PERFECT.iter().any(|w| contains_word(&lower_clause, w));
    let cumulative = kind == ClaimKind::Change
        && mention.is_some_and(|m| m.relation == PeriodRelation::Since || (perfect && !in_clause));
    // "over the reporting period of 2022" after a lede on January 2022: the year only
    // names which reporting period; the period is the one the story reports.
    let reporting_of_year = mention.filter(|m| {
        v.text[..m.start]
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("reporting period of")
    });
    let carried_reporting = reporting_of_year.and_then(|m| {
        let year = m.resolve(None)?;
        carried_period(v, readings).filter(|c| {
            c.mention
                .resolve(None)
                .is_some_and(|p| p.start.year == year.start.year && p.end.year == year.end.year)
        })
    });
    let (mention, source, place) = if let Some(c) = carried_reporting {
        (Some(c.mention), Some(PeriodSource::Context), Some(c.place))
    } else if mention.is_some() {
        (mention, Some(PeriodSource::Sentence), None)
    } else if let Some(c) = carried_period(v, readings) {
        // "Monthly exports jumped 14 percent": the month that ends the carried months.
        let monthly = contains_word(&lower_clause, "monthly");
        match c.mention.last_month().filter(|_| monthly) {
            Some(last) => (
                Some(last),
                Some(PeriodSource::Context),
                Some(last_month_of(c.place)),
            ),
            None => (Some(c.mention), Some(PeriodSource::Context), Some(c.place)),
        }
    } else if let Some((_, c)) = v.ctx.story_period.as_ref().filter(|(at, _)| v.index < *at) {
        // A headline above the lede that states the story's period is about that period.
        (Some(c.mention), Some(PeriodSource::Context), Some(c.place))
    } else {
        (None, Some(PeriodSource::Assumed), None)
    };
    let compared = kind == ClaimKind::Level && compared_with(v.text, q);
    PeriodReading {
        mention,
        base,
        source,
        place,
        cumulative,
        // "up from $6.09 billion a year earlier": a level compared with keeps its period
        // to itself, as a base's level does.
        of_base_period: (base_level.is_some() || compared) && carried_reporting.is_none(),
        change_start: compared && base_level.is_none() && !period_follows(v.text, q, &periods),
    }
}

/// The sentence's own period for a figure: "to $585 million in 2022": a period joined to the
/// figure by a bare preposition is its own, however near an earlier one ends ("from $412
/// million in 2019 to ..."); else the nearest in its clause.
fn own_mention(
    sentence: &str,
    q: &Quantity,
    clause: (usize, usize),
    periods: &[PeriodMention],
) -> Option<PeriodMention> {
    // "20.7%, down from 21.6% a year earlier": a period after a level compared with is
    // that level's.
    // So is one right after a level compared with that stands before the figure ("compared
    // to $1.99 billion a year earlier, while … reached $1.4 billion").
    let others_own = |p: &PeriodMention| {
        (p.start >= q.end && compared_figure_between(&sentence[q.end..p.start]))
            || (p.end <= q.start && after_a_compared_level(sentence, p))
    };
    joined_after(sentence, q, periods)
        .or_else(|| {
            if periods.iter().any(others_own) {
                let own: Vec<usize> = (0..periods.len())
                    .filter(|&i| !others_own(&periods[i]))
                    .collect();
                nearest(
                    &own,
                    |&i| (periods[i].start, periods[i].end),
                    q.start,
                    clause,
                )
                .map(|k| own[k])
            } else {
                nearest(periods, |p| (p.start, p.end), q.start, clause)
            }
        })
        .map(|i| anchored(periods[i], periods))
}

/// At most `max` bytes of `text` before `end`, from a word's start: the few words a rule
/// reads before a figure or period, without copying the sentence before them.
fn tail(text: &str, end: usize, max: usize) -> &str {
    if end <= max {
        return &text[..end];
    }
    let mut from = end - max;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let words = &text[from..end];
    words.find(' ').map_or("", |k| &words[k..])
}

/// Words that set a figure against another: "compared with $1.74 billion", "up from 21.6%".
const COMPARING_WORDS: &[&str] = &[
    "compared",
    "against",
    "versus",
    "vs",
    "up from",
    "down from",
];

/// The period follows a level compared with: "compared to $1.99 billion | a year earlier".
fn after_a_compared_level(sentence: &str, p: &PeriodMention) -> bool {
    let before = tail(sentence, p.start, 48).to_ascii_lowercase();
    COMPARING_WORDS
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| &before[i + w.len()..]))
        .any(|rest| {
            rest.contains(|c: char| c.is_ascii_digit())
                && !rest.contains([',', ';'])
                && rest.split_whitespace().count() <= 5
        })
}

/// The words after a figure compare it with another figure: "…, compared with $1.74
/// billion in", "…, down from 21.6%". ("more than 10 percent" is a hedge, no comparison.)
fn compared_figure_between(between: &str) -> bool {
    let between = between.to_ascii_lowercase();
    COMPARING_WORDS.iter().any(|w| contains_word(&between, w))
        && between.contains(|c: char| c.is_ascii_digit())
}

/// The period joined to the figure after it by a bare preposition ("$585 million in 2022").
fn joined_after(sentence: &str, q: &Quantity, periods: &[PeriodMention]) -> Option<usize> {
    periods.iter().position(|p| {
        p.start >= q.end
            && matches!(
                sentence[q.end..p.start]
                    .trim()
                    .to_ascii_lowercase()
                    .as_str(),
                "in" | "for" | "by" | "during" | "in the" | "over"
            )
    })
}

/// A period written right after the figure, its own: "in 2022", "a year earlier", "in the
/// same period of 2023".
fn period_follows(sentence: &str, q: &Quantity, periods: &[PeriodMention]) -> bool {
    periods.iter().any(|p| {
        let between = sentence.get(q.end..p.start).unwrap_or(",").trim();
        p.start >= q.end
            && between.split_whitespace().count() <= 2
            && !between.contains(|c: char| c.is_ascii_digit() || c == ',' || c == ';')
    })
}

/// The figure is what a change is compared with: "up from $400 million", "down from",
/// "compared with", "against", or "from" after the change's end ("rose to $502.7 million in
/// 2024 from $400 million").
fn compared_with(sentence: &str, q: &Quantity) -> bool {
    // The few words before the figure are all that is read.
    let before = tail(sentence, q.start, 64).trim_end().to_ascii_lowercase();
    let ends = |w: &str| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    };
    if [
        "up from",
        "down from",
        "compared with",
        "compared to",
        "against",
        "versus",
        "vs",
        "vs.",
    ]
    .iter()
    .any(|w| ends(w))
    {
        return true;
    }
    // "to $502.7 million in 2024 from": a figure, not a year, between "to" and "from" ("from
    // 2019 to 2024 whereas imports surged from" compares nothing).
    let Some(rest) = before.strip_suffix("from").filter(|r| r.ends_with(' ')) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().rev().take(6).collect();
    let Some(to) = words.iter().position(|w| *w == "to") else {
        return false;
    };
    let year = |w: &str| w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
    words[..to]
        .iter()
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()) && !year(w))
}

/// "by 20.4 percent, compared to January 2020": a comparison written right after a change
/// is its base, though a comma parts them and another base stands nearer before.
fn follows_as_base(sentence: &str, q: &Quantity, base: &PeriodMention) -> bool {
    if base.start < q.end {
        return false;
    }
    let between = sentence[q.end..base.start].to_ascii_lowercase();
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    const COMPARING: &[&str] = &["compared", "against", "versus", "vs", "relative"];
    const JOINING: &[&str] = &[
        "to",
        "with",
        "as",
        "the",
        "same",
        "corresponding",
        "period",
        "of",
        "in",
    ];
    // "compared to 117,050 visitors over the same month of 2019": the level compared with,
    // its digits and up to two words of its own, may stand between as well.
    let mut level_words = 0;
    let mut after_digits = false;
    words.iter().any(|w| COMPARING.contains(w))
        && words.iter().all(|w| {
            if w.bytes().all(|b| b.is_ascii_digit()) {
                after_digits = true;
                level_words = 0;
                return true;
            }
            if COMPARING.contains(w)
                || JOINING.contains(w)
                || matches!(*w, "over" | "month" | "year" | "quarter")
            {
                after_digits = false;
                return true;
            }
            level_words += 1;
            after_digits && level_words <= 2
        })
}

/// "compared to $114.3 million over the same period of 2021", "compared to January 2020
/// ($913.3 million)": a level in the clause of a base, nearer to it than to its own period,
/// is the base period's level. After the base only brackets may stand between ("... and
/// amounted to $1.1 billion" is the figure's own level).
fn is_base_level(
    sentence: &str,
    q: &Quantity,
    clause: (usize, usize),
    base: &PeriodMention,
    own: Option<PeriodMention>,
) -> bool {
    if base.end <= q.start && sentence[base.end..q.start].chars().any(char::is_alphabetic) {
        return false;
    }
    // "$1.84 billion, compared with $1.74 billion in 2023": the base is the level compared
    // with, after the comparing words, not the figure before them.
    if base.start >= q.end && compared_figure_between(&sentence[q.end..base.start]) {
        return false;
    }
    let distance = |m: &PeriodMention| {
        if m.end <= q.start {
            q.start - m.end
        } else {
            m.start.saturating_sub(q.end)
        }
    };
    let in_clause_of = |m: &PeriodMention| m.start >= clause.0 && m.end <= clause.1;
    in_clause_of(base) && own.is_none_or(|m| !in_clause_of(&m) || distance(base) < distance(&m))
}

/// A base read as a level's own period; "the same period of 2021" takes the months of the
/// figure's reporting period.
fn base_as_own(v: &SentenceView, b: PeriodMention, own: Option<PeriodMention>) -> PeriodMention {
    let months = own
        .or_else(|| v.ctx.period.as_ref().map(|(_, c)| c.mention))
        .or(v.ctx.reporting.as_ref().map(|c| c.mention));
    // The own period's months within one year, however written: "August 2022", "August
    // this year", "in August".
    let own_months = months.and_then(|m| match m.value {
        PeriodValue::Fixed(p) if p.start.year == p.end.year => Some((p.start.month, p.end.month)),
        PeriodValue::Relative { months, .. } | PeriodValue::Unanchored { months } => Some(months),
        _ => None,
    });
    let value = match (b.relation, b.value, own_months) {
        (PeriodRelation::Base { same_months: true }, PeriodValue::Fixed(y), Some((m1, m2)))
            if y.start.year == y.end.year =>
        {
            PeriodValue::Fixed(Period {
                start: YearMonth::new(y.start.year, m1),
                end: YearMonth::new(y.end.year, m2),
            })
        }
        _ => b.value,
    };
    PeriodMention {
        relation: PeriodRelation::In,
        value,
        ..b
    }
}

/// The period carried to a figure whose sentence names none: the paragraph's (or, beyond
/// it, one of the same topic), else the story's reporting period.
fn carried_period<'c>(v: &SentenceView<'c>, readings: &[String]) -> Option<&'c CarriedPeriod> {
    v.ctx
        .period
        .as_ref()
        .filter(|(para, c)| {
            *para == v.sentence.paragraph
                || c.topic.is_none()
                || c.topic == readings_topic(readings, v.lex)
        })
        .map(|(_, c)| c)
        .or(v.ctx.reporting.as_ref())
}

/// "Exports are only equal to 12% of trade turnover": a share of one measure in another,
/// which no dataset holds as such.
pub(super) fn ratio_of_measures(
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
