//! WebAssembly bindings: the engine as the browser extension sees it.
//!
//! Compiled only for `wasm32`. The one job here is to convert: JavaScript
//! strings in, a `Report` with UTF-16 offsets out (the DOM counts UTF-16 code
//! units, so `text.slice(start, end)` in JavaScript gives each span's text).

use crate::model::{Lang, Options};
use crate::report::{Report, Unit};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: panics then show up in the
/// console with their message instead of a bare "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Scans `text` and returns `{lang, spans, actors}` (see `report::Report`)
/// with offsets in UTF-16 code units. `lang` is `"fr"`, `"en"`, or
/// absent/empty/`"auto"` to detect it.
#[wasm_bindgen]
pub fn scan(text: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    let options = Options { lang: parse_lang(lang.as_deref())? };
    let analysis = crate::scan(text, &options);
    let report = Report::new(text, &analysis, Unit::Utf16);
    // Plain objects (not `Map`s) so the result survives structured cloning
    // through extension messaging unchanged.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    report.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Scans `text` and renders the result as an export file: `format` is
/// `"json"`, `"csv"`, `"md"` or `"jsonld"` (W3C Web Annotation). Offsets in
/// the file count code points of `text` (see `export`), so the extension
/// must export exactly the text it scanned.
#[wasm_bindgen(js_name = exportReport)]
pub fn export_report(
    text: &str,
    lang: Option<String>,
    format: &str,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
) -> Result<String, JsError> {
    let options = Options { lang: parse_lang(lang.as_deref())? };
    let format: crate::export::Format = format.parse().map_err(|e: String| JsError::new(&e))?;
    let analysis = crate::scan(text, &options);
    let meta = crate::export::PageMeta { url, title, date };
    Ok(crate::export::render(text, &analysis, format, &meta))
}

/// The engine's version, for the extension's about box and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn parse_lang(lang: Option<&str>) -> Result<Option<Lang>, JsError> {
    match lang.map(str::trim) {
        None | Some("") | Some("auto") => Ok(None),
        Some(code) => code.parse().map(Some).map_err(|e: String| JsError::new(&e)),
    }
}
