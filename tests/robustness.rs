//! The input matrix: each kind of bad or odd input gets a clear message naming the file
//! (exit 2) or is handled; `-o` never leaves a partial file.

mod common;
use common::*;

use predicates::prelude::*;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

fn json_of(path: &Path, extra: &[&str]) -> serde_json::Value {
    let out = cc()
        .args(["extract", "--format", "json"])
        .args(extra)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn empty_file_has_no_claims() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.txt");
    fs::write(&p, "").unwrap();
    cc().arg("check")
        .arg(&p)
        .assert()
        .success()
        .stdout(predicate::str::contains("0 claims"));
}

#[test]
fn binary_file_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("photo.txt");
    fs::write(
        &p,
        [
            0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0,
        ],
    )
    .unwrap();
    let out = dir.path().join("report.json");
    cc().args(["check", "-o"])
        .arg(&out)
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("photo.txt").and(predicate::str::contains("binary")));
    assert!(!out.exists(), "no partial report");
}

#[test]
fn latin1_is_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("latin1.txt");
    fs::write(&p, b"Line one.\nL'\xE9conomie a cr\xFB de 9% en 2024.\n").unwrap();
    cc().arg("check")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("latin1.txt:2: not valid UTF-8"));
}

#[test]
fn utf16_with_bom_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Georgia's exports to Russia reached $681.5 million in 2024.\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    fs::write(&p, bytes).unwrap();
    let doc = json_of(&p, &[]);
    assert_eq!(doc["articles"][0]["claims"][0]["text"], "$681.5 million");
}

#[test]
fn crlf_line_ends_keep_spans_exact() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("crlf.txt");
    let text = "Trade news\r\nTrade turnover between Georgia and Russia reached $2.5 billion in 2024.\r\nExports to the EU were 8.7% of the total in 2024.\r\n";
    fs::write(&p, text).unwrap();
    let doc = json_of(&p, &[]);
    for c in doc["articles"][0]["claims"].as_array().unwrap() {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], c["text"].as_str().unwrap());
        assert!(!c["sentence"].as_str().unwrap().contains('\r'));
    }
}

#[test]
fn article_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = fs::File::create(&p).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // 100 MB (sparse)
    cc().arg("check")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("huge.txt").and(predicate::str::contains("--max-bytes")));
    cc().args(["check", "--max-bytes", "1000"])
        .arg("tests/fixtures/kalugin-interview.txt")
        .assert()
        .code(2);
}

#[test]
fn one_megabyte_single_line_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("oneline.txt");
    let line = "Trade turnover with Russia reached 1,000 dollars and exports 2,000 dollars, "
        .repeat(13_200);
    fs::write(&p, &line[..1_000_000]).unwrap();
    let t = Instant::now();
    let doc = json_of(&p, &[]);
    assert!(doc["articles"][0]["claims"].as_array().unwrap().len() > 20_000);
    // Not a benchmark: a guard against quadratic work (it took minutes before).
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());
}

#[test]
fn unreadable_path_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &p).unwrap();
    cc().arg("check")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gone.txt: cannot read"));
}

#[test]
fn directory_without_articles_is_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.csv"), "a,b\n").unwrap();
    cc().arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no .txt, .md, .html, .htm or .jsonl articles",
        ));
}

#[test]
fn directory_of_articles_reports_each() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("b.txt"),
        "Exports to the EU were 8.7% of the total in 2024.\n",
    )
    .unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(
        dir.path().join("sub/a.md"),
        "# Trade\nTrade turnover between Georgia and Russia reached $2.5 billion in 2024.\n",
    )
    .unwrap();
    let doc = json_of(dir.path(), &[]);
    let sources: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 2);
    assert!(
        sources[0].ends_with("b.txt") && sources[1].ends_with("sub/a.md"),
        "{sources:?}"
    );
    assert_eq!(doc["articles"][1]["title"], "Trade");
}

#[test]
fn one_bad_article_among_good_ones_is_reported_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    fs::write(&good, "Exports to the EU were 8.7% of the total in 2024.\n").unwrap();
    cc().args(["check", "--format", "json"])
        .arg(dir.path().join("missing.txt"))
        .arg(&good)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt"))
        .stdout(predicate::str::contains("good.txt"));
}
