//! Properties of the extractor over arbitrary text: it never panics, spans are char
//! boundaries whose slice is the claimed text, values are finite, and it is deterministic.

use claimcheck::extract::claim::{ExtractOptions, extract_claims};
use claimcheck::reference::{DataSource, Store, lexicon};
use proptest::prelude::*;
use std::sync::OnceLock;

fn lex() -> &'static claimcheck::extract::Lexicon {
    static L: OnceLock<claimcheck::extract::Lexicon> = OnceLock::new();
    L.get_or_init(|| lexicon(&Store::load(DataSource::Bundled).unwrap().manifest))
}

/// Text that looks like news: words that matter to the extractor, numbers, punctuation.
fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "trade",
        "turnover",
        "exports",
        "Russia",
        "Georgia's",
        "EU",
        "CIS",
        "tourists",
        "nearly",
        "a",
        "quarter",
        "of",
        "over",
        "$",
        "€",
        "2.4",
        "1,339.8",
        "200,000",
        "billion",
        "mln",
        "%",
        "per",
        "cent",
        "in",
        "2024",
        "January–August",
        "Q1",
        "first",
        "half",
        "last",
        "year",
        "grew",
        "by",
        "down",
        "-",
        "–",
        ".",
        ",",
        "\n",
        "this",
        "figure",
        "two-thirds",
        "sevenfold",
        "between",
        "and",
        "1 339,8",
        // Invisible format characters inside and between numbers (web pages leave them).
        "1\u{200B}421\u{200B}900",
        "\u{200B}",
        "\u{00AD}",
        "\u{2060}",
        "\u{FEFF}",
        "2\u{00AD}4",
        "économie",
        "держава",
        "😀",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let a = extract_claims(text, lex(), &ExtractOptions::default());
    for c in &a.items {
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end) && c.start <= c.end);
        assert_eq!(&text[c.start..c.end], c.text);
        assert!(c.quantity.value.is_finite() && c.quantity.half_unit.is_finite());
    }
    let b = extract_claims(text, lex(), &ExtractOptions::default());
    let ids = |x: &claimcheck::extract::ArticleExtraction| {
        x.items
            .iter()
            .map(|c| {
                (
                    c.start,
                    c.end,
                    c.quantity.value.to_bits(),
                    c.readings.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&a), ids(&b), "same input, same output");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode_never_breaks_the_extractor(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn newsy_text_keeps_spans_exact(s in newsy()) {
        check(&s);
    }
}

#[test]
fn pathological_inputs() {
    for s in [
        "",
        "\n\n\n",
        "$",
        "%",
        "1.",
        ",,,",
        "1,",
        "-",
        "—1",
        "1-",
        "between and",
        "a quarter of",
        &"9".repeat(5000),
        &"1,000 ".repeat(2000),
    ] {
        check(s);
    }
}

/// Inputs the fuzzers once crashed on (fuzz/artifacts), kept as regression cases.
#[test]
fn fuzz_regressions() {
    for entry in std::fs::read_dir("tests/fixtures/fuzz-regressions").unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(text) = claimcheck::input::decode("fuzz", bytes.clone()) {
            check(&text);
        }
        if let Ok(page) = std::str::from_utf8(&bytes) {
            let _ = claimcheck::input::html::to_text(page);
        }
    }
}

proptest! {
    /// The wide importer (also a fuzz target, `wide`): arbitrary tables are reported on,
    /// never a panic, and every row it accepts is finite.
    #[test]
    fn wide_tables_never_break_the_importer(
        cells in prop::collection::vec("[0-9.,;\"a-zA-Z \\-e]{0,12}", 0..24),
        scale in prop::sample::select(vec![1.0f64, 1e3, 1e6, 1e9]),
    ) {
        use claimcheck::reference::import::{WideMapping, wide_rows};
        let m = claimcheck::reference::manifest::Manifest::parse(include_str!("../data/manifest.toml")).unwrap();
        let mut table = String::from("partner,2031,Q1 2032\n");
        for row in cells.chunks(3) {
            table.push_str(&row.join(","));
            table.push('\n');
        }
        let map = WideMapping {
            key_column: None,
            measure: "export".into(),
            subject: None,
            unit: None,
            scale,
            qualifier: "exact".into(),
            status: "preliminary".into(),
            source_url: String::new(),
        };
        if let Ok(rows) = wide_rows(&m, &m.datasets[0], "p.csv", table.as_bytes(), &map) {
            prop_assert!(rows.iter().all(|r| r.value.is_finite()));
        }
    }

    /// The manifest (also a fuzz target, `manifest`): arbitrary edits of the bundled one
    /// parse or fail with an error; the checks never panic.
    #[test]
    fn manifests_never_break_the_checks(at in 0usize..6000, junk in "[\\PC]{0,12}") {
        let base = include_str!("../data/manifest.toml");
        let at = (0..=at.min(base.len())).rev().find(|&i| base.is_char_boundary(i)).unwrap_or(0);
        let text = format!("{}{}{}", &base[..at], junk, &base[at..]);
        if let Ok(m) = claimcheck::reference::manifest::Manifest::parse(&text) {
            let _ = m.problems();
        }
    }
}
