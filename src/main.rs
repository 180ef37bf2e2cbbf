//! `claimlens`: the command-line face of the engine.
//!
//! ```text
//! claimlens scan [FILE|-] [--lang auto|fr|en] [--format text|json|csv|md|jsonld]
//! claimlens eval GOLD.jsonl [--json] [--errors]
//! ```

// The CLI is native only; on wasm32 (built when the wasm tests run) the
// binary is an empty crate so that clap need not compile for the web.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use clap::{Parser, Subcommand, ValueEnum};
use claimlens::eval::{self, Counts, Evaluation, LangScores};
use claimlens::export::{self, Format, PageMeta};
use claimlens::{gold, Group, Lang, Options};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "claimlens", version, about = "Finds markers of unsupported claims and named actors in news text")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan a text file (or standard input) and print what was found.
    Scan {
        /// The text to scan; `-` or nothing reads standard input.
        file: Option<String>,
        #[arg(long, value_enum, default_value_t = LangArg::Auto)]
        lang: LangArg,
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Colour the text format: auto (when printing to a terminal), always, never.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// Source address recorded in the jsonld and md formats.
        #[arg(long)]
        url: Option<String>,
    },
    /// Score the engine against a gold JSONL file.
    Eval {
        gold: String,
        /// Print the scores as JSON.
        #[arg(long)]
        json: bool,
        /// List every miss and false hit.
        #[arg(long)]
        errors: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Auto,
    Fr,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Csv,
    Md,
    Jsonld,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan { file, lang, format, color, url } => scan(file.as_deref(), lang, format, color, url),
        Command::Eval { gold, json, errors } => run_eval(&gold, json, errors),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("claimlens: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads a file (or stdin for `-`/none) as UTF-8, saying where it is not.
fn read_text(file: Option<&str>) -> Result<(String, String), String> {
    let (name, bytes) = match file {
        None | Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
            ("standard input".to_string(), bytes)
        }
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            (path.to_string(), bytes)
        }
    };
    let text = utf8(&name, bytes).map_err(|(message, _)| message)?;
    Ok((name, text))
}

/// The bytes as a String, or a message saying where they are not UTF-8
/// (byte, line and column) and the line number.
fn utf8(name: &str, bytes: Vec<u8>) -> Result<String, (String, usize)> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let valid = &e.as_bytes()[..at];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        let message = format!(
            "{name} is not valid UTF-8: invalid byte 0x{:02x} at byte {at} (line {line}, column {column})",
            e.as_bytes()[at]
        );
        (message, line)
    })
}

fn scan(file: Option<&str>, lang: LangArg, format: FormatArg, color: ColorArg, url: Option<String>) -> Result<(), String> {
    let (name, text) = read_text(file)?;
    let options = Options {
        lang: match lang {
            LangArg::Auto => None,
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
        },
    };
    let analysis = claimlens::scan(&text, &options);
    let meta = PageMeta { url, title: Some(name), date: None };
    let out = match format {
        FormatArg::Json => export::render(&text, &analysis, Format::Json, &meta),
        FormatArg::Csv => export::render(&text, &analysis, Format::Csv, &meta),
        FormatArg::Md => export::render(&text, &analysis, Format::Markdown, &meta),
        FormatArg::Jsonld => export::render(&text, &analysis, Format::WebAnnotation, &meta),
        FormatArg::Text => {
            let coloured = match color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            };
            export::terminal(&text, &analysis, coloured)
        }
    };
    write_stdout(&out)
}

fn write_stdout(out: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()) {
        // A closed pipe (`claimlens scan … | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write output: {e}")),
        Ok(()) => Ok(()),
    }
}

fn run_eval(path: &str, json: bool, errors: bool) -> Result<(), String> {
    let content = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let content = utf8(path, content).map_err(|(message, line)| format!("{message}: gold line {line} cannot be read"))?;
    let docs = gold::parse(&content).map_err(|e| format!("{path}: {e}"))?;
    if docs.is_empty() {
        return Err(format!("{path} holds no gold document"));
    }
    let evaluation = eval::evaluate(&docs);
    let out = if json {
        let value = serde_json::json!({
            "documents": docs.len(),
            "languages": evaluation.languages.iter().map(|(l, s)| (l.code().to_string(), summary_json(s))).collect::<serde_json::Map<_, _>>(),
            "all": summary_json(&evaluation.all()),
            "misses": if errors { serde_json::to_value(&evaluation.misses).unwrap_or_default() } else { serde_json::Value::Null },
            "false_hits": if errors { serde_json::to_value(&evaluation.false_hits).unwrap_or_default() } else { serde_json::Value::Null },
        });
        format!("{}\n", serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?)
    } else {
        eval_table(&docs.len(), &evaluation, errors)
    };
    write_stdout(&out)
}

fn counts_json(c: Counts) -> serde_json::Value {
    serde_json::json!({
        "tp": c.tp, "fp": c.fp, "fn": c.fn_,
        "precision": round3(c.precision()), "recall": round3(c.recall()), "f1": round3(c.f1()),
    })
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn summary_json(s: &LangScores) -> serde_json::Value {
    serde_json::json!({
        "categories": s.categories.iter().map(|(c, n)| (c.name().to_string(), counts_json(*n))).collect::<serde_json::Map<_, _>>(),
        "claim": counts_json(s.group(Group::Claim)),
        "actor": counts_json(s.group(Group::Actor)),
        "overall": counts_json(s.overall()),
    })
}

fn eval_table(documents: &usize, evaluation: &Evaluation, errors: bool) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let row = |out: &mut String, name: &str, c: Counts| {
        let _ = writeln!(
            out,
            "  {name:<14} {:>5.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}",
            c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn_
        );
    };
    let table = |out: &mut String, title: &str, s: &LangScores| {
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "  {:<14} {:>5} {:>6} {:>6} {:>5} {:>5} {:>5}", "category", "P", "R", "F1", "tp", "fp", "fn");
        for (c, n) in &s.categories {
            row(out, c.name(), *n);
        }
        row(out, "claim group", s.group(Group::Claim));
        row(out, "actor group", s.group(Group::Actor));
        row(out, "overall", s.overall());
    };
    let _ = writeln!(out, "{documents} documents");
    for (lang, scores) in &evaluation.languages {
        table(&mut out, &format!("\n[{lang}]"), scores);
    }
    table(&mut out, "\n[all]", &evaluation.all());
    if errors {
        let _ = writeln!(out, "\nmisses ({}):", evaluation.misses.len());
        for m in &evaluation.misses {
            let _ = writeln!(out, "  {} {:<13} {:?}  …{}…", m.doc, m.category.name(), m.text, m.context);
        }
        let _ = writeln!(out, "\nfalse hits ({}):", evaluation.false_hits.len());
        for m in &evaluation.false_hits {
            let _ = writeln!(out, "  {} {:<13} {:?}  …{}…", m.doc, m.category.name(), m.text, m.context);
        }
    }
    out
}
