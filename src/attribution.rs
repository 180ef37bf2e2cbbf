//! Claim attribution: links each claim marker to who makes it.

use crate::model::{Actor, Span};
use crate::text::Document;

/// Sets `speaker` on the claim spans whose sentence names who makes them.
pub fn attach(_doc: &Document, _claims: &mut [Span], _actor_spans: &[Span], _actors: &[Actor]) {}
