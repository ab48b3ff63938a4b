//! English actors: pass 1 finds names (after titles, organisation names,
//! lexicon entries, groups, acronyms, bare person names); pass 2 resolves
//! partial names, surnames and titles alone to the actors named in full.

use super::words::{strip_possessive, OrgHead};
use super::{in_list, English, Ment, TitleAlone};
use crate::findings::{entity, EntityId, Gender};
use crate::hash::FxHashMap;
use crate::hash::FxHashMap as HashMap;
use crate::lexicon::{self, Entry};
use crate::model::{ActorKind, MentionForm};
use crate::text::normalize::phrase_key;
use crate::text::token::TokenKind;
use std::ops::Range;

/// Most words of a person's name (particles not counted).
/// Words in the names of unions of states, which "the bloc" / "the
/// alliance" can refer to.
const BLOC_WORDS: &[&str] = &[
    "union",
    "nato",
    "alliance",
    "league",
    "asean",
    "opec",
    "brics",
    "community",
    "coalition",
    "bloc",
    "mercosur",
    "g7",
    "g20",
];
/// Clauses after a source saying it withheld its name (a Pentagon official
/// said, speaking on condition of anonymity; an official who asked not to
/// be named).
const WITHHELD_NAME_CLAUSES: &[&str] = &[
    "speaking on condition of anonymity",
    "speaking on the condition of anonymity",
    "spoke on condition of anonymity",
    "spoke on the condition of anonymity",
    "speaking anonymously",
    "asked not to be named",
    "asked not to be identified",
    "declined to be named",
    "declined to be identified",
    "requested anonymity",
    "asked for anonymity",
    "did not want to be named",
    "did not want to be identified",
];
/// Letters after a person's name (honours, offices): not part of it.
const POST_NOMINALS: &[&str] = &[
    "KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS",
];
/// Words in the names of alliances, which "the alliance" refers to.
const ALLIANCE_WORDS: &[&str] = &["alliance", "nato", "treaty", "coalition", "pact"];
const MAX_NAME_WORDS: usize = 4;
/// First words of events named with an "of" tail (Cup of Nations, Games
/// of the Small States): no organisation however the tail ends.
const EVENT_HEADS: &[&str] = &["cup", "games", "prize", "award", "trophy", "championship"];
/// Most tokens of a capitalised organisation name.
const MAX_ORG_TOKENS: usize = 10;
/// Most tokens of a title phrase before the name.
const MAX_TITLE_TOKENS: usize = 8;
/// Most tokens of an apposition that gives a person's role.
const MAX_APPOSITION_TOKENS: usize = 20;
/// Nouns that describe an organisation in an apposition (Southern
/// California Edison, the region's main utility, ...).
const ORG_DESCRIPTIONS: &[&str] = &[
    "company",
    "utility",
    "firm",
    "carrier",
    "airline",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "maker",
    "manufacturer",
    "automaker",
    "carmaker",
    "chipmaker",
    "operator",
    "provider",
    "producer",
    "supplier",
    "developer",
    "publisher",
    "broadcaster",
    "network",
    "newspaper",
    "charity",
    "startup",
    "start-up",
    "giant",
    "conglomerate",
    "organisation",
    "organization",
    "group",
    "agency",
    "regulator",
    "watchdog",
    "union",
    "party",
    "club",
    "university",
    "hospital",
    "think-tank",
    "institute",
    "foundation",
    "consultancy",
    "planemaker",
    "drugmaker",
    "miner",
    "exporter",
    "refiner",
];
/// Descriptions in [`ORG_DESCRIPTIONS`] that are also people's trades
/// ("Jan Kowalski, a software developer"; "Codelco, the state-owned
/// miner"): they make an organisation of a one-word name only.
const TRADE_DESCRIPTIONS: &[&str] = &[
    "developer",
    "producer",
    "publisher",
    "operator",
    "supplier",
    "provider",
    "maker",
    "miner",
];
/// Quotes of at most this many words are names or labels (scare quotes),
/// so capitalised words in them are not taken as people.
const MAX_SCARE_QUOTE_WORDS: usize = 6;
/// How many mentions back a title alone looks for its holder.
const MAX_TITLE_LOOKBACK: usize = 200;
/// How many mentions back "the company" looks for its organisation.
const MAX_ORG_REFERENCE_LOOKBACK: usize = 30;
/// A plural title has more letters than this (not "mps" / "drs").
const MIN_PLURAL_TITLE_LETTERS: usize = 4;
/// Letters of a month's abbreviation (Jun, Sep).
const MONTH_ABBREVIATION_LETTERS: usize = 3;
/// Most tokens of an employer's description after a person's apposition
/// (", a consultancy,").
const MAX_ORG_DESCRIPTION_TOKENS: usize = 5;
/// How many paragraphs back "the chipmaker" looks for its company.
const MAX_INDUSTRY_REFERENCE_PARAGRAPHS: u32 = 2;
/// Fewest letters of a name part that may stand alone for the whole name.
const MIN_SURNAME_LETTERS: usize = 3;

/// Lower-case particles inside names (Osama bin Laden, Ursula von der Leyen).
const NAME_PARTICLES: &[&str] = &[
    "bin", "al", "el", "de", "da", "di", "van", "von", "der", "le", "la", "du", "ibn", "abu",
    "dos", "del", "do", "das", "te", "ter", "ap",
];

/// Words that name a storm with the name after them (Typhoon Kalmaegi,
/// Hurricane Milton): the name is no person.
/// Lower-case nouns of places around a name (the province of ..., ...
/// district).
const PLACE_NOUNS: &[&str] = &[
    "province",
    "provinces",
    "district",
    "town",
    "village",
    "region",
];
/// A short name shared by two organisations (names neither).
const AMBIGUOUS: EntityId = EntityId::MAX;
/// Titles held in a club, before a name (Villa manager Unai Emery).
const CLUB_TITLES: &[&str] = &[
    "manager",
    "coach",
    "captain",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
];
/// Last words of clubs' names besides `CLUB_SUFFIXES` (Ipswich Town).
const CLUB_ENDINGS: &[&str] = &["town", "city", "county", "hotspur", "fc", "club"];
/// Last words by which a football club is named alone (Rovers, United).
const CLUB_SUFFIXES: &[&str] = &[
    "rovers",
    "united",
    "wanderers",
    "albion",
    "athletic",
    "rangers",
];

const STORM_WORDS: &[&str] = &["typhoon", "hurricane", "cyclone", "storm"];

/// Titles that are only honorifics: they give a gender but no role.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "sir", "dame", "dr", "prof", "lord", "lady",
];
/// Ranks of royalty that follow an office before the name (Foreign
/// Minister Prince Faisal): the name's, not the role's.
const NOBLE_TITLES: &[&str] = &["prince", "princess", "sheikh", "sheikha"];

/// Place-name heads that are also common surnames (Susan Park, Tom Hall).
const SURNAME_PLACE_HEADS: &[&str] = &["park", "hall", "day", "law", "castle", "temple"];
/// Prepositions before a place's name (at Victoria Park).
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "in", "into", "near", "to", "from", "outside", "inside", "across", "around", "through",
    "of", "on", "via", "toward", "towards",
];

/// Sports whose name after a country's names its national body (Sri Lanka
/// Cricket).
const SPORT_BODY_WORDS: &[&str] = &[
    "cricket",
    "rugby",
    "football",
    "athletics",
    "hockey",
    "netball",
];

/// Abbreviated titles that may be followed by a full stop (Mr., Sen.).
pub(super) const ABBREVIATED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "cmdr", "adm", "sgt", "rev", "st",
];

/// Most lower-case words of a field after a title's "of" (head of
/// oceans, director of public affairs).
const MAX_TITLE_FIELD_WORDS: usize = 3;
/// Words after `of` that complete a title (Secretary of State).
const TITLE_OF_WORDS: &[&str] = &[
    "state",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "the",
    "treasury",
    "staff",
    "justice",
    "health",
    "homeland",
    "security",
    "commerce",
    "energy",
    "education",
    "agriculture",
    "interior",
    "finance",
    "human",
    "rights",
    "refugees",
    "trade",
    "climate",
];

/// Acronyms that are not organisations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "tv", "ok", "am", "pm", "ceo", "gdp", "hiv", "aids", "dna", "covid", "phd", "uk", "us", "ii",
    "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "pdf", "faq", "km", "mph", "usd", "eur",
    "nz", "uae", "ai", "suv", "suvs", "ev", "evs", "gps", "mri", "atm", "lng", "ipo", "cctv",
    "vip", "ufo",
];

/// Most capitalised words from a country's name to the place head that
/// makes it part of a place's name (the Santiago Bernabéu Stadium).
const MAX_PLACE_NAME_TAIL: usize = 3;

/// Fewest bytes of a word read as a past-tense verb after a name
/// ("opened"; not "led", "red", "bed").
const MIN_PAST_VERB_BYTES: usize = 5;

/// Words after which two capitalised words name a thing, not a person.
const THING_CONTEXT: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "on", "at", "during",
    "for", "since", "until", "before", "after", "of",
];

/// Most capitalised words of a place in a title (mayor of New York City).
pub(super) const MAX_PLACE_WORDS: usize = 4;

/// States of the per-token name-word cache.
const NAME_WORD_NO: u8 = 1;
const NAME_WORD_YES: u8 = 2;

/// Most tokens of a dateline before its dash.
const DATELINE_TOKENS: usize = 8;
/// Most name words after a country's name used as a first name.
const MAX_COUNTRY_FIRST_NAME_TAIL: usize = 2;
/// Paragraphs before the lede: a headline and a byline.
const LEDE_PARAGRAPHS: u32 = 2;

/// Plural nouns for a party's members that name the party (Free Democrats,
/// Social Democrats, Republicans).
const PARTY_MEMBERS: &[&str] = &[
    "democrats",
    "republicans",
    "socialists",
    "conservatives",
    "liberals",
    "greens",
    "communists",
];
/// Heads of the names of bodies that news calls "the agency".
const AGENCY_HEADS: &[&str] = &[
    "organization",
    "organisation",
    "fund",
    "programme",
    "program",
    "administration",
    "service",
    "commission",
    "bureau",
    "authority",
    "office",
];
/// Nouns that, after "the", refer back to any organisation (the company).
pub(super) const GENERIC_ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "organisation",
    "organization",
    "agency",
    "carrier",
    "airline",
    "bank",
    "broadcaster",
    "newspaper",
    "network",
    "charity",
    "club",
    "manufacturer",
    "retailer",
    "insurer",
    "lender",
    "startup",
    "automaker",
    "carmaker",
    "planemaker",
    "drugmaker",
    "chipmaker",
    "consultancy",
    "operator",
    "utility",
    "ministry",
    "department",
    "council",
    "government",
    "party",
    "army",
    "navy",
    "military",
    "committee",
    "commission",
    "court",
    "union",
    "university",
    "institute",
    "museum",
    "gallery",
    "hospital",
    "foundation",
    "association",
    "alliance",
    "bloc",
    "body",
    "unit",
    "office",
    "administration",
    "regulator",
    "federation",
    "society",
    "board",
    "investor",
    "fund",
];
/// Words of investors' names: "the investor" and "the fund" refer back to
/// Standard Investments, Elliott Management or a pension fund.
const INVESTOR_WORDS: &[&str] = &[
    "capital",
    "investments",
    "investment",
    "partners",
    "management",
    "fund",
    "funds",
    "holdings",
    "ventures",
    "equity",
];
/// Head words of a charity's name ("the charity" for the Alzheimer's
/// Society, the Trussell Trust).
const CHARITY_HEADS: &[&str] = &[
    "borders",
    "society",
    "trust",
    "foundation",
    "fund",
    "charity",
    "aid",
    "relief",
    "appeal",
    "cross",
];

/// Nouns that refer back to a company, and that make a company of a name
/// after them (shipping company Maersk, telecoms operator Elisa).
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company",
    "operator",
    "giant",
    "firm",
    "group",
    "carrier",
    "airline",
    "manufacturer",
    "retailer",
    "insurer",
    "lender",
    "startup",
    "automaker",
    "carmaker",
    "planemaker",
    "drugmaker",
    "chipmaker",
    "consultancy",
    "broadcaster",
    "network",
];

/// Head words of bodies that are not companies, inside a longer name
/// (National Union of Mineworkers): "the company" is not one of them.
const NOT_COMPANY_HEADS: &[&str] = &[
    "union",
    "university",
    "association",
    "federation",
    "confederation",
    "league",
    "society",
    "institute",
    "college",
    "academy",
    "hospital",
    "foundation",
];

/// Last words of company names (besides the suffixes below).
const COMPANY_HEADS: &[&str] = &[
    "securities",
    "capital",
    "partners",
    "motors",
    "systems",
    "technologies",
    "labs",
    "laboratories",
    "pharmaceuticals",
    "media",
    "airlines",
    "airways",
    "bank",
    "network",
    "news",
    "television",
    "energy",
    "foods",
    "industries",
    "international",
    "power",
    "platinum",
    "petroleum",
    "telecom",
    "electronics",
    "insurance",
    "investments",
    "management",
    "ventures",
    "consulting",
    "associates",
    "entertainment",
    "studios",
    "pictures",
    "analytics",
    "lines",
];

/// Industry words ending company names, which short forms drop (Nortek
/// Semiconductor -> Nortek).
const INDUSTRY_SUFFIXES: &[&str] = &[
    "semiconductor",
    "semiconductors",
    "software",
    "robotics",
    "therapeutics",
    "pharma",
    "biosciences",
    "biotech",
    "logistics",
    "aerospace",
    "chemicals",
    "chemical",
    "solutions",
    "laboratories",
    "labs",
    "pharmaceuticals",
    "technologies",
    "industries",
];

/// Last words of company names that short forms drop (Apple Inc. -> Apple).
const CORPORATE_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "co",
    "plc",
    "llc",
    "company",
    "group",
    "holdings",
    "sa",
    "ag",
    "gmbh",
];

/// Legal forms written before a company's name (Indonesian PT, Russian
/// PJSC), matched case-sensitively (not "Pt" for a point or a patient).
const CORPORATE_PREFIXES: &[&str] = &["PT", "PJSC", "JSC", "OAO", "PAO", "OOO"];

/// Lower-case nouns that make an agency of the capitalised name before them.
const LOWER_AGENCY_WORDS: &[&str] = &["news", "agency", "press"];
/// Lower-case media nouns before an outlet's name (the Spanish newspaper
/// Marca, German broadcaster ZDF).
const MEDIA_NOUNS: &[&str] = &[
    "newspaper",
    "journal",
    "daily",
    "broadcaster",
    "magazine",
    "tabloid",
    "weekly",
    "website",
];
/// Most words of an outlet's name after its media noun.
const MAX_OUTLET_WORDS: usize = 3;
/// Capitalised words that open a newspaper's name after "the" (the
/// Sunday Courier, the Evening Standard), which its short form drops.
const MASTHEAD_WORDS: &[&str] = &[
    "sunday", "saturday", "daily", "evening", "morning", "weekly",
];

/// Nations whose public bodies are named by common words and the nation
/// (Natural Resources Wales, Public Health England, Visit Scotland).
const BODY_NATIONS: &[&str] = &["england", "scotland", "wales", "britain", "ireland"];
/// Most words before the nation in such a body's name.
const MAX_NATION_BODY_WORDS: usize = 3;

/// Fields that may stand before a group noun (health officials, rescue
/// workers).
const GROUP_FIELDS: &[&str] = &[
    "health",
    "security",
    "government",
    "military",
    "election",
    "rescue",
    "aid",
    "intelligence",
    "defence",
    "defense",
    "border",
    "fire",
    "emergency",
    "hospital",
    "city",
    "state",
    "federal",
    "local",
    "education",
    "police",
    "army",
    "court",
    "prison",
    "transport",
    "energy",
    "union",
    "nursing",
    "shipping",
    "industry",
    "opposition",
    "community",
    "party",
    "student",
    "medical",
    "religious",
    "tribal",
    "market",
    "legal",
    "banking",
    "airline",
];
/// Determiners that may open a group phrase (the experts, some analysts).
const GROUP_DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "many", "several", "other", "two", "three", "senior", "top", "local",
    "foreign", "western",
];

/// Records `id` as an owner of name part `key` (once, however often the
/// part stands in its name: people are added one after another).
fn add_owner(owners: &mut FxHashMap<String, Vec<EntityId>>, key: String, id: EntityId) {
    let slot = owners.entry(key).or_default();
    if slot.last() != Some(&id) {
        slot.push(id);
    }
}

/// The person a name part belongs to at token `at`: its only owner, or,
/// when two people share it (Okafor: Margaret Okafor and, later, her
/// husband Chukwuemeka Okafor), the one named last before `at`.
fn owner_before(owners: &[EntityId], at: usize, first: &[usize]) -> Option<EntityId> {
    if let [only] = owners {
        return Some(*only);
    }
    owners
        .iter()
        .copied()
        .filter(|&b| first[b] < at)
        .max_by_key(|&b| first[b])
}

impl English<'_, '_, '_> {
    // ---- pass 1 ------------------------------------------------------------

    pub(super) fn find_mentions(&mut self) {
        let mut i = self.body_start;
        while i < self.range.end {
            if !self.is_word(i) {
                i += 1;
                continue;
            }
            let limit = self.para_end(i);
            let found = self
                .org_reference(i)
                .or_else(|| self.party_caucus(i, limit))
                .or_else(|| self.nation_body(i, limit))
                .or_else(|| self.org_run(i, limit))
                .or_else(|| self.described_org(i, limit))
                .or_else(|| self.outlet(i, limit))
                .or_else(|| self.title_phrase(i, limit))
                .or_else(|| self.place_name(i, limit))
                .or_else(|| self.lexicon_entity(i, limit))
                .or_else(|| self.group_phrase(i, limit))
                .or_else(|| self.acronym(i, limit))
                .or_else(|| self.person_run(i, limit))
                .or_else(|| self.according_source(i, limit));
            i = found.unwrap_or(i + 1).max(i + 1);
        }
    }

    /// "the company", "the ministry": a reference to an organisation,
    /// resolved in pass 2 (when short names are known).
    fn org_reference(&mut self, i: usize) -> Option<usize> {
        if self.key(i) != "the" || !self.is_word(i + 1) {
            return None;
        }
        // "the Oslo-based firm", "the state-owned company", "the German
        // club": one hyphenated adjective or a demonym before the noun.
        let n = if self.word(i + 1).contains('-') && self.is_word(i + 2)
            || self.demonym_before_noun(i + 1)
        {
            i + 2
        } else {
            i + 1
        };
        if self.is_cap(n) || !in_list(GENERIC_ORG_NOUNS, self.key(n)) {
            return None;
        }
        // Not the start of a longer phrase (the company's chief executive is
        // a person; "the ministry of" names another body).
        if strip_possessive(self.key(n)) != self.key(n)
            || self.is_word(n + 1) && matches!(self.key(n + 1), "of" | "for")
            // "the group Homes for All", "the consultancy Vespucci
            // Maritime": the noun describes the name after it.
            || self.name_follows(n)
        {
            return None;
        }
        self.org_refs.push(i);
        Some(n + 1)
    }

    /// "Senate Republicans", "House Democrats": a chamber's (or a
    /// place's) members of a party speak as one body. The first word is
    /// often an institution, which a person's name could not start with.
    fn party_caucus(&mut self, i: usize, limit: usize) -> Option<usize> {
        let members = i + 1;
        if members >= limit
            || !self.is_cap(i)
            || self.is_common_cap(i)
            || !self.is_cap(members)
            || !in_list(PARTY_MEMBERS, strip_possessive(self.key(members)))
        {
            return None;
        }
        // Not inside a longer capitalised name.
        if (i > self.range.start && self.is_cap(i - 1) && !self.is_common_cap(i - 1))
            || (members + 1 < limit && self.is_cap(members + 1))
        {
            return None;
        }
        self.add_span_org(i..members + 1);
        Some(members + 1)
    }

    /// True when the capitalised words from `start` (joined by "and" or
    /// "&") hold an organisation's head word (Hotel and Tourism
    /// Association): they name a body, not a person.
    fn org_words_at(&self, start: usize, limit: usize) -> bool {
        let mut k = start;
        while k < limit && k < start + MAX_ORG_TOKENS {
            if self.is_cap(k) {
                if self.w.org_head(self.key(k)).is_some() {
                    return true;
                }
            } else if !(k > start
                && (self.is_word(k) && self.key(k) == "and"
                    || self.doc.tokens[k].is_punct(self.doc.text, '&'))
                && self.is_cap(k + 1))
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// "the German club", "the Japanese company": a demonym alone (no
    /// listed institution such as "the French government") at `k`, before
    /// a club's or a company's noun.
    fn demonym_before_noun(&self, k: usize) -> bool {
        self.is_cap(k)
            && self.is_word(k + 1)
            && !self.is_cap(k + 1)
            && {
                let noun = self.key(k + 1);
                noun == "club" || in_list(COMPANY_NOUNS, noun)
            }
            && self.demonym_country(k).is_some()
    }

    /// The country of the demonym at `k` when the lexicon reads it alone.
    fn demonym_country(&self, k: usize) -> Option<&'static str> {
        let m = self.lex.longest_at(self.doc, k, k + 2)?;
        if m.tokens.end != k + 1 {
            return None;
        }
        m.entries
            .iter()
            .find_map(|e| e.country.filter(|_| e.kind == ActorKind::Country))
    }

    /// The end of the org reference at `i` (after its noun).
    fn org_reference_end(&self, i: usize) -> usize {
        if self.word(i + 1).contains('-') && self.is_word(i + 2) || self.is_cap(i + 1) {
            i + 3
        } else {
            i + 2
        }
    }

    /// The organisation an org reference at `i` stands for: among those
    /// mentioned shortly before, with a name that fits the noun, the most
    /// mentioned (then the nearest).
    fn org_referent(&self, i: usize) -> Option<EntityId> {
        let noun = self.key(self.org_reference_end(i) - 1);
        let company = in_list(COMPANY_NOUNS, noun);
        let any = matches!(noun, "organisation" | "organization" | "body");
        // "the bloc" is a union of states (the EU, NATO), not any body.
        let bloc = matches!(noun, "bloc" | "alliance");
        // "the German club" is a German one, when its country is known.
        let demonym = if self.is_cap(i + 1) {
            self.demonym_country(i + 1)
        } else {
            None
        };
        let fits = |id: EntityId| {
            let e = &self.findings.entities[id];
            if e.kind != ActorKind::Organization {
                return false;
            }
            if demonym.is_some_and(|c| e.country.as_deref().is_some_and(|o| o != c)) {
                return false;
            }
            let key = phrase_key(&e.name);
            let last = key.rsplit(' ').next().unwrap_or_default();
            // "the firm" is not a "Department of Health": a name opening
            // with a main head word is a public body.
            let first = key.split(' ').next().unwrap_or_default();
            if company && self.w.org_head(first) == Some(OrgHead::Main) {
                return false;
            }
            // A maker is a company named without an institution's word
            // (not the Bank of England).
            if noun.ends_with("maker") && key.split(' ').any(|w| self.w.org_head(w).is_some()) {
                return false;
            }
            if company {
                // "National Union of Mineworkers", "New England Journal of
                // Medicine": an institution's word inside is no company's.
                let institution = |w: &str| {
                    in_list(NOT_COMPANY_HEADS, w) || self.w.org_head(w) == Some(OrgHead::Main)
                };
                return in_list(CORPORATE_SUFFIXES, last.trim_end_matches('.'))
                    || in_list(COMPANY_HEADS, last)
                    || in_list(INDUSTRY_SUFFIXES, last)
                    || self.w.org_head(last).is_none() && !key.split(' ').any(institution);
            }
            // "the club": a name ending as clubs' do (Ipswich Town, Blackridge
            // Rovers) or one before a club's title and a name (Southampton
            // defender Francis Benali).
            if noun == "club" {
                // (a listed club of the demonym's country: the German club)
                return demonym.is_some() && e.country.is_some()
                    || in_list(CLUB_SUFFIXES, last)
                    || in_list(CLUB_ENDINGS, last)
                    || self
                        .ments
                        .iter()
                        .any(|m| m.entity == id && self.club_title_after(m.tokens.end - 1));
            }
            // "the alliance" is a military or political alliance (NATO, the
            // North Atlantic Treaty Organization), never the EU.
            if noun == "alliance" {
                return key.split(' ').any(|w| in_list(ALLIANCE_WORDS, w));
            }
            if bloc {
                return key.split(' ').any(|w| in_list(BLOC_WORDS, w));
            }
            // "the agency" after the World Health Organization, UNICEF's
            // Fund, the Food and Drug Administration; "the regulator" after
            // the Korea Fair Trade Commission.
            let agency = matches!(noun, "agency" | "regulator")
                && key
                    .split(' ')
                    .any(|w| in_list(AGENCY_HEADS, strip_possessive(w)));
            let charity = noun == "charity"
                && key
                    .split(' ')
                    .any(|w| in_list(CHARITY_HEADS, strip_possessive(w)));
            let investor = matches!(noun, "investor" | "fund")
                && key
                    .split(' ')
                    .any(|w| in_list(INVESTOR_WORDS, strip_possessive(w)));
            any || agency
                || charity
                || investor
                || key.split(' ').any(|w| strip_possessive(w) == noun)
        };
        let before = self.ments.partition_point(|m| m.tokens.start < i);
        let window = &self.ments[before.saturating_sub(MAX_ORG_REFERENCE_LOOKBACK)..before];
        // The nearest fitting organisation that opened a sentence (the
        // topic: "Apple Inc. unveiled ... The company said"), else the nearest.
        // An outlet told something ("told Reuters the company had ...") is
        // not what the story is about.
        // (also "who spoke to the Guardian")
        let addressee = |m: &Ment| {
            let b = self.start_with_the(m.tokens.start);
            let spoke_to = b > self.range.start + 2
                && self.is_word(b - 1)
                && self.key(b - 1) == "to"
                && self.is_word(b - 2)
                && matches!(self.key(b - 2), "spoke" | "speaking" | "talked" | "talking");
            // "Susan Park, an analyst at Greenleaf Capital, said the
            // company ...": where a source works is not the company.
            let workplace = b > self.range.start + 2
                && self.is_word(b - 1)
                && self.key(b - 1) == "at"
                && self.is_word(b - 2)
                && self.w.title_head(self.key(b - 2)).is_some();
            // "in an interview with the newspaper Bild": an outlet named by
            // its media noun, or interviewed, is a channel too.
            let s = m.tokens.start;
            let outlet = s > self.range.start
                && self.is_word(s - 1)
                && !self.is_cap(s - 1)
                && in_list(MEDIA_NOUNS, self.key(s - 1));
            let interview = b > self.range.start + 2
                && self.is_word(b - 1)
                && self.key(b - 1) == "with"
                && self.is_word(b - 2)
                && self.key(b - 2) == "interview";
            spoke_to
                || workplace
                || outlet
                || interview
                || b > self.range.start
                    && self.is_word(b - 1)
                    && matches!(self.key(b - 1), "told" | "tells" | "tell")
        };
        // "the chipmaker" names an industry: a company of another one
        // further back (a bank) is not it, so only the nearby ones count.
        let para = self.doc.paragraph_of[i];
        let near = |m: &Ment| {
            !noun.ends_with("maker")
                || self.doc.paragraph_of[m.tokens.start] + MAX_INDUSTRY_REFERENCE_PARAGRAPHS >= para
        };
        // The wire credited in a dateline (LONDON (Reuters) -) is not the
        // company a story is about.
        let credited = |m: &Ment| company && self.in_dateline(m.tokens.start);
        // "the Vereinigung Cockpit union": a body named before its kind is
        // no company.
        let kind_after = |m: &Ment| {
            company
                && self.is_word(m.tokens.end)
                && !self.is_cap(m.tokens.end)
                && in_list(NOT_COMPANY_HEADS, self.key(m.tokens.end))
        };
        let fitting = || {
            window.iter().rev().filter(|m| {
                fits(m.entity) && !addressee(m) && near(m) && !credited(m) && !kind_after(m)
            })
        };
        let opens = |k: usize| self.sentence_initial(k) || self.after_dateline(k);
        // "A spokesperson for British Airways said the carrier had ...": a
        // fitting name earlier in the same sentence comes first.
        let sentence = self.doc.sentence_of[i];
        // (not the body a relative clause around the reference is about:
        // "Standard Investments, which owns 5 percent of the company,")
        let described = |m: &Ment| {
            let e = m.tokens.end;
            e + 1 < i
                && self.doc.tokens[e].is_punct(self.doc.text, ',')
                && self.is_word(e + 1)
                && matches!(self.key(e + 1), "which" | "whose")
        };
        if let Some(m) =
            fitting().find(|m| self.doc.sentence_of[m.tokens.start] == sentence && !described(m))
        {
            return Some(m.entity);
        }
        // "... the Japan Aerospace Exploration Agency (JAXA) said [lede]
        // ... The European Space Agency, which supplied ..., said ... NASA
        // congratulated ... The agency said": with no fitting body in this
        // paragraph or the one before, the story's subject (the fitting
        // body of its lede) comes before other sentences' openers.
        let paragraph = |m: &Ment| self.doc.paragraph_of[m.tokens.start];
        if !fitting().any(|m| paragraph(m) + 1 >= para) {
            let lede = self.doc.paragraph_of[self.body_start] + 1;
            if let Some(m) = fitting().rfind(|m| paragraph(m) <= lede) {
                return Some(m.entity);
            }
        }
        fitting()
            .find(|m| {
                opens(m.tokens.start)
                    || self.is_word(m.tokens.start.wrapping_sub(1))
                        && opens(m.tokens.start - 1)
                        && matches!(self.key(m.tokens.start - 1), "the" | "a" | "an")
                    // "Shipping company Maersk said", "Danish shipping
                    // company Nordline has agreed"
                    || m.tokens.start > self.range.start + 2
                        && self.names_after_noun(m.tokens.start - 1)
                        && (opens(m.tokens.start - 1)
                            || opens(m.tokens.start - 2)
                            || opens(m.tokens.start - 3))
            })
            .or_else(|| fitting().next())
            .or_else(|| self.company_named_next(i, company, &fits))
            .map(|m| m.entity)
    }

    /// "(Reuters) - Sales fell, the company said. Acme Inc said ...": a
    /// company reference in a text's lede with no company before it
    /// points forward to the one opening a sentence of that
    /// paragraph or the next.
    fn company_named_next(
        &self,
        i: usize,
        company: bool,
        fits: &dyn Fn(EntityId) -> bool,
    ) -> Option<&Ment> {
        let para = self.doc.paragraph_of[i];
        if !company || para > self.doc.paragraph_of[self.range.start] + LEDE_PARAGRAPHS {
            return None;
        }
        let after = self.ments.partition_point(|m| m.tokens.start <= i);
        self.ments[after..]
            .iter()
            .take_while(|m| self.doc.paragraph_of[m.tokens.start] <= para + 1)
            .find(|m| fits(m.entity) && self.sentence_initial(m.tokens.start))
    }

    /// True when token `k` comes before the dash of a dateline opening its
    /// paragraph (GENEVA (Reuters) -).
    fn in_dateline(&self, k: usize) -> bool {
        let para = self.doc.paragraph_range(k);
        (k + 1..para.end.min(para.start + 2 * DATELINE_TOKENS)).any(|d| {
            matches!(self.word(d), "-" | "–" | "—")
                && self.doc.tokens[d].kind == crate::text::token::TokenKind::Punct
        })
    }

    /// True when token `k` opens the text after a dateline's dash (SAN
    /// JOSE, California - Nortek Semiconductor reported ...).
    fn after_dateline(&self, k: usize) -> bool {
        let para = self.doc.paragraph_range(k);
        k > para.start
            && k <= para.start + 2 * DATELINE_TOKENS
            && self.doc.tokens[k - 1].kind == crate::text::token::TokenKind::Punct
            && matches!(self.word(k - 1), "-" | "–" | "—")
    }

    /// Resolves the org references of pass 1.
    fn resolve_org_references(&mut self) {
        let mut refs = std::mem::take(&mut self.org_refs);
        // (a title's field may have pushed one its phrase did not keep)
        crate::sort::sort_unstable(&mut refs);
        refs.dedup();
        self.sort_ments();
        // Added after all are resolved: the lookup needs sorted mentions,
        // and a reference names what came before it, not another reference.
        let resolved: Vec<(usize, EntityId)> = refs
            .into_iter()
            .filter_map(|i| Some((i, self.org_referent(i)?)))
            .collect();
        for (i, id) in resolved {
            let end = self.org_reference_end(i);
            let span = self.name_span(i..end);
            self.add(i..end, span, id, MentionForm::Title);
        }
        self.sort_ments();
    }

    /// True when token `k` can be part of a person's name (cached per token:
    /// the lexicon lookup it needs is the costly part).
    pub(super) fn is_name_word(&self, k: usize) -> bool {
        if !self.is_cap(k) {
            return false;
        }
        let Some(cell) = self.name_word_cache.get(k - self.range.start) else {
            return false;
        };
        match cell.get() {
            NAME_WORD_NO => false,
            NAME_WORD_YES => true,
            _ => {
                let yes = self.compute_name_word(k);
                cell.set(if yes { NAME_WORD_YES } else { NAME_WORD_NO });
                yes
            }
        }
    }

    fn compute_name_word(&self, k: usize) -> bool {
        let key = strip_possessive(self.key(k));
        // A month's abbreviation before a name word is a first name (Jun
        // Cabrera); a date has a number after it (Jun 5).
        let month_abbreviation = key.chars().count() == MONTH_ABBREVIATION_LETTERS
            && self.w.is_time(key)
            && key == self.key(k)
            && self.is_cap(k + 1)
            && !self.is_acronym(k + 1)
            && self.is_name_word(k + 1);
        let info = self.info(k, key);
        if info.is_function()
            || info.is_time() && !month_abbreviation
            || self.w.org_head(key).is_some()
            || self.w.is_place_head(key)
            || self.w.is_geo(key)
            || self.w.cue(key).is_some()
        {
            return false;
        }
        if self.w.title_head(key).is_some() && self.w.first_name(key).is_none() {
            return false;
        }
        !self.is_country(k)
    }

    /// True when a country or demonym starts at token `k`.
    fn is_country(&self, k: usize) -> bool {
        if self.is_us(k) {
            return true;
        }
        self.lex
            .longest_at(self.doc, k, self.para_end(k))
            .is_some_and(|m| {
                m.entries
                    .iter()
                    .any(|e| matches!(e.kind, ActorKind::Country | ActorKind::Place))
            })
    }

    /// The run of name words from `start`: its end (== start when none).
    fn name_run(&self, start: usize, limit: usize) -> usize {
        let mut k = start;
        let mut words = 0;
        while k < limit && words < MAX_NAME_WORDS {
            if self.doc.tokens[k].newline_before && k > start {
                break;
            }
            // A month is a surname after a first name (Theresa May).
            let month_surname = words > 0
                && self.is_cap(k)
                && matches!(self.key(k), "may" | "june" | "april" | "august" | "march")
                && !self
                    .doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == crate::text::token::TokenKind::Number);
            // A one-word demonym is a surname after a first name when no
            // capitalised word follows (Volker Turk warned ...).
            let demonym_surname = words > 0 && self.last_listed_word(k, limit, MentionForm::Nisba);
            // A capital city is a surname after a first name or two name
            // words when the name ends there (Joao Lima, Beatriz Costa Lima).
            let metonym_surname = (words >= 2
                || words == 1 && self.w.first_name(self.key(k - 1)).is_some())
                && !self.is_acronym(k)
                && self.last_listed_word(k, limit, MentionForm::Metonym);
            // A country's one-word name is a surname right after a known
            // first name when the name ends there (Luis Montenegro,
            // Michael Jordan).
            let country_surname = words == 1
                && self.is_cap(k)
                && !(k + 1 < limit && self.is_cap(k + 1))
                && !self.is_acronym(k)
                && self.w.first_name(self.key(k - 1)).is_some()
                && self
                    .lex
                    .longest_at(self.doc, k, self.para_end(k))
                    .is_some_and(|m| {
                        m.tokens.len() == 1
                            && m.entries.iter().all(|e| {
                                e.kind == ActorKind::Country && e.form == MentionForm::Name
                            })
                    });
            // A title word is a surname right after a known first name when
            // the name ends there (Commissioner Jeff Pope urged ...).
            let title_surname = words > 0
                && self.is_cap(k)
                && !(k + 1 < limit && self.is_cap(k + 1))
                && self.w.first_name(self.key(k - 1)).is_some()
                && self.w.title_head(self.key(k)).is_some();
            // A place word that is also a common surname is one right
            // after a known first name when the name ends there and no
            // preposition of place precedes it (Susan Park said; not "at
            // Victoria Park").
            let place_surname = words == 1
                && self.is_cap(k)
                && !(k + 1 < limit && self.is_cap(k + 1))
                && in_list(SURNAME_PLACE_HEADS, self.key(k))
                && self.w.first_name(self.key(k - 1)).is_some()
                && !(k >= 2 && self.is_word(k - 2) && in_list(PLACE_PREPOSITIONS, self.key(k - 2)))
                && self.speaks_or_set_off(k + 1);
            // "health critic France Gelinas": a country's name first
            // (`country_first_name`).
            let country_first = words == 0 && k == start && self.country_first_name(k, limit);
            if self.is_name_word(k)
                || country_first
                || month_surname
                || place_surname
                || demonym_surname
                || metonym_surname
                || country_surname
                || title_surname
            {
                words += 1;
                k += 1;
                // A possessive ends the name (Trump's policies).
                if strip_possessive(self.key(k - 1)) != self.key(k - 1) {
                    break;
                }
                // An initial: "George W. Bush".
                if self.word(k - 1).chars().count() == 1
                    && k + 1 < limit
                    && self.doc.tokens[k].is_punct(self.doc.text, '.')
                    && self.is_cap(k + 1)
                {
                    k += 1;
                }
                continue;
            }
            // "Majed al-Ansari": a particle glued by a hyphen to a
            // capitalised name.
            let glued_particle = words > 0
                && self.is_word(k)
                && self.word(k).split_once('-').is_some_and(|(p, rest)| {
                    in_list(NAME_PARTICLES, p) && rest.starts_with(|c: char| c.is_uppercase())
                });
            if glued_particle {
                words += 1;
                k += 1;
                if strip_possessive(self.key(k - 1)) != self.key(k - 1) {
                    break;
                }
                continue;
            }
            // "de Champris", and two particles in a row: "von der Leyen".
            let particle = |j: usize| self.is_word(j) && in_list(NAME_PARTICLES, self.key(j));
            if words > 0 && particle(k) {
                if self.is_name_word(k + 1) {
                    k += 1;
                    continue;
                }
                if particle(k + 1) && self.is_name_word(k + 2) {
                    k += 2;
                    continue;
                }
            }
            break;
        }
        k
    }

    /// The lexicon entry of `kind` naming exactly the tokens (a company's
    /// suffix may be left out of the entry: Apple Inc. / Apple).
    fn lexicon_entry(&self, tokens: Range<usize>, kind: ActorKind) -> Option<&'static Entry> {
        let m = self.lex.longest_at(self.doc, tokens.start, tokens.end)?;
        let suffix_left = m.tokens.end + 1 == tokens.end
            && in_list(
                CORPORATE_SUFFIXES,
                strip_possessive(self.key(tokens.end - 1)),
            );
        if m.tokens.end != tokens.end && !suffix_left {
            return None;
        }
        m.entries
            .iter()
            .copied()
            .find(|e| e.kind == kind && e.lang == lexicon::Lang::En)
            .or_else(|| m.entries.iter().copied().find(|e| e.kind == kind))
    }

    /// The person entity for a name, created if new (the lexicon's identity
    /// when the name is a known person's).
    fn person(
        &mut self,
        tokens: Range<usize>,
        span: crate::span::Span,
        gender: Gender,
    ) -> EntityId {
        // "Lucy Hartwell KC", "Harriet Vance MP": letters after the name
        // are honours, not part of it (the mention keeps them).
        let mut name = span.slice(self.doc.text);
        while let Some((head, last)) = name.rsplit_once(' ') {
            if !in_list(POST_NOMINALS, last) {
                break;
            }
            name = head;
        }
        let name = name.to_string();
        let known = self.lexicon_entry(tokens, ActorKind::Person);
        let key = known.map_or_else(
            || format!("person:{}", phrase_key(&name)),
            |e| e.key.to_string(),
        );
        let gender = match (gender, known) {
            (Gender::Unknown, Some(e)) => e.gender,
            (g, _) => g,
        };
        let id = self.findings.entity(&key, || {
            let mut x = entity(ActorKind::Person, &name);
            x.gender = gender;
            x
        });
        if self.findings.entities[id].gender == Gender::Unknown {
            self.findings.entities[id].gender = gender;
        }
        id
    }

    fn first_name_gender(&self, k: usize) -> Gender {
        self.w.first_name(self.key(k)).unwrap_or(Gender::Unknown)
    }

    /// Title words + name: a person with a role; or a title alone after a
    /// determiner, kept for pass 2.
    fn title_phrase(&mut self, i: usize, limit: usize) -> Option<usize> {
        let mut k = i;
        let mut heads: Vec<String> = Vec::new();
        let mut gender = Gender::Unknown;
        let mut capitalised = true;
        let mut honorific_only = true;
        let mut inner: Vec<(Range<usize>, lexicon::Match<'static>)> = Vec::new();
        let mut bodies: Vec<(Range<usize>, lexicon::Match<'static>)> = Vec::new();
        while k < limit && k < i + MAX_TITLE_TOKENS && self.is_word(k) {
            let key = self.key(k).trim_end_matches('.');
            if k > i && self.doc.tokens[k].newline_before {
                break;
            }
            if let Some(g) = self.info(k, key).title_head() {
                // A first name is not a title when a name word follows
                // ("Dean Kamen"), unless it is capitalised mid-title.
                if self.w.first_name(key).is_some()
                    && heads.is_empty()
                    && self.is_name_word(k + 1)
                    && self.is_cap(k)
                    && !self.is_name_word_after_title(k)
                {
                    break;
                }
                heads.push(key.to_string());
                if g != Gender::Unknown {
                    gender = g;
                }
                honorific_only &= in_list(HONORIFICS, key);
                capitalised &= self.is_cap(k);
                k += 1;
                if in_list(ABBREVIATED_TITLES, key)
                    && k < limit
                    && self.doc.tokens[k].is_punct(self.doc.text, '.')
                    && !self.doc.tokens[k].space_before
                {
                    k += 1;
                }
                continue;
            }
            if self.info(k, key).is_title_mod()
                && (self.is_cap(k) || !heads.is_empty() || self.title_follows(k + 1, limit))
            {
                // "NATO Secretary General Mark Rutte", "White House
                // spokeswoman": a listed body's name made of title words
                // builds the title and is a mention of the body.
                if self.is_cap(k) && bodies.last().is_none_or(|(r, _)| r.end <= k) {
                    if let Some(m) = self.lex.longest_at(self.doc, k, limit) {
                        let words_are_mods = (k..m.tokens.end).all(|j| {
                            self.is_word(j) && self.info(j, self.key(j)).is_title_mod()
                                || self.doc.tokens[j].is_punct(self.doc.text, '.')
                        });
                        if words_are_mods
                            && m.entries.iter().any(|e| e.kind == ActorKind::Organization)
                        {
                            bodies.push((k..m.tokens.end, m));
                        }
                    }
                }
                capitalised &= self.is_cap(k);
                k += 1;
                continue;
            }
            // "Secretary of State", "High Commissioner for Human Rights".
            // (not a listed organisation's first words: a spokesman for
            // Human Rights Watch)
            let listed = || {
                self.lex
                    .longest_at(self.doc, k + 1, limit)
                    .is_some_and(|m| m.entries.iter().any(|e| e.kind == ActorKind::Organization))
            };
            if !heads.is_empty() && matches!(key, "of" | "for") && self.is_word(k + 1) && !listed()
            {
                let mut j = k + 1;
                while j < limit && self.is_word(j) && super::in_list(TITLE_OF_WORDS, self.key(j)) {
                    j += 1;
                }
                if j > k + 1 && self.key(j - 1) != "the" {
                    k = j;
                    continue;
                }
                // "WWF-Australia's head of oceans, Richard Leck,": a field
                // in lower case, then the holder's full name set off.
                let field = (j..limit.min(j + MAX_TITLE_FIELD_WORDS))
                    .take_while(|&f| {
                        self.is_word(f) && !self.is_cap(f) && !self.w.is_function(self.key(f))
                    })
                    .last()
                    .map_or(j, |f| f + 1);
                if field > j && self.comma_then_full_name(field, limit) {
                    // (a spokesperson for the party, X,: "the party" still
                    // refers back to a body)
                    if field == j + 1
                        && self.key(j - 1) == "the"
                        && in_list(GENERIC_ORG_NOUNS, self.key(j))
                    {
                        self.org_refs.push(j - 1);
                    }
                    k = field;
                    continue;
                }
            }
            if !heads.is_empty() && key == "of" && self.is_word(k + 1) {
                // "President of Ukraine Volodymyr Zelensky", "the mayor of
                // Amatrice, Sergio Pirozzi,": a place, then the name.
                let mut j = k + 1;
                if self.is_word(j) && self.key(j) == "the" {
                    j += 1;
                }
                if let Some(m) = self.lex.longest_at(self.doc, j, limit) {
                    if m.entries.iter().any(|e| e.kind == ActorKind::Country) {
                        let end = m.tokens.end;
                        // (not "chairman of the Barbados Hotel and Tourism
                        // Association": the country opens a body's name)
                        let holder = self.is_name_word(end) && !self.org_words_at(end, limit);
                        if holder || self.comma_then_full_name(end, limit) {
                            inner.push((j..end, m));
                            k = end;
                            continue;
                        }
                    }
                }
                let mut e = j;
                while e < limit
                    && e < j + MAX_PLACE_WORDS
                    && self.is_cap(e)
                    && !self.w.is_function(self.key(e))
                {
                    e += 1;
                }
                if e > j && self.comma_then_full_name(e, limit) {
                    k = e;
                    continue;
                }
                // "Mayor of Greater Manchester Andy Burnham": a known
                // first name after the place opens the holder's name.
                if let Some(f) = (j + 1..e).find(|&f| {
                    self.w.first_name(self.key(f)).is_some()
                        && !self.w.is_geo(self.key(f))
                        && self.is_name_word(f + 1)
                }) {
                    k = f;
                    break;
                }
            }
            if !heads.is_empty() && key == "to" {
                // "Ambassador to the United States Hamdullah Mohib".
                let mut j = k + 1;
                if self.is_word(j) && self.key(j) == "the" {
                    j += 1;
                }
                if let Some(m) = self.lex.longest_at(self.doc, j, limit) {
                    if m.entries.iter().any(|e| e.kind == ActorKind::Country) {
                        let end = m.tokens.end;
                        if self.is_name_word(end) {
                            inner.push((j..end, m));
                            k = end;
                            continue;
                        }
                    }
                }
            }
            break;
        }
        if heads.is_empty() {
            return None;
        }
        let title_end = k;
        // "Malaysia's Prime Minister, Najib Razak": a comma before a full
        // name (after a lower-case title only when the name is set off by
        // commas or followed by its verb: "the mayor, Sergio Pirozzi, said").
        let mut name_start = title_end;
        if self.comma_then_full_name(title_end, limit) {
            let end = self.name_run(title_end + 1, limit);
            let set_off = end < limit && self.doc.tokens[end].is_punct(self.doc.text, ',');
            if capitalised || set_off || self.cue_follows(end) {
                name_start = title_end + 1;
            }
        }
        let name_end = self.name_run(name_start, limit);
        // "Activist investor Standard Investments", "hedge fund Elliott
        // Management", "the ferry's operator, PT Pelayaran Cantika": a name
        // that runs on into a body's head word or opens with a legal form
        // is the body's name, found from its first word.
        if name_end > name_start
            && (self.is_cap(name_end) && self.w.org_head(self.key(name_end)).is_some()
                || CORPORATE_PREFIXES.contains(&self.word(name_start)))
        {
            return None;
        }
        let quoted_label = self
            .quote_at(i)
            .is_some_and(|q| self.quote_words(q) <= MAX_SCARE_QUOTE_WORDS);
        if name_end > name_start && !quoted_label {
            for (r, m) in bodies.into_iter().chain(inner) {
                self.lexicon_mention(r, &m, true);
            }
            let span = self.name_span(name_start..name_end);
            if gender == Gender::Unknown {
                gender = self.first_name_gender(name_start);
            }
            let id = self.person(name_start..name_end, span, gender);
            if !honorific_only {
                let role_start = self.role_start(self.portfolio_start(i));
                // Without a trailing honorific ("Lead author Dr", "Foreign
                // Minister Prince Faisal").
                let mut role_end = title_end;
                loop {
                    let dot = role_end > i + 1
                        && self.doc.tokens[role_end - 1].is_punct(self.doc.text, '.');
                    let last = if dot { role_end - 2 } else { role_end - 1 };
                    let key = self.key(last).trim_end_matches('.');
                    if last > i
                        && (in_list(HONORIFICS, key)
                            || heads.len() > 1 && in_list(NOBLE_TITLES, key))
                    {
                        role_end = last;
                    } else {
                        break;
                    }
                }
                let role = self
                    .span(role_start..role_end)
                    .slice(self.doc.text)
                    .to_string();
                let e = &mut self.findings.entities[id];
                if e.role.is_none() {
                    e.role = Some(role);
                }
            }
            self.add(name_start..name_end, span, id, MentionForm::Name);
            self.apposition(name_start, name_end, limit);
            return Some(name_end);
        }
        // A title alone: "the President", "the foreign minister".
        // (also after an age: "the 20-year-old striker told the BBC")
        let article = |k: usize| self.is_word(k) && matches!(self.key(k), "the" | "this");
        let determined = i > self.range.start
            && (article(i - 1) || i > self.range.start + 1 && self.is_age(i - 1) && article(i - 2));
        if determined && !honorific_only {
            self.titles_alone.push(TitleAlone {
                tokens: i..title_end,
                heads,
            });
            return Some(title_end);
        }
        None
    }

    /// Where a role starts before the title at `i`: at most two
    /// capitalised words no list knows and no mention holds right before
    /// it name its portfolio or body (Mineral Resources Minister, Climate
    /// Change Minister, Board member).
    fn portfolio_start(&self, i: usize) -> usize {
        const MAX_PORTFOLIO_WORDS: usize = 2;
        let sentence = self.doc.sentence_range(i).start;
        let mut j = i;
        while j > sentence
            && i - j < MAX_PORTFOLIO_WORDS
            && self.is_cap(j - 1)
            && !self.is_acronym(j - 1)
            && strip_possessive(self.key(j - 1)) == self.key(j - 1)
            && !self.w.is_function(self.key(j - 1))
            && !self.w.is_time(self.key(j - 1))
            && self.w.first_name(self.key(j - 1)).is_none()
            && self.ments.last().is_none_or(|m| m.tokens.end < j)
        {
            j -= 1;
        }
        // The words must open the sentence or follow a lower-case word or
        // a mention of a country (Australia's Climate Change Minister).
        if j < i
            && j > sentence
            && self.is_cap(j - 1)
            && self.ments.last().is_none_or(|m| m.tokens.end != j)
        {
            return i;
        }
        j
    }

    /// True when token `k` is an age adjective (20-year-old).
    fn is_age(&self, k: usize) -> bool {
        self.is_word(k) && self.key(k).ends_with("-year-old")
    }

    /// True when tokens `i..end` start with a multi-word place name (New
    /// York, Los Angeles).
    fn is_place_name(&self, i: usize, end: usize) -> bool {
        self.place_end(i, end).is_some()
    }

    /// The end of the longest multi-word place name at `i` (before `end`).
    pub(super) fn place_end(&self, i: usize, end: usize) -> Option<usize> {
        // Most words start no listed place: no phrase keys built for them.
        if !self.is_word(i) || !self.info(i, strip_possessive(self.key(i))).starts_place() {
            return None;
        }
        let mut key = String::new();
        let mut found = None;
        for k in i..end.min(i + MAX_PLACE_WORDS) {
            if !self.is_word(k) {
                break;
            }
            if k > i {
                key.push(' ');
            }
            key.push_str(strip_possessive(self.key(k)));
            if k > i && self.w.is_place(&key) {
                found = Some(k + 1);
            }
        }
        found
    }

    /// A multi-word place name (New York, Los Angeles) is read as a whole,
    /// so its words are neither a person nor another country (Jersey).
    fn place_name(&mut self, i: usize, limit: usize) -> Option<usize> {
        if !self.is_cap(i) || self.is_country_phrase(i, limit) {
            return None;
        }
        self.place_end(i, limit)
    }

    /// True when the lexicon names a country with the words at `i` (Sri Lanka).
    fn is_country_phrase(&self, i: usize, limit: usize) -> bool {
        self.lex.longest_at(self.doc, i, limit).is_some_and(|m| {
            m.tokens.len() > 1 && m.entries.iter().any(|e| e.kind == ActorKind::Country)
        })
    }

    /// True when a comma at `k` is followed by a name of two words or more.
    fn comma_then_full_name(&self, k: usize, limit: usize) -> bool {
        k + 1 < limit
            && self.doc.tokens[k].is_punct(self.doc.text, ',')
            && self.name_run(k + 1, limit) >= k + 3
    }

    /// True when `k` is a capitalised title head used as a title because a
    /// full name follows it directly (President Donald Trump).
    fn is_name_word_after_title(&self, k: usize) -> bool {
        self.is_word(k + 1) && self.w.first_name(self.key(k + 1)).is_some()
    }

    /// True when a title head follows at `k` after modifiers (foreign minister).
    fn title_follows(&self, mut k: usize, limit: usize) -> bool {
        while k < limit && self.is_word(k) {
            let key = self.key(k);
            if self.w.title_head(key).is_some() {
                return true;
            }
            if !self.w.is_title_mod(key) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Where a role starts: at the country qualifier or the body right
    /// before the title (U.S. President, New Zealand's Prime Minister,
    /// former UEFA president Michel Platini), else at the title.
    fn role_start(&self, i: usize) -> usize {
        match self.ments.last() {
            Some(m)
                if m.tokens.end == i
                    && matches!(
                        self.findings.entities[m.entity].kind,
                        ActorKind::Country | ActorKind::Organization
                    ) =>
            {
                m.tokens.start
            }
            _ => i,
        }
    }

    /// Number of words in a quote.
    fn quote_words(&self, q: &crate::quotes::marks::Quoted) -> usize {
        (q.first()..q.end)
            .filter(|&k| self.doc.tokens[k].is_word())
            .count()
    }

    /// "NAME, the State Department spokesperson," gives NAME a role and is
    /// skipped when looking for the subject of a cue after it.
    fn apposition(&mut self, name_start: usize, name_end: usize, limit: usize) {
        if name_end >= limit || !self.doc.tokens[name_end].is_punct(self.doc.text, ',') {
            return;
        }
        // "The lawyer for Mokoena, Advocate Thembeka Ngcukaitobi, said": a
        // title and a name set off after a name are another person.
        let t = name_end + 1;
        if self.is_cap(t) && self.w.title_head(self.key(t)).is_some() {
            let end = self.name_run(t + 1, limit);
            if end > t + 1 && end < limit && self.doc.tokens[end].is_punct(self.doc.text, ',') {
                return;
            }
        }
        let sentence_end = self.doc.sentence_range(name_end).end.min(limit);
        let mut j = name_end + 1;
        let mut has_title = false;
        while j < sentence_end && j <= name_end + MAX_APPOSITION_TOKENS {
            let t = &self.doc.tokens[j];
            if t.is_punct(self.doc.text, ',') || t.is_punct(self.doc.text, '.') {
                break;
            }
            // A cue ends the apposition; a capitalised one is part of a
            // name in it (the Centre for ... Early Warning of ...).
            if t.quote_mark().is_some()
                || (t.is_word() && !self.is_cap(j) && self.cue_at(j).is_some())
            {
                return;
            }
            if t.is_word() && self.w.title_head(strip_possessive(&t.key)).is_some() {
                has_title = true;
            }
            j += 1;
        }
        if j == name_end + 1 || j > name_end + MAX_APPOSITION_TOKENS {
            return;
        }
        // Closed by a comma, the apposition sits between a subject and its
        // verb; at the end of the sentence it only gives the role.
        let closed = j < sentence_end && self.doc.tokens[j].is_punct(self.doc.text, ',');
        if closed {
            self.appositions.push((name_start, j));
            // "Ronak Gopaldas, a director at Signal Risk, a consultancy,
            // said": the employer's description closes the apposition too.
            let mut k = j + 1;
            if self.is_word(k) && matches!(self.key(k), "a" | "an" | "the") {
                while k < sentence_end && k <= j + MAX_ORG_DESCRIPTION_TOKENS && self.is_word(k) {
                    k += 1;
                }
                let described = k < sentence_end
                    && self.doc.tokens[k].is_punct(self.doc.text, ',')
                    && in_list(ORG_DESCRIPTIONS, self.key(k - 1));
                if described {
                    self.appositions.push((name_start, k));
                }
            }
        }
        // A relative clause (, who was named player of the match,) is no role.
        if !has_title || matches!(self.key(name_end + 1), "who" | "whose") {
            return;
        }
        // (a restrictive relative clause ends the role: "a planetary
        // scientist at the University of Tokyo who works on the camera")
        let role_end = (name_end + 2..j)
            .find(|&k| self.is_word(k) && matches!(self.word(k), "who" | "which" | "whose"))
            .unwrap_or(j);
        let role = self
            .span(name_end + 1..role_end)
            .slice(self.doc.text)
            .to_string();
        if let Some(id) = self
            .findings
            .mention_at(self.name_span(name_start..name_end))
        {
            let e = &mut self.findings.entities[id];
            if e.kind == ActorKind::Person && e.role.is_none() {
                e.role = Some(role);
            }
        }
    }

    /// A capitalised organisation name: a run of capitalised words (with
    /// `of`, `for`, `the`, `and` inside) with an organisation head word.
    fn org_run(&mut self, i: usize, limit: usize) -> Option<usize> {
        // "Southern Vale Water pleaded guilty": a geographic word opening
        // a sentence is a name's first word, also when the text has it in
        // lower case (in southern England).
        let geo_first = self.is_cap(i + 1) && self.w.is_geo(self.key(i));
        if !self.is_cap(i) || self.is_common_cap(i) && !geo_first {
            return None;
        }
        // "the Africa Cup of Nations": an event's name whose "of" tail
        // ends in an organisation's word is no organisation.
        if in_list(EVENT_HEADS, self.key(i)) && self.is_word(i + 1) && self.key(i + 1) == "of" {
            return None;
        }
        let mut k = i;
        let mut head: Option<(usize, OrgHead)> = None;
        while k < limit && k < i + MAX_ORG_TOKENS {
            if k > i && self.doc.tokens[k].newline_before {
                break;
            }
            // "Wells Fargo & Co."
            if k > i && self.doc.tokens[k].is_punct(self.doc.text, '&') && self.is_cap(k + 1) {
                k += 1;
                continue;
            }
            // "the Blackridge Rovers Supporters' Trust": a plural
            // possessive's apostrophe inside the name.
            if k > i && self.plural_apostrophe(k) && self.is_cap(k + 1) {
                k += 1;
                continue;
            }
            // "Department for Environment, Food and Rural Affairs": a
            // list of fields in the head's "of"/"for" tail.
            if head.is_some_and(|(h, _)| matches!(self.key(h), "department" | "ministry"))
                && self.comma_in_tail(i, k, limit)
            {
                k += 1;
                continue;
            }
            if !self.is_word(k) {
                break;
            }
            let key = self.key(k);
            if self.is_cap(k) {
                if k > i && self.w.is_function(key) {
                    break;
                }
                let possessive = strip_possessive(key) != key;
                // "Britain's", "New Zealand's Labour Party": a country's
                // possessive is no part of the body's name.
                if possessive && (self.is_country(k) || k == i + 1 && self.is_country(i)) {
                    break;
                }
                // "Opposition Leader Peter Dutton's Liberal Party": a titled
                // person's name before a possessive is no part of the body's.
                if possessive && self.titled_name_in(i..k) {
                    return None;
                }
                if let Some(h) = self.w.org_head(key) {
                    head = Some((k, h));
                }
                k += 1;
                if possessive && !self.is_cap(k) {
                    break;
                }
                continue;
            }
            // "John Smith of Acme Corp": a person and where they work, not
            // one name (an organisation's own words come before its "of":
            // Bank of America).
            if key == "of" && head.is_none() && self.w.first_name(self.key(i)).is_some() {
                break;
            }
            // "Vivek Arya of Bank of America": two words with no head or
            // title before an "of" that opens an organisation's own name.
            if key == "of" && head.is_none() && k == i + 2 && self.employer_after_of(i, k, limit) {
                break;
            }
            // "on Friday" after a name is a date, not part of it.
            let date = key == "on" && self.is_word(k + 1) && self.w.is_time(self.key(k + 1));
            // "Office for the Coordination of Humanitarian Affairs".
            let the_next = matches!(key, "of" | "for")
                && head.is_some()
                && self.is_word(k + 1)
                && self.key(k + 1) == "the"
                && self.is_cap(k + 2)
                // "the University of Sheffield of the UK": a country is
                // where it is.
                && !self.is_country(k + 2);
            if matches!(key, "of" | "for" | "and" | "on")
                && (self.is_cap(k + 1) || the_next)
                && !date
            {
                let mut j = k + 1;
                if self.key(j) == "the" {
                    j += 1;
                }
                if self.is_cap(j)
                    && !self.w.is_function(self.key(j))
                    && (key != "and"
                        || head.is_none()
                        || self.and_in_tail(i, k, j, limit)
                        || self.generic_and_body(i, k, j, limit, head))
                {
                    k = j;
                    continue;
                }
            }
            if key == "the"
                && k > i
                && matches!(self.key(k - 1), "of" | "for")
                && self.is_cap(k + 1)
            {
                k += 1;
                continue;
            }
            break;
        }
        // "Yonhap news agency": a name before a lower-case agency noun.
        if head.is_none() && k < limit {
            let n = (k..limit.min(k + 2))
                .take_while(|&j| {
                    self.is_word(j) && !self.is_cap(j) && in_list(LOWER_AGENCY_WORDS, self.key(j))
                })
                .count();
            if n > 0 && self.key(k + n - 1) == "agency" && (i..k).all(|j| self.is_cap(j)) {
                head = Some((k + n - 1, OrgHead::Main));
                k += n;
            }
        }
        let (h, class) = head?;
        // "Saudi Energy Minister Prince Abdulaziz": a country's word and a
        // field's head before a title are the title's, not a body's name.
        if class == OrgHead::Other
            && h > i
            && self.is_cap(h + 1)
            && self.w.title_head(self.key(h + 1)).is_some()
            && self.lex.longest_at(self.doc, i, h).is_some_and(|m| {
                m.tokens.end == h && m.entries.iter().any(|e| e.kind == ActorKind::Country)
            })
        {
            return None;
        }
        // "Chief Cabinet Secretary Yoshimasa Hayashi": after Chief, a head
        // that also builds titles, before a title and a name, is the
        // title's (not "Foreign Ministry Spokesperson Mao Ning").
        if h > i
            && self.key(i) == "chief"
            && self.w.is_title_mod(self.key(h))
            && self.is_cap(h + 1)
            && self.w.title_head(self.key(h + 1)).is_some()
            && self.is_name_word(h + 2)
        {
            return None;
        }
        let mut end = h + 1;
        // "Foundation for Media Freedom": a head word inside the "of" tail
        // of an earlier one (Media) does not end the name there.
        if end < k && self.is_cap(end) {
            if let Some(t) = (i + 1..h).find(|&t| {
                self.is_word(t)
                    && matches!(self.key(t), "of" | "for" | "on")
                    && self.w.org_head(self.key(t - 1)).is_some()
            }) {
                end = t;
            }
        }
        // "Department of Agriculture": the head's "of" tail is part of the name.
        if end < k && matches!(self.key(end), "of" | "for" | "on") {
            // ... up to a title before its holder's name (Bank of England
            // Governor Andrew Bailey): the title and name are a person's.
            let holder_title = (end + 1..k.saturating_sub(1)).find(|&j| {
                self.is_cap(j) && self.w.title_head(self.key(j)).is_some() && self.is_cap(j + 1)
            });
            end = holder_title.unwrap_or(k);
            while end > h + 1 && !self.is_cap(end - 1) {
                end -= 1;
            }
        }
        // "Minerals Council South Africa": a country's name closing the run
        // right after the head is the body's (a national chapter's) own.
        if end == h + 1
            && end < k
            && self.lex.longest_at(self.doc, end, k).is_some_and(|m| {
                m.tokens.end == k
                    && m.entries
                        .iter()
                        .any(|e| e.kind == ActorKind::Country && e.form == MentionForm::Name)
            })
        {
            end = k;
        }
        if end - i < 2 {
            return None;
        }
        if self
            .quote_at(i)
            .is_some_and(|q| self.quote_words(q) <= MAX_SCARE_QUOTE_WORDS && q.first() == i)
        {
            return None;
        }
        // Leading country words qualify the organisation (US State Department).
        let mut country = None;
        let mut key_start = i;
        if let Some(m) = self.lex.longest_at(self.doc, i, end) {
            if let Some(e) = m.entries.iter().find(|e| e.kind == ActorKind::Country) {
                country = e.country;
                if end - m.tokens.end >= 2 {
                    key_start = m.tokens.end;
                }
            }
        } else if self.is_us(i) {
            country = Some("US");
            if end - i >= 3 {
                key_start = i + 1;
            }
        }
        // "the 6th Circuit Court of Appeals": an ordinal opens the name.
        // (after "the", not a date: "on the 5th")
        let first = if i > self.range.start + 1
            && self.is_ordinal(i - 1)
            && self.key(i - 2) == "the"
            && !(i > self.range.start + 2 && self.key(i - 3) == "on")
        {
            i - 1
        } else {
            i
        };
        // "The All India Gaming Federation", "the All Progressives
        // Congress": a capitalised "All" inside a sentence opens the name.
        let first = if first > self.range.start + 1
            && self.word(first - 1) == "All"
            && !self.sentence_initial(first - 1)
        {
            first - 1
        } else {
            first
        };
        if key_start == i {
            key_start = first;
        }
        // "All Progressives Congress (APC)": the acronym's first letters
        // name words before the run.
        let first = self.acronym_start(first, end);
        key_start = key_start.min(first);
        let span = self.name_span(first..end);
        let name = span.slice(self.doc.text).to_string();
        // A known organisation keeps the lexicon's identity, so its other
        // names (State Department / US State Department) meet.
        let known = self
            .lexicon_entry(i..end, ActorKind::Organization)
            .or_else(|| {
                (key_start > i)
                    .then(|| self.lexicon_entry(key_start..end, ActorKind::Organization))
                    .flatten()
            });
        let key = known.map_or_else(
            || {
                format!(
                    "org:{}",
                    phrase_key(self.name_span(key_start..end).slice(self.doc.text))
                )
            },
            |e| e.key.to_string(),
        );
        if let Some(e) = known {
            country = country.or(e.country);
        }
        // "Russia's Foreign Ministry ... Estonia's Foreign Ministry": a
        // country's possessive before an unlisted body names its own.
        let mut key = key;
        let mut owner_code = None;
        if known.is_none() && country.is_none() && first > self.range.start {
            let owner = self.ments.last().filter(|m| {
                m.tokens.end == first
                    && strip_possessive(self.key(first - 1)) != self.key(first - 1)
                    && self.findings.entities[m.entity].kind == ActorKind::Country
            });
            if let Some(code) = owner.and_then(|m| self.findings.entities[m.entity].country.clone())
            {
                let other = self.findings.find(&key).is_some_and(|old| {
                    self.findings.entities[old]
                        .country
                        .as_ref()
                        .is_some_and(|c| *c != code)
                });
                if other {
                    key = format!("{key}:{code}");
                }
                owner_code = Some(code);
            }
        }
        // "Researchers at the University of Copenhagen said": where a
        // group works is reported, as "Analysts at Jefferies" is.
        let b = self.start_with_the(first);
        let group_workplace = b > self.range.start + 1
            && self.key(b - 1) == "at"
            && self.is_word(b - 2)
            && self.w.group(self.key(b - 2)).is_some();
        let id = self.findings.entity(&key, || {
            let mut x = entity(ActorKind::Organization, &name);
            x.country = country.map(str::to_string);
            x.reported = class == OrgHead::Main || known.is_some();
            x
        });
        if group_workplace {
            self.findings.entities[id].reported = true;
        }
        if self.findings.entities[id].country.is_none() {
            self.findings.entities[id].country = owner_code;
        }
        let e = &mut self.findings.entities[id];
        if name.split_whitespace().count() > e.name.split_whitespace().count() {
            e.name = name;
        }
        self.add(first..end, span, id, MentionForm::Name);
        Some(self.bracketed_acronym(end, id))
    }

    /// "Natural Resources Wales", "Public Health England": one to three
    /// capitalised common words before a UK or Irish nation name a public
    /// body (not a person: Jimmy Wales; not a place: North Wales).
    fn nation_body(&mut self, i: usize, limit: usize) -> Option<usize> {
        // (a nation's name within reach first: most words have none)
        let reach = limit.min(i + MAX_NATION_BODY_WORDS + 2);
        if !self.is_cap(i)
            || !(i + 1..reach)
                .any(|j| self.is_cap(j) && in_list(BODY_NATIONS, strip_possessive(self.key(j))))
        {
            return None;
        }
        let mut k = i;
        while k < i + MAX_NATION_BODY_WORDS
            && self.is_name_word(k)
            && self.key(k) == strip_possessive(self.key(k))
            && self.w.first_name(self.key(k)).is_none()
            && !in_list(BODY_NATIONS, self.key(k))
            // (places: New England, Mid Wales; compass words are no name
            // words)
            && !matches!(self.key(k), "new" | "mid")
            && !self.is_acronym(k)
        {
            k += 1;
        }
        // "Transport for Wales".
        if k > i && self.key(k) == "for" {
            k += 1;
        }
        // (the nation ends the name: not the New England Journal of
        // Medicine, Scotland Yard)
        if k == i
            || !self.is_cap(k)
            || !in_list(BODY_NATIONS, strip_possessive(self.key(k)))
            || self.is_cap(k + 1)
        {
            return None;
        }
        // (a name's start not seen before: "Visit" is no first word of a
        // longer run such as "Labour Visit Wales")
        if i > self.range.start
            && !self.doc.tokens[i].newline_before
            && self.is_cap(i - 1)
            && !self.w.is_function(self.key(i - 1))
        {
            return None;
        }
        self.add_span_org(i..k + 1);
        Some(k + 1)
    }

    /// "According to La Liga, ...": capitalised words that no other rule
    /// read, alone between "according to" and a comma or a full stop, are
    /// the statement's source (an organisation).
    fn according_source(&mut self, i: usize, limit: usize) -> Option<usize> {
        // (also after the article: "According to the Treasury, ...")
        let to = self.start_with_the(i);
        if to < self.range.start + 2
            || self.key(to - 2) != "according"
            || self.key(to - 1) != "to"
            || !self.is_cap(i)
        {
            return None;
        }
        let mut end = i;
        while end < limit && end < i + MAX_NAME_WORDS && self.is_cap(end) {
            let key = self.key(end);
            // (a function word only inside: Serie A)
            if self.w.is_function(key) && end == i
                || self.w.is_time(key)
                || key != strip_possessive(key)
            {
                return None;
            }
            end += 1;
        }
        // "Ligue 1", "Formula 1": a number ends the name.
        if end > i && end < limit && self.doc.tokens[end].kind == TokenKind::Number {
            end += 1;
        }
        let closed = end < limit
            && (self.doc.tokens[end].is_punct(self.doc.text, ',')
                || self.doc.tokens[end].is_punct(self.doc.text, '.'));
        if end == i || !closed {
            return None;
        }
        // "According to Barrett, ...": the surname of a person named
        // before is that person (found with the surnames in pass 2).
        let key = strip_possessive(self.key(i));
        if end == i + 1
            && self.ments.iter().any(|m| {
                m.tokens.len() > 1
                    && self.findings.entities[m.entity].kind == ActorKind::Person
                    && strip_possessive(self.key(m.tokens.end - 1)) == key
            })
        {
            return None;
        }
        self.add_span_org(i..end);
        Some(end)
    }

    /// True when token `k` is an ordinal in figures (6th, 2nd, 21st).
    fn is_ordinal(&self, k: usize) -> bool {
        let w = self.doc.tokens[k].span.slice(self.doc.text);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
    }

    /// True when the two capitalised words `i..of` read as a person's name
    /// and the capitalised words after `of` hold an organisation head
    /// (Vivek Arya of Bank of America), or are a listed organisation.
    fn employer_after_of(&self, i: usize, of: usize, limit: usize) -> bool {
        let plain = |k: usize| {
            self.w.title_head(self.key(k)).is_none()
                && !self.w.is_title_mod(self.key(k))
                && self.w.org_head(self.key(k)).is_none()
                && self.lex.longest_at(self.doc, k, of).is_none()
        };
        // "Atiku Abubakar of the Peoples Democratic Party".
        let of = if of + 2 < limit && self.is_word(of + 1) && self.key(of + 1) == "the" {
            of + 1
        } else {
            of
        };
        if !(i..of).all(plain) || of + 1 >= limit || !self.is_cap(of + 1) {
            return false;
        }
        if self
            .lex
            .longest_at(self.doc, of + 1, limit)
            .is_some_and(|m| m.entries.iter().any(|e| e.kind == ActorKind::Organization))
        {
            return true;
        }
        (of + 1..limit.min(of + 1 + MAX_ORG_TOKENS))
            .take_while(|&k| self.is_word(k) && (self.is_cap(k) || self.key(k) == "of"))
            .any(|k| self.is_cap(k) && self.w.org_head(self.key(k)).is_some())
    }

    /// True when "and" at `and` joins a lone industry word opening the name
    /// (Securities, Energy) to capitalised words ending in a main head
    /// (Securities and Exchange Commission): one body, since a company's
    /// name would need a word of its own before its industry word.
    fn generic_and_body(
        &self,
        i: usize,
        and: usize,
        j: usize,
        limit: usize,
        head: Option<(usize, OrgHead)>,
    ) -> bool {
        if head != Some((i, OrgHead::Other))
            || and != i + 1
            || self.lex.longest_at(self.doc, j, limit).is_some()
        {
            return false;
        }
        let end = (j..limit).find(|&k| !self.is_cap(k)).unwrap_or(limit);
        end > j && self.w.org_head(self.key(end - 1)) == Some(OrgHead::Main)
    }

    /// True when "and" at `and` continues the "of" tail of an organisation
    /// name starting at `i` (Department of Health and Social Care), rather
    /// than joining a second actor (the Ministry of Defence and the
    /// Interior Ministry, ... and Russia): the words after it, from `j`,
    /// hold no main organisation head and are no known name.
    fn and_in_tail(&self, i: usize, and: usize, j: usize, limit: usize) -> bool {
        let in_tail = (i..and).any(|k| self.is_word(k) && matches!(self.key(k), "of" | "for"));
        if !in_tail
            || self.key(and - 1) == "of"
            || self.lex.longest_at(self.doc, j, limit).is_some()
        {
            return false;
        }
        let mut k = j;
        while k < limit && self.is_cap(k) {
            let head = self.w.org_head(self.key(k));
            if head == Some(OrgHead::Main) {
                return false;
            }
            // "University of Copenhagen and Leiden University Medical
            // Center": a head word inside a name of its own, or the first
            // name's head again, opens a second body.
            if head.is_some()
                && (self.is_cap(k + 1) || (i..and).any(|x| self.key(x) == self.key(k)))
            {
                return false;
            }
            k += 1;
        }
        true
    }

    /// True when the comma at `k` lists fields in the "of"/"for" tail of
    /// a ministry's name starting at `i`: capitalised words no list knows
    /// follow it, and the list
    /// ends in "and" and a capitalised word (Ministry of Housing,
    /// Communities and Local Government).
    fn comma_in_tail(&self, i: usize, k: usize, limit: usize) -> bool {
        const MAX_FIELD_WORDS: usize = 3;
        if !self.doc.tokens[k].is_punct(self.doc.text, ',')
            || !self.is_cap(k + 1)
            || !(i..k).any(|x| self.is_word(x) && matches!(self.key(x), "of" | "for"))
        {
            return false;
        }
        let mut j = k + 1;
        while j < limit && j <= k + MAX_FIELD_WORDS && self.is_cap(j) {
            // (fields, not another body or a place)
            if self.w.org_head(self.key(j)).is_some()
                || self.lex.longest_at(self.doc, j, limit).is_some()
            {
                return false;
            }
            j += 1;
        }
        // (another field and its comma, or the last one after "and")
        j < limit
            && (self.doc.tokens[j].is_punct(self.doc.text, ',') && self.is_cap(j + 1)
                || self.is_word(j) && self.key(j) == "and" && self.is_cap(j + 1))
    }

    /// True when tokens `run` hold a title word and, after it, a known
    /// first name (Opposition Leader Peter ...; not King's College).
    fn titled_name_in(&self, run: Range<usize>) -> bool {
        run.clone()
            .position(|j| self.w.title_head(self.key(j)).is_some())
            .is_some_and(|t| {
                run.skip(t + 1)
                    .any(|j| self.w.first_name(self.key(j)).is_some())
            })
    }

    /// "Korean Central News Agency (KCNA)": the acronym is the same actor.
    fn bracketed_acronym(&mut self, end: usize, id: EntityId) -> usize {
        let open = end;
        let is = |e: &Self, k: usize, c: char| {
            k < e.range.end && e.doc.tokens[k].is_punct(e.doc.text, c)
        };
        if (is(self, open, '(') || is(self, open, '['))
            && self.is_acronym(open + 1)
            && (is(self, open + 2, ')') || is(self, open + 2, ']'))
        {
            let acr = open + 1;
            // "UNITED NATIONS (AP)": a listed acronym of another
            // organisation, whose letters are not the name's, is a source.
            let other = self
                .lex
                .longest_at(self.doc, acr, acr + 1)
                .is_some_and(|m| {
                    m.entries.iter().any(|e| {
                        e.kind == ActorKind::Organization && self.findings.find(e.key) != Some(id)
                    })
                });
            if other
                && self.findings.entities[id].name.as_bytes().first()
                    != self.word(acr).as_bytes().first()
            {
                return end;
            }
            let acr_key = self.key(acr).to_string();
            if let Some(old) = self.findings.find(&format!("org:{acr_key}")) {
                if old != id && !self.findings.entities[old].mentions.is_empty() {
                    self.merge_entity(old, id);
                }
            }
            self.acronyms.insert(acr_key, id);
            let span = self.span(acr..acr + 1);
            self.add(acr..acr + 1, span, id, MentionForm::Name);
            return open + 3;
        }
        end
    }

    /// Where the name at `first..end` starts when a bracketed acronym
    /// after it has more letters than the name's capitalised words and
    /// the words before it give them (All Progressives Congress (APC);
    /// Medicines and Healthcare products Regulatory Agency (MHRA)):
    /// capitalised words with the letters, at most two lower-case words
    /// between them.
    fn acronym_start(&self, first: usize, end: usize) -> usize {
        const MAX_LOWER_SKIPPED: usize = 2;
        let text = self.doc.text;
        if end + 2 >= self.range.end
            || !self.doc.tokens[end].is_punct(text, '(')
            || !self.doc.tokens[end + 2].is_punct(text, ')')
            || !self.is_word(end + 1)
        {
            return first;
        }
        let acronym = self.word(end + 1).as_bytes();
        if acronym.len() < 2 || !acronym.iter().all(u8::is_ascii_uppercase) {
            return first;
        }
        // The letters are read from the end, the name's words first.
        let mut n = acronym.len();
        let mut k = end;
        let mut start = first;
        let mut lower = 0;
        while n > 0 && k > self.range.start {
            k -= 1;
            if !self.is_word(k) || self.doc.tokens[k + 1].newline_before {
                return first;
            }
            if self.is_cap(k) && (k < first || !self.w.is_function(self.key(k))) {
                if self.word(k).as_bytes()[0] != acronym[n - 1] {
                    return first;
                }
                n -= 1;
                start = start.min(k);
                lower = 0;
            } else if k < first {
                lower += 1;
                if lower > MAX_LOWER_SKIPPED {
                    return first;
                }
            }
        }
        if n > 0 {
            return first;
        }
        start
    }

    /// A lexicon entity: a country by name, capital or demonym (with an
    /// institution or group noun after it), or a known organisation/person.
    fn lexicon_entity(&mut self, i: usize, limit: usize) -> Option<usize> {
        if !(self.is_cap(i) || self.key(i) == "the" && self.is_cap(i + 1)) {
            return None;
        }
        let m = if self.is_us(i) {
            None
        } else {
            self.lex.longest_at(self.doc, i, limit)
        };
        let (tokens, entry): (Range<usize>, Entry) = match m {
            Some(m) => {
                let e = m
                    .entries
                    .iter()
                    .find(|e| e.lang == lexicon::Lang::En)
                    .or(m.entries.first())?;
                // "the U.S. Department of ...": the organisation is read
                // from the next word.
                if self.key(i) == "the" && (!self.is_cap(i + 1) || self.is_cap(m.tokens.end)) {
                    return None;
                }
                // Collective nouns are read by the group rules, which merge
                // synonyms (scientists, researchers).
                if e.kind == ActorKind::Group
                    && m.tokens.len() == 1
                    && self.w.group(self.key(i)).is_some()
                {
                    return None;
                }
                (m.tokens.clone(), *(*e))
            }
            None if self.is_us(i) => (i..i + 1, self.us_entry()?),
            None => return None,
        };
        let end = tokens.end;
        // "Greenpeace France", "Oxfam Germany": a listed body's branch.
        if tokens.len() == 1 && entry.kind == ActorKind::Organization {
            if let Some(r) = self.branch_of_country(i, limit) {
                return Some(r);
            }
        }
        // "South American", "Latin American": a region's adjective, not the
        // country's (South Korean is listed whole).
        const REGION_QUALIFIERS: &[&str] = &["south", "north", "latin", "central"];
        if entry.form == MentionForm::Nisba
            && tokens.start > self.range.start
            && self.is_cap(tokens.start - 1)
            && in_list(REGION_QUALIFIERS, self.key(tokens.start - 1))
        {
            return Some(end);
        }
        // "the Emirates Stadium", "Jordan River": a country's name in a
        // place's name is not the country.
        // (also a word or two later: the Santiago Bernabéu Stadium)
        if entry.kind == ActorKind::Country {
            let head = (end..limit.min(end + MAX_PLACE_NAME_TAIL))
                .take_while(|&k| self.is_cap(k))
                .find(|&k| self.w.is_place_head(self.key(k)));
            if let Some(h) = head {
                return Some(h + 1);
            }
        }
        // "SAN JOSE, California", "Paris, Texas": a capital's name for a
        // town in a region (a region that is not itself a country).
        if entry.form == MentionForm::Metonym
            && self.is_cap(end + 1)
            && self.doc.tokens[end].is_punct(self.doc.text, ',')
            && self.w.is_geo(self.key(end + 1))
            && self.lex.longest_at(self.doc, end + 1, limit).is_none()
        {
            return Some(end);
        }
        if entry.kind == ActorKind::Country {
            // "the New Zealand government", "the Indonesian navy",
            // "Ukraine's air force".
            let head_words = if end < limit && self.is_word(end) && !self.is_cap(end) {
                if self.w.is_lower_org_head(self.key(end)) {
                    1
                } else if end + 1 < limit
                    && self.w.is_lower_org_prefix(self.key(end))
                    && self.is_word(end + 1)
                    && !self.is_cap(end + 1)
                    && self
                        .w
                        .is_lower_org_head(&format!("{} {}", self.key(end), self.key(end + 1)))
                {
                    2
                } else {
                    0
                }
            } else {
                0
            };
            if head_words > 0 {
                let end = end + head_words - 1;
                let span = self.span(tokens.start..end + 1);
                let name = span.slice(self.doc.text).to_string();
                let key = format!("org:{}", phrase_key(&name));
                let id = self.findings.entity(&key, || {
                    let mut x = entity(ActorKind::Organization, &name);
                    x.country = entry.country.map(str::to_string);
                    x.reported = false;
                    x
                });
                self.add(tokens.start..end + 1, span, id, MentionForm::Name);
                return Some(end + 1);
            }
            // "Sri Lanka Cricket", "New Zealand Rugby": a country's name
            // and a sport's name the national body.
            if entry.form == MentionForm::Name
                && self.is_cap(end)
                && in_list(SPORT_BODY_WORDS, self.key(end))
                && !self.is_cap(end + 1)
            {
                self.add_span_org(tokens.start..end + 1);
                return Some(end + 1);
            }
            // "U.S. officials", "Russian experts".
            if let Some(class) = self
                .is_word(end)
                .then(|| self.w.group(self.key(end)))
                .flatten()
            {
                let span = self.span(tokens.start..end + 1);
                let name = span.slice(self.doc.text).to_string();
                let code = entry.country.unwrap_or_default();
                let key = format!("group:{class}:{code}");
                let id = self.findings.entity(&key, || {
                    let mut x = entity(ActorKind::Group, &name);
                    x.country = entry.country.map(str::to_string);
                    x.gender = Gender::Plural;
                    x.reported = false;
                    x
                });
                self.add(tokens.start..end + 1, span, id, MentionForm::Name);
                return Some(end + 1);
            }
        }
        // "Radio Free Europe/Radio Liberty": a second name after a slash.
        let mut tokens = tokens;
        let mut end = end;
        if entry.kind == ActorKind::Organization
            && self.slash_glued(end)
            && self.is_cap(end + 1)
            && !self.doc.tokens[end + 1].space_before
        {
            // (up to a possessive: "Radio Liberty's Azerbaijani service")
            let mut k = end + 1;
            while k < limit.min(end + 1 + MAX_NAME_WORDS) && self.is_cap(k) {
                k += 1;
                if strip_possessive(self.key(k - 1)) != self.key(k - 1) {
                    break;
                }
            }
            end = k;
            tokens.end = end;
        }
        let modifier = entry.form == MentionForm::Nisba
            || self.is_word(end - 1) && strip_possessive(self.key(end - 1)) != self.key(end - 1);
        let lm = lexicon::Match {
            tokens: tokens.clone(),
            span: self.name_span(tokens.clone()),
            peeled: 0,
            entries: Vec::new(),
        };
        self.lexicon_entry_mention(tokens.clone(), lm.span, &entry, modifier);
        // "Radio Free Europe/Radio Liberty (RFE/RL)": its acronym.
        if entry.kind == ActorKind::Organization
            && end + 4 < limit
            && self.doc.tokens[end].is_punct(self.doc.text, '(')
            && self.doc.tokens[end + 4].is_punct(self.doc.text, ')')
            && self.slash_acronym(end + 1)
        {
            if let Some(id) = self.findings.find(entry.key) {
                let key = format!("{}/{}", self.key(end + 1), self.key(end + 3));
                self.acronyms.insert(key, id);
                let span = self.span(end + 1..end + 4);
                self.add(end + 1..end + 4, span, id, MentionForm::Name);
                return Some(end + 5);
            }
        }
        if entry.kind == ActorKind::Person {
            // "John Kerry, the Secretary of State,": the role in apposition.
            self.apposition(tokens.start, end, limit);
        }
        Some(end)
    }

    /// True for "US" and "U.S." (with a possessive), which the lexicon
    /// cannot match because of the pronoun "us".
    fn is_us(&self, k: usize) -> bool {
        // The first letter before any trimming (this runs for every word).
        self.is_word(k)
            && self.word(k).starts_with('U')
            && matches!(
                self.word(k).trim_end_matches("'s").trim_end_matches("’s"),
                "US" | "U.S." | "U.S"
            )
    }

    /// The country entry of the United States (for "US", which the lexicon
    /// leaves out because of the pronoun "us").
    fn us_entry(&self) -> Option<Entry> {
        // Found once: a scan of every lexicon entry cost about 2% of the
        // English analysis when it ran per "US".
        static US: std::sync::OnceLock<Option<Entry>> = std::sync::OnceLock::new();
        let lex = self.lex;
        *US.get_or_init(|| {
            lex.entries()
                .iter()
                .find(|e| e.key == "country:US" && e.lang == lexicon::Lang::En)
                .copied()
        })
    }

    /// Records a lexicon match as a mention (qualifiers inside titles).
    fn lexicon_mention(
        &mut self,
        tokens: Range<usize>,
        m: &lexicon::Match<'static>,
        modifier: bool,
    ) {
        let Some(e) = m
            .entries
            .iter()
            .find(|e| e.lang == lexicon::Lang::En)
            .or(m.entries.first())
        else {
            return;
        };
        let e = *(*e);
        self.lexicon_entry_mention(tokens, m.span, &e, modifier);
    }

    fn lexicon_entry_mention(
        &mut self,
        tokens: Range<usize>,
        span: crate::span::Span,
        e: &Entry,
        modifier: bool,
    ) {
        // A known organisation named generically in lower case (the
        // Indonesian military) is reported only if it speaks or is also
        // named properly.
        // (a lower-case function word is the name's: the Committee to
        // Protect Journalists)
        let proper = tokens.clone().all(|k| {
            !self.is_word(k)
                || self.is_cap(k)
                || matches!(self.key(k), "of" | "the" | "for" | "and" | "on" | "to")
                || self.w.is_function(self.key(k))
        });
        let (kind, reported) = match e.kind {
            ActorKind::Group => (ActorKind::Group, false),
            ActorKind::Organization => (ActorKind::Organization, proper),
            k => (k, true),
        };
        let id = self.findings.entity(e.key, || {
            let mut x = entity(kind, e.canonical);
            x.country = e.country.map(str::to_string);
            x.gender = match kind {
                ActorKind::Person => e.gender,
                ActorKind::Group => Gender::Plural,
                _ => Gender::Unknown,
            };
            x.reported = reported;
            x
        });
        if reported {
            self.findings.entities[id].reported = true;
        }
        self.add_mod(tokens, span, id, e.form, modifier);
    }

    /// A collective: "officials", "the scientists", "a research team".
    fn group_phrase(&mut self, i: usize, limit: usize) -> Option<usize> {
        let mut start = i;
        let mut k = i;
        if in_list(GROUP_DETERMINERS, self.key(i)) && self.is_word(i + 1) {
            k = i + 1;
        }
        // "Health officials", "rescue workers": a field before the group.
        // (the next word's cached entry first: most words fail there)
        if self.is_word(k + 1)
            && self.info_at(k + 1).may_start_group()
            && in_list(GROUP_FIELDS, self.key(k))
        {
            k += 1;
        }
        // "Nurses said", "pilots said": the plural of a title, in lower
        // case or opening a sentence (Kings in a team's name is no group).
        let key = self.key(k);
        let plural_title = key.len() > MIN_PLURAL_TITLE_LETTERS
            && key.strip_suffix('s').is_some_and(|stem| {
                self.w.title_head(stem).is_some() && !in_list(HONORIFICS, stem)
            })
            && (!self.is_cap(k) || self.sentence_initial(k));
        if plural_title && self.w.group(key).is_none() {
            let class = key.to_string();
            return self.group_mention(start, k + 1, &class);
        }
        if !self.info_at(k).may_start_group() {
            return None;
        }
        let (class, end) = if k + 1 < limit && self.is_word(k + 1) {
            let pair = format!("{} {}", self.key(k), self.key(k + 1));
            match self.w.group(&pair) {
                Some(c) => (c, k + 2),
                None => (self.w.group(self.key(k))?, k + 1),
            }
        } else {
            (self.w.group(self.key(k))?, k + 1)
        };
        // "The Police Federation": a capitalised group word before another
        // capitalised word starts a name, not a group.
        if self.is_cap(k) && !self.sentence_initial(k) && end < limit && self.is_cap(end) {
            return None;
        }
        // A determiner opening a paragraph is left out of the name; a
        // field is part of it (Union leaders said).
        if self.doc.tokens[start].newline_before
            && start != k
            && in_list(GROUP_DETERMINERS, self.key(start))
        {
            start = k;
        }
        let class = class.to_string();
        self.group_mention(start, end, &class)
    }

    /// True when the cue verb at `end` after a subject is followed by an
    /// anonymity clause (said, speaking on condition of anonymity), or a
    /// relative clause without commas is one (an official who asked not
    /// to be named said).
    fn withholds_name(&self, end: usize) -> bool {
        let limit = self.doc.tokens.len();
        if end < limit && self.is_word(end) && self.key(end) == "who" {
            return self.withheld_clause_at(end + 1);
        }
        // (a clause before the cue is the speech layer's: a source named in
        // it may still be a cue's subject, as in "according to")
        if !(end < limit && self.is_word(end) && self.w.cue(self.key(end)).is_some()) {
            return false;
        }
        let mut j = end + 1;
        if j < limit && !self.is_word(j) && self.word(j) == "," {
            j += 1;
        }
        if j < limit && self.is_word(j) && self.key(j) == "who" {
            j += 1;
        }
        self.withheld_clause_at(j)
    }

    /// True when one of [`WITHHELD_NAME_CLAUSES`] starts at token `j`.
    pub(super) fn withheld_clause_at(&self, j: usize) -> bool {
        WITHHELD_NAME_CLAUSES.iter().any(|clause| {
            clause
                .split(' ')
                .enumerate()
                .all(|(n, w)| self.is_word(j + n) && self.key(j + n) == w)
        })
    }

    /// The group mention `start..end` of the collective noun `class`.
    fn group_mention(&mut self, start: usize, end: usize, class: &str) -> Option<usize> {
        // "An official said, speaking on condition of anonymity": a source
        // the text does not name is nobody, not an actor to speak later.
        if self.withholds_name(end) {
            self.withheld.push(class.to_string());
            return Some(end);
        }
        if self.key(start) == "the" && self.withheld.iter().any(|c| c == class) {
            return Some(end);
        }
        let span = self.span(start..end);
        let name = span.slice(self.doc.text).to_string();
        let key = format!("group:{class}:");
        let id = self.findings.entity(&key, || {
            let mut x = entity(ActorKind::Group, &name);
            x.gender = Gender::Plural;
            x.reported = false;
            x
        });
        self.add(start..end, span, id, MentionForm::Name);
        Some(end)
    }

    /// An acronym: one introduced in brackets before, a person's initials
    /// (AS Heagle), or an organisation (reported when it speaks or recurs).
    fn acronym(&mut self, i: usize, limit: usize) -> Option<usize> {
        if self.acronym_branch(i) {
            self.add_span_org(i..i + 1);
            return Some(i + 1);
        }
        if !(self.is_acronym(i) || self.is_word(i) && self.is_camel(i)) {
            return None;
        }
        // A dateline (GENEVA (Reuters) -) names the place of writing.
        let para = self.doc.paragraph_range(i);
        if i == para.start
            && (i + 1..para.end.min(i + DATELINE_TOKENS)).any(|k| {
                matches!(self.word(k), "-" | "–" | "—")
                    && self.doc.tokens[k].kind == crate::text::token::TokenKind::Punct
            })
        {
            return Some(i + 1);
        }
        // "RFE/RL": two acronyms joined by a slash are one name.
        if i + 3 <= limit
            && self.slash_acronym(i)
            && (strip_possessive(self.key(i + 2)) != self.key(i + 2) || self.name_use_before(i + 3))
        {
            let key = format!("{}/{}", self.key(i), self.key(i + 2));
            match self.acronyms.get(&key) {
                Some(&id) => {
                    let span = self.name_span(i..i + 3);
                    self.add(i..i + 3, span, id, MentionForm::Name);
                }
                None => self.add_span_org(i..i + 3),
            }
            return Some(i + 3);
        }
        let key = self.key(i).to_string();
        if let Some(&id) = self.acronyms.get(&key) {
            let span = self.name_span(i..i + 1);
            self.add(i..i + 1, span, id, MentionForm::Name);
            return Some(i + 1);
        }
        // "a compact SUV", "an MRI scan": an indefinite article before
        // (one lower-case word may stand between) makes a thing.
        let article = |k: usize| self.is_word(k) && matches!(self.key(k), "a" | "an");
        let indefinite = i > self.range.start + 1
            && (article(i - 1) || !self.is_cap(i - 1) && self.is_word(i - 1) && article(i - 2));
        if in_list(NOT_ORG_ACRONYMS, key.as_str())
            || self.w.title_head(&key).is_some()
            || indefinite
        {
            return None;
        }
        // Inside a longer capitalised name (FIRST Global, Washington D.C.).
        let cap_before = i > self.range.start && self.is_cap(i - 1) && !self.is_common_cap(i - 1);
        let cap_after = self.is_cap(i + 1) && !self.is_acronym(i + 1);
        let letters = self.word(i).chars().filter(|c| c.is_alphabetic()).count();
        if letters <= 2 && self.is_name_word(i + 1) && !self.is_acronym(i + 1) {
            let end = self.name_run(i + 1, limit);
            let span = self.name_span(i..end);
            // (a legal form opens a company's name: PT Pelayaran Cantika)
            let id = if CORPORATE_PREFIXES.contains(&self.word(i)) {
                self.span_org(span)
            } else {
                self.person(i..end, span, Gender::Unknown)
            };
            self.add(i..end, span, id, MentionForm::Name);
            return Some(end);
        }
        // (before a number it is a designation: the planet GJ 486 b)
        let number_after = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == crate::text::token::TokenKind::Number);
        if cap_before
            || cap_after
            || number_after
            || self
                .quote_at(i)
                .is_some_and(|q| self.quote_words(q) <= MAX_SCARE_QUOTE_WORDS)
        {
            return None;
        }
        let span = self.name_span(i..i + 1);
        let id = self.quiet_org(&format!("org:{}", strip_possessive(&key)), span);
        self.add(i..i + 1, span, id, MentionForm::Name);
        Some(i + 1)
    }

    /// True when token `k` is a slash glued to the word before it.
    fn slash_glued(&self, k: usize) -> bool {
        k < self.range.end
            && !self.doc.tokens[k].space_before
            && self.doc.tokens[k].is_punct(self.doc.text, '/')
    }

    /// True when tokens `i..i + 3` are two acronyms joined by a slash
    /// (RFE/RL), not the United States's.
    fn slash_acronym(&self, i: usize) -> bool {
        self.is_acronym(i)
            && !self.in_dateline(i)
            && self.slash_glued(i + 1)
            && i + 2 < self.range.end
            && !self.doc.tokens[i + 2].space_before
            && self.is_acronym(i + 2)
            && !self.is_us(i)
    }

    /// True when token `i` is an acronym and a capitalised word joined by
    /// a hyphen (WWF-Australia, UN-Habitat), used as a name: not before a
    /// lower-case noun (the US-China talks, a UK-Rwanda deal).
    fn acronym_branch(&self, i: usize) -> bool {
        if !self.is_word(i) || !self.word(i).as_bytes()[1..].contains(&b'-') {
            return false;
        }
        let Some((a, b)) = strip_possessive(self.word(i)).split_once('-') else {
            return false;
        };
        let mut rest = b.chars();
        let shaped = a.len() >= 2
            && a.bytes().all(|c| c.is_ascii_uppercase())
            && !matches!(a, "US" | "UK" | "EU")
            && rest.next().is_some_and(char::is_uppercase)
            && b.len() >= 3
            && rest.all(char::is_lowercase);
        shaped && (strip_possessive(self.key(i)) != self.key(i) || self.name_use_before(i + 1))
    }

    /// True when token `next` does not make the word before it an
    /// adjective: no lower-case noun (a punctuation mark, a capital, a
    /// function word, a cue or a title word).
    fn name_use_before(&self, next: usize) -> bool {
        !self.is_word(next)
            || self.is_cap(next)
            || self.w.is_function(self.key(next))
            || self.cue_at(next).is_some()
            || self.w.title_head(self.key(next)).is_some()
            || self.w.is_title_mod(self.key(next))
    }

    /// A capitalised name described in commas as a kind of organisation
    /// ("Southern California Edison, the region's main utility,"): an
    /// organisation, though no list knows it and it holds a place name.
    fn described_org(&mut self, i: usize, limit: usize) -> Option<usize> {
        let text = self.doc.text;
        if !self.is_cap(i)
            || self.info_at(i).is_function()
            || i > self.range.start && self.is_cap(i - 1) && !self.is_common_cap(i - 1)
        {
            return None;
        }
        let mut end = i;
        while end < limit && end < i + MAX_NAME_WORDS + 2 {
            let joins = self.is_word(end)
                && matches!(self.key(end), "and" | "of" | "&")
                && end > i
                && self.is_cap(end + 1);
            if !(self.is_cap(end) || joins) {
                break;
            }
            end += 1;
        }
        if end == i || end + 2 >= limit || !self.doc.tokens[end].is_punct(text, ',') {
            return None;
        }
        if !self.is_word(end + 1) || !matches!(self.key(end + 1), "the" | "a" | "an") {
            return None;
        }
        let mut close = end + 2;
        while close < limit && close <= end + MAX_APPOSITION_TOKENS {
            let t = &self.doc.tokens[close];
            if t.is_punct(text, ',') {
                break;
            }
            if !t.is_word() && !t.is_punct(text, '-') {
                return None;
            }
            if t.is_word() && self.cue_at(close).is_some() {
                return None;
            }
            close += 1;
        }
        let closed = close < limit && self.doc.tokens[close].is_punct(text, ',');
        let head = strip_possessive(self.key(close - 1));
        if !closed || !in_list(ORG_DESCRIPTIONS, head) {
            return None;
        }
        if in_list(TRADE_DESCRIPTIONS, head) && end > i + 1 {
            return None;
        }
        // The description's head comes before a preposition or is a title:
        // "the leader of the party", "an epidemiologist at Harvard
        // University" describe a person.
        let person_head = (end + 2..close - 1).any(|k| {
            self.is_word(k)
                && (matches!(self.key(k), "of" | "at" | "for" | "in" | "with" | "from")
                    || self.w.title_head(self.key(k)).is_some())
        });
        if person_head || self.w.first_name(self.key(i)).is_some() && end > i + 1 {
            return None;
        }
        self.add_span_org(i..end);
        self.appositions.push((i, close));
        Some(end)
    }

    /// A person's name with no title: two or more capitalised name words
    /// that are not a common word, a place or an event; or one word that
    /// is the subject of a reporting verb.
    fn person_run(&mut self, i: usize, limit: usize) -> Option<usize> {
        if !self.is_name_word(i) || self.is_common_cap(i) {
            return None;
        }
        // "McLaren's Lando Norris": a name may follow a possessive.
        let after_possessive = i > self.range.start
            && self.is_cap(i - 1)
            && strip_possessive(self.key(i - 1)) != self.key(i - 1);
        if i > self.range.start
            && self.is_cap(i - 1)
            && !self.is_common_cap(i - 1)
            && !after_possessive
        {
            return None;
        }
        if self
            .quote_at(i)
            .is_some_and(|q| self.quote_words(q) <= MAX_SCARE_QUOTE_WORDS)
        {
            return None;
        }
        let mut end = self.name_run(i, limit);
        if end <= i {
            return None;
        }
        // "Anna Price MP said": honours after the name belong to its
        // mention (the person's name leaves them out).
        while end < limit && end > i + 1 && in_list(POST_NOMINALS, self.word(end)) {
            end += 1;
        }
        // "Typhoon Kalmaegi", "Tropical Storm Alberto": a storm, no one.
        let storm = |k: usize| self.is_cap(k) && in_list(STORM_WORDS, self.key(k));
        if storm(i) || i > self.range.start && storm(i - 1) {
            return Some(end);
        }
        // A qualifier before a title (Liberal Democrat leader Ed Davey).
        let title_after = self.is_word(end)
            && self.w.title_head(self.key(end)).is_some()
            && (!self.is_cap(end) || self.is_acronym(end));
        if title_after && (!self.is_cap(end) || end == i + 1) {
            self.employer(i, end);
            return Some(end);
        }
        // "Greenpeace France said", "Air France": one unknown word before a
        // country names a branch or company of that country.
        if end == i + 1 && end < limit {
            if let Some(r) = self.branch_of_country(i, limit) {
                return Some(r);
            }
        }
        // Part of a longer capitalised sequence (Waitangi Day, Clean Air Act).
        if end < limit
            && self.is_cap(end)
            && strip_possessive(self.key(end - 1)) == self.key(end - 1)
        {
            return None;
        }
        // "in Van Nuys", "Austin, Texas": places, not people.
        // "according to Hiroshi Tanaka": a source, not a destination.
        let according = i > self.range.start + 1 && self.key(i - 2) == "according";
        let after_in = i > self.range.start
            && self.is_word(i - 1)
            && matches!(
                self.key(i - 1),
                "in" | "near" | "outside" | "across" | "to" | "into"
            )
            && !according;
        let before_region = end + 1 < limit
            && self.doc.tokens[end].is_punct(self.doc.text, ',')
            && self.is_cap(end + 1)
            // "Atsushi Mimura, Japan's vice finance minister": a possessive
            // opens an apposition, not a region.
            && strip_possessive(self.key(end + 1)) == self.key(end + 1)
            && (self.w.is_geo(self.key(end + 1).trim_end_matches('.')) || self.is_country(end + 1))
            // "Max von Thun, Europe director of ...": a place before a
            // title is the first word of a role.
            && !(self.is_word(end + 2)
                && !self.is_cap(end + 2)
                && self.w.title_head(self.key(end + 2)).is_some());
        // "We spoke to Filippo Grandi, the United Nations High Commissioner
        // for Refugees,": a title set off after the name makes a person.
        if (after_in && !self.title_set_off(end, limit) || before_region)
            && self.w.first_name(self.key(i)).is_none()
        {
            return None;
        }
        // "based in Charlotte, North Carolina": one first name between a
        // place's preposition and a region is a town.
        if after_in && before_region && end == i + 1 {
            return None;
        }
        // "The worst-hit provinces were Quang Tri and Thua Thien Hue", "the
        // town of Dong Ha", "in Binh Dinh province": places.
        let place_noun = |k: usize| self.is_word(k) && in_list(PLACE_NOUNS, self.key(k));
        if place_noun(end)
            || i > self.range.start + 1
                && (place_noun(i - 1)
                    || matches!(self.key(i - 1), "of" | "were" | "are" | "include")
                        && place_noun(i - 2))
        {
            let mut end = end;
            if self.is_word(end) && self.key(end) == "and" && self.is_cap(end + 1) {
                end = self.name_run(end + 1, limit).max(end + 1);
            }
            return Some(end);
        }
        if self.is_place_name(i, end) {
            return None;
        }
        // "Labour MPs", "Tory MEPs": members by their title's acronym.
        let last = self.word(end - 1);
        if end > i + 1
            && last.len() > 2
            && last
                .strip_suffix('s')
                .is_some_and(|a| a.chars().all(|c| c.is_ascii_uppercase()))
        {
            return None;
        }
        let words = (i..end).filter(|&k| self.is_cap(k)).count();
        let known_first = self.w.first_name(self.key(i)).is_some();
        let cue_next = self.cue_follows(end);
        let accept = if words >= 2 {
            // Only the capitalised words count: a particle is lower case
            // (Boniface de Champris).
            let common = (i..end)
                .any(|k| self.is_cap(k) && self.lower.contains(strip_possessive(self.key(k))));
            // Without a known first name or a verb of saying, two capitalised
            // words are a name only where a name can stand: not after an
            // article or a preposition of time and place (the Black Death,
            // on Black Friday).
            let thing_context = i > self.range.start
                && self.is_word(i - 1)
                && in_list(THING_CONTEXT, self.key(i - 1));
            // After a possessive (Apple's Vision Pro, McLaren's Lando
            // Norris) a person is one whose last word recurs alone.
            let surname_recurs = || {
                let last = self.key(end - 1);
                (self.range.start..self.range.end)
                    .any(|k| (k < i || k >= end) && strip_possessive(self.key(k)) == last)
            };
            // A past-tense verb right after (before Kylian Mbappé doubled
            // the lead; Vinícius Júnior opened the scoring): the clause's
            // subject, after a conjunction too, not a thing after "the".
            let verb_next = self.is_word(end)
                && !self.is_cap(end)
                && self.key(end).len() >= MIN_PAST_VERB_BYTES
                && self.key(end).ends_with("ed")
                && !self.w.is_function(self.key(end))
                && !(i > self.range.start
                    && self.is_word(i - 1)
                    && matches!(self.key(i - 1), "the" | "a" | "an" | "this" | "that"));
            known_first
                || cue_next
                || verb_next && !common
                || end == i + 2
                    && self.is_word(end)
                    && self.key(end) == "of"
                    && self.employer_after_of(i, end, limit)
                || (!common
                    && !thing_context
                    && (!after_possessive || surname_recurs())
                    && (!self.sentence_initial(i)
                        || self.titled_apposition(end, limit)
                        || self.age_apposition(end, limit)))
        } else {
            let after_of = i > self.range.start && self.is_word(i - 1) && self.key(i - 1) == "of";
            // "Minister of International Relations and Cooperation, Ronald
            // Lamola, said": the end of a name with "and" in it.
            // Two capitalised words before "and": "Modi and Xi had agreed"
            // still names Xi.
            let after_and = i > self.range.start + 2
                && self.is_word(i - 1)
                && self.key(i - 1) == "and"
                && self.is_cap(i - 2)
                && self.is_cap(i - 3);
            // (an acronym no list takes for a body is a thing: "DNA tells
            // you who moved")
            cue_next
                && !after_of
                && !after_and
                && !self.is_acronym(i)
                && !self.lower.contains(strip_possessive(self.key(i)))
        };
        if !accept {
            return None;
        }
        let span = self.name_span(i..end);
        // "the Pentagon said": a name after the article is an institution;
        // so is a party named by its members (the Free Democrats).
        let party = in_list(PARTY_MEMBERS, strip_possessive(self.key(end - 1)));
        // "Analysts at Jefferies said": where people of a kind work.
        let workplace = words == 1
            && i > self.range.start + 1
            && self.is_word(i - 1)
            && self.key(i - 1) == "at"
            && self.is_word(i - 2)
            && (self.w.group(self.key(i - 2)).is_some()
                || self.w.title_head(self.key(i - 2)).is_some());
        // "PT Pelayaran Cantika", "PJSC Aeroflot": a legal form before the
        // name (written in capitals) makes a company.
        let legal_form = words >= 2 && CORPORATE_PREFIXES.contains(&self.word(i));
        if party
            || workplace
            || legal_form
            || words == 1 && i > self.range.start && self.key(i - 1) == "the"
            // ("the Sunday Courier": after "the" and a common capitalised word)
            || words == 1
                && i > self.range.start + 1
                && self.is_cap(i - 1)
                && self.key(i - 2) == "the"
            || words == 1 && self.double_barrelled_company(i)
        {
            let id = self.span_org(span);
            self.add(i..end, span, id, MentionForm::Name);
            return Some(end);
        }
        let gender = self.first_name_gender(i);
        let id = self.person(i..end, span, gender);
        self.add(i..end, span, id, MentionForm::Name);
        self.apposition(i, end, limit);
        Some(end)
    }

    /// "Sibanye-Stillwater said": one word of two capitalised halves,
    /// never the last word of a longer name in the text, is a company
    /// (Hapag-Lloyd, Rolls-Royce); people are introduced by their full
    /// name (Gareth Lloyd-Evans ... Lloyd-Evans said).
    fn double_barrelled_company(&self, i: usize) -> bool {
        let word = self.word(i);
        let Some((a, b)) = word.split_once('-') else {
            return false;
        };
        let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        if !capital(a) || !capital(b) || b.contains('-') {
            return false;
        }
        let key = strip_possessive(self.key(i));
        !(self.range.start + 1..self.range.end).any(|k| {
            strip_possessive(self.key(k)) == key && self.is_cap(k - 1) && !self.sentence_initial(k)
        })
    }

    /// "the Spanish newspaper Marca": the capitalised name after a
    /// lower-case media noun is an outlet (a listed one is left to the
    /// lexicon).
    fn outlet(&mut self, i: usize, limit: usize) -> Option<usize> {
        // "The pilots' union, Norsk Flygerforbund, said": the name set off
        // after the noun (no first name: not "the union, John Smith,").
        let set_off = i + 2 < limit
            && !self.is_cap(i)
            && self.doc.tokens[i + 1].is_punct(self.doc.text, ',')
            && self.is_word(i)
            && (in_list(COMPANY_NOUNS, self.key(i)) || self.key(i) == "union")
            && self.name_follows(i + 1)
            && self.w.first_name(self.key(i + 2)).is_none();
        // "the Sunday Courier": a masthead word after the article opens a
        // newspaper's name.
        let masthead = i > self.range.start
            && self.key(i - 1) == "the"
            && self.is_cap(i)
            && in_list(MASTHEAD_WORDS, self.key(i))
            && self.is_cap(i + 1)
            && !self.w.is_function(self.key(i + 1));
        if !set_off && !masthead && !self.names_after_noun(i) {
            return None;
        }
        let start = if set_off {
            i + 2
        } else if masthead {
            i
        } else {
            i + 1
        };
        if self.lex.longest_at(self.doc, start, limit).is_some() {
            return None;
        }
        let end = (start..limit.min(start + MAX_OUTLET_WORDS))
            .take_while(|&k| self.is_cap(k) && !self.w.is_function(self.key(k)))
            .last()?
            + 1;
        if set_off && !(end < limit && self.doc.tokens[end].is_punct(self.doc.text, ',')) {
            return None;
        }
        let span = self.name_span(start..end);
        // (reported when it speaks: outlets are mostly named as channels)
        let key = format!("org:{}", phrase_key(span.slice(self.doc.text)));
        let id = self.quiet_org(&key, span);
        self.add(start..end, span, id, MentionForm::Name);
        Some(end)
    }

    /// True when the lower-case media or business noun at `i` is followed
    /// by a name (not a title, a day or a function word).
    fn names_after_noun(&self, i: usize) -> bool {
        let noun = self.key(i);
        // (the next word's capital first: most words fail there)
        !self.is_cap(i)
            && self.is_cap(i + 1)
            // (club: "Qatari club Al Sadd")
            && (in_list(MEDIA_NOUNS, noun)
                || in_list(COMPANY_NOUNS, noun)
                || matches!(noun, "club" | "union"))
            && self.name_follows(i)
    }

    /// True when a name (not a title, a day or a function word) follows
    /// token `i`.
    fn name_follows(&self, i: usize) -> bool {
        self.is_cap(i + 1) && {
            let next = self.key(i + 1);
            !self.w.is_function(next) && !self.w.is_time(next) && self.w.title_head(next).is_none()
        }
    }

    /// The organisation with `key`, named by the text of `span` when new,
    /// reported only if it speaks.
    fn quiet_org(&mut self, key: &str, span: crate::span::Span) -> EntityId {
        let name = span.slice(self.doc.text);
        self.findings.entity(key, || {
            let mut x = entity(ActorKind::Organization, name);
            x.reported = false;
            x
        })
    }

    /// Adds the name at `tokens` as a mention of the organisation it names
    /// ([`Self::span_org`]).
    fn add_span_org(&mut self, tokens: Range<usize>) {
        let span = self.name_span(tokens.clone());
        let id = self.span_org(span);
        self.add(tokens, span, id, MentionForm::Name);
    }

    /// The organisation named by the text of `span`, one per normalised
    /// name (created if new, reported as any listed one).
    fn span_org(&mut self, span: crate::span::Span) -> EntityId {
        let name = span.slice(self.doc.text).to_string();
        self.findings
            .entity(&format!("org:{}", phrase_key(&name)), || {
                entity(ActorKind::Organization, &name)
            })
    }

    /// "Spotify spokesperson Jeanne Moran", "Nvidia CEO Jensen Huang": one
    /// unknown capitalised word before a title and a name is the holder's
    /// organisation (not a sentence's first word, a first name, a word also
    /// seen in lower case, or an adjective such as Republican, Swedish).
    fn employer(&mut self, i: usize, end: usize) {
        const ADJECTIVE_ENDINGS: &[&str] = &["ic", "an", "ish", "ese", "al"];
        // Titles held in a company or body; a place comes before others
        // (Springfield mayor, Ohio senator).
        const EMPLOYEE_TITLES: &[&str] = &[
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "ceo",
            "cfo",
            "chairman",
            "chairwoman",
            "chair",
            "founder",
            "analyst",
            "economist",
            "strategist",
            "chief",
            "boss",
            "director",
            "manager",
            "coach",
        ];
        if !in_list(EMPLOYEE_TITLES, self.key(end)) {
            return;
        }
        let key = self.key(i);
        let mut t = end;
        while t < self.range.end
            && self.is_word(t)
            && (self.w.title_head(self.key(t)).is_some() || self.w.is_title_mod(self.key(t)))
        {
            t += 1;
        }
        if end != i + 1
            || self.sentence_initial(i)
            || self.w.first_name(key).is_some()
            || self.lower.contains(strip_possessive(key))
            || strip_possessive(key) != key
            || ADJECTIVE_ENDINGS.iter().any(|s| key.ends_with(s))
            || !self.is_name_word(t)
        {
            return;
        }
        let span = self.name_span(i..end);
        let id = self.span_org(span);
        self.add_mod(i..end, span, id, MentionForm::Name, true);
    }

    /// The organisation "WORD Country" at `i` (Greenpeace France), when the
    /// word is no first name, place word, adjective or common word and
    /// nothing capitalised follows the country.
    fn branch_of_country(&mut self, i: usize, limit: usize) -> Option<usize> {
        const ADJECTIVE_ENDINGS: &[&str] = &["ic", "an", "ish", "ese", "al", "ern"];
        let key = self.key(i);
        if self.w.first_name(key).is_some()
            || self.w.is_geo(key)
            || self.lower.contains(key)
            || strip_possessive(key) != key
            || ADJECTIVE_ENDINGS.iter().any(|s| key.ends_with(s))
        {
            return None;
        }
        // A country's name, not its capital: "Joao Lima" is a person.
        let m = self.lex.longest_at(self.doc, i + 1, limit)?;
        if !m
            .entries
            .iter()
            .any(|e| e.kind == ActorKind::Country && e.form != MentionForm::Metonym)
        {
            return None;
        }
        let end = m.tokens.end;
        if end < limit && self.is_cap(end) {
            return None;
        }
        self.add_span_org(i..end);
        Some(end)
    }

    /// True when token `k` is the apostrophe of a plural possessive
    /// (Supporters'), glued to the word before it.
    fn plural_apostrophe(&self, k: usize) -> bool {
        use crate::text::token::QuoteMark;
        let t = &self.doc.tokens[k];
        matches!(
            t.quote_mark(),
            Some(QuoteMark::SingleStraight | QuoteMark::SingleRight)
        ) && self.is_word(k - 1)
            && self.doc.tokens[k - 1].span.end == t.span.start
            && self.key(k - 1).ends_with('s')
    }

    /// True when ", the <words with a title>" follows at `k`, in any case
    /// (, the United Nations High Commissioner for Refugees,).
    fn title_set_off(&self, k: usize, limit: usize) -> bool {
        let text = self.doc.text;
        if k + 2 >= limit
            || !self.doc.tokens[k].is_punct(text, ',')
            || !self.is_word(k + 1)
            || !matches!(self.key(k + 1), "the" | "a" | "an")
        {
            return false;
        }
        (k + 2..limit.min(k + MAX_APPOSITION_TOKENS))
            .take_while(|&x| self.is_word(x) && !matches!(self.key(x), "of" | "at" | "for" | "in"))
            .any(|x| self.w.title_head(strip_possessive(self.key(x))).is_some())
    }

    /// True when an apposition with a title opens at the comma `k`
    /// (", the leader of Law and Justice,", ", chief economist at X,"): the words before it are a
    /// person's name even at the start of a sentence.
    fn titled_apposition(&self, k: usize, limit: usize) -> bool {
        let text = self.doc.text;
        if k + 2 >= limit || !self.doc.tokens[k].is_punct(text, ',') || !self.is_word(k + 1) {
            return false;
        }
        // "Holger Schmieding, chief economist at Berenberg,": wire style
        // drops the article before a lower-case role.
        let article = matches!(self.key(k + 1), "the" | "a" | "an");
        if !article && self.is_cap(k + 1) {
            return false;
        }
        let mut x = if article { k + 2 } else { k + 1 };
        let mut titled = false;
        while x < limit && x < k + MAX_APPOSITION_TOKENS {
            let t = &self.doc.tokens[x];
            if t.is_punct(text, ',') {
                return titled;
            }
            if !t.is_word() {
                return false;
            }
            // The head comes before any "of" / "at" phrase.
            if matches!(self.key(x), "of" | "at" | "for" | "in") {
                return titled;
            }
            // "the Arsenal vice-captain": the title after a hyphen.
            let last_part = self.key(x).rsplit('-').next().unwrap_or_default();
            titled |= !self.is_cap(x) && self.w.title_head(last_part).is_some();
            x += 1;
        }
        false
    }

    /// True when an age in commas starts at `k` (Jun Cabrera, 61, ...).
    fn age_apposition(&self, k: usize, limit: usize) -> bool {
        let text = self.doc.text;
        k + 2 < limit
            && self.doc.tokens[k].is_punct(text, ',')
            && self.doc.tokens[k + 1].kind == crate::text::token::TokenKind::Number
            && self.doc.tokens[k + 2].is_punct(text, ',')
    }

    /// True when the country's one-word name at `k` is a first name
    /// (France Gelinas, Jordan Whitby, Santiago Abascal): a name word or
    /// two follow, and a lower-case title precedes, a description or an
    /// age in commas follows, or the last word recurs alone (Abascal
    /// told ...). Not "France Televisions" or "Japan Tobacco said".
    fn country_first_name(&self, k: usize, limit: usize) -> bool {
        if !self.is_cap(k)
            || self.is_acronym(k)
            || strip_possessive(self.key(k)) != self.key(k)
            || self.is_name_word(k)
            || !self.is_name_word(k + 1)
            || self.is_acronym(k + 1)
        {
            return false;
        }
        let listed = self.lex.longest_at(self.doc, k, limit).is_some_and(|m| {
            m.tokens.len() == 1
                && m.entries.iter().all(|e| {
                    e.kind == ActorKind::Country
                        && matches!(e.form, MentionForm::Name | MentionForm::Metonym)
                })
        });
        if !listed {
            return false;
        }
        let end = self.name_run(k + 1, limit);
        if end > k + 1 + MAX_COUNTRY_FIRST_NAME_TAIL || end < limit && self.is_cap(end) {
            return false;
        }
        let titled = k > self.range.start
            && self.is_word(k - 1)
            && !self.is_cap(k - 1)
            && self.w.title_head(self.key(k - 1)).is_some();
        let last = strip_possessive(self.key(end - 1));
        let recurs = || {
            (self.range.start + 1..self.range.end).any(|j| {
                (j < k || j >= end)
                    && self.is_cap(j)
                    && strip_possessive(self.key(j)) == last
                    && !self.is_cap(j - 1)
                    && self.key(j - 1) != "the"
                    && self.speaks_or_set_off(j + 1)
            })
        };
        titled || self.titled_apposition(end, limit) || self.age_apposition(end, limit) || recurs()
    }

    /// True when a reporting verb or a description in commas follows at
    /// `k` (Susan Park said; Susan Park, an analyst; not "Victoria Park,
    /// which ...").
    fn speaks_or_set_off(&self, k: usize) -> bool {
        if self.is_word(k) {
            return self.cue_at(k).is_some_and(|c| !c.participle);
        }
        k + 1 < self.range.end
            && self.doc.tokens[k].is_punct(self.doc.text, ',')
            && self.is_word(k + 1)
            && !self.is_cap(k + 1)
            && !in_list(&["which", "where", "when", "and", "or"], self.key(k + 1))
    }

    /// True when a reporting verb follows `k` (after an adverb or an
    /// apposition in commas).
    fn cue_follows(&self, k: usize) -> bool {
        let mut j = k;
        if j < self.range.end && self.doc.tokens[j].is_punct(self.doc.text, ',') {
            // Skip an apposition: ", the ... ,".
            let mut x = j + 1;
            while x < self.range.end
                && x < j + MAX_APPOSITION_TOKENS
                && !self.doc.tokens[x].is_punct(self.doc.text, ',')
            {
                x += 1;
            }
            if x < self.range.end && self.doc.tokens[x].is_punct(self.doc.text, ',') {
                j = x + 1;
            }
        }
        if self.is_word(j)
            && matches!(
                self.key(j),
                "also" | "later" | "then" | "has" | "had" | "have" | "previously" | "earlier"
            )
        {
            j += 1;
        }
        self.is_word(j) && self.w.cue(self.key(j)).is_some_and(|c| !c.participle)
    }

    // ---- pass 2 ------------------------------------------------------------

    pub(super) fn resolve_mentions(&mut self) {
        self.merge_initials();
        self.merge_partial_names();
        self.find_surnames();
        self.surname_particles();
        self.employers_named_as_persons();
        self.find_short_org_names();
        self.bodies_named_as_persons();
        self.resolve_org_references();
        self.resolve_titles();
        for e in &mut self.findings.entities {
            if e.kind == ActorKind::Organization && !e.reported && e.mentions.len() >= 2 {
                e.reported = true;
            }
        }
    }

    /// Moves every mention of `from` to `to`.
    fn merge_entity(&mut self, from: EntityId, to: EntityId) {
        if from == to {
            return;
        }
        if self.findings.entities[from].reported {
            self.findings.entities[to].reported = true;
        }
        self.findings.merge(from, to);
        for m in &mut self.ments {
            if m.entity == from {
                m.entity = to;
            }
        }
        for v in self.acronyms.values_mut() {
            if *v == from {
                *v = to;
            }
        }
    }

    /// An acronym organisation whose letters are the initials of an
    /// organisation named in full (KPA, Korean People's Army) is that one.
    fn merge_initials(&mut self) {
        let mut ids: Vec<EntityId> = self.ments.iter().map(|m| m.entity).collect();
        crate::sort::sort_unstable(&mut ids);
        ids.dedup();
        let mut by_initials: HashMap<String, Option<EntityId>> = HashMap::default();
        let mut acronyms = Vec::new();
        for &id in &ids {
            let e = &self.findings.entities[id];
            if e.kind != ActorKind::Organization || e.mentions.is_empty() {
                continue;
            }
            let words: Vec<&str> = e.name.split_whitespace().collect();
            if words.len() == 1 {
                if e.name.chars().all(|c| c.is_uppercase() || c == '.') {
                    acronyms.push((e.name.replace('.', ""), id));
                }
                continue;
            }
            let initials: String = words
                .iter()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            if initials.len() >= 2 {
                let slot = by_initials.entry(initials).or_insert(Some(id));
                if *slot != Some(id) {
                    *slot = None;
                }
            }
        }
        for (acr, id) in acronyms {
            if let Some(Some(full)) = by_initials.get(&acr) {
                self.merge_entity(id, *full);
            }
        }
    }

    fn name_words(&self, id: EntityId) -> Vec<String> {
        phrase_key(&self.findings.entities[id].name)
            .split(' ')
            .map(|w| strip_possessive(w).to_string())
            .collect()
    }

    /// Persons of the run with mentions.
    fn persons(&self) -> Vec<EntityId> {
        let mut ids: Vec<EntityId> = self.ments.iter().map(|m| m.entity).collect();
        crate::sort::sort_unstable(&mut ids);
        ids.dedup();
        ids.retain(|&id| {
            let e = &self.findings.entities[id];
            e.kind == ActorKind::Person && !e.mentions.is_empty()
        });
        ids
    }

    /// A person named by part of another person's name (Key / John Key,
    /// Ambassador Mohib / Hamdullah Mohib) is the same person.
    fn merge_partial_names(&mut self) {
        let persons = self.persons();
        let words: Vec<Vec<String>> = persons.iter().map(|&p| self.name_words(p)).collect();
        // Every shorter run of words inside a longer name, with the people
        // it belongs to (see `owner_before` when two share it): one index,
        // so the merge is linear in the number of people.
        let mut inside: FxHashMap<String, Vec<EntityId>> = FxHashMap::default();
        for (n, ws) in words.iter().enumerate() {
            for len in 1..ws.len() {
                for w in ws.windows(len) {
                    add_owner(&mut inside, w.join(" "), persons[n]);
                }
            }
        }
        let first = self.first_named();
        for (n, &a) in persons.iter().enumerate() {
            let Some(b) = inside
                .get(&words[n].join(" "))
                .and_then(|owners| owner_before(owners, first[a], &first))
            else {
                continue;
            };
            if b == a || self.findings.entities[a].mentions.is_empty() {
                continue;
            }
            let (ra, ga) = {
                let e = &self.findings.entities[a];
                (e.role.clone(), e.gender)
            };
            let eb = &mut self.findings.entities[b];
            if eb.role.is_none() {
                eb.role = ra;
            }
            if eb.gender == Gender::Unknown {
                eb.gender = ga;
            }
            self.findings.merge(a, b);
            for m in &mut self.ments {
                if m.entity == a {
                    m.entity = b;
                    m.form = MentionForm::Surname;
                }
            }
        }
    }

    /// Where each entity is first named (its first mention's token, or
    /// usize::MAX), by entity id.
    fn first_named(&self) -> Vec<usize> {
        let mut first = vec![usize::MAX; self.findings.entities.len()];
        for m in &self.ments {
            first[m.entity] = first[m.entity].min(m.tokens.start);
        }
        first
    }

    /// True when a title held in a club or company and a name start at
    /// `k` (manager Unai Emery, chief executive, Stephane Bancel); after a
    /// possessive only a company's titles count (a singer's manager is a
    /// person's).
    fn staff_title_at(&self, k: usize, possessive: bool) -> bool {
        const CHIEF_OF: &[&str] = &["executive", "financial", "operating", "technology"];
        if !self.is_word(k) {
            return false;
        }
        let head = self.key(k);
        let company = matches!(head, "ceo" | "cfo")
            || head == "chief" && self.is_word(k + 1) && in_list(CHIEF_OF, self.key(k + 1));
        if !(company || !possessive && in_list(CLUB_TITLES, head)) {
            return false;
        }
        let mut t = k + 1;
        while t < self.range.end
            && self.is_word(t)
            && !self.is_cap(t)
            && (self.w.title_head(self.key(t)).is_some()
                || self.w.is_title_mod(self.key(t))
                || in_list(CHIEF_OF, self.key(t)))
        {
            t += 1;
        }
        if t < self.range.end && self.doc.tokens[t].is_punct(self.doc.text, ',') {
            t += 1;
        }
        t < self.range.end && self.is_name_word(t)
    }

    /// True when a club's title and a name follow token `i` (Southampton
    /// defender Francis Benali).
    fn club_title_after(&self, i: usize) -> bool {
        self.is_word(i + 1)
            && !self.is_cap(i + 1)
            && in_list(CLUB_TITLES, self.key(i + 1))
            && self.staff_title_at(i + 1, false)
    }

    /// Puts the mentions back in text order (one instance of the sort).
    fn sort_ments(&mut self) {
        crate::sort::sort_by_key(&mut self.ments, |m| m.tokens.start);
    }

    /// A "person" named before a club's or company's title and a name
    /// (Villa manager Unai Emery, Moderna's chief executive, Stephane
    /// Bancel) is the organisation that employs them.
    fn employers_named_as_persons(&mut self) {
        let persons = self.persons();
        let mut found = Vec::new();
        for i in self.body_start..self.range.end {
            if !self.is_cap(i) {
                continue;
            }
            let key = strip_possessive(self.key(i));
            if !self.staff_title_at(i + 1, key != self.key(i)) {
                continue;
            }
            let id = self
                .ments
                .iter()
                .find(|m| m.tokens.end == i + 1)
                .map(|m| m.entity)
                .or_else(|| {
                    persons
                        .iter()
                        .copied()
                        .find(|&p| self.name_words(p) == [key])
                });
            if let Some(id) = id.filter(|id| persons.contains(id)) {
                let first = self.name_words(id).swap_remove(0);
                if self.w.first_name(&first).is_none() {
                    found.push(id);
                }
            }
        }
        for id in found {
            let e = &mut self.findings.entities[id];
            e.kind = ActorKind::Organization;
            e.gender = Gender::Unknown;
            e.reported = true;
            // An organisation has short names, not surnames.
            for m in &mut e.mentions {
                if m.form == MentionForm::Surname {
                    m.form = MentionForm::Name;
                }
            }
        }
    }

    /// A "person" of one unknown word (no first name, no role, no list
    /// knows it) that the text treats as a body is one: "Lufthansa, which
    /// ...", "Lufthansa said its pilots ...", "Lufthansa said on Tuesday it
    /// would cancel ...", or "Lufthansa said ... The airline said ..."
    /// with no organisation for "the airline" to refer to.
    fn bodies_named_as_persons(&mut self) {
        self.sort_ments();
        let lone = |e: &Self, id: EntityId| {
            let x = &e.findings.entities[id];
            x.kind == ActorKind::Person
                && x.role.is_none()
                && x.key.starts_with("person:")
                && !x.name.contains(' ')
                && e.w.first_name(&phrase_key(&x.name)).is_none()
        };
        let mut found = Vec::new();
        for m in &self.ments {
            if m.tokens.len() != 1 || m.form != MentionForm::Name || !lone(self, m.entity) {
                continue;
            }
            let end = m.tokens.end;
            let which = self
                .doc
                .tokens
                .get(end)
                .is_some_and(|t| t.is_punct(self.doc.text, ','))
                && self.is_word(end + 1)
                && self.key(end + 1) == "which";
            if which || self.cue_follows(end) && self.body_pronoun_after(end) {
                found.push(m.entity);
            }
        }
        // "the airline" with no organisation to refer to: the lone name
        // named last before it, in its sentence or the one before.
        for &r in &self.org_refs {
            let noun = self.key(self.org_reference_end(r) - 1);
            if !(in_list(COMPANY_NOUNS, noun) || matches!(noun, "bank" | "union" | "charity"))
                || self.org_referent(r).is_some()
            {
                continue;
            }
            let sentence = self.doc.sentence_of[r];
            let before = self.ments.partition_point(|m| m.tokens.start < r);
            let last = self.ments[..before].iter().rev().find(|m| {
                self.findings.entities[m.entity].kind != ActorKind::Country && !m.modifier
            });
            // (nobody called he or she in between: "Neymar said he was
            // leaving. The club said ...")
            let personal = |m: &Ment| {
                (m.tokens.end..r)
                    .any(|k| self.is_word(k) && matches!(self.key(k), "he" | "she" | "his" | "her"))
            };
            if let Some(m) = last.filter(|m| {
                self.doc.sentence_of[m.tokens.start] + 1 >= sentence
                    && m.tokens.len() == 1
                    && lone(self, m.entity)
                    && !personal(m)
            }) {
                found.push(m.entity);
            }
        }
        for id in found {
            let e = &self.findings.entities[id];
            if e.kind != ActorKind::Person {
                continue;
            }
            // (one of the same name already an organisation: that one)
            if let Some(org) = self.findings.find(&format!("org:{}", phrase_key(&e.name))) {
                self.merge_entity(id, org);
                continue;
            }
            let e = &mut self.findings.entities[id];
            e.kind = ActorKind::Organization;
            e.gender = Gender::Unknown;
        }
    }

    /// True when the reported clause of a cue right after `end` has "its"
    /// or "it" and a verb of doing (not "it was", "it would be") before
    /// any personal pronoun: the subject is a body.
    fn body_pronoun_after(&self, end: usize) -> bool {
        const MAX_PRONOUN_DISTANCE: usize = 8;
        // (what "it" would stand for when it is no one: it was time, it
        // would take weeks)
        const DUMMY_AFTER_IT: &[&str] = &["be", "been", "take", "seem", "seemed", "become"];
        let sentence_end = self.doc.sentence_range(end).end;
        for k in end + 1..sentence_end.min(end + 1 + MAX_PRONOUN_DISTANCE) {
            if !self.is_word(k) {
                continue;
            }
            match self.key(k) {
                "its" => return true,
                "it" => {
                    let v = k + 1;
                    if !self.is_word(v) || !self.is_word(v + 1) || self.is_cap(v + 1) {
                        return false;
                    }
                    let next = self.key(v + 1);
                    // "it filed", "it was seeking", "it would appeal"
                    return match self.key(v) {
                        "was" | "is" => next.ends_with("ing"),
                        "would" | "will" | "could" | "had" | "has" => {
                            !self.w.is_function(next) && !in_list(DUMMY_AFTER_IT, next)
                        }
                        w => w.len() > 4 && w.ends_with("ed") && !in_list(DUMMY_AFTER_IT, w),
                    };
                }
                "he" | "she" | "his" | "her" | "him" | "they" | "their" | "i" | "we" => {
                    return false
                }
                _ => {}
            }
        }
        false
    }

    /// Mentions of a person by one word of their full name (Rathke).
    fn find_surnames(&mut self) {
        let mut parts: FxHashMap<String, Vec<EntityId>> = FxHashMap::default();
        for id in self.persons() {
            let ws = self.name_words(id);
            if ws.len() < 2 {
                continue;
            }
            for (n, w) in ws.iter().enumerate() {
                let last = n + 1 == ws.len();
                // A surname may be a function word (Theresa May): only its
                // capitalised occurrences are read as the name.
                if w.chars().count() < MIN_SURNAME_LETTERS
                    || in_list(NAME_PARTICLES, w.as_str())
                    || (!last && (self.w.first_name(w).is_some() || self.w.is_time(w)))
                {
                    continue;
                }
                add_owner(&mut parts, w.clone(), id);
            }
        }
        if parts.is_empty() {
            return;
        }
        let first = self.first_named();
        for i in self.body_start..self.range.end {
            if !self.is_cap(i) || self.findings.mention_at(self.doc.tokens[i].span).is_some() {
                continue;
            }
            let key = strip_possessive(self.key(i));
            // A title word before a name is the title (Pope Francis), not
            // the surname of Jeff Pope.
            if self.w.title_head(key).is_some() && self.is_cap(i + 1) {
                continue;
            }
            // An all-capitals word is a dateline's city (SAO PAULO), not
            // the surname of Paulo Costa; a word before another capitalised
            // word starts another name (Quang Tri, not Tran Luu Quang).
            if self.is_acronym(i) || self.is_cap(i + 1) && !self.w.is_time(self.key(i + 1)) {
                continue;
            }
            if let Some(id) = parts.get(key).and_then(|o| owner_before(o, i, &first)) {
                let span = self.name_span(i..i + 1);
                self.add(i..i + 1, span, id, MentionForm::Surname);
            }
        }
    }

    /// A surname's mention takes in the particles its person's name has
    /// before it (De Boer said; Van der Meer said).
    fn surname_particles(&mut self) {
        for n in 0..self.ments.len() {
            let m = &self.ments[n];
            let (tokens, id) = (m.tokens.clone(), m.entity);
            if m.form != MentionForm::Surname
                || self.findings.entities[id].kind != ActorKind::Person
            {
                continue;
            }
            let key = strip_possessive(self.key(tokens.start)).to_string();
            let start = self.particles_before(tokens.start, &key, id);
            if start == tokens.start
                || self
                    .findings
                    .mention_at(self.name_span(start..tokens.start))
                    .is_some()
            {
                continue;
            }
            let old = self.name_span(tokens.clone());
            let new = self.name_span(start..tokens.end);
            if self.findings.replace(old, new, id, MentionForm::Surname) {
                self.ments[n].tokens.start = start;
            }
        }
    }

    /// Where a surname at `i` starts with the particles of person `id`'s
    /// name written before it (De Boer, Van der Meer for Stefan de Boer,
    /// Ingrid van der Meer).
    fn particles_before(&self, i: usize, key: &str, id: EntityId) -> usize {
        let ws = self.name_words(id);
        let Some(n) = ws.iter().rposition(|w| w == key) else {
            return i;
        };
        let mut start = i;
        for w in ws[..n].iter().rev() {
            if start == self.range.start
                || !in_list(NAME_PARTICLES, w)
                || !self.is_word(start - 1)
                || self.key(start - 1) != w
            {
                break;
            }
            start -= 1;
        }
        start
    }

    /// "Apple" for "Apple Inc.": a company named without its suffix.
    fn find_short_org_names(&mut self) {
        let mut short: HashMap<String, EntityId> = HashMap::default();
        // An organisation's whole name (carrier Nordair, chemicals company
        // Johnson Matthey): a person of the same name (Nordair, which is
        // partly owned by ..., said; Johnson Matthey said) is the company.
        let mut whole: HashMap<String, EntityId> = HashMap::default();
        for m in &self.ments {
            let e = &self.findings.entities[m.entity];
            if e.kind != ActorKind::Organization {
                continue;
            }
            let key = phrase_key(&e.name);
            whole.insert(key.clone(), m.entity);
            let words: Vec<&str> = key.split(' ').collect();
            let last = words[words.len() - 1].trim_end_matches('.');
            // "Blackridge Rovers ... Rovers said": a club by its suffix
            // (none when two clubs share it).
            if words.len() == 2 && in_list(CLUB_SUFFIXES, last) {
                let last = last.to_string();
                let id = match short.get(&last) {
                    Some(&id) if id != m.entity => AMBIGUOUS,
                    _ => m.entity,
                };
                short.insert(last, id);
            }
            // "the Sunday Courier ... the Courier": a newspaper without
            // its masthead word.
            if words.len() >= 2 && in_list(MASTHEAD_WORDS, words[0]) {
                short.insert(words[1..].join(" "), m.entity);
            }
            if words.len() >= 2
                && (in_list(CORPORATE_SUFFIXES, last) || in_list(INDUSTRY_SUFFIXES, last))
            {
                let s = words[..words.len() - 1].join(" ");
                let s = s.trim_end_matches([',', '&', ' ']).to_string();
                if !s.is_empty() && !self.w.is_function(&s) {
                    // "Corlan Chemical Corp." is also "Corlan": an industry
                    // word before the corporate suffix drops too.
                    if let Some((rest, industry)) = s.rsplit_once(' ') {
                        if in_list(CORPORATE_SUFFIXES, last)
                            && in_list(INDUSTRY_SUFFIXES, industry)
                            && !self.w.is_function(rest)
                        {
                            short.insert(rest.to_string(), m.entity);
                        }
                    }
                    short.insert(s, m.entity);
                }
            }
        }
        if short.is_empty() && whole.is_empty() {
            return;
        }
        // "Nippon Paint will pay": a person named as a company without its
        // suffix (Nippon Paint Holdings) is the company.
        for p in self.persons() {
            let key = phrase_key(&self.findings.entities[p].name);
            let first = key.split(' ').next().unwrap_or_default();
            if let Some(&org) = short
                .get(&key)
                .or_else(|| whole.get(&key))
                .filter(|&&id| id != AMBIGUOUS)
                .filter(|_| self.w.first_name(first).is_none())
            {
                self.merge_entity(p, org);
            }
        }
        if short.is_empty() {
            return;
        }
        // (also a body named so: "the Courier published" after "the
        // Sunday Courier")
        let mut orgs: Vec<EntityId> = self.ments.iter().map(|m| m.entity).collect();
        crate::sort::sort_unstable(&mut orgs);
        orgs.dedup();
        for o in orgs {
            let e = &self.findings.entities[o];
            if e.kind != ActorKind::Organization || e.mentions.is_empty() {
                continue;
            }
            if let Some(&org) = short
                .get(&phrase_key(&e.name))
                .filter(|&&id| id != AMBIGUOUS)
            {
                self.merge_entity(o, org);
            }
        }
        let max_words = short
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        let mut i = self.body_start;
        while i < self.range.end {
            if !self.is_cap(i) || self.findings.mention_at(self.doc.tokens[i].span).is_some() {
                i += 1;
                continue;
            }
            let mut key = String::new();
            let mut hit = None;
            for n in 0..max_words {
                let k = i + n;
                if !self.is_cap(k) {
                    break;
                }
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(strip_possessive(self.key(k)));
                if let Some(&id) = short.get(&key).filter(|&&id| id != AMBIGUOUS) {
                    hit = Some((k + 1, id));
                }
            }
            match hit {
                Some((end, id)) if !self.is_cap(end) => {
                    let span = self.name_span(i..end);
                    self.add(i..end, span, id, MentionForm::Surname);
                    i = end;
                }
                _ => i += 1,
            }
        }
    }

    /// "the President" refers to the nearest person before it whose role
    /// has that title.
    fn resolve_titles(&mut self) {
        let titles = std::mem::take(&mut self.titles_alone);
        if titles.is_empty() {
            return;
        }
        self.sort_ments();
        for t in titles {
            let before = self
                .ments
                .partition_point(|m| m.tokens.start < t.tokens.start);
            // "Ramtane Lamamra, the personal envoy of the UN
            // Secretary-General": a title after "of the" in the same
            // sentence as a holder names someone else.
            let mut s = t.tokens.start;
            // (past the title's qualifiers: the UN Secretary-General)
            while s > self.range.start && self.is_cap(s - 1) && !self.is_common_cap(s - 1) {
                s -= 1;
            }
            let object = s > self.range.start + 1
                && self.key(s - 1) == "the"
                && matches!(self.key(s - 2), "of" | "for" | "to");
            let sentence = self.doc.sentence_of[s];
            let holder = self.ments[..before]
                .iter()
                .rev()
                .take(MAX_TITLE_LOOKBACK)
                .filter(|m| m.tokens.end <= t.tokens.start)
                .filter(|m| !object || self.doc.sentence_of[m.tokens.start] != sentence)
                .map(|m| m.entity)
                .find(|&id| {
                    let e = &self.findings.entities[id];
                    e.kind == ActorKind::Person
                        && e.role.as_deref().is_some_and(|r| {
                            let rk = phrase_key(r);
                            // (a judge is addressed as Mrs Justice, Lord
                            // Justice)
                            t.heads.iter().all(|h| {
                                rk.split(' ').any(|w| {
                                    strip_possessive(w) == h || h == "judge" && w == "justice"
                                })
                            })
                        })
                });
            if let Some(id) = holder {
                // "The President": the mention includes the article (and
                // an age: the 20-year-old striker).
                let mut start = t.tokens.start;
                if start > self.range.start + 1 && self.is_age(start - 1) {
                    start -= 1;
                }
                let start = self.start_with_the(start);
                let span = self.span(start..t.tokens.end);
                self.add(start..t.tokens.end, span, id, MentionForm::Title);
            }
        }
    }
}
