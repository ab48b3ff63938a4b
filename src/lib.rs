//! # newslens
//!
//! Who is in a news article, and who said what: actors (people with their
//! titles, countries and governments, organisations, groups) and quotes
//! (direct, partial and reported speech), each attributed to its speaker.
//! Arabic is first-class; English is supported too. Pure Rust, no network,
//! no model download; the same analysis runs natively and in the browser
//! (WebAssembly).
//!
//! ```
//! use newslens::{analyze, Language};
//!
//! let text = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع.";
//! let analysis = analyze(text)?;
//! assert_eq!(analysis.language, Language::Arabic);
//! for actor in &analysis.actors {
//!     println!("{} ({:?})", actor.name, actor.kind);
//! }
//! for quote in &analysis.quotes {
//!     let speaker = analysis.speaker_of(quote).map(|a| a.name.as_str());
//!     println!("{:?}: {}", speaker, quote.text);
//! }
//!
//! let english = analyze("\"We will not retreat,\" Foreign Minister Sergei Lavrov said.")?;
//! assert_eq!(english.language, Language::English);
//! # Ok::<(), newslens::Error>(())
//! ```
//!
//! Offsets in the result are UTF-16 code-unit indices (what JavaScript uses);
//! every value also carries its UTF-8 byte [`Span`] for Rust callers.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod arabic;
mod english;
mod error;
mod findings;
mod hash;
mod language;
mod lexicon;
mod model;
mod options;
mod quotes;
mod sort;
mod span;
mod tagger;
mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, Result};
pub use language::detect_language;
pub use model::{Actor, ActorKind, Analysis, Language, Mention, MentionForm, Quote, QuoteKind};
pub use options::{LanguageChoice, Options, DEFAULT_MAX_INPUT_BYTES};
pub use span::Span;
/// Training support for the name tagger (`--features train`, used by
/// `tools/train_tagger.rs` only).
#[cfg(feature = "train")]
#[doc(hidden)]
pub use tagger::train as tagger_train;

use findings::Findings;
use text::document::Document;

/// The key buffer of an analysis starts at the text's length divided by this.
const KEY_BUFFER_DIVISOR: usize = 2;

/// Analyses `text` with the default [`Options`].
pub fn analyze(text: &str) -> Result<Analysis> {
    analyze_with(text, &Options::default())
}

/// Analyses `text`: finds its actors and quotes.
///
/// Fails only when the text is larger than the options allow; any other
/// input (empty, binary-looking, markup, unbalanced quotes) gives a result.
pub fn analyze_with(text: &str, options: &Options) -> Result<Analysis> {
    if text.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            len: text.len(),
            max: options.max_input_bytes,
        });
    }
    // The normalised keys of all tokens, in one buffer: made for about a
    // third of the words, never longer than the word but for presentation
    // forms, so half the text's length seldom grows.
    let original = text;
    // Tags and quote entities masked: same length, same char boundaries,
    // so the findings' spans slice the original (`into_analysis`).
    // Then page furniture (links to other stories, photo credits) blanked
    // the same way.
    let masked = text::furniture::mask(text::markup::mask(text));
    let text: &str = &masked;
    let mut keys = String::with_capacity(text.len() / KEY_BUFFER_DIVISOR);
    let doc = Document::new_in(text, &mut keys);
    // Under `Auto`, each paragraph is detected once; the document's counts
    // are the sum of its paragraphs' (only white space lies between them).
    let para_langs: Vec<Language> = match options.language {
        LanguageChoice::Auto => {
            let mut total = language::Counts::default();
            let mut langs = Vec::with_capacity(doc.paragraphs.len());
            for p in &doc.paragraphs {
                let start = doc.tokens[p.start].span.start;
                let end = doc.tokens[p.end - 1].span.end;
                let counts = language::Counts::of(&text[start..end]);
                total.add(counts);
                langs.push(counts.language());
            }
            let language = total.language();
            for l in &mut langs {
                if *l == Language::Undetermined {
                    *l = language;
                }
            }
            langs.push(language);
            langs
        }
        LanguageChoice::Arabic => vec![Language::Arabic; doc.paragraphs.len() + 1],
        LanguageChoice::English => vec![Language::English; doc.paragraphs.len() + 1],
    };
    // The last element is the document's language.
    let language = para_langs[doc.paragraphs.len()];
    let mut findings = Findings::default();
    // Each paragraph gets the rules of its own language, so an English
    // paragraph inside an Arabic article is read as English.
    let mut runs: Vec<(Language, std::ops::Range<usize>)> = Vec::new();
    for (p, &lang) in doc.paragraphs.iter().zip(&para_langs) {
        match runs.last_mut() {
            Some((l, r)) if *l == lang && r.end == p.start => r.end = p.end,
            _ => runs.push((lang, p.clone())),
        }
    }
    for (lang, range) in runs {
        match lang {
            Language::Arabic => arabic::analyze(&doc, range, &mut findings, options),
            Language::English => english::analyze(&doc, range, &mut findings),
            Language::Undetermined => {}
        }
    }
    let masked = match &masked {
        std::borrow::Cow::Owned(m) => Some(m.as_str()),
        std::borrow::Cow::Borrowed(_) => None,
    };
    Ok(findings.into_analysis(original, masked, language, options))
}
