//! Claim markers: no-evidence, vague-source, hedge, conditional, claim-verb.
//!
//! Lexicons live in `data/lexicons/{fr,en}/`, are compiled in and parsed
//! once. [`reporting::reporting_verb_at`] is public for the actors and
//! attribution code.

pub mod grammar;
pub mod inflect;
pub mod lexicon;
pub mod reporting;

use crate::model::Span;
use crate::text::Document;

pub use reporting::{reporting_verb_at, ReportingVerb, VerbKind};

/// Every claim-marker span of `doc`, in normalised-text byte offsets.
pub fn find(_doc: &Document) -> Vec<Span> {
    Vec::new()
}
