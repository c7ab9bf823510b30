//! One CSV row per claim, for spreadsheets.

use super::{Renderer, Report, other_readings};
use std::io::{self, Write};

/// `header: false` continues a stream of rows after the first chunk of articles.
pub struct Csv {
    pub header: bool,
}

const HEADER: &[&str] = &[
    "article",
    "article_id",
    "id",
    "text",
    "start",
    "end",
    "kind",
    "measure",
    "subject",
    "counterpart",
    "period_start",
    "period_end",
    "claimed_value",
    "claimed_unit",
    "hedge",
    "claimed_low",
    "claimed_high",
    "reference_value",
    "reference_unit",
    "dataset",
    "deviation",
    "deviation_unit",
    "verdict",
    "reason",
    "other_readings",
    "sources",
];

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(...)` from an article or a
/// dataset) starts with a single quote, which spreadsheets show as text; numbers such as
/// "-3.5" are left as they are.
fn cell(s: String) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s
    }
}

fn num(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| x.to_string())
        .unwrap_or_default()
}

impl Renderer for Csv {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        if self.header {
            w.write_record(HEADER)?;
        }
        for a in &report.articles {
            if !report.verdicts {
                for c in a.extracted.iter() {
                    let p = c.period;
                    w.write_record(
                        [
                            a.source.clone(),
                            a.id.clone().unwrap_or_default(),
                            c.id.clone(),
                            c.text.clone(),
                            c.start.to_string(),
                            c.end.to_string(),
                            format!("{:?}", c.kind).to_lowercase(),
                            c.readings.first().cloned().unwrap_or_default(),
                            c.subject.clone().unwrap_or_default(),
                            c.counterpart.clone().unwrap_or_default(),
                            p.map(|p| p.start.to_string()).unwrap_or_default(),
                            p.map(|p| p.end.to_string()).unwrap_or_default(),
                            c.quantity.value.to_string(),
                            c.quantity.unit.as_str().into(),
                            c.quantity.hedge.as_str().into(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                        ]
                        .map(cell),
                    )?;
                }
                continue;
            }
            for c in &a.checked {
                let r = c.primary_reading().and_then(|r| r.reference.as_ref());
                let p = c.period();
                w.write_record(
                    [
                        a.source.clone(),
                        a.id.clone().unwrap_or_default(),
                        c.claim.id.clone(),
                        c.claim.text.clone(),
                        c.claim.start.to_string(),
                        c.claim.end.to_string(),
                        format!("{:?}", c.claim.kind).to_lowercase(),
                        c.measure().unwrap_or("").to_string(),
                        c.claim.subject.clone().unwrap_or_default(),
                        c.claim.counterpart.clone().unwrap_or_default(),
                        p.map(|p| p.start.to_string()).unwrap_or_default(),
                        p.map(|p| p.end.to_string()).unwrap_or_default(),
                        c.claim.quantity.value.to_string(),
                        c.claim.quantity.unit.as_str().to_string(),
                        c.claim.quantity.hedge.as_str().to_string(),
                        num(Some(c.claimed.lo)),
                        num(Some(c.claimed.hi)),
                        num(r.map(|r| r.value)),
                        r.map(|r| r.unit.to_string()).unwrap_or_default(),
                        r.map(|r| r.dataset.clone()).unwrap_or_default(),
                        num(c.deviation),
                        c.deviation
                            .map(|_| c.deviation_unit.to_string())
                            .unwrap_or_default(),
                        c.verdict.as_str().to_string(),
                        c.reason.clone(),
                        other_readings(c).join("; "),
                        r.map(|r| r.sources().join(" ")).unwrap_or_default(),
                    ]
                    .map(cell),
                )?;
            }
        }
        w.flush()
    }
}
