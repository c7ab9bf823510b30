//! Periods named in text: years, months and month ranges, quarters, halves, "9 months",
//! year ranges, and relative years ("last year") resolved against the article date.

pub use crate::calendar::{MONTH_NAMES, Period, YearMonth};
use serde::Serialize;
use std::borrow::Cow;

/// How the words tie the period to the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodRelation {
    /// "in 2024", "January–August 2024"
    In,
    /// "by 2024": the state reached at that time
    By,
    /// "since 2022": from then until now
    Since,
    /// "than in 2019", "compared to the same period of 2023": what a change is measured
    /// against, not the period the figure is for. `same_months`: the figure's own months in
    /// that year ("the same period last year").
    Base { same_months: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodValue {
    Fixed(Period),
    /// Year offset from the article's year ("last year" = -1), with the months it covers.
    Relative {
        years: i32,
        months: (u32, u32),
    },
    /// Months with no year ("in January-October"): the latest such months the article's
    /// date has seen completed.
    Unanchored {
        months: (u32, u32),
    },
    /// "a year earlier", "the previous year" (1), "three years earlier" (3): that many years
    /// before the sentence's own period; alone, before the article's.
    YearsBefore(i32),
    /// "last month", "the previous month": the month before the article's date.
    LastMonth,
    /// "over the past seven months": that many whole months up to the article's date.
    PastMonths(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodMention {
    pub start: usize,
    pub end: usize,
    pub value: PeriodValue,
    pub relation: PeriodRelation,
}

impl PeriodMention {
    pub fn resolve(&self, article_year: Option<i32>) -> Option<Period> {
        match self.value {
            PeriodValue::Fixed(p) => Some(p),
            PeriodValue::Relative { years, months } => {
                let y = article_year? + years;
                Some(Period {
                    start: YearMonth::new(y, months.0),
                    end: YearMonth::new(y, months.1),
                })
            }
            PeriodValue::YearsBefore(n) => Some(Period::year(article_year? - n)),
            // Needs the article's date: see `resolve_dated`.
            PeriodValue::LastMonth | PeriodValue::PastMonths(_) => None,
            PeriodValue::Unanchored { months } => {
                let y = article_year?;
                Some(Period {
                    start: YearMonth::new(y, months.0),
                    end: YearMonth::new(y, months.1),
                })
            }
        }
    }

    /// "In March" after "in January-March": months inside this mention's own part of a
    /// year, of the same year or of none named — a detail of the period, not another one.
    /// Months of a whole year are that year made exact ("January-June 2022" after "2022"),
    /// and a window from the same start another cumulative period ("the first 8 months"
    /// after "January-November").
    pub fn within(&self, outer: &PeriodMention) -> bool {
        // Which year a mention names: a fixed year, an offset from the article's, or none.
        let of = |m: &PeriodMention| match m.value {
            PeriodValue::Fixed(p) if p.start.year == p.end.year => {
                Some((Some((0, p.start.year)), (p.start.month, p.end.month)))
            }
            PeriodValue::Relative { years, months } => Some((Some((1, years)), months)),
            PeriodValue::Unanchored { months } => Some((None, months)),
            _ => None,
        };
        let (Some((y_in, m_in)), Some((y_out, m_out))) = (of(self), of(outer)) else {
            return false;
        };
        let same_year = y_in.is_none() || y_in == y_out;
        same_year && m_out != (1, 12) && m_out.0 < m_in.0 && m_in.1 <= m_out.1
    }

    /// As `resolve`, knowing the article's date: months with no year that had not ended
    /// by then are last year's ("in January-October", written in March).
    pub fn resolve_dated(
        &self,
        article_year: Option<i32>,
        date: Option<crate::calendar::Date>,
    ) -> Option<Period> {
        if let PeriodValue::PastMonths(n) = self.value {
            let d = date?;
            // Months counted from January of year 0: the last whole month is the one
            // before the date's.
            let last = d.year * 12 + d.month as i32 - 2;
            let first = last - (n as i32 - 1);
            let ym = |k: i32| YearMonth::new(k.div_euclid(12), k.rem_euclid(12) as u32 + 1);
            return Some(Period {
                start: ym(first),
                end: ym(last),
            });
        }
        if self.value == PeriodValue::LastMonth {
            let d = date?;
            let (y, m) = if d.month == 1 {
                (d.year - 1, 12)
            } else {
                (d.year, d.month - 1)
            };
            return Some(Period {
                start: YearMonth::new(y, m),
                end: YearMonth::new(y, m),
            });
        }
        let p = self.resolve(article_year)?;
        match (self.value, date) {
            (PeriodValue::Unanchored { months }, Some(d)) if months.1 >= d.month => Some(Period {
                start: YearMonth::new(p.start.year - 1, p.start.month),
                end: YearMonth::new(p.end.year - 1, p.end.month),
            }),
            _ => Some(p),
        }
    }
}

/// The month a word names: "March", "mar", "Sept." → 3, 3, 9.
pub fn month_number(w: &str) -> Option<u32> {
    const FULL: [&str; 12] = MONTH_NAMES;

    let w = w.trim_end_matches('.');
    // Most words are not months: their first letter already says so.
    if !w
        .bytes()
        .next()
        .is_some_and(|b| b"jfmasondJFMASOND".contains(&b))
    {
        return None;
    }
    if let Some(i) = FULL.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i as u32 + 1);
    }
    // Abbreviations: "Jan", "Sept".
    if (3..=4).contains(&w.len())
        && let Some(i) = FULL
            .iter()
            .position(|m| m.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
    {
        return Some(i as u32 + 1);
    }
    None
}

/// `w` is lower case, as are the words `period_at` sees.
fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// `w` is lower case, as are the words `period_at` sees.
fn small_count(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return Some(n);
    }
    const N: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    N.iter().position(|x| *x == w).map(|i| i as u32 + 1)
}

fn as_year(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

#[derive(Debug, Clone, Copy)]
struct W<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Words and numbers of a text with spans; dashes and slashes become their own items.
fn words(text: &str) -> Vec<W<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric()
            || c == '\''
            || c == '’'
            || (c == '-'
                && start.is_some()
                && !text[start.unwrap()..i].bytes().all(|b| b.is_ascii_digit()));
        if part {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                out.push(W {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
            }
            if matches!(c, '-' | '–' | '—' | '/' | ',' | '.' | ';' | ':') {
                out.push(W {
                    text: &text[i..i + c.len_utf8()],
                    start: i,
                    end: i + c.len_utf8(),
                });
            }
        }
    }
    if let Some(s) = start {
        out.push(W {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
        || w.eq_ignore_ascii_case("to")
        || w.eq_ignore_ascii_case("through")
}

/// Finds period mentions in `text`; spans are relative to `text`.
pub fn find_periods(text: &str) -> Vec<PeriodMention> {
    let ws = words(text);
    let mut out: Vec<PeriodMention> = Vec::new();
    // Borrowed when already lower case, as most words are.
    let lower: Vec<Cow<str>> = ws
        .iter()
        .map(|w| {
            if w.text.chars().any(char::is_uppercase) {
                Cow::Owned(w.text.to_lowercase())
            } else {
                Cow::Borrowed(w.text)
            }
        })
        .collect();
    let mut i = 0;
    while i < ws.len() {
        if let Some((m, next)) = period_at(&ws, &lower, i) {
            let mut relation = relation_before(&lower, i);
            // "from January to October 2024" is the period itself, not a base.
            let from_range = i > 0
                && lower[i - 1] == "from"
                && next - i > 2
                && matches!(m.value, PeriodValue::Fixed(p) if p.start != p.end)
                || matches!(m.value, PeriodValue::Unanchored { .. });
            // ... unless what comes before "from" compares: "exceeds the figure for the
            // period from January through May 2022".
            if from_range
                && i > 0
                && lower[i - 1] == "from"
                && !matches!(relation_before(&lower, i - 1), PeriodRelation::Base { .. })
            {
                relation = PeriodRelation::In;
            }
            if percent_of_a_level(text, &ws, &lower, i, next) {
                relation = PeriodRelation::Base { same_months: false };
            }
            // "pre-pandemic" names a year only as what a level is set against: "the
            // pre-pandemic boom" is no period of any figure.
            let base = matches!(relation, PeriodRelation::Base { .. });
            if base || !is_pre_pandemic(&lower[i]) {
                out.push(PeriodMention { relation, ..m });
            }
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

/// "92% of the 2019 level", "74% of pre-pandemic levels": the period whose level a percent
/// is taken of is a base, not the figure's own period.
fn percent_of_a_level(text: &str, ws: &[W], lower: &[Cow<str>], i: usize, next: usize) -> bool {
    let level_word = lower.get(next).is_some_and(|w| {
        matches!(
            w.as_ref(),
            "level" | "levels" | "figure" | "figures" | "indicator" | "indicators"
        )
    });
    if !level_word {
        return false;
    }
    let mut j = i;
    if j > 0 && lower[j - 1] == "the" {
        j -= 1;
    }
    if j < 2 || lower[j - 1] != "of" {
        return false;
    }
    let figure = j - 2;
    lower[figure] == "percent" || text[ws[figure].end..].starts_with('%')
}

fn is_pre_pandemic(w: &str) -> bool {
    matches!(w, "pre-pandemic" | "pre-covid" | "pre-coronavirus")
}

/// "the pre-pandemic period", "pre-pandemic levels": 2019, the last whole year before travel
/// and trade were closed in 2020. "The pre-pandemic 2019 figures" leave it to the year.
fn pre_pandemic(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    if !is_pre_pandemic(&lower[i]) {
        return None;
    }
    if lower.get(i + 1).is_some_and(|w| as_year(w).is_some()) {
        return Some(None);
    }
    Some(Some((fixed(ws, i, i, Period::year(2019)), i + 1)))
}

/// Words that open a clause: "over" after one says when ("reports that over Jan-Aug the
/// number fell"), as at the start of a sentence.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "that" | "and" | "but" | "which" | "while" | "whereas" | "where" | "when" | "so" | "then"
    )
}

/// "compared to 43,437 visitors in March 2020", "against $1.2 billion in 2019": the period of
/// a level a figure is compared with, written after that level.
fn level_compared_with(lower: &[Cow<str>], i: usize) -> bool {
    let at = |k: usize| lower.get(k).map(AsRef::as_ref);
    if i < 4 || !matches!(at(i - 1), Some("in" | "over" | "during")) {
        return false;
    }
    let mut j = i - 1;
    // Up to two nouns of the level ("visitors", "million tourists").
    let mut nouns = 0;
    while j > 0 && nouns < 2 && lower[j - 1].chars().all(char::is_alphabetic) {
        if matches!(lower[j - 1].as_ref(), "to" | "with" | "against" | "versus") {
            break;
        }
        j -= 1;
        nouns += 1;
    }
    // The level's digits, with their separators.
    let mut digits = false;
    while j > 0
        && (lower[j - 1].bytes().all(|b| b.is_ascii_digit())
            || matches!(lower[j - 1].as_ref(), "," | "."))
    {
        digits |= lower[j - 1].bytes().any(|b| b.is_ascii_digit());
        j -= 1;
    }
    if !digits || j < 2 {
        return false;
    }
    matches!(
        (at(j - 2), at(j - 1)),
        (Some("compared" | "comparison"), Some("to" | "with")) | (_, Some("against" | "versus"))
    )
}

fn relation_before(lower: &[Cow<str>], i: usize) -> PeriodRelation {
    if level_compared_with(lower, i) {
        return PeriodRelation::Base { same_months: false };
    }
    let mut j = i;
    let mut same_months = false;
    // "compared to the corresponding period of the previous year": seven words back.
    for _ in 0..8 {
        if j == 0 {
            break;
        }
        j -= 1;
        match lower[j].as_ref() {
            // "14.6% lower to the same period of 2019", "with the same period"
            "to" | "with" if same_months => return PeriodRelation::Base { same_months },
            "by" if !same_months => return PeriodRelation::By,
            "since" if !same_months => return PeriodRelation::Since,
            // "Over Jan-May this indicator fell", "From January through September, ...":
            // opening the sentence, they say when, not against what.
            "from" | "over" if j == 0 => return PeriodRelation::In,
            // "grew 5% over 2023", "$786.2 million over the same period" compare.
            "over" if opens_clause(&lower[j - 1]) => return PeriodRelation::In,
            // "over the 11 months of 2019", "over the first three quarters": a window of
            // months is when, never what a figure is compared with.
            "over"
                if lower[i + 1..]
                    .iter()
                    .take(2)
                    .any(|w| matches!(w.as_ref(), "months" | "quarters")) =>
            {
                return PeriodRelation::In;
            }
            // "a 87.2% recovery of the data of 2019": what is recovered to is a base.
            "recovery" | "recovered" | "restored" => return PeriodRelation::Base { same_months },
            // "imports from Turkey over January 2022": over a named period is during it;
            // after a change or a figure ("grew 5% over 2023", "an increase over last
            // year") or before "the same period" it compares.
            "over" if !same_months && j > 0 && !compares_before(&lower[j - 1]) => {
                return PeriodRelation::In;
            }
            "than" | "compared" | "comparison" | "against" | "versus" | "vs" | "from" | "over"
            | "exceeds" | "exceeded" | "exceeding" | "surpassed" | "surpassing" => {
                return PeriodRelation::Base { same_months };
            }
            "same" | "corresponding" => same_months = true,
            // "than the same figure for 2022", "the level of 2019"
            "the" | "of" | "in" | "to" | "with" | "period" | "months" | "a" | "for" | "figure"
            | "figures" | "level" | "levels" | "indicator" | "time" | "data" | "pre-pandemic"
            | "month" | "quarter" | "year's" => {
                continue;
            }
            _ => break,
        }
    }
    PeriodRelation::In
}

/// A word after which "over" compares: a change, or the figure itself ("5%", "percent").
fn compares_before(w: &str) -> bool {
    crate::extract::quantity::is_change_word(w)
        || matches!(
            w,
            "more" | "less" | "percent" | "%" | "times" | "change" | "rebound" | "recovery"
        )
        || w.ends_with('%')
        || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

fn fixed(ws: &[W], a: usize, b: usize, p: Period) -> PeriodMention {
    PeriodMention {
        start: ws[a].start,
        end: ws[b].end,
        value: PeriodValue::Fixed(p),
        relation: PeriodRelation::In,
    }
}

fn years_before(ws: &[W], a: usize, b: usize, n: i32) -> PeriodMention {
    PeriodMention {
        start: ws[a].start,
        end: ws[b].end,
        value: PeriodValue::YearsBefore(n),
        relation: PeriodRelation::In,
    }
}

impl PeriodMention {
    /// "a year earlier", "three years earlier" read against `anchor`, the sentence's own
    /// period: that many years before it.
    pub fn year_before_of(self, anchor: PeriodMention) -> PeriodMention {
        let PeriodValue::YearsBefore(n) = self.value else {
            return self;
        };
        let value = match anchor.value {
            PeriodValue::Fixed(p) => PeriodValue::Fixed(p.years_earlier(n)),
            PeriodValue::Relative { years, months } => PeriodValue::Relative {
                years: years - n,
                months,
            },
            PeriodValue::Unanchored { .. }
            | PeriodValue::YearsBefore(_)
            | PeriodValue::LastMonth
            | PeriodValue::PastMonths(_) => {
                return self;
            }
        };
        PeriodMention { value, ..self }
    }

    /// The last month of a run of months within one year ("January-September 2025" →
    /// September 2025), for a figure the text calls monthly; none for a single month, a run
    /// across years or a period known only by the article's date.
    pub fn last_month(self) -> Option<PeriodMention> {
        let value = match self.value {
            PeriodValue::Fixed(p) if p.start.year == p.end.year && p.start != p.end => {
                PeriodValue::Fixed(Period {
                    start: p.end,
                    end: p.end,
                })
            }
            PeriodValue::Relative { years, months } if months.0 < months.1 => {
                PeriodValue::Relative {
                    years,
                    months: (months.1, months.1),
                }
            }
            PeriodValue::Unanchored { months } if months.0 < months.1 => PeriodValue::Unanchored {
                months: (months.1, months.1),
            },
            _ => return None,
        };
        Some(PeriodMention { value, ..self })
    }
}

fn unanchored(ws: &[W], a: usize, b: usize, months: (u32, u32)) -> PeriodMention {
    PeriodMention {
        start: ws[a].start,
        end: ws[b].end,
        value: PeriodValue::Unanchored { months },
        relation: PeriodRelation::In,
    }
}

fn relative(ws: &[W], a: usize, b: usize, years: i32, months: (u32, u32)) -> PeriodMention {
    PeriodMention {
        start: ws[a].start,
        end: ws[b].end,
        value: PeriodValue::Relative { years, months },
        relation: PeriodRelation::In,
    }
}

/// A year after token `j`, skipping "of", "the", ",".
fn year_after(ws: &[W], lower: &[Cow<str>], j: usize) -> Option<(i32, usize)> {
    let mut k = j;
    while k < ws.len() && matches!(lower[k].as_ref(), "of" | "the" | "," | "in") {
        k += 1;
    }
    as_year(ws.get(k)?.text).map(|y| (y, k))
}

/// A relative year after token `j`: "this year", "last year".
fn rel_year_after(lower: &[Cow<str>], j: usize) -> Option<(i32, usize)> {
    let mut k = j;
    while k < lower.len() && matches!(lower[k].as_ref(), "of" | "the") {
        k += 1;
    }
    let off = match lower.get(k)?.as_ref() {
        "this" | "current" => 0,
        "last" | "past" => -1,
        "next" => 1,
        _ => return None,
    };
    (lower.get(k + 1)?.as_ref() == "year").then_some((off, k + 1))
}

fn months_of(
    lower: &[Cow<str>],
    ws: &[W],
    a: usize,
    months: (u32, u32),
    j: usize,
) -> Option<(PeriodMention, usize)> {
    if let Some((y, k)) = year_after(ws, lower, j) {
        let p = Period {
            start: YearMonth::new(y, months.0),
            end: YearMonth::new(y, months.1),
        };
        return Some((fixed(ws, a, k, p), k + 1));
    }
    if let Some((off, k)) = rel_year_after(lower, j) {
        return Some((relative(ws, a, k, off, months), k + 1));
    }
    None
}

/// Release shorthand: "6M23", "10M2023", "9M" (months from January), "2Q2023", "1H2024",
/// the year glued on, in two or four digits, or left to the next word or the article.
fn shorthand(w: &str) -> Option<((u32, u32), Option<i32>)> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let n: u32 = w[..digits].parse().ok()?;
    let kind = w.as_bytes().get(digits).filter(|b| b.is_ascii())?;
    let rest = w.get(digits + 1..)?;
    let months = match kind {
        b'm' if (2..=12).contains(&n) => (1, n),
        b'q' if (1..=4).contains(&n) => (n * 3 - 2, n * 3),
        b'h' if (1..=2).contains(&n) => (n * 6 - 5, n * 6),
        _ => return None,
    };
    let year = match rest.len() {
        0 => None,
        2 if rest.bytes().all(|b| b.is_ascii_digit()) => Some(2000 + rest.parse::<i32>().ok()?),
        4 => Some(as_year(rest)?),
        _ => return None,
    };
    Some((months, year))
}

/// A period found at a word: the mention and the word after it.
type Found = Option<(PeriodMention, usize)>;

/// One way of writing a period. `None`: not written this way, try the next; `Some(found)`:
/// decided, `found` being `None` when the words refuse to be a period.
type Reader = fn(&[W], &[Cow<str>], usize) -> Option<Found>;

fn period_at(ws: &[W], lower: &[Cow<str>], i: usize) -> Found {
    const READERS: &[Reader] = &[
        release_shorthand,
        quarter_code,
        quarters_pair,
        ordinal_part,
        months_count,
        months_adjective,
        month_names,
        hyphen_months,
        years,
        relative_words,
        pre_pandemic,
    ];
    READERS.iter().find_map(|read| read(ws, lower, i)).flatten()
}

/// "6M23", "2Q2023", "1H2024", "9M 2024". Upper case only ("2m" is two million, "1h" an
/// hour); months need their year, as "3M" alone is as often a company.
fn release_shorthand(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    if !ws[i].text.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let (months, year) = shorthand(lower[i].as_ref())?;
    let dated = ws[i].text.contains(['Q', 'H']) || year.is_some();
    if !dated {
        // The word after must be there to say; at the end of the text nothing is a period.
        let Some(next) = ws.get(i + 1) else {
            return Some(None);
        };
        as_year(next.text)?;
    }
    Some(match year {
        Some(y) => Some((
            fixed(
                ws,
                i,
                i,
                Period {
                    start: YearMonth::new(y, months.0),
                    end: YearMonth::new(y, months.1),
                },
            ),
            i + 1,
        )),
        None => months_of(lower, ws, i, months, i + 1)
            .or_else(|| Some((unanchored(ws, i, i, months), i + 1))),
    })
}

/// Quarter codes: "Q1 2024", "Q1", "H1 2024".
fn quarter_code(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    let bytes = lower[i].as_bytes();
    if !(bytes.len() == 2 && (bytes[0] == b'q' || bytes[0] == b'h') && bytes[1].is_ascii_digit()) {
        return None;
    }
    let n = (bytes[1] - b'0') as u32;
    let months = if bytes[0] == b'q' && (1..=4).contains(&n) {
        (n * 3 - 2, n * 3)
    } else if bytes[0] == b'h' && (1..=2).contains(&n) {
        (n * 6 - 5, n * 6)
    } else {
        return Some(None);
    };
    Some(months_of(lower, ws, i, months, i + 1))
}

/// "the first and second quarters": the months of both.
fn quarters_pair(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    if let (Some(a), Some("and"), Some(b), Some("quarters")) = (
        ordinal(lower[i].as_ref()),
        lower.get(i + 1).map(AsRef::as_ref),
        lower.get(i + 2).and_then(|x| ordinal(x)),
        lower.get(i + 3).map(AsRef::as_ref),
    ) && a < b
        && b <= 4
    {
        let m = (a * 3 - 2, b * 3);
        return Some(
            months_of(lower, ws, i, m, i + 4)
                .or_else(|| Some((unanchored(ws, i, i + 3, m), i + 4))),
        );
    }
    None
}

/// "first quarter of 2024", "first half of 2024", "the first four months of the year"; with
/// no year, the latest such part by the article's date.
fn ordinal_part(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    let n = ordinal(lower[i].as_ref())?;
    let part = |m: (u32, u32), last: usize| {
        Some(
            months_of(lower, ws, i, m, last + 1)
                .or_else(|| Some((unanchored(ws, i, last, m), last + 1))),
        )
    };
    match lower.get(i + 1).map(AsRef::as_ref) {
        Some("quarter") if n <= 4 => return part((n * 3 - 2, n * 3), i + 1),
        Some("half") if n <= 2 => return part((n * 6 - 5, n * 6), i + 1),
        _ => {}
    }
    if n == 1
        && let (Some(c), Some("months")) = (
            lower.get(i + 1).and_then(|c| small_count(c)),
            lower.get(i + 2).map(AsRef::as_ref),
        )
        && (1..=12).contains(&c)
    {
        return part((1, c), i + 2);
    }
    // "the first three quarters of 2022", "first 3 quarters".
    if n == 1
        && let (Some(c), Some("quarters")) = (
            lower.get(i + 1).and_then(|c| small_count(c)),
            lower.get(i + 2).map(AsRef::as_ref),
        )
        && (2..=3).contains(&c)
    {
        return part((1, c * 3), i + 2);
    }
    None
}

/// "9 months of 2024", "nine months of 2024", "11 months"; "for the 8 months", with no
/// year, the months of the year so far, as "the first 8 months" is. Without "the" a count of
/// months is a duration ("closed for 8 months").
fn months_count(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    if lower.get(i + 1).is_some_and(|n| n == "months")
        && let Some(c) = small_count(lower[i].as_ref())
        && (2..=12).contains(&c)
    {
        if let Some(r) = months_of(lower, ws, i, (1, c), i + 2) {
            return Some(Some(r));
        }
        if i > 0 && lower[i - 1] == "the" {
            return Some(Some((unanchored(ws, i, i + 1, (1, c)), i + 2)));
        }
    }
    None
}

/// "the 10-month data", "the nine-month period", "the 8-month figures of 2024": the months of
/// the year so far, as "the first 10 months" are. A "10-month low" is a duration; so is any
/// such word without "the" before it and a noun of data or time after.
fn months_adjective(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    // "nine-month" is one word; "10-month" the count, a dash and "month".
    let (count, last) = match lower[i].split_once('-') {
        Some((count, "month")) => (count, i),
        _ if lower.get(i + 1).is_some_and(|d| d == "-")
            && lower.get(i + 2).is_some_and(|m| m == "month") =>
        {
            (lower[i].as_ref(), i + 2)
        }
        _ => return None,
    };
    if i == 0 || lower[i - 1] != "the" {
        return None;
    }
    let c = small_count(count).filter(|c| (2..=12).contains(c))?;
    const NOUNS: &[&str] = &[
        "data",
        "period",
        "figures",
        "figure",
        "results",
        "statistics",
        "total",
        "totals",
        "indicators",
        "indicator",
    ];
    if !lower
        .get(last + 1)
        .is_some_and(|n| NOUNS.contains(&n.as_ref()))
    {
        return None;
    }
    Some(
        months_of(lower, ws, i, (1, c), last + 2)
            .or_else(|| Some((unanchored(ws, i, last + 1, (1, c)), last + 2))),
    )
}

/// "January–August 2024", "January 2024", "Jan-Nov 2025", "January-November"; with no year,
/// a range of months, or one month a preposition ties to the figure ("In July", "last
/// October"; a bare "May" is as often the verb).
fn month_names(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    let m1 = month_number(ws[i].text)
        .filter(|_| ws[i].text.chars().next().is_some_and(char::is_uppercase))?;
    let mut m2 = m1;
    let mut j = i + 1;
    // "1 January and 30 June 2024", "January 1 and June 30, 2024": days at the ends of a
    // span of months bound it; the months are the period.
    let day = |k: usize| {
        ws.get(k)
            .and_then(|w| w.text.parse::<u32>().ok())
            .is_some_and(|d| (1..=31).contains(&d))
    };
    let day_before = i > 0 && day(i - 1);
    let opener = if day_before {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    let after_day = !day_before && day(j);
    if after_day {
        j += 1;
    }
    // "between January and October 2024" joins months as "January-October 2024" does.
    let between_and =
        opener.is_some_and(|o| lower[o] == "between") && lower.get(j).is_some_and(|w| w == "and");
    let dash = ws.get(j).is_some_and(|w| is_dash(w.text));
    let second = j + 1 + usize::from(day_before && day(j + 1));
    if (dash || between_and)
        && let Some(m) = ws.get(second).and_then(|w| month_number(w.text))
    {
        m2 = m;
        j = second + 1 + usize::from(after_day && day(second + 1));
    } else if after_day || day_before {
        // A single date ("on 15 March 2023") is no span: read as the month it names.
        j = i + 1;
    }
    // "January-November" joined by a hyphen into one word.
    if m2 == m1
        && let Some((a, b)) = ws[i].text.split_once('-')
        && let (Some(_), Some(y)) = (month_number(a), month_number(b))
    {
        m2 = y;
    }
    if m2 < m1 {
        return Some(None);
    }
    if let Some(r) = months_of(lower, ws, i, (m1, m2), j) {
        return Some(Some(r));
    }
    let tied = i > 0
        && matches!(
            lower[i - 1].as_ref(),
            "in" | "during" | "over" | "for" | "last" | "of" | "since" | "through"
        );
    Some((m2 > m1 || tied).then(|| (unanchored(ws, i, j - 1, (m1, m2)), j)))
}

/// "jan-nov 2025" in lower case: two months joined by a hyphen into one word.
fn hyphen_months(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    let (a, b) = ws[i].text.split_once('-')?;
    let (m1, m2) = (month_number(a)?, month_number(b)?);
    if m2 < m1 {
        return None;
    }
    Some(
        months_of(lower, ws, i, (m1, m2), i + 1)
            .or_else(|| (m2 > m1).then(|| (unanchored(ws, i, i, (m1, m2)), i + 1))),
    )
}

/// "2024", "2021-2024", "2021–2024".
fn years(ws: &[W], _lower: &[Cow<str>], i: usize) -> Option<Found> {
    let y = as_year(ws[i].text)?;
    if let (Some(d), Some(y2)) = (ws.get(i + 1), ws.get(i + 2).and_then(|w| as_year(w.text)))
        && is_dash(d.text)
        && y2 > y
    {
        let p = Period {
            start: YearMonth::new(y, 1),
            end: YearMonth::new(y2, 12),
        };
        return Some(Some((fixed(ws, i, i + 2, p), i + 3)));
    }
    Some(Some((fixed(ws, i, i, Period::year(y)), i + 1)))
}

/// "the previous year", "a year earlier", "last month", "this year", "last year".
fn relative_words(ws: &[W], lower: &[Cow<str>], i: usize) -> Option<Found> {
    let at = |k: usize| lower.get(k).map(|w| w.as_ref());
    if matches!(at(i), Some("previous" | "preceding")) && at(i + 1) == Some("year") {
        return Some(Some((years_before(ws, i, i + 1, 1), i + 2)));
    }
    if matches!(at(i), Some("a" | "one" | "the"))
        && at(i + 1) == Some("year")
        && matches!(at(i + 2), Some("earlier" | "before"))
    {
        return Some(Some((years_before(ws, i, i + 2, 1), i + 3)));
    }
    // "three years earlier", "5 years before": the base of a change that many years back.
    if at(i + 1) == Some("years")
        && matches!(at(i + 2), Some("earlier" | "before"))
        && let Some(n) = at(i).and_then(small_count).filter(|n| (2..=12).contains(n))
    {
        return Some(Some((years_before(ws, i, i + 2, n as i32), i + 3)));
    }
    // "over the past seven months", "in the last 3 months".
    if matches!(at(i), Some("last" | "previous" | "past"))
        && at(i + 2) == Some("months")
        && let Some(n) = at(i + 1)
            .and_then(small_count)
            .filter(|n| (2..=12).contains(n))
    {
        let past = PeriodMention {
            start: ws[i].start,
            end: ws[i + 2].end,
            value: PeriodValue::PastMonths(n),
            relation: PeriodRelation::In,
        };
        return Some(Some((past, i + 3)));
    }
    if matches!(at(i), Some("last" | "previous" | "past")) && at(i + 1) == Some("month") {
        let last_month = PeriodMention {
            start: ws[i].start,
            end: ws[i + 1].end,
            value: PeriodValue::LastMonth,
            relation: PeriodRelation::In,
        };
        return Some(Some((last_month, i + 2)));
    }
    if let Some((off, k)) = rel_year_after(lower, i)
        && lower[i] != "the"
    {
        return Some(Some((relative(ws, i, k, off, (1, 12)), k + 1)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_shorthand() {
        let p = |s: &str| match find_periods(s)[0].value {
            PeriodValue::Fixed(p) => p.label(),
            other => format!("{other:?}"),
        };
        assert_eq!(p("in 6M23 arrivals"), "Jan–Jun 2023");
        assert_eq!(p("10M2023 exports"), "Jan–Oct 2023");
        assert_eq!(p("in 2Q2023"), "Apr–Jun 2023");
        assert_eq!(p("in 9M 2024"), "Jan–Sep 2024");
        assert_eq!(p("1H2024"), "Jan–Jun 2024");
        assert!(matches!(
            find_periods("in 2Q, arrivals")[0].value,
            PeriodValue::Unanchored { months: (4, 6) }
        ));
        // Not shorthand: "5G", "3M Company", "2m" (two million).
        assert!(find_periods("5G networks").is_empty());
        assert!(find_periods("3M Company").is_empty());
        assert!(find_periods("visitors reached 2m in").is_empty());
    }

    #[test]
    fn last_month_is_the_month_before_the_article() {
        let ps = find_periods("visitors who went to Georgia last month was 1,054,329");
        assert_eq!(ps[0].value, PeriodValue::LastMonth);
        let d = crate::calendar::Date::parse("2021-09-06");
        assert_eq!(
            ps[0].resolve_dated(Some(2021), d).unwrap().label(),
            "Aug 2021"
        );
        let d = crate::calendar::Date::parse("2022-01-10");
        assert_eq!(
            ps[0].resolve_dated(Some(2022), d).unwrap().label(),
            "Dec 2021"
        );
    }

    #[test]
    fn a_month_with_no_year_tied_to_the_figure() {
        for (s, m) in [
            ("In July, the country hosted", 7),
            ("visited Georgia last October that", 10),
            ("Over Jan-May this indicator", 1),
        ] {
            let ps = find_periods(s);
            assert!(
                matches!(ps.first().map(|p| p.value), Some(PeriodValue::Unanchored { months }) if months.0 == m),
                "{s}: {ps:?}"
            );
        }
        assert!(find_periods("May exports grow?").is_empty());
    }

    /// `s` names the first `months` months of a year it does not state.
    fn year_so_far(s: &str, months: u32) {
        let ps = find_periods(s);
        assert!(
            matches!(ps.first().map(|p| p.value), Some(PeriodValue::Unanchored { months: m }) if m == (1, months)),
            "{s}: {ps:?}"
        );
    }

    #[test]
    fn periods_whose_year_is_elsewhere() {
        for s in [
            "For the first four months of the year, exports totaled $1.9 bln",
            "in the first quarter, exports grew",
        ] {
            let ps = find_periods(s);
            assert!(
                matches!(ps[0].value, PeriodValue::Unanchored { .. }),
                "{s}: {ps:?}"
            );
        }
        // "For the 8 months": the months of the year so far, as "the first 8 months" is.
        year_so_far("For the 8 months this figure reached 308,674 people.", 8);
        year_so_far("In the eleven months exports grew 12%.", 11);
        // A stretch of months with no "the" before it is a duration, not the year so far.
        assert!(find_periods("The plant was closed for 8 months.").is_empty());
        // "the 10-month data", "the nine-month period": the year so far too; "a 10-month
        // low" is a duration.
        year_so_far(
            "Based on the 10-month data, the economic growth is -5.1%.",
            10,
        );
        year_so_far("In the nine-month period exports grew 5%.", 9);
        assert!(find_periods("Exports hit a 10-month low.").is_empty());
        // "compared to 43,437 visitors in March 2020": the period of the level compared with.
        let ps = find_periods(
            "The same number decreased by 66.5 percent, compared to 43,437 visitors in March 2020.",
        );
        assert!(
            matches!(ps[0].relation, PeriodRelation::Base { .. }),
            "{ps:?}"
        );
        let ps = find_periods("Exports reached 43,437 tonnes in March 2020.");
        assert_eq!(ps[0].relation, PeriodRelation::In);
        let ps = find_periods("which is 21.9% higher than the same figure for 2022");
        assert_eq!(ps[0].relation, PeriodRelation::Base { same_months: true });
        assert!(matches!(
            find_periods("visited Georgia in the first and second quarters, which")[0].value,
            PeriodValue::Unanchored { months: (1, 6) }
        ));
        let ps = find_periods("a 23.5% increase over the previous year");
        assert!(matches!(ps[0].relation, PeriodRelation::Base { .. }));
        let ps = find_periods("14.6% lower to the same period of 2019");
        assert!(matches!(ps[0].relation, PeriodRelation::Base { .. }));
        let ps = find_periods("from January to October 2024 amounted to $1.069 billion");
        assert_eq!(ps[0].relation, PeriodRelation::In);
        let ps = find_periods(
            "which exceeds the figure for the period from January through May 2022 by 19.1 percent",
        );
        assert!(
            matches!(ps[0].relation, PeriodRelation::Base { .. }),
            "{ps:?}"
        );
        let ps = find_periods("almost three times more than the same month in 2021");
        assert_eq!(ps[0].relation, PeriodRelation::Base { same_months: true });
        let ps = find_periods("In the same period of 2024 the share was 70%");
        assert_eq!(ps[0].relation, PeriodRelation::In);
    }

    #[test]
    fn the_corresponding_period_of_the_previous_year_is_a_base() {
        let ps = find_periods(
            "fell by 1.8% in January-June 2024 compared to the corresponding period of the previous year",
        );
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert_eq!(ps[1].relation, PeriodRelation::Base { same_months: true });
    }

    fn one(s: &str, year: Option<i32>) -> (Period, &str) {
        let ps = find_periods(s);
        assert_eq!(ps.len(), 1, "{s}: {ps:?}");
        (ps[0].resolve(year).unwrap(), &s[ps[0].start..ps[0].end])
    }

    fn p(a: (i32, u32), b: (i32, u32)) -> Period {
        Period {
            start: YearMonth::new(a.0, a.1),
            end: YearMonth::new(b.0, b.1),
        }
    }

    #[test]
    fn years_and_relations() {
        assert_eq!(one("in 2024", None).0, Period::year(2024));
        let ps = find_periods("by 2024, it had");
        assert_eq!(ps[0].relation, PeriodRelation::By);
        let ps = find_periods("since 2022 the");
        assert_eq!(ps[0].relation, PeriodRelation::Since);
    }

    #[test]
    fn month_ranges() {
        assert_eq!(
            one("in January–August 2024", None).0,
            p((2024, 1), (2024, 8))
        );
        assert_eq!(
            one("in January-November 2025", None).0,
            p((2025, 1), (2025, 11))
        );
        assert_eq!(one("Jan-Nov 2025", None).0, p((2025, 1), (2025, 11)));
        assert_eq!(one("in March 2023", None).0, p((2023, 3), (2023, 3)));
        assert_eq!(
            one("from January to May 2022", None).0,
            p((2022, 1), (2022, 5))
        );
    }

    /// Days written at the ends of a span of months bound it: "1 January and 30 June 2024"
    /// is the first half, not June.
    #[test]
    fn a_span_of_dates_is_the_months_it_spans() {
        for s in [
            "Between 1 January and 30 June 2024, exports rose",
            "from 1 January to 30 June 2024 exports rose",
            "in the period 1 January - 30 June 2024",
            "Between January 1 and June 30, 2024, exports rose",
            "from January 1 through June 30, 2024",
        ] {
            let m = find_periods(s);
            assert_eq!(m.len(), 1, "{s}: {m:?}");
            assert_eq!(m[0].resolve(None), Some(p((2024, 1), (2024, 6))), "{s}");
            assert_eq!(m[0].relation, PeriodRelation::In, "{s}");
        }
    }

    #[test]
    fn months_between_and_are_a_range() {
        let m = find_periods("Between January and October 2024, exports grew");
        assert_eq!(
            m[0].resolve(None).map(|p| (p.start.month, p.end.month)),
            Some((1, 10))
        );
        assert_eq!(m[0].relation, PeriodRelation::In);
    }

    #[test]
    fn the_first_quarters_of_a_year_are_its_months() {
        let p = |t: &str| {
            find_periods(t)
                .first()
                .and_then(|m| m.resolve(Some(2022)))
                .map(|p| (p.start.month, p.end.month))
        };
        assert_eq!(p("in the first three quarters of 2022"), Some((1, 9)));
        assert_eq!(p("in first 3 quarters"), Some((1, 9)));
        assert_eq!(p("in the first two quarters of 2022"), Some((1, 6)));
    }

    #[test]
    fn a_window_of_months_after_over_is_when_not_a_base() {
        let m = find_periods("a total turnover of $932.7 million over the 11 months of 2019");
        assert_eq!(m[0].relation, PeriodRelation::In);
        let m = find_periods("which was 87.2% recovery of the data of 2019");
        assert!(matches!(m[0].relation, PeriodRelation::Base { .. }));
        let m = find_periods("exports of $786.2 million over the same period of 2019");
        assert!(matches!(m[0].relation, PeriodRelation::Base { .. }));
    }

    #[test]
    fn the_period_a_level_is_a_percent_of_is_a_base() {
        for s in [
            "visits reached 92% of the 2019 level",
            "visits reached 92 percent of the 2019 figures",
            "visits reached 74% of pre-pandemic levels",
        ] {
            let m = find_periods(s);
            assert_eq!(m.len(), 1, "{s}");
            assert_eq!(m[0].value, PeriodValue::Fixed(Period::year(2019)), "{s}");
            assert!(matches!(m[0].relation, PeriodRelation::Base { .. }), "{s}");
        }
        // A share of a year's total is that year's.
        let m = find_periods("Turkey had 20% of the 2023 total");
        assert_eq!(m[0].relation, PeriodRelation::In);
    }

    #[test]
    fn the_past_months_end_with_the_last_whole_month_before_the_date() {
        let m = find_periods("Over the past seven months, arrivals grew.");
        assert_eq!(m[0].value, PeriodValue::PastMonths(7));
        let d = crate::calendar::Date::parse("2018-08-04");
        let p = m[0].resolve_dated(Some(2018), d).unwrap();
        assert_eq!(
            (p.start, p.end),
            (YearMonth::new(2018, 1), YearMonth::new(2018, 7))
        );
        // Across the turn of a year.
        let m = find_periods("in the last 3 months");
        let d = crate::calendar::Date::parse("2024-02-10");
        let p = m[0].resolve_dated(Some(2024), d).unwrap();
        assert_eq!(
            (p.start, p.end),
            (YearMonth::new(2023, 11), YearMonth::new(2024, 1))
        );
    }

    #[test]
    fn months_inside_a_period_are_within_it() {
        let first = |s: &str| find_periods(s)[0];
        let quarter = first("in January-March");
        assert!(first("in March").within(&quarter));
        assert!(first("in March 2021").within(&first("in January-March 2021")));
        assert!(!first("in March 2020").within(&first("in January-March 2021")));
        assert!(!first("in April").within(&quarter));
        assert!(!quarter.within(&quarter));
        assert!(!first("in 2021").within(&quarter));
        assert!(!first("in January-June 2022").within(&first("in 2022")));
        let eleven = first("in January-November");
        assert!(!first("in the first 8 months").within(&eleven));
        assert!(first("in the third quarter").within(&eleven));
    }

    #[test]
    fn pre_pandemic_is_2019_only_as_a_base() {
        let m = find_periods("a 74% recovery from the pre-pandemic period");
        assert_eq!(m[0].value, PeriodValue::Fixed(Period::year(2019)));
        assert!(matches!(m[0].relation, PeriodRelation::Base { .. }));
        // The year written beside it says which.
        let m = find_periods("a 35.3 percent recovery from the pre-pandemic 2018 figures");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].value, PeriodValue::Fixed(Period::year(2018)));
        assert!(find_periods("the pre-pandemic boom in tourism").is_empty());
    }

    #[test]
    fn quarters_halves_and_months() {
        assert_eq!(one("in Q1 2024", None).0, p((2024, 1), (2024, 3)));
        assert_eq!(
            one("the first quarter of 2025", None).0,
            p((2025, 1), (2025, 3))
        );
        assert_eq!(one("in H1 2024", None).0, p((2024, 1), (2024, 6)));
        assert_eq!(
            one("the first half of 2023", None).0,
            p((2023, 1), (2023, 6))
        );
        assert_eq!(one("in 9 months of 2024", None).0, p((2024, 1), (2024, 9)));
        assert_eq!(
            one("the first nine months of 2024", None).0,
            p((2024, 1), (2024, 9))
        );
        assert_eq!(
            one("in the third quarter of 2025", None).0,
            p((2025, 7), (2025, 9))
        );
    }

    #[test]
    fn over_or_from_opening_a_sentence_is_the_figure_s_own_period() {
        for s in [
            "Over Jan-May this indicator reduced by 46.2%",
            "Over 2023 exports grew",
        ] {
            let ps = find_periods(s);
            assert_eq!(ps[0].relation, PeriodRelation::In, "{s}: {ps:?}");
        }
        // After a figure or a change it compares; opening a clause it says when.
        for s in [
            "exports grew 5% over 2023",
            "an increase over last year",
            "compared to $786.2 million over the same period of 2021",
        ] {
            let ps = find_periods(s);
            assert!(
                matches!(ps[0].relation, PeriodRelation::Base { .. }),
                "{s}: {ps:?}"
            );
        }
        let ps = find_periods("ABC reports that over Jan-Aug the number of visitors fell by 82.5%");
        assert_eq!(ps[0].relation, PeriodRelation::In, "{ps:?}");
        // After a level or a partner, over a named period is during it.
        let ps = find_periods("Georgian imports from Turkey over January 2022 amounted to");
        assert_eq!(ps[0].relation, PeriodRelation::In, "{ps:?}");
    }

    #[test]
    fn year_ranges() {
        assert_eq!(one("in 2021-2024", None).0, p((2021, 1), (2024, 12)));
    }

    #[test]
    fn months_without_a_year_are_the_latest_completed_by_the_article_date() {
        let date = |y, m| crate::calendar::Date::parse(&format!("{y:04}-{m:02}-15"));
        for s in [
            "in January-October, visitors",
            "in January–October, visitors",
        ] {
            let ps = find_periods(s);
            assert_eq!(ps.len(), 1, "{s}: {ps:?}");
            let m = ps[0];
            assert_eq!(
                m.resolve_dated(Some(2024), date(2024, 11)),
                Some(p((2024, 1), (2024, 10)))
            );
            // Written in March: January-October is last year's.
            assert_eq!(
                m.resolve_dated(Some(2025), date(2025, 3)),
                Some(p((2024, 1), (2024, 10)))
            );
        }
    }

    #[test]
    fn a_period_after_than_or_compared_to_is_a_base() {
        for (s, same) in [
            ("2.5 times more than in 2019", false),
            ("up 5% compared to 2023", false),
            ("compared to the same period of 2023", true),
            ("compared with the same period last year", true),
            ("up 7% from 2023", false),
        ] {
            let ps = find_periods(s);
            assert_eq!(ps.len(), 1, "{s}: {ps:?}");
            assert_eq!(
                ps[0].relation,
                PeriodRelation::Base { same_months: same },
                "{s}"
            );
        }
        assert_eq!(
            find_periods("in the same period of 2023")[0].relation,
            PeriodRelation::In
        );
    }

    #[test]
    fn some_years_earlier_is_that_many_years_before_the_sentences_period() {
        let ps = find_periods("in 2024, 33 percent more than three years earlier");
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert_eq!(
            ps[1].year_before_of(ps[0]).resolve(None),
            Some(Period::year(2021))
        );
        let ps = find_periods("in 2024, up from 5 years before");
        assert_eq!(
            ps[1].year_before_of(ps[0]).resolve(None),
            Some(Period::year(2019))
        );
    }

    #[test]
    fn a_year_earlier_is_the_year_before_the_sentences_period() {
        for s in ["after 7.8% a year earlier", "than the previous year"] {
            let ps = find_periods(s);
            assert_eq!(ps.len(), 1, "{s}: {ps:?}");
            assert_eq!(ps[0].value, PeriodValue::YearsBefore(1), "{s}");
        }
        let ps = find_periods("in 2024, after 7.8% a year earlier");
        assert_eq!(
            ps[1].year_before_of(ps[0]).resolve(None),
            Some(Period::year(2023))
        );
    }

    #[test]
    fn relative_years_need_the_article_date() {
        assert_eq!(one("last year", Some(2025)).0, Period::year(2024));
        assert_eq!(one("this year", Some(2025)).0, Period::year(2025));
        assert_eq!(
            one("in the first half of last year", Some(2025)).0,
            p((2024, 1), (2024, 6))
        );
        assert!(find_periods("last year")[0].resolve(None).is_none());
    }
}
