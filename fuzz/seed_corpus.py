#!/usr/bin/env python3
"""Seeds fuzz/corpus/analyze from the committed fixtures and short samples.

Each corpus file starts with one option byte (see fuzz_targets/analyze.rs;
0x00 = detect the language, report actors and quotes), then the text:
- every tests/fixtures/*.txt whole, and each of its paragraphs and
  sentences on its own;
- the hand-written samples in fuzz/seeds/*.txt;
- short generated samples: quote-mark runs, nested quotes, markup,
  controls, presentation forms.
Run from anywhere: python3 fuzz/seed_corpus.py
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus" / "analyze"
OPTION_AUTO = b"\x00"

samples = []
for path in sorted((HERE.parent / "tests" / "fixtures").glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    samples.append(text)
    for para in text.split("\n"):
        if para.strip():
            samples.append(para)
            samples.extend(s for s in re.split(r"(?<=[.!?؟])\s+", para) if s.strip())
for path in sorted((HERE / "seeds").glob("*.txt")):
    samples.append(path.read_text(encoding="utf-8"))

marks = "“”„\"«»‹›‘’'"
samples += [
    marks,
    marks * 3,
    "«" * 50 + "قال" + "»" * 50,
    "قال لافروف: «لن “نتراجع” أبدا» وأضاف: “نعم",
    "<p>قال <b>بوتين</b> إن &quot;روسيا&quot;</p><script>x=\"«\"</script>",
    "\u200f\u202bقال\u202c \u2067“إن”\u2069 \u200dروسيا\u200c",
    "\ufedf\ufee8 \ufefb \ufdf2 قَالَ الرَّئِيسُ",
    "He said \"we go\" and 'stay' now. \"Unclosed",
    "\x00\x01\ufffd\U0001F600\u0301",
]

OUT.mkdir(parents=True, exist_ok=True)
for n, s in enumerate(dict.fromkeys(samples)):
    (OUT / f"seed-{n:04}").write_bytes(OPTION_AUTO + s.encode("utf-8"))
print(f"{len(dict.fromkeys(samples))} files in {OUT}")
