//! Text handling: normalised keys, tokens, sentences and paragraphs, and the
//! mapping of byte offsets to UTF-16 offsets.

pub mod document;
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

/// The index of the first `x` in `hay`. Eight bytes at a time: the data
/// files are read this way at start-up, and a byte loop (or `str::find` on
/// such short lines) costs several times as much.
pub(crate) fn find_byte(hay: &[u8], x: u8) -> Option<usize> {
    let pattern = LOW_BITS * u64::from(x);
    let mut chunks = hay.chunks_exact(WORD);
    let mut at = 0;
    for c in &mut chunks {
        let mut b = [0u8; WORD];
        b.copy_from_slice(c);
        // A zero byte of `v` is a byte equal to `x`; this sets its high bit
        // (and only borrows past a zero byte, so the lowest set bit is exact).
        let v = u64::from_le_bytes(b) ^ pattern;
        let found = v.wrapping_sub(LOW_BITS) & !v & HIGH_BITS;
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / WORD);
        }
        at += WORD;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == x)
        .map(|i| at + i)
}

/// The lines of a compiled-in data file, as [`str::lines`] gives them, but
/// found by a byte scan (much cheaper on the large lists read at start-up).
pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> {
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
pub(crate) fn data_rows(file: &str) -> impl Iterator<Item = &str> {
    data_lines(file).filter(|l| !l.starts_with('#') && !is_blank(l))
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
    fn find_byte_finds_the_first() {
        let hay = "ab\tcdefgh\tij سلام\tklmnopqrstuv\t\t".as_bytes();
        for start in 0..hay.len() {
            for x in [b'\t', b'a', b'v', 0xD8, b'z'] {
                let h = &hay[start..];
                assert_eq!(
                    find_byte(h, x),
                    h.iter().position(|&b| b == x),
                    "{start} {x}"
                );
            }
        }
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
