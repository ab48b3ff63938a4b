//! Text handling: normalised keys, tokens, sentences and paragraphs, and the
//! mapping of byte offsets to UTF-16 offsets.

pub mod document;
pub mod normalize;
pub(crate) mod presentation;
pub mod token;
pub mod utf16;

/// The lines of a compiled-in data file, as [`str::lines`] gives them, but
/// found by a byte scan (much cheaper on the large lists read at start-up).
pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    let mut rest = file;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.bytes().position(|b| b == b'\n') {
            Some(i) => {
                let line = &rest[..i];
                rest = &rest[i + 1..];
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => Some(std::mem::take(&mut rest)),
        }
    })
}

/// The tab-separated fields of a data line, as `line.split('\t')` gives
/// them, found by a byte scan.
pub(crate) fn tab_fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_lines_and_fields_split_like_std() {
        let texts = [
            "",
            "a",
            "a\n",
            "a\r\nb",
            "a\n\nb\n",
            "x\ty\t\tz\n# c\r\n\t",
            "a\r",
        ];
        for t in texts {
            assert_eq!(
                data_lines(t).collect::<Vec<_>>(),
                t.lines().collect::<Vec<_>>(),
                "{t:?}"
            );
            for l in t.lines() {
                assert_eq!(
                    tab_fields(l).collect::<Vec<_>>(),
                    l.split('\t').collect::<Vec<_>>(),
                    "{l:?}"
                );
            }
        }
    }
}
