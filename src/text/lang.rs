//! French or English, from the commonest function words.

use super::tokens::{Token, TokenKind};
use crate::model::Lang;

const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
    "sur", "avec", "pas", "au", "aux", "par", "ont", "sont", "cette", "ce", "il", "elle", "selon",
];
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "by", "from", "has",
    "have", "are", "were", "it", "this", "said", "an", "at", "its", "which", "their",
];

/// Bytes of the longest word of `FRENCH` and `ENGLISH`.
const LONGEST_FUNCTION_WORD: usize = 5;

/// Counts function words of each language over (at most) the first 2,000
/// words; French wins ties only when it has any evidence at all.
pub fn detect(folded: &str, tokens: &[Token]) -> Lang {
    let (mut fr, mut en) = (0u32, 0u32);
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word).take(2000) {
        let w = t.text(folded);
        // Function words are short: longer words are not compared.
        if w.len() > LONGEST_FUNCTION_WORD {
            continue;
        }
        if FRENCH.contains(&w) {
            fr += 1;
        }
        if ENGLISH.contains(&w) {
            en += 1;
        }
    }
    if fr > en {
        Lang::Fr
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold_case, tokens::tokenize};

    fn lang_of(text: &str) -> Lang {
        let folded = fold_case(text);
        detect(&folded, &tokenize(&folded))
    }

    #[test]
    fn no_function_word_is_longer_than_the_bound() {
        for w in FRENCH.iter().chain(ENGLISH) {
            assert!(w.len() <= LONGEST_FUNCTION_WORD, "{w}");
        }
    }

    #[test]
    fn detects_both_languages() {
        assert_eq!(lang_of("Le ministre a affirmé que les troupes sont parties."), Lang::Fr);
        assert_eq!(lang_of("The minister said that the troops had left."), Lang::En);
        assert_eq!(lang_of(""), Lang::En);
    }
}
