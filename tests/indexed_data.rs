//! Large datasets are held as one sorted polars frame with a key index (rows built per key on
//! demand). These tests force that path on the bundled data (`indexed = true`) and pin that it
//! judges exactly as the row path does and reports bad files the same way.

mod common;
use common::{append, cc, data_copy};
use predicates::prelude::*;
use std::path::Path;

const ARTICLE: &str = "tests/fixtures/kalugin-interview.txt";

fn index_trade(dir: &Path) {
    let path = dir.join("manifest.toml");
    let manifest = std::fs::read_to_string(&path).unwrap();
    let forced = manifest.replace(
        "file = \"trade.csv\"\n",
        "file = \"trade.csv\"\nindexed = true\n",
    );
    assert_ne!(manifest, forced, "manifest names trade.csv");
    std::fs::write(path, forced).unwrap();
}

/// Checking the example against `dir` fails as bad data does: exit status 2.
fn refused(dir: &Path) -> assert_cmd::assert::Assert {
    cc().args(["check", "--data"])
        .arg(dir)
        .arg(ARTICLE)
        .assert()
        .code(2)
}

fn check_json(dir: &Path) -> String {
    let out = cc()
        .args([
            "check",
            "--format",
            "json",
            "--date",
            "2025-12-15",
            "--data",
        ])
        .arg(dir)
        .arg(ARTICLE)
        .output()
        .unwrap();
    assert!(out.status.code().unwrap() <= 1, "{out:?}");
    // The data directory differs between the two runs; the verdicts and evidence must not.
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(&dir.display().to_string(), "<data>")
}

#[test]
fn indexed_dataset_judges_exactly_as_rows_do() {
    let rows = data_copy();
    let indexed = data_copy();
    index_trade(indexed.path());
    let a = check_json(rows.path());
    let b = check_json(indexed.path());
    assert!(a.contains("\"verdict\""));
    assert_eq!(a, b);
}

#[test]
fn indexed_dataset_lists_the_same_summary() {
    let rows = data_copy();
    let indexed = data_copy();
    index_trade(indexed.path());
    let list = |d: &Path| {
        let out = cc()
            .args(["data", "list", "--data"])
            .arg(d)
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .replace(&d.display().to_string(), "<data>")
    };
    let (a, b) = (list(rows.path()), list(indexed.path()));
    assert!(a.contains("trade.csv") && a.contains("1026"), "{a}");
    assert_eq!(a, b);
}

#[test]
fn indexed_dataset_shows_rows_with_their_file_lines() {
    let indexed = data_copy();
    index_trade(indexed.path());
    cc().args([
        "data",
        "show",
        "trade",
        "--measure",
        "export",
        "--counterpart",
        "ARM",
        "--format",
        "csv",
        "--data",
    ])
    .arg(indexed.path())
    .assert()
    .success()
    .stdout(predicate::str::contains(
        "2,GEO,ARM,export,2018-01,2018-05,97200000",
    ));
}

#[test]
fn indexed_dataset_names_the_line_of_a_bad_value() {
    let dir = data_copy();
    index_trade(dir.path());
    let lines = std::fs::read_to_string(dir.path().join("trade.csv"))
        .unwrap()
        .lines()
        .count();
    append(
        dir.path(),
        "trade.csv",
        "GEO,ARM,export,2030-01,2030-12,lots,USD,exact,final,,,\n",
    );
    refused(dir.path())
        .stderr(predicate::str::contains(format!("trade.csv:{}", lines + 1)))
        .stderr(predicate::str::contains("'lots' is not a number"));
}

#[test]
fn indexed_dataset_names_a_bad_period_and_a_missing_column() {
    let dir = data_copy();
    index_trade(dir.path());
    append(
        dir.path(),
        "trade.csv",
        "GEO,ARM,export,2030-13,2030-12,1,USD,exact,final,,,\n",
    );
    refused(dir.path()).stderr(predicate::str::contains(
        "'2030-13' is not a YYYY-MM period",
    ));

    let dir = data_copy();
    index_trade(dir.path());
    let path = dir.path().join("trade.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("qualifier,", "qualifer,", 1)).unwrap();
    refused(dir.path())
        .stderr(predicate::str::contains("trade.csv:1"))
        .stderr(predicate::str::contains("qualifier"));
}
