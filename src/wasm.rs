//! The JavaScript boundary: parses options, calls the core, returns plain JS
//! objects. No analysis logic lives here; everything JS-specific does.
//!
//! Public (on wasm32 only) so that Rust code built for the browser, and the
//! wasm tests, can call exactly what JavaScript calls.
//!
//! Offsets need no conversion: the core already reports UTF-16 indices, and
//! wasm-bindgen turns a lone surrogate of the JS string into U+FFFD, which is
//! also one UTF-16 code unit, so offsets stay aligned with the caller's string.

use crate::{LanguageChoice, Options};
use serde::Serialize;
use std::fmt::Display;
use wasm_bindgen::prelude::*;

// Hand-written because the result is built by serde, which wasm-bindgen
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

/// Serialises a value into a plain JS object. `json_compatible` makes
/// `None` `null` (not `undefined`), so the object equals `JSON.parse` of the
/// CLI's output.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .or_throw()
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
    to_js(&crate::analyze_with(text, &options).or_throw()?)
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
        // Quoted by JSON.stringify: Rust's `{:?}` would bring the Unicode
        // tables of `char::escape_debug` into the module (about 2.5 KB).
        let quoted = js_sys::JSON::stringify(v).map_or(s, String::from);
        format!("the string {quoted}")
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
