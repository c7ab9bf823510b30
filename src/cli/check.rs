//! `claimcheck check` and `claimcheck extract`.

use super::CheckArgs;
use super::output::write_atomically;
use crate::extract::claim::{ExtractOptions, extract_claims};
use crate::extract::text::Date;
use crate::input::{expand, read_article};
use crate::reference::{DataSource, Store, lexicon};
use crate::report::{ArticleReport, Format, Report, renderer};
use crate::verify::{Verdict, Verifier};
use anyhow::Result;
use std::io::{IsTerminal, Write};

pub fn run(args: CheckArgs, verdicts: bool) -> Result<u8> {
    let store = Store::load(DataSource::resolve(args.data.data.as_deref()))?;
    let lex = lexicon(&store.manifest);
    let verifier = Verifier {
        store: &store,
        as_of: args.as_of.clone(),
    };
    let date = args.date.as_deref().and_then(Date::parse);
    let mut articles = Vec::new();
    let mut input_errors = 0;
    for path in expand(&args.articles) {
        let article = match path.and_then(|p| read_article(&p, args.max_bytes)) {
            Ok(a) => a,
            Err(e) => {
                // Like ripgrep: report the bad input and go on with the others.
                eprintln!("claimcheck: error: {e}");
                input_errors += 1;
                continue;
            }
        };
        let opts = ExtractOptions {
            date: date.or(article.date),
            title: article.title.clone(),
        };
        let extraction = extract_claims(&article.text, &lex, &opts);
        let date_words = extraction.date.map(|d| d.to_string());
        let (checked, extracted) = if verdicts {
            let claims = extraction.items.into_iter().filter(|c| c.is_claim());
            (claims.map(|c| verifier.check(c)).collect(), Vec::new())
        } else {
            (Vec::new(), extraction.items)
        };
        articles.push(ArticleReport {
            source: article.source,
            title: extraction.title,
            date: date_words,
            text: article.text,
            checked,
            extracted,
        });
    }
    let report = Report { articles, verdicts };
    let color = args.output.is_none()
        && args.format == Format::Table
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let mut buf = Vec::new();
    renderer(args.format, color).render(&report, &mut buf)?;
    if input_errors > 0 && report.articles.is_empty() {
        anyhow::bail!("no article could be read");
    }
    match &args.output {
        Some(path) => write_atomically(path, &buf)?,
        None => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(&buf).and_then(|_| out.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e.into());
            }
        }
    }
    if input_errors > 0 {
        return Ok(2);
    }
    let diverges = report
        .articles
        .iter()
        .flat_map(|a| &a.checked)
        .any(|c| c.verdict == Verdict::Diverges);
    Ok(if diverges { 1 } else { 0 })
}
