//! Language detection from script and function words.

use crate::model::Language;
use crate::text::normalize::is_arabic_letter;

/// English function words; a Latin-script text with enough of them is English.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "she",
    "it", "as", "at", "by", "said", "from", "his", "her", "has", "have", "are", "were", "be", "an",
    "this", "which", "not", "but", "they", "their", "will", "would", "who", "after", "also", "had",
    "been",
];

/// Share of Latin-script words that must be English function words.
const MIN_ENGLISH_FUNCTION_SHARE: f32 = 0.12;

/// English reporting verbs: a short Latin-script text with one of them
/// is English even with few function words ("Minister Badr Abdelatty
/// said: "We failed."").
const ENGLISH_REPORTING_VERBS: &[&[u8]] = &[b"said", b"says", b"told"];

/// Most words in a text short enough for a reporting verb to decide.
const MAX_SHORT_WORDS: usize = 20;

/// Fewest letters needed before a verdict other than `und`.
const MIN_LETTERS: usize = 2;

/// Longest function word, so longer words are not compared at all.
const MAX_FUNCTION_WORD: usize = 5;

/// What language detection counts in a text. Counts of adjacent texts
/// separated by white space add up to the counts of the whole, so a
/// document's counts are the sum of its paragraphs' (one pass for both).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counts {
    arabic: usize,
    latin: usize,
    /// Runs of ASCII letters and apostrophes.
    words: usize,
    /// Of those, English function words.
    function: usize,
    /// Of those, English reporting verbs.
    reporting: usize,
}

/// True when `lead`, `next` are the two bytes of a basic Arabic letter
/// (U+0620..U+063F, U+0641..U+064A).
#[inline]
fn is_plain_arabic(lead: u8, next: u8) -> bool {
    lead == 0xD8 && (0xA0..=0xBF).contains(&next) || lead == 0xD9 && (0x81..=0x8A).contains(&next)
}

/// Number of English function words.
const FUNCTION_WORD_COUNT: usize = ENGLISH_FUNCTION_WORDS.len();

/// A word of at most [`MAX_FUNCTION_WORD`] bytes as one integer, its first
/// byte lowest (no word byte is zero, so the length is part of the value).
const fn pack(word: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut i = 0;
    while i < word.len() {
        v |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

/// The function words packed, sorted for a binary search: one integer
/// comparison per step instead of a string comparison per listed word.
const PACKED_FUNCTION_WORDS: [u64; FUNCTION_WORD_COUNT] = {
    let mut a = [0u64; FUNCTION_WORD_COUNT];
    let mut i = 0;
    while i < FUNCTION_WORD_COUNT {
        a[i] = pack(ENGLISH_FUNCTION_WORDS[i].as_bytes());
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut i = 1;
    while i < FUNCTION_WORD_COUNT {
        let mut j = i;
        while j > 0 && a[j - 1] > a[j] {
            let t = a[j];
            a[j] = a[j - 1];
            a[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    a
};

impl Counts {
    /// Counts the letters and words of `text` in one pass.
    pub(crate) fn of(text: &str) -> Counts {
        let mut n = Counts::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphabetic() || b == b'\'' {
                // A word: the run of ASCII letters and apostrophes from here.
                let start = i;
                let mut apostrophes = 0;
                while i < bytes.len() {
                    let b = bytes[i];
                    if b == b'\'' {
                        apostrophes += 1;
                    } else if !b.is_ascii_alphabetic() {
                        break;
                    }
                    i += 1;
                }
                n.latin += i - start - apostrophes;
                n.end_word(&bytes[start..i]);
                continue;
            }
            if b.is_ascii() {
                i += 1;
                continue;
            }
            // The basic Arabic letters (U+0620..U+063F, U+0641..U+064A) from
            // their two bytes, without decoding: nearly every Arabic letter.
            if is_plain_arabic(b, bytes.get(i + 1).copied().unwrap_or(0)) {
                // A run of them, counted without the other tests.
                n.arabic += 1;
                i += 2;
                while i + 1 < bytes.len() && is_plain_arabic(bytes[i], bytes[i + 1]) {
                    n.arabic += 1;
                    i += 2;
                }
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if is_arabic_letter(c) {
                n.arabic += 1;
            } else if ('\u{00C0}'..='\u{024F}').contains(&c) {
                n.latin += 1;
            }
            i += c.len_utf8();
        }
        n
    }

    /// Counts `word` (ASCII letters and apostrophes) and whether it is a
    /// function word, in any case.
    fn end_word(&mut self, word: &[u8]) {
        self.words += 1;
        if word.len() <= MAX_FUNCTION_WORD {
            // `| 0x20` lower-cases an ASCII letter and keeps an apostrophe
            // (which no function word has).
            let mut lower = [0u8; MAX_FUNCTION_WORD];
            for (l, &b) in lower.iter_mut().zip(word) {
                *l = b | 0x20;
            }
            let lower = &lower[..word.len()];
            if PACKED_FUNCTION_WORDS.binary_search(&pack(lower)).is_ok() {
                self.function += 1;
            }
            if ENGLISH_REPORTING_VERBS.contains(&lower) {
                self.reporting += 1;
            }
        }
    }

    /// Adds the counts of another text.
    pub(crate) fn add(&mut self, other: Counts) {
        self.arabic += other.arabic;
        self.latin += other.latin;
        self.words += other.words;
        self.function += other.function;
        self.reporting += other.reporting;
    }

    /// The language these counts indicate (see [`detect_language`]).
    pub(crate) fn language(&self) -> Language {
        if self.arabic + self.latin < MIN_LETTERS {
            return Language::Undetermined;
        }
        if self.arabic >= self.latin {
            return Language::Arabic;
        }
        if self.words <= 3 && self.latin > 0 {
            // Too short to judge by function words: a Latin-script headline or name.
            return Language::English;
        }
        let short_and_reported = self.words <= MAX_SHORT_WORDS && self.reporting > 0;
        if short_and_reported
            || self.function as f32 >= MIN_ENGLISH_FUNCTION_SHARE * self.words as f32
        {
            Language::English
        } else {
            Language::Undetermined
        }
    }
}

/// Detects the language of `text`: Arabic when Arabic letters outnumber Latin
/// ones, English when Latin letters dominate and enough of the words are
/// English function words, otherwise [`Language::Undetermined`].
pub fn detect_language(text: &str) -> Language {
    Counts::of(text).language()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        want: Language,
    }

    #[test]
    fn letters_counted_from_bytes_as_from_chars() {
        // The byte fast path for basic Arabic letters agrees with
        // `is_arabic_letter` on every character around and inside the block.
        let chars = ('\u{00A0}'..='\u{0800}').chain('\u{FB50}'..='\u{FEFF}');
        for c in chars {
            let text = format!("x{c}x");
            let counts = Counts::of(&text);
            let latin = usize::from(('\u{00C0}'..='\u{024F}').contains(&c));
            assert_eq!(counts.arabic, usize::from(is_arabic_letter(c)), "{c:?}");
            assert_eq!(counts.latin, 2 + latin, "{c:?}");
        }
    }

    #[test]
    fn function_words_counted_as_by_string_comparison() {
        // The packed binary search finds exactly the listed words, in any
        // case, and nothing longer, shorter or with an apostrophe.
        let cases: &[(&str, usize, usize)] = &[
            ("the THE The tHe", 4, 4),
            ("which WOULD their after", 4, 4),
            ("a an and", 3, 3),
            ("th thee them whichx", 4, 0),
            ("the' 'the he's it's", 4, 0),
            ("été the café", 3, 1),
            ("by,at.of;to", 4, 4),
        ];
        for &(text, words, function) in cases {
            let n = Counts::of(text);
            assert_eq!((n.words, n.function), (words, function), "{text}");
        }
        for w in ENGLISH_FUNCTION_WORDS {
            assert!(w.len() <= MAX_FUNCTION_WORD, "{w}");
            assert_eq!(Counts::of(w).function, 1, "{w}");
            assert_eq!(Counts::of(&w.to_uppercase()).function, 1, "{w}");
        }
    }

    #[test]
    fn detects() {
        let cases = [
            Case {
                name: "arabic",
                text: "قال وزير الخارجية إن بلاده ستواصل العمل",
                want: Language::Arabic,
            },
            Case {
                name: "english",
                text: "The minister said that the talks would go on.",
                want: Language::English,
            },
            Case {
                name: "french is not english",
                text: "Le ministre a dit que les discussions allaient continuer dans la ville.",
                want: Language::Undetermined,
            },
            Case {
                name: "a short english text with few function words but a reporting verb",
                text: "Foreign Minister Badr Abdelatty said: \"We failed.\"\n\nNothing else.",
                want: Language::English,
            },
            Case {
                name: "a short french text stays undetermined",
                text: "Le ministre Jean Dupont a dit: « Nous avons échoué. »",
                want: Language::Undetermined,
            },
            Case {
                name: "empty",
                text: "",
                want: Language::Undetermined,
            },
            Case {
                name: "digits only",
                text: "12345 !!!",
                want: Language::Undetermined,
            },
            Case {
                name: "arabic with english name",
                text: "قال جون كيري (John Kerry) إن",
                want: Language::Arabic,
            },
        ];
        for case in cases {
            assert_eq!(detect_language(case.text), case.want, "{}", case.name);
        }
    }
}
