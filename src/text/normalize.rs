//! Matching keys: a normalised form of a word, used only for lookup. The
//! original text is never rewritten; spans always point into it.

/// True for Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef ...)
/// which are dropped from keys.
pub fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Tatweel (kashida), a stretching character with no meaning.
pub const TATWEEL: char = '\u{0640}';

/// True for invisible formatting characters (zero-width and bidi controls,
/// BOM, soft hyphen) that are skipped when matching.
pub fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// True for letters of the Arabic script (base and presentation forms).
pub fn is_arabic_letter(c: char) -> bool {
    // The basic letters (U+0620..U+064A but tatweel) first: nearly every
    // letter of Arabic text, and everything below them is no letter.
    let u = c as u32;
    if u < 0x0620 {
        return false;
    }
    if u <= 0x064A {
        return c != TATWEEL;
    }
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Maps one Arabic letter to its matching form: alef variants to bare alef,
/// alef maqsura to ya, ta marbuta to ha, hamza seats to their letters,
/// Persian kaf and ya to Arabic ones.
fn fold_arabic(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        'ڤ' => 'ف',
        'گ' => 'ك',
        _ => c,
    }
}

/// Maps Arabic-Indic and extended Arabic-Indic digits to ASCII digits.
fn fold_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => c,
    }
}

/// Appends the matching key of `word` to `out`.
///
/// Drops diacritics, tatweel and invisible controls; folds Arabic letter
/// variants (see [`fold_arabic`]), presentation forms to base letters,
/// Arabic digits to ASCII, typographic apostrophes to `'`, and letter case.
pub fn push_key(word: &str, out: &mut String) {
    let mut rest = word;
    loop {
        // The longest start that is its own key is copied at once. After a
        // character that changes (a hamza seat, a capital, a diacritic),
        // the byte scan resumes: such characters mostly stand alone among
        // kept letters (الأمم، United), so decoding every character after
        // the first of them cost most lexicon rows twice as much.
        let same = unchanged_prefix(rest);
        out.push_str(&rest[..same]);
        let mut chars = rest[same..].chars();
        let Some(c) = chars.next() else { return };
        push_key_char(c, out);
        rest = chars.as_str();
    }
}

/// Length in bytes of the longest start of `word` made of characters that
/// [`push_key`] keeps as they are: ASCII other than capitals, and the basic
/// Arabic letters that no folding changes. A byte scan, much cheaper than
/// decoding character by character.
pub(crate) fn unchanged_prefix(word: &str) -> usize {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                break;
            }
            i += 1;
            continue;
        }
        // Two-byte UTF-8 of U+0600..U+067F: lead 0xD8 or 0xD9, then a
        // continuation byte whose low six bits index KEPT_ARABIC.
        let Some(&y) = b.get(i + 1) else { break };
        let row = match x {
            0xD8 => 0,
            0xD9 => 1,
            _ => break,
        };
        if KEPT_ARABIC[row] & (1 << (y & 0x3F)) == 0 {
            break;
        }
        i += 2;
    }
    i
}

/// True when the two bytes `lead` (0xD8 or 0xD9), `next` are a letter
/// that is its own key (see [`unchanged_prefix`]).
#[inline]
pub(crate) fn is_kept_arabic(lead: u8, next: u8) -> bool {
    KEPT_ARABIC[usize::from(lead & 1)] >> (next & 0x3F) & 1 != 0
}

/// The letters of U+0600..U+067F that are their own key, one bit per code
/// point: U+0600..U+063F in the first word, U+0640..U+067F in the second.
/// U+0621..U+063A and U+0641..U+064A but the folded hamza seats, alef
/// madda, ta marbuta and alef maqsura.
const KEPT_ARABIC: [u64; 2] = kept_arabic();

const fn kept_arabic() -> [u64; 2] {
    let mut rows = [0u64; 2];
    let mut c = 0x0600u32;
    while c < 0x0680 {
        let kept = matches!(c, 0x0621..=0x063A | 0x0641..=0x064A)
            && !matches!(
                c,
                0x0622 | 0x0623 | 0x0624 | 0x0625 | 0x0626 | 0x0629 | 0x0649
            );
        if kept {
            rows[((c - 0x0600) / 64) as usize] |= 1 << ((c - 0x0600) % 64);
        }
        c += 1;
    }
    rows
}

/// Appends the key of one character (see [`push_key`]).
fn push_key_char(c: char, out: &mut String) {
    // Fast paths for the letters that make up nearly all news text.
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') {
        out.push(fold_arabic(c));
        return;
    }
    if is_arabic_diacritic(c) || c == TATWEEL || is_ignorable(c) {
        return;
    }
    if let Some(expanded) = crate::text::presentation::expand(c) {
        for e in expanded.chars() {
            if !is_arabic_diacritic(e) {
                out.push(fold_arabic(e));
            }
        }
        return;
    }
    let c = match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        _ => fold_digit(fold_arabic(c)),
    };
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c.is_uppercase() {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// How a phrase stands to its phrase key (see [`phrase_key`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyShape {
    /// The phrase is its own key: words of characters that are their own
    /// key, joined by single spaces (about half the lexicon rows, which
    /// need no key made).
    Own,
    /// So but for ASCII capitals: its key is its ASCII lower case (most
    /// English rows).
    AsciiLower,
    /// Its key must be made.
    Made,
}

/// The [`KeyShape`] of `phrase`, told by one byte scan.
pub(crate) fn phrase_key_shape(phrase: &str) -> KeyShape {
    let b = phrase.as_bytes();
    if b.first().is_none_or(|&c| c == b' ') || b.last().is_none_or(|&c| c == b' ') {
        return KeyShape::Made;
    }
    // What `unchanged_prefix` keeps (and ASCII capitals), and of the ASCII
    // bytes no separator but single spaces: all in one pass (a start-up
    // cost, per lexicon row).
    let (mut i, mut space, mut upper) = ascii_words_prefix(b);
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if matches!(x, b'_' | b'\t'..=b'\r') || space && x == b' ' {
                return KeyShape::Made;
            }
            upper |= x.is_ascii_uppercase();
            space = x == b' ';
            i += 1;
            continue;
        }
        space = false;
        let Some(&y) = b.get(i + 1) else {
            return KeyShape::Made;
        };
        let row = match x {
            0xD8 => 0,
            0xD9 => 1,
            _ => return KeyShape::Made,
        };
        if KEPT_ARABIC[row] & (1 << (y & 0x3F)) == 0 {
            return KeyShape::Made;
        }
        i += 2;
    }
    if upper {
        KeyShape::AsciiLower
    } else {
        KeyShape::Own
    }
}

/// Eight bytes, each `b`.
const fn bytes_of(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The high bit of each of eight bytes.
const HIGH: u64 = bytes_of(0x80);

/// The high bit of each byte of `v` (bytes below 0x80 only) that is `b`.
fn equal_bytes(v: u64, b: u8) -> u64 {
    // Below 0x80 no byte carries into the next one.
    let x = v ^ bytes_of(b);
    !((x + bytes_of(0x7F)) | x) & HIGH
}

/// The high bit of each byte of `v` (bytes below 0x80 only) at least `b`
/// (at most 0x80).
fn at_least(v: u64, b: u8) -> u64 {
    (v + bytes_of(0x80 - b)) & HIGH
}

/// What [`phrase_key_shape`] finds in the longest start of `b` that it can
/// read eight bytes at a time: ASCII with single spaces, no other byte
/// below `!` and no `_`, as in an English name. Returns how many bytes
/// were read, whether the last was a space, and whether any was a capital.
fn ascii_words_prefix(b: &[u8]) -> (usize, bool, bool) {
    let (mut i, mut space, mut upper) = (0, false, false);
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        if v & HIGH != 0 {
            break;
        }
        let spaces = equal_bytes(v, b' ');
        // A space after a space (the one before this chunk's first byte
        // included), another byte below `!`, or `_`: left to the byte loop.
        let doubled = spaces & (spaces << 8 | u64::from(space) << 7);
        let other = !at_least(v, b' ') & HIGH | equal_bytes(v, b'_');
        if doubled | other != 0 {
            break;
        }
        upper |= at_least(v, b'A') & !at_least(v, b'Z' + 1) != 0;
        space = spaces >> 63 != 0;
        i += 8;
    }
    (i, space, upper)
}

/// True when `phrase` is its own phrase key (see [`phrase_key_shape`]).
#[cfg(test)]
pub(crate) fn is_own_phrase_key(phrase: &str) -> bool {
    phrase_key_shape(phrase) == KeyShape::Own
}

/// True for a byte that may be, or start, a word separator of
/// [`push_phrase_key`] other than the ASCII space: `_`, ASCII whitespace and
/// the lead bytes of the other Unicode whitespace (U+0085, U+00A0, U+1680,
/// U+2000..U+205F, U+3000).
fn maybe_other_separator(b: u8) -> bool {
    matches!(
        b,
        b'_' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3
    )
}

/// The matching key of `word` (see [`push_key`]).
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_key(word, &mut out);
    out
}

/// The matching key of a phrase: the keys of its words joined by one space.
pub fn phrase_key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    push_phrase_key(phrase, &mut out);
    out
}

/// Appends the matching key of a phrase to `out` (see [`phrase_key`]).
pub fn push_phrase_key(phrase: &str, out: &mut String) {
    let start = out.len();
    // Nearly every phrase (all lexicon rows) has no separator but the ASCII
    // space: split at it by bytes rather than decoding every character.
    // A fold rather than `any`: no early exit, so it runs on whole vectors.
    if !phrase
        .bytes()
        .fold(false, |found, b| found | maybe_other_separator(b))
    {
        for word in crate::text::split_ascii(phrase, b' ') {
            if word.is_empty() {
                continue;
            }
            if out.len() > start {
                out.push(' ');
            }
            push_key(word, out);
        }
        return;
    }
    for word in phrase.split(|c: char| c.is_whitespace() || c == '_') {
        if word.is_empty() {
            continue;
        }
        if out.len() > start {
            out.push(' ');
        }
        push_key(word, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static str,
    }

    #[test]
    fn keys() {
        let cases = [
            Case {
                name: "hamza alef",
                text: "أمريكا",
                want: "امريكا",
            },
            Case {
                name: "diacritics and tatweel",
                text: "قـالَ",
                want: "قال",
            },
            Case {
                name: "ta marbuta",
                text: "الروسية",
                want: "الروسيه",
            },
            Case {
                name: "alef maqsura",
                text: "موسى",
                want: "موسي",
            },
            Case {
                name: "hamza on ya",
                text: "رئيس",
                want: "رييس",
            },
            Case {
                name: "latin case",
                text: "Lavrov",
                want: "lavrov",
            },
            Case {
                name: "curly apostrophe",
                text: "Russia’s",
                want: "russia's",
            },
            Case {
                name: "zero width",
                text: "رو\u{200C}سيا",
                want: "روسيا",
            },
            Case {
                name: "arabic digits",
                text: "١٠٠٠",
                want: "1000",
            },
            Case {
                name: "presentation forms",
                text: "\u{FEDF}\u{FEE8}",
                want: "لن",
            },
            Case {
                name: "lam alef ligature",
                text: "\u{FEFB}",
                want: "لا",
            },
        ];
        for case in cases {
            assert_eq!(key(case.text), case.want, "{}", case.name);
        }
    }

    /// The byte-split fast path of phrase keys agrees with splitting at
    /// every whitespace character and `_`.
    #[test]
    fn phrase_keys_split_like_chars() {
        let phrases = [
            "الأمم المتحدة",
            "  a  b ",
            "a\u{a0}b",
            "a\u{2003}b\u{3000}c",
            "x\u{1680}y\u{85}z",
            "Sergei_Lavrov",
            "é ü",
            "",
        ];
        for p in phrases {
            let mut want = String::new();
            for w in p.split(|c: char| c.is_whitespace() || c == '_') {
                if w.is_empty() {
                    continue;
                }
                if !want.is_empty() {
                    want.push(' ');
                }
                push_key(w, &mut want);
            }
            assert_eq!(phrase_key(p), want, "{p:?}");
        }
        // Every whitespace character starts with a byte the fast path
        // leaves to the slow one.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.is_whitespace() && c != ' ' {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(maybe_other_separator(lead), "{c:?}");
            }
        }
    }

    #[test]
    fn own_phrase_keys_in_one_pass() {
        // The conditions one by one, on every string of up to four of
        // these characters.
        let by_parts = |p: &str| {
            let b = p.as_bytes();
            unchanged_prefix(p) == b.len()
                && b.first().is_some_and(|&c| c != b' ')
                && b.last().is_some_and(|&c| c != b' ')
                && !b.windows(2).any(|w| w == b"  ")
                && !b.iter().any(|&c| matches!(c, b'_' | b'\t'..=b'\r'))
        };
        let alphabet = [
            ' ', '_', '\t', '\n', 'a', 'A', 'ب', 'أ', 'é', '\u{0640}', '\u{067F}',
        ];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            for w in &longer {
                let shape = phrase_key_shape(w);
                assert_eq!(is_own_phrase_key(w), by_parts(w), "{w:?}");
                // Own but for ASCII capitals: the key is the lower case.
                let lower = w.to_ascii_lowercase();
                assert_eq!(shape != KeyShape::Made, by_parts(&lower), "{w:?}");
                if shape != KeyShape::Made {
                    assert_eq!(phrase_key(w), lower, "{w:?}");
                }
            }
            words = longer;
        }
        assert!(!is_own_phrase_key(""));
    }

    /// The eight-byte reading of ASCII gives what the byte loop gives, on
    /// phrases long enough to use it, at every alignment of its cases.
    #[test]
    fn own_phrase_keys_eight_bytes_at_a_time() {
        let parts = [
            "Abcdefgh", "abc def", "  ", " ", "_", "\t", "\x01", "@[`{", "Z", "ب", "é", "أ",
        ];
        let byte_loop = |p: &str| {
            let lower = p.to_ascii_lowercase();
            let own = unchanged_prefix(&lower) == lower.len()
                && !p.starts_with(' ')
                && !p.ends_with(' ')
                && !p.is_empty()
                && !p.contains("  ")
                && !p.bytes().any(|c| matches!(c, b'_' | b'\t'..=b'\r'));
            match (own, p.bytes().any(|c| c.is_ascii_uppercase())) {
                (false, _) => KeyShape::Made,
                (true, true) => KeyShape::AsciiLower,
                (true, false) => KeyShape::Own,
            }
        };
        for a in parts {
            for b in parts {
                for c in parts {
                    for pad in ["", "x", "xy", "xyz", "wxyz", "vwxyz", "uvwxyz", "tuvwxyz"] {
                        let p = format!("{pad}{a}{b}{c}");
                        assert_eq!(phrase_key_shape(&p), byte_loop(&p), "{p:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn own_phrase_keys() {
        struct Case {
            text: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                text: "الولايات المتحده",
                want: true,
            },
            Case {
                text: "roberto azevedo",
                want: true,
            },
            Case {
                text: "الولايات المتحدة",
                want: false,
            },
            Case {
                text: "Roberto",
                want: false,
            },
            Case {
                text: "a  b",
                want: false,
            },
            Case {
                text: " a",
                want: false,
            },
            Case {
                text: "a ",
                want: false,
            },
            Case {
                text: "a_b",
                want: false,
            },
            Case {
                text: "a\tb",
                want: false,
            },
            Case {
                text: "a\x0Bb",
                want: false,
            },
            Case {
                text: "",
                want: false,
            },
        ];
        for case in cases {
            assert_eq!(is_own_phrase_key(case.text), case.want, "{:?}", case.text);
            if case.want {
                assert_eq!(phrase_key(case.text), case.text);
            }
        }
    }

    #[test]
    fn phrase_keys_join_words() {
        assert_eq!(phrase_key("  الولايات   المتحدة "), "الولايات المتحده");
        assert_eq!(phrase_key("SERGEI_LAVROV"), "sergei lavrov");
    }
}
