//! JSON Lines: one claim per line with its article's source and id, for pipelines.

use super::json::{ClaimJson, checked_json, claim_json};
use super::{Renderer, Report};
use serde::Serialize;
use std::io::{self, Write};

pub struct Jsonl;

#[derive(Serialize)]
struct Line<'a> {
    article: &'a str,
    article_id: Option<&'a str>,
    #[serde(flatten)]
    claim: ClaimJson,
}

impl Renderer for Jsonl {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for a in &report.articles {
            let claims: Vec<ClaimJson> = if report.verdicts {
                a.checked.iter().map(checked_json).collect()
            } else {
                a.extracted
                    .iter()
                    .map(|c| claim_json(c, None, 0.10))
                    .collect()
            };
            for claim in claims {
                let line = Line {
                    article: &a.source,
                    article_id: a.id.as_deref(),
                    claim,
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    }
}
