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
