//! Reading the lexicon files of `data/lexicons/`.
//!
//! Every file is plain text a journalist can edit:
//! - `#` starts a comment (to the end of the line); blank lines are ignored;
//! - `[name]` on a line of its own opens a section (files without sections
//!   put everything in the section `""`);
//! - every other line is one entry, trimmed.
//!
//! The files are compiled into the binary with `include_str!` (see
//! [`source`]) and parsed once, by the `LazyLock`s of the modules that use
//! them.

use crate::model::Lang;

/// One parsed lexicon: its entries grouped by section, in file order
/// (borrowed from the text: no copy of each entry).
#[derive(Debug, Default, Clone)]
pub struct Lexicon<'t> {
    sections: Vec<(&'t str, Vec<&'t str>)>,
}

impl<'t> Lexicon<'t> {
    pub fn parse(text: &'t str) -> Lexicon<'t> {
        let mut sections: Vec<(&'t str, Vec<&'t str>)> = vec![("", Vec::new())];
        // Lines and comments found by bytes (`str::lines` and `split('#')` set
        // up a searcher per call: a fresh engine reads some 3,000 lines here,
        // issue 6); a `\r` before the `\n` goes with the trim.
        let mut rest = text;
        while !rest.is_empty() {
            let (raw, after) = match rest.as_bytes().iter().position(|&b| b == b'\n') {
                Some(at) => (&rest[..at], &rest[at + 1..]),
                None => (rest, ""),
            };
            rest = after;
            let line = match raw.as_bytes().iter().position(|&b| b == b'#') {
                Some(at) => &raw[..at],
                None => raw,
            }
            .trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('[') && line.ends_with(']') && line.len() >= 2 {
                let name = line[1..line.len() - 1].trim();
                sections.push((name, Vec::new()));
                continue;
            }
            if let Some(last) = sections.last_mut() {
                last.1.push(line);
            }
        }
        Lexicon { sections }
    }

    /// The entries of section `name` (empty if the file has no such section).
    pub fn section<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'t str> + 'a {
        self.sections
            .iter()
            .filter(move |(n, _)| *n == name)
            .flat_map(|(_, entries)| entries.iter().copied())
    }

    /// Every entry of every section.
    pub fn entries(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.sections.iter().flat_map(|(_, entries)| entries.iter().copied())
    }
}

/// The lexicon files, by language and name, as compiled into the binary.
pub fn source(lang: Lang, name: &str) -> &'static str {
    macro_rules! files {
        ($($lang:ident / $name:literal),* $(,)?) => {
            match (lang, name) {
                $( (Lang::$lang, $name) => include_str!(concat!(env!("OUT_DIR"),
                    "/data/lexicons/", files!(@dir $lang), "/", $name, ".txt")), )*
                _ => "",
            }
        };
        (@dir Fr) => { "fr" };
        (@dir En) => { "en" };
    }
    files!(
        Fr / "reporting-verbs", En / "reporting-verbs",
        Fr / "claim-verbs", En / "claim-verbs",
        Fr / "verb-models",
        Fr / "grammar", En / "grammar",
        Fr / "hedge", En / "hedge",
        Fr / "no-evidence", En / "no-evidence",
        Fr / "vague-source", En / "vague-source",
        Fr / "conditional",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markers::pattern::PatternSet;

    const FILES: &[(Lang, &str)] = &[
        (Lang::Fr, "reporting-verbs"), (Lang::En, "reporting-verbs"),
        (Lang::Fr, "claim-verbs"), (Lang::En, "claim-verbs"),
        (Lang::Fr, "verb-models"), (Lang::Fr, "grammar"), (Lang::En, "grammar"),
        (Lang::Fr, "hedge"), (Lang::En, "hedge"),
        (Lang::Fr, "no-evidence"), (Lang::En, "no-evidence"),
        (Lang::Fr, "vague-source"), (Lang::En, "vague-source"),
        (Lang::Fr, "conditional"),
    ];

    /// Bounds on the automata the lines compile into, all built on the first
    /// scan of every page (the extension's content script and service worker
    /// pay it at each start). A line is a few dozen states whatever its
    /// alternatives (one per word position); these bounds are ~3x today's.
    /// Before the automata, the trie of one English line reached 20,800 nodes
    /// and the language 146,000 (build 115M instructions, 32 MB peak).
    const LINE_STATES: usize = 64;
    const LINE_EDGES: usize = 400;
    /// Every section of every file of one language, compiled section by
    /// section (more than the engine compiles: word lists are read as sets).
    const LANGUAGE_STATES: usize = 4_500;
    const LANGUAGE_EDGES: usize = 15_000;

    #[test]
    fn lexicon_lines_compile_into_small_automata() {
        for lang in [Lang::Fr, Lang::En] {
            let (mut states, mut edges) = (0, 0);
            for &(_, name) in FILES.iter().filter(|(l, _)| *l == lang) {
                let lex = Lexicon::parse(source(lang, name));
                for (section, lines) in &lex.sections {
                    let set = PatternSet::compile(lang, lex.section(section).map(|line| (line, 0)));
                    states += set.state_count();
                    edges += set.edge_count();
                    for line in lines {
                        let alone = PatternSet::compile(lang, [(*line, 0)]);
                        assert!(
                            alone.state_count() <= LINE_STATES && alone.edge_count() <= LINE_EDGES,
                            "{lang}/{name}.txt: {} states, {} edges (bounds {LINE_STATES}, {LINE_EDGES}): {line}",
                            alone.state_count(),
                            alone.edge_count()
                        );
                    }
                }
            }
            assert!(states <= LANGUAGE_STATES, "{lang}: {states} states in all (bound {LANGUAGE_STATES})");
            assert!(edges <= LANGUAGE_EDGES, "{lang}: {edges} word moves in all (bound {LANGUAGE_EDGES})");
        }
    }

    #[test]
    fn comments_sections_and_blank_lines() {
        let lex = Lexicon::parse("# header\n\nun  # trailing\n[b]\ndeux\n  trois \n[a]\n");
        assert_eq!(lex.section("").collect::<Vec<_>>(), ["un"]);
        assert_eq!(lex.section("b").collect::<Vec<_>>(), ["deux", "trois"]);
        assert_eq!(lex.section("a").count(), 0);
        assert_eq!(lex.entries().count(), 3);
    }

    /// The header is for the journalists who edit `data/`: read there, since the compiled copy
    /// leaves comments out (build.rs). The copy must still hold every entry of the file.
    #[test]
    fn every_file_has_a_comment_header_and_compiles_in_whole() {
        for &(lang, name) in FILES {
            let path = format!("{}/data/lexicons/{lang}/{name}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("lexicon file in data/");
            assert!(text.starts_with('#'), "{lang}/{name}.txt must start with a comment header");
            let on_disk = Lexicon::parse(&text);
            assert!(on_disk.entries().count() > 0, "{lang}/{name}.txt is empty");
            let compiled = Lexicon::parse(source(lang, name));
            assert_eq!(compiled.sections, on_disk.sections, "{lang}/{name}.txt compiled in differently");
            // Endings attach to a word, not to a group: `(a|b){,s}` would
            // read `{,s}` as a stray optional word "s".
            for entry in on_disk.entries() {
                assert!(!entry.contains("){") && !entry.contains("]{"), "{lang}/{name}.txt: endings after a group in {entry:?}");
            }
            // A line whose alternatives multiply past the compiler's guard would lose forms.
            let too_many = super::super::pattern::over_budget(lang, on_disk.entries());
            assert!(too_many.is_empty(), "{lang}/{name}.txt: lines with too many alternatives to expand: {too_many:?}");
        }
    }
}
