//! The JSON contract of SPEC.md: one document per run.

use super::{Renderer, Report};
use crate::calendar::Period;
use crate::extract::claim::Claim;
use crate::reference::store::SharedRow;
use crate::verify::{Checked, Verdict};
use serde::Serialize;
use std::io::{self, Write};

pub struct Json;

#[derive(Serialize)]
struct Document<'a> {
    articles: Vec<ArticleJson<'a>>,
    summary: super::Summary,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    source: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    claims: Vec<ClaimJson>,
}

#[derive(Serialize)]
pub struct ClaimJson {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    pub kind: crate::extract::ClaimKind,
    pub measure: Option<String>,
    pub subject: Option<String>,
    pub counterpart: Option<String>,
    pub period: Option<Period>,
    /// What a change is measured against: the period the sentence names, else the same
    /// months a year earlier.
    pub base: Option<Period>,
    pub provenance: crate::extract::claim::Provenance,
    /// Why the figure is outside what the data holds (a commodity, a forecast, another
    /// quantity), when it is.
    pub out_of_scope: Option<String>,
    pub claimed: Claimed,
    pub reference: Option<ReferenceJson>,
    pub deviation: Option<f64>,
    pub deviation_unit: Option<&'static str>,
    pub verdict: Option<Verdict>,
    pub reason: String,
    pub readings: Vec<ReadingJson>,
    /// The change implied with an earlier figure of the sentence, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implied_change: Option<crate::verify::ImpliedChange>,
}

#[derive(Serialize)]
pub struct Claimed {
    pub value: f64,
    pub unit: String,
    pub hedge: &'static str,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

#[derive(Serialize)]
pub struct ReferenceJson {
    pub value: f64,
    pub unit: String,
    pub dataset: String,
    pub rows: Vec<SharedRow>,
    pub sources: Vec<String>,
    /// Inputs and formula in words, for derived values.
    pub computation: Option<String>,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

#[derive(Serialize)]
pub struct ReadingJson {
    pub measure: String,
    pub period: Period,
    pub reference: Option<f64>,
    pub verdict: Option<Verdict>,
    pub note: Option<String>,
    pub missing: Option<String>,
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

fn claimed_unit(c: &Claim, measure_unit: Option<&str>) -> String {
    match (c.quantity.unit, measure_unit) {
        (crate::extract::Unit::Count, Some(u)) => u.to_string(),
        (u, _) => u.as_str().to_string(),
    }
}

/// A claim from `extract`: no reference, no verdict.
pub fn claim_json(c: &Claim, measure_unit: Option<&str>, hedge_width: f64) -> ClaimJson {
    let claimed = crate::verify::claimed_interval(&c.quantity, hedge_width);
    ClaimJson {
        id: c.id.clone(),
        text: c.text.clone(),
        start: c.start,
        end: c.end,
        sentence: c.sentence.to_string(),
        kind: c.kind,
        measure: c.readings.first().cloned(),
        subject: c.subject.clone().filter(|_| c.is_claim()),
        counterpart: c.counterpart.clone().filter(|_| c.is_claim()),
        period: c.period.filter(|_| c.is_claim()),
        base: c.effective_base().filter(|_| c.is_claim()),
        provenance: c.provenance.clone(),
        out_of_scope: c.out_of_scope.clone(),
        claimed: Claimed {
            value: c.quantity.value,
            unit: claimed_unit(c, measure_unit),
            hedge: c.quantity.hedge.as_str(),
            low: finite(claimed.lo),
            high: finite(claimed.hi),
        },
        reference: None,
        deviation: None,
        deviation_unit: None,
        verdict: None,
        reason: if c.is_claim() {
            "extracted; not checked".into()
        } else {
            "not a claim: no measure matches the words around it".into()
        },
        readings: c
            .readings
            .iter()
            .filter_map(|m| {
                c.period.map(|p| ReadingJson {
                    measure: m.clone(),
                    period: p,
                    reference: None,
                    verdict: None,
                    note: None,
                    missing: None,
                })
            })
            .collect(),
        implied_change: None,
    }
}

pub(crate) fn checked_json(c: &Checked) -> ClaimJson {
    let primary = c.primary_reading();
    let reference = primary
        .and_then(|r| r.reference.as_ref())
        .map(|r| ReferenceJson {
            value: r.value,
            unit: r.unit.to_string(),
            dataset: r.dataset.clone(),
            rows: r.rows.clone(),
            sources: r.sources(),
            computation: r.computation.clone(),
            low: finite(r.interval.lo),
            high: finite(r.interval.hi),
        });
    let measure_unit = reference.as_ref().map(|r| r.unit.clone());
    ClaimJson {
        id: c.claim.id.clone(),
        text: c.claim.text.clone(),
        start: c.claim.start,
        end: c.claim.end,
        sentence: c.claim.sentence.to_string(),
        kind: c.claim.kind,
        measure: c.measure().map(str::to_string),
        subject: c.claim.subject.clone(),
        counterpart: c.claim.counterpart.clone(),
        period: c.period(),
        base: c.claim.effective_base(),
        provenance: c.claim.provenance.clone(),
        out_of_scope: c.claim.out_of_scope.clone(),
        claimed: Claimed {
            value: c.claim.quantity.value,
            unit: claimed_unit(&c.claim, measure_unit.as_deref()),
            hedge: c.claim.quantity.hedge.as_str(),
            low: finite(c.claimed.lo),
            high: finite(c.claimed.hi),
        },
        reference,
        deviation: c.deviation,
        deviation_unit: c.deviation.map(|_| c.deviation_unit.as_str()),
        verdict: Some(c.verdict),
        reason: c.reason.clone(),
        readings: c
            .readings
            .iter()
            .map(|r| ReadingJson {
                measure: r.measure.clone(),
                period: r.period,
                reference: r.reference.as_ref().map(|x| x.value),
                verdict: Some(r.verdict),
                note: r.period_note.clone(),
                missing: r.missing.clone(),
            })
            .collect(),
        implied_change: c.implied_change.clone(),
    }
}

/// An article's claims as the contract has them: checked, or only extracted.
pub(crate) fn article_claims(report: &Report, a: &super::ArticleReport) -> Vec<ClaimJson> {
    if report.verdicts {
        a.checked.iter().map(checked_json).collect()
    } else {
        a.extracted
            .iter()
            .map(|c| claim_json(c, None, 0.10))
            .collect()
    }
}

impl Renderer for Json {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let articles = report
            .articles
            .iter()
            .map(|a| ArticleJson {
                source: &a.source,
                title: a.title.as_deref(),
                date: a.date.as_deref(),
                claims: article_claims(report, a),
            })
            .collect();
        let doc = Document {
            articles,
            summary: report.summary(),
        };
        // serde_json writes a document in thousands of pieces (indents, quotes, keys); into a
        // buffer of a known type they are copies, into `dyn Write` each was a call.
        let mut buffered = io::BufWriter::with_capacity(64 * 1024, out);
        serde_json::to_writer_pretty(&mut buffered, &doc)?;
        writeln!(buffered)?;
        buffered.flush()
    }
}
