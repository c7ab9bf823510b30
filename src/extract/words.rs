//! A sentence's words, found once. The reading rules ask many questions of one sentence ("is
//! a forecast word before the figure?", "which goods word is nearest?"); each used to
//! tokenize and lower-case the sentence again for every figure. The table holds the word
//! spans and one ASCII lower-case copy (same byte offsets), and hands out the words of any
//! span as a slice of it.

/// Words of `s` as byte spans: runs of letters, digits, hyphens and apostrophes.
pub(crate) fn words_with_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    s.char_indices()
        .chain(std::iter::once((s.len(), ' ')))
        .filter_map(move |(i, c)| {
            let part = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
            match (part, start) {
                (true, None) => {
                    start = Some(i);
                    None
                }
                (false, Some(b)) => {
                    start = None;
                    Some((b, i))
                }
                _ => None,
            }
        })
}

/// One sentence's words and its ASCII lower-case copy.
pub struct SentenceWords<'a> {
    text: &'a str,
    lower: String,
    spans: Vec<(usize, usize)>,
}

impl<'a> SentenceWords<'a> {
    pub fn new(text: &'a str) -> SentenceWords<'a> {
        SentenceWords {
            text,
            lower: text.to_ascii_lowercase(),
            spans: words_with_spans(text).collect(),
        }
    }

    /// The sentence as written.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The sentence in ASCII lower case: byte offsets as in [`Self::text`].
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The words of `text[from..to]`, as spans of the sentence. A word the span cuts is cut
    /// with it, so this is exactly `words_with_spans(&text[from..to])` moved by `from`.
    pub fn words(
        &self,
        from: usize,
        to: usize,
    ) -> impl DoubleEndedIterator<Item = (usize, usize)> + '_ {
        let first = self.spans.partition_point(|&(_, b)| b <= from);
        // An empty span has no words, not the empty cut of the word around it.
        let end = if from < to {
            self.spans.partition_point(|&(a, _)| a < to)
        } else {
            first
        };
        self.spans[first..end.max(first)]
            .iter()
            .map(move |&(a, b)| (a.max(from), b.min(to)))
    }

    /// [`Self::words`], in lower case.
    pub fn lower_words(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = &str> {
        self.words(from, to).map(|(a, b)| &self.lower[a..b])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_of_a_span_are_the_span_s_own_words() {
        let s = "Wine exports rose 12% to $50-million, the agency's figures show.";
        let t = SentenceWords::new(s);
        let words: Vec<&str> = t.words(0, s.len()).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            words,
            [
                "Wine",
                "exports",
                "rose",
                "12",
                "to",
                "50-million",
                "the",
                "agency's",
                "figures",
                "show"
            ]
        );
        // A span that cuts a word cuts it too: "xports", "ros".
        let cut: Vec<&str> = t.words(6, 16).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(cut, ["xports", "ros"]);
        assert_eq!(t.words(15, 15).count(), 0);
        assert_eq!(t.lower_words(0, 4).collect::<Vec<_>>(), ["wine"]);
        assert_eq!(t.words(5, 5).count(), 0);
    }

    proptest! {
        #[test]
        fn words_of_any_span_match_a_fresh_scan(s in "[a-zA-Z0-9 ,.'’é-]{0,40}", x in 0usize..45, y in 0usize..45) {
            let t = SentenceWords::new(&s);
            let bound = |mut i: usize| {
                i = i.min(s.len());
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let (from, to) = (bound(x.min(y)), bound(x.max(y)));
            let fresh: Vec<(usize, usize)> = words_with_spans(&s[from..to])
                .map(|(a, b)| (from + a, from + b))
                .collect();
            prop_assert_eq!(t.words(from, to).collect::<Vec<_>>(), fresh);
        }
    }
}
