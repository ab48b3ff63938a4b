//! Page furniture in pasted or scraped articles: links to other stories
//! ("Read more: ...", «اقرأ أيضا: ...»), lists of them under such a heading,
//! and photo credits ("(AP Photo/Jane Doe)", "Photo: Jane Doe/Reuters",
//! «تصوير: ...»). They name people and places the story is not about, so
//! they are blanked before the analysis, the way `markup` blanks tags: the
//! copy keeps the original's length and char boundaries, and every span
//! found in it slices the original.

use super::find_byte;
use super::normalize::push_key;
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
    "related topics",
    "most read",
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "طالع ايضا",
    "شاهد ايضا",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "ذات صله",
    "الاكثر قراءه",
    // Wire credits: "(Reporting by X in Y; Editing by Z)".
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
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

/// Labels as furniture is, with a separator after them or alone, but never
/// heading a list: a caption, a source, a time stamp («آخر تحديث: ...»).
const STAMP_OPENINGS: &[&str] = &[
    "image caption",
    "source",
    "updated",
    "last updated",
    "published",
    "المصدر",
    "اخر تحديث",
    "تاريخ النشر",
];

/// Openings of a wire credit that are furniture only inside brackets
/// opening their line: «(إعداد فلان للنشرة العربية - تحرير فلان)», but
/// not «إعداد الموازنة ...».
const BRACKETED_OPENINGS: &[&str] = &["اعداد", "تحرير", "تغطيه صحفيه", "compiled by"];

/// Most words in an opening.
const MAX_OPENING_WORDS: usize = 4;

/// Lines under a heading alone ("اقرأ أيضا") that are its list: at most
/// this many ...
const MAX_LISTED_LINES: usize = 8;
/// ... each at most this many words, with no final stop (headlines).
const MAX_LISTED_WORDS: usize = 16;

/// A news wiki's list of the sources a story cites ("Sources" alone on its
/// line): its lines are publishers and headlines, each set off by marks,
/// and may end with a headline's closing quote.
const SOURCES_HEADINGS: &[&str] = &["Sources", "sources", "SOURCES"];
/// Most words of a listed source (author, headline, publisher, date).
const MAX_SOURCE_WORDS: usize = 40;

/// Longest photo credit in brackets, in bytes ("(AP Photo/Jane Doe, File)").
const CREDIT_REACH: usize = 120;

/// The letters openings start with (in any case or hamza form): a line
/// starting otherwise (وقال، The ...) is ruled out before its key is made.
const OPENING_INITIALS: &[char] = &[
    'r', 'R', 'a', 'A', 's', 'S', 'm', 'M', 'w', 'W', 'l', 'L', 'p', 'P', 'i', 'I', 'c', 'C', 'v',
    'V', 'u', 'U', 'e', 'E', 'ا', 'أ', 'إ', 'آ', 'ط', 'ش', 'م', 'ذ', 'ت', 'ص', 'ف',
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
    // Built from the text's own slices and ASCII, so no check of the
    // bytes is needed.
    let mut out = String::with_capacity(text.len());
    let mut kept = 0;
    for (start, end) in blanks {
        out.push_str(&text[kept..start]);
        for &b in &text.as_bytes()[start..end] {
            out.push(if b == b'\n' || b == b'\r' {
                char::from(b)
            } else {
                ' '
            });
        }
        kept = end;
    }
    out.push_str(&text[kept..]);
    Cow::Owned(out)
}

/// Byte ranges of the furniture in `text`, in order.
fn furniture(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut scratch = String::new();
    let mut listed = 0;
    let mut sources = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        // Lines found eight bytes at a time (`find_byte`): this pass runs
        // over every text.
        let start = at;
        at = find_byte(&bytes[start..], b'\n').map_or(text.len(), |n| start + n + 1);
        let line = &text[start..at];
        // The line without the ASCII white space around it.
        let body = line.trim_ascii();
        if body.is_empty() {
            continue;
        }
        let body_start = start + (line.len() - line.trim_ascii_start().len());
        let span = (body_start, body_start + body.len());
        if SOURCES_HEADINGS.contains(&body.trim_end_matches(':')) {
            out.push(span);
            listed = MAX_LISTED_LINES;
            sources = true;
            continue;
        }
        if let Some(heading) = opening(body, &mut scratch) {
            out.push(span);
            listed = if heading { MAX_LISTED_LINES } else { 0 };
            sources = false;
            continue;
        }
        if listed > 0
            && (is_listed_headline(body)
                || sources && body.split_whitespace().count() <= MAX_SOURCE_WORDS)
        {
            out.push(span);
            listed -= 1;
            continue;
        }
        listed = 0;
        bracket_credits(body, body_start, &mut out);
    }
    out
}

/// Whether `line` opens with furniture: `Some(true)` when it is only a
/// heading ("اقرأ أيضا", the lines under it being its list), `Some(false)`
/// when it links to a story itself. The key of its first words is made in
/// `scratch` one word at a time, and most lines are ruled out by the first
/// word's initial, before any key is made.
fn opening(line: &str, scratch: &mut String) -> Option<bool> {
    // A wire credit in brackets: "(Reporting by ...)".
    let (line, bracketed) = match line.strip_prefix('(') {
        Some(rest) => (rest.trim_ascii_start(), true),
        None => (line, false),
    };
    if !line
        .chars()
        .next()
        .is_some_and(|c| OPENING_INITIALS.contains(&c))
    {
        return None;
    }
    scratch.clear();
    let mut found = None;
    for word in line.split_whitespace().take(MAX_OPENING_WORDS) {
        // The word without the separators that end it (Related:, أيضا..).
        let bare = word.trim_end_matches(is_separator);
        if bare.is_empty() || bare.len() > MAX_OPENING_WORD_BYTES {
            break;
        }
        if !scratch.is_empty() {
            scratch.push(' ');
        }
        push_key(bare, scratch);
        let end = bare.as_ptr() as usize - line.as_ptr() as usize + bare.len();
        let mut rest = line[end..].chars().filter(|c| !c.is_whitespace());
        let first = rest.next();
        let alone = first.is_none_or(is_separator) && rest.all(is_separator);
        let separated = first.is_some_and(is_separator);
        let link = LINK_OPENINGS.contains(&scratch.as_str())
            || bracketed && BRACKETED_OPENINGS.contains(&scratch.as_str());
        if link || LABEL_OPENINGS.contains(&scratch.as_str()) && (alone || separated) {
            found = Some(alone);
        } else if STAMP_OPENINGS.contains(&scratch.as_str()) && (alone || separated) {
            found = Some(false);
        }
        if bare.len() < word.len() {
            // A separator ends the opening.
            break;
        }
    }
    found
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
    let stop = matches!(
        line.chars().next_back(),
        Some('.' | '!' | '?' | '؟' | '"' | '”' | '»')
    );
    !stop && line.split_whitespace().count() <= MAX_LISTED_WORDS
}

/// Bracketed photo credits in `line` (at `offset` in the text):
/// "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)", «(تصوير: فلان)».
fn bracket_credits(line: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(o) = find_byte(&bytes[from..], b'(') {
        let open = from + o;
        from = open + 1;
        let reach = ceil_char(line, (open + CREDIT_REACH).min(line.len()));
        let Some(close) = find_byte(&bytes[from..reach], b')').map(|c| from + c) else {
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
        let next = words.peek().copied();
        for credit in BRACKET_CREDITS {
            let Some(rest) = w.strip_prefix(credit) else {
                continue;
            };
            if !credit.is_ascii()
                || matches!(rest.bytes().next(), Some(b'/' | b':'))
                || rest.is_empty() && matches!(next, None | Some("by" | ":"))
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
                text: "Related talks begin on Monday.\nRelated: Talks fail\nRelated - Talks resume\nWatch the video here.",
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
            Case {
                name: "wire credits in brackets; an Arabic credit word needs its bracket",
                text: "Lavrov said talks failed.\n(Reporting by Jane Doe in London; Editing by Mark Roe)\nReporting by Ann Lee in Paris\n(إعداد محمد علي للنشرة العربية - تحرير أحمد حسن)\nإعداد الموازنة يتطلب وقتا.",
                want: "Lavrov said talks failed. إعداد الموازنة يتطلب وقتا.",
            },
            Case {
                name: "time stamps, sources and captions, which head no list",
                text: "آخر تحديث: 1/12/2026 10:45 ص (توقيت مكة)\nقال لافروف إن المحادثات فشلت.\nالمصدر : الجزيرة + وكالات\nImage caption, Firefighters work at the site\nPublished\nTalks fail again\nSource: Reuters",
                want: "قال لافروف إن المحادثات فشلت. Talks fail again",
            },
            Case {
                name: "a news wiki's sources, ending with a headline's quote or a date (en22)",
                text: "Sources of funding were cut.\nLavrov said talks failed.\nSources\nBBC News, \"Talks fail again\"\nJane Doe. \"Talks collapse in Geneva\" — Reuters, March 3, 2024",
                want: "Sources of funding were cut. Lavrov said talks failed.",
            },
            Case {
                name: "a page's topic list",
                text: "Lavrov said talks failed.\nRelated Topics\nUkraine\nVolodymyr Zelensky",
                want: "Lavrov said talks failed.",
            },
        ];
        for c in cases {
            assert_eq!(kept(c.text), c.want, "{}", c.name);
        }
    }

    #[test]
    fn every_opening_starts_with_a_listed_initial() {
        for o in LINK_OPENINGS
            .iter()
            .chain(LABEL_OPENINGS)
            .chain(STAMP_OPENINGS)
            .chain(BRACKETED_OPENINGS)
        {
            assert!(
                o.chars()
                    .next()
                    .is_some_and(|c| OPENING_INITIALS.contains(&c)),
                "{o}"
            );
        }
    }

    #[test]
    fn text_without_furniture_is_not_copied() {
        let text = "قال لافروف إن المحادثات فشلت.";
        assert!(matches!(mask(Cow::Borrowed(text)), Cow::Borrowed(_)));
    }
}
