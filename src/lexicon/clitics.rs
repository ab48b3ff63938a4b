//! Arabic proclitics: و ف (and, so), ب ل ك (in, for, like) and the article
//! ال, glued to the word that follows. They are peeled for lookup only; the
//! surface span of a match starts after what was peeled.

/// Fewest letters that must remain after peeling, so that a name like فرنسا
/// is not read as ف + رنسا.
pub const MIN_STEM_LETTERS: usize = 3;

/// One way to read a word: `offset` bytes of the surface word were peeled,
/// leaving the matching key `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Bytes of the surface word taken by proclitics.
    pub offset: usize,
    /// Matching key of what remains.
    pub key: String,
    /// Letters peeled (0 for the word as written).
    pub peeled: usize,
}

/// Byte offset in `surface` after its first `letters` base letters
/// (diacritics, tatweel and controls in between are skipped with them).
fn offset_after_letters(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        if crate::text::normalize::is_arabic_letter(c) || c.is_alphabetic() {
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
pub fn readings(surface: &str, key: &str) -> Vec<Reading> {
    let mut out = vec![Reading {
        offset: 0,
        key: key.to_string(),
        peeled: 0,
    }];
    // Most words start with no proclitic letter: nothing to peel, and no
    // need for the allocations below (this function runs several times
    // per token).
    if !matches!(key.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) {
        return out;
    }
    let chars: Vec<char> = key.chars().collect();
    let mut push = |skip: usize, key: String, whole_word: bool| {
        if key.chars().count() >= MIN_STEM_LETTERS && !out.iter().any(|r| r.key == key) {
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
    let conj = matches!(chars.first(), Some('و' | 'ف')) as usize;
    for lead in 0..=conj {
        let rest: String = chars[lead..].iter().collect();
        if lead > 0 {
            push(lead, rest.clone(), false);
        }
        let rc: Vec<char> = rest.chars().collect();
        if rc.len() > 2 && rc[0] == 'ل' && rc[1] == 'ل' {
            // لل + word = ل + ال + word: keep the whole token as the surface.
            let with_article: String = std::iter::once('ا')
                .chain(rc[1..].iter().copied())
                .collect();
            push(lead + 1, with_article, true);
            continue;
        }
        if matches!(rc.first(), Some('ب' | 'ل' | 'ك')) {
            push(lead + 1, rc[1..].iter().collect(), false);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::key;

    fn keys(word: &str) -> Vec<(String, String)> {
        readings(word, &key(word))
            .into_iter()
            .map(|r| (r.key, word[r.offset..].to_string()))
            .collect()
    }

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [(&'static str, &'static str)],
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
