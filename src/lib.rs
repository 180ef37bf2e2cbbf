//! ClaimLens engine: finds markers of unsupported claims and named actors in
//! French and English news text.
//!
//! The core is plain Rust with no platform types. `scan` is the one entry
//! point; `wasm` (compiled only for `wasm32`) and the `claimlens` binary are
//! thin layers over it.
//!
//! ```
//! let analysis = claimlens::scan("Le ministre a affirmé, sans preuve, que tout va bien.", &Default::default());
//! assert_eq!(analysis.lang, claimlens::Lang::Fr);
//! ```

pub mod actors;
pub mod attribution;
pub mod eval;
pub mod export;
pub mod gold;
pub mod markers;
pub mod model;
pub mod offsets;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::{Actor, ActorId, Analysis, Category, Group, Lang, Options, Span, Speaker};
pub use text::Document;

/// Scans `text` and returns every claim marker and actor found, with byte
/// offsets into `text`, sorted by position.
pub fn scan(text: &str, options: &Options) -> Analysis {
    let doc = Document::new(text, options.lang);
    let mut claim_spans = markers::find(&doc);
    let (actor_spans, actors) = actors::find(&doc);
    attribution::attach(&doc, &mut claim_spans, &actor_spans, &actors);

    let mut spans = claim_spans;
    spans.extend(actor_spans);
    for span in &mut spans {
        span.start = doc.norm.original_start(span.start);
        span.end = doc.norm.original_end(span.end);
        if let Some(Speaker::Vague { start, end }) = span.speaker.as_mut() {
            *start = doc.norm.original_start(*start);
            *end = doc.norm.original_end(*end);
        }
    }
    spans.sort_by_key(|s| (s.start, s.end, s.category));
    Analysis { lang: doc.lang, spans, actors }
}
