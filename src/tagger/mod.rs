//! A small statistical name tagger for Arabic news: an averaged perceptron
//! over hashed word, affix, clitic-stripped, shape, trigger-word, gazetteer
//! (the project's own lexicons, see `gazetteer.rs`) and context features,
//! decoded with a first-order Viterbi under BIO constraints.
//!
//! It finds person, place, organisation and other names that lexicons and
//! title rules miss; the rules still decide actors, roles and attribution.
//! The weights (`data/tagger.bin`, trained on ANERcorp by
//! `tools/train_tagger.rs`, CC BY-SA 4.0, see `data/tagger.LICENSE.md`) are
//! compiled into the crate. Only inference lives here; what the trainer needs
//! is behind the `train` feature.

mod clusters;
mod features;
mod gazetteer;
mod model;

use crate::text::document::Document;
use crate::text::token::TokenKind;
use features::{
    fmix, memory_code, quote_parity, with_own_class, Items, Kind, MemoryScores, TypeBuffers, Types,
    NOT_SEEN, NO_MEMORY,
};
use model::Model;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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
const MIN_MEMORY_CHARS: u32 = 2;

/// Typical number of features of one position (buffer capacity).
#[cfg(feature = "train")]
const FEATURES_PER_TOKEN: usize = 64;

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
    #[cfg(feature = "train")]
    if let Some(m) = *train::OVERRIDE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        return Some(m);
    }
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::decode(MODEL_BYTES).ok())
        .as_ref()
}

/// Finds names in `tokens` of `doc`. Each sentence is tagged on its own, then
/// again knowing which words were tagged as names in the sentences around
/// it (within `tokens`, so pass a whole article for the best results).
/// Names start and end on word or number tokens; punctuation only informs
/// the tagger. `word_types`: per token of `tokens`, its word type (see
/// [`Document::word_types`]).
#[cfg(test)]
pub(crate) fn tag(doc: &Document, tokens: Range<usize>, word_types: &[u32]) -> Vec<Name> {
    tag_listed(doc, tokens, word_types, |i| kept(doc, i))
}

/// [`tag`] with `listed(i)`: whether token `i` is a word type worth keeping
/// across calls ([`kept`]'s answer), which a caller that has looked its
/// words up already gives without a second lookup.
pub(crate) fn tag_listed(
    doc: &Document,
    tokens: Range<usize>,
    word_types: &[u32],
    listed: impl Fn(usize) -> bool,
) -> Vec<Name> {
    let Some(model) = model() else {
        return Vec::new();
    };
    // Natively the buffers of one call are the next one's (their
    // allocation, not their contents); the browser build, which analyses
    // one text at a time, makes its own.
    #[cfg(not(target_arch = "wasm32"))]
    {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        let mut scratch = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
        let names = tag_in(model, doc, tokens, word_types, listed, &mut scratch);
        SCRATCH.with(|s| *s.borrow_mut() = scratch);
        names
    }
    #[cfg(target_arch = "wasm32")]
    tag_in(
        model,
        doc,
        tokens,
        word_types,
        listed,
        &mut Scratch::default(),
    )
}

/// The buffers of a tagging call, cleared before use.
#[derive(Default)]
struct Scratch {
    items: Items,
    types: TypeBuffers,
    slots: Vec<u32>,
    sentences: Vec<Range<usize>>,
    firsts: Vec<usize>,
    passes: PassBuffers,
}

/// The buffers of [`tag_sentences`].
#[derive(Default)]
struct PassBuffers {
    scores: Vec<[i32; N_TAGS]>,
    first: Vec<(usize, Range<usize>, usize)>,
    quote: Vec<bool>,
    decoder: DecoderBuffers,
    memory: MemoryBuffers,
}

/// [`tag`] in the buffers of `scratch`.
fn tag_in(
    model: &'static Model,
    doc: &Document,
    tokens: Range<usize>,
    word_types: &[u32],
    listed: impl Fn(usize) -> bool,
    scratch: &mut Scratch,
) -> Vec<Name> {
    let Scratch {
        items,
        types: type_buffers,
        slots,
        sentences,
        firsts,
        passes,
    } = scratch;
    items.clear();
    let mut types = Types::new_in(model, std::mem::take(type_buffers));
    // Natively only: the browser build analyses one text at a time and
    // is kept small.
    #[cfg(not(target_arch = "wasm32"))]
    types.keep_across_calls();
    types.reserve(items, tokens.len() + doc.sentences.len());
    // Per sentence: its items, and the document token of its first item.
    sentences.clear();
    firsts.clear();
    // The tagger's type of each word type met so far.
    slots.clear();
    slots.resize(tokens.len(), NOT_SEEN);
    for s in &doc.sentences {
        let start = s.start.max(tokens.start);
        let end = s.end.min(tokens.end);
        if start < end {
            let lo = items.items.len();
            for i in start..end {
                types.push_typed(
                    items,
                    &mut slots[word_types[i - tokens.start] as usize],
                    doc.word(i),
                    || known_key(doc, i),
                    || listed(i),
                );
            }
            add_virtual_stop(items, &mut types, lo);
            sentences.push(lo..items.items.len());
            firsts.push(start);
        }
    }
    let is_name_part = |k: usize| !matches!(items.items[k].kind, Kind::Punct | Kind::Quote);
    let found = tag_sentences(model, items, &mut types, sentences, passes);
    *type_buffers = types.into_buffers();
    let mut names = Vec::with_capacity(found.len());
    for (j, span) in found {
        let lo = sentences[j].start;
        // Punctuation (and the virtual stop) is never part of a name.
        let mut r = lo + span.tokens.start..lo + span.tokens.end;
        while r.start < r.end && !is_name_part(r.start) {
            r.start += 1;
        }
        while r.end > r.start && !is_name_part(r.end - 1) {
            r.end -= 1;
        }
        if r.is_empty() {
            continue;
        }
        // Item k of sentence j is document token firsts[j] + (k - lo).
        let base = firsts[j];
        names.push(Name {
            tokens: base + (r.start - lo)..base + (r.end - lo),
            class: CLASSES[span.class],
            score: logistic(span.margin / model.temperature),
        });
    }
    names
}

/// True when token `i` of `doc` is a word type worth keeping across calls
/// (see `Types::keep_across_calls`): a word of the fixed Arabic word lists
/// (the words common in news outside names, function words, titles,
/// reporting verbs, first names ...), or punctuation. Other names and
/// numbers, which vary from text to text, are not kept, so that what is
/// kept is bounded by the lists and the same whatever texts came before.
/// (Until session 14 the common words only: the listed words are a
/// quarter of the word types new to an article's call.) The Arabic rules
/// give the same answer from their own lookups (see [`tag_listed`]); the
/// tests check that they do.
#[cfg(test)]
pub(crate) fn kept(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    match t.kind {
        TokenKind::Punct | TokenKind::Quote(_) => true,
        TokenKind::Word => crate::arabic::words::words().info(&t.key).is_some(),
        _ => false,
    }
}

/// The key of token `i` of `doc` when the tokenizer's key is the one the
/// tagger makes ([`crate::text::normalize::push_key`] of the word), so the
/// tagger need not normalise the word again: a word or number, but not a
/// word with dots, which the tokenizer drops from its key (U.S. -> us)
/// and the tagger keeps. Punctuation has no key of the tokenizer's.
pub(crate) fn known_key<'d>(doc: &'d Document, i: usize) -> Option<&'d str> {
    let t = &doc.tokens[i];
    let same = match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => t.key_is_word || !doc.word(i).contains('.'),
        _ => false,
    };
    same.then_some(&*t.key)
}

/// Marks (opening, closing) that set off a title or name: a name that
/// starts right after an opening one is stretched to the closing one
/// (صحيفة /صنداي تليجراف/، دورية (بلوس ميديسن)), since the writer marked
/// the whole group as one name. Not quotation marks: they hold short
/// quotes too («أفريقيا تسير قدماً»).
const NAME_MARKS: [(&str, &str); 2] = [("/", "/"), ("(", ")")];

/// `name` (tokens of `doc`) stretched to the marks around it when an
/// opening one of [`NAME_MARKS`] stands before it and the closing one after
/// it with only words between, at most `max_words` words in all (the
/// agency of a dateline, (شفق نيوز), tagged on its last word only); all
/// within `within`. Otherwise `name` as it is.
pub(crate) fn fill_marked_name(
    doc: &Document,
    name: Range<usize>,
    within: Range<usize>,
    max_words: usize,
) -> Range<usize> {
    let original = name.clone();
    // The nearest token before the name that is no word.
    let Some(open) = (within.start..name.start)
        .rev()
        .take(max_words + 1)
        .find(|&k| !doc.tokens[k].is_word())
    else {
        return original;
    };
    let Some(&(_, close)) = NAME_MARKS.iter().find(|(o, _)| doc.word(open) == *o) else {
        return original;
    };
    let name = open + 1..name.end;
    let last = (name.start + max_words + 1).min(within.end);
    (name.end..last)
        .find(|&k| !doc.tokens[k].is_word())
        .filter(|&k| doc.word(k) == close)
        .map_or(original, |k| name.start..k)
}

/// Stop added to a sentence that does not end in punctuation.
const VIRTUAL_STOP: &str = ".";

/// Adds a virtual full stop to the sentence starting at item `lo` when its
/// last item is not punctuation: nearly every training sentence ends in
/// one, and without it the last word (often a place: «في باريس») is read as
/// if it were followed by something unknown.
fn add_virtual_stop(items: &mut Items, types: &mut Types, lo: usize) {
    if items.items[lo..]
        .last()
        .is_some_and(|it| !matches!(it.kind, Kind::Punct | Kind::Quote))
    {
        types.push(items, VIRTUAL_STOP, || None, || true);
    }
}

/// A name span of sentence `.0` (item indices within the sentence).
type Found = (usize, Span);

/// Tags consecutive sentences (item ranges of `items`) in two passes: the
/// second pass knows which words the first pass put in names in the
/// surrounding sentences. Returns the names in order.
fn tag_sentences(
    model: &Model,
    items: &Items,
    types: &mut Types,
    sentences: &[Range<usize>],
    buffers: &mut PassBuffers,
) -> Vec<Found> {
    let PassBuffers {
        scores,
        first,
        quote,
        decoder,
        memory: memory_buffers,
    } = buffers;
    let mut dec = Decoder::new_in(model, std::mem::take(decoder));
    // Natively only: in the browser build it cost 138 bytes gzip.
    #[cfg(not(target_arch = "wasm32"))]
    dec.reserve(
        sentences
            .iter()
            .map(ExactSizeIterator::len)
            .max()
            .unwrap_or(0),
    );
    // First pass: per-token scores (which the second pass extends) and the
    // names alone (no margins needed).
    scores.clear();
    scores.resize(items.items.len(), [0i32; N_TAGS]);
    first.clear();
    for (j, r) in sentences.iter().enumerate() {
        quote_parity(&items.items[r.clone()], quote);
        types.first_pass(r.clone(), quote, &mut scores[r.clone()]);
        dec.set_emissions(model, &scores[r.clone()]);
        dec.viterbi();
        for_spans(&dec.path, |t, c| first.push((j, t, c)));
    }
    memories_in(items, sentences, first, memory_buffers);
    let memory = &memory_buffers.out;
    // About as many names as the first pass found.
    let mut out = Vec::with_capacity(first.len());
    let mut second = MemoryScores::new(model);
    for (j, r) in sentences.iter().enumerate() {
        second.add_sentence(model, &memory[r.clone()], &mut scores[r.clone()]);
        dec.set_emissions(model, &scores[r.clone()]);
        dec.decode_with_margins(|span| out.push((j, span)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        *decoder = dec.into_buffers();
    }
    #[cfg(feature = "train")]
    if train::SPREAD.load(std::sync::atomic::Ordering::Relaxed) {
        return spread_names(items, sentences, out);
    }
    out
}

/// Smallest margin of a name whose words [`spread_names`] tags again.
#[cfg(any(test, feature = "train"))]
const SPREAD_MIN_MARGIN: f32 = 20.0;

/// Shortest stem, in characters, of every word of a name that
/// [`spread_names`] tags again.
#[cfg(any(test, feature = "train"))]
const SPREAD_MIN_CHARS: u32 = 3;

/// Document consistency: where the words of a confident name (margin at
/// least [`SPREAD_MIN_MARGIN`], every word's stem at least
/// [`SPREAD_MIN_CHARS`] letters) come again untagged within
/// [`MEMORY_WINDOW`] sentences, they are tagged too, with the class whose
/// names of the same words nearby have the largest summed margin (and the
/// smallest margin of those). The longest such words win. `found` is in
/// sentence and token order, and so is the result.
///
/// Measured by the trainer only (`train_tagger --spread`, see
/// tools/README.md): with the word clusters it gained 10-fold CV F1 but
/// the model that used both lost a name of the news corpus, so neither is
/// shipped yet.
#[cfg(any(test, feature = "train"))]
fn spread_names(items: &Items, sentences: &[Range<usize>], found: Vec<Found>) -> Vec<Found> {
    // (sentence, stems, class, margin) of the confident names.
    let mut sources: Vec<(usize, Vec<u64>, usize, f32)> = Vec::new();
    for (j, span) in &found {
        if span.margin < SPREAD_MIN_MARGIN {
            continue;
        }
        let lo = sentences[*j].start;
        let its = &items.items[lo + span.tokens.start..lo + span.tokens.end];
        if its
            .iter()
            .all(|it| it.kind.is_word() && it.stem_chars >= SPREAD_MIN_CHARS)
        {
            sources.push((
                *j,
                its.iter().map(|it| it.stem).collect(),
                span.class,
                span.margin,
            ));
        }
    }
    if sources.is_empty() {
        return found;
    }
    // First words of the sources: most positions start none.
    let firsts: std::collections::HashSet<u64, BuildHasherDefault<StemHasher>> =
        sources.iter().map(|s| s.1[0]).collect();
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut next = 0;
    let mut tagged: Vec<bool> = Vec::new();
    for (j, r) in sentences.iter().enumerate() {
        let its = &items.items[r.clone()];
        let start = out.len();
        tagged.clear();
        tagged.resize(its.len(), false);
        while next < found.len() && found[next].0 == j {
            tagged[found[next].1.tokens.clone()].fill(true);
            out.push(found[next].clone());
            next += 1;
        }
        let near = |s: &&(usize, Vec<u64>, usize, f32)| s.0.abs_diff(j) <= MEMORY_WINDOW;
        let mut i = 0;
        while i < its.len() {
            if tagged[i] || !firsts.contains(&its[i].stem) {
                i += 1;
                continue;
            }
            // The longest words of a nearby confident name that start here,
            // all untagged.
            let fits = |stems: &[u64]| {
                i + stems.len() <= its.len()
                    && stems
                        .iter()
                        .zip(&its[i..])
                        .enumerate()
                        .all(|(k, (&h, it))| !tagged[i + k] && it.stem == h)
            };
            let len = sources
                .iter()
                .filter(near)
                .filter(|s| fits(&s.1))
                .map(|s| s.1.len())
                .max();
            let Some(len) = len else {
                i += 1;
                continue;
            };
            let mut sums = [0f32; 4];
            let mut least = [f32::INFINITY; 4];
            for s in sources
                .iter()
                .filter(near)
                .filter(|s| s.1.len() == len && fits(&s.1))
            {
                sums[s.2] += s.3;
                least[s.2] = least[s.2].min(s.3);
            }
            let class = (0..4).fold(0, |b, c| if sums[c] > sums[b] { c } else { b });
            out.push((
                j,
                Span {
                    tokens: i..i + len,
                    class,
                    margin: least[class],
                },
            ));
            tagged[i..i + len].fill(true);
            i += len;
        }
        crate::sort::sort_by_key(&mut out[start..], |f| f.1.tokens.start);
    }
    out
}

/// Hashes the 64-bit stem hashes of the memory once more (they are keys
/// of a hash map whose buckets use the low bits).
#[derive(Default)]
struct StemHasher(u64);

impl Hasher for StemHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fmix(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = fmix(v);
    }
}

/// The memory codes of every item: for sentence `j`, from the names that
/// the first pass found (`first`: sentence, item range within it, class;
/// in sentence order) in the sentences within [`MEMORY_WINDOW`] of `j`,
/// not in `j` itself, and the class the first pass gave each item of `j`
/// (see [`with_own_class`]). The window slides, so each name is counted in
/// and out once.
#[cfg(any(test, feature = "train"))]
fn memories(
    items: &Items,
    sentences: &[Range<usize>],
    first: &[(usize, Range<usize>, usize)],
) -> Vec<u8> {
    let mut buffers = MemoryBuffers::default();
    memories_in(items, sentences, first, &mut buffers);
    buffers.out
}

/// Per stem of the names in the window, the votes of each class.
type Votes = HashMap<u64, [u32; 4], BuildHasherDefault<StemHasher>>;

/// The buffers of [`memories_in`]; `out` holds the codes.
#[derive(Default)]
struct MemoryBuffers {
    at: Vec<usize>,
    votes: Votes,
    out: Vec<u8>,
}

/// [`memories`] into `buffers.out`, in `buffers`.
fn memories_in(
    items: &Items,
    sentences: &[Range<usize>],
    first: &[(usize, Range<usize>, usize)],
    buffers: &mut MemoryBuffers,
) {
    let MemoryBuffers { at, votes, out } = buffers;
    let n = sentences.len();
    // Where each sentence's names start in `first`.
    at.clear();
    at.resize(n + 1, first.len());
    for (k, f) in first.iter().enumerate().rev() {
        at[f.0] = k;
    }
    for j in (0..n).rev() {
        at[j] = at[j].min(at[j + 1]);
    }
    votes.clear();
    let count = |votes: &mut Votes, k: usize, add: bool| {
        for (_, r, class) in &first[at[k]..at[k + 1]] {
            let lo = sentences[k].start;
            for it in &items.items[lo + r.start..lo + r.end] {
                if it.kind.is_word() && it.stem_chars >= MIN_MEMORY_CHARS {
                    let v = &mut votes.entry(it.stem).or_default()[*class];
                    *v = if add { *v + 1 } else { *v - 1 };
                }
            }
        }
    };
    for k in 0..n.min(MEMORY_WINDOW + 1) {
        count(votes, k, true);
    }
    out.clear();
    out.reserve(items.items.len());
    for (j, r) in sentences.iter().enumerate() {
        if j > 0 {
            if j + MEMORY_WINDOW < n {
                count(votes, j + MEMORY_WINDOW, true);
            }
            if j > MEMORY_WINDOW {
                count(votes, j - MEMORY_WINDOW - 1, false);
            }
        }
        count(votes, j, false);
        let base = out.len();
        out.extend(
            items.items[r.clone()]
                .iter()
                .map(|it| votes.get(&it.stem).map_or(NO_MEMORY, memory_code)),
        );
        for (_, span, class) in &first[at[j]..at[j + 1]] {
            for code in &mut out[base + span.start..base + span.end] {
                *code = with_own_class(*code, *class);
            }
        }
        count(votes, j, true);
    }
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

/// Transition scores with −∞ where BIO forbids the move: row 0 from the
/// sentence start, row p + 1 from tag p.
type Transitions = [[f32; N_TAGS]; N_TAGS + 1];

/// True when tag `t` may follow `prev` (`None` at the sentence start): an I
/// tag only continues a B or I of its own class.
fn allowed(prev: Option<usize>, t: usize) -> bool {
    !is_inside(t) || prev.is_some_and(|p| p == t || p + 1 == t)
}

/// True for the I tags.
fn is_inside(t: usize) -> bool {
    t != OUTSIDE && t % 2 == 0
}

/// `trans` (row 0 from the start, row p + 1 from tag p) with the forbidden
/// moves set to −∞.
fn constrain(trans: &[[f32; N_TAGS]]) -> Transitions {
    std::array::from_fn(|row| {
        let prev = row.checked_sub(1);
        std::array::from_fn(|t| {
            if allowed(prev, t) {
                trans[row][t]
            } else {
                f32::NEG_INFINITY
            }
        })
    })
}

/// Tags rounded up to whole vectors of four lanes, so that the decoder's
/// loops over all tags at once vectorise.
const LANES: usize = 12;

/// Tags whose best move in the forward pass takes all at once: all but the
/// last, two whole vectors of four lanes.
const FORWARD_LANES: usize = N_TAGS - 1;

/// The last tag (I of the last class): only its own B and itself may
/// precede it, so its best move in is two sums, worked out on their own
/// rather than as a third, mostly −∞ vector.
const LAST_TAG: usize = N_TAGS - 1;

/// The decoder with its buffers, reused from sentence to sentence.
struct Decoder {
    trans: Transitions,
    /// `trans` (row p + 1: from tag p) for the first [`FORWARD_LANES`] tags.
    into: [[f32; FORWARD_LANES]; N_TAGS + 1],
    /// `trans` turned round: row t holds the moves from each tag p to t,
    /// padded with −∞.
    from: [[f32; LANES]; N_TAGS],
    emit: Vec<[f32; N_TAGS]>,
    alpha: Vec<[f32; N_TAGS]>,
    /// Per position and tag, the score of the best move into it (`alpha`
    /// without the emission), so that the way back finds the move that
    /// made it by equality instead of comparing all moves again.
    moved: Vec<[f32; N_TAGS]>,
    beta: Vec<[f32; N_TAGS]>,
    path: Vec<usize>,
}

/// The buffers of a [`Decoder`] (each is cleared or resized before use);
/// the browser build keeps none.
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
struct DecoderBuffers {
    emit: Vec<[f32; N_TAGS]>,
    alpha: Vec<[f32; N_TAGS]>,
    moved: Vec<[f32; N_TAGS]>,
    beta: Vec<[f32; N_TAGS]>,
    path: Vec<usize>,
}

/// The lanes of `x` in order, then −∞.
fn padded(x: impl Fn(usize) -> f32) -> [f32; LANES] {
    std::array::from_fn(|k| if k < N_TAGS { x(k) } else { f32::NEG_INFINITY })
}

/// `a` lane by lane with the larger of its value and `b`'s (the first
/// when equal: plain comparisons, no NaN can arise from finite weights
/// and −∞).
fn keep_max(a: &mut [f32; LANES], b: &[f32; LANES], add: f32) {
    for (x, &y) in a.iter_mut().zip(b) {
        let v = y + add;
        *x = if v > *x { v } else { *x };
    }
}

/// [`keep_max`] over the first [`FORWARD_LANES`] tags.
fn keep_max_forward(a: &mut [f32; FORWARD_LANES], b: &[f32; FORWARD_LANES], add: f32) {
    for (x, &y) in a.iter_mut().zip(b) {
        let v = y + add;
        *x = if v > *x { v } else { *x };
    }
}

impl Decoder {
    fn new(model: &Model) -> Decoder {
        let trans: Vec<[f32; N_TAGS]> = model
            .transitions
            .iter()
            .map(|row| row.map(|v| f32::from(v) * model.scale))
            .collect();
        Decoder::with_transitions(&trans)
    }

    /// [`Decoder::new`] in the buffers of an earlier one (see
    /// [`Decoder::into_buffers`]).
    #[cfg(not(target_arch = "wasm32"))]
    fn new_in(model: &Model, buffers: DecoderBuffers) -> Decoder {
        let DecoderBuffers {
            emit,
            alpha,
            moved,
            beta,
            path,
        } = buffers;
        Decoder {
            emit,
            alpha,
            moved,
            beta,
            path,
            ..Decoder::new(model)
        }
    }

    /// In the browser build, which keeps no buffers: [`Decoder::new`].
    #[cfg(target_arch = "wasm32")]
    fn new_in(model: &Model, _: DecoderBuffers) -> Decoder {
        Decoder::new(model)
    }

    /// The buffers, for the next decoder to reuse.
    #[cfg(not(target_arch = "wasm32"))]
    fn into_buffers(self) -> DecoderBuffers {
        DecoderBuffers {
            emit: self.emit,
            alpha: self.alpha,
            moved: self.moved,
            beta: self.beta,
            path: self.path,
        }
    }

    fn with_transitions(trans: &[[f32; N_TAGS]]) -> Decoder {
        let trans = constrain(trans);
        Decoder {
            into: trans.map(|row| std::array::from_fn(|t| row[t])),
            from: std::array::from_fn(|t| padded(|p| trans[p + 1][t])),
            trans,
            emit: Vec::new(),
            alpha: Vec::new(),
            moved: Vec::new(),
            beta: Vec::new(),
            path: Vec::new(),
        }
    }

    /// Room for sentences of `n` items in every buffer, made once rather
    /// than grown sentence after sentence.
    #[cfg(not(target_arch = "wasm32"))]
    fn reserve(&mut self, n: usize) {
        self.emit.reserve(n);
        self.alpha.reserve(n);
        self.moved.reserve(n);
        self.beta.reserve(n);
        self.path.reserve(n);
    }

    fn set_emissions(&mut self, model: &Model, scores: &[[i32; N_TAGS]]) {
        self.emit.clear();
        self.emit
            .extend(scores.iter().map(|s| s.map(|v| v as f32 * model.scale)));
    }

    /// The best tag sequence for the emissions, into `path`; `alpha` holds
    /// the forward scores (the best score of any sequence ending in each
    /// tag at each position).
    fn viterbi(&mut self) {
        let (emit, trans) = (&self.emit, &self.trans);
        let n = emit.len();
        self.path.clear();
        self.alpha.clear();
        self.moved.clear();
        if n == 0 {
            return;
        }
        self.alpha.resize(n, [0f32; N_TAGS]);
        self.moved.resize(n, [0f32; N_TAGS]);
        self.alpha[0] = std::array::from_fn(|t| trans[0][t] + emit[0][t]);
        for (i, e) in emit.iter().enumerate().skip(1) {
            // The best move into each tag, all tags at once (forbidden
            // moves are −∞ and never win; an I tag has two candidates).
            let prev = self.alpha[i - 1];
            let mut best = [f32::NEG_INFINITY; FORWARD_LANES];
            for (p, &a) in prev.iter().enumerate() {
                keep_max_forward(&mut best, &self.into[p + 1], a);
            }
            // The last tag's two allowed moves, as the loop would sum them.
            let (own_b, own_i) = (LAST_TAG - 1, LAST_TAG);
            let from_b = trans[own_b + 1][LAST_TAG] + prev[own_b];
            let from_i = trans[own_i + 1][LAST_TAG] + prev[own_i];
            let last = if from_i > from_b { from_i } else { from_b };
            let moved: [f32; N_TAGS] =
                std::array::from_fn(|t| if t < FORWARD_LANES { best[t] } else { last });
            self.moved[i] = moved;
            self.alpha[i] = std::array::from_fn(|t| moved[t] + e[t]);
        }
        let last = &self.alpha[n - 1];
        let mut t = (0..N_TAGS).fold(OUTSIDE, |b, t| if last[t] > last[b] { t } else { b });
        self.path.resize(n, 0);
        self.path[n - 1] = t;
        // Back along the best moves: the first previous tag whose move
        // into `t` makes the best move's score (the same sum as the
        // forward pass, so the same tag that a back pointer would have
        // kept: the first of the best).
        for i in (1..n).rev() {
            let prev = &self.alpha[i - 1];
            let want = self.moved[i][t];
            t = (0..N_TAGS)
                .find(|&p| trans[p + 1][t] + prev[p] == want)
                .unwrap_or(OUTSIDE);
            self.path[i - 1] = t;
        }
    }

    /// After [`Decoder::viterbi`]: the backward scores (the best way on
    /// to the end from each tag) of every position from `from` on, so that
    /// [`Decoder::marginal`] gives the max-marginals there.
    fn backward(&mut self, from: usize) {
        let emit = &self.emit;
        let n = emit.len();
        let beta = &mut self.beta;
        beta.clear();
        beta.resize(n, [0f32; N_TAGS]);
        for i in (from..n.saturating_sub(1)).rev() {
            // For every tag p at once: the best move on from it.
            let mut best = [f32::NEG_INFINITY; LANES];
            for t in 0..N_TAGS {
                keep_max(&mut best, &self.from[t], emit[i + 1][t] + beta[i + 1][t]);
            }
            beta[i] = std::array::from_fn(|p| best[p]);
        }
    }

    /// After [`Decoder::backward`] from `i` or before: the max-marginals
    /// of position `i`, for every tag the score of the best sequence that
    /// puts that tag there (forward plus backward scores). Worked out for
    /// the positions of names only, not for every position.
    fn marginal(&self, i: usize) -> [f32; N_TAGS] {
        std::array::from_fn(|t| self.alpha[i][t] + self.beta[i][t])
    }

    /// The best tagging's name spans with their margins.
    fn decode_with_margins(&mut self, mut found: impl FnMut(Span)) {
        if self.emit.is_empty() {
            return;
        }
        self.viterbi();
        let n = self.emit.len();
        let last = &self.alpha[n - 1];
        let best = last.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        // Margins are asked for from the first name on: none, no work.
        let Some(first) = self.path.iter().position(|&t| t != OUTSIDE) else {
            return;
        };
        self.backward(first);
        let path = &self.path;
        for_spans(path, |tokens, class| {
            // The best rival changes some tag in the span or the tag right
            // after it (which could extend the span).
            let last = (tokens.end + 1).min(path.len());
            let mut rival = f32::NEG_INFINITY;
            for (i, &own) in (tokens.start..last).zip(&path[tokens.start..last]) {
                for (t, v) in self.marginal(i).into_iter().enumerate() {
                    if t != own && v > rival {
                        rival = v;
                    }
                }
            }
            found(Span {
                tokens,
                class,
                margin: best - rival,
            });
        });
    }
}

/// The best tag sequence for emission scores `emit` and transition scores
/// `trans` (row 0 from the start, row p + 1 from tag p).
#[cfg(any(test, feature = "train"))]
fn viterbi(emit: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]]) -> Vec<usize> {
    let mut d = Decoder::with_transitions(trans);
    d.emit.extend_from_slice(emit);
    d.viterbi();
    d.path
}

/// Calls `f` with the name spans of a BIO tag sequence, in order (an I
/// after another class or after O starts a new span, though the decoder
/// never produces one).
fn for_spans(path: &[usize], mut f: impl FnMut(Range<usize>, usize)) {
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in path.iter().enumerate() {
        let class = (t != OUTSIDE).then(|| (t - 1) / 2);
        let begins = t != OUTSIDE && t % 2 == 1;
        match (open, class) {
            (Some((_, c)), Some(k)) if k == c && !begins => {}
            _ => {
                if let Some((s, c)) = open.take() {
                    f(s..i, c);
                }
                open = class.map(|k| (i, k));
            }
        }
    }
    if let Some((s, c)) = open {
        f(s..path.len(), c);
    }
}

/// The name spans of a BIO tag sequence.
#[cfg(any(test, feature = "train"))]
fn spans(path: &[usize]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    for_spans(path, |r, c| out.push((r, c)));
    out
}

/// What the trainer (`tools/train_tagger.rs`) needs: the feature extraction,
/// decoder and model writer the crate itself uses, so training and inference
/// cannot drift apart. Compiled only with the `train` feature.
#[cfg(feature = "train")]
pub mod train {
    use super::features::{memory_features, position_features};
    use super::*;

    /// A model that replaces the shipped one for the whole process (see
    /// [`use_model`]).
    pub(super) static OVERRIDE: std::sync::Mutex<Option<&'static Model>> =
        std::sync::Mutex::new(None);

    /// Makes the analysis (`crate::analyze`) tag with the model file `bytes`
    /// instead of the shipped one, so that the whole system can be measured
    /// on sentences the model was not trained on. The model is leaked (a
    /// trainer installs a handful). False if `bytes` is not a model file.
    pub fn use_model(bytes: &[u8]) -> bool {
        let Ok(m) = Model::decode(bytes) else {
            return false;
        };
        *OVERRIDE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Box::leak(Box::new(m)));
        true
    }

    pub use super::clusters::use_clusters;

    /// Whether the tagger applies document consistency after its second
    /// pass (see [`spread_names`]); off unless [`spread`] turns it on.
    pub(super) static SPREAD: std::sync::atomic::AtomicBool =
        std::sync::atomic::AtomicBool::new(false);

    /// Turns document consistency (see [`spread_names`]) on or off for the
    /// whole process: an experiment of the trainer, not shipped.
    pub fn spread(on: bool) {
        SPREAD.store(on, std::sync::atomic::Ordering::Relaxed);
    }

    /// The cluster-table key of every token of a sentence (of its stem for
    /// an Arabic word) and whether it is a word: what the trainer clusters.
    pub fn cluster_keys(words: &[&str]) -> Vec<(u32, bool)> {
        let (items, _) = items(&[words.to_vec()]);
        items
            .items
            .iter()
            .map(|it| (super::clusters::key(it.stem), it.kind.is_word()))
            .collect()
    }

    /// Encodes a cluster table of `coarse` × `fine` clusters from (key,
    /// cluster from 1) pairs.
    pub fn encode_clusters(coarse: u8, fine: u8, pairs: &[(u32, u8)]) -> Vec<u8> {
        super::clusters::Clusters::encode(coarse, fine, pairs)
    }

    /// Tag names in index order.
    pub const TAGS: [&str; N_TAGS] = [
        "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
    ];

    /// Number of tags.
    pub const TAG_COUNT: usize = N_TAGS;

    /// Class names in class order (class k has tags 2k + 1 and 2k + 2).
    pub const CLASS_NAMES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

    /// Items of consecutive sentences and their item ranges.
    fn items(sentences: &[Vec<&str>]) -> (Items, Vec<Range<usize>>) {
        let mut items = Items::default();
        let ranges = sentences
            .iter()
            .map(|s| {
                let lo = items.items.len();
                for w in s {
                    items.push(w);
                }
                lo..items.items.len()
            })
            .collect();
        (items, ranges)
    }

    /// The hashed features of every token of a sentence, with the memory
    /// codes of the second pass if given.
    pub fn features(words: &[&str], memory: Option<&[u8]>) -> Vec<Vec<u32>> {
        let (items, _) = items(&[words.to_vec()]);
        let mut quote = Vec::new();
        quote_parity(&items.items, &mut quote);
        (0..words.len())
            .map(|i| {
                let mut out = Vec::with_capacity(FEATURES_PER_TOKEN);
                position_features(&items, 0..words.len(), i, quote[i], &mut out);
                if let Some(m) = memory {
                    memory_features(m, i, &mut out);
                }
                out
            })
            .collect()
    }

    /// Memory codes for every sentence of consecutive `sentences` from the
    /// first-pass names `spans` (token ranges and class indices) of each,
    /// exactly as the second pass of the crate computes them.
    pub fn memory(sentences: &[Vec<&str>], spans: &[Vec<(Range<usize>, usize)>]) -> Vec<Vec<u8>> {
        let (items, ranges) = items(sentences);
        let first: Vec<(usize, Range<usize>, usize)> = spans
            .iter()
            .enumerate()
            .flat_map(|(j, s)| s.iter().map(move |(r, c)| (j, r.clone(), *c)))
            .collect();
        let flat = memories(&items, &ranges, &first);
        ranges.into_iter().map(|r| flat[r].to_vec()).collect()
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
            let mut items = Items::default();
            let mut types = Types::new(&self.0);
            let ranges: Vec<Range<usize>> = sentences
                .iter()
                .map(|s| {
                    let lo = items.items.len();
                    for w in s {
                        types.push(&mut items, w, || None, || false);
                    }
                    add_virtual_stop(&mut items, &mut types, lo);
                    lo..items.items.len()
                })
                .collect();
            let mut out: Vec<Vec<Found>> = sentences.iter().map(|_| Vec::new()).collect();
            for (j, s) in tag_sentences(
                &self.0,
                &items,
                &mut types,
                &ranges,
                &mut PassBuffers::default(),
            ) {
                let words = sentences[j].len();
                if s.tokens.start < words {
                    out[j].push(Found {
                        tokens: s.tokens.start..s.tokens.end.min(words),
                        class: s.class,
                        margin: s.margin,
                        score: logistic(s.margin / self.0.temperature),
                    });
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::tag`] with the document's word types.
    fn tag(doc: &Document, tokens: Range<usize>) -> Vec<Name> {
        super::tag(doc, tokens.clone(), &doc.word_types(tokens))
    }
    use crate::text::token::TokenKind;

    #[test]
    fn shipped_model_loads() {
        let m = model().expect("data/tagger.bin decodes");
        assert!(m.hashes.len() > 1000, "{} features", m.hashes.len());
        assert!(m.temperature > 0.0 && m.scale > 0.0);
    }

    #[test]
    fn a_known_key_is_the_key_the_tagger_makes() {
        // Words normalised or not, with dots (dropped from the tokenizer's
        // key only), numbers with dots, presentation forms, punctuation.
        let texts = [
            "قال الرئيس الأمريكي إن U.S. و وكالة ناسا، 3.5 مليار «ﻻ» ﷲ.",
            "Dr. Smith said 2.5% of the E.U. budget… \"no\".",
        ];
        for text in texts {
            let doc = Document::new(text);
            for i in 0..doc.tokens.len() {
                if let Some(k) = known_key(&doc, i) {
                    let mut want = String::new();
                    crate::text::normalize::push_key(doc.word(i), &mut want);
                    assert_eq!(k, want, "token {i} of {text}");
                }
            }
        }
    }

    /// Document consistency: a confident name's words are tagged again
    /// where they come back untagged nearby.
    #[test]
    fn spread_names_tags_the_same_words_again() {
        struct Spread {
            name: &'static str,
            /// Sentences of words.
            sentences: &'static [&'static [&'static str]],
            /// Names found: (sentence, tokens, class, margin).
            found: &'static [(usize, Range<usize>, usize, f32)],
            /// Names added: (sentence, tokens, class, margin).
            want: &'static [(usize, Range<usize>, usize, f32)],
        }
        let far: Vec<&'static [&'static str]> = std::iter::once(&["قال", "ماكرون", "."][..])
            .chain(std::iter::repeat_n(&["هذا", "."][..], MEMORY_WINDOW))
            .chain(std::iter::once(&["التقى", "ماكرون", "."][..]))
            .collect();
        let far: &'static [&'static [&'static str]] = Box::leak(far.into_boxed_slice());
        let cases = [
            Spread {
                name: "the same name in the next sentence",
                sentences: &[&["قال", "ماكرون", "."], &["التقى", "ماكرون", "."]],
                found: &[(0, 1..2, 0, 30.0)],
                want: &[(1, 1..2, 0, 30.0)],
            },
            Spread {
                name: "through a clitic (by stem)",
                sentences: &[&["قال", "ماكرون", "."], &["التقى", "بماكرون", "."]],
                found: &[(0, 1..2, 0, 30.0)],
                want: &[(1, 1..2, 0, 30.0)],
            },
            Spread {
                name: "not from a name of a small margin",
                sentences: &[&["قال", "ماكرون", "."], &["التقى", "ماكرون", "."]],
                found: &[(0, 1..2, 0, 10.0)],
                want: &[],
            },
            Spread {
                name: "not from a name with a short word",
                sentences: &[&["قال", "بن", "علي", "."], &["التقى", "بن", "علي", "."]],
                found: &[(0, 1..3, 0, 30.0)],
                want: &[],
            },
            Spread {
                name: "not beyond the window",
                sentences: far,
                found: &[(0, 1..2, 0, 30.0)],
                want: &[],
            },
            Spread {
                name: "the longest words, the class of the larger summed margin",
                sentences: &[
                    &["زار", "باريس", "سان", "جرمان", "."],
                    &["فاز", "باريس", "سان", "جرمان", "."],
                    &["في", "باريس", "."],
                    &["فريق", "باريس", "سان", "جرمان", "."],
                ],
                found: &[(0, 1..4, 2, 25.0), (1, 1..4, 1, 21.0), (2, 1..2, 1, 40.0)],
                want: &[(3, 1..4, 2, 25.0)],
            },
        ];
        for c in cases {
            let mut items = Items::default();
            let ranges: Vec<Range<usize>> = c
                .sentences
                .iter()
                .map(|s| {
                    let lo = items.items.len();
                    for w in s.iter() {
                        items.push(w);
                    }
                    lo..items.items.len()
                })
                .collect();
            let span = |f: &(usize, Range<usize>, usize, f32)| {
                (
                    f.0,
                    Span {
                        tokens: f.1.clone(),
                        class: f.2,
                        margin: f.3,
                    },
                )
            };
            let found: Vec<Found> = c.found.iter().map(span).collect();
            let mut want: Vec<Found> = found.clone();
            want.extend(c.want.iter().map(span));
            crate::sort::sort_by_key(&mut want, |f| (f.0, f.1.tokens.start));
            assert_eq!(spread_names(&items, &ranges, found), want, "{}", c.name);
        }
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
    fn listed_words_and_punctuation_are_kept() {
        struct Case {
            word: &'static str,
            kept: bool,
        }
        let cases = [
            // Reporting verbs, a title, an organisation's head noun:
            // listed, not common words.
            Case {
                word: "فقالت",
                kept: true,
            },
            Case {
                word: "اعتذر",
                kept: true,
            },
            Case {
                word: "الأمير",
                kept: true,
            },
            Case {
                word: "النادي",
                kept: true,
            },
            Case {
                word: "،",
                kept: true,
            },
            // A name and a number the lists do not hold.
            Case {
                word: "لافروفيتش",
                kept: false,
            },
            Case {
                word: "2024",
                kept: false,
            },
        ];
        for c in cases {
            let doc = Document::new(c.word);
            assert_eq!(kept(&doc, 0), c.kept, "{}", c.word);
        }
        // The first four are kept for being listed, not common.
        let w = crate::arabic::words::words();
        for word in ["فقالت", "اعتذر", "الأمير", "النادي"] {
            let doc = Document::new(word);
            assert!(w.info(&doc.tokens[0].key).is_some_and(|i| !i.is_common()));
        }
    }

    #[test]
    fn kept_types_change_no_name() {
        // Each test has a thread of its own, so the first call keeps
        // nothing from before: names and scores tagged cold, then with the
        // common words and punctuation that this and another text kept.
        let seed = include_str!("../../tests/fixtures/seed.ar.txt");
        let other = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع، وأكد أن الوضع صعب.";
        let names = |text: &str| {
            let doc = Document::new(text);
            tag(&doc, 0..doc.tokens.len())
        };
        let (cold_seed, cold_other) = (names(seed), names(other));
        assert!(!cold_seed.is_empty() && !cold_other.is_empty());
        #[cfg(not(target_arch = "wasm32"))]
        assert!(features::kept_types() > 0, "something was kept");
        assert_eq!(names(seed), cold_seed);
        assert_eq!(names(other), cold_other);
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
        let words = [
            vec!["قال", "ماكرون"],
            vec!["زار", "ماكرون", "باريس"],
            vec!["وقال", "لماكرون"],
        ];
        let mut items = Items::default();
        let mut sentences = Vec::new();
        for s in &words {
            let lo = items.items.len();
            for w in s {
                items.push(w);
            }
            sentences.push(lo..items.items.len());
        }
        // First pass: ماكرون a person in sentences 0 and 1, باريس a place in 1.
        let first = vec![(0, 1..2, 0), (1, 1..2, 0), (1, 2..3, 1)];
        let person = memory_code(&[1, 0, 0, 0]);
        let place = memory_code(&[0, 1, 0, 0]);
        let twice = memory_code(&[2, 0, 0, 0]);
        let got = memories(&items, &sentences, &first);
        struct Case {
            sentence: usize,
            want: Vec<u8>,
        }
        // Each item also carries its own first-pass class.
        let cases = [
            Case {
                sentence: 0,
                want: vec![NO_MEMORY, with_own_class(person, 0)],
            },
            // A sentence does not remember its own names (باريس).
            Case {
                sentence: 1,
                want: vec![
                    NO_MEMORY,
                    with_own_class(person, 0),
                    with_own_class(NO_MEMORY, 1),
                ],
            },
            // Through the clitic ل, from both other sentences.
            Case {
                sentence: 2,
                want: vec![NO_MEMORY, twice],
            },
        ];
        for c in cases {
            assert_eq!(
                got[sentences[c.sentence].clone()],
                c.want[..],
                "sentence {}",
                c.sentence
            );
        }
        assert_ne!(person, place);
        assert_ne!(person, twice);
    }

    #[test]
    fn memory_window_slides() {
        // A name in sentence 0 is remembered exactly MEMORY_WINDOW
        // sentences on, and forgotten after.
        let mut items = Items::default();
        let mut sentences = Vec::new();
        for _ in 0..MEMORY_WINDOW + 3 {
            let lo = items.items.len();
            items.push("ماكرون");
            sentences.push(lo..items.items.len());
        }
        let got = memories(&items, &sentences, &[(0, 0..1, 0)]);
        let person = memory_code(&[1, 0, 0, 0]);
        let mut want = vec![person; MEMORY_WINDOW + 1];
        want[0] = with_own_class(NO_MEMORY, 0);
        want.extend([NO_MEMORY; 2]);
        assert_eq!(got, want);
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
        let mut d = Decoder::with_transitions(&trans);
        d.emit = emit;
        d.viterbi();
        d.backward(0);
        let best = 11.0;
        for i in 0..path.len() {
            let m = d.marginal(i);
            assert_eq!(
                m[path[i]], best,
                "max-marginal of the best tag is the best score"
            );
        }
        let mut found = Vec::new();
        d.decode_with_margins(|s| found.push(s));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tokens, 0..3);
        assert!(found[0].margin > 0.0);
    }

    /// The decoder as first written: back pointers kept for every tag,
    /// I tags from their two candidates only; and the max-marginals tag
    /// by tag.
    fn reference(
        emit: &[[f32; N_TAGS]],
        trans: &[[f32; N_TAGS]],
    ) -> (Vec<usize>, Vec<[f32; N_TAGS]>) {
        let trans = constrain(trans);
        let n = emit.len();
        let mut alpha = vec![[0f32; N_TAGS]; n];
        let mut back = vec![[0usize; N_TAGS]; n];
        alpha[0] = std::array::from_fn(|t| trans[0][t] + emit[0][t]);
        for i in 1..n {
            for t in 0..N_TAGS {
                let from = if is_inside(t) {
                    t - 1..t + 1
                } else {
                    0..N_TAGS
                };
                let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
                for p in from {
                    let v = alpha[i - 1][p] + trans[p + 1][t];
                    if v > best {
                        (best, arg) = (v, p);
                    }
                }
                alpha[i][t] = best + emit[i][t];
                back[i][t] = arg;
            }
        }
        let last = &alpha[n - 1];
        let mut t = (0..N_TAGS).fold(OUTSIDE, |b, t| if last[t] > last[b] { t } else { b });
        let mut path = vec![0; n];
        for i in (0..n).rev() {
            path[i] = t;
            t = back[i][t];
        }
        let mut beta = vec![[0f32; N_TAGS]; n];
        for i in (0..n.saturating_sub(1)).rev() {
            for p in 0..N_TAGS {
                let mut best = f32::NEG_INFINITY;
                for t in 0..N_TAGS {
                    let v = trans[p + 1][t] + (emit[i + 1][t] + beta[i + 1][t]);
                    best = if v > best { v } else { best };
                }
                beta[i][p] = best;
            }
        }
        let marg = alpha
            .iter()
            .zip(&beta)
            .map(|(a, b)| std::array::from_fn(|t| a[t] + b[t]))
            .collect();
        (path, marg)
    }

    #[test]
    fn decoder_matches_the_reference_even_on_ties() {
        // Small integer scores: many ties, which must break the same way.
        let mut state = 0x9E37_79B9_u32;
        let mut next = |k: u32| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            ((state >> 8) % k) as f32
        };
        for round in 0..200 {
            let trans: Vec<[f32; N_TAGS]> = (0..=N_TAGS)
                .map(|_| std::array::from_fn(|_| next(3) - 1.0))
                .collect();
            let n = 1 + round % 9;
            let emit: Vec<[f32; N_TAGS]> =
                (0..n).map(|_| std::array::from_fn(|_| next(4))).collect();
            let (path, marg) = reference(&emit, &trans);
            let mut d = Decoder::with_transitions(&trans);
            d.emit = emit;
            d.viterbi();
            assert_eq!(d.path, path, "round {round}");
            d.backward(0);
            let got: Vec<_> = (0..n).map(|i| d.marginal(i)).collect();
            assert_eq!(got, marg, "round {round}");
            // From a later position on: the same marginals there.
            let from = n / 2;
            d.viterbi();
            d.backward(from);
            let got: Vec<_> = (from..n).map(|i| d.marginal(i)).collect();
            assert_eq!(got, marg[from..], "round {round} from {from}");
        }
    }

    #[test]
    fn marked_names_fill_their_marks() {
        struct Case {
            name: &'static str,
            text: &'static str,
            /// The tagged name's first and last word.
            tagged: (&'static str, &'static str),
            want: &'static str,
        }
        let cases = [
            Case {
                name: "slashes",
                text: "نشر في صحيفة /صنداي تليجراف/ أمس",
                tagged: ("صنداي", "صنداي"),
                want: "صنداي تليجراف",
            },
            Case {
                name: "brackets, name already whole",
                text: "في دورية (بلوس ميديسن) العلمية",
                tagged: ("بلوس", "ميديسن"),
                want: "بلوس ميديسن",
            },
            Case {
                name: "quotation marks hold quotes too",
                text: "قال إن «أفريقيا تسير قدما» اليوم",
                tagged: ("أفريقيا", "أفريقيا"),
                want: "أفريقيا",
            },
            Case {
                name: "no mark before the name",
                text: "قال صنداي تليجراف/ أمس",
                tagged: ("صنداي", "صنداي"),
                want: "صنداي",
            },
            Case {
                name: "marks that do not pair",
                text: "في (صنداي تليجراف/ أمس",
                tagged: ("صنداي", "صنداي"),
                want: "صنداي",
            },
            Case {
                name: "punctuation before the closing mark",
                text: "في (باريس، لندن) أمس",
                tagged: ("باريس", "باريس"),
                want: "باريس",
            },
            Case {
                name: "tagged on its last word only: the whole bracket",
                text: "أربيل (شفق نيوز) - أعلن",
                tagged: ("نيوز", "نيوز"),
                want: "شفق نيوز",
            },
            Case {
                name: "too long to be one name",
                text: "في (باريس هي مدينة النور الجميلة) أمس",
                tagged: ("باريس", "باريس"),
                want: "باريس",
            },
        ];
        for c in cases {
            let doc = Document::new(c.text);
            let at = |w: &str| {
                (0..doc.tokens.len())
                    .find(|&k| doc.word(k) == w)
                    .unwrap_or_else(|| panic!("{}: no {w}", c.name))
            };
            let name = at(c.tagged.0)..at(c.tagged.1) + 1;
            let got = fill_marked_name(&doc, name, 0..doc.tokens.len(), 4);
            let s = doc.tokens[got.start].span.start;
            let e = doc.tokens[got.end - 1].span.end;
            assert_eq!(&c.text[s..e], c.want, "{}", c.name);
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
