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
mod key;
mod lexicon;
mod merge;
mod phrases;
mod resolve;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;

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
    let mentions = mentions(&v);
    let mut keys = key::KeyCache::default();
    let mut mentions = mentions;
    for m in &mut mentions {
        m.key = keys.id(resolve::span_text(&v, m));
    }
    let mentions = resolve::resolve(&v, &mut keys, mentions);
    merge::actors(&v, &mut keys, &mentions)
}

/// Steps 1 and 2: every candidate mention, classified.
fn mentions(v: &View) -> Vec<Mention> {
    let n = v.len();
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    // Names spelt out before their abbreviation: "Athletics Integrity Unit (AIU)".
    for open in 0..n {
        if v.doc.tokens[open].kind != crate::text::TokenKind::Punct {
            continue;
        }
        let Some((s, e, abbr)) = phrases::bracketed_abbreviation(v, open) else { continue };
        if taken[s..=abbr].iter().any(|t| *t) {
            continue;
        }
        let verdict = match v.gazetteer_exact(s, e) {
            Some(g) if g.kind == lexicon::GazKind::Country => Verdict::Actor(Category::State, g.code),
            _ => Verdict::Actor(Category::Organization, None),
        };
        taken[s..=abbr].iter_mut().for_each(|t| *t = true);
        out.push(Mention { start: s, end: e, verdict, role: None, key: 0 });
        out.push(Mention { start: abbr, end: abbr + 1, verdict, role: None, key: 0 });
    }
    for h in 0..n {
        if taken[h] || !v.is_word(h) || !v.lex.phrase_head_filter.may_contain(v.lower(h)) || !v.lex.phrase_heads.contains(v.lower(h)) {
            continue;
        }
        if let Some(e) = phrases::organisation_phrase(v, h) {
            taken[h..e].iter_mut().for_each(|t| *t = true);
            out.push(Mention { start: h, end: e, verdict: Verdict::Actor(Category::Organization, None), role: None, key: 0 });
        } else if let Some(e) = phrases::place_phrase(v, h) {
            taken[h..e].iter_mut().for_each(|t| *t = true);
            out.push(Mention { start: h, end: e, verdict: Verdict::Actor(Category::Place, None), role: None, key: 0 });
        } else if let Some((s, e)) = phrases::named_by_organisation_noun(v, h) {
            if taken[s..e].iter().all(|t| !*t) && !v.gazetteer_exact(s, e).is_some_and(|g| matches!(g.kind, lexicon::GazKind::Country | lexicon::GazKind::Seat | lexicon::GazKind::Bloc)) {
                taken[s..e].iter_mut().for_each(|t| *t = true);
                out.push(Mention { start: s, end: e, verdict: Verdict::Actor(Category::Organization, None), role: None, key: 0 });
            }
        }
    }
    let mut i = 0;
    while i < n {
        if taken[i] || !v.cap(i) {
            i += 1;
            continue;
        }
        if let Some((e, letters)) = phrases::dotted_acronym(v, i) {
            let country = v.lex.place(&letters.to_lowercase()).filter(|g| g.kind == lexicon::GazKind::Country);
            // "U.S. Forest Service", "U.N. Security Council": the abbreviation opens an
            // organisation's name; "J.P. Morgan", "J.K. Rowling": initials open a name.
            if v.at(e, i).is_some() && !taken[e] && v.cap(e) && !v.listed(e, &v.lex.function_words) {
                let r = phrases::capitalised_run(v, e, &taken);
                let org = (e..r).any(|k| v.cap(k) && v.listed(k, &v.lex.org_words));
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
        let e = phrases::capitalised_run(v, i, &taken);
        for seg in phrases::segments(v, i, e) {
            let c = classify::classify(v, &seg);
            if c.verdict != Verdict::Nothing {
                out.push(Mention { start: seg.start, end: seg.end, verdict: c.verdict, role: c.role, key: 0 });
            }
        }
        i = e.max(i + 1);
    }
    crate::sort::sort_by_packed_key(&mut out, |m| crate::sort::pack([m.start, m.end, 0, 0]));
    out
}
