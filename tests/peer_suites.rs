//! Other extractors' test suites run through our quantity extractor (issue #4 harness).
//! Every case of every suite is run. Out-of-scope cases are marked by the general rules of
//! tests/peer-suites/exclusions.toml, each with its reason; a rule that marks a case we pass
//! fails the test. Each suite has two floors, the measured rates (2026-11-29) over all cases
//! and over the cases in scope, truncated: they move up only as reading improves.
//! Each case passes when we find exactly the expected quantities: same text, value and
//! unit. Per-suite pass rates are printed; each suite has a floor that only moves up.
//! The suites and their licences are in tests/peer-suites/.

use claimcheck::extract::quantity::{Unit, extract_quantities};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
struct Expect {
    text: String,
    value: f64,
    unit: Option<Unit>,
    /// A fraction we report as a share: "two thirds" is 66.7 percent.
    fraction: bool,
    /// Money named by a noun several currencies share ("dinars"): the noun. Ours must be
    /// money of one of several currencies, each of them named so in ISO 4217.
    one_of: Option<&'static str>,
}

impl Expect {
    fn plain(text: &str, value: f64, unit: Option<Unit>) -> Self {
        Expect {
            text: text.to_string(),
            value,
            unit,
            fraction: false,
            one_of: None,
        }
    }

    fn shared(text: &str, value: f64, noun: &'static str) -> Self {
        Expect {
            one_of: Some(noun),
            ..Expect::plain(text, value, None)
        }
    }
}

/// A suite's name for a currency noun several currencies share: "Dinar", "Riyal", "Rial",
/// "Franc".
fn shared_noun(name: &str) -> Option<&'static str> {
    Some(match name {
        "Dinar" => "dinar",
        "Riyal" => "riyal",
        "Rial" => "rial",
        "Franc" => "franc",
        _ => return None,
    })
}

/// Our unit is money of one of several currencies, each named by `noun` in ISO 4217 (the
/// check reads iso_currency's names, not claimcheck's table).
fn money_of_shared_noun(unit: Option<Unit>, noun: &str) -> bool {
    match unit {
        Some(Unit::MoneyOneOf(s)) => {
            s.currencies().len() >= 2
                && s.currencies()
                    .iter()
                    .all(|c| c.name().to_lowercase().split(' ').any(|w| w == noun))
        }
        _ => false,
    }
}

fn ours(input: &str) -> Vec<Expect> {
    extract_quantities(input)
        .into_iter()
        .map(|q| {
            let text = input[q.start..q.end].to_string();
            // "down $ 5,000": we sign the change; the suites annotate the amount. A written
            // sign or "minus" is part of the number for them too.
            let lower = text.to_lowercase();
            // "-15€", "$-99.99": a sign before the first digit.
            let head = &text[..text.find(|c: char| c.is_ascii_digit()).unwrap_or(0)];
            let signed = head.contains(['-', '−'])
                || lower.starts_with("minus")
                || lower.starts_with("negative");
            let value = if q.direction.is_some() && !signed {
                q.value.abs()
            } else {
                q.value
            };
            Expect {
                text,
                value,
                unit: Some(q.unit),
                fraction: q.fraction && q.unit == Unit::Percent,
                one_of: None,
            }
        })
        .collect()
}

/// Our spans include the hedge ("about $ 14 million"); the suites' do not. Duckling's
/// whole-input annotations keep an article before an amount ("a US$4.7 billion"); ours
/// start at the amount.
fn same_text(ours: &str, theirs: &str) -> bool {
    // Recognizers' currency corpus is lower-cased ("usd 200"); case is not what is tested.
    let (ours, theirs) = (ours.trim().to_lowercase(), theirs.trim().to_lowercase());
    let (ours, theirs) = (ours.as_str(), theirs.as_str());
    let theirs = theirs.strip_prefix("a ").unwrap_or(theirs);
    // "1/4 of", "a dozen of": the preposition after a fraction or a dozen is no part of the
    // quantity; we end the span before it.
    let theirs = theirs.strip_suffix(" of").unwrap_or(theirs);
    ours == theirs || (ours.ends_with(theirs) && ours[..ours.len() - theirs.len()].ends_with(' '))
}

fn same(a: &Expect, b: &Expect, f: Family) -> bool {
    // A fraction alone is a share to us (66.7 percent), a plain number to the suites.
    let value = if a.fraction && b.unit.is_none() {
        a.value / 100.0
    } else {
        a.value
    };
    let close = (value - b.value).abs() <= 1e-6 * b.value.abs().max(1.0);
    // A number model annotates the number inside an amount ("20" of "$20"); we annotate
    // the amount.
    let inside_amount = matches!(f, Family::Numbers)
        && a.unit.is_some_and(Unit::is_money)
        && a.text
            .to_lowercase()
            .contains(&b.text.trim().to_lowercase());
    close
        && (same_text(&a.text, &b.text) || inside_amount)
        && match (b.unit, b.one_of) {
            (_, Some(noun)) => money_of_shared_noun(a.unit, noun),
            (None, None) => true,
            (unit, None) => a.unit == unit,
        }
}

/// The units a suite annotates: a currency suite says nothing of the percents beside.
#[derive(Clone, Copy)]
enum Family {
    All,
    /// Every quantity, with a number inside an amount matching the amount.
    Numbers,
    Money,
    Percent,
}

fn in_family(e: &Expect, f: Family) -> bool {
    match f {
        Family::All | Family::Numbers => true,
        Family::Money => e.unit.is_some_and(Unit::is_money),
        Family::Percent => e.unit == Some(Unit::Percent),
    }
}

#[derive(serde::Deserialize)]
struct Exclusions {
    exclude: Vec<Exclusion>,
}

/// A rule: every pattern it gives must match (input, the suite's kind of case, the
/// suite's expected annotation as text).
#[derive(serde::Deserialize)]
struct Exclusion {
    suite: String,
    matches: Option<String>,
    kind: Option<String>,
    expect: Option<String>,
    reason: String,
}

struct Rule {
    suite: String,
    input: Option<regex::Regex>,
    kind: Option<regex::Regex>,
    expect: Option<regex::Regex>,
    reason: String,
}

/// What a case is, for the exclusion rules.
struct Case<'a> {
    suite: &'a str,
    input: &'a str,
    kind: &'a str,
    expect: &'a str,
}

/// Suites that check what must not be read (ordinals, physical quantities as money): what
/// is out of scope is already what they test, so no exclusion rule applies to them.
const ABSENCE_SUITES: &[&str] = &[
    "duckling-ordinal",
    "recognizers-ordinal",
    "duckling-quantity",
];

/// A rule's suites: "*" for all, "!name" for all but one, else names joined by "|".
fn in_suites(rule: &str, suite: &str) -> bool {
    if ABSENCE_SUITES.contains(&suite) {
        return false;
    }
    match rule.strip_prefix('!') {
        Some(not) => not != suite,
        None => rule == "*" || rule.split('|').any(|s| s == suite),
    }
}

/// The reason a case is out of scope, if a rule says so.
fn excluded(c: &Case) -> Option<String> {
    static RULES: std::sync::OnceLock<Vec<Rule>> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(|| {
        let text = std::fs::read_to_string("tests/peer-suites/exclusions.toml").unwrap();
        let x: Exclusions = toml::from_str(&text).unwrap();
        let re = |p: Option<String>| p.map(|p| regex::Regex::new(&p).unwrap());
        x.exclude
            .into_iter()
            .map(|e| Rule {
                suite: e.suite,
                input: re(e.matches),
                kind: re(e.kind),
                expect: re(e.expect),
                reason: e.reason,
            })
            .collect()
    });
    let hit = |re: &Option<regex::Regex>, text: &str| re.as_ref().is_none_or(|r| r.is_match(text));
    rules
        .iter()
        .find(|r| {
            in_suites(&r.suite, c.suite)
                && hit(&r.input, c.input)
                && hit(&r.kind, c.kind)
                && hit(&r.expect, c.expect)
        })
        .map(|r| r.reason.clone())
}

thread_local! {
    /// Set while an excluded case is tried, so its failure is not listed as one. Per
    /// thread: the suites run in parallel.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn verbose() -> bool {
    std::env::var_os("PEER_SUITE_VERBOSE").is_some() && !QUIET.get()
}

/// Tallies one suite: every case is run; passes over all cases, over the cases in scope, and
/// the excluded cases we pass (a rule that takes those out is drawn too wide).
#[derive(Default)]
struct Tally {
    all: usize,
    all_pass: usize,
    pass: usize,
    in_scope: usize,
    excluded: usize,
    too_wide: Vec<String>,
}

impl Tally {
    /// Counts a case; `run` decides pass or fail.
    fn case(&mut self, suite: &str, input: &str, run: impl FnOnce() -> bool) {
        self.case_of(
            &Case {
                suite,
                input,
                kind: "",
                expect: "",
            },
            run,
        );
    }

    fn case_of(&mut self, c: &Case, run: impl FnOnce() -> bool) {
        let input = c.input;
        let reason = excluded(c);
        QUIET.set(reason.is_some());
        let passed = run();
        QUIET.set(false);
        self.all += 1;
        self.all_pass += usize::from(passed);
        if let Some(reason) = reason {
            self.excluded += 1;
            if passed {
                self.too_wide.push(format!("{input:?}: {reason}"));
            } else if std::env::var_os("PEER_SUITE_VERBOSE").is_some() {
                println!("  EXCLUDED {input:?}: {reason}");
            }
            return;
        }
        self.in_scope += 1;
        if passed {
            self.pass += 1;
        } else if verbose() {
            // Cases that fail before any comparison (an annotation we cannot read) show here.
            println!("  FAILED CASE {input:?} (expect {:?})", c.expect);
        }
    }
}

/// The whole input is one quantity of this value (and unit, when the suite gives one).
fn whole(input: &str, value: f64, unit: Option<Unit>) -> bool {
    passes(input, &[Expect::plain(input, value, unit)])
}

fn passes(input: &str, expected: &[Expect]) -> bool {
    passes_in(input, expected, Family::All)
}

fn passes_in(input: &str, expected: &[Expect], family: Family) -> bool {
    let got: Vec<Expect> = ours(input)
        .into_iter()
        .filter(|e| in_family(e, family))
        .collect();
    let ok = got.len() == expected.len()
        && expected
            .iter()
            .all(|e| got.iter().any(|g| same(g, e, family)));
    // PEER_SUITE_VERBOSE=1 lists every failing case: the work list for #4.
    if !ok && verbose() {
        println!("  FAIL {input:?}\n    want {expected:?}\n    got  {got:?}");
    }
    ok
}

/// A suite's currency name as our unit: the news defaults, then every ISO 4217 currency by
/// its English name ("Mexican peso", "Kuwaiti dinar").
/// A suite's sub-unit as the share of the major unit we read it in: "64.2 cents" is 0.642
/// US dollars, "470 pence" 4.70 pounds (cents with no currency named are US cents, as "$"
/// is the US dollar).
fn minor_unit_factor(name: &str) -> f64 {
    if matches!(name, "Cent" | "Pence" | "Penny") {
        0.01
    } else {
        1.0
    }
}

fn currency(name: &str) -> Option<Unit> {
    Some(match name {
        "Dollar" | "United States dollar" | "Cent" => Unit::USD,
        "Pence" | "Penny" => Unit::GBP,
        "Euro" => Unit::EUR,
        "British pound" | "Pound" => Unit::GBP,
        "Rupee" => Unit::INR,
        "Japanese yen" => Unit::JPY,
        "Turkish lira" => Unit::TRY,
        _ => return iso_currency_named(name).map(Unit::Money),
    })
}

/// The ISO 4217 currency a suite's English name means: the one whose ISO name holds every
/// word of it, accents aside ("Costa Rican colón" is ISO's "Costa Rican colon", "Chinese
/// yuan" its "Renminbi (Chinese) yuan"); none when no currency or several do.
fn iso_currency_named(name: &str) -> Option<iso_currency::Currency> {
    use iso_currency::{Currency, IntoEnumIterator};
    fn words(s: &str) -> Vec<String> {
        let folded: String = s
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
                'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' | 'ồ' => 'o',
                'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
                'ñ' => 'n',
                'ç' => 'c',
                'đ' => 'd',
                'ł' => 'l',
                c if c.is_alphanumeric() => c,
                _ => ' ',
            })
            .collect();
        folded.split_whitespace().map(str::to_string).collect()
    }
    let wanted = words(name);
    let mut found = Currency::iter()
        .filter(|c| !c.is_fund() && !c.is_special())
        .filter(|c| {
            let have = words(c.name());
            wanted.iter().all(|w| have.contains(w))
        });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

fn recognizers(
    suite: &str,
    file: &str,
    family: Family,
    unit_of: impl Fn(&Value) -> Option<Option<Unit>>,
) -> Tally {
    recognizers_with(suite, file, family, |r| {
        let unit = r["Resolution"]["unit"].as_str().unwrap_or("");
        match shared_noun(unit) {
            Some(noun) => Some(Err(noun)),
            None => unit_of(r).map(Ok),
        }
    })
}

/// As `recognizers`, with units that may be a shared noun (`Err(noun)`).
fn recognizers_with(
    suite: &str,
    file: &str,
    family: Family,
    unit_of: impl Fn(&Value) -> Option<Result<Option<Unit>, &'static str>>,
) -> Tally {
    let cases: Vec<Value> = load_json(file);
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["Input"].as_str().unwrap();
        // A mention with no value ("a small percent", "the dollars") must yield no figure.
        let expected: Option<Vec<Expect>> = c["Results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| {
                let v = r["Resolution"]["value"].as_str();
                v.is_some_and(|v| !v.is_empty() && v != "null")
            })
            .map(|r| {
                let raw = r["Resolution"]["value"]
                    .as_str()?
                    .trim_end_matches('%')
                    .to_string();
                let factor = minor_unit_factor(r["Resolution"]["unit"].as_str().unwrap_or(""));
                let (text, value) = (r["Text"].as_str()?, raw.parse::<f64>().ok()? * factor);
                Some(match unit_of(r)? {
                    Ok(unit) => Expect::plain(text, value, unit),
                    Err(noun) => Expect::shared(text, value, noun),
                })
            })
            .collect();
        // The annotation as text, for the exclusion rules: "one=1 Number; $20=20 Dollar".
        let annotation = c["Results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let res = &r["Resolution"];
                let text = r["Text"].as_str().unwrap_or("");
                let value = res["value"].as_str().unwrap_or("");
                let unit = res["unit"].as_str().unwrap_or("Number");
                format!("{text}={value} {unit}")
            })
            .collect::<Vec<_>>()
            .join("; ");
        let case = Case {
            suite,
            input,
            kind: "",
            expect: &annotation,
        };
        tally.case_of(&case, || {
            expected.is_some_and(|e| passes_in(input, &e, family))
        });
    }
    tally
}

/// A suite file, parsed.
fn load_json<T: serde::de::DeserializeOwned>(path: impl AsRef<std::path::Path>) -> T {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// number-parser's CSV files: (number, text) per row.
fn number_parser_rows(file: &str) -> Vec<(f64, String)> {
    let path = format!("tests/peer-suites/number-parser/{file}.csv");
    let text = std::fs::read_to_string(path).unwrap();
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            (rec[0].parse().unwrap(), rec[1].to_string())
        })
        .collect()
}

/// Prints and checks a suite: the rate over all cases and over the cases in scope, each
/// against its floor (the measured rate), and no exclusion that takes out a case we pass.
fn report(name: &str, t: Tally, floors: (f64, f64)) {
    let (floor_all, floor_scope) = floors;
    let all = t.all_pass as f64 / t.all.max(1) as f64 * 100.0;
    let scope = t.pass as f64 / t.in_scope.max(1) as f64 * 100.0;
    println!(
        "{name}: {}/{} of all cases = {all:.1}% (floor {floor_all}%); {}/{} in scope = {scope:.1}% (floor {floor_scope}%); {} excluded with reasons",
        t.all_pass, t.all, t.pass, t.in_scope, t.excluded
    );
    assert!(
        t.too_wide.is_empty(),
        "{name}: exclusion rules take out cases we pass: {:#?}",
        t.too_wide
    );
    assert!(
        all >= floor_all,
        "{name}: {all:.1}% of all cases fell below its floor {floor_all}%"
    );
    assert!(
        scope >= floor_scope,
        "{name}: {scope:.1}% in scope fell below its floor {floor_scope}%"
    );
}

#[test]
fn recognizers_number_model() {
    let r = recognizers(
        "recognizers-number",
        "tests/peer-suites/recognizers-text/NumberModel.json",
        Family::Numbers,
        |_| Some(None),
    );
    report("Recognizers NumberModel", r, (70.6, 96.5));
}

#[test]
fn recognizers_percent_model() {
    let r = recognizers(
        "recognizers-percent",
        "tests/peer-suites/recognizers-text/PercentModel.json",
        Family::Percent,
        |_| Some(Some(Unit::Percent)),
    );
    report("Recognizers PercentModel", r, (80.0, 100.0));
}

#[test]
fn recognizers_currency_model() {
    let r = recognizers(
        "recognizers-currency",
        "tests/peer-suites/recognizers-text/CurrencyModel.json",
        Family::Money,
        |r| Some(Some(currency(r["Resolution"]["unit"].as_str()?)?)),
    );
    report("Recognizers CurrencyModel", r, (89.4, 96.9));
}

#[test]
fn duckling_numerals() {
    let cases: Vec<Value> = load_json("tests/peer-suites/duckling/Numeral-EN.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["input"].as_str().unwrap();
        let v = c["expect"]
            .as_str()
            .and_then(|e| e.strip_prefix("NumeralValue "))
            .and_then(|v| v.trim().trim_matches(['(', ')']).parse::<f64>().ok());
        tally.case("duckling-numeral", input, || {
            v.is_some_and(|v| whole(input, v, None))
        });
    }
    report("Duckling Numeral EN", tally, (83.8, 97.7));
}

#[test]
fn number_parser_spelled_numbers() {
    let mut tally = Tally::default();
    for file in [
        "en_hundred_clevert",
        "en_hundred_mathtools",
        "en_hundred_tools4noobs",
        "en_permutations_clevert",
        "en_permutations_mathtools",
        "en_permutations_tools4noobs",
    ] {
        for (v, text) in number_parser_rows(file) {
            tally.case("number-parser", &text, || whole(&text, v, None));
        }
    }
    report("number-parser spelled numbers", tally, (99.1, 100.0));
}

/// Ordinals must yield no quantity: "first", "twenty-third", "one hundredth".
#[test]
fn number_parser_ordinals_yield_nothing() {
    let mut tally = Tally::default();
    for file in [
        "en_ordinals_calculators_ro",
        "en_ordinals_permutations_calculators_ro",
    ] {
        for (_, text) in number_parser_rows(file) {
            tally.case("number-parser-ordinals", &text, || passes(&text, &[]));
        }
    }
    report("number-parser ordinals (none found)", tally, (100.0, 100.0));
}

/// quantulum3's spelled-out values: the numbers found in the input, in order.
#[test]
fn quantulum3_spelled_out_values() {
    let cases: Vec<Value> =
        load_json("tests/peer-suites/quantulum3/extract_spellout_values.py.cases.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["input"].as_str().unwrap();
        let want: Vec<f64> = c["expect"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str()?.parse().ok())
            .collect();
        let annotation = format!("{want:?}");
        let case = Case {
            suite: "quantulum3-spellout",
            input,
            kind: "",
            expect: &annotation,
        };
        tally.case_of(&case, || {
            let got: Vec<f64> = ours(input).iter().map(|q| q.value).collect();
            let ok = got.len() == want.len()
                && got
                    .iter()
                    .zip(&want)
                    .all(|(a, b)| (a - b).abs() <= 1e-9 * b.abs().max(1.0));
            if !ok && verbose() {
                println!("  FAIL {input:?}\n    want {want:?}\n    got  {got:?}");
            }
            ok
        });
    }
    report("quantulum3 spelled-out values", tally, (72.9, 100.0));
}

/// quantulum3's inputs that once crashed it must not crash us either.
#[test]
fn quantulum3_error_inputs_do_not_panic() {
    let inputs: Vec<String> = load_json("tests/peer-suites/quantulum3/errors.json");
    for input in &inputs {
        let _ = extract_quantities(input);
    }
}

/// Duckling's money annotations: "simple USD 4.7e9", "between Dollar (10, 20)",
/// "under EUR 7", "above Dollar 1.42"; none when nothing must be found.
fn duckling_money(expect: &str) -> Option<(Result<Option<Unit>, &'static str>, f64)> {
    let mut parts = expect.splitn(3, ' ');
    let (shape, currency, amount) = (parts.next()?, parts.next()?, parts.next()?);
    let unit = match currency {
        "Dollar" | "USD" | "Cent" => Some(Unit::USD),
        "EUR" => Some(Unit::EUR),
        "Pound" | "GBP" => Some(Unit::GBP),
        "INR" => Some(Unit::INR),
        "GEL" => Some(Unit::GEL),
        "CNY" => Some(Unit::CNY),
        "JPY" => Some(Unit::JPY),
        "TRY" => Some(Unit::TRY),
        "CHF" => Some(Unit::CHF),
        "CAD" => Some(Unit::CAD),
        "AUD" => Some(Unit::AUD),
        "UAH" => Some(Unit::UAH),
        "Unnamed" => None,
        shared if shared_noun(shared).is_some() => None,
        code => Some(Unit::Money(iso_currency::Currency::from_code(code)?)),
    };
    let unit = shared_noun(currency).map_or(Ok(unit), Err);
    let value = match shape {
        "between" => {
            let inner = amount.trim_matches(|c| c == '(' || c == ')');
            let (a, b) = inner.split_once(',')?;
            (a.trim().parse::<f64>().ok()? + b.trim().parse::<f64>().ok()?) / 2.0
        }
        _ => amount.trim().parse().ok()?,
    };
    Some((unit, value * minor_unit_factor(currency)))
}

#[test]
fn duckling_amount_of_money() {
    let mut tally = Tally::default();
    for file in ["EN", "EN-US", "EN-GB"] {
        let path = format!("tests/peer-suites/duckling/AmountOfMoney/{file}.json");
        let cases: Vec<Value> = load_json(path);
        for c in &cases {
            let input = c["input"].as_str().unwrap();
            let expect = c["expect"].as_str().unwrap_or("");
            let case = Case {
                suite: "duckling-money",
                input,
                kind: c["kind"].as_str().unwrap_or(""),
                expect,
            };
            tally.case_of(&case, || {
                if expect.is_empty() {
                    return passes_in(input, &[], Family::Money);
                }
                duckling_money(expect).is_some_and(|(unit, value)| match unit {
                    Ok(unit) => whole(input, value, unit),
                    Err(noun) => passes(input, &[Expect::shared(input, value, noun)]),
                })
            });
        }
    }
    report("Duckling AmountOfMoney EN", tally, (82.5, 88.5));
}

#[test]
fn text2num_whole_numbers() {
    let mut tally = Tally::default();
    for file in [
        "text2num-py-v2_test_text_to_num_en.py.cases.json",
        "text2num-rs_src_lang_en_mod.rs.cases.json",
    ] {
        let path = format!("tests/peer-suites/text2num/{file}");
        let cases: Vec<Value> = load_json(path);
        for c in &cases {
            let input = c["input"].as_str().unwrap();
            let kind = c["kind"].as_str().unwrap_or("");
            let expect = match &c["expect"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let case = Case {
                suite: "text2num",
                input,
                kind,
                expect: &expect,
            };
            tally.case_of(&case, || {
                if kind.starts_with("alpha2digit") || kind.starts_with("replace_numbers") {
                    return same_numbers_as_rewrite(input, &expect, kind);
                }
                if kind.ends_with(":invalid") {
                    // Not one number: whatever we find must not claim the whole text as one.
                    return !ours(input).iter().any(|q| same_text(&q.text, input));
                }
                expect.parse::<f64>().is_ok_and(|v| whole(input, v, None))
            });
        }
    }
    report("text2num", tally, (77.5, 100.0));
}

/// text2num's running-text cases rewrite number words as digits; we pass when the values we
/// find are the numbers of the rewritten text, in order. Numbers under the case's threshold
/// stay words in its output, so they are left out on both sides.
fn same_numbers_as_rewrite(input: &str, rewritten: &str, kind: &str) -> bool {
    let threshold: f64 = regex::Regex::new(r"threshold=(\d+)")
        .unwrap()
        .captures(kind)
        .and_then(|c| c[1].parse().ok())
        .unwrap_or(0.0);
    let numbers = regex::Regex::new(r"[-+]?\d+(\.\d+)?").unwrap();
    let want: Vec<f64> = numbers
        .find_iter(rewritten)
        .filter_map(|m| m.as_str().parse::<f64>().ok())
        .filter(|v| v.abs() >= threshold)
        .collect();
    // "eighteen cents" is 0.18 dollars to us and "18 cents" in the rewrite: the same
    // amount written in the minor unit.
    let minor = regex::Regex::new(r"(?i)\b(cents?|pence|penny|kopecks?|kopeks?|tetri)\b").unwrap();
    // "38 dollars and eighteen cents" is one amount to us, two numbers in the rewrite.
    let got: Vec<f64> = ours(input)
        .iter()
        .flat_map(|q| {
            if minor.is_match(&q.text) && q.value.abs() >= 1.0 {
                vec![q.value.trunc(), (q.value.fract() * 100.0).round()]
            } else if minor.is_match(&q.text) {
                vec![(q.value * 100.0 * 1e6).round() / 1e6]
            } else {
                vec![q.value]
            }
        })
        .filter(|v| v.abs() >= threshold)
        .collect();
    let ok = want.len() == got.len() && want.iter().zip(&got).all(|(a, b)| (a - b).abs() < 1e-9);
    if !ok && verbose() {
        println!("  FAIL {input:?}\n    want {want:?}\n    got  {got:?}");
    }
    ok
}

/// quantulum3's units we read; the others (metres, grams, hertz) are out of scope, and
/// whatever we find inside their surfaces is not compared.
fn quantulum_unit(unit: &str) -> Option<Option<Unit>> {
    Some(match unit {
        "dimensionless" => None,
        "dollar" => Some(Unit::USD),
        "euro" => Some(Unit::EUR),
        "pound sterling" => Some(Unit::GBP),
        "percentage" => Some(Unit::Percent),
        _ => return None,
    })
}

/// quantulum3's `{req, res}` cases: money, percents and plain numbers compared; the
/// annotations of physical quantities dropped from the case (and what we find inside them
/// not compared), never the whole case.
fn quantulum_cases(file: &str, suite: &str) -> Tally {
    let cases: Vec<Value> = load_json(file);
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["req"].as_str().unwrap();
        let results = c["res"].as_array().unwrap();
        let annotation = results
            .iter()
            .map(|r| {
                format!(
                    "{}={} {}",
                    r["surface"].as_str().unwrap_or(""),
                    r["value"],
                    r["unit"].as_str().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let (kept, others): (Vec<&Value>, Vec<&Value>) = results
            .iter()
            .partition(|r| quantulum_unit(r["unit"].as_str().unwrap_or("")).is_some());
        // Byte spans of the out-of-scope surfaces, so "two" of "two meters" is not compared.
        let skip: Vec<(usize, usize)> = others
            .iter()
            .filter_map(|r| {
                let s = r["surface"].as_str()?;
                input.find(s).map(|at| (at, at + s.len()))
            })
            .collect();
        let expected: Vec<Expect> = kept
            .iter()
            .map(|r| {
                Expect::plain(
                    r["surface"].as_str().unwrap(),
                    r["value"].as_f64().unwrap(),
                    quantulum_unit(r["unit"].as_str().unwrap()).unwrap(),
                )
            })
            .collect();
        let case = Case {
            suite,
            input,
            kind: "",
            expect: &annotation,
        };
        tally.case_of(&case, || {
            let got: Vec<Expect> = ours(input)
                .into_iter()
                .filter(|g| {
                    let at = input.find(&g.text).unwrap_or(0);
                    !skip.iter().any(|&(s, e)| at < e && s < at + g.text.len())
                })
                .collect();
            let ok = got.len() == expected.len()
                && expected
                    .iter()
                    .all(|e| got.iter().any(|g| same(g, e, Family::All)));
            if !ok && verbose() {
                println!("  FAIL {input:?}\n    want {expected:?}\n    got  {got:?}");
            }
            ok
        });
    }
    tally
}

#[test]
fn quantulum3_quantities() {
    let tally = quantulum_cases("tests/peer-suites/quantulum3/quantities.json", "quantulum3");
    report("quantulum3 quantities", tally, (89.1, 94.7));
}

#[test]
fn quantulum3_ambiguity() {
    let tally = quantulum_cases(
        "tests/peer-suites/quantulum3/quantities.ambiguity.json",
        "quantulum3",
    );
    report("quantulum3 ambiguity", tally, (85.0, 89.4));
}

/// A Recognizers interval: "(20,35]", "[50,)", "(,100]". Ends and whether each is closed.
#[derive(Debug, PartialEq)]
struct Bounds {
    lo: Option<(f64, bool)>,
    hi: Option<(f64, bool)>,
}

fn parse_bounds(s: &str) -> Option<Bounds> {
    let lo_closed = s.starts_with('[');
    let hi_closed = s.ends_with(']');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let end = |t: &str, closed: bool| -> Option<Option<(f64, bool)>> {
        let t = t.trim();
        if t.is_empty() {
            Some(None)
        } else {
            Some(Some((t.parse().ok()?, closed)))
        }
    };
    Some(Bounds {
        lo: end(a, lo_closed)?,
        hi: end(b, hi_closed)?,
    })
}

/// Our quantity as an interval, when it states one: a range, a bound, or "equal to".
fn our_bounds(q: &claimcheck::extract::quantity::Quantity, text: &str) -> Option<Bounds> {
    use claimcheck::extract::quantity::Hedge;
    let v = if q.fraction && q.unit == Unit::Percent {
        q.value / 100.0
    } else {
        q.value
    };
    if let Some((a, b)) = q.range {
        return Some(Bounds {
            lo: Some((a, true)),
            hi: Some((b, true)),
        });
    }
    let (lo, hi) = match q.hedge {
        Hedge::MoreThan => (Some((v, false)), None),
        Hedge::AtLeast => (Some((v, true)), None),
        Hedge::LessThan => (None, Some((v, false))),
        Hedge::AtMost => (None, Some((v, true))),
        Hedge::None if text.to_lowercase().starts_with("equal") => {
            (Some((v, true)), Some((v, true)))
        }
        _ => return None,
    };
    Some(Bounds { lo, hi })
}

/// Same interval: the same ends; whether an end is closed counts for one-sided bounds
/// ("more than" against "at least"). A two-sided range is compared by its ends: the
/// suite writes "between 20 and 30" as [20,30), a convention of its own.
fn same_bounds(ours: &Bounds, theirs: &Bounds) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
    let end = |a: Option<(f64, bool)>, b: Option<(f64, bool)>, two_sided: bool| match (a, b) {
        (None, None) => true,
        (Some((x, cx)), Some((y, cy))) => close(x, y) && (two_sided || cx == cy),
        _ => false,
    };
    let two_sided = theirs.lo.is_some() && theirs.hi.is_some();
    end(ours.lo, theirs.lo, two_sided) && end(ours.hi, theirs.hi, two_sided)
}

#[test]
fn recognizers_number_range_model() {
    let cases: Vec<Value> = load_json("tests/peer-suites/recognizers-text/NumberRangeModel.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["Input"].as_str().unwrap();
        let results = c["Results"].as_array().unwrap();
        let expected: Option<Vec<(String, Bounds)>> = results
            .iter()
            .map(|r| {
                Some((
                    r["Text"].as_str()?.to_string(),
                    parse_bounds(r["Resolution"]["value"].as_str()?)?,
                ))
            })
            .collect();
        let annotation = results
            .iter()
            .map(|r| format!("{}={}", r["Text"], r["Resolution"]["value"]))
            .collect::<Vec<_>>()
            .join("; ");
        let case = Case {
            suite: "recognizers-range",
            input,
            kind: "",
            expect: &annotation,
        };
        tally.case_of(&case, || {
            let Some(expected) = expected else {
                return false;
            };
            let got: Vec<(String, Bounds)> = extract_quantities(input)
                .iter()
                .filter_map(|q| {
                    let text = &input[q.start..q.end];
                    our_bounds(q, text).map(|b| (text.to_string(), b))
                })
                .collect();
            let ok = got.len() == expected.len()
                && expected.iter().all(|(t, b)| {
                    got.iter()
                        .any(|(gt, gb)| same_text(gt, t) && same_bounds(gb, b))
                });
            if !ok && verbose() {
                println!("  FAIL {input:?}\n    want {expected:?}\n    got  {got:?}");
            }
            ok
        });
    }
    report("Recognizers NumberRangeModel", tally, (81.6, 95.9));
}

#[test]
fn recognizers_percent_model_percent_mode() {
    let r = recognizers(
        "recognizers-percent",
        "tests/peer-suites/recognizers-text/PercentModelPercentMode.json",
        Family::Percent,
        |_| Some(Some(Unit::Percent)),
    );
    report("Recognizers PercentModel (percent mode)", r, (81.8, 90.0));
}

/// Ordinals are positions, not quantities: an input that is one ordinal yields nothing.
#[test]
fn duckling_ordinals_yield_nothing() {
    let cases: Vec<Value> = load_json("tests/peer-suites/duckling/Ordinal-EN.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["input"].as_str().unwrap();
        tally.case("duckling-ordinal", input, || ours(input).is_empty());
    }
    report("Duckling Ordinal EN (none found)", tally, (100.0, 100.0));
}

/// No quantity of ours may sit on an ordinal the suite marks ("the third", "last").
#[test]
fn recognizers_ordinals_yield_nothing() {
    let cases: Vec<Value> = load_json("tests/peer-suites/recognizers-text/OrdinalModel.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["Input"].as_str().unwrap();
        // Recognizers' offsets count characters and `End` is inclusive.
        let byte_at = |ch: usize| input.char_indices().nth(ch).map_or(input.len(), |(b, _)| b);
        let ordinals: Vec<(usize, usize)> = c["Results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| {
                let (s, e) = (r["Start"].as_u64()? as usize, r["End"].as_u64()? as usize);
                Some((byte_at(s), byte_at(e + 1)))
            })
            .collect();
        tally.case("recognizers-ordinal", input, || {
            let hit = extract_quantities(input)
                .iter()
                .any(|q| ordinals.iter().any(|&(s, e)| q.start < e && s < q.end));
            if hit && verbose() {
                println!("  FAIL {input:?}: a quantity on an ordinal");
            }
            !hit
        });
    }
    report(
        "Recognizers OrdinalModel (none on an ordinal)",
        tally,
        (96.2, 96.2),
    );
}

/// Physical quantities are out of scope, but must never be read as money or a percent
/// ("two pounds of meat" is no sterling); unnamed counts ("around 4") are read.
#[test]
fn duckling_quantities() {
    let cases: Vec<Value> = load_json("tests/peer-suites/duckling/Quantity-EN.json");
    let mut tally = Tally::default();
    for c in &cases {
        let input = c["input"].as_str().unwrap();
        let expect = c["expect"].as_str().unwrap_or("");
        let mut parts = expect.split_whitespace();
        let (shape, unit, value) = (parts.next(), parts.next(), parts.next());
        let unnamed = shape == Some("simple") && unit == Some("Unnamed");
        let value: Option<f64> = value.and_then(|v| v.parse().ok());
        tally.case("duckling-quantity", input, || {
            if unnamed {
                return value.is_some_and(|v| whole(input, v, None));
            }
            let wrong = ours(input)
                .into_iter()
                .filter(|g| g.unit.is_some_and(|u| u.is_money() || u == Unit::Percent))
                .collect::<Vec<_>>();
            if !wrong.is_empty() && verbose() {
                println!("  FAIL {input:?}: read as {wrong:?}");
            }
            wrong.is_empty()
        });
    }
    report("Duckling Quantity EN", tally, (100.0, 100.0));
}

/// price-parser's price strings: the amount, as money when the string carries its currency;
/// a string with no price yields no amount of money. A string with several prices is judged
/// by its first, the one price-parser returns.
#[test]
fn price_parser_prices() {
    let cases: Vec<Value> =
        load_json("tests/peer-suites/price-parser/test_price_parsing.py.cases.json");
    let mut tally = Tally::default();
    for c in &cases {
        let i = &c["input"];
        // Seven cases give no price string at all (only a currency): nothing to read, so
        // nothing to count.
        let Some(raw) = i["price_raw"].as_str() else {
            continue;
        };
        let amount = i["amount_float"].as_f64();
        let currency = i["currency"].as_str().filter(|c| raw.contains(c));
        let kind = c["kind"].as_str().unwrap_or("");
        let case = Case {
            suite: "price-parser",
            input: raw,
            kind,
            expect: &format!("{amount:?} {currency:?}"),
        };
        tally.case_of(&case, || {
            let got = extract_quantities(raw);
            let ok = match amount {
                None => got.iter().all(|g| !g.unit.is_money()),
                // The suite's price is the string's first ("205,68 € 205.68", "Was: $124.95
                // Now: $0.00"): we read every price, and the first is judged. Of a range
                // ("£6.95 - £9.95") we read one quantity with both ends; its first price is
                // the low end.
                Some(v) => got.first().is_some_and(|first| {
                    let value = first.range.map_or(first.value, |(low, _)| low);
                    (value - v).abs() <= 1e-6 * v.abs().max(1.0)
                        && (currency.is_none() || first.unit.is_money())
                }),
            };
            if !ok && verbose() {
                println!("  FAIL {raw:?}\n    want {amount:?} {currency:?}\n    got  {got:?}");
            }
            ok
        });
    }
    report("price-parser", tally, (87.8, 87.9));
}

/// An exclusion rule is drawn around text that is no quantity to a fact-checker, never
/// around the forms news writes figures in: no rule that decides by the input alone may
/// match these sentences (ours). A rule that also asks for the suite's own annotation
/// (`expect`, `kind`) cannot see a news sentence's, and is checked by the too-wide test.
#[test]
fn exclusion_rules_spare_news_sentences() {
    const NEWS: &[&str] = &[
        "Georgia's exports rose 12.4% to $5.1 billion in 2024.",
        "Mobile phone exports rose 12% to $50 million in the first quarter.",
        "Trade turnover with Turkey reached USD 2.4 billion in January-October 2024, up 5 percent.",
        "The 5G network cost $120 million in 2024, the ministry said.",
        "Imports of cars fell 3.2 per cent year-on-year to GEL 93.0 bn.",
        "Tourist arrivals from Russia grew to 1.2 million, a 15% share of the total.",
        "Exports to the EU accounted for 22% of the total in 2023.",
        "In 2023 one in five tourists came from Armenia, and 3 out of 10 from Russia.",
        "Arrivals reached 4,000 in 2023 and 5,500 in 2024.",
        "The economy grew by 7.5% in 2023 and 9.4% in 2024.",
        "Remittances reached $450 million, or 11 percent more than a year earlier.",
        "Copper ores ($34.1 million, or 15.3 percent of total exports) led the list.",
        "The trade deficit narrowed by $170.2 million to $4.6 billion.",
        "Wine exports to China doubled to 13 million bottles.",
        "Over Jan-May this indicator fell by 46.2%.",
        "Visitors from Israel rose 231.3 percent compared with 2023.",
        "Exports of hazelnuts were worth $64.2 million, 21.4 percent higher.",
        "The bank cut its key rate by 50 basis points to 8%.",
        "Two thirds of the tourist flow came from neighbouring countries.",
        "Exports to Azerbaijan grew from $400 million to $502.7 million between 2021 and 2024.",
        // Headlines end without a full stop; ordinals stand before nouns.
        "Exports rose 5% in the first quarter",
        "Exports rose for a twelfth consecutive month to $610 million.",
        "Exports to the G7 reached $2 billion",
    ];
    let text = std::fs::read_to_string("tests/peer-suites/exclusions.toml").unwrap();
    let rules: Exclusions = toml::from_str(&text).unwrap();
    let mut wide = Vec::new();
    for rule in rules
        .exclude
        .iter()
        .filter(|r| r.expect.is_none() && r.kind.is_none())
    {
        let Some(pattern) = &rule.matches else {
            continue;
        };
        let re = regex::Regex::new(pattern).unwrap();
        for s in NEWS.iter().filter(|s| re.is_match(s)) {
            wide.push(format!("{pattern:?} matches {s:?}"));
        }
    }
    assert!(
        wide.is_empty(),
        "rules that would hide news forms: {wide:#?}"
    );
}
