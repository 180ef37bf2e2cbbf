//! Tokens and sentences of normalised text.
//!
//! A word is a run of letters, digits and combining marks, with inner
//! hyphens kept (`Etats-Unis`, `colonel-général`, `cessez-le-feu`). An
//! apostrophe is its own token, so `l'OTAN` is `l` `'` `OTAN` and
//! `Russia's` is `Russia` `'` `s`. Everything else that is not a space is a
//! one-character punctuation token. Offsets are bytes of the normalised text.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits and inner hyphens).
    Word,
    /// Digits only (with inner `.`/`,` separators: `10.000`, `2,4`).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range()]
    }
}

/// A sentence: byte range of the normalised text and its token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: u32,
    pub end: u32,
    pub tokens: std::ops::Range<usize>,
}

pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths.
        if b == b' ' || b == b'\n' {
            i += 1;
            continue;
        }
        let c = if b < 0x80 { b as char } else { text[i..].chars().next().unwrap_or(' ') };
        let clen = c.len_utf8();
        if c.is_whitespace() || c.is_control() {
            i += clen;
            continue;
        }
        if is_word_char(c) {
            let start = i;
            let mut all_digits = true;
            let mut j = i;
            loop {
                // Consume a run of word characters.
                while j < bytes.len() {
                    let bj = bytes[j];
                    // ASCII fast path: no decoding, no Unicode tables.
                    if bj.is_ascii_alphanumeric() {
                        all_digits &= bj.is_ascii_digit();
                        j += 1;
                        continue;
                    }
                    let cj = if bj < 0x80 { bj as char } else { text[j..].chars().next().unwrap_or(' ') };
                    if !is_word_char(cj) {
                        break;
                    }
                    if !cj.is_ascii_digit() {
                        all_digits = false;
                    }
                    j += cj.len_utf8();
                }
                // An inner hyphen joins two word runs; an inner `.` or `,`
                // joins two digit runs (`10.000`, `2,4`).
                if j + 1 < bytes.len() {
                    let sep = bytes[j];
                    let next = text.get(j + 1..).and_then(|s| s.chars().next()).unwrap_or(' ');
                    if sep == b'-' && is_word_char(next) {
                        j += 1;
                        continue;
                    }
                    if (sep == b'.' || sep == b',') && all_digits && next.is_ascii_digit() {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token { start: start as u32, end: j as u32, kind });
            i = j;
            continue;
        }
        tokens.push(Token { start: i as u32, end: (i + clen) as u32, kind: TokenKind::Punct });
        i += clen;
    }
    tokens
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
    "prof", "gen", "gén", "col", "lt", "sgt", "capt", "cpt", "gov", "sen", "rep", "jr", "sr",
    "inc", "ltd", "co", "corp", "no", "vs", "etc", "cf", "av", "bd", "p", "pp", "vol", "art",
    "env", "min", "max", "fig", "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "juil",
    "aug", "sep", "sept", "oct", "nov", "dec", "déc", "u", "s", "e", "st",
];

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        // A single capital letter is an initial: "J. Biden".
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Splits the token stream into sentences. A line break always ends a
/// sentence (news text puts headlines and paragraphs on lines of their
/// own); `.`, `!`, `?` and `…` end one unless they follow an abbreviation
/// or the next word starts in lower case.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let push = |out: &mut Vec<Sentence>, first: usize, last: usize| {
        if first < last {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[last - 1].end,
                tokens: first..last,
            });
        }
    };
    for i in 0..tokens.len() {
        if i < first {
            // Closing quotes already attached to the previous sentence.
            continue;
        }
        let t = tokens[i];
        // A line break between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map(|n| n.start as usize);
        let gap = next_start.map(|n| &text.as_bytes()[t.end as usize..n]).unwrap_or(b"");
        let line_break = gap.contains(&b'\n');
        let mut ends = line_break;
        if !ends && t.kind == TokenKind::Punct {
            let p = t.text(text);
            if matches!(p, "!" | "?" | "…") {
                ends = next_starts_sentence(text, tokens, i + 1);
            } else if p == "." {
                let prev_word = i
                    .checked_sub(1)
                    .map(|k| tokens[k])
                    .filter(|k| k.end == t.start && k.kind == TokenKind::Word);
                let after_abbrev = prev_word.is_some_and(|w| is_abbreviation(w.text(text)));
                ends = !after_abbrev && next_starts_sentence(text, tokens, i + 1);
            }
        }
        if ends {
            // Closing quotes and brackets that follow stay with the sentence.
            let mut last = i + 1;
            if !line_break {
                while let Some(n) = tokens.get(last) {
                    let s = n.text(text);
                    if n.kind == TokenKind::Punct && matches!(s, "»" | "\"" | "”" | ")" | "'") {
                        last += 1;
                    } else {
                        break;
                    }
                }
            }
            push(&mut out, first, last);
            first = last;
        }
    }
    push(&mut out, first, tokens.len());
    out
}

fn next_starts_sentence(text: &str, tokens: &[Token], from: usize) -> bool {
    for t in &tokens[from.min(tokens.len())..] {
        let s = t.text(text);
        match t.kind {
            TokenKind::Punct if matches!(s, "«" | "\"" | "“" | "(" | "'" | "—" | "–" | "-") => continue,
            TokenKind::Punct if matches!(s, "." | "!" | "?" | "…") => return false,
            TokenKind::Word => return s.chars().next().is_some_and(|c| c.is_uppercase()),
            _ => return true,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn tokens_keep_hyphenated_words_and_split_elisions() {
        assert_eq!(words("l'OTAN et les Etats-Unis"), ["l", "'", "OTAN", "et", "les", "Etats-Unis"]);
        assert_eq!(words("Russia's army"), ["Russia", "'", "s", "army"]);
        assert_eq!(words("plus de 10.000 soldats, 2,4 %"), ["plus", "de", "10.000", "soldats", ",", "2,4", "%"]);
        assert_eq!(words("« écrasé »"), ["«", "écrasé", "»"]);
        assert_eq!(words("guerre - et"), ["guerre", "-", "et"]);
    }

    fn sentence_texts(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        sentences(text, &tokens).iter().map(|s| &text[s.start as usize..s.end as usize]).collect()
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        assert_eq!(
            sentence_texts("Titre du jour\nM. Dupont a parlé. Il est parti ! Ensuite rien."),
            ["Titre du jour", "M. Dupont a parlé.", "Il est parti !", "Ensuite rien."]
        );
        assert_eq!(
            sentence_texts("Mr. Smith met Dr. Jones in the U.S. on Monday. They left."),
            ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They left."]
        );
        assert_eq!(sentence_texts("« Nous partons. » Il a dit."), ["« Nous partons. »", "Il a dit."]);
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(sentence_texts("").is_empty());
        assert!(sentence_texts("   \n\n ").is_empty());
    }
}
