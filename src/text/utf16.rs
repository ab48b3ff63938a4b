//! Byte offsets to UTF-16 offsets, converted once at the end of an analysis.

/// Converts sorted-or-not UTF-8 byte offsets of `text` to UTF-16 offsets.
///
/// Counts the units before every [`BLOCK`] bytes once (linear in the text),
/// so converting an offset counts at most [`BLOCK`] bytes more. Offsets
/// must lie on char boundaries; one that does not is mapped to the end of
/// the char it falls in.
pub struct Utf16Map<'t> {
    bytes: &'t [u8],
    /// UTF-16 units before each block of [`BLOCK`] bytes, plus one.
    at_block: Vec<u32>,
}

/// Bytes per counted block.
const BLOCK: usize = 16;

/// UTF-16 units a byte adds: every byte but a continuation byte starts a
/// char of one unit, two from U+10000 (lead byte 0xF0 up). A byte scan,
/// no decoding.
fn units(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .map(|&b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0))
        .sum()
}

/// The high bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// One in every byte: multiplying by it sums the bytes into the top one.
const ONES: u64 = 0x0101_0101_0101_0101;

/// [`units`] of the eight bytes of `w` (little-endian), eight at a time:
/// continuation bytes are `10xxxxxx` (high bit set, the next one clear),
/// lead bytes of four-byte chars `11110xxx` (the four high bits set).
fn units_of_word(w: u64) -> u32 {
    let continuation = w & !(w << 1) & HIGH_BITS;
    let astral = w & (w << 1) & (w << 2) & (w << 3) & HIGH_BITS;
    // Each count is at most 8, so the byte sums never carry.
    let count = |bits: u64| ((bits >> 7).wrapping_mul(ONES) >> 56) as u32;
    8 - count(continuation) + count(astral)
}

/// [`units`] of one whole block, a word at a time.
fn block_units(block: &[u8; BLOCK]) -> u32 {
    block
        .chunks_exact(8)
        .map(|c| {
            units_of_word(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]))
        })
        .sum()
}

impl<'t> Utf16Map<'t> {
    /// Builds the table for `text`.
    pub fn new(text: &'t str) -> Utf16Map<'t> {
        let bytes = text.as_bytes();
        let mut at_block = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut n = 0u32;
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            at_block.push(n);
            n += block_units(block.try_into().expect("a whole block"));
        }
        let rest = blocks.remainder();
        if !rest.is_empty() {
            at_block.push(n);
            n += units(rest);
        }
        at_block.push(n);
        Utf16Map { bytes, at_block }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text's end).
    pub fn of(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / BLOCK;
        (self.at_block[block] + units(&self.bytes[block * BLOCK..byte])) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_multibyte_and_astral() {
        let text = "a😀بc";
        let m = Utf16Map::new(text);
        assert_eq!(m.of(0), 0);
        assert_eq!(m.of(1), 1); // the emoji starts at unit 1
        assert_eq!(m.of(2), 3); // inside the emoji: its end
        assert_eq!(m.of(5), 3); // after the emoji: 2 units
        assert_eq!(m.of(7), 4); // after ب
        assert_eq!(m.of(8), 5);
        assert_eq!(m.of(100), 5);
    }

    #[test]
    fn words_count_as_bytes_do() {
        let samples = [
            "abcdefgh",
            "بببب",
            "a😀bcd",
            "😀😀",
            "\u{10FFFF}abcd",
            "éàüß",
            "\u{7FF}\u{800}\u{FFFF}",
        ];
        for s in samples {
            let mut bytes = [0u8; 8];
            let b = s.as_bytes();
            bytes[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
            // Every byte value in every place, around the sample's bytes.
            for place in 0..8 {
                for v in 0..=255u8 {
                    let mut w = bytes;
                    w[place] = v;
                    assert_eq!(
                        units_of_word(u64::from_le_bytes(w)),
                        units(&w),
                        "{s} {place} {v}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_boundary_across_blocks() {
        let text = "aب😀c ".repeat(2 * BLOCK);
        let m = Utf16Map::new(&text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(m.of(i), text[..i].encode_utf16().count(), "at {i}");
        }
    }
}
