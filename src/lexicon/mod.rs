//! Lexicons compiled into the crate (files under `data/`) and the matcher
//! that finds their entries in a tokenised text: one pass, longest match
//! wins, Arabic proclitics peeled on the first word of a phrase.

pub mod clitics;
mod load;

pub use load::lexicon;
pub(crate) use load::GOVERNMENT_SUFFIX;

use crate::findings::Gender;
use crate::hash::FxHashMap as HashMap;
use crate::model::{ActorKind, MentionForm};
use crate::span::Span;
use crate::text::document::Document;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// Language of a lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Arabic.
    Ar,
    /// English (or any Latin-script name).
    En,
}

/// One surface form of a known actor. Every text is a slice of the
/// compiled-in data (or of strings made once when the lexicon is built), so
/// an entry is copied, never allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// What the actor is.
    pub kind: ActorKind,
    /// How this surface form refers to it.
    pub form: MentionForm,
    /// Identity of the actor (`country:RU`, `org:UN`, `person:...`).
    pub key: &'static str,
    /// The actor's display name in this entry's language.
    pub canonical: &'static str,
    /// Grammatical gender of this form.
    pub gender: Gender,
    /// ISO alpha-2 code of the actor's country.
    pub country: Option<&'static str>,
    /// The language of the surface form.
    pub lang: Lang,
    /// For case-sensitive entries (acronyms like `WHO`), the exact surface.
    pub exact: Option<&'static str>,
    /// For the rules only: a row flagged `rules`, which the tagger's
    /// gazetteer leaves out (see tools/sources/organizations.tsv).
    pub rules_only: bool,
    /// A news outlet (agency, channel, paper): after a title with ل it is
    /// whom the words were said to (مسؤول أمريكي لرويترز).
    pub media: bool,
}

/// A lexicon match in a document.
#[derive(Debug, Clone)]
pub struct Match<'l> {
    /// Tokens covered (the first may carry peeled proclitics).
    pub tokens: Range<usize>,
    /// Surface span, after peeled proclitics.
    pub span: Span,
    /// Letters of proclitics peeled from the first token.
    pub peeled: usize,
    /// The matching entries (one phrase may name several actors; the
    /// caller chooses).
    pub entries: Vec<&'l Entry>,
}

/// No entry (end of a chain, or a phrase that is only a prefix).
const NONE: u32 = u32::MAX;

/// What the lexicon knows about one phrase key.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// First and last link of the phrase's entries (see [`Index::links`]),
    /// or [`NONE`] when the key is only a prefix.
    first: u32,
    last: u32,
    /// True when the key is a proper word-prefix of a longer phrase, so a
    /// match attempt goes on to the next word.
    prefix: bool,
}

/// The part of the phrases whose keys start with anything but an ASCII
/// letter: Arabic script, digits (Arabic texts have many numbers), the odd
/// Latin name such as Åland.
const ARABIC: usize = 0;
/// The part of the phrases whose keys start with an ASCII letter.
const LATIN: usize = 1;

/// The part ([`ARABIC`] or [`LATIN`]) of a phrase key or first word.
pub(crate) fn part_of(key: &str) -> usize {
    usize::from(key.as_bytes().first().is_some_and(u8::is_ascii_alphabetic))
}

/// How many Latin first words are answered each by a scan of the Latin
/// rows (an index of its own, a few rows) before the whole Latin index is
/// made: an Arabic article looks up a handful of Latin words (AP, CNN),
/// and a scan costs about a fiftieth of the Latin index, which is about
/// half of the lexicon's start-up.
const LATIN_SCANS: usize = 8;

/// Phrases and their entries: one part of the lexicon, or the phrases of
/// one first word.
#[derive(Debug, Default)]
struct Index {
    /// (entry, next link of the same phrase or [`NONE`]): the chains of
    /// the phrases' entries.
    links: Vec<(u32, u32)>,
    /// Phrases and their proper word-prefixes, by normalised key. The keys
    /// are slices of one string made when the lexicon is built.
    phrases: HashMap<&'static str, Slot>,
    max_words: usize,
}

impl Index {
    /// The index of `rows` (phrase key, entry id), in their order, with
    /// room for `capacity` keys; with a `word`, of the rows whose keys are
    /// `word` or start with it and a space only.
    #[inline(never)] // one copy for the parts and the scans (module size)
    fn of(
        rows: &[(&'static str, u32)],
        word: Option<&str>,
        entries: &[Entry],
        capacity: usize,
    ) -> Index {
        let mut index = Index {
            links: Vec::with_capacity(capacity),
            phrases: HashMap::with_capacity_and_hasher(capacity + capacity / 4, Default::default()),
            max_words: 0,
        };
        for &(key, id) in rows {
            let starts = |w: &str| {
                let (k, w) = (key.as_bytes(), w.as_bytes());
                k.first() == w.first()
                    && k.starts_with(w)
                    && k.get(w.len()).is_none_or(|&b| b == b' ')
            };
            if word.is_none_or(starts) {
                index.add(key, id, entries);
            }
        }
        index
    }

    /// Puts entry `id` under the normalised phrase key `key`. An entry
    /// equal to one the phrase has already is left out of the phrase (it
    /// stays in [`Lexicon::entries`], after its equal).
    fn add(&mut self, key: &'static str, id: u32, entries: &[Entry]) {
        if key.is_empty() {
            return;
        }
        let mut words = 1;
        let mut cut = 0;
        while let Some(i) = crate::text::find_byte(&key.as_bytes()[cut..], b' ') {
            cut += i;
            words += 1;
            self.phrases
                .entry(&key[..cut])
                .or_insert(Slot {
                    first: NONE,
                    last: NONE,
                    prefix: true,
                })
                .prefix = true;
            cut += 1;
        }
        self.max_words = self.max_words.max(words);
        let slot = self.phrases.entry(key).or_insert(Slot {
            first: NONE,
            last: NONE,
            prefix: false,
        });
        let entry = &entries[id as usize];
        let mut i = slot.first;
        while i != NONE {
            let (e, next) = self.links[i as usize];
            if entries[e as usize] == *entry {
                return;
            }
            i = next;
        }
        let link = self.links.len() as u32;
        self.links.push((id, NONE));
        if slot.last == NONE {
            slot.first = link;
        } else {
            self.links[slot.last as usize].1 = link;
        }
        slot.last = link;
    }
}

/// A set of phrases mapped to entries.
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// The phrase key and entry of every row, by part ([`ARABIC`],
    /// [`LATIN`]), in the files' order (which is the order of a phrase's
    /// entries).
    rows: [Vec<(&'static str, u32)>; 2],
    /// The index of each part, made on first use: an English text looks
    /// up hardly any Arabic word, an Arabic one few Latin words.
    index: [OnceLock<Index>; 2],
    /// Latin first words looked up before the Latin index was made, each
    /// with the index of the rows it starts (see [`LATIN_SCANS`]).
    scanned: [OnceLock<(String, Index)>; LATIN_SCANS],
    /// Organisation names of the files that are not phrases here (see
    /// `load`), which the tagger's gazetteer still reads word by word.
    unlisted: Vec<&'static str>,
}

impl Lexicon {
    /// Every phrase key of the Arabic part that has entries, with its
    /// entries (phrases in no particular order): the tagger's gazetteer
    /// reads its words from these keys rather than normalising the files
    /// again.
    pub(crate) fn arabic_phrases(
        &self,
    ) -> impl Iterator<Item = (&'static str, impl Iterator<Item = &Entry>)> {
        let index = self.index(ARABIC);
        index
            .phrases
            .iter()
            .filter(|(_, s)| s.first != NONE)
            .map(move |(&k, &s)| (k, self.entries_of(index, s)))
    }

    /// The phrase key and entry of every row of the Latin part, in the
    /// files' order (no index made).
    pub(crate) fn latin_rows(&self) -> impl Iterator<Item = (&'static str, &Entry)> {
        self.rows[LATIN]
            .iter()
            .map(|&(k, id)| (k, &self.entries[id as usize]))
    }

    /// Makes the Latin index now when `words` words (or more) may be
    /// looked up, more than would be answered by scans (an English
    /// section; not the line of English at the end of an Arabic page).
    pub(crate) fn expect_latin_words(&self, words: usize) {
        if words > LATIN_SCANS {
            self.index(LATIN);
        }
    }

    /// The names of the files left out as phrases (see
    /// [`Lexicon::arabic_phrases`]).
    pub(crate) fn unlisted(&self) -> &[&'static str] {
        &self.unlisted
    }

    /// A lexicon of `entries` (their identity keys set), with the phrase
    /// key and entry of each row (see [`Lexicon::add_row`]).
    pub(crate) fn with_entries(entries: Vec<Entry>) -> Lexicon {
        Lexicon {
            entries,
            ..Lexicon::default()
        }
    }

    /// Puts entry `id` (of those the lexicon was made with) under the
    /// normalised phrase key `key`, once its part's index is made.
    pub(crate) fn add_row(&mut self, key: &'static str, id: usize) {
        self.rows[part_of(key)].push((key, id as u32));
    }

    /// The index of part `part`, made on first use.
    fn index(&self, part: usize) -> &Index {
        self.index[part].get_or_init(|| {
            // Room for all rows' keys (as when the parts were one index):
            // fewer collisions in the lookups of every article.
            Index::of(&self.rows[part], None, &self.entries, self.entries.len())
        })
    }

    /// An index that has every phrase starting with `key` (a first word,
    /// or a phrase key): the index of its part (see [`Lexicon::first_index_for`]).
    #[inline]
    fn index_for(&self, key: &str) -> &Index {
        let part = part_of(key);
        match self.index[part].get() {
            Some(index) => index,
            None => self.first_index_for(key, part),
        }
    }

    /// [`Lexicon::index_for`] before the index of `part` is made: the index
    /// made now, or for one of the first [`LATIN_SCANS`] Latin keys, the
    /// index of the Latin rows whose keys start with it.
    #[inline(never)]
    fn first_index_for(&self, key: &str, part: usize) -> &Index {
        if part == LATIN {
            for cell in &self.scanned {
                // An empty cell takes this key; another thread may have
                // filled it with another meanwhile.
                // The Latin rows whose keys start with `key`: every phrase a
                // match starting with it can reach, with its entries in the
                // order of the Latin index.
                let (k, index) = cell.get_or_init(|| {
                    let rows = &self.rows[LATIN];
                    (
                        key.to_string(),
                        Index::of(rows, Some(key), &self.entries, 0),
                    )
                });
                if k == key {
                    return index;
                }
            }
        }
        self.index(part)
    }

    /// The entries of a phrase key of `index`, in the order they were added.
    fn entries_of<'a>(&'a self, index: &'a Index, slot: Slot) -> impl Iterator<Item = &'a Entry> {
        let mut i = slot.first;
        std::iter::from_fn(move || {
            (i != NONE).then(|| {
                let (e, next) = index.links[i as usize];
                i = next;
                &self.entries[e as usize]
            })
        })
    }

    /// The first entry of the phrase with normalised key `key`, if any.
    pub(crate) fn first_of(&self, key: &str) -> Option<&Entry> {
        let index = self.index_for(key);
        let slot = index.phrases.get(key)?;
        (slot.first != NONE).then(|| &self.entries[index.links[slot.first as usize].0 as usize])
    }

    /// All entries (for building derived indexes).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The longest phrase starting at token `start` and ending before
    /// `limit`, with proclitics peeled from the first word when the text is
    /// Arabic. Phrases do not cross punctuation.
    // The engines use `longest_with` with cached readings; this convenience
    // form serves tests and callers without a cache.
    #[allow(dead_code)]
    pub fn longest_at(&self, doc: &Document, start: usize, limit: usize) -> Option<Match<'_>> {
        let first = doc.tokens.get(start)?;
        if !first.is_word() && first.kind != crate::text::token::TokenKind::Number {
            return None;
        }
        if first.is_arabic() {
            let readings = readings_of(doc, start);
            return self.longest_with(doc, start, limit, &readings);
        }
        // A Latin word has at most two readings (see `readings_into`): made
        // on the stack, since the English rules look up words many times.
        let key = first.key.as_ref();
        let stem = key.strip_suffix("'s");
        fn reading(k: &str) -> clitics::Reading<'_> {
            clitics::Reading {
                offset: 0,
                key: Cow::Borrowed(k),
                peeled: 0,
            }
        }
        let both = [reading(key), reading(stem.unwrap_or(key))];
        let n = if stem.is_some() { 2 } else { 1 };
        self.longest_with(doc, start, limit, &both[..n])
    }

    /// [`Lexicon::longest_at`] with the first word's readings already made
    /// (see [`readings_of`]), for callers that reuse them.
    pub fn longest_with(
        &self,
        doc: &Document,
        start: usize,
        limit: usize,
        readings: &[clitics::Reading],
    ) -> Option<Match<'_>> {
        thread_local! {
            /// The phrase buffer of callers without one of their own.
            static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => self.longest_in(doc, start, limit, readings, &mut s),
            Err(_) => self.longest_in(doc, start, limit, readings, &mut String::new()),
        })
    }

    /// [`Lexicon::longest_with`] building phrases of several words in
    /// `scratch` (a buffer the caller reuses from word to word).
    pub fn longest_in(
        &self,
        doc: &Document,
        start: usize,
        limit: usize,
        readings: &[clitics::Reading],
        scratch: &mut String,
    ) -> Option<Match<'_>> {
        self.longest_noting(doc, start, limit, readings, scratch, &mut false)
    }

    /// [`Lexicon::longest_in`], also setting `starts` when some phrase
    /// starts with one of the readings (when none does, no match is
    /// possible wherever a word of the same readings stands, so a caller
    /// may skip its later copies).
    pub(crate) fn longest_noting(
        &self,
        doc: &Document,
        start: usize,
        limit: usize,
        readings: &[clitics::Reading],
        scratch: &mut String,
        starts: &mut bool,
    ) -> Option<Match<'_>> {
        let first = doc.tokens.get(start)?;
        if !first.is_word() && first.kind != crate::text::token::TokenKind::Number {
            return None;
        }
        let mut best: Option<Match> = None;
        let phrase = scratch;
        for reading in readings {
            // A reading that no phrase starts with cannot match.
            let index = self.index_for(&reading.key);
            let Some(&first_slot) = index.phrases.get(reading.key.as_ref()) else {
                continue;
            };
            *starts = true;
            phrase.clear();
            phrase.push_str(&reading.key);
            let mut slot = Some(first_slot);
            let mut end = start + 1;
            let mut words = 1;
            loop {
                // English possessive on the last word of a longer phrase:
                // "United Kingdom's" reads as "United Kingdom".
                let possessive = end > start + 1
                    && !first.is_arabic()
                    && doc.tokens[end - 1].key.ends_with("'s")
                    && slot.is_none_or(|s| s.first == NONE);
                let found = if possessive {
                    index.phrases.get(&phrase[..phrase.len() - 2]).copied()
                } else {
                    slot
                };
                let better = best.as_ref().is_none_or(|b| {
                    end > b.tokens.end || (end == b.tokens.end && reading.peeled < b.peeled)
                });
                // Entries are listed only for a match that would be kept.
                if let Some(found) = found.filter(|s| better && s.first != NONE) {
                    let entries: Vec<&Entry> = self
                        .entries_of(index, found)
                        .filter(|e| match e.exact {
                            Some(exact) => {
                                let s = doc.tokens[start].span.start + reading.offset;
                                let e = doc.tokens[end - 1].span.end;
                                // A dotted acronym is keyed without its
                                // dots (U.N. is UN's), unless a name of
                                // one word goes on after it: initials
                                // (A.P. Moller-Maersk, not U.N.
                                // Secretary-General Antonio Guterres).
                                let cap = |k: usize| {
                                    doc.tokens
                                        .get(k)
                                        .is_some_and(|t| t.is_word() && t.is_capitalized())
                                };
                                let initials = || cap(end) && !cap(end + 1);
                                doc.text.get(s..e).is_some_and(|t| {
                                    let t = t.trim_end_matches("'s");
                                    t == exact
                                        || t.contains('.')
                                            && !initials()
                                            && t.chars().filter(|&c| c != '.').eq(exact.chars())
                                })
                            }
                            None => true,
                        })
                        .collect();
                    if !entries.is_empty() {
                        let mut span_end = doc.tokens[end - 1].span.end;
                        if possessive {
                            let w = doc.word(end - 1);
                            span_end -=
                                w.len() - w.trim_end_matches("'s").trim_end_matches("’s").len();
                        }
                        // A possessive stays outside the span: "Russia's" -> "Russia".
                        if *reading.key != *first.key && end == start + 1 && !first.is_arabic() {
                            span_end -= doc.word(start).len()
                                - doc
                                    .word(start)
                                    .trim_end_matches("'s")
                                    .trim_end_matches("’s")
                                    .len();
                        }
                        best = Some(Match {
                            tokens: start..end,
                            span: Span::new(
                                doc.tokens[start].span.start + reading.offset,
                                span_end,
                            ),
                            peeled: reading.peeled,
                            entries,
                        });
                    }
                }
                if words >= index.max_words || end >= limit || !slot.is_some_and(|s| s.prefix) {
                    break;
                }
                let next = &doc.tokens[end];
                if !(next.is_word() || next.kind == crate::text::token::TokenKind::Number)
                    || next.newline_before
                {
                    break;
                }
                phrase.push(' ');
                phrase.push_str(&next.key);
                slot = index.phrases.get(phrase.as_str()).copied();
                end += 1;
                words += 1;
            }
        }
        best
    }
}

/// The ways to read token `i` for lookup: as written, and for Arabic words
/// with proclitics peeled; for English, also without a possessive `'s`.
pub fn readings_of<'d>(doc: &'d Document, i: usize) -> Vec<clitics::Reading<'d>> {
    let mut r = Vec::new();
    readings_into(doc, i, &mut r);
    r
}

/// [`readings_of`] appended to `out`.
pub fn readings_into<'d>(doc: &'d Document, i: usize, out: &mut Vec<clitics::Reading<'d>>) {
    let t = &doc.tokens[i];
    if t.is_arabic() {
        return clitics::readings_into(doc.word(i), &t.key, out);
    }
    out.push(clitics::Reading {
        offset: 0,
        key: Cow::Borrowed(&t.key),
        peeled: 0,
    });
    if let Some(stem) = t.key.strip_suffix("'s") {
        out.push(clitics::Reading {
            offset: 0,
            key: Cow::Borrowed(stem),
            peeled: 0,
        });
    }
}

/// Parses a gender column: `m`, `f`, `p` or anything else for unknown.
pub(crate) fn gender_of(s: &str) -> Gender {
    match s {
        "m" => Gender::Masculine,
        "f" => Gender::Feminine,
        "p" => Gender::Plural,
        _ => Gender::Unknown,
    }
}
