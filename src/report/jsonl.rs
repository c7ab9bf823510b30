//! JSON Lines: one claim per line with its article's source and id, for pipelines.

use super::json::{ClaimJson, article_claims};
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
            let claims = article_claims(report, a);
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
