//! Tests of the JavaScript boundary (`src/wasm.rs`), shared by the node run
//! (`tests/web.rs`) and the browser run (`tests/web_browser.rs`).
//!
//! Input strings are built as JS strings and converted the way wasm-bindgen
//! converts a `&str` argument (`JsValue::as_string` uses the same encoder),
//! then offsets are checked against the original JS string with
//! `String.prototype.slice`, as a page would use them.

use js_sys::{Array, JsString, Object, Reflect, JSON};
use newslens::wasm;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const SEED_AR: &str = include_str!("../fixtures/seed.ar.txt");
const LAVROV_EN: &str = "\"We will not retreat,\" Sergei Lavrov said.";
const LAVROV_AR: &str = "قال وزير الخارجية الروسي سيرغي لافروف: \"لن نتراجع\".";
/// Astral emoji (two UTF-16 units, four UTF-8 bytes each) and a flag
/// before the quote, so UTF-8, char and UTF-16 offsets all differ.
const EMOJI_EN: &str = "😀🇸🇦 👍🏽 \"We will not retreat,\" Sergei Lavrov said.";
const EMOJI_AR: &str = "🙂🇷🇺 قال وزير الخارجية الروسي سيرغي لافروف: \"لن نتراجع\".";

/// The keys of each object, in the contract's camelCase.
const ANALYSIS_KEYS: &[&str] = &["language", "actors", "quotes"];
const ACTOR_KEYS: &[&str] = &[
    "id", "name", "kind", "role", "country", "aliases", "mentions",
];
const MENTION_KEYS: &[&str] = &["start", "end", "text", "form"];
const QUOTE_KEYS: &[&str] = &[
    "id",
    "text",
    "kind",
    "start",
    "end",
    "speaker",
    "speakerText",
    "cue",
    "cueStart",
    "cueEnd",
];

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("readable property")
}

fn items(v: &JsValue, key: &str) -> Vec<JsValue> {
    let a = get(v, key);
    assert!(Array::is_array(&a), "{key} is an array");
    a.unchecked_into::<Array>().iter().collect()
}

fn string(v: &JsValue, key: &str) -> String {
    get(v, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} is a string"))
}

fn offset(v: &JsValue, key: &str) -> u32 {
    let n = get(v, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number"));
    assert!(n >= 0.0 && n.fract() == 0.0, "{key} = {n} is an index");
    n as u32
}

fn js_string(text: &str) -> JsString {
    JsString::from(text)
}

/// Calls `analyze` with the string wasm-bindgen would hand to Rust for `js`.
fn analyze_js(js: &JsString, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let text = js.as_string().expect("a string");
    assert_eq!(
        text.encode_utf16().count() as u32,
        js.length(),
        "conversion keeps the UTF-16 length"
    );
    wasm::analyze(&text, options)
}

fn analyze_ok(text: &str) -> (JsString, JsValue) {
    let js = js_string(text);
    let result = analyze_js(&js, None).expect("analyze succeeds");
    (js, result)
}

fn options(json: &str) -> Option<JsValue> {
    Some(JSON::parse(json).expect("valid JSON"))
}

fn own_keys(v: &JsValue) -> Vec<String> {
    Object::keys(v.unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect()
}

fn assert_plain_object(v: &JsValue, keys: &[&str], what: &str) {
    assert!(v.is_object(), "{what} is an object");
    assert_eq!(
        JsValue::from(Object::get_prototype_of(v)),
        JsValue::from(Object::get_prototype_of(&Object::new())),
        "{what} is a plain object"
    );
    let mut got = own_keys(v);
    got.sort();
    let mut want: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "{what} keys");
}

fn assert_nullable_string(v: &JsValue, key: &str) {
    let x = get(v, key);
    assert!(x.is_null() || x.is_string(), "{key} is a string or null");
}

/// `js.slice(start, end) === text`, compared as JS strings when the input
/// is well formed; with lone surrogates, compared after the same U+FFFD
/// replacement the module's input went through.
fn assert_slice(js: &JsString, start: u32, end: u32, text: &str, strict: bool, what: &str) {
    assert!(
        start <= end && end <= js.length(),
        "{what}: [{start}, {end}) in bounds"
    );
    let slice = js.slice(start, end);
    if strict {
        assert_eq!(
            JsValue::from(slice.clone()),
            JsValue::from_str(text),
            "{what}: slice({start}, {end}) = {:?}, text {text:?}",
            String::from(slice)
        );
    } else {
        assert_eq!(String::from(slice), text, "{what}: slice({start}, {end})");
    }
}

/// Checks every offset of an analysis against the JS string it came from.
fn assert_offsets(js: &JsString, result: &JsValue, strict: bool) {
    for actor in items(result, "actors") {
        for m in items(&actor, "mentions") {
            let (s, e) = (offset(&m, "start"), offset(&m, "end"));
            assert_slice(js, s, e, &string(&m, "text"), strict, "mention");
        }
    }
    for q in items(result, "quotes") {
        let (s, e) = (offset(&q, "start"), offset(&q, "end"));
        assert_slice(js, s, e, &string(&q, "text"), strict, "quote");
        if let Some(cue) = get(&q, "cue").as_string() {
            let (s, e) = (offset(&q, "cueStart"), offset(&q, "cueEnd"));
            assert_slice(js, s, e, &cue, strict, "cue");
        } else {
            assert!(get(&q, "cueStart").is_null() && get(&q, "cueEnd").is_null());
        }
    }
}

/// The direct quotes of a result whose text contains `words`.
fn direct_quotes_with(result: &JsValue, words: &str) -> Vec<JsValue> {
    items(result, "quotes")
        .into_iter()
        .filter(|q| string(q, "kind") == "direct" && string(q, "text").contains(words))
        .collect()
}

fn error_message(e: &JsValue) -> String {
    let e = e
        .dyn_ref::<js_sys::Error>()
        .expect("thrown value is an Error");
    String::from(e.message())
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn detect_language_returns_tags() {
    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static str,
    }
    let cases = [
        Case {
            name: "arabic",
            text: LAVROV_AR,
            want: "ar",
        },
        Case {
            name: "english",
            text: LAVROV_EN,
            want: "en",
        },
        Case {
            name: "empty",
            text: "",
            want: "und",
        },
        Case {
            name: "digits",
            text: "12345 67",
            want: "und",
        },
        Case {
            name: "seed",
            text: SEED_AR,
            want: "ar",
        },
    ];
    for c in cases {
        assert_eq!(wasm::detect_language(c.text), c.want, "{}", c.name);
    }
}

#[wasm_bindgen_test]
fn result_is_the_cli_json() {
    // The plain object equals JSON.parse of the native serialisation, so
    // None is null (not a missing key) and every key is camelCase.
    for text in [SEED_AR, LAVROV_EN, LAVROV_AR, EMOJI_EN, ""] {
        let (_, result) = analyze_ok(text);
        let json = String::from(JSON::stringify(&result).unwrap());
        let got: serde_json::Value = serde_json::from_str(&json).unwrap();
        let want = serde_json::to_value(newslens::analyze(text).unwrap()).unwrap();
        assert_eq!(
            got,
            want,
            "for {:?}",
            text.chars().take(40).collect::<String>()
        );
    }
}

#[wasm_bindgen_test]
fn result_has_the_contract_shape() {
    for text in [SEED_AR, LAVROV_EN, EMOJI_AR] {
        let (_, result) = analyze_ok(text);
        assert_plain_object(&result, ANALYSIS_KEYS, "analysis");
        assert!(["ar", "en", "und"].contains(&string(&result, "language").as_str()));
        for actor in items(&result, "actors") {
            assert_plain_object(&actor, ACTOR_KEYS, "actor");
            string(&actor, "id");
            string(&actor, "name");
            let kind = string(&actor, "kind");
            assert!(
                ["person", "country", "organization", "group", "place"].contains(&kind.as_str()),
                "actor kind {kind}"
            );
            assert_nullable_string(&actor, "role");
            assert_nullable_string(&actor, "country");
            for alias in items(&actor, "aliases") {
                assert!(alias.is_string());
            }
            for m in items(&actor, "mentions") {
                assert_plain_object(&m, MENTION_KEYS, "mention");
                let form = string(&m, "form");
                assert!(
                    ["name", "surname", "title", "nisba", "metonym", "pronoun"]
                        .contains(&form.as_str()),
                    "mention form {form}"
                );
            }
        }
        for q in items(&result, "quotes") {
            assert_plain_object(&q, QUOTE_KEYS, "quote");
            let kind = string(&q, "kind");
            assert!(kind == "direct" || kind == "indirect", "quote kind {kind}");
            for key in ["speaker", "speakerText", "cue"] {
                assert_nullable_string(&q, key);
            }
            if let Some(id) = get(&q, "speaker").as_string() {
                let known = items(&result, "actors")
                    .iter()
                    .any(|a| string(a, "id") == id);
                assert!(known, "speaker {id} is an actor of the result");
            }
        }
    }
}

#[wasm_bindgen_test]
fn offsets_are_utf16_indices_into_the_js_string() {
    for text in [SEED_AR, LAVROV_EN, LAVROV_AR, EMOJI_EN, EMOJI_AR] {
        let (js, result) = analyze_ok(text);
        assert_offsets(&js, &result, true);
    }
}

#[wasm_bindgen_test]
fn emoji_before_a_quote_keep_offsets_aligned() {
    struct Case {
        name: &'static str,
        text: &'static str,
        words: &'static str,
    }
    let cases = [
        Case {
            name: "english",
            text: EMOJI_EN,
            words: "We will not retreat",
        },
        Case {
            name: "arabic",
            text: EMOJI_AR,
            words: "لن نتراجع",
        },
    ];
    for c in cases {
        let (js, result) = analyze_ok(c.text);
        let quotes = direct_quotes_with(&result, c.words);
        assert_eq!(
            quotes.len(),
            1,
            "{}: one direct quote with {:?}",
            c.name,
            c.words
        );
        let q = &quotes[0];
        // The slice check proves the offsets count UTF-16 units: with
        // surrogate pairs before the quote, byte or char offsets miss it.
        assert_slice(
            &js,
            offset(q, "start"),
            offset(q, "end"),
            &string(q, "text"),
            true,
            c.name,
        );
        let utf16_at = c.text[..c.text.find(c.words).unwrap()]
            .encode_utf16()
            .count() as u32;
        assert!(
            offset(q, "start") <= utf16_at,
            "{}: quote starts at or before its words",
            c.name
        );
    }
}

#[wasm_bindgen_test]
fn english_direct_quote_is_found() {
    let (_, result) = analyze_ok(LAVROV_EN);
    assert_eq!(string(&result, "language"), "en");
    assert_eq!(direct_quotes_with(&result, "We will not retreat").len(), 1);
}

#[wasm_bindgen_test]
fn lone_surrogates_are_replaced_and_offsets_stay_aligned() {
    struct Case {
        name: &'static str,
        /// Text before the lone surrogate inside the quote, and after it.
        head: &'static str,
        tail: &'static str,
        words: &'static str,
    }
    let cases = [
        Case {
            name: "arabic",
            head: " قال وزير الخارجية الروسي سيرغي لافروف: \"لن ",
            tail: " نتراجع\". ",
            words: "نتراجع",
        },
        Case {
            name: "english",
            head: " \"We will not ",
            tail: " retreat,\" Sergei Lavrov said. ",
            words: "retreat",
        },
    ];
    let high = JsString::from_char_code1(0xD800);
    let low = JsString::from_char_code1(0xDC00);
    for c in cases {
        // One lone surrogate before the quote, one inside it, one at the end.
        let js = high
            .concat(&JsString::from(c.head))
            .concat(&low)
            .concat(&JsString::from(c.tail))
            .concat(&high);
        let text = js.as_string().unwrap();
        assert_eq!(
            text.matches('\u{FFFD}').count(),
            3,
            "{}: lone surrogates become U+FFFD",
            c.name
        );
        let result = analyze_js(&js, None).expect("lone surrogates do not throw");
        assert_offsets(&js, &result, false);
        assert_eq!(direct_quotes_with(&result, c.words).len(), 1, "{}", c.name);
    }
}

#[wasm_bindgen_test]
fn good_options_are_applied() {
    let ar = js_string(LAVROV_AR);
    let defaults = analyze_js(&ar, None).unwrap();
    struct Case {
        name: &'static str,
        options: Option<JsValue>,
        check: fn(&JsValue, &JsValue),
    }
    let same = |got: &JsValue, defaults: &JsValue| {
        assert_eq!(
            String::from(JSON::stringify(got).unwrap()),
            String::from(JSON::stringify(defaults).unwrap())
        );
    };
    let cases = [
        Case {
            name: "undefined",
            options: Some(JsValue::UNDEFINED),
            check: same,
        },
        Case {
            name: "null",
            options: Some(JsValue::NULL),
            check: same,
        },
        Case {
            name: "empty",
            options: options("{}"),
            check: same,
        },
        Case {
            name: "auto",
            options: options(r#"{"language":"auto"}"#),
            check: same,
        },
        Case {
            name: "forced english",
            options: options(r#"{"language":"en"}"#),
            check: |r, _| assert_eq!(string(r, "language"), "en"),
        },
        Case {
            name: "forced arabic",
            options: options(r#"{"language":"ar","actors":true,"quotes":true}"#),
            check: |r, _| assert_eq!(string(r, "language"), "ar"),
        },
        Case {
            name: "no actors",
            options: options(r#"{"actors":false}"#),
            check: |r, _| assert!(items(r, "actors").is_empty()),
        },
        Case {
            name: "no quotes",
            options: options(r#"{"quotes":false}"#),
            check: |r, _| assert!(items(r, "quotes").is_empty()),
        },
    ];
    for c in cases {
        let got = analyze_js(&ar, c.options)
            .unwrap_or_else(|e| panic!("{}: {}", c.name, error_message(&e)));
        (c.check)(&got, &defaults);
    }
    // A key set to undefined counts as absent, as in TypeScript.
    let o = Object::new();
    Reflect::set(&o, &"language".into(), &JsValue::UNDEFINED).unwrap();
    same(&analyze_js(&ar, Some(o.into())).unwrap(), &defaults);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_key() {
    struct Case {
        name: &'static str,
        options: JsValue,
        want: &'static str,
    }
    let json = |s: &str| JSON::parse(s).unwrap();
    let cases = [
        Case {
            name: "unknown key",
            options: json(r#"{"lang":"ar"}"#),
            want: "unknown option \"lang\"",
        },
        Case {
            name: "unknown key after good",
            options: json(r#"{"actors":true,"speakers":1}"#),
            want: "\"speakers\"",
        },
        Case {
            name: "bad language",
            options: json(r#"{"language":"fr"}"#),
            want: "options.language must be \"auto\", \"ar\" or \"en\", got the string \"fr\"",
        },
        Case {
            name: "bad language quoted as JSON quotes it",
            options: json(r#"{"language":"a\"b\\c\n"}"#),
            want: r#"got the string "a\"b\\c\n""#,
        },
        Case {
            name: "language case",
            options: json(r#"{"language":"AR"}"#),
            want: "options.language",
        },
        Case {
            name: "language number",
            options: json(r#"{"language":1}"#),
            want: "options.language",
        },
        Case {
            name: "language null",
            options: json(r#"{"language":null}"#),
            want: "options.language",
        },
        Case {
            name: "actors string",
            options: json(r#"{"actors":"yes"}"#),
            want: "options.actors must be a boolean",
        },
        Case {
            name: "quotes number",
            options: json(r#"{"quotes":0}"#),
            want: "options.quotes must be a boolean",
        },
        Case {
            name: "number",
            options: JsValue::from(5),
            want: "options must be an object",
        },
        Case {
            name: "string",
            options: JsValue::from_str("ar"),
            want: "options must be an object",
        },
        Case {
            name: "array",
            options: json("[]"),
            want: "options must be an object",
        },
        Case {
            name: "boolean",
            options: JsValue::TRUE,
            want: "options must be an object",
        },
    ];
    for c in cases {
        let err = wasm::analyze(LAVROV_EN, Some(c.options)).expect_err(c.name);
        let message = error_message(&err);
        assert!(
            message.contains(c.want),
            "{}: {message:?} lacks {:?}",
            c.name,
            c.want
        );
    }
}

#[wasm_bindgen_test]
fn too_large_input_throws_an_error() {
    let text = "a".repeat(newslens::DEFAULT_MAX_INPUT_BYTES + 1);
    let err = wasm::analyze(&text, None).expect_err("too large");
    assert!(error_message(&err).contains("too large"));
}

#[wasm_bindgen_test]
fn odd_inputs_give_results() {
    // Nothing a page can send may panic: a panic aborts the module for good.
    let inputs = [
        "",
        " ",
        "\"",
        "«",
        "\"\"\"",
        "“unbalanced",
        "said",
        "قال",
        "قال إن",
        "<img src=x onerror=alert(1)><script>alert(1)</script>",
        "\u{0}\u{1}\u{FEFF}\u{200F}\u{202E}",
        "\u{064B}\u{064B}\u{0651}",
        "ﻻ ﷲ ﷺ",
        "\r\n\r\n\t",
        "🇸🇦🇸🇦🇸🇦\"",
    ];
    for text in inputs {
        let (js, result) = analyze_ok(text);
        assert_offsets(&js, &result, true);
    }
}

/// Pieces random texts are made of: words, cues, quote marks of both
/// scripts, punctuation, astral emoji and paragraph breaks.
const PIECES: &[&str] = &[
    "قال",
    "وقال",
    "إن",
    "أن",
    "وزير",
    "الخارجية",
    "الروسي",
    "سيرغي",
    "لافروف",
    "موسكو",
    "روسيا",
    "الأمم المتحدة",
    "said",
    "told",
    "according to",
    "Lavrov",
    "Sergei",
    "Foreign Minister",
    "Russia",
    "the",
    "He",
    "she",
    "that",
    " ",
    " ",
    " ",
    "\"",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "'",
    ",",
    ".",
    "،",
    ":",
    "؟",
    "\n",
    "\n\n",
    "😀",
    "🇸🇦",
    "\u{200F}",
    "\u{0640}",
    "\u{064E}",
];

/// Texts made by a fixed pseudo-random generator (xorshift), so a failure
/// reproduces.
const RANDOM_TEXTS: usize = 300;
const MAX_PIECES: u64 = 40;
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

#[wasm_bindgen_test]
fn random_texts_give_aligned_results() {
    let mut state = SEED;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..RANDOM_TEXTS {
        let n = next() % MAX_PIECES;
        let text: String = (0..n)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let js = js_string(&text);
        let result =
            analyze_js(&js, None).unwrap_or_else(|e| panic!("{text:?}: {}", error_message(&e)));
        assert_offsets(&js, &result, true);
    }
}
