//! Scores an analysis against a gold annotation, as `../shared/corpus/README.md`
//! ("Scoring used to judge the project") describes.
//!
//! Shared by `examples/eval.rs` and the tests through
//! `#[path = "..."] mod score;`. It depends on serde_json only and reads the
//! analysis as its JSON (`serde_json::to_value(&analysis)`), so it scores the
//! output of the Rust API, the CLI and the JS build alike. Its normalisation
//! is its own on purpose: the crate's normaliser is what is being judged.
//!
//! Decisions where the README leaves room (see also the report in the eval
//! example's docs):
//! - punctuation and symbols become word separators (so `جان-إيف` = `جان إيف`);
//!   Latin diacritics are removed like Arabic ones (é = e);
//! - proclitics are peeled from the first word of a name only, and a name's
//!   forms are the set of its peel variants (so `بلندن`, `لندن` share `ندن`);
//! - a leading title is not stripped when what follows starts with `ال` (so
//!   `الرئيس الأمريكي` does not become the nisba `الأمريكي`);
//! - actors are matched one-to-one with maximum cardinality, strongest pairs
//!   first (same name form, then more shared forms, then same kind);
//! - a quote matched to a gold quote of the other kind counts for the overall
//!   and attribution figures, not for the per-kind ones;
//! - precision with no predictions is 1 when there is no gold either, else 0;
//!   recall with no gold is 1.
#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;

#[path = "fold_table.rs"]
mod fold_table;

/// Token F1 a predicted quote needs to match a gold direct quote.
pub const DIRECT_THRESHOLD: f64 = 0.8;
/// Token F1 a predicted quote needs to match a gold indirect quote.
pub const INDIRECT_THRESHOLD: f64 = 0.5;
/// Shortest stem left after peeling a proclitic (keeps `وا`, `لي` whole).
const MIN_STEM_CHARS: usize = 2;
/// Longest title phrase, in words, stripped from the front of a name.
const MAX_TITLE_WORDS: usize = 3;

// ---------------------------------------------------------------------------
// Normalisation

/// Arabic diacritics, Quranic marks and combining marks of other scripts.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Tatweel, zero-width and bidi controls, soft hyphen: removed, not separators.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0640}' | '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

fn unify_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        _ => c,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Compatibility fold, marks and invisibles removed, letters unified, case folded.
fn fold_chars(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let folded = fold_table::FOLD
            .binary_search_by(|(k, _)| k.cmp(&c))
            .map(|i| fold_table::FOLD[i].1);
        let mut push = |c: char| {
            if is_mark(c) || is_invisible(c) {
                return;
            }
            out.extend(unify_letter(c).to_lowercase());
        };
        match folded {
            Ok(rep) => rep.chars().for_each(&mut push),
            Err(_) => push(c),
        }
    }
    out
}

/// Length of a dotted acronym (`u.s.`, `u.n.`, `u.s`) starting at `i`, and
/// its letters joined.
fn dotted_acronym(cs: &[char], i: usize) -> Option<(usize, String)> {
    let alnum = |k: usize| cs.get(k).is_some_and(|c| c.is_alphanumeric());
    if i > 0 && alnum(i - 1) {
        return None;
    }
    let mut letters = String::new();
    let mut j = i;
    // Single letters, each followed by a dot; the last dot may be missing.
    while cs.get(j).is_some_and(|c| c.is_alphabetic()) && !alnum(j + 1) {
        if cs.get(j + 1) == Some(&'.') {
            letters.push(cs[j]);
            j += 2;
        } else {
            if !letters.is_empty() {
                letters.push(cs[j]);
                j += 1;
            }
            break;
        }
    }
    (letters.chars().count() >= 2).then_some((j - i, letters))
}

/// Normalised words of `s`: NFKC (the forms that matter), diacritics and
/// tatweel removed, Arabic letters unified, case folded, dotted acronyms
/// joined, possessive 's dropped, punctuation and quote marks dropped.
pub fn tokens(s: &str) -> Vec<String> {
    let cs = fold_chars(s);
    let mut out = String::with_capacity(cs.len());
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_alphabetic() {
            if let Some((len, letters)) = dotted_acronym(&cs, i) {
                out.push_str(&letters);
                i += len;
                continue;
            }
        }
        let word_before = i > 0 && cs[i - 1].is_alphanumeric();
        let word_after = cs.get(i + 2).is_some_and(|c| c.is_alphanumeric());
        if is_apostrophe(c) && word_before && cs.get(i + 1) == Some(&'s') && !word_after {
            i += 2; // possessive 's
            continue;
        }
        out.push(if c.is_alphanumeric() { c } else { ' ' });
        i += 1;
    }
    out.split_whitespace().map(str::to_string).collect()
}

/// The normalised text: its [`tokens`] joined by single spaces.
pub fn normalize(s: &str) -> String {
    tokens(s).join(" ")
}

/// Leading titles and articles stripped from names (normalised spelling).
const TITLES: &[&str] = &[
    // Arabic
    "الرييس",
    "الامير",
    "الاميره",
    "الشيخ",
    "الشيخه",
    "الملك",
    "الملكه",
    "السلطان",
    "السيد",
    "السيده",
    "الانسه",
    "الدكتور",
    "الدكتوره",
    "د",
    "المهندس",
    "الاستاذ",
    "الاستاذه",
    "البروفيسور",
    "الحاج",
    "الامام",
    "البابا",
    "الجنرال",
    "المشير",
    "الفريق",
    "الفريق اول",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرايد",
    "النقيب",
    "سمو",
    "فخامه",
    "معالي",
    "سعاده",
    "ولي العهد",
    "رييس الوزراء",
    "الرييس التنفيذي",
    // English
    "the",
    "a",
    "an",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice president",
    "king",
    "queen",
    "prince",
    "princess",
    "crown prince",
    "sheikh",
    "sheik",
    "emir",
    "sultan",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "admiral",
    "adm",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "pope",
    "saint",
    "st",
    "rev",
    "reverend",
    "father",
    "rabbi",
    "imam",
    "chancellor",
    "premier",
    "prime minister",
    "foreign minister",
    "minister",
    "secretary of state",
    "secretary general",
    "ambassador",
    "chairman",
    "chairwoman",
    "coach",
    "chief",
];

/// Peel variants of a name's first word: itself, without a conjunction
/// (و; ف before ال), without a preposition (ب ل; ك before ال; لل → ال), both.
fn peel_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let rest_len = |w: &str| w.chars().count() - 1;
    let conj = if word.starts_with('و') && rest_len(word) >= MIN_STEM_CHARS
        || word.starts_with("فال")
    {
        Some(word[word.char_indices().nth(1).map_or(0, |(i, _)| i)..].to_string())
    } else {
        None
    };
    let prep = |w: &str| -> Option<String> {
        if let Some(rest) = w.strip_prefix("لل") {
            (!rest.is_empty()).then(|| format!("ال{rest}"))
        } else if (w.starts_with('ب') || w.starts_with('ل')) && rest_len(w) >= MIN_STEM_CHARS
            || w.starts_with("كال")
        {
            Some(w[w.char_indices().nth(1).map_or(0, |(i, _)| i)..].to_string())
        } else {
            None
        }
    };
    if let Some(p) = prep(word) {
        out.push(p);
    }
    if let Some(c) = conj {
        if let Some(p) = prep(&c) {
            out.push(p);
        }
        out.push(c);
    }
    out.sort();
    out.dedup();
    out
}

/// Strips leading titles and articles, never down to nothing, and not
/// before a word with the article ال (an adjective: `الرئيس الأمريكي`).
fn strip_titles(mut words: &[String]) -> &[String] {
    'outer: loop {
        for n in (1..=MAX_TITLE_WORDS.min(words.len().saturating_sub(1))).rev() {
            let phrase = words[..n].join(" ");
            if TITLES.contains(&phrase.as_str()) && !words[n].starts_with("ال") {
                words = &words[n..];
                continue 'outer;
            }
        }
        return words;
    }
}

/// The forms of a name: normalised, proclitics peeled from the first word,
/// leading titles and articles stripped, spaces removed. Two names match when
/// their form sets intersect.
pub fn name_forms(name: &str) -> BTreeSet<String> {
    let words = tokens(name);
    let mut forms = BTreeSet::new();
    let Some(first) = words.first() else {
        return forms;
    };
    for variant in peel_variants(first) {
        let mut ws = words.clone();
        ws[0] = variant;
        forms.insert(strip_titles(&ws).concat());
    }
    forms
}

fn forms_of<'a>(names: impl IntoIterator<Item = &'a String>) -> BTreeSet<String> {
    names.into_iter().flat_map(|n| name_forms(n)).collect()
}

fn share(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    a.iter().any(|f| b.contains(f))
}

/// Token F1 of two texts after normalisation (multiset overlap).
pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, mut tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let (la, lb) = (ta.len() as f64, tb.len() as f64);
    let mut common = 0usize;
    for t in &ta {
        if let Some(k) = tb.iter().position(|u| u == t) {
            tb.swap_remove(k);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / la, common as f64 / lb);
    2.0 * p * r / (p + r)
}

// ---------------------------------------------------------------------------
// Inputs

/// Actor kinds in the crate's spelling; the gold's `location` is `place`.
pub fn canonical_kind(kind: &str) -> String {
    match kind.trim().to_lowercase().as_str() {
        "location" | "place" => "place".into(),
        "organisation" | "organization" => "organization".into(),
        k => k.to_string(),
    }
}

/// A gold actor.
#[derive(Debug, Clone)]
pub struct GoldActor {
    /// Canonical name.
    pub name: String,
    /// Kind, in the crate's spelling.
    pub kind: String,
    /// Other surface forms.
    pub aliases: Vec<String>,
    forms: BTreeSet<String>,
}

/// A gold quote.
#[derive(Debug, Clone)]
pub struct GoldQuote {
    /// The quoted or reported words.
    pub text: String,
    /// `direct` or `indirect`.
    pub kind: String,
    /// Acceptable speakers; empty means the source is unidentified (null).
    pub speakers: Vec<String>,
    /// The reporting cue, as written.
    pub cue: Option<String>,
}

/// A gold annotation.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Actors to find.
    pub actors: Vec<GoldActor>,
    /// Names neither rewarded nor penalised.
    pub optional: Vec<String>,
    /// Names that must not be reported.
    pub not_actors: Vec<String>,
    /// Quotes to find.
    pub quotes: Vec<GoldQuote>,
}

fn str_list(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

impl Gold {
    /// Reads a gold file's JSON (corpus README format). `type` may also be
    /// given as `kind`, and `speaker` as a string, a list or null.
    pub fn from_json(v: &Value) -> Result<Gold, String> {
        let mut gold = Gold::default();
        for a in v
            .get("actors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = str_field(a, "name").ok_or("gold actor without a name")?;
            let kind = str_field(a, "type")
                .or_else(|| str_field(a, "kind"))
                .ok_or_else(|| format!("gold actor {name} without a type"))?;
            let aliases = a.get("aliases").map(str_list).unwrap_or_default();
            let forms = forms_of(std::iter::once(&name).chain(&aliases));
            gold.actors.push(GoldActor {
                name,
                kind: canonical_kind(&kind),
                aliases,
                forms,
            });
        }
        gold.optional = v.get("optional_actors").map(str_list).unwrap_or_default();
        gold.not_actors = v.get("not_actors").map(str_list).unwrap_or_default();
        for q in v
            .get("quotes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let text = str_field(q, "text").ok_or("gold quote without text")?;
            let kind =
                str_field(q, "kind").ok_or_else(|| format!("gold quote without kind: {text}"))?;
            if kind != "direct" && kind != "indirect" {
                return Err(format!("gold quote kind {kind:?}: {text}"));
            }
            let speakers = q.get("speaker").map(str_list).unwrap_or_default();
            gold.quotes.push(GoldQuote {
                text,
                kind,
                speakers,
                cue: str_field(q, "cue"),
            });
        }
        Ok(gold)
    }
}

/// A UTF-16 span with the text it claims to cover.
#[derive(Debug, Clone)]
pub struct PredSpan {
    /// Start offset (UTF-16).
    pub start: usize,
    /// End offset (UTF-16), exclusive.
    pub end: usize,
    /// The claimed text.
    pub text: String,
}

/// A predicted actor.
#[derive(Debug, Clone)]
pub struct PredActor {
    /// Identifier quotes refer to.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// Mentions.
    pub mentions: Vec<PredSpan>,
    forms: BTreeSet<String>,
}

/// A predicted quote.
#[derive(Debug, Clone)]
pub struct PredQuote {
    /// Position and text.
    pub span: PredSpan,
    /// `direct` or `indirect`.
    pub kind: String,
    /// Speaking actor's id.
    pub speaker: Option<String>,
    /// Cue span, when given.
    pub cue: Option<PredSpan>,
}

/// An analysis, read from its JSON.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    /// Actors.
    pub actors: Vec<PredActor>,
    /// Quotes.
    pub quotes: Vec<PredQuote>,
}

fn span_of(v: &Value, start: &str, end: &str, text: &str) -> Option<PredSpan> {
    Some(PredSpan {
        start: v.get(start)?.as_u64()? as usize,
        end: v.get(end)?.as_u64()? as usize,
        text: str_field(v, text)?,
    })
}

impl Prediction {
    /// Reads an analysis JSON (the crate's output contract).
    pub fn from_json(v: &Value) -> Result<Prediction, String> {
        let mut pred = Prediction::default();
        for a in v
            .get("actors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let id = str_field(a, "id").ok_or("actor without id")?;
            let name = str_field(a, "name").ok_or_else(|| format!("actor {id} without name"))?;
            let kind = str_field(a, "kind").ok_or_else(|| format!("actor {id} without kind"))?;
            let aliases = a.get("aliases").map(str_list).unwrap_or_default();
            let mut mentions = Vec::new();
            for m in a
                .get("mentions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                mentions.push(
                    span_of(m, "start", "end", "text")
                        .ok_or_else(|| format!("actor {id}: malformed mention {m}"))?,
                );
            }
            let forms = forms_of(std::iter::once(&name).chain(&aliases));
            pred.actors.push(PredActor {
                id,
                name,
                kind: canonical_kind(&kind),
                aliases,
                mentions,
                forms,
            });
        }
        for q in v
            .get("quotes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let span =
                span_of(q, "start", "end", "text").ok_or_else(|| format!("malformed quote {q}"))?;
            let kind = str_field(q, "kind").ok_or_else(|| format!("quote without kind: {q}"))?;
            let speaker = str_field(q, "speaker");
            let cue = span_of(q, "cueStart", "cueEnd", "cue");
            pred.quotes.push(PredQuote {
                span,
                kind,
                speaker,
                cue,
            });
        }
        Ok(pred)
    }
}

// ---------------------------------------------------------------------------
// Counts and figures

/// Raw counts; files are micro-averaged by adding these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Files scored.
    pub files: usize,
    /// Gold actors.
    pub gold_actors: usize,
    /// Predicted actors matched to a gold actor.
    pub actor_tp: usize,
    /// Predicted actors counted as false positives.
    pub actor_fp: usize,
    /// Predicted actors neither rewarded nor penalised.
    pub actor_neutral: usize,
    /// Matched actors whose kind agrees with the gold type.
    pub actor_kind_ok: usize,
    /// Gold quotes.
    pub gold_quotes: usize,
    /// Predicted quotes (outside the title line).
    pub pred_quotes: usize,
    /// Matched quote pairs (any kinds).
    pub quote_tp: usize,
    /// Gold direct quotes.
    pub gold_direct: usize,
    /// Predicted direct quotes.
    pub pred_direct: usize,
    /// Matched pairs, both direct.
    pub direct_tp: usize,
    /// Gold indirect quotes.
    pub gold_indirect: usize,
    /// Predicted indirect quotes.
    pub pred_indirect: usize,
    /// Matched pairs, both indirect.
    pub indirect_tp: usize,
    /// Matched quotes correctly attributed.
    pub attributed: usize,
    /// Mentions, quotes and cues whose offsets do not slice to their text.
    pub offset_violations: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.files += o.files;
        self.gold_actors += o.gold_actors;
        self.actor_tp += o.actor_tp;
        self.actor_fp += o.actor_fp;
        self.actor_neutral += o.actor_neutral;
        self.actor_kind_ok += o.actor_kind_ok;
        self.gold_quotes += o.gold_quotes;
        self.pred_quotes += o.pred_quotes;
        self.quote_tp += o.quote_tp;
        self.gold_direct += o.gold_direct;
        self.pred_direct += o.pred_direct;
        self.direct_tp += o.direct_tp;
        self.gold_indirect += o.gold_indirect;
        self.pred_indirect += o.pred_indirect;
        self.indirect_tp += o.indirect_tp;
        self.attributed += o.attributed;
        self.offset_violations += o.offset_violations;
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    /// From true positives, predictions and gold items.
    pub fn new(tp: usize, pred: usize, gold: usize) -> Prf {
        let p = if pred > 0 {
            tp as f64 / pred as f64
        } else if gold == 0 {
            1.0
        } else {
            0.0
        };
        let r = if gold > 0 {
            tp as f64 / gold as f64
        } else {
            1.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f1 }
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den > 0 {
        num as f64 / den as f64
    } else {
        0.0
    }
}

impl Counts {
    /// Actor P/R/F1.
    pub fn actors(&self) -> Prf {
        Prf::new(
            self.actor_tp,
            self.actor_tp + self.actor_fp,
            self.gold_actors,
        )
    }
    /// Quote P/R/F1, kinds ignored.
    pub fn quotes(&self) -> Prf {
        Prf::new(self.quote_tp, self.pred_quotes, self.gold_quotes)
    }
    /// Direct-quote P/R/F1.
    pub fn direct(&self) -> Prf {
        Prf::new(self.direct_tp, self.pred_direct, self.gold_direct)
    }
    /// Indirect-quote P/R/F1.
    pub fn indirect(&self) -> Prf {
        Prf::new(self.indirect_tp, self.pred_indirect, self.gold_indirect)
    }
    /// Quote+speaker P/R/F1 (the headline figure).
    pub fn quote_speaker(&self) -> Prf {
        Prf::new(self.attributed, self.pred_quotes, self.gold_quotes)
    }
    /// Share of matched quotes with the right speaker.
    pub fn attribution_accuracy(&self) -> f64 {
        ratio(self.attributed, self.quote_tp)
    }
    /// Share of matched actors with the right kind.
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.actor_kind_ok, self.actor_tp)
    }

    /// Every figure by name (the names used in `tests/corpus_floor.json`).
    pub fn figures(&self) -> Vec<(&'static str, f64)> {
        let (a, q, d, i, qs) = (
            self.actors(),
            self.quotes(),
            self.direct(),
            self.indirect(),
            self.quote_speaker(),
        );
        vec![
            ("actor_precision", a.p),
            ("actor_recall", a.r),
            ("actor_f1", a.f1),
            ("actor_kind_accuracy", self.kind_accuracy()),
            ("quote_precision", q.p),
            ("quote_recall", q.r),
            ("quote_f1", q.f1),
            ("direct_precision", d.p),
            ("direct_recall", d.r),
            ("direct_f1", d.f1),
            ("indirect_precision", i.p),
            ("indirect_recall", i.r),
            ("indirect_f1", i.f1),
            ("attribution_accuracy", self.attribution_accuracy()),
            ("quote_speaker_precision", qs.p),
            ("quote_speaker_recall", qs.r),
            ("quote_speaker_f1", qs.f1),
        ]
    }

    /// Figures and counts as JSON.
    pub fn to_json(self) -> Value {
        let mut figures = serde_json::Map::new();
        for (k, v) in self.figures() {
            figures.insert(k.into(), json!((v * 10_000.0).round() / 10_000.0));
        }
        figures.insert("offset_violations".into(), json!(self.offset_violations));
        json!({
            "figures": figures,
            "counts": {
                "files": self.files, "gold_actors": self.gold_actors,
                "actor_tp": self.actor_tp, "actor_fp": self.actor_fp,
                "actor_neutral": self.actor_neutral, "actor_kind_ok": self.actor_kind_ok,
                "gold_quotes": self.gold_quotes, "pred_quotes": self.pred_quotes,
                "quote_tp": self.quote_tp,
                "gold_direct": self.gold_direct, "pred_direct": self.pred_direct,
                "direct_tp": self.direct_tp,
                "gold_indirect": self.gold_indirect, "pred_indirect": self.pred_indirect,
                "indirect_tp": self.indirect_tp, "attributed": self.attributed,
                "offset_violations": self.offset_violations,
            }
        })
    }
}

// ---------------------------------------------------------------------------
// Scoring

/// What became of a predicted actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorStatus {
    /// Matched to this gold actor.
    Matched(usize),
    /// Shares a form with this gold actor, already matched to another: a
    /// coreference miss (false positive).
    Duplicate(usize),
    /// Matches a `not_actors` entry (false positive).
    NotActor(String),
    /// Matches an `optional_actors` entry (neutral).
    Optional(String),
    /// A country or place the gold does not list (neutral).
    UnlistedPlace,
    /// A person, organisation or group the gold does not list (false positive).
    Spurious,
    /// Mentioned only in the title line (ignored).
    TitleOnly,
}

impl ActorStatus {
    /// Whether this counts against precision.
    pub fn is_false_positive(&self) -> bool {
        matches!(
            self,
            ActorStatus::Duplicate(_) | ActorStatus::NotActor(_) | ActorStatus::Spurious
        )
    }
}

/// A matched pair of quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMatch {
    /// Gold quote index.
    pub gold: usize,
    /// Predicted quote index.
    pub pred: usize,
    /// Token F1 of the texts.
    pub f1: f64,
    /// Whether the kinds agree.
    pub kind_agrees: bool,
    /// Whether the speaker is right.
    pub attributed: bool,
}

/// The score of one file, with what was matched to what.
#[derive(Debug, Clone)]
pub struct FileScore {
    /// Counts for this file.
    pub counts: Counts,
    /// The gold annotation.
    pub gold: Gold,
    /// The prediction.
    pub pred: Prediction,
    /// For each gold actor, the predicted actor matched to it.
    pub gold_actor_match: Vec<Option<usize>>,
    /// For each predicted actor, what became of it.
    pub pred_actor_status: Vec<ActorStatus>,
    /// Matched quote pairs.
    pub quote_matches: Vec<QuoteMatch>,
    /// Predicted quotes ignored because they lie in the title line.
    pub title_quotes: Vec<usize>,
    /// Offset violations, described.
    pub violations: Vec<String>,
}

/// UTF-16 offset of the end of the title line (line 1), when the text has
/// more than one line.
pub fn title_end(text: &str) -> Option<usize> {
    text.find('\n').map(|b| text[..b].encode_utf16().count())
}

fn check_span(units: &[u16], what: &str, s: &PredSpan, out: &mut Vec<String>) {
    let ok = s.start <= s.end
        && s.end <= units.len()
        && String::from_utf16(&units[s.start..s.end]).is_ok_and(|t| t == s.text);
    if !ok {
        let actual = if s.start <= s.end && s.end <= units.len() {
            String::from_utf16_lossy(&units[s.start..s.end])
        } else {
            format!("<out of range, text has {} units>", units.len())
        };
        out.push(format!(
            "{what} [{}, {}) claims {:?}, slice is {:?}",
            s.start, s.end, s.text, actual
        ));
    }
}

/// Maximum one-to-one matching; `cands[i]` lists the gold actors pred `i`
/// may take, strongest first. Greedy by strength, then augmenting paths.
fn match_actors(
    cands: &[Vec<usize>],
    strength: &dyn Fn(usize, usize) -> (bool, usize, bool),
    n_gold: usize,
) -> Vec<Option<usize>> {
    let mut pairs: Vec<(usize, usize)> = cands
        .iter()
        .enumerate()
        .flat_map(|(i, gs)| gs.iter().map(move |&g| (i, g)))
        .collect();
    pairs.sort_by(|&(i, g), &(j, h)| {
        strength(j, h)
            .cmp(&strength(i, g))
            .then((i, g).cmp(&(j, h)))
    });
    let mut pred_of: Vec<Option<usize>> = vec![None; n_gold];
    let mut gold_of: Vec<Option<usize>> = vec![None; cands.len()];
    for (i, g) in pairs {
        if gold_of[i].is_none() && pred_of[g].is_none() {
            gold_of[i] = Some(g);
            pred_of[g] = Some(i);
        }
    }
    fn augment(
        i: usize,
        cands: &[Vec<usize>],
        seen: &mut [bool],
        pred_of: &mut [Option<usize>],
        gold_of: &mut [Option<usize>],
    ) -> bool {
        for &g in &cands[i] {
            if seen[g] {
                continue;
            }
            seen[g] = true;
            let free = match pred_of[g] {
                None => true,
                Some(j) => augment(j, cands, seen, pred_of, gold_of),
            };
            if free {
                pred_of[g] = Some(i);
                gold_of[i] = Some(g);
                return true;
            }
        }
        false
    }
    for i in 0..cands.len() {
        if gold_of[i].is_none() && !cands[i].is_empty() {
            let mut seen = vec![false; n_gold];
            augment(i, cands, &mut seen, &mut pred_of, &mut gold_of);
        }
    }
    pred_of
}

/// Scores `pred` (an analysis of `text`) against `gold`.
pub fn score(text: &str, gold: &Gold, pred: &Prediction) -> FileScore {
    let units: Vec<u16> = text.encode_utf16().collect();
    let title = title_end(text);
    let in_title = |s: &PredSpan| title.is_some_and(|t| s.end <= t);

    let mut violations = Vec::new();
    for a in &pred.actors {
        for m in &a.mentions {
            check_span(
                &units,
                &format!("mention of {} ({})", a.name, a.id),
                m,
                &mut violations,
            );
        }
    }
    for (k, q) in pred.quotes.iter().enumerate() {
        check_span(&units, &format!("quote #{k}"), &q.span, &mut violations);
        if let Some(c) = &q.cue {
            check_span(&units, &format!("cue of quote #{k}"), c, &mut violations);
        }
    }

    // Actors.
    let title_only: Vec<bool> = pred
        .actors
        .iter()
        .map(|a| !a.mentions.is_empty() && a.mentions.iter().all(in_title))
        .collect();
    let cands: Vec<Vec<usize>> = pred
        .actors
        .iter()
        .zip(&title_only)
        .map(|(a, &t)| {
            if t {
                Vec::new()
            } else {
                (0..gold.actors.len())
                    .filter(|&g| share(&a.forms, &gold.actors[g].forms))
                    .collect()
            }
        })
        .collect();
    let strength = |i: usize, g: usize| {
        let (p, ga) = (&pred.actors[i], &gold.actors[g]);
        let same_name = share(&name_forms(&p.name), &name_forms(&ga.name));
        (
            same_name,
            p.forms.intersection(&ga.forms).count(),
            p.kind == ga.kind,
        )
    };
    let gold_actor_match = match_actors(&cands, &strength, gold.actors.len());
    let optional_forms: Vec<(String, BTreeSet<String>)> = gold
        .optional
        .iter()
        .map(|n| (n.clone(), name_forms(n)))
        .collect();
    let not_forms: Vec<(String, BTreeSet<String>)> = gold
        .not_actors
        .iter()
        .map(|n| (n.clone(), name_forms(n)))
        .collect();
    let pred_actor_status: Vec<ActorStatus> = (0..pred.actors.len())
        .map(|i| {
            let a = &pred.actors[i];
            if title_only[i] {
                return ActorStatus::TitleOnly;
            }
            if let Some(g) = gold_actor_match.iter().position(|&m| m == Some(i)) {
                return ActorStatus::Matched(g);
            }
            if let Some(&g) = cands[i].first() {
                return ActorStatus::Duplicate(g);
            }
            if let Some((n, _)) = not_forms.iter().find(|(_, f)| share(f, &a.forms)) {
                return ActorStatus::NotActor(n.clone());
            }
            if let Some((n, _)) = optional_forms.iter().find(|(_, f)| share(f, &a.forms)) {
                return ActorStatus::Optional(n.clone());
            }
            if a.kind == "country" || a.kind == "place" {
                return ActorStatus::UnlistedPlace;
            }
            ActorStatus::Spurious
        })
        .collect();

    // Quotes.
    let title_quotes: Vec<usize> = (0..pred.quotes.len())
        .filter(|&k| in_title(&pred.quotes[k].span))
        .collect();
    let mut pairs = Vec::new();
    for (g, gq) in gold.quotes.iter().enumerate() {
        let threshold = if gq.kind == "direct" {
            DIRECT_THRESHOLD
        } else {
            INDIRECT_THRESHOLD
        };
        for (p, pq) in pred.quotes.iter().enumerate() {
            if title_quotes.contains(&p) {
                continue;
            }
            let f1 = token_f1(&gq.text, &pq.span.text);
            if f1 >= threshold {
                pairs.push((f1, gq.kind == pq.kind, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then((a.2, a.3).cmp(&(b.2, b.3)))
    });
    // A gold speaker string names a gold actor (exact name first, else a shared form).
    let speaker_actor = |s: &str| {
        gold.actors
            .iter()
            .position(|a| a.name.trim() == s.trim())
            .or_else(|| {
                let f = name_forms(s);
                gold.actors.iter().position(|a| share(&a.forms, &f))
            })
    };
    let attributed = |gq: &GoldQuote, pq: &PredQuote| -> bool {
        let Some(id) = &pq.speaker else {
            return gq.speakers.is_empty();
        };
        let Some(i) = pred.actors.iter().position(|a| &a.id == id) else {
            return false;
        };
        gq.speakers.iter().any(|s| match speaker_actor(s) {
            Some(g) => pred_actor_status[i] == ActorStatus::Matched(g),
            // Not a gold actor (a statement, an optional group): compare names.
            None => share(&pred.actors[i].forms, &name_forms(s)),
        })
    };
    let (mut gold_used, mut pred_used) = (
        vec![false; gold.quotes.len()],
        vec![false; pred.quotes.len()],
    );
    let mut quote_matches = Vec::new();
    for (f1, kind_agrees, g, p) in pairs {
        if gold_used[g] || pred_used[p] {
            continue;
        }
        gold_used[g] = true;
        pred_used[p] = true;
        let attributed = attributed(&gold.quotes[g], &pred.quotes[p]);
        quote_matches.push(QuoteMatch {
            gold: g,
            pred: p,
            f1,
            kind_agrees,
            attributed,
        });
    }
    quote_matches.sort_by_key(|m| m.gold);

    let scored_quotes = || {
        (0..pred.quotes.len())
            .filter(|k| !title_quotes.contains(k))
            .map(|k| &pred.quotes[k])
    };
    let count_kind = |kind: &str| -> (usize, usize, usize) {
        (
            gold.quotes.iter().filter(|q| q.kind == kind).count(),
            scored_quotes().filter(|q| q.kind == kind).count(),
            quote_matches
                .iter()
                .filter(|m| m.kind_agrees && gold.quotes[m.gold].kind == kind)
                .count(),
        )
    };
    let (gold_direct, pred_direct, direct_tp) = count_kind("direct");
    let (gold_indirect, pred_indirect, indirect_tp) = count_kind("indirect");
    let counts = Counts {
        files: 1,
        gold_actors: gold.actors.len(),
        actor_tp: gold_actor_match.iter().flatten().count(),
        actor_fp: pred_actor_status
            .iter()
            .filter(|s| s.is_false_positive())
            .count(),
        actor_neutral: pred_actor_status
            .iter()
            .filter(|s| matches!(s, ActorStatus::Optional(_) | ActorStatus::UnlistedPlace))
            .count(),
        actor_kind_ok: gold_actor_match
            .iter()
            .enumerate()
            .filter(|(g, m)| m.is_some_and(|i| pred.actors[i].kind == gold.actors[*g].kind))
            .count(),
        gold_quotes: gold.quotes.len(),
        pred_quotes: scored_quotes().count(),
        quote_tp: quote_matches.len(),
        gold_direct,
        pred_direct,
        direct_tp,
        gold_indirect,
        pred_indirect,
        indirect_tp,
        attributed: quote_matches.iter().filter(|m| m.attributed).count(),
        offset_violations: violations.len(),
    };
    FileScore {
        counts,
        gold: gold.clone(),
        pred: pred.clone(),
        gold_actor_match,
        pred_actor_status,
        quote_matches,
        title_quotes,
        violations,
    }
}

/// Reads the gold and analysis JSON and scores them.
pub fn score_json(text: &str, gold: &Value, analysis: &Value) -> Result<FileScore, String> {
    Ok(score(
        text,
        &Gold::from_json(gold)?,
        &Prediction::from_json(analysis)?,
    ))
}

// ---------------------------------------------------------------------------
// Reports

fn clip(s: &str) -> String {
    const MAX_CHARS: usize = 90;
    let s = s.replace('\n', " ");
    if s.chars().count() > MAX_CHARS {
        format!("{}…", s.chars().take(MAX_CHARS).collect::<String>())
    } else {
        s
    }
}

impl FileScore {
    /// The predicted speaker's name of predicted quote `p`.
    pub fn pred_speaker_name(&self, p: usize) -> String {
        match &self.pred.quotes[p].speaker {
            None => "null".into(),
            Some(id) => match self.pred.actors.iter().find(|a| &a.id == id) {
                Some(a) => a.name.clone(),
                None => format!("<unknown id {id}>"),
            },
        }
    }

    fn gold_speakers(&self, g: usize) -> String {
        let s = &self.gold.quotes[g].speakers;
        if s.is_empty() {
            "null".into()
        } else {
            s.join(" | ")
        }
    }

    /// Misses, false positives and wrong kinds or speakers, one per line.
    pub fn details(&self) -> String {
        let mut out = String::new();
        let w = &mut out;
        for (g, m) in self.gold_actor_match.iter().enumerate() {
            let ga = &self.gold.actors[g];
            match m {
                None => {
                    _ = writeln!(
                        w,
                        "  actor missed      {} [{}] aliases {:?}",
                        ga.name, ga.kind, ga.aliases
                    )
                }
                Some(i) if self.pred.actors[*i].kind != ga.kind => {
                    _ = writeln!(
                        w,
                        "  actor kind        {} gold {} predicted {}",
                        ga.name, ga.kind, self.pred.actors[*i].kind
                    )
                }
                Some(_) => {}
            }
        }
        for (i, st) in self.pred_actor_status.iter().enumerate() {
            let a = &self.pred.actors[i];
            let what = format!("{} [{}] aliases {:?}", a.name, a.kind, a.aliases);
            match st {
                ActorStatus::Duplicate(g) => {
                    _ = writeln!(
                        w,
                        "  actor duplicate   {what} (again {})",
                        self.gold.actors[*g].name
                    )
                }
                ActorStatus::NotActor(n) => {
                    _ = writeln!(w, "  actor not-actor   {what} (not_actors: {n})")
                }
                ActorStatus::Spurious => _ = writeln!(w, "  actor spurious    {what}"),
                ActorStatus::Optional(n) => {
                    _ = writeln!(w, "  actor neutral     {what} (optional: {n})")
                }
                ActorStatus::UnlistedPlace => {
                    _ = writeln!(w, "  actor neutral     {what} (unlisted {})", a.kind)
                }
                ActorStatus::Matched(_) | ActorStatus::TitleOnly => {}
            }
        }
        for (g, gq) in self.gold.quotes.iter().enumerate() {
            match self.quote_matches.iter().find(|m| m.gold == g) {
                None => {
                    let best = self
                        .pred
                        .quotes
                        .iter()
                        .map(|p| token_f1(&gq.text, &p.span.text))
                        .fold(0.0, f64::max);
                    _ = writeln!(
                        w,
                        "  quote missed      [{}] {} «{}» (best F1 {best:.2})",
                        gq.kind,
                        self.gold_speakers(g),
                        clip(&gq.text)
                    );
                }
                Some(m) => {
                    let pq = &self.pred.quotes[m.pred];
                    if !m.kind_agrees {
                        _ = writeln!(
                            w,
                            "  quote kind        gold {} predicted {} «{}»",
                            gq.kind,
                            pq.kind,
                            clip(&gq.text)
                        );
                    }
                    if !m.attributed {
                        _ = writeln!(
                            w,
                            "  quote speaker     gold {} predicted {} «{}»",
                            self.gold_speakers(g),
                            self.pred_speaker_name(m.pred),
                            clip(&gq.text)
                        );
                    }
                }
            }
        }
        for (p, pq) in self.pred.quotes.iter().enumerate() {
            if self.title_quotes.contains(&p) || self.quote_matches.iter().any(|m| m.pred == p) {
                continue;
            }
            _ = writeln!(
                w,
                "  quote spurious    [{}] {} «{}»",
                pq.kind,
                self.pred_speaker_name(p),
                clip(&pq.span.text)
            );
        }
        for v in &self.violations {
            _ = writeln!(w, "  offset violation  {v}");
        }
        out
    }
}
