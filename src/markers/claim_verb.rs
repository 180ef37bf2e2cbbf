//! `claim-verb`: reporting verbs that present content as the source's
//! claim (affirmer, nier, accuser; claim, deny, accuse), in every
//! inflection, the verb form alone without its auxiliary.
//!
//! Recognition is [`reporting_verb_at`]'s (lexicon `claim-verbs.txt`); this
//! module keeps the claim verbs and drops:
//! - participles used as adjectives before a noun ("the alleged attack" is
//!   a hedge, not a claim verb);
//! - the English noun before a finite verb ("Insurance claims rose");
//! - fixed uses that report nothing ("claimed the title", "denied bail"),
//!   section `not-reporting` of `grammar.txt`, shared with the vague-source
//!   detector.
//!
//! It adds the verbs that need reported content when that content has no
//! `que`/`that`: « assure avoir respecté la loi », "maintains he is innocent".

use std::sync::LazyLock;

use super::candidates::{self, Candidates};
use super::word_map::WordSet;
use super::grammar::grammar;
use super::inflect::Form;
use super::lexicon::{source, Lexicon};
use super::pattern::PatternSet;
use super::phrases::is_adjective_use;
use super::reporting::{after_determiner, infinitive_content, lexicon, reporting_verb_at, ReportingVerb, VerbKind};
use crate::model::{Category, Lang, Span};
use crate::text::{Document, TokenKind};

/// Words of `data/lexicons/en/grammar.txt` that tell the noun "claims" from
/// the verb: what follows a noun subject, and what keeps the verb reading.
struct NounCues {
    finite_after_noun: WordSet,
    subject_pronouns: WordSet,
    personal_pronouns: WordSet,
}

static NOUN_CUES: LazyLock<NounCues> = LazyLock::new(|| {
    let lex = Lexicon::parse(source(Lang::En, "grammar"));
    let set = |name: &str| lex.section(name).map(crate::text::case::lowercase).collect();
    NounCues {
        finite_after_noun: set("finite-after-noun"),
        subject_pronouns: set("subject-pronouns"),
        personal_pronouns: set("personal-pronouns"),
    }
});

/// Fixed uses of reporting and claim verbs that report nothing ("calling
/// for reform", "claimed the title", « lancer une pétition »), section
/// `not-reporting` of `data/lexicons/{fr,en}/grammar.txt`.
fn not_reporting(lang: Lang) -> PatternSet {
    PatternSet::compile(lang, Lexicon::parse(source(lang, "grammar")).section("not-reporting").map(|p| (p, 0)))
}

static NOT_REPORTING_FR: LazyLock<PatternSet> = LazyLock::new(|| not_reporting(Lang::Fr));
static NOT_REPORTING_EN: LazyLock<PatternSet> = LazyLock::new(|| not_reporting(Lang::En));

/// Objects that make a verb needing reported content a denial or a claim
/// without any clause (« conteste les faits », "disputes the claim",
/// "maintains his innocence"), section `claim-objects` of `grammar.txt`.
fn claim_objects(lang: Lang) -> PatternSet {
    PatternSet::compile(lang, Lexicon::parse(source(lang, "grammar")).section("claim-objects").map(|p| (p, 0)))
}

static CLAIM_OBJECTS_FR: LazyLock<PatternSet> = LazyLock::new(|| claim_objects(Lang::Fr));
static CLAIM_OBJECTS_EN: LazyLock<PatternSet> = LazyLock::new(|| claim_objects(Lang::En));

/// The claim verb at token `i` with one of those objects.
fn with_claim_object(doc: &Document, i: usize) -> Option<Span> {
    let (info, _) = lexicon(doc.lang).lookup(doc.lower(i))?;
    if info.kind != VerbKind::Claim || after_determiner(doc, i) {
        return None;
    }
    let set = match doc.lang {
        Lang::Fr => &CLAIM_OBJECTS_FR,
        Lang::En => &CLAIM_OBJECTS_EN,
    };
    set.match_at(doc, i)?;
    let t = doc.tokens[i];
    Some(Span::new(t.start as usize, t.end as usize, Category::ClaimVerb))
}

/// Whether the verb at token `i` starts one of those fixed uses.
pub fn reports_nothing(doc: &Document, i: usize) -> bool {
    let set = match doc.lang {
        Lang::Fr => &NOT_REPORTING_FR,
        Lang::En => &NOT_REPORTING_EN,
    };
    set.match_at(doc, i).is_some()
}

/// "Insurance claims rose", "jobless claims have climbed": an English verb
/// that is also a noun, bare (no auxiliary), followed by a finite verb is
/// the noun subject of that verb. A pronoun or a name before it keeps the
/// verb reading ("what he claims has not been verified", "what Moscow
/// claims could be true").
fn is_noun_subject(doc: &Document, verb: &ReportingVerb, also_noun: bool) -> bool {
    if doc.lang != Lang::En || !also_noun || verb.group.start != verb.verb || !matches!(verb.form, Form::Finite | Form::Infinitive) {
        return false;
    }
    let next = verb.verb + 1;
    if !doc.tokens.get(next).is_some_and(|t| t.kind == TokenKind::Word) {
        return false;
    }
    let cues = &*NOUN_CUES;
    let w = doc.lower(next);
    let finite = grammar(Lang::En).auxiliaries.contains(w) || cues.finite_after_noun.contains(w) || (w.ends_with("ed") && w.len() > 4);
    if !finite {
        return false;
    }
    let Some(prev) = verb.verb.checked_sub(1) else { return true };
    if cues.subject_pronouns.contains(doc.lower(prev)) {
        return false;
    }
    // A capitalised word inside the sentence is a name ("Moscow claims").
    let sentence_start = doc.sentences.get(doc.sentence_of(prev)).is_some_and(|s| s.tokens.start == prev);
    sentence_start || !doc.word(prev).chars().next().is_some_and(char::is_uppercase)
}

/// Reported content that [`reporting_verb_at`] does not see after a verb
/// that needs it (`+que`/`+that`): a French infinitive in avoir/être
/// (« assure avoir respecté la loi », « jure n'avoir rien su », « a soutenu
/// être innocent »), an English clause without "that" ("maintains he is
/// innocent").
fn with_unmarked_content(doc: &Document, i: usize) -> Option<Span> {
    let (info, form) = lexicon(doc.lang).lookup(doc.lower(i))?;
    if info.kind != VerbKind::Claim || !info.needs_content || after_determiner(doc, i) {
        return None;
    }
    let t = doc.tokens[i];
    let span = Span::new(t.start as usize, t.end as usize, Category::ClaimVerb);
    if doc.lang == Lang::En {
        let next_is_pronoun = i + 1 < doc.tokens.len() && NOUN_CUES.personal_pronouns.contains(doc.lower(i + 1));
        // "maintains it", "disputes it": a pronoun object ends the clause.
        let clause_follows = i + 2 < doc.tokens.len() && doc.tokens[i + 2].kind == TokenKind::Word;
        return (next_is_pronoun && clause_follows && !matches!(doc.lower(i + 1), "it" | "you")).then_some(span);
    }
    let g = grammar(Lang::Fr);
    // A participle needs its auxiliary: « a assuré avoir », not « assuré
    // d'avoir ».
    if form.is_participle() && !(i.saturating_sub(3)..i).any(|k| g.auxiliaries.contains(doc.lower(k))) {
        return None;
    }
    // « assure ne pas vouloir commenter »: after a negation, any infinitive.
    infinitive_content(doc, i + 1, doc.tokens.len()).then_some(span)
}

/// Whether the capitalised word at token `i` is part of a name (« Thierry
/// Nier », "Mr Denies"): inside a sentence, next to another capitalised
/// word, in a sentence that is not a Title Case headline ("Minister Denies
/// Claims").
fn inside_name(doc: &Document, i: usize) -> bool {
    let capitalised = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && doc.word(k).chars().next().is_some_and(char::is_uppercase)
    };
    let Some(sentence) = doc.sentences.get(doc.sentence_of(i)) else { return false };
    if !capitalised(i) || i == sentence.tokens.start {
        return false;
    }
    if !(capitalised(i - 1) || i + 1 < sentence.tokens.end && capitalised(i + 1)) {
        return false;
    }
    let words = sentence.tokens.clone().filter(|&k| doc.tokens[k].kind == TokenKind::Word);
    let (upper, total) = words.fold((0, 0), |(u, t), k| (u + capitalised(k) as usize, t + 1));
    upper * 10 < total * 6
}

/// « n'a ni confirmé ni démenti », "neither confirmed nor denied": the verb
/// after « ni » / "nor" is negated, no denial is made.
fn negated_by_ni(doc: &Document, i: usize) -> bool {
    i > 0 && matches!(doc.lower(i - 1), "ni" | "nor")
}

pub fn find(doc: &Document, candidates: &Candidates) -> Vec<Span> {
    let lex = lexicon(doc.lang);
    let mut spans = Vec::new();
    for i in candidates.tokens(candidates::CLAIM_VERB) {
        let Some(verb) = reporting_verb_at(doc, i) else {
            spans.extend(with_unmarked_content(doc, i).or_else(|| with_claim_object(doc, i)));
            continue;
        };
        if verb.verb != i || verb.kind != VerbKind::Claim {
            continue;
        }
        let info = lex.lookup(doc.lower(i)).map(|(info, _)| info);
        let adjective_use = verb.form.is_participle()
            && verb.group.start == i
            && info.is_some_and(|info| info.also_adjective)
            && is_adjective_use(doc, i);
        let noun = is_noun_subject(doc, &verb, info.is_some_and(|info| info.also_noun));
        if !adjective_use && !noun && !reports_nothing(doc, i) && !inside_name(doc, i) && !negated_by_ni(doc, i) {
            spans.push(Span::new(verb.bytes.start, verb.bytes.end, Category::ClaimVerb));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn run(lang: Lang, text: &str) -> Vec<String> {
        let doc = Document::new(text, Some(lang));
        find(&doc, &Candidates::of(&doc)).iter().map(|s| s.text(doc.text()).to_string()).collect()
    }

    #[test]
    fn claim_verbs_fr() {
        let cases: &[(&str, &[&str])] = &[
            ("Le ministre a affirmé, sans preuve, que l'armée avançait.", &["affirmé"]),
            ("Moscou affirme que les plans ont « déraillé ».", &["affirme"]),
            ("des experts affirmant que la Corée était désireuse d'agir", &["affirmant"]),
            ("Le quotidien affirmait avoir consulté le document.", &["affirmait"]),
            ("Le parti dément ; il avait démenti jeudi et nie toujours.", &["dément", "démenti", "nie"]),
            ("Séoul a accusé le Nord d'avoir envoyé des soldats.", &["accusé"]),
            ("Le syndicat assure que les discussions continuent.", &["assure"]),
            ("« Tout est faux », martèle-t-il, et il insiste.", &["martèle", "insiste"]),
            ("L'opposition allègue des fraudes et prétend avoir des preuves.", &["allègue", "prétend"]),
            ("Le porte-parole a déclaré et annoncé qu'il a dit non.", &[]),
            ("Cette affirmation, ce démenti et l'accusé.", &[]),
            ("La France soutient l'Ukraine ; l'État assure la sécurité.", &[]),
            ("Il nie les faits et récuse toute responsabilité.", &["nie", "récuse"]),
            // Un nom propre, pas un verbe ; un titre en capitales garde ses verbes.
            ("Le secrétaire général, Thierry Nier, a parlé devant la gare.", &[]),
            // Un infinitif en avoir/être est le propos rapporté.
            ("Le groupe assure avoir respecté la loi ; il jure n'avoir rien su.", &["assure", "jure"]),
            ("Le maire a soutenu être innocent.", &["soutenu"]),
            ("L'État assure la sécurité et soutient l'avoir fait.", &[]),
            // Contester sans complément, un adverbe avant le point : un démenti.
            ("La société conteste fermement. Son gérant, lui, conteste vigoureusement.", &["conteste", "conteste"]),
            ("Une étude très contestée ; des listes déjà contestées à l'époque.", &[]),
            // « ce que » et son sujet avant le verbe : le propos est avant.
            ("C'est une œuvre collective, ce que le chanteur a toujours contesté.", &["contesté"]),
            ("Il serait parti en mars, ce que la direction de l'usine conteste.", &["conteste"]),
            // Reprocher à quelqu'un, reprocher de : une accusation.
            ("Le parquet lui reproche d'avoir démarché des retraités.", &["reproche"]),
            ("Des notables, qui reprochent à la gendarmerie son manque de réactivité.", &["reprochent"]),
            ("Elle n'a rien à se reprocher.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(run(Lang::Fr, text), *expected, "{text}");
        }
    }

    #[test]
    fn claim_verbs_en() {
        let cases: &[(&str, &[&str])] = &[
            ("The report claimed that three ships carried wheat.", &["claimed"]),
            ("Officials on Tuesday denied a report.", &["denied"]),
            ("Her lawyers contend that the case is weak.", &["contend"]),
            ("Senator accused of hiding funds", &["accused"]),
            ("Some Republicans have claimed, without evidence, that…", &["claimed"]),
            ("He insisted on Wednesday that all was in order.", &["insisted"]),
            ("Prosecutors alleged that he lied; he denies it and claims innocence.", &["alleged", "denies", "claims"]),
            ("The alleged attack and the claim were discussed.", &[]),
            ("Russia's claims of victory; a claim for damages.", &[]),
            ("She said and told reporters, the ministry stated.", &[]),
            ("The army will maintain order.", &[]),
            // The noun before a finite verb; the verb after a pronoun or name.
            ("Insurance claims rose after the floods; jobless claims have climbed.", &[]),
            ("Asylum claims processed in May fell.", &[]),
            ("What he claims has not been verified.", &["claims"]),
            ("What Moscow claims could be true.", &["claims"]),
            // A clause without "that" after a verb that needs content.
            ("He maintains he is innocent; they dispute they were there.", &["maintains", "dispute"]),
            ("We must maintain it. They maintain order.", &[]),
            ("The company claims the fire was an accident.", &["claims"]),
            // Names and nouns, not verbs; a Title Case headline keeps its verbs.
            ("Minister Denies Claims Of Fraud", &["Denies"]),
            // "rejected" denies the claims (claim-objects); "claims" stays the noun.
            ("Insurers brace for claims; the firm rejected claims of fraud.", &["rejected"]),
            // Fixed uses that report nothing.
            ("She claimed the title; the storm claimed the lives of six.", &[]),
            ("He was denied bail and contends with debt.", &[]),
            ("The rebels claimed responsibility and denied the report.", &["claimed", "denied"]),
        ];
        for (text, expected) in cases {
            assert_eq!(run(Lang::En, text), *expected, "{text}");
        }
    }
}
