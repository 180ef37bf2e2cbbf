//! Claim attribution: links each claim marker to who makes it, when the
//! sentence says.
//!
//! News sentences name their speaker in a few fixed shapes, and this module
//! reads only those, within one sentence:
//! - a subject before the verb, possibly with an apposition between
//!   (« Le ministre russe de la Défense, Andrei Belousov, a affirmé »);
//! - a speaker after the verb in an inverted quote tag
//!   (« …», a déclaré Lin Jian`, "…," said Mr Jones);
//! - a vague source next to the verb (« des experts affirmant », "critics say")
//!   or introduced by *selon* / *according to* anywhere in the sentence.
//!
//! Hedges, conditionals and no-evidence phrases take the speaker of the
//! claim verb of their sentence, or failing that the nearest candidate.
//! An actor that follows a preposition (« les forces de Moscou », "in
//! Ukraine") is a complement, not a speaker.

use crate::model::{Actor, Category, Span, Speaker};
use crate::text::{Document, TokenKind};

/// How far (in tokens) a subject may stand before its verb, apposition included.
const MAX_SUBJECT_DISTANCE: usize = 14;
/// How far an inverted speaker may follow its verb (« a déclaré le porte-parole X »).
const MAX_INVERTED_DISTANCE: usize = 8;

/// Whether an actor after `word` is a complement, not a subject (a `match`:
/// compiled to compares by length and bytes, where a list was compared
/// word by word for every actor).
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        // French
        "de" | "du" | "des" | "d" | "à" | "au" | "aux" | "en" | "dans" | "sur" | "sous" | "contre" | "avec" | "pour"
            | "par" | "vers" | "chez" | "entre" | "envers" | "depuis" | "après" | "avant" | "sans"
            // English
            | "of" | "in" | "at" | "on" | "to" | "from" | "with" | "against" | "into" | "for" | "by" | "about" | "over"
            | "between" | "toward" | "towards" | "across" | "within" | "without"
    )
}

/// Words that introduce a source anywhere in the sentence.
const SOURCE_INTRODUCERS: &[&str] = &["selon", "according"];

#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// Token index of the candidate's first token.
    first: usize,
    /// Token index one past its last token.
    last: usize,
    speaker: Speaker,
    /// Introduced by selon / according to.
    introduced: bool,
}

/// Sets `speaker` on the claim spans whose sentence names who makes them.
pub fn attach(doc: &Document, claims: &mut [Span], actor_spans: &[Span], actors: &[Actor]) {
    if claims.is_empty() || doc.sentences.is_empty() {
        return;
    }
    let speaking = |id: u32| {
        actors.get(id as usize).is_some_and(|a| {
            matches!(a.category, Category::Person | Category::Organization | Category::State)
        })
    };
    // Every candidate with its sentence; then sorted by sentence and first
    // token, stably (ties keep actors before vague sources, in text order).
    let mut found: Vec<(usize, Candidate)> = Vec::new();
    let mut at = Locator::new(doc);
    for span in actor_spans {
        let Some(id) = span.actor.filter(|&id| speaking(id)) else { continue };
        let (first, last) = at.token_range(span);
        let introduced = introduced_by_source_word(doc, first);
        if !introduced && follows_preposition(doc, first) {
            continue;
        }
        let candidate = Candidate { first, last, speaker: Speaker::Actor { actor: id }, introduced };
        found.push((at.sentence_of(first), candidate));
    }
    for span in claims.iter().filter(|s| s.category == Category::VagueSource) {
        let (first, last) = at.token_range(span);
        let introduced = (first..last.min(first + 2)).any(|t| SOURCE_INTRODUCERS.contains(&doc.lower(t)))
            || introduced_by_source_word(doc, first);
        let candidate = Candidate { first, last, speaker: Speaker::Vague { start: span.start, end: span.end }, introduced };
        found.push((at.sentence_of(first), candidate));
    }
    crate::sort::sort_by_packed_key(&mut found, |(sentence, c)| crate::sort::pack([*sentence, c.first, 0, 0]));
    let by_sentence = BySentence::new(found);

    // First pass: claim verbs. Each sentence keeps its first verb's speaker
    // (indexed by sentence: a scan over all verbs per marker is quadratic).
    let mut verb_speakers: Vec<Option<Speaker>> = vec![None; doc.sentences.len()];
    let mut candidates = by_sentence.reader();
    for span in claims.iter_mut().filter(|s| s.category == Category::ClaimVerb) {
        let (first, last) = at.token_range(span);
        let sentence = at.sentence_of(first);
        if let Some(speaker) = resolve_verb(doc, candidates.of(sentence), first, last) {
            span.speaker = Some(speaker);
            verb_speakers[sentence].get_or_insert(speaker);
        }
    }
    // Second pass: the other markers take their sentence's verb speaker.
    let mut candidates = by_sentence.reader();
    for span in claims.iter_mut() {
        if matches!(span.category, Category::ClaimVerb | Category::VagueSource) {
            continue;
        }
        let (first, last) = at.token_range(span);
        let sentence = at.sentence_of(first);
        span.speaker = verb_speakers[sentence].or_else(|| resolve_verb(doc, candidates.of(sentence), first, last));
    }
}

/// Every sentence's candidates in one vector, sorted by sentence and first
/// token (one allocation, where a vector per sentence made one each).
struct BySentence {
    sentences: Vec<usize>,
    candidates: Vec<Candidate>,
}

impl BySentence {
    fn new(found: Vec<(usize, Candidate)>) -> BySentence {
        let (sentences, candidates) = found.into_iter().unzip();
        BySentence { sentences, candidates }
    }

    /// A reader for claims visited in text order.
    fn reader(&self) -> Reader<'_> {
        Reader { all: self, sentence: usize::MAX, candidates: Candidates::new(&[]) }
    }
}

/// Hands out one sentence's [`Candidates`], kept while claims of that
/// sentence follow (built once per sentence, however many claims it has).
struct Reader<'a> {
    all: &'a BySentence,
    sentence: usize,
    candidates: Candidates<'a>,
}

impl<'a> Reader<'a> {
    fn of(&mut self, sentence: usize) -> &Candidates<'a> {
        if sentence != self.sentence {
            let sentences = &self.all.sentences;
            let range = sentences.partition_point(|&s| s < sentence)..sentences.partition_point(|&s| s <= sentence);
            self.candidates = Candidates::new(&self.all.candidates[range]);
            self.sentence = sentence;
        }
        &self.candidates
    }
}

/// Token and sentence lookups for spans visited in text order.
///
/// Spans come sorted, so each answer is near the previous one: a search
/// that starts from the last answer (doubling its step) touches a few
/// nearby tokens instead of binary-searching the whole document each time,
/// which on a long page misses the cache at every step.
struct Locator<'d> {
    doc: &'d Document,
    token: usize,
    sentence: usize,
}

impl<'d> Locator<'d> {
    fn new(doc: &'d Document) -> Locator<'d> {
        Locator { doc, token: 0, sentence: 0 }
    }

    /// Token indices `[first, last)` covered by a span (normalised offsets).
    fn token_range(&mut self, span: &Span) -> (usize, usize) {
        let first = self.token_at(span.start);
        let last = self.token_at(span.end).max(first + 1);
        (first, last)
    }

    /// Same answer as [`Document::token_at`].
    fn token_at(&mut self, offset: usize) -> usize {
        let tokens = &self.doc.tokens;
        self.token = search_from(tokens.len(), self.token, |k| (tokens[k].start as usize) < offset);
        self.token
    }

    /// Same answer as [`Document::sentence_of`].
    fn sentence_of(&mut self, token: usize) -> usize {
        let sentences = &self.doc.sentences;
        self.sentence = search_from(sentences.len(), self.sentence, |k| sentences[k].tokens.end <= token);
        self.sentence.min(sentences.len().saturating_sub(1))
    }
}

/// The partition point of `0..len` for `before` (true on a prefix), searched
/// outwards from `hint`: galloping, then a binary search of the last step.
fn search_from(len: usize, hint: usize, before: impl Fn(usize) -> bool) -> usize {
    let hint = hint.min(len);
    let (mut lo, mut hi);
    if hint < len && before(hint) {
        // The answer is after `hint`.
        let mut step = 1;
        lo = hint + 1;
        loop {
            let probe = hint + step;
            if probe >= len {
                hi = len;
                break;
            }
            if !before(probe) {
                hi = probe;
                break;
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        // The answer is at or before `hint`.
        let mut step = 1;
        hi = hint;
        loop {
            if step > hint {
                lo = 0;
                break;
            }
            let probe = hint - step;
            if before(probe) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            step *= 2;
        }
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn follows_preposition(doc: &Document, first: usize) -> bool {
    let mut k = first;
    // Skip an article or elision between the preposition and the name.
    while k > 0 {
        k -= 1;
        let w = doc.lower(k);
        if matches!(w, "le" | "la" | "les" | "l" | "'" | "the") {
            continue;
        }
        return is_preposition(w);
    }
    false
}

fn introduced_by_source_word(doc: &Document, first: usize) -> bool {
    // « selon X », « selon le X », "according to X", "according to the X".
    (first.saturating_sub(4)..first).any(|k| SOURCE_INTRODUCERS.contains(&doc.lower(k)))
}

/// One sentence's candidates sorted by first token, with what lets
/// `resolve_verb` look only near the claim: on a sentence with thousands of
/// candidates (a page without full stops) a scan of all of them per claim
/// is quadratic.
struct Candidates<'a> {
    sorted: &'a [Candidate],
    /// The longest candidate, in tokens.
    longest: usize,
    /// The first candidate introduced by selon / according to.
    first_introduced: Option<Candidate>,
}

impl<'a> Candidates<'a> {
    fn new(sorted: &'a [Candidate]) -> Candidates<'a> {
        let longest = sorted.iter().map(|c| c.last - c.first).max().unwrap_or(0);
        let first_introduced = sorted.iter().find(|c| c.introduced).copied();
        Candidates { sorted, longest, first_introduced }
    }
}

/// The speaker of a claim at tokens `[first, last)`.
fn resolve_verb(doc: &Document, candidates: &Candidates<'_>, first: usize, last: usize) -> Option<Speaker> {
    let sorted = candidates.sorted;
    // A subject before the verb, nearest first, not across a quotation. Only
    // candidates starting within reach can end within MAX_SUBJECT_DISTANCE.
    let reach = first.saturating_sub(MAX_SUBJECT_DISTANCE + candidates.longest);
    let window = sorted.partition_point(|c| c.first < reach)..sorted.partition_point(|c| c.first < first);
    let before = sorted[window]
        .iter()
        .rev()
        .filter(|c| c.last <= first && first - c.last <= MAX_SUBJECT_DISTANCE)
        .find(|c| !quote_between(doc, c.last, first));
    // An inverted quote tag: the verb follows a quote or comma and the
    // speaker follows the verb (the first candidate after it, if near).
    let inverted = if opens_quote_tag(doc, first) {
        sorted
            .get(sorted.partition_point(|c| c.first < last))
            .filter(|c| c.first - last <= MAX_INVERTED_DISTANCE)
    } else {
        None
    };
    inverted.or(before).or(candidates.first_introduced.as_ref()).map(|c| c.speaker)
}

/// A quotation mark between two tokens: the subject is inside a quote.
fn quote_between(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).any(|k| doc.tokens[k].kind == TokenKind::Punct && matches!(doc.word(k), "«" | "»" | "\"" | "“" | "”"))
}

/// The verb stands in a quote tag: « … », a déclaré X / "…," said X.
fn opens_quote_tag(doc: &Document, first: usize) -> bool {
    let mut k = first;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        k -= 1;
        steps += 1;
        let w = doc.word(k);
        if is_closing_quote(w) {
            return true;
        }
        // A comma opens a quote tag only right after the quotation: after a
        // name it closes an apposition (« Le porte-parole, X, a accusé Y »),
        // and the speaker stands before the verb.
        if w == "," {
            return k > 0 && is_closing_quote(doc.word(k - 1));
        }
        // An auxiliary between the comma and the participle.
        if !matches!(doc.lower(k), "a" | "ont" | "avait" | "has" | "have" | "had") {
            return false;
        }
    }
    false
}

fn is_closing_quote(word: &str) -> bool {
    matches!(word, "»" | "\"" | "”")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// Builds spans from marked text: `[text]{category}` for claims,
    /// `<text>{category}` for actors (each distinct text one actor).
    fn run(marked: &str) -> Vec<(String, Option<String>)> {
        let mut text = String::new();
        let mut claims = Vec::new();
        let mut actor_spans = Vec::new();
        let mut actors: Vec<Actor> = Vec::new();
        let mut rest = marked;
        while let Some(open) = rest.find(['[', '<']) {
            text.push_str(&rest[..open]);
            let close_char = if rest[open..].starts_with('[') { ']' } else { '>' };
            let close = open + rest[open..].find(close_char).expect("closed");
            let inner = &rest[open + 1..close];
            let cat_end = close + rest[close..].find('}').expect("category");
            let category: Category = rest[close + 2..cat_end].parse().expect("category name");
            let start = text.len();
            text.push_str(inner);
            let mut span = Span::new(start, text.len(), category);
            if close_char == '>' {
                let id = match actors.iter().position(|a| a.name == inner) {
                    Some(k) => k as u32,
                    None => {
                        actors.push(Actor { id: actors.len() as u32, name: inner.into(), category, aliases: vec![inner.into()], mentions: 1, role: None });
                        actors.len() as u32 - 1
                    }
                };
                span.actor = Some(id);
                actor_spans.push(span);
            } else {
                claims.push(span);
            }
            rest = &rest[cat_end + 1..];
        }
        text.push_str(rest);
        let doc = Document::new(&text, Some(Lang::Fr));
        attach(&doc, &mut claims, &actor_spans, &actors);
        claims
            .iter()
            .map(|c| {
                let who = c.speaker.map(|s| match s {
                    Speaker::Actor { actor } => actors[actor as usize].name.clone(),
                    Speaker::Vague { start, end } => text[start..end].to_string(),
                });
                (text[c.start..c.end].to_string(), who)
            })
            .collect()
    }

    fn who(pairs: &[(String, Option<String>)], marker: &str) -> Option<String> {
        pairs.iter().find(|(t, _)| t == marker).and_then(|(_, w)| w.clone())
    }

    #[test]
    fn speakers_by_sentence_shape() {
        // (marked sentence, marker, expected speaker)
        let table: &[(&str, &str, Option<&str>)] = &[
            ("Le ministre de la Défense, <Jean Martin>{person}, a [affirmé]{claim-verb}, [sans preuve]{no-evidence}, que tout allait bien.", "affirmé", Some("Jean Martin")),
            ("Le ministre de la Défense, <Jean Martin>{person}, a [affirmé]{claim-verb}, [sans preuve]{no-evidence}, que tout allait bien.", "sans preuve", Some("Jean Martin")),
            ("« Rien n'est vrai », a [démenti]{claim-verb} <Paul Henri>{person} lors d'un point de presse.", "démenti", Some("Paul Henri")),
            ("Le porte-parole, <Jean Roux>{person}, a [accusé]{claim-verb} l'<Italie>{state} de mentir.", "accusé", Some("Jean Roux")),
            ("\"Nothing happened,\" [insisted]{claim-verb} <Mary Stone>{person} on Monday.", "insisted", Some("Mary Stone")),
            ("<Moscou>{state} [affirme]{claim-verb} que les troupes de <Kiev>{state} ont reculé.", "affirme", Some("Moscou")),
            ("Les forces de <Moscou>{state} ont [apparemment]{hedge} reculé.", "apparemment", None),
            ("Il a signé, [des experts]{vague-source} [affirmant]{claim-verb} que <Kim Jong Un>{person} voulait la paix.", "affirmant", Some("des experts")),
            ("La direction [aurait]{conditional} cédé, [selon une source syndicale]{vague-source}.", "aurait", Some("selon une source syndicale")),
            ("[Critics say]{vague-source} the plan [reportedly]{hedge} failed.", "reportedly", Some("Critics say")),
        ];
        for (marked, marker, expected) in table {
            let pairs = run(marked);
            assert_eq!(who(&pairs, marker).as_deref(), *expected, "{marker} in {marked}");
        }
    }

    #[test]
    fn search_from_any_hint_finds_the_partition_point() {
        for len in 0..12 {
            for answer in 0..=len {
                for hint in 0..=len + 2 {
                    assert_eq!(search_from(len, hint, |k| k < answer), answer, "len {len} answer {answer} hint {hint}");
                }
            }
        }
    }

    #[test]
    fn no_speaker_across_sentences() {
        let pairs = run("<Jean Martin>{person} est parti. Il a [affirmé]{claim-verb} le contraire.");
        assert_eq!(who(&pairs, "affirmé"), None);
    }
}
