//! What to analyse and how.

/// Default limit on input size: large enough for any article or a book-length
/// dump, small enough that a page cannot be frozen by accident.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Which language rules to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// Detect the language of the document and of each paragraph.
    #[default]
    Auto,
    /// Treat the whole text as Arabic.
    Arabic,
    /// Treat the whole text as English.
    English,
}

/// Options for [`crate::analyze_with`]. Build with `Options::default()` and
/// the chained setters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub(crate) language: LanguageChoice,
    pub(crate) actors: bool,
    pub(crate) quotes: bool,
    pub(crate) max_input_bytes: usize,
    pub(crate) name_tagger: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            language: LanguageChoice::Auto,
            actors: true,
            quotes: true,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            name_tagger: true,
        }
    }
}

impl Options {
    /// Which language rules to apply (default: detect).
    pub fn language(mut self, language: LanguageChoice) -> Self {
        self.language = language;
        self
    }

    /// Whether to report actors (default: yes). Quote speakers are still
    /// resolved internally; with actors off, quotes carry no speaker id.
    pub fn actors(mut self, on: bool) -> Self {
        self.actors = on;
        self
    }

    /// Whether to report quotes (default: yes).
    pub fn quotes(mut self, on: bool) -> Self {
        self.quotes = on;
        self
    }

    /// Largest accepted input in UTF-8 bytes (default [`DEFAULT_MAX_INPUT_BYTES`]).
    pub fn max_input_bytes(mut self, max: usize) -> Self {
        self.max_input_bytes = max;
        self
    }

    /// Whether the statistical name tagger adds the Arabic names that the
    /// lexicons and title rules miss (default: yes). Off, the analysis is
    /// about twice as fast on Arabic and finds fewer unlisted names.
    pub fn name_tagger(mut self, on: bool) -> Self {
        self.name_tagger = on;
        self
    }

    /// Whether the name tagger is used.
    pub fn uses_name_tagger(&self) -> bool {
        self.name_tagger
    }

    /// The language choice in force.
    pub fn language_choice(&self) -> LanguageChoice {
        self.language
    }

    /// Whether actors are reported.
    pub fn reports_actors(&self) -> bool {
        self.actors
    }

    /// Whether quotes are reported.
    pub fn reports_quotes(&self) -> bool {
        self.quotes
    }

    /// The input size limit in bytes.
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes
    }
}
