//! Tokens and sentences of normalised text.
//!
//! A word is a run of letters, digits and combining marks, with inner
//! hyphens kept (`Etats-Unis`, `colonel-général`, `cessez-le-feu`). An
//! apostrophe is its own token, so `l'OTAN` is `l` `'` `OTAN` and
//! `Russia's` is `Russia` `'` `s`. Everything else that is not a space is a
//! one-character punctuation token. Offsets are bytes of the normalised text.

use super::swar;

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

/// What an ASCII byte is to the tokenizer; every byte of a multi-byte
/// character is `Wide` (decoded only then).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// Space or control character: separates tokens.
    Blank,
    Letter,
    Digit,
    /// Any other ASCII character: a one-byte punctuation token.
    Symbol,
    Wide,
}

const fn byte_class(b: u8) -> ByteClass {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => ByteClass::Letter,
        b'0'..=b'9' => ByteClass::Digit,
        0..=0x20 | 0x7F => ByteClass::Blank,
        0x80..=0xFF => ByteClass::Wide,
        _ => ByteClass::Symbol,
    }
}

/// The class of every byte value, looked up once per byte of the text.
static BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Blank; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = byte_class(b as u8);
        b += 1;
    }
    table
};

/// The byte length of the character at `at` if it is a non-ASCII word
/// character. `at` is a character boundary of `text`.
fn wide_word_char(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Latin-1 letters (`é`, `à`, `Ç`: U+00C0..U+00FF), the bulk of French
    // text, without the Unicode tables: every one is a letter except `×`, `÷`.
    if bytes[at] == 0xC3 {
        return match bytes.get(at + 1) {
            Some(0x97 | 0xB7) => None,
            _ => Some(2),
        };
    }
    let c = text[at..].chars().next()?;
    is_word_char(c).then(|| c.len_utf8())
}

/// Whether the character at `at` (a character boundary, or the end) is a
/// word character.
fn word_char_at(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(&b) => match BYTE_CLASS[b as usize] {
            ByteClass::Letter | ByteClass::Digit => true,
            ByteClass::Wide => wide_word_char(text, at).is_some(),
            _ => false,
        },
    }
}

/// End of the run of ASCII letters from `at`, eight bytes at a time.
#[inline]
fn letters_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(word) = swar::word_at(bytes, at) {
        let others = !swar::ascii_letters(word) & swar::HIGH;
        if others != 0 {
            return at + swar::first(others);
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&b| BYTE_CLASS[b as usize] == ByteClass::Letter) {
        at += 1;
    }
    at
}

/// End of the word starting at `start` (a word character) and whether it is
/// all digits.
#[inline]
fn word_end(text: &str, start: usize) -> (usize, bool) {
    word_end_from(text, start, true)
}

/// [`word_end`] resumed at `j` inside the word, `all_digits` saying whether
/// the word so far is.
#[inline]
fn word_end_from(text: &str, mut j: usize, mut all_digits: bool) -> (usize, bool) {
    let bytes = text.as_bytes();
    loop {
        // Consume a run of word characters: ASCII letters in a tight loop,
        // digits and non-ASCII characters one by one.
        while let Some(&b) = bytes.get(j) {
            match BYTE_CLASS[b as usize] {
                ByteClass::Letter => {
                    all_digits = false;
                    j = letters_end(bytes, j + 1);
                }
                ByteClass::Digit => j += 1,
                ByteClass::Wide => match wide_word_char(text, j) {
                    Some(len) => {
                        all_digits = false;
                        j += len;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        // An inner hyphen joins two word runs; an inner `.` or `,` joins two
        // digit runs (`10.000`, `2,4`).
        if j + 1 < bytes.len() {
            let sep = bytes[j];
            if sep == b'-' && word_char_at(text, j + 1) {
                j += 1;
                continue;
            }
            if (sep == b'.' || sep == b',') && all_digits && bytes[j + 1].is_ascii_digit() {
                j += 1;
                continue;
            }
        }
        return (j, all_digits);
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with_ends(text).0
}

/// Splits `text` into tokens, and lists the tokens that may end a sentence
/// (for [`sentences_from`]): each `.`, `!`, `?` and `…`, and each token
/// followed by a line break, in order.
pub fn tokenize_with_ends(text: &str) -> (Vec<Token>, Vec<u32>) {
    // News text has about one token per five bytes; a little more room than
    // that avoids copying the whole vector when it grows.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 8);
    let mut ends: Vec<u32> = Vec::with_capacity(text.len() / 64 + 8);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (len, kind) = match BYTE_CLASS[b as usize] {
            ByteClass::Blank => {
                if b == b'\n' && !tokens.is_empty() {
                    let last = tokens.len() as u32 - 1;
                    if ends.last() != Some(&last) {
                        ends.push(last);
                    }
                }
                i += 1;
                continue;
            }
            ByteClass::Symbol => {
                if matches!(b, b'.' | b'!' | b'?') {
                    ends.push(tokens.len() as u32);
                }
                (1, TokenKind::Punct)
            }
            ByteClass::Letter => {
                // Most words are ASCII letters ended by a space or a
                // punctuation mark that joins nothing: no call needed.
                let j = letters_end(bytes, i + 1);
                let plain_end = match bytes.get(j) {
                    None => true,
                    Some(&b) => match BYTE_CLASS[b as usize] {
                        ByteClass::Blank => true,
                        ByteClass::Symbol => b != b'-',
                        _ => false,
                    },
                };
                let end = if plain_end { j } else { word_end_from(text, j, false).0 };
                (end - i, TokenKind::Word)
            }
            ByteClass::Digit => {
                let (end, all_digits) = word_end(text, i);
                (end - i, if all_digits { TokenKind::Number } else { TokenKind::Word })
            }
            // A Latin-1 letter (`à`, `é`: U+00C0..U+00FF bar `×`, `÷`) opens a
            // word, as `wide_word_char` says, without decoding it.
            ByteClass::Wide if b == 0xC3 && !matches!(bytes.get(i + 1), Some(0x97 | 0xB7)) => {
                let (end, all_digits) = word_end(text, i);
                (end - i, if all_digits { TokenKind::Number } else { TokenKind::Word })
            }
            ByteClass::Wide => {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    i += 1;
                    continue;
                };
                if c.is_whitespace() || c.is_control() {
                    i += c.len_utf8();
                    continue;
                }
                if wide_word_char(text, i).is_some() {
                    let (end, all_digits) = word_end(text, i);
                    (end - i, if all_digits { TokenKind::Number } else { TokenKind::Word })
                } else {
                    if c == '…' {
                        ends.push(tokens.len() as u32);
                    }
                    (c.len_utf8(), TokenKind::Punct)
                }
            }
        };
        tokens.push(Token { start: i as u32, end: (i + len) as u32, kind });
        i += len;
        // One space after a token, the commonest gap, skipped without a
        // turn of the loop (a space ends nothing).
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    // The room not taken (a quarter of it in news text) goes back to the
    // allocator for the vectors that come next; shrinking in place copies nothing.
    tokens.shrink_to_fit();
    (tokens, ends)
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
    "prof", "gen", "gén", "col", "lt", "sgt", "capt", "cpt", "gov", "sen", "rep", "jr", "sr",
    "inc", "ltd", "co", "corp", "no", "vs", "etc", "cf", "av", "bd", "p", "pp", "vol", "art",
    "env", "min", "max", "fig", "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "juil",
    "aug", "sep", "sept", "oct", "nov", "dec", "déc", "u", "s", "e", "mt", "ft",
];

/// Bytes of the longest abbreviation: longer words are not looked up.
const LONGEST_ABBREVIATION: usize = 4;

fn is_abbreviation(word: &str) -> bool {
    (word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&super::case::lowercase(word).as_str()))
        // A single capital letter is an initial: "J. Biden".
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Splits the token stream into sentences. A line break always ends a
/// sentence (news text puts headlines and paragraphs on lines of their
/// own); `.`, `!`, `?` and `…` end one unless they follow an abbreviation
/// or the next word starts in lower case.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let ends: Vec<u32> = (0..tokens.len())
        .filter(|&i| {
            let t = tokens[i];
            let next_start = tokens.get(i + 1).map_or(t.end, |n| n.start) as usize;
            let gap = bytes.get(t.end as usize..next_start).unwrap_or_default();
            gap.contains(&b'\n') || (t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?" | "…"))
        })
        .map(|i| i as u32)
        .collect();
    sentences_from(text, tokens, &ends)
}

/// [`sentences`], given the tokens that may end one (`tokenize_with_ends`):
/// only those are looked at.
pub fn sentences_from(text: &str, tokens: &[Token], ends: &[u32]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(ends.len() + 1);
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
    let bytes = text.as_bytes();
    for &end in ends {
        let i = end as usize;
        // Tokens taken into the previous sentence (closing quotes) end nothing.
        let Some(&t) = tokens.get(i).filter(|_| i >= first) else { continue };
        // A line break between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map_or(t.end, |n| n.start) as usize;
        let gap = bytes.get(t.end as usize..next_start).unwrap_or_default();
        let line_break = gap != b" " && gap.contains(&b'\n');
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
        if !ends {
            continue;
        }
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
        assert_eq!(
            sentence_texts("Crews left Ft. Worth for Mt. Kenya. Nobody came back."),
            ["Crews left Ft. Worth for Mt. Kenya.", "Nobody came back."]
        );
        assert_eq!(sentence_texts("« Nous partons. » Il a dit."), ["« Nous partons. »", "Il a dit."]);
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_bound() {
        for a in ABBREVIATIONS {
            assert!(a.len() <= LONGEST_ABBREVIATION, "{a}");
        }
    }

    #[test]
    fn non_ascii_words_and_symbols() {
        assert_eq!(words("Élysée × 3 ÷ 2 ½ Ἀθῆναι naïve"), ["Élysée", "×", "3", "÷", "2", "½", "Ἀθῆναι", "naïve"]);
        assert_eq!(words("e\u{301}te\u{0301}\u{2003}x\u{1680}y"), ["e\u{301}te\u{0301}", "x", "y"]);
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(sentence_texts("").is_empty());
        assert!(sentence_texts("   \n\n ").is_empty());
    }
}
