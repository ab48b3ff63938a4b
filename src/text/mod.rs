//! Text handling: normalised keys, tokens, sentences and paragraphs, and the
//! mapping of byte offsets to UTF-16 offsets.

pub mod document;
pub(crate) mod furniture;
pub(crate) mod markup;
pub mod normalize;
pub(crate) mod presentation;
pub mod token;
pub mod utf16;

/// Bytes per word of the word-at-a-time search in [`find_byte`].
const WORD: usize = 8;
/// The low bit of every byte of a word.
const LOW_BITS: u64 = u64::from_le_bytes([0x01; WORD]);
/// The high bit of every byte of a word.
const HIGH_BITS: u64 = u64::from_le_bytes([0x80; WORD]);

/// The eight bytes of `chunk` (of [`WORD`] bytes) as one word, the first
/// lowest.
#[inline]
fn word_of(chunk: &[u8]) -> u64 {
    let mut b = [0u8; WORD];
    b.copy_from_slice(chunk);
    u64::from_le_bytes(b)
}

/// The high bit of each zero byte of `v`, and none when it has none (it
/// only borrows past a zero byte, so the lowest set bit is exact).
#[inline]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(LOW_BITS) & !v & HIGH_BITS
}

/// The index of the first `x` in `hay`. Eight bytes at a time: the data
/// files are read this way at start-up, and a byte loop (or `str::find` on
/// such short lines) costs several times as much.
pub(crate) fn find_byte(hay: &[u8], x: u8) -> Option<usize> {
    let pattern = LOW_BITS * u64::from(x);
    let mut chunks = hay.chunks_exact(WORD);
    let mut at = 0;
    for c in &mut chunks {
        // A zero byte of the word ^ pattern is a byte equal to `x`.
        let found = zero_bytes(word_of(c) ^ pattern);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / WORD);
        }
        at += WORD;
    }
    // The last 1 to 7 bytes as one word too, from two overlapping loads
    // (a byte loop here cost more than the rest for short fields), with
    // the padding masked off.
    let rest = chunks.remainder();
    let n = rest.len();
    if n == 0 {
        return None;
    }
    let found = zero_bytes(crate::hash::tail_word(rest) ^ pattern) & ((1u64 << (8 * n)) - 1);
    (found != 0).then(|| at + found.trailing_zeros() as usize / WORD)
}

/// True when `hay` holds `a` or `b`: one pass for both, sixteen bytes at a
/// time (two `memchr` passes over every text cost twice as much).
pub(crate) fn has_either_byte(hay: &[u8], a: u8, b: u8) -> bool {
    let (pa, pb) = (LOW_BITS * u64::from(a), LOW_BITS * u64::from(b));
    let mut pairs = hay.chunks_exact(2 * WORD);
    for c in &mut pairs {
        let (x, y) = (word_of(&c[..WORD]), word_of(&c[WORD..]));
        if zero_bytes(x ^ pa) | zero_bytes(x ^ pb) | zero_bytes(y ^ pa) | zero_bytes(y ^ pb) != 0 {
            return true;
        }
    }
    pairs.remainder().iter().any(|&x| x == a || x == b)
}

/// How many times `x` occurs in `hay`, eight bytes at a time (the data
/// files' lines are counted this way at start-up).
pub(crate) fn count_byte(hay: &[u8], x: u8) -> usize {
    const LOW_SEVEN: u64 = !HIGH_BITS;
    let pattern = LOW_BITS * u64::from(x);
    let mut chunks = hay.chunks_exact(WORD);
    let mut n = 0;
    for c in &mut chunks {
        let v = word_of(c) ^ pattern;
        // The high bit of each byte that is not zero (no borrows between
        // bytes, so every byte is told exactly); the zero bytes are the
        // matches.
        let nonzero = ((v & LOW_SEVEN) + LOW_SEVEN) | v;
        n += (!nonzero & HIGH_BITS).count_ones() as usize;
    }
    n + chunks.remainder().iter().filter(|&&b| b == x).count()
}

/// Copies `text` without its comment lines (those starting with `#`, with
/// their line break) into `out` as far as it reaches, and returns the
/// length of the whole stripped text: see [`data_file!`].
const fn copy_uncommented(text: &str, out: &mut [u8]) -> usize {
    let b = text.as_bytes();
    let (mut i, mut n, mut line_start, mut comment) = (0, 0, true, false);
    while i < b.len() {
        if line_start {
            comment = b[i] == b'#';
        }
        if !comment {
            if n < out.len() {
                out[n] = b[i];
            }
            n += 1;
        }
        line_start = b[i] == b'\n';
        i += 1;
    }
    n
}

/// The length of `text` without its comment lines: see [`data_file!`].
pub(crate) const fn uncommented_len(text: &str) -> usize {
    copy_uncommented(text, &mut [])
}

/// `text` without its comment lines, as `N` bytes (`N` from
/// [`uncommented_len`]): see [`data_file!`].
pub(crate) const fn uncommented<const N: usize>(text: &str) -> [u8; N] {
    let mut out = [0u8; N];
    copy_uncommented(text, &mut out);
    out
}

/// A data file compiled in without its comment lines. Their headers
/// (provenance, licence, format) stay in the files under `data/`; the
/// module does not need them, and they cost about 3 KB gzip in the wasm.
/// The stripping runs at compile time, so only the stripped text is
/// embedded.
macro_rules! data_file {
    ($path:literal) => {{
        const RAW: &str = include_str!($path);
        const LEN: usize = $crate::text::uncommented_len(RAW);
        const BYTES: [u8; LEN] = $crate::text::uncommented::<LEN>(RAW);
        const TEXT: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a data file without its comment lines is UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use data_file;

/// The lines of a compiled-in data file, as [`str::lines`] gives them, but
/// found by a byte scan (much cheaper on the large lists read at start-up).
pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = file;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match find_byte(rest.as_bytes(), b'\n') {
            Some(i) => {
                let line = &rest[..i];
                rest = &rest[i + 1..];
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// The tab-separated fields of a data line, as `line.split('\t')` gives
/// them, found by a byte scan.
pub(crate) fn tab_fields(line: &str) -> impl Iterator<Item = &str> {
    split_ascii(line, b'\t')
}

/// The most decimal digits of a `usize`.
pub(crate) const MAX_DECIMAL_DIGITS: usize = 20;

/// Writes `n` in decimal to `out` (without the formatting machinery: a few
/// hundred instructions per number otherwise).
pub(crate) fn push_decimal(mut n: usize, out: &mut String) {
    let mut digits = [0u8; MAX_DECIMAL_DIGITS];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// `s.split(sep)` for an ASCII `sep`, found by [`find_byte`].
pub(crate) fn split_ascii(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r.as_bytes(), sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The data rows of a compiled-in file: its lines but comments (`#`) and
/// blank lines.
pub(crate) fn data_rows(file: &str) -> impl Iterator<Item = &str> + Clone {
    data_lines(file).filter(|l| !l.starts_with('#') && !is_blank(l))
}

/// Calls `each` with every word of a front-coded word list, in order (the
/// format `tools/build_names.py` writes for `data/ar_common_words.txt`):
/// within a line, a capital letter before a word's ending gives how many
/// bytes (`A` = 1, `B` = 2, ...; whole characters) the word shares with the
/// one before;
/// a line begins with a whole word. Sorted lists share long prefixes, so
/// this takes about a third off the list's compressed size in the module.
/// The words themselves hold no ASCII capital letter (the generator checks).
pub(crate) fn front_coded_words(file: &str, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    for line in data_rows(file) {
        let mut rest = line;
        let mut shared: Option<usize> = None;
        loop {
            // A capital is ASCII: no byte of a longer character can be one.
            let end = rest
                .bytes()
                .position(|b| b.is_ascii_uppercase())
                .unwrap_or(rest.len());
            match shared {
                None => word.clear(),
                Some(n) => {
                    let mut cut = n.min(word.len());
                    while !word.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    word.truncate(cut);
                }
            }
            word.push_str(&rest[..end]);
            each(&word);
            let Some(&mark) = rest.as_bytes().get(end) else {
                break;
            };
            shared = Some(usize::from(mark - b'A') + 1);
            rest = &rest[end + 1..];
        }
    }
}

/// True for a line of whitespace only; decided by the first byte for
/// nearly every line (a letter, digit or sign), without decoding it.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii_graphic() => false,
        _ => line.trim().is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_words_decode() {
        struct Case {
            file: &'static str,
            words: &'static [&'static str],
        }
        let cases = [
            Case {
                file: "# c\nآخرFانFونFين\nأBؤمن\n",
                words: &["آخر", "آخران", "آخرون", "آخرين", "أ", "أؤمن"],
            },
            // Digits and a word that is all prefix of the next.
            Case {
                file: "1350مA420هB\n907م",
                words: &["1350م", "1420ه", "14", "907م"],
            },
            // A count past the word before keeps all of it; one inside a
            // character keeps the characters before it.
            Case {
                file: "ابZتC\n",
                words: &["اب", "ابت", "ا"],
            },
            Case {
                file: "",
                words: &[],
            },
        ];
        for case in cases {
            let mut got = Vec::new();
            front_coded_words(case.file, |w| got.push(w.to_string()));
            assert_eq!(got, case.words, "{:?}", case.file);
        }
    }

    #[test]
    fn rows_and_splits_like_std() {
        let file = "# c\n\n \t\nرأس\tb\n\u{a0}\nx  y\n";
        assert_eq!(
            data_rows(file).collect::<Vec<_>>(),
            file.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .collect::<Vec<_>>()
        );
        for s in ["", " ", "a b", " a  b ", "x y z"] {
            assert_eq!(
                split_ascii(s, b' ').collect::<Vec<_>>(),
                s.split(' ').collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn has_either_byte_finds_each() {
        // Every start and end, so the bytes sought fall in every lane of
        // both words and in the tail; high bytes and borrows around them.
        let hay = "ab<cdefgh\tij سلام&klm\0\x01\x08nopqrstuv<&\n;=%".as_bytes();
        for start in 0..hay.len() {
            for end in start..=hay.len() {
                for (a, b) in [
                    (b'<', b'&'),
                    (b'a', b'v'),
                    (0xD8, b'z'),
                    (0, 1),
                    (b';', b'='),
                    (0x80, 0x81),
                ] {
                    let h = &hay[start..end];
                    assert_eq!(
                        has_either_byte(h, a, b),
                        h.iter().any(|&x| x == a || x == b),
                        "{start}..{end} {a} {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn find_byte_finds_the_first() {
        // Every start and end (so every length of the last word), with
        // bytes next to the one sought (borrows), NUL and high bytes.
        let hay = "ab\tcdefgh\tij سلام\tklm\0\x01\x08nopqrstuv\t\t\n".as_bytes();
        for start in 0..hay.len() {
            for end in start..=hay.len() {
                for x in [b'\t', b'a', b'v', 0xD8, b'z', 0, 1, b'\n', 0x80] {
                    let h = &hay[start..end];
                    assert_eq!(
                        find_byte(h, x),
                        h.iter().position(|&b| b == x),
                        "{start}..{end} {x}"
                    );
                }
            }
        }
    }

    #[test]
    fn count_byte_counts_every_one() {
        let hay = "\n\nab\n\tcdefgh\n\n\n\n\n\n\n\nij سلام\n\0\x01\x7f\u{80}\n".as_bytes();
        for start in 0..hay.len() {
            for end in start..=hay.len() {
                for x in [b'\n', b'a', 0, 1, 0x7F, 0x80, 0xD8] {
                    let h = &hay[start..end];
                    let want = h.iter().filter(|&&b| b == x).count();
                    assert_eq!(count_byte(h, x), want, "{start}..{end} {x}");
                }
            }
        }
    }

    #[test]
    fn comment_lines_are_stripped_at_compile_time() {
        macro_rules! stripped {
            ($text:literal) => {{
                const LEN: usize = uncommented_len($text);
                const BYTES: [u8; LEN] = uncommented::<LEN>($text);
                std::str::from_utf8(&BYTES).unwrap().to_string()
            }};
        }
        struct Case {
            name: &'static str,
            got: String,
            want: &'static str,
        }
        let cases = [
            Case {
                name: "empty",
                got: stripped!(""),
                want: "",
            },
            Case {
                name: "a header and a row",
                got: stripped!("# generated\n# licence\nrow\n"),
                want: "row\n",
            },
            Case {
                name: "a comment between rows, and a last line with no break",
                got: stripped!("a\tb\n# note\nc\td"),
                want: "a\tb\nc\td",
            },
            Case {
                name: "# inside a row is data",
                got: stripped!("a#b\n #c\n"),
                want: "a#b\n #c\n",
            },
            Case {
                name: "only a comment, with Arabic",
                got: stripped!("# مصدر"),
                want: "",
            },
            Case {
                name: "Arabic rows kept whole",
                got: stripped!("#x\nالأمم المتحدة\n"),
                want: "الأمم المتحدة\n",
            },
        ];
        for c in cases {
            assert_eq!(c.got, c.want, "{}", c.name);
        }
        let countries = crate::text::data_file!("../../data/countries.tsv");
        assert!(!countries.starts_with('#') && !countries.contains("\n#"));
        assert!(include_str!("../../data/countries.tsv").starts_with('#'));
    }

    #[test]
    fn data_lines_and_fields_split_like_std() {
        let texts = [
            "",
            "a",
            "a\n",
            "a\r\nb",
            "a\n\nb\n",
            "x\ty\t\tz\n# c\r\n\t",
            "a\r",
        ];
        for t in texts {
            assert_eq!(
                data_lines(t).collect::<Vec<_>>(),
                t.lines().collect::<Vec<_>>(),
                "{t:?}"
            );
            for l in t.lines() {
                assert_eq!(
                    tab_fields(l).collect::<Vec<_>>(),
                    l.split('\t').collect::<Vec<_>>(),
                    "{l:?}"
                );
            }
        }
    }
}
