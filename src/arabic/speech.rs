//! Arabic quotes: direct quotes in marks, reported speech after a cue, and
//! attribution phrases; each attributed to its speaker.
//!
//! Candidates are collected first, then attributed in text order so that a
//! bare cue (وأضاف) can continue the last speaker.

use super::words::{Cue, CueClass};
use super::{Arabic, Ment, ELATIVES, HONORIFIC_STYLES, NAMING_PASSIVES};
use crate::findings::{EntityId, Gender, QuoteFinding};
use crate::hash::FxHashMap as HashMap;
use crate::model::{ActorKind, MentionForm, QuoteKind};
use crate::quotes::marks;
use crate::span::Span;
use crate::text::token::TokenKind;
use std::ops::Range;

/// Most tokens between a cue and its complementiser (subject, title,
/// adverbials: قال وزير الخارجية الروسي سيرغي لافروف في خطاب استقبال إن).
const MAX_CUE_TO_CONTENT: usize = 16;
/// "The latter" standing for the actor named last (نفت الأخيرة ذلك).
const LATTER_WORDS: &[&str] = &["الأخيرة", "الاخيرة", "الأخير", "الاخير"];
/// Honorific pronouns that stand for a dignitary named before (normalised).
pub(super) const HONORIFIC_PRONOUNS: &[&str] = &[
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "سعادته",
    "سعادتها",
    "فخامته",
    "سماحته",
    "جلالته",
    "فضيلته",
];
/// Words that may follow a statement noun in في بيان ...: its owner or kind.
const STATEMENT_COMPLEMENTS: &[&str] = &["له", "لها", "لهم", "مشترك", "رسمي", "صحفي", "مكتوب"];
/// Most words of an unnamed source after an attribution phrase
/// (بحسب مصدر مطلع على المفاوضات تحدث لوكالة أسوشيتد برس شريطة عدم
/// الكشف عن هويته، ...).
const MAX_UNNAMED_SOURCE_WORDS: usize = 16;
/// Most tokens between a quote's closing mark and a cue after it.
const MAX_CLOSE_TO_CUE: usize = 3;
/// Quotes in marks of at least this many words are quotes even with no
/// cue in sight (shorter ones are names, titles or scare quotes).
const MIN_UNCUED_QUOTE_WORDS: usize = 8;
/// Quotes with a cue need at least this many words, unless they sit inside
/// reported speech (a partial quote).
const MIN_CUED_QUOTE_WORDS: usize = 1;
/// Most words of a title between عن and a relayed speaker's name.
const MAX_TITLE_TOKENS: usize = 8;
/// Most words after a comma at which another cue ends a reported clause.
const MAX_CUE_AFTER_COMMA: usize = 3;
/// Most tokens before a cue searched for its implicit subject.
const MAX_SUBJECT_LOOKBACK: usize = 120;
/// "Its seat" (normalised, و peeled), opening an aside after a subject.
const HEADQUARTERS_WORDS: &[&str] = &["مقره", "مقرها"];
/// Most words of a headquarters aside before its closing comma (ومقره
/// العاصمة البريطانية لندن،).
const MAX_HEADQUARTERS_WORDS: usize = 5;
/// Times of day (normalised) opening an aside between commas after a
/// subject (أعلنت الجماعة، فجر الخميس، استهداف ...).
const TIME_OF_DAY: &[&str] = &["فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "منتصف"];
/// "Affiliated to", opening an aside on the body a subject belongs to
/// (أعلن المركز، التابع لدائرة الثقافة، فوز ...), as keys.
const AFFILIATIONS: &[&str] = &["التابع", "التابعه", "المنبثق", "المنبثقه"];
/// Most words of a description or time aside before its closing comma.
const MAX_DESCRIPTION_ASIDE_WORDS: usize = 8;
/// Most words between a speaker and a saying cue after it (عون حديثه
/// بالقول).
const MAX_OBJECT_BEFORE_SAYING_CUE: usize = 1;
/// Most words of an acronym in brackets after an attribution phrase's
/// source.
const MAX_BRACKETED_SOURCE_WORDS: usize = 3;
/// Most tokens an attribution phrase (X، وفقا لـ Y) looks back over for
/// its clause X; far more than any real sentence, and a bound on the work
/// and output for a sentence of thousands of phrases.
const MAX_ATTRIBUTED_CLAUSE_TOKENS: usize = 400;
/// How many paragraphs back a quote with no cue may take its speaker from.
const MAX_CARRY_PARAGRAPHS: u32 = 2;

/// Who a cue's subject is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Subject {
    /// An actor, with the span that names it.
    Actor(EntityId, Span),
    /// A statement speaking for its issuers.
    Statement(usize, Span),
    /// A statement the verb's unnamed subject spoke in (وقال في بيان صادر
    /// عن السفارة): the subject is found as for [`Subject::Implicit`] and
    /// speaks when a person; otherwise the statement's issuers speak.
    Medium(usize, Span),
    /// An unidentified source (مصادر مطلعة).
    Anonymous,
    /// Not said: agreement and context decide.
    Implicit,
}

/// A reporting cue and what it says about its speaker.
#[derive(Debug, Clone, Copy)]
struct CueUse {
    /// Token range of the cue words.
    tokens: (usize, usize),
    /// The verb, when the cue is one.
    verb: Option<Cue>,
    subject: Subject,
}

/// A quote waiting for attribution.
#[derive(Debug, Clone)]
struct Candidate {
    tokens: Range<usize>,
    kind: QuoteKind,
    cue: Option<CueUse>,
    /// For a partial quote: where the reported speech it sits in starts.
    inside: Option<usize>,
}

/// A statement noun and the actors that issued it.
#[derive(Debug, Clone)]
struct Statement {
    token: usize,
    issuers: Vec<EntityId>,
    /// The statement this one stands for: itself when it names issuers,
    /// else the latest earlier one that did.
    resolved: Option<usize>,
}

/// Nouns that name what follows in quotation marks (رواية تحمل عنوان
/// «...»، خطة باسم «...»): a short quote after them is a title, not words
/// said.
const NAMING_NOUNS: &[&str] = &[
    "عنوان",
    "بعنوان",
    "العنوان",
    "اسم",
    "باسم",
    "الاسم",
    "شعار",
    "بشعار",
    "الشعار",
    "لقب",
    "بلقب",
    "اللقب",
    "تسميه",
    "مسمى",
    "يسمى",
    "تسمى",
    "سمي",
    "سميت",
    // Works and campaigns named in quotes (برنامج «الحكاية»، عملية «...»).
    "برنامج",
    "مسلسل",
    "فيلم",
    "مسرحيه",
    "كتاب",
    "روايه",
    "اغنيه",
    "عمليه",
    "حمله",
    "مبادره",
];

/// True when the quotation mark at `open` follows a naming noun.
fn after_naming_noun(a: &Arabic, open: usize) -> bool {
    open > a.range.start && a.is_word(open - 1) && NAMING_NOUNS.contains(&a.key(open - 1))
}

/// Interview nouns (keys) before مع and the outlet's name in quotes (في
/// مقابلة مع «العربية»).
const INTERVIEW_NOUNS: &[&str] = &["مقابله", "مقابلته", "مقابلتها", "حوار", "حديث", "لقاء"];

/// True when the quotation mark at `open` follows مع after an interview
/// noun: the outlet's name, not words said.
fn after_interview(a: &Arabic, open: usize) -> bool {
    open >= a.range.start + 2
        && a.is_word(open - 1)
        && a.key(open - 1) == "مع"
        && a.is_word(open - 2)
        && INTERVIEW_NOUNS.contains(&a.key(open - 2))
}

/// True when the one-word quote at `open` comes right after an
/// organisation's name: its short name (الهيئة السعودية للبيانات والذكاء
/// الاصطناعي «سدايا»), not words said; so is a short quote that is all a
/// listed organisation's name (شركة الزيت العربية السعودية «أرامكو
/// السعودية»).
fn after_organisation(a: &Arabic, open: usize, close: usize) -> bool {
    let words = (open + 1..close).filter(|&i| a.is_word(i)).count();
    let listed = || {
        a.lex_at(open + 1).is_some_and(|m| {
            m.peeled == 0
                && m.tokens.end == close
                && m.entries.iter().any(|e| e.kind == ActorKind::Organization)
        })
    };
    // Only mentions starting a name's length before the mark are looked
    // at: a text of many labels stays linear.
    (words == 1 || words <= MAX_SCARE_QUOTE_WORDS && listed())
        && a.ments_in(open.saturating_sub(MAX_LABELLED_NAME_TOKENS), open)
            .iter()
            .any(|m| {
                m.tokens.end == open
                    && a.findings.entities[m.entity].kind == ActorKind::Organization
            })
}

/// Most tokens of an organisation's name before its quoted short name.
const MAX_LABELLED_NAME_TOKENS: usize = 16;

pub(super) fn find_quotes(a: &mut Arabic) {
    let doc = a.doc;
    let named = |q: &marks::Quoted| {
        a.labels.get(&q.open).is_some_and(|&close| {
            after_naming_noun(a, q.open)
                || after_interview(a, q.open)
                || after_organisation(a, q.open, close)
        })
    };
    let quoted: Vec<marks::Quoted> = a
        .marks
        .iter()
        .filter(|q| q.depth == 0 && !a.label_quotes.contains(&q.open) && !named(q))
        .cloned()
        .collect();
    a.set_quoted(
        quoted
            .iter()
            .map(|q| q.open..q.close.map_or(q.end, |c| c + 1))
            .collect(),
    );
    hide_names_in_labels(a);
    let statements = find_statements(a);
    let mut cands: Vec<Candidate> = Vec::new();
    // Cues that introduce a direct quote, by the quote's opening token.
    let mut quote_cues: HashMap<usize, CueUse> = HashMap::default();
    let mut covered_until = 0usize;

    let mut c = a.range.start;
    while c < a.range.end {
        if c < covered_until || !a.is_word(c) || a.quote_containing(c).is_some_and(|q| q.start < c)
        {
            c += 1;
            continue;
        }
        // وجاء في البيان ...
        if let Some((cue, after)) = statement_phrase(a, c, &statements) {
            match content_after(a, after) {
                Content::Quote(open) => {
                    quote_cues.insert(open, cue);
                }
                Content::Reported(r) => {
                    covered_until = r.end;
                    cands.push(Candidate {
                        tokens: r,
                        kind: QuoteKind::Indirect,
                        cue: Some(cue),
                        inside: None,
                    });
                }
                Content::None => {}
            }
            c = after.max(c + 1);
            continue;
        }
        if let Some(verb) = a.tw(c).cue().or_else(|| explained_cue(a, c)) {
            // وختم عون حديثه بالقول: the saying noun belongs to the cue
            // before it, which took the content already.
            let after_cue = a.tw(c).is_saying_noun()
                && (c.saturating_sub(MAX_OBJECT_BEFORE_SAYING_CUE + 2)..c)
                    .any(|k| a.is_word(k) && a.tw(k).cue().is_some());
            if after_cue || is_impersonal_formula(a, c) || is_negated(a, c) {
                c += 1;
                continue;
            }
            let SubjectScan {
                mut subject,
                after,
                subject_end,
                window_spent,
            } = subject_of(a, c, &statements);
            // ...، طلب عدم الكشف عن هويته، إن: whoever it is, unnamed.
            if subject == Subject::Implicit && phrase_withholds_name(a, c + 1, after) {
                subject = Subject::Anonymous;
            }
            let cue = CueUse {
                tokens: (c, c + 1),
                verb: Some(verb),
                subject,
            };
            let content = match content_after(a, after) {
                // A participle after a comma with a noun phrase (…، مؤكدة
                // دعم الدوحة للوساطة): the phrase is what it says.
                Content::None
                    if verb.class == CueClass::Nominal
                        && verb.participle
                        && c > 0
                        && doc.tokens[c - 1].is_comma(doc.text) =>
                {
                    nominal_content(a, c + 1)
                }
                Content::None if verb.class == CueClass::Nominal && !verb.participle => {
                    // The noun phrase right after a named subject (أعلنت
                    // الحكومة الخميس عن إجراءات ...), else after the scan.
                    let np = subject_end.map(|e| skip_adjuncts(a, e));
                    match np.map(|s| nominal_content(a, s)) {
                        Some(found @ Content::Reported(_)) => found,
                        // A one-word object (نفى الوزير الاتهامات، وحذر ...):
                        // what comes after the comma is not its content.
                        _ if np.is_some_and(|s| {
                            a.is_word(s)
                                && !a.is_stop(s)
                                && s + 1 < a.range.end
                                && a.doc.tokens[s + 1].is_comma(a.doc.text)
                        }) =>
                        {
                            Content::None
                        }
                        // (Not from wherever the subject scan ran out of
                        // its window: the middle of a phrase, no
                        // complement; لتدريب 300 مهندس في مجالات ...)
                        _ if after > c + 1 && !window_spent => nominal_content(a, after),
                        _ => Content::None,
                    }
                }
                other => other,
            };
            // What a cue says starts in its own paragraph: a headline's cue
            // (... تعلن انتهاء ...) does not take the body's first sentence.
            let paragraph_end = doc.paragraph_range(c).end;
            let content = match content {
                Content::Reported(r) if r.start >= paragraph_end => Content::None,
                // (nor its first quote: «...»، هكذا قال المتحدث ...),
                // unless its paragraph ends with a colon before that quote.
                Content::Quote(open)
                    if open >= paragraph_end
                        && !(open == paragraph_end && quote_opens_paragraph(a, open)) =>
                {
                    Content::None
                }
                other => other,
            };
            match content {
                // A cue on an earlier cue's way to its quote (وقال المتحدث
                // ... في بيان نقلته الوكالة إن "...") leaves it the quote.
                Content::Quote(open) => {
                    quote_cues.entry(open).or_insert(cue);
                }
                // ذكرت الوكالة أن الوزير أكد أن ...: the inner speaker's
                // words, read from the content's start.
                Content::Reported(r) if nested_speech(a, r.clone()) => {
                    c = r.start;
                    continue;
                }
                Content::Reported(r) => {
                    if verb.class != CueClass::Describe || described_with_that(a, r.start) {
                        covered_until = r.end;
                        cands.push(Candidate {
                            tokens: r,
                            kind: QuoteKind::Indirect,
                            cue: Some(cue),
                            inside: None,
                        });
                    }
                }
                Content::None => {}
            }
            c += 1;
            continue;
        }
        if let Some((cue, content)) = attribution_phrase(a, c, &statements) {
            if let Some(r) = content.clone().filter(|r| nested_speech(a, r.clone())) {
                c = r.start;
                continue;
            }
            if let Some(r) = content {
                cands.push(Candidate {
                    tokens: r,
                    kind: QuoteKind::Indirect,
                    cue: Some(cue),
                    inside: None,
                });
            }
            c = cue.tokens.1;
            continue;
        }
        c += 1;
    }

    // Direct quotes.
    crate::sort::sort_by_key(&mut cands, |c| (c.tokens.start, c.tokens.end));
    let mut direct = Vec::new();
    for q in &quoted {
        let mut end = q.close.unwrap_or(q.end);
        let start = q.first();
        // Without a trailing comma inside the marks.
        while end > start && doc.tokens[end - 1].is_comma(doc.text) {
            end -= 1;
        }
        if end <= start {
            continue;
        }
        let words = (start..end)
            .filter(|&i| doc.tokens[i].is_word() || doc.tokens[i].kind == TokenKind::Number)
            .count();
        if words == 0 {
            continue;
        }
        // Reported speech is found in text order: the last one starting
        // before the quote is the only one that can contain it.
        let before = cands.partition_point(|c| c.tokens.start <= q.open);
        let inside = before
            .checked_sub(1)
            .filter(|&k| q.open < cands[k].tokens.end)
            .map(|k| cands[k].tokens.start);
        // A short quote after لـ (لـ"العربية") is a name: a cue after it
        // is not its cue.
        let named = words <= MAX_SCARE_QUOTE_WORDS && governed_by_preposition(a, q.open);
        let cue = quote_cues.get(&q.open).copied().or_else(|| {
            q.close
                .filter(|_| !named)
                .and_then(|close| cue_after(a, close, &statements))
        });
        let keep = inside.is_some()
            || (cue.is_some() && words >= MIN_CUED_QUOTE_WORDS)
            || words >= MIN_UNCUED_QUOTE_WORDS;
        if keep {
            direct.push(Candidate {
                tokens: start..end,
                kind: QuoteKind::Direct,
                cue,
                inside,
            });
        }
    }
    cands.extend(direct);

    attribute(a, cands, &statements);
}

/// True when the quote mark at `open` follows a لـ written apart
/// (قال لـ"العربية"): the quote names whom something was said to.
fn governed_by_preposition(a: &Arabic, open: usize) -> bool {
    open > a.range.start && a.is_word(open - 1) && a.key(open - 1) == "ل"
}

/// A person found only inside a short quoted label (a novel called
/// "فاطمة الجندول") is a title, not an actor: it is not reported.
fn hide_names_in_labels(a: &mut Arabic) {
    // Labels after a naming noun are no quotes (see find_quotes): looked up
    // by their marks.
    let mut labels: Vec<(usize, usize)> = a
        .labels
        .iter()
        .filter(|&(&open, _)| after_naming_noun(a, open))
        .map(|(&open, &close)| (open, close))
        .collect();
    crate::sort::sort_unstable(&mut labels);
    let mut outside: HashMap<EntityId, bool> = HashMap::default();
    for m in &a.ments {
        if a.findings.entities[m.entity].kind != ActorKind::Person {
            continue;
        }
        let in_label = a
            .quote_containing(m.tokens.start)
            .is_some_and(|q| q.start < m.tokens.start && a.labels.contains_key(&q.start))
            || label_around(&labels, m.tokens.start);
        *outside.entry(m.entity).or_insert(false) |= !in_label;
    }
    for (id, out) in outside {
        if !out {
            a.findings.entities[id].reported = false;
        }
    }
}

/// True when token `i` lies inside one of `labels` (sorted opening and
/// closing marks).
fn label_around(labels: &[(usize, usize)], i: usize) -> bool {
    let n = labels.partition_point(|&(open, _)| open < i);
    n.checked_sub(1).is_some_and(|k| i < labels[k].1)
}

/// Where a cue's content is.
enum Content {
    /// A direct quote opening at this token.
    Quote(usize),
    /// Reported speech over these tokens.
    Reported(Range<usize>),
    None,
}

/// The content after a cue's subject, starting the search at token `from`.
fn content_after(a: &Arabic, from: usize) -> Content {
    let doc = a.doc;
    let sentence_end = doc
        .sentence_range(from.min(a.range.end - 1))
        .end
        .min(a.range.end);
    let mut j = from;
    while j < sentence_end && j < from + MAX_CUE_TO_CONTENT {
        let t = &doc.tokens[j];
        if let Some(close) = scare_quote_at(a, j) {
            j = close + 1;
            continue;
        }
        if let Some(_m) = t.quote_mark() {
            return match a.quote_containing(j) {
                Some(q) if q.start == j => Content::Quote(j),
                _ => Content::None,
            };
        }
        // A colon ending the paragraph, with the quote opening the next
        // one (وقال المفوض السامي ...:⏎«...»): the cue's quote.
        if t.is_punct(doc.text, ':') && quote_opens_paragraph(a, j + 1) {
            return Content::Quote(j + 1);
        }
        if t.is_punct(doc.text, ':') || (t.is_word() && a.tw(j).is_saying_noun()) {
            j += 1;
            continue;
        }
        // A name that starts like a complementiser (فان دايك: فان reads
        // as فإن) is the subject, not the content's start.
        if let Some(m) = a.ment_starting(j).filter(|m| m.tokens.len() > 1) {
            if t.is_word() && a.tw(j).complementiser().is_some() {
                j = m.tokens.end;
                continue;
            }
        }
        if t.is_word() {
            let mut k = j;
            if a.tw(j).is_cue_preposition()
                && a.is_word(j + 1)
                && a.tw(j + 1).complementiser().is_some()
            {
                k = j + 1;
            }
            if a.tw(k).complementiser().is_some() {
                let start = k + 1;
                if a.quote_containing(start).is_some_and(|q| q.start == start) {
                    return Content::Quote(start);
                }
                let end = clause_end(a, start);
                return if end > start {
                    Content::Reported(start..end)
                } else {
                    Content::None
                };
            }
            // An aside between commas before the saying noun (عن مسؤول،
            // لم تكشف اسمه، قوله إن ...).
            if let Some(k) = (j + 1..(j + MAX_ASIDE_TOKENS).min(sentence_end)).find(|&k| {
                a.is_word(k) && a.tw(k).is_saying_noun() && doc.tokens[k - 1].is_comma(doc.text)
            }) {
                j = k;
                continue;
            }
            return Content::None;
        }
        if t.is_comma(doc.text) {
            j += 1;
            continue;
        }
        return Content::None;
    }
    Content::None
}

/// A source's identity or name with a pronoun (normalised keys), as in
/// طلب عدم الكشف عن هويته، فضل عدم ذكر اسمه.
const IDENTITY_WORDS: &[&str] = &[
    "هويته",
    "هويتها",
    "هويتهم",
    "اسمه",
    "اسمها",
    "اسماءهم",
    "اسمايهم",
];
/// Words right before the identity that withhold it (normalised keys):
/// الكشف عن، الإفصاح عن، ذكر.
const WITHHOLDING_WORDS: &[&str] = &["عن", "ذكر"];

/// True when the words from `from` to `to` (the cue's subject phrase)
/// say that the speaker's name is withheld (عامل إغاثة، طلب عدم الكشف عن
/// هويته، ...): an unnamed source.
fn phrase_withholds_name(a: &Arabic, from: usize, to: usize) -> bool {
    (from.max(a.range.start + 1)..to.min(a.range.end)).any(|j| {
        a.is_word(j)
            && IDENTITY_WORDS.contains(&a.key(j))
            && a.is_word(j - 1)
            && WITHHOLDING_WORDS.contains(&a.key(j - 1))
    })
}

/// True when a quote opens at `j`, the first token of a paragraph, right
/// after a colon ending the one before.
fn quote_opens_paragraph(a: &Arabic, j: usize) -> bool {
    j < a.range.end
        && a.doc.tokens[j].newline_before
        && a.doc.tokens[j - 1].is_punct(a.doc.text, ':')
        && a.quote_containing(j).is_some_and(|q| q.start == j)
}

/// Most tokens of an aside between commas before a saying noun (قوله).
const MAX_ASIDE_TOKENS: usize = 8;

/// Most words of a quoted name or label inside a cue's subject phrase
/// (عبر حسابه على "تويتر"، إن ...).
const MAX_SCARE_QUOTE_WORDS: usize = 4;

/// Punctuation that ends the search for a cue's subject or content.
fn is_clause_stop(p: &str) -> bool {
    matches!(p, "." | "!" | "?" | "؟" | ";" | "؛" | "…")
}

/// When token `j` opens a short quoted label that a comma or a
/// complementiser follows, or a label that is no quote, the index of its
/// closing mark.
fn scare_quote_at(a: &Arabic, j: usize) -> Option<usize> {
    a.doc.tokens[j].quote_mark()?;
    let Some(q) = a.quote_containing(j).filter(|q| q.start == j) else {
        // A label that is no quote at all (برنامج «الحكاية»): passed over
        // wherever it stands.
        return a.labels.get(&j).copied();
    };
    let close = q.end.checked_sub(1)?;
    a.doc.tokens[close].quote_mark()?;
    let words = (q.start..close).filter(|&i| a.is_word(i)).count();
    if words == 0 || words > MAX_SCARE_QUOTE_WORDS {
        return None;
    }
    let next = close + 1;
    let follows = a.doc.tokens.get(next).is_some_and(|t| {
        t.is_comma(a.doc.text) || (t.is_word() && a.tw(next).complementiser().is_some())
    });
    // After لـ it names whom it was said to, whatever follows (وقال
    // لـ"رويترز": "...").
    (follows || governed_by_preposition(a, j)).then_some(close)
}

/// True when reported content opens with a named speaker and their own
/// cue and complementiser (... أن وزير الخارجية سامح شكري أكد أن ...): the
/// report relays someone else's words.
fn nested_speech(a: &Arabic, r: Range<usize>) -> bool {
    // The speaker's title may come first (وزير الخارجية سامح شكري).
    let start = a
        .title_containing(r.start)
        .filter(|t| t.start == r.start && a.ment_starting(r.start).is_none())
        .map_or(r.start, |t| t.end);
    let Some(m) = a.ment_starting(start) else {
        return false;
    };
    let speaker = matches!(
        a.findings.entities[m.entity].kind,
        ActorKind::Person | ActorKind::Organization
    );
    if !speaker || m.oblique {
        return false;
    }
    let cue = m.tokens.end;
    if cue >= r.end || !a.is_word(cue) {
        return false;
    }
    let finite = a.tw(cue).cue().is_some_and(|v| {
        !v.participle
            && matches!(
                v.class,
                CueClass::Say | CueClass::Nominal | CueClass::Continue
            )
    });
    finite
        && (cue + 1..(cue + 1 + MAX_CUE_TO_CONTENT).min(r.end))
            .take_while(|&k| !matches!(a.doc.tokens[k].kind, TokenKind::Punct))
            .any(|k| a.is_word(k) && a.tw(k).complementiser().is_some())
}

/// For a nominal cue (أعلن مقتل ...): the noun phrase after the subject.
fn nominal_content(a: &Arabic, from: usize) -> Content {
    let mut j = from;
    while j < a.range.end && a.doc.tokens[j].is_comma(a.doc.text) {
        j += 1;
    }
    if !a.is_word(j) || a.is_stop(j) || a.tw(j).is_adverbial() {
        return Content::None;
    }
    let end = clause_end(a, j);
    if end > j + 1 {
        Content::Reported(j..end)
    } else {
        Content::None
    }
}

/// True when a describing verb's content follows بأن (وصفها بأنها).
fn described_with_that(a: &Arabic, start: usize) -> bool {
    start > 0 && a.key(start - 1).starts_with("با")
}

/// True when token `j` starts the writer's comment on what was just said
/// (، وهو ما رفضه ...، الأمر الذي ...): the reported clause ended before it.
fn writers_comment(a: &Arabic, j: usize) -> bool {
    let next = |k: usize| if a.is_word(k) { a.key(k) } else { "" };
    matches!(
        (next(j), next(j + 1)),
        ("وهو" | "وهي", "ما") | ("الامر" | "وهو", "الذي")
    )
}

/// End of a reported clause starting at `start`: the end of the sentence,
/// or a comma before another cue or an attribution phrase.
fn clause_end(a: &Arabic, start: usize) -> usize {
    let doc = a.doc;
    let sentence = doc.sentence_range(start.min(a.range.end - 1));
    let mut end = sentence.end.min(a.range.end);
    for j in start..end {
        let t = &doc.tokens[j];
        if t.is_comma(doc.text) && a.is_word(j + 1) {
            let participle = a.tw(j + 1).cue().is_some_and(|c| c.participle);
            // Another speaker's verb a few words on (، من جهته قال ...).
            let other_cue = (j + 1..(j + 1 + MAX_CUE_AFTER_COMMA).min(end))
                .any(|k| a.is_word(k) && a.tw(k).cue().is_some_and(|c| !c.participle));
            let phrase = a.tw(j + 1).is_attribution_head() || a.btw(j + 1).is_attribution_head();
            // The writer's contrast (، فيما رفض البيت الأبيض التعليق).
            let contrast = CONTRAST_CONNECTORS.contains(&a.key(j + 1))
                || a.key(j + 1) == "في" && a.is_word(j + 2) && a.key(j + 2) == "حين"
                || writers_comment(a, j + 1);
            if participle || phrase || other_cue || contrast {
                end = j;
                break;
            }
        }
    }
    // Without the final stop.
    while end > start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) {
        end -= 1;
    }
    end
}

/// Statement nouns (البيان، بيان مشترك لـ ...) with the actors named right after them.
fn find_statements(a: &Arabic) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    let mut last_with_issuers = None;
    for s in a.range.clone() {
        if !a.is_word(s) {
            continue;
        }
        let is_statement = a.reading_infos(s).iter().any(|r| r.is_statement());
        if !is_statement {
            continue;
        }
        let end = a.doc.sentence_range(s).end.min(a.range.end);
        let mut issuers = Vec::new();
        let mut j = s + 1;
        while j < end && j < s + MAX_CUE_TO_CONTENT + 8 {
            let t = &a.doc.tokens[j];
            // Its issuer follows it within its own phrase: past a comma
            // starts the clause it introduces (وبحسب بيانات بورصة تداول،
            // انخفض سهم أرامكو: not Aramco's).
            if t.quote_mark().is_some()
                || t.is_punct(a.doc.text, ':')
                || t.is_punct(a.doc.text, '.')
                || t.is_comma(a.doc.text)
            {
                break;
            }
            if t.is_word() && (a.tw(j).complementiser().is_some() || a.tw(j).cue().is_some()) {
                break;
            }
            if let Some(m) = a.ment_starting(j) {
                let e = &a.findings.entities[m.entity];
                if !issuers.contains(&m.entity) && e.kind != ActorKind::Group {
                    issuers.push(m.entity);
                }
                j = m.tokens.end;
                continue;
            }
            j += 1;
        }
        // أكدت النيابة العامة في بيان أن ...: the cue's subject, right
        // before في, issued it (not an object: اتهمت X الجيش ...، وقالت في بيان).
        if issuers.is_empty() && s > 1 && a.is_word(s - 1) && a.key(s - 1) == "في" {
            let start = a.doc.sentence_range(s).start.max(a.range.start);
            let subject = (start..s - 1).rev().find_map(|j| {
                a.ment_starting(j).filter(|m| {
                    m.tokens.end == s - 1
                        && j > start
                        && a.is_word(j - 1)
                        && a.tw(j - 1).cue().is_some()
                        && m.form != MentionForm::Nisba
                        && a.findings.entities[m.entity].kind != ActorKind::Group
                })
            });
            if let Some(m) = subject {
                issuers.push(m.entity);
            }
        }
        // رحبت الولايات المتحدة وفرنسا ... بالقرار في بيان مشترك: the
        // subject right after the sentence's verb, and those coordinated
        // with it, issued it.
        // So did the subject right before it (أصدرت وزارة الخارجية
        // الأردنية بيانا جاء فيه ...).
        if issuers.is_empty() && s > 1 {
            if a.is_word(s - 1) && a.key(s - 1) == "في" {
                issuers = sentence_subjects(a, s - 1);
            } else if a
                .ments_in(a.range.start, s)
                .last()
                .is_some_and(|m| m.tokens.end == s)
            {
                issuers = sentence_subjects(a, s);
            }
        }
        // An indefinite statement noun in construct with an unknown issuer
        // (بيانات بورصة تداول) is a new statement, not the last one again.
        let new_unknown = !has_article(a.key(s))
            && a.is_word(s + 1)
            && a.ment_starting(s + 1).is_none()
            && !a.tw(s + 1).is_stop();
        let resolved = if issuers.is_empty() {
            (!new_unknown).then_some(last_with_issuers).flatten()
        } else {
            Some(out.len())
        };
        if !issuers.is_empty() {
            last_with_issuers = Some(out.len());
        }
        out.push(Statement {
            token: s,
            issuers,
            resolved,
        });
    }
    out
}

/// True when a word carries the article after its proclitics (البيان،
/// وبالبيان، للبيان).
fn has_article(key: &str) -> bool {
    let key = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let key = key.strip_prefix(['ب', 'ك']).unwrap_or(key);
    key.starts_with("ال") || key.starts_with("لل")
}

/// Most tokens from a statement noun back-referred to by جاء فيه.
const MAX_STATEMENT_TO_PRONOUN: usize = 4;

/// Most words before a sentence's subject: an opening adverbial (بدورها،
/// من جهتها) and the verb.
const MAX_WORDS_BEFORE_SUBJECT: usize = 3;

/// The subject of the sentence around token `before` when it stands right
/// after the sentence's verb, with the actors coordinated with it by و
/// (رحبت الولايات المتحدة وفرنسا وبريطانيا ...).
fn sentence_subjects(a: &Arabic, before: usize) -> Vec<EntityId> {
    let start = a.doc.sentence_range(before).start.max(a.range.start);
    let mut words = 0;
    let mut j = start;
    while j < before && a.ment_starting(j).is_none() {
        if a.is_word(j) {
            words += 1;
        }
        j += 1;
    }
    let mut out = Vec::new();
    if !(1..=MAX_WORDS_BEFORE_SUBJECT).contains(&words) || j >= before {
        return out;
    }
    while let Some(m) = a.ment_starting(j).filter(|m| m.tokens.end <= before) {
        let e = &a.findings.entities[m.entity];
        let coordinated = out.is_empty() || a.key(j).starts_with('و');
        if m.oblique
            || m.form == MentionForm::Nisba
            || e.kind == ActorKind::Group
            || !coordinated
            || out.contains(&m.entity)
        {
            break;
        }
        out.push(m.entity);
        j = m.tokens.end;
    }
    out
}

/// The statement a statement noun at `s` stands for: itself when it names
/// issuers, else the latest one before it that did.
fn statement_at(statements: &[Statement], s: usize) -> Option<usize> {
    let here = statements.binary_search_by_key(&s, |st| st.token).ok()?;
    statements[here].resolved
}

/// The verb a statement speaks with (جاء فيه، جاء في البيان): it says.
const STATEMENT_VERB: Cue = Cue {
    class: CueClass::Say,
    gender: Gender::Masculine,
    participle: false,
};

/// وجاء في (البيان | بيان ...): a cue whose subject is the statement.
fn statement_phrase(a: &Arabic, c: usize, statements: &[Statement]) -> Option<(CueUse, usize)> {
    // The key ends as its bare form does: most words are told by their end
    // without peeling.
    let key = a.key(c);
    if !key.ends_with("جاء") && !key.ends_with("ورد") {
        return None;
    }
    let k = a.bare(key);
    if k != "جاء" && k != "ورد" {
        return None;
    }
    if !a.is_word(c + 1) {
        return None;
    }
    // ... في بيان مشترك، جاء فيه أن ...: the statement just named.
    if matches!(a.key(c + 1), "فيه" | "فيها") {
        let sentence_start = a.doc.sentence_range(c).start.max(a.range.start);
        let s = (sentence_start.max(c.saturating_sub(MAX_STATEMENT_TO_PRONOUN))..c)
            .rev()
            .find(|&s| a.is_word(s) && a.reading_infos(s).iter().any(|r| r.is_statement()))?;
        let span = a.span(s..s + 1, 0);
        // A statement nobody named issued still says it.
        let subject = match statement_at(statements, s) {
            Some(st) => Subject::Statement(st, span),
            None => Subject::Anonymous,
        };
        let cue = CueUse {
            tokens: (c, c + 2),
            verb: Some(STATEMENT_VERB),
            subject,
        };
        return Some((cue, c + 2));
    }
    if a.key(c + 1) != "في" || !a.is_word(c + 2) {
        return None;
    }
    let s = c + 2;
    let st = statement_at(statements, s)?;
    let mut cue_end = s + 1;
    if a.is_word(cue_end) && a.key(cue_end).starts_with("المشترك") {
        cue_end += 1;
    }
    let span = a.span(s..cue_end, 0);
    // The content comes after the issuers.
    let mut after = cue_end;
    let sentence_end = a.doc.sentence_range(s).end.min(a.range.end);
    while after < sentence_end {
        let t = &a.doc.tokens[after];
        if t.quote_mark().is_some() || (t.is_word() && a.tw(after).complementiser().is_some()) {
            break;
        }
        after += 1;
    }
    Some((
        CueUse {
            tokens: (c, cue_end),
            verb: Some(STATEMENT_VERB),
            subject: Subject::Statement(st, span),
        },
        after,
    ))
}

/// What `subject_of` found: the subject, where the scan stopped (where
/// the content search starts), for a named subject or a statement the
/// token after it, and whether the scan ran out of its window mid-clause.
struct SubjectScan {
    subject: Subject,
    after: usize,
    subject_end: Option<usize>,
    window_spent: bool,
}

/// The subject after a cue verb at `c` and where the content search starts
/// (see [`SubjectScan`]).
fn subject_of(a: &Arabic, c: usize, statements: &[Statement]) -> SubjectScan {
    let (subject, after, subject_end) = subject_scan(a, c, statements);
    let end = a.doc.sentence_range(c).end.min(a.range.end);
    // The loop stops at the window only where nothing else stopped it: a
    // word that neither ends the subject nor opens the content.
    let window_spent = after < end
        && a.is_word(after)
        && a.tw(after).cue().is_none()
        && a.tw(after).complementiser().is_none();
    SubjectScan {
        subject,
        after,
        subject_end,
        window_spent,
    }
}

/// `subject_of`'s scan.
fn subject_scan(a: &Arabic, c: usize, statements: &[Statement]) -> (Subject, usize, Option<usize>) {
    let doc = a.doc;
    let end = doc.sentence_range(c).end.min(a.range.end);
    let mut j = c + 1;
    let mut subject = Subject::Implicit;
    let mut subject_end = None;
    let relay = a.tw(c).cue().is_some_and(|v| v.class == CueClass::Relay);
    // A participle has no subject after it (…، واصفا الحكومة بأنها ...:
    // الحكومة is its object); its speaker is found before it.
    let participle = a.tw(c).cue().is_some_and(|v| v.participle);
    let masculine_verb = a.tw(c).cue().is_some_and(|v| v.gender == Gender::Masculine);
    // A cue no list has: بيّن written as بين (see explained_cue).
    let explained = a.tw(c).cue().is_none();
    let mut unnamed_title = false;
    // Names do not count against the window: a title, a name and a second
    // named subject can stand before the content (وقالت وزيرة الداخلية
    // البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف في ...).
    let mut named = 0;
    // وأوضح سموه ...: the subject is a pronoun (His Highness), so no later
    // name in the clause (مدير جامعة الملك سعود) is the speaker.
    // لكنه قال، غير أنهم أشاروا: the pronoun on the particle is the
    // subject, so no name after the verb (its object) is.
    let pronoun = a.is_word(c + 1) && HONORIFIC_PRONOUNS.contains(&a.key(c + 1))
        || pronoun_particle_before(a, c);
    // واكتفى المتحدث أحمد علي بالقول، وختم عون حديثه بالقول: the verb's
    // subject stands before the saying noun, at most an object between.
    // (A cue that is a saying noun: see words::SAYING_CUES.)
    // وفي تصريحات للمدرب جوزيه غوميز قال فيها إن ...: "in which he said";
    // the speaker is the person the remarks are credited to before it.
    if let Some(m) = remarks_holder(a, c) {
        return (
            Subject::Actor(m.entity, a.span(m.tokens.clone(), 0)),
            c + 2,
            Some(c + 2),
        );
    }
    if a.tw(c).is_saying_noun() {
        let sentence_start = doc.sentence_range(c).start;
        let before = a
            .ments_in(sentence_start, c)
            .iter()
            .rev()
            .take_while(|m| m.tokens.end + MAX_OBJECT_BEFORE_SAYING_CUE >= c)
            .find(|m| {
                !m.oblique
                    && m.form != MentionForm::Nisba
                    && m.tokens.start > sentence_start
                    && a.is_word(m.tokens.start - 1)
                    && !a.tw(m.tokens.start - 1).is_preposition()
            });
        // ... or right after the verb that opens the clause (في كييف، رد
        // زيلينسكي عبر تطبيق تلغرام بالقول).
        // Bounded look-back: a pathological one-sentence text stays linear.
        let from = sentence_start.max(c.saturating_sub(MAX_SUBJECT_LOOKBACK));
        let clause_start = (from..c)
            .rev()
            .find(|&k| doc.tokens[k].is_comma(doc.text))
            .map_or(from, |k| k + 1);
        // The name may follow its title (ورد الرئيس الجزائري عبد المجيد
        // تبون ... بالقول).
        let subject_start = a
            .title_containing(clause_start + 1)
            .filter(|r| r.start == clause_start + 1)
            .map_or(clause_start + 1, |r| r.end);
        let before = before.or_else(|| {
            // The first mention from there: not a country adjective inside
            // that title.
            let ments = a.ments_in(clause_start + 1, c);
            ments
                .iter()
                .find(|m| m.tokens.start >= subject_start)
                .filter(|m| {
                    m.tokens.start == subject_start
                        && a.is_word(clause_start)
                        && !a.tw(clause_start).is_preposition()
                        && !m.oblique
                        && m.form != MentionForm::Nisba
                })
        });
        if let Some(m) = before {
            return (
                Subject::Actor(m.entity, a.span(m.tokens.clone(), 0)),
                c + 1,
                Some(c + 1),
            );
        }
    }
    while j < end && j < c + MAX_CUE_TO_CONTENT + named {
        let t = &doc.tokens[j];
        // نقلت الوكالة عن الوزير قوله: the one after عن is the speaker.
        if relay && t.is_word() && t.key == "عن" {
            // ... عن مصدر أمني قوله: an unidentified source is nobody's name.
            if a.is_word(j + 1) && a.is_anonymous_source(j + 1) {
                subject = Subject::Anonymous;
                j += 2;
                continue;
            }
            if let Some(m) = named_from(a, j + 1, end) {
                subject = Subject::Actor(m.entity, a.span(m.tokens.clone(), 0));
                j = m.tokens.end;
                subject_end = Some(j);
                continue;
            }
            // ... عن مسؤول في الخارجية قوله: a title with no name after it
            // is someone the agency does not name.
            if let Some(r) = a.title_containing(j + 1).filter(|r| r.start == j + 1) {
                subject = Subject::Anonymous;
                j = r.end;
                continue;
            }
        }
        // وردت طهران على لسان رئيس المنظمة محمد إسلامي: the one through
        // whose mouth (على لسان) it spoke.
        if t.is_word() && doc.word(j) == "على" && a.is_word(j + 1) && a.key(j + 1) == "لسان"
        {
            if let Some(m) = named_from(a, j + 2, end) {
                subject = Subject::Actor(m.entity, a.span(m.tokens.clone(), 0));
                j = m.tokens.end;
                subject_end = Some(j);
                continue;
            }
        }
        if let Some(close) = scare_quote_at(a, j) {
            j = close + 1;
            continue;
        }
        if t.quote_mark().is_some() || t.is_punct(doc.text, ':') {
            break;
        }
        // A verb with its object pronoun after a statement noun (في بيان
        // نقلته وكالة الأنباء السعودية إن ...) is a relative clause that
        // says who carried the statement, not a cue of its own.
        if t.is_word()
            && subject != Subject::Implicit
            && j > c + 1
            && a.tw(j).cue().is_some()
            && a.is_word(j - 1)
            && a.reading_infos(j - 1).iter().any(|r| r.is_statement())
            && (doc.word(j).ends_with('ه') || doc.word(j).ends_with("ها"))
        {
            j += 1;
            continue;
        }
        // A saying noun after the verb (وختم عون حديثه بالقول إن) is the
        // verb's, not a cue of its own.
        if t.is_word()
            && (a.tw(j).complementiser().is_some()
                || a.tw(j).cue().is_some() && !a.tw(j).is_saying_noun() && !is_negated(a, j))
        {
            break;
        }
        if t.is_word()
            && a.tw(j).is_cue_preposition()
            && a.is_word(j + 1)
            && a.tw(j + 1).complementiser().is_some()
        {
            break;
        }
        if matches!(t.kind, TokenKind::Punct) && is_clause_stop(doc.word(j)) {
            break;
        }
        if subject != Subject::Implicit {
            if let Some(m) = a.ment_starting(j).filter(|m| m.tokens.end > j + 1) {
                named += m.tokens.len();
                j = m.tokens.end;
                continue;
            }
        }
        // A title before its holder's name (عضو المكتب السياسي لحركة حماس
        // باسم نعيم) does not count against the window either.
        if a.ment_starting(j).is_none() {
            if let Some(r) = a.title_containing(j).filter(|r| r.start == j) {
                named += r.len();
                j = r.end;
                // نفى الوزير الاتهامات: a nominal cue's phrase follows the title.
                if subject == Subject::Implicit && subject_end.is_none() {
                    subject_end = Some(j);
                    unnamed_title |= !participle && subject_position(a, c, r.start);
                }
                continue;
            }
        }
        // أحد السكان ويدعى عثمان إبراهيم: the unnamed source is named after all.
        if subject == Subject::Anonymous && NAMING_PASSIVES.contains(&doc.word(j)) {
            if let Some(m) = a.ment_starting(j + 1) {
                subject = Subject::Actor(m.entity, a.span(m.tokens.clone(), 0));
                named += m.tokens.len() + 1;
                j = m.tokens.end;
                subject_end = Some(j);
                continue;
            }
        }
        // نفت الأخيرة ذلك: "the latter" is the last actor named before it.
        if subject == Subject::Implicit
            && t.is_word()
            && LATTER_WORDS.contains(&doc.word(j))
            && subject_position(a, c, j)
        {
            if let Some(id) = latter(a, c, j) {
                subject = Subject::Actor(id, a.span(j..j + 1, 0));
                j += 1;
                subject_end = Some(j);
                continue;
            }
        }
        // A subject who asked not to be named (وقال مصرفي، فضل عدم الكشف
        // عن هويته، إن ...؛ وأبلغ مسؤول، طلب عدم ذكر اسمه، الصحفيين ...):
        // nobody the text names, not the last speaker, and whoever is named
        // after it is spoken to.
        if matches!(subject, Subject::Implicit | Subject::Anonymous) && withholds_name(a, j) {
            subject = Subject::Anonymous;
            j += 2;
            continue;
        }
        // Not after a preposition: وقال، بحسب وسائل الإعلام: names a channel.
        if subject == Subject::Implicit
            && !participle
            && t.is_word()
            && a.is_anonymous_source(j)
            && subject_position(a, c, j)
        {
            subject = Subject::Anonymous;
        }
        if subject == Subject::Implicit && !pronoun && !participle {
            if let Some(m) = a.ment_starting(j) {
                let in_title = m.form != MentionForm::Title
                    && a.title_containing(j).is_some_and(|r| r.start < j);
                // (بيّن read as the preposition بين marks the name after it
                // oblique; as the verb, the first name is the subject.)
                if !in_title
                    && (!m.oblique || explained)
                    && m.form != MentionForm::Nisba
                    && subject_position(a, c, j)
                {
                    subject = Subject::Actor(m.entity, a.span(m.tokens.clone(), 0));
                    named += m.tokens.len();
                    j = m.tokens.end;
                    // An unnamed holder's title runs on past its mention
                    // (نفى المتحدث باسم الجيش الإسرائيلي استهداف ...): what
                    // follows the whole title is the content.
                    if m.form == MentionForm::Title {
                        if let Some(r) = a.title_containing(m.tokens.start).filter(|r| r.end > j) {
                            named += r.end - j;
                            j = r.end;
                        }
                    }
                    subject_end = Some(j);
                    continue;
                }
                // A body after a preposition is read whole: the outlet
                // spoken to (وقالت لوكالة الأنباء الفرنسية) has no unnamed
                // source (الأنباء, "reports") inside it.
                if m.oblique && m.tokens.len() > 1 {
                    j = m.tokens.end;
                    continue;
                }
            }
            // An institution named by its head alone with nothing to refer
            // back to (وأوضحت الوزارة ...): someone speaks, not the last
            // speaker.
            // So is one named by an indefinite head and an adjective (وقالت
            // منظمة حقوقية، شركة أمريكية): no name at all. Not a noun in
            // construct (مكتب رئيس الوزراء).
            let adjective = |k: usize| {
                a.is_word(k)
                    && !a.key(k).starts_with("ال")
                    && a.title_gender(k).is_none()
                    && !(a.is_word(k + 1) && a.key(k + 1).starts_with("ال"))
                    && (a.tw(k).is_common()
                        || a.ment_starting(k)
                            .is_some_and(|m| m.form == MentionForm::Nisba))
            };
            // A feminine head after a masculine verb is its object (ودعا
            // الحكومة إلى ...), not its subject.
            let object = masculine_verb && a.key(j).ends_with('ه');
            let unknown_institution = t.is_word()
                && (a.key(j).starts_with("ال") || adjective(j + 1))
                && a.tw(j).is_org_head()
                && !object
                && a.ment_starting(j).is_none();
            if t.is_word()
                && (a.is_anonymous_source(j) || unknown_institution)
                && subject_position(a, c, j)
            {
                subject = Subject::Anonymous;
            } else if t.is_word() && a.reading_infos(j).iter().any(|r| r.is_statement()) {
                if let Some(st) = statement_at(statements, j) {
                    let span = a.span(j..j + 1, 0);
                    let medium = j > c + 1
                        && a.key(j - 1) == "في"
                        && a.tw(c).cue().is_some()
                        && !a.tw(c).is_saying_noun();
                    subject = if medium {
                        Subject::Medium(st, span)
                    } else {
                        Subject::Statement(st, span)
                    };
                    subject_end = Some(j + 1);
                }
            }
        }
        j += 1;
    }
    // The subject is a title nobody in the text holds (وقالت المحللة في بنك
    // ...): someone unnamed speaks, not the subject of an earlier sentence.
    if subject == Subject::Implicit && (unnamed_title || written_passive(a, c)) {
        subject = Subject::Anonymous;
    }
    (subject, j, subject_end)
}

/// Most words between بيّن and its complementiser (وبيّن مدير عام التعليم
/// بالمنطقة ناصر العبدالكريم أن).
const MAX_EXPLAINED_SUBJECT_WORDS: usize = 10;

/// بيّن (explained) written as بين, which is also "between" and so no
/// cue in the lists: a cue where a subject and a complementiser follow
/// with nothing coordinated with و before it (بين العبادي والصدر أن:
/// "between").
pub(super) fn explained_cue(a: &Arabic, c: usize) -> Option<Cue> {
    if !matches!(a.key(c), "بين" | "وبين" | "فبين") || !a.is_word(c + 1) || a.tw(c + 1).is_stop()
    {
        return None;
    }
    // Where a verb stands: with و or ف, after كما, or opening a clause (not
    // من بين، ما بين، في بين).
    let verb_place =
        a.key(c) != "بين" || c == a.range.start || !a.is_word(c - 1) || a.key(c - 1) == "كما";
    if !verb_place {
        return None;
    }
    let end = a.doc.sentence_range(c).end.min(a.range.end);
    let mut k = c + 1;
    while k < end && k <= c + MAX_EXPLAINED_SUBJECT_WORDS {
        if !a.is_word(k) {
            // A comma may close an apposition (وبيّن المدير، خالد علي، أن).
            if a.doc.tokens[k].is_comma(a.doc.text) {
                k += 1;
                continue;
            }
            return None;
        }
        if a.tw(k).complementiser().is_some() {
            return (k > c + 1).then_some(Cue {
                class: CueClass::Say,
                gender: Gender::Masculine,
                participle: false,
            });
        }
        // و before a definite word, a second و or a listed name: the
        // second of two things "between" (والصدر، وواشنطن، وإسرائيل).
        // Not a field coordinated inside an office in construct (وبيّن
        // وكيل وزارة الاقتصاد والتخطيط ... أن): "between" takes no
        // indefinite title.
        let key = a.key(k);
        let in_office = key.starts_with("وال")
            && a.title_gender(k).is_none()
            && a.title_gender(c + 1).is_some()
            && !a.key(c + 1).starts_with("ال");
        if key.starts_with("وال") && !in_office
            || key.starts_with("وو")
            || key.starts_with('و') && a.lex_at(k).is_some_and(|m| m.peeled > 0)
        {
            return None;
        }
        k += 1;
    }
    None
}

/// Nouns of remarks a cue's فيها refers back to (normalised keys).
const REMARK_NOUNS: &[&str] = &["تصريحات", "تصريح", "حديث", "مقابله", "حوار", "كلمه"];

/// Most tokens between a noun of remarks and the cue whose فيها refers
/// back to it (وفي تصريحات خاصة لقناة ... للمدرب جوزيه غوميز عقب المباراة،
/// قال فيها).
const MAX_REMARKS_TO_CUE_TOKENS: usize = 32;

/// What "in it" after a cue reads (قال فيها، أكد فيه).
const IN_IT: &[&str] = &["فيها", "فيه"];

/// The person a cue followed by فيها speaks as: the first one named after
/// the last noun of remarks before the cue in its sentence (في تصريحات
/// للاعب سالم الدوسري، قال فيها). None where no person is named there (a
/// medium: في تصريحات لقناة العربية).
fn remarks_holder<'a>(a: &'a Arabic, c: usize) -> Option<&'a Ment> {
    if !(a.is_word(c + 1) && IN_IT.contains(&a.key(c + 1))) {
        return None;
    }
    // Within a bounded window before the cue, so a sentence of many such
    // cues stays linear.
    let sentence_start = a
        .doc
        .sentence_range(c)
        .start
        .max(a.range.start)
        .max(c.saturating_sub(MAX_REMARKS_TO_CUE_TOKENS));
    let noun = (sentence_start..c).rev().find(|&k| {
        a.is_word(k)
            && a.readings(k)
                .iter()
                .any(|r| REMARK_NOUNS.contains(&r.key.as_ref()))
    })?;
    a.ments_in(noun + 1, c)
        .iter()
        .find(|m| a.findings.entities[m.entity].kind == ActorKind::Person)
}

/// The actor "the latter" (الأخيرة at `j`, the subject of the cue at `c`)
/// refers to: the last one named before the cue that agrees with it.
fn latter(a: &Arabic, c: usize, j: usize) -> Option<EntityId> {
    let gender = if super::ends_in_ta_marbuta(a.doc.word(j)) {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    let from = a.range.start.max(c.saturating_sub(MAX_SUBJECT_LOOKBACK));
    a.ments_in(from, c)
        .iter()
        .rev()
        .find(|m| can_speak_as(a, m, gender))
        .map(|m| m.entity)
}

/// True when mention `m` names an actor that can be the subject of a verb
/// of `gender`: not an adjective, not a place (في أم درمان), not a
/// dateline's city (بيروت - حذرت دراسة ...) or agency, and agreeing.
fn can_speak_as(a: &Arabic, m: &Ment, gender: Gender) -> bool {
    m.form != MentionForm::Nisba
        && a.findings.entities[m.entity].kind != ActorKind::Place
        && !a.at_dateline(m.tokens.start, m.tokens.end)
        && !a.dateline_credit(m.tokens.start, m.tokens.end)
        && (agrees(a, m.entity, gender) || org_mention_agrees(a, m, gender))
}

/// The mention of someone named at token `from`, or after a title there
/// (عن وزير الخارجية سامح شكري), before `end`; not a body inside that
/// title (رئيس منظمة الطاقة الذرية محمد إسلامي).
fn named_from<'a>(a: &'a Arabic, from: usize, end: usize) -> Option<&'a Ment> {
    (from..(from + MAX_TITLE_TOKENS).min(end)).find_map(|k| {
        a.ment_starting(k).filter(|m| {
            m.form != MentionForm::Nisba
                && (k == from
                    || a.title_containing(k - 1).is_some()
                    // ... or named after it between commas (عن والي صفاقس،
                    // فاخر الفخفاخ، قوله).
                    || k > from + 1
                        && a.comma_at(k - 1)
                        && a.title_containing(k - 2).is_some_and(|r| r.start == from))
                && a.title_containing(k).is_none_or(|r| r.start == k)
        })
    })
}

/// Damma, which marks a verb written as a passive on its first letter.
const DAMMA: char = '\u{64F}';

/// True when the cue at `c` is written as a passive, a damma on its first
/// letter after و or ف (وذُكر أن، أُعلن أن): no one is its subject.
fn written_passive(a: &Arabic, c: usize) -> bool {
    let word = a.doc.word(c);
    let verb = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    verb.chars().nth(1) == Some(DAMMA)
}

/// يذكر أن ... ("it is worth noting that") opening a sentence: background
/// from the writer, not anyone's speech.
fn is_impersonal_formula(a: &Arabic, c: usize) -> bool {
    let key = a.bare(a.key(c));
    let sentence_start = a.doc.sentence_range(c).start;
    key == "يذكر"
        && (sentence_start..c).all(|i| !a.is_word(i))
        && a.is_word(c + 1)
        && a.tw(c + 1).complementiser().is_some()
}

/// Verbal nouns of naming or disclosing after عدم in a source's aside
/// (فضل عدم الكشف عن هويته، طلب عدم ذكر اسمه، عدم نشر اسمه), as keys.
const WITHHELD_NAMING: &[&str] = &[
    "الكشف",
    "كشف",
    "ذكر",
    "نشر",
    "الافصاح",
    "افصاح",
    "الاعلان",
    "الاشاره",
];

/// True when token `j` is عدم and a verbal noun of naming follows it: the
/// speaker asked not to be named.
fn withholds_name(a: &Arabic, j: usize) -> bool {
    a.is_word(j)
        && a.bare(a.key(j)) == "عدم"
        && a.is_word(j + 1)
        && WITHHELD_NAMING.contains(&a.bare(a.key(j + 1)))
}

/// Particles that negate the verb after them (not ما, also "what": وفق ما
/// نقلته ...).
const NEGATIONS: &[&str] = &["لم", "لن", "لا", "عدم"];

/// A cue verb after a negation (لم تكشف اسمه، لم يوضح الوزير ...) reports
/// nothing said; nor does a verbal noun after عدم (طلب عدم ذكر اسمه).
fn is_negated(a: &Arabic, c: usize) -> bool {
    c > a.range.start && a.is_word(c - 1) && NEGATIONS.contains(&a.bare(a.key(c - 1)))
}

/// Skips what may stand between a subject and a nominal complement: time
/// adverbials (الخميس), من جهته, commas, and the preposition of أعلن عن.
fn skip_adjuncts(a: &Arabic, from: usize) -> usize {
    let doc = a.doc;
    let mut j = from;
    while j < a.range.end {
        let t = &doc.tokens[j];
        if t.is_comma(doc.text) {
            j += 1;
        } else if let Some(close) = t.quote_mark().and_then(|_| a.labels.get(&j)) {
            // The subject's short name in quotes (الهيئة ... «سدايا»).
            j = close + 1;
        } else if let Some(m) = a.ment_starting(j + 1).filter(|m| {
            t.is_punct(doc.text, '(')
                && doc
                    .tokens
                    .get(m.tokens.end)
                    .is_some_and(|t| t.is_punct(doc.text, ')'))
        }) {
            // ... or in brackets (الهيئة ... (سدايا)).
            j = m.tokens.end + 1;
        } else if let Some(m) = a.ment_starting(j + 1).filter(|m| {
            ['-', '–', '—'].iter().any(|&d| t.is_punct(doc.text, d))
                && doc
                    .tokens
                    .get(m.tokens.end)
                    .is_some_and(|t| t.is_comma(doc.text))
        }) {
            // ... or its other name after a dash (القوات المسلحة الأردنية -
            // الجيش العربي، ...).
            j = m.tokens.end;
        } else if let Some(m) = a
            .ment_starting(j)
            .filter(|m| t.is_word() && a.key(j).starts_with('و') && m.form != MentionForm::Nisba)
        {
            // A subject coordinated with the first (أعلنت الحكومة السورية
            // وقوات سوريا الديمقراطية التوصل ...): no complement starts
            // with و.
            j = m.tokens.end;
        } else if t.is_word()
            && a.key(j) == "من"
            && a.is_word(j + 1)
            && a.bare(a.key(j + 1)).starts_with("جهت")
        {
            j += 2;
        } else if t.is_word()
            && ((a.tw(j).is_adverbial() && !a.tw(j).is_preposition()) || a.key(j) == "عن")
        {
            j += 1;
        } else if let Some(end) = place_after_fi(a, j) {
            // في غزة: where, not what.
            j = end;
        } else if let Some(end) = headquarters_aside(a, j).or_else(|| description_aside(a, j)) {
            j = end;
        } else if t.is_word()
            && a.key(j) == "في"
            && a.is_word(j + 1)
            && a.reading_infos(j + 1).iter().any(|r| r.is_statement())
        {
            // في بيان (لها): the channel, not the content.
            j += 2;
            if a.is_word(j) && STATEMENT_COMPLEMENTS.contains(&a.key(j)) {
                j += 1;
            }
        } else {
            break;
        }
    }
    j
}

/// The end of an aside at token `j` saying where the subject is based, up
/// to its closing comma (أعلن المرصد السوري لحقوق الإنسان، ومقره لندن،
/// مقتل ...): not the content.
fn headquarters_aside(a: &Arabic, j: usize) -> Option<usize> {
    if !a.is_word(j) || !HEADQUARTERS_WORDS.contains(&a.bare(a.key(j))) {
        return None;
    }
    let doc = a.doc;
    let close = (j + 1..(j + 1 + MAX_HEADQUARTERS_WORDS).min(a.range.end))
        .find(|&k| doc.tokens[k].is_comma(doc.text))?;
    Some(close + 1)
}

/// The end of an aside between commas at token `j` that describes the
/// subject or says when (أعلنت أرامكو، أكبر شركة نفط في العالم، تراجع
/// ...؛ أعلنت الجماعة، فجر الخميس، استهداف ...؛ أعلن المركز، التابع
/// لدائرة الثقافة، فوز ...): not the content.
fn description_aside(a: &Arabic, j: usize) -> Option<usize> {
    let doc = a.doc;
    if !a.is_word(j) || j == 0 || !doc.tokens[j - 1].is_comma(doc.text) {
        return None;
    }
    let key = a.key(j);
    if !ELATIVES.contains(&key) && !TIME_OF_DAY.contains(&key) && !AFFILIATIONS.contains(&key) {
        return None;
    }
    let end = (j + 1 + MAX_DESCRIPTION_ASIDE_WORDS).min(a.range.end);
    let close = (j + 1..end).find(|&k| {
        let t = &doc.tokens[k];
        t.is_comma(doc.text)
            || !t.is_word() && !matches!(t.kind, TokenKind::Number)
            || a.tw(k).cue().is_some()
            || a.tw(k).complementiser().is_some()
    })?;
    doc.tokens[close].is_comma(doc.text).then_some(close + 1)
}

/// The end of a place or country named after في at token `j` (في غزة).
fn place_after_fi(a: &Arabic, j: usize) -> Option<usize> {
    if !a.is_word(j) || a.key(j) != "في" {
        return None;
    }
    let m = a.ment_starting(j + 1)?;
    matches!(
        a.findings.entities[m.entity].kind,
        ActorKind::Place | ActorKind::Country
    )
    .then_some(m.tokens.end)
}

/// True when a mention at token `j` can be the subject of the cue at `c`:
/// right after the verb, after adverbials or a comma, or after the title
/// that introduces it. A mention after any other word is a complement or
/// sits in a prepositional phrase (قال في مؤتمر صحفي مع العبادي).
fn subject_position(a: &Arabic, c: usize, j: usize) -> bool {
    let prev = j - 1;
    if prev == c || a.title_containing(prev).is_some() {
        return true;
    }
    let t = &a.doc.tokens[prev];
    if !t.is_word() {
        return t.is_comma(a.doc.text) || t.kind == TokenKind::Number;
    }
    // A style of address before the name (وقال معالي محمد السويدي، وأكد
    // سعادة ...): no office, so the name is still the subject.
    if prev > c && HONORIFIC_STYLES.contains(&a.key(prev)) {
        return subject_position(a, c, prev);
    }
    // A nationality before the name (وأكد الإسباني تشابي ألونسو).
    if prev > c
        && a.is_definite_nationality(prev, j)
        && a.ment_starting(j)
            .is_some_and(|m| a.findings.entities[m.entity].kind == ActorKind::Person)
    {
        return subject_position(a, c, prev);
    }
    a.tw(prev).is_adverbial() && !a.tw(prev).is_preposition()
}

/// A cue right after a closing quote mark: “...”، قال لافروف.
fn cue_after(a: &Arabic, close: usize, statements: &[Statement]) -> Option<CueUse> {
    let doc = a.doc;
    let mut j = close + 1;
    // Words that point back at the quote (هكذا، بهذه الكلمات) do not count.
    let mut pointing = 0;
    while j < a.range.end && j <= close + MAX_CLOSE_TO_CUE + pointing {
        let t = &doc.tokens[j];
        if t.newline_before {
            return None;
        }
        if t.is_word() && pointing == 0 {
            let n = points_back(a, j);
            if n > 0 {
                pointing = n;
                j += n;
                continue;
            }
        }
        // «...». بهذه الكلمات رد ...: the full stop ends the quote only.
        if t.is_punct(doc.text, '.')
            && pointing == 0
            && a.is_word(j + 1)
            && points_back(a, j + 1) > 0
        {
            j += 1;
            continue;
        }
        if t.is_word() {
            let verb = a.tw(j).cue()?;
            // A participle has no subject of its own (“...”، داعيا الحكومة
            // إلى ...: الحكومة is its object): the speaker goes on.
            let subject = if verb.participle {
                Subject::Implicit
            } else {
                subject_of(a, j, statements).subject
            };
            return Some(CueUse {
                tokens: (j, j + 1),
                verb: Some(verb),
                subject,
            });
        }
        if !t.is_comma(doc.text) {
            return None;
        }
        j += 1;
    }
    None
}

/// Connectors after a comma that start the writer's contrasting clause.
const CONTRAST_CONNECTORS: &[&str] = &["فيما", "بينما", "وفيما", "وبينما"];
/// Demonstratives that refer back to a quote before them (بهذه الكلمات).
const BACK_DEMONSTRATIVES: &[&str] = &["بهذه", "بهذا", "بتلك", "بذلك"];
/// Words that refer back to a quote on their own (هكذا علق ...).
const BACK_ADVERBS: &[&str] = &["هكذا", "وهكذا"];

/// How many words at `j` point back at the quote just before them: هكذا
/// (1), بهذه (1) or بهذه الكلمات (2); 0 for anything else.
fn points_back(a: &Arabic, j: usize) -> usize {
    let key = a.key(j);
    if BACK_ADVERBS.contains(&key) {
        return 1;
    }
    if !BACK_DEMONSTRATIVES.contains(&key) {
        return 0;
    }
    // The noun after the demonstrative (الكلمات، العبارة) belongs to it.
    if a.is_word(j + 1) && a.key(j + 1).starts_with("ال") && a.tw(j + 1).cue().is_none() {
        2
    } else {
        1
    }
}

/// An attribution phrase at `c` (وفقا لـ X، بحسب X، نقلا عن X) with its
/// source and the reported clause it qualifies.
fn attribution_phrase(
    a: &Arabic,
    c: usize,
    statements: &[Statement],
) -> Option<(CueUse, Option<Range<usize>>)> {
    let doc = a.doc;
    // Most words start no phrase.
    if !a.is_word(c) || !(a.tw(c).is_attribution_head() || a.btw(c).is_attribution_head()) {
        return None;
    }
    // The first word as written and with و / ف peeled, made once (this
    // runs for every word).
    let (first, first_bare) = (a.key(c), a.bare(a.key(c)));
    let phrase = a.w.attribution_phrases().iter().filter(|p| {
        p.iter().enumerate().all(|(n, w)| {
            if n == 0 {
                return first == w || first_bare == w;
            }
            let i = c + n;
            a.is_word(i) && a.key(i) == w
        })
    });
    let len = phrase.map(|p| p.len()).max()?;
    let mut j = c + len;
    // بحسب ما أفاد X، حسبما أعلنت X: the verb stands before the source.
    let ma = matches!(a.key(j - 1), "ما" | "لما" | "حسبما");
    let mut relay = false;
    if ma && a.is_word(j) {
        if let Some(verb) = a.tw(j).cue() {
            relay = verb.class == CueClass::Relay;
            j += 1;
        }
    }
    let cue_end = j;
    // لـ written apart.
    if a.is_word(j) && a.key(j) == "ل" {
        j += 1;
    }
    let sentence = doc.sentence_range(c);
    let sentence_end = sentence.end.min(a.range.end);
    // A statement noun first (وفقا لبيان للبحرية): its issuer speaks.
    let mut statement_span = None;
    if a.is_word(j) && a.reading_infos(j).iter().any(|r| r.is_statement()) {
        statement_span = Some(a.span(j..j + 1, 0));
        j += 1;
        // ... and one issued by a body (وفقا لبيان صادر عن الجيش): the body.
        if a.is_word(j + 1) && matches!(a.key(j), "صادر" | "الصادر") && a.key(j + 1) == "عن"
        {
            j += 2;
        }
    }
    // A title before the name (وفق رئيس المفوضية الأوروبية جان كلود يونكر):
    // the name is the source.
    let named_at = a
        .title_containing(j)
        .filter(|r| r.start == j)
        .map_or(j, |r| r.end);
    // The first mention (not a nisba) at `j`, else at `named_at`: the
    // mentions are in text order, so those two places are looked up
    // rather than all mentions scanned (quadratic in long texts).
    let first_at = |t: usize| {
        a.ments_in(t, t + 1)
            .iter()
            .find(|m| m.form != MentionForm::Nisba)
    };
    let source = first_at(j).or_else(|| (named_at != j).then(|| first_at(named_at)).flatten());
    let mut subject = match (source, statement_span) {
        (Some(m), _) => Subject::Actor(m.entity, a.span(m.tokens.clone(), 0)),
        (None, Some(span)) => match statement_at(statements, j - 1) {
            Some(st) => Subject::Statement(st, span),
            None => Subject::Anonymous,
        },
        (None, None) => {
            // An unnamed source (بحسب مصادر مطلعة) or a bare title (بحسب
            // مسؤول في الوزارة): someone speaks, but no one named.
            if a.is_word(j)
                && (a.is_anonymous_source(j) || a.title_containing(j).is_some_and(|r| r.start == j))
            {
                Subject::Anonymous
            } else {
                return None;
            }
        }
    };
    let mut source_end = source.map(|m| m.tokens.end).unwrap_or(j + 1);
    let mut unnamed = source.is_none();
    // وفق ما نقلته صحيفة هآرتس عن مصدر سياسي: the one it relays speaks.
    if relay && a.is_word(source_end) && a.key(source_end) == "عن" {
        let k = source_end + 1;
        if let Some(m) = a.ment_starting(k).filter(|m| m.form != MentionForm::Nisba) {
            subject = Subject::Actor(m.entity, a.span(m.tokens.clone(), 0));
            source_end = m.tokens.end;
        } else if a.is_word(k)
            && (a.is_anonymous_source(k) || a.title_containing(k).is_some_and(|r| r.start == k))
        {
            subject = Subject::Anonymous;
            source_end = k;
            unnamed = true;
        }
    }
    let cue = CueUse {
        tokens: (c, cue_end),
        verb: None,
        subject,
    };
    // The clause an attribution phrase looks back on is bounded, so a
    // sentence of thousands of phrases costs linear time and output (each
    // quote would otherwise run from the sentence start).
    let clause_start = sentence
        .start
        .max(c.saturating_sub(MAX_ATTRIBUTED_CLAUSE_TOKENS));
    // Another cue earlier in the sentence governs: the phrase only names a channel.
    if (clause_start..c).any(|i| a.is_word(i) && a.tw(i).cue().is_some()) {
        return Some((cue, None));
    }
    let at_start = (clause_start..c).all(|i| !a.is_word(i) || a.tw(i).is_stop());
    if at_start {
        // وبحسب X، فإن ...
        let mut s = source_end;
        // X's acronym in brackets (وفقا لبيانات الجهاز المركزي للتعبئة
        // العامة والإحصاء (كابماس)، ...) belongs to the source.
        if doc.tokens.get(s).is_some_and(|t| t.is_punct(doc.text, '(')) {
            if let Some(close) = (s + 1..(s + 2 + MAX_BRACKETED_SOURCE_WORDS).min(sentence_end))
                .find(|&k| doc.tokens[k].is_punct(doc.text, ')'))
            {
                s = close + 1;
            }
        }
        // An unnamed source runs on to its comma (بحسب وسائل إعلام محلية، ...),
        // and so does a named one qualified before its comma and فإن
        // (وبحسب وزارة الصحة في غزة، فإن ...).
        if let Some(k) = (s..(s + MAX_UNNAMED_SOURCE_WORDS).min(sentence_end)).find(|&k| {
            doc.tokens[k].is_comma(doc.text) || (a.is_word(k) && a.tw(k).complementiser().is_some())
        }) {
            let before_that = doc.tokens[k].is_comma(doc.text)
                && a.is_word(k + 1)
                && a.tw(k + 1).complementiser().is_some();
            if unnamed || before_that {
                s = k;
            }
        }
        while s < sentence_end && !a.is_word(s) {
            s += 1;
        }
        if a.is_word(s) && a.tw(s).complementiser().is_some() {
            s += 1;
        }
        let end = clause_end(a, s);
        return Some((cue, (end > s + 1).then_some(s..end)));
    }
    // X، وفقا لـ Y.
    let mut end = c;
    while end > clause_start && matches!(doc.tokens[end - 1].kind, TokenKind::Punct) {
        end -= 1;
    }
    let start = a.after_dateline(clause_start);
    Some((cue, (end > start + 1).then_some(start..end)))
}

/// Attributes the candidates in text order.
fn attribute(a: &mut Arabic, mut cands: Vec<Candidate>, statements: &[Statement]) {
    crate::sort::sort_by_key(&mut cands, |c| (c.tokens.start, c.tokens.end));
    let mut last: Option<(EntityId, u32)> = None;
    // The speaker of the latest cue and its sentence: a participle in the
    // same sentence (قال ... إن ...، مشددا على ...) continues it.
    // An unnamed source's sentence is recorded with no speaker: what
    // continues it (…، مضيفا، لكنه أكد) is unnamed too.
    let mut last_in: Option<(Option<EntityId>, usize)> = None;
    let mut last_statement: Option<usize> = None;
    let mut reported_speakers: HashMap<usize, Option<EntityId>> = HashMap::default();
    // Partial quotes take the speaker of the reported speech they sit in,
    // which may come later in the order: resolve reported speech first.
    let order: Vec<usize> = (0..cands.len()).collect();
    let mut results: Vec<QuoteFinding> = Vec::new();
    for &n in &order {
        let cand = cands[n].clone();
        // A headline's quote repeats the body's, and no one marks
        // headlines (see `Arabic::body_start`): only the body's count.
        if a.body_start != usize::MAX && a.doc.tokens[cand.tokens.start].span.start < a.body_start {
            continue;
        }
        let para = a.doc.paragraph_of[cand.tokens.start];
        let (speaker, speaker_span) = match (cand.inside, cand.cue) {
            (Some(_), None) => {
                // The reported speech around it starts earlier, so it was
                // attributed already.
                let host = cand
                    .inside
                    .and_then(|start| reported_speakers.get(&start).copied());
                (host.flatten(), None)
            }
            (_, Some(cue)) => resolve(a, &cue, last, last_in, last_statement, statements),
            (None, None) => match last {
                Some((id, p)) if para >= p && para - p <= MAX_CARRY_PARAGRAPHS => (Some(id), None),
                _ => (None, None),
            },
        };
        if let Some(cue) = cand.cue {
            if let Subject::Statement(st, _) = cue.subject {
                last_statement = Some(st);
            } else if speaker.is_some() {
                last_statement = None;
            }
        }
        if cand.kind == QuoteKind::Indirect {
            reported_speakers.insert(cand.tokens.start, speaker);
        }
        if let Some(s) = speaker {
            last = Some((s, para));
            let at = cand.cue.map_or(cand.tokens.start, |c| c.tokens.0);
            last_in = Some((Some(s), a.doc.sentence_of[at] as usize));
        } else if let Some(cue) = cand
            .cue
            .filter(|c| c.subject == Subject::Anonymous && !definite_title_at(a, c.tokens.1))
        {
            last_in = Some((None, a.doc.sentence_of[cue.tokens.0] as usize));
        }
        let cue_span = cand.cue.map(|c| a.span(c.tokens.0..c.tokens.1, 0));
        results.push(QuoteFinding {
            span: a.span(cand.tokens.clone(), 0),
            kind: cand.kind,
            cue: cue_span,
            speaker,
            speaker_span: speaker_span.or(cue_span),
        });
        cands[n] = cand;
    }
    a.findings.quotes.extend(results);
}

/// The gender a statement's issuer must have to agree with a verb.
fn pick_issuer(a: &Arabic, issuers: &[EntityId], gender: Gender) -> Option<EntityId> {
    let fits = |id: &EntityId| {
        let e = &a.findings.entities[*id];
        match gender {
            Gender::Masculine => e.kind == ActorKind::Person,
            Gender::Feminine => e.kind != ActorKind::Person || e.gender == Gender::Feminine,
            _ => true,
        }
    };
    issuers
        .iter()
        .copied()
        .find(fits)
        .or(issuers.first().copied())
}

/// True when an entity can be the subject of a verb of `gender`.
fn agrees(a: &Arabic, id: EntityId, gender: Gender) -> bool {
    let e = &a.findings.entities[id];
    match gender {
        Gender::Masculine => {
            e.gender != Gender::Feminine && e.kind != ActorKind::Country
                || e.gender == Gender::Masculine
        }
        Gender::Feminine => e.gender != Gender::Masculine || e.kind == ActorKind::Country,
        _ => true,
    }
}

/// True when an organisation's mention starts with a head word of
/// `gender` (حزب جبهة التحرير الوطني ... معتبرا: the party, masculine,
/// though the front is feminine).
fn org_mention_agrees(a: &Arabic, m: &Ment, gender: Gender) -> bool {
    let head = m.tokens.start;
    let word = a.doc.word(head);
    let feminine = super::ends_in_ta_marbuta(word);
    match a.findings.entities[m.entity].kind {
        ActorKind::Organization if a.tw(head).is_org_head() || a.btw(head).is_org_head() => {}
        // قوات الدعم السريع قالت: a group named here by a feminine head
        // agrees with a feminine verb, though its short name (الدعم
        // السريع) is masculine.
        ActorKind::Group => {
            return gender == Gender::Feminine && (feminine || word.ends_with("ات"))
        }
        _ => return false,
    }
    match gender {
        Gender::Masculine => !feminine,
        Gender::Feminine => feminine,
        _ => true,
    }
}

/// The first mention before token `before` in its sentence that can be a
/// subject (not oblique, not an adjective), agreeing with `gender`.
fn subject_before(
    a: &Arabic,
    sentence: Range<usize>,
    before: usize,
    gender: Gender,
    nearest: bool,
    person_only: bool,
) -> Option<(EntityId, Span)> {
    let fits = |m: &&Ment| {
        m.tokens.end <= before
            && !m.oblique
            && !(m.form != MentionForm::Title
                && a.title_containing(m.tokens.start)
                    .is_some_and(|r| r.start < m.tokens.start))
            && (!person_only || a.findings.entities[m.entity].kind == ActorKind::Person)
            && a.quote_containing(m.tokens.start)
                .is_none_or(|q| q.start >= m.tokens.start)
            && can_speak_as(a, m, gender)
    };
    // Bounded look-back: a pathological one-sentence text stays linear.
    let from = sentence
        .start
        .max(before.saturating_sub(MAX_SUBJECT_LOOKBACK));
    let window = a.ments_in(from, before);
    let found = if nearest {
        window.iter().rev().find(fits)
    } else {
        window.iter().find(fits)
    };
    found.map(|m| (m.entity, a.span(m.tokens.clone(), 0)))
}

/// True when an unnamed subject stands right before the cue at `c`, in
/// the accusative after لكن or إن (لكن مسؤولا إسرائيليا قال، إن مصدرا
/// أمنيا أكد): an indefinite title or source word with the alif of its
/// ending, and at most one adjective after it.
fn unnamed_subject_before(a: &Arabic, c: usize) -> bool {
    let accusative_title = |k: usize| {
        a.is_word(k)
            && a.key(k).strip_suffix('ا').is_some_and(|stem| {
                !stem.starts_with("ال") && {
                    let w = a.w.about(stem);
                    w.title().is_some() || w.is_anonymous()
                }
            })
    };
    let particle =
        |k: usize| a.is_word(k) && matches!(a.key(k), "لكن" | "ولكن" | "ان" | "وان" | "لان");
    (1..=2).any(|back| {
        c > a.range.start + back && accusative_title(c - back) && particle(c - back - 1)
    })
}

/// True for a definite title at `j` (وأضافت الكاتبة): a holder the text
/// may have named before, though no one was found, unlike an unnamed
/// source (مسؤول في الحزب، مصادر).
fn definite_title_at(a: &Arabic, j: usize) -> bool {
    j < a.range.end && a.is_word(j) && a.key(j).starts_with("ال") && a.title_gender(j).is_some()
}

/// "But he/she/they" (normalised keys): a particle with the subject's
/// pronoun, right before a cue (لكنه قال).
const PRONOUN_PARTICLES: &[&str] = &["لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"];
/// أن with the subject's pronoun (normalised keys), after غير / إلا / بيد
/// ("except that he": غير أنه أكد).
const PRONOUN_ANNA: &[&str] = &["انه", "انها", "انهم"];
/// The words before such an أن (normalised keys).
const EXCEPT_WORDS: &[&str] = &["غير", "الا", "بيد"];

/// True when the cue at `c` has its subject as a pronoun on the particle
/// right before it (لكنه اعتبر، غير أنهم أشاروا): the one who spoke just
/// before in the sentence, never a name after the verb.
fn pronoun_particle_before(a: &Arabic, c: usize) -> bool {
    let Some(p) = c
        .checked_sub(1)
        .filter(|&p| p >= a.range.start && a.is_word(p))
    else {
        return false;
    };
    PRONOUN_PARTICLES.contains(&a.key(p))
        || PRONOUN_ANNA.contains(&a.key(p))
            && p > a.range.start
            && a.is_word(p - 1)
            && EXCEPT_WORDS.contains(&a.key(p - 1))
}

/// The subject of the sentences before `sentence` (nearest first), agreeing with `gender`.
fn previous_subject(a: &Arabic, sentence_index: usize, gender: Gender) -> Option<(EntityId, Span)> {
    let first_sentence = a.doc.sentence_of[a.range.start] as usize;
    let mut k = sentence_index;
    let mut steps = 0;
    while k > first_sentence && steps < 3 {
        k -= 1;
        steps += 1;
        let r = a.doc.sentences[k].clone();
        if let Some(s) = subject_before(a, r.clone(), r.end, gender, false, false) {
            return Some(s);
        }
    }
    None
}

/// Resolves a cue's speaker.
fn resolve(
    a: &mut Arabic,
    cue: &CueUse,
    last: Option<(EntityId, u32)>,
    last_in: Option<(Option<EntityId>, usize)>,
    last_statement: Option<usize>,
    statements: &[Statement],
) -> (Option<EntityId>, Option<Span>) {
    let gender = cue.verb.map(|v| v.gender).unwrap_or(Gender::Unknown);
    match cue.subject {
        Subject::Actor(id, span) => (Some(id), Some(span)),
        Subject::Statement(st, span) => {
            (pick_issuer(a, &statements[st].issuers, gender), Some(span))
        }
        Subject::Medium(st, span) => {
            let implicit = CueUse {
                subject: Subject::Implicit,
                ..*cue
            };
            // A person speaks through a body's statement; a body's own
            // statement is the body's.
            let (found, found_span) =
                resolve(a, &implicit, last, last_in, last_statement, statements);
            let person = found.is_some_and(|id| a.findings.entities[id].kind == ActorKind::Person);
            match pick_issuer(a, &statements[st].issuers, gender) {
                Some(issuer) if !person => (Some(issuer), Some(span)),
                _ => (found, found_span),
            }
        }
        Subject::Anonymous => (None, None),
        Subject::Implicit if unnamed_subject_before(a, cue.tokens.0) => (None, None),
        Subject::Implicit => {
            let c = cue.tokens.0;
            let sentence_index = a.doc.sentence_of[c] as usize;
            let sentence = a.doc.sentences[sentence_index].clone();
            let verb = cue.verb;
            let participle = verb.is_some_and(|v| v.participle);
            let continues = verb.is_some_and(|v| v.class == CueClass::Continue);
            let from_last = || -> Option<(EntityId, Span)> {
                if let Some(st) = last_statement {
                    return pick_issuer(a, &statements[st].issuers, gender)
                        .map(|id| (id, Span::default()));
                }
                let (id, _) = last?;
                agrees(a, id, gender).then_some((id, Span::default()))
            };
            let same_sentence = last_in
                .filter(|&(_, s)| s == sentence_index)
                .map(|(id, _)| id.map(|id| (id, Span::default())));
            let pronoun = pronoun_particle_before(a, c);
            let found = if let (true, Some(found)) = (participle || pronoun, same_sentence) {
                found
            } else if pronoun {
                from_last().or_else(|| previous_subject(a, sentence_index, gender))
            } else if participle {
                let person_first = gender != Gender::Plural;
                (if person_first {
                    subject_before(a, sentence.clone(), c, gender, true, true)
                } else {
                    None
                })
                .or_else(|| subject_before(a, sentence.clone(), c, gender, false, false))
                .or_else(from_last)
            } else if continues {
                from_last()
                    .or_else(|| subject_before(a, sentence.clone(), c, gender, true, false))
                    .or_else(|| previous_subject(a, sentence_index, gender))
            } else {
                // "، وقالت" coordinated with the sentence's first verb shares
                // its subject (اتهمت قوات الدعم السريع الجيش ...، وقالت ...),
                // not the nearest actor.
                let coordinated = c > sentence.start
                    && a.key(c).starts_with('و')
                    && a.doc.tokens[c - 1].is_comma(a.doc.text);
                subject_before(a, sentence.clone(), c, gender, !coordinated, false)
                    .or_else(|| previous_subject(a, sentence_index, gender))
                    .or_else(from_last)
            };
            match found {
                Some((id, span)) => (Some(id), (!span.is_empty()).then_some(span)),
                None => (None, None),
            }
        }
    }
}
