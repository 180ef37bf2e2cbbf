//! The wasm API as JavaScript sees it, run under Node by
//! `wasm-bindgen-test-runner` (`./build.sh test` does this):
//! `cargo test --target wasm32-unknown-unknown --test wasm`.
//!
//! The key property: offsets are UTF-16 code units, so `text.slice(start,
//! end)` in JavaScript returns exactly the span's text, even after accents,
//! curly quotes and astral characters (emoji take two UTF-16 units).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property readable")
}

fn number(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is a number")) as u32
}

fn string(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_else(|| panic!("{key} is a string"))
}

fn spans_of(report: &JsValue) -> Vec<JsValue> {
    get(report, "spans").dyn_into::<Array>().expect("spans is an array").to_vec()
}

/// Scans `text` through the wasm API and checks, for every span, that the
/// JavaScript string sliced at its offsets is the span's own text. Returns the
/// report for further checks.
fn scan_and_check_offsets(text: &str, lang: Option<&str>) -> JsValue {
    let report = claimlens::wasm::scan(text, lang.map(String::from)).expect("scan succeeds");
    let js_text = JsString::from(text);
    for span in spans_of(&report) {
        let (start, end) = (number(&span, "start"), number(&span, "end"));
        assert!(start < end && end <= js_text.length(), "span {start}..{end} inside the text");
        let sliced: String = js_text.slice(start, end).into();
        assert_eq!(sliced, string(&span, "text"), "JS slice {start}..{end} equals the span text");
    }
    report
}

/// French text with a claim marker and actors the engine is expected to find.
const FR: &str = "Le Kremlin a affirmé, sans preuve, que la Russie avait été attaquée par l'Ukraine.";

#[wasm_bindgen_test]
fn report_has_the_documented_shape() {
    let report = scan_and_check_offsets(FR, None);
    assert_eq!(string(&report, "lang"), "fr");
    assert!(Array::is_array(&get(&report, "actors")));
    // Plain objects, not Maps: they must survive extension messaging.
    assert!(get(&report, "spans").is_object());
    for span in spans_of(&report) {
        assert!(span.is_instance_of::<Object>());
        let category = string(&span, "category");
        let group = string(&span, "group");
        assert!(group == "claim" || group == "actor", "group {group} of {category}");
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_exactly_after_astral_and_accented_characters() {
    // Each prefix shifts the spans by a different mix of bytes, code points
    // and UTF-16 units; slicing must still land on the span text.
    let prefixes = [
        "",
        "Été 😀 : ",
        "🇫🇷🇺🇦 « Déjà vu » — ",
        "e\u{301}te\u{301} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ",
        "’’’ ",
    ];
    let baseline = spans_of(&scan_and_check_offsets(FR, Some("fr"))).len();
    for prefix in prefixes {
        let text = format!("{prefix}{FR}");
        let report = scan_and_check_offsets(&text, Some("fr"));
        // The prefix adds no sentence of its own, so it must not lose spans.
        assert!(spans_of(&report).len() >= baseline, "prefix {prefix:?} keeps every span");
    }
}

#[wasm_bindgen_test]
fn finds_a_claim_marker_and_an_actor() {
    let report = scan_and_check_offsets(FR, None);
    let groups: Vec<String> = spans_of(&report).iter().map(|s| string(s, "group")).collect();
    assert!(groups.iter().any(|g| g == "claim"), "a claim marker in {FR:?}: {groups:?}");
    assert!(groups.iter().any(|g| g == "actor"), "an actor in {FR:?}: {groups:?}");
}

#[wasm_bindgen_test]
fn language_argument_is_checked() {
    assert_eq!(string(&scan_and_check_offsets("Officials said it was fine.", Some("en")), "lang"), "en");
    assert_eq!(string(&scan_and_check_offsets(FR, Some("auto")), "lang"), "fr");
    assert!(claimlens::wasm::scan(FR, Some("de".into())).is_err(), "unknown language is an error");
}

#[wasm_bindgen_test]
fn odd_input_never_panics() {
    for text in ["", " ", "\u{0}", "\u{FEFF}", "😀", "a\r\nb", &"é".repeat(10_000)] {
        scan_and_check_offsets(text, None);
    }
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(claimlens::wasm::version(), env!("CARGO_PKG_VERSION"));
}

/// `scanCompact` (the extension's hot path) says exactly what `scan` says:
/// same spans, offsets, categories, actors and speakers, in its flat form.
#[wasm_bindgen_test]
fn compact_report_matches_the_full_report() {
    let text = format!("Selon des sources, Emmanuel Macron aurait 😀 menti. {FR} Le Kremlin a affirmé, sans preuve, que Macron savait.");
    let full = scan_and_check_offsets(&text, None);
    let json = claimlens::wasm::scan_compact(&text, None).expect("scanCompact succeeds");
    let compact = js_sys::JSON::parse(&json).expect("scanCompact returns JSON");
    assert_eq!(string(&compact, "lang"), string(&full, "lang"));
    let categories = get(&compact, "categories").dyn_into::<Array>().expect("categories is an array");
    let flat: Vec<f64> = get(&compact, "spans")
        .dyn_into::<Array>()
        .expect("spans is an array")
        .iter()
        .map(|n| n.as_f64().expect("spans holds numbers"))
        .collect();
    let spans = spans_of(&full);
    assert!(!spans.is_empty(), "the text has spans");
    assert_eq!(flat.len(), spans.len() * claimlens::wasm::SPAN_FIELDS);
    let mut saw_speaker = false;
    for (span, fields) in spans.iter().zip(flat.chunks(claimlens::wasm::SPAN_FIELDS)) {
        assert_eq!(fields[0] as u32, number(span, "start"));
        assert_eq!(fields[1] as u32, number(span, "end"));
        let category = categories.get(fields[2] as u32);
        assert_eq!(Array::from(&category).get(0).as_string(), Some(string(span, "category")));
        assert_eq!(Array::from(&category).get(1).as_string(), Some(string(span, "group")));
        let actor = get(span, "actor");
        assert_eq!(fields[3], actor.as_f64().unwrap_or(-1.0), "actor id or -1");
        let speaker = get(span, "speaker");
        match speaker.is_undefined() {
            true => assert_eq!(fields[4], 0.0, "no speaker"),
            false => {
                saw_speaker = true;
                match string(&speaker, "kind").as_str() {
                    "actor" => assert_eq!((fields[4], fields[5] as u32), (1.0, number(&speaker, "actor"))),
                    _ => assert_eq!(
                        (fields[4], fields[5] as u32, fields[6] as u32),
                        (2.0, number(&speaker, "start"), number(&speaker, "end"))
                    ),
                }
            }
        }
    }
    assert!(saw_speaker, "the text has an attributed claim");
    assert_eq!(js_sys::JSON::stringify(&get(&compact, "actors")).ok(), js_sys::JSON::stringify(&get(&full, "actors")).ok());
}
