//! A small deterministic text generator for property tests: news-like
//! French and English fragments mixed with the characters that break naive
//! text code (typographic quotes, NBSP, soft hyphens, ligatures, combining
//! marks, emoji, right-to-left text, NUL bytes, lone line breaks).
//!
//! Deterministic (a fixed-seed xorshift) so a failure reproduces exactly;
//! the failing input is printed by `properties::scan_checked`.

/// xorshift64*: tiny, fast, good enough to pick fragments.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Sentence pieces the detectors react to, in both languages.
const NEWS: &[&str] = &[
    "Le ministre a affirmé, sans preuve, que la situation était maîtrisée.",
    "Selon des sources proches du dossier, l'armée aurait tué trois civils.",
    "D'après l'AFP, Emmanuel Macron s'est rendu à Kiev mercredi.",
    "Le porte-parole du Kremlin, Dmitri Peskov, a démenti ces informations.",
    "Il semblerait que les négociations soient au point mort.",
    "« Nous n'avons aucune preuve », a reconnu un responsable européen.",
    "L’Organisation des Nations unies (ONU) s’est dite « préoccupée ».",
    "The minister claimed, without evidence, that the election was rigged.",
    "According to people familiar with the matter, Russia reportedly moved troops.",
    "Officials said the United States would allegedly impose new sanctions.",
    "Some experts believe the Pentagon may have underestimated the threat.",
    "\"We have no evidence,\" a senior U.S. official told Reuters on Tuesday.",
    "Joe Biden and Xi Jinping met in San Francisco, the White House said.",
    "The Guardian could not independently verify the claims.",
];

/// Names and capitalised runs (actors, acronyms, particles, hyphens).
const NAMES: &[&str] = &[
    "Emmanuel Macron", "Vladimir Poutine", "Volodymyr Zelensky", "Jean-Luc Mélenchon",
    "Ursula von der Leyen", "Charles de Gaulle", "Ban Ki-moon", "O'Brien", "McDonald's",
    "l'OTAN", "the U.S.", "U.N.", "Organisation mondiale de la santé", "Wall Street Journal",
    "Moscou", "Washington", "Saint-Pétersbourg", "Côte d'Ivoire", "New York", "Le Monde",
];

/// Short glue pieces and punctuation, including typographic forms.
const GLUE: &[&str] = &[
    " ", " ", " ", ", ", ". ", "; ", ": ", " — ", " – ", "…", "?", "!", " « ", " » ", "“", "”",
    "‘", "’", "'", "\"", "(", ")", "[", "]", "-", "‑", "/", "\n", "\r\n", "\r", "\n\n", "\t",
    " a dit ", " said ", " selon ", " according to ", " aurait ", " reportedly ", " que ", " that ",
];

/// Characters chosen to stress normalisation, folding and offset mapping.
const ODD: &[&str] = &[
    "\u{00A0}",       // no-break space
    "\u{202F}",       // narrow no-break space (French typography)
    "\u{00AD}",       // soft hyphen
    "\u{200B}",       // zero-width space
    "\u{200D}",       // zero-width joiner
    "\u{FEFF}",       // byte-order mark mid-text
    "\u{FB01}",       // ﬁ ligature
    "\u{FB00}",       // ﬀ ligature
    "\u{0301}",       // combining acute, possibly on nothing
    "e\u{0301}",      // decomposed é
    "\u{0130}",       // İ: lowercases to two chars
    "\u{1E9E}",       // ẞ
    "ß",
    "Σ",
    "😀",
    "👩\u{200D}👩\u{200D}👧", // ZWJ family
    "🇫🇷",                  // regional indicators
    "\u{0000}",             // NUL
    "\u{0085}",             // next line
    "\u{2028}",             // line separator
    "\u{2029}",             // paragraph separator
    "مرحبا بالعالم",        // Arabic, right to left
    "שלום",                 // Hebrew
    "\u{202E}",             // right-to-left override
    "\u{202C}",             // pop directional formatting
    "中文新闻",
    "Ελλάδα",
    "Москва",
    "\u{FFFD}",             // what lossy decoding of a lone surrogate gives
    "\u{10FFFF}",
    "\u{E000}",             // private use
    "𝐀𝐁𝐂",                 // mathematical bold capitals
];

/// One random text of roughly `pieces` pieces.
pub fn text(rng: &mut Rng, pieces: usize) -> String {
    let mut out = String::new();
    for _ in 0..pieces {
        match rng.below(10) {
            0..=2 => out.push_str(rng.pick(NEWS)),
            3..=4 => out.push_str(rng.pick(NAMES)),
            5..=7 => out.push_str(rng.pick(GLUE)),
            8 => out.push_str(rng.pick(ODD)),
            _ => {
                // A news fragment cut at a random char boundary, or with an
                // odd character spliced into the middle of a word.
                let sentence = rng.pick(NEWS);
                let cut = char_boundary_at(sentence, rng.below(sentence.len() + 1));
                if rng.below(2) == 0 {
                    out.push_str(&sentence[cut..]);
                } else {
                    out.push_str(&sentence[..cut]);
                    out.push_str(rng.pick(ODD));
                    out.push_str(&sentence[cut..]);
                }
            }
        }
    }
    out
}

/// The largest char boundary of `s` at or before `index`.
pub fn char_boundary_at(s: &str, mut index: usize) -> usize {
    index = index.min(s.len());
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}
