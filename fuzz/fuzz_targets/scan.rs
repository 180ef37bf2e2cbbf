//! `scan` on arbitrary bytes: the first byte chooses the language (forced
//! French, forced English, or detected), the rest is decoded lossily as the
//! DOM hands text over. Every property of `tests/robustness/properties.rs`
//! is checked: a broken one panics, which libFuzzer reports as a crash.
#![no_main]

#[path = "../../tests/robustness/properties.rs"]
mod properties;

use claimlens::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let lang = match selector % 3 {
        0 => Some(Lang::Fr),
        1 => Some(Lang::En),
        _ => None,
    };
    let text = String::from_utf8_lossy(rest);
    properties::scan_checked(&text, lang);
});
