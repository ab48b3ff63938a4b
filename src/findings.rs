//! What the language engines find, before it becomes an [`Analysis`]:
//! entities (clusters of mentions) and quotes, all in byte spans.
//!
//! Engines add to one [`Findings`] per document; [`Findings::into_analysis`]
//! then orders, names and numbers everything and converts spans to UTF-16
//! offsets in one pass.

use crate::hash::FxHashMap as HashMap;
use crate::model::{Actor, ActorKind, Analysis, Language, Mention, MentionForm, Quote, QuoteKind};
use crate::options::Options;
use crate::span::Span;
use crate::text::normalize::push_phrase_key;
use crate::text::utf16::Utf16Map;

/// Grammatical gender, used to agree a bare reporting verb with its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// Masculine (قال، he).
    Masculine,
    /// Feminine (قالت، she; countries, most organisations in Arabic).
    Feminine,
    /// Plural or collective (قالوا، they).
    Plural,
    /// Not known.
    #[default]
    Unknown,
}

/// Entities made room for when the first is found: about what a news
/// article has (an article of the corpus has 10 to 40).
#[cfg(not(target_arch = "wasm32"))]
const FIRST_ENTITIES: usize = 32;

/// Index of an entity in [`Findings::entities`].
pub type EntityId = usize;

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionFinding {
    /// Where the mention is.
    pub span: Span,
    /// Which form it takes.
    pub form: MentionForm,
}

/// An actor in the making: everything known about one referent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// What sort of actor.
    pub kind: ActorKind,
    /// Identity for merging: a country code (`"RU"`), a lexicon id, or a
    /// normalised name. Entities with equal keys are one actor.
    pub key: String,
    /// The fullest name seen (display form, from the text where possible).
    pub name: String,
    /// Role or title of a person.
    pub role: Option<String>,
    /// ISO alpha-2 code of the actor's country.
    pub country: Option<String>,
    /// Grammatical gender, for agreement with reporting verbs.
    pub gender: Gender,
    /// Mentions, in the order they were found.
    pub mentions: Vec<MentionFinding>,
    /// Whether the actor is reported even if it never speaks. Collectives
    /// (groups) are only reported as speakers.
    pub reported: bool,
}

/// One quote with its cue and speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFinding {
    /// The quoted or reported words.
    pub span: Span,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The reporting word or phrase.
    pub cue: Option<Span>,
    /// The speaking entity.
    pub speaker: Option<EntityId>,
    /// The words that named the speaker for this quote.
    pub speaker_span: Option<Span>,
}

/// Everything the engines found in one document.
#[derive(Debug, Default)]
pub struct Findings {
    /// Entities; indices are [`EntityId`]s.
    pub entities: Vec<Entity>,
    /// Quotes in the order found.
    pub quotes: Vec<QuoteFinding>,
    /// Entity by key.
    by_key: HashMap<String, EntityId>,
    /// Recorded mention spans as `(start, end, entity)`, sorted by start
    /// (one entry a start). Mentions never overlap, so one binary search
    /// answers "is this place taken?". A sorted `Vec` rather than a
    /// `BTreeMap`: an article has a few hundred mentions at most, and the
    /// B-tree's code cost about 2 KB gzip in the wasm.
    occupied: Vec<(usize, usize, EntityId)>,
}

impl Findings {
    /// The entity with `key`, if any.
    pub fn find(&self, key: &str) -> Option<EntityId> {
        self.by_key.get(key).copied()
    }

    /// The entity with `key`, created from `make` if it does not exist yet.
    pub fn entity(&mut self, key: &str, make: impl FnOnce() -> Entity) -> EntityId {
        match self.find(key) {
            Some(id) => id,
            None => {
                let mut e = make();
                e.key = key.to_string();
                // Room made once for a news article's entities; natively
                // only (in the browser build it cost 384 bytes gzip).
                #[cfg(not(target_arch = "wasm32"))]
                if self.entities.capacity() == 0 {
                    self.entities.reserve(FIRST_ENTITIES);
                    self.by_key.reserve(FIRST_ENTITIES);
                }
                self.entities.push(e);
                let id = self.entities.len() - 1;
                self.by_key.insert(key.to_string(), id);
                id
            }
        }
    }

    /// Adds a mention to entity `id` unless it overlaps one already recorded
    /// for any entity (the first, longest match wins).
    pub fn mention(&mut self, id: EntityId, span: Span, form: MentionForm) -> bool {
        if span.is_empty() || self.mention_at(span).is_some() {
            return false;
        }
        self.entities[id]
            .mentions
            .push(MentionFinding { span, form });
        self.occupy(span, id);
        true
    }

    /// Marks as not reported every entity whose mentions, given as
    /// `(entity, in a credit line)` (the engines give their people's),
    /// all lie in credit lines (bylines, "Reporting by ...", «إعداد ...
    /// للنشرة العربية»): the story's writers, not its actors.
    pub fn drop_credited_writers(&mut self, mentions: &[(EntityId, bool)]) {
        // Per entity: None (no mention given), or whether every one so far
        // lies in a credit line.
        let mut credited: Vec<Option<bool>> = vec![None; self.entities.len()];
        for &(id, in_credit) in mentions {
            let seen = &mut credited[id];
            *seen = Some(seen.unwrap_or(true) && in_credit);
        }
        for (e, only) in self.entities.iter_mut().zip(credited) {
            if only == Some(true) {
                e.reported = false;
            }
        }
    }

    /// How many recorded mentions start before `pos`.
    fn occupied_before(&self, pos: usize) -> usize {
        self.occupied.partition_point(|&(start, _, _)| start < pos)
    }

    /// Records `span` as a mention of `id`, replacing the one recorded at
    /// the same start, if any.
    fn occupy(&mut self, span: Span, id: EntityId) {
        let at = self.occupied_before(span.start);
        let entry = (span.start, span.end, id);
        match self.occupied.get_mut(at) {
            Some(o) if o.0 == span.start => *o = entry,
            _ => self.occupied.insert(at, entry),
        }
    }

    /// The entity with a mention overlapping `span`.
    pub fn mention_at(&self, span: Span) -> Option<EntityId> {
        let before = self.occupied_before(span.end.max(span.start + 1));
        let &(start, end, id) = self.occupied[..before].last()?;
        Span::new(start, end).overlaps(span).then_some(id)
    }

    /// Gives the mention recorded exactly at `span` to entity `to` with
    /// `form` (a word first read as an adjective turns out to be a
    /// surname). Returns false when no mention has exactly that span.
    pub fn reassign(&mut self, span: Span, to: EntityId, form: MentionForm) -> bool {
        self.replace(span, span, to, form)
    }

    /// Replaces the mention recorded exactly at `old` by one at `new` of
    /// entity `to` with `form` (a known surname first read with a
    /// proclitic peeled: بزشكيان, not ب + زشكيان). `new` must cover `old`
    /// and overlap no other mention. Returns false when no mention has
    /// exactly the span `old`.
    pub fn replace(&mut self, old: Span, new: Span, to: EntityId, form: MentionForm) -> bool {
        let at = self.occupied_before(old.start);
        let Some(&(start, end, from)) = self.occupied.get(at) else {
            return false;
        };
        if start != old.start || end != old.end {
            return false;
        }
        let mentions = &mut self.entities[from].mentions;
        let Some(pos) = mentions.iter().position(|m| m.span == old) else {
            return false;
        };
        mentions.remove(pos);
        self.occupied.remove(at);
        self.entities[to]
            .mentions
            .push(MentionFinding { span: new, form });
        self.occupy(new, to);
        true
    }

    /// Moves every mention of entity `from` to entity `to` (a late merge,
    /// when a surname turns out to belong to a full name).
    pub fn merge(&mut self, from: EntityId, to: EntityId) {
        if from == to {
            return;
        }
        let moved = std::mem::take(&mut self.entities[from].mentions);
        for m in &moved {
            self.occupy(m.span, to);
        }
        self.entities[to].mentions.extend(moved);
        for q in &mut self.quotes {
            if q.speaker == Some(from) {
                q.speaker = Some(to);
            }
        }
    }

    /// Turns the findings into the public result.
    ///
    /// `masked` is the text the engines read when `text` had markup
    /// (`text::markup`): names are then written with each run of white
    /// space as one space, and a mention with markup inside is no alias,
    /// so that no name carries a tag; positions and every `text` are
    /// those of `text`.
    pub fn into_analysis(
        self,
        text: &str,
        masked: Option<&str>,
        language: Language,
        options: &Options,
    ) -> Analysis {
        let map = Utf16Map::new(text);
        // Markup inside a mention (the masked text differs there).
        let has_markup = |span: Span| masked.is_some_and(|m| span.slice(m) != span.slice(text));
        let Findings {
            entities,
            mut quotes,
            ..
        } = self;
        // Which entities are reported: those marked so, plus every speaker.
        let mut keep: Vec<bool> = entities
            .iter()
            .map(|e| e.reported && !e.mentions.is_empty())
            .collect();
        for q in &quotes {
            if let Some(s) = q.speaker {
                if !entities[s].mentions.is_empty() {
                    keep[s] = true;
                }
            }
        }
        // Actors in order of first mention.
        let mut order: Vec<EntityId> = (0..entities.len()).filter(|&i| keep[i]).collect();
        let first = |i: EntityId| {
            entities[i]
                .mentions
                .iter()
                .map(|m| m.span.start)
                .min()
                .unwrap_or(usize::MAX)
        };
        crate::sort::sort_by_key(&mut order, |&i| (first(i), i));
        // Per entity, its actor's index in `actors`.
        let mut actor_of = vec![None; entities.len()];
        let mut actors = Vec::with_capacity(order.len());
        // Per actor, in buffers reused from actor to actor: its mentions
        // in order, the keys of its name and aliases (one after another
        // in `seen_keys`, `seen` their ends) and the texts already keyed.
        let mut mentions: Vec<&MentionFinding> = Vec::new();
        let mut seen_keys = String::new();
        let mut seen: Vec<usize> = Vec::new();
        let mut keyed: Vec<&str> = Vec::new();
        for (n, &i) in order.iter().enumerate() {
            let e = &entities[i];
            let id = numbered_id('a', n + 1);
            actor_of[i] = Some(n);
            mentions.clear();
            mentions.extend(e.mentions.iter());
            crate::sort::sort_by_key(&mut mentions, |m| (m.span.start, m.span.end));
            mentions.dedup_by_key(|m| m.span);
            let mut aliases: Vec<String> = Vec::new();
            seen_keys.clear();
            push_phrase_key(&e.name, &mut seen_keys);
            seen.clear();
            seen.push(seen_keys.len());
            // Texts already keyed: the same text has the same key, in `seen`.
            keyed.clear();
            keyed.push(&e.name);
            // A pronoun is a mention, not another name of the actor.
            for m in mentions.iter().filter(|m| m.form != MentionForm::Pronoun) {
                let t = m.span.slice(text);
                if keyed.contains(&t) || has_markup(m.span) || cut_title(m.form, t, &e.role) {
                    continue;
                }
                keyed.push(t);
                let start = seen_keys.len();
                push_phrase_key(t, &mut seen_keys);
                let k = &seen_keys[start..];
                let mut from = 0;
                let known = seen.iter().any(|&end| {
                    let same = &seen_keys[from..end] == k;
                    from = end;
                    same
                });
                if known {
                    seen_keys.truncate(start);
                } else {
                    seen.push(seen_keys.len());
                    aliases.push(t.to_string());
                }
            }
            actors.push(Actor {
                id,
                name: match masked {
                    Some(_) => one_space(&e.name),
                    None => e.name.clone(),
                },
                kind: e.kind,
                role: e.role.clone(),
                country: e.country.clone(),
                aliases,
                mentions: mentions
                    .iter()
                    .map(|m| Mention {
                        start: map.of(m.span.start),
                        end: map.of(m.span.end),
                        text: m.span.slice(text).to_string(),
                        form: m.form,
                        span: m.span,
                    })
                    .collect(),
            });
        }
        let speaker_id = |s: EntityId| actor_of[s].map(|n: usize| actors[n].id.clone());
        crate::sort::sort_by_key(&mut quotes, |q| (q.span.start, q.span.end));
        quotes.dedup_by_key(|q| (q.span, q.kind));
        let quotes = if options.quotes {
            quotes
                .iter()
                .enumerate()
                .map(|(n, q)| Quote {
                    id: numbered_id('q', n + 1),
                    text: q.span.slice(text).to_string(),
                    kind: q.kind,
                    start: map.of(q.span.start),
                    end: map.of(q.span.end),
                    speaker: if options.actors {
                        q.speaker.and_then(speaker_id)
                    } else {
                        None
                    },
                    speaker_text: q.speaker_span.map(|s| s.slice(text).to_string()),
                    cue: q.cue.map(|s| s.slice(text).to_string()),
                    cue_start: q.cue.map(|s| map.of(s.start)),
                    cue_end: q.cue.map(|s| map.of(s.end)),
                    span: q.span,
                    cue_span: q.cue,
                })
                .collect()
        } else {
            Vec::new()
        };
        Analysis {
            language,
            actors: if options.actors { actors } else { Vec::new() },
            quotes,
        }
    }
}

/// `s` with each run of white space made one space, trimmed.
fn one_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True for a title mention cut short of the role it begins (رئيس of
/// رئيس الجامعة, المتحدث باسم of المتحدث باسم وزارة الداخلية, where the
/// body it is in construct with is a mention of its own): no name the
/// actor goes by, so no alias.
/// Only an Arabic head without the article (رئيس، قائد: in construct
/// with what follows) or a spokesperson's باسم, which always has its body.
fn cut_title(form: MentionForm, text: &str, role: &Option<String>) -> bool {
    let construct = !text.contains(' ')
        && text.starts_with(|c| ('\u{621}'..='\u{64a}').contains(&c))
        && !text.starts_with("ال")
        || text.ends_with(" باسم");
    form == MentionForm::Title
        && construct
        && role
            .as_deref()
            .and_then(|r| r.strip_prefix(text))
            .is_some_and(|rest| rest.starts_with(' '))
}

/// `prefix` followed by the decimal digits of `n` (`a12`): the ids of
/// actors and quotes, written without the formatting machinery (a few
/// hundred instructions per id otherwise).
fn numbered_id(prefix: char, n: usize) -> String {
    let mut id = String::with_capacity(1 + crate::text::MAX_DECIMAL_DIGITS);
    id.push(prefix);
    crate::text::push_decimal(n, &mut id);
    id
}

/// A new entity of `kind` named `name`, reported, with nothing else known.
pub fn entity(kind: ActorKind, name: &str) -> Entity {
    Entity {
        kind,
        key: String::new(),
        name: name.to_string(),
        role: None,
        country: None,
        gender: Gender::Unknown,
        mentions: Vec::new(),
        reported: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_titles_are_no_aliases() {
        let role = |r: &str| Some(r.to_string());
        let rows = [
            (MentionForm::Title, "رئيس", role("رئيس الجامعة"), true),
            (
                MentionForm::Title,
                "المتحدث باسم",
                role("المتحدث باسم وزارة الداخلية"),
                true,
            ),
            // The whole role, or another one, is a name the actor goes by.
            (
                MentionForm::Title,
                "رئيس الجامعة",
                role("رئيس الجامعة"),
                false,
            ),
            // A title that refers alone (الرئيس، وزير الخارجية), as
            // English ones do.
            (MentionForm::Title, "الرئيس", role("الرئيس الأمريكي"), false),
            (
                MentionForm::Title,
                "وزير الخارجية",
                role("وزير الخارجية الروسي"),
                false,
            ),
            (
                MentionForm::Title,
                "President",
                role("President of Ghana"),
                false,
            ),
            (MentionForm::Title, "الوزير", role("وزير المالية"), false),
            (MentionForm::Title, "رئيس", None, false),
            // A prefix of a word is no cut title.
            (MentionForm::Title, "رئيس", role("رئيسة الحكومة"), false),
            (MentionForm::Name, "محمد", role("محمد علي"), false),
        ];
        for (form, text, role, cut) in rows {
            assert_eq!(cut_title(form, text, &role), cut, "{text}");
        }
    }

    #[test]
    fn numbered_ids_match_format() {
        for n in [0, 1, 9, 10, 11, 99, 100, 12_345, usize::MAX] {
            assert_eq!(numbered_id('a', n), format!("a{n}"), "{n}");
            assert_eq!(numbered_id('q', n), format!("q{n}"), "{n}");
        }
    }
}
