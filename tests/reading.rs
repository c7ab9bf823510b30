//! Multi-paragraph articles we write, read as a careful reader does: a release whose
//! reporting period carries, a partner list, a foreign story, a wine story.

mod common;

use serde_json::Value;

fn check(text: &str, date: &str) -> Vec<Value> {
    common::claims_checked(text, &["--date", date])
}

fn claim<'a>(claims: &'a [Value], text: &str) -> &'a Value {
    claims
        .iter()
        .find(|c| c["text"].as_str().unwrap_or("").contains(text))
        .unwrap_or_else(|| panic!("no claim {text}: {claims:#?}"))
}

fn period(c: &Value) -> (String, String) {
    (
        c["period"]["start"].as_str().unwrap_or("").to_string(),
        c["period"]["end"].as_str().unwrap_or("").to_string(),
    )
}

const RELEASE: &str = "Georgia's foreign trade in January-June 2024

TBILISI, July 15. Georgia's external merchandise trade amounted to USD 10,320.1 million in January-June 2024, the National Statistics Office reported on Monday.

Exports totaled USD 2,848.0 million in the reporting period, while imports amounted to USD 7,472.1 million.

The negative trade balance stood at USD 4,624.1 million.

In the same period, Russia's share in Georgia's exports was 11.8 percent.
";

#[test]
fn a_release_names_its_reporting_period_once_and_later_paragraphs_inherit_it() {
    let cs = check(RELEASE, "2024-07-15");
    let h1 = ("2024-01".to_string(), "2024-06".to_string());
    let exports = claim(&cs, "2,848.0");
    assert_eq!(exports["measure"], "export");
    assert_eq!(exports["counterpart"], "WLD");
    assert_eq!(period(exports), h1);
    assert_eq!(exports["provenance"]["period"], "carried");
    assert!(
        exports["reason"]
            .as_str()
            .unwrap()
            .contains("Period from the"),
        "{exports:#}"
    );
    assert_eq!(period(claim(&cs, "7,472.1")), h1);
    // A paragraph later, still the reporting period.
    let share = claim(&cs, "11.8 percent");
    assert_eq!(share["counterpart"], "RUS");
    assert_eq!(period(share), h1);
    // The deficit is a quantity the data does not hold: not judged against turnover.
    let deficit = claim(&cs, "4,624.1");
    assert_eq!(deficit["verdict"], "unverifiable");
    assert!(
        deficit["out_of_scope"]
            .as_str()
            .unwrap()
            .contains("balance")
    );
}

#[test]
fn each_figure_of_a_partner_list_belongs_to_its_partner() {
    let text = "Georgia's exports in 2024

In 2024, Georgia's largest export partners were Kyrgyzstan ($1.2 billion), Kazakhstan ($740 million) and Russia ($681.5 million).

Meanwhile, Armenia ($617.5 million) and Azerbaijan ($720 million) followed.
";
    let cs = check(text, "2025-03-01");
    for (fig, cp) in [
        ("$1.2 billion", "KGZ"),
        ("$740 million", "KAZ"),
        ("$681.5 million", "RUS"),
        ("$617.5 million", "ARM"),
        ("$720 million", "AZE"),
    ] {
        let c = claim(&cs, fig);
        assert_eq!(c["counterpart"], cp, "{fig}: {c:#}");
        assert_eq!(c["measure"], "export", "{fig}");
        assert_eq!(period(c), ("2024-01".into(), "2024-12".into()), "{fig}");
    }
    // The list goes on in its next sentence with the same measure, carried.
    assert_eq!(
        claim(&cs, "$617.5 million")["provenance"]["measure"],
        "carried"
    );
    assert_eq!(claim(&cs, "$681.5 million")["verdict"], "consistent");
}

#[test]
fn another_countrys_figures_are_not_judged_against_georgias_data() {
    let text = "BAKU, Azerbaijan, March 3 — Azerbaijan's exports to Turkey reached $2.1 billion in 2024, the State Customs Committee said.

Armenia's trade turnover with Russia amounted to $2.3 billion in 2024.
";
    let cs = check(text, "2025-03-03");
    for fig in ["$2.1 billion", "$2.3 billion"] {
        let c = claim(&cs, fig);
        assert_ne!(c["subject"], "GEO", "{fig}: {c:#}");
        assert_eq!(c["verdict"], "unverifiable", "{fig}: {c:#}");
        assert!(
            c["reason"].as_str().unwrap().contains("describes GEO"),
            "{fig}: {}",
            c["reason"]
        );
    }
}

#[test]
fn a_wine_story_is_about_wine_not_total_exports() {
    let text = "Georgian wine exports grow

Georgia's wine exports reached $240 million in 2024, 8% more than a year earlier.

Exports of wine to Russia amounted to $150 million, the National Wine Agency said.

Meanwhile, Georgia's total exports to Russia amounted to $681.5 million in 2024.
";
    let cs = check(text, "2025-02-01");
    for fig in ["$240 million", "$150 million"] {
        let c = claim(&cs, fig);
        assert_eq!(c["verdict"], "unverifiable", "{fig}: {c:#}");
        assert!(
            c["out_of_scope"].as_str().unwrap().contains("wine"),
            "{fig}: {c:#}"
        );
    }
    // The total in the same story is judged.
    let total = claim(&cs, "$681.5 million");
    assert_eq!(total["out_of_scope"], Value::Null);
    assert_eq!(total["verdict"], "consistent");
}

#[test]
fn a_figure_with_no_period_never_accuses() {
    // 2024 is assumed; far off against it, the claim is unverifiable, saying so.
    let cs = check(
        "Georgia's exports to Russia amounted to $900 million.",
        "2025-06-01",
    );
    let c = claim(&cs, "$900 million");
    assert_eq!(c["provenance"]["period"], "assumed");
    assert_eq!(c["verdict"], "unverifiable");
    assert!(
        c["reason"].as_str().unwrap().contains("no period"),
        "{}",
        c["reason"]
    );
}

#[test]
fn a_carried_partner_does_not_accuse_a_figure_the_totals_fit() {
    // The partner of the sentence before is a guess for "exports grew": the figure is
    // Georgia's total (+8.75% in the data), not Armenia's (+34.6%).
    let claims = check(
        "Armenia is one of Georgia's key markets.\n\nIn 2023 exports grew by 8.8 percent.",
        "2024-03-01",
    );
    let c = claim(&claims, "8.8 percent");
    assert_eq!(c["counterpart"], "ARM");
    assert_eq!(c["provenance"]["counterpart"], "carried");
    assert_eq!(c["verdict"], "unverifiable", "{c:#}");
    let reason = c["reason"].as_str().unwrap();
    assert!(reason.contains("all partners"), "{reason}");
}

#[test]
fn a_stated_partner_still_accuses() {
    let claims = check(
        "In 2023 Georgia's exports to Armenia grew by 8.8 percent.",
        "2024-03-01",
    );
    assert_eq!(claim(&claims, "8.8 percent")["verdict"], "diverges");
}

#[test]
fn a_carried_partner_still_accuses_when_the_totals_do_not_fit_either() {
    // Armenia's exports grew 34.6% in 2023, all exports about 9%: 60% fits neither.
    let claims = check(
        "Armenia is one of Georgia's key markets.\n\nIn 2023 exports grew by 60 percent.",
        "2024-03-01",
    );
    assert_eq!(claim(&claims, "60 percent")["verdict"], "diverges");
}

const RECOVERY: &str = "Tourism in Georgia in 2023

TBILISI, March 15. Georgia received 4.67 million international tourists in 2023, a 92% recovery compared to 2019.

By another count, tourist trips in 2023 reached 80% of the 2019 level.

Tourist trips also recovered by 92% compared to the pre-pandemic period.
";

#[test]
fn a_recovery_is_checked_as_the_level_against_its_base() {
    let cs = check(RECOVERY, "2024-03-15");
    let recovery = claim(&cs, "92%");
    assert_eq!(recovery["kind"], "change");
    assert_eq!(recovery["measure"], "tourist_trips");
    assert_eq!(recovery["base"]["start"], "2019-01");
    assert_eq!(recovery["verdict"], "consistent", "{recovery:#}");
    // 4,669,467 / 5,080,478 = 91.9%: "80% of the 2019 level" is not what the data says.
    let level = claim(&cs, "80%");
    assert_eq!(level["verdict"], "diverges", "{level:#}");
    // "Recovered by" is written for growth too: not read either way.
    let by = cs.iter().rfind(|c| c["text"] == "92%").unwrap();
    assert_eq!(by["verdict"], "unverifiable");
    assert!(by["reason"].as_str().unwrap().contains("recover"), "{by:#}");
}

#[test]
fn a_broad_travel_word_is_read_by_the_narrow_one_beside_it() {
    let measure = |text: &str, figure: &str| {
        check(text, "2024-03-01")
            .iter()
            .find(|c| c["text"] == figure)
            .map(|c| {
                c["readings"][0]["measure"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_else(|| panic!("no {figure} in {text}"))
    };
    // What the words mean comes first among the readings, whatever the data holds.
    // "Tourists" set against visitors are overnight tourists; the visitors stay all trips.
    let s = "In June 2023, Georgia received 1,204,000 international visitors and 640,000 tourists.";
    assert_eq!(measure(s, "640,000"), "tourist_trips");
    assert_eq!(measure(s, "1,204,000"), "international_traveler_trips");
    // "Visits" after "visits of international tourists" are those visits again.
    let s = "In 2022 there were 52 thousand visits of international tourists from Armenia to Georgia, and in 2023 there were 61 thousand visits.";
    assert_eq!(measure(s, "61 thousand"), "tourist_trips");
    // The same word twice is no contrast.
    let s = "Georgia saw record tourist arrivals in 2023, including 1.5 million Russian tourists.";
    assert_eq!(measure(s, "1.5 million"), "international_traveler_trips");
    // Alone, the broad word keeps the manifest's order.
    assert_eq!(
        measure(
            "In 2023, 7.1 million tourists came to Georgia.",
            "7.1 million"
        ),
        "international_traveler_trips"
    );
}

#[test]
fn an_economic_decline_is_growth_of_the_economy() {
    let cs = check(
        "After a 6.8-percent economic decline in 2020, Georgia recovered quickly.",
        "2021-06-01",
    );
    let decline = claim(&cs, "6.8-percent");
    assert_eq!(decline["measure"], "real_gdp_growth_pct");
    // A decline is a negative growth rate: the data's -6.8% agrees.
    assert_eq!(decline["claimed"]["value"], -6.8);
    assert_eq!(decline["verdict"], "consistent", "{decline:#}");
}

#[test]
fn a_broad_word_right_after_a_narrow_one_repeats_it() {
    let first = |cs: &[Value], figure: &str| {
        claim(cs, figure)["readings"][0]["measure"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let cs = check(
        "In January-March 2024, Russian citizens made 281,500 entries into Georgia. The number of visitors is 5.6% lower than a year earlier.",
        "2024-04-20",
    );
    assert_eq!(first(&cs, "5.6%"), "border_entries");
    // Only the next sentence, and not a word that means something of its own when set
    // against others.
    let cs = check(
        "In January-March 2024, Russian citizens made 281,500 entries into Georgia. In 2023, 7.1 million tourists came to Georgia.",
        "2024-04-20",
    );
    assert_eq!(first(&cs, "7.1 million"), "international_traveler_trips");
    let cs = check(
        "In January-March 2024, Russian citizens made 281,500 entries into Georgia. Hotels were full. The number of visitors is 5.6% lower than a year earlier.",
        "2024-04-20",
    );
    assert_eq!(first(&cs, "5.6%"), "international_traveler_trips");
}

#[test]
fn a_figure_referring_back_keeps_the_measure_the_earlier_one_was_read_as() {
    let cs = check(
        "In January-November 2023, Azerbaijan exported goods worth $583.61 million to Georgia. This is $12.60 million or 2.2 percent more than in the same period of 2022.",
        "2023-12-22",
    );
    let first = |figure: &str| {
        claim(&cs, figure)["readings"][0]["measure"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    // A partner's exports to Georgia are Georgia's imports, and "this" is that figure.
    assert_eq!(first("$583.61 million"), "import");
    assert_eq!(first("2.2 percent"), "import");
    assert_eq!(claim(&cs, "2.2 percent")["counterpart"], "AZE");
}

#[test]
fn people_who_visited_the_home_country_are_its_visitors() {
    let cs = check(
        "In August 2023, 61,181 people from Azerbaijan visited Georgia (7,424 people more than in August 2022).",
        "2023-09-10",
    );
    let level = claim(&cs, "61,181");
    assert_eq!(
        level["readings"][0]["measure"],
        "international_traveler_trips"
    );
    assert_eq!(level["counterpart"], "AZE");
    assert_eq!(claim(&cs, "7,424")["kind"], "change");
    // People visiting another country are not the home country's visitors.
    let cs = check(
        "In August 2023, 61,181 people from Georgia visited Turkey.",
        "2023-09-10",
    );
    assert!(cs.iter().all(|c| c["text"] != "61,181"), "{cs:#?}");
}

#[test]
fn a_change_against_a_base_the_tool_cannot_read_never_accuses() {
    // 2024's exports grew 7.7% on 2023; "five years ago" is not read as a period, so the
    // figure against the year before is no verdict.
    let claims = check(
        "Georgia's exports in 2024 were 33 percent higher than five years ago.",
        "2025-03-01",
    );
    let c = claim(&claims, "33 percent");
    assert_eq!(c["verdict"], "unverifiable", "{c:#}");
    let reason = c["reason"].as_str().unwrap();
    assert!(reason.contains("\"five years ago\""), "{reason}");
    // The same figure against a base it names is judged.
    let claims = check(
        "Georgia's exports in 2024 were 33 percent higher than in 2023.",
        "2025-03-01",
    );
    assert_eq!(claim(&claims, "33 percent")["verdict"], "diverges");
    // "three years earlier" is read: 2021.
    let claims = check(
        "Georgia's trade turnover in 2024 was 33 percent higher than three years earlier.",
        "2025-03-01",
    );
    let c = claim(&claims, "33 percent");
    assert_eq!(c["base"]["start"], "2021-01", "{c:#}");
}
