//! Changes, multiples, ranks, trends and vintages, judged on sentences in the style of
//! Geostat and GNTA releases against the bundled data.

mod common;
use common::cc;
use serde_json::Value;

fn check(text: &str, extra: &[&str]) -> Value {
    let out = cc()
        .args(["check", "--format", "json"])
        .args(extra)
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap() < 2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn only_claim(text: &str, extra: &[&str]) -> Value {
    let doc = check(text, extra);
    let claims = doc["articles"][0]["claims"].as_array().unwrap().clone();
    assert_eq!(claims.len(), 1, "{claims:#?}");
    claims[0].clone()
}

/// The claim's reason says `needle`.
fn assert_reason(c: &Value, needle: &str) {
    let reason = c["reason"].as_str().unwrap_or_default();
    assert!(
        reason.contains(needle),
        "{needle:?} not in {reason:?}\n{c:#}"
    );
}

#[test]
fn growth_from_rounded_levels_is_a_range() {
    // 2021: USD 1.6 billion (rounded), 2022: USD 2.487 billion: growth 50.7%–60.5%.
    let c = only_claim(
        "Trade turnover between Georgia and Russia grew by 52% in 2022.",
        &[],
    );
    assert_eq!(c["kind"], "change");
    // The data's range (50.7%–60.5%) is wider than the claim and its own figure (55.4%)
    // lies outside it: the data cannot tell (SPEC, verdict semantics 3).
    assert_eq!(c["verdict"], "unverifiable");
    assert_reason(&c, "only says");
    assert!(
        c["reference"]["computation"]
            .as_str()
            .unwrap()
            .contains("÷")
    );
    assert!(
        c["reference"]["low"].as_f64().unwrap() < 52.0
            && c["reference"]["high"].as_f64().unwrap() > 52.0
    );
}

#[test]
fn growth_far_off_diverges() {
    let c = only_claim(
        "Trade turnover between Georgia and Russia grew by 90% in 2022.",
        &[],
    );
    assert_eq!(c["verdict"], "diverges");
    assert_eq!(c["deviation_unit"], "pp");
}

#[test]
fn fell_by_a_quarter_when_it_rose() {
    let c = only_claim(
        "Georgia's exports to Russia fell by a quarter in 2024.",
        &[],
    );
    assert_eq!(c["kind"], "change");
    assert_eq!(c["claimed"]["value"], -25.0);
    assert_eq!(c["verdict"], "diverges");
}

#[test]
fn year_on_year_change_holds() {
    // 681.5 mn in 2024 against 657 mn in 2023: +3.7%.
    let c = only_claim(
        "Exports to Russia increased by 3.7% year-on-year in 2024.",
        &[],
    );
    assert_eq!(c["verdict"], "consistent");
}

#[test]
fn doubled_is_a_multiple() {
    let c = only_claim(
        "Trade turnover between Georgia and Russia doubled in 2022.",
        &[],
    );
    assert_eq!(c["claimed"]["unit"], "multiplier");
    assert_eq!(c["verdict"], "diverges");
}

#[test]
fn rank_proven_when_the_unlisted_remainder_is_smaller() {
    // 2024 border entries: RUS 1,882,981; partners not in the data 1,630,915 together.
    let c = only_claim(
        "Russia was the largest source of border crossings into Georgia in 2024.",
        &[],
    );
    assert_eq!(c["kind"], "rank");
    assert_eq!(c["counterpart"], "RUS");
    assert_eq!(c["verdict"], "consistent");
    assert_eq!(c["reference"]["value"], 1.0);
}

#[test]
fn rank_claim_beaten_by_a_listed_partner_diverges() {
    let c = only_claim(
        "Turkey was the largest source of border crossings into Georgia in 2024.",
        &[],
    );
    assert_eq!(c["verdict"], "diverges");
}

#[test]
fn rank_without_the_partners_data_is_unverifiable() {
    let c = only_claim(
        "Russia leads in the number of tourist trips to Georgia in 2024.",
        &[],
    );
    assert_eq!(c["kind"], "rank");
    // Overnight trips by origin: only Russia is in the data for 2024.
    let first = &c["readings"][0];
    assert_eq!(first["measure"], "tourist_trips");
    assert_eq!(first["verdict"], "unverifiable");
    assert!(
        first["missing"]
            .as_str()
            .unwrap()
            .contains("could include one above RUS")
    );
}

#[test]
fn trend_rising_holds_and_falling_fails() {
    let up = only_claim(
        "Trade turnover between Georgia and Russia continues to grow.",
        &["--date", "2025-06-01"],
    );
    assert_eq!(up["kind"], "trend");
    assert_eq!(up["verdict"], "consistent");
    let down = only_claim(
        "Trade turnover between Georgia and Russia is falling.",
        &["--date", "2025-06-01"],
    );
    assert_eq!(down["verdict"], "diverges");
}

#[test]
fn a_later_revision_that_changes_the_verdict_is_named() {
    // Before 16 January 2026 the full-year 2025 share of tourist trips was not out.
    let c = only_claim(
        "In 2025, Russians accounted for 22.5% of tourist trips to Georgia.",
        &["--date", "2025-12-15", "--as-of", "2025-12-15"],
    );
    let reason = c["reason"].as_str().unwrap();
    assert!(reason.contains("published later"), "{reason}");
}

#[test]
fn another_countrys_trade_is_not_checked_against_georgias() {
    let c = only_claim(
        "Armenia's exports to Russia reached $2.4 billion in 2024.",
        &[],
    );
    assert_eq!(c["subject"], "ARM");
    assert_eq!(c["verdict"], "unverifiable");
    assert_reason(&c, "about ARM");
}

fn claims(text: &str) -> Vec<Value> {
    check(text, &[])["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn two_figures_in_a_sentence_imply_a_change_that_holds() {
    // Exports to Armenia: 2019 USD 412.2 million, 2022 USD 584.6 million (×1.418).
    let c = claims(
        "Georgia's exports to Armenia grew from $412 million in 2019 to $585 million in 2022.",
    );
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c[0].get("implied_change").is_none());
    let change = &c[1]["implied_change"];
    assert_eq!(change["from"], c[0]["id"]);
    assert_eq!(change["verdict"], "consistent", "{change:#?}");
    let data = change["reference"]["value"].as_f64().unwrap();
    assert!((data - 584.6 / 412.2).abs() < 1e-3, "{data}");
    assert!(
        c[1]["reason"]
            .as_str()
            .unwrap()
            .contains("implies a change")
    );
}

#[test]
fn two_figures_in_a_sentence_imply_a_change_that_fails() {
    // 300 → 585 claims ×1.95; the data give ×1.418.
    let c = claims(
        "Georgia's exports to Armenia grew from $300 million in 2019 to $585 million in 2022.",
    );
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[1]["implied_change"]["verdict"], "diverges");
    assert_eq!(c[0]["verdict"], "diverges");
}

#[test]
fn implied_change_across_two_measures_is_unverifiable_and_says_why() {
    // The example's "200,000 in 2021 … exceeded 1.4 million by 2024": visitor trips end in
    // 2021 and traveler trips start later, so no one measure spans both years.
    let c = claims(
        "Russia leads in the number of tourists visiting Georgia. If this figure was 200,000 in 2021, by 2024, it had already exceeded 1.4 million.",
    );
    let later = c
        .iter()
        .find(|c| c["text"] == "exceeded 1.4 million")
        .unwrap();
    let change = &later["implied_change"];
    assert_eq!(change["verdict"], "unverifiable");
    let why = change["missing"].as_str().unwrap();
    assert!(why.contains("in both 2021 and 2024"), "{why}");
    // The figure itself keeps its own verdict.
    assert_eq!(later["verdict"], "consistent");
}

#[test]
fn figures_of_different_partners_imply_no_change() {
    let c = claims(
        "Exports to Armenia were $412 million in 2019 and exports to Turkey $585 million in 2022.",
    );
    assert!(
        c.iter().all(|c| c.get("implied_change").is_none()),
        "{c:#?}"
    );
}

#[test]
fn an_amount_in_a_currency_the_data_lacks_is_unverifiable_and_says_why() {
    for (text, code) in [
        (
            "Georgia's exports to Turkey reached 900 million lira in 2024.",
            "TRY",
        ),
        ("Georgia's exports reached EUR 500 million in 2024.", "EUR"),
        // A sign several currencies share: money all the same, never a guessed currency.
        (
            "Georgia's exports to Sweden reached 500 million kr in 2023.",
            "one of DKK, ISK, NOK or SEK (the text does not say which)",
        ),
        // Letters glued to a dollar sign that name no currency: a dollar, never the US one.
        (
            "Georgia's exports to Jamaica reached J$500 million in 2023.",
            "currencies (ARS, AUD,",
        ),
    ] {
        let c = only_claim(text, &[]);
        assert_eq!(c["verdict"], "unverifiable", "{text}");
        let reason = c["reason"].as_str().unwrap_or_default();
        assert!(
            reason.contains(code) && reason.contains("does not convert"),
            "{text}: {reason}"
        );
    }
}

#[test]
fn one_in_five_is_a_share_claim() {
    let c = only_claim(
        "One in five international travelers who visited Georgia in 2024 came from Russia.",
        &[],
    );
    assert_eq!(c["kind"], "share");
    assert_eq!(c["counterpart"], "RUS");
    // 20% ± 0.5 pp against 19.2% in the data: close, not consistent.
    assert_eq!(c["verdict"], "close");
}

#[test]
fn a_change_against_a_stated_year_is_measured_from_that_year() {
    // 2023: 657 mn USD, 2019: 497.1 mn → +32.2%; against 2022 (652 mn) it would be +0.8%.
    let c = only_claim(
        "Georgia's exports to Russia grew by 32% in 2023 compared to 2019.",
        &[],
    );
    assert_eq!(c["kind"], "change");
    assert_eq!(c["verdict"], "consistent", "{c:#}");
    let c = only_claim(
        "Georgia's exports to Russia amounted to 2.5 times more in 2023 than in 2019.",
        &[],
    );
    assert_eq!(c["verdict"], "diverges", "{c:#}");
}

#[test]
fn a_change_between_two_lower_bounds_is_unverifiable_not_consistent() {
    // Two "at least" figures: their ratio can be anything, so no change can be judged.
    let dir = common::data_copy();
    common::append(
        dir.path(),
        "tourism.csv",
        "GEO,ARM,international_traveler_trips,2021-01,2021-12,500000,trips,lower_bound,final,,https://example.org/a,\n\
         GEO,ARM,international_traveler_trips,2022-01,2022-12,800000,trips,lower_bound,final,,https://example.org/b,\n",
    );
    let data = dir.path().to_str().unwrap().to_string();
    let c = only_claim(
        "International traveler trips from Armenia to Georgia grew by 60% in 2022.",
        &["--data", &data],
    );
    assert_eq!(c["verdict"], "unverifiable", "{c:#}");
    assert_reason(&c, "lower bounds");
}

#[test]
fn a_change_of_amounts_in_another_currency_is_unverifiable() {
    let doc = check(
        "In 2023 Georgia's exports amounted to 14 billion GEL, which is 12% more than in 2022.",
        &[],
    );
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    let change = claims.iter().find(|c| c["kind"] == "change").unwrap();
    assert_eq!(change["verdict"], "unverifiable", "{change:#}");
    assert_reason(change, "stated in GEL");
}

#[test]
fn up_from_a_year_measures_the_change_from_that_year() {
    // Dated 2025: the figure is for 2024, the base 2022 (652 mn → 2024's exports).
    let c = only_claim(
        "Georgia's exports to Russia were up 7% from 2022.",
        &["--date", "2025-02-20"],
    );
    let computation = c["reference"]["computation"].as_str().unwrap_or_default();
    assert!(computation.contains("2022"), "{c:#}");
    assert!(!computation.contains("2023 "), "{c:#}");
}

#[test]
fn a_year_earlier_is_the_year_before_the_sentences_own() {
    let doc = check(
        "Georgia's GDP grew by 9.4% in 2024, after 7.8% a year earlier.",
        &["--date", "2025-02-20"],
    );
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[1]["period"]["start"], "2023-01", "{:#}", claims[1]);
    assert_eq!(claims[1]["period"]["end"], "2023-12");
}

#[test]
fn a_count_in_the_measures_own_unit_is_a_claim() {
    let doc = check(
        "Visitors from Russia made up 1.4 million trips in 2024, or about 19% of the total.",
        &[],
    );
    let claims = doc["articles"][0]["claims"].as_array().unwrap();
    let level = claims
        .iter()
        .find(|c| c["text"] == "1.4 million")
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(level["counterpart"], "RUS");
    assert_eq!(level["kind"], "level");
}

/// A long list of candidate currencies is cut to its ends in the table; JSON keeps every code.
#[test]
fn a_dollar_of_unnamed_letters_shows_briefly_in_the_table() {
    let out = cc()
        .args(["check", "-"])
        .write_stdin("Georgia's exports to Jamaica reached J$500 million in 2023.\n")
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("ARS…XCD ("), "{table}");
    assert!(!table.contains("ARS/AUD"), "{table}");
    let c = only_claim(
        "Georgia's exports to Jamaica reached J$500 million in 2023.",
        &[],
    );
    assert!(
        c["claimed"]["unit"]
            .as_str()
            .is_some_and(|u| u.starts_with("ARS/AUD/") && u.contains("/JMD/")),
        "{c:#?}"
    );
}
