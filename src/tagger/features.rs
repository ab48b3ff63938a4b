//! Feature extraction for the name tagger, shared by inference and the
//! trainer so that both see exactly the same hashed features.
//!
//! A feature is a template id plus one or more strings, hashed with 32-bit
//! FNV-1a (byte-wise, so the same on every platform and in wasm).

use crate::text::normalize::key;
use crate::text::token::QuoteMark;
use std::sync::OnceLock;

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
const TRIGGERS: &[(&str, u8)] = &[
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

/// The trigger table keyed by clitic-stripped key, sorted for binary search.
fn trigger_table() -> &'static [(String, u8)] {
    static TABLE: OnceLock<Vec<(String, u8)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut v: Vec<(String, u8)> = TRIGGERS
            .iter()
            .map(|&(w, c)| {
                let k = key(w);
                let bare = match k.strip_prefix("ال") {
                    Some(rest) if rest.chars().count() >= MIN_STEM_CHARS => rest.to_string(),
                    _ => k,
                };
                (bare, c)
            })
            .collect();
        v.sort();
        // Keep the first class for a stem listed twice.
        v.dedup_by(|a, b| a.0 == b.0);
        v
    })
}

/// Letters a word must keep after a clitic is peeled off, so that short
/// words (and names that merely start with the letter) are left alone.
const MIN_STEM_CHARS: usize = 3;

/// Byte offset in `key` where its clitic-stripped stem starts (the last of
/// [`strip_stages`]).
#[cfg(test)]
pub(crate) fn stem_start(key: &str) -> usize {
    *strip_stages(key).last().unwrap_or(&0)
}

/// Offsets in `key` after each clitic peeled off, starting with 0: a
/// conjunction (و ف), then a preposition (ب ك ل), then the article (ال, or
/// ل after ل as in للرئيس), each only when at least [`MIN_STEM_CHARS`]
/// letters remain. Peeling is greedy, so a name that merely starts with one
/// of these letters loses it too; the unpeeled forms are features as well.
pub(crate) fn strip_stages(key: &str) -> Vec<usize> {
    // Arabic letters used here are all 2 bytes in UTF-8.
    const LETTER: usize = 2;
    let chars = |at: usize| key[at..].chars().count();
    let mut stages = vec![0];
    let mut at = 0;
    if key.starts_with(['و', 'ف']) && chars(at) > MIN_STEM_CHARS {
        at += LETTER;
        stages.push(at);
    }
    let mut prep_lam = false;
    if key[at..].starts_with(['ب', 'ك', 'ل']) && chars(at) > MIN_STEM_CHARS {
        prep_lam = key[at..].starts_with('ل');
        at += LETTER;
        stages.push(at);
    }
    if key[at..].starts_with("ال") && chars(at) >= MIN_STEM_CHARS + 2 {
        stages.push(at + 2 * LETTER);
    } else if prep_lam && key[at..].starts_with('ل') && chars(at) > MIN_STEM_CHARS {
        stages.push(at + LETTER);
    }
    stages
}

/// One token as the tagger sees it.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// Normalised key (for punctuation: the character itself).
    pub key: String,
    /// Byte offset of the clitic-stripped stem in `key`.
    pub stem: usize,
    /// Byte offsets of the partly peeled forms between the word and its stem.
    pub partial: Vec<usize>,
    /// Token kind.
    pub kind: Kind,
    /// Trigger class of the stem.
    pub trigger: u8,
    /// True when the word carries the article (ال، وال، بال، لل ...).
    pub article: bool,
}

impl Item {
    /// Builds the item for a token text.
    pub fn new(text: &str) -> Item {
        let k = key(text);
        let kind = kind_of(text);
        let (stages, trigger, article) = if kind == Kind::Arabic {
            let stages = strip_stages(&k);
            let table = trigger_table();
            let trig = stages
                .iter()
                .find_map(|&at| {
                    let form = &k[at..];
                    table
                        .binary_search_by(|(w, _)| w.as_str().cmp(form))
                        .ok()
                        .map(|i| table[i].1)
                })
                .unwrap_or(trigger::NONE);
            let s = *stages.last().unwrap_or(&0);
            let article = k[..s].ends_with("ال") || k[..s].ends_with("لل");
            (stages, trig, article)
        } else {
            (vec![0], trigger::NONE, false)
        };
        let stem = *stages.last().unwrap_or(&0);
        let partial = stages
            .iter()
            .copied()
            .filter(|&at| at != 0 && at != stem)
            .collect();
        Item {
            key: k,
            stem,
            partial,
            kind,
            trigger,
            article,
        }
    }

    /// The clitic-stripped stem (memory is keyed by it).
    pub fn stem(&self) -> &str {
        &self.key[self.stem..]
    }
}

/// Classifies a token text.
pub(crate) fn kind_of(text: &str) -> Kind {
    let first_alpha = text.chars().find(|c| c.is_alphabetic());
    match first_alpha {
        Some(c) if crate::text::normalize::is_arabic_letter(c) => Kind::Arabic,
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

/// 32-bit FNV-1a, the feature hash.
#[derive(Clone, Copy)]
struct Fnv(u32);

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;
/// Separates the strings of a multi-part feature.
const SEPARATOR: u8 = 0xFF;

impl Fnv {
    fn new(template: u8) -> Fnv {
        Fnv(FNV_OFFSET).byte(template)
    }
    fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u32::from(b)).wrapping_mul(FNV_PRIME))
    }
    fn bytes(self, s: &[u8]) -> Fnv {
        s.iter().fold(self, |h, &b| h.byte(b))
    }
    fn part(self, s: &str) -> Fnv {
        self.byte(SEPARATOR).bytes(s.as_bytes())
    }
}

/// Feature templates (the first byte of every hashed feature).
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
}

/// Longest affix used as a feature, in characters.
const MAX_AFFIX: usize = 3;
/// Stands for the positions before the sentence start and after its end.
const BEFORE: &str = "<s>";
const AFTER: &str = "</s>";

/// A length bucket: 1, 2, 3, 4-5, 6-8, 9+ characters.
fn length_bucket(n: usize) -> u8 {
    match n {
        0..=3 => n as u8,
        4..=5 => 4,
        6..=8 => 5,
        _ => 6,
    }
}

/// The features of every position of a sentence, in order. Each inner list
/// is sorted and deduplicated (so the result does not depend on how the
/// templates are listed). `memory` holds, per item, what the first pass said
/// about the same word in nearby sentences (see [`memory_code`]); `None` on
/// the first pass.
pub(crate) fn sentence_features(items: &[Item], memory: Option<&[u8]>) -> Vec<Vec<u32>> {
    // Quote parity: true for tokens between an opening and a closing mark.
    let mut in_quote = Vec::with_capacity(items.len());
    let mut open = false;
    for it in items {
        if it.kind == Kind::Quote {
            open = !open;
            in_quote.push(false);
        } else {
            in_quote.push(open);
        }
    }
    (0..items.len())
        .map(|i| {
            let mut out = Vec::with_capacity(48);
            position_features(items, i, in_quote[i], &mut out);
            if let Some(m) = memory {
                memory_features(m, i, &mut out);
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

fn position_features(items: &[Item], i: usize, in_quote: bool, out: &mut Vec<u32>) {
    let at = |j: isize| -> Option<&Item> {
        if j < 0 {
            None
        } else {
            items.get(j as usize)
        }
    };
    let i = i as isize;
    let word = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |t| t.key.as_str());
    let stem = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |t| t.stem());
    let shape = |j: isize| -> [u8; 2] {
        at(j).map_or([b'_', 0], |t| {
            [t.kind.code(), length_bucket(t.key.chars().count())]
        })
    };
    let trig = |j: isize| at(j).map_or(trigger::NONE, |t| t.trigger);
    let cur = &items[i as usize];
    let one = |t: u8, s: &str| Fnv::new(t).part(s).0;

    out.push(Fnv::new(template::BIAS).0);
    out.push(one(template::WORD, word(i)));
    out.push(one(template::WORD_PREV, word(i - 1)));
    out.push(one(template::WORD_NEXT, word(i + 1)));
    out.push(one(template::WORD_PREV2, word(i - 2)));
    out.push(one(template::WORD_NEXT2, word(i + 2)));
    out.push(one(template::STEM, stem(i)));
    for &at in &cur.partial {
        out.push(one(template::PARTIAL, &cur.key[at..]));
    }
    out.push(one(template::STEM_PREV, stem(i - 1)));
    out.push(one(template::STEM_NEXT, stem(i + 1)));
    out.push(
        Fnv::new(template::BIGRAM_PREV)
            .part(word(i - 1))
            .part(word(i))
            .0,
    );
    out.push(
        Fnv::new(template::BIGRAM_NEXT)
            .part(word(i))
            .part(word(i + 1))
            .0,
    );
    if matches!(cur.kind, Kind::Arabic | Kind::LatinLower | Kind::LatinUpper) {
        affixes(&cur.key, template::PREFIX, template::SUFFIX, out);
        if cur.stem > 0 {
            affixes(
                cur.stem(),
                template::STEM_PREFIX,
                template::STEM_SUFFIX,
                out,
            );
        }
        // Letter trigrams of the stem: transliterated foreign names have
        // telltale letter patterns (long vowels, و/ي clusters).
        let chars: Vec<char> = std::iter::once('^')
            .chain(cur.stem().chars())
            .chain(std::iter::once('$'))
            .collect();
        for w in chars.windows(3) {
            let mut buf = [0u8; 12];
            let mut n = 0;
            for c in w {
                n += c.encode_utf8(&mut buf[n..]).len();
            }
            out.push(Fnv::new(template::TRIGRAM).bytes(&buf[..n]).0);
        }
    }
    out.push(Fnv::new(template::SHAPE).bytes(&shape(i)).0);
    out.push(Fnv::new(template::SHAPE_PREV).bytes(&shape(i - 1)).0);
    out.push(Fnv::new(template::SHAPE_NEXT).bytes(&shape(i + 1)).0);
    out.push(
        Fnv::new(template::SHAPE_TRIO)
            .bytes(&shape(i - 1)[..1])
            .bytes(&shape(i)[..1])
            .bytes(&shape(i + 1)[..1])
            .0,
    );
    out.push(Fnv::new(template::TRIGGER).byte(trig(i)).0);
    out.push(Fnv::new(template::TRIGGER_PREV).byte(trig(i - 1)).0);
    out.push(Fnv::new(template::TRIGGER_PREV2).byte(trig(i - 2)).0);
    out.push(Fnv::new(template::TRIGGER_NEXT).byte(trig(i + 1)).0);
    if trig(i - 1) != trigger::NONE {
        out.push(
            Fnv::new(template::TRIGGER_PREV_STEM)
                .byte(trig(i - 1))
                .part(stem(i))
                .0,
        );
    }
    out.push(Fnv::new(template::ARTICLE).byte(u8::from(cur.article)).0);
    if i == 0 {
        out.push(Fnv::new(template::FIRST).0);
    }
    if in_quote {
        out.push(Fnv::new(template::IN_QUOTE).0);
    }
}

/// No memory of the word.
pub(crate) const NO_MEMORY: u8 = 0;
/// Set in a memory code when the word was tagged at least twice nearby.
const MEMORY_REPEATED: u8 = 0x10;

/// The memory code of a word from its name votes in nearby sentences
/// (`votes[c]`: how often its stem was inside a name of class `c`): the
/// majority class + 1, with [`MEMORY_REPEATED`] for two votes or more.
pub(crate) fn memory_code(votes: &[u16; 4]) -> u8 {
    let total: u16 = votes.iter().sum();
    if total == 0 {
        return NO_MEMORY;
    }
    let best = (0..4).fold(0, |b, c| if votes[c] > votes[b] { c } else { b });
    (best as u8 + 1) | if total >= 2 { MEMORY_REPEATED } else { 0 }
}

/// The second-pass features of position `i` from the memory codes of its
/// sentence.
pub(crate) fn memory_features(memory: &[u8], i: usize, out: &mut Vec<u32>) {
    let code = |j: Option<usize>| j.and_then(|j| memory.get(j)).copied().unwrap_or(NO_MEMORY);
    let here = code(Some(i));
    if here != NO_MEMORY {
        out.push(Fnv::new(template::MEMORY).byte(here).0);
    }
    let prev = code(i.checked_sub(1));
    let next = code(Some(i + 1));
    // Neighbours' memory only matters next to a remembered or unknown word;
    // classes only (without the repeat flag) keep these features few.
    if prev != NO_MEMORY {
        out.push(
            Fnv::new(template::MEMORY_PREV)
                .byte(prev & !MEMORY_REPEATED)
                .0,
        );
    }
    if next != NO_MEMORY {
        out.push(
            Fnv::new(template::MEMORY_NEXT)
                .byte(next & !MEMORY_REPEATED)
                .0,
        );
    }
}

/// Prefixes and suffixes of 1..=[`MAX_AFFIX`] characters (shorter words give
/// fewer).
fn affixes(s: &str, prefix: u8, suffix: u8, out: &mut Vec<u32>) {
    let n = s.chars().count();
    let mut ends = s.char_indices().map(|(b, _)| b).chain([s.len()]);
    let _ = ends.next();
    for (k, b) in ends.take(MAX_AFFIX.min(n.saturating_sub(1))).enumerate() {
        out.push(Fnv::new(prefix).byte(k as u8).bytes(&s.as_bytes()[..b]).0);
    }
    let starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
    for k in 1..=MAX_AFFIX.min(n.saturating_sub(1)) {
        let b = starts[n - k];
        out.push(Fnv::new(suffix).byte(k as u8).bytes(&s.as_bytes()[b..]).0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let k = key(c.word);
            assert_eq!(&k[stem_start(&k)..], c.want, "{}", c.word);
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
        assert_eq!(Item::new("والرئيس").trigger, trigger::TITLE);
        assert_eq!(Item::new("وقال").trigger, trigger::SPEECH);
        assert_eq!(Item::new("لوزارة").trigger, trigger::ORG);
        assert_eq!(Item::new("باريس").trigger, trigger::NONE);
        assert!(Item::new("والرئيس").article);
        assert!(!Item::new("وزير").article);
    }

    #[test]
    fn memory_codes() {
        struct Case {
            votes: [u16; 4],
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
        let items: Vec<Item> = ["زار", "ماكرون"].iter().map(|w| Item::new(w)).collect();
        let plain = sentence_features(&items, None);
        let none = sentence_features(&items, Some(&[NO_MEMORY, NO_MEMORY]));
        let person = sentence_features(&items, Some(&[NO_MEMORY, 1]));
        assert_eq!(plain, none);
        // The word itself and its left neighbour gain a feature.
        assert_eq!(person[1].len(), plain[1].len() + 1);
        assert_eq!(person[0].len(), plain[0].len() + 1);
        assert!(plain[1].iter().all(|f| person[1].contains(f)));
    }

    #[test]
    fn features_are_deterministic_and_context_sensitive() {
        let items: Vec<Item> = ["قال", "الرئيس", "ماكرون", "."]
            .iter()
            .map(|w| Item::new(w))
            .collect();
        let a = sentence_features(&items, None);
        let b = sentence_features(&items, None);
        assert_eq!(a, b);
        // Pinned hash: FNV-1a must not change across platforms or releases
        // without re-training the model.
        assert_eq!(Fnv::new(template::BIAS).0, 0x050c_5d1f);
        assert!(a[2].contains(&Fnv::new(template::BIAS).0));
        // Same word, different neighbours: different feature sets.
        let other: Vec<Item> = ["زار", "ماكرون"].iter().map(|w| Item::new(w)).collect();
        assert_ne!(sentence_features(&other, None)[1], a[2]);
        for f in &a {
            assert!(f.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        }
    }
}
