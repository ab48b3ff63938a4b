//! The hand-written English word lists (`data/en_*.tsv`) and the predicates
//! built on them. Every list is keyed by the normalised (lower-case) form.

use crate::findings::Gender;
use crate::lexicon::gender_of;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

const CUES: &str = crate::text::data_file!("../../data/en_cues.tsv");
const TITLES: &str = crate::text::data_file!("../../data/en_titles.tsv");
const WORDS: &str = crate::text::data_file!("../../data/en_words.tsv");

/// How a reporting verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// "that", a bare clause, a colon or a direct quote.
    Say,
    /// Like `Say`, after an addressee (told reporters that ...).
    Tell,
    /// An addressee and an infinitive (asked X not to ...).
    Ask,
    /// Like `Say`; also continues the last speaker (he added).
    Add,
    /// Belief or finding: only with an identified subject.
    Think,
    /// Also takes a noun phrase (announced the start of ...).
    Announce,
}

/// A reporting verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// How the verb takes its content.
    pub class: CueClass,
    /// True for `-ing` forms (saying, adding), which hang on a clause.
    pub participle: bool,
}

/// How an organisation head word makes its organisation reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgHead {
    /// Governments, armed forces, media: principal actors.
    Main,
    /// Universities, companies, foundations: reported when they speak or recur.
    Other,
}

/// Everything the lists say about one word form.
#[derive(Debug, Default, Clone)]
pub struct WordInfo {
    cue: Option<Cue>,
    title_head: Option<Gender>,
    title_mod: bool,
    function: bool,
    time: bool,
    org_head: Option<OrgHead>,
    lower_org_head: bool,
    lower_org_prefix: bool,
    place_head: bool,
    geo: bool,
    /// A group noun's class (empty for the first word of a two-word one).
    group: Option<&'static str>,
    anon: bool,
    place: bool,
    /// The first word of a multi-word place name (new in new york).
    place_start: bool,
    first_name: Option<Gender>,
}

/// A hash for short word keys: the crate's FxHash (eight bytes per
/// multiply; FNV-1a, which this replaced, took a multiply per byte), with
/// its result rotated (the lists are compiled in; there is no untrusted key
/// set to defend).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(crate::hash::FxHasher);

/// How far `finish` rotates: the product's well-mixed high bits become the
/// low bits hashbrown picks a bucket by (a product's low bits depend only
/// on the key's low bits, here its first bytes).
const WORD_HASH_ROTATE: u32 = 26;

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.finish().rotate_left(WORD_HASH_ROTATE)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        // `str`'s terminator (0xff): keys "ab" and "ab\0" stay apart.
        self.0.write_u8(i);
    }
}

/// A hash builder for short word keys.
pub type FastHash = BuildHasherDefault<WordHasher>;

/// The English word lists, one entry per word form.
#[derive(Debug, Default)]
pub struct Words {
    /// Keyed by slices of the compiled-in files: building the lists
    /// allocates no string (a start-up cost, paid on every page load).
    map: HashMap<&'static str, WordInfo, FastHash>,
}

/// The lists, parsed on first use.
pub fn words() -> &'static Words {
    static WORDS_CELL: OnceLock<Words> = OnceLock::new();
    WORDS_CELL.get_or_init(build)
}

/// Most columns of a list row.
const MAX_COLUMNS: usize = 3;

/// The rows of a list file, each as its trimmed fields: comment and blank
/// lines skipped. A row of more than [`MAX_COLUMNS`] fields comes out as
/// `MAX_COLUMNS + 1` empty ones, which no list reads. No allocation.
fn rows(file: &'static str) -> impl Iterator<Item = ([&'static str; MAX_COLUMNS + 1], usize)> {
    crate::text::data_lines(file)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = [""; MAX_COLUMNS + 1];
            let mut n = 0;
            for f in crate::text::tab_fields(l) {
                if n == cols.len() {
                    return ([""; MAX_COLUMNS + 1], n);
                }
                cols[n] = f.trim();
                n += 1;
            }
            (cols, n)
        })
}

#[inline(never)] // a function of its own in profiles (start-up cost)
fn build() -> Words {
    // A word per line, per cue form after the first of a line (forms are
    // comma-separated) and per first word of a two-word entry: an upper
    // bound, so the map never rehashes while it is built.
    let count = |f: &str, b| crate::text::count_byte(f.as_bytes(), b);
    let upper = [CUES, TITLES, WORDS]
        .iter()
        .map(|f| count(f, b'\n') + 1)
        .sum::<usize>()
        + count(CUES, b',')
        + count(WORDS, b' ');
    let mut w = Words {
        map: HashMap::with_capacity_and_hasher(upper, FastHash::default()),
    };
    let map = &mut w.map;
    fn at<'m>(
        map: &'m mut HashMap<&'static str, WordInfo, FastHash>,
        word: &'static str,
    ) -> &'m mut WordInfo {
        map.entry(word).or_default()
    }
    for (r, n) in rows(CUES) {
        let [class, forms] = r[..n] else { continue };
        let class = match class {
            "tell" => CueClass::Tell,
            "ask" => CueClass::Ask,
            "add" => CueClass::Add,
            "think" => CueClass::Think,
            "announce" => CueClass::Announce,
            _ => CueClass::Say,
        };
        for f in forms.split(',') {
            let participle = f.ends_with("ing");
            at(map, f).cue.get_or_insert(Cue { class, participle });
        }
    }
    for (r, n) in rows(TITLES) {
        let [kind, gender, word] = r[..n] else {
            continue;
        };
        if kind == "head" {
            at(map, word).title_head = Some(gender_of(gender));
        } else {
            at(map, word).title_mod = true;
        }
    }
    for (r, n) in rows(WORDS) {
        match r[..n] {
            ["function", word] => at(map, word).function = true,
            ["time", word] => at(map, word).time = true,
            ["orghead", word, class] => {
                at(map, word).org_head = Some(if class == "main" {
                    OrgHead::Main
                } else {
                    OrgHead::Other
                });
            }
            ["lorghead", word] => {
                at(map, word).lower_org_head = true;
                // The first word of a two-word one (air force).
                if let Some((first, _)) = word.split_once(' ') {
                    at(map, first).lower_org_prefix = true;
                }
            }
            ["placehead", word] => at(map, word).place_head = true,
            ["geo", word] => at(map, word).geo = true,
            ["group", word, class] => {
                at(map, word).group = Some(class);
                // The first word of a two-word group noun (research team).
                if let Some((first, _)) = word.split_once(' ') {
                    at(map, first).group_prefix();
                }
            }
            ["anon", word] => at(map, word).anon = true,
            ["place", word] => {
                at(map, word).place = true;
                if let Some((first, _)) = word.split_once(' ') {
                    at(map, first).place_start = true;
                }
            }
            ["name", word, gender] => at(map, word).first_name = Some(gender_of(gender)),
            _ => {}
        }
    }
    w
}

impl WordInfo {
    /// Marks the word as starting a multi-word group noun.
    fn group_prefix(&mut self) {
        if self.group.is_none() {
            self.group = Some("");
        }
    }
}

/// A key without a possessive `'s` / `'`.
pub fn strip_possessive(key: &str) -> &str {
    key.strip_suffix("'s")
        .or_else(|| key.strip_suffix('\''))
        .unwrap_or(key)
}

/// What the lists say of one word form, looked up once (`Words::info`):
/// the English engine keeps one per token so the hottest tests do not hash
/// the same key again.
#[derive(Debug, Default, Clone, Copy)]
pub struct Info<'w>(Option<&'w WordInfo>);

impl Info<'_> {
    /// As [`Words::cue`].
    pub fn cue(self) -> Option<Cue> {
        self.0?.cue
    }

    /// As [`Words::title_head`] for a key without a final full stop.
    pub fn title_head(self) -> Option<Gender> {
        self.0?.title_head
    }

    /// As [`Words::is_title_mod`].
    pub fn is_title_mod(self) -> bool {
        self.0.is_some_and(|i| i.title_mod)
    }

    /// As [`Words::is_function`].
    pub fn is_function(self) -> bool {
        self.0.is_some_and(|i| i.function)
    }

    /// As [`Words::is_time`].
    pub fn is_time(self) -> bool {
        self.0.is_some_and(|i| i.time)
    }

    /// True for the first word of a multi-word place name.
    pub fn starts_place(self) -> bool {
        self.0.is_some_and(|i| i.place_start)
    }

    /// True when the word may start a collective noun (research team).
    pub fn may_start_group(self) -> bool {
        self.0.is_some_and(|i| i.group.is_some())
    }
}

impl Words {
    fn get(&self, key: &str) -> Option<&WordInfo> {
        self.map.get(key)
    }

    /// Everything the lists say of `key`.
    pub fn info(&self, key: &str) -> Info<'_> {
        Info(self.get(key))
    }

    /// The cue a word form is.
    pub fn cue(&self, key: &str) -> Option<Cue> {
        self.info(key).cue()
    }

    /// The gender of a title head (`Some(Unknown)` for either).
    pub fn title_head(&self, key: &str) -> Option<Gender> {
        self.info(key.trim_end_matches('.')).title_head()
    }

    /// True for words that build titles with a head (Foreign, Prime).
    pub fn is_title_mod(&self, key: &str) -> bool {
        self.info(key).is_title_mod()
    }

    /// True for function words (and common words that start sentences).
    pub fn is_function(&self, key: &str) -> bool {
        self.info(key).is_function()
    }

    /// True for days, months and seasons.
    pub fn is_time(&self, key: &str) -> bool {
        self.info(key).is_time()
    }

    /// The organisation class of a head word (Ministry, University ...).
    pub fn org_head(&self, key: &str) -> Option<OrgHead> {
        self.get(strip_possessive(key))?.org_head
    }

    /// True for lower-case institution nouns after a country (navy, government).
    pub fn is_lower_org_head(&self, key: &str) -> bool {
        self.get(strip_possessive(key))
            .is_some_and(|i| i.lower_org_head)
    }

    /// True for the first word of a two-word institution noun (air force).
    pub fn is_lower_org_prefix(&self, key: &str) -> bool {
        self.get(key).is_some_and(|i| i.lower_org_prefix)
    }

    /// True for words that make a capitalised sequence a place, an event or
    /// a document (City, Day, Act).
    pub fn is_place_head(&self, key: &str) -> bool {
        self.get(strip_possessive(key))
            .is_some_and(|i| i.place_head)
    }

    /// True for geographic words (North, Asia).
    pub fn is_geo(&self, key: &str) -> bool {
        self.get(key).is_some_and(|i| i.geo)
    }

    /// The merging class of a collective noun (scientists -> researchers).
    pub fn group(&self, key: &str) -> Option<&str> {
        self.get(key)?.group.filter(|c| !c.is_empty())
    }

    /// True for a multi-word place name (new york).
    pub fn is_place(&self, key: &str) -> bool {
        self.get(key).is_some_and(|i| i.place)
    }

    /// True for unidentified sources (a source, sources).
    pub fn is_anonymous(&self, key: &str) -> bool {
        self.get(key).is_some_and(|i| i.anon)
    }

    /// The gender of a known first name.
    pub fn first_name(&self, key: &str) -> Option<Gender> {
        self.get(key)?.first_name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let w = words();
        assert_eq!(
            w.cue("said"),
            Some(Cue {
                class: CueClass::Say,
                participle: false
            })
        );
        assert!(w.cue("adding").is_some_and(|c| c.participle));
        assert_eq!(w.title_head("mr."), Some(Gender::Masculine));
        assert_eq!(w.title_head("president"), Some(Gender::Unknown));
        assert!(w.is_title_mod("foreign"));
        assert_eq!(w.org_head("ministry"), Some(OrgHead::Main));
        assert_eq!(w.org_head("university"), Some(OrgHead::Other));
        assert_eq!(w.group("scientists"), Some("researchers"));
        assert_eq!(w.first_name("mary"), Some(Gender::Feminine));
        assert!(w.is_function("the") && w.is_time("monday"));
    }
}
