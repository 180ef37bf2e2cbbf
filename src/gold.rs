//! Gold files: one JSON object a line, as `ANNOTATION.md` describes.
//!
//! Parsing checks what the guide promises (offsets in code points that
//! slice the text to the span's `text`, known categories and languages) and
//! says which line is wrong and why, so a typo in a hand-annotated file is
//! found in seconds.

use crate::model::{Category, Lang};
use crate::offsets::byte_of_code_point;
use serde::Deserialize;
use std::fmt;

/// One gold document, offsets converted to bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    pub id: String,
    pub lang: Lang,
    pub text: String,
    pub spans: Vec<GoldSpan>,
}

/// A gold span in byte offsets of `GoldDoc::text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub category: Category,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldError {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for GoldError {}

#[derive(Deserialize)]
struct RawDoc {
    id: Option<String>,
    lang: String,
    text: String,
    #[serde(default)]
    spans: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
    category: String,
    text: Option<String>,
}

/// Parses a whole gold file. Blank lines are skipped.
pub fn parse(content: &str) -> Result<Vec<GoldDoc>, GoldError> {
    let mut docs = Vec::new();
    for (index, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        docs.push(parse_line(line, index + 1)?);
    }
    Ok(docs)
}

/// serde's message without its "at line 1 column N" (a gold line is one JSON
/// line, so only the column says anything), and a missing or mistyped field
/// named as such rather than as "invalid JSON".
fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);
    let column = if e.line() > 0 { format!(" (column {})", e.column()) } else { String::new() };
    match e.classify() {
        serde_json::error::Category::Data => format!("{message}{column}"),
        _ => format!("invalid JSON: {message}{column}"),
    }
}

fn parse_line(line: &str, number: usize) -> Result<GoldDoc, GoldError> {
    let err = |message: String| GoldError { line: number, message };
    let raw: RawDoc = serde_json::from_str(line).map_err(|e| err(json_error(&e)))?;
    let lang: Lang = raw.lang.parse().map_err(err)?;
    let id = raw.id.unwrap_or_else(|| format!("line-{number}"));
    let mut spans = Vec::with_capacity(raw.spans.len());
    let mut ranges = Vec::with_capacity(raw.spans.len());
    for (k, value) in raw.spans.into_iter().enumerate() {
        let s: RawSpan = serde_json::from_value(value).map_err(|e| err(format!("span {}: {}", k + 1, json_error(&e))))?;
        let which = format!("span {} ({}..{})", k + 1, s.start, s.end);
        let category: Category = s.category.parse().map_err(|e| err(format!("{which}: {e}")))?;
        if s.start >= s.end {
            return Err(err(format!("{which}: start must be before end")));
        }
        let (Some(start), Some(end)) =
            (byte_of_code_point(&raw.text, s.start), byte_of_code_point(&raw.text, s.end))
        else {
            return Err(err(format!(
                "{which}: offsets past the end of the text ({} code points)",
                raw.text.chars().count()
            )));
        };
        if let Some(expected) = &s.text {
            let actual = &raw.text[start..end];
            if actual != expected {
                return Err(err(format!(
                    "{which}: text says {expected:?} but the offsets slice {actual:?}"
                )));
            }
        }
        spans.push(GoldSpan { start, end, category });
        ranges.push((s.start, s.end));
    }
    // The guide: spans of different categories may overlap; two of one category never do.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| (spans[k].category, spans[k].start));
    for pair in order.windows(2) {
        let (a, b) = (pair[0].min(pair[1]), pair[0].max(pair[1]));
        if spans[a].category == spans[b].category && spans[a].start.max(spans[b].start) < spans[a].end.min(spans[b].end) {
            return Err(err(format!(
                "spans {} ({}..{}) and {} ({}..{}) overlap, both {}: two spans of one category never overlap",
                a + 1, ranges[a].0, ranges[a].1, b + 1, ranges[b].0, ranges[b].1, spans[a].category.name()
            )));
        }
    }
    Ok(GoldDoc { id, lang, text: raw.text, spans })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_code_point_offsets_into_bytes() {
        let line = r#"{"id":"a","lang":"fr","text":"À Kiev, l’OTAN","spans":[{"start":2,"end":6,"category":"state","text":"Kiev"},{"start":10,"end":14,"category":"organization","text":"OTAN"}]}"#;
        let docs = parse(line).expect("valid");
        let d = &docs[0];
        assert_eq!(&d.text[d.spans[0].start..d.spans[0].end], "Kiev");
        assert_eq!(&d.text[d.spans[1].start..d.spans[1].end], "OTAN");
    }

    #[test]
    fn malformed_lines_say_which_and_why() {
        let cases: &[(&str, &str)] = &[
            ("{not json", "line 2: invalid JSON"),
            (r#"{"lang":"de","text":"x"}"#, "line 2: unknown language"),
            (r#"{"lang":"en","text":"abc","spans":[{"start":0,"end":9,"category":"person"}]}"#, "past the end"),
            (r#"{"lang":"en","text":"abc","spans":[{"start":1,"end":1,"category":"person"}]}"#, "start must be before end"),
            (r#"{"lang":"en","text":"abc","spans":[{"start":0,"end":1,"category":"hero"}]}"#, "unknown category"),
            (r#"{"lang":"en","text":"abc","spans":[{"start":0,"end":1,"category":"person","text":"b"}]}"#, "slice \"a\""),
        ];
        for (line, expected) in cases {
            let content = format!("\n{line}\n");
            let e = parse(&content).expect_err(line).to_string();
            assert!(e.contains(expected), "{line}: got {e:?}, expected {expected:?}");
        }
    }
}
