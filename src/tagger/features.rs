//! Feature extraction for the name tagger, shared by inference and the
//! trainer so that both see exactly the same hashed features.
//!
//! Nothing here allocates per token: the normalised keys of a sentence's
//! words go into one shared buffer, each word's strings (key, clitic-peeled
//! forms) are hashed once to 64 bits, affixes and letter trigrams are packed
//! from character codes, and a feature is a template seed mixed with those
//! values into 32 bits. All arithmetic is explicit 64-bit and byte order is
//! fixed, so the hashes are the same on every platform and in wasm.

use super::clusters;
use super::gazetteer::{self, bit};
use crate::text::normalize::{is_arabic_letter, push_key};
use crate::text::token::QuoteMark;
#[cfg(any(test, feature = "train"))]
use std::ops::Range;

mod cached;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use cached::kept_types;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use cached::MemoryTables;
pub(crate) use cached::{MemoryScores, TypeBuffers, Types, NOT_SEEN};

/// What kind of token an item is, decided from its text alone so that the
/// ANERcorp tokens and the crate's tokens are classified the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Arabic-script word.
    Arabic,
    /// Latin (or other script) word starting with a lower-case letter.
    LatinLower,
    /// Latin (or other script) word starting with an upper-case letter.
    LatinUpper,
    /// Digits only (with separators).
    Number,
    /// A quotation mark of any style.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

impl Kind {
    fn code(self) -> u8 {
        match self {
            Kind::Arabic => b'A',
            Kind::LatinLower => b'l',
            Kind::LatinUpper => b'L',
            Kind::Number => b'D',
            Kind::Quote => b'Q',
            Kind::Punct => b'P',
        }
    }

    /// True for words (names are made of these).
    pub fn is_word(self) -> bool {
        matches!(self, Kind::Arabic | Kind::LatinLower | Kind::LatinUpper)
    }
}

/// Trigger classes: words that announce a name next to them.
pub(crate) mod trigger {
    /// Not a trigger word.
    pub const NONE: u8 = 0;
    /// Person title or role (الرئيس، وزير، الشيخ).
    pub const TITLE: u8 = 1;
    /// Verb of saying (قال، أعلن).
    pub const SPEECH: u8 = 2;
    /// Head noun of an organisation name (وزارة، شركة، جامعة).
    pub const ORG: u8 = 3;
    /// Head noun of a place name (مدينة، ولاية، جزيرة).
    pub const LOC: u8 = 4;
    /// Word of kinship inside names (بن، ابو، عبد).
    pub const NAME_PART: u8 = 5;
}

/// Trigger words as written; a word matches when it or one of its
/// clitic-peeled forms equals the entry without its article, so `الرئيس`,
/// `والرئيس` and `للرئيس` all match `الرئيس`.
pub(crate) const TRIGGERS: &[(&str, u8)] = &[
    // Titles and roles.
    ("الرئيس", trigger::TITLE),
    ("رئيسة", trigger::TITLE),
    ("وزير", trigger::TITLE),
    ("وزيرة", trigger::TITLE),
    ("السيد", trigger::TITLE),
    ("السيدة", trigger::TITLE),
    ("الشيخ", trigger::TITLE),
    ("الملك", trigger::TITLE),
    ("الملكة", trigger::TITLE),
    ("الأمير", trigger::TITLE),
    ("الأميرة", trigger::TITLE),
    ("الدكتور", trigger::TITLE),
    ("د", trigger::TITLE),
    ("النائب", trigger::TITLE),
    ("السفير", trigger::TITLE),
    ("المتحدث", trigger::TITLE),
    ("الناطق", trigger::TITLE),
    ("الجنرال", trigger::TITLE),
    ("العقيد", trigger::TITLE),
    ("اللواء", trigger::TITLE),
    ("العميد", trigger::TITLE),
    ("الزعيم", trigger::TITLE),
    ("الأمين", trigger::TITLE),
    ("قائد", trigger::TITLE),
    ("المستشار", trigger::TITLE),
    ("المدير", trigger::TITLE),
    ("المدرب", trigger::TITLE),
    ("اللاعب", trigger::TITLE),
    ("الكاتب", trigger::TITLE),
    ("الفنان", trigger::TITLE),
    ("الفنانة", trigger::TITLE),
    ("الممثل", trigger::TITLE),
    ("المطرب", trigger::TITLE),
    ("الشاعر", trigger::TITLE),
    ("الإمام", trigger::TITLE),
    ("البابا", trigger::TITLE),
    ("المرشح", trigger::TITLE),
    ("المبعوث", trigger::TITLE),
    ("المفوض", trigger::TITLE),
    ("الأستاذ", trigger::TITLE),
    ("الحاج", trigger::TITLE),
    ("سمو", trigger::TITLE),
    ("السلطان", trigger::TITLE),
    ("المستشارة", trigger::TITLE),
    ("مساعد", trigger::TITLE),
    ("نائب", trigger::TITLE),
    ("زعيم", trigger::TITLE),
    ("مراسل", trigger::TITLE),
    // Verbs of saying.
    ("قال", trigger::SPEECH),
    ("قالت", trigger::SPEECH),
    ("يقول", trigger::SPEECH),
    ("تقول", trigger::SPEECH),
    ("أعلن", trigger::SPEECH),
    ("أعلنت", trigger::SPEECH),
    ("أكد", trigger::SPEECH),
    ("أكدت", trigger::SPEECH),
    ("أضاف", trigger::SPEECH),
    ("أضافت", trigger::SPEECH),
    ("صرح", trigger::SPEECH),
    ("أشار", trigger::SPEECH),
    ("أشارت", trigger::SPEECH),
    ("أوضح", trigger::SPEECH),
    ("أوضحت", trigger::SPEECH),
    ("ذكر", trigger::SPEECH),
    ("ذكرت", trigger::SPEECH),
    ("نقل", trigger::SPEECH),
    ("اعتبر", trigger::SPEECH),
    ("دعا", trigger::SPEECH),
    ("طالب", trigger::SPEECH),
    ("التقى", trigger::SPEECH),
    ("استقبل", trigger::SPEECH),
    // Organisation heads.
    ("هيئة", trigger::ORG),
    ("وزارة", trigger::ORG),
    ("شركة", trigger::ORG),
    ("منظمة", trigger::ORG),
    ("جامعة", trigger::ORG),
    ("حزب", trigger::ORG),
    ("حركة", trigger::ORG),
    ("مجلس", trigger::ORG),
    ("اتحاد", trigger::ORG),
    ("وكالة", trigger::ORG),
    ("صحيفة", trigger::ORG),
    ("جريدة", trigger::ORG),
    ("مجلة", trigger::ORG),
    ("قناة", trigger::ORG),
    ("بنك", trigger::ORG),
    ("مصرف", trigger::ORG),
    ("مؤسسة", trigger::ORG),
    ("جمعية", trigger::ORG),
    ("لجنة", trigger::ORG),
    ("جبهة", trigger::ORG),
    ("نادي", trigger::ORG),
    ("منتخب", trigger::ORG),
    ("محكمة", trigger::ORG),
    ("مجموعة", trigger::ORG),
    ("مركز", trigger::ORG),
    ("معهد", trigger::ORG),
    ("برلمان", trigger::ORG),
    ("جيش", trigger::ORG),
    ("الأمم", trigger::ORG),
    ("رابطة", trigger::ORG),
    ("تحالف", trigger::ORG),
    ("اتحادية", trigger::ORG),
    ("صندوق", trigger::ORG),
    ("إذاعة", trigger::ORG),
    ("تلفزيون", trigger::ORG),
    ("حكومة", trigger::ORG),
    // Place heads.
    ("مدينة", trigger::LOC),
    ("عاصمة", trigger::LOC),
    ("بلدة", trigger::LOC),
    ("قرية", trigger::LOC),
    ("محافظة", trigger::LOC),
    ("ولاية", trigger::LOC),
    ("إقليم", trigger::LOC),
    ("منطقة", trigger::LOC),
    ("جزيرة", trigger::LOC),
    ("جزر", trigger::LOC),
    ("نهر", trigger::LOC),
    ("بحر", trigger::LOC),
    ("جبل", trigger::LOC),
    ("مطار", trigger::LOC),
    ("مخيم", trigger::LOC),
    ("شمال", trigger::LOC),
    ("جنوب", trigger::LOC),
    ("شرق", trigger::LOC),
    ("غرب", trigger::LOC),
    ("دولة", trigger::LOC),
    ("بلاد", trigger::LOC),
    ("عاصمتها", trigger::LOC),
    ("حي", trigger::LOC),
    ("شارع", trigger::LOC),
    // Parts of personal names.
    ("بن", trigger::NAME_PART),
    ("ابن", trigger::NAME_PART),
    ("أبو", trigger::NAME_PART),
    ("أبي", trigger::NAME_PART),
    ("أبا", trigger::NAME_PART),
    ("عبد", trigger::NAME_PART),
    ("أم", trigger::NAME_PART),
    ("آل", trigger::NAME_PART),
];

/// The trigger words as (hash of the clitic-stripped key, class), for the
/// gazetteer table that also holds them.
pub(crate) fn trigger_words() -> impl Iterator<Item = (u64, u8)> {
    TRIGGERS.iter().map(|&(w, c)| {
        let mut k = String::new();
        push_key(w, &mut k);
        let bare = match k.strip_prefix("ال") {
            Some(rest) if rest.chars().count() >= MIN_STEM_CHARS => rest,
            _ => &k,
        };
        (hash_str(bare.as_bytes()), c)
    })
}

/// Letters a word must keep after a clitic is peeled off, so that short
/// words (and names that merely start with the letter) are left alone.
const MIN_STEM_CHARS: usize = 3;

/// At most: the word, after the conjunction, after the preposition, after
/// the article.
const MAX_STAGES: usize = 4;

/// Byte offsets into a key after each clitic peeled off (see
/// [`strip_stages`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stages {
    at: [u8; MAX_STAGES],
    n: u8,
}

impl Stages {
    fn push(&mut self, at: usize) {
        // Offsets are at most 4 Arabic letters (8 bytes) in.
        self.at[usize::from(self.n)] = at as u8;
        self.n += 1;
    }
    /// The offsets, starting with 0.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.at[..usize::from(self.n)]
            .iter()
            .map(|&a| usize::from(a))
    }
    /// Where the clitic-stripped stem starts.
    pub fn stem(&self) -> usize {
        usize::from(self.at[usize::from(self.n) - 1])
    }
}

/// Byte offset in `key` where its clitic-stripped stem starts (the last of
/// [`strip_stages`]).
#[cfg(test)]
pub(crate) fn stem_start(key: &str) -> usize {
    strip_stages(key).stem()
}

/// Offsets in `key` after each clitic peeled off, starting with 0: a
/// conjunction (و ف), then a preposition (ب ك ل), then the article (ال, or
/// ل after ل as in للرئيس), each only when at least [`MIN_STEM_CHARS`]
/// letters remain. Peeling is greedy, so a name that merely starts with one
/// of these letters loses it too; the unpeeled forms are features as well.
pub(crate) fn strip_stages(key: &str) -> Stages {
    // Only a key that starts with a clitic (or the article) loses one;
    // only then are its characters counted, and once rather than at each
    // stage (the gazetteer strips every word of the lexicons: a start-up
    // cost).
    if !(key.starts_with(PEELED_CONJUNCTIONS)
        || key.starts_with(PEELED_PREPOSITIONS)
        || key.starts_with(PEELED_ARTICLE))
    {
        return Stages {
            at: [0; MAX_STAGES],
            n: 1,
        };
    }
    strip_stages_of(key, key.chars().count())
}

/// What [`stages`] peels, in its order: a conjunction, a preposition,
/// the article.
const PEELED_CONJUNCTIONS: [char; 2] = ['و', 'ف'];
/// See [`PEELED_CONJUNCTIONS`].
const PEELED_PREPOSITIONS: [char; 3] = ['ب', 'ك', 'ل'];
/// See [`PEELED_CONJUNCTIONS`].
const PEELED_ARTICLE: &str = "ال";

/// Arabic letters peeled by [`strip_stages`] are all 2 bytes in UTF-8.
const LETTER: usize = 2;

/// [`strip_stages`] of a key of `n` characters, which are not counted again.
// Inlined into the tagger's per-word loop (a call there costs more than it
// saves: measured).
#[inline(always)]
pub(crate) fn strip_stages_of(key: &str, n: usize) -> Stages {
    // Only whole letters are peeled: `at` bytes in, `at / LETTER`
    // characters are gone.
    stages(key, |at| n - at / LETTER)
}

/// [`strip_stages`] with `chars(at)` the number of characters of
/// `key[at..]`.
#[inline(always)]
fn stages(key: &str, chars: impl Fn(usize) -> usize) -> Stages {
    let mut stages = Stages {
        at: [0; MAX_STAGES],
        n: 1,
    };
    let mut at = 0;
    if key.starts_with(PEELED_CONJUNCTIONS) && chars(at) > MIN_STEM_CHARS {
        at += LETTER;
        stages.push(at);
    }
    let mut prep_lam = false;
    if key[at..].starts_with(PEELED_PREPOSITIONS) && chars(at) > MIN_STEM_CHARS {
        prep_lam = key[at..].starts_with('ل');
        at += LETTER;
        stages.push(at);
    }
    if key[at..].starts_with(PEELED_ARTICLE) && chars(at) >= MIN_STEM_CHARS + 2 {
        stages.push(at + 2 * LETTER);
    } else if prep_lam && key[at..].starts_with('ل') && chars(at) > MIN_STEM_CHARS {
        stages.push(at + LETTER);
    }
    stages
}

/// Most partly peeled forms between a word and its stem.
const MAX_PARTIAL: usize = MAX_STAGES - 2;

/// One token as the tagger sees it: hashes and offsets into the key buffer
/// of its [`Items`], no strings of its own.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    /// Normalised key (for punctuation: the character itself), as a byte
    /// range of the shared key buffer.
    key: (u32, u32),
    /// Byte offset of the clitic-stripped stem in the key.
    stem_at: u8,
    /// Token kind.
    pub kind: Kind,
    /// Trigger class of the stem.
    pub trigger: u8,
    /// True when the word carries the article (ال، وال، بال، لل ...).
    pub article: bool,
    /// Characters in the key.
    chars: u32,
    /// Characters in the stem.
    pub stem_chars: u32,
    /// Hash of the key.
    word: u64,
    /// Hash of the stem (memory is keyed by it).
    pub stem: u64,
    /// Hashes of the partly peeled forms between the word and its stem.
    partial: [u64; MAX_PARTIAL],
    n_partial: u8,
    /// What the project's lexicons say of the word (see [`gazetteer::bit`]).
    pub gaz: u16,
    /// The word's cluster (see [`clusters`]: [`clusters::RARE`] for a
    /// word not listed, [`clusters::NONE`] for no word or no table) and its
    /// coarse cluster.
    pub cluster: u8,
    pub coarse: u8,
}

/// The items of one or more sentences with their keys in one buffer, so
/// building them allocates nothing per token once the buffers have grown.
#[derive(Debug, Default)]
pub(crate) struct Items {
    /// All items in order.
    pub items: Vec<Item>,
    keys: String,
}

impl Items {
    /// No items, the buffers kept.
    pub fn clear(&mut self) {
        self.items.clear();
        self.keys.clear();
    }

    /// Appends the item of a token text.
    #[cfg(any(test, feature = "train"))]
    pub fn push(&mut self, text: &str) {
        self.push_keyed(text, None);
    }

    /// [`Items::push`]; `key` is the key of `text` (see [`push_key`])
    /// when the caller has it already, so it is copied without normalising.
    pub fn push_keyed(&mut self, text: &str, key: Option<&str>) {
        let start = self.keys.len();
        match key {
            Some(k) => self.keys.push_str(k),
            None => push_key(text, &mut self.keys),
        }
        let k = &self.keys[start..];
        let kind = kind_of(text);
        let chars = k.chars().count();
        let mut item = Item {
            key: (start as u32, self.keys.len() as u32),
            stem_at: 0,
            kind,
            trigger: trigger::NONE,
            article: false,
            chars: chars as u32,
            stem_chars: 0,
            word: hash_str(k.as_bytes()),
            stem: 0,
            partial: [0; MAX_PARTIAL],
            n_partial: 0,
            gaz: 0,
            cluster: clusters::NONE,
            coarse: clusters::NONE,
        };
        item.stem = item.word;
        item.stem_chars = item.chars;
        if kind == Kind::Arabic {
            // Each clitic-peeled form is looked up once: trigger class (the
            // first form that has one) and gazetteer bits (all forms).
            let stages = strip_stages_of(k, chars);
            let stem = stages.stem();
            for at in stages.offsets() {
                let h = if at == 0 {
                    item.word
                } else {
                    hash_str(&k.as_bytes()[at..])
                };
                let found = gazetteer::lookup(h);
                if item.trigger == trigger::NONE {
                    item.trigger = found.trigger;
                }
                item.gaz |= found.gaz;
                if at == stem {
                    item.stem = h;
                } else if at != 0 {
                    item.partial[usize::from(item.n_partial)] = h;
                    item.n_partial += 1;
                }
            }
            item.stem_at = stem as u8;
            // The peeled letters are two bytes each (see strip_stages_of).
            item.stem_chars = (chars - stem / LETTER) as u32;
            item.article = k[..stem].ends_with("ال") || k[..stem].ends_with("لل");
        } else if kind.is_word() {
            item.gaz = gazetteer::lookup(item.word).gaz;
        }
        if kind.is_word() {
            let table = clusters::table();
            item.cluster = table.of(item.stem);
            item.coarse = table.coarse(item.cluster);
        }
        self.items.push(item);
    }

    /// The key of item `i`.
    pub fn key(&self, i: usize) -> &str {
        let (s, e) = self.items[i].key;
        &self.keys[s as usize..e as usize]
    }

    /// The clitic-stripped stem of item `i`.
    #[cfg(test)]
    pub fn stem(&self, i: usize) -> &str {
        &self.key(i)[usize::from(self.items[i].stem_at)..]
    }
}

/// Classifies a token text.
pub(crate) fn kind_of(text: &str) -> Kind {
    // The first letter decides; the common letters are tested without the
    // Unicode tables.
    let first_alpha = text.chars().find(|&c| match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    });
    match first_alpha {
        Some(c) if is_arabic_letter(c) => Kind::Arabic,
        Some(c) if c.is_uppercase() => Kind::LatinUpper,
        Some(_) => Kind::LatinLower,
        None if text.chars().any(|c| c.is_numeric()) => Kind::Number,
        None if text.chars().count() == 1 && text.chars().all(|c| QuoteMark::of(c).is_some()) => {
            Kind::Quote
        }
        None if text == "''" || text == "``" => Kind::Quote,
        None => Kind::Punct,
    }
}

/// Multiplier of the word hash (FxHash's).
const FX: u64 = 0x517c_c1b7_2722_0a95;
/// Spreads template ids into seeds (2^64 / golden ratio).
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step of the word hash: mixes a 64-bit value into `h`.
fn fx(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(FX)
}

/// 64-bit hash of a string, eight bytes (little-endian) at a time, then its
/// length (so that zero padding is not ambiguous).
pub(crate) fn hash_str(s: &[u8]) -> u64 {
    let mut chunks = s.chunks_exact(8);
    let mut h = 0;
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = fx(h, u64::from_le_bytes(b));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The same zero-padded word as a copy into eight zeros, without
        // the call to `memcpy` that a copy of run-time length is.
        h = fx(h, crate::hash::tail_word(rest));
    }
    fx(h, s.len() as u64)
}

/// MurmurHash3's finaliser: every input bit affects every output bit.
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The feature of `template` with value `v`.
fn feat(template: u8, v: u64) -> u32 {
    finish(fx(seed(template), v))
}

/// The feature of `template` with two values (order matters).
fn feat2(template: u8, a: u64, b: u64) -> u32 {
    finish(fx(fx(seed(template), a), b))
}

/// Bits of a feature. Far fewer than 32 make the model file much smaller
/// (it stores the sorted feature hashes as gaps: about 1 byte each instead of
/// 3) at no measurable cost in accuracy: the rare collisions are shared by
/// training and inference alike.
const FEATURE_BITS: u32 = 20;

/// The [`FEATURE_BITS`]-bit feature of a mixed value; never 0, which the
/// model's lookup table uses for empty slots.
fn finish(h: u64) -> u32 {
    ((fmix(h) >> (64 - FEATURE_BITS)) as u32).max(1)
}

fn seed(template: u8) -> u64 {
    (u64::from(template) + 1).wrapping_mul(GOLDEN)
}

/// Bits of one character code in a packed affix or trigram.
const CHAR_BITS: u32 = 21;
/// Stands for the word boundary in letter trigrams (not a character).
const BOUNDARY: u64 = (1 << CHAR_BITS) - 1;

/// Up to three character codes in one value, first in the low bits; no two
/// sequences of up to three characters pack alike.
fn pack(chars: impl Iterator<Item = u64>) -> u64 {
    chars
        .take(3)
        .enumerate()
        .fold(0, |acc, (k, c)| acc | c << (CHAR_BITS * k as u32))
}

/// Feature templates (the seed of every hashed feature).
mod template {
    pub const BIAS: u8 = 0;
    pub const WORD: u8 = 1;
    pub const WORD_PREV: u8 = 2;
    pub const WORD_NEXT: u8 = 3;
    pub const WORD_PREV2: u8 = 4;
    pub const WORD_NEXT2: u8 = 5;
    pub const STEM: u8 = 6;
    pub const STEM_PREV: u8 = 7;
    pub const STEM_NEXT: u8 = 8;
    pub const PREFIX: u8 = 9;
    pub const SUFFIX: u8 = 10;
    pub const SHAPE: u8 = 11;
    pub const SHAPE_PREV: u8 = 12;
    pub const SHAPE_NEXT: u8 = 13;
    pub const BIGRAM_PREV: u8 = 14;
    pub const BIGRAM_NEXT: u8 = 15;
    pub const TRIGGER: u8 = 16;
    pub const TRIGGER_PREV: u8 = 17;
    pub const TRIGGER_PREV2: u8 = 18;
    pub const TRIGGER_NEXT: u8 = 19;
    pub const ARTICLE: u8 = 20;
    pub const FIRST: u8 = 21;
    pub const IN_QUOTE: u8 = 22;
    pub const STEM_PREFIX: u8 = 23;
    pub const STEM_SUFFIX: u8 = 24;
    pub const SHAPE_TRIO: u8 = 25;
    pub const TRIGGER_PREV_STEM: u8 = 26;
    pub const PARTIAL: u8 = 27;
    pub const TRIGRAM: u8 = 28;
    pub const MEMORY: u8 = 29;
    pub const MEMORY_PREV: u8 = 30;
    pub const MEMORY_NEXT: u8 = 31;
    pub const GAZ: u8 = 32;
    pub const GAZ_PREV: u8 = 33;
    pub const GAZ_NEXT: u8 = 34;
    pub const GAZ_SEQ: u8 = 35;
    pub const STEM_BIGRAM_PREV: u8 = 36;
    pub const STEM_BIGRAM_NEXT: u8 = 37;
    pub const SKIP: u8 = 38;
    pub const MEMORY_TRIO: u8 = 39;
    pub const STACKED: u8 = 40;
    pub const STACKED_TRIO: u8 = 41;
    pub const SHAPE_ARTICLE_PREV_STEM: u8 = 42;
    pub const GAZ_AROUND_KINDS: u8 = 43;
    pub const GAZ_PREV_NEXT: u8 = 44;
    pub const TRIGGER_ARTICLE: u8 = 45;
    pub const TRIGGER_ARTICLE_PREV: u8 = 46;
    pub const CLUSTER: u8 = 47;
    pub const CLUSTER_COARSE: u8 = 48;
    pub const CLUSTER_PREV: u8 = 49;
    pub const CLUSTER_PREV_COARSE: u8 = 50;
    pub const CLUSTER_NEXT: u8 = 51;
    pub const CLUSTER_NEXT_COARSE: u8 = 52;
}

/// Longest affix used as a feature, in characters.
const MAX_AFFIX: usize = 3;
/// Hashes standing for the words before the sentence start and after its end.
const BEFORE: u64 = 0xB3F0_4E00_0000_0001;
const AFTER: u64 = 0xAF7E_4E00_0000_0002;
/// Shape of the positions outside the sentence.
const NO_SHAPE: u64 = b'_' as u64;

/// A length bucket: 1, 2, 3, 4-5, 6-8, 9+ characters.
fn length_bucket(n: u32) -> u8 {
    match n {
        0..=3 => n as u8,
        4..=5 => 4,
        6..=8 => 5,
        _ => 6,
    }
}

/// Quote parity of a sentence's items: true for tokens between an opening
/// and a closing mark. Written into `out` (cleared first).
pub(crate) fn quote_parity(items: &[Item], out: &mut Vec<bool>) {
    out.clear();
    let mut open = false;
    for it in items {
        if it.kind == Kind::Quote {
            open = !open;
            out.push(false);
        } else {
            out.push(open);
        }
    }
}

/// Appends the first-pass features of position `i` of the sentence
/// `range` of `items` to `out`. The order is fixed; a feature may appear
/// twice (a repeated letter trigram), which simply counts it twice.
/// Inference sums the same weights through [`Types`].
#[cfg(any(test, feature = "train"))]
pub(crate) fn position_features(
    items: &Items,
    range: Range<usize>,
    i: usize,
    in_quote: bool,
    out: &mut Vec<u32>,
) {
    let sent = &items.items[range.clone()];
    let at = |j: isize| -> Option<&Item> {
        if j < 0 {
            None
        } else {
            sent.get(j as usize)
        }
    };
    let i = i as isize;
    let word = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |t| t.word);
    let stem = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |t| t.stem);
    let kind = |j: isize| at(j).map_or(NO_SHAPE, |t| u64::from(t.kind.code()));
    let shape = |j: isize| {
        at(j).map_or(NO_SHAPE, |t| {
            u64::from(t.kind.code()) | u64::from(length_bucket(t.chars)) << 8
        })
    };
    let trig = |j: isize| at(j).map_or(trigger::NONE, |t| t.trigger);
    let cur = &sent[i as usize];

    out.push(feat(template::BIAS, 0));
    out.push(feat(template::WORD, word(i)));
    out.push(feat(template::WORD_PREV, word(i - 1)));
    out.push(feat(template::WORD_NEXT, word(i + 1)));
    out.push(feat(template::WORD_PREV2, word(i - 2)));
    out.push(feat(template::WORD_NEXT2, word(i + 2)));
    out.push(feat(template::STEM, stem(i)));
    for &h in &cur.partial[..usize::from(cur.n_partial)] {
        out.push(feat(template::PARTIAL, h));
    }
    out.push(feat(template::STEM_PREV, stem(i - 1)));
    out.push(feat(template::STEM_NEXT, stem(i + 1)));
    out.push(feat2(template::BIGRAM_PREV, word(i - 1), word(i)));
    out.push(feat2(template::BIGRAM_NEXT, word(i), word(i + 1)));
    // The same through clitics (وقال ماكرون, لماكرون), and the words on
    // both sides together.
    out.push(feat2(template::STEM_BIGRAM_PREV, stem(i - 1), stem(i)));
    out.push(feat2(template::STEM_BIGRAM_NEXT, stem(i), stem(i + 1)));
    out.push(feat2(template::SKIP, stem(i - 1), stem(i + 1)));
    if cur.kind.is_word() {
        let key = items.key(range.start + i as usize);
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
        // Letter trigrams of the stem: transliterated foreign names have
        // telltale letter patterns (long vowels, و/ي clusters).
        trigrams(stem_text, out);
    }
    out.push(feat(template::SHAPE, shape(i)));
    out.push(feat(template::SHAPE_PREV, shape(i - 1)));
    out.push(feat(template::SHAPE_NEXT, shape(i + 1)));
    out.push(feat(
        template::SHAPE_TRIO,
        kind(i - 1) | kind(i) << 8 | kind(i + 1) << 16,
    ));
    out.push(feat(template::TRIGGER, u64::from(trig(i))));
    out.push(feat(template::TRIGGER_PREV, u64::from(trig(i - 1))));
    out.push(feat(template::TRIGGER_PREV2, u64::from(trig(i - 2))));
    out.push(feat(template::TRIGGER_NEXT, u64::from(trig(i + 1))));
    if trig(i - 1) != trigger::NONE {
        out.push(feat2(
            template::TRIGGER_PREV_STEM,
            u64::from(trig(i - 1)),
            stem(i),
        ));
    }
    out.push(feat(template::ARTICLE, u64::from(cur.article)));
    if cur.kind.is_word() {
        cluster_own(cur.cluster, cur.coarse, out);
    }
    if let Some(p) = at(i - 1) {
        cluster_near(CLUSTER_PREV, p.cluster, p.coarse, out);
    }
    if let Some(n) = at(i + 1) {
        cluster_near(CLUSTER_NEXT, n.cluster, n.coarse, out);
    }
    // A head noun with or without its article: in construct (وزارة
    // الخارجية، شركة فولكسفاغن) it starts a name, with the article (الشركة
    // الأمريكية) it is followed by an adjective.
    if cur.trigger != trigger::NONE {
        out.push(feat2(
            template::TRIGGER_ARTICLE,
            u64::from(cur.trigger),
            u64::from(cur.article),
        ));
    }
    if let Some(p) = at(i - 1).filter(|p| p.trigger != trigger::NONE) {
        out.push(feat2(
            template::TRIGGER_ARTICLE_PREV,
            u64::from(p.trigger),
            u64::from(p.article),
        ));
    }
    let gaz = |j: isize| at(j).map_or(0, |t| t.gaz);
    // The word's own lexicon bits; of the neighbours only the cue words
    // (titles, nisba adjectives, verbs of saying, collective agents): a
    // neighbour's name bits made the tagger stretch names onto common
    // words («زيارة اوباما»).
    const CUES: u16 = bit::TITLE | bit::NISBA | bit::CUE | bit::AGENT;
    gaz_bits(template::GAZ, gaz(i), out);
    gaz_bits(template::GAZ_PREV, gaz(i - 1) & CUES, out);
    gaz_bits(template::GAZ_NEXT, gaz(i + 1) & CUES, out);
    // Runs of lexicon words of one class: a likely multi-word name.
    for (k, (first, later)) in [
        (bit::LOC_FIRST, bit::LOC_LATER),
        (bit::PERS_FIRST, bit::PERS_LATER),
        (bit::ORG_FIRST, bit::ORG_LATER),
    ]
    .into_iter()
    .enumerate()
    {
        if gaz(i) & first != 0 && gaz(i + 1) & later != 0 {
            out.push(feat2(template::GAZ_SEQ, k as u64, 0));
        }
        if gaz(i) & later != 0 && gaz(i - 1) & (first | later) != 0 {
            out.push(feat2(template::GAZ_SEQ, k as u64, 1));
        }
    }
    if i == 0 {
        out.push(feat(template::FIRST, 0));
    }
    // Conjunctions that the linear model cannot form itself: the word's
    // shape and article with the stem before it, its lexicon bits with the
    // kinds of token around it, and both neighbours' lexicon bits at once.
    // Together they gave about +0.7 F1 in cross-validation (tools/README.md).
    out.push(feat2(
        template::SHAPE_ARTICLE_PREV_STEM,
        shape(i) | u64::from(cur.article) << 16,
        stem(i - 1),
    ));
    out.push(feat2(
        template::GAZ_AROUND_KINDS,
        u64::from(gaz(i)),
        kind(i - 1) | kind(i + 1) << 8,
    ));
    out.push(feat2(
        template::GAZ_PREV_NEXT,
        u64::from(gaz(i - 1)),
        u64::from(gaz(i + 1)),
    ));
    if in_quote {
        out.push(feat(template::IN_QUOTE, 0));
    }
}

/// A word's own cluster features: its cluster (also when it has none in a
/// table: a rare word, value 0) and its coarse cluster; nothing without
/// a table.
fn cluster_own(cluster: u8, coarse: u8, out: &mut Vec<u32>) {
    match cluster {
        clusters::NONE => {}
        clusters::RARE => out.push(feat(template::CLUSTER, 0)),
        c => {
            out.push(feat(template::CLUSTER, u64::from(c)));
            out.push(feat(template::CLUSTER_COARSE, u64::from(coarse)));
        }
    }
}

/// A neighbour's cluster and coarse cluster as features of the
/// `templates`, if it has one.
fn cluster_near(templates: (u8, u8), cluster: u8, coarse: u8, out: &mut Vec<u32>) {
    if cluster != clusters::NONE && cluster != clusters::RARE {
        out.push(feat(templates.0, u64::from(cluster)));
        out.push(feat(templates.1, u64::from(coarse)));
    }
}

/// The templates of a word's clusters as the word before a position.
const CLUSTER_PREV: (u8, u8) = (template::CLUSTER_PREV, template::CLUSTER_PREV_COARSE);
/// The same as the word after.
const CLUSTER_NEXT: (u8, u8) = (template::CLUSTER_NEXT, template::CLUSTER_NEXT_COARSE);

/// One feature of `template` per set bit of a gazetteer mask.
fn gaz_bits(template: u8, mask: u16, out: &mut Vec<u32>) {
    for b in 0..bit::COUNT {
        if mask & (1 << b) != 0 {
            out.push(feat(template, u64::from(b)));
        }
    }
}

/// No memory of the word.
pub(crate) const NO_MEMORY: u8 = 0;
/// Set in a memory code when the word was tagged at least twice nearby.
const MEMORY_REPEATED: u8 = 0x10;
/// The bits of a memory code that say what nearby sentences remember
/// (majority class + 1, [`MEMORY_REPEATED`]); above them, from bit
/// [`OWN_SHIFT`], the class + 1 that the first pass gave the word itself
/// (0 outside names), so the second pass sees the first pass's reading of
/// the sentence too (stacking).
const MEMORY_MASK: u8 = 0x1F;
/// Where the first-pass class of the word itself starts in a memory code.
const OWN_SHIFT: u32 = 5;

/// The memory code of a word from its name votes in nearby sentences
/// (`votes[c]`: how often its stem was inside a name of class `c`): the
/// majority class + 1, with [`MEMORY_REPEATED`] for two votes or more.
pub(crate) fn memory_code(votes: &[u32; 4]) -> u8 {
    let total: u64 = votes.iter().map(|&v| u64::from(v)).sum();
    if total == 0 {
        return NO_MEMORY;
    }
    let best = (0..4).fold(0, |b, c| if votes[c] > votes[b] { c } else { b });
    (best as u8 + 1) | if total >= 2 { MEMORY_REPEATED } else { 0 }
}

/// `code` with the first-pass class (index into the classes) of the word
/// itself.
pub(crate) fn with_own_class(code: u8, class: usize) -> u8 {
    code | (class as u8 + 1) << OWN_SHIFT
}

/// The second-pass features of position `i` from the memory codes of its
/// sentence: [`stacked_features`] and [`remembered_features`] of its codes
/// and its neighbours'.
pub(crate) fn memory_features(memory: &[u8], i: usize, out: &mut Vec<u32>) {
    let full = |j: Option<usize>| j.and_then(|j| memory.get(j)).copied().unwrap_or(NO_MEMORY);
    let (before, after) = (i.checked_sub(1), Some(i + 1));
    let [b, c, a] = [full(before), full(Some(i)), full(after)];
    stacked_features([own_class(b), own_class(c), own_class(a)], out);
    remembered_features(
        remembered(c),
        remembered(b) & !MEMORY_REPEATED,
        remembered(a) & !MEMORY_REPEATED,
        out,
    );
}

/// The first-pass class + 1 of a word in its memory code (0 outside names).
pub(crate) fn own_class(code: u8) -> u8 {
    code >> OWN_SHIFT
}

/// What nearby sentences remember of a word, from its memory code
/// (majority class + 1, [`MEMORY_REPEATED`]).
pub(crate) fn remembered(code: u8) -> u8 {
    code & MEMORY_MASK
}

/// The repeat flag of [`remembered`].
#[cfg(not(target_arch = "wasm32"))]
pub(crate) const REPEATED: u8 = MEMORY_REPEATED;

/// The second-pass features of the first pass's classes of the word and
/// its neighbours (`[before, word, after]`, see [`own_class`]).
pub(crate) fn stacked_features(own: [u8; 3], out: &mut Vec<u32>) {
    let [before, here, after] = own.map(u64::from);
    out.push(feat(template::STACKED, here));
    out.push(feat2(template::STACKED_TRIO, here, before | after << 4));
}

/// The second-pass features of what nearby sentences remember of the word
/// (`here`, see [`remembered`]) and of its neighbours (`prev`, `next`:
/// classes only, without the repeat flag, which keeps these features few).
pub(crate) fn remembered_features(here: u8, prev: u8, next: u8, out: &mut Vec<u32>) {
    if here != NO_MEMORY {
        out.push(feat(template::MEMORY, u64::from(here)));
    }
    // What is remembered of the word and both neighbours at once: a
    // remembered name next to a remembered name continues it.
    out.push(feat2(
        template::MEMORY_TRIO,
        u64::from(here),
        u64::from(prev) | u64::from(next) << 8,
    ));
    if prev != NO_MEMORY {
        out.push(feat(template::MEMORY_PREV, u64::from(prev)));
    }
    if next != NO_MEMORY {
        out.push(feat(template::MEMORY_NEXT, u64::from(next)));
    }
}

/// Prefixes and suffixes of 1..=[`MAX_AFFIX`] characters of `s`, which
/// has `n` characters (shorter words give fewer; a word's whole self is not
/// an affix). Each is packed while walking the ends of `s` once.
fn affixes(s: &str, n: u32, prefix: u8, suffix: u8, out: &mut Vec<u32>) {
    let m = MAX_AFFIX.min((n as usize).saturating_sub(1));
    let (first, last) = end_codes(s, m);
    let mut acc = 0;
    for (k, &c) in first[..m].iter().enumerate() {
        acc |= c << (CHAR_BITS * k as u32);
        out.push(feat(prefix, acc));
    }
    // Packed last letter first; the length keeps "ab" and "b" apart.
    let mut acc = 0;
    for (k, &c) in last[..m].iter().enumerate() {
        acc |= c << (CHAR_BITS * k as u32);
        out.push(feat2(suffix, k as u64 + 1, acc));
    }
}

/// Bytes of a two-byte UTF-8 character (every Arabic letter is one).
const TWO: usize = 2;

/// The code of the character at `b[i..i + 2]` when a two-byte character
/// starts at `i` (in valid UTF-8 a byte `110xxxxx` only ever leads one).
#[inline(always)]
fn two_byte_at(b: &[u8], i: usize) -> Option<u64> {
    let lead = *b.get(i)?;
    let next = *b.get(i + 1)?;
    (lead & 0xE0 == 0xC0).then(|| u64::from(lead & 0x1F) << 6 | u64::from(next & 0x3F))
}

/// The codes of the first `m` characters of `s` in order and of its last
/// `m` from the end (`s` has at least `m`). Read as two-byte pairs from
/// each end while the characters are two-byte ones, which decoding from
/// either end finds exactly; else through `chars`.
#[inline(always)]
fn end_codes(s: &str, m: usize) -> ([u64; MAX_AFFIX], [u64; MAX_AFFIX]) {
    let b = s.as_bytes();
    let (mut first, mut last) = ([0; MAX_AFFIX], [0; MAX_AFFIX]);
    for k in 0..m {
        let from_end = b.len().checked_sub(TWO * (k + 1));
        match (
            two_byte_at(b, TWO * k),
            from_end.and_then(|i| two_byte_at(b, i)),
        ) {
            (Some(f), Some(l)) => (first[k], last[k]) = (f, l),
            _ => {
                for (x, c) in first.iter_mut().zip(s.chars().take(m)) {
                    *x = u64::from(c);
                }
                for (x, c) in last.iter_mut().zip(s.chars().rev().take(m)) {
                    *x = u64::from(c);
                }
                break;
            }
        }
    }
    (first, last)
}

/// Appends the letter trigrams of `stem`: every three characters in a
/// row of the stem between two [`BOUNDARY`] marks.
#[inline(always)]
fn trigrams(stem: &str, out: &mut Vec<u32>) {
    // The last three values of the sequence so far, newest last.
    let mut window = [0, 0, BOUNDARY];
    let mut seen = 1;
    let mut step = |c: u64| {
        window = [window[1], window[2], c];
        seen += 1;
        if seen >= 3 {
            out.push(feat(template::TRIGRAM, pack(window.into_iter())));
        }
    };
    let b = stem.as_bytes();
    // Two-byte characters all through (Arabic stems): decoded by pairs.
    if b.len() % TWO == 0 && b.iter().step_by(TWO).all(|&lead| lead & 0xE0 == 0xC0) {
        for pair in b.chunks_exact(TWO) {
            step(u64::from(pair[0] & 0x1F) << 6 | u64::from(pair[1] & 0x3F));
        }
    } else {
        for c in stem.chars() {
            step(u64::from(c));
        }
    }
    step(BOUNDARY);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_decoded_affixes_and_trigrams_are_the_char_ones() {
        // The reference: the same features through `chars` only.
        fn plain(s: &str, out: &mut Vec<u32>) {
            let n = s.chars().count();
            let m = MAX_AFFIX.min(n.saturating_sub(1));
            let mut acc = 0;
            for (k, c) in s.chars().take(m).enumerate() {
                acc |= u64::from(c) << (CHAR_BITS * k as u32);
                out.push(feat(template::PREFIX, acc));
            }
            let mut acc = 0;
            for (k, c) in s.chars().rev().take(m).enumerate() {
                acc |= u64::from(c) << (CHAR_BITS * k as u32);
                out.push(feat2(template::SUFFIX, k as u64 + 1, acc));
            }
            let seq: Vec<u64> = [BOUNDARY]
                .into_iter()
                .chain(s.chars().map(u64::from))
                .chain([BOUNDARY])
                .collect();
            for w in seq.windows(3) {
                out.push(feat(template::TRIGRAM, pack(w.iter().copied())));
            }
        }
        struct Case {
            name: &'static str,
            text: &'static str,
        }
        let cases = [
            Case {
                name: "Arabic",
                text: "والرئيس",
            },
            Case {
                name: "one letter",
                text: "و",
            },
            Case {
                name: "empty",
                text: "",
            },
            Case {
                name: "Latin",
                text: "Macron",
            },
            Case {
                name: "Latin and Arabic",
                text: "aبc",
            },
            Case {
                name: "Arabic then Latin at the end",
                text: "ماكرونx",
            },
            Case {
                name: "three- and one-byte pair",
                text: "€a",
            },
            Case {
                name: "even length, mixed widths",
                text: "a€بب",
            },
            Case {
                name: "astral",
                text: "ب😀ب",
            },
            Case {
                name: "Latin accents (two bytes)",
                text: "éèàü",
            },
        ];
        for c in cases {
            let mut got = Vec::new();
            affixes(
                c.text,
                c.text.chars().count() as u32,
                template::PREFIX,
                template::SUFFIX,
                &mut got,
            );
            trigrams(c.text, &mut got);
            let mut want = Vec::new();
            plain(c.text, &mut want);
            assert_eq!(got, want, "{}", c.name);
        }
    }

    fn items_of(words: &[&str]) -> Items {
        let mut items = Items::default();
        for w in words {
            items.push(w);
        }
        items
    }

    /// The first-pass features of every position of `words` as one sentence.
    fn sentence_features(words: &[&str], memory: Option<&[u8]>) -> Vec<Vec<u32>> {
        let items = items_of(words);
        let mut quote = Vec::new();
        quote_parity(&items.items, &mut quote);
        (0..words.len())
            .map(|i| {
                let mut out = Vec::new();
                position_features(&items, 0..words.len(), i, quote[i], &mut out);
                if let Some(m) = memory {
                    memory_features(m, i, &mut out);
                }
                out
            })
            .collect()
    }

    struct StemCase {
        word: &'static str,
        want: &'static str,
    }

    #[test]
    fn strips_clitics() {
        let cases = [
            StemCase {
                word: "الرئيس",
                want: "رييس",
            },
            StemCase {
                word: "والرئيس",
                want: "رييس",
            },
            StemCase {
                word: "للرئيس",
                want: "رييس",
            },
            StemCase {
                word: "بالقاهرة",
                want: "قاهره",
            },
            StemCase {
                word: "وباريس",
                want: "اريس",
            },
            // Too short to lose a letter.
            StemCase {
                word: "بن",
                want: "بن",
            },
            StemCase {
                word: "ولد",
                want: "ولد",
            },
            StemCase {
                word: "الله",
                want: "الله",
            },
        ];
        for c in cases {
            let mut k = String::new();
            push_key(c.word, &mut k);
            assert_eq!(&k[stem_start(&k)..], c.want, "{}", c.word);
            let items = items_of(&[c.word]);
            assert_eq!(items.stem(0), c.want, "{}", c.word);
            assert_eq!(
                items.items[0].stem_chars as usize,
                c.want.chars().count(),
                "{}",
                c.word
            );
            assert_eq!(items.items[0].stem, hash_str(c.want.as_bytes()));
        }
    }

    /// The word hash reads a string's last bytes without copying them:
    /// the same hashes as eight bytes at a time zero-padded (the shipped
    /// model's features are these hashes).
    #[test]
    fn hash_str_pads_with_zeros() {
        fn padded(s: &[u8]) -> u64 {
            let mut h = 0;
            for c in s.chunks(8) {
                let mut b = [0u8; 8];
                b[..c.len()].copy_from_slice(c);
                h = fx(h, u64::from_le_bytes(b));
            }
            fx(h, s.len() as u64)
        }
        let bytes: Vec<u8> = (1..=40).map(|b: u8| b.wrapping_mul(0x3B)).collect();
        for n in 0..=bytes.len() {
            assert_eq!(hash_str(&bytes[..n]), padded(&bytes[..n]), "{n}");
        }
    }

    /// [`strip_stages`] (characters counted once, only after a clitic
    /// letter) agrees with counting the rest of the key at each stage, on
    /// every key of up to five of these letters.
    #[test]
    fn strip_stages_counts_once() {
        let letters = ['و', 'ف', 'ب', 'ك', 'ل', 'ا', 'ه', 'a', 'é'];
        let mut keys = vec![String::new()];
        for _ in 0..5 {
            keys = keys
                .iter()
                .flat_map(|k| letters.iter().map(move |c| format!("{k}{c}")))
                .collect();
            for k in &keys {
                let each_stage = stages(k, |at| k[at..].chars().count());
                assert_eq!(strip_stages(k), each_stage, "{k}");
            }
        }
    }

    struct KindCase {
        text: &'static str,
        want: Kind,
    }

    #[test]
    fn kinds() {
        let cases = [
            KindCase {
                text: "باريس",
                want: Kind::Arabic,
            },
            KindCase {
                text: "Paris",
                want: Kind::LatinUpper,
            },
            KindCase {
                text: "paris",
                want: Kind::LatinLower,
            },
            KindCase {
                text: "Ödön",
                want: Kind::LatinUpper,
            },
            KindCase {
                text: "2002",
                want: Kind::Number,
            },
            KindCase {
                text: "«",
                want: Kind::Quote,
            },
            KindCase {
                text: "\"",
                want: Kind::Quote,
            },
            KindCase {
                text: "،",
                want: Kind::Punct,
            },
        ];
        for c in cases {
            assert_eq!(kind_of(c.text), c.want, "{}", c.text);
        }
    }

    #[test]
    fn triggers_match_through_clitics() {
        let items = items_of(&["والرئيس", "وقال", "لوزارة", "باريس", "وزير"]);
        let it = &items.items;
        assert_eq!(it[0].trigger, trigger::TITLE);
        assert_eq!(it[1].trigger, trigger::SPEECH);
        assert_eq!(it[2].trigger, trigger::ORG);
        assert_eq!(it[3].trigger, trigger::NONE);
        assert!(it[0].article);
        assert!(!it[4].article);
    }

    #[test]
    fn memory_codes() {
        struct Case {
            votes: [u32; 4],
            want: u8,
        }
        let cases = [
            Case {
                votes: [0, 0, 0, 0],
                want: NO_MEMORY,
            },
            Case {
                votes: [1, 0, 0, 0],
                want: 1,
            },
            Case {
                votes: [0, 0, 3, 0],
                want: 3 | MEMORY_REPEATED,
            },
            // Ties go to the first class.
            Case {
                votes: [0, 2, 2, 0],
                want: 2 | MEMORY_REPEATED,
            },
        ];
        for c in cases {
            assert_eq!(memory_code(&c.votes), c.want, "{:?}", c.votes);
        }
    }

    #[test]
    fn memory_adds_features() {
        let words = ["زار", "ماكرون"];
        let plain = sentence_features(&words, None);
        let none = sentence_features(&words, Some(&[NO_MEMORY, NO_MEMORY]));
        let person = sentence_features(&words, Some(&[NO_MEMORY, 1]));
        let own = sentence_features(&words, Some(&[NO_MEMORY, with_own_class(NO_MEMORY, 0)]));
        for k in 0..words.len() {
            // With nothing remembered the second pass still adds the first
            // pass's reading (two features) and the empty memory trio.
            assert_eq!(none[k].len(), plain[k].len() + 3);
            assert!(plain[k].iter().all(|f| none[k].contains(f)));
            // The word itself and its left neighbour gain a feature.
            assert_eq!(person[k].len(), none[k].len() + 1);
            assert_ne!(person[k], none[k]);
            // What the first pass made of the word changes the stacked
            // features of the word and its neighbour, not their number.
            assert_eq!(own[k].len(), none[k].len());
            assert_ne!(own[k], none[k]);
        }
    }

    #[test]
    fn features_are_deterministic_and_context_sensitive() {
        let words = ["قال", "الرئيس", "ماكرون", "."];
        let a = sentence_features(&words, None);
        let b = sentence_features(&words, None);
        assert_eq!(a, b);
        // Pinned hashes: they must not change across platforms or releases
        // without re-training the model.
        assert_eq!(feat(template::BIAS, 0), 0x000c_ee38);
        assert_eq!(hash_str("ماكرون".as_bytes()), 0x9ba4_1b5e_7640_9590);
        assert!(a[2].contains(&feat(template::BIAS, 0)));
        // Same word, different neighbours: different feature sets.
        assert_ne!(sentence_features(&["زار", "ماكرون"], None)[1], a[2]);
        // The templates of one position do not collide.
        for f in &a {
            let mut s = f.clone();
            s.sort_unstable();
            s.dedup();
            assert_eq!(s.len(), f.len());
        }
    }

    /// A head noun's trigger class goes with its article, at its own
    /// position and as the word before: in construct (وزارة الخارجية) it
    /// heads a name, with the article (الوزارة الأمريكية) an adjective follows.
    #[test]
    fn head_noun_features_carry_its_article() {
        struct Case {
            words: [&'static str; 2],
            article: u64,
        }
        let cases = [
            Case {
                words: ["وزارة", "الخارجية"],
                article: 0,
            },
            Case {
                words: ["الوزارة", "الأمريكية"],
                article: 1,
            },
            Case {
                words: ["والوزارة", "الأمريكية"],
                article: 1,
            },
        ];
        let org = u64::from(trigger::ORG);
        for c in cases {
            let f = sentence_features(&c.words, None);
            let own = feat2(template::TRIGGER_ARTICLE, org, c.article);
            let prev = feat2(template::TRIGGER_ARTICLE_PREV, org, c.article);
            assert!(f[0].contains(&own), "{:?}", c.words);
            assert!(f[1].contains(&prev), "{:?}", c.words);
            assert!(!f[1].contains(&feat2(template::TRIGGER_ARTICLE_PREV, org, 1 - c.article)));
        }
        // Words that are not triggers have neither feature.
        let f = sentence_features(&["زار", "ماكرون"], None);
        let templates = [template::TRIGGER_ARTICLE, template::TRIGGER_ARTICLE_PREV];
        for (t, a) in templates.into_iter().zip([0, 1]) {
            assert!(!f[1].contains(&feat2(t, 0, a)));
        }
    }

    #[test]
    fn affixes_and_trigrams_are_distinct() {
        // "abab": prefixes a, ab, aba; suffixes b, ab, bab; stem trigrams
        // ^ab aba bab ab$ — all different features.
        let f = &sentence_features(&["abab"], None)[0];
        let mut s = f.clone();
        s.sort_unstable();
        s.dedup();
        assert_eq!(s.len(), f.len());
        assert_ne!(
            pack("ab".chars().map(u64::from)),
            pack("ba".chars().map(u64::from))
        );
    }
}
