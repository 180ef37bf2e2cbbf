//! Export formats for an `Analysis`: JSON, CSV, Markdown, W3C Web
//! Annotation JSON-LD and a coloured terminal rendering. Shared by the CLI
//! and the extension (through the wasm bindings), so both write the same
//! files. Offsets in every export count Unicode code points, as gold files
//! and the Web Annotation `TextPositionSelector` do.
//!
//! Page text is hostile input here: CSV cells that a spreadsheet would run
//! as a formula are neutralised, Markdown escapes the page's text, and JSON
//! goes through serde.

use crate::model::{Actor, Analysis, Category, Group, Lang, Span, Speaker};
use crate::report::{Report, ReportSpan, Unit};
use crate::text::Document;
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Markdown,
    WebAnnotation,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "md" | "markdown" => Ok(Format::Markdown),
            "jsonld" | "webannotation" => Ok(Format::WebAnnotation),
            other => Err(format!("unknown export format \"{other}\" (expected json, csv, md or jsonld)")),
        }
    }
}

/// Where the text came from; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601 date-time of the export.
    pub date: Option<String>,
}

/// Renders `analysis` of `text` in `format`.
pub fn render(text: &str, analysis: &Analysis, format: Format, meta: &PageMeta) -> String {
    match format {
        Format::Json => json_export(text, analysis, meta),
        Format::Csv => csv_export(text, analysis, meta),
        Format::Markdown => markdown_export(text, analysis, meta),
        Format::WebAnnotation => web_annotation_export(text, analysis, meta),
    }
}

/// The JSON export: the CLI's JSON report (code-point offsets) and where the text came from.
#[derive(Serialize)]
struct JsonExport<'a> {
    lang: Lang,
    spans: &'a [ReportSpan],
    actors: &'a [Actor],
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

fn json_export(text: &str, analysis: &Analysis, meta: &PageMeta) -> String {
    let report = Report::new(text, analysis, Unit::CodePoints);
    pretty_json(&JsonExport {
        lang: report.lang,
        spans: &report.spans,
        actors: &report.actors,
        url: meta.url.as_deref(),
        title: meta.title.as_deref(),
        date: meta.date.as_deref(),
    })
}

/// `value` as indented JSON and a final line break. Serialising these
/// types cannot fail (no maps with non-string keys, no failing `Serialize`).
///
/// Serialised compactly, then indented by `indent_json`: the same text as
/// `serde_json::to_string_pretty`, without a second, pretty-printing copy of
/// every type's serialisation code in the wasm download (issue 6: 1.0 KB gzip).
fn pretty_json(value: &impl Serialize) -> String {
    let mut out = indent_json(&serde_json::to_string(value).unwrap_or_default());
    out.push('\n');
    out
}

/// Compact JSON laid out as serde_json's pretty printer lays it out: one
/// member or element per line, two spaces per level, `": "` after keys, and
/// empty objects and arrays left as `{}` and `[]`.
fn indent_json(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let new_line = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    // Copied through unchanged: string contents (escapes included) and
    // scalars. Only the structural bytes outside strings get layout.
    let mut k = 0;
    let mut copied = 0;
    while k < bytes.len() {
        let structural = match bytes[k] {
            b'"' => {
                // Skip to the closing quote: a backslash always escapes the byte after it.
                k += 1;
                while k < bytes.len() && bytes[k] != b'"' {
                    k += if bytes[k] == b'\\' { 2 } else { 1 };
                }
                k += 1;
                continue;
            }
            b @ (b'{' | b'[' | b'}' | b']' | b',' | b':') => b,
            _ => {
                k += 1;
                continue;
            }
        };
        out.push_str(&compact[copied..k]);
        match structural {
            b'{' | b'[' => {
                let close = if structural == b'{' { b'}' } else { b']' };
                if bytes.get(k + 1) == Some(&close) {
                    out.push_str(if close == b'}' { "{}" } else { "[]" });
                    k += 1;
                } else {
                    out.push(structural as char);
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(structural as char);
            }
            b',' => {
                out.push(',');
                new_line(&mut out, depth);
            }
            _ => out.push_str(": "),
        }
        k += 1;
        copied = k;
    }
    out.push_str(compact.get(copied..).unwrap_or(""));
    out
}

/// Byte ranges of the sentences of `text`, in the original text.
fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    let doc = Document::new(text, None);
    doc.sentences
        .iter()
        .map(|s| (doc.norm.original_start(s.start as usize), doc.norm.original_end(s.end as usize)))
        .collect()
}

/// The sentence holding `span`, or the span's own text when none does.
fn sentence_of<'t>(text: &'t str, sentences: &[(usize, usize)], span: &Span) -> &'t str {
    let k = sentences.partition_point(|&(_, end)| end <= span.start);
    match sentences.get(k) {
        Some(&(start, end)) if start <= span.start && span.end <= end => &text[start..end],
        _ => &text[span.start..span.end],
    }
}

fn speaker_label(text: &str, analysis: &Analysis, span: &Span) -> String {
    match span.speaker {
        Some(Speaker::Actor { actor }) => analysis.actor(actor).map(|a| a.name.clone()).unwrap_or_default(),
        Some(Speaker::Vague { start, end }) => text[start..end].to_string(),
        None => String::new(),
    }
}

fn actor_label(analysis: &Analysis, span: &Span) -> String {
    span.actor.and_then(|id| analysis.actor(id)).map(|a| a.name.clone()).unwrap_or_default()
}

/// One CSV cell: a leading `=`, `+`, `-`, `@`, tab or carriage return gets a
/// `'` so spreadsheets show it as text instead of running it; cells with
/// separators, quotes or line breaks are quoted.
pub fn csv_cell(value: &str) -> String {
    let mut cell = String::with_capacity(value.len() + 2);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.push('\'');
    }
    cell.push_str(value);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

fn csv_export(text: &str, analysis: &Analysis, meta: &PageMeta) -> String {
    let sentences = sentence_ranges(text);
    let url = meta.url.as_deref().unwrap_or("");
    let mut out = String::from("start,end,category,group,text,actor,speaker,sentence,url\n");
    let mut cp = crate::offsets::OffsetCounter::code_points(text);
    let mut cp_end = crate::offsets::OffsetCounter::code_points(text);
    for span in &analysis.spans {
        let start = cp.convert(span.start);
        let end = cp_end.convert(span.end);
        let row = [
            start.to_string(),
            end.to_string(),
            span.category.name().to_string(),
            span.category.group().name().to_string(),
            text[span.start..span.end].to_string(),
            actor_label(analysis, span),
            speaker_label(text, analysis, span),
            one_line(sentence_of(text, &sentences, span)),
            url.to_string(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes page text for Markdown: characters that start emphasis, links,
/// code, HTML or tables are backslash-escaped; line breaks become spaces.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '{' | '}') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The page address for the Markdown header: a web address becomes an
/// autolink; anything else (`javascript:`, `data:`, a file path) stays inert
/// escaped text, because Markdown viewers turn any `<scheme:…>` into a link.
fn md_source(url: &str) -> String {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<{}>", url.trim().replace(['<', '>', ' '], ""))
    } else {
        md_escape(url)
    }
}

fn markdown_export(text: &str, analysis: &Analysis, meta: &PageMeta) -> String {
    let sentences = sentence_ranges(text);
    let mut out = String::new();
    let title = meta.title.as_deref().map(md_escape).unwrap_or_else(|| "ClaimLens annotations".into());
    let _ = writeln!(out, "# {title}\n");
    if let Some(url) = &meta.url {
        let _ = writeln!(out, "- Source: {}", md_source(url));
    }
    if let Some(date) = &meta.date {
        let _ = writeln!(out, "- Exported: {}", md_escape(date));
    }
    let claims: Vec<&Span> = analysis.claims().collect();
    let _ = writeln!(
        out,
        "- Language: {} · {} claim markers · {} actors\n",
        analysis.lang,
        claims.len(),
        analysis.actors.len()
    );

    let _ = writeln!(out, "## Actors\n");
    if analysis.actors.is_empty() {
        let _ = writeln!(out, "No named actor found.\n");
    } else {
        let _ = writeln!(out, "| Actor | Kind | Mentions | Other spellings | Role |\n|---|---|---|---|---|");
        let mut actors: Vec<_> = analysis.actors.iter().collect();
        crate::sort::sort_by(&mut actors, |a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
        for a in actors {
            let others: Vec<String> = a.aliases.iter().filter(|x| **x != a.name).map(|x| md_escape(x)).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                md_escape(&a.name),
                a.category,
                a.mentions,
                others.join(", "),
                a.role.as_deref().map(md_escape).unwrap_or_default()
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## Claims by speaker\n");
    if claims.is_empty() {
        let _ = writeln!(out, "No claim marker found.");
        return out;
    }
    // Group markers by speaker, then by sentence, keeping page order.
    let mut groups: Vec<(String, Vec<SentenceMarkers>)> = Vec::new();
    for span in &claims {
        let speaker = match speaker_label(text, analysis, span) {
            s if s.is_empty() => "Not attributed".to_string(),
            s => s,
        };
        let sentence = sentence_of(text, &sentences, span);
        let group = match groups.iter_mut().position(|(s, _)| *s == speaker) {
            Some(k) => &mut groups[k].1,
            None => {
                groups.push((speaker, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        match group.iter_mut().find(|(s, _)| std::ptr::eq(*s, sentence)) {
            Some((_, spans)) => spans.push(span),
            None => group.push((sentence, vec![span])),
        }
    }
    for (speaker, sentences) in groups {
        let _ = writeln!(out, "### {}\n", md_escape(&speaker));
        for (sentence, spans) in sentences {
            let markers: Vec<String> = spans
                .iter()
                .map(|s| format!("{} «{}»", s.category, md_escape(&text[s.start..s.end])))
                .collect();
            let _ = writeln!(out, "- > {}\n  \n  {}", md_escape(sentence), markers.join(" · "));
        }
        out.push('\n');
    }
    out
}

/// One sentence of the page and the claim markers found in it.
type SentenceMarkers<'a> = (&'a str, Vec<&'a Span>);

/// What a category means, in one plain sentence (used in exports and, via
/// the extension's own locale files, in hover cards).
pub fn describe(category: Category) -> &'static str {
    match category {
        Category::NoEvidence => "The text says this claim is unsupported or unverified.",
        Category::VagueSource => "The claim is attributed to an unnamed or vague source.",
        Category::Hedge => "A word that softens certainty about what is reported.",
        Category::Conditional => "The French conditional presents this as unconfirmed.",
        Category::ClaimVerb => "A reporting verb that presents the content as someone's claim, not as fact.",
        Category::Person => "A named person.",
        Category::Organization => "A named organisation.",
        Category::State => "A country or its government.",
        Category::Place => "A place.",
    }
}

// The W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/), the parts used.

#[derive(Serialize)]
struct AnnotationCollection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    total: usize,
    first: AnnotationPage<'a>,
}

#[derive(Serialize)]
struct AnnotationPage<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<Annotation<'a>>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<&'a str>,
    /// The category as a tag, then what it means or who is behind it.
    body: [TextualBody; 2],
    target: Target<'a>,
}

#[derive(Serialize)]
struct TextualBody {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    value: String,
}

#[derive(Serialize)]
struct Target<'a> {
    source: &'a str,
    selector: (TextQuoteSelector<'a>, TextPositionSelector),
}

#[derive(Serialize)]
struct TextQuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: String,
    suffix: String,
}

#[derive(Serialize)]
struct TextPositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

fn web_annotation_export(text: &str, analysis: &Analysis, meta: &PageMeta) -> String {
    const CONTEXT_CHARS: usize = 32;
    let source = meta.url.as_deref().unwrap_or("urn:claimlens:text");
    let mut cp = crate::offsets::OffsetCounter::code_points(text);
    let mut cp_end = crate::offsets::OffsetCounter::code_points(text);
    let items: Vec<Annotation> = analysis
        .spans
        .iter()
        .enumerate()
        .map(|(k, span)| {
            let prefix: String = {
                let mut v: Vec<char> = text[..span.start].chars().rev().take(CONTEXT_CHARS).collect();
                v.reverse();
                v.into_iter().collect()
            };
            let suffix: String = text[span.end..].chars().take(CONTEXT_CHARS).collect();
            let detail = match span.category.group() {
                Group::Actor => actor_label(analysis, span),
                Group::Claim => match speaker_label(text, analysis, span) {
                    s if s.is_empty() => String::new(),
                    s => format!("Claim made by: {s}"),
                },
            };
            let tag = TextualBody { kind: "TextualBody", purpose: "tagging", format: None, value: span.category.name().to_string() };
            let description = TextualBody {
                kind: "TextualBody",
                purpose: "describing",
                format: Some("text/plain"),
                value: if detail.is_empty() { describe(span.category).to_string() } else { detail },
            };
            Annotation {
                id: format!("urn:claimlens:annotation:{}", k + 1),
                kind: "Annotation",
                motivation: "highlighting",
                created: meta.date.as_deref(),
                body: [tag, description],
                target: Target {
                    source,
                    selector: (
                        TextQuoteSelector { kind: "TextQuoteSelector", exact: &text[span.start..span.end], prefix, suffix },
                        TextPositionSelector {
                            kind: "TextPositionSelector",
                            start: cp.convert(span.start),
                            end: cp_end.convert(span.end),
                        },
                    ),
                },
            }
        })
        .collect();
    pretty_json(&AnnotationCollection {
        context: "http://www.w3.org/ns/anno.jsonld",
        kind: "AnnotationCollection",
        label: meta.title.as_deref().unwrap_or("ClaimLens annotations"),
        total: items.len(),
        first: AnnotationPage { kind: "AnnotationPage", start_index: 0, items },
    })
}

/// ANSI style per category: colour paired with a text attribute so the
/// categories stay apart without colour too.
fn ansi(category: Category) -> &'static str {
    match category {
        Category::NoEvidence => "\x1b[1;31m",
        Category::VagueSource => "\x1b[4;35m",
        Category::Hedge => "\x1b[3;33m",
        Category::Conditional => "\x1b[3;36m",
        Category::ClaimVerb => "\x1b[1;4;31m",
        Category::Person => "\x1b[1;34m",
        Category::Organization => "\x1b[1;32m",
        Category::State => "\x1b[1;36m",
        Category::Place => "\x1b[32m",
    }
}

/// A readable terminal rendering: the text with its spans marked (in colour
/// or as `[text]{category}`), then the actors and the claims with speakers.
pub fn terminal(text: &str, analysis: &Analysis, colour: bool) -> String {
    let mut out = String::new();
    // Spans may overlap (an organisation inside a vague source): mark the
    // first-starting, longest one and skip what it covers.
    let mut shown: Vec<&Span> = analysis.spans.iter().collect();
    shown.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut at = 0;
    for span in shown {
        if span.start < at {
            continue;
        }
        out.push_str(&text[at..span.start]);
        let inner = &text[span.start..span.end];
        if colour {
            let _ = write!(out, "{}{}\x1b[0m", ansi(span.category), inner);
        } else {
            let _ = write!(out, "[{}]{{{}}}", inner, span.category);
        }
        at = span.end;
    }
    out.push_str(&text[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let paint = |c: Category, s: &str| if colour { format!("{}{}\x1b[0m", ansi(c), s) } else { s.to_string() };
    let _ = writeln!(out, "\n── language: {} · {} spans ──", analysis.lang, analysis.spans.len());
    let _ = writeln!(out, "\nActors ({}):", analysis.actors.len());
    for a in &analysis.actors {
        let others: Vec<&str> = a.aliases.iter().filter(|x| **x != a.name).map(String::as_str).collect();
        let _ = write!(out, "  {} ({}, {} mention{})", paint(a.category, &a.name), a.category, a.mentions, if a.mentions == 1 { "" } else { "s" });
        if !others.is_empty() {
            let _ = write!(out, " also: {}", others.join(", "));
        }
        if let Some(role) = &a.role {
            let _ = write!(out, " — {role}");
        }
        out.push('\n');
    }
    let claims: Vec<&Span> = analysis.claims().collect();
    let _ = writeln!(out, "\nClaim markers ({}):", claims.len());
    for s in claims {
        let speaker = speaker_label(text, analysis, s);
        let _ = write!(out, "  {:<13} {}", s.category.name(), paint(s.category, &text[s.start..s.end]));
        if !speaker.is_empty() {
            let _ = write!(out, "  ← {speaker}");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Lang};

    fn sample() -> (&'static str, Analysis) {
        let text = "Le ministre Jean Dupont a affirmé, sans preuve, que « =1+1 » était vrai.";
        let find = |s: &str| {
            let start = text.find(s).expect("in sample");
            (start, start + s.len())
        };
        let (ps, pe) = find("Jean Dupont");
        let (cs, ce) = find("affirmé");
        let (ns, ne) = find("sans preuve");
        let mut person = Span::new(ps, pe, Category::Person);
        person.actor = Some(0);
        let mut verb = Span::new(cs, ce, Category::ClaimVerb);
        verb.speaker = Some(Speaker::Actor { actor: 0 });
        let analysis = Analysis {
            lang: Lang::Fr,
            spans: vec![person, verb, Span::new(ns, ne, Category::NoEvidence)],
            actors: vec![Actor {
                id: 0,
                name: "Jean Dupont".into(),
                category: Category::Person,
                aliases: vec!["Jean Dupont".into()],
                mentions: 1,
                role: Some("ministre".into()),
            }],
        };
        (text, analysis)
    }

    #[test]
    fn csv_cells_neutralise_formulas_and_quote_separators() {
        let table: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+33", "'+33"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("a,b", "\"a,b\""),
            ("line\nbreak", "\"line\nbreak\""),
        ];
        for (input, expected) in table {
            assert_eq!(csv_cell(input), *expected, "{input:?}");
        }
    }

    #[test]
    fn csv_has_one_row_per_span_with_sentence_and_speaker() {
        let (text, analysis) = sample();
        let meta = PageMeta { url: Some("https://example.org/a".into()), ..Default::default() };
        let csv = render(text, &analysis, Format::Csv, &meta);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 4, "{csv}");
        assert!(lines[2].starts_with("26,33,claim-verb,claim,affirmé,,Jean Dupont,"), "{}", lines[2]);
        assert!(lines[2].ends_with(",https://example.org/a"));
    }

    #[test]
    fn markdown_escapes_page_text_and_groups_by_speaker() {
        let (text, analysis) = sample();
        let md = render(text, &analysis, Format::Markdown, &PageMeta::default());
        assert!(md.contains("### Jean Dupont"), "{md}");
        assert!(md.contains("### Not attributed"), "{md}");
        assert!(md.contains("| Jean Dupont | person | 1 |  | ministre |"), "{md}");
        assert_eq!(md_escape("<script>*x*</script>"), "\\<script\\>\\*x\\*\\</script\\>");
    }

    #[test]
    fn markdown_source_links_only_web_addresses() {
        let table: &[(&str, &str)] = &[
            ("https://example.org/a b", "<https://example.org/ab>"),
            ("HTTP://example.org/", "<HTTP://example.org/>"),
            ("javascript:alert(1)", "javascript:alert(1)"),
            ("<javascript:alert(1)>", "\\<javascript:alert(1)\\>"),
            ("data:text/html,<b>x</b>", "data:text/html,\\<b\\>x\\</b\\>"),
        ];
        for (url, expected) in table {
            assert_eq!(md_source(url), *expected, "{url:?}");
            let meta = PageMeta { url: Some(url.to_string()), ..Default::default() };
            let (text, analysis) = sample();
            let md = render(text, &analysis, Format::Markdown, &meta);
            assert!(md.contains(&format!("- Source: {expected}\n")), "{md}");
        }
    }

    #[test]
    fn web_annotation_selectors_slice_the_text() {
        let (text, analysis) = sample();
        let out = render(text, &analysis, Format::WebAnnotation, &PageMeta::default());
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        let items = v["first"]["items"].as_array().expect("items");
        assert_eq!(items.len(), 3);
        let chars: Vec<char> = text.chars().collect();
        for item in items {
            let sel = &item["target"]["selector"];
            let exact = sel[0]["exact"].as_str().expect("exact");
            let (s, e) = (sel[1]["start"].as_u64().expect("start") as usize, sel[1]["end"].as_u64().expect("end") as usize);
            assert_eq!(chars[s..e].iter().collect::<String>(), exact);
            let prefix = sel[0]["prefix"].as_str().expect("prefix");
            assert!(text[..text.find(exact).expect("exact in text")].ends_with(prefix));
        }
    }

    #[test]
    fn json_carries_meta_and_code_point_offsets() {
        let (text, analysis) = sample();
        let meta = PageMeta { url: Some("u".into()), title: Some("t".into()), date: Some("d".into()) };
        let v: serde_json::Value = serde_json::from_str(&render(text, &analysis, Format::Json, &meta)).expect("valid JSON");
        assert_eq!((v["url"].as_str(), v["title"].as_str(), v["date"].as_str()), (Some("u"), Some("t"), Some("d")));
        assert_eq!(v["spans"][1]["start"], 26);
        assert_eq!(v["spans"][1]["speaker"]["name"], "Jean Dupont");
    }

    #[test]
    fn indented_json_is_what_serde_json_pretty_prints() {
        let (text, analysis) = sample();
        let meta = PageMeta { url: Some("u \\ \"q\" {[,:]}".into()), title: Some("é\n\t".into()), date: None };
        let report = Report::new(text, &analysis, Unit::CodePoints);
        let cases: Vec<serde_json::Value> = vec![
            serde_json::to_value(&report).expect("report"),
            serde_json::from_str(&render(text, &analysis, Format::WebAnnotation, &meta)).expect("json-ld"),
            serde_json::json!({"a": [], "b": {}, "c": [[], {}, [1, [2, {"d": null}]]], "e": "}\\\"", "f": -1.5e-7, "g": true}),
            serde_json::json!([]),
            serde_json::json!("plain"),
        ];
        for value in cases {
            let compact = serde_json::to_string(&value).expect("compact");
            let pretty = serde_json::to_string_pretty(&value).expect("pretty");
            assert_eq!(indent_json(&compact), pretty);
        }
    }

    #[test]
    fn terminal_marks_spans_without_colour() {
        let (text, analysis) = sample();
        let out = terminal(text, &analysis, false);
        assert!(out.starts_with("Le ministre [Jean Dupont]{person} a [affirmé]{claim-verb}, [sans preuve]{no-evidence}"), "{out}");
        assert!(out.contains("affirmé  ← Jean Dupont"), "{out}");
    }
}
