//! Trains the name tagger (src/tagger) on ANERcorp and writes
//! `data/tagger.bin`, `data/tagger_clusters.bin` (the word clusters its
//! features use, learned from the same text without its labels) and
//! `data/tagger.LICENSE.md`.
//!
//! ```text
//! cargo run --release --example train_tagger --features train -- [--eval | --cv | --check] [--system] [--dump] [--seed N] [--data PATH]
//!     [--clusters MIN,COARSE,FINE,CONTEXT] [--exchange] [--fold-clusters] [--dump-clusters]
//! ```
//!
//! - `--eval`: train on the first 90% of the sentences, report exact-span
//!   P/R/F1 on the last 10% (with the quantised model, through the crate's
//!   own inference code), size and speed; writes nothing.
//! - no flag: the same evaluation (it calibrates the score temperature),
//!   then train on all sentences and write the three files.
//! - `--dump` (with the above): also list the held-out names missed (MISS,
//!   with what was found over them instead and three words of context on
//!   each side) and the wrong ones found (FALSE).
//! - `--cv`: 10-fold contiguous cross-validation of the two-pass model
//!   (each block of sentences tagged by a model trained on the others);
//!   writes nothing. About ten times the work of `--eval`.
//! - `--seed N` (with `--eval` or `--cv`): shuffle the training sentences
//!   with seed N instead of the fixed one, to confirm a cross-validation
//!   gain on a second shuffle (single runs move by about ±0.3 F1).
//! - `--system` (with `--eval`, `--cv` or no flag): also run the whole
//!   analysis (`newslens::analyze_with`: lexicons, title rules and the
//!   tagger, which then uses the model just trained, not the shipped one)
//!   on the held-out sentences and score its name, surname and metonym
//!   mentions (person → PERS, country/place → LOC, organisation → ORG) the
//!   same way, beside the tagger alone and two unions of the two.
//! - `--clusters MIN,COARSE,FINE,CONTEXT` (not with `--check`): other
//!   word cluster settings (see `CLUSTERS`; `0,0,0,0` for none),
//!   `--exchange`: exchange clustering instead of k-means, `--fold-clusters`
//!   (with `--cv`): clusters learned from each fold's training part only
//!   (by default from the whole file's words, which the folds then share),
//!   `--dump-clusters`: print the most frequent words of each cluster.
//! - `--check`: like no flag, but compare with the committed files instead of
//!   writing them; exit 1 if they differ (training is deterministic: fixed
//!   shuffling seed, fixed order, no hash-map iteration order involved).
//!   It takes about 40 s of CPU, so CI can run it; the only libm calls
//!   (exp, ln) pick the score temperature from a fixed grid.
//!
//! The data defaults to `../shared/data/anercorp/train.txt` (or
//! `../../shared/...` from a worktree) relative to the crate root.

use newslens::tagger_train::{
    cluster_keys, decode, encode, encode_clusters, features, memory, spread, tag_spans,
    use_clusters, use_model, Found, Quantised, Tagger, CLASS_NAMES, TAGS, TAG_COUNT,
};
use newslens::{ActorKind, LanguageChoice, MentionForm, Options};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

const N: usize = TAG_COUNT;
/// Passes over the training data (12 and 20 score alike in
/// cross-validation; fewer passes train faster).
const EPOCHS: usize = 12;
/// Seed of the sentence shuffle (xorshift64*).
const SEED: u64 = 0x6e65_7773_6c65_6e73;
/// The shuffling seed in use: [`SEED`] unless `--seed N` gives another (to
/// confirm a cross-validation gain with a second shuffle; the written
/// model always uses [`SEED`], which `--check` reproduces).
static SEED_IN_USE: AtomicU64 = AtomicU64::new(SEED);
/// Share of sentences (at the end of the file) held back for evaluation.
const HELD_OUT_PERCENT: usize = 10;
/// Features seen fewer times than this in the training part are ignored.
const MIN_FEATURE_COUNT: u32 = 3;
/// Quantisation step as a fraction of a high quantile ([`STEP_QUANTILE`])
/// of the absolute averaged weights; weights below half a step vanish and
/// the few above 127 steps are clipped to fit an i8 (the model's weight
/// type). The quantile, not the largest weight (which the first models
/// used), because it is stable: the largest weight grew 19% from the 90%
/// training part to the whole file, the quantile 2%, and with
/// [`MAX_PRUNED_MASS`] that step decides how many features are kept. The
/// passive-aggressive weights (see [`MAX_STEP`]) keep their accuracy at a
/// coarser step than the perceptron's did (10-fold CV F1 75.6 at 1/8, 75.9
/// at 1/7, 75.7 at 1/6, 74.7 at 1/5, 74.0 at 1/4), and a coarser step
/// prunes more: the model trained on 90% takes 77.1 KB gzip at 1/8, 62.3 KB
/// at 1/7, 48.1 KB at 1/6.
const QUANT_STEP_FRACTION: f64 = 1.0 / 6.0;
/// See [`QUANT_STEP_FRACTION`].
const STEP_QUANTILE: f64 = 0.999;
/// Features whose quantised weights add up (in absolute value) to at most
/// this many steps are dropped: most features are a +1 for one tag and a −1
/// for another, and dropping them costs little accuracy (about 0.2 F1 in
/// cross-validation) while each costs about 2 bytes gzip, mostly its hash.
const MAX_PRUNED_MASS: u32 = 3;
/// Subtracted from every transition into O, in quantisation steps: the same
/// as lowering O's score at every token, so that the tagger, whose
/// precision is well above its recall, finds more names (+0.2 F1 in
/// cross-validation: recall +1.2, precision −1.2).
const OUTSIDE_PENALTY_STEPS: f64 = 3.0;
/// Cost of a wrong tag in the cost-augmented decoding of a training
/// sentence, in weight units (an update moves a weight by at most
/// [`MAX_STEP`]): the tagging to correct is the best one by score plus
/// cost, so the update also pushes the gold tagging ahead of near misses,
/// by a margin that grows with their number of wrong tags.
const WRONG_TAG_COST: f32 = 50.0;
/// Largest step of one update (PA-I's aggressiveness C, here 1/50 of the
/// cost of a wrong tag; written as 1 so the weights, the margins and the
/// score temperature keep the perceptron's scale). The mistake-driven
/// perceptron with unit steps that the models before used scored 10-fold
/// CV F1 75.1 on average over three shuffling seeds, this one 75.6
/// (precision 80.7 -> 81.4, recall 70.2 -> 70.8), both at the step
/// fraction 1/8; a step of 1/20 of the cost scored 75.4, and a larger cost
/// for missing a name (1.5 times) more recall but less precision (78.9 /
/// 72.8).
const MAX_STEP: f64 = 1.0;
/// Candidate logistic temperatures for the span score, tried on held-out
/// spans (log-loss of "the span is right").
const TEMPERATURES: [f32; 16] = [
    0.5, 1.0, 2.0, 3.0, 5.0, 7.5, 10.0, 15.0, 20.0, 30.0, 40.0, 60.0, 80.0, 120.0, 160.0, 240.0,
];
/// Temperature used when no held-out spans are available.
const DEFAULT_TEMPERATURE: f32 = 4.0;
/// Folds for the first-pass predictions that the second-pass (memory)
/// features of the training sentences are computed from: each fold is
/// tagged by a model trained on the others, like unseen text.
const FOLDS: usize = 5;
/// Per sentence and epoch, the chance (in 1/256) that training sees it
/// without memory features, so the one model serves both passes.
const NO_MEMORY_CHANCE_256: u64 = 128;
/// Repetitions of the held-out set for the speed figure.
const SPEED_ROUNDS: usize = 5;

/// A weight row: current weights and the running sum for averaging.
#[derive(Clone, Copy, Default)]
struct Row {
    w: [f64; N],
    u: [f64; N],
}

/// Features are already hashes: use them as they are.
#[derive(Default)]
struct Identity(u64);
impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u32 keys")
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = u64::from(v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}
type Map<V> = HashMap<u32, V, BuildHasherDefault<Identity>>;

struct Sentence {
    words: Vec<String>,
    gold: Vec<usize>,
    feats: Vec<Vec<u32>>,
}

struct Perceptron {
    rows: Map<Row>,
    trans: [Row; N + 1],
    /// Update clock (sentences seen).
    c: f64,
}

impl Perceptron {
    fn new() -> Perceptron {
        Perceptron {
            rows: Map::default(),
            trans: [Row::default(); N + 1],
            c: 1.0,
        }
    }

    fn avg(&self, r: &Row, t: usize) -> f64 {
        r.w[t] - r.u[t] / self.c
    }

    fn emit(&self, feats: &[Vec<u32>], averaged: bool) -> Vec<[f32; N]> {
        feats
            .iter()
            .map(|fs| {
                let mut s = [0f64; N];
                for f in fs {
                    if let Some(r) = self.rows.get(f) {
                        for (t, v) in s.iter_mut().enumerate() {
                            *v += if averaged { self.avg(r, t) } else { r.w[t] };
                        }
                    }
                }
                s.map(|v| v as f32)
            })
            .collect()
    }

    fn transitions(&self, averaged: bool) -> Vec<[f32; N]> {
        self.trans
            .iter()
            .map(|r| {
                std::array::from_fn(|t| (if averaged { self.avg(r, t) } else { r.w[t] }) as f32)
            })
            .collect()
    }

    fn bump(row: &mut Row, t: usize, d: f64, c: f64) {
        row.w[t] += d;
        row.u[t] += c * d;
    }

    /// One passive-aggressive step (PA-I) on a sentence: decode with a
    /// cost of [`WRONG_TAG_COST`] added to every tag but the gold one, then
    /// move the weights towards the gold tagging and away from the decoded
    /// one by just enough to make the gold one win by the decoded tagging's
    /// cost (the number of wrong tags), but by at most [`MAX_STEP`].
    fn train_one(&mut self, feats: &[Vec<u32>], gold: &[usize], known: &Map<u32>) {
        let raw = self.emit(feats, false);
        let mut emit = raw.clone();
        for (e, &g) in emit.iter_mut().zip(gold) {
            for (t, v) in e.iter_mut().enumerate() {
                if t != g {
                    *v += WRONG_TAG_COST;
                }
            }
        }
        let trans = self.transitions(false);
        let pred = decode(&emit, &trans);
        if pred != gold {
            // Previous tag row (0 at the start) of position i under `tags`.
            let from = |tags: &[usize], i: usize| if i == 0 { 0 } else { tags[i - 1] + 1 };
            // Score gap between the two taggings, their cost, and the
            // squared length of the update (each feature of a wrong
            // position moves two weights, as does each changed move).
            let (mut gap, mut cost, mut norm) = (0f64, 0f64, 0f64);
            for i in 0..gold.len() {
                let (g, p) = (gold[i], pred[i]);
                let (gp, pp) = (from(gold, i), from(&pred, i));
                gap += f64::from(raw[i][g] + trans[gp][g]) - f64::from(raw[i][p] + trans[pp][p]);
                if g != p {
                    cost += f64::from(WRONG_TAG_COST);
                    norm += 2.0 * feats[i].iter().filter(|f| known.contains_key(f)).count() as f64;
                }
                if (gp, g) != (pp, p) {
                    norm += 2.0;
                }
            }
            let tau = ((cost - gap) / norm.max(1.0)).clamp(0.0, MAX_STEP);
            let c = self.c;
            for i in 0..gold.len() {
                let (g, p) = (gold[i], pred[i]);
                if g != p {
                    for f in &feats[i] {
                        if !known.contains_key(f) {
                            continue;
                        }
                        let row = self.rows.entry(*f).or_default();
                        Self::bump(row, g, tau, c);
                        Self::bump(row, p, -tau, c);
                    }
                }
                let (gp, pp) = (from(gold, i), from(&pred, i));
                if (gp, g) != (pp, p) {
                    Self::bump(&mut self.trans[gp], g, tau, c);
                    Self::bump(&mut self.trans[pp], p, -tau, c);
                }
            }
        }
        self.c += 1.0;
    }

    /// The quantisation step: [`QUANT_STEP_FRACTION`] of the
    /// [`STEP_QUANTILE`] quantile of the non-zero absolute averaged weights.
    fn step(&self) -> f64 {
        let mut v: Vec<f64> = self
            .rows
            .values()
            .flat_map(|r| (0..N).map(|t| self.avg(r, t).abs()))
            .filter(|&x| x > 0.0)
            .collect();
        v.sort_unstable_by(f64::total_cmp);
        let at = ((v.len().saturating_sub(1)) as f64 * STEP_QUANTILE) as usize;
        let reference = v.get(at).copied().unwrap_or(0.0);
        (reference * QUANT_STEP_FRACTION).max(f64::MIN_POSITIVE)
    }

    /// Averaged transitions with the outside penalty (float weights).
    fn decoding_transitions(&self) -> Vec<[f32; N]> {
        let pen = (OUTSIDE_PENALTY_STEPS * self.step()) as f32;
        let mut t = self.transitions(true);
        for row in &mut t {
            row[0] -= pen;
        }
        t
    }

    /// Averaged weights, quantised with a step relative to the largest one.
    fn quantise(&self, temperature: f32) -> Quantised {
        let step = self.step();
        let q = |v: f64| {
            (v / step)
                .round()
                .clamp(f64::from(i8::MIN), f64::from(i8::MAX)) as i8
        };
        let mut feats: Vec<(u32, [i8; N])> = self
            .rows
            .iter()
            .map(|(&h, r)| (h, std::array::from_fn(|t| q(self.avg(r, t)))))
            .filter(|(_, w)| {
                w.iter().map(|&x| u32::from(x.unsigned_abs())).sum::<u32>() > MAX_PRUNED_MASS
            })
            .collect();
        feats.sort_unstable_by_key(|&(h, _)| h);
        Quantised {
            scale: step as f32,
            temperature,
            transitions: self
                .trans
                .iter()
                .map(|r| {
                    std::array::from_fn(|t| {
                        let pen = if t == 0 { OUTSIDE_PENALTY_STEPS } else { 0.0 };
                        q(self.avg(r, t) - pen * step)
                    })
                })
                .collect(),
            features: feats,
        }
    }
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

/// Trains on `sentences`; with `memory` (second-pass features, one list per
/// sentence) each sentence is seen with or without them at random.
fn train(
    sentences: &[&Sentence],
    memory: Option<&[Vec<Vec<u32>>]>,
    mut on_epoch: impl FnMut(usize, &Perceptron),
) -> Perceptron {
    // Feature counts over this training part (rare features are noise and size).
    let mut counts: Map<u32> = Map::default();
    let with_memory = memory.into_iter().flatten();
    for feats in sentences.iter().map(|s| &s.feats).chain(with_memory) {
        for fs in feats {
            for f in fs {
                *counts.entry(*f).or_default() += 1;
            }
        }
    }
    counts.retain(|_, c| *c >= MIN_FEATURE_COUNT);
    let mut p = Perceptron::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = SEED_IN_USE.load(Ordering::Relaxed);
    for epoch in 0..EPOCHS {
        for k in (1..order.len()).rev() {
            let j = (xorshift(&mut rng) % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        for &k in &order {
            let feats = match memory {
                Some(m) if xorshift(&mut rng) % 256 >= NO_MEMORY_CHANCE_256 => &m[k],
                _ => &sentences[k].feats,
            };
            p.train_one(feats, &sentences[k].gold, &counts);
        }
        on_epoch(epoch, &p);
    }
    p
}

/// Second-pass features for `part`: first-pass names from models that did
/// not see the sentence's fold, then the memory of each sentence's window.
fn memory_features(part: &[&Sentence]) -> Vec<Vec<Vec<u32>>> {
    let n = part.len();
    let mut first: Vec<Spans> = vec![Vec::new(); n];
    for fold in 0..FOLDS {
        let lo = n * fold / FOLDS;
        let hi = n * (fold + 1) / FOLDS;
        let rest: Vec<&Sentence> = part[..lo].iter().chain(&part[hi..]).copied().collect();
        let p = train(&rest, None, |_, _| {});
        let trans = p.decoding_transitions();
        for k in lo..hi {
            first[k] = tag_spans(&decode(&p.emit(&part[k].feats, true), &trans));
        }
    }
    let words: Vec<Vec<&str>> = part
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let codes = memory(&words, &first);
    (0..n)
        .map(|j| features(&words[j], Some(&codes[j])))
        .collect()
}

/// Trains the shipped kind of model on `part`: first-pass folds, then one
/// model over sentences with and without memory features.
fn train_two_pass(part: &[&Sentence], on_epoch: impl FnMut(usize, &Perceptron)) -> Perceptron {
    let memory = memory_features(part);
    train(part, Some(&memory), on_epoch)
}

/// Exact-span counts per class: (true positives, predicted, gold).
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Counts {
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

type Spans = Vec<(std::ops::Range<usize>, usize)>;

fn score(gold: &Spans, pred: &Spans, counts: &mut [Counts; 4]) {
    for (_, c) in gold {
        counts[*c].gold += 1;
    }
    for s in pred {
        counts[s.1].pred += 1;
        if gold.contains(s) {
            counts[s.1].tp += 1;
        }
    }
}

fn report(title: &str, counts: &[Counts; 4]) -> f64 {
    println!("{title}");
    println!("  class      P       R       F1     (gold / predicted)");
    for (k, c) in counts.iter().enumerate() {
        let (p, r, f) = c.prf();
        println!(
            "  {:<6} {:>6.1}% {:>6.1}% {:>6.1}%  ({} / {})",
            CLASS_NAMES[k],
            100.0 * p,
            100.0 * r,
            100.0 * f,
            c.gold,
            c.pred
        );
    }
    let mut three = Counts::default();
    for c in &counts[..3] {
        three.add(c);
    }
    let mut all = three;
    all.add(&counts[3]);
    for (name, c) in [("micro PERS/LOC/ORG", three), ("micro all four", all)] {
        let (p, r, f) = c.prf();
        println!(
            "  {name}: P {:.1}% R {:.1}% F1 {:.1}%",
            100.0 * p,
            100.0 * r,
            100.0 * f
        );
    }
    three.prf().2
}

fn read_corpus(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut gold = Vec::new();
    let mut flush = |words: &mut Vec<String>, gold: &mut Vec<usize>| {
        if !words.is_empty() {
            out.push(Sentence {
                words: std::mem::take(words),
                gold: std::mem::take(gold),
                feats: Vec::new(),
            });
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut words, &mut gold);
            continue;
        }
        let (w, t) = line
            .rsplit_once(' ')
            .ok_or_else(|| format!("line {}: no tag", n + 1))?;
        let t = TAGS
            .iter()
            .position(|&x| x == t)
            .ok_or_else(|| format!("line {}: unknown tag {t}", n + 1))?;
        words.push(w.to_string());
        gold.push(t);
    }
    flush(&mut words, &mut gold);
    Ok(out)
}

/// The number of stems of a cluster table file (the LEB128 sizes after
/// its two header bytes).
fn cluster_stems(bytes: &[u8]) -> usize {
    let Some((&coarse, rest)) = bytes.split_first() else {
        return 0;
    };
    let Some((&fine, mut rest)) = rest.split_first() else {
        return 0;
    };
    let mut total = 0;
    for _ in 0..usize::from(coarse) * usize::from(fine) {
        let (mut v, mut shift) = (0usize, 0);
        while let Some((&b, r)) = rest.split_first() {
            rest = r;
            v |= usize::from(b & 0x7F) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        total += v;
    }
    total
}

/// (Re)computes the first-pass features of every sentence (with the
/// cluster table in use).
fn compute_features(all: &mut [Sentence]) {
    for s in all {
        let refs: Vec<&str> = s.words.iter().map(String::as_str).collect();
        s.feats = features(&refs, None);
    }
}

/// Settings of the word clusters (see [`cluster_table`]).
#[derive(Clone, Copy)]
struct ClusterSettings {
    /// Stems seen fewer times than this get no cluster.
    min_count: u32,
    /// Coarse clusters, and fine ones within each.
    coarse: u8,
    fine: u8,
    /// Most frequent tokens whose counts as left / right neighbour make
    /// up a word's context vector.
    context: usize,
    /// K-means or exchange iterations at each level.
    iterations: usize,
    /// Exchange clustering instead of k-means.
    exchange: bool,
}

/// The shipped settings: none yet (an empty table, and the features of the
/// model trained before clusters). `--clusters 5,16,8,400` gives the
/// measured setting (tools/README.md, session 12).
const CLUSTERS: ClusterSettings = ClusterSettings {
    min_count: 5,
    coarse: 0,
    fine: 0,
    context: 400,
    iterations: 20,
    exchange: false,
};

/// Seed of the k-means initialisation.
const CLUSTER_SEED: u64 = 0x636c_7573_7465_7273;

/// Spherical k-means of the unit vectors `v` (rows of `dim` values) into
/// at most `k` clusters; k-means++ initialisation with a fixed seed.
fn kmeans(v: &[&[f32]], k: usize, iterations: usize, seed: u64) -> Vec<usize> {
    let n = v.len();
    let k = k.min(n);
    if k <= 1 {
        return vec![0; n];
    }
    let dot = |a: &[f32], b: &[f32]| -> f32 { a.iter().zip(b).map(|(x, y)| x * y).sum() };
    let mut rng = seed;
    let mut centres: Vec<Vec<f32>> = vec![v[0].to_vec()];
    let mut dist: Vec<f32> = v.iter().map(|x| (1.0 - dot(x, v[0])).max(0.0)).collect();
    while centres.len() < k {
        let total: f64 = dist.iter().map(|&d| f64::from(d)).sum();
        let pick = if total <= 0.0 {
            centres.len()
        } else {
            let r = (xorshift(&mut rng) >> 11) as f64 / (1u64 << 53) as f64 * total;
            let mut acc = 0.0;
            let mut at = n - 1;
            for (j, &d) in dist.iter().enumerate() {
                acc += f64::from(d);
                if acc > r {
                    at = j;
                    break;
                }
            }
            at
        };
        let c = v[pick.min(n - 1)].to_vec();
        for (d, x) in dist.iter_mut().zip(v) {
            *d = d.min((1.0 - dot(x, &c)).max(0.0));
        }
        centres.push(c);
    }
    let mut assign = vec![0; n];
    for _ in 0..iterations {
        for (a, x) in assign.iter_mut().zip(v) {
            let mut best = (f32::MIN, 0);
            for (j, c) in centres.iter().enumerate() {
                let s = dot(x, c);
                if s > best.0 {
                    best = (s, j);
                }
            }
            *a = best.1;
        }
        for (j, c) in centres.iter_mut().enumerate() {
            let mut sum = vec![0f32; c.len()];
            let mut any = false;
            for (x, _) in v.iter().zip(&assign).filter(|(_, &a)| a == j) {
                any = true;
                for (s, y) in sum.iter_mut().zip(x.iter()) {
                    *s += y;
                }
            }
            let norm = dot(&sum, &sum).sqrt();
            if any && norm > 0.0 {
                *c = sum.iter().map(|s| s / norm).collect();
            }
        }
    }
    assign
}

/// `x ln x` (0 at 0).
fn xlogx(x: f64) -> f64 {
    if x <= 0.0 {
        0.0
    } else {
        x * x.ln()
    }
}

/// Bigram counts of a token sequence as neighbour lists: per word id, its
/// successors and predecessors with counts (a word next to itself apart).
struct Bigrams {
    next: Vec<Vec<(usize, f64)>>,
    prev: Vec<Vec<(usize, f64)>>,
    itself: Vec<f64>,
    /// Times each word is the left / right word of a bigram.
    left: Vec<f64>,
    right: Vec<f64>,
}

impl Bigrams {
    fn new(words: usize, seqs: &[Vec<usize>]) -> Bigrams {
        let mut counts: HashMap<(usize, usize), f64> = HashMap::new();
        for s in seqs {
            for w in s.windows(2) {
                *counts.entry((w[0], w[1])).or_default() += 1.0;
            }
        }
        let mut pairs: Vec<((usize, usize), f64)> = counts.into_iter().collect();
        pairs.sort_unstable_by_key(|p| p.0);
        let mut b = Bigrams {
            next: vec![Vec::new(); words],
            prev: vec![Vec::new(); words],
            itself: vec![0.0; words],
            left: vec![0.0; words],
            right: vec![0.0; words],
        };
        for ((u, v), n) in pairs {
            b.left[u] += n;
            b.right[v] += n;
            if u == v {
                b.itself[u] += n;
            } else {
                b.next[u].push((v, n));
                b.prev[v].push((u, n));
            }
        }
        b
    }
}

/// Exchange clustering (Kneser and Ney 1993, Martin et al. 1998): words
/// are moved one at a time to the class that most raises the likelihood of
/// the class bigram model of the sequences, `sum f(N(c, d)) - sum f(N(c,
/// .)) - sum f(N(., d))` with `f = x ln x`. `class` is the start and the
/// result; `allowed(v)` the range of classes word `v` may take.
fn exchange(
    b: &Bigrams,
    k: usize,
    class: &mut [usize],
    allowed: impl Fn(usize) -> std::ops::Range<usize>,
    iterations: usize,
) {
    let n = class.len();
    let mut m = vec![0f64; k * k];
    let (mut left, mut right) = (vec![0f64; k], vec![0f64; k]);
    for u in 0..n {
        for &(v, c) in &b.next[u] {
            m[class[u] * k + class[v]] += c;
        }
        m[class[u] * k + class[u]] += b.itself[u];
        left[class[u]] += b.left[u];
        right[class[u]] += b.right[u];
    }
    let mut s = vec![0f64; k];
    let mut p = vec![0f64; k];
    let mut touched: Vec<usize> = Vec::new();
    for _ in 0..iterations {
        let mut moved = 0;
        for v in 0..n {
            let a = class[v];
            // Neighbours by class.
            touched.clear();
            for &(w, c) in &b.next[v] {
                if s[class[w]] == 0.0 && p[class[w]] == 0.0 {
                    touched.push(class[w]);
                }
                s[class[w]] += c;
            }
            for &(u, c) in &b.prev[v] {
                if s[class[u]] == 0.0 && p[class[u]] == 0.0 {
                    touched.push(class[u]);
                }
                p[class[u]] += c;
            }
            let own = b.itself[v];
            // Take v out of a.
            for &d in &touched {
                m[a * k + d] -= s[d];
                m[d * k + a] -= p[d];
            }
            m[a * k + a] -= own;
            left[a] -= b.left[v];
            right[a] -= b.right[v];
            // The gain of putting v into class c.
            let gain = |c: usize, m: &[f64]| -> f64 {
                let mut g = 0.0;
                for &d in &touched {
                    if d != c {
                        g += xlogx(m[c * k + d] + s[d]) - xlogx(m[c * k + d]);
                        g += xlogx(m[d * k + c] + p[d]) - xlogx(m[d * k + c]);
                    }
                }
                let cc = m[c * k + c];
                g += xlogx(cc + s[c] + p[c] + own) - xlogx(cc);
                g -= xlogx(left[c] + b.left[v]) - xlogx(left[c]);
                g -= xlogx(right[c] + b.right[v]) - xlogx(right[c]);
                g
            };
            let mut best = (gain(a, &m), a);
            for c in allowed(v) {
                if c != a {
                    let g = gain(c, &m);
                    if g > best.0 + 1e-9 {
                        best = (g, c);
                    }
                }
            }
            let c = best.1;
            for &d in &touched {
                m[c * k + d] += s[d];
                m[d * k + c] += p[d];
            }
            m[c * k + c] += own;
            left[c] += b.left[v];
            right[c] += b.right[v];
            if c != a {
                moved += 1;
                class[v] = c;
            }
            for &d in &touched {
                s[d] = 0.0;
                p[d] = 0.0;
            }
        }
        if moved == 0 {
            break;
        }
    }
}

/// [`cluster_table`] by exchange clustering: every token type seen at
/// least twice is a word of the class bigram model (rarer ones share one
/// id, and the sentence edge has its own), first in `coarse` classes, then
/// each coarse class split into `fine` ones; the stems seen
/// `cfg.min_count` times or more are listed.
fn exchange_pairs(keys: &[Vec<(u32, bool)>], cfg: ClusterSettings) -> (Vec<(u32, u8)>, Vec<u32>) {
    let by_count = stems_by_count(keys);
    // Ids by frequency; 0 the edge, 1 the rare words.
    const EDGE: usize = 0;
    const RARE: usize = 1;
    let mut id: HashMap<u32, usize> = HashMap::new();
    for &(k, c, _) in &by_count {
        if c >= 2 {
            let next = id.len() + 2;
            id.insert(k, next);
        }
    }
    let words = id.len() + 2;
    let seqs: Vec<Vec<usize>> = keys
        .iter()
        .map(|s| {
            std::iter::once(EDGE)
                .chain(s.iter().map(|(k, _)| id.get(k).copied().unwrap_or(RARE)))
                .chain(std::iter::once(EDGE))
                .collect()
        })
        .collect();
    let b = Bigrams::new(words, &seqs);
    let (kc, kf) = (usize::from(cfg.coarse), usize::from(cfg.fine));
    let mut class: Vec<usize> = (0..words).map(|v| v % kc).collect();
    exchange(&b, kc, &mut class, |_| 0..kc, cfg.iterations);
    let mut fine: Vec<usize> = (0..words).map(|v| class[v] * kf + (v / kc) % kf).collect();
    exchange(
        &b,
        kc * kf,
        &mut fine,
        |v| class[v] * kf..(class[v] + 1) * kf,
        cfg.iterations,
    );
    let mut pairs = Vec::new();
    let mut vocab = Vec::new();
    for &(k, c, w) in &by_count {
        // Only words with an id (seen twice) have a class.
        if w && c >= cfg.min_count.max(2) {
            pairs.push((k, (fine[id[&k]] + 1) as u8));
            vocab.push(k);
        }
    }
    (pairs, vocab)
}

/// Each stem of `keys` with its count and whether it was ever a word (not
/// punctuation or a number: the flag of its pairs), most frequent first,
/// ties by key.
fn stems_by_count(keys: &[Vec<(u32, bool)>]) -> Vec<(u32, u32, bool)> {
    let mut counts: HashMap<u32, (u32, bool)> = HashMap::new();
    for &(k, w) in keys.iter().flatten() {
        let e = counts.entry(k).or_insert((0, w));
        e.0 += 1;
        e.1 |= w;
    }
    let mut by_count: Vec<(u32, u32, bool)> =
        counts.iter().map(|(&k, &(c, w))| (k, c, w)).collect();
    by_count.sort_unstable_by_key(|&(k, c, _)| (std::cmp::Reverse(c), k));
    by_count
}

/// [`cluster_table`] by k-means of the stems' neighbour vectors.
fn kmeans_pairs(keys: &[Vec<(u32, bool)>], cfg: ClusterSettings) -> (Vec<(u32, u8)>, Vec<u32>) {
    let by_count = stems_by_count(keys);
    let context: HashMap<u32, usize> = by_count
        .iter()
        .take(cfg.context)
        .enumerate()
        .map(|(j, &(k, _, _))| (k, j))
        .collect();
    let vocab: Vec<u32> = by_count
        .iter()
        .filter(|&&(_, c, w)| w && c >= cfg.min_count)
        .map(|&(k, _, _)| k)
        .collect();
    let row: HashMap<u32, usize> = vocab.iter().enumerate().map(|(j, &k)| (k, j)).collect();
    // One slot for the sentence edge after the context words, on each side.
    let side = cfg.context + 1;
    let dim = 2 * side;
    let mut m = vec![0f32; vocab.len() * dim];
    for s in keys {
        for (i, &(k, _)) in s.iter().enumerate() {
            let Some(&r) = row.get(&k) else { continue };
            let left = i
                .checked_sub(1)
                .map_or(Some(cfg.context), |j| context.get(&s[j].0).copied());
            let right = s
                .get(i + 1)
                .map_or(Some(cfg.context), |x| context.get(&x.0).copied());
            if let Some(l) = left {
                m[r * dim + l] += 1.0;
            }
            if let Some(x) = right {
                m[r * dim + side + x] += 1.0;
            }
        }
    }
    for r in m.chunks_exact_mut(dim) {
        for x in r.iter_mut() {
            *x = x.sqrt();
        }
        let norm = r.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            for x in r.iter_mut() {
                *x /= norm;
            }
        }
    }
    let rows: Vec<&[f32]> = m.chunks_exact(dim).collect();
    let coarse = kmeans(&rows, usize::from(cfg.coarse), cfg.iterations, CLUSTER_SEED);
    let mut pairs = Vec::with_capacity(vocab.len());
    for c in 0..usize::from(cfg.coarse) {
        let members: Vec<usize> = (0..vocab.len()).filter(|&j| coarse[j] == c).collect();
        let sub: Vec<&[f32]> = members.iter().map(|&j| rows[j]).collect();
        let fine = kmeans(
            &sub,
            usize::from(cfg.fine),
            cfg.iterations,
            CLUSTER_SEED ^ c as u64,
        );
        for (&j, &f) in members.iter().zip(&fine) {
            pairs.push((vocab[j], (c * usize::from(cfg.fine) + f + 1) as u8));
        }
    }
    (pairs, vocab)
}

/// Clusters the frequent stems of the sentences (their labels unused) by
/// the words around them: each stem's counts of left and right neighbours
/// among the most frequent tokens (square roots, unit length), grouped by
/// spherical k-means into coarse clusters and each of those into fine
/// ones. Returns the table file.
fn cluster_table(all: &[&Sentence], cfg: ClusterSettings, dump: bool) -> Vec<u8> {
    let keys: Vec<Vec<(u32, bool)>> = all
        .iter()
        .map(|s| {
            let refs: Vec<&str> = s.words.iter().map(String::as_str).collect();
            cluster_keys(&refs)
        })
        .collect();
    let (pairs, vocab) = if cfg.exchange {
        exchange_pairs(&keys, cfg)
    } else {
        kmeans_pairs(&keys, cfg)
    };
    if dump {
        // The most frequent stems of each cluster, by one of their words.
        let mut word_of: HashMap<u32, &str> = HashMap::new();
        for (s, k) in all.iter().zip(&keys) {
            for (w, &(key, _)) in s.words.iter().zip(k) {
                word_of.entry(key).or_insert(w);
            }
        }
        let rank: HashMap<u32, usize> = vocab.iter().enumerate().map(|(j, &k)| (k, j)).collect();
        let mut sorted = pairs.clone();
        sorted.sort_unstable_by_key(|&(k, c)| (c, rank[&k]));
        for c in 1..=usize::from(cfg.coarse) * usize::from(cfg.fine) {
            let words: Vec<&str> = sorted
                .iter()
                .filter(|p| usize::from(p.1) == c)
                .map(|p| word_of[&p.0])
                .collect();
            println!(
                "cluster {c} ({}): {}",
                words.len(),
                words.iter().take(14).copied().collect::<Vec<_>>().join(" ")
            );
        }
    }
    encode_clusters(cfg.coarse, cfg.fine, &pairs)
}

/// CPU time of this process in seconds (Linux `/proc/self/schedstat`), so
/// the speed figure does not depend on how busy the machine is; `None`
/// elsewhere.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn gzip_len(bytes: &[u8]) -> Option<usize> {
    use std::io::Write;
    let mut child = std::process::Command::new("gzip")
        .arg("-9c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(bytes).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status.success().then_some(out.stdout.len())
}

struct Evaluation {
    temperature: f32,
    f1: f64,
}

/// Trains on the first part, evaluates the quantised model on the rest.
fn evaluate(all: &[Sentence], dump: bool, system: bool) -> Evaluation {
    let cut = all.len() - all.len() * HELD_OUT_PERCENT / 100;
    let (train_part, held) = all.split_at(cut);
    println!(
        "held out: last {HELD_OUT_PERCENT}% = {} sentences ({} tokens); training on {}",
        held.len(),
        held.iter().map(|s| s.words.len()).sum::<usize>(),
        train_part.len()
    );
    let refs: Vec<&Sentence> = train_part.iter().collect();
    let start = Instant::now();
    let p = train_two_pass(&refs, |epoch, p| {
        let mut counts = [Counts::default(); 4];
        let trans = p.decoding_transitions();
        for s in held {
            let pred = decode(&p.emit(&s.feats, true), &trans);
            score(&tag_spans(&s.gold), &tag_spans(&pred), &mut counts);
        }
        let mut three = Counts::default();
        for c in &counts[..3] {
            three.add(c);
        }
        println!(
            "  epoch {:>2}: held-out F1 PERS/LOC/ORG {:.1}% (float weights, first pass only)",
            epoch + 1,
            100.0 * three.prf().2
        );
    });
    println!("training time: {:.1} s", start.elapsed().as_secs_f64());

    let bytes = encode(&p.quantise(DEFAULT_TEMPERATURE));
    let tagger = Tagger::new(&bytes).expect("fresh model decodes");
    let mut counts = [Counts::default(); 4];
    let mut margins: Vec<(f32, bool)> = Vec::new();
    let sentences: Vec<Vec<&str>> = held
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let tagged = tagger.tag(&sentences);
    for (s, found) in held.iter().zip(&tagged) {
        let gold = tag_spans(&s.gold);
        let pred: Spans = found.iter().map(|f| (f.tokens.clone(), f.class)).collect();
        score(&gold, &pred, &mut counts);
        if dump {
            let show = |r: &std::ops::Range<usize>| s.words[r.clone()].join(" ");
            for g in gold.iter().filter(|g| !pred.contains(g)) {
                // What was found over the missed name instead, if anything:
                // a boundary or class error rather than a name not seen.
                let over: Vec<String> = pred
                    .iter()
                    .filter(|p| p.0.start < g.0.end && g.0.start < p.0.end)
                    .map(|p| format!("{} {}", CLASS_NAMES[p.1], show(&p.0)))
                    .collect();
                let ctx = show(&(g.0.start.saturating_sub(3)..(g.0.end + 3).min(s.words.len())));
                println!(
                    "MISS {} {} [{}] in: {ctx}",
                    CLASS_NAMES[g.1],
                    show(&g.0),
                    if over.is_empty() {
                        "none".to_string()
                    } else {
                        over.join("; ")
                    }
                );
            }
            for p in pred.iter().filter(|p| !gold.contains(p)) {
                println!("FALSE {} {}", CLASS_NAMES[p.1], show(&p.0));
            }
        }
        for (f, sp) in found.iter().zip(&pred) {
            margins.push((f.margin, gold.contains(sp)));
        }
    }
    let f1 = report(
        "held-out exact-span scores (quantised model, crate inference):",
        &counts,
    );
    if system {
        let mut sc = SystemCounts::default();
        use_model(&bytes);
        score_system(held, &tagged, &mut sc);
        report_system("held-out exact-span scores of the whole analysis:", &sc);
    }
    let temperature = calibrate(&margins);
    println!(
        "model (trained on 90%): {} features, {} bytes, gzip {} bytes",
        tagger.feature_count(),
        bytes.len(),
        gzip_len(&bytes).map_or("?".into(), |n| n.to_string())
    );
    let tokens: usize = sentences.iter().map(Vec::len).sum::<usize>() * SPEED_ROUNDS;
    let start = Instant::now();
    let cpu = cpu_seconds();
    let mut found = 0;
    for _ in 0..SPEED_ROUNDS {
        found += tagger.tag(&sentences).iter().map(Vec::len).sum::<usize>();
    }
    let wall = start.elapsed().as_secs_f64();
    let cpu = cpu.and_then(|c| Some(cpu_seconds()? - c));
    // Bytes as text: the words and one space after each.
    let bytes: usize = sentences
        .iter()
        .flatten()
        .map(|w| w.len() + 1)
        .sum::<usize>()
        * SPEED_ROUNDS;
    println!(
        "inference: {:.0} tokens/s = {:.1} MB/s of CPU time, {:.0} tokens/s wall clock ({tokens} tokens, {found} names; both passes)",
        tokens as f64 / cpu.unwrap_or(f64::NAN),
        bytes as f64 / 1e6 / cpu.unwrap_or(f64::NAN),
        tokens as f64 / wall
    );
    Evaluation { temperature, f1 }
}

/// The ways of reading names off held-out sentences that `--system`
/// compares: the tagger alone, the whole analysis, and two unions.
const SYSTEM_ROWS: [&str; 4] = [
    "tagger alone",
    "system (whole analysis: lexicons, title rules, tagger)",
    "tagger + system names that overlap no tagger name",
    "system + tagger names that overlap no system name",
];

/// Exact-span counts of each of [`SYSTEM_ROWS`].
type SystemCounts = [[Counts; 4]; 4];

/// The PERS/LOC/ORG names the whole analysis (`newslens::analyze_with`,
/// tagging with whatever model [`use_model`] installed) reports in
/// `sentences`, as ANERcorp word ranges per sentence: every name, surname
/// and metonym mention of a person (PERS), country or place (LOC) or
/// organisation (ORG). The sentences are the paragraphs of one document
/// (ANERcorp keeps the articles' sentences in order), their words joined by
/// spaces; a mention covers the ANERcorp words its characters fall in (a
/// word keeps its clitics in ANERcorp: «وباريس» is the name's span).
fn system_names(sentences: &[Vec<&str>]) -> Vec<Spans> {
    let mut text = String::new();
    // Per byte of `text`: (sentence + 1, word) of the word it is in, or (0, 0).
    let mut owner: Vec<(usize, usize)> = Vec::new();
    for (j, s) in sentences.iter().enumerate() {
        for (k, w) in s.iter().enumerate() {
            if k > 0 {
                text.push(' ');
                owner.push((0, 0));
            }
            text.push_str(w);
            owner.extend(std::iter::repeat_n((j + 1, k), w.len()));
        }
        text.push('\n');
        owner.push((0, 0));
    }
    let options = Options::default().language(LanguageChoice::Arabic);
    let mut out: Vec<Spans> = vec![Vec::new(); sentences.len()];
    let Ok(analysis) = newslens::analyze_with(&text, &options) else {
        return out;
    };
    for actor in &analysis.actors {
        let class = match actor.kind {
            ActorKind::Person => 0,
            ActorKind::Country | ActorKind::Place => 1,
            ActorKind::Organization => 2,
            ActorKind::Group => continue,
        };
        for m in &actor.mentions {
            if !matches!(
                m.form,
                MentionForm::Name | MentionForm::Surname | MentionForm::Metonym
            ) || m.span.start >= m.span.end
            {
                continue;
            }
            let (a, b) = (owner[m.span.start], owner[m.span.end - 1]);
            if a.0 == 0 || a.0 != b.0 {
                continue;
            }
            let span = (a.1..b.1 + 1, class);
            if !out[a.0 - 1].contains(&span) {
                out[a.0 - 1].push(span);
            }
        }
    }
    out
}

/// Scores the tagger's names `found` and the whole analysis on `held`
/// (which the installed model was not trained on) into `counts`.
fn score_system(held: &[Sentence], found: &[Vec<Found>], counts: &mut SystemCounts) {
    let words: Vec<Vec<&str>> = held
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let system = system_names(&words);
    let overlaps =
        |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
    let union = |base: &Spans, extra: &Spans| -> Spans {
        let mut out = base.clone();
        out.extend(
            extra
                .iter()
                .filter(|e| !base.iter().any(|b| overlaps(&b.0, &e.0)))
                .cloned(),
        );
        out
    };
    for ((s, f), sys) in held.iter().zip(found).zip(&system) {
        let gold = tag_spans(&s.gold);
        let tagged: Spans = f.iter().map(|f| (f.tokens.clone(), f.class)).collect();
        let rows = [
            tagged.clone(),
            sys.clone(),
            union(&tagged, sys),
            union(sys, &tagged),
        ];
        for (row, pred) in counts.iter_mut().zip(&rows) {
            score(&gold, pred, row);
        }
    }
}

/// Prints the `--system` comparison.
fn report_system(title: &str, counts: &SystemCounts) {
    println!("{title}");
    for (name, c) in SYSTEM_ROWS.iter().zip(counts) {
        let mut three = Counts::default();
        for x in &c[..3] {
            three.add(x);
        }
        let (p, r, f) = three.prf();
        let per: Vec<String> = (0..3)
            .map(|k| format!("{} {:.1}", CLASS_NAMES[k], 100.0 * c[k].prf().2))
            .collect();
        println!(
            "  {name}:\n    micro PERS/LOC/ORG P {:.1}% R {:.1}% F1 {:.1}%  ({})",
            100.0 * p,
            100.0 * r,
            100.0 * f,
            per.join(", ")
        );
    }
}

/// Contiguous folds of the cross-validation figure (`--cv`).
const CV_FOLDS: usize = 10;

/// `--cv`: each of [`CV_FOLDS`] contiguous blocks of sentences tagged by a
/// two-pass model trained on the others; the pooled exact-span scores.
fn cross_validate(
    all: &mut [Sentence],
    system: bool,
    fold_clusters: Option<ClusterSettings>,
) -> f64 {
    let n = all.len();
    let mut counts = [Counts::default(); 4];
    let mut sc = SystemCounts::default();
    for fold in 0..CV_FOLDS {
        let (lo, hi) = (n * fold / CV_FOLDS, n * (fold + 1) / CV_FOLDS);
        if let Some(cfg) = fold_clusters {
            // Clusters of the training folds' words only.
            let rest: Vec<&Sentence> = all[..lo].iter().chain(&all[hi..]).collect();
            let bytes = cluster_table(&rest, cfg, false);
            use_clusters(&bytes);
            compute_features(all);
        }
        let all: &[Sentence] = all;
        let rest: Vec<&Sentence> = all[..lo].iter().chain(&all[hi..]).collect();
        let p = train_two_pass(&rest, |_, _| {});
        let bytes = encode(&p.quantise(DEFAULT_TEMPERATURE));
        let tagger = Tagger::new(&bytes).expect("decodes");
        let held = &all[lo..hi];
        let words: Vec<Vec<&str>> = held
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let mut fold_counts = [Counts::default(); 4];
        let tagged = tagger.tag(&words);
        if system {
            use_model(&bytes);
            score_system(held, &tagged, &mut sc);
        }
        for (s, found) in held.iter().zip(&tagged) {
            let pred: Spans = found.iter().map(|f| (f.tokens.clone(), f.class)).collect();
            score(&tag_spans(&s.gold), &pred, &mut fold_counts);
        }
        let mut three = Counts::default();
        for (c, f) in counts.iter_mut().zip(&fold_counts) {
            c.add(f);
        }
        for c in &fold_counts[..3] {
            three.add(c);
        }
        println!(
            "  fold {:>2}: F1 PERS/LOC/ORG {:.1}%",
            fold + 1,
            100.0 * three.prf().2
        );
    }
    if system {
        report_system(
            &format!("{CV_FOLDS}-fold cross-validation of the whole analysis (pooled):"),
            &sc,
        );
    }
    report(
        &format!("{CV_FOLDS}-fold contiguous cross-validation (pooled):"),
        &counts,
    )
}

/// The temperature whose logistic best predicts which spans are right.
fn calibrate(margins: &[(f32, bool)]) -> f32 {
    if margins.is_empty() {
        return DEFAULT_TEMPERATURE;
    }
    let loss = |t: f32| -> f64 {
        margins
            .iter()
            .map(|&(m, ok)| {
                let p = (1.0 / (1.0 + (-(m / t) as f64).exp())).clamp(1e-6, 1.0 - 1e-6);
                -(if ok { p.ln() } else { (1.0 - p).ln() })
            })
            .sum::<f64>()
            / margins.len() as f64
    };
    let best = TEMPERATURES
        .iter()
        .copied()
        .min_by(|a, b| loss(*a).total_cmp(&loss(*b)))
        .unwrap_or(DEFAULT_TEMPERATURE);
    let right = margins.iter().filter(|m| m.1).count();
    println!(
        "score temperature: {best} (log-loss {:.3} over {} spans, {right} right)",
        loss(best),
        margins.len()
    );
    best
}

fn license_text(sentences: usize, features: usize, stems: usize, eval: &Evaluation) -> String {
    // The cluster table is named only when it has clusters (an empty one
    // is no derived work).
    let (title, what, note) = if stems == 0 {
        (
            "data/tagger.bin".to_string(),
            "`data/tagger.bin` is a model derived from ANERcorp and is licensed under\n"
                .to_string(),
            String::new(),
        )
    } else {
        (
            "data/tagger.bin, data/tagger_clusters.bin".to_string(),
            "`data/tagger.bin` is a model derived from ANERcorp, and\n\
             `data/tagger_clusters.bin` a table of word clusters derived from its\n\
             text; both are licensed under\n"
                .to_string(),
            format!(
                "The cluster table holds hashed keys of {stems} word stems frequent in the\n\
                 same sentences (their labels unused) and the cluster of each, found by\n\
                 k-means over the words next to them; no text is included.\n"
            ),
        )
    };
    format!(
        "# {title}: licence and provenance\n\
         \n\
         {what}\
         the Creative Commons Attribution-ShareAlike 4.0 International licence\n\
         (CC BY-SA 4.0, <https://creativecommons.org/licenses/by-sa/4.0/>). The\n\
         rest of newslens keeps its own licence.\n\
         \n\
         Attribution: ANERcorp by Yassine Benajiba, Paolo Rosso and José Miguel\n\
         Benedí Ruiz (2007), \"ANERsys: An Arabic Named Entity Recognition System\n\
         Based on Maximum Entropy\"; training split as used by CAMeL Lab (Obeid et\n\
         al. 2020), file `ANERcorp_train_original.txt` of CSabty/ANERcorp-Correction,\n\
         CC BY-SA 4.0.\n\
         \n\
         Changes: the corpus is not included. The file holds quantised averaged\n\
         weights of a linear tagger over hashed features ({features} features),\n\
         trained passive-aggressively on\n\
         all {sentences} sentences of the training split ({EPOCHS} epochs, fixed seed),\n\
         with second-pass features from {FOLDS}-fold first-pass predictions.\n\
         {note}\
         Generated by `cargo run --release --example train_tagger --features train`\n\
         (tools/train_tagger.rs); do not edit by hand. Re-running it reproduces the\n\
         file byte for byte (`-- --check` verifies).\n\
         \n\
         Held-out exact-span micro-F1 on PERS/LOC/ORG (last {HELD_OUT_PERCENT}% of the\n\
         sentences, model trained on the rest): {:.1}%.\n",
        100.0 * eval.f1
    )
}

/// `--tag FILE [MODEL]`: the names the model (the committed one by
/// default) finds in a text, with their margins and scores; the text is
/// split into sentences at line ends and `.`, into words at spaces, with
/// punctuation apart (roughly as ANERcorp is).
fn tag_file(file: Option<&str>, model: Option<&String>) -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let model = model.map_or_else(|| root.join("data/tagger.bin"), PathBuf::from);
    let (Some(text), Ok(bytes)) = (
        file.and_then(|f| std::fs::read_to_string(f).ok()),
        std::fs::read(&model),
    ) else {
        eprintln!("train_tagger: --tag FILE [MODEL]: cannot read them");
        return ExitCode::FAILURE;
    };
    let Some(tagger) = Tagger::new(&bytes) else {
        eprintln!("train_tagger: {} is not a model", model.display());
        return ExitCode::FAILURE;
    };
    let mut spaced = String::new();
    for c in text.chars() {
        if "،؛؟.,:;!?«»\"()[]/".contains(c) {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
            if c == '.' {
                spaced.push('\n');
            }
        } else {
            spaced.push(c);
        }
    }
    let sentences: Vec<Vec<&str>> = spaced
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    for (s, found) in sentences.iter().zip(tagger.tag(&sentences)) {
        for f in found {
            println!(
                "{} {} margin {:.1} score {:.3}",
                CLASS_NAMES[f.class],
                s[f.tokens.clone()].join(" "),
                f.margin,
                f.score
            );
        }
    }
    ExitCode::SUCCESS
}

fn data_path(args: &[String]) -> PathBuf {
    if let Some(i) = args.iter().position(|a| a == "--data") {
        if let Some(p) = args.get(i + 1) {
            return PathBuf::from(p);
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        root.join("../shared/data/anercorp/train.txt"),
        root.join("../../shared/data/anercorp/train.txt"),
    ];
    candidates
        .iter()
        .find(|p| p.exists())
        .unwrap_or(&candidates[0])
        .clone()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let eval_only = args.iter().any(|a| a == "--eval");
    let check = args.iter().any(|a| a == "--check");
    let system = args.iter().any(|a| a == "--system");
    let path = data_path(&args);
    if let Some(i) = args.iter().position(|a| a == "--seed") {
        match args.get(i + 1).and_then(|v| v.parse::<u64>().ok()) {
            Some(v) if !check && (eval_only || args.iter().any(|a| a == "--cv")) => {
                SEED_IN_USE.store(v, Ordering::Relaxed);
            }
            _ => {
                eprintln!("train_tagger: --seed takes a number, with --eval or --cv only");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(i) = args.iter().position(|a| a == "--tag") {
        return tag_file(args.get(i + 1).map(String::as_str), args.get(i + 2));
    }
    let start = Instant::now();
    let mut all = match read_corpus(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut cfg = CLUSTERS;
    if let Some(i) = args.iter().position(|a| a == "--clusters") {
        let v: Vec<usize> = args
            .get(i + 1)
            .map(|s| s.split(',').filter_map(|x| x.parse().ok()).collect())
            .unwrap_or_default();
        if v.len() != 4 || check {
            eprintln!("train_tagger: --clusters MIN,COARSE,FINE,CONTEXT (not with --check)");
            return ExitCode::FAILURE;
        }
        cfg = ClusterSettings {
            min_count: v[0] as u32,
            coarse: v[1] as u8,
            fine: v[2] as u8,
            context: v[3],
            ..cfg
        };
    }
    if cfg.coarse > 0 && u16::from(cfg.coarse) * u16::from(cfg.fine) >= 255 {
        eprintln!("train_tagger: --clusters: COARSE × FINE must be below 255");
        return ExitCode::FAILURE;
    }
    if args.iter().any(|a| a == "--spread") {
        spread(true);
    }
    if args.iter().any(|a| a == "--exchange") {
        cfg.exchange = true;
    }
    // Learned from the words of the whole file without their labels, so
    // the cross-validation folds share them.
    let cluster_bytes = if cfg.coarse == 0 {
        Vec::new()
    } else {
        let refs: Vec<&Sentence> = all.iter().collect();
        cluster_table(&refs, cfg, args.iter().any(|a| a == "--dump-clusters"))
    };
    use_clusters(&cluster_bytes);
    compute_features(&mut all);
    println!(
        "clusters: {} bytes, gzip {} bytes",
        cluster_bytes.len(),
        gzip_len(&cluster_bytes).map_or("?".into(), |n| n.to_string())
    );
    println!(
        "{}: {} sentences, {} tokens (features in {:.1} s)",
        path.display(),
        all.len(),
        all.iter().map(|s| s.words.len()).sum::<usize>(),
        start.elapsed().as_secs_f64()
    );
    if args.iter().any(|a| a == "--cv") {
        let fold_clusters = args.iter().any(|a| a == "--fold-clusters");
        cross_validate(
            &mut all,
            system,
            fold_clusters.then_some(cfg).filter(|c| c.coarse > 0),
        );
        return ExitCode::SUCCESS;
    }
    let eval = evaluate(&all, args.iter().any(|a| a == "--dump"), system);
    if eval_only {
        return ExitCode::SUCCESS;
    }
    let start = Instant::now();
    let refs: Vec<&Sentence> = all.iter().collect();
    let p = train_two_pass(&refs, |_, _| {});
    let bytes = encode(&p.quantise(eval.temperature));
    let features = Tagger::new(&bytes)
        .expect("fresh model decodes")
        .feature_count();
    println!(
        "final model (all sentences): {} features, {} bytes, gzip {} bytes, trained in {:.1} s",
        features,
        bytes.len(),
        gzip_len(&bytes).map_or("?".into(), |n| n.to_string()),
        start.elapsed().as_secs_f64()
    );
    let stems = cluster_stems(&cluster_bytes);
    let license = license_text(all.len(), features, stems, &eval);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = root.join("data/tagger.bin");
    let lic = root.join("data/tagger.LICENSE.md");
    let clu = root.join("data/tagger_clusters.bin");
    if check {
        let same = std::fs::read(&bin).ok().as_deref() == Some(&bytes[..])
            && std::fs::read(&clu).ok().as_deref() == Some(&cluster_bytes[..])
            && std::fs::read_to_string(&lic).ok().as_deref() == Some(license.as_str());
        println!(
            "check: committed model {}",
            if same { "reproduced" } else { "DIFFERS" }
        );
        return if same {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    if let Err(e) = std::fs::write(&bin, &bytes)
        .and_then(|()| std::fs::write(&clu, &cluster_bytes))
        .and_then(|()| std::fs::write(&lic, license))
    {
        eprintln!("train_tagger: {e}");
        return ExitCode::FAILURE;
    }
    println!("wrote {} and {}", bin.display(), lic.display());
    ExitCode::SUCCESS
}
