//! Hostile input and careless hands (issue: fifteen faults found). Each test failed on the
//! main of 2026-11-28; docs/ROBUSTNESS.md lists the class of fault each stands for.

mod common;

use common::{append, cc, data_copy, validate};
use predicates::prelude::*;
use std::fs;
use std::process::{Command, Stdio};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("claimcheck")
}

/// An accurate one-sentence article the data confirms, written into `dir`.
const GOOD: &str = "Georgia's exports to Russia amounted to $681.5 million in 2024.";

fn article_in(dir: &std::path::Path) -> std::path::PathBuf {
    let article = dir.join("a.txt");
    fs::write(&article, GOOD).unwrap();
    article
}

/// `data import --wide` of `table` into the trade dataset of `data`, applied.
fn import_wide(data: &std::path::Path, table: &std::path::Path) -> assert_cmd::assert::Assert {
    cc().args(["data", "import", "--data"])
        .arg(data)
        .arg(table)
        .args([
            "--dataset",
            "trade",
            "--wide",
            "--measure",
            "export",
            "--yes",
        ])
        .assert()
}

/// Runs `claimcheck args | head -1` and returns claimcheck's exit status.
fn piped_to_head(args: &[&str]) -> i32 {
    let mut child = Command::new(bin())
        .args(args)
        .env_remove("CLAIMCHECK_DATA")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut one = [0u8; 16];
    use std::io::Read;
    let _ = out.read(&mut one);
    drop(out); // the reader goes away, as `head -1` does
    let status = child.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&status.stderr).contains("panicked"),
        "{args:?} panicked: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    status.status.code().unwrap_or(-1)
}

#[test]
fn data_commands_end_quietly_when_the_reader_goes_away() {
    for args in [
        &["data", "list"][..],
        &["data", "show", "trade"],
        &["data", "show", "trade", "--format", "csv"],
    ] {
        assert_eq!(piped_to_head(args), 0, "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let out = Command::new(bin())
        .args(["data", "validate"])
        .env_remove("CLAIMCHECK_DATA")
        .stdout(
            fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("No space left") && !err.contains("panicked"),
        "{err}"
    );
}

#[test]
fn dates_that_do_not_exist_are_refused() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = inc.path().join("w.csv");
    fs::write(&f, "partner,2031\nRussia,1.5\n").unwrap();
    cc().args(["data", "import", "--data"])
        .arg(dir.path())
        .arg(&f)
        .args(["--dataset", "trade", "--wide", "--measure", "export"])
        .args(["--published", "2026-02-30", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2026-02-30"));
    append(
        dir.path(),
        "macro.csv",
        "GEO,real_gdp_growth_pct,2031-01,2031-12,4.0,percent,exact,final,2025-02-30,https://x.org,\n",
    );
    validate(dir.path())
        .code(2)
        .stderr(predicate::str::contains(
            "'2025-02-30' is not a YYYY-MM-DD date",
        ));
}

#[test]
fn wide_decimal_commas_are_refused_not_misread() {
    for cell in ["\"1,5\"", "\"0,5\"", "\"1.234,5\""] {
        let dir = data_copy();
        let before = fs::read(dir.path().join("trade.csv")).unwrap();
        let inc = tempfile::tempdir().unwrap();
        let f = inc.path().join("w.csv");
        fs::write(&f, format!("partner,2031\nRussia,{cell}\n")).unwrap();
        import_wide(dir.path(), &f)
            .code(2)
            .stderr(predicate::str::contains("w.csv:2: column '2031'"));
        assert_eq!(
            fs::read(dir.path().join("trade.csv")).unwrap(),
            before,
            "{cell}"
        );
    }
}

#[test]
fn extra_cells_and_other_separators_are_refused() {
    for (table, needle) in [
        (
            "partner,2031\nRussia,1,5\n",
            "w.csv:2: 3 cells but the header has 2 columns",
        ),
        ("partner;2031\nRussia;1.5\n", "separated by ';'"),
    ] {
        let dir = data_copy();
        let inc = tempfile::tempdir().unwrap();
        let f = inc.path().join("w.csv");
        fs::write(&f, table).unwrap();
        import_wide(dir.path(), &f)
            .code(2)
            .stderr(predicate::str::contains(needle));
    }
}

#[test]
fn scales_that_are_no_numbers_are_refused() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = inc.path().join("w.csv");
    fs::write(&f, "partner,2031\nRussia,1.5\n").unwrap();
    for scale in ["NaN", "1e308", "-1", "inf"] {
        cc().args(["data", "import", "--data"])
            .arg(dir.path())
            .arg(&f)
            .args(["--dataset", "trade", "--wide", "--measure", "export"])
            .arg(format!("--scale={scale}"))
            .arg("--yes")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is not a scale"));
    }
}

#[test]
fn invisible_characters_inside_a_number_leave_one_figure() {
    let text =
        "In 2024, Georgia received 1\u{200B}421\u{200B}900 international travelers from Russia.";
    let out = cc()
        .args(["check", "--format", "json", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0]["claimed"]["value"], 1_421_900.0);
    assert_eq!(claims[0]["verdict"], "consistent");
}

#[test]
fn a_manifest_with_misleading_numbers_or_paths_is_refused() {
    for (from, to) in [
        ("hedge = 0.10", "hedge = -3"),
        ("tolerance_level = 5.0", "tolerance_level = nan"),
        ("file = \"trade.csv\"", "file = \"../outside/x.csv\""),
        ("file = \"trade.csv\"", "file = \"/etc/passwd\""),
    ] {
        let dir = data_copy();
        let m = fs::read_to_string(dir.path().join("manifest.toml")).unwrap();
        fs::write(dir.path().join("manifest.toml"), m.replacen(from, to, 1)).unwrap();
        cc().args(["data", "list", "--data"])
            .arg(dir.path())
            .assert()
            .code(2)
            .stderr(predicate::str::contains("manifest.toml"));
    }
}

#[test]
fn a_one_line_input_is_read_as_a_sentence() {
    cc().args(["check", "-"])
        .write_stdin("Georgia's exports to Russia amounted to $681.5 million in 2024")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 claim"));
}

#[test]
fn output_goes_only_to_regular_files_and_follows_links() {
    let dir = tempfile::tempdir().unwrap();
    let article = article_in(dir.path());
    // A directory (and, as root, a device or FIFO) is refused and left as it was.
    cc().args(["check", "-o"])
        .arg(dir.path())
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    // A symlink is followed: its file gets the report, the link stays a link.
    let real = dir.path().join("real.txt");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    cc().args(["check", "-o"])
        .arg(&link)
        .arg(&article)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&real).unwrap().contains("681.5"));
}

#[test]
fn outputs_and_imports_keep_the_mode_of_what_they_replace() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let article = article_in(dir.path());
    let out = dir.path().join("report.txt");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).unwrap();
    cc().args(["check", "-o"])
        .arg(&out)
        .arg(&article)
        .assert()
        .success();
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o644
    );

    let data = data_copy();
    let trade = data.path().join("trade.csv");
    fs::set_permissions(&trade, fs::Permissions::from_mode(0o644)).unwrap();
    let w = dir.path().join("w.csv");
    fs::write(&w, "partner,2031\nRussia,1.5\n").unwrap();
    import_wide(data.path(), &w).success();
    assert_eq!(
        fs::metadata(&trade).unwrap().permissions().mode() & 0o777,
        0o644
    );
}

#[test]
fn a_directory_reached_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    article_in(dir.path());
    std::os::unix::fs::symlink(".", dir.path().join("self")).unwrap();
    let out = cc()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn a_feed_reports_a_bad_line_and_checks_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let good = |id: u32| {
        format!(
            "{{\"id\": {id}, \"text\": \"Georgia's exports to Russia amounted to $681.5 million in 2024.\"}}\n"
        )
    };
    let mut bytes = "\u{feff}".as_bytes().to_vec(); // a BOM before line 1
    bytes.extend(good(1).as_bytes());
    bytes.extend(b"{\"id\": 2, \"text\": \"caf\xe9\"}\n"); // Latin-1 byte
    bytes.extend(b"{\"id\": 3, \"text\": \"x\", \"date\": \"2025-02-30\"}\n");
    bytes.extend(good(4).as_bytes());
    fs::write(&feed, bytes).unwrap();
    let out = cc()
        .args(["check", "--format", "json"])
        .arg(&feed)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("feed.jsonl:2:") && err.contains("UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("feed.jsonl:3:") && err.contains("2025-02-30"),
        "{err}"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["articles"].as_array().unwrap().len(),
        2,
        "lines 1 and 4 are checked"
    );
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_neutralised() {
    let data = data_copy();
    append(
        data.path(),
        "trade.csv",
        "GEO,RUS,export,2031-01,2031-12,5000000,USD,exact,final,2032-01-31,=HYPERLINK(\"http://evil\"),\n",
    );
    let out = cc()
        .args(["check", "--format", "csv", "--date", "2032-06-01", "--data"])
        .arg(data.path())
        .arg("-")
        .write_stdin("Georgia's exports to Russia amounted to $5 million in 2031.")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(!text.contains(",=HYPERLINK"), "{text}");
}

#[test]
fn a_broken_csv_names_its_line_and_echoes_nothing_more() {
    for (row, needle) in [
        (
            "GEO,RUS,export,2031-01,2031-12,5,USD,exact,final,,https://x.org,,extra,cells\n",
            "cells, but the header has 12 columns",
        ),
        (
            "GEO,RUS,export,2031-01,2031-12,5,USD,exact,final,,\"https://x.org,\n",
            "a quote opens here and never closes",
        ),
    ] {
        let dir = data_copy();
        let lines = fs::read_to_string(dir.path().join("trade.csv"))
            .unwrap()
            .lines()
            .count();
        append(dir.path(), "trade.csv", row);
        let out = cc()
            .args(["data", "validate"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("trade.csv:{}:", lines + 1)) && err.contains(needle),
            "{err}"
        );
        assert!(
            err.len() < 500 && !err.contains("truncate_ragged_lines"),
            "{err}"
        );
    }
}

#[test]
fn the_next_write_removes_what_killed_runs_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let article = article_in(dir.path());
    // What a SIGKILLed run leaves: a hidden temporary file named for a process now gone.
    let stale = dir.path().join(".claimcheck-out-4000000-k1LLed");
    fs::write(&stale, "half a report").unwrap();
    cc().args(["check", "-o"])
        .arg(dir.path().join("report.txt"))
        .arg(&article)
        .assert()
        .success();
    assert!(!stale.exists());

    let data = data_copy();
    let stale = data.path().join(".claimcheck-import-4000000-k1LLed");
    fs::write(&stale, "half a dataset").unwrap();
    let w = dir.path().join("w.csv");
    fs::write(&w, "partner,2031\nRussia,1.5\n").unwrap();
    import_wide(data.path(), &w).success();
    assert!(!stale.exists());
}

#[test]
fn check_warns_when_the_data_breaks_a_validation_rule() {
    let data = data_copy();
    append(
        data.path(),
        "trade.csv",
        "GEO,EU,export_share,2031-01,2031-12,120,percent,exact,final,,https://x.org,\nGEO,EU,import_share,2031-01,2031-12,130,percent,exact,final,,https://x.org,\n",
    );
    let out = cc()
        .args(["check", "--data"])
        .arg(data.path())
        .arg("-")
        .write_stdin(GOOD)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("warning:").count(), 1, "once per kind: {err}");
    assert!(
        err.contains("2 times") && err.contains("claimcheck data validate"),
        "{err}"
    );
    // The bundled data is clean: no warning.
    let out = cc()
        .args(["check", "-"])
        .write_stdin(GOOD)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ctrl_c_or_sigterm_during_a_write_leaves_no_temporary_file() {
    // A long streamed report (a JSON Lines feed of many articles) gives time to interrupt.
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let line = "{\"text\": \"Georgia's exports to Russia amounted to $681.5 million in 2024, and imports from Turkey to $2.1 billion.\"}\n";
    fs::write(&feed, line.repeat(20_000)).unwrap();
    for signal in ["-INT", "-TERM"] {
        let out_dir = tempfile::tempdir().unwrap();
        let out = out_dir.path().join("claims.jsonl");
        let mut child = Command::new(bin())
            .args(["check", "--format", "jsonl", "-o"])
            .arg(&out)
            .arg(&feed)
            .env_remove("CLAIMCHECK_DATA")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the temporary file exists, then interrupt.
        let started = std::time::Instant::now();
        let temporaries = || {
            fs::read_dir(out_dir.path())
                .unwrap()
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with(".claimcheck-"))
                .count()
        };
        while temporaries() == 0 && started.elapsed().as_secs() < 20 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let _ = Command::new("kill")
            .arg(signal)
            .arg(child.id().to_string())
            .status();
        let status = child.wait().unwrap();
        if status.success() {
            continue; // finished before the signal arrived: nothing to check
        }
        assert_eq!(temporaries(), 0, "{signal}: a temporary file was left");
        assert!(!out.exists(), "{signal}: a half-written report appeared");
    }
}
