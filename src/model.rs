//! The engine's vocabulary: languages, categories, spans, actors and the
//! `Analysis` that `scan` returns. Plain data, no behaviour beyond naming.
//!
//! Offsets in this module are **byte** offsets into the scanned text; the
//! `offsets` module converts them to code points (CLI, gold files) or UTF-16
//! code units (the DOM) at the edges.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the engine knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language \"{other}\" (expected fr or en)")),
        }
    }
}

/// The two families of categories; each is one toggle group in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Claim,
    Actor,
}

impl Group {
    pub fn name(self) -> &'static str {
        match self {
            Group::Claim => "claim",
            Group::Actor => "actor",
        }
    }
}

/// The nine categories of `ANNOTATION.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    NoEvidence,
    VagueSource,
    Hedge,
    Conditional,
    ClaimVerb,
    Person,
    Organization,
    State,
    Place,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::NoEvidence,
        Category::VagueSource,
        Category::Hedge,
        Category::Conditional,
        Category::ClaimVerb,
        Category::Person,
        Category::Organization,
        Category::State,
        Category::Place,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::NoEvidence => "no-evidence",
            Category::VagueSource => "vague-source",
            Category::Hedge => "hedge",
            Category::Conditional => "conditional",
            Category::ClaimVerb => "claim-verb",
            Category::Person => "person",
            Category::Organization => "organization",
            Category::State => "state",
            Category::Place => "place",
        }
    }

    pub fn group(self) -> Group {
        match self {
            Category::NoEvidence
            | Category::VagueSource
            | Category::Hedge
            | Category::Conditional
            | Category::ClaimVerb => Group::Claim,
            Category::Person | Category::Organization | Category::State | Category::Place => {
                Group::Actor
            }
        }
    }

    pub fn is_actor(self) -> bool {
        self.group() == Group::Actor
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or_else(|| format!("unknown category \"{s}\""))
    }
}

/// Index of an actor in `Analysis::actors`; stable within one analysis.
pub type ActorId = u32;

/// Who makes a claim, when the sentence says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Speaker {
    /// A named actor of `Analysis::actors`.
    Actor { actor: ActorId },
    /// An unnamed source: the byte range of its `vague-source` span.
    Vague { start: usize, end: usize },
}

/// One highlighted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    pub category: Category,
    /// For actor spans: which actor this mention belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActorId>,
    /// For claim spans: who makes the claim, where resolvable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
}

impl Span {
    pub fn new(start: usize, end: usize, category: Category) -> Span {
        Span { start, end, category, actor: None, speaker: None }
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One named actor, with every spelling found for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    /// The fullest spelling seen (e.g. "Andrei Belousov").
    pub name: String,
    pub category: Category,
    /// Every distinct spelling found, the canonical name included.
    pub aliases: Vec<String>,
    pub mentions: u32,
    /// Role from an apposition or title, e.g. "ministre russe de la Défense".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// What `scan` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub lang: Lang,
    /// Sorted by (start, end, category).
    pub spans: Vec<Span>,
    pub actors: Vec<Actor>,
}

impl Analysis {
    pub fn empty(lang: Lang) -> Analysis {
        Analysis { lang, spans: Vec::new(), actors: Vec::new() }
    }

    /// The claim-marker spans, each with its speaker where resolved.
    pub fn claims(&self) -> impl Iterator<Item = &Span> {
        self.spans.iter().filter(|s| s.category.group() == Group::Claim)
    }

    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(id as usize)
    }
}

/// How to scan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// `None`: detect French or English from the text.
    pub lang: Option<Lang>,
}
