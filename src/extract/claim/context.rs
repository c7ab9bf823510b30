//! What carries between sentences (the last measure, partner and period, the headline's
//! reporting period) and how a figure's period is resolved against the article's date.

use super::*;

pub(super) const ANAPHORA: &[&str] = &[
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

/// "The growth amounted to 76%", "The data indicates a 6.6% increase", "A sharp 30.6%
/// increase was recorded in March": the sentence's subject is the change itself, or the data,
/// so what changed is the measure just named. "The increase in prices was 5%" names its own.
pub(super) fn subject_is_the_change(lower: &str) -> bool {
    const SAYS: &[&str] = &[
        "amounted",
        "was",
        "is",
        "were",
        "reached",
        "totaled",
        "totalled",
        "stood",
        "constituted",
        "indicates",
        "indicate",
        "shows",
        "show",
        "showed",
        "suggests",
    ];
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if let (Some(det), Some(noun), Some(verb)) = (words.next(), words.next(), words.next())
        && matches!(det, "the" | "this" | "that")
        && (CHANGE_NOUNS.contains(&noun) || matches!(noun, "data" | "figures" | "statistics"))
        && SAYS.contains(&verb)
    {
        return true;
    }
    // "… increase was recorded": one pass over the sentence's "was".
    lower.match_indices(" was ").any(|(i, w)| {
        let next = lower[i + w.len()..].split(' ').next().unwrap_or("");
        matches!(next, "recorded" | "observed" | "registered" | "noted")
            && CHANGE_NOUNS.iter().any(|c| lower[..i].ends_with(c))
    })
}

pub(super) const PERFECT: &[&str] = &["has", "have", "had", "since"];

#[derive(Default)]
pub(super) struct Context {
    /// The current sentence in lower case, computed once for all its quantities.
    pub(super) lower_sentence: String,
    /// The current sentence, shared by its figures.
    pub(super) sentence: std::sync::Arc<str>,
    /// Last measure term seen, with the sentence index it was in.
    pub(super) term: Option<(usize, usize)>,
    /// The one measure the last claim's words named, with its sentence's index.
    pub(super) narrow: Option<(usize, String)>,
    pub(super) counterpart: Option<String>,
    /// The period of the last figure in the current paragraph, with the paragraph.
    pub(super) period: Option<(usize, CarriedPeriod)>,
    /// The reporting period a release-style story names in its headline or lede, which
    /// later paragraphs inherit ("in the reporting period", or nothing at all).
    pub(super) reporting: Option<CarriedPeriod>,
    /// The article has named its home country (headline or an earlier sentence).
    pub(super) home_named: bool,
    /// The first period the story's opening sentences state, with the index of the sentence
    /// that states it: what a headline above it ("Turkey is the largest trade partner of
    /// Georgia") is about.
    pub(super) story_period: Option<(usize, CarriedPeriod)>,
}

/// How many sentences from the top a story's first stated period is looked for in: the
/// headline, a repeated headline or a date line, and the lede.
const OPENING_SENTENCES: usize = 6;

/// A year or month that is part of a full date ("July 20, 2022", "2022-07-20", "20 July
/// 2022"): a dateline or a publication date says when the story was written, not what
/// period it reports.
fn within_a_date(text: &str, m: &PeriodMention) -> bool {
    let mut from = m.start.saturating_sub(12);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (m.end + 6).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    crate::extract::text::parse_loose_date(&text[from..to]).is_some()
}

/// A full date at a sentence's head, after nothing but capitalised words ("TBILISI, July 20,
/// 2022 —", "On 15 March 2023,"): a dateline, or the day a figure was told.
pub(super) fn date_heading(text: &str, m: &PeriodMention) -> bool {
    let mut before = text[..m.start].split_whitespace();
    before.clone().take(7).count() <= 6
        && before.all(|w| !w.starts_with(|c: char| c.is_lowercase()))
        && within_a_date(text, m)
}

/// The first period the opening sentences state as their own (see `Context::story_period`).
pub(super) fn story_period(
    article: &str,
    sentences: &[Sentence],
) -> Option<(usize, CarriedPeriod)> {
    sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.furniture)
        .take(OPENING_SENTENCES)
        .find_map(|(i, s)| {
            let text = &article[s.start..s.end];
            let periods: Vec<PeriodMention> = find_periods(text)
                .into_iter()
                .filter(|m| !within_a_date(text, m))
                .collect();
            own_period(&periods).map(|mention| {
                (
                    i,
                    CarriedPeriod {
                        mention,
                        place: "the lede below",
                        topic: None,
                    },
                )
            })
        })
}

#[derive(Clone)]
pub(super) struct CarriedPeriod {
    pub(super) mention: PeriodMention,
    /// Where it was named: "the headline", "the lede", "an earlier sentence".
    pub(super) place: &'static str,
    /// The dataset of the figure it was named for: beyond its paragraph, a period carries
    /// only to figures of the same topic (an interview's tourism year is not its trade year).
    pub(super) topic: Option<String>,
}

/// Where a monthly figure's period came from: the last month of the months named there.
pub(super) fn last_month_of(place: &'static str) -> &'static str {
    match place {
        "the headline" => "the headline's last month (the figure is monthly)",
        "the lede" => "the lede's last month (the figure is monthly)",
        "an earlier sentence" => "an earlier sentence's last month (the figure is monthly)",
        other => other,
    }
}

pub(super) fn place_of(paragraph: usize, sentence: &str) -> &'static str {
    let headline = !sentence.trim_end().ends_with(['.', '!', '?', '"', '”']);
    match paragraph {
        0 if headline => "the headline",
        0 | 1 => "the lede",
        _ => "an earlier sentence",
    }
}

/// The period a sentence names for its figures: the last own mention ("in January-May
/// 2023"), not a change's base ("than in 2022") nor an end ("by 2030").
pub(super) fn own_period(periods: &[PeriodMention]) -> Option<PeriodMention> {
    periods
        .iter()
        .rfind(|p| {
            p.relation == PeriodRelation::In && !matches!(p.value, PeriodValue::YearsBefore(_))
        })
        .copied()
}

pub(super) fn clause_bounds(sentence: &str, pos: usize) -> (usize, usize) {
    let is_break = |s: &str, i: usize| -> Option<usize> {
        // Every break opens with one of these bytes: most bytes need no further look.
        if !matches!(s.as_bytes()[i], b',' | b';' | b':' | b' ') {
            return None;
        }
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
pub(super) fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Chooses the mention nearest to `pos` inside the clause, else nearest in the sentence
/// (preceding first), returning its index.
pub(super) fn nearest<T>(
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

/// The headline names the reporting period and often the partner for the whole story.
pub(super) fn seed_from_headline(ctx: &mut Context, title: &str, lex: &Lexicon) {
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
pub(super) fn future_scope(c: &Claim, date: Option<Date>) -> Option<String> {
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
pub(super) fn anchored(m: PeriodMention, periods: &[PeriodMention]) -> PeriodMention {
    if !matches!(m.value, PeriodValue::YearsBefore(_)) {
        return m;
    }
    let own = |p: &&PeriodMention| !matches!(p.value, PeriodValue::YearsBefore(_));
    let anchor = periods
        .iter()
        .filter(own)
        .rfind(|p| p.end <= m.start)
        .or_else(|| periods.iter().filter(own).find(|p| p.start >= m.end));
    anchor.map_or(m, |a| m.year_before_of(*a))
}

/// The period a change is measured against: the base mention resolved, on the figure's own
/// months when it says "the same period".
pub(super) fn base_period(
    c: &Claim,
    base: Option<PeriodMention>,
    reference_year: Option<(i32, bool)>,
    date: Option<Date>,
) -> Option<Period> {
    // "compared with the previous year" is the default comparison already; "three years
    // earlier" is the figure's own period that many years back.
    if let PeriodValue::YearsBefore(n) = base?.value {
        return c.period.filter(|_| n > 1).map(|p| p.years_earlier(n));
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

pub(super) fn finish_period(
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
