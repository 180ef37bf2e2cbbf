//! The gold-file parser on arbitrary bytes (decoded lossily, as the CLI
//! reads a file): never panics, and every span it accepts slices its text
//! on char boundaries.
#![no_main]

#[path = "../../tests/robustness/properties.rs"]
mod properties;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    properties::check_gold(&String::from_utf8_lossy(data));
});
