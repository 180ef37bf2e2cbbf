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
//! only place anyone edits.

use std::fs;
use std::io;
use std::path::Path;

/// The directories whose `.txt` and `.tsv` files the engine compiles in.
const DATA_DIRS: &[&str] = &["data/lexicons", "data/gazetteer", "data/unicode"];

fn main() -> io::Result<()> {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for dir in DATA_DIRS {
        copy_tree(Path::new(dir), Path::new(&out_dir))?;
    }
    Ok(())
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
            fs::write(&target, without_comments(&fs::read_to_string(&path)?))?;
        }
    }
    Ok(())
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
