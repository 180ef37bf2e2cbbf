//! Texts the equivalence tests run on (tests only): the gold files' texts,
//! the sample article and the benchmark paragraphs found in the repository.
//! A file that is missing (the shared corpus outside CI) is skipped.

pub fn texts() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    for gold in ["../shared/corpus/dev.jsonl", "tests/corpus/heldout.jsonl", "tests/corpus/blind-2026-11-25/blind.jsonl"] {
        let Ok(file) = std::fs::read_to_string(format!("{root}/{gold}")) else { continue };
        for line in file.lines() {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                texts.push(text.to_string());
            }
        }
    }
    for file in ["tests/fixtures/sample-fr.txt", "bench/paragraphs/fr.txt", "bench/paragraphs/en.txt"] {
        if let Ok(text) = std::fs::read_to_string(format!("{root}/{file}")) {
            texts.push(text);
        }
    }
    texts
}
