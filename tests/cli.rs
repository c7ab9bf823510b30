//! The command line as a user meets it: formats, files, errors and exit codes.

mod common;
use common::*;

use predicates::prelude::*;
use std::fs;

const ARTICLE: &str = "tests/fixtures/kalugin-interview.txt";

#[test]
fn default_table_shows_claims_verdicts_and_sources() {
    cc().args(["check", ARTICLE])
        .assert()
        .stdout(predicate::str::contains("$2.4 billion"))
        .stdout(predicate::str::contains("close"))
        .stdout(predicate::str::contains("evidence: trade:"))
        .stdout(predicate::str::contains("source: https://"))
        .stdout(predicate::str::contains("11 claims:"));
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let out = cc()
        .args(["check", "--format", "csv", ARTICLE])
        .output()
        .unwrap();
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let header = r.headers().unwrap().clone();
    for col in [
        "article",
        "article_id",
        "id",
        "text",
        "verdict",
        "reason",
        "sources",
    ] {
        assert!(header.iter().any(|h| h == col), "{col} in {header:?}");
    }
    assert_eq!(r.records().count(), 11);
}

#[test]
fn markdown_is_a_pipe_table() {
    cc().args(["check", "--format", "markdown", ARTICLE])
        .assert()
        .stdout(predicate::str::contains("| # | As written |"))
        .stdout(predicate::str::contains("| c1 | $2.4 billion |"));
}

#[test]
fn extract_lists_claims_without_verdicts() {
    let out = cc()
        .args(["extract", "--format", "json", ARTICLE])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    assert!(
        claims.iter().all(|c| c["verdict"].is_null()
            && c["reference"].is_null()
            && c["deviation"].is_null())
    );
    assert_eq!(
        claims.iter().filter(|c| !c["measure"].is_null()).count(),
        11
    );
}

#[test]
fn stdin_is_an_article() {
    let out = cc()
        .args(["check", "--format", "json", "--date", "2025-06-01", "-"])
        .write_stdin("Georgia's exports to Russia reached $681.5 million in 2024.")
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &doc["articles"][0]["claims"][0];
    assert_eq!(doc["articles"][0]["source"], "-");
    assert_eq!(c["measure"], "export");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["verdict"], "consistent");
}

#[test]
fn a_diverging_claim_exits_1() {
    cc().args(["check", "-"])
        .write_stdin("Trade turnover between Georgia and Russia reached $4 billion in 2024.")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("diverges"));
}

#[test]
fn missing_file_is_an_error_naming_it() {
    cc().args(["check", "no/such/article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/article.txt"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("report.json");
    cc().args(["check", "--format", "json", "-o"])
        .arg(&p)
        .arg(ARTICLE)
        .assert()
        .stdout("");
    let doc: serde_json::Value = serde_json::from_slice(&fs::read(&p).unwrap()).unwrap();
    assert_eq!(doc["summary"]["claims"], 11);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn failed_run_leaves_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("report.json");
    cc().args(["check", "-o"])
        .arg(&p)
        .arg("missing.txt")
        .assert()
        .code(2);
    assert!(!p.exists());
}

#[test]
fn bad_dataset_is_an_error_with_file_line_and_column() {
    let dir = data_copy();
    let mut macro_csv = fs::read_to_string(dir.path().join("macro.csv")).unwrap();
    macro_csv.push_str(
        "GEO,real_gdp_growth_pct,2026-01,2026-12,n/a,percent,exact,final,,https://example.org,\n",
    );
    fs::write(dir.path().join("macro.csv"), macro_csv).unwrap();
    cc().args(["check", "--data"])
        .arg(dir.path())
        .arg(ARTICLE)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "macro.csv:84: column 'value': 'n/a' is not a number",
        ));
}

#[test]
fn claimcheck_data_env_points_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    cc().env("CLAIMCHECK_DATA", dir.path())
        .args(["check", ARTICLE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("manifest.toml"));
}

#[test]
fn works_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    // Resolved at run time: the test binary may have been built in another checkout.
    let article = std::env::current_dir().unwrap().join(ARTICLE);
    cc().current_dir(dir.path())
        .arg("check")
        .arg(article)
        .assert()
        .stdout(predicate::str::contains("11 claims"));
}

#[test]
fn bad_date_is_a_usage_error() {
    cc().args(["check", "--date", "15/12/2025", ARTICLE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

#[test]
fn help_teaches_the_verdicts() {
    cc().arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("unverifiable"));
}

#[test]
fn data_list_and_validate() {
    cc().args(["data", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("trade.csv"));
    cc().args(["data", "validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no problems"));
}

#[test]
fn html_articles_are_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.html");
    fs::write(&p, "<html><head><title>Trade news</title><meta property=\"article:published_time\" content=\"2025-03-01\"></head><body><nav>Menu 1 2 3</nav><p>Georgia's exports to Russia reached $681.5 million in 2024.</p><script>var x = 5000000;</script></body></html>").unwrap();
    let out = cc()
        .args(["check", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["articles"][0]["title"], "Trade news");
    assert_eq!(doc["articles"][0]["date"], "2025-03-01");
    assert_eq!(doc["summary"]["claims"], 1);
}

#[test]
fn one_claim_is_counted_in_the_singular() {
    let out = cc()
        .args(["check", "-"])
        .write_stdin("Georgia's exports to Turkey reached $2.1 billion in 2024.\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\n1 claim: "), "{text}");
}

#[test]
fn a_written_range_is_claimed_as_its_two_ends() {
    cc().args(["check", "-"])
        .write_stdin("Georgia's trade with Russia became a billion-dollar business in 2024.\n")
        .assert()
        .stdout(predicate::str::contains("1 bn USD to 10 bn USD"));
}

#[test]
fn a_past_change_with_no_period_is_never_a_divergence() {
    // "decreased" states a past the article does not date: whatever the data says for the
    // year the tool assumes, the claim cannot be shown wrong by it.
    cc().args(["check", "--date", "2025-06-01", "-"])
        .write_stdin("Georgia's exports decreased.\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("states no period"));
}
