"""The native describer's secret prefilter never lets a text that _values.redact would change skip it.

The describer sends a message or traceback through _values.redact (Python) only where its prefilter says a
secret might be there; everything else is stored as is. So wherever redact() changes a text, the prefilter
must say so, for whole texts and for the pieces (traceback entries, type lines) it scans one by one and
caches, followed by what the describers put after them. Thousands of texts built from secret words,
separators, quotes, digit groups (card numbers that pass Luhn and ids that do not) and line breaks are
checked against redact() itself, and so is the redaction the describer does without Python (an ASCII text
only redact()'s keys stage changes). And the prefilter is precise where precision saves a Python call on real
programs: an id() of 15 digits, `import tokenize`, `class AbstractBasicAuthHandler:`, a regular expression
of punctuation from other scripts (docutils' KeyErrors of re's cache keys)."""

import random
import unittest

from breadcrumb import _native, _values

FRAGMENTS = [
    "password", "Passwd", "passphrase", "pwd", "SECRET", "token", "Token", "tokens", "tokenize", "api_key",
    "api-key", "apikey", "API", "authorization", "auth", "Auth", "AuthHandler", "access_key", "accesskey",
    "access", "private_key", "privatekey", "credential", "credentials", "credentialss", "session_id",
    "sessionid", "session", "cookie", "cookie_re", "bearer", "Bearer", "basic", "Basic",
    "eyJhbGciOi.abcdefgh.xyz", "AKIAABCDEFGHIJKLMNOP", "=", ":", " = ", " : ", "'", '"', "\n", "\n  ", " ",
    "\t", "-", ".", "_", "x", "abc", "12345678", "4111 1111 1111 1111", "4111111111111111", "139692671572864",
    "1234567890123", "5500-0000-0000-0004", "0", "9", "1.", ".5", "(", ")", "[", "]", "{", "}", "<", ">", ",",
    ";", "&", "~~~~~~~~", "^^^", "File", "  File \"x.py\", line 3, in f\n", "KeyError", "qwertyuiopasd", "s",
    "S", "zz",
    # other scripts: letters, digits \d matches, unicode spaces \s matches, and the four characters that
    # match ASCII letters under IGNORECASE (or lower() to them)
    "\u00e9", "\u0663", "\u0661\u0662\u0663\u0664", "\u0664\u0661\u0661\u0661", "\uff11", "\u2460",
    "\u00a0", "\u2003", "\u3000", "\u0085", "\u00b5", "\u017f", "\u212a", "\u0130", "\u0131", "\u2603"]

# What follows a piece the describers scan on its own (and whether a type name may: a chain's entry)
FOLLOWERS = [("\n  File \"a.py\", line 1, in g\n    x = 1\n", False),
             ("\n  [Previous line repeated 3 more times]\n", False), ("\n", False),
             ("\n\nDuring handling of the above exception, another exception occurred:\n\n", False),
             ("\nKeyErrorAbcdefgh: 'x'\n", True)]


def card_number(rng):
    body = rng.choice(["4", "51", "22", "34", "36", "35", "6011", "65", "644", "62", "13", "99"]) + "".join(
        rng.choice("0123456789") for _ in range(rng.randint(9, 16)))
    for last in "0123456789":
        if _values.luhn_valid(body + last):
            return body + last
    return body


def digits_text(rng):
    parts = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.5:
            number = card_number(rng) if rng.random() < 0.4 else "".join(
                rng.choice("0123456789") for _ in range(rng.randint(1, 24)))
            if rng.random() < 0.4:
                number = "".join(c + (rng.choice([" ", "-", "", "  "]) if rng.random() < 0.3 else "")
                                 for c in number)
            parts.append(number)
        else:
            parts.append(rng.choice([" ", "-", ".", "x", "\n", "a.", ".1", " - ", "--", "id=", "\u0663",
                                     "\u00e9", "\u00a0", "\uff14", "\u0664\u0661\u0661\u0661" * 4]))
    return "".join(parts)


class SecretPrefilterTest(unittest.TestCase):
    def assertSound(self, text):
        if _values.redact(text) != text:
            self.assertTrue(_native._secret_prefilter(text), text)

    def test_every_text_redact_changes_is_flagged(self):
        rng = random.Random(11)
        changed = 0
        for _ in range(20000):
            text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12)))
            self.assertSound(text)
            changed += _values.redact(text) != text
            for follower, name_may_follow in FOLLOWERS:
                whole = text + follower
                if _values.redact(whole) != whole:
                    self.assertTrue(_native._secret_prefilter(text + "\n", name_may_follow)
                                    or _native._secret_prefilter(follower.lstrip("\n")), (text, follower))
        self.assertGreater(changed, 2000)  # the texts do hold secrets

    def test_card_numbers_as_redact_finds_them(self):
        rng = random.Random(12)
        changed = 0
        for _ in range(20000):
            text = digits_text(rng)
            self.assertSound(text)
            cards = _values.redact(text) != text
            changed += cards
            if text.isascii():  # digits alone: the prefilter is exact
                self.assertEqual(_native._secret_prefilter(text), cards, text)
        self.assertGreater(changed, 1000)

    def test_the_native_redaction_equals_redacts(self):
        rng = random.Random(13)
        native = changed = 0
        pool = [f for f in FRAGMENTS if f.isascii()] + ["b'", "None", "''", '""', "<redacted>", "Digest", "\\",
                                                         "a" * 70]
        for _ in range(20000):
            text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 14)))
            ours = _native._redact_natively(text)
            if ours is not None:  # else Python's
                native += 1
                changed += ours != text
                self.assertEqual(ours, _values.redact(text), text)
        self.assertGreater(native, 10000)
        self.assertGreater(changed, 1000)

    def test_words_and_numbers_redact_leaves_alone(self):
        for text in ["139692671572864", "import tokenize", "import _tokenize", "from token import *",
                     "class AbstractBasicAuthHandler:", "'token'", "token", "passed: 3", "the cookies",
                     "x = token\n", "line 1360, in _find_and_load", "(<class 'str'>, '[-+*\u2022\u2023\u2043]( +|$)', 0)",
                     "\u0f3a\u0f3c\u169b\u2045\u207d\u208d\u2329\u2768\u276a\u276c\u276e\u2770\u2772\u2774"]:
            self.assertEqual(_values.redact(text), text)
            self.assertFalse(_native._secret_prefilter(text), text)
        for text in ["cookie_re = re.compile(1)", "_token_pattern = 5", "4111 1111 1111 1111", "password: x",
                     "Authorization: Bearer abcdefgh1"]:
            self.assertNotEqual(_values.redact(text), text)
            self.assertTrue(_native._secret_prefilter(text), text)
        # a chain entry ending in a credential word: its exception's type name may complete it
        self.assertTrue(_native._secret_prefilter("    return token\n", True))
        self.assertNotEqual(_values.redact("    return token\nKeyErrorAbc: 1"), "    return token\nKeyErrorAbc: 1")


if __name__ == "__main__":
    unittest.main()
