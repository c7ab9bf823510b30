//! Arbitrary bytes as an HTML page: text extraction must not panic, and the text it
//! returns must carry no markup that a report could render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(page) = std::str::from_utf8(data) else {
        return;
    };
    let out = claimcheck::input::html::to_text(page);
    let _ = out.title;
    let escaped = claimcheck::report::escape_html(&out.text);
    assert!(!escaped.contains('<') && !escaped.contains('>'));
});
