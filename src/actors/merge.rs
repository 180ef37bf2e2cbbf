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
use super::key::alias_key;
use super::resolve::span_text;
use super::Mention;
use crate::model::{Actor, ActorId, Category, Span};
use std::collections::HashMap;

pub fn actors(v: &View, mentions: &[Mention]) -> (Vec<Span>, Vec<Actor>) {
    let groups = group(v, mentions);
    // Actors are numbered in order of first mention.
    let mut order: Vec<usize> = (0..groups.count).collect();
    order.sort_by_key(|&g| groups.first[g]);
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
    for (i, m) in mentions.iter().enumerate() {
        let Some(category) = m.category() else { continue };
        let id = id_of[groups.of[i]];
        let actor = &mut actors[id as usize];
        let text = span_text(v, m);
        if !actor.aliases.iter().any(|a| a == text) {
            actor.aliases.push(text.to_string());
        }
        actor.mentions += 1;
        if actor.role.is_none() {
            actor.role = m.role.map(|(a, b)| role_text(v, a, b));
        }
        let score = name_score(v, m);
        if score > best_name[id as usize].0 {
            best_name[id as usize] = (score, i);
        }
        let start = v.doc.tokens[m.start].start as usize;
        let end = v.doc.tokens[m.end - 1].end as usize;
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

fn group(v: &View, mentions: &[Mention]) -> Groups {
    let mut g = Groups { count: 0, of: vec![usize::MAX; mentions.len()], category: Vec::new(), first: Vec::new() };
    let mut by_key: HashMap<(Category, String), usize> = HashMap::new();
    let new_group = |g: &mut Groups, category: Category, first: usize| {
        g.category.push(category);
        g.first.push(first);
        g.count += 1;
        g.count - 1
    };
    // Full names first, so one-word mentions find them whatever the order of the text.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (mentions[i].end - mentions[i].start == 1, i));
    for &i in &order {
        let m = &mentions[i];
        let Some(category) = m.category() else { continue };
        let key = match (category, m.code()) {
            (Category::State, Some(code)) => format!("#{}{}", code[0] as char, code[1] as char),
            _ => alias_key(span_text(v, m)),
        };
        if let Some(&grp) = by_key.get(&(category, key.clone())) {
            g.of[i] = grp;
            g.first[grp] = g.first[grp].min(i);
            continue;
        }
        let single_word = (m.start..m.end).filter(|&k| v.is_word(k)).count() == 1;
        if category == Category::Person && single_word {
            if let Some(grp) = person_with_word(v, mentions, &g, i, &key) {
                g.of[i] = grp;
                g.first[grp] = g.first[grp].min(i);
                by_key.insert((category, key), grp);
                continue;
            }
        }
        let grp = new_group(&mut g, category, i);
        g.of[i] = grp;
        by_key.insert((category, key), grp);
    }
    merge_acronyms(v, mentions, &mut g);
    g
}

/// The group of the multi-word person whose name has the word `key`: the surname first, then
/// any word; among several, the one mentioned last before mention `i` (else the first).
fn person_with_word(v: &View, mentions: &[Mention], g: &Groups, i: usize, key: &str) -> Option<usize> {
    let mut best: Option<(bool, bool, usize, usize)> = None; // (surname, before, position, group)
    for (j, other) in mentions.iter().enumerate() {
        if g.of[j] == usize::MAX || other.category() != Some(Category::Person) || other.end - other.start < 2 {
            continue;
        }
        let words: Vec<usize> = (other.start..other.end).filter(|&k| v.cap(k)).collect();
        let surname = words.last().is_some_and(|&k| alias_key(v.word(k)) == key);
        let any = words.iter().any(|&k| alias_key(v.word(k)) == key);
        if !any {
            continue;
        }
        let before = j < i;
        let position = if before { j } else { usize::MAX - j };
        let candidate = (surname, before, position, g.of[j]);
        if best.map_or(true, |b| (candidate.0, candidate.1, candidate.2) > (b.0, b.1, b.2)) {
            best = Some(candidate);
        }
    }
    best.map(|b| b.3)
}

/// An acronym joins the organisation it abbreviates: "North Atlantic Treaty Organization (NATO)",
/// or an expansion in the text whose initials are its letters (« Organisation du traité de
/// l'Atlantique nord » / OTAN).
fn merge_acronyms(v: &View, mentions: &[Mention], g: &mut Groups) {
    let orgs: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].category() == Some(Category::Organization)).collect();
    for &a in &orgs {
        let m = &mentions[a];
        if m.end - m.start != 1 || !v.info[m.start].acronym {
            continue;
        }
        let letters: String = v.word(m.start).split('-').next().unwrap_or("").to_lowercase();
        for &x in &orgs {
            let e = &mentions[x];
            if g.of[x] == g.of[a] || e.end - e.start < 2 {
                continue;
            }
            let in_brackets = e.end + 1 == m.start && v.word(e.end) == "(";
            if in_brackets || initials(v, e) == letters {
                let (keep, gone) = (g.of[x], g.of[a]);
                for k in g.of.iter_mut() {
                    if *k == gone {
                        *k = keep;
                    }
                }
                g.first[keep] = g.first[keep].min(g.first[gone]);
                break;
            }
        }
    }
    // Renumber so that group ids stay dense.
    let mut used: Vec<usize> = g.of.iter().copied().filter(|&k| k != usize::MAX).collect();
    used.sort_unstable();
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
        .filter(|&k| v.is_word(k) && !v.lex.connectors.contains(v.lower(k)) && !v.lex.articles.contains(v.lower(k)))
        .filter_map(|k| v.lower(k).chars().next())
        .collect()
}
