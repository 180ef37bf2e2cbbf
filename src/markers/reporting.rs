//! Reporting verbs: recognising any inflected form of a verb of speech,
//! neutral (`dire`, `déclarer`, `said`, `told`) or claiming (`affirmer`,
//! `nier`, `claimed`, `denies`), with its whole verb group.
//!
//! Public helper for the other detectors: [`reporting_verb_at`] tells
//! whether token `i` belongs to a reporting verb and returns the verb group
//! with its auxiliary (« a déclaré », "has repeatedly denied"). The actors
//! and attribution code use it to find speakers (« a déclaré Lin Jian »,
//! "Critics say").
//!
//! Lexicons: `data/lexicons/{fr,en}/reporting-verbs.txt` (neutral) and
//! `claim-verbs.txt` (claims), infinitives only, inflected by
//! [`super::inflect`] once, on first use.

use std::ops::Range;
use std::sync::LazyLock;

use super::grammar::{grammar, Grammar};
use super::inflect::{english_forms, french_forms, french_models, Form, Forms, VerbEntry};
use super::lexicon::{source, Lexicon};
use super::word_map::WordMap;
use crate::model::Lang;
use crate::text::{Document, TokenKind};

/// Whether a reporting verb presents its content neutrally or as a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbKind {
    /// dire, déclarer, annoncer, said, told: never highlighted.
    Neutral,
    /// affirmer, nier, accuser, claim, deny, accuse: the `claim-verb` category.
    Claim,
}

/// One verb of the lexicons.
#[derive(Debug, Clone)]
pub struct VerbInfo {
    pub lemma: String,
    pub kind: VerbKind,
    /// `+que` / `+that`: only a reporting verb when reported content follows
    /// or in a quote tag (« assure que », not « assurer la sécurité »).
    pub needs_content: bool,
    /// `+noun`: the bare form is also a noun ("the claim").
    pub also_noun: bool,
    /// `+adjective`: the participle before a noun is an adjective.
    pub also_adjective: bool,
    /// `+relative`: a relative « que » before the verb is its content
    /// (« une décision que contestent plusieurs associations »).
    pub relative: bool,
}

/// A reporting verb found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportingVerb {
    pub lemma: &'static str,
    pub kind: VerbKind,
    pub form: Form,
    /// Token index of the lexical verb (`affirmé` in « a affirmé »).
    pub verb: usize,
    /// Byte range of the verb form alone (without an attached `-t-il`).
    pub bytes: Range<usize>,
    /// Token range of the whole verb group, auxiliary included
    /// (« a déjà affirmé », "has repeatedly denied").
    pub group: Range<usize>,
}

/// Every form of every reporting verb of one language.
pub struct VerbLexicon {
    pub verbs: Vec<VerbInfo>,
    /// Every verb's forms, verb after verb (a spelling two verbs share is listed twice).
    forms: Forms,
    /// The verb of each form of `forms`, by number.
    verb_of: Vec<u32>,
    /// The numbers of the forms whose spelling no verb before gave.
    distinct: Vec<u32>,
    /// `forms` as [`VerbLexicon::lookup`] reads them, once or more per token: a spelling
    /// listed twice keeps its first verb and form (claim verbs come first).
    table: WordMap<(u32, Form)>,
}

impl VerbLexicon {
    fn build(lang: Lang) -> VerbLexicon {
        let mut verbs = Vec::new();
        let mut forms = Forms::default();
        let mut verb_of = Vec::new();
        // Claim verbs first: a form shared with a neutral verb stays a claim.
        for (file, kind) in [("claim-verbs", VerbKind::Claim), ("reporting-verbs", VerbKind::Neutral)] {
            for line in Lexicon::parse(source(lang, file)).entries() {
                let Some(entry) = VerbEntry::parse(line) else { continue };
                let id = verbs.len() as u32;
                match lang {
                    Lang::Fr => french_forms(&entry, french_models(), &mut forms),
                    Lang::En => english_forms(&entry, &mut forms),
                }
                verb_of.resize(forms.len(), id);
                verbs.push(VerbInfo {
                    needs_content: entry.has_flag("que") || entry.has_flag("that"),
                    also_noun: entry.has_flag("noun"),
                    also_adjective: entry.has_flag("adjective"),
                    relative: entry.has_flag("relative"),
                    lemma: entry.lemma,
                    kind,
                });
            }
        }
        let table = WordMap::of(forms.iter().zip(&verb_of).map(|((form, tag), &id)| (form, (id, tag))));
        let distinct = (0..forms.len() as u32).filter(|&k| table.entry(forms.get(k as usize).0) == Some(k)).collect();
        VerbLexicon { verbs, forms, verb_of, distinct, table }
    }

    /// How many forms [`VerbLexicon::forms`] gives.
    pub fn form_count(&self) -> usize {
        self.distinct.len()
    }

    /// Every inflected form with its verb, each spelling once.
    pub fn forms(&self) -> impl Iterator<Item = (&str, &VerbInfo)> {
        self.distinct.iter().map(|&k| (self.forms.get(k as usize).0, &self.verbs[self.verb_of[k as usize] as usize]))
    }

    /// The verb and form of a lower-case word, if it is a reporting verb.
    pub fn lookup<'a>(&'a self, word: &str) -> Option<(&'a VerbInfo, Form)> {
        let (id, form) = self.table.get(word)?;
        Some((&self.verbs[id as usize], form))
    }
}

static FR: LazyLock<VerbLexicon> = LazyLock::new(|| VerbLexicon::build(Lang::Fr));
static EN: LazyLock<VerbLexicon> = LazyLock::new(|| VerbLexicon::build(Lang::En));

pub fn lexicon(lang: Lang) -> &'static VerbLexicon {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The word of token `i` without an inverted clitic (`affirme-t-il` →
/// `affirme`), with its byte length; `None` for non-words.
fn verb_part<'d>(doc: &'d Document, i: usize, g: &Grammar) -> Option<(&'d str, bool)> {
    let token = doc.tokens.get(i)?;
    if token.kind != TokenKind::Word {
        return None;
    }
    let word = doc.lower(i);
    if let Some(p) = word.bytes().position(|b| b == b'-') {
        if g.clitics.contains(&word[p + 1..]) {
            return Some((&word[..p], true));
        }
    }
    Some((word, false))
}

fn is_auxiliary(doc: &Document, i: usize, g: &Grammar) -> bool {
    verb_part(doc, i, g).is_some_and(|(w, _)| g.auxiliaries.contains(w))
}

/// Whether token `i` is preceded by a determiner, which makes it a noun
/// (« l'accusé », « un démenti », "the claim", "Russia's claims").
pub fn after_determiner(doc: &Document, i: usize) -> bool {
    let g = grammar(doc.lang);
    let Some(mut k) = i.checked_sub(1) else { return false };
    if doc.lower(k) == "'" {
        // l'accusé, Russia's claim: the word before the apostrophe decides.
        let Some(before) = k.checked_sub(1) else { return false };
        k = before;
        let w = doc.lower(k);
        return match doc.lang {
            Lang::Fr => w == "l",
            Lang::En => w != "n" && doc.tokens[k].kind == TokenKind::Word,
        };
    }
    let w = doc.lower(k);
    if g.determiners.contains(w) {
        // "a test that claims to detect": before a form in -s, "that" is
        // the relative pronoun, not a demonstrative.
        return !(doc.lang == Lang::En && w == "that" && doc.lower(i).ends_with('s'));
    }
    // « le principal accusé », "the main accused".
    g.prenominal_adjectives.contains(w) && k.checked_sub(1).is_some_and(|d| g.determiners.contains(doc.lower(d)))
}

/// A French infinitive clause from token `k` (before `end`) that is reported
/// content: « assure avoir vu », « jure n'avoir rien su », after an adverb
/// (« assure toutefois avoir relevé », « soutient au contraire ne l'avoir
/// jamais croisé ») or an object pronoun; after a negation any infinitive
/// (« assure ne pas connaître »).
pub fn infinitive_content(doc: &Document, mut k: usize, end: usize) -> bool {
    let g = grammar(Lang::Fr);
    let word = |k: usize| if k < end { doc.lower(k) } else { "" };
    for _ in 0..2 {
        let w = word(k);
        if matches!(w, "toutefois" | "cependant" | "pourtant" | "néanmoins" | "aussi" | "également" | "encore" | "même" | "donc" | "lui" | "leur")
            || w.ends_with("ment") && w.len() > 6
        {
            k += 1;
        } else if w == "au" && word(k + 1) == "contraire" {
            k += 2;
        }
    }
    // An object pronoun only after « ne »: « ne l'avoir jamais croisé »,
    // not « soutient l'avoir fait ».
    let from = k;
    let mut negated = false;
    while k < from + 4 && (matches!(word(k), "n" | "ne" | "'") || g.negations.contains(word(k)) || negated && matches!(word(k), "l" | "le" | "la" | "les" | "y" | "en")) {
        negated |= matches!(word(k), "n" | "ne");
        k += 1;
    }
    k < end && (matches!(word(k), "avoir" | "être") || negated && looks_infinitive(doc, k))
}

/// Whether token `k` looks like a French infinitive in -er, -ir, -oir
/// (« assure ne pas vouloir », « affirme ne rien regretter »), not a
/// grammar word.
pub fn looks_infinitive(doc: &Document, k: usize) -> bool {
    let w = doc.lower(k);
    let g = grammar(Lang::Fr);
    doc.tokens[k].kind == TokenKind::Word
        && w.len() > 3
        && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("oir") || w.ends_with("re"))
        && !g.determiners.contains(w)
        && !g.prepositions.contains(w)
        && !g.function_words.contains(w)
}

/// Whether reported content follows the verb group or the verb is in a
/// quote tag: « assure que… », « …, assure-t-il », "maintained that".
pub fn has_reported_content(doc: &Document, verb: &ReportingVerb) -> bool {
    let g = grammar(doc.lang);
    if verb.bytes.end < doc.tokens[verb.verb].end as usize {
        return true; // inverted clitic: « assure-t-il »
    }
    let sentence = &doc.sentences[doc.sentence_of(verb.verb)];
    for i in verb.group.end..sentence.tokens.end.min(verb.group.end + 6) {
        let w = doc.lower(i);
        if g.content_openers.contains(w) {
            return true;
        }
        if doc.tokens[i].kind == TokenKind::Punct && !matches!(w, "'" | "-") {
            break;
        }
    }
    // « assure avoir respecté la loi », « a assuré n'avoir rien su »: an
    // infinitive in avoir/être is the reported content.
    if doc.lang == Lang::Fr && infinitive_content(doc, verb.group.end, sentence.tokens.end) {
        return true;
    }
    // Quote tag: « … », assure le ministre.
    if let Some(prev) = verb.group.start.checked_sub(1) {
        if prev >= sentence.tokens.start && matches!(doc.lower(prev), "," | "»" | "\"" | "”") {
            let quoted = (sentence.tokens.start..prev).any(|k| matches!(doc.lower(k), "«" | "\"" | "“" | "»" | "”"));
            return quoted || doc.lang == Lang::Fr && doc.lower(prev) == "," && unquoted_incise(doc, verb, prev, sentence.tokens.clone());
        }
    }
    doc.lang == Lang::En && subject_then_verb_tag(doc, verb, sentence.tokens.clone())
}

/// An English tag after the content, subject first, the verb closing the
/// clause: "The plan is dead, one official maintained.", "The figures are
/// wrong, the company countered." Not "…, and the bank maintained its
/// forecast" (an object follows) nor a coordination.
fn subject_then_verb_tag(doc: &Document, verb: &ReportingVerb, sentence: Range<usize>) -> bool {
    let closes = verb.group.end >= sentence.end
        || matches!(doc.lower(verb.group.end), "." | "!" | "?" | "," | ";" | "”" | ")");
    if !closes {
        return false;
    }
    let Some(comma) = (sentence.start..verb.group.start).rev().take(6).find(|&k| doc.tokens[k].kind == TokenKind::Punct) else { return false };
    doc.lower(comma) == ","
        && comma + 1 < verb.group.start
        && comma > sentence.start
        && (comma + 1..verb.group.start).all(|k| !matches!(doc.lower(k), "and" | "but" | "or" | "while" | "which" | "who" | "that"))
}

/// A French incise without quotes, the subject after the verb: « Le texte
/// sera retiré, assure le ministre. », « Rien n'est décidé, assure-t-on,
/// mais… ». The subject runs from a determiner or a name to the end of the
/// sentence or a comma, with no « et » (« Elle dirige l'équipe, assure la
/// liaison et gère le budget »), no relative and no complement of an
/// object (« assure la liaison avec les élus »). Only one clause before
/// the comma, or an opening adverbial (« Selon lui, c'est faux, assure… »):
/// « Le groupe, qui emploie 300 personnes, assure la maintenance. » is a
/// subject, its incise, then the verb and its object.
fn unquoted_incise(doc: &Document, verb: &ReportingVerb, comma: usize, sentence: Range<usize>) -> bool {
    let g = grammar(doc.lang);
    let Some(first) = sentence.clone().find(|&k| doc.tokens[k].kind == TokenKind::Word) else { return false };
    let commas = (sentence.start..comma).filter(|&k| doc.lower(k) == ",").count();
    let opening_adverbial = g.prepositions.contains(doc.lower(first)) || matches!(doc.lower(first), "mais" | "or" | "pourtant" | "cependant" | "désormais" | "aujourd'hui" | "jusqu'ici");
    if commas > usize::from(opening_adverbial) {
        return false;
    }
    let start = verb.group.end;
    let Some(t) = doc.tokens.get(start).filter(|_| start < sentence.end) else { return false };
    let w = doc.lower(start);
    let capitalised = t.kind == TokenKind::Word && doc.word(start).chars().next().is_some_and(char::is_uppercase);
    if !(capitalised || g.determiners.contains(w) && !matches!(w, "du" | "au" | "aux")) {
        return false;
    }
    for k in start + 1..sentence.end.min(start + 9) {
        let w = doc.lower(k);
        if doc.tokens[k].kind == TokenKind::Punct && !matches!(w, "'" | "-") {
            return matches!(w, "," | "." | ";" | "!" | "?" | "…" | ")");
        }
        // Nor the object of a verb with its complement: « assure la liaison
        // avec les élus », « assure la sécurité pour le club ».
        if matches!(w, "et" | "ou" | "qui" | "que" | "qu" | "dont" | "avec" | "pour" | "sur" | "contre" | "sous" | "en" | "par" | "entre") {
            return false;
        }
    }
    start + 9 >= sentence.end
}

/// « Une décision que contestent plusieurs associations », « ce que
/// conteste la police », « les faits que lui reproche la justice », « ce
/// qu'il conteste »: the
/// relative « que » before the verb stands for the reported content, the
/// subject comes after. Any claim verb after « ce que »; after another
/// antecedent only the verbs marked `+relative` (« la sécurité qu'assure la
/// police », « le candidat que soutient le parti » claim nothing).
fn content_before(doc: &Document, verb: &ReportingVerb, relative: bool) -> bool {
    if doc.lang != Lang::Fr {
        return false;
    }
    let mut k = verb.group.start;
    // The subject may come first, a noun phrase of a few words: « ce que le
    // chanteur a toujours contesté », « ce que l'entreprise conteste ».
    let mut subject_words = 0;
    for _ in 0..8 {
        let Some(p) = k.checked_sub(1) else { return false };
        match doc.lower(p) {
            "que" | "qu" => {
                let antecedent = p.checked_sub(1).map(|a| doc.lower(a));
                return relative || antecedent == Some("ce");
            }
            "lui" | "leur" | "me" | "m" | "te" | "t" | "nous" | "vous" | "l" | "'" | "on" | "il" | "elle" | "ils" | "elles" => k = p,
            "qui" | "dont" | "et" | "ou" | "mais" | "ne" | "n" => return false,
            _ if doc.tokens[p].kind == TokenKind::Word && subject_words < 4 && lexicon(doc.lang).lookup(doc.lower(p)).is_none() => {
                subject_words += 1;
                k = p;
            }
            _ => return false,
        }
    }
    false
}

/// The reporting verb that token `token` belongs to, if any: the lexical
/// verb itself, or the auxiliary of a compound tense (« a » in « a
/// affirmé »). The returned group spans the auxiliary, any words between
/// (« n'a pas démenti », "has repeatedly denied") and the verb.
///
/// Not returned: the form used as a noun after a determiner (« l'accusé »,
/// "the claim"), and verbs marked `+que`/`+that` without reported content
/// (« soutenir l'Ukraine »).
pub fn reporting_verb_at(doc: &Document, token: usize) -> Option<ReportingVerb> {
    let g = grammar(doc.lang);
    let lex = lexicon(doc.lang);
    let (word, _) = verb_part(doc, token, g)?;
    let Some((info, form)) = lex.lookup(word) else {
        // An auxiliary: look for its participle a few words on.
        if !g.auxiliaries.contains(word) {
            return None;
        }
        let mut k = token + 1;
        while k < doc.tokens.len() && k <= token + 4 {
            let w = doc.lower(k);
            if let Some((_, f)) = lex.lookup(w) {
                return if f.is_participle() { reporting_verb_at(doc, k).filter(|v| v.group.start == token) } else { None };
            }
            if !g.between_auxiliary.contains(w) && !g.clitics.contains(w) && !w.starts_with("t-") {
                return None;
            }
            k += 1;
        }
        return None;
    };
    let t = doc.tokens[token];
    let bytes = t.start as usize..t.start as usize + word.len();
    // Compound tense: walk back over adverbs and negation to the auxiliary.
    let mut start = token;
    if form.is_participle() {
        let mut k = token;
        while let Some(p) = k.checked_sub(1) {
            if token - p > 5 {
                break;
            }
            if is_auxiliary(doc, p, g) {
                start = p;
                // « n'a pas » : keep the negation with the group.
                break;
            }
            if !g.between_auxiliary.contains(doc.lower(p)) {
                break;
            }
            k = p;
        }
    }
    let has_auxiliary = start != token;
    // "with some claiming", "many claim that": a quantifier used as a
    // pronoun is the subject of the -ing or plural form, not its determiner.
    let quantifier_subject = doc.lang == Lang::En
        && token > 0
        && matches!(doc.lower(token - 1), "some" | "many" | "several" | "most" | "few")
        && (form == Form::PresentParticiple || !doc.lower(token).ends_with('s') && !form.is_participle());
    let noun_like = (form.is_participle() || info.also_noun) && !has_auxiliary && !quantifier_subject && after_determiner(doc, token);
    if noun_like {
        return None;
    }
    // "claims of", "claim to": the noun.
    if info.also_noun && !has_auxiliary && doc.lang == Lang::En && token + 1 < doc.tokens.len() && matches!(doc.lower(token + 1), "of" | "about" | "for" | "against" | "by" | "is" | "are" | "was" | "were") {
        return None;
    }
    // "false claims that", "made claims", "denied claims": an adjective or
    // a verb before the bare form makes it a noun.
    if info.also_noun && !has_auxiliary && token > 0 {
        let prev = doc.lower(token - 1);
        // Any form of a claim verb too: "Developer Disputes Claims", and one
        // word before ("denies plagiarism claims", "rejects fraud claims").
        let claim_verb = |k: usize| lex.lookup(doc.lower(k)).is_some_and(|(i, _)| i.kind == VerbKind::Claim);
        let prev_is_verb = lex.lookup(prev).is_some_and(|(_, f)| f.is_participle() || f == Form::PresentParticiple)
            || matches!(prev, "made" | "make" | "makes" | "making")
            || doc.lang == Lang::En && (claim_verb(token - 1) || token > 1 && doc.tokens[token - 1].kind == TokenKind::Word && claim_verb(token - 2));
        if g.prenominal_adjectives.contains(prev) || prev_is_verb {
            return None;
        }
        // English: "brace for claims", "rejected claims", "processing
        // claims": after a preposition, a past form or an -ing form, the
        // bare word is the noun ("to claim" stays a verb, "to claims" not;
        // "a report that claims" is a verb).
        if doc.lang == Lang::En && doc.tokens[token - 1].kind == TokenKind::Word {
            let word = doc.lower(token);
            let after_preposition = g.prepositions.contains(prev) && !matches!(prev, "that" | "as" | "to") || prev == "to" && word.ends_with('s');
            let after_verb_form = prev.len() > 4 && (prev.ends_with("ed") || prev.ends_with("ing")) && !g.function_words.contains(prev);
            if after_preposition || after_verb_form {
                return None;
            }
        }
    }
    let verb = ReportingVerb {
        lemma: info.lemma.as_str(),
        kind: info.kind,
        form,
        verb: token,
        bytes,
        group: start..token + 1,
    };
    if info.needs_content && !has_reported_content(doc, &verb) && !content_before(doc, &verb, info.relative) {
        return None;
    }
    Some(verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reporting verb at the first token spelt `word` in `text`.
    fn at(text: &str, lang: Lang, word: &str) -> Option<(String, VerbKind, String)> {
        let doc = Document::new(text, Some(lang));
        let i = (0..doc.tokens.len()).find(|&i| doc.word(i) == word)?;
        reporting_verb_at(&doc, i).map(|v| {
            let group = &doc.text()[doc.tokens[v.group.start].start as usize..doc.tokens[v.group.end - 1].end as usize];
            (v.lemma.to_string(), v.kind, group.to_string())
        })
    }

    #[test]
    fn reporting_verbs_with_their_group() {
        use VerbKind::*;
        type Case<'a> = (Lang, &'a str, &'a str, (&'a str, VerbKind, &'a str));
        let cases: &[Case] = &[
            (Lang::Fr, "« Nous avançons », a déclaré Lin Jian.", "déclaré", ("déclarer", Neutral, "a déclaré")),
            (Lang::Fr, "« Nous avançons », a déclaré Lin Jian.", "a", ("déclarer", Neutral, "a déclaré")),
            (Lang::Fr, "Le ministre a affirmé, sans preuve, que tout allait bien.", "affirmé", ("affirmer", Claim, "a affirmé")),
            (Lang::Fr, "Le parti n'a pas démenti l'information.", "démenti", ("démentir", Claim, "a pas démenti")),
            (Lang::Fr, "Des experts estiment que la guerre durera.", "estiment", ("estimer", Neutral, "estiment")),
            (Lang::Fr, "Il est innocent, affirme-t-il.", "affirme-t-il", ("affirmer", Claim, "affirme-t-il")),
            (Lang::Fr, "Elle assure que rien n'a changé.", "assure", ("assurer", Claim, "assure")),
            (Lang::Fr, "« C'est faux », soutient le maire.", "soutient", ("soutenir", Claim, "soutient")),
            (Lang::Fr, "Les experts disaient autre chose.", "disaient", ("dire", Neutral, "disaient")),
            (Lang::En, "\"We are ready,\" said Lin Jian.", "said", ("say", Neutral, "said")),
            (Lang::En, "She has repeatedly denied the report.", "denied", ("deny", Claim, "has repeatedly denied")),
            (Lang::En, "Critics say the plan will fail.", "say", ("say", Neutral, "say")),
            (Lang::En, "He claims that the vote was rigged.", "claims", ("claim", Claim, "claims")),
            (Lang::En, "He maintained that he was innocent.", "maintained", ("maintain", Claim, "maintained")),
            (Lang::En, "Officials told reporters nothing.", "told", ("tell", Neutral, "told")),
        ];
        for (lang, text, word, (lemma, kind, group)) in cases {
            assert_eq!(at(text, *lang, word), Some((lemma.to_string(), *kind, group.to_string())), "{text}");
        }
    }

    #[test]
    fn not_reporting_verbs() {
        let cases: &[(Lang, &str, &str)] = &[
            (Lang::Fr, "L'accusé a été libéré.", "accusé"),
            (Lang::Fr, "Le démenti est tombé jeudi.", "démenti"),
            (Lang::Fr, "La France soutient l'Ukraine depuis 2022.", "soutient"),
            (Lang::Fr, "Il faut assurer la sécurité des civils.", "assurer"),
            (Lang::Fr, "Cette affirmation est intervenue hier.", "affirmation"),
            (Lang::En, "The claim was rejected.", "claim"),
            (Lang::En, "Russia's claims of victory are false.", "claims"),
            (Lang::En, "Claims of fraud spread online.", "Claims"),
            (Lang::En, "The army will maintain order.", "maintain"),
            (Lang::En, "The accused left the court.", "accused"),
            (Lang::En, "He made false claims that the vote was rigged.", "claims"),
            (Lang::En, "She denied claims that she lied.", "claims"),
            (Lang::En, "He has been making claims for years.", "claims"),
        ];
        for (lang, text, word) in cases {
            assert_eq!(at(text, *lang, word), None, "{text}");
        }
    }
}
