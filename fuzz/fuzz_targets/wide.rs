//! Arbitrary bytes as a wide table (one row per partner, one column per period), imported
//! into the trade dataset: problems are reported, never a panic, and every row is finite.
#![no_main]

use claimcheck::reference::import::{WideMapping, wide_rows};
use claimcheck::reference::manifest::Manifest;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn manifest() -> &'static Manifest {
    static M: OnceLock<Manifest> = OnceLock::new();
    M.get_or_init(|| Manifest::parse(include_str!("../../data/manifest.toml")).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let m = manifest();
    let spec = &m.datasets[0];
    let map = WideMapping {
        key_column: None,
        measure: "export".into(),
        subject: None,
        unit: None,
        scale: [1.0, 1e3, 1e6, 1e9][(data.first().copied().unwrap_or(0) % 4) as usize],
        qualifier: "exact".into(),
        status: "preliminary".into(),
        source_url: String::new(),
    };
    if let Ok(rows) = wide_rows(m, spec, "fuzz.csv", data, &map) {
        assert!(rows.iter().all(|r| r.value.is_finite()));
    }
});
