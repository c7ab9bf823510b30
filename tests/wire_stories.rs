//! Wire stories we wrote with the bundled data's own figures, in the forms agencies use
//! (datelines, "up from … a year earlier", "compared with … in 2023", bracketed shares,
//! lists joined by "and", a headline's present tense). Every figure is right, so any
//! `diverges` is a misreading: the tool's worst output. One story carries one wrong figure,
//! which must still be caught.

mod common;

use serde_json::Value;

/// The claims `check` reads in `text`, given as an article on standard input.
fn claims(text: &str) -> Vec<Value> {
    common::claims_checked(text, &[])
}

/// The claims judged `diverges`, as "text: reason".
fn diverging(text: &str) -> Vec<String> {
    claims(text)
        .iter()
        .filter(|c| c["verdict"] == "diverges")
        .map(|c| format!("{}: {}", c["text"], c["reason"]))
        .collect()
}

fn verdict_of(claims: &[Value], text: &str) -> String {
    let c = claims
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| panic!("no claim {text}: {claims:#?}"));
    c["verdict"].as_str().unwrap().to_string()
}

const EXPORTS_CLIMB: &str = "Georgia's exports climb 7.7% in 2024

TBILISI, Jan 20, 2025 (Reuters) - Georgia's exports rose 7.7 percent to $6.56 billion in 2024, up from $6.09 billion a year earlier, the national statistics office Geostat said on Monday.

Imports grew to $16.87 billion from $15.44 billion, widening the trade deficit.

Imports from Russia reached $1.84 billion, compared with $1.74 billion in 2023, while imports from Turkey stood at $2.77 billion.

China supplied goods worth $1.61 billion, about 9.5% of all imports.

Exports rose from $6.09 billion to $6.56 billion over the year.
";

const RECORD_VISITORS: &str = "Georgia welcomes record 7.4 million visitors

TBILISI, Jan. 16, 2025 /Trend/ — Georgia recorded 7.37 million international traveler trips last year, the National Statistics Office said, a record for the country.

Russia remained the top source market with 1.42 million trips, or 19.2 percent of the total, followed by Turkey with 1.34 million (18.1 percent) and Armenia with 948,300 (12.8 percent).

Visitors from Azerbaijan made 219,400 trips.

Overnight tourist trips reached 5.09 million, the office said.

The economy expanded 9.4 percent in 2024, and growth reached 8.3 percent in the first half of 2025.
";

const NINE_MONTHS: &str = "Georgia's foreign trade up 4% in nine months

Georgia's external merchandise trade turnover amounted to $16.78 billion in January-September 2024, a 4.0 percent increase year-on-year, according to preliminary data from Geostat.

Exports totalled $4.79 billion in the nine months, while imports stood at $11.99 billion. The trade deficit was $7.2 billion.

Turkey was Georgia's largest trading partner with turnover of $2.33 billion. Exports to Turkey amounted to $347 million and imports from Turkey to $1.99 billion.

Trade with China exceeded $1.4 billion, and trade with Russia topped $1.8 billion.

In September alone, exports reached $614 million.
";

const SHARES_AND_ONE_WRONG_FIGURE: &str = "Russia's share of Georgian imports shrinks

Georgia imported goods worth $16.87 billion in 2024. Russia's share in Georgia's imports fell to 10.9 percent, while Turkey accounted for 16.4 percent of the total.

China's share was 9.5%. Imports from the United States reached $2.47 billion, or about 15 percent of the total.

Exports to the EU amounted to $0.8 billion, down 6.1% compared to the previous year.
";

const THIRD_QUARTER: &str = "Georgia's tourism grows in third quarter

Georgia received 2.96 million international traveler trips in the third quarter of 2025, up from 2.81 million in the first half, the statistics office reported on Tuesday.

In the first nine months of the year, the number of trips reached 6.11 million.

For the full year 2025, trips totalled 7.8 million, compared with 7.37 million in 2024, an increase of 5.9 percent.
";

const ECONOMY_UNDATED: &str = "Georgian economy grew 9.4% in January-November

TBILISI, Dec 30 (Reuters) - Georgia's economy grew an estimated 9.4% year-on-year in the first eleven months of 2024, the statistics office said on Monday. In the third quarter growth was 11 percent, after 9.6 percent in the second.

Nominal GDP reached $33.8 billion last year, the World Bank said, compared with $29.7 billion in 2023.

The economy expanded by 7.8% in 2023, and growth in the first quarter of 2024 reached 8.4%.
";

const EU_SHARE: &str = "Georgia's trade with the EU in 2024

Georgia's trade turnover with the European Union reached $4.94 billion in 2024. The EU accounted for 20.7% of Georgia's total trade, down from 21.6% a year earlier.
";

const COMPARED_THEN_ANOTHER: &str = "Georgia exports to Russia

Georgia's exports to Russia amounted to $543.1 million in January-September 2025, 
according to Geostat. Over the same period of 2024, exports to Russia exceeded $522 million.

Imports from Turkey totalled $2.02 billion in the nine months of 2025, compared to $1.99 billion a year earlier, while imports from China reached $1.4 billion.
";

#[test]
fn stories_with_the_datas_own_figures_give_no_divergence() {
    for story in [
        EXPORTS_CLIMB,
        RECORD_VISITORS,
        NINE_MONTHS,
        THIRD_QUARTER,
        ECONOMY_UNDATED,
        EU_SHARE,
        COMPARED_THEN_ANOTHER,
    ] {
        let wrong = diverging(story);
        assert!(
            wrong.is_empty(),
            "{}: {wrong:#?}",
            story.lines().next().unwrap()
        );
    }
}

#[test]
fn a_wrong_figure_among_right_ones_still_diverges() {
    let wrong = diverging(SHARES_AND_ONE_WRONG_FIGURE);
    assert_eq!(wrong.len(), 1, "{wrong:#?}");
    assert!(wrong[0].starts_with("\"$0.8 billion\""), "{wrong:#?}");
}

#[test]
fn levels_compared_with_and_carried_periods_check_as_the_story_tells_them() {
    let cs = claims(EXPORTS_CLIMB);
    for figure in [
        "$16.87 billion",
        "$15.44 billion",
        "$1.74 billion",
        "$2.77 billion",
        "$1.61 billion",
    ] {
        assert_eq!(verdict_of(&cs, figure), "consistent", "{figure}");
    }
    let cs = claims(NINE_MONTHS);
    assert_eq!(verdict_of(&cs, "$347 million"), "consistent");
    let cs = claims(RECORD_VISITORS);
    assert_eq!(verdict_of(&cs, "18.1 percent"), "consistent");
    let cs = claims(COMPARED_THEN_ANOTHER);
    assert_eq!(verdict_of(&cs, "$1.4 billion"), "consistent");
}
