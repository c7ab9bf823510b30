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

#[allow(clippy::too_many_arguments)]
pub(super) fn build_claim(
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
            crate::extract::scope::out_of_scope(
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
