//! ClaimLens engine: finds markers of unsupported claims and named actors in
//! French and English news text.
//!
//! The core is plain Rust with no platform types. `scan` is the one entry
//! point; `wasm` (compiled only for `wasm32`) and the `claimlens` binary are
//! thin layers over it.
//!
//! ```
//! let analysis = claimlens::scan("Le ministre a affirmé, sans preuve, que tout va bien.", &Default::default());
//! assert_eq!(analysis.lang, claimlens::Lang::Fr);
//! ```

pub mod actors;
pub mod attribution;
pub mod eval;
pub mod export;
pub mod gold;
pub mod markers;
pub mod model;
pub mod offsets;
pub mod report;
pub mod sort;
#[cfg(test)]
mod test_corpus;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::{Actor, ActorId, Analysis, Category, Group, Lang, Options, Span, Speaker};
pub use text::Document;

/// Bytes of text whose claims are found at once (see [`spans_in_blocks`]): the
/// document, tokens and detector scratch of one block stay in the CPU's
/// cache, which a long page's whole document does not.
const BLOCK_BYTES: usize = 32 << 10;

/// Scans `text` and returns every claim marker and actor found, with byte
/// offsets into `text`, sorted by position.
pub fn scan(text: &str, options: &Options) -> Analysis {
    scan_in_blocks(text, options, BLOCK_BYTES)
}

fn scan_in_blocks(text: &str, options: &Options, block_bytes: usize) -> Analysis {
    let doc = Document::new(text, options.lang);
    // Actors are found over the whole text: a mention's verdict and its
    // actor depend on the other mentions.
    let (actor_spans, actors) = actors::find(&doc);
    let spans = spans_in_blocks(&doc, &actor_spans, &actors, block_bytes);
    Analysis { lang: doc.lang, spans, actors }
}

/// Every span of `doc`, in original-text offsets and sorted: the actor spans
/// given and the claim markers with their speakers, found block by block:
/// markers and attribution read one sentence at a time, so a block of whole
/// lines gives them what the whole text would (the
/// `blocks_give_the_whole_text_result` test holds them to it).
///
/// Each block's claims and actors are sorted into the result as the block is
/// done, while they are in cache: the blocks follow each other in the text,
/// so that is the order a sort of all of them at the end would give.
fn spans_in_blocks(doc: &Document, actor_spans: &[Span], actors: &[Actor], block_bytes: usize) -> Vec<Span> {
    // Actor spans come in text order; sorted here in case that changes.
    let mut by_start: Vec<&Span> = actor_spans.iter().collect();
    if by_start.windows(2).any(|w| w[0].start > w[1].start) {
        sort::sort_by_packed_key(&mut by_start, |s| s.start as u128);
    }
    let mut next_actor = 0;
    let mut out = Vec::with_capacity(actor_spans.len());
    let mut block_actors = Vec::new();
    for range in doc.blocks(block_bytes) {
        let (block, offset) = doc.excerpt(range);
        let end = offset + block.text().len();
        let first_actor = next_actor;
        block_actors.clear();
        while let Some(span) = by_start.get(next_actor).filter(|s| s.start < end) {
            block_actors.push(shifted(span, offset, false));
            next_actor += 1;
        }
        let mut block_claims = markers::find(&block);
        attribution::attach(&block, &mut block_claims, &block_actors, actors);
        // (Mapped in place: the claims' vector is reused.)
        let claims: Vec<Span> = block_claims.into_iter().map(|s| to_original(doc, shifted(&s, offset, true))).collect();
        let named: Vec<Span> = by_start[first_actor..next_actor].iter().map(|&s| to_original(doc, s.clone())).collect();
        reserve_for_the_rest(&mut out, claims.len() + named.len(), end, doc.text().len());
        sort::merge_by_packed_key_into(&mut out, claims, named, span_key);
    }
    // (Blocks cover every sentence, hence every actor: none is left here.)
    out.extend(by_start[next_actor..].iter().map(|&s| to_original(doc, s.clone())));
    out
}

/// Makes room in `out` for `more` spans, when it has none left, as much as
/// the whole text will need at the rate of spans per byte of its first `done`
/// bytes (of `total`), and at least an eighth more than it holds (so that
/// a page whose spans thicken towards its end still costs a linear time). Doubling
/// would leave up to half of a long page's largest vector unused (and, in
/// WebAssembly, copy it each time: there `realloc` cannot remap pages).
fn reserve_for_the_rest(out: &mut Vec<Span>, more: usize, done: usize, total: usize) {
    let needed = out.len() + more;
    if needed <= out.capacity() {
        return;
    }
    // (A sixteenth more: the rate is an estimate.)
    let expected = (needed as u64 * total as u64 / done.max(1) as u64) as usize;
    let expected = expected + expected / 16;
    let target = expected.max(needed).max(out.capacity() + out.capacity() / 8);
    out.reserve_exact(target - out.len());
}

/// `span` moved `offset` bytes later (`forward`) or earlier, with its vague speaker.
fn shifted(span: &Span, offset: usize, forward: bool) -> Span {
    let by = |at: usize| if forward { at + offset } else { at.saturating_sub(offset) };
    let mut span = span.clone();
    span.start = by(span.start);
    span.end = by(span.end);
    if let Some(Speaker::Vague { start, end }) = span.speaker.as_mut() {
        *start = by(*start);
        *end = by(*end);
    }
    span
}

/// `span` (normalised-text offsets of `doc`) in offsets of the original text.
fn to_original(doc: &Document, mut span: Span) -> Span {
    span.start = doc.norm.original_start(span.start);
    span.end = doc.norm.original_end(span.end);
    if let Some(Speaker::Vague { start, end }) = span.speaker.as_mut() {
        *start = doc.norm.original_start(*start);
        *end = doc.norm.original_end(*end);
    }
    span
}

/// The order of `Analysis::spans`: (start, end, category); merged lists put
/// claims first on a tie.
fn span_key(s: &Span) -> u128 {
    sort::pack([s.start, s.end, s.category as usize, 0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `scan` as it was before blocks: every stage over the whole text, and
    /// all spans sorted at the end.
    fn scan_whole(text: &str, options: &Options) -> Analysis {
        let doc = Document::new(text, options.lang);
        let mut claim_spans = markers::find(&doc);
        let (actor_spans, actors) = actors::find(&doc);
        attribution::attach(&doc, &mut claim_spans, &actor_spans, &actors);
        let original = |spans: Vec<Span>| spans.into_iter().map(|s| to_original(&doc, s)).collect();
        let spans = sort::merge_by_packed_key(original(claim_spans), original(actor_spans), span_key);
        Analysis { lang: doc.lang, spans, actors }
    }

    fn texts() -> Vec<String> {
        let mut texts = crate::test_corpus::texts();
        // All the gold texts in one page, and the edge cases of cutting.
        texts.push(texts.join("\n\n"));
        texts.extend(["", "\n", "Un mot.", "Le ministre a affirmé.\n\nSelon des experts, il aurait menti.\n"].map(String::from));
        texts
    }

    #[test]
    fn blocks_give_the_whole_text_result() {
        let options = Options::default();
        for text in texts() {
            let whole = scan_whole(&text, &options);
            // 1 byte: every line its own block; then a few sizes between.
            for block_bytes in [1, 200, 4096, BLOCK_BYTES] {
                let blocks = scan_in_blocks(&text, &options, block_bytes);
                assert_eq!(blocks.lang, whole.lang);
                assert_eq!(blocks.actors, whole.actors, "actors, blocks of {block_bytes} bytes");
                if blocks.spans != whole.spans {
                    let first = blocks.spans.iter().zip(&whole.spans).position(|(a, b)| a != b);
                    panic!(
                        "blocks of {block_bytes} bytes: {} spans against {} over the whole text; first difference at {first:?}: {:?} / {:?}",
                        blocks.spans.len(),
                        whole.spans.len(),
                        first.map(|i| &blocks.spans[i]),
                        first.map(|i| &whole.spans[i]),
                    );
                }
            }
        }
    }

    #[test]
    fn blocks_are_whole_lines_covering_every_sentence() {
        let text = "Titre\n\nLe ministre a parlé. Il a affirmé que tout va bien.\nDeuxième ligne ici.\n\nFin.";
        let doc = Document::new(text, None);
        for size in [1, 10, 40, 1000] {
            let blocks = doc.blocks(size);
            let sentences: Vec<usize> = blocks.iter().flat_map(|b| b.clone()).collect();
            assert_eq!(sentences, (0..doc.sentences.len()).collect::<Vec<_>>(), "size {size}");
            let mut rebuilt = String::new();
            for block in blocks {
                let (excerpt, offset) = doc.excerpt(block);
                assert_eq!(offset, doc.text().len() - doc.text()[offset..].len());
                rebuilt.push_str(excerpt.text());
                // Each block but the last ends with its line break.
                assert!(offset + excerpt.text().len() == doc.text().len() || excerpt.text().ends_with('\n'), "size {size}");
            }
            assert_eq!(rebuilt, doc.text(), "size {size}");
        }
    }
}
