//! Deterministic news-like benchmark texts.
//!
//! The paragraphs live in `bench/paragraphs/{fr,en}.txt`: one paragraph per
//! line, with placeholders ({P} person, {O} organisation, {S} state, {C} place,
//! {N} number) filled from the `@P`/`@O`/`@S`/`@C` lists of the same file.
//! Each round shuffles the paragraphs and fills the placeholders from a
//! xorshift32 stream, until the text reaches the wanted size; it is then cut
//! at the last paragraph break that fits.
//!
//! `bench/texts.mjs` implements the very same steps for the wasm and page
//! benchmarks; both print an FNV-1a hash of each text so that the report can
//! check they measured identical input.

const FR: &str = include_str!("../bench/paragraphs/fr.txt");
const EN: &str = include_str!("../bench/paragraphs/en.txt");

/// The seed of each language's stream (any non-zero constants would do).
const SEED_FR: u32 = 0x2545_F491;
const SEED_EN: u32 = 0x6A09_E667;

pub struct Source {
    paragraphs: Vec<&'static str>,
    persons: Vec<&'static str>,
    organisations: Vec<&'static str>,
    states: Vec<&'static str>,
    places: Vec<&'static str>,
    seed: u32,
}

impl Source {
    pub fn new(lang: &str) -> Source {
        let (file, seed) = if lang == "fr" { (FR, SEED_FR) } else { (EN, SEED_EN) };
        let mut source = Source {
            paragraphs: Vec::new(),
            persons: Vec::new(),
            organisations: Vec::new(),
            states: Vec::new(),
            places: Vec::new(),
            seed,
        };
        for line in file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            match line.split_once(' ') {
                Some(("@P", name)) => source.persons.push(name),
                Some(("@O", name)) => source.organisations.push(name),
                Some(("@S", name)) => source.states.push(name),
                Some(("@C", name)) => source.places.push(name),
                _ => source.paragraphs.push(line),
            }
        }
        source
    }

    /// A text of at most `size` bytes (at least one paragraph), paragraphs
    /// separated by a blank line.
    pub fn text(&self, size: usize) -> String {
        let mut rng = XorShift(self.seed);
        let mut out = String::with_capacity(size + 4096);
        let mut order: Vec<usize> = (0..self.paragraphs.len()).collect();
        while out.len() < size {
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            for &p in &order {
                self.fill(self.paragraphs[p], &mut rng, &mut out);
                out.push_str("\n\n");
                if out.len() >= size {
                    break;
                }
            }
        }
        if out.len() > size {
            // Bytes, not `str` slicing: `size` may fall inside a character.
            if let Some(cut) = out.as_bytes()[..size].windows(2).rposition(|w| w == b"\n\n") {
                out.truncate(cut + 2);
            }
        }
        out
    }

    fn fill(&self, paragraph: &str, rng: &mut XorShift, out: &mut String) {
        let mut rest = paragraph;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open..];
            let list = match after.get(..3) {
                Some("{P}") => Some(&self.persons),
                Some("{O}") => Some(&self.organisations),
                Some("{S}") => Some(&self.states),
                Some("{C}") => Some(&self.places),
                _ => None,
            };
            match (list, after.get(..3)) {
                (Some(list), _) => out.push_str(list[rng.below(list.len())]),
                (None, Some("{N}")) => out.push_str(&(10 + rng.below(990)).to_string()),
                _ => {
                    out.push('{');
                    rest = &after[1..];
                    continue;
                }
            }
            rest = &after[3..];
        }
        out.push_str(rest);
    }
}

struct XorShift(u32);

impl XorShift {
    fn next(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u32) as usize
    }
}

/// FNV-1a over the bytes, to compare texts across implementations.
pub fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811C_9DC5, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}
