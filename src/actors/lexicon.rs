//! The actor finder's data: the gazetteer (countries, capitals, cities, regions, demonyms, seats
//! of government, blocs, international bodies) and the small cue lists read around a name.
//!
//! Everything lives in `data/gazetteer/` and is compiled in with `include_str!`; the tables are
//! built once per process (`OnceLock`) and every look-up afterwards is one hash probe.

use super::key::fold;
use super::fasthash::{FastMap, FastSet, WordLists, WordSet};
use crate::text::word_filter::WordFilter;
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
const WORK_NOUNS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/work-nouns.txt"));
const FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/first-names.txt"));
const PAGE_FURNITURE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/cues/page-furniture.txt"));
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
    /// Pre-check of a name's first folded token: every gazetteer key's first token passes.
    pub gazetteer_first_words: WordFilter,
    /// Pre-check of a name's later folded tokens: every token of a gazetteer key but its first
    /// passes ("government" after "The" ends the search for "The Hague" at once).
    pub gazetteer_later_words: WordFilter,
    /// Folded demonyms and nationality adjectives (russe, ukrainiennes, american).
    pub demonyms: WordSet,
    pub titles: WordSet,
    /// Organisation heads accepted in lower case (« ministère des Transports »).
    pub org_lowercase_heads: WordSet,
    /// Organisation heads accepted when capitalised (« Cour suprême »); includes the above.
    pub org_heads: WordSet,
    /// Lower-case heads of a jurisdiction, named with the place they serve (« tribunal
    /// correctionnel de Vannes », « préfecture des Bouches-du-Rhône »).
    pub org_jurisdiction_heads: WordSet,
    /// Lower-case heads of French institutions (« parquet », « inspection », « section »): a name
    /// with a national-level adjective, or with a qualifier and the place served.
    pub org_institution_heads: WordSet,
    /// « national », « générale », « centrale »: the level that makes a body one of a kind.
    pub national_adjectives: WordSet,
    /// « aquatique », « commercial »: an institution head so qualified is a site (« centre aquatique »).
    pub site_qualifiers: WordSet,
    /// "City", "Town": before "of" and a name, the town's government ("the City of Toronto").
    pub municipal_heads: WordSet,
    /// Words before « sur » / "on" that make the next capitalised word a platform (« publié sur
    /// Telegram », "posted on X").
    pub platform_cues: WordSet,
    pub org_words: WordSet,
    pub org_adjectives: WordSet,
    /// Nouns right before a name that make it an organisation (« la société Brevalor »).
    pub org_before: WordSet,
    /// Nouns whose « de X » / "of X" complement is an organisation (« les salariés de Norvalis »).
    pub org_member: WordSet,
    /// Nouns right after a name that make it an organisation ("Dexaltis shares").
    pub org_after: WordSet,
    /// Roles held in a body, after a possessive ("Labour's shadow immigration minister").
    pub org_possessed: WordSet,
    /// What only bodies have, after a possessive ("Tallis Rook's chief executive").
    pub org_bodies_own: WordSet,
    /// Participles whose « par » / "by" agent is a news outlet (« contacté par Mediapart »).
    pub outlet_participles: WordSet,
    /// Nouns of a written statement ("said in a statement").
    pub statement_nouns: WordSet,
    pub unit_nouns: WordSet,
    pub media_nouns: WordSet,
    pub place_before: WordSet,
    pub place_inside: WordSet,
    /// Capitalised words that open a place's name of several words ("Port Arthur", "Las Cruces").
    pub place_openers: WordSet,
    pub place_adjectives: WordSet,
    /// Works spanning or blocking a river: the name after « sur » / "over" is the river's
    /// (« le barrage sur le Mékong »).
    pub place_across: WordSet,
    /// Area and site nouns kept out of a French place name joined by « de » (« province de Ben Tre »).
    pub place_apart: WordSet,
    /// English nouns right after a name that make it a place ("the Brest prosecutor").
    pub place_after: WordSet,
    /// Nouns of a settlement heading an apposition ("Kilifi, a coastal town").
    pub towns: WordSet,
    /// Every word that may head an organisation or place phrase: one probe per word of the text.
    pub phrase_heads: FastSet<String>,
    /// Pre-check of `phrase_heads`, asked first for every word.
    pub phrase_head_filter: WordFilter,
    pub articles: WordSet,
    pub connectors: WordSet,
    pub locative: WordSet,
    pub indefinite: WordSet,
    pub weapons: WordSet,
    /// Nouns after an acronym that make it a product or an index ("KOSPI index", "DRAM output").
    pub products_after: WordSet,
    pub not_names: WordSet,
    pub not_acronyms: WordSet,
    pub cardinals: WordSet,
    pub prepositions: WordSet,
    pub relations: WordSet,
    /// French verbs whose « à » object is addressed (« Rome reproche à Paris »): a capital there is a government.
    pub address_verbs: WordSet,
    /// "said", "met", « rencontré », "spoke": persons speak and meet (`classify::person_evidence`).
    pub speech_verbs: WordSet,
    /// Word lists of name shapes (context-words.txt): compound adjectives' tails ("-run", "-backed"),
    /// first and inner parts of hyphenated French towns.
    pub compound_tails: WordSet,
    pub town_openers: WordSet,
    pub town_connectors: WordSet,
    /// English clause openers ("as", "while"): a capital after one, before a verb in -s, is its subject.
    pub clause_openers: WordSet,
    pub auxiliaries: WordSet,
    /// Verbs of a match result ("beat", « battu »): with a score in the sentence, their subject
    /// and object are teams.
    pub match_verbs: WordSet,
    /// Nouns after a name that make it a team ("Bristol City striker", "Leicester City fans").
    pub team_words: WordSet,
    pub motion_stems: Vec<String>,
    /// "Inc", "Corp", "Jr": a name's last word that keeps its full stop ("Corvane Brands Inc.").
    pub abbreviated_endings: WordSet,
    /// "plc": a company form that ends a name in lower case.
    pub lowercase_endings: WordSet,
    /// "St", "Ste": with their full stop they open a place's name ("St. Louis").
    pub place_abbreviations: WordSet,
    pub function_words: WordSet,
    /// Words of a page's buttons and banners ("Read More", « Lire Aussi »): `furniture`.
    pub page_furniture: WordSet,
    /// "minister": a capitalised word right before it is a portfolio ("Health minister X").
    pub portfolio_titles: WordSet,
    /// Common first names of many cultures (generated from a names dataset): a lone speaker so
    /// named is a person ("said Maria"); a name opening with none may be an organisation's.
    pub first_names: WordSet,
    pub event_words: WordSet,
    /// Nouns before the title of a work (« le film Les Rivages perdus »).
    pub work_nouns: WordSet,
    /// Every list above, merged: a token's memberships in one look-up (`View::listed`).
    pub word_lists: WordLists,
}

impl Lexicon {
    /// The tables, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let (gazetteer, demonyms) = read_gazetteer();
        let gazetteer_prefixes = key_prefixes(&gazetteer);
        let gazetteer_first_words = WordFilter::of(gazetteer.keys().map(|k| k.split(' ').next().unwrap_or(k)));
        let gazetteer_later_words = WordFilter::of(gazetteer.keys().flat_map(|k| k.split(' ').skip(1)));
        let mut org = sections(ORG_WORDS);
        let mut places = sections(PLACE_NOUNS);
        let mut context = sections(CONTEXT);
        let org_lowercase_heads = section(&mut org, "lowercase-heads");
        let org_jurisdiction_heads = section(&mut org, "jurisdiction-heads");
        let mut org_heads = section(&mut org, "heads");
        org_heads.extend(org_lowercase_heads.iter().cloned());
        org_heads.extend(org_jurisdiction_heads.iter().cloned());
        let mut org_words = section(&mut org, "words");
        org_words.extend(org_heads.iter().cloned());
        let place_inside = section(&mut places, "inside");
        let mut org_context = sections(ORG_CONTEXT);
        let org_before = section(&mut org_context, "before");
        let org_institution_heads = section(&mut org, "institution-heads");
        let phrase_heads: FastSet<String> =
            org_heads.iter().chain(place_inside.iter()).chain(org_before.iter()).chain(org_institution_heads.iter()).cloned().collect();
        let phrase_head_filter = WordFilter::of(phrase_heads.iter().map(String::as_str));
        let mut furniture = sections(PAGE_FURNITURE);
        let mut lists = WordLists::default();
        Lexicon {
            phrase_head_filter,
            phrase_heads,
            gazetteer,
            gazetteer_prefixes,
            gazetteer_first_words,
            gazetteer_later_words,
            demonyms: add(&mut lists, demonyms),
            titles: add(&mut lists, words(TITLES)),
            org_lowercase_heads: add(&mut lists, org_lowercase_heads),
            org_jurisdiction_heads: add(&mut lists, org_jurisdiction_heads),
            org_heads: add(&mut lists, org_heads),
            org_institution_heads: add(&mut lists, org_institution_heads),
            national_adjectives: add(&mut lists, section(&mut org, "national-adjectives")),
            site_qualifiers: add(&mut lists, section(&mut org, "site-qualifiers")),
            municipal_heads: add(&mut lists, section(&mut org, "municipal-heads")),
            platform_cues: add(&mut lists, section(&mut org_context, "platform")),
            org_words: add(&mut lists, org_words),
            org_adjectives: add(&mut lists, words(ORG_ADJECTIVES)),
            org_before: add(&mut lists, org_before),
            org_member: add(&mut lists, section(&mut org_context, "member")),
            org_after: add(&mut lists, section(&mut org_context, "after")),
            org_possessed: add(&mut lists, section(&mut org_context, "possessed")),
            org_bodies_own: add(&mut lists, section(&mut org_context, "bodies-own")),
            statement_nouns: add(&mut lists, section(&mut org_context, "statement")),
            outlet_participles: add(&mut lists, section(&mut org_context, "outlet")),
            unit_nouns: add(&mut lists, words(UNIT_NOUNS)),
            media_nouns: add(&mut lists, words(MEDIA_NOUNS)),
            place_before: add(&mut lists, section(&mut places, "before")),
            place_inside: add(&mut lists, place_inside),
            place_openers: add(&mut lists, section(&mut places, "openers")),
            place_adjectives: add(&mut lists, section(&mut places, "adjectives")),
            place_across: add(&mut lists, section(&mut places, "across")),
            place_apart: add(&mut lists, section(&mut places, "apart")),
            towns: add(&mut lists, section(&mut places, "towns")),
            place_after: add(&mut lists, section(&mut places, "after")),
            articles: add(&mut lists, section(&mut context, "articles")),
            connectors: add(&mut lists, section(&mut context, "connectors")),
            locative: add(&mut lists, section(&mut context, "locative")),
            indefinite: add(&mut lists, section(&mut context, "indefinite")),
            weapons: add(&mut lists, section(&mut context, "weapons")),
            products_after: add(&mut lists, section(&mut context, "products-after")),
            not_names: add(&mut lists, section(&mut context, "not-names")),
            not_acronyms: add(&mut lists, section(&mut context, "not-acronyms")),
            cardinals: add(&mut lists, section(&mut context, "cardinals")),
            prepositions: add(&mut lists, section(&mut context, "prepositions")),
            relations: add(&mut lists, section(&mut context, "relations")),
            address_verbs: add(&mut lists, section(&mut context, "address-verbs")),
            speech_verbs: add(&mut lists, section(&mut context, "speech-verbs")),
            compound_tails: add(&mut lists, section(&mut context, "compound-tails")),
            town_openers: add(&mut lists, section(&mut context, "town-openers")),
            town_connectors: add(&mut lists, section(&mut context, "town-connectors")),
            clause_openers: add(&mut lists, section(&mut context, "clause-openers")),
            auxiliaries: add(&mut lists, section(&mut context, "auxiliaries")),
            match_verbs: add(&mut lists, section(&mut context, "match-verbs")),
            team_words: add(&mut lists, section(&mut context, "team-words")),
            motion_stems: section(&mut context, "motion-stems").into_iter().collect(),
            place_abbreviations: add(&mut lists, section(&mut context, "place-abbreviations")),
            abbreviated_endings: add(&mut lists, section(&mut context, "abbreviated-endings")),
            lowercase_endings: add(&mut lists, section(&mut context, "lowercase-endings")),
            function_words: add(&mut lists, words(FUNCTION_WORDS)),
            page_furniture: add(&mut lists, section(&mut furniture, "words")),
            portfolio_titles: add(&mut lists, section(&mut furniture, "portfolio")),
            first_names: add(&mut lists, front_coded_words(FIRST_NAMES)),
            event_words: add(&mut lists, words(EVENT_WORDS)),
            work_nouns: add(&mut lists, words(WORK_NOUNS)),
            word_lists: lists.seal(),
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

// The gazetteer's tables, read in functions of their own, and each name added by one that is
// not inlined: a fresh engine runs these loops once, and V8 compiles a wasm function again
// with its optimising tier once it has run long enough. Inside `build`, the loops made that
// 16 KB function one to optimise on every cold start (issue 6); apart, only the small
// per-name function runs that long.

/// The gazetteer (folded key → entry) and the folded demonyms.
#[inline(never)]
fn read_gazetteer() -> (FastMap<String, GazEntry>, FastSet<String>) {
    let mut gazetteer: FastMap<String, GazEntry> = FastMap::default();
    let mut demonyms = FastSet::default();
    gazetteer_names(|kind, lang, code, name| add_gazetteer_name(&mut gazetteer, &mut demonyms, kind, lang, code, name));
    (gazetteer, demonyms)
}

/// Calls `each(kind, lang, code, name)` for every name of the gazetteer files, in their order.
/// build.rs writes generated.tsv packed (see its `grouped`): `kind lang code` once (only
/// `<tab>code` when the kind and language are those of the run before), then its names one a
/// line, each opening with the number of leading bytes it shares with the name before it,
/// which it leaves out.
fn gazetteer_names(mut each: impl FnMut(&str, &str, &str, &str)) {
    let mut group = ("", "", "");
    let mut name = String::new();
    for line in GENERATED.lines().chain(SUPPLEMENT.lines()) {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = Fields { rest: Some(line) };
        match (cols.next(), cols.next(), cols.next(), cols.next()) {
            (Some(kind), Some(lang), Some(code), Some(name)) => each(kind, lang, code, name),
            (Some(kind), Some(lang), Some(code), None) => {
                group = (kind, lang, code);
                name.clear();
            }
            // A run of the kind and language of the run before, with a code of its own.
            (Some(""), Some(code), None, _) => {
                group.2 = code;
                name.clear();
            }
            (Some(packed), None, _, _) => {
                unpack_name(&mut name, packed);
                each(group.0, group.1, group.2, &name);
            }
            _ => continue,
        }
    }
}

/// Turns `name`, the name read before, into the one `packed` holds: build.rs front codes lists
/// of names (its `push_front_coded`), each as one digit, the number of leading bytes it shares
/// with the name before it (ending on a character boundary), then the rest of it.
fn unpack_name(name: &mut String, packed: &str) {
    name.truncate(usize::from(packed.as_bytes()[0] - b'0'));
    name.push_str(&packed[1..]);
}

/// The lower-case words of a list build.rs front coded (first-names.txt).
// A loop of inserts, not `collect`: that would instantiate the set's
// `Extend` once more in the wasm (issue 6).
#[inline(never)]
fn front_coded_words(text: &str) -> FastSet<String> {
    let mut words = FastSet::default();
    let mut name = String::new();
    for packed in text.lines() {
        unpack_name(&mut name, packed);
        words.insert(crate::text::case::lowercase(&name));
    }
    words
}

/// Adds one name of the gazetteer files (`kind`, `lang`, `code` its group's columns).
#[inline(never)]
fn add_gazetteer_name(gazetteer: &mut FastMap<String, GazEntry>, demonyms: &mut FastSet<String>, kind: &str, lang: &str, code: &str, name: &str) {
    if kind == "demonym" {
        demonyms.insert(fold(name));
        return;
    }
    let Some(kind) = GazKind::parse(kind) else { return };
    let code = match code.as_bytes() {
        [a, b] => Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]),
        _ => None,
    };
    let all_caps = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let key = name_key(name);
    // `*`: the name is written so in both languages.
    let entry = GazEntry { kind, code, all_caps, french: lang != "en", english: lang != "fr" };
    match gazetteer.entry(key) {
        std::collections::hash_map::Entry::Occupied(mut slot) => {
            let old = slot.get_mut();
            let (french, english) = (old.french || entry.french, old.english || entry.english);
            if kind.rank() < old.kind.rank() {
                *old = entry;
            }
            old.french = french;
            old.english = english;
        }
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(entry);
        }
    }
}

/// Every proper token prefix of a gazetteer key.
#[inline(never)]
fn key_prefixes(gazetteer: &FastMap<String, GazEntry>) -> FastSet<String> {
    let mut gazetteer_prefixes = FastSet::default();
    for key in gazetteer.keys() {
        let mut end = 0;
        while let Some(space) = key.as_bytes()[end..].iter().position(|&b| b == b' ') {
            end += space;
            gazetteer_prefixes.insert(key[..end].to_string());
            end += 1;
        }
    }
    gazetteer_prefixes
}

/// The tab-separated fields of a line, split by bytes (`str::split` sets up a
/// searcher per line: a fresh engine reads some 5,000 lines here, issue 6).
struct Fields<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.as_bytes().iter().position(|&b| b == b'\t') {
            Some(tab) => {
                self.rest = Some(&rest[tab + 1..]);
                Some(&rest[..tab])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The list `name` of `sections`, taken out (each is read once), empty when the file has none.
// Not inlined, nor is `add`: `build` calls each some fifty times, and inlined
// copies made it the largest function of the wasm download (issue 6).
#[inline(never)]
fn section(map: &mut FastMap<String, FastSet<String>>, name: &str) -> FastSet<String> {
    map.remove(name).unwrap_or_default()
}

#[inline(never)]
fn add(lists: &mut WordLists, words: FastSet<String>) -> WordSet {
    lists.add(words)
}

/// The key a gazetteer name is stored under: its tokens, folded, joined by one space, so that
/// « Côte d'Ivoire » and the text's `Côte` `d` `'` `Ivoire` tokens meet.
pub fn name_key(name: &str) -> String {
    // Most names are ASCII letters in words one space apart: each word a token, folded to
    // ASCII lower case (a fresh engine keys some 5,000 names, issue 6; the tests compare
    // this path with the tokenizer's on every name).
    if is_plain_ascii_name(name) {
        return name.to_ascii_lowercase();
    }
    name_key_by_tokens(name)
}

/// ASCII letters in words one space apart, and nothing else.
fn is_plain_ascii_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.is_empty()
        && bytes.iter().all(|&b| b.is_ascii_alphabetic() || b == b' ')
        && bytes[0] != b' '
        && bytes[bytes.len() - 1] != b' '
        && !bytes.windows(2).any(|w| w == b"  ")
}

fn name_key_by_tokens(name: &str) -> String {
    let tokens = crate::text::tokens::tokenize(name);
    let mut key = String::with_capacity(name.len());
    for t in tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        super::key::fold_into(&mut key, t.text(name));
    }
    key
}

/// One entry per non-comment line, in lower case. Cue words keep their accents: they are
/// compared with the document's lower-case tokens, where « à » and "a" must stay apart.
#[inline(never)]
fn words(text: &str) -> FastSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
        .map(crate::text::case::lowercase)
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
        out.entry(current.clone()).or_default().insert(crate::text::case::lowercase(line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_keyed_as_the_tokenizer_keys_them() {
        // Every name of the gazetteer files, and near-misses of the fast path.
        let mut gazetteer = Vec::new();
        gazetteer_names(|_, _, _, name| gazetteer.push(name.to_string()));
        let mut names: Vec<&str> = gazetteer.iter().map(String::as_str).collect();
        names.extend(["", " ", "a", "A b", "a  b", " a", "a ", "Côte d'Ivoire", "COP30", "États-Unis", "Saint-Denis", "St. Louis", "a\tb"]);
        let mut plain = 0;
        for name in names {
            plain += usize::from(is_plain_ascii_name(name));
            assert_eq!(name_key(name), name_key_by_tokens(name), "{name:?}");
        }
        assert!(plain > 2000, "{plain} plain names");
    }

    #[test]
    fn the_front_coded_first_names_read_as_their_source() {
        let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer/first-names.txt")).unwrap();
        let read = front_coded_words(FIRST_NAMES);
        assert!(read.len() > 1000, "{} first names", read.len());
        assert_eq!(read, words(&source));
    }

    #[test]
    fn the_packed_gazetteer_reads_as_its_source() {
        // build.rs packs generated.tsv (runs, shared prefixes, demonyms without their codes);
        // read back, it must give the source's lines in their order.
        let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer/generated.tsv")).unwrap();
        let mut expected: Vec<String> = source.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let code = if fields[0] == "demonym" { "-" } else { fields[2] };
            format!("{}\t{}\t{}\t{}", fields[0], fields[1], code, fields[3])
        }).collect();
        expected.extend(SUPPLEMENT.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.trim_end().to_string()));
        let mut read = Vec::new();
        gazetteer_names(|kind, lang, code, name| read.push(format!("{kind}\t{lang}\t{code}\t{name}")));
        assert_eq!(read.len(), expected.len());
        for (read, expected) in read.iter().zip(&expected) {
            assert_eq!(read, expected);
        }
    }
}
