//! Claim markers: no-evidence, vague-source, hedge, conditional, claim-verb.
//!
//! One module per job:
//! - [`lexicon`] reads `data/lexicons/{fr,en}/*.txt` (compiled in with
//!   `include_str!`, parsed once behind `LazyLock`s); [`grammar`] holds the
//!   closed word classes; [`inflect`] generates verb forms from lemmas;
//!   [`pattern`] compiles the phrase syntax of the lexicons into tries.
//! - [`candidates`] looks every token up once and tells each detector which
//!   tokens concern it; the detectors are [`phrases`] (hedge, no-evidence),
//!   [`conditional`], [`claim_verb`] and [`vague_source`].
//! - [`reporting`] recognises reporting verbs with their verb group; its
//!   [`reporting_verb_at`] is public for the actors and attribution code.

pub mod candidates;
pub mod claim_verb;
pub mod conditional;
pub mod grammar;
pub mod inflect;
pub mod lexicon;
pub mod pattern;
pub mod phrases;
pub mod reporting;
pub mod vague_source;
pub mod word_map;

use crate::model::Span;
use crate::text::Document;

pub use reporting::{reporting_verb_at, ReportingVerb, VerbKind};

/// Every claim-marker span of `doc`, in normalised-text byte offsets,
/// sorted; two spans of one category never overlap.
pub fn find(doc: &Document) -> Vec<Span> {
    let candidates = candidates::Candidates::of(doc);
    // In the order of `Category`, each detector's spans in text order: the
    // first sort of `without_overlaps` then finds them in order already.
    let mut spans = phrases::no_evidence(doc, &candidates);
    spans.extend(vague_source::find(doc, &candidates));
    spans.extend(phrases::hedges(doc, &candidates));
    spans.extend(conditional::find(doc, &candidates));
    spans.extend(claim_verb::find(doc, &candidates));
    without_overlaps(spans)
}

/// Sorts spans and drops, within each category, any span overlapping an
/// earlier (or, at the same start, longer) one.
fn without_overlaps(mut spans: Vec<Span>) -> Vec<Span> {
    crate::sort::sort_by_packed_key(&mut spans, |s| crate::sort::pack([s.category as usize, s.start, crate::sort::descending(s.end), 0]));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if out.last().is_some_and(|last| last.category == span.category && last.end > span.start) {
            continue;
        }
        out.push(span);
    }
    crate::sort::sort_by_packed_key(&mut out, |s| crate::sort::pack([s.start, s.end, s.category as usize, 0]));
    out
}
