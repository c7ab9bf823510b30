//! One renderer per output format, all over the same [`Report`].

mod csv_out;
mod html;
pub(crate) use html::esc;
mod json;
mod jsonl;
mod markdown;
mod table;

use crate::extract::claim::Claim;
use crate::verify::{Checked, Verdict};
use serde::Serialize;
use std::io::{self, Write};

pub use html::esc as escape_html;
pub use json::{ClaimJson, claim_json};

/// One article's results. `checked` is empty and `extracted` full for `extract` runs.
pub struct ArticleReport {
    pub source: String,
    /// The article's id in a JSON Lines feed.
    pub id: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    /// The article text as read; spans index into it.
    pub text: String,
    pub checked: Vec<Checked>,
    /// Quantities found by `extract` (claims and non-claims), without verdicts.
    pub extracted: Vec<Claim>,
}

pub struct Report {
    pub articles: Vec<ArticleReport>,
    /// Verdicts were computed (a `check` run) rather than extraction only.
    pub verdicts: bool,
}

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub claims: usize,
    pub consistent: usize,
    pub close: usize,
    pub diverges: usize,
    pub unverifiable: usize,
}

impl Summary {
    /// "1 claim", "11 claims"
    pub fn claims_counted(&self) -> String {
        let noun = if self.claims == 1 { "claim" } else { "claims" };
        format!("{} {noun}", self.claims)
    }

    /// "1 diverges", "0 diverge"
    pub fn diverging_counted(&self) -> String {
        let verb = if self.diverges == 1 {
            "diverges"
        } else {
            "diverge"
        };
        format!("{} {verb}", self.diverges)
    }
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for a in &self.articles {
            if !self.verdicts {
                s.claims += a.extracted.iter().filter(|c| c.is_claim()).count();
                continue;
            }
            for c in &a.checked {
                s.claims += 1;
                match c.verdict {
                    Verdict::Consistent => s.consistent += 1,
                    Verdict::Close => s.close += 1,
                    Verdict::Diverges => s.diverges += 1,
                    Verdict::Unverifiable => s.unverifiable += 1,
                }
            }
        }
        s
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
    Html,
    /// One JSON object per claim per line, streamed.
    Jsonl,
}

impl Format {
    /// Formats written article by article, so memory stays flat on long feeds.
    pub fn streams(self) -> bool {
        matches!(self, Format::Csv | Format::Jsonl)
    }

    /// Formats that draw each claim's series as a chart.
    pub fn charts(self) -> bool {
        self == Format::Html
    }
}

/// The renderer for a later chunk of a streamed run (no CSV header again).
pub fn continuation(format: Format) -> Box<dyn Renderer> {
    match format {
        Format::Csv => Box::new(csv_out::Csv { header: false }),
        other => renderer(other, false),
    }
}

pub trait Renderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

pub fn renderer(format: Format, color: bool) -> Box<dyn Renderer> {
    match format {
        Format::Table => Box::new(table::Table { color }),
        Format::Csv => Box::new(csv_out::Csv { header: true }),
        Format::Jsonl => Box::new(jsonl::Jsonl),
        Format::Json => Box::new(json::Json),
        Format::Markdown => Box::new(markdown::Markdown),
        Format::Html => Box::new(html::Html),
    }
}

/// "trade turnover (RUS, 2024)"
pub fn measure_words(c: &Checked) -> String {
    let m = c
        .primary_reading()
        .or(c.readings.first())
        .map(|r| r.label.clone())
        .or_else(|| c.measure().map(|m| m.replace('_', " ")))
        .unwrap_or_else(|| "—".into());
    let mut bits = Vec::new();
    if let Some(cp) = &c.claim.counterpart {
        bits.push(cp.clone());
    } else if let Some(s) = &c.claim.subject {
        bits.push(s.clone());
    }
    if let Some(p) = c.period() {
        let mut l = p.label();
        if let Some(n) = c.primary_reading().and_then(|r| r.period_note.clone()) {
            l = format!("{l}, {n}");
        }
        bits.push(l);
    }
    if bits.is_empty() {
        m
    } else {
        format!("{m} ({})", bits.join(", "))
    }
}

/// The figure as claimed; a written range ("$5-7 billion", "a billion-dollar deal") as its
/// two ends, never as a midpoint nobody wrote.
pub fn claimed_words(c: &Checked) -> String {
    let q = &c.claim.quantity;
    let unit = q.unit.brief();
    match q.range {
        Some((a, b)) => {
            crate::verify::reason::interval_words(crate::verify::Interval::new(a, b), unit)
        }
        None => crate::numfmt::amount(q.value, unit),
    }
}

pub fn reference_words(c: &Checked) -> String {
    c.primary_reading()
        .and_then(|r| r.reference.as_ref())
        // A bound in the data is shown as a bound ("at least 1.5 bn USD"), never as a figure.
        .map(crate::verify::reason::reference_words)
        .unwrap_or_else(|| "—".into())
}

/// The deviation column, worded as the reasons word it (one helper for both).
pub fn deviation_words(c: &Checked) -> String {
    c.deviation
        .map(|d| crate::verify::reason::deviation_words(d, c.deviation_unit))
        .unwrap_or_else(|| "—".into())
}

/// "holds as X (2024): consistent; fails as Y: diverges"
pub fn other_readings(c: &Checked) -> Vec<String> {
    // With no deciding reading the first one is what the reason already explains.
    let skip = c.primary.unwrap_or(0);
    c.readings
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .map(|(_, r)| {
            let period = match &r.period_note {
                Some(n) => format!("{}, {n}", r.period.label()),
                None => r.period.label(),
            };
            match &r.reference {
                Some(x) => format!(
                    "as {} ({period}): {} → {}",
                    r.label,
                    crate::numfmt::amount(x.value, x.unit.as_str()),
                    r.verdict.as_str()
                ),
                None => format!("as {} ({period}): not in the data", r.label),
            }
        })
        .collect()
}
