//! Golden tests: the seed article against its gold annotation (issue 2, "How
//! it is shown"), and short texts of our own in tests/golden/ (NAME.txt with
//! the expected NAME.json). Both are compared through the corpus scorer's
//! matching (tests/support/score.rs), not as exact JSON.

#[path = "support/score.rs"]
mod score;

use score::{ActorStatus, FileScore};
use serde_json::{json, Value};
use std::path::Path;

const SEED_TEXT: &str = include_str!("fixtures/seed.ar.txt");
const SEED_GOLD: &str = include_str!("fixtures/seed.ar.gold.json");
/// Gold actors of the seed article.
const SEED_ACTORS: usize = 18;
/// Gold direct quotes of the seed article.
const SEED_DIRECT_QUOTES: usize = 6;
/// Gold quotes of the seed article.
const SEED_QUOTES: usize = 17;
/// Quotes of the seed that must be found and correctly attributed.
const SEED_MIN_ATTRIBUTED: usize = 17;
/// The scraped page leftover at the end of the seed.
const PAGE_LEFTOVER: &str = "Exit mobile version";

fn seed() -> FileScore {
    let gold: Value = serde_json::from_str(SEED_GOLD).expect("seed gold JSON");
    let analysis = newslens::analyze(SEED_TEXT).expect("analysis");
    let analysis = serde_json::to_value(&analysis).expect("analysis JSON");
    score::score_json(SEED_TEXT, &gold, &analysis).expect("scoring")
}

#[test]
fn seed_gold_is_what_the_issue_describes() {
    let s = seed();
    assert_eq!(s.gold.actors.len(), SEED_ACTORS);
    assert_eq!(s.gold.quotes.len(), SEED_QUOTES);
    assert_eq!(
        s.gold.quotes.iter().filter(|q| q.kind == "direct").count(),
        SEED_DIRECT_QUOTES
    );
}

#[test]
fn seed_all_gold_actors_found_with_their_kind() {
    let s = seed();
    let problems: Vec<String> = s
        .gold
        .actors
        .iter()
        .zip(&s.gold_actor_match)
        .filter_map(|(g, m)| match m {
            None => Some(format!("missed {} [{}]", g.name, g.kind)),
            Some(i) if s.pred.actors[*i].kind != g.kind => Some(format!(
                "{} is {} not {}",
                g.name, s.pred.actors[*i].kind, g.kind
            )),
            Some(_) => None,
        })
        .collect();
    assert!(
        problems.is_empty(),
        "{}\n{}",
        problems.join("\n"),
        s.details()
    );
}

#[test]
fn seed_nothing_spurious() {
    let s = seed();
    let spurious: Vec<String> = s
        .pred_actor_status
        .iter()
        .zip(&s.pred.actors)
        .filter(|(st, _)| matches!(st, ActorStatus::Spurious | ActorStatus::NotActor(_)))
        .map(|(st, a)| format!("{} [{}] {st:?}", a.name, a.kind))
        .collect();
    assert!(
        spurious.is_empty(),
        "spurious actors:\n{}",
        spurious.join("\n")
    );
}

#[test]
fn seed_direct_quotes_found_with_their_speaker() {
    let s = seed();
    let problems: Vec<String> = s
        .gold
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == "direct")
        .filter_map(
            |(g, q)| match s.quote_matches.iter().find(|m| m.gold == g) {
                None => Some(format!("missed «{}»", q.text)),
                Some(m) if !m.kind_agrees => Some(format!("found as indirect «{}»", q.text)),
                Some(m) if !m.attributed => Some(format!(
                    "speaker {} not {:?} «{}»",
                    s.pred_speaker_name(m.pred),
                    q.speakers,
                    q.text
                )),
                Some(_) => None,
            },
        )
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn seed_most_quotes_found_and_attributed() {
    let s = seed();
    let attributed = s.counts.attributed;
    assert!(
        attributed >= SEED_MIN_ATTRIBUTED,
        "{attributed} of {SEED_QUOTES} quotes found and attributed, want >= {SEED_MIN_ATTRIBUTED}\n{}",
        s.details()
    );
}

#[test]
fn seed_page_leftover_yields_no_actor() {
    let s = seed();
    let start = SEED_TEXT
        .rfind(PAGE_LEFTOVER)
        .expect("leftover in the seed");
    let start = SEED_TEXT[..start].encode_utf16().count();
    let end = start + PAGE_LEFTOVER.encode_utf16().count();
    for a in &s.pred.actors {
        for m in &a.mentions {
            assert!(
                m.end <= start || m.start >= end,
                "actor {} mentioned in the page leftover: {:?}",
                a.name,
                m.text
            );
        }
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            assert!(
                !n.contains("Exit") && !n.contains("mobile"),
                "actor {} from the page leftover",
                a.name
            );
        }
    }
}

#[test]
fn seed_offsets_slice_to_their_text() {
    let s = seed();
    assert!(s.violations.is_empty(), "{}", s.violations.join("\n"));
}

/// Turns the compact expected form of tests/golden (actors with kind,
/// quotes with one speaker name or null) into a gold annotation.
fn expected_as_gold(expected: &Value) -> Value {
    let actors: Vec<Value> = expected["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| json!({"name": a["name"], "type": a["kind"], "aliases": a.get("aliases").cloned().unwrap_or(json!([]))}))
        .collect();
    json!({
        "actors": actors,
        "optional_actors": expected.get("optional_actors").cloned().unwrap_or(json!([])),
        "not_actors": expected.get("not_actors").cloned().unwrap_or(json!([])),
        "quotes": expected["quotes"],
    })
}

/// What is wrong with one golden file: every expected actor found with its
/// kind and nothing else reported that counts against precision; every
/// expected quote found with its kind and speaker and no other quote.
fn golden_problems(s: &FileScore) -> Vec<String> {
    let mut out = Vec::new();
    for (g, m) in s.gold.actors.iter().zip(&s.gold_actor_match) {
        match m {
            None => out.push(format!("actor missed: {} [{}]", g.name, g.kind)),
            Some(i) if s.pred.actors[*i].kind != g.kind => out.push(format!(
                "actor {} is {} not {}",
                g.name, s.pred.actors[*i].kind, g.kind
            )),
            Some(_) => {}
        }
    }
    for (st, a) in s.pred_actor_status.iter().zip(&s.pred.actors) {
        if st.is_false_positive() {
            out.push(format!(
                "actor not expected: {} [{}] {st:?}",
                a.name, a.kind
            ));
        }
    }
    for (g, q) in s.gold.quotes.iter().enumerate() {
        match s.quote_matches.iter().find(|m| m.gold == g) {
            None => out.push(format!("quote missed: [{}] «{}»", q.kind, q.text)),
            Some(m) => {
                if !m.kind_agrees {
                    out.push(format!("quote «{}» not {}", q.text, q.kind));
                }
                if !m.attributed {
                    out.push(format!(
                        "quote «{}» by {} not {:?}",
                        q.text,
                        s.pred_speaker_name(m.pred),
                        q.speakers
                    ));
                }
            }
        }
    }
    for (p, q) in s.pred.quotes.iter().enumerate() {
        if !s.title_quotes.contains(&p) && !s.quote_matches.iter().any(|m| m.pred == p) {
            out.push(format!(
                "quote not expected: [{}] «{}»",
                q.kind, q.span.text
            ));
        }
    }
    out.extend(s.violations.iter().cloned());
    out
}

/// Golden texts of each language (the file name starts with it).
const MIN_GOLDEN_PER_LANGUAGE: usize = 4;

#[test]
fn golden_texts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/golden")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    names.sort();
    for lang in ["ar_", "en_"] {
        let n = names.iter().filter(|n| n.starts_with(lang)).count();
        assert!(
            n >= MIN_GOLDEN_PER_LANGUAGE,
            "only {n} golden texts named {lang}*"
        );
    }
    let mut report = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("golden text");
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("golden JSON"),
        )
        .unwrap_or_else(|e| panic!("{name}.json: {e}"));
        let analysis =
            serde_json::to_value(newslens::analyze(&text).expect("analysis")).expect("JSON");
        let s = score::score_json(&text, &expected_as_gold(&expected), &analysis).expect("scoring");
        let problems = golden_problems(&s);
        if !problems.is_empty() {
            report.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} golden texts differ:\n{}",
        report.len(),
        names.len(),
        report.join("\n")
    );
}

/// The golden expectations themselves, given as a perfect analysis, pass:
/// the texts contain every expected quote and name.
#[test]
fn golden_expectations_are_consistent() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for entry in std::fs::read_dir(&dir).expect("tests/golden") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|x| x.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(path.with_extension("txt")).expect("golden text");
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("json")).expect("JSON");
        let units: Vec<u16> = text.encode_utf16().collect();
        let body = score::title_end(&text).unwrap_or(0);
        let find = |needle: &str| -> Value {
            let n: Vec<u16> = needle.encode_utf16().collect();
            let s = (body..units.len())
                .find(|&i| units[i..].starts_with(&n))
                .unwrap_or_else(|| panic!("{}: «{needle}» not in the text", path.display()));
            json!({"start": s, "end": s + n.len(), "text": needle})
        };
        let actors: Vec<Value> = expected["actors"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(k, a)| {
                let name = a["name"].as_str().unwrap_or_default();
                let aliases = a.get("aliases").cloned().unwrap_or(json!([]));
                let first = std::iter::once(name)
                    .chain(aliases.as_array().into_iter().flatten().filter_map(Value::as_str))
                    .find(|n| text[text.find('\n').unwrap_or(0)..].contains(n))
                    .unwrap_or_else(|| panic!("{}: {name} not in the text", path.display()));
                json!({"id": format!("a{k}"), "name": name, "kind": a["kind"], "aliases": aliases, "mentions": [find(first)]})
            })
            .collect();
        let quotes: Vec<Value> = expected["quotes"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|q| {
                let mut v = find(q["text"].as_str().unwrap_or_default());
                v["kind"] = q["kind"].clone();
                v["speaker"] = actors
                    .iter()
                    .find(|a| a["name"] == q["speaker"])
                    .map_or(Value::Null, |a| a["id"].clone());
                v
            })
            .collect();
        let s = score::score_json(
            &text,
            &expected_as_gold(&expected),
            &json!({"actors": actors, "quotes": quotes}),
        )
        .expect("scoring");
        let problems = golden_problems(&s);
        assert!(
            problems.is_empty(),
            "{}: {}",
            path.display(),
            problems.join("\n")
        );
    }
}
