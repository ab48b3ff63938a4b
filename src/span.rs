//! Byte spans into the analysed text.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a UTF-8 string.
///
/// Both ends always lie on `char` boundaries of the text the span was made
/// from, so `&text[span.start..span.end]` never panics for that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so it is never before `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The slice of `text` this span covers, or `""` if it does not fit.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_clamps_reversed_ends() {
        assert_eq!(Span::new(5, 3), Span { start: 5, end: 5 });
    }

    #[test]
    fn overlap_is_half_open() {
        let a = Span::new(0, 4);
        assert!(!a.overlaps(Span::new(4, 6)));
        assert!(a.overlaps(Span::new(3, 6)));
        assert!(a.contains(Span::new(1, 4)));
        assert!(!a.contains(Span::new(1, 5)));
    }

    #[test]
    fn slice_off_boundary_is_empty() {
        let text = "سلام";
        assert_eq!(Span::new(0, 2).slice(text), "س");
        assert_eq!(Span::new(0, 1).slice(text), "");
    }
}
