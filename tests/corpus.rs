//! Scores the analysis on the development corpus (`../shared/corpus`, not
//! committed: its texts are licensed for evaluation only) and fails when a
//! figure falls below its floor in `tests/corpus_floor.json`. Without the
//! corpus the tests pass with a "skipped" note. `NEWSLENS_CORPUS=DIR`
//! points at another copy. The figures are printed
//! on every run: `cargo test --release --test corpus`.

#[path = "support/score.rs"]
mod score;

use score::{Counts, FileScore};
use serde_json::{json, Value};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Prints to stderr past the test harness's capture, so the figures and the
/// skip note show in a plain `cargo test` run.
macro_rules! say {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Languages scored, each a subdirectory of the corpus.
const LANGUAGES: &[&str] = &["ar", "en"];
/// Floor keys with this prefix are ceilings on a count instead.
const CEILING_PREFIX: &str = "max_";

fn corpus_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("NEWSLENS_CORPUS") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    dir.is_dir().then_some(dir)
}

fn read_json(path: &Path) -> Value {
    let s = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `(name, text, gold)` for each `NAME.txt` with a `NAME.gold.json`.
fn files(dir: &Path) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        let gold = path.with_extension("gold.json");
        if path.extension().is_some_and(|x| x == "txt") && gold.is_file() {
            let bytes = std::fs::read(&path).expect("text");
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            out.push((
                name,
                String::from_utf8_lossy(&bytes).into_owned(),
                read_json(&gold),
            ));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn score_engine(text: &str, gold: &Value) -> FileScore {
    let analysis = newslens::analyze(text).expect("analysis");
    let analysis = serde_json::to_value(&analysis).expect("analysis JSON");
    score::score_json(text, gold, &analysis).expect("scoring")
}

#[test]
fn corpus_figures_stay_above_their_floors() {
    let Some(corpus) = corpus_dir() else {
        say!("skipped: ../shared/corpus not found (set NEWSLENS_CORPUS to score another copy)");
        return;
    };
    let floors = read_json(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus_floor.json"));
    let mut failures = Vec::new();
    for lang in LANGUAGES {
        let mut total = Counts::default();
        for (name, text, gold) in files(&corpus.join(lang)) {
            let s = score_engine(&text, &gold);
            let c = s.counts;
            say!(
                "{lang}/{name:<6} actor F1 {:.3}  direct F1 {:.3}  indirect F1 {:.3}  quote+speaker F1 {:.3}  offsets {}",
                c.actors().f1,
                c.direct().f1,
                c.indirect().f1,
                c.quote_speaker().f1,
                c.offset_violations
            );
            total += c;
        }
        let figures = total.figures();
        say!("{lang} total ({} files):", total.files);
        for (k, v) in &figures {
            say!("  {k:<24} {v:.3}");
        }
        say!("  offset_violations        {}", total.offset_violations);
        let Some(lang_floors) = floors.get(lang).and_then(Value::as_object) else {
            failures.push(format!("{lang}: no floors in tests/corpus_floor.json"));
            continue;
        };
        for (key, floor) in lang_floors {
            let floor = floor
                .as_f64()
                .unwrap_or_else(|| panic!("floor {lang}.{key} is not a number"));
            if let Some(count) = key.strip_prefix(CEILING_PREFIX) {
                let got = match count {
                    "offset_violations" => total.offset_violations as f64,
                    _ => panic!("unknown ceiling {lang}.{key}"),
                };
                if got > floor {
                    failures.push(format!("{lang}: {count} {got} above {floor}"));
                }
                continue;
            }
            let got = figures
                .iter()
                .find(|(k, _)| k == key)
                .unwrap_or_else(|| panic!("unknown figure {lang}.{key} in tests/corpus_floor.json"))
                .1;
            // Figures are compared at the precision they are printed with.
            if (got * 1000.0).round() < (floor * 1000.0).round() {
                failures.push(format!("{lang}: {key} {got:.3} below floor {floor:.3}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "below the floors:\n{}",
        failures.join("\n")
    );
}

/// The gold annotation turned into an analysis: every gold actor with a
/// mention of its name, every gold quote at its place in the text, spoken by
/// the first gold actor its speaker list names.
fn oracle(text: &str, gold: &Value) -> Value {
    let units: Vec<u16> = text.encode_utf16().collect();
    let body = score::title_end(text).unwrap_or(0);
    let find = |needle: &str| -> Option<(usize, usize)> {
        let n: Vec<u16> = needle.encode_utf16().collect();
        (body..units.len().saturating_sub(n.len()) + 1)
            .find(|&i| units[i..].starts_with(&n))
            .map(|i| (i, i + n.len()))
    };
    let mut actors = Vec::new();
    for (k, a) in gold["actors"].as_array().into_iter().flatten().enumerate() {
        let name = a["name"].as_str().unwrap_or_default();
        let mentions: Vec<Value> = find(name)
            .map(|(s, e)| json!({"start": s, "end": e, "text": name, "form": "name"}))
            .into_iter()
            .collect();
        let kind = match a["type"].as_str() {
            Some("location") => "place",
            k => k.unwrap_or_default(),
        };
        actors.push(json!({"id": format!("a{k}"), "name": name, "kind": kind,
                           "aliases": a["aliases"], "mentions": mentions}));
    }
    let actor_id = |s: &str| {
        actors
            .iter()
            .find(|a| a["name"] == s)
            .map(|a| a["id"].clone())
    };
    let mut quotes = Vec::new();
    for q in gold["quotes"].as_array().into_iter().flatten() {
        let text = q["text"].as_str().unwrap_or_default();
        let (start, end) =
            find(text).unwrap_or_else(|| panic!("gold quote not in the text: {text}"));
        let speakers = match &q["speaker"] {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        let speaker = speakers
            .iter()
            .find_map(|s| actor_id(s))
            .unwrap_or(Value::Null);
        quotes.push(json!({"id": "q", "text": text, "kind": q["kind"], "start": start, "end": end, "speaker": speaker}));
    }
    json!({"language": "und", "actors": actors, "quotes": quotes})
}

#[test]
fn scorer_gives_full_marks_to_the_gold_itself() {
    let Some(corpus) = corpus_dir() else {
        say!("skipped: ../shared/corpus not found");
        return;
    };
    for lang in LANGUAGES {
        for (name, text, gold) in files(&corpus.join(lang)) {
            let s = score::score_json(&text, &gold, &oracle(&text, &gold)).expect("scoring");
            let c = s.counts;
            let ok = c.actors().f1 == 1.0
                && c.quote_speaker().f1 == 1.0
                && c.offset_violations == 0
                && c.direct_tp + c.indirect_tp == c.gold_quotes
                && c.actor_kind_ok == c.gold_actors;
            assert!(ok, "{lang}/{name}: {c:?}\n{}", s.details());
        }
    }
}
