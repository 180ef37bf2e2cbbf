//! The actor finder's data: the gazetteer (countries, capitals, cities, regions, demonyms, seats
//! of government, blocs, international bodies) and the small cue lists read around a name.
//!
//! Everything lives in `data/gazetteer/` and is compiled in with `include_str!`; the tables are
//! built once per process (`OnceLock`) and every look-up afterwards is one hash probe.

use super::key::fold;
use super::fasthash::{FastMap, FastSet, ShapeFilter};
use std::sync::OnceLock;

const GENERATED: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/generated.tsv"));
const SUPPLEMENT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/supplement.tsv"));
const TITLES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/titles.txt"));
const ORG_WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/organisation-words.txt"));
const ORG_CONTEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/organisation-context.txt"));
const ORG_ADJECTIVES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/organisation-adjectives.txt"));
const UNIT_NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/unit-nouns.txt"));
const MEDIA_NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/media-nouns.txt"));
const PLACE_NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/place-nouns.txt"));
const CONTEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/context-words.txt"));
const EVENT_WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/event-words.txt"));
const FUNCTION_WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/function-words.txt"));

/// What a gazetteer name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    /// A sovereign state: always `state`.
    Country,
    /// A dependent territory: `place`.
    Territory,
    /// A capital: `state` when it acts for its government, `place` otherwise.
    Capital,
    /// Another city: `place`.
    City,
    /// A continent or world region: `place`.
    Region,
    /// A seat of government (Kremlin, White House): `state`.
    Seat,
    /// A geopolitical bloc acting as one (l'Occident): `state`.
    Bloc,
    /// An international body or institution: `organization`.
    Org,
}

impl GazKind {
    fn parse(s: &str) -> Option<GazKind> {
        Some(match s {
            "country" => GazKind::Country,
            "territory" => GazKind::Territory,
            "capital" => GazKind::Capital,
            "city" => GazKind::City,
            "region" => GazKind::Region,
            "seat" => GazKind::Seat,
            "bloc" => GazKind::Bloc,
            "org" => GazKind::Org,
            _ => return None,
        })
    }

    /// Precedence when one spelling has several kinds (Andorre: country and city): the kind
    /// that says most about the actor wins.
    fn rank(self) -> u8 {
        match self {
            GazKind::Country => 0,
            GazKind::Seat | GazKind::Bloc | GazKind::Org => 1,
            GazKind::Capital => 2,
            GazKind::Territory => 3,
            GazKind::Region => 4,
            GazKind::City => 5,
        }
    }
}

/// One gazetteer name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazEntry {
    pub kind: GazKind,
    /// ISO 3166-1 alpha-2 code of the country concerned, `None` when there is none.
    pub code: Option<[u8; 2]>,
    /// The name is written in capitals (US, UK): it only matches capitals.
    pub all_caps: bool,
    /// The languages that write the name so: "Jordan" is the country only in English
    /// (« Jordan Bardella » is a French politician; the country is « Jordanie »).
    pub french: bool,
    pub english: bool,
}

impl GazEntry {
    pub fn in_language(&self, lang: crate::model::Lang) -> bool {
        match lang {
            crate::model::Lang::Fr => self.french,
            crate::model::Lang::En => self.english,
        }
    }
}

/// Every table the actor finder reads.
pub struct Lexicon {
    /// Folded multi-word key (`corée du nord` → `coree du nord`, tokens joined by one space).
    pub gazetteer: FastMap<String, GazEntry>,
    /// Every proper token prefix of a gazetteer key, so a longest match stops early.
    pub gazetteer_prefixes: FastSet<String>,
    /// Folded demonyms and nationality adjectives (russe, ukrainiennes, american).
    pub demonyms: FastSet<String>,
    pub titles: FastSet<String>,
    /// Organisation heads accepted in lower case (« ministère des Transports »).
    pub org_lowercase_heads: FastSet<String>,
    /// Organisation heads accepted when capitalised (« Cour suprême »); includes the above.
    pub org_heads: FastSet<String>,
    /// Lower-case heads of a jurisdiction, named with the place they serve (« tribunal
    /// correctionnel de Vannes », « préfecture des Bouches-du-Rhône »).
    pub org_jurisdiction_heads: FastSet<String>,
    pub org_words: FastSet<String>,
    pub org_adjectives: FastSet<String>,
    /// Nouns right before a name that make it an organisation (« la société Brevalor »).
    pub org_before: FastSet<String>,
    /// Nouns whose « de X » / "of X" complement is an organisation (« les salariés de Norvalis »).
    pub org_member: FastSet<String>,
    /// Nouns right after a name that make it an organisation ("Dexaltis shares").
    pub org_after: FastSet<String>,
    /// Roles held in a body, after a possessive ("Labour's shadow immigration minister").
    pub org_possessed: FastSet<String>,
    /// Nouns of a written statement ("said in a statement").
    pub statement_nouns: FastSet<String>,
    pub unit_nouns: FastSet<String>,
    pub media_nouns: FastSet<String>,
    pub place_before: FastSet<String>,
    pub place_inside: FastSet<String>,
    pub place_adjectives: FastSet<String>,
    /// English nouns right after a name that make it a place ("the Brest prosecutor").
    pub place_after: FastSet<String>,
    /// Nouns of a settlement heading an apposition ("Kilifi, a coastal town").
    pub towns: FastSet<String>,
    /// Every word that may head an organisation or place phrase: one probe per word of the text.
    pub phrase_heads: FastSet<String>,
    /// Pre-check of `phrase_heads`, asked first for every word.
    pub phrase_head_filter: ShapeFilter,
    pub articles: FastSet<String>,
    pub connectors: FastSet<String>,
    pub locative: FastSet<String>,
    pub indefinite: FastSet<String>,
    pub weapons: FastSet<String>,
    pub not_names: FastSet<String>,
    pub not_acronyms: FastSet<String>,
    pub cardinals: FastSet<String>,
    pub prepositions: FastSet<String>,
    pub relations: FastSet<String>,
    pub auxiliaries: FastSet<String>,
    pub motion_stems: Vec<String>,
    /// "St", "Ste": with their full stop they open a place's name ("St. Louis").
    pub place_abbreviations: FastSet<String>,
    pub function_words: FastSet<String>,
    pub event_words: FastSet<String>,
}

impl Lexicon {
    /// The tables, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut gazetteer: FastMap<String, GazEntry> = FastMap::default();
        let mut demonyms = FastSet::default();
        for line in GENERATED.lines().chain(SUPPLEMENT.lines()) {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(lang), Some(code), Some(name)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            if kind == "demonym" {
                demonyms.insert(fold(name));
                continue;
            }
            let Some(kind) = GazKind::parse(kind) else { continue };
            let code = match code.as_bytes() {
                [a, b] => Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]),
                _ => None,
            };
            let all_caps = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let key = name_key(name);
            // `*`: the name is written so in both languages.
            let entry = GazEntry { kind, code, all_caps, french: lang != "en", english: lang != "fr" };
            if let Some(old) = gazetteer.get_mut(&key) {
                let (french, english) = (old.french || entry.french, old.english || entry.english);
                if kind.rank() < old.kind.rank() {
                    *old = entry;
                }
                old.french = french;
                old.english = english;
            } else {
                gazetteer.insert(key, entry);
            }
        }
        let mut gazetteer_prefixes = FastSet::default();
        for key in gazetteer.keys() {
            let mut end = 0;
            while let Some(space) = key[end..].find(' ') {
                end += space;
                gazetteer_prefixes.insert(key[..end].to_string());
                end += 1;
            }
        }
        let org = sections(ORG_WORDS);
        let places = sections(PLACE_NOUNS);
        let context = sections(CONTEXT);
        let section = |map: &FastMap<String, FastSet<String>>, name: &str| {
            map.get(name).cloned().unwrap_or_default()
        };
        let org_lowercase_heads = section(&org, "lowercase-heads");
        let org_jurisdiction_heads = section(&org, "jurisdiction-heads");
        let mut org_heads = section(&org, "heads");
        org_heads.extend(org_lowercase_heads.iter().cloned());
        org_heads.extend(org_jurisdiction_heads.iter().cloned());
        let mut org_words = section(&org, "words");
        org_words.extend(org_heads.iter().cloned());
        let place_inside = section(&places, "inside");
        let org_context = sections(ORG_CONTEXT);
        let org_before = section(&org_context, "before");
        let phrase_heads: FastSet<String> = org_heads.iter().chain(place_inside.iter()).chain(org_before.iter()).cloned().collect();
        let phrase_head_filter = ShapeFilter::new(&phrase_heads);
        Lexicon {
            phrase_head_filter,
            phrase_heads,
            gazetteer,
            gazetteer_prefixes,
            demonyms,
            titles: words(TITLES),
            org_lowercase_heads,
            org_jurisdiction_heads,
            org_heads,
            org_words,
            org_adjectives: words(ORG_ADJECTIVES),
            org_before,
            org_member: section(&org_context, "member"),
            org_after: section(&org_context, "after"),
            org_possessed: section(&org_context, "possessed"),
            statement_nouns: section(&org_context, "statement"),
            unit_nouns: words(UNIT_NOUNS),
            media_nouns: words(MEDIA_NOUNS),
            place_before: section(&places, "before"),
            place_inside,
            place_adjectives: section(&places, "adjectives"),
            towns: section(&places, "towns"),
            place_after: section(&places, "after"),
            articles: section(&context, "articles"),
            connectors: section(&context, "connectors"),
            locative: section(&context, "locative"),
            indefinite: section(&context, "indefinite"),
            weapons: section(&context, "weapons"),
            not_names: section(&context, "not-names"),
            not_acronyms: section(&context, "not-acronyms"),
            cardinals: section(&context, "cardinals"),
            prepositions: section(&context, "prepositions"),
            relations: section(&context, "relations"),
            auxiliaries: section(&context, "auxiliaries"),
            motion_stems: section(&context, "motion-stems").into_iter().collect(),
            place_abbreviations: section(&context, "place-abbreviations"),
            function_words: words(FUNCTION_WORDS),
            event_words: words(EVENT_WORDS),
        }
    }

    /// The gazetteer entry for a folded multi-word key.
    pub fn place(&self, key: &str) -> Option<GazEntry> {
        self.gazetteer.get(key).copied()
    }

    pub fn is_demonym(&self, folded: &str) -> bool {
        self.demonyms.contains(folded)
    }

}

/// The key a gazetteer name is stored under: its tokens, folded, joined by one space, so that
/// « Côte d'Ivoire » and the text's `Côte` `d` `'` `Ivoire` tokens meet.
pub fn name_key(name: &str) -> String {
    let tokens = crate::text::tokens::tokenize(name);
    let mut key = String::with_capacity(name.len());
    for t in tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&fold(t.text(name)));
    }
    key
}

/// One entry per non-comment line, in lower case. Cue words keep their accents: they are
/// compared with the document's lower-case tokens, where « à » and "a" must stay apart.
fn words(text: &str) -> FastSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
        .map(str::to_lowercase)
        .collect()
}

/// `[section]`-headed lists, each entry in lower case.
fn sections(text: &str) -> FastMap<String, FastSet<String>> {
    let mut out: FastMap<String, FastSet<String>> = FastMap::default();
    let mut current = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.to_string();
            continue;
        }
        out.entry(current.clone()).or_default().insert(line.to_lowercase());
    }
    out
}
