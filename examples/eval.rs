//! Scores the analysis against gold annotations (`../shared/corpus` format),
//! as the corpus README's "Scoring used to judge the project" describes.
//!
//! ```text
//! cargo run --release --example eval -- ../shared/corpus/ar ../shared/corpus/en
//! cargo run --release --example eval -- --verbose ../shared/corpus/ar   # misses, false positives
//! cargo run --release --example eval -- --json ../shared/corpus/ar      # totals as JSON
//! cargo run --release --example eval -- --pred OUT ../shared/corpus/ar  # score OUT/NAME.json
//! cargo run --release --example eval -- --no-tagger ../shared/corpus/ar # without the name tagger
//! ```
//! Each PATH is a directory of `NAME.txt` + `NAME.gold.json` pairs, or one
//! `NAME.txt`. The analysis runs in-process (`newslens::analyze`) unless
//! `--pred DIR` gives saved analyses (the CLI's `--out` or the JS output).
//! Totals are micro-averages (counts summed over files).

#[path = "../tests/support/score.rs"]
mod score;

use score::{Counts, FileScore, Prf};
use serde_json::{json, Value};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Prints a line; a closed stdout (`eval ... | head`) ends the run quietly.
macro_rules! out {
    ($($t:tt)*) => {{
        if writeln!(std::io::stdout(), $($t)*).is_err() {
            std::process::exit(0);
        }
    }};
}

struct Args {
    json: bool,
    verbose: bool,
    /// Analyse with the statistical name tagger off (to measure what it adds).
    no_tagger: bool,
    pred: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

const USAGE: &str =
    "usage: eval [--json] [--verbose] [--no-tagger] [--pred DIR] CORPUS_DIR_OR_TXT...";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        json: false,
        verbose: false,
        no_tagger: false,
        pred: None,
        paths: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--verbose" | "-v" => args.verbose = true,
            "--no-tagger" => args.no_tagger = true,
            "--pred" => args.pred = Some(it.next().ok_or("--pred needs a directory")?.into()),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => args.paths.push(a.into()),
        }
    }
    if args.paths.is_empty() {
        return Err("no corpus directory given".into());
    }
    Ok(args)
}

/// The `NAME.txt` files of a path that have a `NAME.gold.json` beside them.
fn texts(path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && gold_path(p).is_file())
        .collect();
    out.sort();
    Ok(out)
}

fn gold_path(txt: &Path) -> PathBuf {
    txt.with_extension("gold.json")
}

fn read_json(path: &Path) -> Result<Value, String> {
    let s = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&s).map_err(|e| format!("{}: {e}", path.display()))
}

fn score_file(
    txt: &Path,
    pred_dir: Option<&Path>,
    options: &newslens::Options,
    elapsed: &mut Duration,
) -> Result<FileScore, String> {
    let bytes = std::fs::read(txt).map_err(|e| format!("{}: {e}", txt.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let gold = read_json(&gold_path(txt))?;
    let analysis = match pred_dir {
        Some(dir) => {
            read_json(&dir.join(txt.with_extension("json").file_name().unwrap_or_default()))?
        }
        None => {
            let t = Instant::now();
            let a = newslens::analyze_with(&text, options)
                .map_err(|e| format!("{}: {e}", txt.display()))?;
            *elapsed += t.elapsed();
            serde_json::to_value(&a).map_err(|e| e.to_string())?
        }
    };
    score::score_json(&text, &gold, &analysis).map_err(|e| format!("{}: {e}", txt.display()))
}

fn prf(x: Prf) -> String {
    format!("{:.2} {:.2} {:.2}", x.p, x.r, x.f1)
}

const HEADER: &str = "file            actors P R F1     direct P R F1     indirect P R F1   attr   quote+spk P R F1  off";

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{name:<15} {:<17} {:<17} {:<17} {:<6.2} {:<17} {}",
        prf(c.actors()),
        prf(c.direct()),
        prf(c.indirect()),
        c.attribution_accuracy(),
        prf(c.quote_speaker()),
        c.offset_violations
    )
}

fn summary(title: &str, c: &Counts) -> String {
    let (a, q, d, i, qs) = (
        c.actors(),
        c.quotes(),
        c.direct(),
        c.indirect(),
        c.quote_speaker(),
    );
    format!(
        "== {title} ({} files)\n\
         actors         P {:.3}  R {:.3}  F1 {:.3}   (matched {} of {} gold, {} false positives, {} neutral; kind accuracy {:.3})\n\
         quotes (any)   P {:.3}  R {:.3}  F1 {:.3}   (matched {} of {} gold, {} predicted)\n\
         direct         P {:.3}  R {:.3}  F1 {:.3}   (hits {} of {} gold, {} predicted)\n\
         indirect       P {:.3}  R {:.3}  F1 {:.3}   (hits {} of {} gold, {} predicted)\n\
         attribution    {:.3}   ({} of {} matched quotes)\n\
         quote+speaker  P {:.3}  R {:.3}  F1 {:.3}   <- headline\n\
         offset violations {}\n",
        c.files, a.p, a.r, a.f1, c.actor_tp, c.gold_actors, c.actor_fp, c.actor_neutral, c.kind_accuracy(),
        q.p, q.r, q.f1, c.quote_tp, c.gold_quotes, c.pred_quotes,
        d.p, d.r, d.f1, c.direct_tp, c.gold_direct, c.pred_direct,
        i.p, i.r, i.f1, c.indirect_tp, c.gold_indirect, c.pred_indirect,
        c.attribution_accuracy(), c.attributed, c.quote_tp,
        qs.p, qs.r, qs.f1, c.offset_violations
    )
}

/// A short label for a path: `ar` for `../shared/corpus/ar` and for
/// `../shared/corpus/ar/001.txt`.
fn label(path: &Path) -> String {
    let dir = if path.is_file() {
        path.parent().unwrap_or(path)
    } else {
        path
    };
    dir.canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(why) if why.is_empty() => {
            out!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprintln!("eval: {why}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut total = Counts::default();
    let mut dirs: Vec<(String, Counts)> = Vec::new();
    let mut elapsed = Duration::ZERO;
    let mut failed = false;
    let options = newslens::Options::default().name_tagger(!args.no_tagger);
    if !args.json {
        out!("{HEADER}");
    }
    for path in &args.paths {
        let dir_label = label(path);
        let files = match texts(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("eval: {e}");
                failed = true;
                continue;
            }
        };
        if files.is_empty() {
            eprintln!(
                "eval: no NAME.txt with a NAME.gold.json in {}",
                path.display()
            );
            failed = true;
        }
        let mut sub = Counts::default();
        for txt in &files {
            let name = format!(
                "{dir_label}/{}",
                txt.file_stem().unwrap_or_default().to_string_lossy()
            );
            match score_file(txt, args.pred.as_deref(), &options, &mut elapsed) {
                Ok(s) => {
                    if !args.json {
                        out!("{}", line(&name, &s.counts));
                        if args.verbose {
                            let details = s.details();
                            if !details.is_empty() {
                                out!("{}", details.trim_end());
                            }
                        }
                    }
                    sub += s.counts;
                }
                Err(e) => {
                    eprintln!("eval: {e}");
                    failed = true;
                }
            }
        }
        if !args.json && path.is_dir() {
            out!("{}", line(&format!("{dir_label} total"), &sub));
        }
        // Files given one by one add up under their directory's label.
        match dirs.iter_mut().find(|(l, _)| *l == dir_label) {
            Some((_, c)) => *c += sub,
            None => dirs.push((dir_label, sub)),
        }
        total += sub;
    }
    if args.json {
        let by_dir: serde_json::Map<String, Value> =
            dirs.iter().map(|(l, c)| (l.clone(), c.to_json())).collect();
        let out = json!({"total": total.to_json(), "by_dir": by_dir});
        out!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        out!();
        if dirs.len() > 1 {
            for (l, c) in &dirs {
                out!("{}", summary(l, c));
            }
        }
        out!("{}", summary("total", &total));
        if args.pred.is_none() {
            out!(
                "analysis time {:.1} ms for {} files",
                elapsed.as_secs_f64() * 1000.0,
                total.files
            );
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
