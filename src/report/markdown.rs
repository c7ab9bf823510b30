//! Markdown that pastes into a newsroom CMS: a table, then the evidence per claim.

use super::{
    Renderer, Report, claimed_words, deviation_words, measure_words, other_readings,
    reference_words,
};
use std::io::{self, Write};

pub struct Markdown;

/// Markdown table cells: pipes and newlines would break the row; angle brackets could
/// become HTML in some renderers.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn link(url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        format!("<{}>", url.replace('>', "%3E").replace(' ', "%20"))
    } else {
        cell(url)
    }
}

impl Renderer for Markdown {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for a in &report.articles {
            writeln!(out, "## {}", cell(a.title.as_deref().unwrap_or(&a.source)))?;
            writeln!(out)?;
            if let Some(d) = &a.date {
                writeln!(out, "Article date: {d}  ")?;
            }
            writeln!(out, "Source: `{}`", a.source.replace('`', "'"))?;
            writeln!(out)?;
            if !report.verdicts {
                writeln!(out, "| # | As written | Value | Unit | Measure |")?;
                writeln!(out, "|---|---|---|---|---|")?;
                for c in &a.extracted {
                    writeln!(
                        out,
                        "| {} | {} | {} | {} | {} |",
                        c.id,
                        cell(&c.text),
                        c.quantity.value,
                        c.quantity.unit.brief(),
                        c.readings
                            .first()
                            .map(|m| cell(m))
                            .unwrap_or_else(|| "—".into())
                    )?;
                }
                writeln!(out)?;
                continue;
            }
            writeln!(
                out,
                "| # | As written | Measure (counterpart, period) | Claimed | Reference | Deviation | Verdict |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|---|")?;
            for c in &a.checked {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | **{}** |",
                    c.claim.id,
                    cell(&c.claim.text),
                    cell(&measure_words(c)),
                    cell(&claimed_words(c)),
                    cell(&reference_words(c)),
                    cell(&deviation_words(c)),
                    c.verdict.as_str()
                )?;
            }
            writeln!(out)?;
            for c in &a.checked {
                writeln!(
                    out,
                    "- **{}** “{}”: {}",
                    c.claim.id,
                    cell(&c.claim.text),
                    cell(&c.reason)
                )?;
                if let Some(r) = c.primary_reading().and_then(|r| r.reference.as_ref()) {
                    if let Some(comp) = &r.computation {
                        writeln!(out, "  - computed: {}", cell(comp))?;
                    }
                    for s in r.sources() {
                        writeln!(out, "  - source: {}", link(&s))?;
                    }
                }
                for o in other_readings(c) {
                    writeln!(out, "  - other reading {}", cell(&o))?;
                }
            }
            writeln!(out)?;
        }
        let s = report.summary();
        writeln!(
            out,
            "**{}**: {} consistent, {} close, {}, {} unverifiable.",
            s.claims_counted(),
            s.consistent,
            s.close,
            s.diverging_counted(),
            s.unverifiable
        )
    }
}
