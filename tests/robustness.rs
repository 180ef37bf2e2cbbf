//! Robustness of the engine on any text (issue 7): the properties of
//! `properties::check` hold for generated news-like text full of odd
//! characters, in French, English and auto-detected, and for every input a
//! fuzzer or a reviewer found once (the regression table at the end).
//!
//! Pathological sizes and shapes live in `tests/pathological.rs`.

#[path = "robustness/generator.rs"]
mod generator;
#[path = "robustness/properties.rs"]
mod properties;

use claimlens::export::{render, Format, PageMeta};
use claimlens::Lang;
use generator::Rng;
use properties::{scan_checked, LANGS};

/// How many generated texts each property test checks. Small enough for a
/// debug build on two shared cores, large enough to cover every fragment
/// and odd character many times.
const CASES: u64 = 150;

#[test]
fn generated_texts_keep_every_property_in_every_language() {
    for seed in 0..CASES {
        let mut rng = Rng::new(seed);
        let pieces = 1 + rng.below(60);
        let text = generator::text(&mut rng, pieces);
        for lang in LANGS {
            scan_checked(&text, lang);
        }
    }
}

#[test]
fn every_prefix_and_suffix_of_a_mixed_text_keeps_every_property() {
    // Cutting at every char boundary puts span edges next to truncated
    // words, lone combining marks and half a quote pair.
    let mut rng = Rng::new(7);
    let text = generator::text(&mut rng, 25);
    for (cut, _) in text.char_indices().step_by(3) {
        scan_checked(&text[..cut], Some(Lang::Fr));
        scan_checked(&text[cut..], Some(Lang::En));
    }
}

#[test]
fn lossy_decoding_of_arbitrary_bytes_keeps_every_property() {
    // What the DOM hands over after a lone surrogate, or a page in a broken
    // encoding: replacement characters between real words.
    for seed in 0..CASES / 3 {
        let mut rng = Rng::new(1000 + seed);
        let mut bytes = generator::text(&mut rng, 20).into_bytes();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len() + 1);
            bytes.insert(at, rng.next() as u8);
        }
        let text = String::from_utf8_lossy(&bytes);
        for lang in LANGS {
            scan_checked(&text, lang);
        }
    }
}

#[test]
fn lone_surrogates_from_the_dom_become_replacement_characters() {
    // JavaScript strings may hold unpaired surrogates; wasm-bindgen decodes
    // them lossily into U+FFFD before the engine sees them. Same here.
    let units: Vec<u16> = "Le ministre \u{0}a affirmé sans preuve"
        .encode_utf16()
        .chain([0xD800, 0x0041, 0xDC00, 0xDBFF])
        .chain(" que Moscou ment.".encode_utf16())
        .collect();
    let text = String::from_utf16_lossy(&units);
    assert!(text.contains('\u{FFFD}'));
    for lang in LANGS {
        let analysis = scan_checked(&text, lang);
        if lang == Some(Lang::Fr) {
            assert!(
                analysis.spans.iter().any(|s| s.category == claimlens::Category::NoEvidence),
                "replacement characters do not hide the marker after them"
            );
        }
    }
}

#[test]
fn exports_of_generated_texts_are_well_formed() {
    let meta = PageMeta {
        url: Some("https://example.org/=cmd|' /C calc'!A0".into()),
        title: Some("<script>alert(1)</script> [x](javascript:alert(1))".into()),
        date: None,
    };
    for seed in 0..CASES / 3 {
        let mut rng = Rng::new(2000 + seed);
        let text = generator::text(&mut rng, 30);
        let analysis = scan_checked(&text, None);
        for format in [Format::Json, Format::WebAnnotation] {
            let out = render(&text, &analysis, format, &meta);
            serde_json::from_str::<serde_json::Value>(&out)
                .unwrap_or_else(|e| panic!("{format:?} export is not JSON ({e}) for {}", properties::preview(&text)));
        }
        let csv = render(&text, &analysis, Format::Csv, &meta);
        for cell in csv_cells(&csv) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "CSV cell {cell:?} would run as a spreadsheet formula"
            );
        }
        let md = render(&text, &analysis, Format::Markdown, &meta);
        assert!(!md.contains("<script>"), "Markdown export carries raw HTML");
        // An escaped bracket (`\]`) cannot close a link text.
        assert!(!md.replace("\\]", "").contains("](javascript:"), "Markdown export carries a live link");
    }
}

/// The cells of a CSV document (RFC 4180 quoting), unquoted.
fn csv_cells(csv: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',' | '\n', false) => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[test]
fn gold_parser_never_panics_and_its_spans_slice_the_text() {
    // Gold lines built from generated text with offsets that are right,
    // off by one, past the end, reversed, or on the two halves of an emoji.
    for seed in 0..CASES {
        let mut rng = Rng::new(3000 + seed);
        let text = generator::text(&mut rng, 8);
        let chars = text.chars().count();
        let start = rng.below(chars + 3);
        let end = start + rng.below(6);
        let line = serde_json::json!({
            "id": format!("doc-{seed}"),
            "lang": rng.pick(&["fr", "en", "de", "FR", ""]),
            "text": text,
            "spans": [{"start": start, "end": end, "category": "person"}],
        })
        .to_string();
        // Also a truncated copy of the line: invalid JSON mid-string.
        let cut = generator::char_boundary_at(&line, rng.below(line.len()));
        for content in [line.as_str(), &line[..cut], &format!("\n\n{line}\n{line}")] {
            properties::check_gold(content);
        }
    }
}

/// Inputs that once broke a property, each with what broke. A fuzz crash
/// lands here with the input exactly as `cargo fuzz` minimised it.
#[test]
fn regressions() {
    let cases: &[(&str, &str)] = &[
        ("", "empty text"),
        ("\u{0}", "a lone NUL"),
        ("\u{0301}", "a combining mark on nothing"),
        ("\u{00AD}\u{00AD}\u{00AD}", "only soft hyphens (normalisation removes all)"),
        ("ﬁ", "a ligature that folds to two letters"),
        ("İİİ Macron", "a capital whose lower case is longer in bytes"),
        ("’’’’’’’’’’’’’’", "only apostrophes"),
        ("l’’’’’OTAN", "repeated apostrophes inside an elision"),
        ("-‑-‑-‑-‑-‑ Jean-‑-Luc", "mixed hyphens"),
        ("a affirmé\u{00A0}sans\u{00AD}preuve", "NBSP and soft hyphen inside a marker"),
        ("sans preuve\r", "a marker before a lone carriage return"),
        ("\u{202E}Le ministre a affirmé sans preuve\u{202C}", "bidi override around a marker"),
        ("« « « « sans preuve » » » »", "nested French quotes"),
        ("U.S.U.S.U.S.U.S.", "dotted acronyms run together"),
        ("Mr. Mr. Mr. Mr.", "titles without names"),
    ];
    for (text, what) in cases {
        for lang in LANGS {
            let result = std::panic::catch_unwind(|| scan_checked(text, lang));
            assert!(result.is_ok(), "regression: {what} ({text:?}, {lang:?})");
        }
    }
}

/// The checker itself: each broken analysis is rejected with the property
/// it breaks (so a passing property test means something).
#[test]
fn the_checker_rejects_each_broken_property() {
    use claimlens::{Analysis, Category, Span};
    let text = "l’OTAN 😀 a dit";
    let span = |start, end, category| Span::new(start, end, category);
    let cases: Vec<(Vec<Span>, &str)> = vec![
        (vec![span(1, 3, Category::Hedge)], "not on char boundaries"),
        (vec![span(0, 99, Category::Hedge)], "outside the text"),
        (vec![span(4, 4, Category::Hedge)], "empty"),
        (vec![span(5, 9, Category::Hedge), span(0, 1, Category::Hedge)], "not sorted"),
        (vec![span(0, 9, Category::Hedge), span(5, 9, Category::Hedge)], "overlap"),
        (vec![span(0, 1, Category::Hedge), span(0, 1, Category::Hedge)], "duplicate"),
    ];
    for (spans, expected) in cases {
        let analysis = Analysis { lang: Lang::Fr, spans, actors: vec![] };
        let error = properties::check(text, &analysis).expect_err(expected);
        assert!(error.contains(expected), "expected {expected:?}, got {error:?}");
    }
}
