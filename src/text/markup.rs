//! Markup in pasted or scraped text. HTML tags, comments, `script` and
//! `style` elements and the entities of quote marks are masked before the
//! analysis: an attribute's quotes (`<a href="...">`) make no quote, a `<p>`
//! hides no sentence start, and `&quot;` marks a quote as `"` does.
//!
//! The masked text has the same length in bytes and the same char
//! boundaries as the original (each masked char becomes white space of its
//! own length; entities are ASCII), so every span found in it is a span of
//! the original, and the output's texts are sliced from the original.

use std::borrow::Cow;

/// Longest tag recognised, in bytes: a `<` with no `>` this near is text.
const MAX_TAG_BYTES: usize = 2048;

/// Elements masked whole, content included (code and style sheets are no
/// article text), matched without regard to case.
const HIDDEN_ELEMENTS: &[&str] = &["script", "style"];

/// Elements that end a paragraph: their tags become a paragraph break, so
/// `<p>one</p><p>two</p>` on one line is two paragraphs.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "article",
    "section",
    "header",
    "footer",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "hr",
];

/// Entities of quote marks and spaces, and the char each stands for (no
/// longer in UTF-8 than the entity).
const ENTITIES: &[(&str, char)] = &[
    ("&quot;", '"'),
    ("&#34;", '"'),
    ("&#x22;", '"'),
    ("&ldquo;", '\u{201C}'),
    ("&rdquo;", '\u{201D}'),
    ("&#8220;", '\u{201C}'),
    ("&#8221;", '\u{201D}'),
    ("&bdquo;", '\u{201E}'),
    ("&laquo;", '«'),
    ("&raquo;", '»'),
    ("&#171;", '«'),
    ("&#187;", '»'),
    ("&nbsp;", ' '),
    ("&#160;", ' '),
];

/// `text` with its markup masked, or `text` itself when it has none.
pub(crate) fn mask(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // A word-at-a-time search for both bytes at once: most articles have
    // neither, and a byte loop over them cost 2% of the analysis of Arabic
    // news (two `memchr` passes, one per byte, 0.7%).
    if !super::has_either_byte(bytes, b'<', b'&') {
        return Cow::Borrowed(text);
    }
    let mut out: Option<Vec<u8>> = None;
    let mut unclosed = Unclosed::default();
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<' || b == b'&') {
        let at = i + off;
        let (end, replacement) = if bytes[at] == b'<' {
            match markup_at(text, at, &mut unclosed) {
                Some((end, block)) => (end, Replacement::Blank { block }),
                None => (at + 1, Replacement::None),
            }
        } else {
            match entity_at(bytes, at) {
                Some((end, c)) => (end, Replacement::Char(c)),
                None => (at + 1, Replacement::None),
            }
        };
        let buf = || bytes.to_vec();
        match replacement {
            Replacement::None => {}
            Replacement::Char(c) => {
                let o = out.get_or_insert_with(buf);
                let mut utf8 = [0; 4];
                let c = c.encode_utf8(&mut utf8).as_bytes();
                o[at..at + c.len()].copy_from_slice(c);
                o[at + c.len()..end].fill(b' ');
            }
            Replacement::Blank { block } => {
                // A char of four bytes has no white space of its length:
                // such a region stays as written.
                if text[at..end].chars().all(|c| c.len_utf8() < 4) {
                    let o = out.get_or_insert_with(buf);
                    blank(&text[at..end], &mut o[at..end]);
                    if block {
                        // Tags are at least three bytes: `<p>`.
                        o[at] = b'\n';
                        o[at + 1] = b'\n';
                    }
                }
            }
        }
        i = end;
    }
    match out {
        // Only whole chars were replaced, each by chars of its own length.
        Some(o) => Cow::Owned(String::from_utf8(o).unwrap_or_else(|_| text.to_string())),
        None => Cow::Borrowed(text),
    }
}

/// What a piece of markup becomes.
enum Replacement {
    /// Nothing: it was no markup.
    None,
    /// An entity's char, then spaces.
    Char(char),
    /// White space (two line breaks first for a block element's tag).
    Blank { block: bool },
}

/// Writes white space of the same UTF-8 length for each char of `from`
/// into `to` (line breaks kept, so line counts stay).
fn blank(from: &str, to: &mut [u8]) {
    let mut k = 0;
    for c in from.chars() {
        let ws: &[u8] = match c.len_utf8() {
            _ if c == '\n' => b"\n",
            1 => b" ",
            2 => "\u{00A0}".as_bytes(),
            _ => "\u{2002}".as_bytes(),
        };
        to[k..k + ws.len()].copy_from_slice(ws);
        k += ws.len();
    }
}

/// What a search found missing in the rest of the text: it is missing
/// from every later position too, so each search runs to the end once
/// (a thousand unclosed comments cost linear time, not quadratic).
#[derive(Default)]
struct Unclosed {
    comment: bool,
    hidden: [bool; HIDDEN_ELEMENTS.len()],
}

/// The end of the tag, comment or hidden element starting at `at` (a
/// `<`), and whether it ends a paragraph.
fn markup_at(text: &str, at: usize, unclosed: &mut Unclosed) -> Option<(usize, bool)> {
    let bytes = text.as_bytes();
    let rest = &bytes[at..];
    if rest.starts_with(b"<!--") {
        if unclosed.comment {
            return None;
        }
        let Some(close) = find(&rest[4..], b"-->") else {
            unclosed.comment = true;
            return None;
        };
        return Some((at + 4 + close + 3, false));
    }
    if matches!(rest.get(1), Some(b'!' | b'?')) && rest.get(2).is_some_and(u8::is_ascii_alphabetic)
    {
        // A declaration or processing instruction: <!DOCTYPE html>, <?xml ...?>.
        return tag_end(rest).map(|gt| (at + gt + 1, false));
    }
    let closing = rest.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let name_len = rest[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !rest[name_start].is_ascii_alphabetic() {
        return None;
    }
    let after = rest.get(name_start + name_len)?;
    if !(matches!(after, b'>' | b'/') || after.is_ascii_whitespace()) {
        return None;
    }
    let gt = tag_end(rest)?;
    let name = &rest[name_start..name_start + name_len];
    let is = |list: &[&str]| list.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(name));
    let mut end = at + gt + 1;
    let hidden = HIDDEN_ELEMENTS
        .iter()
        .position(|n| n.as_bytes().eq_ignore_ascii_case(name));
    if let Some(h) = hidden.filter(|&h| !closing && !unclosed.hidden[h]) {
        // Through the closing tag; after an element never closed, only its
        // opening tag is masked.
        let close = bytes[end..]
            .windows(name.len() + 2)
            .position(|w| w.starts_with(b"</") && w[2..].eq_ignore_ascii_case(name));
        match close {
            Some(c) => {
                let gt = bytes[end + c..].iter().position(|&b| b == b'>');
                end = gt.map_or(end, |g| end + c + g + 1);
            }
            None => unclosed.hidden[h] = true,
        }
    }
    Some((end, is(BLOCK_ELEMENTS)))
}

/// The index of the `>` that closes the tag at the start of `rest`: none
/// when another `<` or [`MAX_TAG_BYTES`] come first (so a text full of
/// `<` costs linear time).
fn tag_end(rest: &[u8]) -> Option<usize> {
    let window = &rest[..rest.len().min(MAX_TAG_BYTES)];
    let stop = 1 + window
        .get(1..)?
        .iter()
        .position(|&b| b == b'>' || b == b'<')?;
    (window[stop] == b'>').then_some(stop)
}

/// The end of the entity at `at` (a `&`) and its char, if it is one of
/// [`ENTITIES`].
fn entity_at(bytes: &[u8], at: usize) -> Option<(usize, char)> {
    let rest = &bytes[at..];
    ENTITIES.iter().find_map(|&(name, c)| {
        let n = name.as_bytes();
        (rest.len() >= n.len() && rest[..n.len()].eq_ignore_ascii_case(n))
            .then(|| (at + n.len(), c))
    })
}

/// The first index of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static str,
    }

    #[test]
    fn masks_markup_and_keeps_everything_else() {
        let cases = [
            Case {
                name: "no markup",
                text: "قال الوزير: «لن نتراجع».",
                want: "قال الوزير: «لن نتراجع».",
            },
            Case {
                name: "a paragraph's tags become a paragraph break",
                text: "<p>He said.</p><p>She left.</p>",
                want: "\n\n He said.\n\n  \n\n She left.\n\n  ",
            },
            Case {
                name: "an attribute's quotes are no quote marks",
                text: r#"<a href="/x" title="y">Reuters</a> said"#,
                want: "                       Reuters     said",
            },
            Case {
                name: "quote entities become their marks",
                text: "&quot;No,&quot; she said. &laquo;لا&raquo;",
                want: "\"     No,\"      she said. «     لا»     ",
            },
            Case {
                name: "a script is masked whole, content included",
                text: "a<script>var s = \"x\";</script>b",
                want: "a                             b",
            },
            Case {
                name: "a declaration",
                text: "<!DOCTYPE html><?xml version=\"1.0\"?>x",
                want: "                                    x",
            },
            Case {
                name: "a comment",
                text: "a<!-- \"x\" -->b",
                want: "a            b",
            },
            Case {
                name: "Arabic inside a tag keeps its length",
                text: "<img alt=\"صورة\">",
                want: "          \u{a0}\u{a0}\u{a0}\u{a0}  ",
            },
            Case {
                name: "a less-than sign in text is text",
                text: "1 < 2 and a<b> but x <3",
                want: "1 < 2 and a    but x <3",
            },
            Case {
                name: "a tag never closed is text",
                text: "<p \"quoted\" text",
                want: "<p \"quoted\" text",
            },
            Case {
                name: "an unknown entity is text",
                text: "AT&amp;T &foo;",
                want: "AT&amp;T &foo;",
            },
            Case {
                name: "a four-byte char keeps its tag as written",
                text: "<img alt=\"😀\">x",
                want: "<img alt=\"😀\">x",
            },
        ];
        for c in cases {
            let got = mask(c.text);
            assert_eq!(got, c.want, "{}", c.name);
            assert_eq!(got.len(), c.text.len(), "{}: length", c.name);
            for (i, _) in got.char_indices() {
                assert!(c.text.is_char_boundary(i), "{}: boundary {i}", c.name);
            }
        }
    }

    #[test]
    fn text_without_markup_is_borrowed() {
        assert!(matches!(mask("no tags & no entities"), Cow::Borrowed(_)));
    }
}
