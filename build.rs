//! Compiles the data files into the engine without their comments.
//!
//! The lexicons, gazetteers and the Unicode table in `data/` open with
//! headers written for the journalists who edit them. The engine skips those
//! lines when it parses the files, yet `include_str!` would still ship them:
//! 11 KB of the 250 KB gzip budget of the WebAssembly download (issue 6).
//! This script copies each file to `OUT_DIR/data/…` without its comment lines
//! (first non-space character `#`) and blank lines, which every parser of
//! these files skips too; the sources use
//! `include_str!(concat!(env!("OUT_DIR"), "/data/…"))`. `data/` stays the
//! only place anyone edits. The gazetteer's two files go as one file of
//! look-up keys (`build_script/gazetteer.rs`), which the engine reads without
//! keying each name at start-up.

use std::fs;
use std::io;
use std::path::Path;

#[path = "build_script/gazetteer.rs"]
mod gazetteer;

/// The directories whose `.txt` and `.tsv` files the engine compiles in.
const DATA_DIRS: &[&str] = &["data/lexicons", "data/gazetteer", "data/unicode"];

fn main() -> io::Result<()> {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for dir in DATA_DIRS {
        copy_tree(Path::new(dir), Path::new(&out_dir))?;
    }
    // The gazetteer's two files, packed into one of look-up keys (build_script/gazetteer.rs).
    let gazetteer_file = |name: &str| fs::read_to_string(Path::new("data/gazetteer").join(name)).map(|text| without_comments(&text));
    let decompositions = gazetteer::decompositions(&fs::read_to_string("data/unicode/canonical.txt")?);
    let keys = gazetteer::packed(&gazetteer_file("generated.tsv")?, &gazetteer_file("supplement.tsv")?, &decompositions);
    fs::create_dir_all(Path::new(&out_dir).join("data/gazetteer"))?;
    fs::write(Path::new(&out_dir).join("data/gazetteer/keys.txt"), keys)?;
    fs::write(Path::new(&out_dir).join("case_tables.rs"), case_tables())?;
    let canonical = fs::read_to_string("data/unicode/canonical.txt")?;
    fs::write(Path::new(&out_dir).join("canonical.bin"), canonical_binary(&canonical))?;
    Ok(())
}

/// `data/unicode/canonical.txt` in the binary form `src/text/canonical.rs`
/// reads (issue 6: 6.9 KB gzip as text, 2.4 KB this way). Numbers are LEB128
/// varints, in columns, since like numbers side by side are what gzip packs best:
///
/// - the number of decompositions, then of combining-class runs;
/// - per decomposition, sorted by character: the character minus the one
///   before; then `parts << 1 | composes` (`composes` for the `=` lines); then the first part's difference from the one before, as a
///   zigzag varint; then the other parts, as they are;
/// - per class run, sorted: its start minus the end of the one before; then
///   its end minus its start; then the class.
fn canonical_binary(text: &str) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut n: u32) {
        while n >= 0x80 {
            out.push(n as u8 | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
    let hex = |h: &str| u32::from_str_radix(h, 16).unwrap_or_else(|_| panic!("canonical.txt: bad code point {h}"));
    let mut decompositions: Vec<(u32, bool, Vec<u32>)> = Vec::new();
    let mut classes: Vec<(u32, u32, u8)> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [c, op @ ("=" | ">"), parts @ ..] if !parts.is_empty() => {
                decompositions.push((hex(c), *op == "=", parts.iter().map(|p| hex(p)).collect()));
            }
            [range, class] => {
                let (start, end) = range.split_once("..").unwrap_or((range, range));
                let class = class.parse().unwrap_or_else(|_| panic!("canonical.txt: bad class in {line}"));
                classes.push((hex(start), hex(end), class));
            }
            _ => panic!("canonical.txt: unreadable line {line}"),
        }
    }
    decompositions.sort_by_key(|d| d.0);
    classes.sort_by_key(|c| c.0);
    let mut out = Vec::new();
    varint(&mut out, decompositions.len() as u32);
    varint(&mut out, classes.len() as u32);
    let mut previous = 0;
    for (c, _, _) in &decompositions {
        varint(&mut out, c - previous);
        previous = *c;
    }
    for (_, composes, parts) in &decompositions {
        varint(&mut out, (parts.len() as u32) << 1 | u32::from(*composes));
    }
    let mut previous = 0i64;
    for (_, _, parts) in &decompositions {
        let delta = i64::from(parts[0]) - previous;
        varint(&mut out, ((delta << 1) ^ (delta >> 63)) as u32);
        previous = i64::from(parts[0]);
    }
    for (_, _, parts) in &decompositions {
        for &part in &parts[1..] {
            varint(&mut out, part);
        }
    }
    let mut previous = 0;
    for (start, end, _) in &classes {
        assert!(*start >= previous && end >= start, "canonical.txt: class runs overlap at {start:X}");
        varint(&mut out, start - previous);
        previous = *end;
    }
    for (start, end, _) in &classes {
        varint(&mut out, end - start);
    }
    for (_, _, class) in &classes {
        varint(&mut out, u32::from(*class));
    }
    out
}

/// The lower-case mapping of the Rust standard library this build uses, as
/// the compact tables `src/text/case.rs` reads (issue 6: core's own table of
/// 1,462 pairs cost 7.7 KB gzip of the wasm download; these runs cost far less).
///
/// - `LOWER_RUNS`: `(first, last, delta, step)`: every `step`-th character
///   from `first` to `last` lowers to itself plus `delta`.
/// - `LOWER_MULTI`: characters that lower to several characters (`İ`).
/// - `CASE_IGNORABLE`: the gaps between the bounds of the Case_Ignorable
///   ranges (a gap over 65,535 is split by a gap of 0), and `TITLECASE`: the
///   cased characters that are neither lower nor upper case. With them
///   `case::lowercase` gives `Σ` the final form exactly where `str::to_lowercase` does.
///
/// Both properties are read off `str::to_lowercase` itself (how it lowers `Σ`
/// next to each character), so the tables cannot disagree with it.
fn case_tables() -> String {
    use std::fmt::Write as _;
    // Whether the `Σ` of `probe` lowered to `ς` (`c`, the other character, is never `Σ`).
    let lowers_final = |probe: String, c: char| {
        probe.to_lowercase().matches('ς').count() > c.to_lowercase().filter(|&l| l == 'ς').count()
    };
    let mut runs: Vec<(u32, u32, i64, u32)> = Vec::new();
    let mut multi = String::new();
    let mut ignorable_bounds: Vec<u32> = Vec::new();
    let mut titlecase = String::new();
    let mut in_ignorable = false;
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let lower: Vec<char> = c.to_lowercase().collect();
        if lower.len() > 1 {
            let _ = write!(multi, "('\\u{{{:x}}}', \"{}\"), ", c as u32, lower.iter().map(|l| format!("\\u{{{:x}}}", *l as u32)).collect::<String>());
        } else if lower[0] != c {
            let (code, delta) = (c as u32, lower[0] as i64 - c as i64);
            match runs.last_mut() {
                Some(run) if run.2 == delta && (run.3 == 0 || code == run.1 + run.3) && code - run.1 <= 2 => {
                    run.3 = code - run.1;
                    run.1 = code;
                }
                _ => runs.push((code, code, delta, 0)),
            }
        }
        // How `Σ` lowers around `c` (the Final_Sigma rule skips case-ignorable
        // characters, then asks whether the next one is cased).
        let probes = if c == 'Σ' {
            (true, true, false) // cased, not ignorable (an upper-case letter)
        } else {
            (lowers_final(format!("{c}Σ"), c), lowers_final(format!("A{c}Σ"), c), lowers_final(format!("AΣ{c}"), c))
        };
        let (ignorable, cased) = match probes {
            (false, true, true) => (true, false),
            (true, true, false) => (false, true),
            (false, false, true) => (false, false),
            other => panic!("U+{:04X}: unexpected Final_Sigma behaviour {other:?}", c as u32),
        };
        if ignorable != in_ignorable {
            ignorable_bounds.push(c as u32);
            in_ignorable = ignorable;
        }
        if cased && !c.is_lowercase() && !c.is_uppercase() {
            let _ = write!(titlecase, "'\\u{{{:x}}}', ", c as u32);
        } else if !cased && !ignorable && (c.is_lowercase() || c.is_uppercase()) {
            panic!("U+{:04X}: lower or upper case yet not cased", c as u32);
        }
    }
    let mut out = String::from("// Generated by build.rs from the standard library's lower-case mapping.\n");
    out.push_str("pub(super) static LOWER_RUNS: &[(u32, u32, i32, u32)] = &[");
    for (first, last, delta, step) in &runs {
        let _ = write!(out, "({first},{last},{delta},{}),", (*step).max(1));
    }
    let _ = writeln!(out, "];\npub(super) static LOWER_MULTI: &[(char, &str)] = &[{multi}];");
    out.push_str("pub(super) static CASE_IGNORABLE: &[u16] = &[");
    let mut previous = 0;
    for bound in ignorable_bounds {
        let mut gap = bound - previous;
        while gap > u32::from(u16::MAX) {
            out.push_str("65535,0,");
            gap -= u32::from(u16::MAX);
        }
        let _ = write!(out, "{gap},");
        previous = bound;
    }
    let _ = writeln!(out, "];\npub(super) static TITLECASE: &[char] = &[{titlecase}];");
    out
}

/// Copies the data files under `dir` to the same relative path under `out`.
fn copy_tree(dir: &Path, out: &Path) -> io::Result<()> {
    // Watching the directory too reruns the script when a file is added.
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            copy_tree(&path, out)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "tsv")) {
            println!("cargo:rerun-if-changed={}", path.display());
            let target = out.join(&path);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            if path.ends_with("gazetteer/generated.tsv") || path.ends_with("gazetteer/supplement.tsv") {
                continue; // packed into keys.txt by `main`
            }
            let mut text = without_comments(&fs::read_to_string(&path)?);
            if path.parent().is_some_and(|dir| dir.ends_with("gazetteer/cues")) {
                text = lower_case_entries(&text);
            } else if path.ends_with("gazetteer/first-names.txt") {
                text = gazetteer::front_coded(&lower_case_entries(&text));
            }
            fs::write(&target, text)?;
        }
    }
    Ok(())
}

/// The actors' word lists (the cue lists, the first names) in lower case, as
/// `src/actors/lexicon.rs` reads them (it lower-cased each word at start-up,
/// issue 6): every line but the `[section]` headers. (`str::to_lowercase` is
/// what `text::case::lowercase` does; build.rs's `case_tables` read it off.)
fn lower_case_entries(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let content = line.trim();
        if content.starts_with('[') && content.ends_with(']') {
            out.push_str(line);
        } else {
            out.push_str(&line.to_lowercase());
        }
        out.push('\n');
    }
    out
}

/// The lines of `text` that carry data, each ended by `\n`. Only whole-line
/// comments go: a `#` later in a line is left to the file's own parser.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let content = line.trim_start();
        if content.trim_end().is_empty() || content.starts_with('#') {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
