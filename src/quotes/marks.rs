//! Pairing quotation marks into quoted segments.
//!
//! Marks are paired by family (double `“ ” „ " « »` and single `‘ ’ ' ‹ ›`),
//! with the position of a mark (space before or after it) deciding whether
//! it opens or closes where the glyph does not (straight marks, and Arabic
//! texts that swap “ and ”). A quote left open at the end of a paragraph
//! continues into the next paragraph when that paragraph opens with a mark
//! of the same family (the newspaper convention); otherwise it ends with its
//! sentence. Work is linear in the number of tokens; nothing fails.

use crate::text::document::Document;
use crate::text::token::{QuoteMark, Token};

/// Longest run of tokens a quote may span before it is treated as unclosed,
/// so one stray mark cannot swallow a whole book.
pub const MAX_QUOTE_TOKENS: usize = 2_000;

/// Deepest nesting followed; deeper openers are ignored, so that a text of
/// nothing but opening marks costs linear time.
pub const MAX_DEPTH: usize = 8;

/// A quoted segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// Index of the opening mark token.
    pub open: usize,
    /// Index of the closing mark token, or `None` when the quote was not
    /// closed (it then ends at `end`).
    pub close: Option<usize>,
    /// One past the last token inside the quote.
    pub end: usize,
    /// Nesting depth: 0 for outermost quotes.
    pub depth: usize,
}

impl Quoted {
    /// Index of the first token inside the marks.
    pub fn first(&self) -> usize {
        self.open + 1
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

fn is_double(m: QuoteMark) -> bool {
    !m.is_single()
}

/// Decides whether a mark opens or closes from its glyph and its neighbours.
fn role(doc: &Document, i: usize, mark: QuoteMark) -> Role {
    let t = &doc.tokens[i];
    let next: Option<&Token> = doc.tokens.get(i + 1);
    let space_before =
        t.space_before || i == 0 || doc.tokens[i - 1].span.end < t.span.start && t.newline_before;
    let glued_after = next.is_some_and(|n| !n.space_before);
    let glued_before = !space_before;
    let by_position = match (glued_before, glued_after) {
        (false, true) => Some(Role::Open),
        (true, false) => Some(Role::Close),
        _ => None,
    };
    let by_glyph = match mark {
        QuoteMark::DoubleLeft
        | QuoteMark::DoubleLow
        | QuoteMark::GuillemetLeft
        | QuoteMark::SingleGuillemetLeft => Role::Open,
        QuoteMark::DoubleRight | QuoteMark::GuillemetRight | QuoteMark::SingleGuillemetRight => {
            Role::Close
        }
        QuoteMark::SingleLeft => Role::Open,
        QuoteMark::SingleRight => Role::Close,
        QuoteMark::DoubleStraight | QuoteMark::SingleStraight => Role::Either,
    };
    // A closing mark glued after punctuation ("no.”) closes; an opening
    // mark glued before a word opens. Position wins over the glyph, since
    // Arabic texts often swap “ and ”.
    match (by_position, by_glyph) {
        (Some(Role::Close), _) if glued_before && doc.tokens[i - 1].quote_mark().is_some() => {
            by_glyph
        }
        (Some(p), _) => p,
        (None, g) => g,
    }
}

/// Finds the quoted segments of the token range `tokens` (whole paragraphs).
pub fn find(doc: &Document, tokens: std::ops::Range<usize>) -> Vec<Quoted> {
    let mut out = Vec::new();
    // For each token, whether a single mark that can close comes later in
    // its paragraph (one backward pass, so a single mark is judged in O(1)).
    let mut single_closer_after = vec![false; tokens.len() + 1];
    let mut seen = false;
    for i in (tokens.start..tokens.end).rev() {
        single_closer_after[i - tokens.start] = seen;
        let t = &doc.tokens[i];
        if t.quote_mark()
            .is_some_and(|m| m.is_single() && role(doc, i, m) != Role::Open)
        {
            seen = true;
        }
        if t.newline_before {
            seen = false;
        }
    }
    // Open marks: (token index, family is double, depth).
    let mut stack: Vec<(usize, bool)> = Vec::new();
    // (paragraph, its last straight double mark), cached per paragraph.
    let mut last_straight: (Option<u32>, Option<usize>) = (None, None);
    let mut i = tokens.start;
    while i < tokens.end {
        let t = &doc.tokens[i];
        // At a paragraph start, close what is still open unless this
        // paragraph continues the quote.
        if t.newline_before && !stack.is_empty() {
            let continues = t.quote_mark().is_some_and(|m| {
                stack.first().is_some_and(|&(_, d)| d == is_double(m))
                    && role(doc, i, m) != Role::Close
            });
            if continues {
                // The new paragraph's opening mark is absorbed into the quote.
                i += 1;
                continue;
            }
            // Nor when the paragraph's first mark of the family closes
            // («... قريبا.\nونطلب ... السلطات».): the writer broke the line
            // inside the quote.
            let family = stack.first().map(|&(_, d)| d);
            let closed_here = doc.tokens[i..tokens.end]
                .iter()
                .enumerate()
                .take_while(|&(n, t)| n == 0 || !t.newline_before)
                .find_map(|(n, t)| {
                    t.quote_mark()
                        .filter(|&m| Some(is_double(m)) == family)
                        .map(|m| role(doc, i + n, m))
                })
                == Some(Role::Close);
            if !closed_here {
                flush(doc, &mut stack, &mut out, i);
            }
        }
        if let Some(mark) = t
            .quote_mark()
            .filter(|m| !(m.is_single() && elision(doc, i)))
        {
            let double = is_double(mark);
            let r = role(doc, i, mark);
            let open_same = stack.iter().rposition(|&(_, d)| d == double);
            match (r, open_same) {
                (Role::Close, Some(k)) | (Role::Either, Some(k)) => {
                    // Close the innermost open quote of this family; inner
                    // quotes of the other family left open end here too.
                    let (open, _) = stack[k];
                    for (inner, _) in stack.drain(k + 1..) {
                        out.push(Quoted {
                            open: inner,
                            close: None,
                            end: i,
                            depth: k + 1,
                        });
                    }
                    stack.pop();
                    out.push(Quoted {
                        open,
                        close: Some(i),
                        end: i,
                        depth: k,
                    });
                }
                (Role::Open, _) | (Role::Either, None) => {
                    if mark.is_single()
                        && stack.is_empty()
                        && !single_closer_after[i - tokens.start]
                    {
                        // A lone single mark outside quotes is an apostrophe.
                    } else if stack.len() < MAX_DEPTH {
                        stack.push((i, double));
                    }
                }
                (Role::Close, None) => {
                    // A straight mark glued to the word before it with
                    // nothing open ("communities," For example ...") is a
                    // misplaced opener: typists put the space on the wrong side.
                    let para = doc.paragraph_of[i];
                    if last_straight.0 != Some(para) {
                        last_straight = (Some(para), last_straight_mark(doc, i));
                    }
                    if mark == QuoteMark::DoubleStraight && last_straight.1.is_some_and(|l| l > i) {
                        stack.push((i, double));
                    }
                }
            }
        }
        if let Some(&(open, _)) = stack.first() {
            if i - open > MAX_QUOTE_TOKENS {
                flush(doc, &mut stack, &mut out, i);
            }
        }
        i += 1;
    }
    flush(doc, &mut stack, &mut out, tokens.end);
    crate::sort::sort_by_key(&mut out, |q| (q.open, q.depth));
    out
}

/// True when a single mark at `i` is an apostrophe of elision: before
/// digits ('90s) or around one letter (rock 'n' roll).
fn elision(doc: &Document, i: usize) -> bool {
    let glued = |k: usize| doc.tokens.get(k).is_some_and(|t| !t.space_before);
    let one_letter = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.span.len() == 1)
    };
    let single = |k: usize| {
        doc.tokens
            .get(k)
            .and_then(|t| t.quote_mark())
            .is_some_and(|m| m.is_single())
    };
    let digits_after = glued(i + 1) && doc.word(i + 1).starts_with(|c: char| c.is_ascii_digit());
    let opens_letter = glued(i + 1) && one_letter(i + 1) && glued(i + 2) && single(i + 2);
    let closes_letter = i >= 2 && glued(i) && one_letter(i - 1) && glued(i - 1) && single(i - 2);
    digits_after || opens_letter || closes_letter
}

/// The last straight double mark of the paragraph of token `i` (computed
/// once per paragraph, so a mark that looks like a closer can open a quote
/// when another mark follows it).
fn last_straight_mark(doc: &Document, i: usize) -> Option<usize> {
    doc.paragraph_range(i)
        .rev()
        .find(|&j| doc.tokens[j].quote_mark() == Some(QuoteMark::DoubleStraight))
}

/// Ends every open quote: an unclosed quote runs to the end of the sentence
/// it opened in (or to `limit`, whichever is first).
fn flush(doc: &Document, stack: &mut Vec<(usize, bool)>, out: &mut Vec<Quoted>, limit: usize) {
    for (depth, (open, _)) in stack.drain(..).enumerate() {
        let sentence_end = doc.sentence_range(open).end;
        let end = sentence_end.min(limit).max(open + 1);
        // Skip a lone mark at the very end of a sentence.
        if end > open + 1 {
            out.push(Quoted {
                open,
                close: None,
                end,
                depth,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc, 0..doc.tokens.len())
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| {
                let s = doc.tokens[q.first().min(q.end)].span.start;
                let e = if q.end > q.first() {
                    doc.tokens[q.end - 1].span.end
                } else {
                    s
                };
                text[s..e.max(s)].to_string()
            })
            .collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    #[test]
    fn pairs() {
        let cases = [
            Case {
                name: "curly",
                text: "He said “we go now” and left.",
                want: &["we go now"],
            },
            Case {
                name: "straight",
                text: "He said \"we go\" and \"stay\".",
                want: &["we go", "stay"],
            },
            Case {
                name: "guillemets",
                text: "قال «لن نتراجع» أمس",
                want: &["لن نتراجع"],
            },
            Case {
                name: "arabic swapped",
                text: "قال ”لن نتراجع“ أمس",
                want: &["لن نتراجع"],
            },
            Case {
                name: "german",
                text: "Er sagte „wir gehen“ heute",
                want: &["wir gehen"],
            },
            Case {
                name: "apostrophes are not quotes",
                text: "Russia's and the '90s rock",
                want: &[],
            },
            Case {
                name: "single quotes",
                text: "He said 'we go' now",
                want: &["we go"],
            },
            Case {
                name: "nested",
                text: "He said “they called it ‘war’ today” then",
                want: &["they called it ‘war’ today"],
            },
            Case {
                name: "unclosed ends at sentence",
                text: "He said “we go now. Then more",
                want: &["we go now."],
            },
            Case {
                name: "stray closer ignored",
                text: "we go” now",
                want: &[],
            },
            Case {
                name: "across paragraphs",
                text: "He said “one.\n“Two,” he added.",
                want: &["one.\n“Two,"],
            },
            Case {
                name: "unclosed paragraph",
                text: "He said “one.\nNext para.",
                want: &["one."],
            },
            Case {
                name: "a line break inside a quote: the next paragraph's first mark of the family closes it",
                text: "وأضاف: «نطمئن المواطنين.\nونطلب التعاون». ثم غادر.\nNext “two” para.",
                want: &["نطمئن المواطنين.\nونطلب التعاون", "two"],
            },
            Case {
                name: "straight opener glued to the word before",
                text: "He said kits would be ready,\" For example, schools can run it\". Then",
                want: &["For example, schools can run it"],
            },
            Case {
                name: "elisions are not quotes",
                text: "Their '90s rock 'n' roll hits, 'he said' it.",
                want: &["he said"],
            },
            Case {
                name: "stray straight closer without a later mark",
                text: "we go\" now",
                want: &[],
            },
            Case {
                name: "only marks",
                text: "\"\"\"\"\"",
                want: &["", ""],
            },
        ];
        for case in cases {
            assert_eq!(quotes(case.text), case.want, "{}", case.name);
        }
    }
}
