//! Scoring against gold files, with the matching rules of `ANNOTATION.md`:
//! actors match on exact boundaries (a leading article ignored on both
//! sides); claim markers match when they overlap a gold span of their
//! category, each gold span matched at most once. Counts are micro-averaged
//! per category, per group and overall, for each language.

use crate::gold::{GoldDoc, GoldSpan};
use crate::model::{Category, Group, Lang, Options};
use serde::Serialize;
use std::collections::BTreeMap;

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    #[serde(rename = "fn")]
    pub fn_: u32,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Empty denominators score 1.0: nothing to find and nothing found is right.
fn ratio(num: u32, den: u32) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// A span that did not match, for `--errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    pub doc: String,
    pub category: Category,
    /// Code-point offsets, as in gold files.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// A few words around the span.
    pub context: String,
}

/// Scores for one language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LangScores {
    pub categories: BTreeMap<Category, Counts>,
}

impl LangScores {
    pub fn group(&self, group: Group) -> Counts {
        let mut total = Counts::default();
        for (c, counts) in &self.categories {
            if c.group() == group {
                total.add(*counts);
            }
        }
        total
    }

    pub fn overall(&self) -> Counts {
        let mut total = Counts::default();
        self.categories.values().for_each(|c| total.add(*c));
        total
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    pub languages: BTreeMap<Lang, LangScores>,
    pub misses: Vec<Mismatch>,
    pub false_hits: Vec<Mismatch>,
}

impl Evaluation {
    /// Scores over every language.
    pub fn all(&self) -> LangScores {
        let mut all = LangScores::default();
        for scores in self.languages.values() {
            for (c, counts) in &scores.categories {
                all.categories.entry(*c).or_default().add(*counts);
            }
        }
        all
    }
}

/// Scans every document (in its gold language) and scores the result.
pub fn evaluate(docs: &[GoldDoc]) -> Evaluation {
    let mut eval = Evaluation::default();
    for doc in docs {
        let analysis = crate::scan(&doc.text, &Options { lang: Some(doc.lang) });
        let predicted: Vec<GoldSpan> = analysis
            .spans
            .iter()
            .map(|s| GoldSpan { start: s.start, end: s.end, category: s.category })
            .collect();
        score_doc(doc, &predicted, &mut eval);
    }
    eval
}

/// Matches `predicted` against `doc.spans` and adds the counts to `eval`.
pub fn score_doc(doc: &GoldDoc, predicted: &[GoldSpan], eval: &mut Evaluation) {
    let scores = eval.languages.entry(doc.lang).or_default();
    for category in Category::ALL {
        let gold: Vec<&GoldSpan> = doc.spans.iter().filter(|s| s.category == category).collect();
        let pred: Vec<&GoldSpan> = predicted.iter().filter(|s| s.category == category).collect();
        if gold.is_empty() && pred.is_empty() {
            continue;
        }
        let mut gold_used = vec![false; gold.len()];
        let mut counts = Counts::default();
        for p in &pred {
            let found = gold.iter().enumerate().position(|(k, g)| !gold_used[k] && matches(&doc.text, category, g, p));
            match found {
                Some(k) => {
                    gold_used[k] = true;
                    counts.tp += 1;
                }
                None => {
                    counts.fp += 1;
                    eval.false_hits.push(mismatch(doc, p));
                }
            }
        }
        for (k, g) in gold.iter().enumerate() {
            if !gold_used[k] {
                counts.fn_ += 1;
                eval.misses.push(mismatch(doc, g));
            }
        }
        scores.categories.entry(category).or_default().add(counts);
    }
}

fn matches(text: &str, category: Category, gold: &GoldSpan, pred: &GoldSpan) -> bool {
    if category.is_actor() {
        let g = without_leading_article(text, gold.start, gold.end);
        let p = without_leading_article(text, pred.start, pred.end);
        g == p
    } else {
        gold.start < pred.end && pred.start < gold.end
    }
}

/// `(start, end)` with a leading article (the, le, la, les, l') skipped.
fn without_leading_article(text: &str, start: usize, end: usize) -> (usize, usize) {
    let span = &text[start..end];
    for article in ["the ", "The ", "THE ", "le ", "Le ", "la ", "La ", "les ", "Les ", "l'", "L'", "l’", "L’"] {
        if let Some(rest) = span.strip_prefix(article) {
            if !rest.is_empty() {
                return (end - rest.len(), end);
            }
        }
    }
    (start, end)
}

fn mismatch(doc: &GoldDoc, span: &GoldSpan) -> Mismatch {
    let cp = |b: usize| doc.text[..b].chars().count();
    Mismatch {
        doc: doc.id.clone(),
        category: span.category,
        start: cp(span.start),
        end: cp(span.end),
        text: doc.text[span.start..span.end].to_string(),
        context: context(&doc.text, span.start, span.end),
    }
}

/// Up to 40 characters either side, on one line, the span in brackets.
fn context(text: &str, start: usize, end: usize) -> String {
    let before: String = {
        let mut chars: Vec<char> = text[..start].chars().rev().take(40).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let after: String = text[end..].chars().take(40).collect();
    format!("{}[{}]{}", before, &text[start..end], after).replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, spans: &[(usize, usize, Category)]) -> GoldDoc {
        GoldDoc {
            id: "t".into(),
            lang: Lang::En,
            text: text.into(),
            spans: spans.iter().map(|&(start, end, category)| GoldSpan { start, end, category }).collect(),
        }
    }

    fn score(d: &GoldDoc, pred: &[(usize, usize, Category)]) -> Counts {
        let mut eval = Evaluation::default();
        let pred: Vec<GoldSpan> = pred.iter().map(|&(start, end, category)| GoldSpan { start, end, category }).collect();
        score_doc(d, &pred, &mut eval);
        eval.all().overall()
    }

    #[test]
    fn actors_need_exact_boundaries_but_ignore_a_leading_article() {
        use Category::Organization as O;
        let d = doc("He read The Guardian today", &[(8, 20, O)]);
        assert_eq!(score(&d, &[(12, 20, O)]), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(score(&d, &[(8, 20, O)]), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(score(&d, &[(12, 16, O)]), Counts { tp: 0, fp: 1, fn_: 1 });
        // Another category never matches.
        assert_eq!(score(&d, &[(12, 20, Category::Person)]), Counts { tp: 0, fp: 1, fn_: 1 });
    }

    #[test]
    fn claims_match_by_overlap_each_gold_once() {
        use Category::NoEvidence as N;
        let d = doc("He said so without any evidence at all", &[(11, 31, N)]);
        assert_eq!(score(&d, &[(11, 18, N)]), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(score(&d, &[(11, 18, N), (19, 31, N)]), Counts { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(score(&d, &[(0, 2, N)]), Counts { tp: 0, fp: 1, fn_: 1 });
    }

    #[test]
    fn f1_of_empty_sets_is_perfect_and_of_misses_zero() {
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(Counts { tp: 0, fp: 2, fn_: 3 }.f1(), 0.0);
        let c = Counts { tp: 8, fp: 2, fn_: 2 };
        assert!((c.f1() - 0.8).abs() < 1e-9);
    }
}
