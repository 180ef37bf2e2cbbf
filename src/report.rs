//! The serialised form of an `Analysis`: what the CLI prints as JSON and
//! what the wasm API hands to JavaScript. Offsets are converted from bytes
//! to code points (CLI, gold files) or UTF-16 code units (the DOM).

use crate::model::{Actor, Analysis, Category, Group, Lang, Speaker};
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

impl Report {
    pub fn new(text: &str, analysis: &Analysis, unit: Unit) -> Report {
        // Spans are sorted by start; ends and vague-speaker offsets may go
        // backwards, so they use a second counter.
        let mut counter = counter_in(text, unit);
        let mut other = counter_in(text, unit);
        let spans = analysis
            .spans
            .iter()
            .map(|s| ReportSpan {
                start: counter.convert(s.start),
                end: other.convert(s.end),
                text: text[s.start..s.end].to_string(),
                category: s.category,
                group: s.category.group(),
                actor: s.actor,
                speaker: s.speaker.map(|sp| match sp {
                    Speaker::Actor { actor } => ReportSpeaker::Actor {
                        actor,
                        name: analysis.actor(actor).map(|a| a.name.clone()).unwrap_or_default(),
                    },
                    Speaker::Vague { start, end } => ReportSpeaker::Vague {
                        start: other.convert(start),
                        end: other.convert(end),
                        text: text[start..end].to_string(),
                    },
                }),
            })
            .collect();
        Report { lang: analysis.lang, spans, actors: analysis.actors.clone() }
    }
}
