//! The first-pass scores of a sentence's positions, summed from parts that
//! are worked out once per word type (news repeats its words: the same
//! name, title and function words over and over).
//!
//! [`position_features`] lists every feature of a position; most of them
//! depend on one token only: the word's own (word, stem, affixes, letter
//! trigrams, shape, trigger, lexicon bits) and what it adds as the word
//! before, after, two before or two after a position. Their weights are
//! summed once per type; only the features of two or three tokens together
//! (bigrams, the shape trio, runs of lexicon words) and of the position
//! (first, in a quote) are hashed per position. Weights are integers, so
//! the sums equal [`position_features`]' in any order: the tests check
//! that they do, position by position, so a change of the feature
//! templates must be made here too.

use super::{
    affixes, cluster_near, cluster_own, feat, feat2, gaz_bits, length_bucket, memory_features,
    template, trigger, trigrams, Item, Items, AFTER, BEFORE, NO_MEMORY, NO_SHAPE,
};
#[cfg(not(target_arch = "wasm32"))]
use super::{own_class, remembered, remembered_features, stacked_features, REPEATED};
use crate::hash::FxTable as FxHashMap;
use crate::tagger::gazetteer::bit;
use crate::tagger::model::{FeatureSink, Model, Partial};
use crate::tagger::N_TAGS;
use std::ops::Range;

/// Scores of one position, one per tag.
type Scores = [i32; N_TAGS];

/// The lexicon bits of a neighbour that are features (see
/// [`position_features`]): the cue words only.
const CUES: u16 = bit::TITLE | bit::NISBA | bit::CUE | bit::AGENT;

/// What one token (or the edge of the sentence) looks like to the
/// features of a position.
#[derive(Clone, Copy)]
struct View {
    word: u64,
    stem: u64,
    kind: u64,
    shape: u64,
    trigger: u8,
    gaz: u16,
    article: u64,
    cluster: u8,
    coarse: u8,
}

impl View {
    /// The token `it`, or the edge before (`before`) or after the sentence.
    fn of(it: Option<&Item>, before: bool) -> View {
        let edge = if before { BEFORE } else { AFTER };
        match it {
            Some(t) => View {
                word: t.word,
                stem: t.stem,
                kind: u64::from(t.kind.code()),
                shape: u64::from(t.kind.code()) | u64::from(length_bucket(t.chars)) << 8,
                trigger: t.trigger,
                gaz: t.gaz,
                article: u64::from(t.article),
                cluster: t.cluster,
                coarse: t.coarse,
            },
            None => View {
                word: edge,
                stem: edge,
                kind: NO_SHAPE,
                shape: NO_SHAPE,
                trigger: trigger::NONE,
                gaz: 0,
                article: 0,
                cluster: crate::tagger::clusters::NONE,
                coarse: crate::tagger::clusters::NONE,
            },
        }
    }
}

/// What a word type (or the sentence edge) adds to the scores of the
/// positions around it.
#[derive(Clone, Copy)]
struct Parts {
    /// How the word looks to the features of a position (the same before
    /// and after it), so that positions need not work it out again.
    view: View,
    /// At its own position (unused for the edges).
    own: Partial,
    /// As the word before the position.
    prev: Partial,
    /// As the word after it.
    next: Partial,
    /// Two before.
    prev2: Partial,
    /// Two after.
    next2: Partial,
}

/// The features of a word as the one before a position.
fn as_prev(v: &View, out: &mut Vec<u32>) {
    out.push(feat(template::WORD_PREV, v.word));
    out.push(feat(template::STEM_PREV, v.stem));
    out.push(feat(template::SHAPE_PREV, v.shape));
    out.push(feat(template::TRIGGER_PREV, u64::from(v.trigger)));
    if v.trigger != trigger::NONE {
        out.push(feat2(
            template::TRIGGER_ARTICLE_PREV,
            u64::from(v.trigger),
            v.article,
        ));
    }
    if v.gaz & CUES != 0 {
        gaz_bits(template::GAZ_PREV, v.gaz & CUES, out);
    }
    cluster_near(super::CLUSTER_PREV, v.cluster, v.coarse, out);
}

/// The features of a word as the one after a position.
fn as_next(v: &View, out: &mut Vec<u32>) {
    out.push(feat(template::WORD_NEXT, v.word));
    out.push(feat(template::STEM_NEXT, v.stem));
    out.push(feat(template::SHAPE_NEXT, v.shape));
    out.push(feat(template::TRIGGER_NEXT, u64::from(v.trigger)));
    if v.gaz & CUES != 0 {
        gaz_bits(template::GAZ_NEXT, v.gaz & CUES, out);
    }
    cluster_near(super::CLUSTER_NEXT, v.cluster, v.coarse, out);
}

/// Two before.
fn as_prev2(v: &View, out: &mut Vec<u32>) {
    out.push(feat(template::WORD_PREV2, v.word));
    out.push(feat(template::TRIGGER_PREV2, u64::from(v.trigger)));
}

/// Two after.
fn as_next2(v: &View, out: &mut Vec<u32>) {
    out.push(feat(template::WORD_NEXT2, v.word));
}

/// The features of item `k` of `items` that depend on it alone.
fn own(items: &Items, k: usize, out: &mut Vec<u32>) {
    let cur = &items.items[k];
    let v = View::of(Some(cur), false);
    out.push(feat(template::BIAS, 0));
    out.push(feat(template::WORD, v.word));
    out.push(feat(template::STEM, v.stem));
    for &h in &cur.partial[..usize::from(cur.n_partial)] {
        out.push(feat(template::PARTIAL, h));
    }
    if cur.kind.is_word() {
        let key = items.key(k);
        affixes(key, cur.chars, template::PREFIX, template::SUFFIX, out);
        let stem_text = &key[usize::from(cur.stem_at)..];
        if cur.stem_at > 0 {
            affixes(
                stem_text,
                cur.stem_chars,
                template::STEM_PREFIX,
                template::STEM_SUFFIX,
                out,
            );
        }
        trigrams(stem_text, out);
    }
    out.push(feat(template::SHAPE, v.shape));
    out.push(feat(template::TRIGGER, u64::from(v.trigger)));
    out.push(feat(template::ARTICLE, u64::from(cur.article)));
    if cur.kind.is_word() {
        cluster_own(cur.cluster, cur.coarse, out);
    }
    if v.trigger != trigger::NONE {
        out.push(feat2(
            template::TRIGGER_ARTICLE,
            u64::from(v.trigger),
            v.article,
        ));
    }
    if v.gaz != 0 {
        gaz_bits(template::GAZ, v.gaz, out);
    }
}

/// Most features that [`joint`] makes for one position.
#[cfg(any(test, not(target_arch = "wasm32")))]
const MAX_JOINT_FEATURES: usize = 18;

/// The features of a position that depend on several tokens together or
/// on the position itself (at most [`MAX_JOINT_FEATURES`]).
fn joint(p: &View, c: &View, n: &View, first: bool, in_quote: bool, out: &mut impl FeatureSink) {
    out.put(feat2(template::BIGRAM_PREV, p.word, c.word));
    out.put(feat2(template::BIGRAM_NEXT, c.word, n.word));
    out.put(feat2(template::STEM_BIGRAM_PREV, p.stem, c.stem));
    out.put(feat2(template::STEM_BIGRAM_NEXT, c.stem, n.stem));
    out.put(feat2(template::SKIP, p.stem, n.stem));
    out.put(feat(
        template::SHAPE_TRIO,
        p.kind | c.kind << 8 | n.kind << 16,
    ));
    if p.trigger != trigger::NONE {
        out.put(feat2(
            template::TRIGGER_PREV_STEM,
            u64::from(p.trigger),
            c.stem,
        ));
    }
    for (k, (first_bit, later)) in [
        (bit::LOC_FIRST, bit::LOC_LATER),
        (bit::PERS_FIRST, bit::PERS_LATER),
        (bit::ORG_FIRST, bit::ORG_LATER),
    ]
    .into_iter()
    .enumerate()
    {
        if c.gaz & first_bit != 0 && n.gaz & later != 0 {
            out.put(feat2(template::GAZ_SEQ, k as u64, 0));
        }
        if c.gaz & later != 0 && p.gaz & (first_bit | later) != 0 {
            out.put(feat2(template::GAZ_SEQ, k as u64, 1));
        }
    }
    if first {
        out.put(feat(template::FIRST, 0));
    }
    out.put(feat2(
        template::SHAPE_ARTICLE_PREV_STEM,
        c.shape | c.article << 16,
        p.stem,
    ));
    out.put(feat2(
        template::GAZ_AROUND_KINDS,
        u64::from(c.gaz),
        p.kind | n.kind << 8,
    ));
    out.put(feat2(
        template::GAZ_PREV_NEXT,
        u64::from(p.gaz),
        u64::from(n.gaz),
    ));
    if in_quote {
        out.put(feat(template::IN_QUOTE, 0));
    }
}

/// The summed weights of the features that `f` writes.
fn sum(model: &Model, buf: &mut Vec<u32>, f: impl FnOnce(&mut Vec<u32>)) -> Partial {
    buf.clear();
    f(buf);
    model.partial(buf)
}

/// Adds `b` to `a`.
fn add(a: &mut Scores, b: &Scores) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Most word types kept across calls (about 3 MB at 200 bytes each): the
/// listed words and punctuation that news uses, the first to be met.
const KEPT_MAX: usize = 1 << 14;

#[cfg(not(target_arch = "wasm32"))]
/// Word types kept from one tagging call to the next: the items and parts
/// of the words that the caller said to keep (see [`Types::push`]: the
/// fixed word lists, so that what is kept does not depend on
/// which texts were analysed before, only how soon it is filled), made
/// with one `'static` model.
#[derive(Default)]
struct Kept {
    /// The model's address (a `'static` model is never freed, so no other
    /// model can take it).
    model: usize,
    /// Hash of a token text ([`text_hash`]) to its entry.
    index: FxHashMap<u64, u32>,
    /// Per kept type: where its text and then its key end in `texts`
    /// (each starts where the one before ends), its item and parts.
    types: Vec<(u32, u32, Item, Parts)>,
    /// The texts and keys of the kept types, one after another (one
    /// buffer, not an allocation per type).
    texts: String,
}

#[cfg(not(target_arch = "wasm32"))]
/// The hash of a token text that [`Kept`] files it under (the one the
/// crate's maps use).
#[inline(always)]
fn text_hash(text: &str) -> u64 {
    use std::hash::BuildHasher;
    std::hash::BuildHasherDefault::<crate::hash::FxHasher>::default().hash_one(text)
}

#[cfg(not(target_arch = "wasm32"))]
impl Kept {
    /// The key, item and parts of the token `text`, if kept.
    #[inline(always)]
    fn get(&self, text: &str) -> Option<(&str, &Item, &Parts)> {
        let k = *self.index.get(&text_hash(text))? as usize;
        let (text_end, key_end, it, parts) = self.types.get(k)?;
        let start = k.checked_sub(1).map_or(0, |j| self.types[j].1 as usize);
        let (text_end, key_end) = (*text_end as usize, *key_end as usize);
        // A different text of the same hash is not kept.
        let same = self.texts.as_bytes().get(start..text_end) == Some(text.as_bytes());
        Some((self.texts.get(text_end..key_end)?, it, parts)).filter(|_| same)
    }

    /// Keeps the token `text` with its key, item and parts (unless another
    /// text of the same hash is kept).
    fn insert(&mut self, text: &str, key: &str, it: Item, parts: Parts) {
        use std::collections::hash_map::Entry;
        if let Entry::Vacant(e) = self.index.entry(text_hash(text)) {
            e.insert(self.types.len() as u32);
            self.texts.push_str(text);
            let text_end = self.texts.len() as u32;
            self.texts.push_str(key);
            self.types
                .push((text_end, self.texts.len() as u32, it, parts));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The kept types of this thread, lent to one [`Types`] at a time.
    static KEPT: std::cell::RefCell<Kept> = std::cell::RefCell::default();
}

/// How many word types this thread keeps across calls.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn kept_types() -> usize {
    KEPT.with(|k| k.borrow().types.len())
}

/// The slot of a word type whose first token [`Types::push_typed`] has
/// not met yet.
pub(crate) const NOT_SEEN: u32 = u32::MAX;

/// The word types of the items being built, with their parts, for one
/// tagging call (borrowing the texts of its tokens).
pub(crate) struct Types<'m, 't> {
    model: &'m Model,
    /// Token text to type.
    index: FxHashMap<&'t str, u32>,
    /// Per type: its item (a copy for each token of the type) and parts.
    types: Vec<(Item, Parts)>,
    /// Per item of the [`Items`]: its type.
    of: Vec<u32>,
    /// The edges of the sentence as neighbours.
    edge: Parts,
    /// The edges' views: before the sentence and after it.
    before: View,
    after: View,
    buf: Vec<u32>,
    #[cfg(not(target_arch = "wasm32"))]
    /// The types kept across calls, while this borrows them (see
    /// [`Types::keep_across_calls`]).
    kept: Option<Kept>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for Types<'_, '_> {
    /// Gives the kept types back to the thread.
    fn drop(&mut self) {
        if let Some(kept) = self.kept.take() {
            KEPT.with(|k| *k.borrow_mut() = kept);
        }
    }
}

/// The buffers of a [`Types`], for the next one to reuse (see
/// [`Types::new_in`]): their room, not their contents.
#[derive(Default)]
pub(crate) struct TypeBuffers {
    types: Vec<(Item, Parts)>,
    of: Vec<u32>,
    buf: Vec<u32>,
}

impl<'m, 't> Types<'m, 't> {
    /// No types yet, scoring with `model`.
    #[cfg(any(test, feature = "train"))]
    pub fn new(model: &'m Model) -> Types<'m, 't> {
        Types::new_in(model, TypeBuffers::default())
    }

    /// [`Types::new`] in the buffers of an earlier one (see
    /// [`Types::into_buffers`]).
    pub fn new_in(model: &'m Model, buffers: TypeBuffers) -> Types<'m, 't> {
        let TypeBuffers {
            mut types,
            mut of,
            mut buf,
        } = buffers;
        types.clear();
        of.clear();
        let (before, after) = (View::of(None, true), View::of(None, false));
        let edge = Parts {
            // Unused: the edges' views are `before` and `after`.
            view: before,
            own: model.partial(&[]),
            prev: sum(model, &mut buf, |o| as_prev(&before, o)),
            next: sum(model, &mut buf, |o| as_next(&after, o)),
            prev2: sum(model, &mut buf, |o| as_prev2(&before, o)),
            next2: sum(model, &mut buf, |o| as_next2(&after, o)),
        };
        Types {
            model,
            index: FxHashMap::default(),
            types,
            of,
            edge,
            before,
            after,
            buf,
            #[cfg(not(target_arch = "wasm32"))]
            kept: None,
        }
    }

    /// The buffers, for the next [`Types`] to reuse.
    pub fn into_buffers(mut self) -> TypeBuffers {
        TypeBuffers {
            types: std::mem::take(&mut self.types),
            of: std::mem::take(&mut self.of),
            buf: std::mem::take(&mut self.buf),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// Makes the word types that [`Types::push`] is told to keep outlive
    /// this call, and takes those that earlier calls with the same model
    /// kept (a word type's item and parts depend on its text and the model
    /// only, so taking them changes no score).
    pub fn keep_across_calls(&mut self)
    where
        'm: 'static,
    {
        let mut kept = KEPT.with(|k| std::mem::take(&mut *k.borrow_mut()));
        let model = std::ptr::from_ref(self.model) as usize;
        if kept.model != model {
            // Room for the common words of the first few articles.
            const FIRST_ROOM: usize = 1024;
            kept = Kept {
                model,
                index: FxHashMap::with_capacity_and_hasher(FIRST_ROOM, Default::default()),
                types: Vec::with_capacity(FIRST_ROOM),
                texts: String::with_capacity(FIRST_ROOM * 16),
            };
        }
        self.kept = Some(kept);
    }

    /// Makes room for `n` more tokens in `items` and here.
    pub fn reserve(&mut self, items: &mut Items, n: usize) {
        items.items.reserve(n);
        // Keys are a few letters of two bytes.
        items.keys.reserve(n * 8);
        self.types.reserve(n);
        self.of.reserve(n);
    }

    /// Appends the item of the token `text` to `items` (which must have
    /// been built through this only): the same item as [`Items::push`].
    /// `key`: the key of `text` when known (see [`Items::push_keyed`]),
    /// asked only of a type new to this call and not kept. `keep`: asked
    /// once per type that is new to this call (natively, when types are
    /// kept), whether to keep it across calls (see
    /// [`Types::keep_across_calls`]); the same text must get the same answer.
    pub fn push(
        &mut self,
        items: &mut Items,
        text: &'t str,
        key: impl FnOnce() -> Option<&'t str>,
        keep: impl FnOnce() -> bool,
    ) {
        let t = match self.index.get(text) {
            Some(&t) => {
                items.items.push(self.types[t as usize].0);
                t
            }
            None => {
                let t = self.new_type(items, text, key, keep);
                self.index.insert(text, t);
                t
            }
        };
        self.of.push(t);
    }

    /// [`Types::push`] for a token whose word type the caller knows: `slot`
    /// is the type's own ([`NOT_SEEN`] until its first token is pushed,
    /// which sets it), shared by tokens of the same text only. No text is
    /// hashed for a type seen before.
    pub fn push_typed(
        &mut self,
        items: &mut Items,
        slot: &mut u32,
        text: &'t str,
        key: impl FnOnce() -> Option<&'t str>,
        keep: impl FnOnce() -> bool,
    ) {
        if *slot == NOT_SEEN {
            *slot = self.new_type(items, text, key, keep);
        } else {
            items.items.push(self.types[*slot as usize].0);
        }
        self.of.push(*slot);
    }

    /// Appends the item of `text`, a type new to this call, to `items` and
    /// makes its type (or takes the one kept across calls); returns it.
    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    fn new_type(
        &mut self,
        items: &mut Items,
        text: &'t str,
        key: impl FnOnce() -> Option<&'t str>,
        keep: impl FnOnce() -> bool,
    ) -> u32 {
        let model = self.model;
        let (types, buf) = (&mut self.types, &mut self.buf);
        let t = types.len() as u32;
        // Only the types that `keep` says to keep are ever kept, and a
        // text always gets the same answer: a type it does not keep is
        // made here without looking for it among the kept ones (most
        // types new to a call are names, kept by no call).
        #[cfg(not(target_arch = "wasm32"))]
        let keep = self.kept.is_some() && keep();
        #[cfg(not(target_arch = "wasm32"))]
        if let Some((key, it, parts)) = self
            .kept
            .as_ref()
            .filter(|_| keep)
            .and_then(|k| k.get(text))
        {
            // Its key goes where a new one would, so that the item
            // is the one made here.
            let start = items.keys.len();
            items.keys.push_str(key);
            let it = Item {
                key: (start as u32, items.keys.len() as u32),
                ..*it
            };
            items.items.push(it);
            types.push((it, *parts));
            return t;
        }
        items.push_keyed(text, key());
        let k = items.items.len() - 1;
        let it = items.items[k];
        let (b, a) = (View::of(Some(&it), true), View::of(Some(&it), false));
        let parts = Parts {
            view: b,
            own: sum(model, buf, |o| own(items, k, o)),
            prev: sum(model, buf, |o| as_prev(&b, o)),
            next: sum(model, buf, |o| as_next(&a, o)),
            prev2: sum(model, buf, |o| as_prev2(&b, o)),
            next2: sum(model, buf, |o| as_next2(&a, o)),
        };
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(kept) = &mut self.kept {
            if keep && kept.types.len() < KEPT_MAX {
                kept.insert(text, items.key(k), it, parts);
            }
        }
        types.push((it, parts));
        t
    }

    /// Adds the first-pass scores of the positions of sentence `range` of
    /// the items pushed (item indices) to `scores` (one per position),
    /// given the quote parity of its items: what [`position_features`] and
    /// [`Model::add_scores`] give.
    pub fn first_pass(&mut self, range: Range<usize>, in_quote: &[bool], scores: &mut [Scores]) {
        let of = &self.of[range];
        let n = of.len();
        let (model, edge, types, buf) = (self.model, &self.edge, &self.types, &mut self.buf);
        let parts_of = |j: usize| &types[of[j] as usize].1;
        for (i, s) in scores.iter_mut().enumerate().take(n) {
            let own = &parts_of(i).own;
            let prev = if i >= 1 {
                &parts_of(i - 1).prev
            } else {
                &edge.prev
            };
            let prev2 = if i >= 2 {
                &parts_of(i - 2).prev2
            } else {
                &edge.prev2
            };
            let next = if i + 1 < n {
                &parts_of(i + 1).next
            } else {
                &edge.next
            };
            let next2 = if i + 2 < n {
                &parts_of(i + 2).next2
            } else {
                &edge.next2
            };
            let p = if i >= 1 {
                &parts_of(i - 1).view
            } else {
                &self.before
            };
            let x = if i + 1 < n {
                &parts_of(i + 1).view
            } else {
                &self.after
            };
            let parts = [own, prev, prev2, next, next2];
            // Natively the joint features' weights are summed as they are
            // made, with the parts' sums.
            #[cfg(not(target_arch = "wasm32"))]
            if let Some(mut sum) = model.row_sum(&parts, MAX_JOINT_FEATURES) {
                joint(p, &parts_of(i).view, x, i == 0, in_quote[i], &mut sum);
                sum.finish(s);
                continue;
            }
            buf.clear();
            joint(p, &parts_of(i).view, x, i == 0, in_quote[i], buf);
            model.add_partials(&parts, buf, s);
        }
    }
}

/// Values of a class + 1 in memory codes (0: none; classes 1 to 4).
#[cfg(not(target_arch = "wasm32"))]
const CLASS_VALUES: usize = 5;

/// Entries of the table of the first pass's classes: one per class of the
/// word and of each neighbour.
#[cfg(not(target_arch = "wasm32"))]
const STACKED_ENTRIES: usize = CLASS_VALUES * CLASS_VALUES * CLASS_VALUES;

/// The index in the tables of three classes + 1 (each below
/// [`CLASS_VALUES`]).
#[cfg(not(target_arch = "wasm32"))]
fn class_index([a, b, c]: [u8; 3]) -> usize {
    (usize::from(a) * CLASS_VALUES + usize::from(b)) * CLASS_VALUES + usize::from(c)
}

/// The classes + 1 `[a, b, c]` of a table index.
#[cfg(not(target_arch = "wasm32"))]
fn index_classes(k: usize) -> [u8; 3] {
    let c = |v: usize| (v % CLASS_VALUES) as u8;
    [
        c(k / CLASS_VALUES / CLASS_VALUES),
        c(k / CLASS_VALUES),
        c(k),
    ]
}

/// What [`memory_features`] makes of a position's memory window is the
/// sum of two parts of few values each: the first pass's classes there
/// ([`stacked_features`]) and what nearby sentences remember
/// ([`remembered_features`]). Their scores for every value, worked out
/// once per model (375 sums). Natively only: in the browser build they
/// cost 1.1 KB gzip, and windows are memoised per call instead.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone)]
pub(crate) struct MemoryTables {
    /// By [`class_index`] of the classes before, at and after a position.
    stacked: Vec<Scores>,
    /// By [`class_index`] of the word's and its neighbours' remembered
    /// classes, not repeated, then repeated.
    remembered: Vec<Scores>,
}

#[cfg(not(target_arch = "wasm32"))]
impl MemoryTables {
    fn build(model: &Model) -> MemoryTables {
        let mut buf = Vec::new();
        let mut stacked = Vec::with_capacity(STACKED_ENTRIES);
        let mut remembered = Vec::with_capacity(2 * STACKED_ENTRIES);
        for k in 0..STACKED_ENTRIES {
            let classes = index_classes(k);
            stacked.push(scores_of(model, &mut buf, |o| {
                stacked_features(classes, o);
            }));
        }
        for repeated in [0, REPEATED] {
            for k in 0..STACKED_ENTRIES {
                let [class, prev, next] = index_classes(k);
                remembered.push(scores_of(model, &mut buf, |o| {
                    remembered_features(class | repeated, prev, next, o);
                }));
            }
        }
        MemoryTables {
            stacked,
            remembered,
        }
    }

    /// Adds the scores of the memory codes `window` (before, at and after
    /// a position) to `scores`, and returns true; or false when a code
    /// holds a value the tables have no room for (none that the tagger
    /// makes).
    fn add(&self, window: [u8; 3], scores: &mut Scores) -> bool {
        let own = window.map(own_class);
        let here = remembered(window[1]);
        let [prev, next] = [window[0], window[2]].map(|c| remembered(c) & !REPEATED);
        let class = here & !REPEATED;
        if own
            .into_iter()
            .chain([prev, next, class])
            .any(|v| usize::from(v) >= CLASS_VALUES)
        {
            return false;
        }
        let repeated = usize::from(here & REPEATED != 0) * STACKED_ENTRIES;
        add(scores, &self.stacked[class_index(own)]);
        add(
            scores,
            &self.remembered[repeated + class_index([class, prev, next])],
        );
        true
    }
}

/// The weights of the features that `f` writes, summed.
fn scores_of(model: &Model, buf: &mut Vec<u32>, f: impl FnOnce(&mut Vec<u32>)) -> Scores {
    buf.clear();
    f(buf);
    let mut s = [0; N_TAGS];
    model.add_scores(buf, &mut s);
    s
}

/// The second-pass scores of positions from their memory codes: natively
/// from the model's [`MemoryTables`]; else (and for a window of codes the
/// tables have no room for) memoised by the codes of the position and its
/// two neighbours, all that [`memory_features`] reads.
pub(crate) struct MemoryScores<'m> {
    #[cfg(not(target_arch = "wasm32"))]
    tables: &'m MemoryTables,
    #[cfg(target_arch = "wasm32")]
    tables: std::marker::PhantomData<&'m Model>,
    memo: FxHashMap<u32, Scores>,
    /// The scores of a position with no memory around it (most of them),
    /// kept out of the map.
    none: Option<Scores>,
    buf: Vec<u32>,
}

impl<'m> MemoryScores<'m> {
    pub fn new(model: &'m Model) -> MemoryScores<'m> {
        #[cfg(target_arch = "wasm32")]
        let _ = model;
        MemoryScores {
            #[cfg(not(target_arch = "wasm32"))]
            tables: model.memory_tables(MemoryTables::build),
            #[cfg(target_arch = "wasm32")]
            tables: std::marker::PhantomData,
            memo: FxHashMap::default(),
            none: None,
            buf: Vec::new(),
        }
    }

    /// Adds the second-pass scores of position `i` of a sentence with
    /// memory codes `memory` to `scores`: what [`memory_features`] and
    /// [`Model::add_scores`] give.
    pub fn add(&mut self, model: &Model, memory: &[u8], i: usize, scores: &mut Scores) {
        let code = |j: Option<usize>| j.and_then(|j| memory.get(j)).copied();
        let window = [
            code(i.checked_sub(1)).unwrap_or(NO_MEMORY),
            code(Some(i)).unwrap_or(NO_MEMORY),
            code(Some(i + 1)).unwrap_or(NO_MEMORY),
        ];
        let key = u32::from_le_bytes([window[0], window[1], window[2], 0]);
        let buf = &mut self.buf;
        let score = || scores_of(model, buf, |o| memory_features(&window, 1, o));
        let s = if window == [NO_MEMORY; 3] {
            self.none.get_or_insert_with(score)
        } else {
            self.memo.entry(key).or_insert_with(score)
        };
        add(scores, s);
    }

    /// [`MemoryScores::add`] for every position of a sentence: `memory`
    /// and `scores` hold one entry per position. A position with no
    /// memory around it (most of them) adds the one vector for that
    /// without building a key.
    pub fn add_sentence(&mut self, model: &Model, memory: &[u8], scores: &mut [Scores]) {
        let n = memory.len().min(scores.len());
        if n == 0 {
            return;
        }
        let none = match self.none {
            Some(s) => s,
            None => {
                let mut s = [0; N_TAGS];
                self.add(model, &[NO_MEMORY], 0, &mut s);
                s
            }
        };
        let (mut prev, mut cur) = (NO_MEMORY, memory[0]);
        for i in 0..n {
            let next = if i + 1 < n { memory[i + 1] } else { NO_MEMORY };
            let window = [prev, cur, next];
            if window == [NO_MEMORY; 3] {
                add(&mut scores[i], &none);
            } else {
                #[cfg(not(target_arch = "wasm32"))]
                let tabled = self.tables.add(window, &mut scores[i]);
                #[cfg(target_arch = "wasm32")]
                let tabled = false;
                if !tabled {
                    // The window of `add`: the previous code (if any) on.
                    let from = i.saturating_sub(1);
                    self.add(model, &memory[from..n], i - from, &mut scores[i]);
                }
            }
            (prev, cur) = (cur, next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{position_features, quote_parity};
    use super::*;
    use crate::tagger::known_key;
    use crate::text::document::Document;

    /// The first-pass scores of every item of `text` (sentence by
    /// sentence), through [`Types`] and through [`position_features`],
    /// with the items each way built.
    fn both_ways(text: &str) -> (Vec<Scores>, Vec<Scores>) {
        let model = crate::tagger::model().expect("shipped model");
        let doc = Document::new(text);
        let (mut fast, mut plain) = (Items::default(), Items::default());
        let mut types = Types::new(model);
        let mut ranges = Vec::new();
        // Tokens of the document's word types, as the tagger pushes them,
        // but every third token by its text (as the virtual stop is).
        let word_types = doc.word_types(0..doc.tokens.len());
        let mut slots = vec![NOT_SEEN; doc.tokens.len()];
        for s in &doc.sentences {
            let lo = fast.items.len();
            for k in s.clone() {
                let (text, key) = (doc.word(k), || known_key(&doc, k));
                if k % 3 == 0 {
                    types.push(&mut fast, text, key, || false);
                } else {
                    let slot = &mut slots[word_types[k] as usize];
                    types.push_typed(&mut fast, slot, text, key, || false);
                }
                plain.push(doc.word(k));
            }
            ranges.push(lo..fast.items.len());
        }
        // The same items, whether built or copied from an earlier token
        // (whose key is where that token's is).
        let without_key = |items: &Items| -> Vec<String> {
            (0..items.items.len())
                .map(|k| {
                    let it = Item {
                        key: (0, 0),
                        ..items.items[k]
                    };
                    format!("{} {it:?}", items.key(k))
                })
                .collect()
        };
        assert_eq!(without_key(&fast), without_key(&plain));
        let n = fast.items.len();
        let (mut got, mut want) = (vec![[0; N_TAGS]; n], vec![[0; N_TAGS]; n]);
        let mut quote = Vec::new();
        let mut feats = Vec::new();
        for r in ranges {
            quote_parity(&plain.items[r.clone()], &mut quote);
            types.first_pass(r.clone(), &quote, &mut got[r.clone()]);
            for (i, &q) in quote.iter().enumerate() {
                feats.clear();
                position_features(&plain, r.clone(), i, q, &mut feats);
                model.add_scores(&feats, &mut want[r.start + i]);
            }
        }
        (got, want)
    }

    #[test]
    fn joint_features_are_at_most_the_bound() {
        // The most features a position can have: every lexicon bit on all
        // three tokens, a trigger before, the first position, in a quote.
        let full = View {
            trigger: 1,
            gaz: u16::MAX,
            ..View::of(None, true)
        };
        let mut out = Vec::new();
        joint(&full, &full, &full, true, true, &mut out);
        assert_eq!(out.len(), MAX_JOINT_FEATURES);
        let mut plain = Vec::new();
        let none = View::of(None, false);
        joint(&none, &none, &none, false, false, &mut plain);
        assert!(plain.len() < out.len());
    }

    #[test]
    fn memoised_memory_scores_are_the_memory_features() {
        let model = crate::tagger::model().expect("shipped model");
        // Memory codes as the second pass makes them: nothing, a class
        // (repeated or not), the word's own first-pass class.
        let mut codes: Vec<u8> = [0u8, 1, 2, 3, 4, 0x11, 0x14]
            .iter()
            .flat_map(|&c| (0..=4u8).map(move |own| c | own << 5))
            .collect();
        // Codes the tagger never makes, beyond the tables (memoised whole).
        codes.extend([0x0F, 0x1F, 0xE0, 0xFF]);
        let mut memo = MemoryScores::new(model);
        let mut state = 0x2545_F491_u32;
        let mut next = || {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 8) as usize
        };
        let mut feats = Vec::new();
        // A fresh memo for whole sentences, so that its first sentence
        // finds no scores made yet.
        let mut by_sentence = MemoryScores::new(model);
        for round in 0..300 {
            let len = 1 + next() % 6;
            // Sentences with no memory at all, which `add_sentence` adds
            // without a key, now and then.
            let memory: Vec<u8> = (0..len)
                .map(|_| match round % 4 {
                    0 => NO_MEMORY,
                    _ => codes[next() % codes.len()],
                })
                .collect();
            let mut wants = Vec::new();
            for i in 0..len {
                let mut got = [0; N_TAGS];
                memo.add(model, &memory, i, &mut got);
                feats.clear();
                memory_features(&memory, i, &mut feats);
                let mut want = [0; N_TAGS];
                model.add_scores(&feats, &mut want);
                assert_eq!(got, want, "{memory:?} at {i}");
                wants.push(want);
            }
            let mut got = vec![[0; N_TAGS]; len];
            by_sentence.add_sentence(model, &memory, &mut got);
            assert_eq!(got, wants, "{memory:?} by sentence");
        }
    }

    #[test]
    fn type_parts_sum_to_the_position_features() {
        struct Case {
            name: &'static str,
            text: &'static str,
        }
        let cases = [
            Case {
                name: "seed article",
                text: include_str!("../../../tests/fixtures/seed.ar.txt"),
            },
            Case {
                name: "English sample",
                text: include_str!("../../../tests/fixtures/sample.en.txt"),
            },
            Case {
                name: "short sentences, quotes, clitics, numbers",
                text: "قال. «ماكرون» قال: \"لا\" وقال والرئيس للرئيس بالرئيس (AP) 1,000 ١٠٠٠ Macron said… ،،، ؟\n\nباريس\u{200F} د. عبد الله بن سلمان",
            },
            Case {
                name: "head nouns with and without the article",
                text: "قالت وزارة الخارجية إن الوزارة الأمريكية وشركة فولكسفاغن والشركة",
            },
            Case {
                name: "one word",
                text: "ماكرون",
            },
            Case {
                name: "empty",
                text: "",
            },
        ];
        for c in cases {
            let (got, want) = both_ways(c.text);
            assert_eq!(got, want, "{}", c.name);
        }
    }
}
