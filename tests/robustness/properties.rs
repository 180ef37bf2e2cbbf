//! The properties every scan must have, whatever the text: shared by the
//! property tests, the pathological-input tests and (copied in spirit) the
//! fuzz targets.

#![allow(dead_code)] // shared by several test crates, each using a part

use claimlens::report::{Report, ReportSpeaker, Unit};
use claimlens::{scan, Analysis, Lang, Options, Speaker};

/// The three ways the extension and the CLI call the engine.
pub const LANGS: [Option<Lang>; 3] = [Some(Lang::Fr), Some(Lang::En), None];

/// Scans `text` with `lang` and checks every property; returns the analysis
/// so callers can check more. Panics with a message naming the property and
/// a reproducible, escaped copy of the input when one fails.
pub fn scan_checked(text: &str, lang: Option<Lang>) -> Analysis {
    let options = Options { lang };
    let analysis = scan(text, &options);
    if let Err(problem) = check(text, &analysis) {
        panic!("{problem}\nlang: {lang:?}\ninput ({} bytes): {}", text.len(), preview(text));
    }
    let again = scan(text, &options);
    if again != analysis {
        panic!("a second scan differs\nlang: {lang:?}\ninput: {}", preview(text));
    }
    analysis
}

/// Checks the structural promises of `analysis` about `text`.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let in_text = |start: usize, end: usize, what: &str| -> Result<(), String> {
        if start >= end || end > text.len() {
            return Err(format!("{what} {start}..{end} is empty or outside the text (len {})", text.len()));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("{what} {start}..{end} is not on char boundaries"));
        }
        Ok(())
    };
    for span in &analysis.spans {
        in_text(span.start, span.end, &format!("{} span", span.category))?;
        if let Some(Speaker::Vague { start, end }) = span.speaker {
            in_text(start, end, "vague speaker")?;
        }
        if let Some(Speaker::Actor { actor }) = span.speaker {
            if analysis.actor(actor).is_none() {
                return Err(format!("speaker actor {actor} does not exist"));
            }
        }
        if let Some(actor) = span.actor {
            if analysis.actor(actor).is_none() {
                return Err(format!("span actor {actor} does not exist"));
            }
        }
    }
    for pair in analysis.spans.windows(2) {
        let key = |s: &claimlens::Span| (s.start, s.end, s.category);
        if key(&pair[0]) > key(&pair[1]) {
            return Err(format!("spans not sorted: {:?} before {:?}", key(&pair[0]), key(&pair[1])));
        }
        if pair[0] == pair[1] {
            return Err(format!("duplicate span {:?}", key(&pair[0])));
        }
    }
    check_no_overlap_within_category(analysis)?;
    for (index, actor) in analysis.actors.iter().enumerate() {
        if actor.id as usize != index {
            return Err(format!("actor at index {index} has id {}", actor.id));
        }
    }
    check_report_offsets(text, analysis)
}

/// ANNOTATION.md: "two spans of one category never do [overlap]".
fn check_no_overlap_within_category(analysis: &Analysis) -> Result<(), String> {
    for category in claimlens::Category::ALL {
        // Spans are sorted by start, so within one category an overlap shows
        // as a span starting before the furthest end seen so far.
        let mut furthest_end = 0;
        for span in analysis.spans.iter().filter(|s| s.category == category) {
            if span.start < furthest_end {
                return Err(format!("two {category} spans overlap at {}..{}", span.start, span.end));
            }
            furthest_end = furthest_end.max(span.end);
        }
    }
    Ok(())
}

/// The UTF-16 report (what the extension gets) and the code-point report
/// (CLI, gold files) equal the byte offsets converted independently here.
fn check_report_offsets(text: &str, analysis: &Analysis) -> Result<(), String> {
    let units = UnitTable::new(text, analysis);
    for (unit, index) in [(Unit::CodePoints, 0), (Unit::Utf16, 1)] {
        let convert = |byte: usize| units.get(byte)[index];
        let report = Report::new(text, analysis, unit);
        if report.spans.len() != analysis.spans.len() {
            return Err(format!("{unit:?} report has {} spans, analysis {}", report.spans.len(), analysis.spans.len()));
        }
        for (reported, span) in report.spans.iter().zip(&analysis.spans) {
            let expected = (convert(span.start), convert(span.end));
            if (reported.start, reported.end) != expected {
                return Err(format!(
                    "{unit:?} offsets {}..{} for bytes {}..{}, expected {}..{}",
                    reported.start, reported.end, span.start, span.end, expected.0, expected.1
                ));
            }
            if reported.text != text[span.start..span.end] {
                return Err(format!("{unit:?} report text {:?} differs from the span's", reported.text));
            }
            if let (Some(ReportSpeaker::Vague { start, end, .. }), Some(Speaker::Vague { start: s, end: e })) =
                (&reported.speaker, span.speaker)
            {
                if (*start, *end) != (convert(s), convert(e)) {
                    return Err(format!("{unit:?} vague speaker offsets {start}..{end} for bytes {s}..{e}"));
                }
            }
        }
    }
    Ok(())
}

/// Code-point and UTF-16 offsets of every byte offset an analysis uses,
/// computed in one pass over the text with the standard library's own
/// `chars` and `len_utf16` (so pathological inputs stay linear).
struct UnitTable(std::collections::HashMap<usize, [usize; 2]>);

impl UnitTable {
    fn new(text: &str, analysis: &Analysis) -> UnitTable {
        let mut wanted: Vec<usize> = Vec::new();
        for span in &analysis.spans {
            wanted.extend([span.start, span.end]);
            if let Some(Speaker::Vague { start, end }) = span.speaker {
                wanted.extend([start, end]);
            }
        }
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = std::collections::HashMap::with_capacity(wanted.len());
        let mut next = wanted.iter().peekable();
        let (mut code_points, mut utf16) = (0, 0);
        for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            while next.peek().is_some_and(|&&w| w <= byte) {
                table.insert(*next.next().unwrap_or(&byte), [code_points, utf16]);
            }
            code_points += 1;
            utf16 += c.len_utf16();
        }
        UnitTable(table)
    }

    fn get(&self, byte: usize) -> [usize; 2] {
        self.0.get(&byte).copied().unwrap_or([usize::MAX; 2])
    }
}

/// A short, escaped, copy-pasteable rendering of an input.
pub fn preview(text: &str) -> String {
    const LIMIT: usize = 600;
    let shown: String = text.chars().take(LIMIT).collect();
    let more = if shown.len() < text.len() { " …(truncated)" } else { "" };
    format!("{shown:?}{more}")
}

/// The gold parser on any content: never panics, and every span it accepts
/// is a non-empty byte range on char boundaries inside its document.
pub fn check_gold(content: &str) {
    let Ok(docs) = claimlens::gold::parse(content) else { return };
    for doc in docs {
        for span in &doc.spans {
            assert!(
                span.start < span.end
                    && span.end <= doc.text.len()
                    && doc.text.is_char_boundary(span.start)
                    && doc.text.is_char_boundary(span.end),
                "gold span {}..{} does not slice {}",
                span.start,
                span.end,
                preview(&doc.text)
            );
        }
    }
}
