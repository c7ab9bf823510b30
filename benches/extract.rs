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
    let releases = [
        "Georgia's external merchandise trade in January-September 2025 amounted to USD 18.5 billion, 10.3% higher year-on-year. Exports totaled USD 5.1 billion, up 6.5%, while imports reached USD 13.4 billion.",
        "In 2024 Georgia received 7.4 million international visitors, of whom Russians made up about 19%. Tourists from Israel made 311,000 trips, an increase of 43.4%.",
        "The EU accounted for 20.4% of Georgia's trade turnover in the first quarter of 2025. Turkey remained the largest trading partner with a 14% share, followed by Russia (10.3%) and China (9.1%).",
        "Georgia's GDP grew 7.5% in January-November 2025, Geostat said; growth in November alone was 6.9%.",
    ];
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
