//! Verb inflection from lemmas, by rule.
//!
//! The verb lexicons list infinitives only (`affirmer`, `claim`); every
//! inflected form the scanner looks up is generated here, once, when the
//! lexicons are built. French regular verbs (`-er`, `-ir` of the second
//! group, `-dre`) follow their group's rules, with the usual spelling
//! alternations (`annonçait`, `allègue`, `martèle`, `rappelle`); irregular
//! verbs name a model conjugated from six principal parts in
//! `data/lexicons/fr/verb-models.txt` (`soutenir ~tenir`). English verbs are
//! regular unless the entry gives the past and participle (`tell > told`).

use crate::text::fast_hash::FastHasher;
use std::hash::Hasher;

/// What an inflected form is, as far as the scanner cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// A conjugated form (present, imperfect, future, conditional…).
    Finite,
    Infinitive,
    /// `affirmant`, `claiming`.
    PresentParticiple,
    /// `affirmé`, `affirmées`; English `-en` participles (`told` for `tell`
    /// is [`Form::PastOrParticiple`]).
    PastParticiple,
    /// English `claimed`, `said`: simple past or participle.
    PastOrParticiple,
}

impl Form {
    /// Forms that take an auxiliary in a compound tense.
    pub fn is_participle(self) -> bool {
        matches!(self, Form::PastParticiple | Form::PastOrParticiple)
    }
}

/// One line of a verb lexicon: `lemma [~model] [> past [participle]] [+flag…]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    pub lemma: String,
    /// French: the model verb whose principal parts to use.
    pub model: Option<String>,
    /// English: irregular past and participle.
    pub past: Option<String>,
    pub participle: Option<String>,
    /// `+que`, `+noun`… (without the `+`).
    pub flags: Vec<String>,
}

impl VerbEntry {
    pub fn parse(line: &str) -> Option<VerbEntry> {
        let mut words = line.split_whitespace().peekable();
        let lemma = crate::text::case::lowercase(words.next()?);
        let mut entry = VerbEntry { lemma, model: None, past: None, participle: None, flags: Vec::new() };
        while let Some(w) = words.next() {
            if let Some(model) = w.strip_prefix('~') {
                entry.model = Some(crate::text::case::lowercase(model));
            } else if let Some(flag) = w.strip_prefix('+') {
                entry.flags.push(flag.to_string());
            } else if w == ">" {
                entry.past = words.next().map(crate::text::case::lowercase);
                if words.peek().is_some_and(|n| !n.starts_with('+') && !n.starts_with('~')) {
                    entry.participle = words.next().map(crate::text::case::lowercase);
                }
            }
        }
        Some(entry)
    }

    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Principal parts of a French model verb (one line of `verb-models.txt`).
#[derive(Debug, Clone)]
pub struct Model {
    /// Present singular stem: `tien` (tiens, tient).
    sg: String,
    /// Present plural stem, also imperfect and present participle: `ten`.
    pl: String,
    /// Third person plural stem, also subjunctive: `tienn`.
    pl3: String,
    /// Masculine singular past participle: `tenu`.
    pp: String,
    /// Future and conditional stem: `tiendr`.
    fut: String,
    /// Passé simple stem: `tin` (tint, tinrent).
    ps: String,
}

/// The French model verbs of `data/lexicons/fr/verb-models.txt`, read once
/// (every French pattern set and the verb lexicon inflect with them).
pub fn french_models() -> &'static Models {
    static MODELS: std::sync::LazyLock<Models> =
        std::sync::LazyLock::new(|| parse_models(super::lexicon::source(crate::model::Lang::Fr, "verb-models")));
    &MODELS
}

/// The French model verbs, by infinitive: a dozen, searched in turn (a
/// hash map of them was one more copy of the hash table's code in the
/// WebAssembly download, issue 6).
pub struct Models(Vec<(String, Model)>);

impl Models {
    /// The model named `name` (the last line naming it).
    fn get(&self, name: &str) -> Option<&Model> {
        self.0.iter().rev().find(|(n, _)| n == name).map(|(_, m)| m)
    }
}

/// The French model verbs, by infinitive.
pub fn parse_models(text: &str) -> Models {
    let mut models = Vec::new();
    for line in super::lexicon::Lexicon::parse(text).entries() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if let [name, sg, pl, pl3, pp, fut, ps] = parts[..] {
            models.push((
                crate::text::case::lowercase(name),
                Model {
                    sg: sg.into(),
                    pl: pl.into(),
                    pl3: pl3.into(),
                    pp: pp.into(),
                    fut: fut.into(),
                    ps: ps.into(),
                },
            ));
        }
    }
    Models(models)
}

/// Inflected forms, end to end in one string: a fresh engine generates some
/// 5,000 French forms for its verb lexicon, where a `String` each cost an
/// allocation, its copy into a hash map's key and its free (issue 6).
#[derive(Debug, Default, Clone)]
pub struct Forms {
    text: String,
    /// Where each form starts and ends in `text`, and what it is.
    items: Vec<(u32, u32, Form)>,
}

impl Forms {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Form number `k`.
    pub fn get(&self, k: usize) -> (&str, Form) {
        let (start, end, form) = self.items[k];
        (&self.text[start as usize..end as usize], form)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Form)> + '_ {
        (0..self.items.len()).map(|k| self.get(k))
    }

    /// Appends the form `stem` + `ending`.
    fn push(&mut self, stem: &str, ending: &str, form: Form) {
        let start = self.text.len() as u32;
        self.text.push_str(stem);
        self.text.push_str(ending);
        self.items.push((start, self.text.len() as u32, form));
    }

    /// Keeps one form of each spelling from number `first` on, in their order: the first
    /// participle of that spelling, else its first form. (Found by hashing: sorting the
    /// forms of each verb to find them was most of the French lexicon's start-up, issue 6.)
    fn dedup_from(&mut self, first: usize) {
        let Forms { text, items } = self;
        let spelling = |item: &(u32, u32, Form)| &text.as_bytes()[item.0 as usize..item.1 as usize];
        let mask = (2 * (items.len() - first)).next_power_of_two().max(16) - 1;
        // The kept form of each spelling seen, by number; `u32::MAX` for an empty slot.
        let mut slots = vec![u32::MAX; mask + 1];
        let mut kept = first;
        for k in first..items.len() {
            let item = items[k];
            let word = spelling(&item);
            let mut hasher = FastHasher::default();
            hasher.write(word);
            let mut slot = hasher.finish() as usize & mask;
            loop {
                match slots[slot] {
                    u32::MAX => {
                        slots[slot] = kept as u32;
                        items[kept] = item;
                        kept += 1;
                        break;
                    }
                    at if spelling(&items[at as usize]) == word => {
                        let old = &mut items[at as usize].2;
                        if item.2.is_participle() && !old.is_participle() {
                            *old = item.2;
                        }
                        break;
                    }
                    _ => slot = (slot + 1) & mask,
                }
            }
        }
        items.truncate(kept);
    }
}

// Not inlined: `french_forms` calls it some thirty times, and the inlined
// copies made that start-up-only function 18 KB of the wasm download (issue 6).
#[inline(never)]
fn push_all(out: &mut Forms, stem: &str, endings: &[&str], form: Form) {
    for e in endings {
        out.push(stem, e, form);
    }
}

/// `a` then `b`, in one allocation of the right size (`format!` costs a
/// formatter's walk per piece).
#[inline(never)]
pub(crate) fn join(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

const FUTURE: &[&str] = &["ai", "as", "a", "ons", "ez", "ont"];
const CONDITIONAL: &[&str] = &["ais", "ait", "ions", "iez", "aient"];
const IMPERFECT: &[&str] = &["ais", "ait", "aient"];

fn is_vowel(c: char) -> bool {
    "aeiouyàâäéèêëîïôöùûü".contains(c)
}

/// `-er` stem before `a`/`o`: `annonc` → `annonç`, `interrog` → `interroge`.
fn soft_stem(stem: &str) -> String {
    if let Some(s) = stem.strip_suffix('c') {
        join(s, "ç")
    } else if stem.ends_with('g') {
        join(stem, "e")
    } else {
        stem.to_string()
    }
}

/// `-er` stem before a mute `e`: `allégu` → `allègu`, `martel` → `martèl`,
/// `rappel` → `rappell`, `envoy` → `envoi`; `None` when unchanged.
fn mute_stem(stem: &str) -> Option<String> {
    // appeler, jeter and their families double the consonant.
    for family in ["appel", "jet"] {
        if stem.ends_with(family) {
            let last = stem.chars().last()?;
            return Some(format!("{stem}{last}"));
        }
    }
    if let Some(s) = stem.strip_suffix("oy").or_else(|| stem.strip_suffix("uy")) {
        let v = &stem[s.len()..s.len() + 1];
        return Some(format!("{s}{v}i"));
    }
    let chars: Vec<char> = stem.chars().collect();
    // Ignore the `u` of `gu`/`qu`, which is part of the consonant.
    let mut end = chars.len();
    if end >= 2 && chars[end - 1] == 'u' && matches!(chars[end - 2], 'g' | 'q') {
        end -= 1;
    }
    let vowel = (0..end).rev().find(|&i| is_vowel(chars[i]))?;
    let tail: String = chars[vowel + 1..end].iter().collect();
    let tail_ok = match tail.chars().count() {
        1 => true,
        2 => tail.ends_with('r') || tail.ends_with('l') || tail == "ch" || tail == "gn",
        _ => false,
    } || (tail.is_empty() && end < chars.len());
    if !tail_ok || !matches!(chars[vowel], 'e' | 'é') || (vowel > 0 && is_vowel(chars[vowel - 1])) {
        return None;
    }
    let mut out = chars.clone();
    out[vowel] = 'è';
    Some(out.into_iter().collect())
}

/// Every form of a French verb, appended to `out`.
pub fn french_forms(entry: &VerbEntry, models: &Models, out: &mut Forms) {
    let first = out.len();
    let lemma = entry.lemma.as_str();
    out.push(lemma, "", Form::Infinitive);
    if let Some(name) = &entry.model {
        let Some(model) = models.get(name) else { return };
        let prefix = lemma.strip_suffix(name.as_str()).unwrap_or("");
        let p = |s: &str| join(prefix, s);
        let sg = p(&model.sg);
        for e in ["s", "t"] {
            let ending = if e == "t" && (sg.ends_with('d') || sg.ends_with('t')) { "" } else { e };
            out.push(&sg, ending, Form::Finite);
        }
        let pl = p(&model.pl);
        push_all(out, &pl, &["ons", "ez"], Form::Finite);
        push_all(out, &pl, IMPERFECT, Form::Finite);
        push_all(out, &pl, &["ions", "iez"], Form::Finite);
        push_all(out, &pl, &["ant"], Form::PresentParticiple);
        let pl3 = p(&model.pl3);
        push_all(out, &pl3, &["ent", "e", "es"], Form::Finite);
        let pp = p(&model.pp);
        let plural = if pp.ends_with('s') { "" } else { "s" };
        push_all(out, &pp, &["", "e", plural, "es"], Form::PastParticiple);
        let fut = p(&model.fut);
        push_all(out, &fut, FUTURE, Form::Finite);
        push_all(out, &fut, CONDITIONAL, Form::Finite);
        push_all(out, &p(&model.ps), &["s", "t", "rent"], Form::Finite);
    } else if let Some(stem) = lemma.strip_suffix("er") {
        let soft = soft_stem(stem);
        let mute = mute_stem(stem).unwrap_or_else(|| stem.to_string());
        push_all(out, &mute, &["e", "es", "ent"], Form::Finite);
        push_all(out, stem, &["ez", "ions", "iez", "èrent"], Form::Finite);
        push_all(out, &soft, &["ons", "a", "as", "ai", "âmes", "âtes"], Form::Finite);
        push_all(out, &soft, IMPERFECT, Form::Finite);
        push_all(out, &soft, &["ant"], Form::PresentParticiple);
        push_all(out, stem, &["é", "ée", "és", "ées"], Form::PastParticiple);
        // Future and conditional: `affirmer-`, and with the mute stem
        // (`martèler-`; both spellings for `répéter`, 1990 reform).
        let mut futures = vec![join(stem, "er")];
        if mute != stem {
            futures.push(join(&mute, "er"));
        }
        for fut in &futures {
            push_all(out, fut, FUTURE, Form::Finite);
            push_all(out, fut, CONDITIONAL, Form::Finite);
        }
    } else if let Some(stem) = lemma.strip_suffix("ir") {
        // Second group (finir): the only regular `-ir` conjugation.
        push_all(out, stem, &["is", "it", "issons", "issez", "issent", "îmes", "îtes", "irent"], Form::Finite);
        let iss = join(stem, "iss");
        push_all(out, &iss, IMPERFECT, Form::Finite);
        push_all(out, &iss, &["ions", "iez", "e", "es"], Form::Finite);
        push_all(out, stem, &["issant"], Form::PresentParticiple);
        push_all(out, stem, &["i", "ie", "is", "ies"], Form::PastParticiple);
        push_all(out, lemma, FUTURE, Form::Finite);
        push_all(out, lemma, CONDITIONAL, Form::Finite);
    } else if let Some(stem) = lemma.strip_suffix("re").filter(|s| s.ends_with('d')) {
        // Regular `-dre` verbs (rendre, prétendre, répondre).
        push_all(out, stem, &["s", "", "ons", "ez", "ent", "e", "es", "ions", "iez"], Form::Finite);
        push_all(out, stem, IMPERFECT, Form::Finite);
        push_all(out, stem, &["is", "it", "îmes", "îtes", "irent"], Form::Finite);
        push_all(out, stem, &["ant"], Form::PresentParticiple);
        push_all(out, stem, &["u", "ue", "us", "ues"], Form::PastParticiple);
        let fut = join(stem, "r");
        push_all(out, &fut, FUTURE, Form::Finite);
        push_all(out, &fut, CONDITIONAL, Form::Finite);
    }
    // One tag per spelling; a participle wins (`dit`: « il a dit »).
    out.dedup_from(first);
}

/// Every form of an English verb, appended to `out`.
pub fn english_forms(entry: &VerbEntry, out: &mut Forms) {
    let lemma = entry.lemma.as_str();
    let ends_consonant_y = lemma.ends_with('y')
        && lemma.chars().rev().nth(1).is_some_and(|c| !is_vowel(c));
    let third = if ["s", "x", "z", "ch", "sh"].iter().any(|e| lemma.ends_with(e)) {
        join(lemma, "es")
    } else if ends_consonant_y {
        join(&lemma[..lemma.len() - 1], "ies")
    } else {
        join(lemma, "s")
    };
    let regular_past = if lemma.ends_with('e') {
        join(lemma, "d")
    } else if ends_consonant_y {
        join(&lemma[..lemma.len() - 1], "ied")
    } else {
        join(lemma, "ed")
    };
    let past = entry.past.clone().unwrap_or(regular_past);
    let participle = entry.participle.clone();
    // A given past with a doubled final consonant doubles before -ing too.
    let last = lemma.chars().last().unwrap_or(' ');
    let doubled = entry.past.as_deref().is_some_and(|p| p == format!("{lemma}{last}ed"));
    let ing = if doubled {
        format!("{lemma}{last}ing")
    } else if let Some(s) = lemma.strip_suffix("ie") {
        join(s, "ying")
    } else if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        join(&lemma[..lemma.len() - 1], "ing")
    } else {
        join(lemma, "ing")
    };
    out.push(lemma, "", Form::Finite);
    out.push(&third, "", Form::Finite);
    out.push(&ing, "", Form::PresentParticiple);
    match participle {
        Some(pp) if pp != past => {
            out.push(&past, "", Form::Finite);
            out.push(&pp, "", Form::PastParticiple);
        }
        _ => out.push(&past, "", Form::PastOrParticiple),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markers::lexicon::source;
    use crate::model::Lang;

    fn fr(line: &str) -> Vec<String> {
        let models = parse_models(source(Lang::Fr, "verb-models"));
        let entry = VerbEntry::parse(line).unwrap();
        let mut forms = Forms::default();
        french_forms(&entry, &models, &mut forms);
        forms.iter().map(|(f, _)| f.to_string()).collect()
    }

    fn en(line: &str) -> Vec<String> {
        let mut forms = Forms::default();
        english_forms(&VerbEntry::parse(line).unwrap(), &mut forms);
        forms.iter().map(|(f, _)| f.to_string()).collect()
    }

    #[test]
    fn french_forms_by_group_and_model() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("affirmer", &["affirme", "affirment", "affirmé", "affirmées", "affirmant", "affirmait", "affirmera", "affirmerait", "affirmions"], &["affirmerais-je"]),
            ("annoncer", &["annonce", "annonçait", "annonçant", "annoncé", "annoncerait"], &["annoncait"]),
            ("alléguer", &["allègue", "allèguent", "allégué", "alléguant", "alléguerait", "allèguera"], &["allégue"]),
            ("marteler", &["martèle", "martèlent", "martelé", "martelait", "martèlerait"], &["martele"]),
            ("rappeler", &["rappelle", "rappellent", "rappelé", "rappelait", "rappellera"], &["rappèle"]),
            ("nier", &["nie", "nient", "nié", "niant", "niait", "nierait"], &[]),
            ("garantir", &["garantit", "garantissent", "garanti", "garantissant", "garantirait"], &["garantent"]),
            ("prétendre", &["prétend", "prétendent", "prétendu", "prétendant", "prétendait", "prétendrait"], &["prétendt"]),
            ("soutenir ~tenir", &["soutient", "soutiennent", "soutenu", "soutenant", "soutenait", "soutiendrait", "soutint"], &["soutenit"]),
            ("démentir ~mentir", &["dément", "démentent", "démenti", "démentant", "démentait", "démentirait"], &[]),
            ("dire ~dire", &["dit", "disent", "disait", "disant", "dirait", "dites"], &[]),
        ];
        for (line, present, absent) in cases {
            let forms = fr(line);
            for f in *present {
                assert!(forms.iter().any(|x| x == f), "{line}: missing {f} in {forms:?}");
            }
            for f in *absent {
                assert!(!forms.iter().any(|x| x == f), "{line}: unexpected {f}");
            }
        }
    }

    #[test]
    fn english_forms_regular_and_irregular() {
        let cases: &[(&str, &[&str])] = &[
            ("claim", &["claim", "claims", "claimed", "claiming"]),
            ("deny", &["deny", "denies", "denied", "denying"]),
            ("accuse", &["accuses", "accused", "accusing"]),
            ("insist", &["insists", "insisted", "insisting"]),
            ("tell > told", &["tells", "told", "telling"]),
            ("write > wrote written", &["writes", "wrote", "written", "writing"]),
            ("rebut > rebutted", &["rebuts", "rebutted", "rebutting"]),
        ];
        for (line, expected) in cases {
            let forms = en(line);
            for f in *expected {
                assert!(forms.iter().any(|x| x == f), "{line}: missing {f} in {forms:?}");
            }
        }
    }

    #[test]
    fn entries_keep_their_flags() {
        let e = VerbEntry::parse("soutenir ~tenir +que").unwrap();
        assert_eq!(e.model.as_deref(), Some("tenir"));
        assert!(e.has_flag("que"));
        let e = VerbEntry::parse("write > wrote written +x").unwrap();
        assert_eq!((e.past.as_deref(), e.participle.as_deref()), (Some("wrote"), Some("written")));
    }
}
