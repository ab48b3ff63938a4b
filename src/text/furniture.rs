//! Page furniture in pasted or scraped articles: links to other stories
//! ("Read more: ...", «اقرأ أيضا: ...»), lists of them under such a heading,
//! and photo credits ("(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters",
//! «تصوير: ...»). They name people and places the story is not about, so
//! they are blanked before the analysis, the way `markup` blanks tags: the
//! copy keeps the original's length and char boundaries, and every span
//! found in it slices the original.

use super::find_byte;
use super::normalize::{phrase_key, push_key};
use std::borrow::Cow;

/// Openings of a line that links to other stories, as normalised keys;
/// the rest of the line is the other story's headline.
const LINK_OPENINGS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "more on this story",
    "related articles",
    "related stories",
    "related content",
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "طالع ايضا",
    "شاهد ايضا",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "ذات صله",
];

/// Openings that are furniture only with a separator after them (a colon,
/// a bar, a dash, a comma) or alone on their line: "Related: ...",
/// "Photo: Jane Doe/Reuters", «تصوير: ...», but not "Related talks ...".
const LABEL_OPENINGS: &[&str] = &[
    "related",
    "watch",
    "listen",
    "recommended",
    "photo",
    "photograph",
    "photos",
    "image",
    "image source",
    "picture",
    "credit",
    "video",
    "اقرا",
    "شاهد",
    "المزيد",
    "تصوير",
    "الصوره",
    "صوره",
    "فيديو",
];

/// Most words in an opening.
const MAX_OPENING_WORDS: usize = 4;

/// Lines under a heading alone ("اقرأ أيضا") that are its list: at most
/// this many ...
const MAX_LISTED_LINES: usize = 8;
/// ... each at most this many words, with no final stop (headlines).
const MAX_LISTED_WORDS: usize = 16;

/// Longest photo credit in brackets, in bytes ("(AP Photo/Jane Doe, File)").
const CREDIT_REACH: usize = 120;

/// The letters openings start with (in any case or hamza form): a line
/// starting otherwise (وقال، The ...) is ruled out before its key is made.
const OPENING_INITIALS: &[char] = &[
    'r', 'R', 'a', 'A', 's', 'S', 'm', 'M', 'w', 'W', 'l', 'L', 'p', 'P', 'i', 'I', 'c', 'C', 'v',
    'V', 'ا', 'أ', 'إ', 'ط', 'ش', 'م', 'ذ', 'ت', 'ص', 'ف',
];

/// Longest first word of an opening, in bytes.
const MAX_OPENING_WORD_BYTES: usize = 16;

/// Words that make a bracket a photo credit.
const BRACKET_CREDITS: &[&str] = &["Photo", "photo", "تصوير", "الصورة"];

/// Most words before a credit word in its bracket ("(AP Photo/...": one).
const MAX_WORDS_BEFORE_CREDIT: usize = 2;

/// `text` with its furniture blanked (each byte of it a space, line breaks
/// kept), or `text` itself when it has none.
pub(crate) fn mask(text: Cow<'_, str>) -> Cow<'_, str> {
    let blanks = furniture(&text);
    if blanks.is_empty() {
        return text;
    }
    let mut bytes = text.into_owned().into_bytes();
    for (start, end) in blanks {
        for b in &mut bytes[start..end] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Only ASCII bytes were written, over whole chars.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}

/// Byte ranges of the furniture in `text`, in order.
fn furniture(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut scratch = String::new();
    let mut listed = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        // Lines found eight bytes at a time (`find_byte`): this pass runs
        // over every text.
        let start = at;
        at = find_byte(&bytes[start..], b'\n').map_or(text.len(), |n| start + n + 1);
        let line = &text[start..at];
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        let body_start = start + (line.len() - line.trim_start().len());
        let span = (body_start, body_start + body.len());
        match opening(body, &mut scratch) {
            Some(Opening::Heading) => {
                out.push(span);
                listed = MAX_LISTED_LINES;
                continue;
            }
            Some(Opening::Link) => {
                out.push(span);
                listed = 0;
                continue;
            }
            None => {}
        }
        if listed > 0 && is_listed_headline(body) {
            out.push(span);
            listed -= 1;
            continue;
        }
        listed = 0;
        if find_byte(body.as_bytes(), b'(').is_some() {
            bracket_credits(body, body_start, &mut out);
        }
    }
    out
}

/// What a line's opening makes it.
enum Opening {
    /// The line links to another story.
    Link,
    /// The line is only a heading ("اقرأ أيضا"): the lines under it are
    /// its list.
    Heading,
}

/// The furniture opening of `line`, if it has one. `scratch` holds the
/// first word's key: most lines are ruled out by it alone, without a key
/// for each of their first words.
fn opening(line: &str, scratch: &mut String) -> Option<Opening> {
    let first = line.split_whitespace().next()?;
    let first = first.trim_end_matches(is_separator);
    if first.len() > MAX_OPENING_WORD_BYTES || !first.starts_with(OPENING_INITIALS) {
        return None;
    }
    scratch.clear();
    push_key(first, scratch);
    let starts_one = |list: &[&str]| {
        list.iter().any(|o| {
            o.strip_prefix(scratch.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    };
    if !starts_one(LINK_OPENINGS) && !starts_one(LABEL_OPENINGS) {
        return None;
    }
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .take(MAX_OPENING_WORDS)
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    for n in (1..=words.len()).rev() {
        let (at, last) = words[n - 1];
        let end = at + last.len();
        // The words without the separator that may close the last one.
        let phrase = line[..end].trim_end_matches(is_separator);
        let key = phrase_key(phrase);
        let rest = line[phrase.len()..].trim_start();
        let alone = rest.chars().all(|c| is_separator(c) || c.is_whitespace());
        let separated = rest.starts_with(is_separator);
        let link = LINK_OPENINGS.contains(&key.as_str());
        if link || LABEL_OPENINGS.contains(&key.as_str()) && (alone || separated) {
            return Some(if alone {
                Opening::Heading
            } else {
                Opening::Link
            });
        }
    }
    None
}

/// Separators after a furniture label.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ':' | '|' | '-' | '\u{2013}' | '\u{2014}' | ',' | '،' | '.' | '…' | '»' | '>'
    )
}

/// True for a short line without a final stop: a listed headline.
fn is_listed_headline(line: &str) -> bool {
    let stop = line.ends_with(['.', '!', '?', '؟', '"', '”', '»']);
    !stop && line.split_whitespace().count() <= MAX_LISTED_WORDS
}

/// Bracketed photo credits in `line` (at `offset` in the text):
/// "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)", «(تصوير: فلان)».
fn bracket_credits(line: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    let mut from = 0;
    while let Some(o) = line[from..].find('(') {
        let open = from + o;
        from = open + 1;
        let reach = ceil_char(line, (open + CREDIT_REACH).min(line.len()));
        let Some(close) = line[from..reach].find(')').map(|c| from + c) else {
            continue;
        };
        if is_credit(&line[from..close]) {
            out.push((offset + open, offset + close + 1));
            from = close + 1;
        }
    }
}

/// True when a bracket's inside is a photo credit: a credit word among its
/// first words, followed by what a credit has after it ("Photo/", "Photo:",
/// "Photo by", "Reuters photo)"), so "(the photo was taken ...)" is not.
fn is_credit(inside: &str) -> bool {
    let mut words = inside
        .split_whitespace()
        .take(MAX_WORDS_BEFORE_CREDIT + 1)
        .peekable();
    while let Some(w) = words.next() {
        for credit in BRACKET_CREDITS {
            let Some(rest) = w.strip_prefix(credit) else {
                continue;
            };
            let next = words.peek().copied();
            if !credit.is_ascii()
                || rest.starts_with(['/', ':'])
                || rest.is_empty() && (next.is_none() || next == Some("by") || next == Some(":"))
            {
                return true;
            }
        }
    }
    false
}

/// The char boundary at or after `i` (at most the length).
fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        /// What stays of the text, blanks collapsed.
        want: &'static str,
    }

    fn kept(text: &str) -> String {
        let masked = mask(Cow::Borrowed(text));
        assert_eq!(masked.len(), text.len());
        masked.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn blanks_page_furniture() {
        let cases = [
            Case {
                name: "a link to another story",
                text: "Lavrov said talks failed.\nRead more: Biden signs bill on Ukraine aid\nHe left.",
                want: "Lavrov said talks failed. He left.",
            },
            Case {
                name: "an Arabic link, hamza and tanween spelled either way",
                text: "قال لافروف إن المحادثات فشلت.\nاقرأ أيضاً: محمد بن سلمان يستقبل أردوغان\nإقرأ ايضا.. بلينكن في القاهرة\nوغادر.",
                want: "قال لافروف إن المحادثات فشلت. وغادر.",
            },
            Case {
                name: "a heading alone and the headlines listed under it",
                text: "قال لافروف إن المحادثات فشلت.\n\nاقرأ أيضا\n\nبلينكن يصل إلى القاهرة\n\nماكرون يستقبل زيلينسكي\n\nوأضاف لافروف أن الحوار ممكن.",
                want: "قال لافروف إن المحادثات فشلت. وأضاف لافروف أن الحوار ممكن.",
            },
            Case {
                name: "a label needs its separator",
                text: "Related talks begin on Monday.\nRelated: Talks fail\nWatch the video here.",
                want: "Related talks begin on Monday. Watch the video here.",
            },
            Case {
                name: "photo credits, bracketed and on their own line",
                text: "Blinken speaks in Washington. (AP Photo/Mark Schiefelbein, File)\nPhoto: Jane Roe/Reuters\nوصل الوزير (تصوير: محمد علي) إلى القاهرة.",
                want: "Blinken speaks in Washington. وصل الوزير إلى القاهرة.",
            },
            Case {
                name: "a bracket without a credit stays",
                text: "The party (which won in 2019) said photos were fake (the photo was taken in 2020).",
                want: "The party (which won in 2019) said photos were fake (the photo was taken in 2020).",
            },
            Case {
                name: "a listed headline ends at a sentence",
                text: "Read more\nTalks fail again\nLavrov said talks had failed.",
                want: "Lavrov said talks had failed.",
            },
        ];
        for c in cases {
            assert_eq!(kept(c.text), c.want, "{}", c.name);
        }
    }

    #[test]
    fn every_opening_starts_with_a_listed_initial() {
        for o in LINK_OPENINGS.iter().chain(LABEL_OPENINGS) {
            assert!(o.starts_with(OPENING_INITIALS), "{o}");
        }
    }

    #[test]
    fn text_without_furniture_is_not_copied() {
        let text = "قال لافروف إن المحادثات فشلت.";
        assert!(matches!(mask(Cow::Borrowed(text)), Cow::Borrowed(_)));
    }
}
