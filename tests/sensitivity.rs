//! Keep the tool sharp: withholding `diverges` where the data cannot tell must not blunt
//! it where it can. Accurate sentences we write about figures the bundled data holds
//! exactly are checked as written (confirmed), then with one figure scaled by 1.35 (or a
//! percent moved by 5 points): the tool must flag the altered figure `diverges`.

mod common;

use serde_json::Value;

/// An accurate sentence and the figure in it to alter, as written.
const CASES: &[(&str, &str)] = &[
    (
        "Georgia's exports to Armenia reached $787.2 million in 2023.",
        "787.2",
    ),
    (
        "Georgia's imports from Armenia amounted to $336.5 million in 2023.",
        "336.5",
    ),
    (
        "Georgia's trade turnover with Armenia was $853.7 million in 2024.",
        "853.7",
    ),
    (
        "In 2024 Georgia's exports to Azerbaijan totaled $720 million.",
        "720",
    ),
    (
        "Georgia's exports to Azerbaijan reached $862 million in 2023.",
        "862",
    ),
    (
        "Georgia's trade turnover with Azerbaijan was $1.52 billion in 2023.",
        "1.52",
    ),
    (
        "Georgia's imports from China reached $1.61 billion in 2024.",
        "1.61",
    ),
    (
        "Georgia's imports from China were $1.33 billion in 2023.",
        "1.33",
    ),
    (
        "Georgia's exports to China were $736.8 million in 2022.",
        "736.8",
    ),
    (
        "Georgia's trade turnover with China was $1.64 billion in 2023.",
        "1.64",
    ),
    (
        "Georgia's exports to Russia amounted to $681.5 million in 2024.",
        "681.5",
    ),
    (
        "Georgia's exports to Russia were $657 million in 2023.",
        "657",
    ),
    (
        "Georgia's trade turnover with the EU reached $4.5 billion in 2023.",
        "4.5",
    ),
    (
        "The EU accounted for 8.7% of Georgia's exports in 2024.",
        "8.7%",
    ),
    (
        "The EU's share of Georgia's imports was 27.2% in 2024.",
        "27.2%",
    ),
    (
        "Russia's share in Georgia's exports was 10.8% in 2023.",
        "10.8%",
    ),
    (
        "In 2024, Georgia received 1,421,900 international travelers from Russia.",
        "1,421,900",
    ),
    (
        "In 2024, Georgia received 1,336,800 international travelers from Turkey.",
        "1,336,800",
    ),
    ("Georgia's economy grew by 7.8% in 2023.", "7.8%"),
    ("Georgia's real GDP growth was 10.4% in 2022.", "10.4%"),
];

/// The figure altered as a fact-checker would catch it: a level × 1.35 written with the
/// same decimals (and thousands commas), a percent + 5 points.
fn altered(figure: &str) -> String {
    if let Some(p) = figure.strip_suffix('%') {
        let v: f64 = p.parse().unwrap();
        let decimals = p.split_once('.').map_or(0, |(_, d)| d.len());
        return format!("{:.*}%", decimals, v + 5.0);
    }
    let plain = figure.replace(',', "");
    let v: f64 = plain.parse().unwrap();
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    let s = format!("{:.*}", decimals, v * 1.35);
    if figure.contains(',') {
        let digits: Vec<char> = s.chars().collect();
        let mut out = String::new();
        for (i, c) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(*c);
        }
        out
    } else {
        s
    }
}

fn check(sentences: &[String]) -> Vec<Value> {
    let feed: String = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({"id": i, "text": s, "date": "2025-11-01"}).to_string() + "\n"
        })
        .collect();
    let out = common::cc()
        .args(["check", "--format", "json", "--jsonl", "-"])
        .write_stdin(feed)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["articles"].as_array().unwrap().clone()
}

/// The verdict of the claim whose text holds `figure`.
fn verdict_of(article: &Value, figure: &str) -> String {
    article["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap_or("").contains(figure))
        .map(|c| format!("{} ({})", c["verdict"], c["reason"]))
        .unwrap_or_else(|| format!("no claim for {figure}"))
}

#[test]
fn an_altered_figure_the_data_holds_exactly_is_flagged() {
    let accurate: Vec<String> = CASES.iter().map(|(s, _)| s.to_string()).collect();
    for (a, (s, fig)) in check(&accurate).iter().zip(CASES) {
        let v = verdict_of(a, fig);
        assert!(
            v.starts_with("\"consistent\"") || v.starts_with("\"close\""),
            "the accurate sentence must hold: {s} → {v}"
        );
    }
    let mutated: Vec<(String, String)> = CASES
        .iter()
        .map(|(s, fig)| {
            let new = altered(fig);
            (s.replacen(fig, &new, 1), new)
        })
        .collect();
    let texts: Vec<String> = mutated.iter().map(|(s, _)| s.clone()).collect();
    let mut caught = 0;
    let mut missed = Vec::new();
    for (a, (s, fig)) in check(&texts).iter().zip(&mutated) {
        let v = verdict_of(a, fig);
        if v.starts_with("\"diverges\"") {
            caught += 1;
        } else {
            missed.push(format!("{s} → {v}"));
        }
    }
    let rate = caught as f64 / CASES.len() as f64;
    println!(
        "sensitivity: {caught}/{} altered figures flagged ({rate:.2})",
        CASES.len()
    );
    for m in &missed {
        println!("  missed: {m}");
    }
    assert!(rate >= 0.9, "sensitivity {rate:.2} below 0.9: {missed:#?}");
}

#[test]
fn alterations_are_written_as_the_original() {
    assert_eq!(altered("787.2"), "1062.7");
    assert_eq!(altered("1,421,900"), "1,919,565");
    assert_eq!(altered("8.7%"), "13.7%");
    assert_eq!(altered("720"), "972");
}
