//! English rules: actors (pass 1: titles and names, organisations, lexicon
//! entries, groups, acronyms; pass 2: partial names, surnames and titles
//! alone resolved to the actors named in full) and attributed quotes
//! (`speech`).

mod names;
mod speech;
pub(crate) mod words;

use crate::findings::{EntityId, Findings};
use crate::hash::FxHashMap as HashMap;
use crate::lexicon::{self, Lexicon};
use crate::model::MentionForm;
use crate::quotes::marks;
use crate::span::Span;
use crate::text::document::Document;
use crate::text::token::TokenKind;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use words::{words, Words};

/// One mention found by the engine, with what attribution needs to know.
#[derive(Debug, Clone)]
pub(crate) struct Ment {
    /// Tokens covered.
    pub tokens: Range<usize>,
    /// The entity mentioned.
    pub entity: EntityId,
    /// The form of the mention.
    pub form: MentionForm,
    /// True when the mention only qualifies something else (the country in
    /// "Russia's foreign minister", a demonym): it cannot be a subject.
    pub modifier: bool,
}

/// A title with no name after it ("the President"), resolved in pass 2.
#[derive(Debug, Clone)]
pub(crate) struct TitleAlone {
    tokens: Range<usize>,
    /// Keys of the title's head words.
    heads: Vec<String>,
}

/// State of the analysis of one English run of paragraphs.
pub(crate) struct English<'d, 't, 'f> {
    doc: &'d Document<'t>,
    range: Range<usize>,
    /// First token after the headline (the title line is not analysed for
    /// names: headline case capitalises everything).
    body_start: usize,
    findings: &'f mut Findings,
    w: &'static Words,
    lex: &'static Lexicon,
    /// Mentions in text order (sorted after pass 2).
    ments: Vec<Ment>,
    titles_alone: Vec<TitleAlone>,
    /// "the company" references (token of "the"), resolved in pass 2.
    org_refs: Vec<usize>,
    /// Word keys seen in lower case in this run: a capitalised word that
    /// also occurs in lower case is a common word, not a name.
    lower: HashSet<&'d str, words::FastHash>,
    /// Acronyms introduced in brackets after a full name, by key.
    acronyms: HashMap<String, EntityId>,
    /// Appositions after a name: (name's first token, comma closing the
    /// apposition), so a cue after the apposition finds its subject.
    appositions: Vec<(usize, usize)>,
    /// Group classes of sources that withheld their names (an official
    /// who asked not to be named): "the official" later is that nobody.
    withheld: Vec<String>,
    /// Per token of the run: 0 = not computed, else whether the word can be
    /// part of a person's name (see `names.rs`).
    name_word_cache: Vec<std::cell::Cell<u8>>,
    /// Per token of the run: what the word lists say of a word's key
    /// (see `info`).
    infos: Vec<words::Info<'static>>,
    /// Quoted segments (outermost) of the run.
    quoted: Vec<marks::Quoted>,
    /// For each token of the run, the index in `quoted` of the quote it is
    /// inside, if any.
    quote_of: Vec<Option<u32>>,
}

/// True when `list` holds `key`. In the browser build (`opt-level = "s"`)
/// lengths and first bytes are compared before the rest: `contains` there
/// is a loop calling a string comparison for every word of the same
/// length, and the English rules test most words against several lists
/// (wasm English 6-15% faster in two A/B runs, in one loading order
/// only, which favoured it by about 5%). Natively,
/// inlined `contains` on a constant list compiles to better code than the
/// filter (3.5% more instructions with it).
#[cfg(target_arch = "wasm32")]
#[inline]
fn listed(list: &[&str], key: &str) -> bool {
    listed_by_first_byte(list, key)
}

/// `list.contains(&key)`, comparing lengths and first bytes first.
#[cfg(any(target_arch = "wasm32", test))]
#[inline]
fn listed_by_first_byte(list: &[&str], key: &str) -> bool {
    let k = key.as_bytes();
    match k.first() {
        Some(&first) => list
            .iter()
            .any(|w| w.len() == k.len() && w.as_bytes()[0] == first && w.as_bytes() == k),
        None => list.contains(&""),
    }
}

/// True when `list` holds `key` (see the browser build's version).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn listed(list: &[&str], key: &str) -> bool {
    list.contains(&key)
}

/// As [`listed`], kept out of line in the browser build (names.rs and
/// speech.rs call only this): a first-byte search inlined at each of some
/// 90 call sites on constant lists cost 2.3 KB gzip of the module
/// (session 15: 381,283 -> 378,935 bytes); natively it is `listed`,
/// inlined as before (same instruction count).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn in_list(list: &[&str], key: &str) -> bool {
    listed(list, key)
}

/// True for a word of capitals, full stops and ASCII digits with two
/// letters or more (NATO, U.S., G20).
fn is_acronym_shaped(w: &str) -> bool {
    // ASCII bytes first, without decoding: most words fail at their
    // second byte, a lower-case letter.
    let mut letters = 0;
    for &b in w.as_bytes() {
        match b {
            b'A'..=b'Z' => letters += 1,
            b'.' | b'0'..=b'9' => {}
            0x80.. => {
                // Beyond ASCII: the test on characters, from the start.
                return w
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            }
            _ => return false,
        }
    }
    letters >= 2
}

/// Tokens per distinct lower-case word, about, in news text (words are
/// about three tokens in four, most of them lower case, many repeated).
const LOWER_WORDS_DIVISOR: usize = 3;

/// Finds actors and quotes in the paragraphs covering `tokens`.
pub(crate) fn analyze(doc: &Document, tokens: Range<usize>, findings: &mut Findings) {
    if tokens.is_empty() {
        return;
    }
    let mut e = English::new(doc, tokens, findings);
    e.find_mentions();
    e.resolve_mentions();
    crate::sort::sort_by_key(&mut e.ments, |m| (m.tokens.start, m.tokens.end));
    e.drop_credited_writers();
    speech::find_quotes(&mut e);
}

impl<'d, 't, 'f> English<'d, 't, 'f> {
    /// The state of an analysis of the tokens `tokens` of `doc`, before
    /// either pass.
    fn new(doc: &'d Document<'t>, tokens: Range<usize>, findings: &'f mut Findings) -> Self {
        let quoted: Vec<marks::Quoted> = marks::find(doc, tokens.clone())
            .into_iter()
            .filter(|q| q.depth == 0)
            .collect();
        let mut quote_of = vec![None; tokens.len()];
        for (n, q) in quoted.iter().enumerate() {
            for i in q.first()..q.end {
                if let Some(slot) = quote_of.get_mut(i - tokens.start) {
                    *slot = Some(n as u32);
                }
            }
        }
        // Sized once: grown from empty it was rehashed several times.
        let mut lower: HashSet<&str, words::FastHash> = HashSet::with_capacity_and_hasher(
            tokens.len() / LOWER_WORDS_DIVISOR,
            Default::default(),
        );
        lower.extend(
            tokens
                .clone()
                .filter(|&i| {
                    let t = &doc.tokens[i];
                    t.is_word()
                        && t.span
                            .slice(doc.text)
                            .starts_with(|c: char| c.is_lowercase())
                })
                .map(|i| words::strip_possessive(&doc.tokens[i].key)),
        );
        let tokens_len = tokens.len();
        let w = words();
        let infos = tokens
            .clone()
            .map(|i| {
                let t = &doc.tokens[i];
                if t.is_word() {
                    w.info(&t.key)
                } else {
                    words::Info::default()
                }
            })
            .collect();
        English {
            doc,
            body_start: doc.headline_end(&tokens),
            range: tokens,
            findings,
            w,
            lex: lexicon::lexicon(),
            ments: Vec::new(),
            titles_alone: Vec::new(),
            org_refs: Vec::new(),
            lower,
            acronyms: HashMap::default(),
            appositions: Vec::new(),
            withheld: Vec::new(),
            name_word_cache: vec![std::cell::Cell::new(0); tokens_len],
            infos,
            quoted,
            quote_of,
        }
    }
}

/// Most words between "contributed" and "report" in a wire credit
/// ("contributed to this report").
const MAX_CREDIT_GAP: usize = 3;

/// Most words in a byline ("By Jane Doe and Mark Smith, Associated Press").
const MAX_BYLINE_WORDS: usize = 12;

impl<'d, 't, 'f> English<'d, 't, 'f> {
    /// True for a wire copy's credit line: "X contributed to this report",
    /// "... contributed reporting", "Reporting by X; Editing by Y", or a
    /// byline ("By X and Y, Associated Press").
    fn is_credit_paragraph(&self, para: Range<usize>) -> bool {
        let words: Vec<usize> = para.clone().filter(|&k| self.is_word(k)).collect();
        let starts_by = words.len() >= 2
            && matches!(self.key(words[0]), "reporting" | "writing" | "editing")
            && self.key(words[1]) == "by"
            || words.len() >= 3
                && self.key(words[0]) == "additional"
                && self.key(words[1]) == "reporting";
        // A byline: "By Jane Doe and Mark Smith, Associated Press".
        let byline = words.len() >= 2
            && words.len() <= MAX_BYLINE_WORDS
            && words[0] == para.start
            && self.key(words[0]) == "by"
            && self.doc.tokens[words[1]].is_capitalized()
            && !self.doc.tokens[para.end - 1].is_punct(self.doc.text, '.');
        let contributed = words.iter().enumerate().any(|(n, &k)| {
            self.key(k) == "contributed"
                && words[n + 1..]
                    .iter()
                    .take(MAX_CREDIT_GAP)
                    .any(|&j| matches!(self.key(j), "report" | "reporting"))
        });
        starts_by || byline || contributed
    }

    /// People named only in a credit line are the story's writers, not
    /// its actors.
    fn drop_credited_writers(&mut self) {
        let mut credit: HashMap<u32, bool> = HashMap::default();
        let mentions: Vec<(EntityId, bool)> = self
            .ments
            .iter()
            .filter(|m| self.findings.entities[m.entity].kind == crate::model::ActorKind::Person)
            .map(|m| {
                let para = self.doc.paragraph_of[m.tokens.start];
                let in_credit = *credit.entry(para).or_insert_with(|| {
                    self.is_credit_paragraph(self.doc.paragraph_range(m.tokens.start))
                });
                (m.entity, in_credit)
            })
            .collect();
        self.findings.drop_credited_writers(&mentions);
    }

    fn key(&self, i: usize) -> &str {
        match &self.doc.tokens[i].key {
            Cow::Borrowed(key) => key,
            Cow::Owned(key) => key.as_str(),
        }
    }

    /// What the word lists say of `key`, token `k`'s key or a part of it:
    /// a word token's own key is looked up once per run (`infos`).
    fn info(&self, k: usize, key: &str) -> words::Info<'static> {
        match k
            .checked_sub(self.range.start)
            .and_then(|n| self.infos.get(n))
        {
            Some(&info) if self.doc.tokens[k].is_word() && std::ptr::eq(key, self.key(k)) => info,
            _ => self.w.info(key),
        }
    }

    /// What the word lists say of token `k`'s own key: [`Self::info`]
    /// without comparing the key (the browser build makes `key` a call).
    fn info_at(&self, k: usize) -> words::Info<'static> {
        match k
            .checked_sub(self.range.start)
            .and_then(|n| self.infos.get(n))
        {
            Some(&info) if self.doc.tokens[k].is_word() => info,
            _ => self.w.info(self.key(k)),
        }
    }

    /// The cue token `k` is, if any: "think" before "tank" is a noun
    /// (the King's Fund think tank).
    fn cue_at(&self, k: usize) -> Option<words::Cue> {
        if self.is_word(k + 1) && matches!(self.key(k + 1), "tank" | "tanks") {
            return None;
        }
        // A plural noun before its own verb ("Small island states were
        // more blunt", "Islamic states would act", "the reports are").
        if self.key(k).ends_with('s')
            && self.is_word(k + 1)
            && matches!(
                self.key(k + 1),
                "were" | "are" | "have" | "had" | "would" | "will" | "could" | "should" | "might"
            )
        {
            return None;
        }
        self.info_at(k).cue()
    }

    /// Where the phrase starting at token `k` starts with its definite
    /// article: `k - 1` when that is "the" ("the Treasury"), else `k`.
    fn start_with_the(&self, k: usize) -> usize {
        // (only a word's key can be "the": no `is_word` call needed)
        if k > self.range.start && self.key(k - 1) == "the" {
            k - 1
        } else {
            k
        }
    }

    fn word(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.range.end && self.doc.tokens[i].is_word()
    }

    /// True for a word starting with an upper-case letter.
    fn is_cap(&self, i: usize) -> bool {
        // (only word tokens are capitalised: no `is_word` call, which the
        // browser build makes out of line)
        i < self.range.end && self.doc.tokens[i].is_capitalized()
    }

    /// True when token `k` is a capitalised word that ends a name there
    /// (no capitalised word after it before `limit`) and that the lexicon
    /// lists, alone, only in the form `form` (a demonym or a capital city
    /// after a first name: Volker Turk, Joao Lima).
    fn last_listed_word(&self, k: usize, limit: usize, form: MentionForm) -> bool {
        self.is_cap(k)
            && !(k + 1 < limit && self.is_cap(k + 1))
            && self
                .lex
                .longest_at(self.doc, k, self.para_end(k))
                .is_some_and(|m| m.tokens.len() == 1 && m.entries.iter().all(|e| e.form == form))
    }

    /// True for an all-capitals word of two letters or more (NATO, U.S.).
    fn is_acronym(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        is_acronym_shaped(self.word(i))
    }

    /// True for a word with a capital after two or more lower-case letters
    /// (AkzoNobel, WhatsApp, OpenAI): a company or a brand. People's names
    /// have one letter before the capital (McCullum, DeSantis) or Mac, Fitz.
    fn is_camel(&self, i: usize) -> bool {
        let w = self.word(i);
        let mut cs = w.chars();
        let upper = cs.next().is_some_and(char::is_uppercase);
        let lower = cs.clone().take_while(|c| c.is_lowercase()).count();
        upper
            && lower >= 2
            && cs.nth(lower).is_some_and(char::is_uppercase)
            && !w.starts_with("Mac")
            && !w.starts_with("Fitz")
    }

    /// True when token `i` is the first word of its sentence (only marks
    /// and brackets before it).
    fn sentence_initial(&self, i: usize) -> bool {
        let s = self.doc.sentence_range(i).start;
        let mut k = i;
        while k > s {
            k -= 1;
            let t = &self.doc.tokens[k];
            if t.is_word() || t.kind == TokenKind::Number {
                return false;
            }
        }
        true
    }

    /// The quote whose opening mark is token `j`.
    fn quote_opening(&self, j: usize) -> Option<&marks::Quoted> {
        let n = self.quoted.partition_point(|q| q.open < j);
        self.quoted.get(n).filter(|q| q.open == j)
    }

    /// The first token of the name whose apposition a comma at `p` closes.
    fn apposition_closed_at(&self, p: usize) -> Option<usize> {
        let n = self.appositions.partition_point(|&(_, close)| close < p);
        self.appositions
            .get(n)
            .filter(|&&(_, close)| close == p)
            .map(|&(start, _)| start)
    }

    /// True for a capitalised word that is a common word: a function word,
    /// a day or month, or a sentence-initial word also seen in lower case.
    fn is_common_cap(&self, i: usize) -> bool {
        let k = words::strip_possessive(self.key(i));
        if self.is_acronym(i) && self.word(i).len() > 1 && k != "i" && k != "a" {
            return false;
        }
        let info = self.info(i, k);
        info.is_function()
            // (a month's abbreviation may be a first name: Jun Cabrera)
            || (info.is_time() && !self.is_name_word(i))
            || (self.sentence_initial(i) && self.lower.contains(k))
    }

    /// The quote a token is inside.
    fn quote_at(&self, i: usize) -> Option<&marks::Quoted> {
        let n = (*self.quote_of.get(i.checked_sub(self.range.start)?)?)?;
        self.quoted.get(n as usize)
    }

    fn span(&self, tokens: Range<usize>) -> Span {
        Span::new(
            self.doc.tokens[tokens.start].span.start,
            self.doc.tokens[tokens.end - 1].span.end,
        )
    }

    /// The span of a name, without a possessive on its last word.
    fn name_span(&self, tokens: Range<usize>) -> Span {
        let mut s = self.span(tokens.clone());
        let last = self.word(tokens.end - 1);
        for p in ["'s", "’s", "'", "’"] {
            if last.len() > p.len() && last.ends_with(p) {
                s.end -= p.len();
                break;
            }
        }
        s
    }

    /// End of the paragraph containing token `i` (bounded by the run).
    fn para_end(&self, i: usize) -> usize {
        self.doc.paragraph_range(i).end.min(self.range.end)
    }

    /// Records a mention; returns true when recorded.
    fn add(&mut self, tokens: Range<usize>, span: Span, id: EntityId, form: MentionForm) -> bool {
        self.add_mod(tokens, span, id, form, false)
    }

    fn add_mod(
        &mut self,
        tokens: Range<usize>,
        span: Span,
        id: EntityId,
        form: MentionForm,
        modifier: bool,
    ) -> bool {
        if self.findings.mention(id, span, form) {
            self.ments.push(Ment {
                tokens,
                entity: id,
                form,
                modifier,
            });
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests;
