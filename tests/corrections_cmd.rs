//! `claimcheck data import --corrections`: a reviewer's REPLACE / ADD / RELABEL / DROP
//! list applied checked, atomically, with the reason kept in each row's note.

mod common;

use common::{cc, data_copy, validate};
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const HEADER: &str = "dataset,subject,counterpart,measure,period_start,period_end,value,unit,qualifier,status,published,source_url,note,reason\n";

/// The 1-based line of the first row of `file` in `dir` that starts with `prefix`.
fn line_of(dir: &Path, file: &str, prefix: &str) -> usize {
    let text = fs::read_to_string(dir.join(file)).unwrap();
    1 + text
        .lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no row {prefix} in {file}"))
}

fn corrections(dir: &Path, body: &str) -> PathBuf {
    let p = dir.join("corrections.csv");
    fs::write(&p, format!("{HEADER}{body}")).unwrap();
    p
}

fn run(data: &Path, file: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    cc().args(["data", "import", "--corrections", "--data"])
        .arg(data)
        .arg(file)
        .args(extra)
        .assert()
}

/// A correction file touching macro.csv four ways.
fn four_ways(data: &Path, work: &Path) -> PathBuf {
    let replace = line_of(
        data,
        "macro.csv",
        "GEO,real_gdp_growth_pct,2015-01,2015-12,",
    );
    let relabel = line_of(
        data,
        "macro.csv",
        "GEO,real_gdp_growth_pct,2014-01,2014-12,4.6,",
    );
    let drop = line_of(
        data,
        "macro.csv",
        "GEO,real_gdp_growth_pct,2017-01,2017-12,5,",
    );
    corrections(
        work,
        &format!(
            "macro,GEO,,real_gdp_growth_pct,2015-01,2015-12,3.0,percent,exact,final,,https://x.org,,\"REPLACE macro.csv:{replace} (2.9 is a typo). Error.\"\n\
             macro,GEO,,nominal_gdp_gel,2014-01,2014-12,4.6,GEL,exact,final,,https://x.org,,RELABEL macro.csv:{relabel} real_gdp_growth_pct -> nominal_gdp_gel\n\
             macro,GEO,,real_gdp_growth_pct,2017-01,2017-12,5,percent,exact,preliminary,,,,DROP macro.csv:{drop}: matches no release\n\
             macro,GEO,,real_gdp_growth_pct,2031-01,2031-12,4.1,percent,exact,final,2032-01-31,https://x.org,,ADD: a year the data lacks\n"
        ),
    )
}

#[test]
fn dry_run_names_each_step_and_leaves_files_byte_identical() {
    let data = data_copy();
    let work = tempfile::tempdir().unwrap();
    let f = four_ways(data.path(), work.path());
    let before = fs::read(data.path().join("macro.csv")).unwrap();
    run(data.path(), &f, &["--dry-run"])
        .success()
        .stdout(predicate::str::contains("REPLACE macro.csv:"))
        .stdout(predicate::str::contains("RELABEL"))
        .stdout(predicate::str::contains("DROP"))
        .stdout(predicate::str::contains("ADD"))
        .stdout(predicate::str::contains("Dry run: nothing written"));
    assert_eq!(fs::read(data.path().join("macro.csv")).unwrap(), before);
    assert!(!data.path().join("macro.csv.bak").exists());
}

#[test]
fn apply_replaces_relabels_drops_and_adds_keeping_the_reason() {
    let data = data_copy();
    let work = tempfile::tempdir().unwrap();
    let f = four_ways(data.path(), work.path());
    let before = fs::read_to_string(data.path().join("macro.csv")).unwrap();
    run(data.path(), &f, &["--yes"]).success();
    let after = fs::read_to_string(data.path().join("macro.csv")).unwrap();
    let row = |prefix: &str| {
        after
            .lines()
            .find(|l| l.starts_with(prefix))
            .map(str::to_string)
    };
    let replaced = row("GEO,real_gdp_growth_pct,2015-01,2015-12,").unwrap();
    assert!(
        replaced.contains(",3.0,") && replaced.contains("correction: REPLACE"),
        "{replaced}"
    );
    assert!(row("GEO,nominal_gdp_gel,2014-01,2014-12,4.6,").is_some());
    assert!(row("GEO,real_gdp_growth_pct,2014-01,2014-12,4.6,").is_none());
    assert!(row("GEO,real_gdp_growth_pct,2017-01,2017-12,5,").is_none());
    assert!(row("GEO,real_gdp_growth_pct,2031-01,2031-12,4.1,").is_some());
    // Untouched rows keep their bytes, in order.
    let untouched = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.contains("nominal_gdp_usd"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(untouched(&before), untouched(&after));
    assert_eq!(
        fs::read_to_string(data.path().join("macro.csv.bak")).unwrap(),
        before
    );
    validate(data.path()).success();
}

#[test]
fn a_revision_keeps_the_revised_row_as_an_earlier_vintage() {
    let data = data_copy();
    let work = tempfile::tempdir().unwrap();
    let line = line_of(
        data.path(),
        "macro.csv",
        "GEO,real_gdp_growth_pct,2015-01,2015-12,",
    );
    let f = corrections(
        work.path(),
        &format!(
            "macro,GEO,,real_gdp_growth_pct,2015-01,2015-12,3.1,percent,exact,final,2016-09-30,https://x.org,,\"REPLACE macro.csv:{line} (later release). Revision.\"\n"
        ),
    );
    run(data.path(), &f, &["--yes"]).success();
    let after = fs::read_to_string(data.path().join("macro.csv")).unwrap();
    let rows: Vec<&str> = after
        .lines()
        .filter(|l| l.starts_with("GEO,real_gdp_growth_pct,2015-01,2015-12,"))
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows.iter()
            .any(|r| r.contains(",2.9,") && r.contains("preliminary") && r.contains("superseded"))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains(",3.1,") && r.contains(",final,"))
    );
}

#[test]
fn a_target_that_is_not_the_row_named_is_refused_and_nothing_changes() {
    let data = data_copy();
    let work = tempfile::tempdir().unwrap();
    let line = line_of(
        data.path(),
        "macro.csv",
        "GEO,real_gdp_growth_pct,2015-01,2015-12,",
    );
    // The key says 2016, the line holds 2015: a shifted file must not get the wrong row changed.
    let f = corrections(
        work.path(),
        &format!(
            "macro,GEO,,real_gdp_growth_pct,2016-01,2016-12,3.0,percent,exact,final,,,,DROP macro.csv:{line}\n\
             macro,GEO,,real_gdp_growth_pct,2031-01,2031-12,4.1,percent,exact,final,,,,ADD: fine on its own\n"
        ),
    );
    let before = fs::read(data.path().join("macro.csv")).unwrap();
    run(data.path(), &f, &["--yes"])
        .code(2)
        .stderr(predicate::str::contains("corrections.csv:2"))
        .stderr(predicate::str::contains(
            "is not the row this correction concerns",
        ));
    assert_eq!(fs::read(data.path().join("macro.csv")).unwrap(), before);
}

#[test]
fn a_reason_without_an_action_names_its_line() {
    let data = data_copy();
    let work = tempfile::tempdir().unwrap();
    let f = corrections(
        work.path(),
        "macro,GEO,,real_gdp_growth_pct,2031-01,2031-12,4.1,percent,exact,final,,,,FIX this\n",
    );
    run(data.path(), &f, &["--yes"])
        .code(2)
        .stderr(predicate::str::contains(
            "corrections.csv:2: column 'reason'",
        ));
}

#[test]
fn killed_corrections_leave_each_file_old_or_new() {
    // A large trade file so the write takes a moment; kill at several points.
    let work = tempfile::tempdir().unwrap();
    for delay_ms in [2u64, 20, 80, 300] {
        let data = data_copy();
        let mut trade = fs::read_to_string(data.path().join("trade.csv")).unwrap();
        for y in 2040..2100 {
            for m in 1..=12 {
                trade.push_str(&format!(
                    "GEO,ARM,export,{y}-{m:02},{y}-{m:02},1000,USD,exact,final,,https://x.org,\n"
                ));
            }
        }
        fs::write(data.path().join("trade.csv"), &trade).unwrap();
        let line = line_of(
            data.path(),
            "macro.csv",
            "GEO,real_gdp_growth_pct,2015-01,2015-12,",
        );
        let f = corrections(
            work.path(),
            &format!(
                "macro,GEO,,real_gdp_growth_pct,2015-01,2015-12,3.0,percent,exact,final,,,,\"REPLACE macro.csv:{line}. Error.\"\n\
                 trade,GEO,ARM,export,2101-01,2101-01,5,USD,exact,final,,,,ADD: a row\n"
            ),
        );
        let old_macro = fs::read(data.path().join("macro.csv")).unwrap();
        let old_trade = trade.into_bytes();
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimcheck"))
            .args(["data", "import", "--corrections", "--yes", "--data"])
            .arg(data.path())
            .arg(&f)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let new_macro = fs::read(data.path().join("macro.csv")).unwrap();
        let new_trade = fs::read(data.path().join("trade.csv")).unwrap();
        assert!(
            new_macro == old_macro
                || String::from_utf8_lossy(&new_macro).contains("correction: REPLACE"),
            "macro.csv is a mix after {delay_ms} ms"
        );
        assert!(
            new_trade == old_trade
                || new_trade.starts_with(&old_trade) && new_trade.ends_with(b"ADD: a row\n"),
            "trade.csv is a mix after {delay_ms} ms"
        );
        validate(data.path()).success();
    }
}

/// Every row of the shared review (shared/reference-data/corrections.csv) is in the bundled
/// data: added, replaced and relabelled rows present with their values, dropped ones gone.
#[test]
fn the_shared_corrections_are_applied_to_the_bundled_data() {
    let shared =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference-data/corrections.csv");
    if !shared.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "shared corrections missing under CI"
        );
        return;
    }
    let mut r = csv::Reader::from_path(&shared).unwrap();
    let mut checked = 0;
    for rec in r.records() {
        let rec = rec.unwrap();
        let (dataset, subject, cp, measure) = (&rec[0], &rec[1], &rec[2], &rec[3]);
        let (start, end, value, reason) = (&rec[4], &rec[5], &rec[6], &rec[13]);
        let file = format!("data/{dataset}.csv");
        let text = fs::read_to_string(&file).unwrap();
        let key = if cp.is_empty() {
            format!("{subject},{measure},{start},{end},")
        } else {
            format!("{subject},{cp},{measure},{start},{end},")
        };
        let holds = text.lines().any(|l| {
            l.starts_with(&key)
                && l[key.len()..]
                    .split(',')
                    .next()
                    .and_then(|v| v.parse::<f64>().ok())
                    == value.parse::<f64>().ok()
        });
        if reason.starts_with("DROP") {
            assert!(!holds, "{file}: dropped row still there: {key}{value}");
        } else {
            assert!(holds, "{file}: corrected row missing: {key}{value}");
        }
        checked += 1;
    }
    assert_eq!(checked, 58);
}
