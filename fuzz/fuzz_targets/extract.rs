//! Arbitrary bytes as an article: decoding, sentence splitting, quantities, claims.
//! Properties: no panic; spans are char boundaries whose slice is the claim's text.
#![no_main]

use claimcheck::extract::claim::{ExtractOptions, extract_claims};
use claimcheck::reference::{DataSource, Store, lexicon};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn lex() -> &'static claimcheck::extract::Lexicon {
    static L: OnceLock<claimcheck::extract::Lexicon> = OnceLock::new();
    L.get_or_init(|| lexicon(&Store::load(DataSource::Bundled).unwrap().manifest))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = claimcheck::input::decode("fuzz", data.to_vec()) else {
        return;
    };
    let a = extract_claims(&text, lex(), &ExtractOptions::default());
    for c in &a.items {
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text);
        assert!(c.quantity.value.is_finite());
    }
});
