//! Quotation handling shared by the languages: pairing quotation marks.

pub mod marks;
