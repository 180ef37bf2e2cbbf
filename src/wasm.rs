//! WebAssembly bindings: the engine as the browser extension sees it.
//!
//! Compiled only for `wasm32`. The one job here is to convert: JavaScript
//! strings in, a `Report` with UTF-16 offsets out (the DOM counts UTF-16 code
//! units, so `text.slice(start, end)` in JavaScript gives each span's text).

use crate::model::{Actor, Analysis, Category, Group, Lang, Options, Speaker};
use crate::report::{converted_spans, Report, Unit};
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
    // Through JSON rather than serde-wasm-bindgen's serializer: the same plain
    // objects (they survive structured cloning through extension messaging),
    // from serde_json code the wasm carries anyway for `scanCompact` and the
    // exports: the serializer's own code cost 1.9 KB gzip of the 250 KB budget.
    let json = serde_json::to_string(&report).map_err(|_| unwritable())?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the report is not valid JSON"))
}

/// Scans `text` and returns the report as one JSON string in a compact
/// shape, for the extension's hot path: building one JavaScript object per
/// span across the wasm boundary (`scan`) costs more than the scan on long
/// pages, and so does structured-cloning them between extension contexts,
/// whereas a string crosses both cheaply and `JSON.parse` is fast.
///
/// ```text
/// {"lang": "fr",
///  "categories": [["no-evidence", "claim"], ...],   // index -> [category, group]
///  "spans": [start, end, category, actor, speaker, a, b,  start, end, ...],
///  "actors": [ ...as in `scan` ]}
/// ```
///
/// `spans` is flat, `SPAN_FIELDS` numbers per span, offsets in UTF-16 code
/// units: `category` indexes `categories`; `actor` is the actor id or -1;
/// `speaker` is 0 (none), 1 (a named actor: `a` is its id, `b` is 0) or 2
/// (an unnamed source at UTF-16 offsets `a..b`). Span texts are not repeated:
/// they are `text.slice(start, end)` of the scanned text.
#[wasm_bindgen(js_name = scanCompact)]
pub fn scan_compact(text: &str, lang: Option<String>) -> Result<String, JsError> {
    let options = Options { lang: parse_lang(lang.as_deref())? };
    let analysis = crate::scan(text, &options);
    serde_json::to_string(&CompactReport::new(text, &analysis)).map_err(|_| unwritable())
}

/// The error of a report serde_json could not write (it writes these types to a string
/// without failing). Not serde_json's own message: its `Display` brings the text of every
/// parse error into the wasm download (3 KB, issue 6).
#[cold]
fn unwritable() -> JsError {
    JsError::new("the report could not be written as JSON")
}

/// Numbers per span in `scanCompact`'s flat `spans` array.
pub const SPAN_FIELDS: usize = 7;

const SPEAKER_NONE: i64 = 0;
const SPEAKER_ACTOR: i64 = 1;
const SPEAKER_VAGUE: i64 = 2;

#[derive(Serialize)]
struct CompactReport<'a> {
    lang: Lang,
    categories: Vec<(Category, Group)>,
    spans: Vec<i64>,
    /// As in a `Report`, the analysis's own actors.
    actors: &'a [Actor],
}

impl<'a> CompactReport<'a> {
    /// Built from the analysis itself, not from a `Report`: that one copies
    /// every span's text and its speaker's name into strings of their own
    /// (tens of thousands of allocations on a 5 MB page) that this shape drops.
    /// Offsets are converted as `Report::new` converts them (`converted_spans`).
    fn new(text: &str, analysis: &'a Analysis) -> CompactReport<'a> {
        let category_index = |category: Category| Category::ALL.iter().position(|c| *c == category).unwrap_or(0);
        let mut spans = Vec::with_capacity(analysis.spans.len() * SPAN_FIELDS);
        for (span, at) in converted_spans(text, analysis, Unit::Utf16) {
            let (kind, a, b) = match (span.speaker, at.vague_speaker) {
                (Some(Speaker::Actor { actor }), _) => (SPEAKER_ACTOR, i64::from(actor), 0),
                (_, Some((start, end))) => (SPEAKER_VAGUE, start as i64, end as i64),
                _ => (SPEAKER_NONE, 0, 0),
            };
            let (start, end) = (at.start as i64, at.end as i64);
            spans.extend_from_slice(&[start, end, category_index(span.category) as i64, span.actor.map_or(-1, i64::from), kind, a, b]);
        }
        CompactReport {
            lang: analysis.lang,
            categories: Category::ALL.iter().map(|c| (*c, c.group())).collect(),
            spans,
            actors: &analysis.actors,
        }
    }
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
