//! Errors the analysis can report.

use std::fmt;

/// Why a text could not be analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is longer than [`crate::Options::max_input_bytes`] allows.
    InputTooLarge {
        /// Length of the text in UTF-8 bytes.
        len: usize,
        /// The limit in force.
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { len, max } => write!(
                f,
                "input too large: {len} bytes of UTF-8, the limit is {max} bytes"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// The result type of this crate.
pub type Result<T> = std::result::Result<T, Error>;
