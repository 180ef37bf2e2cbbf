//! Pathological inputs (issue 7): huge texts without spaces, one name or
//! one claim phrase repeated a megabyte long, every Unicode plane,
//! sentences that never end, thousands of capitalised words, runs of
//! apostrophes and hyphens. Each scan must finish and keep every property
//! of `properties::check`.
//!
//! These are not timing assertions: a generous wall-clock guard only
//! catches hangs (an accidental quadratic loop on a megabyte shows up as
//! minutes). Linearity itself is measured by `cargo bench --bench linear`.

#[path = "robustness/properties.rs"]
mod properties;
#[path = "robustness/shapes.rs"]
mod shapes;

use claimlens::Lang;
use std::sync::mpsc;
use std::time::Duration;

/// Far above what any shape takes in a debug build on a loaded machine (the
/// 10 MB scans take about 30 s of CPU each in debug, and two shared cores
/// can stretch that several times); a hang, or a quadratic loop on 10 MB
/// (hours), exceeds it.
const HANG_GUARD: Duration = Duration::from_secs(300);

const MEGABYTE: usize = 1 << 20;

/// Runs `work` on its own thread and fails if it has not finished within
/// `HANG_GUARD` (the thread is left behind; the test process then exits).
fn finishes<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name(what.to_string())
        .stack_size(8 * MEGABYTE)
        .spawn(move || {
            let _ = sender.send(work());
        })
        .expect("spawn a scan thread");
    match receiver.recv_timeout(HANG_GUARD) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what}: no result after {HANG_GUARD:?}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: the scan panicked"),
    }
}

#[test]
fn every_shape_at_one_megabyte_finishes_with_every_property() {
    for shape in shapes::SHAPES {
        let text = (shape.build)(MEGABYTE);
        let lang = if shape.name.contains("(en)") { Lang::En } else { Lang::Fr };
        let spans = finishes(shape.name, move || properties::scan_checked(&text, Some(lang)).spans.len());
        println!("{:<45} {spans:>7} spans", shape.name);
    }
}

#[test]
fn ten_megabytes_without_a_space_or_newline_finishes() {
    for shape in &shapes::SHAPES[..2] {
        assert!(shape.name.contains("no space") || shape.name.contains("without a space"));
        let text = (shape.build)(10 * MEGABYTE);
        assert!(!text.contains([' ', '\n']));
        // One scan (not `scan_checked`'s two): determinism is checked at 1 MB.
        finishes(shape.name, move || {
            let analysis = claimlens::scan(&text, &claimlens::Options { lang: None });
            properties::check(&text, &analysis).unwrap_or_else(|problem| panic!("{problem}"));
        });
    }
}

#[test]
fn a_repeated_name_is_one_actor_however_often_it_occurs() {
    // A megabyte of one name is 65,000 mentions of one actor, not 65,000
    // actors: the actor table stays small.
    let text = shapes::repeat("Emmanuel Macron a parlé. ", MEGABYTE);
    let analysis = finishes("repeated name", move || properties::scan_checked(&text, Some(Lang::Fr)));
    assert!(analysis.actors.len() <= 2, "{} actors for one repeated name", analysis.actors.len());
}

#[test]
fn a_repeated_claim_phrase_is_marked_every_time() {
    let unit = "Le ministre a affirmé, sans preuve, que tout va bien. ";
    let copies = MEGABYTE / unit.len();
    let text = unit.repeat(copies);
    let analysis = finishes("repeated claim", move || properties::scan_checked(&text, Some(Lang::Fr)));
    let no_evidence = analysis.spans.iter().filter(|s| s.category == claimlens::Category::NoEvidence).count();
    assert_eq!(no_evidence, copies, "every «sans preuve» is marked");
}
