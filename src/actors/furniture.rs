//! Runs of capitalised words that are a page's furniture ("Read More", « Lire Aussi », "THE END")
//! or a portfolio before a title ("Health minister X"), and so no actor. The words are in
//! `data/gazetteer/cues/page-furniture.txt`.

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
        if v.listed(k, &lex.page_furniture) {
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
    let lex = v.lex;
    let title = (s + 1..=e).find(|&k| v.lowercase_word(k))?;
    let portfolio = v.at(title, s).is_some_and(|t| v.listed(t, &lex.portfolio_titles))
        && (s..title).all(|k| !v.is_word(k) || (v.cap(k) && !v.info[k].all_caps() && v.gazetteer_at(k).is_none()));
    portfolio.then_some(title)
}

/// Nothing but blanks before the run on its line, and nothing but blanks and punctuation after it.
fn alone_on_line(v: &View, s: usize, e: usize) -> bool {
    let text = v.doc.text().as_bytes();
    let (Some(first), Some(last)) = (v.doc.tokens.get(s), v.doc.tokens.get(e - 1)) else { return false };
    let before = &text[..first.start as usize];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let after = &text[last.end as usize..];
    let line_end = after.iter().position(|&b| b == b'\n').unwrap_or(after.len());
    before[line_start..].iter().all(u8::is_ascii_whitespace)
        && after[..line_end].iter().all(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation())
}
