//! Named actors: person, organization, state, place; alias merging.
//!
//! The finder works in four steps:
//! 1. `phrases`: names spelt out before a bracketed abbreviation ("Athletics Integrity Unit
//!    (AIU)"), organisation and place phrases headed by a common noun (« ministère russe de la
//!    Défense », « mer Noire »), dotted abbreviations (U.S.) and runs of capitalised words joined
//!    by name connectors, cut into segments at leading articles and titles;
//! 2. `classify`: each segment's category from the gazetteer (`lexicon`, generated from CLDR and
//!    ISO 3166 data), the words' shape and their context — or a verdict that only the rest of
//!    the text can settle (`Pending`, `Speaker`, `OrganisationUnlessPerson`, `ArticleName`,
//!    `Cardinal`);
//! 3. `resolve`: those verdicts are settled by what the other mentions establish ("Biden" after
//!    "Joe Biden", « Beloussov » after « Andrei Belousov », « Lyon » in « entre Paris et Lyon »,
//!    « le Nord » after « la Corée du Nord »); words nothing vouches for are dropped;
//! 4. `merge`: mentions are grouped into actors (transliteration-tolerant keys, surnames,
//!    acronyms and their expansions, capitals acting for their country).
//!
//! Everything is rule-based and table-driven: the tables live in `data/gazetteer/`, are built
//! once per process, and each rule reads a few tokens around a capitalised word, so a scan is
//! linear in the text.

mod classify;
mod context;
mod fasthash;
mod gazetteer;
mod furniture;
mod key;
mod lexicon;
mod lower_case;
mod masthead;
mod merge;
mod phrases;
mod resolve;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;
#[cfg(test)]
mod tests_french;

use lexicon::Cue;
use crate::model::{Actor, Category, Span};
use crate::text::Document;
use classify::Verdict;
use context::View;

/// One mention found in the text: a token range and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub verdict: Verdict,
    /// Token range of a person's role (« ministre russe de la Défense »).
    pub role: Option<(usize, usize)>,
    /// Alias key of the mention's text (`key::KeyCache`), set once the mentions are found.
    pub key: u32,
}

impl Mention {
    pub fn category(&self) -> Option<Category> {
        match self.verdict {
            Verdict::Actor(c, _) => Some(c),
            _ => None,
        }
    }

    pub fn code(&self) -> Option<[u8; 2]> {
        match self.verdict {
            Verdict::Actor(_, code) => code,
            _ => None,
        }
    }
}

/// Every actor mention of `doc` (normalised-text byte offsets, each with its
/// `actor` id set) and the actors they resolve to.
pub fn find(doc: &Document) -> (Vec<Span>, Vec<Actor>) {
    let v = View::new(doc);
    let mut keys = key::KeyCache::default();
    let mentions = mentions(&v, &mut keys);
    let mentions = resolve::resolve(&v, &mut keys, mentions);
    merge::actors(&v, &mut keys, &mentions)
}

/// Steps 1 and 2: every candidate mention, classified, in text order.
///
/// The text is read chunk by chunk (`chunks`): each chunk's three sweeps (bracketed names, names
/// headed by a common noun, capitalised runs) run while its tokens are in cache, and what one
/// sweep claims (`Taken`) only ever concerns its own chunk. Each mention's alias key is taken
/// there too, while its text is in cache.
fn mentions<'d>(v: &View<'d>, keys: &mut key::KeyCache<'d>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut taken = Taken::default();
    let mut segments = Vec::new();
    let starts = &v.starts;
    let (mut brackets, mut heads, mut capitals) = (&starts.brackets[..], &starts.phrase_heads[..], &starts.capitals[..]);
    for chunk in chunks(v) {
        let first = out.len();
        taken.reset(chunk.clone());
        // Each sweep reads only its own starting tokens of the chunk (chunks come in text order).
        if let Some((s, e)) = masthead::outlet(v, chunk.start, chunk.end).filter(|&(s, e)| taken.none_in(s..e)) {
            taken.hold(s..e);
            out.push(Mention { start: s, end: e, verdict: Verdict::Actor(crate::model::Category::Organization, None), role: None, key: 0 });
        }
        bracketed_names(v, in_chunk(&mut brackets, &chunk), &mut taken, &mut out);
        names_headed_by_nouns(v, in_chunk(&mut heads, &chunk), &mut taken, &mut out);
        capitalised_names(v, in_chunk(&mut capitals, &chunk), &taken, &mut segments, &mut out);
        // Every mention of a chunk lies inside it: sorting each chunk's sorts the whole list.
        let found = &mut out[first..];
        if found.windows(2).any(|w| (w[0].start, w[0].end) > (w[1].start, w[1].end)) {
            crate::sort::sort_by_packed_key(found, |m| crate::sort::pack([m.start, m.end, 0, 0]));
        }
        for m in found {
            m.key = keys.id(resolve::span_text(v, m));
        }
    }
    out
}

/// The tokens of `tokens` (in text order) inside `chunk`, and `tokens` moved past them; tokens
/// before the chunk are skipped.
fn in_chunk<'s>(tokens: &mut &'s [u32], chunk: &std::ops::Range<usize>) -> &'s [u32] {
    let from = tokens.iter().position(|&k| k as usize >= chunk.start).unwrap_or(tokens.len());
    let to = from + tokens[from..].iter().position(|&k| k as usize >= chunk.end).unwrap_or(tokens.len() - from);
    let inside = &tokens[from..to];
    *tokens = &tokens[to..];
    inside
}

/// Token ranges of whole sentences that the mention rules never look across: the rules stay in
/// their sentence, except that a name connector (`de`, `of`…) opening the next sentence can
/// carry a name into it (`phrases::connector_to_cap` checks only that the connector's own
/// sentence goes on). So a chunk ends before every sentence that does not open on one.
fn chunks<'v, 'd>(v: &'v View<'d>) -> Chunks<'v, 'd> {
    Chunks { v, next: 0 }
}

/// The iterator of `chunks`.
struct Chunks<'v, 'd> {
    v: &'v View<'d>,
    /// The first sentence of the next chunk.
    next: usize,
}

impl Iterator for Chunks<'_, '_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let (v, sentences) = (self.v, &self.v.doc.sentences);
        let first = sentences.get(self.next)?;
        self.next += 1;
        let mut end = first.tokens.end;
        while let Some(sentence) = sentences.get(self.next) {
            let opener = sentence.tokens.start;
            if !(v.lowercase_word(opener) && v.listed(opener, &v.lex.connectors)) {
                break;
            }
            end = sentence.tokens.end;
            self.next += 1;
        }
        Some(first.tokens.start..end)
    }
}

/// Which tokens of the chunk being read a mention already holds.
#[derive(Default)]
pub(crate) struct Taken {
    first: usize,
    held: Vec<bool>,
}

impl Taken {
    fn reset(&mut self, chunk: std::ops::Range<usize>) {
        self.first = chunk.start;
        self.held.clear();
        self.held.resize(chunk.len(), false);
    }

    /// Token `k` is held (tokens outside the chunk never are).
    #[inline]
    pub fn is(&self, k: usize) -> bool {
        k.checked_sub(self.first).and_then(|k| self.held.get(k)).is_some_and(|t| *t)
    }

    /// No token of `range` is held.
    pub fn none_in(&self, range: std::ops::Range<usize>) -> bool {
        range.into_iter().all(|k| !self.is(k))
    }

    fn hold(&mut self, range: std::ops::Range<usize>) {
        debug_assert!(range.start >= self.first && range.end <= self.first + self.held.len(), "a mention outside its chunk");
        for k in range {
            if let Some(t) = k.checked_sub(self.first).and_then(|k| self.held.get_mut(k)) {
                *t = true;
            }
        }
    }
}

/// Names spelt out before their abbreviation: "Athletics Integrity Unit (AIU)".
#[inline(never)]
fn bracketed_names(v: &View, brackets: &[u32], taken: &mut Taken, out: &mut Vec<Mention>) {
    // (Only an opening bracket opens one: the view lists them.)
    for &open in brackets {
        let open = open as usize;
        let Some((s, e, abbr)) = phrases::bracketed_abbreviation(v, open) else { continue };
        if !taken.none_in(s..abbr + 1) {
            continue;
        }
        let verdict = match v.gazetteer_exact(s, e) {
            Some(g) if g.kind == lexicon::GazKind::Country => Verdict::Actor(Category::State, g.code),
            _ => Verdict::Actor(Category::Organization, None),
        };
        taken.hold(s..abbr + 1);
        out.push(Mention { start: s, end: e, verdict, role: None, key: 0 });
        out.push(Mention { start: abbr, end: abbr + 1, verdict, role: None, key: 0 });
    }
}

/// Organisation and place phrases headed by a common noun (« ministère russe de la Défense »,
/// « mer Noire ») and names right after a noun that says what they are (« la société Brevalor »).
#[inline(never)]
fn names_headed_by_nouns(v: &View, heads: &[u32], taken: &mut Taken, out: &mut Vec<Mention>) {
    // (`heads`: the words of `Lexicon::phrase_heads`, found when the view was made.)
    for &h in heads {
        let h = h as usize;
        if taken.is(h) {
            continue;
        }
        if let Some(e) = phrases::organisation_phrase(v, h) {
            taken.hold(h..e);
            out.push(Mention { start: h, end: e, verdict: Verdict::Actor(Category::Organization, None), role: None, key: 0 });
        } else if let Some(e) = phrases::place_phrase(v, h) {
            taken.hold(h..e);
            out.push(Mention { start: h, end: e, verdict: Verdict::Actor(Category::Place, None), role: None, key: 0 });
        } else if let Some((s, e)) = phrases::named_by_organisation_noun(v, h) {
            if taken.none_in(s..e) && !v.gazetteer_exact(s, e).is_some_and(|g| matches!(g.kind, lexicon::GazKind::Country | lexicon::GazKind::Seat | lexicon::GazKind::Bloc)) {
                taken.hold(s..e);
                out.push(Mention { start: s, end: e, verdict: Verdict::Actor(Category::Organization, None), role: None, key: 0 });
            }
        }
    }
}

/// Dotted abbreviations (U.S.) and runs of capitalised words, cut into segments and classified.
#[inline(never)]
fn capitalised_names(v: &View, capitals: &[u32], taken: &Taken, segments: &mut Vec<phrases::Segment>, out: &mut Vec<Mention>) {
    // The capitalised words of the chunk, in order: each step goes on from the first one at or
    // after `i`.
    let mut next = capitals.iter().map(|&k| k as usize);
    let mut i = 0;
    while let Some(k) = next.next() {
        if k < i {
            continue;
        }
        i = k;
        if taken.is(i) {
            continue;
        }
        if let Some((e, letters)) = phrases::dotted_acronym(v, i) {
            let country = v.lex.place(&crate::text::case::lowercase(&letters)).filter(|g| g.kind == lexicon::GazKind::Country);
            // "U.S. Forest Service", "U.N. Security Council": the abbreviation opens an
            // organisation's name; "J.P. Morgan", "J.K. Rowling": initials open a name.
            if v.at(e, i).is_some() && !taken.is(e) && v.cap(e) && !v.listed(e, &v.lex.function_words) {
                let r = phrases::capitalised_run(v, e, taken);
                let org = (e..r).any(|k| v.cap(k) && v.is(k, Cue::OrgWords));
                let starts_with_title = v.listed(e, &v.lex.titles);
                if org || (country.is_none() && !starts_with_title) {
                    let seg = phrases::Segment { start: i, end: r, named_by_article: false, title: None, hint: None };
                    let c = if org { classify::Classified { verdict: Verdict::Actor(Category::Organization, None), role: None } } else { classify::classify(v, &seg) };
                    if c.verdict != Verdict::Nothing {
                        out.push(Mention { start: i, end: r, verdict: c.verdict, role: c.role, key: 0 });
                    }
                    i = r;
                    continue;
                }
            }
            let verdict = match country {
                Some(g) => Verdict::Actor(Category::State, g.code),
                None => Verdict::Actor(Category::Organization, None),
            };
            out.push(Mention { start: i, end: e, verdict, role: None, key: 0 });
            i = e;
            continue;
        }
        // "spoke to 6 News": a station named by its channel alone.
        if i > 0 && !taken.is(i - 1) && phrases::channel_news(v, i - 1) && !v.prev(i - 1).is_some_and(|p| v.info[p].acronym()) {
            out.push(Mention { start: i - 1, end: i + 1, verdict: Verdict::Actor(Category::Organization, None), role: None, key: 0 });
            i += 1;
            continue;
        }
        let e = phrases::capitalised_run(v, i, taken);
        if furniture::is_page_furniture(v, i, e) {
            i = e.max(i + 1);
            continue;
        }
        let portfolio_end = furniture::portfolio_end(v, i, e);
        segments.clear();
        phrases::segments(v, i, e, segments);
        for seg in segments.iter().filter(|seg| !portfolio_end.is_some_and(|p| seg.end <= p)) {
            let c = classify::classify(v, seg);
            if c.verdict != Verdict::Nothing {
                out.push(Mention { start: seg.start, end: seg.end, verdict: c.verdict, role: c.role, key: 0 });
            }
        }
        i = e.max(i + 1);
    }
}
