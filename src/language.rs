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

/// Fewest letters needed before a verdict other than `und`.
const MIN_LETTERS: usize = 2;

/// Detects the language of `text`: Arabic when Arabic letters outnumber Latin
/// ones, English when Latin letters dominate and enough of the words are
/// English function words, otherwise [`Language::Undetermined`].
pub fn detect_language(text: &str) -> Language {
    let mut arabic = 0usize;
    let mut latin = 0usize;
    for c in text.chars() {
        if is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
        }
    }
    if arabic + latin < MIN_LETTERS {
        return Language::Undetermined;
    }
    if arabic >= latin {
        return Language::Arabic;
    }
    let mut words = 0usize;
    let mut function = 0usize;
    // Longest function word, so longer words are not compared at all.
    const MAX_FUNCTION_WORD: usize = 5;
    let mut lower = [0u8; MAX_FUNCTION_WORD];
    for w in text.split(|c: char| !c.is_ascii_alphabetic() && c != '\'') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.len() <= MAX_FUNCTION_WORD {
            // Lower-cased on the stack: no allocation per word.
            let buf = &mut lower[..w.len()];
            buf.copy_from_slice(w.as_bytes());
            buf.make_ascii_lowercase();
            if ENGLISH_FUNCTION_WORDS
                .iter()
                .any(|f| f.as_bytes() == &buf[..])
            {
                function += 1;
            }
        }
    }
    if words <= 3 && latin > 0 {
        // Too short to judge by function words: a Latin-script headline or name.
        return Language::English;
    }
    if function as f32 >= MIN_ENGLISH_FUNCTION_SHARE * words as f32 {
        Language::English
    } else {
        Language::Undetermined
    }
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
