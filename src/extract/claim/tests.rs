//! Claims read from sentences and articles: one behaviour a test.

use super::*;

fn lexicon() -> Lexicon {
    let m = |name: &str, kind, unit: &str, share: Option<&str>, cp| MeasureInfo {
        name: name.into(),
        kind,
        unit: unit.into(),
        share: share.map(Into::into),
        has_counterpart: cp,
        dataset: "d".into(),
        inverse: None,
    };
    Lexicon::new(
        vec![
            m(
                "turnover",
                MeasureKind::Level,
                "USD",
                Some("turnover_share"),
                true,
            ),
            m("turnover_share", MeasureKind::Share, "percent", None, true),
            m(
                "export",
                MeasureKind::Level,
                "USD",
                Some("export_share"),
                true,
            ),
            m(
                "trips",
                MeasureKind::Level,
                "trips",
                Some("trips_share"),
                true,
            ),
            m("trips_share", MeasureKind::Share, "percent", None, true),
            m("gdp_growth", MeasureKind::Rate, "percent", None, false),
        ],
        vec![
            Term {
                phrase: "trade".into(),
                measures: vec!["turnover".into()],
                set_against: None,
            },
            Term {
                phrase: "trade turnover".into(),
                measures: vec!["turnover".into()],
                set_against: None,
            },
            Term {
                phrase: "exported".into(),
                measures: vec!["export".into()],
                set_against: None,
            },
            Term {
                phrase: "tourists".into(),
                measures: vec!["trips".into()],
                set_against: None,
            },
            Term {
                phrase: "economy".into(),
                measures: vec!["gdp_growth".into()],
                set_against: None,
            },
        ],
        "GEO".into(),
        "WLD".into(),
    )
    .with_groups(vec![
        ("EU".into(), "EU".into()),
        ("European Union".into(), "EU".into()),
        ("CIS".into(), "CIS".into()),
    ])
}

/// Options for an article dated `date`, keeping only claims or every quantity.
fn dated(date: &str, claims_only: bool) -> ExtractOptions {
    ExtractOptions {
        date: Date::parse(date),
        title: None,
        claims_only,
    }
}

fn claims(text: &str) -> Vec<Claim> {
    extract_claims(text, &lexicon(), &ExtractOptions::default())
        .items
        .into_iter()
        .filter(|c| c.is_claim())
        .collect()
}

/// The year each claim of `text` is read for, in order; `None` where its period is no whole
/// year.
fn figure_years(text: &str) -> Vec<Option<i32>> {
    claims(text)
        .iter()
        .map(|c| c.period.filter(Period::is_full_year).map(|p| p.start.year))
        .collect()
}

/// The partner the claim written `figure` in `text` is read with.
fn counterpart_of(text: &str, figure: &str) -> Option<String> {
    let cs = claims(text);
    let c = cs
        .iter()
        .find(|c| c.text == figure)
        .unwrap_or_else(|| panic!("{figure} in {text}"));
    c.counterpart.clone()
}

#[test]
fn level_with_counterpart_from_context() {
    let cs = claims("Russia and Georgia talk.\nTrade turnover in 2024 reached $2.4 billion.");
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].readings, ["turnover"]);
    assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
    assert_eq!(cs[0].period, Some(Period::year(2024)));
    assert_eq!(cs[0].kind, ClaimKind::Level);
}

#[test]
fn anaphora_carries_measure_and_partner() {
    let cs = claims(
        "Most tourists come from Russia. If this figure was 200,000 in 2021, by 2024, it had already exceeded 1.4 million.",
    );
    assert_eq!(cs.len(), 2);
    assert_eq!(cs[0].period, Some(Period::year(2021)));
    assert_eq!(cs[1].period, Some(Period::year(2024)));
    assert!(
        cs.iter()
            .all(|c| c.counterpart.as_deref() == Some("RUS") && c.readings == ["trips"])
    );
}

#[test]
fn shares_pick_the_partner_of_their_clause() {
    let cs =
        claims("The CIS accounts for 33% of Georgia’s trade, whereas the EU makes up only 22%.");
    assert_eq!(cs.len(), 2);
    assert_eq!(cs[0].counterpart.as_deref(), Some("CIS"));
    assert_eq!(cs[1].counterpart.as_deref(), Some("EU"));
    assert!(
        cs.iter()
            .all(|c| c.kind == ClaimKind::Share && c.readings == ["turnover_share"])
    );
    // No period stated and no article date: nothing to assume from.
    assert!(cs[0].period.is_none());
}

#[test]
fn assumed_period_is_the_year_before_the_article() {
    let opts = dated("2025-12-15", false);
    let cs: Vec<Claim> = extract_claims(
        "The CIS accounts for 33% of Georgia’s trade.",
        &lexicon(),
        &opts,
    )
    .items;
    assert_eq!(cs[0].period, Some(Period::year(2024)));
    assert_eq!(cs[0].period_source, Some(PeriodSource::Assumed));
}

#[test]
fn cumulative_growth_since_a_year() {
    let opts = dated("2025-12-15", false);
    let cs = extract_claims(
        "Had it chosen confrontation in 2022, Georgia's economy would not have grown by 40%.",
        &lexicon(),
        &opts,
    )
    .items;
    assert_eq!(cs.len(), 1);
    assert!(cs[0].cumulative);
    assert_eq!(cs[0].kind, ClaimKind::Change);
    assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
    assert_eq!(cs[0].counterpart, None);
    assert_eq!(cs[0].period.unwrap().label(), "2022–2025");
}

#[test]
fn another_countrys_figures_are_not_georgias() {
    let cs = claims("Armenia's trade turnover with Russia reached $2 billion in 2024.");
    assert_eq!(cs.len(), 1);
    assert_eq!(cs[0].subject.as_deref(), Some("ARM"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
    let cs = claims("Georgia's trade turnover with Russia reached $2.5 billion in 2024.");
    assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
}

#[test]
fn a_share_of_one_measure_in_another_is_out_of_scope() {
    let cs =
        claims("In 2024 what Georgia exported to the EU was only equal to 12% of trade turnover.");
    assert!(
        cs[0]
            .out_of_scope
            .as_deref()
            .is_some_and(|s| s.contains("ratio")),
        "{:?}",
        cs[0].out_of_scope
    );
    let cs = claims("In 2024 the EU accounted for 22% of Georgia's trade turnover.");
    assert_eq!(cs[0].out_of_scope, None);
}

#[test]
fn another_country_as_subject_without_a_possessive() {
    let cs = claims("In 2024, Turkey welcomed 1.2 million tourists from Georgia.");
    assert_eq!(cs[0].subject.as_deref(), Some("TUR"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("GEO"));
    let cs = claims("Armenia received nearly 1.85 million tourists in 2024.");
    assert_eq!(cs[0].subject.as_deref(), Some("ARM"));
    let cs = claims("Kazakhstan-China trade turnover reached $31.2 billion in 2023.");
    assert_eq!(cs[0].subject.as_deref(), Some("KAZ"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("CHN"));
    // Georgia receiving stays Georgia's figure.
    let cs = claims("In 2024 Georgia received 1.4 million tourists from Russia.");
    assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
}

#[test]
fn the_two_countries_are_the_pair_named_before() {
    let cs = claims(
        "Trade between Russia and Georgia fell. The statistics office of Georgia said trade turnover between the two countries amounted to $2.5 billion in 2024.",
    );
    assert_eq!(cs[0].counterpart.as_deref(), Some("RUS"));
}

#[test]
fn figures_listed_respectively_belong_to_the_countries_in_order() {
    let cs = claims(
        "In 2022, Turkey, Russia and China were the top trade partners, with $2 billion, $1.71 billion and $1.40 billion respectively.",
    );
    let cps: Vec<_> = cs
        .iter()
        .map(|c| c.counterpart.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(cps, ["TUR", "RUS", "CHN"]);
}

#[test]
fn a_measure_word_joined_to_the_figure_is_its_own() {
    let cs = claims("Turkey's share was 8 percent in trade and 24.8 percent in exported goods.");
    assert_eq!(cs[1].readings[0], "export_share", "{:?}", cs[1].readings);
}

#[test]
fn groups_come_from_the_lexicon() {
    let lex = lexicon().with_groups(vec![
        ("Eurasian Economic Union".into(), "EAEU".into()),
        ("EAEU".into(), "EAEU".into()),
    ]);
    let cs: Vec<Claim> = extract_claims(
        "In 2024 Georgia's trade turnover with the Eurasian Economic Union reached $3 billion.",
        &lex,
        &ExtractOptions::default(),
    )
    .items;
    assert_eq!(cs[0].counterpart.as_deref(), Some("EAEU"));
}

#[test]
fn a_partners_exports_to_the_home_country_are_its_imports() {
    let lex = Lexicon::new(
        vec![
            MeasureInfo {
                name: "export".into(),
                kind: MeasureKind::Level,
                unit: "USD".into(),
                share: None,
                has_counterpart: true,
                dataset: "d".into(),
                inverse: Some("import".into()),
            },
            MeasureInfo {
                name: "import".into(),
                kind: MeasureKind::Level,
                unit: "USD".into(),
                share: None,
                has_counterpart: true,
                dataset: "d".into(),
                inverse: Some("export".into()),
            },
        ],
        vec![Term {
            phrase: "exported".into(),
            measures: vec!["export".into()],
            set_against: None,
        }],
        "GEO".into(),
        "WLD".into(),
    );
    let read = |t: &str| {
        extract_claims(t, &lex, &ExtractOptions::default())
            .items
            .into_iter()
            .find(|c| c.is_claim())
            .unwrap()
    };
    for t in [
        "In 2018 Azerbaijan exported goods worth $586 million to Georgia.",
        "In 2023 products worth $583.61 mln were exported from Azerbaijan to Georgia.",
    ] {
        let c = read(t);
        assert_eq!(c.readings, ["import"], "{t}");
        assert_eq!(c.subject.as_deref(), Some("GEO"), "{t}");
        assert_eq!(c.counterpart.as_deref(), Some("AZE"), "{t}");
    }
    // Georgia's own exports stay exports, also beside the partner's in one sentence.
    let c = read("In 2018 Georgia exported goods worth $500 million to Azerbaijan.");
    assert_eq!(c.readings, ["export"]);
    assert_eq!(c.counterpart.as_deref(), Some("AZE"));
    let c = read(
        "In 2018 Georgian goods exported to Azerbaijan amounted to $502.7 million, while Azerbaijan exported goods worth $586 million to the country.",
    );
    assert_eq!(c.readings, ["export"]);
}

#[test]
fn hyphenated_words_are_not_measure_words() {
    let cs = claims("Georgia's trade (excluding re-exported cars) reached $18.5 billion in 2025.");
    assert_eq!(cs[0].readings, ["turnover"]);
}

#[test]
fn a_clause_about_the_home_country_is_about_all_partners() {
    let cs = claims(
        "In 2024 Georgia received 7.4 million tourists, of whom Russians made up about 19%.",
    );
    assert_eq!(cs[0].counterpart.as_deref(), Some("WLD"));
    assert_eq!(cs[1].counterpart.as_deref(), Some("RUS"));
}

#[test]
fn counts_of_other_things_are_not_claims() {
    assert!(claims("Tourists from Russia spent an average of 5 nights in Georgia.").is_empty());
    assert!(claims("Ministers discussed trade with Russia in 3 meetings.").is_empty());
    assert_eq!(claims("Russia sent 200,000 tourists in 2021.").len(), 1);
    assert_eq!(
        claims("From Russia came 1.4 million tourists in 2024.").len(),
        1
    );
}

#[test]
fn numbers_without_a_measure_are_not_claims() {
    let all = extract_claims(
        "He met 300 people in Tbilisi.",
        &lexicon(),
        &ExtractOptions::default(),
    )
    .items;
    assert_eq!(all.len(), 1);
    assert!(!all[0].is_claim());
}

#[test]
fn a_nationality_in_lower_case_is_no_counted_noun() {
    // "12,000 armenian visitors": the word after the figure is whose, not what.
    assert_eq!(counted_noun("12,000 armenian visitors", 6), None);
    assert_eq!(counted_noun("12,000 russian visitors", 6), None);
    assert_eq!(counted_noun("12,000 cars", 6), Some("cars"));
}

#[test]
fn a_share_of_a_level_with_no_declared_share_measure_has_no_reading() {
    // The manifest says which measure holds a level's shares; no name is guessed for it.
    let lex = Lexicon::new(
        vec![MeasureInfo {
            name: "arrivals".into(),
            kind: MeasureKind::Level,
            unit: "trips".into(),
            share: None,
            has_counterpart: true,
            dataset: "d".into(),
            inverse: None,
        }],
        vec![Term {
            phrase: "arrivals".into(),
            measures: vec!["arrivals".into()],
            set_against: None,
        }],
        "GEO".into(),
        "WLD".into(),
    );
    let ex = extract_claims(
        "Russians accounted for 19% of arrivals in 2024.",
        &lex,
        &ExtractOptions::default(),
    );
    let share = ex
        .items
        .iter()
        .find(|c| c.kind == ClaimKind::Share)
        .unwrap();
    assert!(share.readings.is_empty(), "{:?}", share.readings);
}

#[test]
fn a_comparison_written_after_a_change_is_its_base() {
    let ex = extract_claims(
        "Trade turnover in January 2022 increased by 41.1 percent, compared to $786.2 million over the same period of 2021, and by 20.4 percent, compared to January 2020 ($913.3 million) and amounted to $1.1 billion.",
        &lexicon(),
        &ExtractOptions::default(),
    );
    let find = |t: &str| ex.items.iter().find(|c| c.text == t).unwrap();
    let second = find("20.4 percent");
    let base = second.base_period.expect("a base");
    assert_eq!(
        (base.start, base.end),
        (YearMonth::new(2020, 1), YearMonth::new(2020, 1))
    );
    // The level in brackets after the base is the base's; the one after "amounted to" is
    // the figure's own.
    let in_brackets = find("$913.3 million").period.unwrap();
    assert_eq!(in_brackets.start, YearMonth::new(2020, 1));
    let own = find("$1.1 billion").period.unwrap();
    assert_eq!(own.start, YearMonth::new(2022, 1));
}

#[test]
fn keeping_only_claims_reads_the_claims_the_same() {
    let text = "In 2023, 3 ministers met. Trade turnover reached $1.2 billion, up 12%, with 40 firms taking part. Exports to Turkey grew by 5%.";
    let read = |claims_only| {
        let opts = ExtractOptions {
            claims_only,
            ..ExtractOptions::default()
        };
        let ex = extract_claims(text, &lexicon(), &opts);
        ex.items
            .into_iter()
            .filter(|c| c.is_claim())
            .map(|c| {
                format!(
                    "{} {:?} {:?} {:?} {:?}",
                    c.text, c.readings, c.counterpart, c.period, c.base_period
                )
            })
            .collect::<Vec<_>>()
    };
    let all = read(false);
    assert!(all.len() >= 3, "{all:?}");
    assert_eq!(read(true), all);
}

#[test]
fn the_country_in_a_story_about_the_home_country_is_the_home_country() {
    let ex = extract_claims(
        "Georgia's trade with Russia and Turkey is growing.\n\nFrom January through September, the country traded goods worth $18.5 billion.",
        &lexicon(),
        &ExtractOptions::default(),
    );
    let c = ex.items.iter().find(|c| c.text == "$18.5 billion").unwrap();
    assert_eq!(c.counterpart.as_deref(), Some("WLD"));
}

#[test]
fn a_position_among_partners_is_read_by_its_grammar() {
    let rank = |t: &str| {
        claims(t)
            .iter()
            .find(|c| c.kind == ClaimKind::Rank)
            .map(|c| (c.quantity.value, c.counterpart.clone()))
    };
    let tur = Some("TUR".to_string());
    assert_eq!(
        rank("In 2022 Turkey was Georgia's main partner in trade."),
        Some((1.0, tur.clone()))
    );
    assert_eq!(
        rank("In 2022 Turkey was the fifth largest partner of Georgia in trade."),
        Some((5.0, tur.clone()))
    );
    assert_eq!(
        rank("In 2022 Turkey was the second major market Georgia exported to."),
        Some((2.0, tur.clone()))
    );
    assert_eq!(
        rank("In 2022 Turkey ranked 6 among the partners Georgia exported to."),
        Some((6.0, tur))
    );
    // Membership of a group, a plural or an indefinite ranks nothing.
    assert_eq!(
        rank("In 2022 Turkey was one of the main partners in trade."),
        None
    );
    assert_eq!(
        rank("In 2022 Turkey remained among the top partners in trade."),
        None
    );
    assert_eq!(
        rank("In 2022 Turkey became a leading partner in trade."),
        None
    );
}

#[test]
fn a_ranks_own_digit_is_not_a_count() {
    let cs = claims("In 2022 Turkey ranked 6 among the partners Georgia exported to.");
    assert!(cs.iter().all(|c| c.quantity.unit != Unit::Count), "{cs:?}");
}

#[test]
fn where_travellers_go_is_whose_tourism_it_is() {
    let cs = claims("In 2022, 588,731 tourists visited Armenia, 43% of them from Russia.");
    assert_eq!(cs[0].subject.as_deref(), Some("ARM"));
    let cs = claims("In 2020, the number of tourists in Turkey from Georgia fell by 16%.");
    assert_eq!(cs[0].subject.as_deref(), Some("TUR"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("GEO"));
    // Travellers coming to the home country stay its figure.
    let cs = claims("In 2022, 1.2 million tourists from Armenia visited Georgia.");
    assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
    assert_eq!(cs[0].counterpart.as_deref(), Some("ARM"));
    // Goods are not travellers: exports to a partner are the home country's.
    let cs = claims("In 2022 Georgia exported goods worth $600 million to Armenia.");
    assert_eq!(cs[0].subject.as_deref(), Some("GEO"));
}

#[test]
fn a_change_told_by_its_verb_alone_is_a_trend() {
    let trend = |t: &str| {
        claims(t)
            .iter()
            .find(|c| c.kind == ClaimKind::Trend)
            .map(|c| c.quantity.value)
    };
    assert_eq!(
        trend("In 2024 the number of tourists decreased."),
        Some(-1.0)
    );
    assert_eq!(
        trend("In 2024 exported goods to Russia increased."),
        Some(1.0)
    );
    // With a figure in its clause the figure is the claim.
    assert_eq!(
        trend("In 2024 the number of tourists decreased by 5%."),
        None
    );
    // A verb before the measure word is not its change ("dropped the lines on the economy").
    assert_eq!(
        trend("The editors dropped the lines on the economy in 2024."),
        None
    );
}

#[test]
fn levels_from_and_to_under_a_span_of_years_are_its_first_and_last_year() {
    let cs = claims("Georgia exported goods from $132 million to $141 million from 2019 to 2024.");
    let years: Vec<Option<Period>> = cs.iter().map(|c| c.period).collect();
    assert_eq!(years, [Some(Period::year(2019)), Some(Period::year(2024))]);
    // With the span they imply a change, checked as such.
    assert!(cs[1].implied_from.is_some());
}

/// "rose from $400 million to $502.7 million in 2024": the period is the change's end, the
/// level of its end; the start is an earlier level the sentence does not date. It is taken
/// as the year before, and says that it was assumed, so it is never judged wrong on it.
#[test]
fn the_start_of_a_change_to_a_dated_level_is_not_of_that_date() {
    for text in [
        "Georgia's trade rose from $400 million to $502.7 million in 2024.",
        "In 2024 Georgia's trade rose from $400 million to $502.7 million.",
    ] {
        let cs = claims(text);
        assert_eq!(cs.len(), 2, "{text}");
        assert_eq!(cs[1].period, Some(Period::year(2024)), "{text}");
        assert_eq!(cs[1].period_source, Some(PeriodSource::Sentence), "{text}");
        assert_eq!(cs[0].period, Some(Period::year(2023)), "{text}");
        assert_eq!(cs[0].period_source, Some(PeriodSource::Assumed), "{text}");
        // An assumed start implies no change to check.
        assert!(cs[1].implied_from.is_none(), "{text}");
    }
    // Under "between 2021 and 2024", written as two years, the start is the first year's.
    assert_eq!(
        figure_years(
            "Georgia's trade rose from $400 million to $1.9 billion between 2021 and 2024, \
             and trade rose from $457 million to $2.1 billion."
        ),
        [2021, 2024, 2021, 2024].map(Some)
    );
    // Each end dated: each its own.
    let cs = claims("Georgia's trade rose from $400 million in 2022 to $502.7 million in 2024.");
    let periods: Vec<_> = cs.iter().map(|c| (c.period, c.period_source)).collect();
    assert_eq!(
        periods,
        [
            (Some(Period::year(2022)), Some(PeriodSource::Sentence)),
            (Some(Period::year(2024)), Some(PeriodSource::Sentence))
        ]
    );
}

/// "up from $400 million", "to $502.7 million in 2024 from $400 million": the level a change
/// is compared with, with no period of its own, is the year before, assumed; with one
/// ("up from $400 million in 2022", "a year earlier") it is that period, stated.
#[test]
fn the_level_a_change_is_compared_with_is_not_of_the_changes_period() {
    let start = |text: &str| {
        let cs = claims(text);
        assert_eq!(cs.len(), 2, "{text}");
        assert_eq!(cs[0].period, Some(Period::year(2024)), "{text}");
        (cs[1].period, cs[1].period_source)
    };
    let assumed = (Some(Period::year(2023)), Some(PeriodSource::Assumed));
    for text in [
        "Georgia's trade reached $502.7 million in 2024, up from $400 million.",
        "Georgia's trade fell to $502.7 million in 2024, down from $600 million.",
        "Georgia's trade increased to $502.7 million in 2024 from $400 million.",
        "Georgia's trade reached $502.7 million in 2024, compared with $400 million.",
    ] {
        assert_eq!(start(text), assumed, "{text}");
    }
    // A span of years before "from" is no figure compared with.
    assert_eq!(
        figure_years(
            "Trade rose from $132 million to $141 million from 2019 to 2024 whereas trade \
             surged from $679 million to $2.1 billion."
        ),
        [2019, 2024, 2019, 2024].map(Some)
    );
    assert_eq!(
        start("Georgia's trade reached $502.7 million in 2024, up from $400 million in 2022."),
        (Some(Period::year(2022)), Some(PeriodSource::Sentence))
    );
    assert_eq!(
        start(
            "Georgia's trade reached $502.7 million in 2024, up from $400 million a year earlier."
        ),
        (Some(Period::year(2023)), Some(PeriodSource::Sentence))
    );
}

/// The level a change is compared with ("up from $6.09 billion a year earlier", "compared
/// with $1.74 billion in 2023") has its own period, which later figures do not take: they
/// take the period of the figure told.
#[test]
fn the_period_of_a_compared_level_does_not_carry() {
    // $6.56 billion, $6.09 billion, $1.84 billion, $1.74 billion, $1.61 billion.
    assert_eq!(
        figure_years(
            "Georgia's trade rose to $6.56 billion in 2024, up from $6.09 billion a year earlier.\n\n\
             Trade with Russia reached $1.84 billion, compared with $1.74 billion in 2023.\n\n\
             Trade with China reached $1.61 billion."
        ),
        [2024, 2023, 2024, 2023, 2024].map(Some)
    );
}

/// "followed by Turkey with 1.34 million (18.1 percent) and Armenia": a figure in brackets
/// qualifies the one before them, and is the partner's named before the bracket.
#[test]
fn a_bracketed_figure_is_the_partners_before_the_bracket() {
    let text = "Tourists from Russia made 1.42 million trips, followed by Turkey with 1.34 \
                million (18.1 percent) and Armenia with 948,300 (12.8 percent).";
    assert_eq!(counterpart_of(text, "18.1 percent").as_deref(), Some("TUR"));
    assert_eq!(counterpart_of(text, "12.8 percent").as_deref(), Some("ARM"));
    assert_eq!(counterpart_of(text, "948,300").as_deref(), Some("ARM"));
}

/// "Exports to Turkey amounted to $347 million and imports from Turkey to $1.99 billion": a
/// measure word after "and" opens the next figure of the list; the figure's own is before.
#[test]
fn a_measure_word_opening_the_next_figure_is_not_this_ones() {
    let cs = claims(
        "Georgia exported goods to Turkey worth $347 million and trade with Turkey \
         reached $2.33 billion.",
    );
    let readings: Vec<_> = cs.iter().map(|c| c.readings.first().cloned()).collect();
    assert_eq!(
        readings,
        [Some("export".to_string()), Some("turnover".to_string())]
    );
}

/// "last year" in an article with no date is read against the latest year it names: an
/// assumption, said so; with the date given it is stated.
#[test]
fn a_relative_period_in_an_undated_article_is_assumed() {
    let text = "Georgia's trade reached $2.4 billion last year.\n\nTrade grew 5% in 2024.";
    let cs = claims(text);
    assert_eq!(cs[0].period, Some(Period::year(2023)));
    assert_eq!(cs[0].period_source, Some(PeriodSource::Assumed));
    assert!(
        cs[0]
            .provenance
            .period_from
            .as_deref()
            .is_some_and(|f| f.contains("no date")),
        "{:?}",
        cs[0].provenance
    );
    let dated = extract_claims(text, &lexicon(), &dated("2025-02-01", true)).items;
    assert_eq!(dated[0].period, Some(Period::year(2024)));
    assert_eq!(dated[0].period_source, Some(PeriodSource::Sentence));
}

/// "accounted for 20.7% of the total, down from 21.6% a year earlier": the period after the
/// level compared with is that level's, not the figure's before the comparing words.
#[test]
fn a_period_after_the_compared_level_is_not_the_figures() {
    // $4.9 billion, 20.7%, 21.6%.
    assert_eq!(
        figure_years(
            "Georgia's trade reached $4.9 billion in 2024.\n\nThe EU accounted for 20.7% of \
             Georgia's trade, down from 21.6% a year earlier."
        ),
        [2024, 2024, 2023].map(Some)
    );
}

/// "…, compared to $1.99 billion a year earlier, while trade with China reached $1.4
/// billion": the period after a level compared with is that level's, for the figures after
/// it too.
#[test]
fn a_compared_levels_period_is_not_the_next_clauses() {
    // $2.02 billion, $1.99 billion, $1.4 billion.
    assert_eq!(
        figure_years(
            "Trade with Turkey totalled $2.02 billion in 2025, compared to $1.99 billion a year \
             earlier, while trade with China reached $1.4 billion."
        ),
        [2025, 2024, 2025].map(Some)
    );
}

/// "Over the same period of 2024, trade exceeded $4.5 billion" after a January-September
/// story: the same months of 2024, not the whole year.
#[test]
fn the_same_period_of_a_year_as_a_figures_own_takes_the_storys_months() {
    let cs = claims(
        "Georgia's trade reached $5 billion in January-September 2025.\n\n\
         Over the same period of 2024, trade exceeded $4.5 billion.",
    );
    let nine_months = |y| Period {
        start: YearMonth::new(y, 1),
        end: YearMonth::new(y, 9),
    };
    assert_eq!(cs[0].period, Some(nine_months(2025)));
    assert_eq!(cs[1].period, Some(nine_months(2024)));
}

/// A part of the measure ("vehicle trade") is reported, not judged: neither are the changes
/// its levels imply.
#[test]
fn levels_out_of_scope_imply_no_change() {
    let cs =
        claims("Georgia's vehicle trade rose from $400 million in 2022 to $502.7 million in 2024.");
    assert_eq!(cs.len(), 2);
    assert!(cs.iter().all(|c| c.out_of_scope.is_some()), "{cs:#?}");
    assert!(cs[1].implied_from.is_none());
}

#[test]
fn words_may_stand_between_a_superlative_and_its_partner_noun() {
    let rank = |t: &str| {
        claims(t)
            .iter()
            .find(|c| c.kind == ClaimKind::Rank)
            .map(|c| c.quantity.value)
    };
    assert_eq!(
        rank("In 2022 Turkey remained the top Georgian trade turnover partner."),
        Some(1.0)
    );
    assert_eq!(
        rank("In 2022 the main share of its trade partner was Turkey's."),
        None
    );
}

#[test]
fn the_reporting_period_of_a_year_is_the_story_s_period() {
    let cs = claims(
        "Trade turnover with Turkey in January 2022 amounted to $168.7 million.\n\
         Trade turnover with Russia over the reporting period of 2022 was $128.6 million.",
    );
    let jan = Period {
        start: YearMonth::new(2022, 1),
        end: YearMonth::new(2022, 1),
    };
    assert_eq!(cs[1].period, Some(jan));
    // A year of its own, with no reporting period named before, stays the year.
    let cs =
        claims("Trade turnover with Russia over the reporting period of 2022 was $128.6 million.");
    assert_eq!(cs[0].period, Some(Period::year(2022)));
}

#[test]
fn a_recovery_is_the_level_as_a_percent_of_its_base() {
    let opts = dated("2022-03-15", true);
    let cs = extract_claims(
        "In February 2022, 137,148 tourists visited Georgia, a 55.4 percent recovery compared to 2019 and an increase of 282 percent compared to 2021.",
        &lexicon(),
        &opts,
    )
    .items;
    let find = |t: &str| cs.iter().find(|c| c.text == t).unwrap();
    let recovery = find("55.4 percent");
    assert_eq!(recovery.kind, ClaimKind::Change);
    assert!(recovery.of_base);
    assert_eq!(recovery.readings, ["trips"]);
    assert!(
        recovery.out_of_scope.is_none(),
        "{:?}",
        recovery.out_of_scope
    );
    let feb = |y| Period {
        start: YearMonth::new(y, 2),
        end: YearMonth::new(y, 2),
    };
    assert_eq!(recovery.effective_base(), Some(feb(2019)));
    // The growth rate beside it is a growth rate.
    let growth = find("282 percent");
    assert!(!growth.of_base);
    assert_eq!(growth.effective_base(), Some(feb(2021)));
}

#[test]
fn pre_pandemic_is_2019_when_it_is_what_a_recovery_is_measured_against() {
    let opts = dated("2023-07-17", true);
    let cs = extract_claims(
        "In January-June 2023, 1,930,483 tourists visited Georgia, which was a 90.8% recovery from the pre-pandemic period.",
        &lexicon(),
        &opts,
    )
    .items;
    let recovery = cs.iter().find(|c| c.text == "90.8%").unwrap();
    assert!(recovery.of_base);
    assert_eq!(
        recovery.effective_base(),
        Some(Period {
            start: YearMonth::new(2019, 1),
            end: YearMonth::new(2019, 6),
        })
    );
}

#[test]
fn a_recovery_with_no_base_or_told_by_a_verb_is_not_checked() {
    // "recovered by" is read both ways in the news: as the level against a base and as
    // growth. Neither is guessed.
    for s in [
        "In 2022, visits of tourists recovered by 71.9% compared to 2019.",
        "In 2022, visits of tourists rebounded 20% compared to 2019.",
    ] {
        let cs = claims(s);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("71.9") || c.text.starts_with("20%"))
            .unwrap();
        assert!(!c.of_base, "{s}");
        assert!(c.out_of_scope.is_some(), "{s}");
    }
    let cs = claims("In 2022, tourists made a 71.9% recovery.");
    assert!(
        cs[0]
            .out_of_scope
            .as_deref()
            .is_some_and(|w| w.contains("base"))
    );
}

#[test]
fn a_sentence_whose_subject_is_the_change_speaks_of_the_measure_before() {
    let measure_of = |text: &str, figure: &str| {
        claims(text)
            .into_iter()
            .find(|c| c.text == figure)
            .map(|c| (c.kind, c.readings))
    };
    let before = "Trade turnover reached $6 billion in 2023. ";
    for s in [
        "The growth amounted to 12% compared to 2022.",
        "A sharp 12% increase was recorded in March.",
        "The data indicates a 12% increase compared to the same period last year.",
    ] {
        assert_eq!(
            measure_of(&format!("{before}{s}"), "12%"),
            Some((ClaimKind::Change, vec!["turnover".to_string()])),
            "{s}"
        );
    }
    // A change of something the sentence names is that thing's.
    for s in [
        "The increase in prices was 12%.",
        "Inflation was 12% in 2023.",
    ] {
        assert_eq!(measure_of(&format!("{before}{s}"), "12%"), None, "{s}");
    }
}

#[test]
fn a_month_of_the_reporting_period_does_not_replace_it() {
    let opts = dated("2021-04-19", true);
    let cs = extract_claims(
        "In January-March, trade turnover increased by 5.2% and amounted to $2 billion. A sharp 30.6% increase was recorded in March.\n\n\
         Turkey was the top trade partner with $300 million.",
        &lexicon(),
        &opts,
    )
    .items;
    let q1 = Period {
        start: YearMonth::new(2021, 1),
        end: YearMonth::new(2021, 3),
    };
    let march = cs.iter().find(|c| c.text == "30.6%").unwrap();
    assert_eq!(march.period.map(|p| p.start.month), Some(3));
    let later = cs.iter().find(|c| c.text == "$300 million").unwrap();
    assert_eq!(later.period, Some(q1));
}

/// Two comparisons, each with its level: "decreased by 66.5 percent, compared to 43,437
/// visitors in March 2020, and by 87.6 percent, compared to 117,050 visitors over the same
/// month of 2019": each change is against its own base.
#[test]
fn two_comparisons_each_with_its_level_keep_their_bases() {
    let cs = claims(
        "In March 2022 trade turnover amounted to $14 million. Trade turnover, however, decreased by 66.5 percent, compared to $43 million in March 2020, and by 87.6 percent, compared to $117 million over the same month of 2019.",
    );
    let march = |y| Period {
        start: YearMonth::new(y, 3),
        end: YearMonth::new(y, 3),
    };
    let find = |t: &str| {
        cs.iter()
            .find(|c| c.text == t)
            .unwrap_or_else(|| panic!("{t}: {:?}", cs.iter().map(|c| &c.text).collect::<Vec<_>>()))
    };
    assert_eq!(find("66.5 percent").period, Some(march(2022)));
    assert_eq!(find("66.5 percent").effective_base(), Some(march(2020)));
    assert_eq!(find("87.6 percent").effective_base(), Some(march(2019)));
}

#[test]
fn a_comparison_in_another_clause_with_its_own_percent_is_that_percents() {
    let cs = claims(
        "In March 2021, a sharp 30.6% increase in trade turnover was recorded, but compared to 2019 a slight 0.5% increase was observed.",
    );
    let march = |y| Period {
        start: YearMonth::new(y, 3),
        end: YearMonth::new(y, 3),
    };
    let find = |t: &str| cs.iter().find(|c| c.text == t).unwrap();
    assert_eq!(find("30.6%").effective_base(), Some(march(2020)));
    assert_eq!(find("0.5%").effective_base(), Some(march(2019)));
}

#[test]
fn a_percent_after_an_amount_no_measure_reads_is_that_amounts_change() {
    let cs = claims(
        "Income from foreign tourists reached $375.6 million in September 2023, 32.1% more than a year earlier.",
    );
    let change = cs.iter().find(|c| c.text == "32.1%").unwrap();
    assert!(
        change
            .out_of_scope
            .as_deref()
            .is_some_and(|w| w.contains("$375.6 million")),
        "{:?}",
        change.out_of_scope
    );
    // An amount the data reads keeps its change a change of the measure.
    let cs = claims(
        "Trade turnover reached $375.6 million in September 2023, 32.1% more than a year earlier.",
    );
    let change = cs.iter().find(|c| c.text == "32.1%").unwrap();
    assert!(change.out_of_scope.is_none());
}

#[test]
fn every_line_of_a_list_under_a_heading_keeps_its_measure() {
    let cs = claims(
        "The largest trade partners of the country are as follows:\n\n\
         • Turkey ($1,294.0 million);\n\n\
         • Russia ($962.2 million);\n\n\
         • China ($922.5 million).",
    );
    let partners: Vec<_> = cs
        .iter()
        .map(|c| {
            (
                c.counterpart.as_deref(),
                c.readings.first().map(String::as_str),
            )
        })
        .collect();
    assert_eq!(
        partners,
        [
            (Some("TUR"), Some("turnover")),
            (Some("RUS"), Some("turnover")),
            (Some("CHN"), Some("turnover"))
        ]
    );
}

#[test]
fn the_home_country_owning_the_whole_leaves_the_share_to_the_partner() {
    let cs = claims(
        "Turkey remains a key partner, accounting for 15.6% of Georgia's overall trade turnover.",
    );
    assert_eq!(cs[0].counterpart.as_deref(), Some("TUR"));
    assert_eq!(cs[0].readings, ["turnover_share"]);
}

#[test]
fn the_level_compared_with_does_not_carry_its_period() {
    let cs = extract_claims(
        "Trade turnover with Turkey in January 2022 amounted to $168.7 million, an increase of 47.5 percent, compared to $114.3 million over the same period of 2021.\n\n\
         Turkey remained the top trade partner, followed by Russia ($128.6 million).",
        &lexicon(),
        &dated("2022-04-08", true),
    )
    .items;
    let jan = |y| Period {
        start: YearMonth::new(y, 1),
        end: YearMonth::new(y, 1),
    };
    let base = cs.iter().find(|c| c.text == "$114.3 million").unwrap();
    assert_eq!(base.period, Some(jan(2021)));
    let later = cs.iter().find(|c| c.text == "$128.6 million").unwrap();
    assert_eq!(later.period, Some(jan(2022)));
}

#[test]
fn a_change_some_years_earlier_is_measured_against_that_year() {
    let ex = extract_claims(
        "Georgia's trade turnover in 2024 amounted to USD 23.6 billion, 33 percent more than three years earlier.",
        &lexicon(),
        &ExtractOptions::default(),
    );
    let change = ex.items.iter().find(|c| c.text == "33 percent").unwrap();
    let base = change.base_period.expect("a base");
    assert_eq!(
        (base.start, base.end),
        (YearMonth::new(2021, 1), YearMonth::new(2021, 12))
    );
    // "a year earlier" stays the default comparison: the previous year.
    let ex = extract_claims(
        "Georgia's trade turnover in 2024 amounted to USD 23.6 billion, 5 percent more than a year earlier.",
        &lexicon(),
        &ExtractOptions::default(),
    );
    let change = ex.items.iter().find(|c| c.text == "5 percent").unwrap();
    assert!(
        change.base_period.is_none_or(|b| b.start.year == 2023),
        "{:?}",
        change.base_period
    );
}

/// "Monthly trade turnover jumped 14 percent to USD 1.7 billion" in a story on
/// January-September: the month that ends the reporting period, not the nine months.
#[test]
fn monthly_figures_are_the_last_month_of_the_reporting_period() {
    let cs = claims(
        "Georgia's trade turnover reached $15 billion in January-September 2025.\n\n\
         Monthly trade turnover jumped 14 percent year on year to USD 1.7 billion.\n\n\
         Trade turnover with Turkey grew 3% to $2 billion.",
    );
    let find = |t: &str| {
        cs.iter()
            .find(|c| c.text == t)
            .unwrap_or_else(|| panic!("{t}: {:?}", cs.iter().map(|c| &c.text).collect::<Vec<_>>()))
    };
    let september = Period {
        start: YearMonth::new(2025, 9),
        end: YearMonth::new(2025, 9),
    };
    assert_eq!(find("USD 1.7 billion").period, Some(september));
    let from = &find("USD 1.7 billion").provenance.period_from;
    assert!(
        from.as_deref().is_some_and(|p| p.contains("last month")),
        "{from:?}"
    );
    assert_eq!(find("14 percent").period, Some(september));
    // A sentence that does not say "monthly" keeps the nine months.
    assert_eq!(
        find("$2 billion")
            .period
            .map(|p| (p.start.month, p.end.month)),
        Some((1, 9))
    );
}

/// A headline states the gist and the lede its period: "Turkey is the largest trade partner
/// of Georgia" above "in January-June 2022 ..." is about January-June 2022, not the last
/// complete year. Only what stands before the first stated period takes it.
#[test]
fn a_headline_takes_the_period_the_lede_states_below_it() {
    let cs = claims(
        "Turkey is the largest trade partner of Georgia\n\n\
         According to Geostat, in January-June 2022 trade turnover amounted to $8.5 billion.\n\n\
         Turkey is the largest trade partner.",
    );
    let h1 = Period {
        start: YearMonth::new(2022, 1),
        end: YearMonth::new(2022, 6),
    };
    let ranks: Vec<&Claim> = cs.iter().filter(|c| c.kind == ClaimKind::Rank).collect();
    assert_eq!(ranks.len(), 2, "{cs:#?}");
    assert_eq!(ranks[0].period, Some(h1));
    assert_eq!(ranks[0].period_source, Some(PeriodSource::Context));
    assert!(
        ranks[0]
            .provenance
            .period_from
            .as_deref()
            .is_some_and(|p| p.contains("below")),
        "{:?}",
        ranks[0].provenance.period_from
    );
    // After it, the usual carrying holds.
    assert_eq!(ranks[1].period, Some(h1));
    // A dateline's date is when the story was filed, not the period it reports.
    let cs = claims(
        "Turkey is the largest trade partner of Georgia\n\n\
         TBILISI, July 20, 2022 (Reuters) - Geostat published its data.\n\n\
         In January-June 2022 trade turnover amounted to $8.5 billion.",
    );
    let rank = cs.iter().find(|c| c.kind == ClaimKind::Rank).unwrap();
    assert_eq!(rank.period, Some(h1));
}

/// A full date at a sentence's head ("TBILISI, July 20, 2022 —", "On 15 March 2023,") says
/// when the story was filed or the figure told, not the period the figure is for.
#[test]
fn a_date_heading_the_sentence_is_no_period_of_its_figures() {
    for text in [
        "TBILISI, July 20, 2022 — Georgia's trade rose 12 percent to $2.4 billion.",
        "On 15 March 2023, Georgia's trade reached $2.4 billion.",
    ] {
        let cs = claims(text);
        assert!(!cs.is_empty(), "{text}");
        for c in &cs {
            assert_ne!(
                c.period_source,
                Some(PeriodSource::Sentence),
                "{text}: {c:?}"
            );
        }
    }
    // A date that bounds the period is part of it.
    let cs = claims("Georgia's trade reached $2.4 billion by 30 June 2024.");
    assert_eq!(cs[0].period_source, Some(PeriodSource::Sentence));
}

/// "Kyrgyzstan has overtaken both Russia and Turkey as Georgia's biggest partner, with $1.08
/// billion": the countries overtaken are what the partner is compared with, never the
/// figure's partner.
#[test]
fn countries_overtaken_are_not_the_figure_s_partner() {
    assert_eq!(
        counterpart_of(
            "In 2025 Kyrgyzstan has overtaken both Russia and Turkey as Georgia's biggest trade partner, with trade turnover of $1.08 billion.",
            "$1.08 billion"
        )
        .as_deref(),
        Some("KGZ")
    );
    assert_eq!(
        counterpart_of(
            "In 2025 trade turnover with Turkey surpassed trade with Russia and reached $2 billion.",
            "$2 billion"
        )
        .as_deref(),
        Some("TUR")
    );
}

/// A headline that ranks a partner ("China regains slot as Georgia's top trade partner")
/// frames the story as the home country's trade with all its partners: the lede's totals
/// are not trade with China.
#[test]
fn a_partner_a_headline_ranks_does_not_carry_to_the_totals() {
    assert_eq!(
        counterpart_of(
            "China regains slot as Georgia's top trade partner\n\n\
         In January-March 2021, trade turnover increased by 5.2% and amounted to $2 billion.",
            "$2 billion"
        )
        .as_deref(),
        Some("WLD")
    );
    // A headline about trade with a partner still carries it.
    assert_eq!(
        counterpart_of(
            "Georgia's trade with China grows\n\n\
         In January-March 2021, trade turnover increased by 5.2% and amounted to $2 billion.",
            "$2 billion"
        )
        .as_deref(),
        Some("CHN")
    );
}

/// "Trade turnover with Azerbaijan fell to $611 million. This figure accounts for 11.2% of
/// Georgia's total trade turnover": a share of the home country's whole whose subject points
/// back is the share of the partner named before, not of all partners.
#[test]
fn a_share_that_points_back_is_the_partner_s() {
    let cs = claims(
        "In 2023 trade turnover with Azerbaijan fell to $611 million. This figure accounts for 11.2% of Georgia's total trade turnover.",
    );
    let share = cs.iter().find(|c| c.text == "11.2%").expect("the share");
    assert_eq!(share.counterpart.as_deref(), Some("AZE"), "{share:#?}");
    // Without a pointer back, the whole's own share stays the home country's.
    let cs = claims(
        "In 2023 trade turnover with Azerbaijan fell to $611 million. Exports account for 30% of Georgia's total trade turnover.",
    );
    let share = cs.iter().find(|c| c.text == "30%").expect("the share");
    assert_ne!(share.counterpart.as_deref(), Some("AZE"), "{share:#?}");
}

/// "in August this year ... three times more than the same month in 2021 (308,674 people)":
/// the bracketed level is August 2021's, whatever form the sentence's own month takes.
#[test]
fn a_base_level_takes_the_months_of_a_relative_own_period() {
    let opts = dated("2022-09-15", true);
    let cs = extract_claims(
        "The number of tourists in August this year amounted to 912,041, which is almost three times more than the same month in 2021 (308,674 tourists).",
        &lexicon(),
        &opts,
    )
    .items;
    let base = cs
        .iter()
        .find(|c| c.text == "308,674")
        .expect("the base level");
    let august_2021 = Period {
        start: YearMonth::new(2021, 8),
        end: YearMonth::new(2021, 8),
    };
    assert_eq!(base.period, Some(august_2021), "{base:#?}");
}

/// "grown by 10 percent, and more than 10 percent in 2021 and 2022": "more than" hedges the
/// second figure; it compares nothing with the first.
#[test]
fn a_hedge_after_a_figure_is_no_comparison() {
    let cs = claims(
        "In recent years, the economy of our country has grown by 10 percent, and more than \
         10 percent in 2021 and 2022.",
    );
    // The sentence's years stay the first figure's to read (no comparison hides them).
    assert_eq!(
        cs[0].period_source,
        Some(PeriodSource::Sentence),
        "{:?}",
        cs[0]
    );
}
