//! Tokens: words, numbers, quotation marks and other punctuation, each with
//! its byte span and a normalised matching key.

use super::normalize::{
    is_arabic_diacritic, is_arabic_letter, is_ignorable, is_kept_arabic, push_key,
    unchanged_prefix, TATWEEL,
};
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters (with marks, digits, inner hyphens or apostrophes).
    Word,
    /// A number, possibly with inner `,` or `.` separators.
    Number,
    /// A quotation mark of any style (see [`QuoteMark`]).
    Quote(QuoteMark),
    /// Any other single punctuation or symbol character.
    Punct,
}

/// The quotation marks the analysis recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteMark {
    /// `“` U+201C: opens in most styles; closes in German style.
    DoubleLeft,
    /// `”` U+201D: closes; opens in some Arabic and Swedish texts.
    DoubleRight,
    /// `„` U+201E: German-style opener.
    DoubleLow,
    /// `"` U+0022: either.
    DoubleStraight,
    /// `«` U+00AB.
    GuillemetLeft,
    /// `»` U+00BB.
    GuillemetRight,
    /// `‹` U+2039.
    SingleGuillemetLeft,
    /// `›` U+203A.
    SingleGuillemetRight,
    /// `‘` U+2018.
    SingleLeft,
    /// `’` U+2019 (when not an apostrophe inside a word).
    SingleRight,
    /// `'` U+0027 (when not an apostrophe inside a word).
    SingleStraight,
}

impl QuoteMark {
    /// The mark a character is, if any.
    pub fn of(c: char) -> Option<QuoteMark> {
        Some(match c {
            '“' => QuoteMark::DoubleLeft,
            '”' => QuoteMark::DoubleRight,
            '„' => QuoteMark::DoubleLow,
            '"' | '＂' => QuoteMark::DoubleStraight,
            '«' => QuoteMark::GuillemetLeft,
            '»' => QuoteMark::GuillemetRight,
            '‹' => QuoteMark::SingleGuillemetLeft,
            '›' => QuoteMark::SingleGuillemetRight,
            '‘' => QuoteMark::SingleLeft,
            '’' => QuoteMark::SingleRight,
            '\'' => QuoteMark::SingleStraight,
            _ => return None,
        })
    }

    /// True for single (inner-level) marks, which are also used as apostrophes.
    pub fn is_single(self) -> bool {
        matches!(
            self,
            QuoteMark::SingleLeft
                | QuoteMark::SingleRight
                | QuoteMark::SingleStraight
                | QuoteMark::SingleGuillemetLeft
                | QuoteMark::SingleGuillemetRight
        )
    }
}

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// Normalised key for matching (empty for punctuation): the word itself
    /// when normalising leaves it as it is, so most words need no string.
    pub key: Cow<'t, str>,
    /// True when `key` is the word itself (normalising leaves it as it
    /// is); false for punctuation and for keys made by normalising.
    pub key_is_word: bool,
    /// True when a line break separates this token from the previous one.
    pub newline_before: bool,
    /// True when white space (or nothing but a line break) precedes the token.
    pub space_before: bool,
    /// True for a word that starts with an upper-case letter (see
    /// [`Token::is_capitalized`]), found once: the English rules ask it
    /// of every word several times.
    pub capitalized: bool,
}

impl Token<'_> {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    /// True for word tokens.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True when the word is written in Arabic script.
    pub fn is_arabic(&self) -> bool {
        self.is_word() && self.key.chars().next().is_some_and(is_arabic_letter)
    }

    /// True when the word starts with an upper-case letter (Latin, Greek, Cyrillic ...).
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// The quotation mark this token is, if it is one.
    pub fn quote_mark(&self) -> Option<QuoteMark> {
        match self.kind {
            TokenKind::Quote(m) => Some(m),
            _ => None,
        }
    }

    /// True when the token is the punctuation character `c`.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        matches!(self.kind, TokenKind::Punct | TokenKind::Quote(_))
            && self.text(text).starts_with(c)
    }

    /// True for a comma, Arabic (،) or Latin (,).
    pub fn is_comma(&self, text: &str) -> bool {
        self.is_punct(text, '،') || self.is_punct(text, ',')
    }
}

/// Letters and everything that continues a word (combining marks, tatweel,
/// Arabic diacritics).
fn is_word_char(c: char) -> bool {
    // Arabic and ASCII first: `char::is_alphabetic` is a table search.
    is_arabic_letter(c)
        || c.is_ascii_alphabetic()
        || is_arabic_diacritic(c)
        || c == TATWEEL
        || (!c.is_ascii() && !is_common_punct(c) && (c.is_alphabetic() || is_mark(c)))
}

/// Punctuation of news text above ASCII (general punctuation, Arabic
/// comma, semicolon, question and full stops, guillemets, no-break space):
/// no letter or mark, told without `char::is_alphabetic`'s table search.
fn is_common_punct(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '،' | '؛' | '؟' | '٪'..='٭' | '۔' | '«' | '»' | '\u{A0}')
}

/// Combining marks outside the Arabic block (Latin accents written apart).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Byte length of the ASCII letter or basic Arabic letter (U+0620..U+064A
/// but tatweel) at byte `pos`, or 0 for anything else: nearly every char of
/// a word, told apart without decoding.
fn plain_letter_len(b: &[u8], pos: usize) -> usize {
    match (b.get(pos), b.get(pos + 1)) {
        (Some(x), _) if x.is_ascii_alphabetic() => 1,
        (Some(0xD8), Some(0xA0..=0xBF)) | (Some(0xD9), Some(0x81..=0x8A)) => 2,
        _ => 0,
    }
}

/// True when `lead`, `next` are the two bytes of a basic Arabic letter
/// (U+0620..U+063F, U+0641..U+064A; see [`plain_letter_len`]).
#[inline]
fn is_plain_arabic(lead: u8, next: u8) -> bool {
    lead == 0xD8 && (0xA0..=0xBF).contains(&next) || lead == 0xD9 && (0x81..=0x8A).contains(&next)
}

/// The Arabic block (U+0600..U+06FF): no upper-case letter in it.
const ARABIC_BLOCK: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';

/// `c.is_uppercase()`, without the Unicode table search for the Arabic
/// letters that start most words of Arabic news.
fn starts_upper(c: char) -> bool {
    !ARABIC_BLOCK.contains(&c) && c.is_uppercase()
}

/// The character starting at byte `pos` of `text` (a character boundary).
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|r| r.chars().next())
}

/// Letters in each part of an Arabic acronym written with dots (بي.بي.سي):
/// a letter's name, two or three letters.
const ACRONYM_PART_LETTERS: std::ops::RangeInclusive<usize> = 2..=3;

/// Splits `text` into tokens. Never fails; every byte of the text is either
/// inside exactly one token or is white space / an ignorable control.
/// Keys that normalising changes are strings of their own (see
/// [`tokenize_in`] for one buffer shared by all).
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut keys = String::new();
    let mut made = Vec::new();
    let mut tokens = tokenize_keys(text, &mut keys, &mut made);
    for (i, r) in made {
        tokens[i].key = Cow::Owned(keys[r].to_string());
    }
    tokens
}

/// Bytes of text per key made, roughly (so the list of them seldom grows).
const MADE_KEY_BYTES: usize = 24;

/// [`tokenize`] with the keys that normalising changes written one after
/// another into `keys` and borrowed from it: one buffer instead of a string
/// per such word (a third of Arabic words: hamza seats, ta marbuta).
pub fn tokenize_in<'t>(text: &'t str, keys: &'t mut String) -> Vec<Token<'t>> {
    // About one word in three, of some eight bytes each with its space.
    let mut made = Vec::with_capacity(text.len() / MADE_KEY_BYTES + 1);
    let mut tokens = tokenize_keys(text, keys, &mut made);
    let keys: &'t String = keys;
    for (i, r) in made {
        tokens[i].key = Cow::Borrowed(&keys[r]);
    }
    tokens
}

/// The tokens of `text`, each key that normalising changes left empty and
/// written instead to `keys`, its token and place in `made`.
fn tokenize_keys<'t>(
    text: &'t str,
    keys: &mut String,
    made: &mut Vec<(usize, Range<usize>)>,
) -> Vec<Token<'t>> {
    // Byte positions throughout: no per-character table to build.
    let len = text.len();
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(len / 8 + 1);
    let mut pos = 0;
    let mut newline = false;
    let mut space = true;
    while let Some(c) = char_at(text, pos) {
        if c == ' ' {
            space = true;
            pos += 1;
            continue;
        }
        // A plain letter starts a word: no white space or control to test.
        let letter = plain_letter_len(bytes, pos) > 0;
        if !letter && (c.is_whitespace() || is_ignorable(c)) {
            if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}') {
                newline = true;
            }
            if !is_ignorable(c) {
                space = true;
            }
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let kind;
        let mut word_dots = false;
        let mut arabic_acronym = false;
        // Whether the word is its own key, when known without a scan.
        let mut word_kept = false;
        if letter || is_word_char(c) || is_digit(c) {
            // A word or number: letters/digits, joined across inner hyphens,
            // apostrophes (Latin only), ignorable controls and, for numbers,
            // inner separators.
            let mut has_letter = false;
            // Whether a '.' joined the word (numbers, dotted acronyms).
            let mut dotted = false;
            // Whether every character so far is its own key (see
            // `unchanged_prefix`), known while reading the letters, so
            // that most words are not scanned again for their key.
            let mut kept = true;
            loop {
                let plain = plain_letter_len(bytes, pos);
                if plain > 0 {
                    has_letter = true;
                    // The rest of a run of ASCII letters, or of basic Arabic
                    // letters, at once.
                    if plain == 1 {
                        kept &= !bytes[pos].is_ascii_uppercase();
                        pos += 1;
                        while pos < len && bytes[pos].is_ascii_alphabetic() {
                            kept &= !bytes[pos].is_ascii_uppercase();
                            pos += 1;
                        }
                    } else {
                        kept &= is_kept_arabic(bytes[pos], bytes[pos + 1]);
                        pos += 2;
                        while pos + 1 < len && is_plain_arabic(bytes[pos], bytes[pos + 1]) {
                            kept &= is_kept_arabic(bytes[pos], bytes[pos + 1]);
                            pos += 2;
                        }
                    }
                    continue;
                }
                if bytes.get(pos) == Some(&b' ') {
                    break;
                }
                let Some(c) = char_at(text, pos) else { break };
                let after = pos + c.len_utf8();
                if is_word_char(c) {
                    if !has_letter {
                        has_letter = is_arabic_letter(c) || c.is_alphabetic();
                    }
                    kept = false;
                    pos = after;
                    continue;
                }
                // Only these characters join a word to what follows; others
                // (white space, most punctuation) end it without looking round.
                let may_join = is_ignorable(c)
                    || is_apostrophe(c)
                    || matches!(c, '-' | '\u{2010}' | '\u{2011}' | ',' | '.' | '٫' | '٬');
                let joins = is_digit(c)
                    || (may_join && pos > start && after < len && {
                        let prev = text[..pos].chars().next_back().unwrap_or(c);
                        let next = char_at(text, after).unwrap_or(c);
                        // Arabic letters first: `is_alphanumeric` is a table search.
                        let latin_join = !is_arabic_letter(prev)
                            && !is_arabic_letter(next)
                            && prev.is_alphanumeric()
                            && next.is_alphanumeric();
                        (is_ignorable(c) && is_word_char(next))
                            || (matches!(c, '-' | '\u{2010}' | '\u{2011}') && latin_join)
                            || (is_apostrophe(c)
                                && latin_join
                                && prev.is_alphabetic()
                                && next.is_alphabetic())
                            || (matches!(c, ',' | '.' | '٫' | '٬')
                                && is_digit(prev)
                                && is_digit(next))
                    });
                if !joins {
                    break;
                }
                dotted |= c == '.';
                kept = false;
                pos = after;
            }
            // Dotted acronyms: U.S. / U.N. / U.K. stay one word with their dots.
            if pos - start == c.len_utf8() && c.is_uppercase() {
                let mut j = pos;
                let mut parts = 1;
                while char_at(text, j) == Some('.') {
                    let Some(upper) = char_at(text, j + 1) else {
                        break;
                    };
                    if !upper.is_uppercase() || upper.is_lowercase() {
                        break;
                    }
                    let after = j + 1 + upper.len_utf8();
                    if char_at(text, after).is_some_and(char::is_alphabetic) {
                        break;
                    }
                    j = after;
                    parts += 1;
                }
                if parts >= 2 {
                    dotted = true;
                    kept = false;
                    if char_at(text, j) == Some('.') {
                        j += 1;
                    }
                    pos = j;
                }
            }
            // Arabic acronyms written with dots (بي.بي.سي، يو.بي.إس): one word
            // of letter names, two or three letters each, keyed like the
            // spaced form (بي بي سي) that the lexicon lists.
            // (The byte test first: it is made after every word.)
            if bytes.get(pos) == Some(&b'.') && !dotted && is_arabic_letter(c) {
                let letters = |from: usize| {
                    let mut k = from;
                    let mut n = 0;
                    while let Some(ch) = char_at(text, k).filter(|&ch| is_arabic_letter(ch)) {
                        k += ch.len_utf8();
                        n += 1;
                    }
                    (k, n)
                };
                if ACRONYM_PART_LETTERS.contains(&text[start..pos].chars().count()) {
                    let (mut j, mut parts) = (pos, 1);
                    while char_at(text, j) == Some('.') {
                        let (end, n) = letters(j + 1);
                        if !ACRONYM_PART_LETTERS.contains(&n) {
                            break;
                        }
                        j = end;
                        parts += 1;
                    }
                    if parts >= 2 {
                        arabic_acronym = true;
                        kept = false;
                        pos = j;
                    }
                }
            }
            kind = if has_letter {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            word_dots = dotted;
            word_kept = kept;
        } else if let Some(mark) = QuoteMark::of(c) {
            pos += c.len_utf8();
            kind = TokenKind::Quote(mark);
        } else {
            pos += c.len_utf8();
            kind = TokenKind::Punct;
        }
        let span = Span::new(start, pos);
        let mut key = Cow::Borrowed("");
        let mut key_is_word = false;
        if matches!(kind, TokenKind::Word | TokenKind::Number) {
            let word = span.slice(text);
            let dots = kind == TokenKind::Word && (word_dots || arabic_acronym);
            if !dots && (word_kept || unchanged_prefix(word) == word.len()) {
                key = Cow::Borrowed(word);
                key_is_word = true;
            } else {
                let from = keys.len();
                push_key(word, keys);
                if arabic_acronym {
                    let k = keys.split_off(from);
                    keys.extend(k.chars().map(|c| if c == '.' { ' ' } else { c }));
                } else if kind == TokenKind::Word && keys[from..].contains('.') {
                    let k = keys.split_off(from);
                    keys.extend(k.chars().filter(|&c| c != '.'));
                }
                made.push((tokens.len(), from..keys.len()));
            }
        }
        let capitalized =
            kind == TokenKind::Word && span.slice(text).chars().next().is_some_and(starts_upper);
        tokens.push(Token {
            span,
            kind,
            key,
            key_is_word,
            newline_before: newline,
            space_before: space,
            capitalized,
        });
        newline = false;
        space = false;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_read_as_its_own_key_is_its_key() {
        // Whether a word is its own key is known while reading its letters
        // (plain letters that no folding changes) or else by a scan: the
        // same key either way.
        struct Case {
            word: &'static str,
            key: &'static str,
            /// The key is the word as written.
            own: bool,
        }
        let cases = [
            Case {
                word: "الوزير",
                key: "الوزير",
                own: true,
            },
            Case {
                word: "الرئيس",
                key: "الرييس",
                own: false,
            },
            Case {
                word: "أحمد",
                key: "احمد",
                own: false,
            },
            Case {
                word: "وزارة",
                key: "وزاره",
                own: false,
            },
            Case {
                word: "مُحمد",
                key: "محمد",
                own: false,
            },
            Case {
                word: "بلـد",
                key: "بلد",
                own: false,
            },
            Case {
                word: "macron",
                key: "macron",
                own: true,
            },
            Case {
                word: "Macron",
                key: "macron",
                own: false,
            },
            Case {
                word: "macrON",
                key: "macron",
                own: false,
            },
            Case {
                word: "co-op",
                key: "co-op",
                own: true,
            },
            Case {
                word: "U.S.",
                key: "us",
                own: false,
            },
            Case {
                word: "1,000",
                key: "1,000",
                own: true,
            },
            Case {
                word: "١٠٠٠",
                key: "1000",
                own: false,
            },
        ];
        for c in cases {
            let text = format!("قال {} ثم.", c.word);
            let t = &tokenize(&text)[1];
            assert_eq!(t.text(&text), c.word);
            assert_eq!(t.key, c.key, "{}", c.word);
            assert_eq!(t.key_is_word, c.own, "{}", c.word);
        }
    }

    #[test]
    fn arabic_block_has_no_capitals() {
        // starts_upper skips the table search for the whole block.
        for c in ARABIC_BLOCK {
            assert!(!c.is_uppercase(), "{c:?}");
        }
        for c in ['A', 'Ä', 'Σ', 'Ж'] {
            assert!(starts_upper(c), "{c:?}");
        }
        for c in ['a', 'ä', 'م', '1'] {
            assert!(!starts_upper(c), "{c:?}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    #[test]
    fn splits() {
        let cases = [
            Case {
                name: "arabic with comma",
                text: "قال لافروف، إن",
                want: &["قال", "لافروف", "،", "إن"],
            },
            Case {
                name: "arabic quote marks",
                text: "“الثابت”",
                want: &["“", "الثابت", "”"],
            },
            Case {
                name: "english apostrophes",
                text: "Russia's don't 'tis",
                want: &["Russia's", "don't", "'", "tis"],
            },
            Case {
                name: "hyphenated name",
                text: "Kim Jong-un.",
                want: &["Kim", "Jong-un", "."],
            },
            Case {
                name: "dotted acronym",
                text: "the U.S. said",
                want: &["the", "U.S.", "said"],
            },
            Case {
                name: "arabic dotted acronym: letter names of two or three letters",
                text: "لبي.بي.سي وبنك يو.بي.إس. وقال د.علي",
                want: &[
                    "لبي.بي.سي",
                    "وبنك",
                    "يو.بي.إس",
                    ".",
                    "وقال",
                    "د",
                    ".",
                    "علي",
                ],
            },
            Case {
                name: "numbers",
                text: "1,000 and 3.5.",
                want: &["1,000", "and", "3.5", "."],
            },
            Case {
                name: "diacritics stay inside",
                text: "قَالَ",
                want: &["قَالَ"],
            },
            Case {
                name: "arabic hyphen splits",
                text: "أمريكية-روسية",
                want: &["أمريكية", "-", "روسية"],
            },
            Case {
                name: "parenthesised agency",
                text: "(AP) –",
                want: &["(", "AP", ")", "–"],
            },
            Case {
                // ASCII and Arabic letter runs are each taken at once; a
                // word mixing them stays one word either way round.
                name: "mixed scripts and letter runs",
                text: "abcقال قالabc x9y ÉcoleX",
                want: &["abcقال", "قالabc", "x9y", "ÉcoleX"],
            },
            Case {
                name: "empty",
                text: "",
                want: &[],
            },
            Case {
                name: "only controls",
                text: "\u{200F}\u{202B} \n",
                want: &[],
            },
        ];
        for case in cases {
            assert_eq!(words(case.text), case.want, "{}", case.name);
        }
    }

    #[test]
    fn common_punct_is_no_letter_or_mark() {
        for c in ('\u{A0}'..='\u{2FFF}').filter(|&c| is_common_punct(c)) {
            assert!(!c.is_alphabetic() && !is_mark(c), "{c:?}");
        }
    }

    #[test]
    fn newline_flags() {
        let t = tokenize("a b\n\nc");
        assert_eq!(
            t.iter().map(|t| t.newline_before).collect::<Vec<_>>(),
            [false, false, true]
        );
    }

    #[test]
    fn quote_kinds() {
        let t = tokenize("«x» \"y\"");
        assert_eq!(t[0].quote_mark(), Some(QuoteMark::GuillemetLeft));
        assert_eq!(t[2].quote_mark(), Some(QuoteMark::GuillemetRight));
        assert_eq!(t[3].quote_mark(), Some(QuoteMark::DoubleStraight));
    }
}
