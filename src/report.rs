//! The serialised form of an `Analysis`: what the CLI prints as JSON and
//! what the wasm API hands to JavaScript. Offsets are converted from bytes
//! to code points (CLI, gold files) or UTF-16 code units (the DOM).

use crate::model::{Actor, Analysis, Category, Group, Lang, Span, Speaker};
use crate::offsets::OffsetCounter;
use serde::Serialize;

/// Which unit offsets are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    CodePoints,
    Utf16,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub lang: Lang,
    pub spans: Vec<ReportSpan>,
    /// The analysis's actors as they are: their fields are already what a report shows.
    pub actors: Vec<Actor>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReportSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub category: Category,
    pub group: Group,
    /// Actor spans: the actor's id. Claim spans: absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<u32>,
    /// Claim spans: who makes the claim, where resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<ReportSpeaker>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ReportSpeaker {
    /// A named actor: its id and canonical name.
    Actor { actor: u32, name: String },
    /// An unnamed source: its text and offsets.
    Vague { start: usize, end: usize, text: String },
}

/// A fresh offset counter for `text` in `unit`.
fn counter_in(text: &str, unit: Unit) -> OffsetCounter<'_> {
    match unit {
        Unit::CodePoints => OffsetCounter::code_points(text),
        Unit::Utf16 => OffsetCounter::utf16(text),
    }
}

/// A span's offsets converted into a report's unit.
pub struct ConvertedOffsets {
    pub start: usize,
    pub end: usize,
    /// A `Speaker::Vague`'s start and end, converted; `None` for other speakers.
    pub vague_speaker: Option<(usize, usize)>,
}

/// Every span of `analysis`, in order, with its byte offsets in `text`
/// converted into `unit`: the one conversion both report shapes (this
/// module's `Report` and the wasm's compact one) rely on.
pub fn converted_spans<'a>(
    text: &'a str,
    analysis: &'a Analysis,
    unit: Unit,
) -> impl Iterator<Item = (&'a Span, ConvertedOffsets)> + 'a {
    // Spans are sorted by start; ends and vague-speaker offsets may go
    // backwards, so they use a second counter.
    let mut starts = counter_in(text, unit);
    let mut others = counter_in(text, unit);
    analysis.spans.iter().map(move |span| {
        let start = starts.convert(span.start);
        let end = others.convert(span.end);
        let vague_speaker = match span.speaker {
            Some(Speaker::Vague { start, end }) => Some((others.convert(start), others.convert(end))),
            _ => None,
        };
        (span, ConvertedOffsets { start, end, vague_speaker })
    })
}

impl Report {
    pub fn new(text: &str, analysis: &Analysis, unit: Unit) -> Report {
        let spans = converted_spans(text, analysis, unit)
            .map(|(s, at)| ReportSpan {
                start: at.start,
                end: at.end,
                text: text[s.start..s.end].to_string(),
                category: s.category,
                group: s.category.group(),
                actor: s.actor,
                speaker: s.speaker.map(|sp| match sp {
                    Speaker::Actor { actor } => ReportSpeaker::Actor {
                        actor,
                        name: analysis.actor(actor).map(|a| a.name.clone()).unwrap_or_default(),
                    },
                    Speaker::Vague { start, end } => {
                        let (converted_start, converted_end) = at.vague_speaker.unwrap_or_default();
                        ReportSpeaker::Vague { start: converted_start, end: converted_end, text: text[start..end].to_string() }
                    }
                }),
            })
            .collect();
        Report { lang: analysis.lang, spans, actors: analysis.actors.clone() }
    }
}
