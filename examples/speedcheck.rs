//! Tools for speed work: a strict output fingerprint, a profiling loop and
//! the start-up (first call) cost.
//!
//! ```text
//! cargo run --release --example speedcheck -- dump FILES...     # JSON of many variants
//! cargo run --release --example speedcheck -- loop N [--no-tagger] [--warm=FILE...] FILES...
//! cargo run --release --example speedcheck -- first [FILE]      # first call vs later
//! ```
//!
//! `dump` analyses each file as given, with the name tagger off, with the
//! language forced, paragraph by paragraph, and all files joined, and prints
//! every result as JSON: the same output before and after a change means the
//! change kept the analysis as it was. `loop` analyses the files N times (for
//! callgrind or perf). `first` times the first `analyze` call of the process
//! (which builds the lexicons) against the median of later calls.

use newslens::{analyze_with, LanguageChoice, Options};
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../tests/fixtures/seed.ar.txt");
/// Later calls timed by `first` (the median is printed).
const LATER_RUNS: usize = 51;

fn read(paths: &[String]) -> Vec<String> {
    paths
        .iter()
        .map(|p| String::from_utf8_lossy(&std::fs::read(p).expect("readable file")).into_owned())
        .collect()
}

fn dump_one(label: &str, text: &str, options: &Options) {
    let a = analyze_with(text, options).expect("under the input limit");
    println!("// {label}");
    println!("{}", serde_json::to_string(&a).expect("serialisable"));
}

fn dump(paths: &[String]) {
    let texts = read(paths);
    let variants = [
        ("default", Options::default()),
        ("no-tagger", Options::default().name_tagger(false)),
        ("ar", Options::default().language(LanguageChoice::Arabic)),
        ("en", Options::default().language(LanguageChoice::English)),
        ("no-quotes", Options::default().quotes(false)),
        ("no-actors", Options::default().actors(false)),
    ];
    for (path, text) in paths.iter().zip(&texts) {
        for (name, o) in &variants {
            dump_one(&format!("{path} {name}"), text, o);
        }
        for (k, para) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            dump_one(&format!("{path} para {k}"), para, &Options::default());
        }
    }
    let joined = texts.join("\n\n");
    dump_one("joined", &joined, &Options::default());
    dump_one(
        "joined no-tagger",
        &joined,
        &Options::default().name_tagger(false),
    );
}

fn run_loop(args: &[String]) {
    let n: usize = args[0].parse().expect("a count");
    let no_tagger = args.iter().any(|a| a == "--no-tagger");
    let paths: Vec<String> = args[1..]
        .iter()
        .filter(|a| !a.starts_with("--"))
        .cloned()
        .collect();
    let texts = read(&paths);
    // `--warm=FILE`: warm up on other texts, so that the loop meets its
    // texts for the first time (as a stream of new articles would).
    let warm: Vec<String> = args
        .iter()
        .filter_map(|a| a.strip_prefix("--warm=").map(str::to_string))
        .collect();
    let warm_texts = if warm.is_empty() {
        texts.clone()
    } else {
        read(&warm)
    };
    let options = Options::default().name_tagger(!no_tagger);
    // Warm-up calls build the lexicons, so that the loop (a function of
    // its own, for `--toggle-collect=*measured_loop*`) is the steady state.
    for t in &warm_texts {
        analyze_with(t, &options).expect("under the input limit");
    }
    println!("{}", measured_loop(n, &texts, &options));
}

#[inline(never)]
fn measured_loop(n: usize, texts: &[String], options: &Options) -> usize {
    let mut found = 0;
    for _ in 0..n {
        for t in texts {
            let a = analyze_with(t, options).expect("under the input limit");
            found += a.actors.len() + a.quotes.len();
        }
    }
    found
}

fn first(args: &[String]) {
    let text = match args.first() {
        Some(p) => read(std::slice::from_ref(p)).remove(0),
        None => SEED.to_string(),
    };
    let options = Options::default();
    let t = Instant::now();
    analyze_with(&text, &options).expect("under the input limit");
    let first = t.elapsed();
    let mut later: Vec<Duration> = (0..LATER_RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyze_with(&text, &options).expect("under the input limit"));
            t.elapsed()
        })
        .collect();
    later.sort();
    let median = later[later.len() / 2];
    println!(
        "first call {:.3} ms, later median {:.3} ms, start-up {:.3} ms",
        first.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        (first.saturating_sub(median)).as_secs_f64() * 1e3
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("dump") => dump(&args[1..]),
        Some("loop") => run_loop(&args[1..]),
        Some("first") => first(&args[1..]),
        _ => eprintln!("usage: speedcheck dump FILES | loop N [--no-tagger] [--warm=FILE...] FILES | first [FILE]"),
    }
}
