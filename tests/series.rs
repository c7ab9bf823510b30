//! Series breaks and aliases declared in the manifest.

mod common;

use common::{append, cc, data_copy, validate};
use predicates::prelude::*;
use serde_json::Value;

fn check_json(text: &str, data: Option<&std::path::Path>) -> Value {
    let mut cmd = cc();
    cmd.args(["check", "--format", "json", "--date", "2026-06-01"]);
    if let Some(d) = data {
        cmd.arg("--data").arg(d);
    }
    let out = cmd.arg("-").write_stdin(text.to_string()).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_change_across_a_series_break_is_not_judged() {
    let doc = check_json(
        "Georgia received 1.4 million international travelers from Russia in 2018, 0.9% more than in 2017.",
        None,
    );
    let c = &doc["articles"][0]["claims"][1];
    assert_eq!(c["kind"], "change");
    assert_eq!(c["verdict"], "unverifiable");
    let reason = c["reason"].as_str().unwrap();
    assert!(
        reason.contains("break") && reason.contains("2018"),
        "{reason}"
    );
}

#[test]
fn a_change_within_one_basis_is_judged() {
    // 2024 against 2023: both on GNTA's present basis.
    let doc = check_json(
        "Georgia's exports to Russia grew by 3.7% in 2024 compared to 2023.",
        None,
    );
    let c = &doc["articles"][0]["claims"][0];
    assert_ne!(c["verdict"], "unverifiable", "{c:#}");
}

#[test]
fn rows_under_a_source_name_are_the_measure_they_alias() {
    let dir = data_copy();
    append(
        dir.path(),
        "tourism.csv",
        "GEO,MNG,nonresident_visits,2025-01,2025-12,123400,visits,exact,final,2026-02-01,https://x.org,Geostat name\n",
    );
    validate(dir.path()).success();
    let doc = check_json(
        "In 2025, Georgia received 123,400 international visitor trips from Mongolia.",
        Some(dir.path()),
    );
    let c = &doc["articles"][0]["claims"][0];
    assert_eq!(c["measure"], "international_visitor_trips");
    assert_eq!(c["verdict"], "consistent", "{c:#}");
}

#[test]
fn one_figure_under_two_names_is_reported() {
    let dir = data_copy();
    append(
        dir.path(),
        "tourism.csv",
        concat!(
            "GEO,POL,international_visitor_trips,2031-01,2031-12,123400,trips,exact,final,2032-02-01,https://a.org,\n",
            "GEO,POL,nonresident_visits,2031-01,2031-12,123400,visits,exact,final,2032-02-01,https://b.org,\n",
        ),
    );
    validate(dir.path())
        .code(2)
        .stderr(predicate::str::contains(
            "'nonresident_visits' is another name of 'international_visitor_trips'",
        ));
}

#[test]
fn a_group_added_to_the_manifest_is_read_in_articles_with_no_recompiling() {
    let dir = data_copy();
    let m = std::fs::read_to_string(dir.path().join("manifest.toml")).unwrap();
    let m = m.replacen(
        "[defaults]",
        "[[groups]]\ncode = \"EAEU\"\nnames = [\"Eurasian Economic Union\", \"EAEU\"]\nmembers = [\"RUS\", \"ARM\", \"BLR\", \"KAZ\", \"KGZ\"]\n\n[defaults]",
        1,
    );
    std::fs::write(dir.path().join("manifest.toml"), m).unwrap();
    append(
        dir.path(),
        "trade.csv",
        "GEO,EAEU,turnover,2025-01,2025-12,3400000000,USD,exact,final,2026-02-01,https://x.org,\n",
    );
    validate(dir.path()).success();
    let doc = check_json(
        "In 2025 Georgia's trade turnover with the Eurasian Economic Union reached $3.4 billion.",
        Some(dir.path()),
    );
    let c = &doc["articles"][0]["claims"][0];
    assert_eq!(c["counterpart"], "EAEU");
    assert_eq!(c["verdict"], "consistent", "{c:#}");
}
