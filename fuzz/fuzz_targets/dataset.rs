//! Arbitrary bytes as a dataset CSV: parsing and validation must report, never panic.
#![no_main]

use claimcheck::reference::manifest::Manifest;
use claimcheck::reference::store::parse_rows;
use claimcheck::reference::validate::check_rows;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn manifest() -> &'static Manifest {
    static M: OnceLock<Manifest> = OnceLock::new();
    M.get_or_init(|| Manifest::parse(include_str!("../../data/manifest.toml")).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let m = manifest();
    let spec = &m.datasets[(data.first().copied().unwrap_or(0) as usize) % m.datasets.len()];
    if let Ok((rows, _problems)) = parse_rows(spec, "fuzz.csv", data.to_vec()) {
        let _ = check_rows(m, spec, "fuzz.csv", &rows);
    }
});
