//! The analysis result: actors, their mentions, and attributed quotes.
//!
//! These are the values the crate returns and serialises (camelCase JSON).
//! Offsets in them (`start`, `end`) are UTF-16 code-unit indices into the
//! analysed text, half-open, so that in JavaScript
//! `text.slice(start, end) === value.text`. Each value also keeps its UTF-8
//! byte [`Span`] for Rust callers (not serialised).

use crate::span::Span;
use serde::Serialize;

/// The language an analysis was made in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Language {
    /// Arabic (`"ar"`).
    #[serde(rename = "ar")]
    Arabic,
    /// English (`"en"`).
    #[serde(rename = "en")]
    English,
    /// Neither could be recognised (`"und"`).
    #[serde(rename = "und")]
    Undetermined,
}

impl Language {
    /// The BCP 47 tag: `ar`, `en` or `und`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::English => "en",
            Language::Undetermined => "und",
        }
    }
}

/// What sort of actor a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A country or its government (also named by its capital or adjective).
    Country,
    /// A ministry, agency, company, party, club, international body, ...
    Organization,
    /// A collective without a name of its own (officials, experts, rebels).
    Group,
    /// A city or region that does not stand for a government.
    Place,
}

/// The surface form a mention takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// A proper name (`سيرغي لافروف`, `روسيا`, `United Nations`).
    Name,
    /// A surname alone, standing for a person named in full elsewhere.
    Surname,
    /// A title or description alone (`وزير الخارجية الروسي`, `the minister`).
    Title,
    /// A nisba adjective or demonym (`الروسية`, `Russian`).
    Nisba,
    /// A capital standing for its government (`موسكو`, `Washington`).
    Metonym,
    /// A pronoun (`he`, `she`).
    Pronoun,
}

/// Whether a quote is the speaker's words in quotation marks or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech after a reporting cue (`قال إن ...`, `said that ...`).
    Indirect,
}

/// One place in the text where an actor is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    /// UTF-16 offset of the first code unit.
    pub start: usize,
    /// UTF-16 offset one past the last code unit.
    pub end: usize,
    /// The mentioned text, equal to the `[start, end)` slice of the input.
    pub text: String,
    /// The form the mention takes.
    pub form: MentionForm,
    /// UTF-8 byte span of the mention in the input.
    #[serde(skip)]
    pub span: Span,
}

/// A participant of the article: a person, country, organisation, group or place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Actor {
    /// Identifier, unique within one analysis (`a1`, `a2`, ...).
    pub id: String,
    /// The fullest name seen.
    pub name: String,
    /// What sort of actor this is.
    pub kind: ActorKind,
    /// The role or title given to a person (`وزير الخارجية الروسي`).
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2 code of the actor's country, when known.
    pub country: Option<String>,
    /// Every other surface form seen, without duplicates.
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A quotation attributed (where possible) to its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Identifier, unique within one analysis (`q1`, `q2`, ...).
    pub id: String,
    /// The quoted or reported words, equal to the `[start, end)` slice.
    pub text: String,
    /// Direct or indirect (reported) speech.
    pub kind: QuoteKind,
    /// UTF-16 offset of the first code unit.
    pub start: usize,
    /// UTF-16 offset one past the last code unit.
    pub end: usize,
    /// Id of the speaking actor, or `None` where the source is unidentified.
    pub speaker: Option<String>,
    /// The words that identify the speaker at this quote (a name, a title,
    /// or the cue itself where the speaker is carried over).
    pub speaker_text: Option<String>,
    /// The reporting word or phrase as written (`وقال`, `said`, `according to`).
    pub cue: Option<String>,
    /// UTF-16 offset of the cue, when there is one.
    pub cue_start: Option<usize>,
    /// UTF-16 offset one past the cue, when there is one.
    pub cue_end: Option<usize>,
    /// UTF-8 byte span of the quote in the input.
    #[serde(skip)]
    pub span: Span,
    /// UTF-8 byte span of the cue in the input.
    #[serde(skip)]
    pub cue_span: Option<Span>,
}

/// The result of analysing one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The language the text was analysed as (for a mixed text, the main one).
    pub language: Language,
    /// Actors, in order of first mention.
    pub actors: Vec<Actor>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// The actor with the given id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The speaking actor of a quote.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Actor> {
        quote.speaker.as_deref().and_then(|id| self.actor(id))
    }
}
