//! Fuzz target: `analyze` on any bytes (made valid UTF-8 the lossy way),
//! with options chosen by the first byte. Panics (the crash libFuzzer
//! reports) on any panic inside the crate and on any broken output
//! invariant: spans inside the text on char boundaries, `text` equal to the
//! slice, UTF-16 offsets equal to the span's, quotes in order, speakers
//! among the actors, ids unique.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{analyze_with, Analysis, LanguageChoice, Options, Span};

/// UTF-16 offset of byte `b` of `text` (a char boundary).
fn utf16_at(text: &str, b: usize) -> usize {
    text[..b].encode_utf16().count()
}

fn check_span(text: &str, span: Span, start: usize, end: usize, value: &str) {
    assert!(
        span.start < span.end && span.end <= text.len(),
        "span {span:?}"
    );
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    assert_eq!(&text[span.start..span.end], value);
    assert_eq!(utf16_at(text, span.start), start);
    assert_eq!(utf16_at(text, span.end), end);
}

fn check(text: &str, a: &Analysis) {
    let mut ids = std::collections::HashSet::new();
    for actor in &a.actors {
        assert!(ids.insert(actor.id.clone()), "duplicate actor id");
        assert!(!actor.mentions.is_empty());
        for m in &actor.mentions {
            check_span(text, m.span, m.start, m.end, &m.text);
        }
        assert!(actor.mentions.windows(2).all(|w| w[0].span < w[1].span));
    }
    let mut qids = std::collections::HashSet::new();
    for q in &a.quotes {
        assert!(qids.insert(q.id.clone()), "duplicate quote id");
        check_span(text, q.span, q.start, q.end, &q.text);
        if let (Some(cue), Some(span), Some(s), Some(e)) =
            (&q.cue, q.cue_span, q.cue_start, q.cue_end)
        {
            check_span(text, span, s, e, cue);
        }
        if let Some(s) = &q.speaker {
            assert!(ids.contains(s), "speaker {s} is no actor");
        }
    }
    assert!(a.quotes.windows(2).all(|w| w[0].span <= w[1].span));
}

fuzz_target!(|data: &[u8]| {
    let (opts, rest) = match data.split_first() {
        Some((&b, rest)) => {
            let lang = match b % 3 {
                0 => LanguageChoice::Auto,
                1 => LanguageChoice::Arabic,
                _ => LanguageChoice::English,
            };
            let o = Options::default()
                .language(lang)
                .actors(b & 0x10 == 0)
                .quotes(b & 0x20 == 0);
            (o, rest)
        }
        None => (Options::default(), data),
    };
    let text = String::from_utf8_lossy(rest);
    let a = analyze_with(&text, &opts).expect("under the input limit");
    check(&text, &a);
    // Deterministic: a second run gives the same analysis.
    assert_eq!(analyze_with(&text, &opts).expect("same"), a);
});
