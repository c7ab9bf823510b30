//! One article through the pipeline: extract its claims, judge each against the reference
//! data, and gather what a report shows. Shared by `claimcheck check` and `claimcheck serve`.

use crate::calendar::Date;
use crate::extract::claim::{ExtractOptions, Lexicon, extract_claims};
use crate::input::Article;
use crate::reference::{Store, lexicon};
use crate::report::ArticleReport;
use crate::verify::Verifier;

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

    pub fn check(&self, article: Article, opts: &CheckOptions) -> ArticleReport {
        let verifier = Verifier {
            store: &self.store,
            as_of: opts.as_of.clone(),
        };
        let extract = ExtractOptions {
            date: opts.date.or(article.date),
            title: article.title.clone(),
            claims_only: opts.verdicts,
        };
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
}
