"""Self-check of the generated lexicons: `python3 -m unittest discover tools` (or run this file)."""

from __future__ import annotations

import sys
import unittest
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_lexicons as bl  # noqa: E402

DATA = bl.ROOT / "data"


def load(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


class CountryCases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = load("countries.tsv")
        cls.by_code: dict[tuple[str, str], set[str]] = defaultdict(set)
        for code, lang, form, _g, surface in cls.rows:
            cls.by_code[(code, form)].add(bl.norm(surface))

    def test_expected_forms(self):
        cases = [
            # (name, code, form, surface)
            ("russian fem definite nisba", "RU", "nisba", "الروسية"),
            ("russian broken plural", "RU", "nisba", "الروس"),
            ("american oblique plural", "US", "nisba", "الأمريكيين"),
            ("american variant spelling", "US", "nisba", "الأميركي"),
            ("washington metonym", "US", "metonym", "واشنطن"),
            ("america name", "US", "name", "أمريكا"),
            ("south korean two-word nisba", "KR", "nisba", "الكوري الجنوبي"),
            ("north korean nisba", "KP", "nisba", "الكوري الشمالي"),
            ("seoul spelling 1", "KR", "metonym", "سيول"),
            ("seoul spelling 2", "KR", "metonym", "سيئول"),
            ("pyongyang", "KP", "metonym", "بيونغ يانغ"),
            ("iraqi from definite name", "IQ", "nisba", "العراقي"),
            ("saudi", "SA", "nisba", "السعوديين"),
            ("emirati", "AE", "nisba", "الإماراتية"),
            ("british", "GB", "nisba", "البريطانية"),
            ("britain name", "GB", "name", "بريطانيا"),
            ("turks broken plural", "TR", "nisba", "الأتراك"),
            ("kenyan by rule", "KE", "nisba", "الكيني"),
            ("english demonym", "RU", "nisba", "Russians"),
            ("english rule demonym", "KE", "nisba", "Kenyan"),
            ("english metonym", "RU", "metonym", "Moscow"),
            ("english acronym", "US", "name", "U.S."),
        ]
        for name, code, form, surface in cases:
            with self.subTest(name):
                self.assertIn(bl.norm(surface), self.by_code[(code, form)])

    def test_absent_forms(self):
        cases = [
            ("mali nisba is the word financial", "ML", "nisba", "المالية"),
            ("kyiv variant that is the word how", "UA", "metonym", "كيف"),
            ("bare US folds to the pronoun us", "US", "name", "US"),
        ]
        for name, code, form, surface in cases:
            with self.subTest(name):
                self.assertNotIn(bl.norm(surface), self.by_code[(code, form)])

    def test_no_surface_under_two_codes(self):
        owner: dict[tuple[str, str], str] = {}
        for code, lang, _form, _g, surface in self.rows:
            key = (lang, bl.norm(surface))
            self.assertEqual(owner.setdefault(key, code), code, f"{surface} under {owner[key]} and {code}")

    def test_one_canonical_per_code_and_language(self):
        count: dict[tuple[str, str], int] = defaultdict(int)
        codes = set()
        for code, lang, form, _g, _s in self.rows:
            codes.add(code)
            if form == "canonical":
                count[(code, lang)] += 1
        for code in codes:
            for lang in ("ar", "en"):
                self.assertEqual(count[(code, lang)], 1, f"{code} {lang}")

    def test_columns_and_values(self):
        for row in self.rows:
            self.assertEqual(len(row), 5, row)
            code, lang, form, gender, surface = row
            self.assertRegex(code, r"^[A-Z]{2}$")
            self.assertIn(lang, ("ar", "en"))
            self.assertIn(form, bl.FORM_ORDER)
            self.assertIn(gender, ("m", "f", "p") if lang == "ar" else ("-",))
            self.assertEqual(surface, surface.strip())

    def test_every_iso_country_present(self):
        import json

        src = bl.default_data_dir()
        if not (src / "countries" / "ar.json").is_file():
            self.skipTest("raw data not available")
        iso = json.loads((src / "countries" / "ar.json").read_text(encoding="utf-8"))["countries"]
        codes = {r[0] for r in self.rows}
        self.assertEqual(set(iso) - codes, set())


class RuleCases(unittest.TestCase):
    def test_nisba_stem_rule(self):
        cases = [
            ("روسيا", "روسي"),
            ("فرنسا", "فرنسي"),
            ("السعودية", "سعودي"),
            ("العراق", "عراقي"),
            ("الصين", "صيني"),
            ("سنغافورة", "سنغافوري"),
            ("توغو", None),
            ("جزر القمر", None),
        ]
        for name, want in cases:
            with self.subTest(name):
                self.assertEqual(bl.ar_nisba_stem(name), want)

    def test_two_word_forms(self):
        forms = {s for _g, s in bl.ar_nisba_forms("كوري جنوبي")}
        for want in ("الكوري الجنوبي", "الكورية الجنوبية", "الكوريون الجنوبيون", "الكوريين الجنوبيين"):
            self.assertIn(want, forms)
        forms = {s for _g, s in bl.ar_nisba_forms("جنوب أفريقي")}
        self.assertIn("الجنوب أفريقية", forms)

    def test_normalisation(self):
        self.assertEqual(bl.norm("الأمريكيّة"), bl.norm("الامريكيه"))


class Regenerates(unittest.TestCase):
    def test_check_passes(self):
        src = bl.default_data_dir()
        if not (src / "countries" / "ar.json").is_file():
            self.skipTest("raw data not available")
        self.assertEqual(bl.main(["--check"]), 0)


if __name__ == "__main__":
    unittest.main()
