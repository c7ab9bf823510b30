//! `claimcheck data`: validation rules (one bad file each), imports, revisions, safety.

mod common;
use common::*;

use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const MACRO_HEADER: &str = "country,indicator,period_start,period_end,value,unit,qualifier,status,published,source_url,note\n";

/// Replaces macro.csv with a header and the given rows, then validates.
fn validate_macro(rows: &str) -> assert_cmd::assert::Assert {
    let dir = data_copy();
    fs::write(
        dir.path().join("macro.csv"),
        format!("{MACRO_HEADER}{rows}"),
    )
    .unwrap();
    let a = validate(dir.path());
    drop(dir);
    a
}

/// Appends rows to a copy of trade.csv, then validates.
fn validate_trade(rows: &str) -> assert_cmd::assert::Assert {
    let dir = data_copy();
    append(dir.path(), "trade.csv", rows);
    let a = validate(dir.path());
    drop(dir);
    a
}

#[test]
fn bundled_data_validates() {
    cc().args(["data", "validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no problems found"));
}

#[test]
fn rule_value_must_be_a_number() {
    validate_macro(
        "GEO,real_gdp_growth_pct,2024-01,2024-12,abc,percent,exact,final,,https://x.org,\n",
    )
    .code(2)
    .stderr(predicate::str::contains(
        "macro.csv:2: column 'value': 'abc' is not a number",
    ));
}

#[test]
fn rule_value_must_be_finite() {
    validate_macro("GEO,real_gdp_growth_pct,2024-01,2024-12,inf,percent,exact,final,,https://x.org,\nGEO,real_gdp_growth_pct,2023-01,2023-12,NaN,percent,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains("macro.csv:2: column 'value': 'inf' is not a finite number"))
        .stderr(predicate::str::contains("macro.csv:3: column 'value': 'NaN' is not a finite number"));
}

#[test]
fn rule_periods_are_yyyy_mm() {
    validate_macro(
        "GEO,real_gdp_growth_pct,2024-1,2024-12,5,percent,exact,final,,https://x.org,\n",
    )
    .code(2)
    .stderr(predicate::str::contains(
        "macro.csv:2: column 'period_start': '2024-1' is not a YYYY-MM period",
    ));
}

#[test]
fn rule_period_start_before_end() {
    validate_macro(
        "GEO,real_gdp_growth_pct,2024-12,2024-01,5,percent,exact,final,,https://x.org,\n",
    )
    .code(2)
    .stderr(predicate::str::contains(
        "macro.csv:2: column 'period_end': period ends (2024-01) before it starts (2024-12)",
    ));
}

#[test]
fn rule_missing_column() {
    validate_macro_raw(
        "country,indicator,period_start,value,unit,qualifier,status,published,source_url,note\n",
    )
    .code(2)
    .stderr(predicate::str::contains(
        "macro.csv:1: column 'period_end': missing from the header",
    ));
}

fn validate_macro_raw(content: &str) -> assert_cmd::assert::Assert {
    let dir = data_copy();
    fs::write(dir.path().join("macro.csv"), content).unwrap();
    validate(dir.path())
}

#[test]
fn rule_semicolon_delimiter_is_named() {
    validate_macro_raw(&MACRO_HEADER.replace(',', ";"))
        .code(2)
        .stderr(predicate::str::contains("semicolon-separated"));
}

#[test]
fn rule_duplicate_key_within_a_vintage() {
    let row = "GEO,real_gdp_growth_pct,2024-01,2024-12,9.4,percent,exact,final,2025-02-01,https://x.org,\n";
    validate_macro(&format!("{row}{row}"))
        .code(2)
        .stderr(predicate::str::contains("macro.csv:3: duplicate of line 2"));
}

#[test]
fn rule_negative_level() {
    validate_macro("GEO,nominal_gdp_usd,2024-01,2024-12,-5,USD,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains(
            "macro.csv:2: column 'value': negative value -5",
        ));
}

#[test]
fn negative_growth_rates_are_fine() {
    validate_macro(
        "GEO,real_gdp_growth_pct,2020-01,2020-12,-6.8,percent,exact,final,,https://x.org,\n",
    )
    .success();
}

#[test]
fn rule_share_outside_0_to_100() {
    validate_trade("GEO,EU,export_share,2030-01,2030-12,120,percent,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains(
            "trade.csv:1028: column 'value': share 120 is outside 0–100",
        ));
}

#[test]
fn rule_part_larger_than_total() {
    validate_trade(concat!(
        "GEO,WLD,export,2030-01,2030-12,1000,USD,exact,final,,https://x.org,\n",
        "GEO,RUS,export,2030-01,2030-12,2000,USD,exact,final,,https://x.org,\n",
    ))
    .code(2)
    .stderr(predicate::str::contains(
        "trade.csv:1029: column 'value': export for RUS (2000) is larger than the total for WLD",
    ));
}

#[test]
fn rule_codes_are_iso_or_declared_groups() {
    validate_trade("GEO,XXX,export,2030-01,2030-12,1000,USD,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains(
            "trade.csv:1028: column 'partner': 'XXX' is not an ISO 3166 alpha-3 code",
        ));
}

#[test]
fn rule_unit_matches_the_manifest() {
    validate_macro("GEO,real_gdp_growth_pct,2024-01,2024-12,9.4,USD,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains(
            "macro.csv:2: column 'unit': unit 'USD' but the manifest gives 'percent'",
        ));
}

#[test]
fn rule_measure_declared_in_the_manifest() {
    validate_macro("GEO,inflation,2024-01,2024-12,3,percent,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains(
            "macro.csv:2: column 'indicator': measure 'inflation' is not declared",
        ));
}

#[test]
fn rule_manifest_points_at_a_missing_file() {
    let dir = data_copy();
    fs::remove_file(dir.path().join("macro.csv")).unwrap();
    validate(dir.path())
        .code(2)
        .stderr(predicate::str::contains(
            "dataset 'macro' points at macro.csv",
        ));
}

#[test]
fn quoted_newlines_keep_line_numbers_true() {
    validate_macro("GEO,real_gdp_growth_pct,2023-01,2023-12,7.8,percent,exact,final,,https://x.org,\"two\nlines\"\nGEO,real_gdp_growth_pct,2024-01,2024-12,bad,percent,exact,final,,https://x.org,\n")
        .code(2)
        .stderr(predicate::str::contains("macro.csv:4: column 'value'"));
}

#[test]
fn byte_order_mark_is_accepted() {
    validate_macro_raw(&format!("\u{feff}{MACRO_HEADER}GEO,real_gdp_growth_pct,2024-01,2024-12,9.4,percent,exact,final,,https://x.org,\n")).success();
}

fn import(dir: &Path, file: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    cc().args(["data", "import", "--data"])
        .arg(dir)
        .arg(file)
        .args(["--dataset", "macro"])
        .args(extra)
        .assert()
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, content).unwrap();
    p
}

#[test]
fn import_round_trip_adds_then_finds_nothing_new() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "new.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2025-01,2025-12,7.2,percent,exact,preliminary,2026-01-30,https://example.org/gdp,\n"
        ),
    );
    import(dir.path(), &f, &["--yes"])
        .success()
        .stdout(predicate::str::contains("1 new, 0 revised, 0 unchanged"));
    cc().args([
        "data",
        "show",
        "macro",
        "--measure",
        "real_gdp_growth_pct",
        "--period",
        "2025",
        "--format",
        "csv",
        "--data",
    ])
    .arg(dir.path())
    .assert()
    .stdout(predicate::str::contains("2025-01,2025-12,7.2"));
    import(dir.path(), &f, &["--yes"])
        .success()
        .stdout(predicate::str::contains("0 new, 0 revised, 1 unchanged"));
    validate(dir.path()).success();
    assert!(
        dir.path().join("macro.csv.bak").exists(),
        "previous file kept"
    );
}

#[test]
fn revision_keeps_the_earlier_vintage_for_as_of() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "rev.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2024-01,2024-12,9.9,percent,exact,final,2026-03-01,https://example.org/rev,\n"
        ),
    );
    import(dir.path(), &f, &["--yes"])
        .success()
        .stdout(predicate::str::contains("revised  GEO - real_gdp_growth_pct 2024-01–2024-12: 9.7 (published ?) → 9.9 (published 2026-03-01)"));
    let macro_csv = fs::read_to_string(dir.path().join("macro.csv")).unwrap();
    assert!(
        macro_csv.contains(",9.7,") && macro_csv.contains(",9.9,"),
        "history, not overwrite"
    );
    // The new vintage is judged by default; --as-of before it sees the old one.
    let art = write(
        inc.path(),
        "a.txt",
        "Georgia's economy grew by 9.9% in 2024.\n",
    );
    let json = |extra: &[&str]| -> serde_json::Value {
        let out = cc()
            .args(["check", "--format", "json", "--data"])
            .arg(dir.path())
            .args(extra)
            .arg(&art)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(
        json(&[])["articles"][0]["claims"][0]["reference"]["value"],
        9.9
    );
    assert_eq!(
        json(&["--as-of", "2026-01-01"])["articles"][0]["claims"][0]["reference"]["value"],
        9.7
    );
}

#[test]
fn wide_table_import() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "wide.csv",
        "Country,2026-01..2026-03,Q2 2026\nRussia,180.5,190.25\nArmenia,\"1,020.0\",\nWorld,2500,2600\n",
    );
    cc().args(["data", "import", "--data"])
        .arg(dir.path())
        .arg(&f)
        .args([
            "--dataset",
            "trade",
            "--wide",
            "--measure",
            "export",
            "--scale",
            "1000000",
            "--published",
            "2026-07-20",
            "--source-url",
            "https://example.org/geostat",
            "--yes",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("5 new, 0 revised, 0 unchanged"));
    cc().args([
        "data",
        "show",
        "trade",
        "--counterpart",
        "ARM",
        "--period",
        "2026",
        "--format",
        "csv",
        "--data",
    ])
    .arg(dir.path())
    .assert()
    .stdout(predicate::str::contains(
        "GEO,ARM,export,2026-01,2026-03,1020000000,USD,exact,preliminary,2026-07-20",
    ));
}

#[test]
fn bad_import_changes_nothing_and_says_why() {
    let dir = data_copy();
    let before = fs::read(dir.path().join("macro.csv")).unwrap();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "bad.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2025-01,2025-12,7.2,percent,exact,preliminary,2026-01-30,https://x.org,\nGEO,nominal_gdp_usd,2025-01,2025-12,-1,USD,exact,final,2026-01-30,https://x.org,\n"
        ),
    );
    import(dir.path(), &f, &["--yes"])
        .code(2)
        .stderr(predicate::str::contains(
            "bad.csv:3: column 'value': negative value -1",
        ));
    assert_eq!(fs::read(dir.path().join("macro.csv")).unwrap(), before);
}

#[test]
fn dry_run_leaves_files_byte_identical() {
    let dir = data_copy();
    let before: Vec<Vec<u8>> = ["macro.csv", "manifest.toml"]
        .iter()
        .map(|f| fs::read(dir.path().join(f)).unwrap())
        .collect();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "new.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2025-01,2025-12,7.2,percent,exact,preliminary,2026-01-30,https://x.org,\n"
        ),
    );
    import(dir.path(), &f, &["--dry-run"])
        .success()
        .stdout(predicate::str::contains("Dry run: nothing written"));
    let after: Vec<Vec<u8>> = ["macro.csv", "manifest.toml"]
        .iter()
        .map(|f| fs::read(dir.path().join(f)).unwrap())
        .collect();
    assert_eq!(before, after);
    assert!(!dir.path().join("macro.csv.bak").exists());
}

#[test]
fn import_without_yes_off_a_terminal_refuses() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let f = write(
        inc.path(),
        "new.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2025-01,2025-12,7.2,percent,exact,preliminary,2026-01-30,https://x.org,\n"
        ),
    );
    import(dir.path(), &f, &[])
        .code(2)
        .stderr(predicate::str::contains("pass --yes"));
}

fn partner_codes() -> Vec<String> {
    let text = fs::read_to_string("data/trade.csv").unwrap();
    let mut codes: Vec<String> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_string))
        .filter(|c| c.len() == 3 && c != "WLD" && c != "CIS")
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn killed_import_leaves_the_old_or_the_new_dataset() {
    // Many months × partners so the write takes a moment; kill at several points.
    let inc = tempfile::tempdir().unwrap();
    let mut s = String::from("partner");
    for y in 2031..2031 + 60 {
        for m in 1..=12 {
            s.push_str(&format!(",{y}-{m:02}"));
        }
    }
    s.push('\n');
    for code in partner_codes() {
        s.push_str(&code);
        for k in 0..720 {
            s.push_str(&format!(",{}", 1000 + k));
        }
        s.push('\n');
    }
    let f = inc.path().join("big.csv");
    fs::write(&f, s).unwrap();
    for delay_ms in [5u64, 40, 120, 400] {
        let dir = data_copy();
        let before = fs::read(dir.path().join("trade.csv")).unwrap();
        let bin = assert_cmd::cargo::cargo_bin("claimcheck");
        let mut child = std::process::Command::new(bin)
            .args(["data", "import", "--data"])
            .arg(dir.path())
            .arg(&f)
            .args([
                "--dataset",
                "trade",
                "--wide",
                "--measure",
                "export",
                "--published",
                "2031-12-31",
                "--yes",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let after = fs::read(dir.path().join("trade.csv")).unwrap();
        assert!(
            after == before || after.starts_with(&before) && after.len() > before.len() + 1000,
            "a mix of old and new after {delay_ms} ms"
        );
        validate(dir.path()).success();
    }
}

#[test]
fn two_imports_at_once_both_land() {
    let dir = data_copy();
    let inc = tempfile::tempdir().unwrap();
    let a = write(
        inc.path(),
        "a.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2026-01,2026-12,5.1,percent,exact,preliminary,2027-01-30,https://x.org/a,\n"
        ),
    );
    let b = write(
        inc.path(),
        "b.csv",
        &format!(
            "{MACRO_HEADER}GEO,real_gdp_growth_pct,2027-01,2027-12,4.2,percent,exact,preliminary,2028-01-30,https://x.org/b,\n"
        ),
    );
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let spawn = |f: &Path| {
        std::process::Command::new(&bin)
            .args(["data", "import", "--data"])
            .arg(dir.path())
            .arg(f)
            .args(["--dataset", "macro", "--yes"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let (mut x, mut y) = (spawn(&a), spawn(&b));
    assert!(x.wait().unwrap().success() && y.wait().unwrap().success());
    let text = fs::read_to_string(dir.path().join("macro.csv")).unwrap();
    assert!(
        text.contains(",5.1,") && text.contains(",4.2,"),
        "both imports landed"
    );
    validate(dir.path()).success();
}

#[test]
fn a_new_dataset_needs_only_a_csv_and_a_manifest_entry() {
    let dir = data_copy();
    fs::copy(
        "examples/remittances/remittances.csv",
        dir.path().join("remittances.csv"),
    )
    .unwrap();
    let mut manifest = fs::read_to_string(dir.path().join("manifest.toml")).unwrap();
    manifest.push_str(&fs::read_to_string("examples/remittances/manifest-entry.toml").unwrap());
    fs::write(dir.path().join("manifest.toml"), manifest).unwrap();
    validate(dir.path())
        .success()
        .stdout(predicate::str::contains("4 datasets"));
    let out = cc()
        .args(["check", "--format", "json", "--data"])
        .arg(dir.path())
        .arg("-")
        .write_stdin("Remittances from Russia to Georgia reached $1.2 billion in 2024.")
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &doc["articles"][0]["claims"][0];
    assert_eq!(c["measure"], "remittances");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["verdict"], "consistent");
}

#[test]
fn check_warns_once_per_kind_when_its_data_breaks_a_rule() {
    let dir = data_copy();
    let trade = fs::read_to_string(dir.path().join("trade.csv")).unwrap();
    let last = trade.lines().last().unwrap().to_string();
    // The same figure twice: a duplicate key, which loads but breaks a rule.
    append(dir.path(), "trade.csv", &format!("{last}\n"));
    cc().args(["check", "--data"])
        .arg(dir.path())
        .arg("-")
        .write_stdin("Georgia's exports rose 15% in 2024.")
        .assert()
        .stderr(predicate::str::contains(
            "warning: the data breaks a validation rule 1 time (first:",
        ))
        .stderr(predicate::str::contains("duplicate of line"));
}

#[test]
fn extract_reads_only_the_manifest_so_a_broken_dataset_does_not_stop_it() {
    let dir = data_copy();
    fs::write(dir.path().join("trade.csv"), "not,a\n\"broken").unwrap();
    cc().args(["extract", "--format", "json", "--data"])
        .arg(dir.path())
        .arg("-")
        .write_stdin("Georgia's exports rose 15% in 2024.")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"15%\""));
    // Judging needs the rows: `check` names the broken file.
    cc().args(["check", "--data"])
        .arg(dir.path())
        .arg("-")
        .write_stdin("Georgia's exports rose 15% in 2024.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("trade.csv"));
}
