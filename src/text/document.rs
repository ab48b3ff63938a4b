//! A tokenised text split into paragraphs and sentences.

#[cfg(test)]
use super::token::tokenize;
use super::token::{tokenize_in, Token, TokenKind};
use crate::hash::FxTable as FxHashMap;
use std::ops::Range;

/// English abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "cmdr", "adm", "sgt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "hon", "pres", "gov", "atty", "supt",
    "det", "insp", "messrs", "mt", "ft", "fig", "approx",
];

/// Tokens of a news sentence, roughly: room for the sentence and paragraph
/// lists is made for this many, so they seldom grow.
const TOKENS_PER_SENTENCE: usize = 16;

/// Most words a headline has. Headlines run to about 15 words; a longer
/// first line without a full stop is a lead that lost its stop.
const MAX_HEADLINE_WORDS: usize = 24;

/// A text with its tokens, sentences and paragraphs.
#[derive(Debug)]
pub struct Document<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// All tokens in order.
    pub tokens: Vec<Token<'t>>,
    /// Token index ranges of sentences, in order, covering all tokens.
    pub sentences: Vec<Range<usize>>,
    /// Token index ranges of paragraphs (lines), in order, covering all tokens.
    pub paragraphs: Vec<Range<usize>>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
    /// For each token, the index of its paragraph.
    pub paragraph_of: Vec<u32>,
}

impl<'t> Document<'t> {
    /// Where the body starts: after the first line when the run starts the
    /// document, the document has more lines, and that line is one short
    /// sentence without a final full stop (a headline). A stop before a
    /// closing quote mark counts: a lead often ends inside a quotation
    /// (`said talks had "failed."`, «... طريق مسدود.»).
    pub fn headline_end(&self, range: &Range<usize>) -> usize {
        if range.start != 0 || self.paragraphs.len() < 2 {
            return range.start;
        }
        let first = &self.paragraphs[0];
        let last = first.end - 1;
        let stop = self.tokens[first.clone()]
            .iter()
            .rev()
            .find(|t| t.quote_mark().is_none());
        let ends_with_stop = stop.is_some_and(|t| t.is_punct(self.text, '.'));
        let one_sentence = self.sentence_of[first.start] == self.sentence_of[last];
        let short = self.tokens[first.clone()]
            .iter()
            .filter(|t| t.is_word())
            .count()
            <= MAX_HEADLINE_WORDS;
        if !ends_with_stop && one_sentence && short && first.end <= range.end {
            first.end
        } else {
            range.start
        }
    }

    /// Tokenises and segments `text`.
    #[cfg(test)]
    pub fn new(text: &'t str) -> Document<'t> {
        Document::segment(text, tokenize(text))
    }

    /// [`Document::new`] with the normalised keys in `keys` (see
    /// [`tokenize_in`]), a buffer that lives as long as the text.
    pub fn new_in(text: &'t str, keys: &'t mut String) -> Document<'t> {
        Document::segment(text, tokenize_in(text, keys))
    }

    /// Splits the tokens of `text` into paragraphs and sentences.
    fn segment(text: &'t str, tokens: Vec<Token<'t>>) -> Document<'t> {
        let mut paragraphs = Vec::with_capacity(tokens.len() / TOKENS_PER_SENTENCE + 1);
        let mut start = 0;
        for (i, t) in tokens.iter().enumerate() {
            if t.newline_before && i > start {
                paragraphs.push(start..i);
                start = i;
            }
        }
        if start < tokens.len() {
            paragraphs.push(start..tokens.len());
        }
        let mut sentences = Vec::with_capacity(tokens.len() / TOKENS_PER_SENTENCE + 1);
        for p in &paragraphs {
            let mut s = p.start;
            let mut i = p.start;
            while i < p.end {
                if ends_sentence(text, &tokens, i) {
                    // Closing marks and brackets right after the stop belong to the sentence.
                    let mut e = i + 1;
                    while e < p.end && !tokens[e].space_before && is_closer(text, &tokens[e]) {
                        e += 1;
                    }
                    if e < p.end {
                        sentences.push(s..e);
                        s = e;
                    }
                    i = e;
                } else {
                    i += 1;
                }
            }
            if s < p.end {
                sentences.push(s..p.end);
            }
        }
        let mut sentence_of = vec![0u32; tokens.len()];
        for (k, s) in sentences.iter().enumerate() {
            for x in &mut sentence_of[s.clone()] {
                *x = k as u32;
            }
        }
        let mut paragraph_of = vec![0u32; tokens.len()];
        for (k, p) in paragraphs.iter().enumerate() {
            for x in &mut paragraph_of[p.clone()] {
                *x = k as u32;
            }
        }
        Document {
            text,
            tokens,
            sentences,
            paragraphs,
            sentence_of,
            paragraph_of,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].span.slice(self.text)
    }

    /// Each token's word type in `range`: the position (from the range's
    /// start) of the first token of the range with the same text. A
    /// token's kind and key are functions of its text, and what the word
    /// lists, the lexicon and the name tagger make of a word on its own
    /// depends on these alone; news repeats its words, so a token of a
    /// type seen before can copy it.
    pub fn word_types(&self, range: Range<usize>) -> Vec<u32> {
        let mut first: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(range.len(), Default::default());
        let tokens = &self.tokens[range.clone()];
        tokens
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let f = *first.entry(t.span.slice(self.text)).or_insert(k as u32);
                debug_assert!({
                    let a = &tokens[f as usize];
                    a.kind == t.kind && a.key == t.key
                });
                f
            })
            .collect()
    }

    /// The sentence (token range) containing token `i`.
    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        self.sentences[self.sentence_of[i] as usize].clone()
    }

    /// The paragraph (token range) containing token `i`.
    pub fn paragraph_range(&self, i: usize) -> Range<usize> {
        self.paragraphs[self.paragraph_of[i] as usize].clone()
    }
}

fn is_closer(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote(_) => true,
        TokenKind::Punct => matches!(t.text(text), ")" | "]" | "}"),
        _ => false,
    }
}

/// True when token `i` is a sentence-final stop.
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.kind != TokenKind::Punct {
        return false;
    }
    match t.text(text) {
        "!" | "?" | "؟" | "…" => true,
        "." => {
            // Not after an abbreviation or an initial ("Mr.", "J. Smith").
            if let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) {
                if prev.is_word() && !t.space_before {
                    let w = prev.key.as_ref();
                    if ABBREVIATIONS.contains(&w) {
                        return false;
                    }
                    // "No. 5", but "said no." ends a sentence.
                    if w == "no"
                        && tokens
                            .get(i + 1)
                            .is_some_and(|n| n.kind == TokenKind::Number)
                    {
                        return false;
                    }
                    let word = prev.text(text);
                    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
                        return false;
                    }
                }
            }
            // Not before a lower-case Latin word ("approx. five").
            match tokens.get(i + 1) {
                Some(next) if next.is_word() => !next
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase),
                Some(next) if next.kind == TokenKind::Punct => {
                    !matches!(next.text(text), "," | "." | ";")
                }
                _ => true,
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let d = Document::new(text);
        d.sentences
            .iter()
            .map(|r| {
                let s = d.tokens[r.start].span.start;
                let e = d.tokens[r.end - 1].span.end;
                text[s..e].to_string()
            })
            .collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    #[test]
    fn splits_sentences() {
        let cases = [
            Case {
                name: "two english",
                text: "He came. She left.",
                want: &["He came.", "She left."],
            },
            Case {
                name: "abbreviation",
                text: "Mr. Smith said so. Yes.",
                want: &["Mr. Smith said so.", "Yes."],
            },
            Case {
                name: "closing quote kept",
                text: "He said \"no.\" Then left.",
                want: &["He said \"no.\"", "Then left."],
            },
            Case {
                name: "arabic",
                text: "قال إنه جاء. وأضاف أنه غادر.",
                want: &["قال إنه جاء.", "وأضاف أنه غادر."],
            },
            Case {
                name: "arabic question",
                text: "لماذا؟ لا أعرف",
                want: &["لماذا؟", "لا أعرف"],
            },
            Case {
                name: "lines are paragraphs",
                text: "a\nb",
                want: &["a", "b"],
            },
            Case {
                name: "dotted acronym",
                text: "The U.S. Army said.",
                want: &["The U.S. Army said."],
            },
        ];
        for case in cases {
            assert_eq!(sentences(case.text), case.want, "{}", case.name);
        }
    }

    #[test]
    fn word_types_are_first_tokens_of_the_same_text() {
        struct Case {
            text: &'static str,
            range: Range<usize>,
            types: Vec<u32>,
        }
        let cases = [
            Case {
                text: "قال الرئيس، ثم قال الرئيس.",
                range: 0..7,
                types: vec![0, 1, 2, 3, 0, 1, 6],
            },
            // Positions count from the range's start.
            Case {
                text: "قال الرئيس، ثم قال الرئيس.",
                range: 2..7,
                types: vec![0, 1, 2, 3, 4],
            },
            // Text, not key: أحمد and احمد have one key, two types.
            Case {
                text: "أحمد احمد أحمد",
                range: 0..3,
                types: vec![0, 1, 0],
            },
        ];
        for c in cases {
            let doc = Document::new(c.text);
            assert_eq!(doc.word_types(c.range), c.types, "{}", c.text);
        }
    }

    #[test]
    fn headline_is_a_short_first_line_without_a_stop() {
        struct Case<'a> {
            name: &'a str,
            text: &'a str,
            want: &'a [&'a str],
        }
        let long_lead = format!("{}said so\nMore.", "word ".repeat(MAX_HEADLINE_WORDS));
        let long_first = long_lead.strip_suffix("\nMore.").unwrap_or_default();
        let cases = [
            Case {
                name: "headline",
                text: "Talks Fail Again\nThe talks failed.",
                want: &["The talks failed."],
            },
            Case {
                name: "lead ending with a stop",
                text: "He said talks failed.\nMore.",
                want: &["He said talks failed.", "More."],
            },
            Case {
                name: "lead ending inside a quotation",
                text: "He said talks had \"failed.\"\nMore.",
                want: &["He said talks had \"failed.\"", "More."],
            },
            Case {
                name: "arabic lead ending inside guillemets",
                text: "قال إن المحادثات «فشلت.»\nوأضاف.",
                want: &["قال إن المحادثات «فشلت.»", "وأضاف."],
            },
            Case {
                name: "quoted headline",
                text: "Smith: \"We Will Win\"\nMore.",
                want: &["More."],
            },
            Case {
                name: "only line",
                text: "Talks Fail Again",
                want: &["Talks Fail Again"],
            },
            Case {
                name: "long lead without a stop",
                text: long_lead.as_str(),
                want: &[long_first, "More."],
            },
        ];
        for case in cases {
            let d = Document::new(case.text);
            let body = d.headline_end(&(0..d.tokens.len()));
            let got: Vec<&str> = d
                .sentences
                .iter()
                .filter(|r| r.start >= body)
                .map(|r| &case.text[d.tokens[r.start].span.start..d.tokens[r.end - 1].span.end])
                .collect();
            assert_eq!(got, case.want, "{}", case.name);
        }
    }

    #[test]
    fn paragraphs_by_line() {
        let d = Document::new("one two\n\nthree\nfour five");
        assert_eq!(d.paragraphs, vec![0..2, 2..3, 3..5]);
        assert_eq!(d.paragraph_of, vec![0, 0, 1, 2, 2]);
    }
}
