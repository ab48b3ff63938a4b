//! Byte offsets to UTF-16 offsets, converted once at the end of an analysis.

/// Converts sorted-or-not UTF-8 byte offsets of `text` to UTF-16 offsets.
///
/// Builds a prefix table once (linear in the text), so converting many
/// offsets costs one lookup each. Offsets must lie on char boundaries;
/// one that does not is mapped to the end of the char it falls in.
pub struct Utf16Map {
    /// UTF-16 offset at each byte that starts a char, plus one for the end.
    by_byte: Vec<u32>,
}

impl Utf16Map {
    /// Builds the table for `text`.
    #[inline(never)]
    pub fn new(text: &str) -> Utf16Map {
        // A byte scan, no decoding: every byte but a continuation byte
        // starts a char of one unit, two from U+10000 (lead byte 0xF0 up).
        // A continuation byte thus maps to the end of its char.
        let bytes = text.as_bytes();
        let mut by_byte = Vec::with_capacity(bytes.len() + 1);
        let mut units = 0u32;
        by_byte.extend(bytes.iter().map(|&b| {
            let at = units;
            units += u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0);
            at
        }));
        by_byte.push(units);
        Utf16Map { by_byte }
    }

    /// The UTF-16 offset of byte offset `byte` (clamped to the text's end).
    pub fn of(&self, byte: usize) -> usize {
        self.by_byte[byte.min(self.by_byte.len() - 1)] as usize
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
}
