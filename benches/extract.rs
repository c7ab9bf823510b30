//! Extraction throughput on one article at a time, as articles arrive: the example
//! article and sentences in the style of Geostat releases, about 1 MB in all.
//! `cargo bench --bench extract`

use claimcheck::extract::claim::{ExtractOptions, extract_claims};
use claimcheck::reference::{DataSource, Store, lexicon};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

fn articles() -> Vec<String> {
    let example = include_str!("../tests/fixtures/kalugin-interview.txt");
    // One release per line, shared with scripts/compare-quantulum3.sh so both time the same text.
    let releases: Vec<&str> = include_str!("corpus/releases.txt").lines().collect();
    let mut out = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < 1_000_000 {
        let a = if i % 3 == 0 {
            example.to_string()
        } else {
            format!("{}\n{}\n", releases[i % 4], releases[(i + 1) % 4])
        };
        total += a.len();
        out.push(a);
        i += 1;
    }
    out
}

#[divan::bench(sample_count = 10)]
fn extract_1mb_one_article_at_a_time(bencher: divan::Bencher) {
    let store = Store::load(DataSource::Bundled).unwrap();
    let lex = lexicon(&store.manifest);
    let docs = articles();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for d in &docs {
            n += extract_claims(divan::black_box(d), &lex, &ExtractOptions::default())
                .items
                .len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn check_example_article(bencher: divan::Bencher) {
    let store = Store::load(DataSource::Bundled).unwrap();
    let lex = lexicon(&store.manifest);
    let verifier = claimcheck::verify::Verifier {
        store: &store,
        as_of: None,
    };
    let text = include_str!("../tests/fixtures/kalugin-interview.txt");
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        // The verdicts are collected so the checking is not optimised away.
        let verdicts: Vec<_> =
            extract_claims(divan::black_box(text), &lex, &ExtractOptions::default())
                .items
                .into_iter()
                .filter(|c| c.is_claim())
                .map(|c| verifier.check(c).verdict)
                .collect();
        verdicts
    });
}
