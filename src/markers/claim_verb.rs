//! `claim-verb`: reporting verbs that present content as the source's
//! claim (affirmer, nier, accuser; claim, deny, accuse), in every
//! inflection, the verb form alone without its auxiliary.
//!
//! Recognition is [`reporting_verb_at`]'s (lexicon `claim-verbs.txt`); this
//! module keeps the claim verbs and drops participles used as adjectives
//! before a noun ("the alleged attack" is a hedge, not a claim verb).

use super::candidates::{self, Candidates};
use super::phrases::is_adjective_use;
use super::reporting::{lexicon, reporting_verb_at, VerbKind};
use crate::model::{Category, Span};
use crate::text::Document;

pub fn find(doc: &Document, candidates: &Candidates) -> Vec<Span> {
    let lex = lexicon(doc.lang);
    let mut spans = Vec::new();
    for i in candidates.tokens(candidates::CLAIM_VERB) {
        let Some(verb) = reporting_verb_at(doc, i) else { continue };
        if verb.verb != i || verb.kind != VerbKind::Claim {
            continue;
        }
        let adjective_use = verb.form.is_participle()
            && verb.group.start == i
            && lex.lookup(doc.lower(i)).is_some_and(|(info, _)| info.also_adjective)
            && is_adjective_use(doc, i);
        if !adjective_use {
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
        ];
        for (text, expected) in cases {
            assert_eq!(run(Lang::En, text), *expected, "{text}");
        }
    }
}
