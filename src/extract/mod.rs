//! Text → quantities → claims. Pure: no I/O, no polars; the measure words come in as a
//! [`claim::Lexicon`] built from the manifest.

pub mod claim;
pub mod entity;
pub mod period;
pub mod quantity;
pub mod scope;
pub mod text;
pub mod token;
pub mod words;

/// Builds the extractor's process-wide tables now (country names, currencies, rank and trend
/// phrases, the rank grammar); otherwise the first sentence that needs one builds it, and
/// every other thread waits. The CLI calls this on a thread of its own while it reads the
/// manifest and the articles, so that no article waits for them.
pub fn build_tables() {
    entity::build_table();
    quantity::build_tables();
    claim::build_tables();
}

pub use claim::{ArticleExtraction, Claim, ClaimKind, ExtractOptions, Lexicon, extract_claims};
pub use quantity::{Hedge, Quantity, Unit, extract_quantities};
