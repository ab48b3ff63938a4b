//! The hand-written English word lists (`data/en_*.tsv`) and the predicates
//! built on them. Every list is keyed by the normalised (lower-case) form.

use crate::findings::Gender;
use crate::lexicon::gender_of;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const CUES: &str = include_str!("../../data/en_cues.tsv");
const TITLES: &str = include_str!("../../data/en_titles.tsv");
const WORDS: &str = include_str!("../../data/en_words.tsv");

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

/// The English word lists.
#[derive(Debug, Default)]
pub struct Words {
    cues: HashMap<String, Cue>,
    title_heads: HashMap<String, Gender>,
    title_mods: HashSet<String>,
    function: HashSet<String>,
    time: HashSet<String>,
    org_heads: HashMap<String, OrgHead>,
    lower_org_heads: HashSet<String>,
    place_heads: HashSet<String>,
    geo: HashSet<String>,
    groups: HashMap<String, String>,
    anon: HashSet<String>,
    first_names: HashMap<String, Gender>,
}

/// The lists, parsed on first use.
pub fn words() -> &'static Words {
    static WORDS_CELL: OnceLock<Words> = OnceLock::new();
    WORDS_CELL.get_or_init(build)
}

fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn build() -> Words {
    let mut w = Words::default();
    for r in rows(CUES) {
        let [class, forms] = r[..] else { continue };
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
            w.cues
                .entry(f.to_string())
                .or_insert(Cue { class, participle });
        }
    }
    for r in rows(TITLES) {
        let [kind, gender, word] = r[..] else {
            continue;
        };
        if kind == "head" {
            w.title_heads.insert(word.to_string(), gender_of(gender));
        } else {
            w.title_mods.insert(word.to_string());
        }
    }
    for r in rows(WORDS) {
        match r[..] {
            ["function", word] => {
                w.function.insert(word.to_string());
            }
            ["time", word] => {
                w.time.insert(word.to_string());
            }
            ["orghead", word, class] => {
                let c = if class == "main" {
                    OrgHead::Main
                } else {
                    OrgHead::Other
                };
                w.org_heads.insert(word.to_string(), c);
            }
            ["lorghead", word] => {
                w.lower_org_heads.insert(word.to_string());
            }
            ["placehead", word] => {
                w.place_heads.insert(word.to_string());
            }
            ["geo", word] => {
                w.geo.insert(word.to_string());
            }
            ["group", word, class] => {
                w.groups.insert(word.to_string(), class.to_string());
            }
            ["anon", word] => {
                w.anon.insert(word.to_string());
            }
            ["name", word, gender] => {
                w.first_names.insert(word.to_string(), gender_of(gender));
            }
            _ => {}
        }
    }
    w
}

/// A key without a possessive `'s` / `'`.
pub fn strip_possessive(key: &str) -> &str {
    key.strip_suffix("'s")
        .or_else(|| key.strip_suffix('\''))
        .unwrap_or(key)
}

impl Words {
    /// The cue a word form is.
    pub fn cue(&self, key: &str) -> Option<Cue> {
        self.cues.get(key).copied()
    }

    /// The gender of a title head (`Some(Unknown)` for either).
    pub fn title_head(&self, key: &str) -> Option<Gender> {
        self.title_heads.get(key.trim_end_matches('.')).copied()
    }

    /// True for words that build titles with a head (Foreign, Prime).
    pub fn is_title_mod(&self, key: &str) -> bool {
        self.title_mods.contains(key)
    }

    /// True for function words (and common words that start sentences).
    pub fn is_function(&self, key: &str) -> bool {
        self.function.contains(key)
    }

    /// True for days, months and seasons.
    pub fn is_time(&self, key: &str) -> bool {
        self.time.contains(key)
    }

    /// The organisation class of a head word (Ministry, University ...).
    pub fn org_head(&self, key: &str) -> Option<OrgHead> {
        self.org_heads.get(strip_possessive(key)).copied()
    }

    /// True for lower-case institution nouns after a country (navy, government).
    pub fn is_lower_org_head(&self, key: &str) -> bool {
        self.lower_org_heads.contains(strip_possessive(key))
    }

    /// True for words that make a capitalised sequence a place, an event or
    /// a document (City, Day, Act).
    pub fn is_place_head(&self, key: &str) -> bool {
        self.place_heads.contains(strip_possessive(key))
    }

    /// True for geographic words (North, Asia).
    pub fn is_geo(&self, key: &str) -> bool {
        self.geo.contains(key)
    }

    /// The merging class of a collective noun (scientists -> researchers).
    pub fn group(&self, key: &str) -> Option<&str> {
        self.groups.get(key).map(String::as_str)
    }

    /// True for unidentified sources (a source, sources).
    pub fn is_anonymous(&self, key: &str) -> bool {
        self.anon.contains(key)
    }

    /// The gender of a known first name.
    pub fn first_name(&self, key: &str) -> Option<Gender> {
        self.first_names.get(key).copied()
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
