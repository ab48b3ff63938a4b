//! The JavaScript boundary: parses options, calls the core, returns plain JS
//! objects. No analysis logic lives here; everything JS-specific does.
//!
//! Public (on wasm32 only) so that Rust code built for the browser, and the
//! wasm tests, can call exactly what JavaScript calls.
//!
//! Offsets need no conversion: the core already reports UTF-16 indices, and
//! wasm-bindgen turns a lone surrogate of the JS string into U+FFFD, which is
//! also one UTF-16 code unit, so offsets stay aligned with the caller's string.

use crate::model::{Actor, Analysis, Mention, Quote};
use crate::{LanguageChoice, Options};
use std::fmt::Display;
use wasm_bindgen::prelude::*;

// Hand-written because the result is built by hand (`ToJs`), which wasm-bindgen
// cannot see; the functions below point at these names through
// `unchecked_*_type`, so the generated .d.ts has no `any`.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A language tag: Arabic, English, or undetermined. */
export type Language = "ar" | "en" | "und";

/** Options of `analyze`; every key is optional, unknown keys throw. */
export interface AnalyzeOptions {
  /** Which language rules to apply (default `"auto"`: detect per paragraph). */
  language?: "auto" | "ar" | "en";
  /** Whether to report actors (default true). */
  actors?: boolean;
  /** Whether to report quotes (default true). */
  quotes?: boolean;
}

/** One place in the text where an actor is mentioned. */
export interface Mention {
  /** UTF-16 offset of the first code unit; `text.slice(start, end) === this.text`. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
  text: string;
  form: "name" | "surname" | "title" | "nisba" | "metonym" | "pronoun";
}

/** A participant of the article. */
export interface Actor {
  /** Unique within one analysis (`a1`, `a2`, ...). */
  id: string;
  name: string;
  kind: "person" | "country" | "organization" | "group" | "place";
  role: string | null;
  /** ISO 3166-1 alpha-2 code, when known. */
  country: string | null;
  aliases: string[];
  mentions: Mention[];
}

/** A direct or reported quote, with its speaker where known. */
export interface Quote {
  /** Unique within one analysis (`q1`, `q2`, ...). */
  id: string;
  text: string;
  kind: "direct" | "indirect";
  /** UTF-16 offset of the first code unit; `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  /** Id of the speaking `Actor`. */
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}

/** The result of `analyze`. */
export interface Analysis {
  language: Language;
  actors: Actor[];
  quotes: Quote[];
}
"#;

/// The option keys `analyze` accepts, for error messages.
const OPTION_KEYS: &str = "language, actors, quotes";

/// A JS `Error` with `message`: what every failure here throws.
fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

/// Turns a core result into a thrown JS `Error` carrying its message: the
/// one place Rust errors cross the boundary.
trait OrThrow<T> {
    fn or_throw(self) -> Result<T, JsValue>;
}

impl<T, E: Display> OrThrow<T> for Result<T, E> {
    fn or_throw(self) -> Result<T, JsValue> {
        self.map_err(|e| error(&e.to_string()))
    }
}

#[wasm_bindgen]
extern "C" {
    /// A plain JS object being filled (`obj[key] = value`, without the
    /// `catch` wrapper `Reflect.set` would bring).
    #[wasm_bindgen(extends = js_sys::Object)]
    type Fields;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Fields, key: &JsValue, value: &JsValue);
}

/// Builds the result's JS objects by hand, equal to `JSON.parse` of the
/// CLI's output (same keys in the same order, `null` for `None`). Done
/// with serde-wasm-bindgen it was about 12% of an English analysis
/// (session 16): each field looked its name up in a thread-local map and
/// each string was decoded on its own. Here the names are made once per
/// call, the enum values once each, and a mention's, a quote's and a
/// cue's text (slices of the input) are cut from the input decoded once.
struct ToJs {
    /// The analysed text as one JS string (offsets are its UTF-16 indices).
    text: js_sys::JsString,
    keys: Vec<JsValue>,
    /// Enum values made so far, by `Value as usize`.
    values: Vec<Option<JsValue>>,
}

/// The result's keys, in [`ToJs::keys`]'s order.
const KEYS: [&str; 19] = [
    "language",
    "actors",
    "quotes",
    "id",
    "name",
    "kind",
    "role",
    "country",
    "aliases",
    "mentions",
    "start",
    "end",
    "text",
    "form",
    "speaker",
    "speakerText",
    "cue",
    "cueStart",
    "cueEnd",
];

#[derive(Clone, Copy)]
enum Key {
    Language,
    Actors,
    Quotes,
    Id,
    Name,
    Kind,
    Role,
    Country,
    Aliases,
    Mentions,
    Start,
    End,
    Text,
    Form,
    Speaker,
    SpeakerText,
    Cue,
    CueStart,
    CueEnd,
}

impl ToJs {
    fn new(text: &str) -> Self {
        ToJs {
            text: text.into(),
            keys: KEYS.iter().map(|&k| JsValue::from_str(k)).collect(),
            values: Vec::new(),
        }
    }

    /// A new object with `fields` set in order.
    fn object(&self, fields: &[(Key, JsValue)]) -> JsValue {
        let object: Fields = js_sys::Object::new().unchecked_into();
        for (key, value) in fields {
            object.set(&self.keys[*key as usize], value);
        }
        object.into()
    }

    /// An enum's serialised name (`"person"`), value `n` of
    /// [`ToJs::values`], made once per call.
    fn value(&mut self, n: usize, name: &str) -> JsValue {
        if self.values.len() <= n {
            self.values.resize(n + 1, None);
        }
        self.values[n]
            .get_or_insert_with(|| JsValue::from_str(name))
            .clone()
    }

    /// The input's UTF-16 range `start..end`: a mention's, quote's or
    /// cue's text is exactly that slice of the analysed text (the model's
    /// contract), and `text` is that text decoded, lone surrogates already
    /// U+FFFD, so the slice equals the Rust string.
    fn slice(&self, start: usize, end: usize) -> JsValue {
        self.text.slice(start as u32, end as u32).into()
    }

    fn analysis(&mut self, a: &Analysis) -> JsValue {
        let actors: js_sys::Array = a.actors.iter().map(|x| self.actor(x)).collect();
        let quotes: js_sys::Array = a.quotes.iter().map(|q| self.quote(q)).collect();
        let language = self.value(a.language as usize, a.language.code());
        self.object(&[
            (Key::Language, language),
            (Key::Actors, actors.into()),
            (Key::Quotes, quotes.into()),
        ])
    }

    fn actor(&mut self, x: &Actor) -> JsValue {
        let kind = self.value(LANGUAGES + x.kind as usize, x.kind.name());
        let aliases: js_sys::Array = x.aliases.iter().map(|s| JsValue::from_str(s)).collect();
        let mentions: js_sys::Array = x.mentions.iter().map(|m| self.mention(m)).collect();
        self.object(&[
            (Key::Id, JsValue::from_str(&x.id)),
            (Key::Name, JsValue::from_str(&x.name)),
            (Key::Kind, kind),
            (Key::Role, string_or_null(&x.role)),
            (Key::Country, string_or_null(&x.country)),
            (Key::Aliases, aliases.into()),
            (Key::Mentions, mentions.into()),
        ])
    }

    fn mention(&mut self, m: &Mention) -> JsValue {
        let form = self.value(LANGUAGES + ACTOR_KINDS + m.form as usize, m.form.name());
        self.object(&[
            (Key::Start, number(m.start)),
            (Key::End, number(m.end)),
            (Key::Text, self.slice(m.start, m.end)),
            (Key::Form, form),
        ])
    }

    fn quote(&mut self, q: &Quote) -> JsValue {
        let kind = self.value(
            LANGUAGES + ACTOR_KINDS + MENTION_FORMS + q.kind as usize,
            q.kind.name(),
        );
        let cue = match (q.cue_start, q.cue_end) {
            (Some(start), Some(end)) => self.slice(start, end),
            _ => string_or_null(&q.cue),
        };
        self.object(&[
            (Key::Id, JsValue::from_str(&q.id)),
            (Key::Text, self.slice(q.start, q.end)),
            (Key::Kind, kind),
            (Key::Start, number(q.start)),
            (Key::End, number(q.end)),
            (Key::Speaker, string_or_null(&q.speaker)),
            (Key::SpeakerText, string_or_null(&q.speaker_text)),
            (Key::Cue, cue),
            (Key::CueStart, q.cue_start.map_or(JsValue::NULL, number)),
            (Key::CueEnd, q.cue_end.map_or(JsValue::NULL, number)),
        ])
    }
}

/// How many values each enum has, to place them in [`ToJs::values`].
const LANGUAGES: usize = 3;
const ACTOR_KINDS: usize = 5;
const MENTION_FORMS: usize = 6;

fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

fn string_or_null(s: &Option<String>) -> JsValue {
    s.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

/// Analyses `text` (an article) and returns its actors and quotes.
///
/// Offsets in the result are UTF-16 indices into `text`. Throws an `Error`
/// on unknown or ill-typed options, and when the text is too large.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let analysis = crate::analyze_with(text, &options).or_throw()?;
    Ok(ToJs::new(text).analysis(&analysis))
}

/// Detects the language of `text`: `"ar"`, `"en"` or `"und"`.
#[wasm_bindgen(js_name = detectLanguage, unchecked_return_type = "Language")]
pub fn detect_language(text: &str) -> String {
    crate::detect_language(text).code().to_owned()
}

/// The version of the newslens crate this module was built from.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Reads `AnalyzeOptions` strictly: `undefined`/`null` mean defaults; any
/// other non-object, unknown key or ill-typed value is an error naming it.
/// A key whose value is `undefined` counts as absent, as in TypeScript.
fn parse_options(value: Option<JsValue>) -> Result<Options, JsValue> {
    let mut options = Options::default();
    let Some(value) = value.filter(|v| !v.is_null() && !v.is_undefined()) else {
        return Ok(options);
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(error(&format!(
            "options must be an object with keys {OPTION_KEYS}, got {}",
            describe(&value)
        )));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        // A throwing getter's exception is passed on unchanged.
        let v = js_sys::Reflect::get(&value, &key)?;
        options = match name.as_str() {
            "language" | "actors" | "quotes" if v.is_undefined() => options,
            "language" => options.language(match v.as_string().as_deref() {
                Some("auto") => LanguageChoice::Auto,
                Some("ar") => LanguageChoice::Arabic,
                Some("en") => LanguageChoice::English,
                _ => {
                    return Err(error(&format!(
                        "options.language must be \"auto\", \"ar\" or \"en\", got {}",
                        describe(&v)
                    )))
                }
            }),
            "actors" => options.actors(expect_bool(&name, &v)?),
            "quotes" => options.quotes(expect_bool(&name, &v)?),
            _ => {
                return Err(error(&format!(
                    "unknown option \"{name}\"; known options are {OPTION_KEYS}"
                )))
            }
        };
    }
    Ok(options)
}

fn expect_bool(name: &str, v: &JsValue) -> Result<bool, JsValue> {
    v.as_bool().ok_or_else(|| {
        error(&format!(
            "options.{name} must be a boolean, got {}",
            describe(v)
        ))
    })
}

/// A short description of a JS value for error messages.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        format!("the string {s:?}")
    } else if js_sys::Array::is_array(v) {
        "an array".to_owned()
    } else if v.is_null() {
        "null".to_owned()
    } else {
        match v.js_typeof().as_string().as_deref() {
            Some("undefined") => "undefined".to_owned(),
            Some(t @ ("object" | "number" | "boolean" | "bigint" | "symbol" | "function")) => {
                let article = if t == "object" { "an" } else { "a" };
                format!("{article} {t}")
            }
            _ => "a value of unknown type".to_owned(),
        }
    }
}
