//! Runs of capitalised words that are a page's furniture ("Read More", « Lire Aussi », "THE END")
//! or a portfolio before a title ("Health minister X"), and so no actor. The words are in
//! `data/gazetteer/cues/page-furniture.txt`.

use super::lexicon::Cue;
use super::context::View;

/// The capitalised run `s..e` is a page's button, banner or section head: every word a furniture
/// word or a function word, none a gazetteer name, with two furniture words, or one when the run
/// stands alone on its line.
pub fn is_page_furniture(v: &View, s: usize, e: usize) -> bool {
    let lex = v.lex;
    let mut furniture = 0;
    for k in s..e {
        if !v.is_word(k) {
            continue;
        }
        // ("US News": a gazetteer name among them is a name.)
        if v.gazetteer_at(k).is_some() {
            return false;
        }
        if v.is(k, Cue::PageFurniture) {
            furniture += 1;
        } else if !v.listed(k, &lex.function_words) {
            return false;
        }
    }
    furniture >= 2 || (furniture == 1 && alone_on_line(v, s, e))
}

/// "Health minister Ingrid Vollmer-Kask", "Foreign minister Penny Wong": capitalised words right
/// before a lower-case portfolio title (inside the run `s..e` or just after it) name the
/// portfolio, not a body. Returns the title's token: segments ending before it are no actor.
/// Not when one of the words is a gazetteer name or in capitals ("UK Foreign minister", "SNP
/// minister"): a state or a party.
pub fn portfolio_end(v: &View, s: usize, e: usize) -> Option<usize> {
    let title = (s + 1..=e).find(|&k| v.lowercase_word(k))?;
    let portfolio = v.at(title, s).is_some_and(|t| v.is(t, Cue::PortfolioTitles))
        && (s..title).all(|k| !v.is_word(k) || (v.cap(k) && !v.info[k].all_caps() && v.gazetteer_at(k).is_none()));
    portfolio.then_some(title)
}

/// Nothing but blanks before the run on its line, and nothing but blanks and punctuation after it.
/// Decided from the gaps between neighbouring tokens, so the cost is the run's few neighbours
/// and never the line's length: a text without line breaks is one line (a whole page read from
/// `textContent`), and scanning back to its start for every run made a scan quadratic.
fn alone_on_line(v: &View, s: usize, e: usize) -> bool {
    /// After this many punctuation tokens with no line break, the run does not stand alone.
    const MAX_TRAILING_PUNCTUATION: usize = 8;
    let text = v.doc.text().as_bytes();
    let tokens = &v.doc.tokens;
    let (Some(first), Some(last)) = (tokens.get(s), tokens.get(e - 1)) else { return false };
    // Before: the gap since the previous token holds a line break with only blanks after it.
    let prev_end = s.checked_sub(1).and_then(|p| tokens.get(p)).map_or(0, |t| t.end as usize);
    let gap = &text[prev_end..first.start as usize];
    let opens_line = match gap.iter().rposition(|&b| b == b'\n') {
        Some(newline) => gap[newline + 1..].iter().all(u8::is_ascii_whitespace),
        None => s == 0 && gap.iter().all(u8::is_ascii_whitespace),
    };
    if !opens_line {
        return false;
    }
    // After: punctuation tokens only, up to a gap with a line break (or the text's end).
    let mut end = last.end as usize;
    for token in tokens[e..].iter().take(MAX_TRAILING_PUNCTUATION + 1) {
        let gap = &text[end..token.start as usize];
        if gap.contains(&b'\n') {
            return true;
        }
        let word = &text[token.start as usize..token.end as usize];
        if !gap.iter().all(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation()) || !word.iter().all(u8::is_ascii_punctuation) {
            return false;
        }
        end = token.end as usize;
    }
    tokens.len() - e <= MAX_TRAILING_PUNCTUATION && text[end..].iter().take_while(|&&b| b != b'\n').all(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation())
}
