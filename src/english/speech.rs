//! English quotes: direct quotes in marks, reported speech after a cue
//! (`said that ...`, `said ...`, `told X ...`, `asked X to ...`), and
//! `according to X`; each attributed to its speaker.
//!
//! Candidates are collected first, then attributed in text order so that a
//! quote with no cue of its own can continue the last speaker.

use super::names::{ABBREVIATED_TITLES, COMPANY_NOUNS, GENERIC_ORG_NOUNS};
use super::words::{Cue, CueClass};
use super::{in_list, English, Ment};
use crate::findings::{EntityId, Gender, QuoteFinding};
use crate::hash::FxHashMap as HashMap;
use crate::model::{ActorKind, MentionForm, QuoteKind};
use crate::span::Span;
use crate::text::token::TokenKind;
use std::ops::Range;

/// Most tokens between a cue (and its addressee) and its content.
const MAX_CUE_TO_CONTENT: usize = 12;
/// Most tokens between a quote's closing mark and a cue after it
/// (`," team member Rodaba Noori told`).
const MAX_CLOSE_TO_CUE: usize = 8;
/// Words that open a clause, so end an addressee (told reporters *the* ...).
const CLAUSE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "this", "these", "those",
    "no", // (told the court his client was ill)
    "his", "her", "their", "its", "our",
];
/// Prepositions inside an addressee (told reporters at the White House).
const ADDRESSEE_PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "from", "of", "with", "during", "after", "before", "outside", "for", "by",
    "near", "to",
];
/// Most tokens of an addressee (told the press, asked the governments of
/// the region).
const MAX_ADDRESSEE_TOKENS: usize = 10;
/// Most tokens of the source of `according to`.
const MAX_SOURCE_TOKENS: usize = 14;
/// Auxiliaries and modals: a clause's verb, but not a clause on their own
/// (said it would).
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "will", "would", "could", "can", "may", "might",
    "must", "shall", "should", "has", "have", "had", "do", "does", "did",
];
/// Other finite forms that make a clause of reported speech: contracted
/// auxiliaries and common irregular past and present forms.
const OTHER_FINITE: &[&str] = &[
    "won't", "cannot", "it's", "there's", "made", "took", "gave", "left", "went", "came", "saw",
    "knew", "told", "said", "found", "began", "fell", "rose", "grew", "lost", "won", "paid",
    "sent", "kept", "held", "hit", "cut", "put", "set", "led", "met", "ran", "sold", "spent",
    "brought", "bought", "caught", "fought", "thought", "taught", "became", "show", "shows",
    "showed", "remains", "remain", "needs", "need", "wants", "want", "died", "fled", "felt",
    "stood", "built", "broke", "spoke", "wrote", "struck", "flew", "drove", "chose", "got",
];
/// Most tokens of a reported clause.
const MAX_CLAUSE_TOKENS: usize = 400;
/// Most words between an inverted cue and its subject (said the deputy
/// foreign minister Sergei Ryabkov).
const MAX_INVERTED_SUBJECT_SKIP: usize = 6;
/// Verbs that give a short quote to their subject (called the vote "a
/// turning point").
const LABEL_VERBS: &[&str] = &[
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "labelled",
    "labeled",
    "termed",
    "branded",
    "hailed",
    "praised",
    "condemned",
    "denounced",
    "congratulated",
    "accused",
    "criticised",
    "criticized",
    "dismissed",
    "rejected",
];
/// Most tokens between a labelling verb and its quote.
const MAX_LABEL_DISTANCE: usize = 8;
/// Most words from "its" to the institution or officer it owns (its
/// foreign ministry, its chief executive).
const MAX_ITS_WORDS: usize = 4;
/// A body's spokesperson (its spokesman said).
const SPOKESPERSON_WORDS: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];
/// Officers named by a word that is no title on its own (its chief
/// executive, its chief financial officer).
const OFFICER_WORDS: &[&str] = &["executive", "officer"];
/// Most tokens inside brackets between a subject and its cue.
const MAX_BRACKET_TOKENS: usize = 8;
/// Most tokens of a person's affiliation between the name and the cue
/// ("of the national disaster monitoring centre Cemaden").
const MAX_AFFILIATION_TOKENS: usize = 9;
/// Most tokens of a phrase inserted between a subject and its cue.
const MAX_INSERTION_TOKENS: usize = 20;
/// How many earlier candidates may contain a partial quote.
const MAX_HOST_LOOKBACK: usize = 4;
/// How far back an "As X said," frame may start.
const MAX_AS_FRAME_TOKENS: usize = 40;
/// Most words of an adverbial after a parenthetical cue (said on Tuesday).
const MAX_TRAILING_ADVERBIAL: usize = 4;
/// Most words of the subject of a parenthetical cue (the utility company).
const MAX_PARENTHETICAL_SUBJECT: usize = 5;
/// Fewest words of reported speech without `that`.
const MIN_BARE_CLAUSE_WORDS: usize = 3;
/// Quotes in marks with no cue need this many words (shorter ones are
/// names, titles or scare quotes) ...
const MIN_UNCUED_QUOTE_WORDS: usize = 3;
/// ... and this many when most of their words are capitalised (a title).
const MIN_UNCUED_TITLE_CASE_WORDS: usize = 8;
/// How many paragraphs back a quote with no cue may take its speaker from.
const MAX_CARRY_PARAGRAPHS: u32 = 2;
/// Most lower-case title words between a comma and the name they set off
/// (", shadow housing secretary Richard Blake,").
const MAX_SET_OFF_TITLE: usize = 4;

/// How many mentions back a pronoun looks for its antecedent.
const MAX_PRONOUN_LOOKBACK: usize = 40;

/// Adverbs and auxiliaries between a subject and its cue (he also said,
/// she has repeatedly said).
const SUBJECT_ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "has",
    "have",
    "had",
    "reportedly",
    "repeatedly",
    "again",
    "further",
    "recently",
    "publicly",
    "personally",
    "once",
    "would",
    "will",
    "had",
    "subsequently",
    "separately",
    "similarly",
    "first",
    "initially",
    "finally",
    "simply",
    "quickly",
    "bluntly",
    "flatly",
    "openly",
    "privately",
];

/// Function words that may stand in the subject after a quote
/// (`," the minister said`, `," one resident said`).
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "also", "later", "then", "one", "his", "her", "its", "their", "another",
    "two", "three", "several", "some", "many", "other",
];

/// Findings that confirm or show without speaking (a recount confirmed).
const EVIDENCE_NOUNS: &[&str] = &[
    "recount", "count", "test", "tests", "audit", "autopsy", "results", "data", "evidence",
];

/// Most tokens of a dateline before its dash (GENEVA (Reuters) -).
const DATELINE_TOKENS: usize = 8;

/// Words that make a following verb form passive or not a report.
const PASSIVE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "to", "not", "never", "n't", "didn't",
    "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't", "cannot", "can't", "a", "an",
    "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
];

/// Negations and auxiliaries between a subject and a negated cue.
const NEGATION_AUXILIARIES: &[&str] = &[
    "not", "never", "n't", "did", "does", "do", "has", "have", "had", "would", "could", "will",
    "yet", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "wouldn't",
];

/// Cue forms that take reported speech without `that` (said the plan
/// failed); the others need `that`, a colon or a quote.
const BARE_CLAUSE_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "adding",
    "told",
    "tells",
    "tell",
    "noted",
    "notes",
    "stated",
    "states",
    "added",
    "adds",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "estimated",
    "estimates",
    "found",
    "finds",
    "argued",
    "argues",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "explained",
    "wrote",
    "writes",
    "warned",
    "warns",
    "predicted",
    "predicts",
    "announced",
    "announces",
    "reported",
    "reports",
    "suggested",
    "suggests",
    "acknowledged",
    "admitted",
    "conceded",
    "recalled",
    "stressed",
];

/// Words that open a clause of reported speech without `that`.
const NOT_CLAUSE_START: &[&str] = &[
    "to", "of", "for", "with", "about", "on", "at", "in", "into", "from", "so", "and", "or", "but",
    "as", "than", "what", "how", "why", "whether", "if",
];

/// Prepositions that open an adverbial between a cue and `that`
/// (said in a statement that, told reporters on Monday that).
const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "from",
    "via",
    "with",
    "late",
    "earlier",
    "last",
    "this",
    "yesterday",
    "today",
    "also",
    "again",
    "repeatedly",
    "publicly",
    "previously",
    "separately",
    "recently",
    "through",
    "over",
    "in a",
    "told",
];

/// Endings of cue verbs in the past or third person (warned, says), which
/// can follow "and" / "but" as a second verb of the same subject.
const FINITE_CUE_ENDINGS: &[&str] = &["ed", "s", "told", "said", "wrote"];
/// One-word asides set off by commas after a cue (cautioned, however, that).
const ASIDES: &[&str] = &[
    "however",
    "though",
    "meanwhile",
    "nonetheless",
    "nevertheless",
    "too",
];
/// Cues whose content is an embedded question opened by "whether"
/// (questioned whether the fine was large enough).
const WHETHER_CUES: &[&str] = &["questioned", "questioning"];
/// Words that open a relative clause set off by commas.
const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "whose", "where"];
/// Most tokens inside a short quote that a relative clause may hold.
const MAX_CLAUSE_SCARE_QUOTE_TOKENS: usize = 6;
/// Most tokens of a relative clause between a subject and its cue.
const MAX_RELATIVE_CLAUSE_TOKENS: usize = 24;
/// Where something was said, ending an adverbial before a clause without
/// "that" (said in an interview it would ...).
const CHANNEL_NOUNS: &[&str] = &[
    "interview",
    "briefing",
    "conference",
    "address",
    "speech",
    "post",
    "message",
    "letter",
    "email",
];
/// Statement nouns whose report speaks for the last speaker's organisation.
/// Institutions named in lower case after "according to" (the health
/// ministry, the air force, the local authorities): a source the analysis
/// cannot name as an actor, whose report is still a quote.
const INSTITUTION_NOUNS: &[&str] = &[
    "ministry",
    "army",
    "military",
    "force",
    "forces",
    "police",
    "authorities",
    "authority",
    "government",
    "agency",
    "department",
    "office",
    "council",
    "committee",
    "commission",
    "court",
    "prosecutors",
    "prosecutor",
    "service",
    "services",
    "administration",
];

/// Cues of manner (data/en_cues.tsv): they report a direct quote or what
/// follows their colon, never the clause before them.
const MANNER_CUES: &[&str] = &[
    "laughed",
    "laughs",
    "smiled",
    "smiles",
    "sighed",
    "sighs",
    "grinned",
    "exclaimed",
];

/// Most words of a role between a body and the person set off after it
/// ("said the organisation's head of mission, Stephanie Davies").
const MAX_SET_OFF_ROLE: usize = 6;

/// Most words between a cue and the statement it was made in ("said on
/// Monday in a joint statement").
const MAX_STATEMENT_CHANNEL_TOKENS: usize = 7;

const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "communique",
    "announcement",
    "release",
];

/// Who a cue's subject is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Subject {
    /// An actor, with the tokens that name it.
    Actor(EntityId, (usize, usize)),
    /// A pronoun (he, she, they, it) at this token.
    Pronoun(usize),
    /// An unidentified source (a source, sources).
    Anonymous,
    /// A noun phrase that is not an actor (the report): no speaker.
    Unknown,
    /// Not said: the last speaker.
    Implicit,
    /// A definite description of someone already named (the England
    /// winger, the Italian): the last speaker when a person.
    Described,
    /// A statement named before ("The statement said", "the joint
    /// statement added"): whoever issued the last statement.
    Statement,
}

/// A reporting cue and what it says about its speaker.
#[derive(Debug, Clone, Copy, PartialEq)]
struct CueUse {
    tokens: (usize, usize),
    verb: Option<Cue>,
    subject: Subject,
}

/// A quote waiting for attribution.
#[derive(Debug, Clone)]
struct Candidate {
    tokens: Range<usize>,
    kind: QuoteKind,
    cue: Option<CueUse>,
    /// For a partial quote: the reported speech it sits in.
    inside: Option<usize>,
    /// For a quote with no cue: whether it may continue the last speaker.
    continues: bool,
}

/// Where a cue's content is.
enum Content {
    /// A direct quote opening at this token.
    Quote(usize),
    /// Reported speech over these tokens; a direct quote that follows it
    /// after a comma belongs to the same cue.
    Reported(Range<usize>, Option<usize>),
    None,
}

pub(super) fn find_quotes(e: &mut English) {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut quote_cues: HashMap<usize, CueUse> = HashMap::default();
    let mut covered_until = 0usize;
    let mut c = e.body_start;
    while c < e.range.end {
        if c < covered_until || !e.is_word(c) || e.quote_at(c).is_some() {
            c += 1;
            continue;
        }
        if e.key(c) == "according" && e.is_word(c + 1) && e.key(c + 1) == "to" {
            if let Some((cue, content)) = according_to(e, c) {
                match content {
                    Content::Reported(r, follow) => {
                        covered_until = r.end;
                        if let Some(open) = follow {
                            quote_cues.insert(open, cue);
                        }
                        cands.push(indirect(r, cue));
                    }
                    Content::Quote(open) => {
                        quote_cues.insert(open, cue);
                    }
                    Content::None => {}
                }
            }
            c += 2;
            continue;
        }
        // "pointed out that": a verb that reports only with its particle.
        let phrasal = phrasal_cue(e, c);
        let Some(verb) = phrasal.or_else(|| e.cue_at(c)) else {
            c += 1;
            continue;
        };
        // "an official who asked not to be named said": the anonymity
        // clause's verb reports nothing.
        if e.withheld_clause_at(c) {
            c += 1;
            continue;
        }
        // A past participle opening its sentence is an adverbial clause
        // (Asked whether ..., Leavitt said): the cue comes later.
        if e.sentence_initial(c) && e.key(c).ends_with("ed") {
            c += 1;
            continue;
        }
        if e.findings.mention_at(e.doc.tokens[c].span).is_some() || is_passive(e, c) {
            if negated(e, c) {
                // "officials have not said": no quote, but a speaking group.
                let mut j = c;
                while j > e.range.start
                    && e.is_word(j - 1)
                    && in_list(NEGATION_AUXILIARIES, e.key(j - 1))
                {
                    j -= 1;
                }
                if let Some(Subject::Actor(id, _)) = subject_before(e, j) {
                    e.findings.entities[id].reported = true;
                }
            }
            c += 1;
            continue;
        }
        let (subject, mut after) = subject_of(e, c, verb);
        let cue_end = if phrasal.is_some() { c + 2 } else { c + 1 };
        after = after.max(cue_end);
        let explicit = matches!(subject, Subject::Actor(..) | Subject::Pronoun(_));
        // "after a recount confirmed that ...", "tests confirmed":
        // evidence is no speaker.
        let evidence =
            c > e.range.start && e.is_word(c - 1) && in_list(EVIDENCE_NOUNS, e.key(c - 1));
        if (verb.class == CueClass::Think || evidence) && !explicit {
            c += 1;
            continue;
        }
        if subject == Subject::Implicit
            && !verb.participle
            && verb.class != CueClass::Add
            && !coordinated_cue(e, c)
        {
            c += 1;
            continue;
        }
        let cue = CueUse {
            tokens: (c, cue_end),
            verb: Some(verb),
            subject,
        };
        match content_after(e, c, after, verb) {
            Content::Quote(open) => {
                quote_cues.insert(open, cue);
            }
            Content::Reported(r, follow) => {
                let strong = verb.class != CueClass::Think || r.len() > MIN_BARE_CLAUSE_WORDS;
                if strong {
                    covered_until = r.end;
                    if let Some(open) = follow {
                        quote_cues.insert(open, cue);
                    }
                    cands.push(indirect(r, cue));
                }
            }
            Content::None => {
                // "Asked about it, Helen Clark smiled.": a manner verb
                // reports only a quote or what follows its colon.
                if in_list(MANNER_CUES, e.key(c)) {
                    c += 1;
                    continue;
                }
                // (before the subject's apposition, if it has one: "...,
                // the Pastoral Land Commission, a Catholic group, said")
                let from = match cue.subject {
                    Subject::Actor(_, (s, _)) if s < c => s,
                    _ => c,
                };
                if let Some(r) = parenthetical_content(e, c, from, after) {
                    covered_until = covered_until.max(c + 1);
                    cands.push(indirect(r, cue));
                }
            }
        }
        c += 1;
    }
    direct_quotes(e, &mut cands, &quote_cues);
    attribute(e, cands);
}

/// Words that open a subordinate clause inside a bare reported clause.
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "when",
    "because",
    "since",
    "while",
    "until",
    "following",
    "unless",
    "although",
    "if",
];

/// Nouns that describe someone already named rather than name an office
/// (the midfielder said, the veteran added).
const DESCRIPTION_NOUNS: &[&str] = &[
    "midfielder",
    "striker",
    "winger",
    "defender",
    "goalkeeper",
    "forward",
    "playmaker",
    "player",
    "veteran",
    "youngster",
    "teenager",
    "singer",
    "actor",
    "actress",
    "rapper",
    "novelist",
    "author",
    "writer",
    "poet",
    "composer",
    "painter",
    "athlete",
    "sprinter",
    "swimmer",
    "cyclist",
    "boxer",
    "golfer",
    "batsman",
    "bowler",
    "jockey",
    "billionaire",
];

/// Verb forms that report only with "out" after them (pointed out that).
const OUT_CUES: &[&str] = &["pointed", "points", "point", "pointing"];

/// The cue a verb and its particle make at `c` (pointed out).
fn phrasal_cue(e: &English, c: usize) -> Option<Cue> {
    let key = e.key(c);
    (in_list(OUT_CUES, key) && e.is_word(c + 1) && e.key(c + 1) == "out").then_some(Cue {
        class: CueClass::Say,
        participle: key.ends_with("ing"),
    })
}

fn indirect(tokens: Range<usize>, cue: CueUse) -> Candidate {
    Candidate {
        tokens,
        kind: QuoteKind::Indirect,
        cue: Some(cue),
        inside: None,
        continues: false,
    }
}

/// "Talks stalled, diplomats said, as ..." / "..., the company said." /
/// "..., said the minister.": the clause before the comma is the content.
fn parenthetical_content(
    e: &English,
    c: usize,
    subject: usize,
    after: usize,
) -> Option<Range<usize>> {
    let doc = e.doc;
    let sentence = doc.sentence_range(c);
    let sentence_end = sentence.end.min(e.range.end);
    // After the cue (and an inverted subject): an adverbial (on Friday, or a
    // bare day: officials said Wednesday), then , or . or the end.
    let mut k = after.max(c + 1);
    let mut n = 0;
    while k < sentence_end
        && n < MAX_TRAILING_ADVERBIAL
        && e.is_word(k)
        && (n > 0 || in_list(ADVERBIAL_PREPOSITIONS, e.key(k)) || e.w.is_time(e.key(k)))
    {
        k += 1;
        n += 1;
    }
    let closes = k >= sentence_end || {
        let t = &doc.tokens[k];
        t.is_punct(doc.text, ',') || t.is_punct(doc.text, '.') || t.is_punct(doc.text, ';')
    };
    if !closes {
        return None;
    }
    // Before the cue (or the subject named before it): the subject
    // phrase, then a comma.
    let mut p = subject;
    let mut words = 0;
    while p > sentence.start && words <= MAX_PARENTHETICAL_SUBJECT && e.is_word(p - 1) {
        p -= 1;
        words += 1;
    }
    if p <= sentence.start || !doc.tokens[p - 1].is_punct(doc.text, ',') {
        return None;
    }
    // "..., a charge the company denied.": a noun with a relative clause
    // of its own is the writer's comment on the clause, not its source.
    if p + 2 < c
        && matches!(e.key(p), "a" | "an")
        && !e.is_cap(p + 1)
        && (e.is_cap(p + 2) || matches!(e.key(p + 2), "the" | "he" | "she" | "they" | "it"))
    {
        return None;
    }
    let comma = p - 1;
    // A quote before the comma is a direct quote with this cue.
    if comma > sentence.start && doc.tokens[comma - 1].quote_mark().is_some() {
        return None;
    }
    let start = clause_start(e, sentence.start);
    let mut end = comma;
    while end > start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) {
        end -= 1;
    }
    let content_words = (start..end).filter(|&k| doc.tokens[k].is_word()).count();
    if content_words < MIN_BARE_CLAUSE_WORDS || (start..end).any(|k| e.quote_at(k).is_some()) {
        return None;
    }
    Some(start..end)
}

/// Where the words of a sentence start: after a dateline (GENEVA
/// (Reuters) -) when the sentence opens its paragraph.
fn clause_start(e: &English, s: usize) -> usize {
    let para = e.doc.paragraph_range(s);
    if s != para.start {
        return s;
    }
    // "TOKYO/AMSTERDAM, July 8 (Reuters) -": a second city takes two tokens.
    let second_city = 2 * usize::from(s + 1 < para.end && e.word(s + 1) == "/");
    (s..para.end.min(s + DATELINE_TOKENS + second_city))
        .find(|&k| e.doc.tokens[k].kind == TokenKind::Punct && matches!(e.word(k), "-" | "–" | "—"))
        .map_or(s, |k| k + 1)
}

/// True when the verb at `c` is passive, negated, an infinitive or a noun
/// (was found, did not say, to say, the claims).
fn is_passive(e: &English, c: usize) -> bool {
    let mut j = c;
    for _ in 0..3 {
        if j == 0 || j <= e.range.start || !e.is_word(j - 1) {
            return false;
        }
        j -= 1;
        let k = e.key(j);
        if in_list(PASSIVE, k) {
            return true;
        }
        let adverb = k.ends_with("ly") || in_list(SUBJECT_ADVERBS, k) || k == "twice";
        if !adverb {
            return false;
        }
    }
    false
}

fn negated(e: &English, c: usize) -> bool {
    (c.saturating_sub(3).max(e.range.start)..c)
        .any(|j| e.is_word(j) && matches!(e.key(j), "not" | "never" | "n't"))
}

/// The mention ending exactly at token `end` (exclusive).
fn mention_ending(e: &English, end: usize) -> Option<usize> {
    let n = e.ments.partition_point(|m| m.tokens.start < end);
    let m = n.checked_sub(1)?;
    (e.ments[m].tokens.end == end).then_some(m)
}

/// The mention starting at token `start`.
fn mention_starting(e: &English, start: usize) -> Option<usize> {
    let n = e.ments.partition_point(|m| m.tokens.start < start);
    (n < e.ments.len() && e.ments[n].tokens.start == start).then_some(n)
}

fn is_pronoun(key: &str) -> bool {
    matches!(key, "he" | "she" | "they" | "it")
}

/// The subject of the cue at `c` and where its content search starts.
fn subject_of(e: &English, c: usize, verb: Cue) -> (Subject, usize) {
    let mut j = c;
    let mut steps = 0;
    while j > e.range.start
        && steps < 3
        && e.is_word(j - 1)
        && in_list(SUBJECT_ADVERBS, e.key(j - 1))
    {
        j -= 1;
        steps += 1;
    }
    // "The WHO on Friday declared", "The WHO Friday declared": the day
    // stands between the subject and its verb.
    if j > e.range.start + 1
        && e.is_word(j - 1)
        && e.w.is_time(e.key(j - 1))
        && mention_ending(e, j).is_none()
    {
        j -= 1;
        if e.is_word(j - 1) && e.key(j - 1) == "on" {
            j -= 1;
        }
    }
    let before_punct = j > e.range.start && {
        let t = &e.doc.tokens[j - 1];
        t.is_punct(e.doc.text, ',') || t.quote_mark().is_some()
    };
    let at_start = j <= e.doc.sentence_range(c).start;
    let apposition_before = j > e.range.start && e.apposition_closed_at(j - 1).is_some();
    // "tell" and "ask" are never inverted: the name after them is the
    // addressee (..., Jensen Huang, told analysts last week that).
    let invertible = !matches!(verb.class, CueClass::Tell | CueClass::Ask);
    if (before_punct || at_start) && !apposition_before && invertible {
        // Inverted: `"...," said Ambassador Mohib` (the subject ends its
        // clause; "..., said the organisation would ..." is not inverted).
        if let Some((s, end)) = subject_after(e, c + 1) {
            let closes = end >= e.range.end
                || !e.doc.tokens[end].is_word()
                || in_list(ADVERBIAL_PREPOSITIONS, e.key(end));
            if closes {
                return (s, end);
            }
        }
    }
    if let Some(s) = subject_before(e, j) {
        return (s, c + 1);
    }
    // "Gov. Gavin Newsom declared ... and said ...", "X welcomed the
    // ruling, saying ...": the sentence's subject.
    // "X opened the meeting by saying ...": the participle after "by"
    // too.
    let after_by = c > e.range.start && e.is_word(c - 1) && e.key(c - 1) == "by";
    if coordinated_cue(e, c) || verb.participle && (before_punct || after_by) {
        if let Some(s) = sentence_subject(e, c) {
            return (s, c + 1);
        }
    }
    if verb.participle {
        return (Subject::Implicit, c + 1);
    }
    if before_punct {
        return (Subject::Implicit, c + 1);
    }
    (Subject::Implicit, c + 1)
}

/// The subject that ends right before token `j`.
fn subject_before(e: &English, j: usize) -> Option<Subject> {
    if j <= e.range.start {
        return None;
    }
    let mut p = j - 1;
    // "The United States Geological Survey (USGS) reported": skip the bracket.
    if e.doc.tokens[p].is_punct(e.doc.text, ')') {
        let mut k = p;
        while k > e.range.start
            && p - k < MAX_BRACKET_TOKENS
            && !e.doc.tokens[k].is_punct(e.doc.text, '(')
        {
            k -= 1;
        }
        if e.doc.tokens[k].is_punct(e.doc.text, '(') && k > e.range.start {
            p = k - 1;
        }
    }
    let j = p + 1;
    let t = &e.doc.tokens[p];
    if let Some(s) = group_before_restrictive(e, j) {
        return Some(s);
    }
    if let Some(s) = pair_named_before(e, p) {
        return Some(s);
    }
    // "Pinkerton's Inc. said": the abbreviation's full stop.
    if t.is_punct(e.doc.text, '.') && !t.space_before && p > e.range.start {
        if let Some(m) = mention_ending(e, p) {
            let m = &e.ments[m];
            return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
        }
    }
    if t.is_punct(e.doc.text, ',') {
        // "Jeff Rathke, the State Department Spokesperson, said".
        if let Some(start) = e.apposition_closed_at(p) {
            let m = mention_starting(e, start)?;
            let m = &e.ments[m];
            return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
        }
        // "A diplomat, who asked not to be named, said": the relative
        // clause may hold cue words of its own; the subject is before it.
        if let Some(open) = relative_clause_open(e, p) {
            // "David Barnden, the principal lawyer at Equity Generation
            // Lawyers, which is representing ..., said": the clause is the
            // employer's; the speaker is the person the apposition follows.
            if let Some(m) = e
                .apposition_closed_at(open)
                .and_then(|s| mention_starting(e, s))
            {
                let m = &e.ments[m];
                if e.findings.entities[m.entity].kind == ActorKind::Person {
                    return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
                }
            }
            // "An Egyptian official, who spoke on condition of anonymity,
            // said": whoever it is, the source is not named.
            let inner = subject_before(e, open);
            let named = matches!(inner, Some(Subject::Actor(id, _))
                if e.findings.entities[id].kind == ActorKind::Person);
            if !named && withheld_name(e, open, p) {
                return Some(Subject::Anonymous);
            }
            return inner;
        }
        // "The company, based in Van Nuys, Calif., said": an actor before
        // an opening comma of the inserted phrase.
        let sentence_start = e.doc.sentence_range(p).start;
        let mut k = p;
        while k > sentence_start && k + MAX_INSERTION_TOKENS > p {
            k -= 1;
            let t = &e.doc.tokens[k];
            if t.is_word() && (e.w.cue(&t.key).is_some() || e.quote_at(k).is_some()) {
                return None;
            }
            if t.quote_mark().is_some() {
                return None;
            }
            if t.is_punct(e.doc.text, ',') {
                // "A USGS spokesperson, Paul Caruso, said": the set-off name
                // (after its title: ", Professor Nicola Ranger,").
                // (also ", former Costa Rican president Laura Chinchilla,":
                // lower-case titles and a demonym in them)
                let mut n = k + 1;
                while n < p {
                    if e.is_word(n)
                        && (e.w.title_head(e.key(n).trim_end_matches('.')).is_some()
                            || e.w.is_title_mod(e.key(n)))
                    {
                        n += 1;
                    } else if n > k + 1
                        && e.doc.tokens[n].is_punct(e.doc.text, '.')
                        && e.w.title_head(e.key(n - 1)).is_some()
                    {
                        // ", Dr. Luis Vargas,": the abbreviation's full stop.
                        n += 1;
                    } else if let Some(m) =
                        mention_starting(e, n).map(|m| &e.ments[m]).filter(|m| {
                            m.tokens.end < p
                                && e.findings.entities[m.entity].kind == ActorKind::Country
                        })
                    {
                        n = m.tokens.end;
                    } else {
                        break;
                    }
                }
                if let Some(m) = mention_starting(e, n) {
                    let m = &e.ments[m];
                    // ", Dragos Tudorache of Romania, said": where the
                    // person is from may follow the name.
                    // (", Dr. Luis Vargas of the University of Lima,": the
                    // place of work may be no mention of its own)
                    let from_after = m.tokens.end + 1 < p
                        && e.is_word(m.tokens.end)
                        && matches!(e.key(m.tokens.end), "of" | "from")
                        && (mention_ending(e, p)
                            .is_some_and(|x| e.ments[x].tokens.start == m.tokens.end + 1)
                            || p - m.tokens.end <= MAX_AFFILIATION_TOKENS
                                && (m.tokens.end + 1..p).all(|x| e.is_word(x))
                                && e.is_cap(p - 1));
                    // "The ferry operator, PT Pelayaran Cantika, said", "The
                    // pilots' union, Norsk Flygerforbund, said": a body set off
                    // after the lower-case noun describing it.
                    let kind = e.findings.entities[m.entity].kind;
                    let body = kind == ActorKind::Organization
                        && m.tokens.end == p
                        && n == k + 1
                        && e.is_word(k - 1)
                        && !e.is_cap(k - 1)
                        && (in_list(COMPANY_NOUNS, e.key(k - 1))
                            || in_list(GENERIC_ORG_NOUNS, e.key(k - 1))
                            || e.key(k - 1) == "owner");
                    if (m.tokens.end == p || from_after) && kind == ActorKind::Person || body {
                        return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
                    }
                }
                // "Bintou Keita, the head of the UN mission in Congo, known
                // as MONUSCO, told": a second insertion after an apposition.
                if let Some(m) = e
                    .apposition_closed_at(k)
                    .and_then(|s| mention_starting(e, s))
                {
                    let m = &e.ments[m];
                    return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
                }
                // (also before its bracketed acronym: "the Pastoral Land
                // Commission (CPT), a Catholic group, said")
                let bracketed = k >= e.range.start + 3
                    && e.doc.tokens[k - 1].is_punct(e.doc.text, ')')
                    && e.doc.tokens[k - 3].is_punct(e.doc.text, '(');
                let named_end = if bracketed { k - 3 } else { k };
                if let Some(m) = mention_ending(e, named_end) {
                    let m = &e.ments[m];
                    if !m.modifier {
                        return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
                    }
                }
                // "Kevin Stevenson of the Johns Hopkins ... Laboratory, a
                // co-author, said": the person before where they work.
                if let Some(s) = person_before_affiliation(e, k) {
                    return Some(s);
                }
            }
        }
        return None;
    }
    // (a name may end with a number: "a spokesman for Number 10 said")
    if !t.is_word() && mention_ending(e, j).is_none() {
        return None;
    }
    if let Some(s) = person_before_affiliation(e, j) {
        return Some(s);
    }
    if let Some(m) = mention_ending(e, j) {
        let m = &e.ments[m];
        // "Officials in Kyiv said": the head of the phrase speaks.
        let b = e.start_with_the(m.tokens.start);
        if b > e.range.start
            && e.is_word(b - 1)
            && matches!(e.key(b - 1), "in" | "from" | "at" | "of" | "with")
        {
            if let Some(h) = mention_ending(e, b - 1) {
                let h = &e.ments[h];
                let kind = e.findings.entities[h.entity].kind;
                // "The U.S. Embassy in Manila said": a body in a place.
                let body_in_place = kind == ActorKind::Organization
                    && e.key(b - 1) == "in"
                    && e.findings.entities[m.entity].kind == ActorKind::Country;
                if !h.modifier
                    && (matches!(kind, ActorKind::Group | ActorKind::Person) || body_in_place)
                {
                    return Some(Subject::Actor(h.entity, (h.tokens.start, h.tokens.end)));
                }
            }
        }
        let country = e.findings.entities[m.entity].kind == ActorKind::Country;
        // "The United Nations envoy for Sudan on Monday urged": the country
        // only completes a description.
        let completes = b > e.range.start + 1
            && e.is_word(b - 1)
            && matches!(e.key(b - 1), "for" | "to" | "in" | "of")
            && e.is_word(b - 2)
            && !e.is_cap(b - 2)
            && mention_ending(e, b - 1).is_none();
        if country && completes {
            return Some(Subject::Unknown);
        }
        // "the Italian said": a demonym for someone already named.
        // (also after an age: "the 23-year-old Italian")
        let s0 = m.tokens.start;
        let aged = s0 > e.range.start + 1
            && e.is_word(s0 - 1)
            && !e.is_cap(s0 - 1)
            && e.word(s0 - 1).contains('-')
            && e.is_word(s0 - 2)
            && e.key(s0 - 2) == "the";
        let definite = m.tokens.len() == 1
            && m.form == MentionForm::Nisba
            && (b < s0 || aged)
            && !e.key(s0).ends_with('s');
        // `," the American said`: a demonym right before the cue is a
        // person already named, not the country.
        if country && definite && m.tokens.end == j {
            return Some(Subject::Described);
        }
        // "Amnesty International and Human Rights Watch said": the first
        // of two actors opening the clause speaks for both.
        if let Some(f) = first_conjunct(e, b, m.entity).filter(|f| {
            let s = e.start_with_the(f.tokens.start);
            s == clause_start(e, e.doc.sentence_range(s).start)
                || s > e.range.start && e.doc.tokens[s - 1].is_punct(e.doc.text, ',')
        }) {
            return Some(Subject::Actor(f.entity, (f.tokens.start, f.tokens.end)));
        }
        if !m.modifier || !country {
            return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
        }
        return Some(if definite {
            Subject::Described
        } else {
            Subject::Unknown
        });
    }
    let k = e.key(p);
    // "the England winger said": a description of someone named before.
    if p > e.range.start + 1 && description_noun(e, p) {
        if let Some(m) = mention_ending(e, p) {
            let m = &e.ments[m];
            if e.findings.entities[m.entity].kind == ActorKind::Country
                && m.tokens.start > e.range.start
                && e.key(m.tokens.start - 1) == "the"
            {
                return Some(Subject::Described);
            }
        }
    }
    // "A Department of Health spokesperson said": the body speaks; so does
    // a body named before its lower-case kind (the FNV union said).
    // (also in the plural: United Nations agencies said)
    let org_word = |k: &str| {
        e.w.org_head(k).is_some()
            || k.strip_suffix("ies")
                .is_some_and(|stem| e.w.org_head(&format!("{stem}y")).is_some())
    };
    if in_list(SPOKESPERSON_WORDS, k) || !e.is_cap(p) && org_word(k) {
        // (one lower-case field may stand between: the United Nations
        // tourism agency said, the UN refugee agency said)
        let field = p > e.range.start + 1
            && e.is_word(p - 1)
            && !e.is_cap(p - 1)
            && !e.w.is_function(e.key(p - 1))
            && org_word(k);
        let m = mention_ending(e, p).or_else(|| field.then(|| mention_ending(e, p - 1)).flatten());
        if let Some(m) = m {
            let m = &e.ments[m];
            if e.findings.entities[m.entity].kind == ActorKind::Organization && !m.modifier {
                return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
            }
        }
    }
    // "Benjamin Netanyahu's office said": the office speaks for its holder;
    // so does "the Prime Minister's official spokesman".
    if (k == "office" || in_list(SPOKESPERSON_WORDS, k)) && p > e.range.start {
        let mut p = p;
        if p > e.range.start + 1
            && e.is_word(p - 1)
            && !e.is_cap(p - 1)
            && e.key(p - 1) == "official"
        {
            p -= 1;
        }
        if let Some(m) = mention_ending(e, p) {
            let m = &e.ments[m];
            let possessive =
                super::words::strip_possessive(e.key(m.tokens.end - 1)) != e.key(m.tokens.end - 1);
            if possessive && e.findings.entities[m.entity].kind == ActorKind::Person {
                return Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
            }
        }
    }
    if let Some(s) = its_own_voice(e, p, org_word(k)) {
        return Some(s);
    }
    if is_pronoun(k) {
        return Some(Subject::Pronoun(p));
    }
    if e.w.is_anonymous(k) {
        return Some(Subject::Anonymous);
    }
    // "The 22-year-old said": someone named before; so is "the
    // midfielder said" (a player, performer or writer described).
    if definite_age(e, p) || !e.is_cap(p) && in_list(DESCRIPTION_NOUNS, k) && definite_before(e, p)
    {
        return Some(Subject::Described);
    }
    if in_list(STATEMENT_NOUNS, k) && definite_before(e, p) {
        return Some(Subject::Statement);
    }
    if in_list(STATEMENT_NOUNS, k) || (e.is_word(p) && !e.w.is_function(k) && !e.is_cap(p)) {
        return Some(Subject::Unknown);
    }
    None
}

/// Number words before a plural noun that refer back to a pair or a few
/// actors named together (the two groups, both companies).
const PAIR_WORDS: &[&str] = &["two", "three", "four", "both"];
/// Most mentions looked back over for the actors "the two groups" are.
const MAX_PAIR_LOOKBACK: usize = 12;

/// The first of the actors joined by "and" before the mention starting at
/// `b` (after its "the"), of the same kind as `id`: "A and B", "A (ACR)
/// and the B", "A, B and C".
fn first_conjunct<'a>(e: &'a English, b: usize, id: EntityId) -> Option<&'a super::Ment> {
    if b < e.range.start + 2 || !e.is_word(b - 1) || e.key(b - 1) != "and" {
        return None;
    }
    let kind = e.findings.entities[id].kind;
    let before = |end: usize| -> Option<&'a super::Ment> {
        // (past a bracketed acronym: "the World Food Programme (WFP) and")
        let end = if end >= e.range.start + 3
            && e.doc.tokens[end - 1].is_punct(e.doc.text, ')')
            && e.doc.tokens[end - 3].is_punct(e.doc.text, '(')
        {
            end - 3
        } else {
            end
        };
        let m = &e.ments[mention_ending(e, end)?];
        (!m.modifier && m.entity != id && e.findings.entities[m.entity].kind == kind).then_some(m)
    };
    let mut first = before(b - 1)?;
    // "A, B and C": back over the list's commas.
    loop {
        let s = e.start_with_the(first.tokens.start);
        match (s > e.range.start + 1 && e.doc.tokens[s - 1].is_punct(e.doc.text, ','))
            .then(|| before(s - 1))
            .flatten()
        {
            Some(m) => first = m,
            None => return Some(first),
        }
    }
}

/// "the two groups said", "both companies said": the first of the actors
/// last named together before the noun at `p`.
fn pair_named_before(e: &English, p: usize) -> Option<Subject> {
    if p < e.range.start + 2
        || !e.is_word(p)
        || !e.key(p).ends_with('s')
        || !e.is_word(p - 1)
        || !in_list(PAIR_WORDS, e.key(p - 1))
    {
        return None;
    }
    let n = e.ments.partition_point(|m| m.tokens.start < p - 1);
    e.ments[n.saturating_sub(MAX_PAIR_LOOKBACK)..n]
        .iter()
        .rev()
        .filter(|m| !m.modifier)
        .find_map(|m| first_conjunct(e, e.start_with_the(m.tokens.start), m.entity))
        .map(|f| Subject::Actor(f.entity, (f.tokens.start, f.tokens.end)))
}

/// True when the noun at `p` is definite ("the statement", "the joint
/// statement", "its report"): one lower-case modifier may stand between.
fn definite_before(e: &English, p: usize) -> bool {
    let det = |k: usize| e.is_word(k) && matches!(e.key(k), "the" | "its" | "their" | "that");
    p > e.range.start
        && (det(p - 1)
            || p > e.range.start + 1 && e.is_word(p - 1) && !e.is_cap(p - 1) && det(p - 2))
}

/// "the 22-year-old": an age after "the" describes someone named before.
fn definite_age(e: &English, k: usize) -> bool {
    k > e.range.start
        && e.is_word(k)
        && e.key(k).ends_with("-year-old")
        && e.is_word(k - 1)
        && e.key(k - 1) == "the"
}

/// The words after a cue name the statement it was made in ("said in a
/// statement", "said on Monday in a joint statement").
/// True when the sentence of the cue at `c` opens with "In" and a
/// statement noun before a comma (In its final report, the NSIA said).
fn statement_opens_sentence(e: &English, c: usize) -> bool {
    let s = e.doc.sentence_range(c).start.max(e.range.start);
    s < c
        && e.is_word(s)
        && e.key(s) == "in"
        && (s + 1..c.min(s + MAX_STATEMENT_CHANNEL_TOKENS))
            .take_while(|&k| e.is_word(k))
            .any(|k| {
                in_list(STATEMENT_NOUNS, e.key(k)) && e.doc.tokens[k + 1].is_punct(e.doc.text, ',')
            })
}

fn in_statement(e: &English, cue_end: usize) -> bool {
    let end = (cue_end + MAX_STATEMENT_CHANNEL_TOKENS).min(e.range.end);
    (cue_end..end).take_while(|&k| e.is_word(k)).any(|k| {
        e.key(k) == "in"
            && (k + 1..end)
                .take_while(|&n| e.is_word(n))
                .any(|n| in_list(STATEMENT_NOUNS, e.key(n)))
    })
}

/// A person named before where they work, right before the cue at `j`
/// ("Maria Lopez of the central bank said", "Marcelo Seluchi of the
/// monitoring centre Cemaden said"), or a group before where it is
/// ("Officials in Zubrowka said"): they speak, not the place. The phrase
/// is words only, without a verb.
fn person_before_affiliation(e: &English, j: usize) -> Option<Subject> {
    let stop = j.saturating_sub(MAX_AFFILIATION_TOKENS).max(e.range.start);
    let mut k = j;
    while k > stop {
        k -= 1;
        if !e.is_word(k) || e.w.cue(e.key(k)).is_some() || finite_verb(e, k) {
            return None;
        }
        if !matches!(e.key(k), "of" | "at" | "from" | "with" | "in") {
            continue;
        }
        // "of" inside a place's name (Republic of Congo): look further back.
        let Some(m) = mention_ending(e, k) else {
            continue;
        };
        let m = &e.ments[m];
        // People, or a group in a place no list knows (Officials in
        // Zubrowka said, Residents of Hue said).
        let kind = e.findings.entities[m.entity].kind;
        let speaker = kind == ActorKind::Person
            || kind == ActorKind::Group && matches!(e.key(k), "in" | "of");
        // "Charles Higham of the University of Otago in New Zealand said":
        // where the workplace is; the person may stand before it.
        if kind == ActorKind::Organization && e.key(k) == "in" && !m.modifier {
            continue;
        }
        return (speaker && !m.modifier)
            .then_some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
    }
    None
}

/// A group before a relative clause without commas that ends right before
/// the cue at `j` ("Developers who spoke to the Guardian said", "Small
/// business owners who rely on cruise passengers said"): the group speaks,
/// not the last name inside the clause.
fn group_before_restrictive(e: &English, j: usize) -> Option<Subject> {
    let sentence_start = e.doc.sentence_range(j - 1).start;
    let mut k = j;
    while k > sentence_start + 1 && k + MAX_RELATIVE_CLAUSE_TOKENS > j {
        k -= 1;
        // (a year may stand in the clause: who voted in 2019)
        if !e.is_word(k) && e.doc.tokens[k].kind != TokenKind::Number {
            return None;
        }
        if e.is_word(k) && e.key(k) == "who" {
            // "An official who asked not to be named said": nobody named.
            if e.withheld_clause_at(k + 1) {
                return Some(Subject::Anonymous);
            }
            // "Pensioners who spoke to Al Jazeera said": a plural noun no
            // list knows is still no name inside its clause.
            let Some(m) = mention_ending(e, k) else {
                let plural = e.is_word(k - 1)
                    && e.key(k - 1).ends_with('s')
                    && !e.w.is_function(e.key(k - 1));
                return plural.then_some(Subject::Unknown);
            };
            let m = &e.ments[m];
            let group = e.findings.entities[m.entity].kind == ActorKind::Group;
            return (group && !m.modifier)
                .then_some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
        }
    }
    None
}

/// True when the clause between `open` and `close` says the source is not
/// named (on condition of anonymity, asked not to be identified, was not
/// authorised to speak).
fn withheld_name(e: &English, open: usize, close: usize) -> bool {
    let has = |w: &str| (open..close).any(|k| e.is_word(k) && e.key(k) == w);
    has("anonymity")
        || has("not")
            && ["named", "identified", "authorized", "authorised", "name"]
                .iter()
                .any(|w| has(w))
}

/// The opening comma of a relative clause closed by the comma at `close`
/// (", who asked not to be named,"), if that is what ends there.
fn relative_clause_open(e: &English, close: usize) -> Option<usize> {
    let sentence_start = e.doc.sentence_range(close).start;
    let mut k = close;
    while k > sentence_start && k + MAX_RELATIVE_CLAUSE_TOKENS > close {
        k -= 1;
        let t = &e.doc.tokens[k];
        if t.quote_mark().is_some() {
            // (", who had campaigned for a "yes" vote,": a short quote
            // closed inside the clause)
            let open = (k.saturating_sub(MAX_CLAUSE_SCARE_QUOTE_TOKENS)..k)
                .rev()
                .find(|&o| e.doc.tokens[o].quote_mark().is_some())
                .filter(|&o| e.quote_opening(o).is_some_and(|q| q.close == Some(k)))?;
            k = open;
            continue;
        }
        if t.is_punct(e.doc.text, ',') {
            // (", speaking on condition of anonymity,": a clause like it)
            if e.is_word(k + 1)
                && (in_list(RELATIVE_PRONOUNS, e.key(k + 1)) || e.key(k + 1) == "speaking")
            {
                return Some(k);
            }
            // ", whose members include Google, Meta and Amazon,": a comma
            // of a list of names inside the clause; ", who runs it with her
            // father, Michael Eavis,": a name set off inside it.
            let set_off_name = || {
                mention_starting(e, k + 1).is_some_and(|m| {
                    let end = e.ments[m].tokens.end;
                    end <= close && e.doc.tokens[end].is_punct(e.doc.text, ',')
                })
            };
            if !(e.is_cap(k + 1) && (e.is_cap(k - 1) || set_off_name())) {
                return None;
            }
        }
    }
    None
}

/// The subject right after an inverted cue (said the minister, said KCNA).
fn subject_after(e: &English, from: usize) -> Option<(Subject, usize)> {
    let end = e
        .doc
        .sentence_range(from.min(e.range.end - 1))
        .end
        .min(e.range.end);
    let mut j = from;
    while j < end && j < from + MAX_INVERTED_SUBJECT_SKIP {
        if let Some(m) = mention_starting(e, j) {
            let m = &e.ments[m];
            // "said the organisation's head of mission, Stephanie Davies.":
            // the person set off at the end is the speaker, not the body.
            if e.findings.entities[m.entity].kind != ActorKind::Person {
                if let Some(p) = set_off_person(e, m.tokens.end, end) {
                    return Some(p);
                }
                // "said US Attorney Preet Bharara", "said Barcelona coach
                // Luis Enrique": the employer or country qualifies the
                // title; its holder speaks.
                if let Some(p) = titled_person_at(e, m.tokens.end, end) {
                    return Some(p);
                }
            }
            if m.modifier {
                return None;
            }
            return Some((
                Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)),
                m.tokens.end,
            ));
        }
        // "said Dr. Jane Miller": the abbreviation's full stop.
        if j > from
            && e.doc.tokens[j].is_punct(e.doc.text, '.')
            && e.w.title_head(e.key(j - 1)).is_some()
        {
            j += 1;
            continue;
        }
        if !e.is_word(j) {
            return None;
        }
        let k = e.key(j);
        if is_pronoun(k) && j == from {
            return Some((Subject::Pronoun(j), j + 1));
        }
        if e.w.is_anonymous(k) {
            return Some((Subject::Anonymous, j + 1));
        }
        // Titles and their qualifiers (said Liberal Democrat leader Ed Davey).
        let qualifier = e.is_cap(j) && !e.w.is_function(k) && e.w.cue(k).is_none();
        if !(matches!(k, "the" | "a" | "an")
            || e.w.title_head(k).is_some()
            || e.w.is_title_mod(k)
            || qualifier)
        {
            return set_off_person(e, j, end);
        }
        j += 1;
    }
    None
}

/// "India sent aircraft, its foreign ministry said", "Acme cut jobs, its
/// chief executive said": a body's own institution, spokesperson or
/// officer at `p` (after "its" and a few lower-case words) speaks for the
/// body or country its sentence opens with.
fn its_own_voice(e: &English, p: usize, institution: bool) -> Option<Subject> {
    let k = e.key(p);
    if e.is_cap(p)
        || !(institution
            || in_list(SPOKESPERSON_WORDS, k)
            || e.w.title_head(k).is_some()
            || in_list(OFFICER_WORDS, k))
    {
        return None;
    }
    let sentence = e.doc.sentence_range(p).start.max(e.range.start);
    let its = (sentence..p)
        .rev()
        .take(MAX_ITS_WORDS)
        .take_while(|&q| e.is_word(q) && (!e.is_cap(q) || q == sentence))
        .find(|&q| e.key(q) == "its")?;
    let body = |m: &&Ment| {
        !m.modifier
            && matches!(
                e.findings.entities[m.entity].kind,
                ActorKind::Organization | ActorKind::Country
            )
    };
    // "Israel did not attend. Its foreign ministry said": a sentence that
    // opens with "Its" speaks for the body the sentence before opens with.
    if its == sentence {
        let before = e.doc.sentence_range(sentence.checked_sub(1)?).start;
        if before < e.range.start {
            return None;
        }
        let subject = |k: usize| k == before || k == before + 1 && e.key(before) == "the";
        let m = e.ments[e.ments.partition_point(|m| m.tokens.start < before)..]
            .iter()
            .find(|m| !m.modifier)
            .filter(|m| subject(m.tokens.start))
            .filter(body)?;
        return Some(Subject::Actor(m.entity, (its, p + 1)));
    }
    let ms = &e.ments[e.ments.partition_point(|m| m.tokens.start < sentence)..];
    let m = ms.iter().take_while(|m| m.tokens.end <= its).find(body)?;
    // (the words from "its" name the speaker here: the clause ends before them)
    Some(Subject::Actor(m.entity, (its, p + 1)))
}

/// A title (its modifiers and at least one head) from `k`, then the person
/// holding it: that person, and where the name ends.
fn titled_person_at(e: &English, mut k: usize, end: usize) -> Option<(Subject, usize)> {
    let mut head = false;
    while k < end && e.is_word(k) && mention_starting(e, k).is_none() {
        let key = e.key(k);
        if e.w.title_head(key).is_some() {
            head = true;
        } else if !e.w.is_title_mod(key) {
            return None;
        }
        k += 1;
    }
    let p = &e.ments[mention_starting(e, k).filter(|_| head)?];
    (e.findings.entities[p.entity].kind == ActorKind::Person).then_some((
        Subject::Actor(p.entity, (p.tokens.start, p.tokens.end)),
        p.tokens.end,
    ))
}

/// "said the organisation's head of mission, Stephanie Davies.": a few
/// words of role from `from`, then a comma and a person whose name ends
/// the clause: the person speaks, not the body.
fn set_off_person(e: &English, from: usize, end: usize) -> Option<(Subject, usize)> {
    let comma = (from..end.min(from + MAX_SET_OFF_ROLE)).find(|&k| !e.is_word(k))?;
    if !e.doc.tokens[comma].is_punct(e.doc.text, ',') {
        return None;
    }
    let p = &e.ments[mention_starting(e, comma + 1)?];
    (e.findings.entities[p.entity].kind == ActorKind::Person
        && (p.tokens.end >= end || !e.is_word(p.tokens.end)))
    .then_some((
        Subject::Actor(p.entity, (p.tokens.start, p.tokens.end)),
        p.tokens.end,
    ))
}

/// The content after the cue at `c`, the search starting at `from`.
fn content_after(e: &English, c: usize, from: usize, verb: Cue) -> Content {
    let doc = e.doc;
    let sentence_end = doc.sentence_range(c).end.min(e.range.end);
    let mut j = from;
    // The addressee of tell / ask.
    if matches!(verb.class, CueClass::Tell | CueClass::Ask) {
        let mut k = j;
        while k < sentence_end && k < j + MAX_ADDRESSEE_TOKENS {
            let t = &doc.tokens[k];
            if !t.is_word() || matches!(t.key.as_ref(), "that" | "to" | "not") {
                break;
            }
            // Content without "that" (told reporters the investigation was
            // ongoing): a determiner or subject pronoun after the addressee.
            if k > j
                && verb.class == CueClass::Tell
                && in_list(CLAUSE_STARTERS, t.key.as_ref())
                && !in_list(ADDRESSEE_PREPOSITIONS, e.key(k - 1))
            {
                break;
            }
            if let Some(m) = mention_starting(e, k) {
                k = e.ments[m].tokens.end;
                continue;
            }
            k += 1;
        }
        if verb.class == CueClass::Ask {
            if e.is_word(k) && matches!(e.key(k), "to" | "not") && k < sentence_end {
                let end = clause_end(e, k, sentence_end);
                return match end {
                    (end, _) if end > k + 1 => Content::Reported(k..end, None),
                    _ => Content::None,
                };
            }
            return Content::None;
        }
        if k == j {
            return Content::None;
        }
        j = k;
    }
    // An aside in commas after the cue (cautioned, however, that).
    if j + 2 < sentence_end
        && doc.tokens[j].is_punct(doc.text, ',')
        && e.is_word(j + 1)
        && in_list(ASIDES, e.key(j + 1))
        && doc.tokens[j + 2].is_punct(doc.text, ',')
    {
        j += 3;
    }
    // Adverbials before "that" (said in a statement on Monday that).
    let mut k = j;
    let mut adverbial = false;
    let whether = in_list(WHETHER_CUES, e.key(c));
    let complementiser =
        |k: usize| e.is_word(k) && (e.key(k) == "that" || whether && e.key(k) == "whether");
    while k < sentence_end && k < j + MAX_CUE_TO_CONTENT {
        let t = &doc.tokens[k];
        if complementiser(k) && !matches!(e.key(k.saturating_sub(1)), "in" | "on") {
            break;
        }
        if t.quote_mark().is_some() || t.is_punct(doc.text, ',') || t.is_punct(doc.text, ':') {
            break;
        }
        // "said Tuesday that", "said in a statement that".
        let opens =
            t.is_word() && (in_list(ADVERBIAL_PREPOSITIONS, t.key.as_ref()) || e.w.is_time(&t.key));
        if k == j && !opens {
            break;
        }
        if k == j && at_least(e, k) {
            break;
        }
        if !t.is_word() && t.kind != TokenKind::Number {
            break;
        }
        // "said on Sunday it had ...": a time ends the adverbial and a
        // clause starts without "that".
        if k > j
            && t.is_word()
            && in_list(CLAUSE_STARTERS, t.key.as_ref())
            && e.is_word(k - 1)
            && (e.w.is_time(e.key(k - 1))
                || in_list(STATEMENT_NOUNS, e.key(k - 1))
                || in_list(CHANNEL_NOUNS, e.key(k - 1)))
        {
            break;
        }
        adverbial = true;
        k += 1;
    }
    if adverbial {
        let t = doc.tokens.get(k);
        let bare = in_list(BARE_CLAUSE_CUES, e.key(c));
        let joins = t.is_some_and(|t| {
            complementiser(k)
                || (bare && t.is_word() && in_list(CLAUSE_STARTERS, t.key.as_ref()))
                || t.is_punct(doc.text, ',')
                || t.is_punct(doc.text, ':')
                || t.quote_mark().is_some()
        });
        if !joins || k >= sentence_end {
            return Content::None;
        }
        j = k;
    }
    // "said only that", "said simply that".
    if e.is_word(j)
        && matches!(e.key(j), "only" | "simply" | "merely" | "just")
        && e.is_word(j + 1)
        && e.key(j + 1) == "that"
    {
        j += 1;
    }
    // A comma or colon before the content.
    let mut punct = false;
    while j < sentence_end
        && (doc.tokens[j].is_punct(doc.text, ',') || doc.tokens[j].is_punct(doc.text, ':'))
    {
        j += 1;
        punct = true;
    }
    if j >= e.range.end {
        return Content::None;
    }
    if doc.tokens[j].quote_mark().is_some() {
        return match e.quote_opening(j) {
            Some(_) => Content::Quote(j),
            None => Content::None,
        };
    }
    if j >= sentence_end {
        return Content::None;
    }
    let t = &doc.tokens[j];
    if complementiser(j) {
        // "He said that was not the point": "that" before a verb is the
        // clause's subject, part of what was said.
        const DEMONSTRATIVE_VERBS: &[&str] = &[
            "was", "is", "would", "will", "had", "has", "could", "might", "should", "wasn't",
            "isn't", "won't", "wouldn't",
        ];
        let subject =
            e.key(j) == "that" && e.is_word(j + 1) && in_list(DEMONSTRATIVE_VERBS, e.key(j + 1));
        let start = if subject { j } else { j + 1 };
        if let Some(q) = e.quote_opening(start) {
            return Content::Quote(q.open);
        }
        let (end, follow) = clause_end(e, start, sentence_end);
        return if end > start {
            Content::Reported(start..end, follow)
        } else {
            Content::None
        };
    }
    // A bare clause (said fishermen first noticed ...), or for announce a
    // noun phrase. After a comma only when the cue came after its subject
    // in an "As X told Y," frame.
    if !(t.is_word() || t.kind == TokenKind::Number) {
        return Content::None;
    }
    if in_list(NOT_CLAUSE_START, t.key.as_ref())
        && verb.class != CueClass::Announce
        && !at_least(e, j)
    {
        return Content::None;
    }
    if punct && !as_frame(e, c) {
        return Content::None;
    }
    // "which he said had been ...": a clause without a subject belongs to
    // a relative clause, not reported speech.
    if in_list(AUXILIARIES, t.key.as_ref()) {
        return Content::None;
    }
    if !in_list(BARE_CLAUSE_CUES, e.key(c)) {
        return Content::None;
    }
    let (end, follow) = clause_end(e, j, sentence_end);
    let words = (j..end)
        .filter(|&k| doc.tokens[k].is_word() || doc.tokens[k].kind == TokenKind::Number)
        .count();
    // A clause has a verb ("Police found the body in a river" reports
    // nothing); a noun phrase is content only after "announced".
    // The verb must come before any subordinate clause inside it:
    // "conceded defeat on Friday after a recount confirmed ..." reports
    // nothing (one opening the clause is its own: said although ...).
    let clause = verb.class == CueClass::Announce
        || finite_verb(e, j)
        || (j + 1..end)
            .take_while(|&k| !(e.is_word(k) && in_list(SUBORDINATORS, e.key(k))))
            .any(|k| finite_verb(e, k));
    // Two words make a clause when the second is a lexical past (said
    // sales rose, said it apologised), not an auxiliary left alone (said
    // it would).
    let short_clause = words == MIN_BARE_CLAUSE_WORDS - 1
        && end == j + 2
        && (!e.w.is_function(e.key(j)) || is_pronoun(e.key(j)))
        && finite_verb(e, j + 1)
        && !in_list(AUXILIARIES, e.key(j + 1));
    if (words >= MIN_BARE_CLAUSE_WORDS || short_clause) && clause {
        Content::Reported(j..end, follow)
    } else {
        Content::None
    }
}

/// True when token `k` looks like a finite verb: an auxiliary or modal, a
/// negated auxiliary, or a past form in -ed.
fn finite_verb(e: &English, k: usize) -> bool {
    if !e.is_word(k) {
        return false;
    }
    let w = e.key(k);
    // "the company expects": an -s form right after a noun.
    let present = w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !e.w.is_function(w)
        && k > e.range.start
        && e.is_word(k - 1)
        && !e.is_cap(k)
        && !e.w.is_function(e.key(k - 1));
    // "the need to", "a cut in": after an article the word is a noun.
    let after_article =
        k > e.range.start && e.is_word(k - 1) && matches!(e.key(k - 1), "the" | "a" | "an");
    in_list(AUXILIARIES, w)
        || (in_list(OTHER_FINITE, w) && !after_article)
        || w.ends_with("n't")
        || (w.len() > 4 && w.ends_with("ed") && !e.is_cap(k))
        || present
}

/// "at least" / "at most" / "about 4,000" open a number, not an adverbial.
fn at_least(e: &English, k: usize) -> bool {
    e.is_word(k) && e.key(k) == "at" && e.is_word(k + 1) && matches!(e.key(k + 1), "least" | "most")
        // "said about 4,000 members had joined": a number, not a topic.
        || e.is_word(k)
            && matches!(e.key(k), "about" | "around")
            && e.doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number)
}

/// True when the cue at `c` sits in an "As X said," frame.
fn as_frame(e: &English, c: usize) -> bool {
    let s = e
        .doc
        .sentence_range(c)
        .start
        .max(c.saturating_sub(MAX_AS_FRAME_TOKENS));
    (s..c).any(|k| e.is_word(k) && e.key(k) == "as" && (k == s || !e.is_word(k - 1)))
}

/// Participles after a comma that open the writer's own clause, not more
/// of the reported one ("said prices would rise, citing fuel costs").
const WRITERS_PARTICIPLES: &[&str] = &[
    "citing",
    "pointing",
    "prompting",
    "sparking",
    "triggering",
    "fuelling",
    "fueling",
];

/// Nouns of the writer's comment on a reported clause, after a comma and
/// "a" ("..., a claim that could not be verified").
const WRITERS_COMMENT_NOUNS: &[&str] = &[
    "claim",
    "allegation",
    "accusation",
    "charge",
    "assertion",
    "figure",
    "number",
    "toll",
    "move",
    "step",
    "decision",
    "statement",
    "version",
    "account",
];

/// True when the comma at `comma` is followed, up to the end of the
/// sentence, only by a short subject, a finite cue and an adverbial
/// ("..., State Department spokesman Matthew Miller said."): the words
/// before the comma are that speaker's, not more of an earlier clause.
fn parenthetical_cue_after(e: &English, comma: usize, sentence_end: usize) -> bool {
    let mut k = comma + 1;
    while k < sentence_end && k <= comma + 1 + MAX_PARENTHETICAL_SUBJECT {
        if !e.is_word(k) {
            return false;
        }
        if k > comma + 1 && e.w.cue(e.key(k)).is_some_and(|v| !v.participle) {
            let trailing = (k + 1..sentence_end).take_while(|&j| e.is_word(j)).count();
            let rest = (k + 1 + trailing..sentence_end)
                .all(|j| matches!(e.doc.tokens[j].kind, TokenKind::Punct));
            return trailing <= MAX_TRAILING_ADVERBIAL
                && rest
                && (comma + 1..k).any(|j| e.is_cap(j) || e.is_word(j) && e.key(j) == "the");
        }
        k += 1;
    }
    false
}

/// End of a reported clause starting at `start`: the end of the sentence,
/// or a comma before a quote, `according to`, a participle cue or one of
/// [`WRITERS_PARTICIPLES`]. Returns the end and the opening mark of a
/// quote cut off at a comma.
fn clause_end(e: &English, start: usize, sentence_end: usize) -> (usize, Option<usize>) {
    let doc = e.doc;
    // A reported clause is a sentence at most: bounded, so a text without
    // full stops stays linear.
    let sentence_end = sentence_end.min(start + MAX_CLAUSE_TOKENS);
    let mut end = sentence_end;
    let mut follow = None;
    for j in start..sentence_end {
        let t = &doc.tokens[j];
        if t.is_punct(doc.text, ';') {
            end = j;
            break;
        }
        if t.is_punct(doc.text, ',') || t.is_punct(doc.text, ':') {
            if let Some(q) = e.quote_opening(j + 1) {
                end = j;
                follow = Some(q.open);
                break;
            }
            if e.is_word(j + 1) {
                let next = e.key(j + 1);
                let participle = e.w.cue(next).is_some_and(|c| c.participle);
                // (", but that ..." after "that" is a second complement of
                // the same cue: said that A, but that B)
                let second_that = next == "but"
                    && e.is_word(j + 2)
                    && e.key(j + 2) == "that"
                    && start > e.range.start
                    && e.is_word(start - 1)
                    && e.key(start - 1) == "that";
                let contrast = matches!(next, "but" | "while" | "whereas" | "although" | "though")
                    && !second_that;
                let comment = matches!(next, "a" | "an")
                    && e.is_word(j + 2)
                    && in_list(WRITERS_COMMENT_NOUNS, e.key(j + 2));
                if participle
                    || comment
                    || parenthetical_cue_after(e, j, sentence_end)
                    || contrast
                    || in_list(WRITERS_PARTICIPLES, next)
                    || (next == "according" && e.is_word(j + 2) && e.key(j + 2) == "to")
                {
                    end = j;
                    break;
                }
            }
        }
        // "says the fall is welcome but warned that ...": a second cue
        // of the same speaker ends the first clause.
        if j > start && coordinated_cue(e, j) {
            end = j - 1;
            break;
        }
        // "said it would appeal, and the regulator declined to comment": a
        // subject of its own and its response end the report.
        if j > start && e.is_word(j) && e.key(j) == "and" && responds_after(e, j + 1) {
            end = j;
            break;
        }
        // "said the talks had failed, and diplomats in Geneva said ...": a
        // second cue with a subject of its own starts another report.
        if let Some(and) = new_speaker_after_and(e, start, j) {
            end = and;
            break;
        }
        // A partial quote closed with a comma before a participle cue
        // (questioned whether ... "such broad authority," noting that):
        // the participle starts reported speech of its own.
        if t.quote_mark().is_some()
            && j > start
            && doc.tokens[j - 1].is_punct(doc.text, ',')
            && e.is_word(j + 1)
            && e.w.cue(e.key(j + 1)).is_some_and(|c| c.participle)
        {
            end = j - 1;
            break;
        }
        // A quote opening glued to the previous word ("communities," For ...).
        if t.quote_mark().is_some() && j > start && doc.tokens[j - 1].is_punct(doc.text, ',') {
            if let Some(q) = e.quote_opening(j) {
                end = j - 1;
                follow = Some(q.open);
                break;
            }
        }
    }
    while end > start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) {
        // "... the Rapid Support Forces (RSF).": a bracket opened in the
        // clause closes in it.
        if doc.tokens[end - 1].is_punct(doc.text, ')')
            && (start..end - 1).any(|k| doc.tokens[k].is_punct(doc.text, '('))
        {
            break;
        }
        end -= 1;
    }
    (end, follow)
}

/// Verbs of a response to what was reported, after a subject of their
/// own (", and the regulator declined to comment").
const RESPONSE_VERBS: &[&str] = &[
    "declined",
    "refused",
    "denied",
    "rejected",
    "dismissed",
    "called",
    "urged",
    "welcomed",
    "criticised",
    "criticized",
    "condemned",
    "vowed",
    "branded",
    "described",
];

/// True when the words from `a` (after "and") are a subject of their own
/// (an actor, a titled person, "the" and one or two lower-case nouns)
/// and a response verb or a finite cue.
fn responds_after(e: &English, a: usize) -> bool {
    let mut k = a;
    if e.is_word(k) && matches!(e.key(k), "the" | "a" | "an") {
        k += 1;
    }
    let article = k > a;
    if let Some(m) = mention_starting(e, k)
        .map(|m| &e.ments[m])
        .filter(|m| !m.modifier)
    {
        k = m.tokens.end;
    } else if let Some((_, end)) = titled_person_at(e, k, k + MAX_SET_OFF_TITLE + 1) {
        k = end;
    } else if article {
        // (one or two nouns before the verb: "the central bank declined")
        let n = (k..k + 2)
            .take_while(|&x| {
                e.is_word(x)
                    && !e.is_cap(x)
                    && !e.w.is_function(e.key(x))
                    && !in_list(RESPONSE_VERBS, e.key(x))
                    && e.cue_at(x).is_none()
            })
            .count();
        if n == 0 {
            return false;
        }
        k += n;
    } else {
        return false;
    }
    e.is_word(k)
        && (in_list(RESPONSE_VERBS, e.key(k))
            || e.cue_at(k).is_some_and(|v| !v.participle)
                && FINITE_CUE_ENDINGS.iter().any(|s| e.key(k).ends_with(s)))
}

/// The actor opening the sentence of token `c` (after at most a few
/// title words), if any.
fn sentence_subject(e: &English, c: usize) -> Option<Subject> {
    // (after a dateline: "FRANKFURT (Reuters) - The ECB kept ... but said")
    let start = clause_start(e, e.doc.sentence_range(c).start.max(e.range.start));
    // "He accused the RSF of genocide and said ...": a pronoun opening
    // the sentence is the subject the cue shares.
    if start < c && e.is_word(start) && matches!(e.key(start), "he" | "she" | "they") {
        return Some(Subject::Pronoun(start));
    }
    let ms = &e.ments[e.ments.partition_point(|m| m.tokens.start < start)..];
    let first = ms.first()?;
    let opens = first.tokens.start < c
        && (start..first.tokens.start).all(|k| {
            !e.is_word(k)
                || matches!(e.key(k), "the" | "a" | "an")
                || e.w.title_head(e.key(k)).is_some()
                || e.w.is_title_mod(e.key(k))
        });
    // "Sudan's ambassador, Hassan Hamid Hassan, called ... and said": the
    // person set off after an opening title phrase.
    // "The United Nations envoy for Sudan urged ...": an employer before
    // a title is not the subject.
    // "New Zealand Prime Minister John Key defended ...": modifiers may
    // stand before the title's head.
    let employer = titled_person_at(e, first.tokens.end, c).is_some()
        || e.is_word(first.tokens.end) && e.w.title_head(e.key(first.tokens.end)).is_some();
    let m = if opens && !first.modifier && !employer {
        first
    } else {
        ms.iter()
            .take_while(|m| m.tokens.end < c)
            .find(|m| !m.modifier && e.findings.entities[m.entity].kind == ActorKind::Person)
            .filter(|m| opens_sentence(e, m.tokens.start, m.tokens.end))?
    };
    Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)))
}

/// True when token `c` is a finite cue verb right after "and" / "but"
/// (said X and added that ...): its subject is the one before the "and".
fn coordinated_cue(e: &English, c: usize) -> bool {
    c > e.range.start
        && e.is_word(c)
        && e.is_word(c - 1)
        && matches!(e.key(c - 1), "and" | "but")
        && e.w.cue(e.key(c)).is_some_and(|v| !v.participle)
        && FINITE_CUE_ENDINGS.iter().any(|s| e.key(c).ends_with(s))
}

/// The "and" / "but" that opens a clause whose own subject (an actor or a
/// pronoun, a few words right after it) comes before the finite cue at `c`, within
/// a reported clause that starts at `start`.
fn new_speaker_after_and(e: &English, start: usize, c: usize) -> Option<usize> {
    if !e.is_word(c) || e.cue_at(c).is_none_or(|v| v.participle) {
        return None;
    }
    // (", and its chairman, Maximo Pacheco, questioned whether": the
    // subject named between commas after its title)
    if c > start + 1 && e.doc.tokens[c - 1].is_punct(e.doc.text, ',') {
        if let Some(Subject::Actor(_, (s, _))) = subject_before(e, c) {
            if s > start + 2 && e.doc.tokens[s - 1].is_punct(e.doc.text, ',') {
                let mut a = s - 1;
                while a > start + 1 && a + MAX_AFFILIATION_TOKENS > s {
                    a -= 1;
                    if !e.is_word(a) {
                        return None;
                    }
                    if matches!(e.key(a), "and" | "but") {
                        // (a title between the "and" and the comma)
                        return (a + 2 < s).then_some(a);
                    }
                }
            }
        }
        return None;
    }
    let mut a = c;
    while a > start + 1 && a + MAX_AFFILIATION_TOKENS > c {
        a -= 1;
        if !e.is_word(a) {
            return None;
        }
        if matches!(e.key(a), "and" | "but") {
            if a + 1 == c {
                return None;
            }
            return match subject_before(e, c)? {
                // (right after the "and": "search and rescue teams if
                // Ankara asked" is one clause)
                Subject::Actor(_, (s, _))
                    if s == a + 1 || s == a + 2 && matches!(e.key(a + 1), "the" | "a" | "an") =>
                {
                    Some(a)
                }
                Subject::Pronoun(p) if p == a + 1 => Some(a),
                _ => None,
            };
        }
    }
    None
}

/// `according to X, ...` / `..., according to X.` / `According to X,
/// quoting Y, ...`.
fn according_to(e: &English, c: usize) -> Option<(CueUse, Content)> {
    let doc = e.doc;
    let sentence = doc.sentence_range(c);
    let sentence_end = sentence.end.min(e.range.end);
    let mut j = c + 2;
    // The source runs to the next comma or the end of the sentence.
    let mut source_end = j;
    while source_end < sentence_end && source_end < j + MAX_SOURCE_TOKENS {
        let t = &doc.tokens[source_end];
        if t.is_punct(doc.text, ',')
            || t.is_punct(doc.text, '.')
            || t.is_punct(doc.text, ';')
            || t.quote_mark().is_some()
        {
            break;
        }
        source_end += 1;
    }
    let mut source = last_actor_in(e, j, source_end);
    let mut withheld = false;
    // "the Afghan team's coach, Alireza Mehraban," / ", quoting KCNA,".
    loop {
        if source_end + 1 >= sentence_end || !doc.tokens[source_end].is_punct(doc.text, ',') {
            break;
        }
        let next = source_end + 1;
        let quoting = e.is_word(next) && matches!(e.key(next), "quoting" | "citing");
        let apposed_person = mention_starting(e, next).is_some_and(|m| {
            let m = &e.ments[m];
            e.findings.entities[m.entity].kind == ActorKind::Person
                && doc
                    .tokens
                    .get(m.tokens.end)
                    .is_some_and(|t| t.is_punct(doc.text, ','))
        });
        // "the Resolution Foundation, a think tank, ...": a description;
        // with "the" only when a kind of body ends it (Fingrid, the
        // Finnish grid operator,), since a clause may open with "the".
        let described = e.is_word(next)
            && matches!(e.key(next), "a" | "an" | "the")
            && (next + 1..(next + MAX_SOURCE_TOKENS).min(sentence_end))
                .find(|&k| !e.is_word(k))
                .is_some_and(|k| {
                    doc.tokens[k].is_punct(doc.text, ',')
                        && (e.key(next) != "the" || {
                            let noun = e.key(k - 1);
                            in_list(GENERIC_ORG_NOUNS, noun) || in_list(COMPANY_NOUNS, noun)
                        })
                });
        // "a doctor at the hospital, who asked not to be named,": the
        // clause belongs to the source, and may withhold its name.
        let relative = e.is_word(next) && in_list(RELATIVE_PRONOUNS, e.key(next));
        if !(quoting || apposed_person || described || relative) {
            break;
        }
        j = next;
        let mut k = next + usize::from(quoting);
        while k < sentence_end && k < next + MAX_SOURCE_TOKENS {
            let t = &doc.tokens[k];
            if t.is_punct(doc.text, ',') || t.is_punct(doc.text, '.') || t.quote_mark().is_some() {
                break;
            }
            k += 1;
        }
        if relative {
            withheld |= withheld_name(e, next, k);
        } else if let Some(s) = last_actor_in(e, j, k).filter(|_| !described) {
            source = Some(s);
        }
        source_end = k;
    }
    // "according to several negotiators who spoke on condition of
    // anonymity": the clause without commas withholds the name too.
    withheld |= (c + 2..source_end)
        .any(|k| e.is_word(k) && e.key(k) == "who" && e.withheld_clause_at(k + 1));
    if withheld {
        source = None;
    }
    let subject = match source {
        None if withheld => Subject::Anonymous,
        Some((id, r)) => Subject::Actor(id, (r.start, r.end)),
        None if (c + 2..source_end).any(|k| e.is_word(k) && e.w.is_anonymous(e.key(k))) => {
            Subject::Anonymous
        }
        // "according to the health ministry": a source, though no actor.
        None if e.is_word(c + 2)
            && e.key(c + 2) == "the"
            && source_end > c + 3
            && e.is_word(source_end - 1)
            && in_list(INSTITUTION_NOUNS, e.key(source_end - 1)) =>
        {
            Subject::Anonymous
        }
        // "According to the statement": the last speaker's statement.
        None if (c + 2..source_end).any(|k| e.is_word(k) && in_list(STATEMENT_NOUNS, e.key(k))) => {
            Subject::Implicit
        }
        None => return None,
    };
    let cue = CueUse {
        tokens: (c, c + 2),
        verb: None,
        subject,
    };
    let lead = (sentence.start..c)
        .all(|k| !e.is_word(k) || matches!(e.key(k), "but" | "and" | "yet" | "so" | "however"));
    let after_comma = c > sentence.start && doc.tokens[c - 1].is_punct(doc.text, ',');
    if source_end < sentence_end
        && doc.tokens[source_end].is_punct(doc.text, ',')
        && (lead || after_comma)
    {
        let start = source_end + 1;
        if let Some(q) = e.quote_opening(start) {
            return Some((cue, Content::Quote(q.open)));
        }
        let (end, follow) = clause_end(e, start, sentence_end);
        // The clause has its own speaker: "According to ABC News, Basya
        // also believes ..." is Basya's.
        let own_cue = (start..end).any(|k| {
            e.is_word(k)
                && e.quote_at(k).is_none()
                && e.w.cue(e.key(k)).is_some_and(|v| !v.participle)
                && !is_passive(e, k)
                && matches!(
                    subject_before(e, skip_adverbs_back(e, k)),
                    Some(Subject::Actor(..) | Subject::Pronoun(_))
                )
        });
        if own_cue {
            return Some((cue, Content::None));
        }
        if end > start + 1 {
            return Some((cue, Content::Reported(start..end, follow)));
        }
        return Some((cue, Content::None));
    }
    // "X did Y, according to Z." (unless a cue before it governs: then
    // "according to" only names a channel).
    let governed = (sentence.start..c).any(|k| {
        e.is_word(k) && e.quote_at(k).is_none() && e.w.cue(e.key(k)).is_some() && !is_passive(e, k)
    });
    if after_comma && !lead && !governed {
        let mut end = c - 1;
        while end > sentence.start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) {
            end -= 1;
        }
        let start = clause_start(e, sentence.start);
        if end > start + MIN_BARE_CLAUSE_WORDS {
            return Some((cue, Content::Reported(start..end, None)));
        }
    }
    Some((cue, Content::None))
}

fn skip_adverbs_back(e: &English, mut k: usize) -> usize {
    let mut steps = 0;
    while k > e.range.start
        && steps < 3
        && e.is_word(k - 1)
        && in_list(SUBJECT_ADVERBS, e.key(k - 1))
    {
        k -= 1;
        steps += 1;
    }
    k
}

/// The last actor mentioned in tokens `from..to` that is not a modifier
/// (a person first).
fn last_actor_in(e: &English, from: usize, to: usize) -> Option<(EntityId, Range<usize>)> {
    let lo = e.ments.partition_point(|m| m.tokens.start < from);
    let hi = e.ments.partition_point(|m| m.tokens.start < to);
    let ms = &e.ments[lo..hi];
    ms.iter()
        .rev()
        .find(|m| !m.modifier && e.findings.entities[m.entity].kind == ActorKind::Person)
        .or_else(|| ms.iter().rev().find(|m| !m.modifier))
        .map(|m| (m.entity, m.tokens.clone()))
}

/// A cue right after a closing quote mark: `," said KCNA`, `," he said`,
/// `," team member Rodaba Noori told`.
fn cue_after(e: &English, close: usize) -> Option<CueUse> {
    let doc = e.doc;
    // `... was "beyond catastrophic." He told reporters`: a full stop
    // inside the marks and a capital after them start a new sentence,
    // whose cue has its own content.
    if close > e.range.start && doc.tokens[close - 1].is_punct(doc.text, '.') && e.is_cap(close + 1)
    {
        return None;
    }
    let mut j = close + 1;
    let mut seen_subject: Option<Subject> = None;
    // Tokens of a speaker's apposition do not count towards the distance.
    let mut skipped = 0;
    while j < e.range.end && j <= close + MAX_CLOSE_TO_CUE + skipped {
        let t = &doc.tokens[j];
        if t.newline_before {
            return None;
        }
        if t.is_punct(doc.text, ',') && seen_subject.is_none() && j == close + 1 {
            j += 1;
            continue;
        }
        if j > close + 1 && t.is_punct(doc.text, '.') && e.w.title_head(e.key(j - 1)).is_some() {
            j += 1;
            continue;
        }
        // `," the head of the AIU, Brett Clothier, said`: a title set off
        // before the name.
        if !matches!(seen_subject, Some(Subject::Actor(..) | Subject::Pronoun(_)))
            && (!t.is_word() || e.w.is_function(&t.key) && !in_list(SUBJECT_DETERMINERS, &t.key))
        {
            if let Some((subject, next)) = titled_name_before_cue(e, j) {
                skipped += next - j;
                seen_subject = Some(subject);
                j = next;
                continue;
            }
        }
        if !t.is_word() {
            return None;
        }
        // `"...," according to the ministry.`
        if t.key == "according"
            && e.is_word(j + 1)
            && e.key(j + 1) == "to"
            && seen_subject.is_none()
        {
            let end = e
                .doc
                .sentence_range(j)
                .end
                .min(e.range.end)
                .min(j + 2 + MAX_SOURCE_TOKENS);
            let source_end = (j + 2..end)
                .find(|&k| !e.is_word(k) && e.doc.tokens[k].kind != TokenKind::Number)
                .unwrap_or(end);
            let subject = match last_actor_in(e, j + 2, source_end) {
                Some((id, r)) => Subject::Actor(id, (r.start, r.end)),
                None => Subject::Unknown,
            };
            return Some(CueUse {
                tokens: (j, j + 2),
                verb: None,
                subject,
            });
        }
        // (`," Ben Carter pointed out.`: the verb and its particle)
        let phrasal = phrasal_cue(e, j);
        if let Some(verb) = phrasal.or_else(|| e.cue_at(j)) {
            if verb.class == CueClass::Think && seen_subject.is_none() {
                return None;
            }
            let cue_end = j + 1 + usize::from(phrasal.is_some());
            let subject = match seen_subject {
                Some(s) => s,
                None => subject_after(e, cue_end)
                    .map(|(s, _)| s)
                    // `X questioned whether ... "such broad authority,"
                    // noting that`: a participle shares the sentence's
                    // subject.
                    .or_else(|| verb.participle.then(|| sentence_subject(e, j)).flatten())
                    .unwrap_or(Subject::Implicit),
            };
            return Some(CueUse {
                tokens: (j, cue_end),
                verb: Some(verb),
                subject,
            });
        }
        if let Some(m) = mention_starting(e, j) {
            let m = &e.ments[m];
            let mut end = m.tokens.end;
            // `," the England winger said`: a country qualifying a noun
            // describes the speaker; with "the", one already named.
            // `," the American said`: the demonym alone describes someone
            // named before.
            let demonym_alone = m.form == MentionForm::Nisba
                && m.tokens.len() == 1
                && m.tokens.start > close + 1
                && e.key(m.tokens.start - 1) == "the"
                && e.is_word(end)
                && e.w.cue(e.key(end)).is_some();
            if e.findings.entities[m.entity].kind == ActorKind::Country
                && (description_noun(e, end) || demonym_alone)
            {
                let definite = m.tokens.start > close + 1 && e.key(m.tokens.start - 1) == "the";
                seen_subject = Some(if definite {
                    Subject::Described
                } else {
                    Subject::Unknown
                });
                j = if demonym_alone { end } else { end + 1 };
                continue;
            }
            seen_subject = Some(Subject::Actor(m.entity, (m.tokens.start, m.tokens.end)));
            // A name counts as one token (`," Pacific Gas and Electric
            // chief executive Bill Johnson said`).
            skipped += m.tokens.len() - 1;
            // `," Marsh, 67, said`: the age in commas.
            if end + 2 < e.range.end
                && doc.tokens[end].is_punct(doc.text, ',')
                && doc.tokens[end + 1].kind == TokenKind::Number
                && doc.tokens[end + 2].is_punct(doc.text, ',')
            {
                end += 3;
            }
            // `," Atsushi Mimura, Japan's vice finance minister, told
            // reporters`: the apposition stands between the name and its cue.
            if let Some(after) = apposition_after(e, m.tokens.start, end) {
                skipped += after - end;
                end = after;
            }
            j = end;
            continue;
        }
        let k = t.key.as_ref();
        // `," the two groups said`: the pair named last.
        if matches!(seen_subject, None | Some(Subject::Unknown)) {
            if let Some(s) = pair_named_before(e, j) {
                seen_subject = Some(s);
                j += 1;
                continue;
            }
        }
        // `," Nick Clegg, ..., and Jennifer Newstead, ..., said`: joint
        // speakers; the first named stands for them.
        let person = |s: &Option<Subject>| matches!(s, Some(Subject::Actor(id, _)) if e.findings.entities[*id].kind == ActorKind::Person);
        if k == "and" && person(&seen_subject) {
            if let Some(m) = mention_starting(e, j + 1) {
                let m = &e.ments[m];
                if e.findings.entities[m.entity].kind == ActorKind::Person {
                    let end =
                        apposition_after(e, m.tokens.start, m.tokens.end).unwrap_or(m.tokens.end);
                    skipped += end - j;
                    j = end;
                    continue;
                }
            }
        }
        if is_pronoun(k) && seen_subject.is_none() && j <= close + 2 {
            seen_subject = Some(Subject::Pronoun(j));
        } else if e.w.is_anonymous(k) {
            seen_subject = Some(Subject::Anonymous);
        } else if in_list(STATEMENT_NOUNS, k)
            && matches!(seen_subject, None | Some(Subject::Unknown))
            && definite_before(e, j)
        {
            // `," the statement added`: whoever issued it.
            seen_subject = Some(Subject::Statement);
        } else if matches!(
            k,
            "and" | "but" | "or" | "as" | "because" | "which" | "who" | "that"
        ) {
            // A new clause, not the subject of a cue.
            return None;
        } else if e.w.is_function(k) && !in_list(SUBJECT_DETERMINERS, k) {
            // A preposition or verb: "... by the reports" is no cue.
            return None;
        } else if seen_subject.is_none() && definite_age(e, j) {
            // `," the 22-year-old told the BBC`: someone named before.
            seen_subject = Some(Subject::Described);
        } else if seen_subject.is_none() && !e.w.is_function(k) {
            // A description that is not an actor: "one resident said".
            seen_subject = Some(Subject::Unknown);
        }
        j += 1;
    }
    None
}

/// `the head of the AIU, Brett Clothier, said`: from `j` (in a
/// description after a closing quote) the description's comma, a
/// person's name, a comma and a reporting verb; the person and the
/// verb's token.
fn titled_name_before_cue(e: &English, j: usize) -> Option<(Subject, usize)> {
    const MAX_DESCRIPTION_TOKENS: usize = 8;
    let text = e.doc.text;
    let comma = (j..e.range.end.min(j + MAX_DESCRIPTION_TOKENS)).find(|&k| !e.is_word(k))?;
    if !e.doc.tokens[comma].is_punct(text, ',') {
        return None;
    }
    let m = &e.ments[mention_starting(e, comma + 1)?];
    let end = m.tokens.end;
    (e.findings.entities[m.entity].kind == ActorKind::Person
        && end + 1 < e.range.end
        && e.doc.tokens[end].is_punct(text, ',')
        && e.cue_at(end + 1).is_some())
    .then_some((Subject::Actor(m.entity, (m.tokens.start, end)), end + 1))
}

/// The token after the comma closing the apposition of the name at
/// `start` that ends at `end`, when the apposition opens there.
fn apposition_after(e: &English, start: usize, end: usize) -> Option<usize> {
    if end >= e.range.end || !e.doc.tokens[end].is_punct(e.doc.text, ',') {
        return None;
    }
    let n = e.appositions.partition_point(|&(s, _)| s < start);
    e.appositions
        .get(n)
        .filter(|&&(s, close)| s == start && close > end)
        .map(|&(_, close)| close + 1)
}

/// True when token `k` is a lower-case noun that a country before it
/// qualifies (the England *winger*): not a cue, a function word or a verb.
fn description_noun(e: &English, k: usize) -> bool {
    e.is_word(k)
        && !e.is_cap(k)
        && e.w.cue(e.key(k)).is_none()
        && !e.w.is_function(e.key(k))
        && !finite_verb(e, k)
        && !in_list(SUBJECT_ADVERBS, e.key(k))
}

/// `X called the vote "a turning point"`: a labelling verb shortly before
/// the quote, with its subject.
fn label_cue(e: &English, open: usize) -> Option<CueUse> {
    let s = e
        .doc
        .sentence_range(open)
        .start
        .max(open.saturating_sub(MAX_LABEL_DISTANCE));
    // (also a finite say verb whose clause has no subject: "roads, which
    // he said had been "a disaster waiting to happen."")
    let say = |k: usize| {
        e.w.cue(e.key(k))
            .is_some_and(|c| c.class == CueClass::Say && !c.participle)
    };
    let v = (s..open)
        .rev()
        .find(|&k| e.is_word(k) && (in_list(LABEL_VERBS, e.key(k)) || say(k)))?;
    if (v + 1..open).any(|k| {
        e.doc.tokens[k].quote_mark().is_some() || e.doc.tokens[k].is_punct(e.doc.text, '.')
    }) || is_passive(e, v)
    {
        return None;
    }
    match subject_before(e, skip_adverbs_back(e, v)) {
        Some(subject @ (Subject::Actor(..) | Subject::Pronoun(_))) => Some(CueUse {
            tokens: (v, v + 1),
            verb: None,
            subject,
        }),
        _ => None,
    }
}

/// Direct quotes: every quoted segment with a cue, inside reported speech,
/// or long enough not to be a label.
fn direct_quotes(e: &English, cands: &mut Vec<Candidate>, quote_cues: &HashMap<usize, CueUse>) {
    let doc = e.doc;
    let mut found = Vec::new();
    for q in &e.quoted {
        if q.open < e.body_start {
            continue;
        }
        let start = q.first();
        let mut end = q.close.unwrap_or(q.end);
        while end > start
            && (doc.tokens[end - 1].is_punct(doc.text, ',')
                || doc.tokens[end - 1].is_punct(doc.text, ';'))
        {
            end -= 1;
        }
        if end <= start {
            continue;
        }
        let words: Vec<usize> = (start..end)
            .filter(|&k| doc.tokens[k].is_word() || doc.tokens[k].kind == TokenKind::Number)
            .collect();
        if words.is_empty() {
            continue;
        }
        let capitalised = words.iter().filter(|&&k| e.is_cap(k)).count();
        let title_case = capitalised * 2 > words.len();
        let inside = host_of(cands, q.open);
        let cue = quote_cues
            .get(&q.open)
            .copied()
            .or_else(|| q.close.and_then(|close| cue_after(e, close)));
        let sentence_start = e.sentence_initial(q.open);
        let long_enough = if title_case {
            words.len() >= MIN_UNCUED_TITLE_CASE_WORDS
        } else {
            words.len() >= MIN_UNCUED_QUOTE_WORDS
        };
        // A title-case label inside reported speech is a name, not a quote.
        let label = title_case && words.len() >= 2 && cue.is_none();
        let keep = (inside.is_some() && !label) || cue.is_some() || long_enough;
        if keep {
            // A quote long enough to be speech after "called" is the
            // subject's (a one-word label stays a scare quote).
            let cue = cue.or_else(|| {
                (inside.is_none() && long_enough)
                    .then(|| label_cue(e, q.open))
                    .flatten()
            });
            found.push(Candidate {
                tokens: start..end,
                kind: QuoteKind::Direct,
                cue,
                inside,
                continues: sentence_start || after_cued_quote(e, cands, &found, q.open),
            });
        }
    }
    cands.extend(found);
}

/// True when a cued direct quote precedes `open` in the same sentence
/// (`"...", it added; and, later, "..."`).
fn after_cued_quote(e: &English, _cands: &[Candidate], found: &[Candidate], open: usize) -> bool {
    found.last().is_some_and(|c| {
        c.cue.is_some()
            && c.tokens.end <= open
            && e.doc.sentence_of[c.tokens.end.saturating_sub(1)] == e.doc.sentence_of[open]
    })
}

/// The reported speech (indirect candidate) containing token `i`: the
/// candidates are in text order, so only the last few starting at or
/// before `i` can contain it.
fn host_of(cands: &[Candidate], i: usize) -> Option<usize> {
    let n = cands.partition_point(|c| c.tokens.start <= i);
    (n.saturating_sub(MAX_HOST_LOOKBACK)..n)
        .rev()
        .find(|&k| cands[k].kind == QuoteKind::Indirect && i < cands[k].tokens.end)
}

/// Attributes the candidates in text order.
fn attribute(e: &mut English, mut cands: Vec<Candidate>) {
    crate::sort::sort_by_key(&mut cands, |c| (c.tokens.start, c.tokens.end));
    // Hosts first: a partial quote sits inside reported speech that starts earlier.
    let mut speakers: Vec<Option<EntityId>> = vec![None; cands.len()];
    let mut last: Option<(EntityId, u32)> = None;
    // The cue of the latest quote from an unnamed source, if no speaker
    // was named after it.
    let mut unnamed: Option<usize> = None;
    // Who issued the latest statement ("X said in a statement"), for
    // "the statement said" later.
    let mut issuer: Option<EntityId> = None;
    let mut results = Vec::with_capacity(cands.len());
    for n in 0..cands.len() {
        let cand = cands[n].clone();
        let para = e.doc.paragraph_of[cand.tokens.start];
        let unnamed_topic = |cue: &CueUse| {
            // "A senior official, speaking on condition of anonymity,
            // said ... The official said": the same unnamed source.
            if let Subject::Actor(id, (a, _)) = cue.subject {
                return e.key(a) == "the"
                    && e.findings.entities[id].kind == ActorKind::Group
                    && unnamed.is_some_and(|u| {
                        let s = e.doc.sentence_range(u).start;
                        e.ments.iter().any(|m| {
                            m.entity == id && e.doc.sentence_range(m.tokens.start).start == s
                        })
                    });
            }
            let Subject::Pronoun(p) = cue.subject else {
                return false;
            };
            // "A witness ... told the Post she had seen ... '...,' she
            // said": in the paragraph of an unnamed source, with no person
            // named since, he / she is that source.
            unnamed.is_some_and(|u: usize| {
                e.doc.paragraph_of[u] == e.doc.paragraph_of[p]
                    && matches!(e.key(p), "he" | "she")
                    && !e.ments.iter().any(|m| {
                        m.tokens.start > u
                            && m.tokens.start < p
                            && e.findings.entities[m.entity].kind == ActorKind::Person
                            // (a person the source speaks of is no new topic)
                            && !cands.iter().any(|c| c.tokens.contains(&m.tokens.start))
                    })
            })
        };
        let (speaker, speaker_span) = match (cand.cue, cand.inside) {
            (Some(cue), _) if unnamed_topic(&cue) => (None, None),
            (Some(cue), _) if cue.subject == Subject::Statement => (issuer, None),
            (Some(cue), _) => resolve(e, &cue, last),
            (None, Some(_)) => {
                let host = host_of(&cands[..n], cand.tokens.start)
                    .filter(|&h| cand.tokens.end <= cands[h].tokens.end);
                (host.and_then(|h| speakers[h]), None)
            }
            // `X said it was too early, but that the pattern was "clear
            // and worrying"`: a partial quote later in the sentence of a
            // speaker's cue is theirs.
            (None, None) if !cand.continues && cand.kind == QuoteKind::Direct => {
                let sentence = e.doc.sentence_of[cand.tokens.start];
                let earlier = (0..n).rev().find(|&h| {
                    cands[h].cue.is_some() && e.doc.sentence_of[cands[h].tokens.start] == sentence
                });
                (earlier.and_then(|h| speakers[h]), None)
            }
            (None, None) if cand.continues => match last {
                Some((id, p)) if para >= p && para - p <= MAX_CARRY_PARAGRAPHS => (Some(id), None),
                _ => (None, None),
            },
            (None, None) => (None, None),
        };
        speakers[n] = speaker;
        if let Some(cue) = cand.cue.filter(|c| c.subject != Subject::Statement) {
            if in_statement(e, cue.tokens.1) || statement_opens_sentence(e, cue.tokens.0) {
                issuer = speaker;
            }
        }
        if let Some(s) = speaker {
            last = Some((s, para));
            unnamed = None;
        } else if let Some(cue) = cand.cue {
            if matches!(cue.subject, Subject::Anonymous | Subject::Unknown) {
                unnamed = Some(cue.tokens.0);
            }
        }
        let cue_span = cand.cue.map(|c| e.span(c.tokens.0..c.tokens.1));
        results.push(QuoteFinding {
            span: e.span(cand.tokens.clone()),
            kind: cand.kind,
            cue: cue_span,
            speaker,
            speaker_span: speaker_span.or(cue_span),
        });
    }
    e.findings.quotes.extend(results);
}

/// Resolves a cue's speaker.
fn resolve(
    e: &mut English,
    cue: &CueUse,
    last: Option<(EntityId, u32)>,
) -> (Option<EntityId>, Option<Span>) {
    match cue.subject {
        Subject::Actor(id, (a, b)) => (Some(id), Some(e.span(a..b))),
        Subject::Anonymous | Subject::Unknown | Subject::Statement => (None, None),
        Subject::Implicit => (last.map(|(id, _)| id), None),
        // "the 22-year-old told the BBC", "The Italian said": the person
        // a "he" would be, of either gender.
        Subject::Described => (
            person_antecedent(e, cue.tokens.0, last.map(|(id, _)| id), None),
            None,
        ),
        Subject::Pronoun(p) => {
            let id = pronoun(e, p, last.map(|(id, _)| id));
            if let Some(id) = id {
                // "Mel Stride said ... '...,' he said. She replied ...": a
                // person of unknown gender takes the pronoun's, so "she"
                // later is someone else.
                let x = &mut e.findings.entities[id];
                if x.kind == ActorKind::Person && x.gender == Gender::Unknown {
                    match e.doc.tokens[p].key.as_ref() {
                        "he" => x.gender = Gender::Masculine,
                        "she" => x.gender = Gender::Feminine,
                        _ => {}
                    }
                }
                let span = e.span(p..p + 1);
                if e.add(p..p + 1, span, id, MentionForm::Pronoun) {
                    // Keep the mentions in text order: later look-ups
                    // (pronouns, subjects) search them by position.
                    if let Some(m) = e.ments.pop() {
                        let n = e.ments.partition_point(|x| {
                            (x.tokens.start, x.tokens.end) <= (m.tokens.start, m.tokens.end)
                        });
                        e.ments.insert(n, m);
                    }
                }
            }
            (id, Some(e.span(p..p + 1)))
        }
    }
}

/// The antecedent of the pronoun at `p`: the nearest compatible actor
/// before it (he/she: a person of that gender; they: a group, else the
/// last speaker; it: the last speaker if not a person, else the nearest
/// organisation or country).
/// True when only capitalised title words stand between the start of its
/// sentence and token `k` (Prime Minister Anthony Albanese ...).
/// Also true for a name after an opening phrase closed by a comma, with no
/// finite verb before it and a verb or an apposition after it ("Sudan's
/// U.N. ambassador, Al-Harith Idriss, welcomed ...", "Asked about the
/// delay, Sinner shrugged"): the name is still the sentence's subject.
fn opens_sentence(e: &English, k: usize, end: usize) -> bool {
    // After a dateline too ("LONDON (Reuters) - British finance minister
    // Rachel Reeves ...").
    let start = clause_start(e, e.doc.sentence_range(k).start.max(e.range.start));
    // "Chelsea defender Levi Colwill", "Bank of France Governor ...": the
    // employer's name may stand before the title.
    let in_mention = |j: usize| {
        let n = e.ments.partition_point(|m| m.tokens.start <= j);
        n > 0 && e.ments[n - 1].tokens.end > j
    };
    let titles_only = (start..k).all(|j| {
        e.is_word(j) && e.is_cap(j) && e.w.title_head(e.key(j)).is_some()
            || e.is_word(j) && e.w.is_title_mod(e.key(j))
            || e.is_word(j) && start < j && e.w.title_head(e.key(j)).is_some()
            || in_mention(j) && !e.doc.tokens[j].is_punct(e.doc.text, ',')
            // "Dr. Samuel Kiprono": the full stop of an abbreviated title.
            || j > start
                && e.doc.tokens[j].is_punct(e.doc.text, '.')
                && e.is_word(j - 1)
                && in_list(ABBREVIATED_TITLES, e.key(j - 1))
            // "Bundesbank President Joachim Nagel", "Wales coach Warren
            // Gatland": an employer not found as a name of its own.
            || e.is_word(j)
                && e.is_cap(j)
                && !e.w.is_function(e.key(j))
                && (j + 1..k).any(|x| e.is_word(x) && e.w.title_head(e.key(x)).is_some())
    });
    if titles_only {
        return true;
    }
    // "Her opposite number, shadow housing secretary Richard Blake,":
    // lower-case title words between the comma and the name.
    let mut k = k;
    if k > start && e.is_word(k - 1) && !e.is_cap(k - 1) && e.w.title_head(e.key(k - 1)).is_some() {
        let name = k;
        while k > start && e.is_word(k - 1) && !e.is_cap(k - 1) && name - k < MAX_SET_OFF_TITLE {
            k -= 1;
        }
    }
    let after_comma = k > start + 1 && e.doc.tokens[k - 1].is_punct(e.doc.text, ',');
    let verb_or_comma_after = end < e.range.end
        && (e.doc.tokens[end].is_punct(e.doc.text, ',')
            || e.is_word(end) && !e.is_cap(end) && !matches!(e.key(end), "and" | "or"));
    after_comma
        && verb_or_comma_after
        && (start..k - 1).all(|j| !finite_verb(e, j) && e.doc.tokens[j].quote_mark().is_none())
}

/// The person a he / she (`want`), or a description of either gender
/// (None), at `p` stands for: a fitting person who opened a sentence since
/// the last speaker was named, else the last speaker, else the nearest.
fn person_antecedent(
    e: &English,
    p: usize,
    last: Option<EntityId>,
    want: Option<Gender>,
) -> Option<EntityId> {
    let before = e.ments.partition_point(|m| m.tokens.start < p);
    let recent = e.ments[..before].iter().rev().take(MAX_PRONOUN_LOOKBACK);
    let fits = |id: EntityId| {
        let x = &e.findings.entities[id];
        x.kind == ActorKind::Person
            && want.is_none_or(|want| x.gender == want || x.gender == Gender::Unknown)
    };
    // A fitting person who opened a sentence after the last speaker
    // was last named is the new topic ("Prime Minister Anthony
    // Albanese, who visited ..., promised aid. '...,' he said").
    // Names inside quotes are spoken of, not speaking ("Luka will
    // decide," he said), and the opener may stand before people
    // named later in its sentence ("Justice Samuel Alito, joined by
    // Justice Neil Gorsuch, dissented. He argued ...").
    let last_at = last.and_then(|id| e.ments[..before].iter().rposition(|x| x.entity == id));
    let last_named = last_at.map(|i| &e.ments[i]);
    let opener = e.ments[..before]
        .iter()
        .rev()
        .take(MAX_PRONOUN_LOOKBACK)
        .filter(|m| e.quote_at(m.tokens.start).is_none())
        .take_while(|m| {
            last_named.is_none_or(|x| {
                e.doc.sentence_of[x.tokens.start] < e.doc.sentence_of[m.tokens.start]
            })
        })
        .find(|m| !m.modifier && fits(m.entity) && opens_sentence(e, m.tokens.start, m.tokens.end));
    if let Some(m) = opener.filter(|m| Some(m.entity) != last) {
        return Some(m.entity);
    }
    if let Some(id) = introduced_before(e, p, before, last, &fits) {
        return Some(id);
    }
    // The last speaker, when a fitting person, is the likeliest
    // antecedent (people named in passing rarely take up the talk).
    if let Some(id) = last.filter(|&id| fits(id)) {
        // Named among the last `MAX_PRONOUN_LOOKBACK` mentions.
        let recent_enough = last_at.is_some_and(|i| before - i <= MAX_PRONOUN_LOOKBACK);
        if recent_enough {
            return Some(id);
        }
    }
    recent.map(|m| m.entity).find(|&id| fits(id))
}

/// The one fitting person first named in the sentence right before the
/// pronoun at `p`, when the last speaker is not named there: the new
/// topic ("The winning goal came from striker Kwame Mensah, who ... He
/// told reporters ...").
fn introduced_before(
    e: &English,
    p: usize,
    before: usize,
    last: Option<EntityId>,
    fits: &dyn Fn(EntityId) -> bool,
) -> Option<EntityId> {
    let here = e.doc.sentence_of[p];
    let previous = here.checked_sub(1)?;
    let mut found = None;
    for m in e.ments[..before].iter().rev() {
        let s = e.doc.sentence_of[m.tokens.start];
        if s == here {
            continue;
        }
        if s != previous {
            break;
        }
        if Some(m.entity) == last {
            return None;
        }
        if m.modifier || !fits(m.entity) || e.quote_at(m.tokens.start).is_some() {
            continue;
        }
        if found.is_some_and(|f| f != m.entity) {
            return None;
        }
        found = Some(m.entity);
    }
    let id = found?;
    // Named there for the first time.
    let first = e.ments.iter().find(|m| m.entity == id)?;
    (e.doc.sentence_of[first.tokens.start] == previous).then_some(id)
}

fn pronoun(e: &English, p: usize, last: Option<EntityId>) -> Option<EntityId> {
    let k = e.key(p).to_string();
    let before = e.ments.partition_point(|m| m.tokens.start < p);
    let recent = e.ments[..before].iter().rev().take(MAX_PRONOUN_LOOKBACK);
    let kind_of = |id: EntityId| e.findings.entities[id].kind;
    let gender_of = |id: EntityId| e.findings.entities[id].gender;
    match k.as_str() {
        "he" => person_antecedent(e, p, last, Some(Gender::Masculine)),
        "she" => person_antecedent(e, p, last, Some(Gender::Feminine)),
        "they" => {
            let mut recent = recent;
            recent
                .find(|m| {
                    !m.modifier
                        && (kind_of(m.entity) == ActorKind::Group
                            || gender_of(m.entity) == Gender::Plural)
                })
                .map(|m| m.entity)
                .or(last.filter(|&id| kind_of(id) != ActorKind::Person))
        }
        _ => last
            .filter(|&id| kind_of(id) != ActorKind::Person)
            .or_else(|| {
                let mut recent = recent;
                recent
                    .find(|m| {
                        !m.modifier
                            && matches!(
                                kind_of(m.entity),
                                ActorKind::Organization | ActorKind::Country
                            )
                    })
                    .map(|m| m.entity)
            }),
    }
}
