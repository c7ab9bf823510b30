//! The acceptance case of SPEC.md: the Kalugin interview checked against the bundled data.

use assert_cmd::Command;
use serde_json::Value;

const ARTICLE: &str = "tests/fixtures/kalugin-interview.txt";

fn check_json(extra: &[&str]) -> (Value, i32) {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.env_remove("CLAIMCHECK_DATA")
        .args(["check", "--format", "json"])
        .args(extra)
        .arg(ARTICLE);
    let out = cmd.output().unwrap();
    let code = out.status.code().unwrap();
    assert!(
        code == 0 || code == 1,
        "exit {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        serde_json::from_slice(&out.stdout).expect("stdout is one JSON document"),
        code,
    )
}

fn claims(doc: &Value) -> &Vec<Value> {
    doc["articles"][0]["claims"].as_array().unwrap()
}

fn find<'a>(doc: &'a Value, text: &str) -> &'a Value {
    claims(doc)
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| {
            let texts: Vec<&Value> = claims(doc).iter().map(|c| &c["text"]).collect();
            panic!("no claim {text:?}; found {texts:?}")
        })
}

fn year(c: &Value, y: &str) {
    assert_eq!(c["period"]["start"], format!("{y}-01"), "{c:#}");
    assert_eq!(c["period"]["end"], format!("{y}-12"), "{c:#}");
}

fn assert_example(doc: &Value) {
    let texts: Vec<&str> = claims(doc)
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "$2.4 billion",
            "continues to grow",
            "leads",
            "200,000",
            "exceeded 1.4 million",
            "nearly a quarter",
            "40%",
            "33%",
            "only 22%",
            "70%",
            "only 9%"
        ],
        "exactly SPEC's claims with its optional trend and rank, nothing from the trending list, ordinals or bare years"
    );

    let c = find(doc, "continues to grow");
    assert_eq!(c["kind"], "trend");
    assert_eq!(c["measure"], "turnover");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["verdict"], "consistent");

    let c = find(doc, "leads");
    assert_eq!(c["kind"], "rank");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["claimed"]["value"], 1.0);
    // Traveler trips by origin cover too little of the total to prove it; the reason says so.
    assert_eq!(c["readings"][0]["measure"], "international_traveler_trips");
    assert_eq!(c["readings"][0]["verdict"], "unverifiable");

    let c = find(doc, "$2.4 billion");
    assert_eq!(c["measure"], "turnover");
    assert_eq!(c["kind"], "level");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["subject"], "GEO");
    year(c, "2024");
    assert_eq!(c["claimed"]["value"], 2.4e9);
    assert_eq!(c["claimed"]["unit"], "USD");
    assert_eq!(c["reference"]["value"], 2.53e9);
    assert_eq!(c["verdict"], "close");
    assert_eq!(c["deviation_unit"], "percent");
    // The distance between [2.35, 2.45] bn and [2.525, 2.535] bn (SPEC, verdict semantics 4).
    assert!(
        (c["deviation"].as_f64().unwrap() + 3.0).abs() < 0.1,
        "{c:#}"
    );

    let c = find(doc, "200,000");
    assert_eq!(c["counterpart"], "RUS");
    year(c, "2021");
    assert_eq!(c["measure"], "international_visitor_trips");
    assert_eq!(c["reference"]["value"], 212_979.0);
    assert_eq!(c["verdict"], "consistent");
    assert_eq!(c["claimed"]["low"], 150_000.0);
    assert_eq!(c["claimed"]["high"], 250_000.0);

    let c = find(doc, "exceeded 1.4 million");
    assert_eq!(c["claimed"]["hedge"], "more_than");
    assert_eq!(c["counterpart"], "RUS");
    year(c, "2024");
    assert_eq!(c["measure"], "international_traveler_trips");
    assert_eq!(c["reference"]["value"], 1_421_900.0);
    assert_eq!(c["verdict"], "consistent");
    let readings = c["readings"].as_array().unwrap();
    assert!(
        readings
            .iter()
            .any(|r| r["measure"] == "tourist_trips" && r["verdict"] == "diverges"),
        "{readings:#?}"
    );

    let c = find(doc, "nearly a quarter");
    assert_eq!(c["kind"], "share");
    assert_eq!(c["claimed"]["value"], 25.0);
    assert_eq!(c["claimed"]["unit"], "percent");
    assert_eq!(c["claimed"]["hedge"], "nearly");
    assert_eq!(c["counterpart"], "RUS");
    year(c, "2025");
    assert_eq!(c["measure"], "tourist_trips_share");
    assert_eq!(c["reference"]["value"], 22.5);
    assert_eq!(c["verdict"], "consistent");
    assert!(
        c["readings"].as_array().unwrap().len() > 1,
        "other readings listed"
    );

    let c = find(doc, "40%");
    assert_eq!(c["kind"], "change");
    assert_eq!(c["subject"], "GEO");
    assert_eq!(c["measure"], "real_gdp_growth_pct");
    assert!(c["reason"].as_str().unwrap().len() > 20);
    assert!(
        c["reference"]["computation"]
            .as_str()
            .unwrap()
            .contains("×"),
        "{c:#}"
    );

    let c = find(doc, "33%");
    assert_eq!(c["counterpart"], "CIS");
    assert_eq!(c["measure"], "turnover_share");
    assert_eq!(c["verdict"], "unverifiable");
    assert!(
        c["reason"].as_str().unwrap().contains("CIS"),
        "{}",
        c["reason"]
    );

    let c = find(doc, "only 22%");
    assert_eq!(c["counterpart"], "EU");
    assert_eq!(c["measure"], "turnover_share");
    year(c, "2024");
    assert_eq!(c["reference"]["value"], 22.0);
    assert_eq!(c["verdict"], "consistent");

    let c = find(doc, "70%");
    assert_eq!(c["counterpart"], "CIS");
    assert_eq!(c["measure"], "export_share");
    year(c, "2024");
    assert_eq!(c["verdict"], "unverifiable");

    let c = find(doc, "only 9%");
    assert_eq!(c["counterpart"], "EU");
    assert_eq!(c["measure"], "export_share");
    year(c, "2024");
    assert_eq!(c["reference"]["value"], 8.7);
    assert_eq!(c["verdict"], "consistent");
    // 8.7% lies within [8.5, 9.5]: no distance between them (SPEC, verdict semantics 4).
    assert_eq!(c["deviation"].as_f64().unwrap(), 0.0);
    assert_eq!(c["deviation_unit"], "pp");
}

#[test]
fn example_article_with_its_publication_date() {
    let (doc, _) = check_json(&["--date", "2025-12-15"]);
    assert_eq!(doc["articles"][0]["date"], "2025-12-15");
    assert_example(&doc);
}

#[test]
fn example_article_without_a_date_estimates_the_year_from_its_claims() {
    let (doc, _) = check_json(&[]);
    assert!(doc["articles"][0]["date"].is_null());
    assert_example(&doc);
}

#[test]
fn spans_are_exact_substrings_of_the_article() {
    let text = std::fs::read_to_string(ARTICLE).unwrap();
    let (doc, _) = check_json(&[]);
    for c in claims(&doc) {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], c["text"].as_str().unwrap());
        assert!(
            c["sentence"]
                .as_str()
                .unwrap()
                .contains(c["text"].as_str().unwrap())
        );
    }
}

#[test]
fn summary_counts_the_verdicts() {
    let (doc, code) = check_json(&[]);
    let s = &doc["summary"];
    assert_eq!(s["claims"], 11);
    let total: u64 = ["consistent", "close", "diverges", "unverifiable"]
        .iter()
        .map(|k| s[k].as_u64().unwrap())
        .sum();
    assert_eq!(total, 11);
    assert_eq!(
        code,
        if s["diverges"].as_u64().unwrap() > 0 {
            1
        } else {
            0
        }
    );
}

#[test]
fn as_of_the_article_date_the_full_year_2025_share_was_not_yet_published() {
    let (doc, _) = check_json(&["--date", "2025-12-15", "--as-of", "2025-12-15"]);
    let c = find(&doc, "nearly a quarter");
    // The 22.5% full-year figure came out in January 2026; before that only year-to-date
    // figures could judge the claim.
    assert_ne!(c["reference"]["value"], 22.5);
}

/// Every field of SPEC's JSON contract, with its type, on every claim.
#[test]
fn json_matches_the_contract() {
    let (doc, _) = check_json(&["--date", "2025-12-15"]);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&doc), ["articles", "summary"]);
    assert_eq!(
        keys(&doc["summary"]),
        ["claims", "close", "consistent", "diverges", "unverifiable"]
    );
    let a = &doc["articles"][0];
    for k in ["source", "title", "date", "claims"] {
        assert!(a.get(k).is_some(), "article.{k}");
    }
    assert!(a["source"].is_string() && (a["title"].is_null() || a["title"].is_string()));
    for c in claims(&doc) {
        for k in [
            "id",
            "text",
            "start",
            "end",
            "sentence",
            "kind",
            "measure",
            "subject",
            "counterpart",
            "period",
            "claimed",
            "reference",
            "deviation",
            "deviation_unit",
            "verdict",
            "reason",
            "readings",
        ] {
            assert!(c.get(k).is_some(), "claim.{k} missing in {c:#}");
        }
        assert!(
            c["id"].is_string()
                && c["text"].is_string()
                && c["sentence"].is_string()
                && c["reason"].is_string()
        );
        assert!(c["start"].is_u64() && c["end"].is_u64());
        assert!(
            ["level", "share", "change", "rank", "trend"].contains(&c["kind"].as_str().unwrap())
        );
        assert!(
            ["consistent", "close", "diverges", "unverifiable"]
                .contains(&c["verdict"].as_str().unwrap())
        );
        if !c["period"].is_null() {
            for k in ["start", "end"] {
                let s = c["period"][k].as_str().unwrap();
                assert!(s.len() == 7 && s.as_bytes()[4] == b'-', "YYYY-MM: {s}");
            }
        }
        let cl = &c["claimed"];
        assert!(cl["value"].is_number() && cl["unit"].is_string());
        assert!(
            [
                "none",
                "approx",
                "nearly",
                "more_than",
                "at_least",
                "less_than",
                "at_most"
            ]
            .contains(&cl["hedge"].as_str().unwrap())
        );
        assert!(cl["low"].is_null() || cl["low"].is_number());
        assert!(cl["high"].is_null() || cl["high"].is_number());
        if c["reference"].is_null() {
            assert!(c["deviation"].is_null() && c["deviation_unit"].is_null());
        } else {
            let r = &c["reference"];
            assert!(r["value"].is_number() && r["unit"].is_string() && r["dataset"].is_string());
            assert!(r["rows"].as_array().is_some_and(|x| !x.is_empty()));
            assert!(
                r["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(Value::is_string)
            );
            // Ranks and trends have a reference but no numeric deviation.
            if c["deviation"].is_null() {
                assert!(c["deviation_unit"].is_null());
            } else {
                assert!(["percent", "pp"].contains(&c["deviation_unit"].as_str().unwrap()));
            }
        }
        for r in c["readings"].as_array().unwrap() {
            assert!(
                r["measure"].is_string() && r["period"].is_object() && r["verdict"].is_string()
            );
            assert!(r["reference"].is_null() || r["reference"].is_number());
        }
    }
}
