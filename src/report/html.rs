//! One self-contained HTML page per run: the article with every claim highlighted by
//! verdict (colour and a text label), a summary, the discrepancy table, and a card per
//! claim with its evidence and a small SVG chart. No scripts, no external resources;
//! every piece of article or data text is escaped, and only http(s) sources become links.

use super::{
    ArticleReport, Renderer, Report, claimed_words, deviation_words, measure_words, other_readings,
    reference_words,
};
use crate::numfmt::amount;
use crate::verify::{Checked, Verdict};
use std::fmt::Write as _;
use std::io::{self, Write};

pub struct Html;

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A link only for plain http(s) URLs; anything else is shown as text.
fn source_link(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    let safe = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c == ' ');
    if safe {
        format!(
            "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
            esc(url.trim())
        )
    } else {
        format!("<span class=\"nolink\">{}</span>", esc(url))
    }
}

const STYLE: &str = r#"
body{font:16px/1.5 Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
.article{white-space:pre-wrap;border-left:4px solid #ddd;padding-left:1rem}
mark{padding:0 .15em;border-radius:3px;border-bottom:3px solid}
mark a{color:inherit;text-decoration:none}
.tag{font:bold 11px Helvetica,Arial,sans-serif;text-transform:uppercase;margin-left:.25em;padding:0 .3em;border:1px solid;border-radius:2px;background:#fff}
.consistent{background:#dff3e4;border-color:#1a7f37}
.close{background:#fff3c4;border-color:#9a6700}
.diverges{background:#ffdcd7;border-color:#cf222e}
.unverifiable{background:#eaeef2;border-color:#57606a}
table{border-collapse:collapse;width:100%;font:14px Helvetica,Arial,sans-serif}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
.card{border:1px solid #ccc;border-left:6px solid;border-radius:4px;padding:.5rem 1rem;margin:1rem 0;page-break-inside:avoid}
.card.consistent{border-left-color:#1a7f37;background:none}.card.close{border-left-color:#9a6700;background:none}
.card.diverges{border-left-color:#cf222e;background:none}.card.unverifiable{border-left-color:#57606a;background:none}
.summary span{display:inline-block;margin-right:1rem;font:bold 14px Helvetica,Arial,sans-serif}
.evidence{font:13px Helvetica,Arial,sans-serif}
svg{font:10px Helvetica,Arial,sans-serif}
"#;

fn verdict_class(v: Verdict) -> &'static str {
    v.as_str()
}

/// The article text with each claim's span wrapped in a highlight linked to its card.
fn highlighted(a: &ArticleReport) -> String {
    let mut spans: Vec<&Checked> = a
        .checked
        .iter()
        .filter(|c| {
            c.claim.end <= a.text.len()
                && a.text.is_char_boundary(c.claim.start)
                && a.text.is_char_boundary(c.claim.end)
        })
        .collect();
    spans.sort_by_key(|c| c.claim.start);
    let mut out = String::new();
    let mut at = 0;
    for c in spans {
        if c.claim.start < at {
            continue;
        }
        out.push_str(&esc(&a.text[at..c.claim.start]));
        let v = verdict_class(c.verdict);
        let _ = write!(
            out,
            "<mark class=\"{v}\" id=\"t-{id}\"><a href=\"#card-{id}\">{text}</a><span class=\"tag\">{v}</span></mark>",
            id = esc(&c.claim.id),
            text = esc(&a.text[c.claim.start..c.claim.end])
        );
        at = c.claim.end;
    }
    out.push_str(&esc(&a.text[at..]));
    out
}

/// A line of the yearly series with the claimed interval as a band on the claim's year.
fn chart(c: &Checked) -> String {
    if c.series.is_empty() {
        return "<p class=\"evidence\">No yearly series in the data to chart.</p>".into();
    }
    let unit = c
        .primary_reading()
        .and_then(|r| r.reference.as_ref())
        .map(|r| r.unit.to_string())
        .unwrap_or_default();
    // The claim shares the series' scale when it is a level, a share or a yearly change.
    let same_scale = c.claim.kind == crate::extract::ClaimKind::Level
        || c.claim.kind == crate::extract::ClaimKind::Share
        || (c.claim.kind == crate::extract::ClaimKind::Change && !c.claim.cumulative);
    let ax = Axes::of(c, same_scale);
    let (w, h, left, bottom) = (Axes::W, Axes::H, Axes::LEFT, Axes::BOTTOM);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\">",
        esc(&format!("{} by year", measure_words(c)))
    );
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>",
        h - bottom,
        w - 10.0,
        h - bottom
    );
    for (v, label) in [(ax.lo, amount(ax.lo, &unit)), (ax.hi, amount(ax.hi, &unit))] {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left - 4.0,
            ax.y(v) + 3.0,
            esc(&label)
        );
    }
    if same_scale {
        claimed_band(&mut s, c, &ax);
    }
    series_line(&mut s, c, &ax, &unit);
    for y in ax.y0..=ax.y1 {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            ax.x(y),
            h - 8.0,
            y
        );
    }
    s.push_str("</svg>");
    s.push_str("<p class=\"evidence\">Line: the data by year. Blue band: the interval the article's words allow.</p>");
    s
}

/// The chart's scales: years across, values up; the claimed interval inside them when it
/// shares the series' scale.
struct Axes {
    y0: i32,
    y1: i32,
    claim_year: i32,
    lo: f64,
    hi: f64,
}

impl Axes {
    const W: f64 = 420.0;
    const H: f64 = 160.0;
    const LEFT: f64 = 70.0;
    const BOTTOM: f64 = 24.0;
    const TOP: f64 = 10.0;

    fn of(c: &Checked, same_scale: bool) -> Axes {
        let years: Vec<i32> = c.series.iter().map(|p| p.period.start.year).collect();
        let claim_year = c
            .period()
            .map(|p| p.end.year)
            .unwrap_or(*years.last().unwrap_or(&0));
        let y0 = years.iter().copied().min().unwrap_or(claim_year);
        let y1 = years.iter().copied().max().unwrap_or(claim_year);
        let values = || c.series.iter().map(|p| p.value);
        let mut lo = values().fold(f64::INFINITY, f64::min).min(0.0);
        let mut hi = values().fold(f64::NEG_INFINITY, f64::max);
        if same_scale {
            if c.claimed.lo.is_finite() {
                lo = lo.min(c.claimed.lo);
            }
            if c.claimed.hi.is_finite() {
                hi = hi.max(c.claimed.hi);
            } else {
                hi = hi.max(c.claimed.lo * 1.1);
            }
        }
        if hi <= lo {
            hi = lo + 1.0;
        }
        Axes {
            y0: y0.min(claim_year),
            y1: y1.max(claim_year),
            claim_year,
            lo,
            hi,
        }
    }

    fn x(&self, year: i32) -> f64 {
        let span_years = (self.y1 - self.y0).max(1) as f64;
        Self::LEFT + (year - self.y0) as f64 / span_years * (Self::W - Self::LEFT - 15.0)
    }

    fn y(&self, v: f64) -> f64 {
        Self::TOP
            + (1.0 - (v - self.lo) / (self.hi - self.lo)) * (Self::H - Self::TOP - Self::BOTTOM)
    }
}

/// The claimed interval as a band at the claim's year; open ends reach the chart's edge.
fn claimed_band(s: &mut String, c: &Checked, ax: &Axes) {
    let band_lo = if c.claimed.lo.is_finite() {
        c.claimed.lo
    } else {
        ax.lo
    };
    let band_hi = if c.claimed.hi.is_finite() {
        c.claimed.hi
    } else {
        ax.hi
    };
    let _ = write!(
        s,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"14\" height=\"{:.1}\" fill=\"#0969da\" fill-opacity=\"0.25\" stroke=\"#0969da\"><title>claimed {}</title></rect>",
        ax.x(ax.claim_year) - 7.0,
        ax.y(band_hi),
        (ax.y(band_lo) - ax.y(band_hi)).max(1.5),
        esc(&claimed_words(c))
    );
}

/// The data by year: a line and a titled point per year.
fn series_line(s: &mut String, c: &Checked, ax: &Axes, unit: &str) {
    let pts: Vec<String> = c
        .series
        .iter()
        .map(|p| format!("{:.1},{:.1}", ax.x(p.period.start.year), ax.y(p.value)))
        .collect();
    let _ = write!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>",
        pts.join(" ")
    );
    for p in &c.series {
        let _ = write!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#1b1b1b\"><title>{} {}</title></circle>",
            ax.x(p.period.start.year),
            ax.y(p.value),
            p.period.label(),
            esc(&amount(p.value, unit))
        );
    }
}

fn card(c: &Checked) -> String {
    let v = verdict_class(c.verdict);
    let mut s = format!(
        "<section class=\"card {v}\" id=\"card-{}\">",
        esc(&c.claim.id)
    );
    let _ = write!(
        s,
        "<h3>{} “{}” <span class=\"tag\">{v}</span></h3>",
        esc(&c.claim.id),
        esc(&c.claim.text)
    );
    let _ = write!(s, "<p><em>{}</em></p>", esc(&c.claim.sentence));
    let _ = write!(
        s,
        "<p><strong>{}</strong>. Claimed {}; reference {}; deviation {}.</p>",
        esc(&measure_words(c)),
        esc(&claimed_words(c)),
        esc(&reference_words(c)),
        esc(&deviation_words(c))
    );
    let _ = write!(s, "<p>{}</p>", esc(&c.reason));
    if let Some(r) = c.primary_reading().and_then(|r| r.reference.as_ref()) {
        if let Some(comp) = &r.computation {
            let _ = write!(s, "<p class=\"evidence\">Computed: {}</p>", esc(comp));
        }
        s.push_str("<table class=\"evidence\"><tr><th>row</th><th>key</th><th>period</th><th>value</th><th>qualifier</th><th>published</th><th>source</th></tr>");
        for row in &r.rows {
            let _ = write!(
                s,
                "<tr><td>{}:{}</td><td>{} {} {}</td><td>{}–{}</td><td>{}</td><td>{} {}</td><td>{}</td><td>{}</td></tr>",
                esc(&row.dataset),
                row.line,
                esc(&row.subject),
                esc(row.counterpart.as_deref().unwrap_or("")),
                esc(&row.measure),
                row.period_start,
                row.period_end,
                esc(&row.value_text),
                esc(row.qualifier_word()),
                esc(&row.status),
                esc(row.published.as_deref().unwrap_or("unknown")),
                source_link(&row.source_url)
            );
        }
        s.push_str("</table>");
    }
    let others = other_readings(c);
    if !others.is_empty() {
        s.push_str("<p class=\"evidence\">Other readings:</p><ul class=\"evidence\">");
        for o in others {
            let _ = write!(s, "<li>{}</li>", esc(&o));
        }
        s.push_str("</ul>");
    }
    s.push_str(&chart(c));
    let _ = write!(
        s,
        "<p class=\"evidence\"><a href=\"#t-{}\">back to the text</a></p></section>",
        esc(&c.claim.id)
    );
    s
}

impl Renderer for Html {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let s = report.summary();
        let mut page = String::new();
        page.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        let title = report
            .articles
            .first()
            .and_then(|a| a.title.clone())
            .unwrap_or_else(|| "claimcheck report".into());
        let _ = write!(
            page,
            "<title>{}</title><style>{STYLE}</style></head><body>",
            esc(&title)
        );
        let _ = write!(
            page,
            "<h1>claimcheck report</h1><p class=\"summary\"><span>{}</span><span class=\"tag consistent\">{} consistent</span><span class=\"tag close\">{} close</span><span class=\"tag diverges\">{}</span><span class=\"tag unverifiable\">{} unverifiable</span></p>",
            s.claims_counted(),
            s.consistent,
            s.close,
            s.diverging_counted(),
            s.unverifiable
        );
        for a in &report.articles {
            let _ = write!(
                page,
                "<h2>{}</h2>",
                esc(a.title.as_deref().unwrap_or(&a.source))
            );
            let _ = write!(
                page,
                "<p class=\"evidence\">Source: {}{}</p>",
                esc(&a.source),
                a.date
                    .as_ref()
                    .map(|d| format!(" · dated {}", esc(d)))
                    .unwrap_or_default()
            );
            page.push_str("<table><tr><th>#</th><th>As written</th><th>Measure (counterpart, period)</th><th>Claimed</th><th>Reference</th><th>Deviation</th><th>Verdict</th></tr>");
            for c in &a.checked {
                let _ = write!(
                    page,
                    "<tr><td><a href=\"#card-{id}\">{id}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"tag {v}\">{v}</span></td></tr>",
                    esc(&c.claim.text),
                    esc(&measure_words(c)),
                    esc(&claimed_words(c)),
                    esc(&reference_words(c)),
                    esc(&deviation_words(c)),
                    id = esc(&c.claim.id),
                    v = verdict_class(c.verdict)
                );
            }
            page.push_str("</table><h3>The article</h3>");
            let _ = write!(page, "<div class=\"article\">{}</div>", highlighted(a));
            page.push_str("<h3>Claims</h3>");
            for c in &a.checked {
                page.push_str(&card(c));
            }
        }
        page.push_str("<p class=\"evidence\">Made by claimcheck. Verdicts: consistent — the data meets the interval the words allow; close — outside it within the tolerance; diverges — beyond the tolerance; unverifiable — the data cannot tell.</p></body></html>\n");
        out.write_all(page.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_links() {
        assert_eq!(
            esc("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert!(source_link("javascript:alert(1)").starts_with("<span"));
        assert!(
            source_link("https://civil.ge/a?b=1&c=2")
                .contains("href=\"https://civil.ge/a?b=1&amp;c=2\"")
        );
        assert!(source_link("https://x.org/\"onmouseover=alert(1)").contains("&quot;onmouseover"));
    }
}
