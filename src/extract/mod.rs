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

pub use claim::{ArticleExtraction, Claim, ClaimKind, ExtractOptions, Lexicon, extract_claims};
pub use quantity::{Hedge, Quantity, Unit, extract_quantities};
