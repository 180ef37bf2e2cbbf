//! Step 3: pending words and elliptic compass names, settled by the other mentions of the text.
//!
//! A capitalised word with no evidence of its own (sentence-initial « Okafor », "Biden" with no
//! title) is an actor when the text names that actor elsewhere; a word coordinated with an actor
//! takes its category (« entre Paris et Lyon »); « le Nord » is the state named « … du Nord ».

use super::classify::Verdict;
use super::context::View;
use super::fasthash::{FastMap, FastSet};
use super::key::{fold, KeyCache};
use super::lexicon::Cue;
use super::Mention;
use crate::model::Category;

#[inline(never)]
pub fn resolve<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mut mentions: Vec<Mention>) -> Vec<Mention> {
    // First the mentions that have evidence of their own, then, with what they established,
    // the pending words ("Medilink shares fell" after "Medilink chief executive X said").
    bare_names(v, keys, &mut mentions);
    let names = NameIndex::build(v, keys, &mentions);
    for m in mentions.iter_mut() {
        match m.verdict {
            Verdict::Speaker => {
                let key = keys.id(v.word(m.start));
                m.verdict = match names.whole.get(&key) {
                    Some(known @ Verdict::Actor(..)) => *known,
                    _ if names.org_first_word.contains(&key) => Verdict::Actor(Category::Organization, None),
                    _ if names.person_word.contains(&key) => Verdict::Actor(Category::Person, None),
                    // Wire copy names a person in full before using the surname alone: a lone
                    // speaker no person of the text bears is a body ("Microsoft announced", « a
                    // indiqué Airbus »).
                    _ => Verdict::Actor(Category::Organization, None),
                };
            }
            Verdict::OrganisationUnlessPerson => {
                let last = keys.id(v.word(m.end - 1));
                m.verdict = match names.whole.get(&m.key) {
                    Some(known @ Verdict::Actor(..)) => *known,
                    _ if names.person_word.contains(&last) => Verdict::Actor(Category::Person, None),
                    _ => Verdict::Actor(Category::Organization, None),
                };
            }
            Verdict::ArticleName => {
                // « Mme Le Pen »: the article belongs to the surname of a known person.
                let last = keys.id(v.word(m.end - 1));
                m.verdict = if names.person_word.contains(&last) && m.start > 0 {
                    m.start -= 1;
                    m.key = keys.id(span_text(v, m));
                    Verdict::Actor(Category::Person, None)
                } else {
                    Verdict::Actor(Category::Organization, None)
                };
            }
            Verdict::Cardinal => {
                if let Some(verdict) = names.compass_state(v, m) {
                    m.verdict = verdict;
                } else if region_named(v, m.start) {
                    // « les élus de l'Est », « dans le Nord », "in the North": no state so named, a region.
                    m.verdict = Verdict::Actor(Category::Place, None);
                }
            }
            _ => {}
        }
    }
    let names = NameIndex::build(v, keys, &mentions);
    for m in mentions.iter_mut() {
        // A place unless another mention vouches for something else (classify::Verdict::PlaceUnlessNamed).
        if m.verdict == Verdict::PlaceUnlessNamed {
            m.verdict = names.vouch(m).unwrap_or(Verdict::Actor(Category::Place, None));
        }
        if m.verdict == Verdict::Pending {
            if let Some(verdict) = names.vouch(m) {
                m.verdict = verdict;
                // « Du Plessis a démenti » after « Claire Du Plessis »: the sentence-initial
                // particle belongs to the surname.
                let particle = m.start.checked_sub(1).filter(|&p| v.same_sentence(p, m.start) && super::phrases::is_name_particle(v, p));
                if let (Verdict::Actor(Category::Person, _), Some(p)) = (verdict, particle) {
                    if m.end - m.start == 1 {
                        m.start = p;
                        m.key = keys.id(span_text(v, m));
                    }
                }
            }
        }
    }
    // Title Case headlines: a pending run of capitalised words is cut into the names the article
    // establishes ("Pop Star Tamsin Rowe Sues Corvane Over Ads") and the gazetteer knows ("Near
    // Boise", "From UK Health Software Firm").
    let mut found_in_headlines = Vec::new();
    for m in &mentions {
        if m.verdict == Verdict::Pending && m.end - m.start >= 2 && v.info[m.start].headline() {
            names_in_headline(v, keys, &names, m, &mut found_in_headlines);
        }
    }
    if !found_in_headlines.is_empty() {
        mentions.extend(found_in_headlines);
        crate::sort::sort_by_packed_key(&mut mentions, |m| crate::sort::pack([m.start, m.end, 0, 0]));
    }
    // Coordination, twice so that a chain (« Paris, Lyon et Marseille ») settles.
    for _ in 0..2 {
        for i in 0..mentions.len() {
            if mentions[i].verdict != Verdict::Pending {
                continue;
            }
            if let Some(verdict) = coordinated(v, &mentions, i) {
                mentions[i].verdict = verdict;
            }
        }
    }
    mentions.retain(|m| matches!(m.verdict, Verdict::Actor(..)));
    mentions
}

/// Settles the names of several words that nothing vouched for (`Verdict::BareName`), before any
/// other mention reads them: a person when some mention of one word is that name's last word
/// ("Castillo said" after "Raymond Castillo"), else an organisation.
fn bare_names<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.verdict == Verdict::BareName) {
        return;
    }
    // (Not a word the text also writes in lower case, nor a place: "Copper prices rose" opening a
    // sentence and "a matter for Tasmania" name no one, so "Chambishi Copper" and "Salmon
    // Tasmania" stay bodies.)
    let surname = |m: &Mention| !matches!(m.category(), Some(Category::Place | Category::State)) && !v.written_in_lower_case(v.lower(m.start));
    let mut single: FastSet<u32> = mentions.iter().filter(|m| m.end - m.start == 1 && surname(m)).map(|m| m.key).collect();
    // (« Mahamat Abakar Issa, ancien directeur »: a person by a title or an apposition, so
    // « Abakar Issa » and « Mahamat Abakar Issa » elsewhere end with a person's surname too; not
    // a person by a reporting verb alone: « Frites Boréales soutient ».)
    for m in mentions.iter().filter(|m| m.end - m.start > 1 && m.role.is_some() && m.verdict == Verdict::Actor(Category::Person, None)) {
        single.insert(keys.id(v.word(m.end - 1)));
    }
    for i in 0..mentions.len() {
        let m = mentions[i];
        if m.verdict != Verdict::BareName {
            continue;
        }
        let last = keys.id(v.word(m.end - 1));
        let person = single.contains(&last) || beside_a_person(v, mentions, i) || pronoun_after(v, mentions, i);
        // "voters in Port Louis, Quatre Bornes and Curepipe": listed after a place, a place.
        let place = || listed_after_a_place(v, mentions, i);
        let category = if person { Category::Person } else if place() { Category::Place } else { Category::Organization };
        mentions[i].verdict = Verdict::Actor(category, None);
    }
}

/// "in Port Louis, Quatre Bornes, Curepipe": a name right after a place and "and" / "or", or a
/// comma when the list goes on after it (not an apposition: « un exportateur de Sambava, Vaniala
/// Export, est accusé », nor a fronted place: « À Sainte-Rose, Gilbert Fontaine a vu »).
fn listed_after_a_place(v: &View, mentions: &[Mention], i: usize) -> bool {
    let m = mentions[i];
    let Some(sep) = v.prev(m.start) else { return false };
    let place_before = i > 0 && mentions[i - 1].end == sep && mentions[i - 1].category() == Some(Category::Place);
    if !place_before {
        return false;
    }
    let joins = |k: usize| matches!(v.lower(k), "and" | "or" | "et" | "ou");
    joins(sep) || v.word(sep) == "," && v.at(m.end, m.start).is_some_and(|k| (v.word(k) == "," || joins(k)) && v.at(k + 1, m.start).is_some_and(|n| v.cap(n)))
}

/// "The two umpires, Koro Whaanga and Dilhan Perera,", "Anna Kowal, Ted Mbeki and …": a name listed
/// with a person's, by "and" or a comma, is a person's.
fn beside_a_person(v: &View, mentions: &[Mention], i: usize) -> bool {
    let m = mentions[i];
    let is_person = |n: &Mention| n.verdict == Verdict::Actor(Category::Person, None);
    let link = |k: Option<usize>| k.is_some_and(|k| matches!(v.lower(k), "and" | "et" | ","));
    let before = i.checked_sub(1).map(|j| mentions[j]).filter(|p| p.end + 1 == m.start && link(v.prev(m.start)));
    let after = mentions.get(i + 1).filter(|n| m.end + 1 == n.start && link(v.at(m.end, m.start)));
    before.is_some_and(|p| is_person(&p)) || after.is_some_and(is_person)
}

/// "Koro Whaanga said he would appeal", "… Whaanga. She added": "he", "she" or "his" later in the
/// name's sentence before any punctuation, or "He"/"She" opening the next one, with no other name
/// nor person noun between (organisations are "it").
fn pronoun_after(v: &View, mentions: &[Mention], i: usize) -> bool {
    let m = mentions[i];
    if v.doc.lang != crate::model::Lang::En {
        return false;
    }
    let next_name = mentions.get(i + 1).map_or(usize::MAX, |n| n.start);
    let sentence = v.info[m.start].sentence;
    // The pronoun stands for the sentence's first person: none may come before ("Sen. Carl Whitmore
    // claimed that Red Mesa Pipeworks had been picked. He did not…").
    let person_before = mentions[..i].iter().rev().take_while(|p| v.info[p.start].sentence == sentence).any(|p| matches!(p.verdict, Verdict::Actor(Category::Person, _) | Verdict::BareName | Verdict::Speaker));
    if person_before {
        return false;
    }
    let mut k = m.end;
    let mut clause = true;
    while k < next_name && k < v.len() && k < m.end + 30 {
        let here = v.info[k].sentence;
        let pronoun = matches!(v.lower(k), "he" | "she" | "his" | "her");
        if here > sentence {
            return pronoun && v.prev(k).is_none();
        }
        if clause && v.lowercase_word(k) && pronoun {
            return true;
        }
        // (Not past a person noun; nor, in the sentence, past punctuation: « at Red Mesa," she said ».)
        if v.lowercase_word(k) && v.listed(k, &v.lex.titles) {
            return false;
        }
        // (", said he", ", told her": the comma closing an apposition, then the name's verb.)
        let verb_after_comma = k == m.end && v.word(k) == "," && v.at(k + 1, m.start).is_some_and(|j| v.reporting_verb_at(j, m.start));
        clause &= v.is_word(k) || verb_after_comma;
        k += 1;
    }
    false
}

/// The names inside the headline run `m`: the longest sub-run (up to five words) that another
/// mention of the text names, or that the gazetteer knows, from left to right.
fn names_in_headline<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, names: &NameIndex, m: &Mention, out: &mut Vec<Mention>) {
    let mut i = m.start;
    while i < m.end {
        let mut found = None;
        if v.cap(i) && !v.listed(i, &v.lex.function_words) {
            for j in (i + 1..=m.end.min(i + 5)).rev() {
                if !v.cap(j - 1) {
                    continue;
                }
                let sub = Mention { start: i, end: j, verdict: Verdict::Pending, role: None, key: 0 };
                let key = keys.id(span_text(v, &sub));
                let known = names.whole.get(&key).copied().filter(|k| matches!(k, Verdict::Actor(..)));
                let known = known.or_else(|| (j == i + 1 && names.person_word.contains(&key)).then_some(Verdict::Actor(Category::Person, None)));
                let known = known.or_else(|| {
                    let g = v.gazetteer_exact(i, j)?;
                    Some(Verdict::Actor(super::classify::gazetteer_category(v, i, j, g), g.code))
                });
                if let Some(verdict) = known {
                    found = Some(Mention { verdict, key, ..sub });
                    break;
                }
            }
        }
        match found {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
}

/// The compass word at `s` completes a noun or follows a locative (« de l'Est », « du Nord », « dans
/// le Nord », "in the North"): a region.
fn region_named(v: &View, s: usize) -> bool {
    let mut b = v.before_name(s);
    if b.is_some_and(|k| matches!(v.lower(k), "le" | "la" | "the")) {
        b = b.and_then(|k| v.prev(k));
    }
    b.is_some_and(|k| v.lowercase_word(k) && matches!(v.lower(k), "de" | "du" | "dans" | "en" | "vers" | "in" | "of" | "across"))
}

/// What the settled mentions of the text say about names.
struct NameIndex {
    /// Alias key of a whole name → its verdict (first one wins).
    whole: FastMap<u32, Verdict>,
    /// Alias keys of the words of persons' names (a surname, or any word of "Kim Jong Un").
    person_word: FastSet<u32>,
    /// Alias keys of the first words of organisations' names ("Mondelez International").
    org_first_word: FastSet<u32>,
    /// Folded states' names, for the compass ellipsis.
    states: Vec<(String, Option<[u8; 2]>)>,
}

impl NameIndex {
    fn build<'d>(v: &View<'d>, keys: &mut KeyCache<'d>, mentions: &[Mention]) -> NameIndex {
        let mut whole = FastMap::default();
        let mut person_word = FastSet::default();
        let mut org_first_word = FastSet::default();
        let mut states = Vec::new();
        for m in mentions {
            let Verdict::Actor(category, code) = m.verdict else { continue };
            whole.entry(m.key).or_insert(m.verdict);
            if category == Category::Person {
                for k in m.start..m.end {
                    if v.cap(k) && !v.listed(k, &v.lex.connectors) {
                        person_word.insert(keys.id(v.word(k)));
                    }
                }
            }
            if category == Category::Organization && m.end - m.start > 1 {
                org_first_word.insert(keys.id(v.word(m.start)));
            }
            if category == Category::State && m.end - m.start > 1 {
                states.push((fold(span_text(v, m)), code));
            }
        }
        NameIndex { whole, person_word, org_first_word, states }
    }

    fn vouch(&self, m: &Mention) -> Option<Verdict> {
        let key = m.key;
        if let Some(verdict) = self.whole.get(&key) {
            // A capital's category depends on its own context, not another mention's.
            return Some(*verdict);
        }
        if m.end - m.start == 1 && self.person_word.contains(&key) {
            return Some(Verdict::Actor(Category::Person, None));
        }
        None
    }

    /// « le Nord » after « la Corée du Nord » (or after « la Corée du Sud »: the other one): the
    /// state whose name has that compass word, or the gazetteer state named like a mentioned
    /// one with the opposite compass word.
    fn compass_state(&self, v: &View, m: &Mention) -> Option<Verdict> {
        let word = fold(v.word(m.start));
        let words = |name: &str| name.split([' ', '-']).map(str::to_string).collect::<Vec<_>>();
        if let Some((_, code)) = self.states.iter().find(|(name, _)| words(name).contains(&word)) {
            return Some(Verdict::Actor(Category::State, *code));
        }
        for (name, _) in &self.states {
            let mut parts: Vec<&str> = name.split(' ').collect();
            let Some(k) = parts.iter().position(|w| v.lex.cardinals.contains(w)) else { continue };
            parts[k] = &word;
            let key = parts.join(" ");
            if let Some(g) = v.lex.place(&key).filter(|g| g.kind == super::lexicon::GazKind::Country) {
                return Some(Verdict::Actor(Category::State, g.code));
            }
        }
        None
    }
}

/// A pending word coordinated with a place takes its category (« entre Paris et Lyon », "Poland
/// and Hungary"); one with an article coordinated with an organisation is one too (« l'Union
/// européenne et le Mercosur », "the IMF and the Paris Club"): persons take no article.
fn coordinated(v: &View, mentions: &[Mention], i: usize) -> Option<Verdict> {
    let m = mentions[i];
    let is_and = |k: usize| v.is(k, Cue::Coordinators);
    let article = article_before(v, m.start);
    // A word next to a person or a country may be anything.
    let settled = |j: usize| match mentions.get(j)?.verdict {
        Verdict::Actor(Category::Place, _) => Some(Verdict::Actor(Category::Place, None)),
        Verdict::Actor(Category::Organization, _) if article > 0 => Some(Verdict::Actor(Category::Organization, None)),
        _ => None,
    };
    if let Some(and) = v.prev(m.start - article).filter(|&k| is_and(k)) {
        if i > 0 && mentions[i - 1].end == and {
            if let Some(verdict) = settled(i - 1) {
                return Some(verdict);
            }
        }
    }
    if let Some(and) = v.at(m.end, m.start).filter(|&k| is_and(k)) {
        if mentions.get(i + 1).is_some_and(|n| n.start - article_before(v, n.start) == and + 1) {
            if let Some(verdict) = settled(i + 1) {
                return Some(verdict);
            }
        }
    }
    None
}

/// How many tokens of a definite article stand right before the name at `s`: 2 for « l' », 1
/// for « le », « la », « les », "the", else 0.
fn article_before(v: &View, s: usize) -> usize {
    if v.elided(s) == Some("l") {
        return 2;
    }
    usize::from(v.prev(s).is_some_and(|p| matches!(v.lower(p), "le" | "la" | "les" | "the")))
}

pub fn span_text<'d>(v: &View<'d>, m: &Mention) -> &'d str {
    let start = v.doc.tokens[m.start].start as usize;
    &v.doc.text()[start..mention_end(v, m)]
}

/// Where the mention's text ends: its last token's end, or the hyphen before a location tail
/// ("Toulouse" in "Toulouse-based", `classify::located_compound`).
pub fn mention_end(v: &View, m: &Mention) -> usize {
    let last = m.end - 1;
    let end = v.doc.tokens[last].end as usize;
    match super::classify::located_compound(v.word(last)) {
        Some(head) => v.doc.tokens[last].start as usize + head.len(),
        None => end,
    }
}
