//! Arbitrary text as a manifest: parsing and the consistency checks report, never panic.
#![no_main]

use claimcheck::reference::manifest::Manifest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(m) = Manifest::parse(text)
    {
        let _ = m.problems();
    }
});
