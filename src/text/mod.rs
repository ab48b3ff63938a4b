//! Text handling: normalised keys, tokens, sentences and paragraphs, and the
//! mapping of byte offsets to UTF-16 offsets.

pub mod document;
pub mod normalize;
pub(crate) mod presentation;
pub mod token;
pub mod utf16;
