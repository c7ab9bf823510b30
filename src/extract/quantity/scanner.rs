//! Tokens of a text with their lower-cased words, and the small questions the parsers ask
//! of them (word at, symbol at, attached).

use super::*;

pub(super) struct Scanner<'a> {
    pub(super) src: &'a str,
    pub(super) toks: Vec<Token>,
    /// Words lower-cased with curly apostrophes made straight; borrowed when already so,
    /// as most words are.
    pub(super) lower: Vec<Cow<'a, str>>,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(src: &'a str) -> Self {
        let mut toks = tokenize(src);
        // "$2.4-billion", "a $500-million loan", "a 10-percent increase", "2.5-fold", "a
        // 10-year plan": a hyphen glued between a number and its scale, unit or time word
        // joins them as a space would.
        let glued = |toks: &[Token], k: usize| {
            let (Some(n), Some(h), Some(w)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2))
            else {
                return false;
            };
            n.kind == TokenKind::Number
                && h.text(src) == "-"
                && !h.space_before
                && w.kind == TokenKind::Word
                && !w.space_before
                && {
                    let lw = w.text(src).to_ascii_lowercase();
                    scale_word(&lw, true).is_some()
                        || unit_word(&lw).is_some()
                        || matches!(lw.as_str(), "fold" | "times" | "basis")
                        || TIME_UNITS.contains(&lw.as_str())
                }
        };
        let mut k = 0;
        while k + 2 < toks.len() {
            if glued(&toks, k) {
                toks.remove(k + 1);
            }
            k += 1;
        }
        let lower = toks
            .iter()
            .map(|t| {
                let text = t.text(src);
                let plain = if text.is_ascii() {
                    !text.bytes().any(|b| b.is_ascii_uppercase())
                } else {
                    !text.contains('’') && !text.chars().any(char::is_uppercase)
                };
                if t.kind == TokenKind::Word && !plain {
                    Cow::Owned(text.to_lowercase().replace('’', "'"))
                } else {
                    Cow::Borrowed(text)
                }
            })
            .collect();
        Scanner { src, toks, lower }
    }

    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|_| self.lower[i].as_ref())
    }

    pub(super) fn sym(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Symbol)
            .map(|t| t.text(self.src))
    }

    pub(super) fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// The words before token `i`, nearest first, stopping at punctuation other than hyphens.
    pub(super) fn words_before(&self, i: usize, n: usize) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut j = i;
        while j > 0 && out.len() < n {
            j -= 1;
            match self.toks[j].kind {
                TokenKind::Word => out.push((j, self.lower[j].as_ref())),
                _ => break,
            }
        }
        out
    }
}
