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

impl<'t> Utf16Map<'t> {
    /// Builds the table for `text`.
    pub fn new(text: &'t str) -> Utf16Map<'t> {
        let bytes = text.as_bytes();
        let mut at_block = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut n = 0u32;
        for block in bytes.chunks(BLOCK) {
            at_block.push(n);
            n += units(block);
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
    fn every_boundary_across_blocks() {
        let text = "aب😀c ".repeat(2 * BLOCK);
        let m = Utf16Map::new(&text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(m.of(i), text[..i].encode_utf16().count(), "at {i}");
        }
    }
}
