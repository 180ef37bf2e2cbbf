//! The text layer as it was before its speed work (2026-11-26), kept for
//! tests only: the fast `normalize` and `tokens` must give exactly the
//! output of these (the `equivalence` tests in `text::tests`).

#![allow(dead_code)]

/// The original `normalize.rs`.
pub mod normalize {

    use crate::text::canonical;

    /// A run of the normalised text and where it came from.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Segment {
        /// Byte offset in the normalised text where the run starts.
        norm: u32,
        /// Byte offset in the original text where the run's source starts.
        orig: u32,
        /// Byte length of the run's source in the original text.
        orig_len: u32,
        /// `true`: the run is a byte-for-byte copy; `false`: one replaced unit
        /// whose every output byte maps to the whole source `orig..orig+orig_len`.
        verbatim: bool,
    }

    /// Normalised text with its offset map.
    #[derive(Debug, Clone)]
    pub struct Normalized {
        pub text: String,
        segments: Vec<Segment>,
        orig_len: usize,
    }

    /// What one original character becomes.
    enum Replacement {
        Keep,
        Drop,
        Char(char),
        Str(&'static str),
    }

    fn replacement(c: char) -> Replacement {
        use Replacement::*;
        match c {
            // Apostrophes and single quotes used as apostrophes.
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}' => Char('\''),
            // Every space-like character becomes a plain space; line breaks stay.
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Char(' '),
            '\u{2028}' | '\u{2029}' | '\u{0085}' => Char('\n'),
            '\r' => Char('\n'),
            '\t' | '\u{000B}' | '\u{000C}' => Char(' '),
            // Invisible characters that break words apart.
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Drop,
            // Hyphens and the minus sign used as a hyphen inside words.
            '\u{2010}' | '\u{2011}' => Char('-'),
            // Ligatures.
            '\u{FB00}' => Str("ff"),
            '\u{FB01}' => Str("fi"),
            '\u{FB02}' => Str("fl"),
            '\u{FB03}' => Str("ffi"),
            '\u{FB04}' => Str("ffl"),
            '\u{FB05}' | '\u{FB06}' => Str("st"),
            '\u{0152}' => Str("OE"),
            '\u{0153}' => Str("oe"),
            '\u{00C6}' => Str("AE"),
            '\u{00E6}' => Str("ae"),
            _ => Keep,
        }
    }

    /// Byte length of the character at `at` if normalisation keeps it as it is
    /// (whatever follows it), else 0. Answers from the first two bytes for
    /// ASCII and the Latin-1 range, which is nearly all of French and English
    /// text; 0 for anything else (the slow path decides).
    fn kept_len(bytes: &[u8], at: usize) -> usize {
        match bytes.get(at) {
            None => 0,
            Some(b'\r' | b'\t' | 0x0B | 0x0C) => 0,
            Some(0..=0x7F) => 1,
            // U+0080..U+00BF: all kept but NEL, the no-break space and the soft hyphen.
            Some(0xC2) => match bytes.get(at + 1) {
                Some(0x85 | 0xA0 | 0xAD) | None => 0,
                Some(_) => 2,
            },
            // U+00C0..U+00FF: all kept but the ligatures Æ and æ.
            Some(0xC3) => match bytes.get(at + 1) {
                Some(0x86 | 0xA6) | None => 0,
                Some(_) => 2,
            },
            Some(_) => 0,
        }
    }

    /// Whether all eight bytes of `chunk` are printable ASCII (0x20..=0x7F),
    /// tested on one 64-bit word: no byte has its high bit set and none is
    /// below 0x20.
    fn printable_ascii(chunk: &[u8]) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else { return false };
        let word = u64::from_le_bytes(bytes);
        // A byte below 0x20 borrows when 0x20 is subtracted from it and sets
        // its high bit (a classic bit trick: "has a byte less than n").
        let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
        word & HIGH == 0 && below_space == 0
    }

    /// Whether a combining mark may start at this byte: the first byte of the
    /// UTF-8 encoding of every range [`is_combining_mark`] accepts.
    fn combining_mark_may_start(byte: Option<&u8>) -> bool {
        matches!(byte, Some(0xCC | 0xCD | 0xE1 | 0xE2 | 0xEF))
    }

    fn is_combining_mark(c: char) -> bool {
        matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
    }

    impl Normalized {
        /// Normalises `original`. Linear in its length; text that needs no change
        /// is copied with a single segment.
        pub fn new(original: &str) -> Normalized {
            let mut text = String::with_capacity(original.len());
            let mut segments: Vec<Segment> = Vec::new();
            // Start of the current verbatim run in the original, if one is open.
            let mut run_start: Option<usize> = None;
            let close_run = |segments: &mut Vec<Segment>, text: &String, run_start: &mut Option<usize>, at: usize| {
                if let Some(start) = run_start.take() {
                    let len = at - start;
                    segments.push(Segment {
                        norm: (text.len() - len) as u32,
                        orig: start as u32,
                        orig_len: len as u32,
                        verbatim: true,
                    });
                }
            };

            let char_at = |at: usize| original.get(at..).and_then(|rest| rest.chars().next());
            let bytes = original.as_bytes();
            // `original[copied..i]` is kept as it is and not yet copied: runs of
            // kept characters are copied in one go.
            let mut copied = 0;
            let mut i = 0;
            loop {
                // Fastest path: eight printable ASCII characters at once.
                if let Some(chunk) = bytes.get(i..i + 8) {
                    if printable_ascii(chunk) && !combining_mark_may_start(bytes.get(i + 8)) {
                        i += 8;
                        continue;
                    }
                }
                // Fast path: a character that is kept as it is and not followed
                // by a combining mark (most of any news text) stays in the run.
                let kept = kept_len(bytes, i);
                if kept > 0 && !combining_mark_may_start(bytes.get(i + kept)) {
                    i += kept;
                    continue;
                }
                if copied < i {
                    if run_start.is_none() {
                        run_start = Some(copied);
                    }
                    text.push_str(&original[copied..i]);
                }
                let Some(c) = char_at(i) else { break };
                let next = i + c.len_utf8();
                // A base letter followed by combining marks: compose to NFC so
                // that `e\u{301}` matches `é`.
                let next_is_mark = char_at(next).is_some_and(is_combining_mark);
                if next_is_mark && !c.is_whitespace() {
                    let mut end = next;
                    while let Some(n) = char_at(end).filter(|&n| is_combining_mark(n)) {
                        end += n.len_utf8();
                    }
                    let cluster = &original[i..end];
                    let composed = canonical::nfc(cluster);
                    if composed == cluster {
                        if run_start.is_none() {
                            run_start = Some(i);
                        }
                        text.push_str(cluster);
                    } else {
                        close_run(&mut segments, &text, &mut run_start, i);
                        segments.push(Segment {
                            norm: text.len() as u32,
                            orig: i as u32,
                            orig_len: (end - i) as u32,
                            verbatim: false,
                        });
                        text.push_str(&composed);
                    }
                    i = end;
                    copied = i;
                    continue;
                }
                match replacement(c) {
                    Replacement::Keep => {
                        if run_start.is_none() {
                            run_start = Some(i);
                        }
                        text.push(c);
                    }
                    Replacement::Drop => {
                        close_run(&mut segments, &text, &mut run_start, i);
                    }
                    Replacement::Char(r) => {
                        if r.len_utf8() == c.len_utf8() {
                            // Same length: stays inside a verbatim run.
                            if run_start.is_none() {
                                run_start = Some(i);
                            }
                            text.push(r);
                        } else {
                            close_run(&mut segments, &text, &mut run_start, i);
                            segments.push(Segment {
                                norm: text.len() as u32,
                                orig: i as u32,
                                orig_len: c.len_utf8() as u32,
                                verbatim: false,
                            });
                            text.push(r);
                        }
                    }
                    Replacement::Str(s) => {
                        close_run(&mut segments, &text, &mut run_start, i);
                        segments.push(Segment {
                            norm: text.len() as u32,
                            orig: i as u32,
                            orig_len: c.len_utf8() as u32,
                            verbatim: false,
                        });
                        text.push_str(s);
                    }
                }
                i = next;
                copied = i;
            }
            close_run(&mut segments, &text, &mut run_start, original.len());
            Normalized { text, segments, orig_len: original.len() }
        }

        fn segment_at(&self, norm: usize) -> Option<&Segment> {
            let idx = self.segments.partition_point(|s| s.norm as usize <= norm);
            idx.checked_sub(1).map(|i| &self.segments[i])
        }

        /// Original byte offset where the normalised character at `norm` starts.
        pub fn original_start(&self, norm: usize) -> usize {
            if norm >= self.text.len() {
                return self.orig_len;
            }
            match self.segment_at(norm) {
                Some(s) if s.verbatim => s.orig as usize + (norm - s.norm as usize),
                Some(s) => s.orig as usize,
                None => 0,
            }
        }

        /// Original byte offset just past the normalised character ending at `norm`.
        pub fn original_end(&self, norm: usize) -> usize {
            if norm == 0 {
                return self.original_start(0);
            }
            let last = norm.min(self.text.len()) - 1;
            match self.segment_at(last) {
                Some(s) if s.verbatim => s.orig as usize + (norm - s.norm as usize),
                Some(s) => (s.orig + s.orig_len) as usize,
                None => 0,
            }
        }
    }

    /// Lower-cases `text` character by character, keeping every byte offset:
    /// a character whose lower case has another UTF-8 length (`İ`, a few
    /// archaic letters) is kept as it is. The result aligns byte for byte with
    /// `text`, so tokens found in one are valid in the other.
    pub fn fold_case(text: &str) -> String {
        // ASCII letters are lowered in one pass over the whole text; then only
        // the non-ASCII characters that may have a lower case are looked at.
        let mut out = text.to_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // Eight ASCII bytes at once.
            if let Some(Ok(chunk)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from) {
                if u64::from_le_bytes(chunk) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            match b {
                0..=0x7F => i += 1,
                // U+0080..U+00BF (no letter with a case but `µ`, its own lower case).
                0xC2 => i += 2,
                // U+00C0..U+00FF: `À`..`Þ` (bar `×`) lower to the same letter 0x20 later.
                0xC3 => {
                    if let Some(&second @ 0x80..=0x9E) = bytes.get(i + 1) {
                        if second != 0x97 {
                            let lower = char::from_u32(0xC0 + u32::from(second - 0x80) + 0x20).unwrap_or(' ');
                            replace_char(&mut out, i, 2, lower);
                        }
                    }
                    i += 2;
                }
                _ => {
                    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                        i += 1;
                        continue;
                    };
                    let mut lower = c.to_lowercase();
                    if let (Some(l), None) = (lower.next(), lower.next()) {
                        if l != c && l.len_utf8() == c.len_utf8() {
                            replace_char(&mut out, i, c.len_utf8(), l);
                        }
                    }
                    i += c.len_utf8();
                }
            }
        }
        out
    }

    /// Writes `c` over the `len` bytes of `text` at `at` (`c` is `len` bytes long).
    fn replace_char(text: &mut String, at: usize, len: usize, c: char) {
        let mut buf = [0u8; 4];
        text.replace_range(at..at + len, c.encode_utf8(&mut buf));
    }

    /// Removes accents from a lower-case word: `état` → `etat`. For matching
    /// names that are spelt with and without accents (`Etats-Unis`).
    pub fn strip_accents(word: &str) -> String {
        canonical::nfd(word).chars().filter(|c| !is_combining_mark(*c)).collect()
    }


    impl Normalized {
        /// The offset map as (normalised start, original start, original length, verbatim).
        pub fn parts(&self) -> Vec<(u32, u32, u32, bool)> {
            self.segments.iter().map(|s| (s.norm, s.orig, s.orig_len, s.verbatim)).collect()
        }
    }

}

/// The original `tokens.rs`.
pub mod tokens {

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

    /// End of the word starting at `start` (a word character) and whether it is
    /// all digits.
    #[inline]
    fn word_end(text: &str, start: usize) -> (usize, bool) {
        let bytes = text.as_bytes();
        let mut all_digits = true;
        let mut j = start;
        loop {
            // Consume a run of word characters: ASCII letters in a tight loop,
            // digits and non-ASCII characters one by one.
            while let Some(&b) = bytes.get(j) {
                match BYTE_CLASS[b as usize] {
                    ByteClass::Letter => {
                        all_digits = false;
                        j += 1;
                        while bytes.get(j).is_some_and(|&b| BYTE_CLASS[b as usize] == ByteClass::Letter) {
                            j += 1;
                        }
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
        // News text has about one token per five bytes; a little more room than
        // that avoids copying the whole vector when it grows.
        let mut tokens = Vec::with_capacity(text.len() / 4 + 8);
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (len, kind) = match BYTE_CLASS[b as usize] {
                ByteClass::Blank => {
                    i += 1;
                    continue;
                }
                ByteClass::Symbol => (1, TokenKind::Punct),
                ByteClass::Letter => {
                    // Most words are ASCII letters ended by a space or a
                    // punctuation mark that joins nothing: no call needed.
                    let mut j = i + 1;
                    while bytes.get(j).is_some_and(|&b| BYTE_CLASS[b as usize] == ByteClass::Letter) {
                        j += 1;
                    }
                    let plain_end = match bytes.get(j) {
                        None => true,
                        Some(&b) => match BYTE_CLASS[b as usize] {
                            ByteClass::Blank => true,
                            ByteClass::Symbol => b != b'-',
                            _ => false,
                        },
                    };
                    let end = if plain_end { j } else { word_end(text, i).0 };
                    (end - i, TokenKind::Word)
                }
                ByteClass::Digit => {
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
                        (c.len_utf8(), TokenKind::Punct)
                    }
                }
            };
            tokens.push(Token { start: i as u32, end: (i + len) as u32, kind });
            i += len;
        }
        tokens
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
        (word.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&word.to_lowercase().as_str()))
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
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&t) = tokens.get(i) {
            // A line break between this token and the next ends the sentence.
            // (Gaps are a byte or two: a plain loop, not a call to `memchr`.)
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
                i += 1;
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
            i = last;
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


}
