//! Helpers the integration tests share.
#![allow(dead_code)] // each test file uses its own subset

use assert_cmd::Command;
use std::path::Path;

/// The binary, with the user's data override and colour removed.
pub fn cc() -> Command {
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.env_remove("CLAIMCHECK_DATA").env("NO_COLOR", "1");
    c
}

/// The claims `check --format json` reads in `text`, given on standard input with `args`
/// ("--date", "2024-07-15"); the run must end with a verdict status, not an error.
pub fn claims_checked(text: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let out = cc()
        .args(["check", "--format", "json"])
        .args(args)
        .arg("-")
        .write_stdin(text.to_string())
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["articles"][0]["claims"].as_array().unwrap().clone()
}

/// A copy of the bundled data in a temporary directory, for tests that change it.
pub fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["manifest.toml", "trade.csv", "tourism.csv", "macro.csv"] {
        std::fs::copy(Path::new("data").join(f), dir.path().join(f)).unwrap();
    }
    dir
}

/// Appends CSV lines to a dataset file.
pub fn append(dir: &Path, file: &str, lines: &str) {
    let path = dir.join(file);
    let mut s = std::fs::read_to_string(&path).unwrap();
    s.push_str(lines);
    std::fs::write(path, s).unwrap();
}

/// `claimcheck data validate DIR`, asserted on by the caller.
pub fn validate(dir: &Path) -> assert_cmd::assert::Assert {
    cc().args(["data", "validate"]).arg(dir).assert()
}
