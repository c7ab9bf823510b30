//! An article as the extractor sees it: paragraphs and sentences with byte spans, page
//! furniture marked, and a date if the text states one.

pub use crate::calendar::{Date, days_in_month};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Navigation, headline lists and labels: no claims, no context.
    pub furniture: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "inc", "ltd", "co",
    "u.s", "u.k", "approx", "mln", "bln", "bn", "mn", "rs", "gen", "col", "lt", "sen", "rep",
];

fn is_bullet_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ")
}

/// The line ends as a sentence does (a headline does not).
pub(crate) fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '"', '”', '»', ':', ';', ')', '’', '\''])
}

/// Words that do not end a sentence: a line ending in one was wrapped mid-sentence.
const OPEN_ENDINGS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "and", "or", "by", "for", "from", "with", "at", "on",
    "than", "as", "its", "their", "was", "were", "is", "are", "has", "have", "had", "amounted",
    "reached", "totaled", "totalled", "about", "over", "nearly", "almost", "while", "which",
    "that", "compared", "between", "per", "usd", "gel", "eur", "us$", "$",
];

/// A line broken off mid-sentence (e-mail, PDF and feed exports wrap text at a width): the
/// next line carries on the same sentence when this one does not end one and either ends
/// in a word no sentence ends with or a comma, or the next begins in lower case. (A line of digits after a headline is its date.)
fn continues(line: &str, next: &str) -> bool {
    let (l, n) = (line.trim_end(), next.trim_start());
    if l.is_empty() || n.is_empty() || ends_sentence(l) || is_bullet_line(l) || is_bullet_line(n) {
        return false;
    }
    let last = l
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    let open_word = OPEN_ENDINGS.contains(&last.as_str()) || l.ends_with([',', '-', '–', '—']);
    let lower_start = n
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || matches!(c, '$' | '(' | '%'));
    open_word || lower_start
}

/// "Packaged medicine: $73.2 million", "Tourism revenue: 12%": a line of a list that gives
/// a figure for its label. Short and unpunctuated like page furniture, but it is content.
fn labelled_figure(line: &str) -> bool {
    let Some((label, figure)) = line.split_once(':') else {
        return false;
    };
    let figure = figure.trim();
    !label.trim().is_empty()
        && figure.bytes().any(|b| b.is_ascii_digit())
        && (figure.starts_with(['$', '€', '£', '₾'])
            || figure.ends_with('%')
            || [
                "million", "billion", "thousand", "usd", "eur", "gel", "percent",
            ]
            .iter()
            .any(|w| {
                figure
                    .to_ascii_lowercase()
                    .split_whitespace()
                    .any(|x| x == *w)
            }))
}

/// Splits into sentences. A paragraph is a line, or several when a sentence was wrapped
/// across them. A short line that ends no sentence is page furniture, except the first line
/// (the headline) and a text of one line.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            lines.push((offset, content));
        }
        offset += line.len();
    }
    let single = lines.len() == 1;
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut k = 0;
    while k < lines.len() {
        let (start, first) = lines[k];
        let mut end = start + first.len();
        let mut last = first;
        while let Some(&(next_start, next)) = lines.get(k + 1) {
            if !continues(last, next) {
                break;
            }
            end = next_start + next.len();
            last = next;
            k += 1;
        }
        let content = &text[start..end];
        let words = content.split_whitespace().count();
        let headline = paragraph == 0 && !is_bullet_line(content);
        // Short label lines ("News", "Trending stories") and headline lists are furniture.
        let furniture = !single
            && !labelled_figure(content)
            && ((is_bullet_line(content) && !ends_sentence(content))
                || (words <= 6 && !ends_sentence(content) && !headline));
        for (s, e) in sentence_spans(content)
            .into_iter()
            .flat_map(|(s, e)| bounded(content, s, e))
        {
            out.push(Sentence {
                start: start + s,
                end: start + e,
                paragraph,
                furniture,
            });
        }
        paragraph += 1;
        k += 1;
    }
    out
}

/// Sentences longer than this are cut at clause punctuation (or spaces): no real sentence
/// is this long, and per-sentence work must stay bounded on text without full stops.
pub const MAX_SENTENCE: usize = 2_000;

fn bounded(p: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    while end - s > MAX_SENTENCE {
        let mut limit = s + MAX_SENTENCE;
        while !p.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &p[s..limit];
        let cut = window
            .rfind([';', ','])
            .map(|i| s + i + 1)
            .or_else(|| {
                // Whitespace may be wider than a byte (U+2000..U+200A, U+3000).
                window
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map(|(i, c)| s + i + c.len_utf8())
            })
            .filter(|&c| c > s)
            .unwrap_or(limit);
        out.push((s, cut));
        s = cut + p[cut..end].len() - p[cut..end].trim_start().len();
    }
    if s < end {
        out.push((s, end));
    }
    out
}

/// Sentence spans within a paragraph. Walks the text once with a cursor: no copy of its
/// characters (a paragraph of 10 MB with no line break held 160 MB as a char array).
fn sentence_spans(p: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = p.len() - p.trim_start().len();
    let char_at = |i: usize| p[i..].chars().next();
    let mut i = start;
    // Only terminal punctuation can end a sentence: jump from one to the next over the
    // bytes (ASCII marks are never inside a multi-byte character) rather than decode
    // every character between.
    let terminal = |from: usize| {
        p.as_bytes()[from..]
            .iter()
            .position(|b| matches!(b, b'.' | b'!' | b'?'))
            .map(|k| from + k)
    };
    while let Some(at) = terminal(i) {
        i = at;
        let c = char::from(p.as_bytes()[i]);
        // Closing quotes and brackets belong to the sentence they end.
        let mut e = i + 1;
        while let Some(q) = char_at(e).filter(|q| matches!(q, '"' | '”' | '’' | '»' | ')' | '\''))
        {
            e += q.len_utf8();
        }
        let next_space = char_at(e).is_some_and(char::is_whitespace);
        let mut n = e;
        while let Some(w) = char_at(n).filter(|w| w.is_whitespace()) {
            n += w.len_utf8();
        }
        let next_upper = char_at(n).is_some_and(|x| {
            x.is_uppercase() || matches!(x, '"' | '“' | '«' | '‘') || x.is_ascii_digit()
        });
        // Only a likely boundary is worth the abbreviation check ("Mr.", "U.S.").
        let abbreviation = || {
            let word_before = p[start..i]
                .rsplit(|ch: char| ch.is_whitespace())
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '"', '“'])
                .to_lowercase();
            c == '.'
                && (ABBREVIATIONS.contains(&word_before.as_str())
                    || (word_before.len() == 1 && word_before.chars().all(char::is_alphabetic)))
        };
        // "1. Copper ores - 393.6 million USD": a list item's number, not a sentence.
        let item_number = c == '.' && {
            let head = &p[start..i];
            !head.is_empty() && head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit())
        };
        if next_space && next_upper && !item_number && !abbreviation() {
            spans.push((start, e));
            start = n;
            i = n;
            continue;
        }
        i += 1;
    }
    let tail = p[start..].trim_end();
    if !tail.is_empty() {
        spans.push((start, start + tail.len()));
    }
    spans
}

/// A date stated as its own line near the top or bottom of the text ("15 December 2025",
/// "December 15, 2025", "2025-12-15", "Published: ...").
pub fn find_dateline(text: &str) -> Option<Date> {
    // The first four lines and the last two: no need to collect the lines between.
    let lines = || text.lines().filter(|l| !l.trim().is_empty());
    let head: Vec<&str> = lines().take(4).collect();
    let tail: Vec<&str> = lines().rev().take(2).collect();
    for line in head.iter().chain(tail.iter()) {
        let l = line.trim();
        // A line of its own, or the head of a paragraph opened by an agency dateline
        // ("TBILISI, March 3, 2025. Georgia's ..."): the date within its first words.
        let head = match l.split_whitespace().nth(4) {
            // The fifth word's end, as an offset into the line it borrows from.
            Some(fifth) => &l[..fifth.as_ptr() as usize - l.as_ptr() as usize + fifth.len()],
            None => l,
        };
        if let Some(d) = parse_loose_date(head) {
            return Some(d);
        }
    }
    None
}

pub fn parse_loose_date(s: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = crate::calendar::MONTH_NAMES;
    // Every form read below has a day or a year in digits.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let cleaned: String = s.chars().map(|c| if c == ',' { ' ' } else { c }).collect();
    for tok in cleaned.split_whitespace() {
        // An ISO date, possibly with a time after it ("2025-12-15T10:00").
        if let Some(d) = tok.get(..10).or(Some(tok)).and_then(Date::parse) {
            return Some(d);
        }
    }
    // "2025." and "(3" end or open a dateline; the punctuation is not part of the date.
    let words: Vec<String> = cleaned
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let month_at = |w: &str| {
        MONTHS
            .iter()
            .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w.trim_end_matches('.'))))
            .map(|i| i as u32 + 1)
    };
    for (i, w) in words.iter().enumerate() {
        if let Some(m) = month_at(w) {
            // "15 December 2025"
            if i >= 1
                && i + 1 < words.len()
                && let (Ok(d), Ok(y)) = (words[i - 1].parse::<u32>(), words[i + 1].parse::<i32>())
                && let Some(date) = Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
            {
                return Some(date);
            }
            // "December 15, 2025"
            if i + 2 < words.len()
                && let (Ok(d), Ok(y)) = (words[i + 1].parse::<u32>(), words[i + 2].parse::<i32>())
                && let Some(date) = Date::parse(&format!("{y:04}-{m:02}-{d:02}"))
            {
                return Some(date);
            }
        }
    }
    None
}

/// "Armenia's exports", "Georgia’s": a possessive right after `at`.
pub fn possessive_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with("'s") || rest.starts_with("’s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split_sentences(s)
            .iter()
            .map(|x| &s[x.start..x.end])
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            texts("Trade reached $2.4 billion. It grew. Mr. Smith said so."),
            [
                "Trade reached $2.4 billion.",
                "It grew.",
                "Mr. Smith said so."
            ]
        );
    }

    #[test]
    fn keeps_quotes_with_their_sentence() {
        assert_eq!(texts("“It grew.” He said."), ["“It grew.”", "He said."]);
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            texts("It was 2.4 billion in 2024."),
            ["It was 2.4 billion in 2024."]
        );
    }

    #[test]
    fn furniture_lines() {
        let s = "Home\nNews\nTrending stories\n- 1 BBC investigation: Weapons Used\nIn an interview, he said so.\n";
        let f: Vec<bool> = split_sentences(s).iter().map(|x| x.furniture).collect();
        assert_eq!(f, [false, true, true, true, false]);
    }

    #[test]
    fn a_numbered_list_item_is_one_sentence() {
        let s = "Major goods:\n1. Copper ores - 393.6 million USD, increase of 130%;\n2. Wine - 13.3 million USD.\n";
        assert_eq!(
            texts(s),
            [
                "Major goods:",
                "1. Copper ores - 393.6 million USD, increase of 130%;",
                "2. Wine - 13.3 million USD."
            ]
        );
    }

    #[test]
    fn a_list_line_giving_a_figure_for_its_label_is_content() {
        let s = "Goods from Turkey:\n\nPassenger cars: $105.4 million;\n\nPackaged medicine: $73.2 million\n\nShare of the EU: 21%\n\nUpdated: 12:30\n\nTrending: 5 stories\n";
        let f: Vec<bool> = split_sentences(s).iter().map(|x| x.furniture).collect();
        assert_eq!(f, [false, false, false, false, true, true]);
    }

    #[test]
    fn a_lone_line_or_headline_is_a_sentence() {
        let one = split_sentences("Georgia's exports rose 15% in 2024");
        assert_eq!(one.len(), 1);
        assert!(!one[0].furniture);
        let s = "Exports up 15% in 2024\n\nGeostat said so on Monday.";
        assert!(split_sentences(s).iter().all(|x| !x.furniture));
    }

    #[test]
    fn hard_wrapped_lines_are_one_sentence() {
        let s = "Georgia's exports to Russia in January-May 2023 amounted to\n$289.9 million, up 12% compared\nwith the same period of 2022.\nImports fell.";
        assert_eq!(
            texts(s),
            [
                "Georgia's exports to Russia in January-May 2023 amounted to\n$289.9 million, up 12% compared\nwith the same period of 2022.",
                "Imports fell."
            ]
        );
        // A headline over a lede stays apart: it ends in no open word and the lede is capitalised.
        assert_eq!(
            texts("Trade with Turkey grew in 2024\nGeorgia's trade rose."),
            ["Trade with Turkey grew in 2024", "Georgia's trade rose."]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_clauses() {
        let line = "a, ".repeat(2_000);
        let spans = split_sentences(&line);
        assert!(spans.len() >= 3);
        assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE));
        assert!(spans.iter().all(|s| !line[s.start..s.end].starts_with(' ')));
    }

    #[test]
    fn overlong_sentences_cut_after_wide_spaces() {
        let line = "word\u{2000}".repeat(1_000);
        let spans = split_sentences(&line);
        assert!(
            spans
                .iter()
                .all(|s| line.is_char_boundary(s.start) && line.is_char_boundary(s.end))
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            find_dateline("Title\n15 December 2025\nBody text here."),
            Date::parse("2025-12-15")
        );
        assert_eq!(
            find_dateline("Title\nPublished: December 15, 2025 14:02\nBody."),
            Date::parse("2025-12-15")
        );
        assert_eq!(find_dateline("Body only, in 2025."), None);
        // A news agency's dateline opens the first paragraph.
        assert_eq!(
            find_dateline(
                "TBILISI, March 3, 2025. Georgia's trade turnover with Turkey in January-November 2024 amounted to $2.1 billion."
            ),
            Date::parse("2025-03-03")
        );
        assert_eq!(
            find_dateline(
                "Tbilisi, 3 March 2025 /Trend/ - Georgia's exports grew by 10 percent in the period."
            ),
            Date::parse("2025-03-03")
        );
        // A date later in a long line is what the article is about, not when it was written.
        assert_eq!(
            find_dateline(
                "Exports to Turkey grew by 10 percent between January and March, and on 3 March 2025 the ministry said so."
            ),
            None
        );
        // Multi-byte characters where an ISO date would end must not split a character.
        assert_eq!(find_dateline("⮔'{�Ṥ\"=A^"), None);
    }
}
