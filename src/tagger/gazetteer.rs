//! Word-level gazetteer features from the project's own generated lexicons
//! (countries, capitals and nisba forms from ISO data, people and
//! organisations from the CAMEO dictionaries, collective agents) and its
//! hand-written title and speech-cue lists. None of these is derived from
//! ANERcorp text, so they generalise to unseen news.
//!
//! Each normalised word of a lexicon phrase (and its clitic-stripped stem)
//! records what kind of phrase it was part of and where: a whole one-word
//! name, the first word, or a later word. The words come from the phrase
//! keys the lexicon module made of the same files (normalising the files
//! again cost a third of the start-up); the tests check that the table is
//! the one the files give.

use super::features::{hash_str, strip_stages, trigger, trigger_words};
use crate::lexicon::Entry as LexEntry;
use crate::model::{ActorKind, MentionForm};
use crate::text::normalize::push_key;
use crate::text::{data_rows, split_ascii, tab_fields};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

// The lexicon files: read here by the tests only (the table takes their
// words from the lexicon's keys).
#[cfg(test)]
const COUNTRIES: &str = crate::text::data_file!("../../data/countries.tsv");
#[cfg(test)]
const ORGANIZATIONS: &str = crate::text::data_file!("../../data/organizations.tsv");
#[cfg(test)]
const PEOPLE: &str = crate::text::data_file!("../../data/people.tsv");
#[cfg(test)]
const AGENTS: &str = crate::text::data_file!("../../data/agents.tsv");
const TITLES: &str = crate::text::data_file!("../../data/ar_titles.tsv");
const CUES: &str = crate::text::data_file!("../../data/ar_cues.tsv");

/// Titles of the rules that the tagger does not take as title words: in
/// ANERcorp they are mostly adjectives (الدور القيادي, "the leading role"),
/// and as title features they cost 0.4 F1 in cross-validation (75.2 with,
/// 75.6 without).
/// A title added to the rules after the shipped model was trained may wait
/// here until the next re-training (CI checks that training reproduces the
/// model byte for byte); session 9's مندوب and المؤرخ joined in session 10,
/// and session 10's sports titles and founders (حارس، مهاجم، المؤسس) wait.
const NOT_TAGGER_TITLES: &[&str] = &[
    "القيادي",
    "القيادية",
    "قيادي",
    "قيادية",
    "حارس",
    "مهاجم",
    "المؤسس",
    "مؤسس",
    "الروائية",
    "الناقد",
    "الناقدة",
    "الناشر",
    "الناشرة",
    "المعارض",
    "معارض",
    // Session 14: the indefinite commissioner (مفوضة الاتحاد الأوروبي).
    "مفوض",
    "مفوضة",
    // Session 19: an under-secretary, a dean, a supervisor (وكيلة وزارة
    // التعليم، عميد كلية الطب، المشرف العام على المشروع).
    "الوكيلة",
    "وكيلة",
    "عميد",
    "عميدة",
    "العميدة",
    "المشرف",
    "مشرف",
    "المشرفة",
    "مشرفة",
    // Session 19: students and teachers quoted by name (الطالب في جامعة
    // الملك سعود أحمد علي).
    "الطالب",
    "الطالبة",
    "المعلم",
    "المعلمة",
    // Session 22: a team's doctor (طبيب الفريق الدكتور ماجد الحربي).
    "طبيب",
    "طبيبة",
    // ar31: a mosque's preacher (خطيب المسجد الحرام).
    "خطيب",
];

/// Cue forms added to the rules after the shipped model was trained (session
/// 11: اتهم; session 12: أجاب), kept out of its gazetteer until the next re-training, as
/// `NOT_TAGGER_TITLES` are.
const NOT_TAGGER_CUES: &[&str] = &[
    "اتهم",
    "اتهمت",
    "اتهموا",
    "يتهم",
    "تتهم",
    "يتهمون",
    "أجاب",
    "أجابت",
    "أجابوا",
    "يجيب",
    "تجيب",
    "يجيبون",
    "مجيبا",
    "مجيبة",
    "مجيبين",
    // Session 14: روى (narrated), without روى itself, which is also Roy.
    "روت",
    "رووا",
    "يروي",
    "تروي",
    "يروون",
    // Session 18: بيّن (explained) in the forms that cannot be بين
    // ("between").
    "بينت",
    "مبينا",
    "مبينة",
    "مبينين",
];

/// Bits of a gazetteer mask.
pub(crate) mod bit {
    /// A one-word place (country, capital as metonym).
    pub const LOC_WHOLE: u16 = 1 << 0;
    /// First word of a longer place name.
    pub const LOC_FIRST: u16 = 1 << 1;
    /// Later word of a longer place name.
    pub const LOC_LATER: u16 = 1 << 2;
    /// A one-word person name.
    pub const PERS_WHOLE: u16 = 1 << 3;
    /// First word of a person's name.
    pub const PERS_FIRST: u16 = 1 << 4;
    /// Later word of a person's name.
    pub const PERS_LATER: u16 = 1 << 5;
    /// A one-word organisation name.
    pub const ORG_WHOLE: u16 = 1 << 6;
    /// First word of an organisation name.
    pub const ORG_FIRST: u16 = 1 << 7;
    /// Later word of an organisation name.
    pub const ORG_LATER: u16 = 1 << 8;
    /// A nisba (demonym) adjective: المصري، الفرنسية.
    pub const NISBA: u16 = 1 << 9;
    /// A word of a collective agent (الشرطة، المتمردين).
    pub const AGENT: u16 = 1 << 10;
    /// A title or role (hand-written list).
    pub const TITLE: u16 = 1 << 11;
    /// A verb of saying (hand-written list).
    pub const CUE: u16 = 1 << 12;
    /// Number of bits in use.
    pub const COUNT: u32 = 13;
}

/// (whole, first, later) bits of a name class.
type Positions = (u16, u16, u16);
const LOC: Positions = (bit::LOC_WHOLE, bit::LOC_FIRST, bit::LOC_LATER);
const PERS: Positions = (bit::PERS_WHOLE, bit::PERS_FIRST, bit::PERS_LATER);
const ORG: Positions = (bit::ORG_WHOLE, bit::ORG_FIRST, bit::ORG_LATER);

/// What the tables say of one word form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Gazetteer bits (see [`bit`]).
    pub gaz: u16,
    /// Trigger class (see [`trigger`]), from the tagger's own list.
    pub trigger: u8,
}

type Table = HashMap<u64, Entry, BuildHasherDefault<super::StemHasher>>;

/// Data rows of a TSV file: comment and blank lines skipped. Each row is
/// read field by field, with no allocation (a start-up cost).
fn rows(file: &'static str) -> impl Iterator<Item = impl Iterator<Item = &'static str>> {
    data_rows(file).map(tab_fields)
}

/// The last field of each data row (the surface of a lexicon row).
#[cfg(test)]
fn last_fields(file: &'static str) -> impl Iterator<Item = &'static str> {
    rows(file).filter_map(|r| r.last())
}

/// Records the words of `phrase` under `pos` (whole, first, later). The
/// lexicon files write a phrase as words joined by single spaces (a test
/// checks it), so splitting at spaces is splitting at whitespace.
fn add_phrase(table: &mut Table, key: &mut String, phrase: &str, pos: Positions) {
    for (w, b) in word_bits(phrase, pos) {
        add_word(table, key, w, b);
    }
}

/// The words of `phrase` (joined by single spaces), each with its bits of
/// `pos`: the whole's for a one-word phrase, else the first's or a later
/// word's.
fn word_bits(phrase: &str, pos: Positions) -> impl Iterator<Item = (&str, u16)> {
    split_ascii(phrase, b' ').enumerate().map(move |(k, w)| {
        // A one-word phrase is its own first word: told without a search
        // of its own for a space (a start-up cost per lexicon phrase).
        let b = match k {
            0 if w.len() == phrase.len() => pos.0,
            0 => pos.1,
            _ => pos.2,
        };
        (w, b)
    })
}

/// Records `word` (its key and its clitic-stripped stem) with `b`; `key`
/// is a reused buffer.
fn add_word(table: &mut Table, key: &mut String, word: &str, b: u16) {
    key.clear();
    push_key(word, key);
    add_key(table, key, b);
}

/// Records the word key `key` and its clitic-stripped stem with `b`.
fn add_key(table: &mut Table, key: &str, b: u16) {
    if key.is_empty() {
        return;
    }
    table.entry(hash_str(key.as_bytes())).or_default().gaz |= b;
    let stem = strip_stages(key).stem();
    if stem > 0 {
        table
            .entry(hash_str(&key.as_bytes()[stem..]))
            .or_default()
            .gaz |= b;
    }
}

/// The (whole, first, later) bits of a lexicon entry: what its row adds
/// to the words of its phrase.
fn positions(e: &LexEntry) -> Positions {
    const NISBA: Positions = (bit::NISBA, bit::NISBA, bit::NISBA);
    const AGENT: Positions = (bit::AGENT, bit::AGENT, bit::AGENT);
    match e.kind {
        // A country's government, named in the organisations file.
        ActorKind::Country if e.form == MentionForm::Title => ORG,
        ActorKind::Country if e.form == MentionForm::Nisba => NISBA,
        ActorKind::Country => LOC,
        ActorKind::Person => PERS,
        // Collective agents have keys of their own; organisations (and
        // groups named in the organisations file) are `org:`.
        _ if e.key.starts_with("group:") => AGENT,
        _ => ORG,
    }
}

/// Records the words of the phrase key `phrase` (word keys joined by
/// single spaces) under `pos`.
fn add_phrase_key(table: &mut Table, phrase: &str, pos: Positions) {
    for (w, b) in word_bits(phrase, pos) {
        add_key(table, w, b);
    }
}

/// Room for the words of the lexicons without rehashing while building.
const TABLE_CAPACITY: usize = 12 * 1024;

/// The trigger words, and the title and cue words of the hand-written
/// lists.
fn add_lists(t: &mut Table, key: &mut String) {
    for (h, class) in trigger_words() {
        let e = t.entry(h).or_default();
        // A word listed twice keeps its first class.
        if e.trigger == trigger::NONE {
            e.trigger = class;
        }
    }
    for mut r in rows(TITLES) {
        if let Some(first) = r
            .nth(1)
            .and_then(|t| t.split_whitespace().next())
            .filter(|t| !NOT_TAGGER_TITLES.contains(t))
        {
            add_word(t, key, first, bit::TITLE);
        }
    }
    for r in rows(CUES) {
        for form in r
            .skip(1)
            .filter(|f| *f != "-" && !NOT_TAGGER_CUES.contains(f))
        {
            add_word(t, key, form, bit::CUE);
        }
    }
}

/// The table, from the lexicon's phrase keys (made once, for the matcher)
/// and the lists: what [`table_from_files`] reads from the files, at a
/// fraction of the start-up cost.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table::with_capacity_and_hasher(TABLE_CAPACITY, Default::default());
        let key = &mut String::new();
        add_lists(&mut t, key);
        let lex = crate::lexicon::lexicon();
        for (phrase, entries) in lex.phrases() {
            // Bits are or-ed in, so a phrase of several rows takes all
            // their bits at once. Rows flagged `rules` are the rules' only
            // (see tools/sources/organizations.tsv).
            let mut entries = entries.filter(|e| !e.rules_only).peekable();
            if entries.peek().is_none() {
                continue;
            }
            let pos = entries
                .map(positions)
                .fold((0, 0, 0), |a, p| (a.0 | p.0, a.1 | p.1, a.2 | p.2));
            add_phrase_key(&mut t, phrase, pos);
        }
        for surface in lex.unlisted() {
            add_phrase(&mut t, key, surface, ORG);
        }
        t
    })
}

/// The table read from the lexicon files themselves (the reference for
/// [`table`]).
#[cfg(test)]
fn table_from_files() -> Table {
    let mut t = Table::with_capacity_and_hasher(TABLE_CAPACITY, Default::default());
    let key = &mut String::new();
    add_lists(&mut t, key);
    // (The countries file's packed nisba rows written out.)
    for [_code, _lang, form, _gender, surface] in crate::lexicon::country_rows() {
        if form == "nisba" {
            add_phrase(&mut t, key, surface, (bit::NISBA, bit::NISBA, bit::NISBA));
        } else {
            add_phrase(&mut t, key, surface, LOC);
        }
    }
    for surface in last_fields(PEOPLE) {
        add_phrase(&mut t, key, surface, PERS);
    }
    for r in rows(ORGANIZATIONS) {
        let fields: Vec<&str> = r.collect();
        if let [.., flags, surface] = fields[..] {
            if !flags.contains("rules") {
                add_phrase(&mut t, key, surface, ORG);
            }
        }
    }
    for surface in last_fields(AGENTS) {
        add_phrase(&mut t, key, surface, (bit::AGENT, bit::AGENT, bit::AGENT));
    }
    t
}

/// What the tables say of the word form whose key hashes to `h`.
pub(crate) fn lookup(h: u64) -> Entry {
    table().get(&h).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase's words with their position bits: the whole's for one
    /// word, else the first's and the later words'.
    #[test]
    fn word_bits_by_position() {
        let pos = (1, 2, 4);
        let cases: [(&str, &[(&str, u16)]); 4] = [
            ("مصر", &[("مصر", 1)]),
            ("الامم المتحده", &[("الامم", 2), ("المتحده", 4)]),
            ("a b c", &[("a", 2), ("b", 4), ("c", 4)]),
            ("", &[("", 1)]),
        ];
        for (phrase, want) in cases {
            let got: Vec<(&str, u16)> = word_bits(phrase, pos).collect();
            assert_eq!(got, want, "{phrase}");
        }
    }

    fn of(word: &str) -> u16 {
        let mut key = String::new();
        push_key(word, &mut key);
        let stages = strip_stages(&key);
        stages
            .offsets()
            .map(|at| lookup(hash_str(&key.as_bytes()[at..])).gaz)
            .fold(0, |m, g| m | g)
    }

    /// The table reads the lexicons' last column as the surface and splits
    /// it at single spaces: true of the files as generated.
    #[test]
    fn lexicon_rows_are_clean() {
        for (file, columns) in [(COUNTRIES, 5), (PEOPLE, 5), (ORGANIZATIONS, 7), (AGENTS, 3)] {
            for row in rows(file) {
                let row: Vec<&str> = row.collect();
                assert_eq!(row.len(), columns, "{row:?}");
                let surface = row[columns - 1];
                assert_eq!(
                    surface.split_whitespace().collect::<Vec<_>>(),
                    surface.split(' ').collect::<Vec<_>>(),
                    "{surface:?}"
                );
            }
        }
    }

    /// The table made from the lexicon's keys is the one the files give.
    #[test]
    fn table_is_the_files_table() {
        let want = table_from_files();
        let got = table();
        assert_eq!(got.len(), want.len());
        for (h, e) in &want {
            assert_eq!(got.get(h), Some(e), "{h:x}");
        }
    }

    #[test]
    fn words_of_the_lexicons() {
        struct Case {
            word: &'static str,
            has: u16,
        }
        let cases = [
            Case {
                word: "فرنسا",
                has: bit::LOC_WHOLE,
            },
            Case {
                word: "وفرنسا",
                has: bit::LOC_WHOLE,
            },
            Case {
                word: "الفرنسي",
                has: bit::NISBA,
            },
            Case {
                word: "ترامب",
                has: bit::PERS_LATER,
            },
            Case {
                word: "المتحدة",
                has: bit::ORG_LATER,
            },
            Case {
                word: "والرئيس",
                has: bit::TITLE,
            },
            Case {
                word: "وقال",
                has: bit::CUE,
            },
            // Titles of session 9, in the model since session 10's
            // re-training.
            Case {
                word: "مندوب",
                has: bit::TITLE,
            },
            Case {
                word: "المؤرخ",
                has: bit::TITLE,
            },
        ];
        for c in cases {
            assert_eq!(of(c.word) & c.has, c.has, "{}", c.word);
        }
        assert_eq!(of("الطقس"), 0);
        // Mostly an adjective in ANERcorp: a title of the rules only.
        assert_eq!(of("القيادي") & bit::TITLE, 0);
        // The capacity reserved up front holds the table.
        let n = table().len();
        assert!(n > 1000 && n <= TABLE_CAPACITY, "{n} words");
    }
}
