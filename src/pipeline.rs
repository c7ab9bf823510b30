//! One article through the pipeline: extract its claims, judge each against the reference
//! data, and gather what a report shows. Shared by `claimcheck check` and `claimcheck serve`.

use crate::calendar::Date;
use crate::extract::claim::{
    Claim, ExtractOptions, Lexicon, extract_claims, extract_claims_streamed,
};
use crate::input::Article;
use crate::reference::{Store, lexicon};
use crate::report::ArticleReport;
use crate::verify::{Verdict, Verifier};

/// The reference data and the words the manifest gives the extractor, loaded once and
/// shared read-only by every article checked.
pub struct Checker {
    pub store: Store,
    lex: Lexicon,
}

/// What a check is asked for, beyond the article.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The article's date when the caller knows it (else the article's own).
    pub date: Option<Date>,
    /// Judge against the figures published on or before this date.
    pub as_of: Option<String>,
    /// Judge the claims (`check`), or only list them (`extract`).
    pub verdicts: bool,
    /// Gather the yearly series the HTML report charts.
    pub charts: bool,
}

impl Checker {
    pub fn new(store: Store) -> Checker {
        let lex = lexicon(&store.manifest);
        Checker { store, lex }
    }

    /// The judge and the extraction options for one article.
    fn setup(&self, article: &Article, opts: &CheckOptions) -> (Verifier<'_>, ExtractOptions) {
        let verifier = Verifier {
            store: &self.store,
            as_of: opts.as_of.clone(),
        };
        let extract = ExtractOptions {
            date: opts.date.or(article.date),
            title: article.title.clone(),
            claims_only: opts.verdicts,
        };
        (verifier, extract)
    }

    pub fn check(&self, article: Article, opts: &CheckOptions) -> ArticleReport {
        let (verifier, extract) = self.setup(&article, opts);
        let extraction = extract_claims(&article.text, &self.lex, &extract);
        let date_words = extraction.date.map(|d| d.to_string());
        let (checked, extracted) = if opts.verdicts {
            let claims = extraction.items.into_iter().filter(|c| c.is_claim());
            let mut checked = verifier.check_all(claims);
            if opts.charts {
                checked.iter_mut().for_each(|c| verifier.chart(c));
            }
            (checked, Vec::new())
        } else {
            (Vec::new(), extraction.items)
        };
        ArticleReport {
            source: article.source,
            id: article.id,
            title: extraction.title,
            date: date_words,
            text: article.text,
            checked,
            extracted,
        }
    }

    /// A very long article for a report written claim by claim (CSV, JSON Lines): its claims
    /// are judged a slice at a time and each slice's report is handed to `emit` and dropped,
    /// so memory holds the extracted claims and one slice of verdicts with their evidence,
    /// not every verdict of the article. A slice never parts a figure from the earlier one
    /// it implies a change with. The reports carry no article text (these formats show none)
    /// and draw no charts. Returns whether a claim diverges.
    pub fn check_in_slices<E>(
        &self,
        article: Article,
        opts: &CheckOptions,
        slice: usize,
        mut emit: impl FnMut(ArticleReport) -> Result<(), E>,
    ) -> Result<bool, E> {
        let (verifier, extract) = self.setup(&article, opts);
        let mut diverges = false;
        let mut date_words: Option<String> = extract.date.map(|d| d.to_string());
        let mut judge_and_emit = |part: Vec<Claim>, date: &Option<String>| {
            let report = |checked, extracted| ArticleReport {
                source: article.source.clone(),
                id: article.id.clone(),
                title: article.title.clone(),
                date: date.clone(),
                text: String::new(),
                checked,
                extracted,
            };
            if opts.verdicts {
                // Judged in parallel, joined back in order; a change implied between two
                // figures is judged within the slice, where both are.
                let checked = verifier.check_all_parallel(part);
                diverges |= checked.iter().any(|c| c.verdict == Verdict::Diverges);
                emit(report(checked, Vec::new()))
            } else {
                emit(report(Vec::new(), part))
            }
        };
        // A dated article is read and judged a run of sentences at a time.
        if extract.date.is_none() {
            date_words = crate::extract::text::find_dateline(&article.text).map(|d| d.to_string());
        }
        let streamed = extract_claims_streamed(&article.text, &self.lex, &extract, slice, |part| {
            judge_and_emit(part, &date_words)
        });
        match streamed {
            Some(done) => {
                done?;
            }
            None => {
                // Undated: the article's year rests on all its claims; read them first.
                let extraction = extract_claims(&article.text, &self.lex, &extract);
                let date = extraction.date.map(|d| d.to_string());
                let mut items = extraction
                    .items
                    .into_iter()
                    .filter(|c| !opts.verdicts || c.is_claim())
                    .peekable();
                while items.peek().is_some() {
                    let mut part = Vec::with_capacity(slice);
                    while let Some(c) =
                        items.next_if(|c| part.len() < slice || c.implied_from.is_some())
                    {
                        part.push(c);
                    }
                    judge_and_emit(part, &date)?;
                }
            }
        }
        Ok(diverges)
    }
}
