//! Table-driven tests of the actor finder, on sentences written for this project.

use crate::model::{Category, Lang};
use crate::text::Document;

fn found(text: &str, lang: Lang) -> Vec<(String, Category)> {
    let doc = Document::new(text, Some(lang));
    let (spans, _) = super::find(&doc);
    spans.iter().map(|s| (doc.text()[s.start..s.end].to_string(), s.category)).collect()
}

#[test]
fn smoke() {
    let got = found("Le ministre russe de la Défense, Andrei Belousov, a affirmé que Moscou gagne.", Lang::Fr);
    assert!(got.contains(&("Andrei Belousov".to_string(), Category::Person)), "{got:?}");
}
