//! Arabic proclitics: و ف (and, so), ب ل ك (in, for, like) and the article
//! ال, glued to the word that follows. They are peeled for lookup only; the
//! surface span of a match starts after what was peeled.

/// Fewest letters that must remain after peeling, so that a name like فرنسا
/// is not read as ف + رنسا.
pub const MIN_STEM_LETTERS: usize = 3;

use std::borrow::Cow;

/// One way to read a word: `offset` bytes of the surface word were peeled,
/// leaving the matching key `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading<'k> {
    /// Bytes of the surface word taken by proclitics.
    pub offset: usize,
    /// Matching key of what remains: a part of the word's key, except for
    /// لل read as ال.
    pub key: Cow<'k, str>,
    /// Letters peeled (0 for the word as written).
    pub peeled: usize,
}

/// Byte offset in `surface` after its first `letters` base letters
/// (diacritics, tatweel and controls in between are skipped with them).
fn offset_after_letters(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        // Harakat are Alphabetic in Unicode, but they belong to the letter
        // before them (وَصلاح peels as وَ, not و).
        // A tatweel is alphabetic too, but stretches the letter before it
        // (لـCNN peels as لـ, leaving CNN).
        if crate::text::normalize::is_arabic_letter(c)
            || c.is_alphabetic()
                && c != crate::text::normalize::TATWEEL
                && !crate::text::normalize::is_arabic_diacritic(c)
        {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
    }
    surface.len()
}

/// The readings of an Arabic word: as written, then with و/ف peeled, then
/// with ب/ل/ك peeled (after و/ف or alone), and لل read as ال. Only readings
/// that leave at least [`MIN_STEM_LETTERS`] letters are produced.
#[cfg(test)]
pub fn readings<'k>(surface: &str, key: &'k str) -> Vec<Reading<'k>> {
    let mut out = Vec::new();
    readings_into(surface, key, &mut out);
    out
}

/// [`readings`] appended to `out` (which may hold other words' readings:
/// only those appended here are compared for duplicates). No allocation
/// unless the word starts with لل.
pub fn readings_into<'k>(surface: &str, key: &'k str, out: &mut Vec<Reading<'k>>) {
    let first = out.len();
    out.push(Reading {
        offset: 0,
        key: Cow::Borrowed(key),
        peeled: 0,
    });
    // Most words start with no proclitic letter: nothing to peel.
    let Some(c0) = key.chars().next() else {
        return;
    };
    if !matches!(c0, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
        return;
    }
    let push = |out: &mut Vec<Reading<'k>>, skip: usize, key: Cow<'k, str>, whole_word: bool| {
        if key.chars().count() >= MIN_STEM_LETTERS && !out[first..].iter().any(|r| r.key == key) {
            let offset = if whole_word {
                0
            } else {
                offset_after_letters(surface, skip)
            };
            out.push(Reading {
                offset,
                key,
                peeled: skip,
            });
        }
    };
    let conj = matches!(c0, 'و' | 'ف') as usize;
    for lead in 0..=conj {
        let rest = &key[lead * c0.len_utf8()..];
        if lead > 0 {
            push(out, lead, Cow::Borrowed(rest), false);
        }
        let mut rc = rest.chars();
        let (r0, r1) = (rc.next(), rc.next());
        if r0 == Some('ل') && r1 == Some('ل') && rc.next().is_some() {
            // لل + word = ل + ال + word: keep the whole token as the surface.
            let tail = &rest['ل'.len_utf8()..];
            let mut with_article = String::with_capacity(tail.len() + 'ا'.len_utf8());
            with_article.push('ا');
            with_article.push_str(tail);
            push(out, lead + 1, Cow::Owned(with_article), true);
            continue;
        }
        if let Some(p @ ('ب' | 'ل' | 'ك')) = r0 {
            push(out, lead + 1, Cow::Borrowed(&rest[p.len_utf8()..]), false);
        }
    }
}

/// The reading of a word starting with لل (after an optional و/ف) as ل + a
/// word that itself starts with ل (للبنان: ل + لبنان), which [`readings_into`]
/// leaves out (it reads لل as ل + ال). For lexicon lookups that find
/// nothing under the other readings.
pub fn lam_tail<'k>(surface: &str, key: &'k str) -> Option<Reading<'k>> {
    let (lead, rest) = after_conjunction(key);
    let tail = rest.strip_prefix('ل').filter(|t| t.starts_with('ل'))?;
    (tail.chars().count() >= MIN_STEM_LETTERS).then(|| after_proclitic(surface, lead, tail))
}

/// The letters (0 or 1) of a و/ف that `key` starts with, and the rest.
fn after_conjunction(key: &str) -> (usize, &str) {
    match key.strip_prefix(['و', 'ف']) {
        Some(rest) => (1, rest),
        None => (0, key),
    }
}

/// The reading `stem` of a word after `lead` conjunction letters and one
/// preposition: the fallback readings' shared shape.
fn after_proclitic<'k>(surface: &str, lead: usize, stem: &'k str) -> Reading<'k> {
    Reading {
        offset: offset_after_letters(surface, lead + 1),
        key: Cow::Borrowed(stem),
        peeled: lead + 1,
    }
}

/// Names of Latin letters of two Arabic letters (normalised), the first
/// words of acronyms written out (بي بي سي، سي إن إن، إم بي سي، دي إتش إل).
const LETTER_NAMES: &[&str] = &[
    "بي", "سي", "دي", "اف", "جي", "اي", "ام", "ان", "او", "ار", "اس", "تي", "يو", "في",
];

/// True when `key` may have a [`short_stem`]: three or four Arabic letters
/// (two bytes each) starting with a proclitic. Tested first on every word
/// the lexicon did not match, so the common case ends here.
#[inline]
pub fn may_be_short(key: &str) -> bool {
    matches!(key.len(), 6 | 8) && key.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
}

/// The reading of a word as a proclitic (ب ل ك, after an optional و/ف)
/// on a letter's name of two letters (لبي بي سي: ل + بي, لسي إن إن: ل +
/// سي), which [`readings_into`] leaves out (fewer than
/// [`MIN_STEM_LETTERS`]). Only for lexicon phrases of several words, whose
/// later words confirm it.
pub fn short_stem<'k>(surface: &str, key: &'k str) -> Option<Reading<'k>> {
    let (lead, rest) = after_conjunction(key);
    let stem = rest.strip_prefix(['ب', 'ل', 'ك'])?;
    LETTER_NAMES
        .contains(&stem)
        .then(|| after_proclitic(surface, lead, stem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::key;

    fn keys(word: &str) -> Vec<(String, String)> {
        readings(word, &key(word))
            .into_iter()
            .map(|r| (r.key.into_owned(), word[r.offset..].to_string()))
            .collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [(&'static str, &'static str)],
    }

    /// What a fallback reading `read` makes of word `w`: its key, the
    /// surface after what was peeled, and the letters peeled.
    fn fallback(
        read: for<'k> fn(&str, &'k str) -> Option<Reading<'k>>,
        w: &str,
    ) -> Option<(String, String, usize)> {
        let k = key(w);
        read(w, &k).map(|r| (r.key.into_owned(), w[r.offset..].to_string(), r.peeled))
    }

    #[test]
    fn lam_tail_reads_a_word_starting_with_lam() {
        let tail = |w: &str| fallback(lam_tail, w);
        assert_eq!(tail("للبنان"), Some(("لبنان".into(), "لبنان".into(), 1)));
        assert_eq!(tail("وللبنان"), Some(("لبنان".into(), "لبنان".into(), 2)));
        assert_eq!(tail("لبنان"), None);
        assert_eq!(tail("للأمم").map(|t| t.0), Some("لامم".into()));
        assert_eq!(tail("لله"), None);
    }

    #[test]
    fn short_stem_reads_a_preposition_on_two_letters() {
        let short = |w: &str| fallback(short_stem, w);
        assert_eq!(short("لبي"), Some(("بي".into(), "بي".into(), 1)));
        assert_eq!(short("ولسي"), Some(("سي".into(), "سي".into(), 2)));
        assert_eq!(short("بي"), None, "nothing to peel");
        assert_eq!(short("لها"), None, "no letter's name");
        assert_eq!(
            short("لبنان"),
            None,
            "a stem of three letters or more is a reading"
        );
        assert_eq!(
            short("وبي"),
            None,
            "و alone leaves a two-letter word as written"
        );
    }

    #[test]
    fn peels() {
        let cases = [
            Case {
                name: "plain",
                text: "روسيا",
                want: &[("روسيا", "روسيا")],
            },
            Case {
                name: "and",
                text: "وروسيا",
                want: &[("وروسيا", "وروسيا"), ("روسيا", "روسيا")],
            },
            Case {
                name: "in",
                text: "بروسيا",
                want: &[("بروسيا", "بروسيا"), ("روسيا", "روسيا")],
            },
            Case {
                name: "and for",
                text: "ولروسيا",
                want: &[
                    ("ولروسيا", "ولروسيا"),
                    ("لروسيا", "لروسيا"),
                    ("روسيا", "روسيا"),
                ],
            },
            Case {
                name: "lam lam",
                text: "للأمم",
                want: &[("للامم", "للأمم"), ("الامم", "للأمم")],
            },
            Case {
                name: "short stem kept",
                text: "فرنسا",
                want: &[("فرنسا", "فرنسا"), ("رنسا", "رنسا")],
            },
            Case {
                name: "a haraka stays with the peeled letter",
                text: "وَروسيا",
                want: &[("وروسيا", "وَروسيا"), ("روسيا", "روسيا")],
            },
            Case {
                name: "a tatweel stays with the peeled letter",
                text: "لـCNN",
                want: &[("لcnn", "لـCNN"), ("cnn", "CNN")],
            },
            Case {
                name: "too short to peel",
                text: "ولد",
                want: &[("ولد", "ولد")],
            },
        ];
        for case in cases {
            let want: Vec<(String, String)> = case
                .want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(keys(case.text), want, "{}", case.name);
        }
    }
}
