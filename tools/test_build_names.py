"""Self-check of build_names.py's front coding: `python3 -m unittest discover tools` (or run this file)."""

from __future__ import annotations

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_names as bn  # noqa: E402


class FrontCoding(unittest.TestCase):
    def test_round_trips(self):
        cases = [
            ["آخر", "آخران", "آخرون", "أ", "أؤمن"],
            ["1350م", "1420ه", "907م"],
            # A shared prefix longer than a capital letter can say.
            ["ب" * 30, "ب" * 30 + "ت"],
            [],
        ]
        for words in cases:
            with self.subTest(words=words):
                self.assertEqual(bn.front_decode(bn.front_code(words)), words)

    def test_one_line_per_first_letter(self):
        self.assertEqual(bn.front_code(["آخر", "آخران", "أ"]), "آخرFان\nأ\n")

    def test_committed_list_decodes_sorted(self):
        words = bn.front_decode(bn.COMMON_OUT.read_text(encoding="utf-8"))
        self.assertGreater(len(words), 1000)
        self.assertEqual(words, sorted(set(words)))


if __name__ == "__main__":
    unittest.main()
