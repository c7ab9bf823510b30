//! Feeds: JSON Lines in, streamed CSV / JSON Lines out, input order kept across the
//! parallel chunks.

mod common;
use common::*;

use predicates::prelude::*;
use std::fs;

const GOOD: &str = "Georgia's exports to Russia reached $681.5 million in 2024.";
const BAD: &str = "Trade turnover between Georgia and Russia reached $4 billion in 2024.";

#[test]
fn json_lines_feed_in_and_out() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let lines = [
        serde_json::json!({"id": "a1", "text": GOOD, "title": "Exports", "date": "2025-03-01", "url": "https://example.org/a1"}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": 7, "text": BAD}).to_string(),
    ];
    fs::write(&feed, lines.join("\n") + "\n").unwrap();
    let out = cc()
        .args(["check", "--format", "jsonl"])
        .arg(&feed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a bad line is an input error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("feed.jsonl:2: not a JSON object"),
        "{stderr}"
    );
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["article_id"], "a1");
    assert_eq!(rows[0]["article"], "https://example.org/a1");
    assert_eq!(rows[0]["verdict"], "consistent");
    assert_eq!(rows[1]["article_id"], "7");
    assert_eq!(rows[1]["verdict"], "diverges");
}

#[test]
fn stdin_as_json_lines() {
    let input = serde_json::json!({"id": "x", "text": GOOD}).to_string() + "\n";
    cc().args(["check", "--jsonl", "--format", "csv", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("article,article_id,id,text"))
        .stdout(predicate::str::contains("-#x,x,c1,$681.5 million"));
}

#[test]
fn long_feeds_keep_input_order_and_one_csv_header() {
    let dir = tempfile::tempdir().unwrap();
    let n = 600; // more than one parallel chunk
    let mut feed = String::new();
    for i in 0..n {
        let text = if i % 2 == 0 { GOOD } else { BAD };
        feed.push_str(&serde_json::json!({"id": format!("n{i:04}"), "text": text}).to_string());
        feed.push('\n');
    }
    let p = dir.path().join("feed.ndjson");
    fs::write(&p, feed).unwrap();
    let out = dir.path().join("claims.csv");
    cc().args(["check", "--format", "csv", "-o"])
        .arg(&out)
        .arg(&p)
        .assert()
        .code(1);
    let mut r = csv::Reader::from_path(&out).unwrap();
    let ids: Vec<String> = r.records().map(|x| x.unwrap()[1].to_string()).collect();
    let want: Vec<String> = (0..n).map(|i| format!("n{i:04}")).collect();
    assert_eq!(ids, want);
    assert_eq!(
        fs::read_to_string(&out)
            .unwrap()
            .matches("article,article_id")
            .count(),
        1
    );
}

#[test]
fn directories_are_read_in_sorted_order_across_chunks() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::write(dir.path().join(format!("{i:03}.txt")), GOOD).unwrap();
    }
    let out = cc()
        .args(["extract", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    let sources: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| !v["measure"].is_null())
        .map(|v| v["article"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources.len(), 300);
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
}

#[test]
fn an_article_of_many_claims_streams_between_smaller_ones_in_order() {
    // An article over 256 kB is checked a slice of claims at a time, each slice written
    // straight to the output: it must still come out whole, in its place among the others,
    // as the same bytes a whole check renders.
    let dir = tempfile::tempdir().unwrap();
    let big = "In 2024 Georgia's exports reached $5.1 billion. ".repeat(10_001);
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(dir.path().join("b.txt"), &big).unwrap();
    fs::write(dir.path().join("c.txt"), GOOD).unwrap();
    for format in ["jsonl", "csv"] {
        let out = cc()
            .args(["check", "--format", format, "--date", "2025-06-01"])
            .arg(dir.path())
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let header = usize::from(format == "csv");
        assert_eq!(lines.len(), header + 1 + 10_001 + 1, "{format}");
        assert!(
            lines[header].contains("a.txt"),
            "{format}: {}",
            lines[header]
        );
        assert!(lines[header + 1].contains("b.txt"));
        assert!(lines[header + 10_001].contains("b.txt"));
        assert!(lines[header + 10_002].contains("c.txt"));
    }
}

#[test]
fn a_very_long_article_read_in_slices_gives_what_a_whole_check_gives() {
    // Over 256 kB a JSON Lines report is read, judged and written a run of sentences at a
    // time; the JSON report holds the article whole. Their claims must be the same, with a
    // change implied between two figures of a sentence still judged.
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "Georgia's exports to Russia grew from $400 million in 2021 to $681.5 million in 2024. \
        In 2024 imports from Turkey reached $2.1 billion, while tourist trips rose 5%. \
        The country's trade turnover in 2023 amounted to $20.1 billion.\n";
    let text = paragraph.repeat(1 + 300 * 1024 / paragraph.len());
    let path = dir.path().join("long.txt");
    fs::write(&path, &text).unwrap();
    let run = |format: &str| {
        cc().args(["check", "--format", format, "--date", "2025-06-01"])
            .arg(&path)
            .output()
            .unwrap()
            .stdout
    };
    let whole: serde_json::Value = serde_json::from_slice(&run("json")).unwrap();
    let whole = whole["articles"][0]["claims"].as_array().unwrap().clone();
    let sliced: Vec<serde_json::Value> = String::from_utf8(run("jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(whole.len(), sliced.len());
    assert!(whole.len() > 3 * 2_000, "{}", whole.len());
    for (a, b) in whole.iter().zip(&sliced) {
        for key in [
            "id", "text", "start", "verdict", "reason", "period", "measure",
        ] {
            assert_eq!(a[key], b[key], "{key} of {}", a["id"]);
        }
    }
}
