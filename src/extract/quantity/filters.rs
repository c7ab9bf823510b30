//! Numbers that are no figure: release period shorthand ("6M23"), years, identifiers
//! and modifiers ("Article 5", "COVID-19", "Boeing 737").

use super::*;

/// "6M23", "2Q2023", "1H2024": release shorthand for a period, whose digits are no figure.
pub(super) fn in_period_shorthand(sc: &Scanner, i: usize) -> bool {
    let glued = |k: usize| sc.toks.get(k).is_some_and(|t| !t.space_before);
    let letter = |k: usize| {
        sc.toks
            .get(k)
            .is_some_and(|t| matches!(t.text(sc.src), "M" | "Q" | "H"))
    };
    let number = |k: usize| sc.toks.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    // The leading count: "6" of "6M23".
    let leading = number(i) && letter(i + 1) && glued(i + 1) && number(i + 2) && glued(i + 2);
    // The glued year: "23" of "6M23".
    let trailing =
        i >= 2 && number(i) && glued(i) && letter(i - 1) && glued(i - 1) && number(i - 2);
    leading || trailing
}

/// A four-digit number from 1900 to 2100 at token `k`: a year when nothing scales it.
pub(super) fn is_year(sc: &Scanner, k: usize) -> bool {
    let Some(t) = sc.toks.get(k).filter(|t| t.kind == TokenKind::Number) else {
        return false;
    };
    let text = t.text(sc.src);
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&text.parse::<u32>().unwrap_or(0))
}

/// Numbers that name or describe rather than count: "COVID-19", "G7", "Boeing 737",
/// "Article 5", "2,000-year-old", "5-star", "10:30".
pub(super) fn is_identifier_or_modifier(sc: &Scanner, first: usize, last: usize) -> bool {
    glued_to_word(sc, first)
        || compound_modifier(sc, last)
        || hyphen_run_tail(sc, first)
        || slash_joined(sc, first, last)
        || clock_time(sc, last)
        || part_of_name(sc, first)
        || zero_led(sc, first)
}

/// "Section 170 000": a group of three digits led by a zero, one space after a number, is
/// the tail of an amount whose head was read as something else (a name's number), never a
/// figure of its own. "0033" and "423 0000" stay numbers.
fn zero_led(sc: &Scanner, first: usize) -> bool {
    let t = sc.toks[first];
    let text = t.text(sc.src);
    t.kind == TokenKind::Number
        && text.len() == 3
        && text.starts_with('0')
        && text.bytes().all(|b| b.is_ascii_digit())
        && first > 0
        && sc.toks[first - 1].kind == TokenKind::Number
        && sc.src[sc.toks[first - 1].end..t.start] == *" "
}

/// Glued to letters before ("G7"), to a hyphen glued to a word ("COVID-19"), or after a
/// number and colon ("10:30").
fn glued_to_word(sc: &Scanner, first: usize) -> bool {
    if first == 0 || sc.toks[first].space_before {
        return false;
    }
    let prev = sc.toks[first - 1];
    if prev.kind == TokenKind::Word {
        return true;
    }
    let hyphen_after_word = matches!(sc.sym(first - 1), Some("-") | Some("‑"))
        && first > 1
        && !prev.space_before
        && sc.toks[first - 2].kind != TokenKind::Symbol;
    let colon_after_number = sc.sym(first - 1) == Some(":")
        && first > 1
        && sc.toks[first - 2].kind == TokenKind::Number
        && !prev.space_before;
    hyphen_after_word || colon_after_number
}

/// A compound modifier: "2,000-year-old", "5-star" (but "10-fold" is a multiplier).
fn compound_modifier(sc: &Scanner, last: usize) -> bool {
    matches!(sc.sym(last + 1), Some("-") | Some("‑"))
        && sc.attached(last + 1)
        && sc.attached(last + 2)
        && sc
            .word(last + 2)
            .is_some_and(|w| scale_word(w, true).is_none() && unit_word(w).is_none() && w != "fold")
}

/// The later part of a hyphen-joined run of numbers: a date or a code ("1995-01",
/// "2222-2222"). Ranges ("7-9%") are read from their first number.
fn hyphen_run_tail(sc: &Scanner, first: usize) -> bool {
    first > 1
        && matches!(sc.sym(first - 1), Some("-") | Some("‑"))
        && !sc.toks[first].space_before
        && !sc.toks[first - 1].space_before
        && sc.toks[first - 2].kind == TokenKind::Number
}

/// Numbers joined by a slash that are no fraction: "2023/24", "24/7", "5/17/2018".
fn slash_joined(sc: &Scanner, first: usize, last: usize) -> bool {
    let slash_then_number = sc.sym(last + 1) == Some("/")
        && sc.attached(last + 1)
        && sc.attached(last + 2)
        && sc
            .toks
            .get(last + 2)
            .is_some_and(|t| t.kind == TokenKind::Number);
    let number_then_slash = first > 1
        && sc.toks[first - 2].kind == TokenKind::Number
        && sc.sym(first - 1) == Some("/")
        && sc.attached(first - 1)
        && sc.attached(first);
    slash_then_number || number_then_slash
}

/// Clock times and scores: "10:30", "2:1".
fn clock_time(sc: &Scanner, last: usize) -> bool {
    sc.sym(last + 1) == Some(":")
        && sc.attached(last + 1)
        && sc
            .toks
            .get(last + 2)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before)
}

/// Function words and hedges start sentences too ("About 300 came", "In total 40"): a
/// capitalised one before a number is no name.
const STARTERS: &[&str] = &[
    "in",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "some",
    "only",
    "just",
    "by",
    "since",
    "from",
    "to",
    "and",
    "with",
    "of",
    "at",
    "for",
    "roughly",
    "approximately",
    "up",
    "under",
    "more",
    "less",
    "exactly",
    "all",
    "the",
    "these",
    "those",
    "its",
    "their",
    "our",
    "total",
    "estimated",
    "another",
    "but",
    "than",
    "fewer",
    "least",
    "most",
    "below",
    "above",
    "exceeded",
    "reached",
    "were",
    "was",
];

/// After a capitalised word inside a sentence, a short plain number is part of a name
/// ("Boeing 737", "Article 5").
fn part_of_name(sc: &Scanner, first: usize) -> bool {
    let text = sc.toks[first].text(sc.src);
    if first == 0 || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(prev) = sc.toks.get(first - 1).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let lower: &str = sc.lower[first - 1].as_ref();
    let capitalised = prev
        .text(sc.src)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    capitalised
        && !STARTERS.contains(&lower)
        && crate::extract::period::month_number(lower).is_none()
}

/// A number with no unit or scale that is no figure: an identifier or modifier, a year,
/// list numbering, a day of a month, a duration or age, or a spelled "who" ("one of
/// the", "the two countries"). `start` is the span's first token, `number` the number's.
pub(super) fn bare_is_no_figure(
    sc: &Scanner,
    start: usize,
    number: usize,
    last: usize,
    value: f64,
    spelled: bool,
) -> bool {
    let in_digits = sc.toks[number].kind == TokenKind::Number;
    if in_digits && (is_identifier_or_modifier(sc, number, last) || bare_year(sc, number)) {
        return true;
    }
    if in_digits && (list_numbering(sc, number, last) || day_of_month(sc, number, last)) {
        return true;
    }
    // Durations and ages ("two years ago", "9 months") are periods, not quantities.
    if sc.word(last + 1).is_some_and(|w| TIME_UNITS.contains(&w)) {
        return true;
    }
    // "one of the", "two of them"
    if spelled && sc.word(last + 1) == Some("of") && value < 10.0 {
        return true;
    }
    // "the two countries", "these three partners": who, not how many.
    let definite = sc
        .word(start.wrapping_sub(1))
        .is_some_and(|w| matches!(w, "the" | "these" | "those" | "both"));
    spelled && definite && value < 10.0
}

/// A four-digit number 1900–2100 with no unit is a year.
fn bare_year(sc: &Scanner, number: usize) -> bool {
    let text = sc.toks[number].text(sc.src);
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// List numbering: a number that opens a line, or follows a bullet that does. "- 1 item"
/// is a bullet; "-1" glued is a negative number.
fn list_numbering(sc: &Scanner, number: usize, last: usize) -> bool {
    let bullet_before = number > 0
        && sc.toks[number - 1].line_start
        && sc.toks[number].space_before
        && matches!(sc.sym(number - 1), Some("-") | Some("*") | Some("•"));
    let numbering_mark = matches!(sc.sym(last + 1), Some(".") | Some(")"))
        && sc.toks.get(last + 2).is_some_and(|t| t.space_before);
    (sc.toks[number].line_start && numbering_mark) || bullet_before
}

/// Day of a month: "15 December", "December 15", "Jan. 16".
fn day_of_month(sc: &Scanner, number: usize, last: usize) -> bool {
    let month = |w: &str| crate::extract::period::month_number(w).is_some();
    // Only an abbreviation's dot: "in May. 5 firms" ends a sentence at the month.
    let abbreviation = |w: &str| {
        month(w)
            && !crate::calendar::MONTH_NAMES
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
    };
    let abbreviated = sc.sym(number.wrapping_sub(1)) == Some(".")
        && sc.word(number.wrapping_sub(2)).is_some_and(abbreviation);
    sc.word(last + 1).is_some_and(month)
        || sc.word(number.wrapping_sub(1)).is_some_and(month)
        || abbreviated
}
