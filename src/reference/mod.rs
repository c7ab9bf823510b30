//! Reference datasets: the manifest, loading (the only place polars is used), row choice.

pub mod corrections;
pub mod import;
pub mod indexed;
pub mod manifest;
pub mod problem;
pub mod row;
pub mod store;
pub mod validate;

pub use manifest::{Kind, Manifest};
pub use store::{DataError, DataSource, Qualifier, Row, Store};

use crate::extract::claim::{Lexicon, MeasureInfo, MeasureKind, Term};

/// The extractor's view of the manifest: measures and the words that name them.
pub fn lexicon(manifest: &Manifest) -> Lexicon {
    let mut measures = Vec::new();
    for d in &manifest.datasets {
        for m in &d.measures {
            measures.push(MeasureInfo {
                name: m.name.clone(),
                kind: match m.kind {
                    Kind::Level => MeasureKind::Level,
                    Kind::Share => MeasureKind::Share,
                    Kind::Rate => MeasureKind::Rate,
                },
                unit: m.unit.clone(),
                share: m.share.clone(),
                has_counterpart: d.counterpart.is_some(),
                dataset: d.name.clone(),
                inverse: m.inverse.clone(),
            });
        }
    }
    let terms = manifest
        .terms
        .iter()
        .flat_map(|t| {
            t.words.iter().map(move |w| Term {
                phrase: w.clone(),
                measures: t.measures.clone(),
                set_against: t.set_against.clone(),
            })
        })
        .collect();
    let groups = manifest
        .groups
        .iter()
        .flat_map(|g| {
            g.names()
                .iter()
                .map(move |n| (n.clone(), g.code().to_string()))
        })
        .collect();
    Lexicon::new(
        measures,
        terms,
        manifest.home.clone(),
        manifest.total.clone(),
    )
    .with_groups(groups)
}
