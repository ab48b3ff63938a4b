//! Lexicons compiled into the crate (files under `data/`) and the matcher
//! that finds their entries in a tokenised text: one pass, longest match
//! wins, Arabic proclitics peeled on the first word of a phrase.

pub mod clitics;
mod load;

#[cfg(test)]
pub(crate) use load::country_rows;
pub use load::lexicon;
pub(crate) use load::GOVERNMENT_SUFFIX;

use crate::findings::Gender;
use crate::hash::FxTable as HashMap;
use crate::model::{ActorKind, MentionForm};
use crate::span::Span;
use crate::text::document::Document;
use std::borrow::Cow;
use std::ops::Range;

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
    /// First and last entry of the phrase (chained through
    /// `Lexicon::next`), or [`NONE`] when the key is only a prefix.
    first: u32,
    last: u32,
    /// True when the key is a proper word-prefix of a longer phrase, so a
    /// match attempt goes on to the next word.
    prefix: bool,
}

/// A set of phrases mapped to entries.
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// The next entry of the same phrase, for each entry.
    next: Vec<u32>,
    /// Phrases and their proper word-prefixes, by normalised key. The keys
    /// are slices of one string made when the lexicon is built.
    phrases: HashMap<&'static str, Slot>,
    max_words: usize,
    /// Organisation names of the files that are not phrases here (see
    /// `load`), which the tagger's gazetteer still reads word by word.
    unlisted: Vec<&'static str>,
}

impl Lexicon {
    /// Every phrase key that has entries, with its entries (phrases in no
    /// particular order): the tagger's gazetteer reads its words from
    /// these keys rather than normalising the files again.
    pub(crate) fn phrases(
        &self,
    ) -> impl Iterator<Item = (&'static str, impl Iterator<Item = &Entry>)> {
        self.phrases
            .iter()
            .filter(|(_, s)| s.first != NONE)
            .map(|(&k, &s)| (k, self.entries_of(s)))
    }

    /// The names of the files left out as phrases (see [`Lexicon::phrases`]).
    pub(crate) fn unlisted(&self) -> &[&'static str] {
        &self.unlisted
    }

    /// A lexicon of `entries`, none under a phrase yet (see
    /// [`Lexicon::add_entry`]).
    pub(crate) fn with_entries(entries: Vec<Entry>) -> Lexicon {
        let n = entries.len();
        Lexicon {
            entries,
            next: vec![NONE; n],
            phrases: HashMap::with_capacity_and_hasher(n + n / 4, Default::default()),
            max_words: 0,
            unlisted: Vec::new(),
        }
    }

    /// Puts entry `id` (of those the lexicon was made with), with its
    /// identity key `identity`, under the normalised phrase key `key`. An
    /// entry equal to one the phrase has already is left out of the phrase
    /// (it stays in [`Lexicon::entries`], after its equal).
    pub(crate) fn add_entry(&mut self, key: &'static str, id: usize, identity: &'static str) {
        self.entries[id].key = identity;
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
        let entry = &self.entries[id];
        let mut i = slot.first;
        while i != NONE {
            if self.entries[i as usize] == *entry {
                return;
            }
            i = self.next[i as usize];
        }
        let id = id as u32;
        if slot.last == NONE {
            slot.first = id;
        } else {
            self.next[slot.last as usize] = id;
        }
        slot.last = id;
    }

    /// The entries of a phrase key, in the order they were added.
    fn entries_of(&self, slot: Slot) -> impl Iterator<Item = &Entry> {
        let mut i = slot.first;
        std::iter::from_fn(move || {
            (i != NONE).then(|| {
                let e = &self.entries[i as usize];
                i = self.next[i as usize];
                e
            })
        })
    }

    /// The first entry of the phrase with normalised key `key`, if any.
    pub(crate) fn first_of(&self, key: &str) -> Option<&Entry> {
        let slot = self.phrases.get(key)?;
        (slot.first != NONE).then(|| &self.entries[slot.first as usize])
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
            let Some(&first_slot) = self.phrases.get(reading.key.as_ref()) else {
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
                    self.phrases.get(&phrase[..phrase.len() - 2]).copied()
                } else {
                    slot
                };
                let better = best.as_ref().is_none_or(|b| {
                    end > b.tokens.end || (end == b.tokens.end && reading.peeled < b.peeled)
                });
                // Entries are listed only for a match that would be kept.
                if let Some(found) = found.filter(|s| better && s.first != NONE) {
                    let entries: Vec<&Entry> = self
                        .entries_of(found)
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
                if words >= self.max_words || end >= limit || !slot.is_some_and(|s| s.prefix) {
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
                slot = self.phrases.get(phrase.as_str()).copied();
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
