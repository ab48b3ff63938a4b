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
    """The rows of a data file, with an id written as SAME_ID resolved (and
    the countries' packed nisba rows written out)."""
    raw = [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    if name == "countries.tsv":
        raw = bl.expand_nisbas(raw)
    if name in ("people.tsv", "organizations.tsv"):
        raw = bl.expand_actor_ids(raw, 1 if name == "people.tsv" else 2)
    rows: list[list[str]] = []
    for row in raw:
        if row[0] == bl.SAME_ID and rows:
            row[0] = rows[-1][0]
        rows.append(row)
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


class OrganizationCases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = load("organizations.tsv")
        cls.by_surface = {}
        for row in cls.rows:
            cls.by_surface.setdefault((row[2], bl.norm(row[6])), row)

    def test_expected(self):
        cases = [
            # (name, lang, surface, id, kind, country)
            ("un", "ar", "الأمم المتحدة", "UN", "organization", "-"),
            ("security council", "ar", "مجلس الأمن", "UNSC", "organization", "-"),
            ("white house", "ar", "البيت الأبيض", "WHITE_HOUSE", "organization", "US"),
            ("isis", "ar", "داعش", "ISIS", "group", "-"),
            ("egyptian government from template", "ar", "الحكومة المصرية", "EG_GOVERNMENT", "organization", "EG"),
            ("us defence ministry merged into pentagon", "ar", "وزارة الدفاع الأمريكية", "PENTAGON", "organization", "US"),
            ("associated press", "en", "Associated Press", "AP", "organization", "US"),
        ]
        # Institutions other than governments are found by the engines'
        # head-noun rules, not listed per country.
        ids = {r[0] for r in self.rows}
        self.assertNotIn("RU_FOREIGN_MINISTRY", ids)
        self.assertNotIn("KR_NAVY", ids)
        for name, lang, surface, oid, kind, country in cases:
            with self.subTest(name):
                row = self.by_surface.get((lang, bl.norm(surface)))
                self.assertIsNotNone(row)
                self.assertEqual((row[0], row[1], row[4]), (oid, kind, country))

    def test_ambiguous_acronyms_case_sensitive(self):
        for surface in ("WHO", "AP", "IS"):
            with self.subTest(surface):
                self.assertIn("cs", self.by_surface[("en", bl.norm(surface))][5].split(","))

    def test_news_outlets_are_media(self):
        for lang, surface in (("ar", "رويترز"), ("ar", "وكالة فرانس برس"), ("en", "Reuters")):
            with self.subTest(surface):
                flags = self.by_surface[(lang, bl.norm(surface))][5]
                self.assertIn("media", flags.split(","))
        self.assertNotIn("media", self.by_surface[("ar", bl.norm("الأمم المتحدة"))][5].split(","))

    def test_excluded(self):
        for lang, surface in (("ar", "الحزب الديمقراطي"), ("ar", "الشرق الأوسط"), ("ar", "القاعدة")):
            with self.subTest(surface):
                self.assertNotIn((lang, bl.norm(surface)), self.by_surface)

    def test_one_id_per_surface_and_columns(self):
        seen = {}
        for row in self.rows:
            self.assertEqual(len(row), 7, row)
            oid, kind, lang, gender, country, flags, surface = row
            self.assertRegex(oid, r"^([A-Za-z0-9_]+|~[0-9]+)$")
            self.assertIn(kind, ("organization", "group"))
            # "-", or flags joined by a comma (AP: "cs,media").
            if flags != "-":
                for flag in flags.split(","):
                    self.assertIn(flag, ("cs", "rules", "media"), row)
            self.assertRegex(country, r"^([A-Z]{2}|-)$")
            key = (lang, bl.norm(surface))
            self.assertEqual(seen.setdefault(key, oid), oid)


class PeopleCases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rows = load("people.tsv")
        cls.by_surface = {}
        for row in cls.rows:
            cls.by_surface.setdefault((row[1], bl.norm(row[4])), row)

    def test_expected(self):
        cases = [
            # (name, lang, surface, id, gender, country)
            ("lavrov arabic g as غ", "ar", "سيرغي لافروف", "SERGEY_LAVROV", "m", "RU"),
            ("lavrov arabic g as ج", "ar", "سيرجي لافروف", "SERGEY_LAVROV", "m", "RU"),
            ("lavrov english", "en", "Sergei Lavrov", "SERGEY_LAVROV", "m", "RU"),
            ("putin", "ar", "فلاديمير بوتين", "VLADIMIR_PUTIN", "m", "RU"),
            ("kim jong un", "ar", "كيم جونغ أون", "KIM_JONG_UN", "m", "KP"),
            ("kamikawa feminine", "ar", "يوكو كاميكاوا", "YOKO_KAMIKAWA", "f", "JP"),
            ("merkel feminine", "en", "Angela Merkel", "ANGELA_MERKEL", "f", "DE"),
        ]
        for name, lang, surface, pid, gender, country in cases:
            with self.subTest(name):
                row = self.by_surface.get((lang, bl.norm(surface)))
                self.assertIsNotNone(row)
                self.assertEqual((row[0], row[2], row[3]), (pid, gender, country))

    def test_names_have_two_words_and_no_titles(self):
        titles = {"president", "minister", "the", "administration"}
        for pid, lang, _g, _c, surface in self.rows:
            with self.subTest(surface):
                self.assertGreaterEqual(len(surface.split()), 1)
                if not pid.startswith(("ar:",)) and lang == "en":
                    self.assertFalse(set(surface.lower().split()) & titles, surface)

    def test_skeleton_pairs_arabic_with_english(self):
        cases = [("لافروف", "Lavrov"), ("بوتين", "Putin"), ("نوري المالكي", "Nuri al-Maliki")]
        for ar, en in cases:
            with self.subTest(en):
                self.assertEqual(bl.ar_skeleton(ar), bl.en_skeleton(en))


class AgentCases(unittest.TestCase):
    def test_expected(self):
        rows = {(r[0], bl.norm(r[2])): r[1] for r in load("agents.tsv")}
        cases = [
            ("ar", "المسؤولين", "p"),
            ("ar", "مسؤولون", "p"),
            ("ar", "الخبراء", "p"),
            ("ar", "المراقبين", "p"),
            ("ar", "الشرطة", "f"),
            ("ar", "المتحدث باسم", "m"),
            ("en", "officials", "p"),
            ("en", "police", "p"),
            ("en", "spokesman", "-"),
        ]
        for lang, surface, gender in cases:
            with self.subTest(surface):
                self.assertEqual(rows.get((lang, bl.norm(surface))), gender)

    def test_agent_forms(self):
        forms = {s for _g, s in bl.ar_agent_forms("مسؤولون أمنيون")}
        self.assertEqual(forms, {"مسؤولون أمنيون", "المسؤولون الأمنيون", "مسؤولين أمنيين", "المسؤولين الأمنيين"})
        forms = {s for _g, s in bl.ar_agent_forms("مسؤول حكومة")}
        self.assertIn("مسؤول الحكومة", forms)


class CrossFile(unittest.TestCase):
    def test_a_surface_means_one_thing(self):
        files = [("countries.tsv", 1, 4), ("organizations.tsv", 2, 6), ("people.tsv", 1, 4), ("agents.tsv", 0, 2)]
        owner = {}
        for name, lang_col, surface_col in files:
            for row in load(name):
                key = (row[lang_col], bl.norm(row[surface_col]))
                self.assertEqual(owner.setdefault(key, name), name, f"{row[surface_col]} in {owner[key]} and {name}")


class Budget(unittest.TestCase):
    def test_gzip_budget(self):
        import gzip

        total = 0
        for name in ("countries.tsv", "organizations.tsv", "people.tsv", "agents.tsv"):
            total += len(gzip.compress((DATA / name).read_bytes(), 9, mtime=0))
        self.assertLess(total, bl.GZIP_BUDGET)


class RuleCases(unittest.TestCase):
    def test_actor_ids_packed_and_expanded(self):
        rows = [
            ["DONALD_TRUMP", "ar", "دونالد ترامب"],
            ["=", "en", "Donald Trump"],
            ["~1", "ar", "فلان"],
            ["ABDUL_MALIK_AL_HOUTHI", "ar", "عبد الملك الحوثي"],
            ["=", "en", "Abdul-Malik al-Houthi"],
            ["UN", "en", "United Nations"],
            ["~2", "ar", "فلان آخر"],
            ["~9", "ar", "غيره"],
            ["JOSE", "en", "José"],
        ]
        packed = bl.compact_actor_ids(rows, 1)
        self.assertEqual([r[0] for r in packed], ["+", "=", "~", "+", "=", "UN", "~", "~9", "JOSE"])
        self.assertEqual(bl.expand_actor_ids(packed, 1), rows)

    def test_nisbas_packed_and_expanded(self):
        rows = [
            ["AD", "ar", "canonical", "f", "أندورا"],
            ["=", "ar", "nisba", "m", "أندوري"],
            ["=", "ar", "nisba", "f", "أندورية"],
            ["=", "ar", "nisba", "p", "أندوريون"],
            ["=", "ar", "nisba", "p", "الأندوريين"],
            ["=", "ar", "nisba", "p", "أندوريات"],
            ["=", "en", "canonical", "-", "Andorra"],
            ["KR", "ar", "nisba", "m", "كوري جنوبي"],
            ["=", "ar", "nisba", "f", "الكورية الجنوبية"],
        ]
        cases = [
            # (name, stems, packed rows)
            ("no stem", {}, rows),
            (
                "a run of four, then one row left as it is",
                {"AD": ["أندوري"], "KR": ["كوري جنوبي"]},
                [rows[0], ["=", "ar", bl.NISBAS, "0128", "أندوري"], rows[5], rows[6], ["KR", "ar", bl.NISBAS, "06", "كوري جنوبي"]],
            ),
        ]
        for name, stems, want in cases:
            with self.subTest(name):
                packed = bl.compact_nisbas(rows, stems)
                self.assertEqual(packed, want)
                self.assertEqual(bl.expand_nisbas(packed), rows)

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

    def test_arabic_org_lemma_mapping(self):
        mapper = bl.ArabicOrgMapper(
            {bl.norm(w) for w in ("الدفاع", "التحرير", "الأمن", "الصحة")},
            {"سودان": "السودان"},
            {bl.norm("أميركي"), bl.norm("روسي")},
        )
        cases = [
            ("وزارة دفاع أميركي", "وزارة الدفاع الأميركية"),
            ("حزب تقدمي اشتراكي", "الحزب التقدمي الاشتراكي"),
            ("حركة تحرير سودان", "حركة تحرير السودان"),
            ("وكالة رويترز", "وكالة رويترز"),
            ("صحيفة روسي", None),
            ("وزير خارجية", None),
        ]
        for lemma, want in cases:
            with self.subTest(lemma):
                self.assertEqual(mapper.map(lemma), want)

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
