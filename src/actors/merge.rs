//! Step 4: mentions grouped into actors.
//!
//! - persons: one actor per full name (transliteration-tolerant key); a one-word mention joins
//!   the person whose name has that word, preferring the surname and the nearest earlier mention
//!   (« Poutine » → « Vladimir Poutine », « Beloussov » → « Andrei Belousov »);
//! - states: one actor per country code, so a capital or seat acting for its government joins
//!   its country (« Moscou affirme » → Russie);
//! - organisations: one per key, and an acronym joins its expansion when the text gives it
//!   ("North Atlantic Treaty Organization (NATO)") or its letters are the expansion's initials;
//! - places: one per key.

use super::context::View;
use super::fasthash::{FastMap, FastSet};
use super::key::KeyCache;
use super::resolve::span_text;
use super::Mention;
use crate::model::{Actor, ActorId, Category, Span};

#[inline(never)]
pub fn actors<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mentions: &[Mention]) -> (Vec<Span>, Vec<Actor>) {
    let groups = group(v, keys, mentions);
    // Actors are numbered in order of first mention.
    let mut order: Vec<usize> = (0..groups.count).collect();
    crate::sort::sort_by_packed_key(&mut order, |&g| crate::sort::pack([groups.first[g], 0, 0, 0]));
    let mut id_of = vec![0 as ActorId; groups.count];
    for (id, &g) in order.iter().enumerate() {
        id_of[g] = id as ActorId;
    }
    let mut actors: Vec<Actor> = order
        .iter()
        .enumerate()
        .map(|(id, &g)| Actor {
            id: id as ActorId,
            name: String::new(),
            category: groups.category[g],
            aliases: Vec::new(),
            mentions: 0,
            role: None,
        })
        .collect();
    let mut spans = Vec::with_capacity(mentions.len());
    let mut best_name: Vec<(i32, usize)> = vec![(i32::MIN, 0); actors.len()];
    // (actor, spelling) pairs already seen: the work below is done once per spelling.
    let mut seen: FastSet<(ActorId, &str)> = FastSet::default();
    for (i, m) in mentions.iter().enumerate() {
        let Some(category) = m.category() else { continue };
        let id = id_of[groups.of[i]];
        let actor = &mut actors[id as usize];
        let text = span_text(v, m);
        if seen.insert((id, text)) {
            actor.aliases.push(text.to_string());
            let score = name_score(v, m);
            if score > best_name[id as usize].0 {
                best_name[id as usize] = (score, i);
            }
        }
        actor.mentions += 1;
        if actor.role.is_none() {
            actor.role = m.role.map(|(a, b)| role_text(v, a, b));
        }
        let start = v.doc.tokens[m.start].start as usize;
        let end = super::resolve::mention_end(v, m);
        spans.push(Span { start, end, category, actor: Some(id), speaker: None });
    }
    for (id, actor) in actors.iter_mut().enumerate() {
        actor.name = span_text(v, &mentions[best_name[id].1]).to_string();
    }
    (spans, actors)
}

/// How good a spelling is as an actor's name: the fullest (most words, then longest), and for a
/// state its country name rather than a capital or seat.
fn name_score(v: &View, m: &Mention) -> i32 {
    let words = (m.start..m.end).filter(|&k| v.is_word(k)).count() as i32;
    let len = span_text(v, m).chars().count() as i32;
    let country = m.category() == Some(Category::State)
        && v.gazetteer_exact(m.start, m.end).is_some_and(|g| g.kind == super::lexicon::GazKind::Country);
    (country as i32) * 100_000 + words * 1000 + len.min(999)
}

fn role_text(v: &View, a: usize, b: usize) -> String {
    let start = v.doc.tokens[a].start as usize;
    let end = v.doc.tokens[b - 1].end as usize;
    v.doc.text()[start..end].to_string()
}

struct Groups {
    count: usize,
    /// Group of each mention.
    of: Vec<usize>,
    category: Vec<Category>,
    /// First mention index of each group (mentions are in text order).
    first: Vec<usize>,
}

fn group<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mentions: &[Mention]) -> Groups {
    let mut g = Groups { count: 0, of: vec![usize::MAX; mentions.len()], category: Vec::new(), first: Vec::new() };
    /// What mentions of one actor share: a country code for states, an alias key otherwise.
    #[derive(PartialEq, Eq, Hash)]
    enum Key {
        Country([u8; 2]),
        Name(u32),
    }
    let mut by_key: FastMap<(Category, Key), usize> = FastMap::default();
    let new_group = |g: &mut Groups, category: Category, first: usize| {
        g.category.push(category);
        g.first.push(first);
        g.count += 1;
        g.count - 1
    };
    let words = PersonWords::build(v, keys, mentions);
    // First word of each multi-word organisation name → its first mention. (Keyed by `usize`,
    // as `merge_acronyms`'s maps are: one copy of the hash table's code in the wasm for both.)
    let mut orgs: FastMap<usize, usize> = FastMap::default();
    for (j, m) in mentions.iter().enumerate() {
        if m.category() == Some(Category::Organization) && m.end - m.start > 1 && v.cap(m.start) && !v.info[m.start].acronym() {
            orgs.entry(keys.id(v.word(m.start)) as usize).or_insert(j);
        }
    }
    // Longest names first, so shorter mentions find them whatever the order of the text.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::sort_by_packed_key(&mut order, |&i| crate::sort::pack([crate::sort::descending(mentions[i].end - mentions[i].start), i, 0, 0]));
    for &i in &order {
        let m = &mentions[i];
        let Some(category) = m.category() else { continue };
        let name_key = m.key;
        let key = match (category, m.code()) {
            (Category::State, Some(code)) => Key::Country(code),
            _ => Key::Name(name_key),
        };
        if let Some(&grp) = by_key.get(&(category, key)) {
            g.of[i] = grp;
            g.first[grp] = g.first[grp].min(i);
            continue;
        }
        let key = match (category, m.code()) {
            (Category::State, Some(code)) => Key::Country(code),
            _ => Key::Name(name_key),
        };
        let single_word = (m.start..m.end).filter(|&k| v.is_word(k)).count() == 1;
        let grouped = |j: usize| g.of[j] != usize::MAX;
        let found = if category == Category::Organization && single_word {
            // "Mondelez" after "Mondelez International".
            orgs.get(&(name_key as usize)).copied().filter(|&j| grouped(j))
        } else if category != Category::Person {
            None
        } else if single_word {
            words.best(name_key, i, &grouped)
        } else {
            // « Mme Le Pen » after « Marine Le Pen »: the end of a longer name.
            let own: Vec<u32> = (m.start..m.end).filter(|&k| v.cap(k)).map(|k| keys.id(v.word(k))).collect();
            own.last().and_then(|&last| words.longer_name_ending_with(v, keys, mentions, &own, last, &grouped))
        };
        if let Some(j) = found {
            let grp = g.of[j];
            g.of[i] = grp;
            g.first[grp] = g.first[grp].min(i);
            by_key.insert((category, key), grp);
            continue;
        }
        let grp = new_group(&mut g, category, i);
        g.of[i] = grp;
        by_key.insert((category, key), grp);
    }
    merge_acronyms(v, mentions, &mut g);
    g
}

/// The words of multi-word persons' names, for one-word mentions to find their person.
struct PersonWords {
    /// Alias key of a word → (mention, the word is the surname).
    by_word: FastMap<u32, Vec<(usize, bool)>>,
}

impl PersonWords {
    fn build<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mentions: &[Mention]) -> PersonWords {
        let mut by_word: FastMap<u32, Vec<(usize, bool)>> = FastMap::default();
        let mut seen_names: FastSet<&str> = FastSet::default();
        for (j, m) in mentions.iter().enumerate() {
            if m.category() != Some(Category::Person) || m.end - m.start < 2 {
                continue;
            }
            let words: Vec<usize> = (m.start..m.end).filter(|&k| v.cap(k)).collect();
            let first_time = seen_names.insert(span_text(v, m));
            for (n, &k) in words.iter().enumerate() {
                let entry = by_word.entry(keys.id(v.word(k))).or_default();
                // Every mention is kept, to find the nearest; a name's first mention is enough
                // when the name repeats often.
                if first_time || entry.len() < 64 {
                    entry.push((j, n + 1 == words.len()));
                }
            }
        }
        PersonWords { by_word }
    }

    /// A longer person's name whose last words are `own` (alias keys), `last` being the last.
    /// Only mentions already `grouped` are candidates.
    fn longer_name_ending_with<'d>(
        &self,
        v: &View<'d>,
        keys: &mut KeyCache<'d>,
        mentions: &[Mention],
        own: &[u32],
        last: u32,
        grouped: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let candidates = self.by_word.get(&last)?;
        candidates.iter().filter(|&&(j, surname)| surname && grouped(j)).map(|&(j, _)| j).find(|&j| {
            let m = &mentions[j];
            let theirs: Vec<u32> = (m.start..m.end).filter(|&k| v.cap(k)).map(|k| keys.id(v.word(k))).collect();
            theirs.len() > own.len() && theirs.ends_with(own)
        })
    }

    /// The full-name mention for a one-word mention `i` with key `key`: the surname first, then
    /// any word; among several, the one mentioned last before `i` (else the first after it).
    /// Only mentions already `grouped` are candidates.
    fn best(&self, key: u32, i: usize, grouped: &dyn Fn(usize) -> bool) -> Option<usize> {
        let candidates = self.by_word.get(&key)?;
        candidates
            .iter()
            .filter(|&&(j, _)| grouped(j))
            .max_by_key(|&&(j, surname)| (surname, j < i, if j < i { j } else { usize::MAX - j }))
            .map(|&(j, _)| j)
    }
}

/// An acronym joins the organisation it abbreviates: "North Atlantic Treaty Organization (NATO)",
/// or an expansion in the text whose initials are its letters (« Organisation du traité de
/// l'Atlantique nord » / OTAN). Linear in the number of mentions.
fn merge_acronyms(v: &View, mentions: &[Mention], g: &mut Groups) {
    let is_org = |i: usize| mentions[i].category() == Some(Category::Organization);
    // Initials of every multi-word organisation group, and which mention ends where. (Groups
    // held as `u32`: the map type of the words' numbers, one copy of its code in the wasm.)
    let mut by_initials: FastMap<String, u32> = FastMap::default();
    let mut ending_at: FastMap<usize, usize> = FastMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if !is_org(i) || m.end - m.start < 2 {
            continue;
        }
        ending_at.insert(m.end, i);
        if g.first[g.of[i]] == i {
            by_initials.entry(initials(v, m)).or_insert(g.of[i] as u32);
        }
    }
    // Group to merge into, per acronym group.
    let mut target: FastMap<usize, usize> = FastMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let bracketed = m.start.checked_sub(1).filter(|&b| v.word(b) == "(").and_then(|b| ending_at.get(&b));
        let single_word = m.end - m.start == 1;
        if !is_org(i) || !single_word || !(v.info[m.start].acronym() || bracketed.is_some()) || target.contains_key(&g.of[i]) {
            continue;
        }
        let expansion = match bracketed {
            Some(&x) => Some(g.of[x]),
            None => {
                let letters = crate::text::case::lowercase(v.word(m.start).split('-').next().unwrap_or(""));
                by_initials.get(&letters).map(|&group| group as usize)
            }
        };
        if let Some(expansion) = expansion.filter(|&x| x != g.of[i]) {
            target.insert(g.of[i], expansion);
        }
    }
    if target.is_empty() {
        return;
    }
    for k in g.of.iter_mut().filter(|k| **k != usize::MAX) {
        if let Some(&t) = target.get(k) {
            *k = t;
        }
    }
    for (&gone, &keep) in &target {
        g.first[keep] = g.first[keep].min(g.first[gone]);
    }
    // Renumber so that group ids stay dense.
    let mut used: Vec<usize> = g.of.iter().copied().filter(|&k| k != usize::MAX).collect();
    crate::sort::sort_by_packed_key(&mut used, |&k| k as u128);
    used.dedup();
    let mut new_id = vec![usize::MAX; g.count];
    for (n, &old) in used.iter().enumerate() {
        new_id[old] = n;
    }
    for k in g.of.iter_mut().filter(|k| **k != usize::MAX) {
        *k = new_id[*k];
    }
    g.category = used.iter().map(|&old| g.category[old]).collect();
    g.first = used.iter().map(|&old| g.first[old]).collect();
    g.count = used.len();
}

/// Initials of a name's words, connectors and articles left out.
fn initials(v: &View, m: &Mention) -> String {
    (m.start..m.end)
        .filter(|&k| v.is_word(k) && !v.listed(k, &v.lex.connectors) && !v.listed(k, &v.lex.articles))
        .filter_map(|k| v.lower(k).chars().next())
        .collect()
}
