//! Claim markers: no-evidence, vague-source, hedge, conditional, claim-verb.

use crate::model::Span;
use crate::text::Document;

/// Every claim-marker span of `doc`, in normalised-text byte offsets.
pub fn find(_doc: &Document) -> Vec<Span> {
    Vec::new()
}
