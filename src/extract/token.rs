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

/// Spaces that typesetters put between digit groups ("1 339,8").
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
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
