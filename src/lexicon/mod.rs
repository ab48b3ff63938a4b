//! Lexicons compiled into the crate (files under `data/`) and the matcher
//! that finds their entries in a tokenised text: one pass, longest match
//! wins, Arabic proclitics peeled on the first word of a phrase.

pub mod clitics;
mod load;

pub use load::lexicon;
pub(crate) use load::GOVERNMENT_SUFFIX;

use crate::findings::Gender;
use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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

/// One surface form of a known actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the actor is.
    pub kind: ActorKind,
    /// How this surface form refers to it.
    pub form: MentionForm,
    /// Identity of the actor (`country:RU`, `org:UN`, `person:...`).
    pub key: String,
    /// The actor's display name in this entry's language.
    pub canonical: String,
    /// Grammatical gender of this form.
    pub gender: Gender,
    /// ISO alpha-2 code of the actor's country.
    pub country: Option<String>,
    /// The language of the surface form.
    pub lang: Lang,
    /// For case-sensitive entries (acronyms like `WHO`), the exact surface.
    pub exact: Option<String>,
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

/// A set of phrases mapped to entries.
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    phrases: HashMap<String, Vec<u32>>,
    /// Every proper word-prefix of a phrase, so a match attempt stops as
    /// soon as no phrase can continue.
    prefixes: HashSet<String>,
    max_words: usize,
}

impl Lexicon {
    /// Adds `entry` under the surface `phrase` (normalised here).
    pub fn add(&mut self, phrase: &str, entry: Entry) {
        let key = crate::text::normalize::phrase_key(phrase);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        let mut cut = 0;
        while let Some(p) = key[cut..].find(' ') {
            cut += p;
            self.prefixes.insert(key[..cut].to_string());
            cut += 1;
        }
        let list = self.phrases.entry(key).or_default();
        if list.iter().any(|&i| self.entries[i as usize] == entry) {
            return;
        }
        list.push(self.entries.len() as u32);
        self.entries.push(entry);
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
        let readings = readings_of(doc, start);
        self.longest_with(doc, start, limit, &readings)
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
        let first = doc.tokens.get(start)?;
        if !first.is_word() && first.kind != crate::text::token::TokenKind::Number {
            return None;
        }
        let mut best: Option<Match> = None;
        for reading in readings {
            // A reading that no phrase starts with cannot match.
            if self.max_words > 1
                && !self.phrases.contains_key(reading.key.as_ref())
                && !self.prefixes.contains(reading.key.as_ref())
            {
                continue;
            }
            let mut phrase = reading.key.to_string();
            let mut end = start + 1;
            let mut words = 1;
            loop {
                // English possessive on the last word of a longer phrase:
                // "United Kingdom's" reads as "United Kingdom".
                let possessive = end > start + 1
                    && !first.is_arabic()
                    && doc.tokens[end - 1].key.ends_with("'s")
                    && !self.phrases.contains_key(&phrase);
                let lookup = if possessive {
                    &phrase[..phrase.len() - 2]
                } else {
                    phrase.as_str()
                };
                if let Some(list) = self.phrases.get(lookup) {
                    let entries: Vec<&Entry> = list
                        .iter()
                        .map(|&i| &self.entries[i as usize])
                        .filter(|e| match &e.exact {
                            Some(exact) => {
                                let s = doc.tokens[start].span.start + reading.offset;
                                let e = doc.tokens[end - 1].span.end;
                                doc.text
                                    .get(s..e)
                                    .is_some_and(|t| t.trim_end_matches("'s") == exact)
                            }
                            None => true,
                        })
                        .collect();
                    let better = best.as_ref().is_none_or(|b| {
                        end > b.tokens.end || (end == b.tokens.end && reading.peeled < b.peeled)
                    });
                    if !entries.is_empty() && better {
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
                if words >= self.max_words || end >= limit || !self.prefixes.contains(&phrase) {
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
