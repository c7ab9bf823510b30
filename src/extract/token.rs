//! Splits text into tokens that keep their byte spans, so every quantity can point
//! back at the exact substring of the article it came from.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and inner apostrophes / hyphens between letters).
    Word,
    /// Digits with their inner separators: "1,339.8", "2.4", "1 339,8" (thin/nbsp spaces).
    Number,
    /// Any other single non-space character: "$", "%", "-", "(", ...
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// Whitespace (or start of text) precedes this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub line_start: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// Spaces that typesetters put between digit groups ("1 339,8"), and invisible format
/// characters that web pages leave inside numbers ("1\u{200B}421\u{200B}900", a soft hyphen, a
/// word joiner, a stray BOM): the number is one figure, its span the original bytes.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{202F}'
            | '\u{2009}'
            | '\u{2007}'
            | '\u{200B}'
            | '\u{00AD}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

pub fn tokenize(src: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(src.len() / 5);
    let mut iter = src.char_indices().peekable();
    let mut space_before = true;
    let mut line_start = true;
    while let Some(&(i, c)) = iter.peek() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' {
                line_start = true;
            }
            space_before = true;
            iter.next();
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            (TokenKind::Number, scan_number(src, i))
        } else if c.is_alphabetic() {
            (TokenKind::Word, scan_word(src, i))
        } else {
            (TokenKind::Symbol, i + c.len_utf8())
        };
        tokens.push(Token {
            kind,
            start: i,
            end,
            space_before,
            line_start,
        });
        space_before = false;
        line_start = false;
        while let Some(&(j, _)) = iter.peek() {
            if j >= end {
                break;
            }
            iter.next();
        }
    }
    tokens
}

fn scan_word(src: &str, start: usize) -> usize {
    let bytes = src.as_bytes();
    let mut end = start;
    let mut chars = src[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = start + off;
        if c.is_alphabetic() {
            end = pos + c.len_utf8();
            continue;
        }
        // An apostrophe or hyphen joins letters on both sides ("Georgia's", "two-thirds").
        let joiner = matches!(c, '\'' | '’' | '-');
        if joiner
            && let Some(&(_, next)) = chars.peek()
            && next.is_alphabetic()
            && end == pos
        {
            continue;
        }
        let _ = bytes;
        break;
    }
    end
}

/// A group of three digits after a plain space (or ", ") that continues a number rather
/// than starting another: "$10 202.4 million", "12 683 million", "USD 15, 919.5 million",
/// "9 800 Kč", "USD 15 919", "3 250 000 €". Only where a decimal part, a scale word or a
/// currency follows the groups, or a currency stands just before, so "in 10 100 cases"
/// stays two.
fn space_group(src: &str, digits_so_far: &str, sep_end: usize) -> Option<usize> {
    if !space_grouped(digits_so_far) {
        return None;
    }
    let rest = &src[sep_end..];
    let group = rest.bytes().take_while(u8::is_ascii_digit).count();
    if group != 3 {
        return None;
    }
    let after = groups_skipped(&rest[3..]);
    let decimal =
        after.len() > 1 && after.as_bytes()[0] == b'.' && after.as_bytes()[1].is_ascii_digit();
    let word = after.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let word = word.trim_start().to_ascii_lowercase();
    let scale = ["million", "billion", "thousand", "mln", "bln", "bn", "mn"]
        .iter()
        .any(|w| word.starts_with(w));
    (decimal || scale || currency_beside(src, digits_so_far, after)).then_some(sep_end)
}

/// "3", "3 250", "15, 919": one to three digits, then groups of three after a space or ", ".
fn space_grouped(digits: &str) -> bool {
    let mut groups = digits.split([' ', '\u{a0}']).filter(|g| !g.is_empty());
    let all_digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let head = groups.next().map(|g| g.trim_end_matches(','));
    head.is_some_and(|h| (1..=3).contains(&h.len()) && all_digits(h))
        && groups.all(|g| {
            let g = g.trim_end_matches(',');
            g.len() == 3 && all_digits(g)
        })
}

/// What follows a number's further space-separated groups of three ("250 000 €" after "3"):
/// the decimal part, scale or currency that decides whether they all are one number.
fn groups_skipped(mut after: &str) -> &str {
    loop {
        let Some(rest) = after.strip_prefix([' ', '\u{a0}']) else {
            return after;
        };
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if n != 3 {
            return after;
        }
        after = &rest[3..];
    }
}

/// A currency right after the grouped digits ("9 800 Kč", "2 660 руб.") or right before the
/// number ("USD 15 919", "€ 1 500").
fn currency_beside(src: &str, digits_so_far: &str, after: &str) -> bool {
    let first_word = |s: &str| -> String {
        let s = s.trim_start();
        match s.chars().next() {
            Some(c) if !c.is_alphanumeric() => c.to_string(),
            _ => s
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_string(),
        }
    };
    let after = after.trim_start_matches(|c: char| c == '.' || c == ',' || c.is_ascii_digit());
    if crate::extract::quantity::currency_marker(&first_word(after)) {
        return true;
    }
    // The number starts where its first digits do; what stands before it, backwards.
    let start = digits_so_far.as_ptr() as usize - src.as_ptr() as usize;
    let before = src[..start].trim_end();
    let last = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let last = last.strip_prefix('(').unwrap_or(last);
    !last.is_empty()
        && (crate::extract::quantity::currency_marker(last)
            || last
                .chars()
                .last()
                .is_some_and(|c| crate::extract::quantity::currency_marker(&c.to_string())))
}

/// After an apostrophe inside a number: a group of exactly three digits, as Swiss prices
/// group thousands ("1'049,95", "12'500'000"); "the 1990's" has none.
fn apostrophe_group(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

/// Digits, then groups joined by ',', '.', or a typographic space followed by a digit.
fn scan_number(src: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = src[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = start + off;
        if c.is_ascii_digit() {
            end = pos + 1;
            continue;
        }
        if end == pos {
            let sep = if src[pos..].starts_with(", ") {
                2
            } else if c == ' ' {
                1
            } else {
                0
            };
            if sep > 0
                && let Some(next) = space_group(src, &src[start..pos], pos + sep)
            {
                // Skip the separator; the loop goes on with the group's digits.
                while chars.peek().is_some_and(|&(o, _)| start + o < next) {
                    chars.next();
                }
                continue;
            }
        }
        if matches!(c, '\'' | '’') && end == pos && apostrophe_group(&src[pos + c.len_utf8()..]) {
            continue;
        }
        if (matches!(c, ',' | '.') || is_group_space(c))
            && let Some(&(_, next)) = chars.peek()
            && next.is_ascii_digit()
            && end == pos
        {
            continue;
        }
        break;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(texts("$2.4 billion"), ["$", "2.4", "billion"]);
        assert_eq!(texts("1,339.8 mln."), ["1,339.8", "mln", "."]);
        assert_eq!(texts("1\u{a0}339,8"), ["1\u{a0}339,8"]);
        assert_eq!(texts("in 2024, it"), ["in", "2024", ",", "it"]);
        assert_eq!(texts("$10 202.4 million"), ["$", "10 202.4", "million"]);
        assert_eq!(texts("12 683 million"), ["12 683", "million"]);
        // A currency beside the number joins its groups too; none, and they stay apart.
        assert_eq!(texts("9 800 Kč"), ["9 800", "Kč"]);
        assert_eq!(texts("USD 15 919 in all"), ["USD", "15 919", "in", "all"]);
        assert_eq!(texts("in 10 100 cases"), ["in", "10", "100", "cases"]);
        // An apostrophe groups thousands only before three digits.
        assert_eq!(texts("CHF 1'049,95"), ["CHF", "1'049,95"]);
        assert_eq!(texts("the 1990's boom")[1], "1990");
        assert_eq!(texts("5'10\" tall")[0], "5");
        assert_eq!(
            texts("in 2023 5 870 tourists"),
            ["in", "2023", "5", "870", "tourists"]
        );
        assert_eq!(
            texts("USD 15, 919.5 million"),
            ["USD", "15, 919.5", "million"]
        );
        assert_eq!(texts("in 10 100 cases"), ["in", "10", "100", "cases"]);
        assert_eq!(
            texts("1\u{200B}421\u{200B}900 trips"),
            ["1\u{200B}421\u{200B}900", "trips"]
        );
        assert_eq!(
            texts("in 2020 150 million"),
            ["in", "2020", "150", "million"]
        );
    }

    #[test]
    fn words_join_apostrophes_and_hyphens() {
        assert_eq!(texts("Georgia’s two-thirds"), ["Georgia’s", "two-thirds"]);
        assert_eq!(texts("WWI–Era"), ["WWI", "–", "Era"]);
        assert_eq!(texts("75m"), ["75", "m"]);
    }

    #[test]
    fn spans_and_line_starts() {
        let s = "a\n- 1 b";
        let t = tokenize(s);
        assert!(t[1].line_start);
        assert!(!t[2].line_start);
        assert_eq!(t[2].text(s), "1");
    }
}
