//! Quantity extraction as a reader would check it: one behaviour a test.

use super::*;

#[test]
fn release_period_shorthand_is_no_figure() {
    let qs = extract_quantities("in 6M23, 1,930,483 tourist visits took place");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].value, 1_930_483.0);
    assert!(extract_quantities("in 2Q2023 arrivals").is_empty());
}

#[test]
fn minor_units_notation_and_yen() {
    let q = |t: &str| {
        let q = extract_quantities(t).remove(0);
        (q.value, q.unit)
    };
    let (v, u) = q("egg prices averaged 64.2 cents");
    assert!((v - 0.642).abs() < 1e-12 && u == Unit::USD, "{v} {u:?}");
    let (v, u) = q("a share was worth 470 pence");
    assert!((v - 4.7).abs() < 1e-12 && u == Unit::GBP, "{v} {u:?}");
    let (v, u) = q("a ticket costs 50 tetri");
    assert!((v - 0.5).abs() < 1e-12 && u == Unit::GEL, "{v} {u:?}");
    assert_eq!(q("exports of USD 1.2e9"), (1.2e9, Unit::USD));
    assert_eq!(q("a ¥2 trillion package"), (2e12, Unit::JPY));
}

#[test]
fn hyphenated_scales_units_and_basis_points() {
    let q = |t: &str| {
        let q = extract_quantities(t).remove(0);
        (q.value, q.unit)
    };
    assert_eq!(q("a $2.4-billion deal"), (2.4e9, Unit::USD));
    assert_eq!(q("a $500-million loan"), (500e6, Unit::USD));
    assert_eq!(q("a 10-percent increase"), (10.0, Unit::Percent));
    assert_eq!(q("a 2.5-fold rise"), (2.5, Unit::Multiplier));
    let (v, u) = q("the bank cut rates by 50 basis points");
    assert!(
        (v - 0.5).abs() < 1e-12 && u == Unit::PercentagePoints,
        "{v} {u:?}"
    );
    let (v, u) = q("a 25 bps hike");
    assert!(
        (v - 0.25).abs() < 1e-12 && u == Unit::PercentagePoints,
        "{v} {u:?}"
    );
    // A range keeps its hyphen; a duration stays no quantity.
    assert_eq!(extract_quantities("5-7%")[0].range, Some((5.0, 7.0)));
    assert!(extract_quantities("a 10-year plan").is_empty());
}

#[test]
fn amounts_written_in_two_scales_are_one() {
    let v = |t: &str| extract_quantities(t)[0].value;
    assert_eq!(v("$2 billion 487 million"), 2_487_000_000.0);
    assert_eq!(v("$14 bln 28 mln"), 14_028_000_000.0);
    assert_eq!(v("USD 7 billion 580 million"), 7_580_000_000.0);
    assert_eq!(v("2 million 514.2 thousand visits"), 2_514_200.0);
    // Another figure after a scale stays another figure.
    assert_eq!(extract_quantities("$2 billion 2023 was a year").len(), 1);
}

fn one(s: &str) -> Quantity {
    let qs = extract_quantities(s);
    assert_eq!(qs.len(), 1, "{s:?} gave {qs:?}");
    qs.into_iter().next().unwrap()
}

/// `text` holds one amount, in `unit` (its code as reports write it) and of `value`.
fn reads_as(text: &str, unit: &str, value: f64) {
    let q = one(text);
    assert_eq!((q.unit.as_str(), q.value), (unit, value), "{text}");
}

/// `text` holds no amount of money (a word, a road, a time beside a number).
fn no_money(text: &str) {
    let qs = extract_quantities(text);
    assert!(qs.iter().all(|q| !q.unit.is_money()), "{text}: {qs:?}");
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn money_with_scale_and_symbol() {
    let q = one("Trade turnover reached $2.4 billion.");
    assert!(close(q.value, 2.4e9));
    assert!(close(q.half_unit, 0.05e9));
    assert_eq!(q.unit, Unit::USD);
    assert_eq!(
        &"Trade turnover reached $2.4 billion."[q.start..q.end],
        "$2.4 billion"
    );
}

#[test]
fn news_money_forms() {
    for (s, v, u) in [
        ("USD 1,339.8 million", 1339.8e6, Unit::USD),
        ("$ 75 million", 75e6, Unit::USD),
        ("1 339,8 mln dollars", 1339.8e6, Unit::USD),
        ("GEL 93.0 bn", 93e9, Unit::GEL),
        ("Rs 1,200 crore", 1.2e10, Unit::INR),
        ("€40m", 40e6, Unit::EUR),
        ("US$3.5bn", 3.5e9, Unit::USD),
        ("2.4 billion dollars", 2.4e9, Unit::USD),
        ("500 million lari", 500e6, Unit::GEL),
    ] {
        let q = one(s);
        assert!(close(q.value, v), "{s}: {}", q.value);
        assert_eq!(q.unit, u, "{s}");
        assert_eq!(q.end - q.start, s.len(), "{s}: span");
    }
}

#[test]
fn percents_and_points() {
    assert_eq!(one("9.4 per cent").unit, Unit::Percent);
    assert!(close(one("9.4 per cent").value, 9.4));
    let pp = one("rose 0.5 percentage points");
    assert_eq!(pp.unit, Unit::PercentagePoints);
    assert!(close(pp.value, 0.5));
    assert!(close(one("-1").value, -1.0));
    assert!(close(one(" -9.2321312").value, -9.2321312));
    let neg = one("GDP changed -2.1% in 2020");
    assert!(close(neg.value, -2.1));
    let down = one("exports were down 3% year-on-year");
    assert!(close(down.value, -3.0));
    assert_eq!(down.direction, Some(Direction::Down));
    assert_eq!(one("the EU makes up only 22%").direction, None);
    // "from X" and "to X" are levels on either side of a change, not the change.
    assert!(close(
        one("the price has fallen from $659 in October").value,
        659.0
    ));
    assert!(close(one("net fell sharply to $1.40 a share").value, 1.4));
    let up = one("increased by 12.5%");
    assert_eq!(up.direction, Some(Direction::Up));
}

#[test]
fn rounding_half_units() {
    assert!(close(one("200,000 tourists").half_unit, 50_000.0));
    assert!(close(one("33%").half_unit, 0.5));
    assert!(close(one("1.4 million").half_unit, 50_000.0));
    assert!(close(one("2,530 trips").half_unit, 5.0));
}

#[test]
fn hedges_are_part_of_the_span() {
    let s = "by 2024, it had already exceeded 1.4 million.";
    let q = one(s);
    assert_eq!(q.hedge, Hedge::MoreThan);
    assert_eq!(&s[q.start..q.end], "exceeded 1.4 million");
    for (s, h) in [
        ("nearly 30%", Hedge::Nearly),
        ("almost 30%", Hedge::Nearly),
        ("just under 30%", Hedge::Nearly),
        ("more than 30%", Hedge::MoreThan),
        ("over 30%", Hedge::MoreThan),
        ("above 30%", Hedge::MoreThan),
        ("about 30%", Hedge::Approx),
        ("around 30%", Hedge::Approx),
        ("roughly 30%", Hedge::Approx),
        ("some 300", Hedge::Approx),
        ("at least 30%", Hedge::AtLeast),
        ("up to 30%", Hedge::AtMost),
        ("under 30%", Hedge::LessThan),
        ("less than 30%", Hedge::LessThan),
        ("only 22%", Hedge::None),
        ("30% or more", Hedge::AtLeast),
    ] {
        let q = one(s);
        assert_eq!(q.hedge, h, "{s}");
        assert_eq!(&s[q.start..q.end], s, "{s}");
    }
}

#[test]
fn fractions_of_a_whole() {
    let s = "Russians account for nearly a quarter of the tourist flow";
    let q = one(s);
    assert!(close(q.value, 25.0));
    assert_eq!(q.unit, Unit::Percent);
    assert_eq!(q.hedge, Hedge::Nearly);
    assert!(q.fraction);
    assert_eq!(&s[q.start..q.end], "nearly a quarter");
    assert!(close(one("two-thirds of exports").value, 200.0 / 3.0));
    assert!(close(one("half of all visitors").value, 50.0));
}

#[test]
fn fractions_as_changes() {
    let q = one("exports fell by a quarter in 2024");
    assert!(close(q.value, -25.0));
    assert_eq!(q.direction, Some(Direction::Down));
    assert_eq!(
        one("turnover grew by a third").direction,
        Some(Direction::Up)
    );
}

#[test]
fn periods_are_not_fractions() {
    nothing_in("in the first half of 2024");
    nothing_in("in the third quarter");
}

#[test]
fn the_longest_hedge_wording_wins() {
    assert_eq!(one("no more than 7 euros").hedge, Hedge::AtMost);
    assert_eq!(one("not more than 7%").hedge, Hedge::AtMost);
    assert_eq!(one("no less than 7%").hedge, Hedge::AtLeast);
    assert_eq!(one("more than 7%").hedge, Hedge::MoreThan);
    assert_eq!(one("lower than 7€").hedge, Hedge::LessThan);
}

#[test]
fn ranges_keep_between_and_both_units() {
    let q = one("prices between 10 dollars and 20 dollars");
    assert_eq!(
        (q.value, q.unit, q.range),
        (15.0, Unit::USD, Some((10.0, 20.0)))
    );
    let s = "growth of between 20 and 30 percent";
    let q = one(s);
    assert_eq!(&s[q.start..q.end], "between 20 and 30 percent");
    let q = one("about $10-$20 each");
    assert_eq!((q.value, q.range), (15.0, Some((10.0, 20.0))));
}

#[test]
fn currency_signs_after_the_number_and_us_dollar_prefix() {
    let q = one("a ticket costs 100₾ now");
    assert_eq!((q.value, q.unit), (100.0, Unit::GEL));
    let q = one("Banknotes of 50 € circulate");
    assert_eq!((q.value, q.unit), (50.0, Unit::EUR));
    let q = one("a US $ 150 million loan");
    assert_eq!((q.value, q.unit), (150e6, Unit::USD));
    assert!(q.start < 3, "span starts at US: {q:?}");
}

#[test]
fn spelled_numbers_across_scales() {
    let v = |s: &str| one(s).value;
    assert!(close(
        v("fifty-three billion two hundred forty-three thousand seven hundred twenty-four"),
        53_000_243_724.0
    ));
    assert!(close(v("twenty-one trillion three hundred"), 21e12 + 300.0));
    assert!(close(
        v("one billion twenty-five millions"),
        1_025_000_000.0
    ));
    assert!(close(v("thousand nine hundred twenty"), 1920.0));
    assert!(close(v("three million tourists"), 3e6));
    assert!(close(v("a million and a half tourists"), 1.5e6));
}

#[test]
fn spelled_numbers() {
    assert!(close(one("fifty two visitors").value, 52.0));
    assert!(close(one("fifty   two").value, 52.0));
    assert_eq!(extract_quantities("two three").len(), 2);
    assert!(close(one("two hundred thousand visitors").value, 200_000.0));
    assert!(close(one("a million and a half tourists").value, 1.5e6));
    assert!(close(one("twenty-five percent").value, 25.0));
    assert!(close(one("three million tourists").value, 3e6));
    assert!(close(one("half a million tourists").value, 5e5));
}

#[test]
fn space_grouped_numbers() {
    assert!(close(
        one("China's population is 1 414 021 100.").value,
        1_414_021_100.0
    ));
    assert!(close(one("some 40 000 visitors").value, 40_000.0));
    // A year then a count stays two numbers ("in 2021 200 people" is rare but real).
    assert_eq!(extract_quantities("in 2021 250 tourists").len(), 1);
}

#[test]
fn and_a_half_and_bare_fraction_scales() {
    assert!(close(one("one and a half million tourists").value, 1.5e6));
    assert!(close(one("5 and a half million tourists").value, 5.5e6));
    assert!(close(one("half million tourists").value, 5e5));
    assert!(close(one("a quarter million tourists").value, 2.5e5));
}

#[test]
fn multipliers() {
    let q = one("exports grew sevenfold");
    assert_eq!(q.unit, Unit::Multiplier);
    assert!(close(q.value, 7.0));
    assert!(close(one("2.5 times").value, 2.5));
    assert_eq!(one("turnover doubled").unit, Unit::Multiplier);
}

#[test]
fn ranges() {
    let q = one("growth of 7-9%");
    assert_eq!(q.range, Some((7.0, 9.0)));
    let q = one("between 20 and 30 percent");
    assert_eq!(q.range, Some((20.0, 30.0)));
    nothing_in("in 2021-2024 the");
}

#[test]
fn non_quantities_yield_nothing() {
    for s in [
        "in 2014",
        "Two years ago, we restored flights",
        "the Fourth CIS Department",
        "the 4th department",
        "- 1 BBC investigation",
        "3. Next item",
        "At one time, rapprochement",
        "on 15 December",
        "TBILISI, Jan. 16, 2025 /Trend/ —",
        "On Sept. 5 the office said",
        "one of the reasons",
        "the 2,000-year-old monastery",
        "after COVID-19 restrictions",
        "A Boeing 737 landed",
        "Article 5 of the law",
        "The G7 summit",
        "landed at 10:30 today",
        "a 5-star hotel",
    ] {
        nothing_in(s);
    }
}

#[test]
fn numbers_inside_urls_are_not_quantities() {
    assert!(
        extract_quantities("see https://www.test.com/search?q=30%25%2020% for more").is_empty()
    );
    assert!(
        extract_quantities("source: civil.ge/archives/707546 and www.geostat.ge/en/2024")
            .is_empty()
    );
    assert_eq!(
        extract_quantities("https://x.org says exports rose 5%").len(),
        1
    );
}

#[test]
fn percent_word_forms_and_minus() {
    for (s, v) in [
        ("100 percentage", 100.0),
        ("one hundred percents", 100.0),
        ("minus five percent", -5.0),
    ] {
        let q = one(s);
        assert_eq!(q.unit, Unit::Percent, "{s}");
        assert!(close(q.value, v), "{s}: {}", q.value);
        assert_eq!(&s[q.start..q.end], s);
    }
}

#[test]
fn numbers_after_lowercase_words_still_count() {
    assert_eq!(extract_quantities("it received 737 visitors").len(), 1);
    assert_eq!(extract_quantities("Russians made 200,000 trips").len(), 1);
    assert_eq!(extract_quantities("a tenfold rise").len(), 1);
    assert_eq!(extract_quantities("About 300 people came").len(), 1);
}

fn nothing_in(s: &str) {
    let found = extract_quantities(s);
    assert!(found.is_empty(), "{s}: {found:?}");
}

/// The whole text is one quantity of this value.
fn whole(s: &str, v: f64) -> Quantity {
    let q = one(s);
    assert!(close(q.value, v), "{s}: {} != {v}", q.value);
    assert_eq!(&s[q.start..q.end], s.trim(), "{s}");
    q
}

#[test]
fn fractions_written_in_digits() {
    // A fraction on its own is a share, as "a quarter" is.
    let q = whole("3/4", 75.0);
    assert_eq!((q.unit, q.fraction), (Unit::Percent, true));
    whole("-4/5", -80.0);
    assert_eq!(whole("2 1/4", 2.25).unit, Unit::Count);
    // Dates and fiscal years are not fractions.
    assert!(
        extract_quantities("on 5/17/2018")
            .iter()
            .all(|q| !q.fraction)
    );
    assert!(
        extract_quantities("in 2023/24 the budget")
            .iter()
            .all(|q| !q.fraction)
    );
}

#[test]
fn spelled_fractions_alone_are_shares() {
    for (s, v) in [
        ("two thirds", 200.0 / 3.0),
        ("a half", 50.0),
        ("one fourth", 25.0),
        ("a fifth", 20.0),
    ] {
        let q = whole(s, v);
        assert_eq!((q.unit, q.fraction), (Unit::Percent, true), "{s}");
    }
    let q = one("three quarters of exports");
    assert_eq!((q.unit, q.value), (Unit::Percent, 75.0));
    // Quarters of a year are periods, not fractions.
    nothing_in("over the past two quarters");
    nothing_in("in the first three quarters of 2022");
    nothing_in("for a third year");
}

#[test]
fn fractions_joined_to_whole_numbers_and_scales() {
    for (s, v) in [
        ("one and a fourth", 1.25),
        ("forty two and a third", 42.0 + 1.0 / 3.0),
        ("one hundred and three quarters", 100.75),
        ("five billion and three quarters", 5.75e9),
        ("They have 3 million and a quarter", 3.25e6),
        ("two million and one half", 2.5e6),
        ("one billion and a half million", 1.0005e9),
        ("two thirds of a million", 2e6 / 3.0),
        ("three quarters billion", 7.5e8),
    ] {
        let q = one(s);
        assert!(close(q.value, v), "{s}: {}", q.value);
        assert_eq!(q.unit, Unit::Count, "{s}");
        assert!(s.ends_with(&s[q.start..q.end]), "{s}");
    }
}

#[test]
fn spoken_decimals() {
    for (s, v) in [
        ("two point two million", 2.2e6),
        ("zero point five", 0.5),
        ("minus two point five", -2.5),
        ("two hundred point zero three", 200.03),
        ("two hundred point seventy-one", 200.71),
        ("1 point 1", 1.1),
        ("point 77", 0.77),
        (".08", 0.08),
    ] {
        whole(s, v);
    }
    let q = one("At one point 300 people waited");
    assert_eq!(q.value, 300.0);
}

#[test]
fn dozens_and_hundreds_after_a_number() {
    for (s, v) in [
        ("two dozen", 24.0),
        ("2 dozens", 24.0),
        ("half a dozen", 6.0),
        ("a dozen", 12.0),
        ("322 hundred", 32_200.0),
        ("sixty hundreds", 6_000.0),
        ("3 hundred and 21", 321.0),
        ("4 thousand 3 hundred and 21", 4_321.0),
    ] {
        whole(s, v);
    }
    nothing_in("dozens of tourists");
}

#[test]
fn indian_and_compound_scales() {
    for (s, v) in [
        ("three lakh crore", 3e12),
        ("three thousand millions", 3e9),
        ("30 lkh", 3e6),
        ("three hundred krores", 3e9),
        (
            "three cr twelve lac fifty-six thousand seven hundred twenty-one",
            31_256_721.0,
        ),
        ("6 crore and two hundred", 60_000_200.0),
    ] {
        whole(s, v);
    }
}

#[test]
fn currency_codes_and_signs_in_more_places() {
    for (s, v, u) in [
        ("us $ 10 billion", 1e10, Unit::USD),
        ("u.s $ 100,000,000", 1e8, Unit::USD),
        ("2.75US$", 2.75, Unit::USD),
        ("20Rs", 20.0, Unit::INR),
        ("75 USD million", 75e6, Unit::USD),
        ("30 MUSD", 30e6, Unit::USD),
        ("120 MEUR", 120e6, Unit::EUR),
        ("US$ 1MM", 1e6, Unit::USD),
    ] {
        assert_eq!(whole(s, v).unit, u, "{s}");
    }
    assert_eq!(one("it costs a dollar").unit, Unit::USD);
    assert!(close(one("2mil").value, 2e6));
    assert!(close(one("2.33 k").value, 2330.0));
}

#[test]
fn minus_and_negative_words() {
    whole("minus one", -1.0);
    whole("negative one", -1.0);
    whole("minus five point five", -5.5);
}

#[test]
fn a_number_alone_with_a_full_stop_is_not_list_numbering() {
    assert_eq!(one("192.").value, 192.0);
}

#[test]
fn slash_joined_numbers_that_are_no_fraction_are_not_quantities() {
    for s in ["in 2023/24", "open 24/7", "on 5/17/2018", "1/0"] {
        nothing_in(s);
    }
}

#[test]
fn ordinals_glued_to_a_hyphenated_noun_are_not_quantities() {
    nothing_in("21st-century telescopes");
}

#[test]
fn sign_after_the_currency_and_trillions_after_money() {
    assert_eq!(one("revenue of $-99.99").value, -99.99);
    assert!(close(one("GDP is $2.174T.").value, 2.174e12));
    assert_eq!(one("278,000 t of grain").value, 278_000.0);
}

#[test]
fn plural_fractions_before_a_word_are_still_fractions() {
    let q = one("three halves fractional");
    assert_eq!((q.unit, q.value), (Unit::Percent, 150.0));
    nothing_in("for a third year");
}

#[test]
fn bounds_written_in_words_signs_and_tails() {
    for (s, h) in [
        ("greater than 4,565", Hedge::MoreThan),
        ("less than or equal to 100", Hedge::AtMost),
        ("equal to or more than 30", Hedge::AtLeast),
        ("five hundred or less", Hedge::AtMost),
        ("five hundred and more", Hedge::AtLeast),
        ("200 or greater", Hedge::AtLeast),
        ("> 10", Hedge::MoreThan),
        (">= 30", Hedge::AtLeast),
        ("surpass 3000", Hedge::MoreThan),
    ] {
        let q = one(s);
        assert_eq!(q.hedge, h, "{s}");
        assert_eq!(&s[q.start..q.end], s, "{s}");
    }
    assert_eq!(one("<-30").value, -30.0);
    // "5000 or less than 6000": the tail is the next figure's bound.
    assert_eq!(
        extract_quantities("5000 or less than 6000")[0].hedge,
        Hedge::None
    );
    assert!(
        extract_quantities("<>30")
            .iter()
            .all(|q| q.hedge == Hedge::None)
    );
}

#[test]
fn ranges_without_a_unit_unless_they_join_years() {
    assert_eq!(one("between 20 and 30").range, Some((20.0, 30.0)));
    assert_eq!(one("1000-5000").range, Some((1000.0, 5000.0)));
    assert_eq!(one("5k-20k").range, Some((5000.0, 20000.0)));
    assert_eq!(one("20~100").range, Some((20.0, 100.0)));
    assert_eq!(one("20 through 100").range, Some((20.0, 100.0)));
    nothing_in("in 2021-2024 the");
    nothing_in("1995-01");
}

#[test]
fn a_lower_and_an_upper_bound_joined_are_one_range() {
    let s = "greater than 100 and smaller than 300";
    let q = one(s);
    assert_eq!((q.range, q.hedge), (Some((100.0, 300.0)), Hedge::None));
    assert_eq!(&s[q.start..q.end], s);
    assert_eq!(
        one("at most 100 and at least 20").range,
        Some((20.0, 100.0))
    );
    // Bounds that cross are two figures.
    assert_eq!(extract_quantities("More than 40 and less than 10").len(), 2);
}

#[test]
fn a_written_sign_belongs_to_the_first_end_of_a_range() {
    assert_eq!(
        one("between negative ten and fifteen").range,
        Some((-10.0, 15.0))
    );
    assert_eq!(one("exports fell 5-7%").range, Some((-7.0, -5.0)));
}

#[test]
fn spelled_numbers_that_end_in_an_ordinal_are_ordinals() {
    for s in [
        "twenty-three thousand four hundred fifty-first",
        "one thousand two hundred thirty-fourth",
        "the nine hundred ninetieth",
    ] {
        nothing_in(s);
    }
}

#[test]
fn a_filled_place_ends_a_spelled_number() {
    let values: Vec<f64> = extract_quantities("hundred and five twenty two")
        .iter()
        .map(|q| q.value)
        .collect();
    assert_eq!(values, [105.0, 22.0]);
    assert_eq!(
        extract_quantities("hundred and five hundred and six").len(),
        2
    );
    assert!(close(
        one("seven quadrillion six hundred fifty-four trillion").value,
        7.654e15
    ));
}

#[test]
fn one_in_five_is_a_share() {
    for (s, v) in [
        ("one in five tourists", 20.0),
        ("3 out of 10 visitors", 30.0),
        ("two out of five hundred", 0.4),
    ] {
        let q = one(s);
        assert_eq!((q.unit, q.fraction), (Unit::Percent, true), "{s}");
        assert!(close(q.value, v), "{s}: {}", q.value);
    }
    // A year, a span of time, or a larger first number: no share.
    assert!(
        extract_quantities("sold 5 in 2024")
            .iter()
            .all(|q| !q.fraction)
    );
    assert!(
        extract_quantities("up 3 in 10 years")
            .iter()
            .all(|q| !q.fraction)
    );
    assert!(
        extract_quantities("a 3 in 1 printer")
            .iter()
            .all(|q| !q.fraction)
    );
}

#[test]
fn the_two_countries_names_them_and_counts_nothing() {
    nothing_in("trade between the two countries grew");
    nothing_in("these three partners");
    assert_eq!(one("the two million tourists").value, 2e6);
}

#[test]
fn changes_by_a_factor_by_half_and_in_pc() {
    let q = one("Exports increased by a factor of three in 2023.");
    assert_eq!((q.unit, q.value), (Unit::Multiplier, 3.0));
    let q = one("Imports fell by half in 2022.");
    assert_eq!(
        (q.unit, q.value, q.direction),
        (Unit::Percent, -50.0, Some(Direction::Down))
    );
    assert_eq!(one("Remittances grew 15pc in 2023.").unit, Unit::Percent);
    nothing_in("in the first half of 2024");
}

#[test]
fn a_bound_word_before_the_next_figure_is_that_figures() {
    let qs = extract_quantities("exports of 339 and over 2.4 percent");
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!((qs[0].hedge, qs[1].hedge), (Hedge::None, Hedge::MoreThan));
    assert!(qs[0].end <= qs[1].start);
    // The input the property test found: spans never overlap.
    let qs = extract_quantities("1 339,8 and over 2.4 trade trade");
    assert!(qs.windows(2).all(|w| w[0].end <= w[1].start), "{qs:?}");
}

#[test]
fn a_plus_sign_states_a_rise() {
    let qs = extract_quantities("Exports totaled $6.1 billion (+8.4%), imports +0.4%");
    assert_eq!(qs.len(), 3, "{qs:?}");
    assert_eq!((qs[1].value, qs[1].direction), (8.4, Some(Direction::Up)));
    assert_eq!(qs[2].direction, Some(Direction::Up));
}

#[test]
fn decimal_and_grouping_marks() {
    assert_eq!(parse_digits("1,339.8"), Some((1339.8, 0.05)));
    assert_eq!(parse_digits("339,8"), Some((339.8, 0.05)));
    assert_eq!(parse_digits("2,400"), Some((2400.0, 50.0)));
    assert_eq!(parse_digits("1.339.800"), Some((1339800.0, 50.0)));
    assert_eq!(parse_digits("1.339,8"), Some((1339.8, 0.05)));
    assert_eq!(parse_digits("0,5"), Some((0.5, 0.05)));
}

#[test]
fn other_dollars_are_not_us_dollars() {
    for (text, unit) in [
        ("HK$5.2 billion", "HKD"),
        ("NZ$ 300 million", "NZD"),
        ("S$1.1 billion", "SGD"),
        ("HKD 40 million", "HKD"),
        ("120 million NZD", "NZD"),
        ("SGD 9.5 million", "SGD"),
    ] {
        let qs = extract_quantities(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        assert_eq!(qs[0].unit.as_str(), unit, "{text}");
    }
    // "a $5 million loan": the article, not a currency prefix.
    assert_eq!(extract_quantities("a $5 million loan")[0].unit, Unit::USD);
}

/// Letters glued to a dollar sign name another dollar or peso, found the way a reader does:
/// a sign of its own ("RD$", "FJ$", "Bds$"), an ISO code ("MXN$"), a country's two-letter
/// code ("TT$", "BZ$"), or the news forms ("EC$"). Letters nothing names still say the
/// dollar is not the US one: such an amount is money in one of the dollar-sign currencies.
#[test]
fn letters_glued_to_a_dollar_sign_are_never_us_dollars() {
    for (text, unit, value) in [
        ("RD$500", "DOP", 500.0),
        ("FJ$5 million", "FJD", 5e6),
        ("Bds$100", "BBD", 100.0),
        ("EC$100", "XCD", 100.0),
        ("MXN$15", "MXN", 15.0),
        ("TT$20 million", "TTD", 20e6),
        ("BZ$40", "BZD", 40.0),
    ] {
        reads_as(text, unit, value);
        let q = one(text);
        assert_eq!(
            &text[q.start..q.end],
            text,
            "the letters are part of the amount"
        );
    }
    let text = "It cost J$500 million.";
    let q = one(text);
    assert_eq!((&text[q.start..q.end], q.value), ("J$500 million", 5e8));
    match q.unit {
        Unit::MoneyOneOf(shared) => {
            assert!(shared.currencies().len() > 10, "{:?}", shared.codes());
            assert!(
                shared
                    .currencies()
                    .iter()
                    .all(|c| c.symbol().symbol.contains('$'))
            );
        }
        other => panic!("J$: {other:?}"),
    }
    // Spaced or an article: the US dollar as before.
    reads_as("a $5 million loan", "USD", 5e6);
    reads_as("US$2.4 billion", "USD", 2.4e9);
}

#[test]
fn a_scaled_decimal_is_the_exact_figure_written() {
    for (text, want) in [
        ("$4.1 bln", 4_100_000_000.0),
        ("$0.3 billion", 300_000_000.0),
        ("1.1 million tourists", 1_100_000.0),
        ("$2.87 trillion", 2_870_000_000_000.0),
    ] {
        assert_eq!(extract_quantities(text)[0].value, want, "{text}");
    }
}

#[test]
fn changes_written_in_news_forms() {
    let q = |t: &str, k: usize| {
        let q = extract_quantities(t).remove(k);
        (q.value, q.direction)
    };
    assert_eq!(
        q("1,054,329 people (-31.7%)", 1),
        (-31.7, Some(Direction::Down))
    );
    assert_eq!(
        q("marking a 4.1% year-on-year increase", 0),
        (4.1, Some(Direction::Up))
    );
    assert_eq!(
        q("arrivals plunge 34.5% in October", 0),
        (-34.5, Some(Direction::Down))
    );
    assert_eq!(
        q("lowered by 97.8% and 92.1%, respectively", 1),
        (-92.1, Some(Direction::Down))
    );
    // A share beside a change stays a share: "rose 5%, a 22% share" is not joined by "and".
    assert_eq!(q("exports rose 5% to a 22% share", 1), (22.0, None));
}

#[test]
fn every_iso_currency_is_money_in_its_own_unit() {
    use iso_currency::Currency;
    let u = |t: &str| extract_quantities(t).remove(0).unit;
    assert_eq!(u("Kuwait paid 42 KWD"), Unit::Money(Currency::KWD));
    assert_eq!(u("he paid ten shekels"), Unit::Money(Currency::ILS));
    assert_eq!(
        u("SAR 500 million was invested"),
        Unit::Money(Currency::SAR)
    );
    assert_eq!(u("it costs ringgit 42"), Unit::Money(Currency::MYR));
    assert_eq!(u("300 million Kuwaiti dinars"), Unit::Money(Currency::KWD));
    assert_eq!(u("a ₩5 trillion budget"), Unit::Money(Currency::KRW));
    assert_eq!(u("R$5 a kilo"), Unit::Money(Currency::BRL));
    assert_eq!(u("Mex$4 a litre"), Unit::Money(Currency::MXN));
    assert_eq!(u("3 billion reais"), Unit::Money(Currency::BRL));
    // Words that only look like currencies stay what they are.
    assert_eq!(u("they won 42 medals"), Unit::Count);
    assert_eq!(u("passed the 1 million mark"), Unit::Count);
    assert_eq!(u("12 TOP officials"), Unit::Count);
    // "dinars" alone could be any of several: money of one of them, never a guessed one.
    assert_eq!(
        u("300 million dinars").as_str(),
        "BHD/DZD/IQD/JOD/KWD/LYD/RSD/TND"
    );
}

#[test]
fn a_noun_or_sign_several_currencies_share_is_money_of_one_of_them() {
    let unit = |t: &str| one(t).unit;
    for (text, codes) in [
        ("a loaf costs 145 lei in Bucharest", "MDL/RON"),
        ("the ticket was 172 kr", "DKK/ISK/NOK/SEK"),
        ("a fine of 10 Kr", "DKK/ISK/NOK/SEK"),
        ("he was paid ten riyals", "QAR/SAR"),
        (
            "salaries of 500,000 pesos",
            "ARS/CLP/COP/CUC/CUP/DOP/MXN/PHP/UYU",
        ),
        ("a 20 francs fee", "BIF/CDF/CHF/DJF/GNF/KMF/RWF"),
        ("it cost ₨ 500", "LKR/MUR/NPR/PKR"),
        ("4,000 shillings a month", "KES/SOS/TZS/UGX"),
        ("106.61 ريال", "IRR/OMR/QAR/SAR/YER"),
        ("644.00 جنيه", "EGP/FKP/GIP/LBP/SDG/SHP/SSP/SYP"),
    ] {
        let u = unit(text);
        assert!(u.is_money(), "{text}: {u:?}");
        assert_eq!(u.as_str(), codes, "{text}");
    }
    // Where the text names the country, or news reads the sign one way, that currency.
    assert_eq!(
        unit("300 Saudi riyals"),
        Unit::Money(iso_currency::Currency::SAR)
    );
    assert_eq!(unit("20 Swiss francs"), Unit::CHF);
    assert_eq!(unit("it sold for 5 S$"), Unit::SGD);
    assert_eq!(unit("1,200 rubles"), Unit::RUB);
    assert_eq!(unit("50 manats"), Unit::AZN);
    assert_eq!(unit("a £5 note"), Unit::GBP);
    // Weight, and English words a shared noun spells, stay counts.
    assert_eq!(unit("a 5 pound bag"), Unit::Count);
    assert_eq!(unit("they won 42 medals"), Unit::Count);
}

#[test]
fn hyphenated_compounds_are_one_figure() {
    let q = extract_quantities("exports grew one-and-a-half times").remove(0);
    assert_eq!((q.value, q.unit), (1.5, Unit::Multiplier));
    let q = extract_quantities("two-and-a-half million tourists").remove(0);
    assert_eq!((q.value, q.unit), (2.5e6, Unit::Count));
    // An order of magnitude: from a billion to ten, never exactly a billion.
    let q = extract_quantities("a billion-dollar deal").remove(0);
    assert_eq!((q.unit, q.range), (Unit::USD, Some((1e9, 1e10))));
    assert!(extract_quantities("a well-known firm").is_empty());
}

#[test]
fn hundredths_written_after_a_whole_amount_are_one_figure() {
    let q = |t: &str| {
        let q = extract_quantities(t).remove(0);
        (q.value, q.unit)
    };
    assert_eq!(q("It cost $20 and 43c."), (20.43, Unit::USD));
    assert_eq!(q("It cost 15 dollars 50."), (15.5, Unit::USD));
    assert_eq!(q("It cost $3 and 5 cents."), (3.05, Unit::USD));
    // Two digits that count something else stay their own figure.
    assert_eq!(extract_quantities("It cost $20, 15 of them paid").len(), 2);
    let qs = extract_quantities("He paid $20 and 43 people came");
    assert_eq!((qs.len(), qs[0].value), (2, 20.0));
}

#[test]
fn cents_after_and_and_local_letter_signs() {
    use iso_currency::Currency;
    let q = |t: &str| {
        let q = extract_quantities(t).remove(0);
        (q.value, q.unit)
    };
    assert_eq!(q("twenty dollar and 43"), (20.43, Unit::USD));
    assert_eq!(q("US$3 and fifteen"), (3.15, Unit::USD));
    assert_eq!(
        q("20 ringgit and 43 sen"),
        (20.43, Unit::Money(Currency::MYR))
    );
    assert_eq!(q("RM42 a night"), (42.0, Unit::Money(Currency::MYR)));
    assert_eq!(q("42 RM a night"), (42.0, Unit::Money(Currency::MYR)));
    assert_eq!(q("42 BGN"), (42.0, Unit::Money(Currency::BGN)));
    let m = extract_quantities("paid Malaysian ringgit 42").remove(0);
    assert_eq!((m.start, m.unit), (5, Unit::Money(Currency::MYR)));
    // "and" before a figure that goes on is another figure.
    assert_eq!(extract_quantities("$20 and 43 people").len(), 2);
}

/// Codes news writes before an amount in other cases than capitals: the Financial Times'
/// "Rmb10bn", lower-cased text ("usd 20"). Lower-case codes that are English words ("gel",
/// "try", "all", "cad") stay words.
#[test]
fn currency_codes_before_an_amount_in_other_cases() {
    reads_as("Rmb10bn", "CNY", 1e10);
    reads_as("It lent Rmb 1.2tn last year.", "CNY", 1.2e12);
    reads_as("usd 20", "USD", 20.0);
    reads_as("eur 1.5 million", "EUR", 1.5e6);
    let two: Vec<(f64, Unit)> = extract_quantities("rmb 10 usd 20")
        .into_iter()
        .map(|q| (q.value, q.unit))
        .collect();
    assert_eq!(two, [(10.0, Unit::CNY), (20.0, Unit::USD)]);
    for text in [
        "all 20 countries",
        "try 3 times",
        "gel 5 tubes",
        "a cad 2 times",
    ] {
        no_money(text);
    }
}

#[test]
fn weights_and_measures_are_neither_money_nor_shares() {
    let u = |t: &str| extract_quantities(t).remove(0).unit;
    assert_eq!(u("two pounds of meat"), Unit::Count);
    assert_eq!(u("3/4 cup of sugar"), Unit::Count);
    // Sterling stays sterling: scaled, or with no "of" after.
    assert_eq!(u("2 billion pounds of investment"), Unit::GBP);
    assert_eq!(u("it cost 6 pounds"), Unit::GBP);
    assert_eq!(u("3/4 of exports"), Unit::Percent);
    assert!(extract_quantities("the twenty—fifth anniversary").is_empty());
    assert!(extract_quantities("three trillionth").is_empty());
}

#[test]
fn a_list_item_s_number_is_no_figure() {
    let qs = extract_quantities("1. Copper ores - 393.6 million USD, increase of 130%;");
    let values: Vec<f64> = qs.iter().map(|q| q.value).collect();
    assert_eq!(values, [393.6e6, 130.0]);
}

#[test]
fn dollars_after_a_dotted_us_are_us_dollars() {
    let q = one("Georgia exported 574.8 million U.S. dollars of goods to China.");
    assert_eq!(q.unit, Unit::USD);
    assert!(close(q.value, 574.8e6));
    assert_eq!(one("It cost 12 U.S dollars.").unit, Unit::USD);
}

#[test]
fn a_counted_noun_may_stand_between_a_figure_and_more_than() {
    let q = one("It had 7,424 people more than a year before.");
    assert_eq!(q.direction, Some(Direction::Up));
    let q = one("It had 7,424 visitors fewer than a year before.");
    assert_eq!(q.direction, Some(Direction::Down));
    assert_eq!(one("It had 7,424 visitors in all.").direction, None);
}

#[test]
fn dotted_groups_of_other_than_three_digits_are_no_number() {
    nothing_in("Baku / 21.08.18 / Turan");
    nothing_in("published 03.12.2023");
    assert_eq!(one("Over 1.655.000 foreigners").value, 1_655_000.0);
}

#[test]
fn a_change_word_after_a_comma_and_before_than_is_the_figures() {
    let qs = extract_quantities(
        "It reached $19 billion, almost $1 billion, or 5.5%, more than last year.",
    );
    let pct = qs.iter().find(|q| q.unit == Unit::Percent).unwrap();
    assert_eq!(pct.direction, Some(Direction::Up));
    let q = one("Trade reached 5.5%, the highest share.");
    assert_eq!(q.direction, None);
}

#[test]
fn a_change_noun_one_word_after_a_figure_is_its_direction() {
    let q = one("After a 6.8-percent economic decline in 2020");
    assert_eq!((q.direction, q.value), (Some(Direction::Down), -6.8));
    assert_eq!(one("a 5% export increase").direction, Some(Direction::Up));
    assert_eq!(one("a 20% market share").direction, None);
}

#[test]
fn amounts_grouped_by_spaces_beside_a_currency_are_one() {
    let q = one("It costs 9 800 Kč.");
    assert_eq!(
        (q.value, q.unit),
        (9800.0, Unit::Money(iso_currency::Currency::CZK))
    );
    let q = one("It costs 2 660 руб.");
    assert_eq!(
        (q.value, q.unit),
        (2660.0, Unit::Money(iso_currency::Currency::RUB))
    );
    let q = one("It cost USD 15 919 in all.");
    assert_eq!((q.value, q.unit), (15919.0, Unit::USD));
    let q = one("It costs 2 285,81 грн.");
    assert_eq!(
        (q.value, q.unit),
        (2285.81, Unit::Money(iso_currency::Currency::UAH))
    );
    // Millions: every group is one amount, the currency after the last or before the first.
    reads_as("The flat costs 3 250 000 €.", "EUR", 3_250_000.0);
    reads_as("The flat costs € 3 250 000.", "EUR", 3_250_000.0);
    reads_as("It cost USD 1 250 000 in all.", "USD", 1_250_000.0);
    reads_as("Revenue was 12 345 678 GEL.", "GEL", 12_345_678.0);
    reads_as(
        "Exports reached 1 234 567.8 thousand dollars.",
        "USD",
        1_234_567_800.0,
    );
    // No currency, scale or decimal beside: two numbers stay two.
    assert_eq!(extract_quantities("in 10 100 cases").len(), 2);
}

#[test]
fn a_country_and_its_own_currency_noun_name_the_currency() {
    let myr = Unit::Money(iso_currency::Currency::MYR);
    assert_eq!(one("It cost 42 malaysia ringgit.").unit, myr);
    assert_eq!(one("It cost 42 Malaysia ringgits.").unit, myr);
    // Another country's currency noun is no currency of that country.
    assert_ne!(one("It cost 42 malaysia dollars.").unit, myr);
}

#[test]
fn an_amount_or_another_change_more_is_a_change() {
    let qs = extract_quantities("This is $12.60 mln or 2.2 percent more than in 2022.");
    assert_eq!(qs[0].direction, Some(Direction::Up));
    let qs = extract_quantities("11,181 came (7,424 people or 2.9-fold more versus August 2020).");
    assert_eq!(qs[1].direction, Some(Direction::Up));
    // "or more" is a bound, and a word between is no figure.
    assert_eq!(one("It had 5 or more.").direction, None);
    assert_eq!(
        extract_quantities("It had 5 or even more.")[0].direction,
        None
    );
}

#[test]
fn signs_of_several_characters_after_an_amount() {
    for (text, unit, value) in [
        ("Tickets cost 230 лв. at the door", "BGN", 230.0),
        ("a fine of 1,500 ден was set", "MKD", 1500.0),
        ("the bill came to 3,439.00 د.إ in all", "AED", 3439.0),
        ("a 25 R$ fee", "BRL", 25.0),
        ("wages of 900 GH₵ a month", "GHS", 900.0),
        ("prices from 5,000 FCFA", "XAF", 5000.0),
    ] {
        reads_as(text, unit, value);
    }
    // Units and words a currency's sign is also written as stay what they are.
    for text in [
        "a 50 KM stretch of road",
        "30 MT of wheat",
        "winds of 40 kn",
        "a 40 Ft container",
    ] {
        let qs = extract_quantities(text);
        assert!(qs.iter().all(|q| !q.unit.is_money()), "{text}: {qs:?}");
    }
}

#[test]
fn the_tail_of_an_amount_split_from_its_head_is_no_figure() {
    // The head of the amount is a name's number ("Section 170"); its tail is no zero.
    for text in ["Section 170 000", "PTE 120 000 000"] {
        let qs = extract_quantities(text);
        assert!(qs.iter().all(|q| q.value != 0.0), "{text}: {qs:?}");
    }
    assert_eq!(
        extract_quantities("We paid 170 000 in fees")[0].value,
        170_000.0
    );
    assert_eq!(extract_quantities("a share of 0.5 percent")[0].value, 0.5);
    assert_eq!(extract_quantities("code 0033")[0].value, 33.0);
}

#[test]
fn local_abbreviations_and_whole_unit_currencies() {
    for (text, unit, value) in [
        ("a price of 10,75 TL", "TRY", 10.75),
        ("TL 5 billion in loans", "TRY", 5e9),
        ("a bill of 423.923 KD", "KWD", 423.923),
        ("a loan of LE 500 million", "EGP", 5e8),
        ("ten tugriks", "MNT", 10.0),
        ("rent of 2000 zl a month", "PLN", 2000.0),
        // No minor unit: a lone dot before three digits groups thousands.
        ("a bowl of pho for 12.500 ₫", "VND", 12500.0),
        ("tickets at ¥1.500", "JPY", 1500.0),
        ("R8,499 for the phone", "ZAR", 8499.0),
        ("a R2.5 billion budget", "ZAR", 2.5e9),
        ("it costs R273.00", "ZAR", 273.0),
    ] {
        reads_as(text, unit, value);
    }
    // A decimal yen stays a decimal; a road's or an engine's number is no rand.
    assert_eq!(extract_quantities("¥1.5 trillion")[0].value, 1.5e12);
    assert_eq!(extract_quantities("a rate of 1.25 yen")[0].value, 1.25);
    assert!(extract_quantities("The R2 road and the R5 engine").is_empty());
}

#[test]
fn sub_units_in_compounds_signs_and_words() {
    for (text, unit, value) in [
        ("a 12-cent dividend", "USD", 0.12),
        ("a 10-pence rise", "GBP", 0.1),
        ("shares closed one penny higher", "GBP", 0.01),
        ("a stamp for 10¢", "USD", 0.1),
        ("it cost thirteen dollars forty-five cents", "USD", 13.45),
        // Spelled hundredths where the amount ends, as "15 dollars 50." are.
        ("it only cost thirteen dollars forty five", "USD", 13.45),
        ("it cost five euros twenty.", "EUR", 5.2),
        ("it cost thirteen dollars forty five cents", "USD", 13.45),
    ] {
        let q = one(text);
        assert_eq!(q.unit.as_str(), unit, "{text}");
        assert!((q.value - value).abs() < 1e-9, "{text}: {}", q.value);
    }
    assert!(extract_quantities("one of the partners").is_empty());
}

#[test]
fn money_in_everyday_words() {
    for (text, value) in [
        ("it cost 42 bucks", 42.0),
        ("he paid 10 grand.", 10_000.0),
        ("ten dimes", 1.0),
        ("five nickels", 0.25),
    ] {
        let q = one(text);
        assert_eq!(q.unit, Unit::USD, "{text}");
        assert!((q.value - value).abs() < 1e-9, "{text}: {}", q.value);
    }
    // A noun after it: "grand" is an adjective.
    assert!(
        extract_quantities("10 grand pianos")
            .iter()
            .all(|q| q.unit != Unit::USD)
    );
}

#[test]
fn nought_is_zero() {
    let qs = extract_quantities("inflation was nine point nought four percent");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(
        (qs[0].value - 9.04).abs() < 1e-9 && qs[0].unit == Unit::Percent,
        "{qs:?}"
    );
    assert_eq!(
        extract_quantities("naught point five percent")[0].value,
        0.5
    );
}

#[test]
fn fractions_as_one_character_and_cents_after_a_sign() {
    let qs = extract_quantities("the share is ¾ and sometimes ½");
    let shares: Vec<f64> = qs.iter().map(|q| q.value).collect();
    assert_eq!(shares, [75.0, 50.0], "{qs:?}");
    assert!(qs.iter().all(|q| q.unit == Unit::Percent));
    let q = &extract_quantities("Exports rose ½ percent")[0];
    assert_eq!((q.value, q.unit), (0.5, Unit::Percent));
    let q = &extract_quantities("a stamp costs $.75")[0];
    assert_eq!((q.value, q.unit), (0.75, Unit::USD));
}

#[test]
fn an_ordinal_before_a_noun_is_no_fraction() {
    for text in [
        "exports fell for a fifth consecutive month",
        "prices rose for a third straight year",
        "a sixth round of talks",
        "trade grew for the eighth time",
    ] {
        let qs = extract_quantities(text);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    for (text, value) in [
        ("a fifth of exports", 20.0),
        ("exports grew by a third.", 33.3),
        ("one eighth of tourists", 12.5),
        ("five eighths of the total", 62.5),
    ] {
        let q = one(text);
        assert!((q.value - value).abs() < 0.05, "{text}: {q:?}");
    }
}

#[test]
fn a_fraction_of_a_percentage_point_is_that_many_points() {
    for (text, value, unit) in [
        (
            "rates rose by a quarter of a percentage point",
            0.25,
            Unit::PercentagePoints,
        ),
        (
            "the bank cut its rate by half a percentage point",
            0.5,
            Unit::PercentagePoints,
        ),
        (
            "growth slowed by three quarters of a percentage point",
            0.75,
            Unit::PercentagePoints,
        ),
        ("prices rose a third of a percent", 1.0 / 3.0, Unit::Percent),
        (
            "inflation was a tenth of a point lower",
            0.1,
            Unit::PercentagePoints,
        ),
    ] {
        let q = one(text);
        assert_eq!(q.unit, unit, "{text}: {q:?}");
        assert!((q.value.abs() - value).abs() < 1e-9, "{text}: {q:?}");
    }
}

#[test]
fn a_spoken_fraction_covers_what_it_is_the_nearest_round_fraction_to() {
    // Writers round to halves, thirds, quarters, fifths and tenths: "a quarter" is right
    // for 22.5–27.5%, not for 16% (a sixth), and not only for 24.5–25.5%.
    let half_of = |text: &str| {
        let q = extract_quantities(text).remove(0);
        (q.value, q.half_unit)
    };
    assert_eq!(half_of("a quarter of imports"), (25.0, 2.5));
    assert_eq!(half_of("half of the exports"), (50.0, 5.0));
    let (v, h) = half_of("a third of tourists");
    assert!(
        (v - 100.0 / 3.0).abs() < 1e-9 && (h - 10.0 / 3.0).abs() < 1e-8,
        "{v} {h}"
    );
    assert_eq!(half_of("the share is ¾"), (75.0, 2.5));
}

#[test]
fn a_fraction_before_a_comparative_is_a_change() {
    for (text, value) in [
        ("Exports were a third higher than in 2023.", 100.0 / 3.0),
        ("Imports were a quarter lower than a year earlier.", -25.0),
    ] {
        let q = one(text);
        assert!((q.value - value).abs() < 1e-9, "{text}: {q:?}");
        assert!(q.direction.is_some() && !q.fraction, "{text}: {q:?}");
    }
}

/// British prices in pence written "p" against the number ("99p", "145.9p a litre", "a 2p
/// cut"); a time ("3pm") and a page ("p. 30") are not money.
#[test]
fn pence_written_as_p() {
    reads_as("A pint rose to 99p.", "GBP", 0.99);
    reads_as("Petrol averaged 145.9p a litre.", "GBP", 1.459);
    reads_as("a 2p cut in national insurance", "GBP", 0.02);
    for text in [
        "The meeting starts at 3pm.",
        "See p. 30 of the report.",
        "a 5P engine",
    ] {
        no_money(text);
    }
}

/// Ukrainian hundredths: "3 UAH 4 kopiykas" is one amount, "50 kopiykas" half a hryvnia.
#[test]
fn kopiykas_are_hundredths_of_the_hryvnia() {
    reads_as("3 UAH 4 kopiykas", "UAH", 3.04);
    reads_as("It cost 50 kopiykas.", "UAH", 0.5);
}

/// A currency noun that is also an English word is money after a scale word: "1.2 trillion
/// won" (South Korea's, as news means). A milestone ("the 1 million mark") and a sum are not.
#[test]
fn currency_nouns_that_are_words_after_a_scale() {
    reads_as("Samsung invested 1.2 trillion won in 2023.", "KRW", 1.2e12);
    reads_as("Laos spent 300 billion kip.", "LAK", 3e11);
    for text in [
        "Arrivals passed the 1 million mark in 2023.",
        "He paid a 5 million sum.",
        "The team won 3 million votes.",
    ] {
        no_money(text);
    }
}

/// The letters house styles write before an amount: the Gulf's "Dh50 million", "SR500
/// million", "QR2 billion", "RO 30 million", "BD 12.5 million"; East Africa's "Sh5 billion"
/// (a shilling, which one the letters do not say) and "KSh"; Bangladesh's "Tk 500 crore";
/// the FT's "SFr1.2bn". Only before a money-shaped amount (a scale, grouped thousands or
/// cents): "SR 500" is a road, "RO 30" a model.
#[test]
fn house_style_letter_signs_before_an_amount() {
    reads_as("Dh50 million", "AED", 5e7);
    reads_as("Dhs 1,250", "AED", 1250.0);
    reads_as("SR500 million", "SAR", 5e8);
    reads_as("QR2 billion", "QAR", 2e9);
    reads_as("RO 30 million", "OMR", 3e7);
    reads_as("BD 12.5 million", "BHD", 1.25e7);
    reads_as("KSh 5 billion", "KES", 5e9);
    reads_as("Tk 500 crore", "BDT", 5e9);
    reads_as("SFr1.2bn", "CHF", 1.2e9);
    let q = one("The county got Sh5 billion.");
    assert!(
        matches!(q.unit, Unit::MoneyOneOf(s) if s.currencies().contains(&iso_currency::Currency::KES)),
        "{:?}",
        q.unit
    );
    for text in ["Take SR 500 north.", "The RO 30 model", "Tk 5 units"] {
        no_money(text);
    }
}

/// A scale heading a hyphenated word scales the amount: "a £1.2m-a-year contract", "a
/// $1bn-a-year business", "£2bn-worth", "$3 billion-a-year", "a 5 million-strong workforce".
/// Abbreviations only in money: "a 5m-long bridge" is metres, no scale.
#[test]
fn a_scale_heading_a_hyphenated_word() {
    reads_as("a £1.2m-a-year contract", "GBP", 1.2e6);
    reads_as("a $1bn-a-year business", "USD", 1e9);
    reads_as("a $2.4bn-plus deal", "USD", 2.4e9);
    reads_as("£2bn-worth of exports", "GBP", 2e9);
    reads_as("$3 billion-a-year", "USD", 3e9);
    reads_as("a £30k-a-year job", "GBP", 30_000.0);
    reads_as("a 5 million-strong workforce", "count", 5e6);
    let q = one("a 5m-long bridge");
    assert_eq!(q.value, 5.0);
}

/// Abbreviations translated releases write: "7.3 thous. tourists", "$1.2 bil.", "3.5
/// percentage-points", "1.2 billions of dollars".
#[test]
fn abbreviated_scales_and_units_of_translated_releases() {
    reads_as("Arrivals reached 7.3 thous. tourists.", "count", 7300.0);
    reads_as("Exports reached $1.2 bil. in May.", "USD", 1.2e9);
    reads_as("Its share rose by 3.5 percentage-points.", "pp", 3.5);
    reads_as("Exports reached 1.2 billions of dollars.", "USD", 1.2e9);
    // "of" after a scale names a currency only when a currency follows.
    reads_as("Exports reached 1.2 billion of goods.", "count", 1.2e9);
}

/// Hedges written as abbreviations or idioms: "approx. $5 million", "c. 40%", "north of $5
/// million", "just shy of 10%", "south of 3%".
#[test]
fn hedges_written_as_abbreviations_and_idioms() {
    let hedge = |t: &str| one(t).hedge;
    assert_eq!(hedge("Exports were approx. $5 million."), Hedge::Approx);
    assert_eq!(hedge("Its share was c. 40% in 2023."), Hedge::Approx);
    assert_eq!(hedge("Its share was ca. 40% in 2023."), Hedge::Approx);
    assert_eq!(hedge("Sales were north of $5 million."), Hedge::MoreThan);
    assert_eq!(hedge("Growth was just shy of 10%."), Hedge::Nearly);
    assert_eq!(hedge("Inflation stayed south of 3%."), Hedge::LessThan);
    // "exactly" and "precisely" hedge nothing and belong to the span, as "only" does.
    let text = "Exports were exactly $42 million.";
    let q = one(text);
    assert_eq!(
        (&text[q.start..q.end], q.hedge),
        ("exactly $42 million", Hedge::None)
    );
    // A sentence that ends in "c." before a figure is no hedge of it.
    assert_eq!(
        extract_quantities("Its share was 40% in 2023.")[0].hedge,
        Hedge::None
    );
}

/// The rupiah, the forint and the rial have minor units on paper that no price uses: "Rp
/// 31.500" is 31,500 rupiah, as "12.500 ₫" is 12,500 dong. A scale keeps the decimal ("Rp
/// 31.5 trillion"), and a currency whose cents are used keeps three decimals ("$1.085").
#[test]
fn a_dot_groups_thousands_in_currencies_without_minor_units_in_use() {
    reads_as("Rp 31.500 per kilo", "IDR", 31_500.0);
    reads_as("Rp 169.000", "IDR", 169_000.0);
    reads_as("HUF 9.472", "HUF", 9_472.0);
    reads_as("Rp 31.5 trillion", "IDR", 31.5e12);
    reads_as("The euro traded at $1.085.", "USD", 1.085);
}

/// Swiss prices group thousands with an apostrophe: "CHF 1'049,95", "€1’250".
#[test]
fn apostrophes_group_thousands() {
    reads_as("CHF 1'049,95", "CHF", 1049.95);
    reads_as("It costs €1’250.", "EUR", 1250.0);
    reads_as("CHF 12'500'000", "CHF", 12_500_000.0);
}

/// Letters glued to a pound or yen sign name that currency, as they do a dollar's: "E£5
/// billion" is Egyptian pounds (it was read as sterling), "L£" Lebanese, "S£" Syrian, "CN¥"
/// the yuan, "JP¥" the yen; letters that name none leave one of the pounds or yens.
#[test]
fn letters_glued_to_a_pound_or_yen_sign() {
    reads_as("E£5 billion", "EGP", 5e9);
    reads_as("L£1,500", "LBP", 1500.0);
    reads_as("S£300 million", "SYP", 3e8);
    reads_as("CN¥5 billion", "CNY", 5e9);
    reads_as("JP¥300", "JPY", 300.0);
    let q = one("It cost Q£40.");
    assert!(
        matches!(q.unit, Unit::MoneyOneOf(s) if s.currencies().contains(&iso_currency::Currency::EGP)
            && !s.currencies().contains(&iso_currency::Currency::USD)),
        "{:?}",
        q.unit
    );
    reads_as("£5 billion", "GBP", 5e9);
}

/// Abbreviations news uses for a currency that are not its ISO code: Israel's "NIS" (the
/// new Israeli shekel, ILS), the Irish and FT "Stg" (sterling), "Rbl" (roubles), "hrn"
/// (hryvnias); the lari in Georgian script ("ლარი"); the full-width pound sign.
#[test]
fn news_abbreviations_of_currencies() {
    reads_as("NIS 100 million", "ILS", 1e8);
    reads_as("It cost 100 million NIS.", "ILS", 1e8);
    reads_as("Stg 5 million", "GBP", 5e6);
    reads_as("Rbl 5 billion", "RUB", 5e9);
    reads_as("5 billion rbl", "RUB", 5e9);
    reads_as("100 hrn", "UAH", 100.0);
    reads_as("5 million ლარი", "GEL", 5e6);
    reads_as("￡5", "GBP", 5.0);
}

/// Times ten to a power, as science reporting writes it: "1.3x10^6", "6.23 × 10^-4",
/// "2.48×10−5", "1.3 x 10⁶". A plain product ("a 3 x 10 grid") and a multiplier ("up
/// 1.5x") stay what they were.
#[test]
fn times_ten_to_a_power() {
    let value = |t: &str| one(t).value;
    assert_eq!(value("about 1.3x10^6 cells"), 1.3e6);
    assert!((value("a rate of 6.23 × 10^-4") - 6.23e-4).abs() < 1e-12);
    assert!((value("a factor of 2.48×10−5") - 2.48e-5).abs() < 1e-12);
    assert_eq!(value("some 1.3 x 10⁶ cells"), 1.3e6);
    assert_eq!(value("some 4 × 10⁻³ of it"), 4e-3);
    assert_eq!(one("Sales rose 1.5x.").unit, Unit::Multiplier);
    assert_eq!(extract_quantities("a 3 x 10 grid").len(), 2);
}

/// The figures of `text`, each as (unit, value).
fn figures(text: &str) -> Vec<(&'static str, f64)> {
    extract_quantities(text)
        .iter()
        .map(|q| (q.unit.as_str(), q.value))
        .collect()
}

#[test]
fn a_change_from_a_bare_figure_takes_the_scale_and_unit_of_its_end() {
    assert_eq!(
        figures("Exports rose from 400 to 502.7 million dollars."),
        [("USD", 400e6), ("USD", 502.7e6)]
    );
    assert_eq!(
        figures("Imports grew from 1.2 to 1.5 billion USD in 2024."),
        [("USD", 1.2e9), ("USD", 1.5e9)]
    );
    assert_eq!(
        figures("The share fell from 12.4 to 11.2 percent."),
        [("percent", 12.4), ("percent", 11.2)]
    );
    assert_eq!(
        figures("Arrivals grew from 5 to 7.2 million tourists."),
        [("count", 5e6), ("count", 7.2e6)]
    );
    assert_eq!(
        figures("It rose from $400 to $502.7 million."),
        [("USD", 400e6), ("USD", 502.7e6)]
    );
    assert_eq!(
        figures("prices from 26 to 50 €"),
        [("EUR", 26.0), ("EUR", 50.0)]
    );
    // A scale written at each end is each end's own; an end far from the other shares
    // nothing ("from 500 to 1.2 million" is five hundred); years are no figures.
    assert_eq!(
        figures("It rose from 900 million to 1.2 billion dollars."),
        [("USD", 900e6), ("USD", 1.2e9)]
    );
    assert_eq!(
        figures("Visitors grew from 500 to 1.2 million."),
        [("count", 500.0), ("count", 1.2e6)]
    );
    assert_eq!(
        figures("From 2019 to 2024 exports grew 5 percent."),
        [("percent", 5.0)]
    );
}

/// Letters glued to a dollar, pound or yen sign after the amount name the currency as they
/// do before it ("E£45", "45 E£").
#[test]
fn letter_signs_after_the_amount() {
    reads_as("45 E£", "EGP", 45.0);
    reads_as("a fee of 20 TT$ a month", "TTD", 20.0);
    reads_as("1 GY$", "GYD", 1.0);
    reads_as("5 million RD$", "DOP", 5e6);
    // A word before a sign that starts the next amount is no prefix of this one.
    assert_eq!(figures("rose 5 to $20"), [("count", 5.0), ("USD", 20.0)]);
}

/// "1.1^23", "2.5^-1": a power written with a caret is one number, the power's value; a
/// caret between spaced numbers is none.
#[test]
fn caret_powers_are_one_number() {
    let v = |s: &str| one(s).value;
    assert!(close(v("1.1^23"), 1.1f64.powi(23)));
    assert!(close(v("1.1^+23"), 1.1f64.powi(23)));
    assert!(close(v("2.5^-1"), 0.4));
    assert!(close(v("-2500^-1"), -0.0004));
    assert!(close(v("growth of 10^6 units"), 1e6));
    assert_eq!(figures("2 ^ 3").len(), 2);
}

/// A currency's own name in its own script after the amount, as prices there are written;
/// "pennies" are cents (British amounts are pence).
#[test]
fn currencies_named_in_their_own_script() {
    reads_as("12,000원", "KRW", 12000.0);
    reads_as("3,500円", "JPY", 3500.0);
    reads_as("1 人民币", "CNY", 1.0);
    reads_as("20 บาท", "THB", 20.0);
    reads_as("100 ден", "MKD", 100.0);
    reads_as("1 Дин", "RSD", 1.0);
    reads_as("1 ብር", "ETB", 1.0);
    reads_as("ten pennies", "USD", 0.1);
}

/// Headlines tell changes in the present tense: every form of the change verbs reads.
#[test]
fn change_verbs_in_every_tense() {
    for verb in [
        "climb", "climbs", "climbing", "gains", "rising", "expands", "soaring",
    ] {
        let text = format!("Exports {verb} 7.7% in 2024");
        assert_eq!(one(&text).direction, Some(Direction::Up), "{text}");
    }
    for verb in [
        "drops",
        "falling",
        "declining",
        "slides",
        "slid",
        "dips",
        "dipped",
        "sank",
        "sinks",
        "eased",
        "eases",
        "plummeted",
        "tumbles",
    ] {
        let text = format!("Exports {verb} 7.7% in 2024");
        assert_eq!(one(&text).direction, Some(Direction::Down), "{text}");
    }
}

#[test]
fn a_number_after_a_month_that_ends_a_sentence_is_a_figure() {
    assert_eq!(
        figures("Exports peaked in May. 5 firms led."),
        [("count", 5.0)]
    );
}

/// Arabic and Hebrew abbreviations of a currency, written after the amount as prices there
/// are: each of one currency.
#[test]
fn arabic_and_hebrew_currency_abbreviations() {
    for (text, code) in [
        ("45 ج.م", "EGP"),
        ("1 د.ج", "DZD"),
        ("1 ل.س", "SYP"),
        ("1 ل.ل", "LBP"),
        ("1 د.أ", "JOD"),
        ("1 ع.د", "IQD"),
        ("1 ر.ي", "YER"),
        ("1 ج.س.", "SDG"),
        ("1 د.ب", "BHD"),
        ("1 ש״ח", "ILS"),
    ] {
        reads_as(text, code, if code == "EGP" { 45.0 } else { 1.0 });
    }
}
