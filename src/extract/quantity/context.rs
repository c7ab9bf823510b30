//! What stands around a number and bounds or moves it: hedges before ("nearly", "more than"),
//! bounds after ("or more"), change words ("rose by").

use super::*;

/// A bound written after the number ending at token `last`: "or more", "and above", "or
/// less", "or fewer", "or so". Returns the hedge and the token the span then ends at.
pub(super) fn bound_after(sc: &Scanner, last: usize) -> Option<(Hedge, usize)> {
    let joiner = sc.word(last + 1)?;
    let h = match (joiner, sc.word(last + 2)?) {
        ("or", "so") => Hedge::Approx,
        ("or" | "and", "more" | "above" | "greater" | "higher" | "over") => Hedge::AtLeast,
        ("or", "less" | "fewer" | "below" | "under" | "lower") => Hedge::AtMost,
        _ => return None,
    };
    // "or less than 6000", "and over 2.4": the next figure's bound, not this one's.
    let next_figure = sc.word(last + 3) == Some("than")
        || sc.toks.get(last + 3).is_some_and(|t| {
            t.kind == TokenKind::Number || currency_symbol(t.text(sc.src)).is_some()
        });
    (!next_figure).then_some((h, last + 2))
}

/// A comparison sign before token `first`: ">", "<", "≥", "≤", ">=", "< =". Returns the
/// hedge and the token where the span then starts.
pub(super) fn comparison_sign_before(sc: &Scanner, first: usize) -> Option<(Hedge, usize)> {
    let mut k = first.checked_sub(1)?;
    let or_equal = sc.sym(k) == Some("=");
    if or_equal {
        k = k.checked_sub(1)?;
    }
    let h = match (sc.sym(k)?, or_equal) {
        (">", false) => Hedge::MoreThan,
        (">", true) | ("≥", false) => Hedge::AtLeast,
        ("<", false) => Hedge::LessThan,
        ("<", true) | ("≤", false) => Hedge::AtMost,
        ("~" | "≈", false) => Hedge::Approx,
        _ => return None,
    };
    // "<>30", "=>30" are not comparisons.
    let sign_alone = k == 0 || !matches!(sc.sym(k - 1), Some("<") | Some(">") | Some("="));
    sign_alone.then_some((h, k))
}

/// The hedge written just before token `first` ("nearly", "more than", "only") and the
/// token where the quantity's span then starts.
pub(super) fn hedge_before(sc: &Scanner, first: usize) -> (usize, Hedge) {
    // "approx. $5 million", "c. 40%", "ca. 40%": an abbreviation, its full stop against it.
    if first >= 2
        && sc.sym(first - 1) == Some(".")
        && sc.attached(first - 1)
        && matches!(sc.word(first - 2), Some("approx" | "c" | "ca" | "appr"))
    {
        return (first - 2, Hedge::Approx);
    }
    let before = sc.words_before(first, 5);
    let matches = |words: &[&str]| {
        words.len() <= before.len()
            && words
                .iter()
                .rev()
                .enumerate()
                .all(|(k, w)| before[k].1 == *w)
    };
    // The longest wording wins: "no more than" is at most, though it ends in "more than".
    HEDGES
        .iter()
        .filter(|(words, _)| matches(words))
        .max_by_key(|(words, _)| words.len())
        .map_or((first, Hedge::None), |(words, h)| {
            (before[words.len() - 1].0, *h)
        })
}

/// "fell by", "grew by": the direction of a change stated just before token `first`.
pub(super) fn change_before(sc: &Scanner, first: usize) -> Option<Direction> {
    let before = sc.words_before(first, 3);
    // "fell from $659", "rose to $1.45 billion": the figure is a level, not the change.
    if before
        .first()
        .is_some_and(|(_, w)| matches!(*w, "from" | "to"))
    {
        return None;
    }
    for (k, (_, w)) in before.iter().enumerate() {
        // "makes up 22%" is a share, not a rise.
        let make = before
            .get(k + 1)
            .is_some_and(|(_, v)| matches!(*v, "make" | "makes" | "made" | "making"));
        if *w == "up" && make {
            return None;
        }
        if CHANGE_UP.contains(w) {
            return Some(Direction::Up);
        }
        if CHANGE_DOWN.contains(w) {
            return Some(Direction::Down);
        }
    }
    None
}

pub(super) fn word_quantity(
    sc: &Scanner,
    first: usize,
    last: usize,
    value: f64,
    half_unit: f64,
    unit: Unit,
    fraction: bool,
) -> Quantity {
    let (first, hedge) = hedge_before(sc, first);
    let direction = if unit == Unit::Multiplier {
        Some(if value < 1.0 {
            Direction::Down
        } else {
            Direction::Up
        })
    } else {
        change_before(sc, first)
    };
    let value = if direction == Some(Direction::Down) && unit == Unit::Percent {
        -value
    } else {
        value
    };
    Quantity {
        start: sc.toks[first].start,
        end: sc.toks[last].end,
        value,
        half_unit,
        unit,
        hedge,
        range: None,
        direction,
        fraction,
        bare: false,
    }
}
