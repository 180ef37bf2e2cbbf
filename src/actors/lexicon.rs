//! The actor finder's data: the gazetteer (countries, capitals, cities, regions, demonyms, seats
//! of government, blocs, international bodies) and the small cue lists read around a name.
//!
//! Everything lives in `data/gazetteer/` and is compiled in with `include_str!`; the tables are
//! built once per process (`OnceLock`) and every look-up afterwards is one hash probe.

use super::key::fold;
use super::fasthash::{FastSet, WordLists, WordSet};
use super::gazetteer::GazTable;
use crate::text::word_filter::WordFilter;
use std::sync::OnceLock;

/// generated.tsv and supplement.tsv as build.rs packs them (build_script/gazetteer.rs).
const GAZETTEER_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer/keys.txt"));
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
    pub(super) fn parse(s: &str) -> Option<GazKind> {
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
    pub(super) fn rank(self) -> u8 {
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

/// The cue lists asked about only through a token's memberships (`View::is`, `Lexicon::is_cue`):
/// each is known by its bit in `WordLists`, `1 << cue`, since `Lexicon::build` adds them first, in
/// this order. (A `WordSet` field each, with its filter, cost the wasm download some 100 bytes of
/// code in `build`, and the word-by-word checks they replace in `classify` more, issue 6.)
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Cue {
    /// words of an amount after a figure ("$5 million", "€2bn")
    AmountWords,
    /// the last word of a venue's name of several words ("Heathrow Airport", « Stade de France »)
    VenueHeads,
    /// French definite articles, alone and joined to « de » or « à »
    DefiniteArticlesFr,
    /// a definite article in the singular, or the apostrophe of « l' »
    TheArticles,
    /// what may come right before a byline's name ("By", « Par », a separator, « Texte : »)
    BylineOpeners,
    /// words and marks joining two names (« et », "or", a comma)
    Coordinators,
    /// French verbs after a capital that make it their subject (« Moscou va », « Paris exige »)
    SubjectVerbsFr,
    /// French words of « près de », « au large de »: the place after them is a place
    NearbyHeads,
    /// English words in -ly that are no adverbs ("daily", "family")
    NotAdverbs,
    /// English nouns after "last", "this", "next" ("last week")
    TimeNouns,
    /// what follows an English verb in -s ("Tokyo appears to", "wants the")
    AfterVerbs,
    /// words between a noun and the name after it (« de la », "of the")
    NounJoiners,
    /// French definite articles and the apostrophe of « l' »
    ArticlesFr,
    /// French words joining a portfolio to its minister (« ministre de la Santé », « aux Armées »)
    PortfolioConnectors,
    /// determiners opening an apposition besides the articles (« son », "his", "an")
    AppositionDeterminers,
    /// articles opening an apposition after a name
    AppositionArticles,
    /// what an owner holds in a company ("its shares", "a stake")
    OwnedStakes,
    /// articles of an apposition's noun
    NounArticles,
    /// members of a legislature "for" a constituency ("MP for Leeds")
    MembersFor,
    /// what comes "from" a body rather than a place ("a letter from", "funding from")
    SentFrom,
    /// words before a team's opponent ("beaten by", « face à »)
    MatchOpponents,
    /// small words a bracketed acronym's initials may skip ("Food and Drug", « pour »)
    InitialsSkipped,
    /// English public bodies' heads closing a name of several words ("Food and Drug Administration")
    PublicHeads,
    /// « national », « générale », « centrale »: the level that makes a body one of a kind.
    NationalAdjectives,
    /// « aquatique », « commercial »: an institution head so qualified is a site (« centre aquatique »).
    SiteQualifiers,
    /// "City", "Town": before "of" and a name, the town's government ("the City of Toronto").
    MunicipalHeads,
    /// Words before « sur » / "on" that make the next capitalised word a platform (« publié sur
    /// Telegram », "posted on X").
    PlatformCues,
    /// Nouns whose « de X » / "of X" complement is an organisation (« les salariés de Norvalis »).
    OrgMember,
    /// Nouns right after a name that make it an organisation ("Dexaltis shares").
    OrgAfter,
    /// Roles held in a body, after a possessive ("Labour's shadow immigration minister").
    OrgPossessed,
    /// What only bodies have, after a possessive ("Tallis Rook's chief executive").
    OrgBodiesOwn,
    /// Participles whose « par » / "by" agent is a news outlet (« contacté par Mediapart »).
    OutletParticiples,
    /// Nouns of a written statement ("said in a statement").
    StatementNouns,
    PlaceBefore,
    /// Capitalised words that open a place's name of several words ("Port Arthur", "Las Cruces").
    PlaceOpeners,
    PlaceAdjectives,
    /// Works spanning or blocking a river: the name after « sur » / "over" is the river's
    /// (« le barrage sur le Mékong »).
    PlaceAcross,
    /// Area and site nouns kept out of a French place name joined by « de » (« province de Ben Tre »).
    PlaceApart,
    /// English nouns right after a name that make it a place ("the Brest prosecutor").
    PlaceAfter,
    /// Nouns of a settlement heading an apposition ("Kilifi, a coastal town").
    Towns,
    Locative,
    Indefinite,
    Weapons,
    /// Nouns after an acronym that make it a product or an index ("KOSPI index", "DRAM output").
    ProductsAfter,
    NotNames,
    NotAcronyms,
    /// Capitals after a person's full name, no part of it ("Helen Marsden KC").
    PostNominals,
    /// Abbreviated US states of datelines ("TULSA, Okla.").
    RegionAbbreviations,
    Prepositions,
    Relations,
    /// French nouns whose « de X » is no town (« la famille de », « la fièvre de Lassa »): `classify::complement_of_a_noun`.
    NotTownGovernors,
    /// French verbs whose « à » object is addressed (« Rome reproche à Paris »): a capital there is a government.
    AddressVerbs,
    /// "said", "met", « rencontré », "spoke": persons speak and meet (`classify::person_evidence`).
    SpeechVerbs,
    Auxiliaries,
    /// Verbs of a match result ("beat", « battu »): with a score in the sentence, their subject
    /// and object are teams.
    MatchVerbs,
    /// Nouns after a name that make it a team ("Bristol City striker", "Leicester City fans").
    TeamWords,
    /// "Inc", "Corp", "Jr": a name's last word that keeps its full stop ("Corvane Brands Inc.").
    AbbreviatedEndings,
    /// "plc": a company form that ends a name in lower case.
    LowercaseEndings,
    /// "St", "Ste": with their full stop they open a place's name ("St. Louis").
    PlaceAbbreviations,
    /// Words of a page's buttons and banners ("Read More", « Lire Aussi »): `furniture`.
    PageFurniture,
    /// "minister": a capitalised word right before it is a portfolio ("Health minister X").
    PortfolioTitles,
    /// Folded demonyms and nationality adjectives (russe, ukrainiennes, american).
    Demonyms,
    OrgWords,
    /// Plural nicknames of clubs ("Lions", "Hawks"): organisation words in a name of several
    /// words not opening with a first name; alone, names like any other.
    TeamNicknames,
    OrgAdjectives,
    /// Nouns right before a name that make it an organisation (« la société Brevalor »).
    OrgBefore,
    UnitNouns,
    MediaNouns,
    PlaceInside,
    /// Common first names of many cultures (generated from a names dataset): a lone speaker so
    /// named is a person ("said Maria"); a name opening with none may be an organisation's.
    FirstNames,
    EventWords,
    /// Nouns before the title of a work (« le film Les Rivages perdus »).
    WorkNouns,
}

/// Each `Cue` with its section of context-words.txt, in the order of their bits.
/// The `Cue` lists that are a section of a list file, in `Cue`'s order (the others follow them):
/// the file (`Lexicon::build`'s `files`: organisation words, place nouns, context words, organisation
/// context, page furniture) and the section.
const CUE_SECTIONS: [(Cue, u8, &str); 61] = [
    (Cue::AmountWords, 2, "amount-words"),
    (Cue::VenueHeads, 2, "venue-heads"),
    (Cue::DefiniteArticlesFr, 2, "definite-articles-fr"),
    (Cue::TheArticles, 2, "the-articles"),
    (Cue::BylineOpeners, 2, "byline-openers"),
    (Cue::Coordinators, 2, "coordinators"),
    (Cue::SubjectVerbsFr, 2, "subject-verbs-fr"),
    (Cue::NearbyHeads, 2, "nearby-heads"),
    (Cue::NotAdverbs, 2, "not-adverbs"),
    (Cue::TimeNouns, 2, "time-nouns"),
    (Cue::AfterVerbs, 2, "after-verbs"),
    (Cue::NounJoiners, 2, "noun-joiners"),
    (Cue::ArticlesFr, 2, "articles-fr"),
    (Cue::PortfolioConnectors, 2, "portfolio-connectors"),
    (Cue::AppositionDeterminers, 2, "apposition-determiners"),
    (Cue::AppositionArticles, 2, "apposition-articles"),
    (Cue::OwnedStakes, 2, "owned-stakes"),
    (Cue::NounArticles, 2, "noun-articles"),
    (Cue::MembersFor, 2, "members-for"),
    (Cue::SentFrom, 2, "sent-from"),
    (Cue::MatchOpponents, 2, "match-opponents"),
    (Cue::InitialsSkipped, 2, "initials-skipped"),
    (Cue::PublicHeads, 2, "public-heads"),
    (Cue::NationalAdjectives, 0, "national-adjectives"),
    (Cue::SiteQualifiers, 0, "site-qualifiers"),
    (Cue::MunicipalHeads, 0, "municipal-heads"),
    (Cue::PlatformCues, 3, "platform"),
    (Cue::OrgMember, 3, "member"),
    (Cue::OrgAfter, 3, "after"),
    (Cue::OrgPossessed, 3, "possessed"),
    (Cue::OrgBodiesOwn, 3, "bodies-own"),
    (Cue::OutletParticiples, 3, "outlet"),
    (Cue::StatementNouns, 3, "statement"),
    (Cue::PlaceBefore, 1, "before"),
    (Cue::PlaceOpeners, 1, "openers"),
    (Cue::PlaceAdjectives, 1, "adjectives"),
    (Cue::PlaceAcross, 1, "across"),
    (Cue::PlaceApart, 1, "apart"),
    (Cue::PlaceAfter, 1, "after"),
    (Cue::Towns, 1, "towns"),
    (Cue::Locative, 2, "locative"),
    (Cue::Indefinite, 2, "indefinite"),
    (Cue::Weapons, 2, "weapons"),
    (Cue::ProductsAfter, 2, "products-after"),
    (Cue::NotNames, 2, "not-names"),
    (Cue::NotAcronyms, 2, "not-acronyms"),
    (Cue::PostNominals, 2, "post-nominals"),
    (Cue::RegionAbbreviations, 2, "region-abbreviations"),
    (Cue::Prepositions, 2, "prepositions"),
    (Cue::Relations, 2, "relations"),
    (Cue::NotTownGovernors, 2, "not-town-governors"),
    (Cue::AddressVerbs, 2, "address-verbs"),
    (Cue::SpeechVerbs, 2, "speech-verbs"),
    (Cue::Auxiliaries, 2, "auxiliaries"),
    (Cue::MatchVerbs, 2, "match-verbs"),
    (Cue::TeamWords, 2, "team-words"),
    (Cue::AbbreviatedEndings, 2, "abbreviated-endings"),
    (Cue::LowercaseEndings, 2, "lowercase-endings"),
    (Cue::PlaceAbbreviations, 2, "place-abbreviations"),
    (Cue::PageFurniture, 4, "words"),
    (Cue::PortfolioTitles, 4, "portfolio"),
];

/// Every table the actor finder reads.
pub struct Lexicon {
    /// Folded multi-word key (`corée du nord` → `coree du nord`, tokens joined by one space)
    /// → entry, and every proper token prefix of a key, so a longest match stops early.
    pub gazetteer: GazTable,
    /// Pre-check of a name's first folded token: every gazetteer key's first token passes.
    pub gazetteer_first_words: WordFilter,
    /// Pre-check of a name's later folded tokens: every token of a gazetteer key but its first
    /// passes ("government" after "The" ends the search for "The Hague" at once).
    pub gazetteer_later_words: WordFilter,
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
    /// Every word that may head an organisation or place phrase: one probe per word of the text.
    pub phrase_heads: Words,
    /// Pre-check of `phrase_heads`, asked first for every word.
    pub phrase_head_filter: WordFilter,
    pub articles: WordSet,
    pub connectors: WordSet,
    pub cardinals: WordSet,
    /// Word lists of name shapes (context-words.txt): compound adjectives' tails ("-run", "-backed"),
    /// first and inner parts of hyphenated French towns.
    pub compound_tails: WordSet,
    pub town_openers: WordSet,
    pub town_connectors: WordSet,
    /// English clause openers ("as", "while"): a capital after one, before a verb in -s, is its subject.
    pub clause_openers: WordSet,
    pub motion_stems: List,
    pub function_words: WordSet,
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
        let (gazetteer, demonyms, key_words) = read_gazetteer();
        let (gazetteer_first_words, gazetteer_later_words) = key_words.filters();
        let mut org = sections(ORG_WORDS);
        let mut places = sections(PLACE_NOUNS);
        let mut context = sections(CONTEXT);
        let org_lowercase_heads = section(&mut org, "lowercase-heads");
        let org_jurisdiction_heads = section(&mut org, "jurisdiction-heads");
        let mut org_heads = section(&mut org, "heads");
        org_heads.extend_from_slice(&org_lowercase_heads);
        org_heads.extend_from_slice(&org_jurisdiction_heads);
        let mut org_words = section(&mut org, "words");
        org_words.extend_from_slice(&org_heads);
        let team_nicknames = section(&mut org, "team-nicknames");
        org_words.extend_from_slice(&team_nicknames);
        let place_inside = section(&mut places, "inside");
        let mut org_context = sections(ORG_CONTEXT);
        let org_before = section(&mut org_context, "before");
        let org_institution_heads = section(&mut org, "institution-heads");
        let mut phrase_heads = Words::default();
        for list in [&org_words, &place_inside, &org_before, &org_institution_heads] {
            for &word in list.iter() {
                phrase_heads.insert(word);
            }
        }
        let phrase_head_filter = WordFilter::of(phrase_heads.iter().copied());
        let furniture = sections(PAGE_FURNITURE);
        // (Room for every word of the lists: about one a line of their files, and the demonyms.)
        let list_lines: usize = [TITLES, ORG_WORDS, ORG_CONTEXT, ORG_ADJECTIVES, UNIT_NOUNS, MEDIA_NOUNS, PLACE_NOUNS, CONTEXT, EVENT_WORDS, WORK_NOUNS, FIRST_NAMES, PAGE_FURNITURE, FUNCTION_WORDS]
            .iter()
            .map(|text| text.len() / 8)
            .sum();
        let mut lists = WordLists::with_capacity(list_lines + demonyms.len());
        // The cue lists known by their bit alone come first, in `Cue`'s order: list `n` has bit `n`.
        // (Read from a table in a loop: each list's own lines of code cost the download more, issue 6.)
        let articles = section(&mut context, "articles");
        let connectors = section(&mut context, "connectors");
        let cardinals = section(&mut context, "cardinals");
        let compound_tails = section(&mut context, "compound-tails");
        let town_openers = section(&mut context, "town-openers");
        let town_connectors = section(&mut context, "town-connectors");
        let clause_openers = section(&mut context, "clause-openers");
        let motion_stems = section(&mut context, "motion-stems");
        let mut files = [org, places, context, org_context, furniture];
        for &(cue, file, name) in CUE_SECTIONS.iter() {
            add_cue(&mut lists, cue, &section(&mut files[usize::from(file)], name));
        }
        for (cue, words) in [
            (Cue::Demonyms, demonyms),
            (Cue::OrgWords, org_words),
            (Cue::TeamNicknames, team_nicknames),
            (Cue::OrgAdjectives, words(ORG_ADJECTIVES)),
            (Cue::OrgBefore, org_before),
            (Cue::UnitNouns, words(UNIT_NOUNS)),
            (Cue::MediaNouns, words(MEDIA_NOUNS)),
            (Cue::PlaceInside, place_inside),
            (Cue::FirstNames, front_coded_words(FIRST_NAMES)),
            (Cue::EventWords, words(EVENT_WORDS)),
            (Cue::WorkNouns, words(WORK_NOUNS)),
        ] {
            add_cue(&mut lists, cue, &words);
        }
        Lexicon {
            phrase_head_filter,
            phrase_heads,
            gazetteer,
            gazetteer_first_words,
            gazetteer_later_words,
            titles: add(&mut lists, words(TITLES)),
            org_lowercase_heads: add(&mut lists, org_lowercase_heads),
            org_jurisdiction_heads: add(&mut lists, org_jurisdiction_heads),
            org_heads: add(&mut lists, org_heads),
            org_institution_heads: add(&mut lists, org_institution_heads),
            articles: add(&mut lists, articles),
            connectors: add(&mut lists, connectors),
            cardinals: add(&mut lists, cardinals),
            compound_tails: add(&mut lists, compound_tails),
            town_openers: add(&mut lists, town_openers),
            town_connectors: add(&mut lists, town_connectors),
            clause_openers: add(&mut lists, clause_openers),
            motion_stems,
            function_words: add(&mut lists, words(FUNCTION_WORDS)),
            word_lists: lists.seal(),
        }
    }

    /// The gazetteer entry for a folded multi-word key.
    pub fn place(&self, key: &str) -> Option<GazEntry> {
        self.gazetteer.entry(key)
    }

    /// `word` (in lower case) is on the cue list `cue`.
    pub fn is_cue(&self, word: &str, cue: Cue) -> bool {
        self.word_lists.memberships(word) >> cue as u32 & 1 != 0
    }

    pub fn is_demonym(&self, folded: &str) -> bool {
        self.is_cue(folded, Cue::Demonyms)
    }

}

// The gazetteer's tables, read in functions of their own, and each name added by one that is
// not inlined: a fresh engine runs these loops once, and V8 compiles a wasm function again
// with its optimising tier once it has run long enough. Inside `build`, the loops made that
// 16 KB function one to optimise on every cold start (issue 6); apart, only the small
// per-name function runs that long.

/// The gazetteer (folded key → entry, and the keys' prefixes) and the folded demonyms, from the
/// keys build.rs packed (build_script/gazetteer.rs): runs of names, each run opening with a
/// line `kind lang code` (only `<tab>code` when the kind and language are those of the run
/// before), then its names one a line. Each name line opens with one character: how many
/// leading bytes it shares with the line before it (which it leaves out), and what it is: `0`-`9`
/// a key, `A`-`J` the key of a name written in capitals, `K`-`T` a name to key here.
#[inline(never)]
fn read_gazetteer() -> (GazTable, List, KeyWords) {
    // (About one name line in ten bytes.)
    let mut gazetteer = GazTable::with_capacity(GAZETTEER_KEYS.len() / 10);
    let mut demonyms = Arena::default();
    let mut key_words = KeyWords::default();
    let mut run = Run::default();
    let mut name = String::new();
    for line in Fields::of(GAZETTEER_KEYS, b'\n') {
        let Some(&tag) = line.as_bytes().first() else { continue };
        let (shared, keyed, all_caps) = match tag {
            b'0'..=b'9' => (tag - b'0', true, false),
            b'A'..=b'J' => (tag - b'A', true, true),
            b'K'..=b'T' => (tag - b'K', false, false),
            _ => {
                run.read(line);
                name.clear();
                continue;
            }
        };
        unpack_name(&mut name, shared, &line[1..]);
        add_gazetteer_name(&mut gazetteer, &mut demonyms, &mut key_words, &run, &name, keyed, all_caps);
    }
    gazetteer.add_prefixes();
    (gazetteer, demonyms.into_words(), key_words)
}

/// The hashes of the gazetteer keys' first words and of their later words, gathered as each key
/// is added (a pass over the keys of their own cost a fresh engine some 900,000 instructions,
/// issue 6), then their filters.
#[derive(Default)]
struct KeyWords {
    first: Vec<u32>,
    later: Vec<u32>,
}

impl KeyWords {
    /// A new key's words.
    fn add(&mut self, key: &str) {
        let mut words = Fields::of(key, b' ');
        if let Some(first) = words.next() {
            self.first.push(WordFilter::hash(first));
        }
        for word in words {
            self.later.push(WordFilter::hash(word));
        }
    }

    /// Filters of the keys' first words and of their later words, sized by how many keys and
    /// later words there are.
    #[inline(never)]
    fn filters(&self) -> (WordFilter, WordFilter) {
        let filter = |hashes: &[u32]| {
            let mut filter = WordFilter::sized_for(hashes.len());
            for &hash in hashes {
                filter.insert_hash(hash);
            }
            filter
        };
        (filter(&self.first), filter(&self.later))
    }
}

/// The columns of the run of names being read.
#[derive(Default)]
struct Run {
    demonym: bool,
    /// `None`: a kind the engine does not know (its names are left out).
    kind: Option<GazKind>,
    code: Option<[u8; 2]>,
    french: bool,
    english: bool,
}

impl Run {
    /// Reads a run's opening line: `kind lang code`, or `<tab>code`.
    fn read(&mut self, line: &str) {
        let mut cols = Fields::of(line, b'\t');
        let code = match (cols.next(), cols.next(), cols.next()) {
            (Some(""), Some(code), None) => code,
            (Some(kind), Some(lang), Some(code)) => {
                self.demonym = kind == "demonym";
                self.kind = GazKind::parse(kind);
                // `*`: the names are written so in both languages.
                (self.french, self.english) = (lang != "en", lang != "fr");
                code
            }
            _ => {
                self.kind = None;
                self.demonym = false;
                return;
            }
        };
        self.code = match code.as_bytes() {
            [a, b] => Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]),
            _ => None,
        };
    }
}

/// Adds one name of the gazetteer (`keyed`: `name` is its key already, `all_caps` told).
#[inline(never)]
fn add_gazetteer_name(gazetteer: &mut GazTable, demonyms: &mut Arena, key_words: &mut KeyWords, run: &Run, name: &str, keyed: bool, all_caps: bool) {
    if run.demonym {
        if keyed {
            demonyms.push(name);
        } else {
            demonyms.push(&fold(name));
        }
        return;
    }
    let Some(kind) = run.kind else { return };
    let entry = |all_caps| GazEntry { kind, code: run.code, all_caps, french: run.french, english: run.english };
    if keyed {
        if gazetteer.add(name, entry(all_caps)) {
            key_words.add(name);
        }
    } else {
        let key = name_key(name);
        if gazetteer.add(&key, entry(name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))) {
            key_words.add(&key);
        }
    }
}

/// Turns `name`, the name read before, into the next one of a front-coded list: build.rs
/// (its `push_front_coded`) writes each name as the number of leading bytes it shares with the
/// name before it (ending on a character boundary; `shared`, read from the line's tag), then
/// the rest of it (`rest`).
fn unpack_name(name: &mut String, shared: u8, rest: &str) {
    name.truncate(usize::from(shared));
    name.push_str(rest);
}

/// The words of a list build.rs front coded (first-names.txt, in lower case).
#[inline(never)]
fn front_coded_words(text: &str) -> List {
    let mut words = Arena::default();
    let mut name = String::new();
    for packed in Fields::of(text, b'\n').filter(|line| !line.is_empty()) {
        unpack_name(&mut name, packed.as_bytes()[0] - b'0', &packed[1..]);
        words.push(&name);
    }
    words.into_words()
}

/// Words made at start-up (unpacked or folded), kept in one string for the life of the process,
/// as the lists' words are in the binary: one allocation, where each was a `String` of its own.
#[derive(Default)]
struct Arena {
    text: String,
    ends: Vec<usize>,
}

impl Arena {
    fn push(&mut self, word: &str) {
        self.text.push_str(word);
        self.ends.push(self.text.len());
    }

    /// The words, as a list. (The lexicon lives as long as the process: so does the string.)
    fn into_words(self) -> List {
        let text: &'static str = self.text.leak();
        let mut words = List::with_capacity(self.ends.len());
        let mut start = 0;
        for end in self.ends {
            words.push(&text[start..end]);
            start = end;
        }
        words
    }
}

/// The parts of a string between the bytes `separator` (an ASCII character), split by bytes
/// (`str::split` sets up a searcher per call: a fresh engine splits some 6,000 lines and 4,000
/// keys here, issue 6).
#[derive(Clone)]
struct Fields<'a> {
    rest: Option<&'a str>,
    separator: u8,
}

impl<'a> Fields<'a> {
    fn of(text: &'a str, separator: u8) -> Fields<'a> {
        Fields { rest: Some(text), separator }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.as_bytes().iter().position(|&b| b == self.separator) {
            Some(at) => {
                self.rest = Some(&rest[at + 1..]);
                Some(&rest[..at])
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
fn section(map: &mut Sections, name: &str) -> List {
    match map.iter().position(|(n, _)| *n == name) {
        Some(at) => map.swap_remove(at).1,
        None => List::new(),
    }
}

/// Adds the list of `cue`, whose bit must be the next one.
#[inline(never)]
fn add_cue(lists: &mut WordLists, cue: Cue, words: &[&'static str]) {
    let bit = lists.add_bits(words);
    assert!(bit == cue as u32, "cue lists out of order");
}

#[inline(never)]
fn add(lists: &mut WordLists, words: List) -> WordSet {
    lists.add(&words)
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

/// A set of words read from the lists.
pub type Words = FastSet<&'static str>;

/// A word list: the words of a list file, which build.rs wrote in lower case, one a line, in
/// their order (a word written twice is there twice: the merged table of the lists,
/// `WordLists`, answers for them, not a set of each list's own).
pub type List = Vec<&'static str>;

/// The lines of `text` (build.rs left out the comments), trimmed, but blank ones and `[…]`.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    Fields::of(text, b'\n').map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// One entry per non-comment line, in lower case (build.rs lower-cased them). Cue words keep
/// their accents: they are compared with the document's lower-case tokens, where « à » and "a"
/// must stay apart.
#[inline(never)]
fn words(text: &'static str) -> List {
    let mut words = List::new();
    for line in entries(text).filter(|l| !l.starts_with('[')) {
        words.push(line);
    }
    words
}

/// A file's `[section]`-headed lists, by name: a list, not a hash map (a file has at most a
/// few dozen sections, and one more map type costs the wasm its own copy of the hash table's
/// code, issue 6).
type Sections = Vec<(&'static str, List)>;

/// `[section]`-headed lists, each entry in lower case (build.rs lower-cased them).
fn sections(text: &'static str) -> Sections {
    let mut out: Sections = Vec::new();
    let mut current = 0;
    for line in entries(text) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = match out.iter().position(|(n, _)| *n == name) {
                Some(at) => at,
                None => {
                    out.push((name, List::new()));
                    out.len() - 1
                }
            };
            continue;
        }
        if out.is_empty() {
            out.push(("", List::new()));
        }
        out[current].1.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fast_hash::FastMap;

    /// The names of the gazetteer's data files, `[kind, lang, code, name]`, in their order.
    fn source_names() -> Vec<[String; 4]> {
        let mut names = Vec::new();
        for file in ["generated.tsv", "supplement.tsv"] {
            let text = std::fs::read_to_string(format!("{}/data/gazetteer/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            for line in text.lines().map(str::trim_end).filter(|l| !l.trim_start().is_empty() && !l.trim_start().starts_with('#')) {
                if let [kind, lang, code, name] = line.split('\t').collect::<Vec<_>>()[..] {
                    names.push([kind, lang, code, name].map(str::to_string));
                }
            }
        }
        names
    }

    #[test]
    fn plain_names_are_keyed_as_the_tokenizer_keys_them() {
        // Every name of the gazetteer files, and near-misses of the fast path.
        let gazetteer: Vec<String> = source_names().into_iter().map(|[_, _, _, name]| name).collect();
        let mut names: Vec<&str> = gazetteer.iter().map(String::as_str).collect();
        names.extend(["", " ", "a", "A b", "a  b", " a", "a ", "Côte d'Ivoire", "COP30", "États-Unis", "Saint-Denis", "St. Louis", "a\tb"]);
        let mut plain = 0;
        for name in names {
            plain += usize::from(is_plain_ascii_name(name));
            assert_eq!(name_key(name), name_key_by_tokens(name), "{name:?}");
        }
        assert!(plain > 2000, "{plain} plain names");
    }

    /// How the engine read a list file's source before build.rs lower-cased the lists: one entry
    /// per line but comments, blank lines and `[…]`, trimmed, in lower case; and per section.
    fn source_words(text: &str) -> FastSet<String> {
        text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('[')).map(crate::text::case::lowercase).collect()
    }

    fn source_sections(text: &str) -> FastMap<String, FastSet<String>> {
        let mut out: FastMap<String, FastSet<String>> = FastMap::default();
        let mut current = String::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                Some(name) => current = name.to_string(),
                None => {
                    out.entry(current.clone()).or_default().insert(crate::text::case::lowercase(line));
                }
            }
        }
        out
    }

    fn owned(words: &[&str]) -> FastSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_lists_read_as_their_sources() {
        let source = |file: &str| std::fs::read_to_string(format!("{}/data/gazetteer/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let files = [
            ("cues/titles.txt", TITLES),
            ("cues/organisation-words.txt", ORG_WORDS),
            ("cues/organisation-context.txt", ORG_CONTEXT),
            ("cues/organisation-adjectives.txt", ORG_ADJECTIVES),
            ("cues/unit-nouns.txt", UNIT_NOUNS),
            ("cues/media-nouns.txt", MEDIA_NOUNS),
            ("cues/place-nouns.txt", PLACE_NOUNS),
            ("cues/context-words.txt", CONTEXT),
            ("cues/event-words.txt", EVENT_WORDS),
            ("cues/work-nouns.txt", WORK_NOUNS),
            ("cues/page-furniture.txt", PAGE_FURNITURE),
            ("cues/function-words.txt", FUNCTION_WORDS),
        ];
        for (file, compiled) in files {
            let source = source(file);
            assert_eq!(owned(&words(compiled)), source_words(&source), "{file}");
            let read: FastMap<String, FastSet<String>> = sections(compiled).iter().map(|(name, words)| (name.to_string(), owned(words))).collect();
            assert_eq!(read, source_sections(&source), "{file}");
        }
        let first_names = front_coded_words(FIRST_NAMES);
        assert!(first_names.len() > 1000, "{} first names", first_names.len());
        assert_eq!(owned(&first_names), source_words(&source("first-names.txt")));
    }

    #[test]
    fn each_cue_answers_for_its_own_list() {
        // Each `Cue` is known by its bit alone: the words of its list, and no other's, must have it.
        let lex = Lexicon::get();
        let files = [ORG_WORDS, PLACE_NOUNS, CONTEXT, ORG_CONTEXT, PAGE_FURNITURE];
        let mut all_cues: Vec<(Cue, List)> = Vec::new();
        for &(cue, file, name) in CUE_SECTIONS.iter() {
            let words = section(&mut sections(files[usize::from(file)]), name);
            assert!(!words.is_empty(), "{cue:?}: no section {name}");
            all_cues.push((cue, words));
        }
        all_cues.push((Cue::FirstNames, front_coded_words(FIRST_NAMES)));
        all_cues.push((Cue::EventWords, words(EVENT_WORDS)));
        all_cues.push((Cue::WorkNouns, words(WORK_NOUNS)));
        all_cues.push((Cue::MediaNouns, words(MEDIA_NOUNS)));
        for (cue, words) in &all_cues {
            for word in words {
                assert!(lex.is_cue(word, *cue), "{cue:?}: {word:?}");
            }
            for (other, other_words) in &all_cues {
                for word in other_words.iter().filter(|w| !words.contains(w)) {
                    // (Organisation words include every head and team nickname.)
                    if *cue != Cue::OrgWords {
                        assert!(!lex.is_cue(word, *cue), "{cue:?} holds {word:?} of {other:?}");
                    }
                }
            }
        }
        assert!(lex.is_cue("said", Cue::SpeechVerbs) && !lex.is_cue("said", Cue::NotAdverbs));
    }

    #[test]
    fn the_packed_gazetteer_reads_as_its_source_keyed_at_run_time() {
        // build.rs keys most names itself (build_script/gazetteer.rs): the table read from its
        // file must be the one keyed here from the data files, name by name, as the engine did
        // before (each name's `name_key`, or a demonym's `fold`; a key given twice keeps both
        // languages and the entry of the lower rank, the first of equal rank).
        let mut expected: FastMap<String, GazEntry> = FastMap::default();
        let mut expected_demonyms: FastSet<String> = FastSet::default();
        for [kind, lang, code, name] in source_names() {
            if kind == "demonym" {
                expected_demonyms.insert(fold(&name));
                continue;
            }
            let Some(kind) = GazKind::parse(&kind) else { continue };
            let code = match code.as_bytes() {
                [a, b] => Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]),
                _ => None,
            };
            let all_caps = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let entry = GazEntry { kind, code, all_caps, french: lang != "en", english: lang != "fr" };
            match expected.entry(name_key(&name)) {
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
        let mut expected_prefixes: FastSet<String> = FastSet::default();
        for key in expected.keys() {
            for (at, _) in key.match_indices(' ') {
                expected_prefixes.insert(key[..at].to_string());
            }
        }
        let (table, demonyms, _) = read_gazetteer();
        assert!(expected.len() > 3000 && expected_demonyms.len() > 1000);
        assert_eq!(owned(&demonyms), expected_demonyms);
        let names: FastMap<&str, GazEntry> = table.names().collect();
        assert_eq!(names.len(), expected.len());
        for (key, entry) in &expected {
            assert_eq!(names.get(key.as_str()), Some(entry), "{key:?}");
            assert_eq!(table.get(key).map(|f| f.prefix), Some(expected_prefixes.contains(key)), "{key:?}");
        }
        let prefixes: FastSet<&str> = table.prefixes().collect();
        assert_eq!(prefixes, expected_prefixes.iter().map(String::as_str).collect());
        // Most names are keyed by build.rs: few are left to key at start-up.
        let to_key = GAZETTEER_KEYS.lines().filter(|l| l.as_bytes().first().is_some_and(|b| (b'K'..=b'T').contains(b))).count();
        assert!(to_key < 20, "{to_key} names keyed at start-up");
    }
}
