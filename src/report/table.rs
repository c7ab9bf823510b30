//! The terminal discrepancy table, then each claim's evidence and other readings.

use super::{
    Renderer, Report, claimed_words, deviation_words, measure_words, other_readings,
    reference_words,
};
use crate::verify::Verdict;
use comfy_table::{Cell, Color, ContentArrangement, Table as Grid, presets::UTF8_FULL_CONDENSED};
use std::io::{self, Write};

pub struct Table {
    pub color: bool,
}

fn verdict_cell(v: Verdict, color: bool) -> Cell {
    let cell = Cell::new(v.as_str());
    if !color {
        return cell;
    }
    cell.fg(match v {
        Verdict::Consistent => Color::Green,
        Verdict::Close => Color::Yellow,
        Verdict::Diverges => Color::Red,
        Verdict::Unverifiable => Color::DarkGrey,
    })
}

impl Renderer for Table {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for a in &report.articles {
            writeln!(out, "{}", a.source)?;
            if let Some(t) = &a.title {
                writeln!(out, "  {t}")?;
            }
            if let Some(d) = &a.date {
                writeln!(out, "  dated {d}")?;
            }
            let mut grid = Grid::new();
            grid.load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic);
            if !self.color {
                grid.force_no_tty();
            }
            if report.verdicts {
                grid.set_header([
                    "#",
                    "As written",
                    "Measure (counterpart, period)",
                    "Claimed",
                    "Reference",
                    "Deviation",
                    "Verdict",
                ]);
                for c in &a.checked {
                    grid.add_row(vec![
                        Cell::new(&c.claim.id),
                        Cell::new(&c.claim.text),
                        Cell::new(measure_words(c)),
                        Cell::new(claimed_words(c)),
                        Cell::new(reference_words(c)),
                        Cell::new(deviation_words(c)),
                        verdict_cell(c.verdict, self.color),
                    ]);
                }
            } else {
                grid.set_header([
                    "#",
                    "As written",
                    "Value",
                    "Unit",
                    "Hedge",
                    "Measure",
                    "Counterpart",
                    "Period",
                ]);
                for c in &a.extracted {
                    grid.add_row(vec![
                        c.id.clone(),
                        c.text.clone(),
                        crate::numfmt::trim(c.quantity.value, 4),
                        c.quantity.unit.brief().to_string(),
                        c.quantity.hedge.as_str().to_string(),
                        c.readings
                            .first()
                            .cloned()
                            .unwrap_or_else(|| "— (not a claim)".into()),
                        c.counterpart
                            .clone()
                            .filter(|_| c.is_claim())
                            .unwrap_or_default(),
                        c.period
                            .filter(|_| c.is_claim())
                            .map(|p| p.label())
                            .unwrap_or_default(),
                    ]);
                }
            }
            writeln!(out, "{grid}")?;
            if report.verdicts {
                for c in &a.checked {
                    writeln!(out, "{} “{}” — {}", c.claim.id, c.claim.text, c.reason)?;
                    if let Some(r) = c.primary_reading().and_then(|r| r.reference.as_ref()) {
                        if let Some(comp) = &r.computation {
                            writeln!(out, "    computed: {comp}")?;
                        }
                        for row in &r.rows {
                            let published = row.published.as_deref().unwrap_or("date unknown");
                            writeln!(
                                out,
                                "    evidence: {}:{} {} {} {} {}–{} = {} ({}, {}, published {})",
                                row.dataset,
                                row.line,
                                row.subject,
                                row.counterpart.as_deref().unwrap_or("-"),
                                row.measure,
                                row.period_start,
                                row.period_end,
                                row.value_text,
                                row.qualifier_word(),
                                row.status,
                                published
                            )?;
                            writeln!(out, "    source: {}", row.source_url)?;
                        }
                    }
                    for o in other_readings(c) {
                        writeln!(out, "    other reading {o}")?;
                    }
                }
            }
            writeln!(out)?;
        }
        let s = report.summary();
        if report.verdicts {
            writeln!(
                out,
                "{}: {} consistent, {} close, {}, {} unverifiable",
                s.claims_counted(),
                s.consistent,
                s.close,
                s.diverging_counted(),
                s.unverifiable,
            )?;
        } else {
            writeln!(out, "{} among the quantities found", s.claims_counted())?;
        }
        Ok(())
    }
}
