//! Is the engine linear on pathological inputs? For each shape of
//! `tests/robustness/shapes.rs`, scans texts of n, 2n and 4n bytes and
//! prints the times and their ratios (linear: 2 and 4; quadratic: 4 and
//! 16), for `scan` alone and for the UTF-16 report the extension receives,
//! and the peak resident memory (text included).
//!
//! `cargo bench --bench linear` (n = 1 MiB), or
//! `cargo bench --bench linear -- 4` for n = 4 MiB. Exits non-zero when a
//! 4n/n ratio exceeds `MAX_RATIO_4N`, so CI can run it as a check.

#[path = "../tests/robustness/shapes.rs"]
mod shapes;

use claimlens::report::{Report, Unit};
use claimlens::{scan, Lang, Options};
use std::time::{Duration, Instant};

/// Time grows with the size; a linear algorithm takes 4 times as long on a
/// text 4 times as long, a quadratic one 16 times. The limit sits between,
/// far enough from 4 that a loaded machine does not trip it.
const MAX_RATIO_4N: f64 = 8.0;
/// Runs per size; the fastest counts (the least disturbed by other work).
const RUNS: usize = 5;

fn main() {
    let mebibytes: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1);
    let n = mebibytes << 20;
    println!("n = {mebibytes} MiB; best of {RUNS} runs; ratios: linear 2 (2n/n) and 4 (4n/n), quadratic 4 and 16");
    println!(
        "{:<40} {:>8} {:>8} {:>8} {:>5} {:>5}   {:>7} {:>7} {:>5}   {:>6} {:>6}",
        "shape", "scan n", "2n", "4n", "2n/n", "4n/n", "utf16 n", "4n", "4n/n", "RSS n", "RSS 4n"
    );
    let mut worst: f64 = 0.0;
    for shape in shapes::SHAPES {
        let texts = [(shape.build)(n), (shape.build)(2 * n), (shape.build)(4 * n)];
        let [one, two, four] = measure(&texts);
        let scan_4 = ratio(four.scan, one.scan);
        let report_4 = ratio(four.report, one.report);
        worst = worst.max(scan_4).max(report_4);
        println!(
            "{:<40} {:>8} {:>8} {:>8} {:>5.2} {:>5.2}   {:>7} {:>7} {:>5.2}   {:>5}M {:>5}M",
            shape.name,
            millis(one.scan),
            millis(two.scan),
            millis(four.scan),
            ratio(two.scan, one.scan),
            scan_4,
            millis(one.report),
            millis(four.report),
            report_4,
            one.peak_rss_kib / 1024,
            four.peak_rss_kib / 1024,
        );
    }
    println!("worst 4n/n ratio: {worst:.2} (linear 4, quadratic 16, limit {MAX_RATIO_4N})");
    if worst > MAX_RATIO_4N {
        std::process::exit(1);
    }
}

#[derive(Clone, Copy)]
struct Measure {
    scan: Duration,
    report: Duration,
    peak_rss_kib: u64,
}

/// The fastest of `RUNS` runs for each text, the sizes interleaved so that a
/// burst of load on the machine hits all of them alike.
fn measure<const N: usize>(texts: &[String; N]) -> [Measure; N] {
    let options = Options { lang: Some(Lang::Fr) };
    let mut best = [Measure { scan: Duration::MAX, report: Duration::MAX, peak_rss_kib: 0 }; N];
    for _ in 0..RUNS {
        for (text, best) in texts.iter().zip(best.iter_mut()) {
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
    }
    best
}

fn ratio(large: Duration, small: Duration) -> f64 {
    // Below a few milliseconds, timer and scheduler noise dominate: such
    // work is not where a quadratic loop hides at these sizes.
    if large < Duration::from_millis(5) {
        return 0.0;
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
