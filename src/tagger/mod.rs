//! A small statistical name tagger for Arabic news: an averaged perceptron
//! over hashed word, affix, clitic-stripped, shape, trigger-word and context
//! features, decoded with a first-order Viterbi under BIO constraints.
//!
//! It finds person, place, organisation and other names that lexicons and
//! title rules miss; the rules still decide actors, roles and attribution.
//! The weights (`data/tagger.bin`, trained on ANERcorp by
//! `tools/train_tagger.rs`, CC BY-SA 4.0, see `data/tagger.LICENSE.md`) are
//! compiled into the crate. Only inference lives here; what the trainer needs
//! is behind the `train` feature.

mod features;
mod model;

use crate::text::document::Document;
use features::{memory_code, memory_features, sentence_features, Item, Kind, NO_MEMORY};
use model::Model;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The shipped model file.
static MODEL_BYTES: &[u8] = include_bytes!("../../data/tagger.bin");

/// Number of BIO tags: O, then B and I for each [`NameClass`].
pub(crate) const N_TAGS: usize = 9;

/// Tag index of O (outside any name).
const OUTSIDE: usize = 0;

/// Sentences on each side whose first-pass names inform the second pass
/// (a name tagged in one sentence makes the same word likelier a name of
/// that class in its neighbours).
const MEMORY_WINDOW: usize = 16;

/// Shortest stem, in characters, that the memory remembers.
const MIN_MEMORY_CHARS: usize = 2;

/// The kind of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NameClass {
    /// A person (PERS).
    Person,
    /// A place or country (LOC).
    Location,
    /// An organisation (ORG).
    Organization,
    /// Any other name: events, products, nationalities (MISC).
    Misc,
}

/// The classes in tag order: tag `2k + 1` is B of class k, `2k + 2` is I.
const CLASSES: [NameClass; 4] = [
    NameClass::Person,
    NameClass::Location,
    NameClass::Organization,
    NameClass::Misc,
];

/// A name found by the tagger.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Name {
    /// The name's tokens (indices into the document's tokens).
    pub tokens: Range<usize>,
    /// What the name is.
    pub class: NameClass,
    /// Confidence in (0, 1): how much better the best tagging is than the best
    /// one that changes this span.
    pub score: f32,
}

/// The decoded shipped model, or `None` if the file is unusable (then the
/// tagger finds nothing rather than failing the analysis).
fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::decode(MODEL_BYTES).ok())
        .as_ref()
}

/// Finds names in `tokens` of `doc`. Each sentence is tagged on its own, then
/// again knowing which words were tagged as names in the sentences around
/// it (within `tokens`, so pass a whole article for the best results).
/// Names start and end on word or number tokens; punctuation only informs
/// the tagger.
pub(crate) fn tag(doc: &Document, tokens: Range<usize>) -> Vec<Name> {
    let Some(model) = model() else {
        return Vec::new();
    };
    let mut ranges = Vec::new();
    let mut sentences = Vec::new();
    for s in &doc.sentences {
        let start = s.start.max(tokens.start);
        let end = s.end.min(tokens.end);
        if start < end {
            ranges.push(start..end);
            sentences.push(sentence_items((start..end).map(|i| doc.word(i))));
        }
    }
    let mut names = Vec::new();
    for ((range, items), spans) in ranges
        .iter()
        .zip(&sentences)
        .zip(tag_sentences(model, &sentences))
    {
        for span in spans {
            // Clip off the stop `sentence_items` may have added.
            let mut r = span.tokens.start..span.tokens.end.min(range.len());
            let is_name_part = |k: usize| !matches!(items[k].kind, Kind::Punct | Kind::Quote);
            while r.start < r.end && !is_name_part(r.start) {
                r.start += 1;
            }
            while r.end > r.start && !is_name_part(r.end - 1) {
                r.end -= 1;
            }
            if r.is_empty() {
                continue;
            }
            names.push(Name {
                tokens: range.start + r.start..range.start + r.end,
                class: CLASSES[span.class],
                score: logistic(span.margin / model.temperature),
            });
        }
    }
    names
}

/// Stop added to a sentence that does not end in punctuation.
const VIRTUAL_STOP: &str = ".";

/// The items of a sentence's words, plus a virtual full stop when the last
/// one is not punctuation: nearly every training sentence ends in one, and
/// without it the last word (often a place: «في باريس») is read as if it were
/// followed by something unknown.
fn sentence_items<'w>(words: impl Iterator<Item = &'w str>) -> Vec<Item> {
    let mut items: Vec<Item> = words.map(Item::new).collect();
    if items
        .last()
        .is_some_and(|it| !matches!(it.kind, Kind::Punct | Kind::Quote))
    {
        items.push(Item::new(VIRTUAL_STOP));
    }
    items
}

/// Tags consecutive sentences in two passes: the second pass knows which
/// words the first pass put in names in the surrounding sentences.
fn tag_sentences(model: &Model, sentences: &[Vec<Item>]) -> Vec<Vec<Span>> {
    let trans: Vec<[f32; N_TAGS]> = model
        .transitions
        .iter()
        .map(|row| row.map(|v| f32::from(v) * model.scale))
        .collect();
    // First pass: the names alone (no margins needed), and the per-token
    // scores that the second pass extends.
    let mut scores: Vec<Vec<[i32; N_TAGS]>> = Vec::with_capacity(sentences.len());
    let mut first: Vec<Vec<(Range<usize>, usize)>> = Vec::with_capacity(sentences.len());
    for items in sentences {
        let s: Vec<[i32; N_TAGS]> = sentence_features(items, None)
            .iter()
            .map(|f| {
                let mut s = [0; N_TAGS];
                model.add_scores(f, &mut s);
                s
            })
            .collect();
        first.push(spans(&viterbi(&to_emissions(model, &s), &trans)));
        scores.push(s);
    }
    let mut extra = Vec::new();
    (0..sentences.len())
        .map(|j| {
            let memory = window_memory(sentences, &first, j);
            let mut s = std::mem::take(&mut scores[j]);
            for (i, row) in s.iter_mut().enumerate() {
                extra.clear();
                memory_features(&memory, i, &mut extra);
                model.add_scores(&extra, row);
            }
            decode_with_margins(&to_emissions(model, &s), &trans)
        })
        .collect()
}

fn to_emissions(model: &Model, scores: &[[i32; N_TAGS]]) -> Vec<[f32; N_TAGS]> {
    scores
        .iter()
        .map(|s| s.map(|v| v as f32 * model.scale))
        .collect()
}

/// The memory codes of sentence `j`'s items from the names found in the
/// sentences around it (not in itself).
fn window_memory(
    sentences: &[Vec<Item>],
    spans: &[Vec<(Range<usize>, usize)>],
    j: usize,
) -> Vec<u8> {
    let lo = j.saturating_sub(MEMORY_WINDOW);
    let hi = (j + MEMORY_WINDOW + 1).min(sentences.len());
    let mut votes: HashMap<&str, [u16; 4]> = HashMap::new();
    for k in (lo..hi).filter(|&k| k != j) {
        for (r, class) in &spans[k] {
            for it in &sentences[k][r.clone()] {
                let is_word = matches!(it.kind, Kind::Arabic | Kind::LatinLower | Kind::LatinUpper);
                if is_word && it.stem().chars().count() >= MIN_MEMORY_CHARS {
                    let v = &mut votes.entry(it.stem()).or_default()[*class];
                    *v = v.saturating_add(1);
                }
            }
        }
    }
    sentences[j]
        .iter()
        .map(|it| votes.get(it.stem()).map_or(NO_MEMORY, memory_code))
        .collect()
}

fn logistic(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// A name span from the decoder, over item indices.
#[derive(Debug, Clone, PartialEq)]
struct Span {
    tokens: Range<usize>,
    /// Index into [`CLASSES`].
    class: usize,
    /// Best score minus the best score of a tagging that changes the span.
    margin: f32,
}

/// The best tagging's name spans with their margins.
fn decode_with_margins(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]]) -> Vec<Span> {
    if emit.is_empty() {
        return Vec::new();
    }
    let path = viterbi(emit, trans);
    let marg = max_marginals(emit, trans);
    let best = path_score(emit, trans, &path);
    spans(&path)
        .into_iter()
        .map(|(tokens, class)| {
            // The best rival changes some tag in the span or the tag right
            // after it (which could extend the span).
            let last = (tokens.end + 1).min(path.len());
            let rival = (tokens.start..last)
                .flat_map(|i| {
                    let keep = path[i];
                    marg[i]
                        .iter()
                        .enumerate()
                        .filter(move |&(t, _)| t != keep)
                        .map(|(_, &v)| v)
                })
                .fold(f32::NEG_INFINITY, f32::max);
            Span {
                tokens,
                class,
                margin: best - rival,
            }
        })
        .collect()
}

/// True when tag `t` may follow `prev` (`None` at the sentence start): an I
/// tag only continues a B or I of its own class.
fn allowed(prev: Option<usize>, t: usize) -> bool {
    let is_inside = t != OUTSIDE && t % 2 == 0;
    !is_inside || prev.is_some_and(|p| p == t || p + 1 == t)
}

/// Transition score from `prev` (`None` = start) to `t`, or −∞ if forbidden.
fn transition(trans: &[[f32; N_TAGS]], prev: Option<usize>, t: usize) -> f32 {
    if allowed(prev, t) {
        trans[prev.map_or(0, |p| p + 1)][t]
    } else {
        f32::NEG_INFINITY
    }
}

/// The best tag sequence for emission scores `emit` and transition scores
/// `trans` (row 0 from the start, row p + 1 from tag p).
fn viterbi(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = [0f32; N_TAGS];
    let mut back = vec![[0u8; N_TAGS]; n];
    for (t, s) in score.iter_mut().enumerate() {
        *s = transition(trans, None, t) + emit[0][t];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        for t in 0..N_TAGS {
            for (p, &sp) in score.iter().enumerate() {
                let v = sp + transition(trans, Some(p), t);
                if v > next[t] {
                    next[t] = v;
                    back[i][t] = p as u8;
                }
            }
            next[t] += emit[i][t];
        }
        score = next;
    }
    let mut t = (0..N_TAGS)
        .fold((OUTSIDE, f32::NEG_INFINITY), |(bt, bv), t| {
            if score[t] > bv {
                (t, score[t])
            } else {
                (bt, bv)
            }
        })
        .0;
    let mut path = vec![0; n];
    for i in (0..n).rev() {
        path[i] = t;
        t = usize::from(back[i][t]);
    }
    path
}

/// For every position and tag, the score of the best sequence that puts that
/// tag there.
fn max_marginals(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]]) -> Vec<[f32; N_TAGS]> {
    let n = emit.len();
    let mut alpha = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    let mut beta = vec![[0f32; N_TAGS]; n];
    for t in 0..N_TAGS {
        alpha[0][t] = transition(trans, None, t) + emit[0][t];
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            let best = (0..N_TAGS)
                .map(|p| alpha[i - 1][p] + transition(trans, Some(p), t))
                .fold(f32::NEG_INFINITY, f32::max);
            alpha[i][t] = best + emit[i][t];
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for p in 0..N_TAGS {
            beta[i][p] = (0..N_TAGS)
                .map(|t| transition(trans, Some(p), t) + emit[i + 1][t] + beta[i + 1][t])
                .fold(f32::NEG_INFINITY, f32::max);
        }
    }
    alpha
        .iter()
        .zip(&beta)
        .map(|(a, b)| std::array::from_fn(|t| a[t] + b[t]))
        .collect()
}

fn path_score(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]], path: &[usize]) -> f32 {
    let mut prev = None;
    let mut s = 0.0;
    for (e, &t) in emit.iter().zip(path) {
        s += transition(trans, prev, t) + e[t];
        prev = Some(t);
    }
    s
}

/// The name spans of a BIO tag sequence (an I after another class or after
/// O starts a new span, though the decoder never produces one).
fn spans(path: &[usize]) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in path.iter().enumerate() {
        let class = (t != OUTSIDE).then(|| (t - 1) / 2);
        let begins = t != OUTSIDE && t % 2 == 1;
        match (open, class) {
            (Some((_, c)), Some(k)) if k == c && !begins => {}
            _ => {
                if let Some((s, c)) = open.take() {
                    out.push((s..i, c));
                }
                open = class.map(|k| (i, k));
            }
        }
    }
    if let Some((s, c)) = open {
        out.push((s..path.len(), c));
    }
    out
}

/// What the trainer (`tools/train_tagger.rs`) needs: the feature extraction,
/// decoder and model writer the crate itself uses, so training and inference
/// cannot drift apart. Compiled only with the `train` feature.
#[cfg(feature = "train")]
pub mod train {
    use super::*;

    /// Tag names in index order.
    pub const TAGS: [&str; N_TAGS] = [
        "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
    ];

    /// Number of tags.
    pub const TAG_COUNT: usize = N_TAGS;

    /// Class names in class order (class k has tags 2k + 1 and 2k + 2).
    pub const CLASS_NAMES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

    /// Token items of a sentence.
    fn items(words: &[&str]) -> Vec<Item> {
        words.iter().map(|w| Item::new(w)).collect()
    }

    /// The hashed features of every token of a sentence, with the memory
    /// codes of the second pass if given.
    pub fn features(words: &[&str], memory: Option<&[u8]>) -> Vec<Vec<u32>> {
        sentence_features(&items(words), memory)
    }

    /// Memory codes for sentence `j` of consecutive `sentences` from the
    /// first-pass names `spans` (token ranges and class indices) of its
    /// neighbours, exactly as the second pass of the crate computes them.
    pub fn memory(
        sentences: &[Vec<&str>],
        spans: &[Vec<(Range<usize>, usize)>],
        j: usize,
    ) -> Vec<u8> {
        let lo = j.saturating_sub(MEMORY_WINDOW);
        let hi = (j + MEMORY_WINDOW + 1).min(sentences.len());
        // Only the window matters: build items for it alone.
        let window: Vec<Vec<Item>> = sentences[lo..hi].iter().map(|s| items(s)).collect();
        window_memory(&window, &spans[lo..hi], j - lo)
    }

    /// Best BIO tag sequence (see the crate's decoder).
    pub fn decode(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]]) -> Vec<usize> {
        viterbi(emit, trans)
    }

    /// Name spans of a tag sequence: (tokens, class index).
    pub fn tag_spans(path: &[usize]) -> Vec<(Range<usize>, usize)> {
        spans(path)
    }

    /// A quantised model to write.
    pub struct Quantised {
        /// Weight = value × scale.
        pub scale: f32,
        /// Logistic temperature for span scores.
        pub temperature: f32,
        /// Transitions: row 0 from the start, row p + 1 from tag p.
        pub transitions: Vec<[i8; N_TAGS]>,
        /// (feature hash, weights), any order; all-zero rows are dropped.
        pub features: Vec<(u32, [i8; N_TAGS])>,
    }

    /// Encodes a model file.
    pub fn encode(q: &Quantised) -> Vec<u8> {
        let mut f: Vec<(u32, [i8; N_TAGS])> = q
            .features
            .iter()
            .filter(|(_, w)| w.iter().any(|&x| x != 0))
            .copied()
            .collect();
        f.sort_unstable_by_key(|&(h, _)| h);
        f.dedup_by_key(|&mut (h, _)| h);
        Model {
            scale: q.scale,
            temperature: q.temperature,
            transitions: q.transitions.clone(),
            hashes: f.iter().map(|&(h, _)| h).collect(),
            weights: f.iter().map(|&(_, w)| w).collect(),
            lookup: Default::default(),
        }
        .encode()
    }

    /// A decoded model file, tagging with exactly the crate's inference path.
    pub struct Tagger(Model);

    /// A name found in a sentence of words.
    pub struct Found {
        /// Word indices.
        pub tokens: Range<usize>,
        /// Class index (see [`CLASS_NAMES`]).
        pub class: usize,
        /// Margin before the logistic.
        pub margin: f32,
        /// The score the crate's `tag` reports for this name.
        pub score: f32,
    }

    impl Tagger {
        /// Reads a model file; `None` if it is not one.
        pub fn new(bytes: &[u8]) -> Option<Tagger> {
            Model::decode(bytes).ok().map(Tagger)
        }

        /// Number of features stored.
        pub fn feature_count(&self) -> usize {
            self.0.hashes.len()
        }

        /// Tags consecutive sentences of words (both passes).
        pub fn tag(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Found>> {
            let all: Vec<Vec<Item>> = sentences
                .iter()
                .map(|s| sentence_items(s.iter().copied()))
                .collect();
            tag_sentences(&self.0, &all)
                .into_iter()
                .zip(sentences)
                .map(|(spans, words)| {
                    spans
                        .into_iter()
                        .filter(|s| s.tokens.start < words.len())
                        .map(|s| Found {
                            tokens: s.tokens.start..s.tokens.end.min(words.len()),
                            class: s.class,
                            margin: s.margin,
                            score: logistic(s.margin / self.0.temperature),
                        })
                        .collect()
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::TokenKind;

    #[test]
    fn shipped_model_loads() {
        let m = model().expect("data/tagger.bin decodes");
        assert!(m.hashes.len() > 1000, "{} features", m.hashes.len());
        assert!(m.temperature > 0.0 && m.scale > 0.0);
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        /// (name text, class)
        want: &'static [(&'static str, NameClass)],
    }

    fn found(text: &str) -> Vec<(String, NameClass)> {
        let doc = Document::new(text);
        tag(&doc, 0..doc.tokens.len())
            .into_iter()
            .map(|n| {
                let s = doc.tokens[n.tokens.start].span.start;
                let e = doc.tokens[n.tokens.end - 1].span.end;
                // Names this obvious are found with some confidence.
                assert!(n.score > 0.5 && n.score < 1.0, "score {}", n.score);
                (text[s..e].to_string(), n.class)
            })
            .collect()
    }

    #[test]
    fn tags_obvious_names() {
        use NameClass::*;
        let cases = [
            Case {
                name: "president in paris",
                text: "قال الرئيس الفرنسي إيمانويل ماكرون في باريس",
                want: &[("إيمانويل ماكرون", Person), ("باريس", Location)],
            },
            Case {
                name: "short, without a final stop",
                text: "وصل ماكرون إلى باريس",
                want: &[("ماكرون", Person), ("باريس", Location)],
            },
            Case {
                name: "minister and country",
                text: "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.",
                want: &[("جون كيري", Person), ("القاهرة", Location)],
            },
            Case {
                name: "organisation",
                text: "أعلنت منظمة الأمم المتحدة أن الوضع في سوريا خطير.",
                // ANERcorp counts the head noun منظمة as part of the name.
                want: &[("منظمة الأمم المتحدة", Organization), ("سوريا", Location)],
            },
            Case {
                name: "several sentences and clauses",
                text: "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع. وأكد رئيس الوزراء البريطاني كير ستارمر أن لندن ستدعم أوكرانيا، فيما قالت حركة حماس إن غزة تعاني.",
                want: &[
                    ("سيرغي لافروف", Person),
                    ("موسكو", Location),
                    ("كير ستارمر", Person),
                    ("لندن", Location),
                    ("أوكرانيا", Location),
                    ("حماس", Organization),
                    ("غزة", Location),
                ],
            },
            Case {
                name: "no names",
                text: "وأضاف أن الوضع صعب جدا.",
                want: &[],
            },
            Case {
                name: "empty",
                text: "",
                want: &[],
            },
        ];
        for c in cases {
            let got = found(c.text);
            let want: Vec<(String, NameClass)> =
                c.want.iter().map(|&(s, k)| (s.to_string(), k)).collect();
            assert_eq!(got, want, "{}", c.name);
        }
    }

    #[test]
    fn respects_the_token_range() {
        let text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس";
        let doc = Document::new(text);
        let n = doc.tokens.len();
        let all = tag(&doc, 0..n);
        assert!(all.iter().any(|m| m.tokens == (n - 1..n)), "{all:?}");
        // Without the last word: the person still, nothing beyond the range.
        let names = tag(&doc, 0..n - 1);
        assert!(names.iter().all(|m| m.tokens.end < n), "{names:?}");
        assert!(names.iter().any(|m| m.class == NameClass::Person));
        assert!(tag(&doc, 0..0).is_empty());
    }

    #[test]
    fn any_range_of_odd_text_gives_valid_names() {
        let text = "«قال» \"ماكرون\" (AP) – 1,000 ١٠٠٠ Macron said… ،،، ؟\n\nباريس\u{200F}";
        let doc = Document::new(text);
        let n = doc.tokens.len();
        for start in 0..=n {
            for end in start..=n {
                for name in tag(&doc, start..end) {
                    assert!(start <= name.tokens.start && name.tokens.end <= end);
                    assert!(!name.tokens.is_empty());
                    for k in [name.tokens.start, name.tokens.end - 1] {
                        assert!(
                            doc.tokens[k].is_word() || doc.tokens[k].kind == TokenKind::Number,
                            "name edge {:?} in {start}..{end}",
                            doc.word(k)
                        );
                    }
                    assert!(name.score > 0.0 && name.score < 1.0);
                }
            }
        }
    }

    #[test]
    fn second_pass_remembers_names_of_nearby_sentences() {
        let sentences: Vec<Vec<Item>> = [
            vec!["قال", "ماكرون"],
            vec!["زار", "ماكرون", "باريس"],
            vec!["وقال", "لماكرون"],
        ]
        .iter()
        .map(|s| s.iter().map(|w| Item::new(w)).collect())
        .collect();
        // First pass: ماكرون a person in sentences 0 and 1, باريس a place in 1.
        let first = vec![vec![(1..2, 0)], vec![(1..2, 0), (2..3, 1)], vec![]];
        let person = memory_code(&[1, 0, 0, 0]);
        let place = memory_code(&[0, 1, 0, 0]);
        let twice = memory_code(&[2, 0, 0, 0]);
        struct Case {
            sentence: usize,
            want: Vec<u8>,
        }
        let cases = [
            Case {
                sentence: 0,
                want: vec![NO_MEMORY, person],
            },
            // A sentence does not remember its own names (باريس).
            Case {
                sentence: 1,
                want: vec![NO_MEMORY, person, NO_MEMORY],
            },
            // Through the clitic ل, from both other sentences.
            Case {
                sentence: 2,
                want: vec![NO_MEMORY, twice],
            },
        ];
        for c in cases {
            assert_eq!(
                window_memory(&sentences, &first, c.sentence),
                c.want,
                "sentence {}",
                c.sentence
            );
        }
        assert_ne!(person, place);
        assert_ne!(person, twice);
    }

    #[test]
    fn decoder_obeys_bio() {
        // Emissions that prefer I-PERS everywhere: the decoder must start
        // the name with B-PERS instead.
        let mut emit = vec![[0f32; N_TAGS]; 3];
        for e in &mut emit {
            e[2] = 5.0;
            e[1] = 1.0;
        }
        let trans = vec![[0f32; N_TAGS]; N_TAGS + 1];
        let path = viterbi(&emit, &trans);
        assert_eq!(path, vec![1, 2, 2]);
        assert_eq!(spans(&path), vec![(0..3, 0)]);
        let marg = max_marginals(&emit, &trans);
        let best = path_score(&emit, &trans, &path);
        for (i, m) in marg.iter().enumerate() {
            assert_eq!(
                m[path[i]], best,
                "max-marginal of the best tag is the best score"
            );
        }
    }

    #[test]
    fn spans_split_on_new_b() {
        // B-PERS I-PERS B-PERS O B-LOC
        assert_eq!(
            spans(&[1, 2, 1, 0, 3]),
            vec![(0..2, 0), (2..3, 0), (4..5, 1)]
        );
    }
}
