//! Is the engine linear on pathological inputs? For each shape of
//! `tests/robustness/shapes.rs`, scans a text of n and of 2n bytes and
//! prints the times and their ratio (linear: about 2; quadratic: about 4),
//! for `scan` alone and for the UTF-16 report the extension receives, and
//! the peak resident memory of each scan.
//!
//! `cargo bench --bench linear` (n = 1 MiB), or
//! `cargo bench --bench linear -- 4` for n = 4 MiB. Exits non-zero when a
//! ratio exceeds `MAX_RATIO`, so CI can run it as a check.

#[path = "../tests/robustness/shapes.rs"]
mod shapes;

use claimlens::report::{Report, Unit};
use claimlens::{scan, Lang, Options};
use std::time::{Duration, Instant};

/// A linear algorithm doubles; allow for noise on a shared machine. A
/// quadratic one quadruples and fails.
const MAX_RATIO: f64 = 3.0;

fn main() {
    let mebibytes: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1);
    let n = mebibytes << 20;
    println!(
        "{:<42} {:>9} {:>9} {:>6}   {:>9} {:>9} {:>6}   {:>8} {:>8}",
        "shape", "scan n", "scan 2n", "ratio", "utf16 n", "utf16 2n", "ratio", "RSS n", "RSS 2n"
    );
    let mut worst: f64 = 0.0;
    for shape in shapes::SHAPES {
        let small = measure(&(shape.build)(n));
        let large = measure(&(shape.build)(2 * n));
        let scan_ratio = ratio(large.scan, small.scan);
        let report_ratio = ratio(large.report, small.report);
        worst = worst.max(scan_ratio).max(report_ratio);
        println!(
            "{:<42} {:>9} {:>9} {:>6.2}   {:>9} {:>9} {:>6.2}   {:>7}M {:>7}M",
            shape.name,
            millis(small.scan),
            millis(large.scan),
            scan_ratio,
            millis(small.report),
            millis(large.report),
            report_ratio,
            small.peak_rss_kib / 1024,
            large.peak_rss_kib / 1024,
        );
    }
    println!("worst ratio for a doubled input: {worst:.2} (limit {MAX_RATIO})");
    if worst > MAX_RATIO {
        std::process::exit(1);
    }
}

struct Measure {
    scan: Duration,
    report: Duration,
    peak_rss_kib: u64,
}

/// Best of three runs (the least disturbed by other work on the machine).
fn measure(text: &str) -> Measure {
    let options = Options { lang: Some(Lang::Fr) };
    let mut best = Measure { scan: Duration::MAX, report: Duration::MAX, peak_rss_kib: 0 };
    for _ in 0..3 {
        reset_peak_rss();
        let started = Instant::now();
        let analysis = scan(text, &options);
        let scanned = Instant::now();
        let report = Report::new(text, &analysis, Unit::Utf16);
        let reported = Instant::now();
        std::hint::black_box(&report);
        best.scan = best.scan.min(scanned - started);
        best.report = best.report.min(reported - scanned);
        best.peak_rss_kib = best.peak_rss_kib.max(peak_rss_kib());
    }
    best
}

fn ratio(large: Duration, small: Duration) -> f64 {
    // Below a millisecond, timer noise dominates: report a neutral 2.
    if small < Duration::from_millis(1) && large < Duration::from_millis(2) {
        return 2.0;
    }
    large.as_secs_f64() / small.as_secs_f64().max(1e-9)
}

fn millis(d: Duration) -> String {
    format!("{:.1}ms", d.as_secs_f64() * 1000.0)
}

/// Linux: writing 5 to clear_refs resets the process's peak RSS, so each
/// measurement sees its own peak. Elsewhere both are no-ops (peak 0).
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}
