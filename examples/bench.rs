//! Speed and memory figures of the native analysis.
//!
//! ```text
//! cargo run --release --example bench                 # all figures
//! cargo run --release --example bench -- --quick      # fewer repetitions
//! NEWSLENS_CORPUS=/path/to/corpus cargo run --release --example bench
//! ```
//!
//! Method:
//! - Texts: the `*.txt` files of `$NEWSLENS_CORPUS/{ar,en}`, else of the
//!   first of `../shared/corpus`, `../../shared/corpus` that exists, else the
//!   committed fixtures (`tests/fixtures/*.txt`, Arabic only). They are read
//!   at run time; nothing of the corpus is built in.
//! - Throughput: each file is analysed once as a warm-up, then the whole set
//!   is analysed again and again until `MIN_MEASURE` has passed; MB/s is
//!   total UTF-8 bytes over total wall time (1 MB = 10^6 bytes).
//! - Scaling: the files of a language joined by blank lines (1x), and that
//!   text repeated 10x and 100x, each analysed as one document; the median
//!   of `SCALING_RUNS` runs. Linear cost shows as a flat MB/s column.
//! - Seed: `tests/fixtures/seed.ar.txt`, `SEED_WARMUP` runs, then the median
//!   and 90th percentile of `SEED_RUNS` runs.
//! - Peak memory: a child process (this program with `--peak-memory`) builds
//!   10 MB of Arabic news (the 1x text repeated), then analyses it; it reads
//!   `VmHWM` (peak resident set) from `/proc/self/status` before and after.
//!   Linux only; elsewhere the line says "n/a".

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Least wall time spent measuring one throughput figure.
const MIN_MEASURE: Duration = Duration::from_secs(2);
/// Runs per scaling size (the median is reported).
const SCALING_RUNS: usize = 5;
/// Runs of the seed article before timing starts.
const SEED_WARMUP: usize = 50;
/// Timed runs of the seed article.
const SEED_RUNS: usize = 1_000;
/// Size of the peak-memory input.
const PEAK_INPUT_BYTES: usize = 10 * 1024 * 1024;
/// Bytes in one MB for throughput figures.
const MB: f64 = 1e6;
/// Factors of the scaling rows.
const SCALES: [usize; 3] = [1, 10, 100];

const SEED: &str = include_str!("../tests/fixtures/seed.ar.txt");

struct Corpus {
    lang: &'static str,
    source: String,
    files: Vec<String>,
}

fn corpus_root() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("NEWSLENS_CORPUS") {
        return Some(PathBuf::from(dir));
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/corpus", "../../shared/corpus"]
        .iter()
        .map(|p| manifest.join(p))
        .find(|p| p.is_dir())
}

fn read_txt(dir: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

fn load() -> Vec<Corpus> {
    let mut out = Vec::new();
    if let Some(root) = corpus_root() {
        for lang in ["ar", "en"] {
            let dir = root.join(lang);
            let files = read_txt(&dir);
            if !files.is_empty() {
                out.push(Corpus {
                    lang,
                    source: dir.display().to_string(),
                    files,
                });
            }
        }
    }
    if out.is_empty() {
        out.push(Corpus {
            lang: "ar",
            source: "tests/fixtures".into(),
            files: vec![SEED.to_string()],
        });
    }
    out
}

fn analyze(text: &str) {
    let a = newslens::analyze(text).expect("under the input limit");
    std::hint::black_box(a);
}

/// MB/s over the file set, analysed repeatedly for at least `min`.
fn throughput(files: &[String], min: Duration) -> (f64, usize) {
    for f in files {
        analyze(f);
    }
    let bytes: usize = files.iter().map(String::len).sum();
    let start = Instant::now();
    let mut rounds = 0;
    while start.elapsed() < min || rounds == 0 {
        for f in files {
            analyze(f);
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    ((bytes * rounds) as f64 / MB / secs, rounds)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(mut v: Vec<Duration>, p: usize) -> Duration {
    v.sort();
    v[(v.len() * p / 100).min(v.len() - 1)]
}

fn time_once(text: &str) -> Duration {
    let t = Instant::now();
    analyze(text);
    t.elapsed()
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The child side of the peak-memory figure: prints "input_kib before after".
fn peak_memory_child() {
    let corpora = load();
    let unit = corpora
        .iter()
        .find(|c| c.lang == "ar")
        .map(|c| c.files.join("\n\n"))
        .unwrap_or_else(|| SEED.to_string());
    let mut text = String::with_capacity(PEAK_INPUT_BYTES + unit.len());
    while text.len() < PEAK_INPUT_BYTES {
        text.push_str(&unit);
        text.push_str("\n\n");
    }
    let before = vm_hwm_kib();
    let a = newslens::analyze(&text).expect("under the input limit");
    let after = vm_hwm_kib();
    let found = a.actors.len() + a.quotes.len();
    drop(a);
    match (before, after) {
        (Some(b), Some(x)) => println!("{} {b} {x} {found}", text.len() / 1024),
        _ => println!("n/a"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--peak-memory") {
        peak_memory_child();
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let min = if quick { MIN_MEASURE / 4 } else { MIN_MEASURE };
    let seed_runs = if quick { SEED_RUNS / 10 } else { SEED_RUNS };

    println!("newslens native benchmark (release build, one thread)");
    if cfg!(debug_assertions) {
        println!("WARNING: debug build; run with --release for real figures");
    }
    let corpora = load();

    println!();
    println!("Throughput per article (each file analysed on its own):");
    println!(
        "{:<5} {:>6} {:>10} {:>8} {:>9}  source",
        "lang", "files", "bytes", "rounds", "MB/s"
    );
    for c in &corpora {
        let bytes: usize = c.files.iter().map(String::len).sum();
        let (mbs, rounds) = throughput(&c.files, min);
        println!(
            "{:<5} {:>6} {:>10} {:>8} {:>9.1}  {}",
            c.lang,
            c.files.len(),
            bytes,
            rounds,
            mbs,
            c.source
        );
    }

    println!();
    println!("Scaling (the files of a language joined, then repeated; one document each;");
    println!("median of {SCALING_RUNS} runs; linear cost = flat MB/s):");
    println!(
        "{:<5} {:>6} {:>12} {:>12} {:>9} {:>12}",
        "lang", "copies", "bytes", "median ms", "MB/s", "ns/byte"
    );
    for c in &corpora {
        let unit = c.files.join("\n\n") + "\n\n";
        for k in SCALES {
            let text = unit.repeat(k);
            analyze(&text);
            let runs = if quick || k == 100 { 3 } else { SCALING_RUNS };
            let t = median((0..runs).map(|_| time_once(&text)).collect());
            let secs = t.as_secs_f64();
            println!(
                "{:<5} {:>5}x {:>12} {:>12.2} {:>9.1} {:>12.1}",
                c.lang,
                k,
                text.len(),
                secs * 1e3,
                text.len() as f64 / MB / secs,
                secs * 1e9 / text.len() as f64
            );
        }
    }

    println!();
    for _ in 0..SEED_WARMUP {
        analyze(SEED);
    }
    let times: Vec<Duration> = (0..seed_runs).map(|_| time_once(SEED)).collect();
    println!(
        "Seed article ({} bytes): median {:.3} ms, p90 {:.3} ms over {seed_runs} runs after {SEED_WARMUP} warm-up runs",
        SEED.len(),
        median(times.clone()).as_secs_f64() * 1e3,
        percentile(times, 90).as_secs_f64() * 1e3
    );

    let exe = std::env::current_exe().expect("own path");
    let child = Command::new(exe).arg("--peak-memory").output();
    let line = child
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let parts: Vec<u64> = line
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect();
    match parts.as_slice() {
        [input, before, after, _found] => println!(
            "Peak memory, 10 MB Arabic input ({:.1} MiB): peak RSS {:.1} MiB (before analysis {:.1} MiB; analysis added {:.1} MiB = {:.1}x the input)",
            *input as f64 / 1024.0,
            *after as f64 / 1024.0,
            *before as f64 / 1024.0,
            (after - before) as f64 / 1024.0,
            (after - before) as f64 / *input as f64
        ),
        _ => println!("Peak memory, 10 MB input: n/a ({line})"),
    }
}
