"""Value capture: repr of arguments and return values, truncated, with secrets redacted."""

import unittest

from breadcrumb._values import REDACTED, ValueCapture, is_secret_name, looks_like_card, redact
from tracetest import TracerTestCase

SECRETS = {
    "visa": "4111111111111111",
    "visa_spaced": "4111 1111 1111 1111",
    "mastercard_dashed": "5500-0000-0000-0004",
    "amex": "378282246310005",
    "jwt": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
           "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "bearer": "Bearer abcdef0123456789.token-value",
}


class RedactionTest(unittest.TestCase):
    def test_secret_names(self):
        for name in ("password", "passwd", "db_password", "PASSWORD", "secret", "client_secret",
                     "token", "access_token", "refreshToken", "api_key", "apikey", "apiKey",
                     "X-Api-Key", "authorization", "Authorization", "aws_access_key_id",
                     "private_key", "credentials"):
            self.assertTrue(is_secret_name(name), name)
        for name in ("user", "username", "path", "tokenizer", "author", "count", "key", "n", ""):
            self.assertFalse(is_secret_name(name), name)

    def test_values_that_look_secret(self):
        for label, secret in SECRETS.items():
            text = redact("value %s here" % secret)
            self.assertIn(REDACTED, text, label)
            core = secret.split()[-1] if label == "bearer" else secret
            self.assertNotIn(core, text, label)
            self.assertTrue(text.startswith("value ") and text.endswith(" here"), (label, text))

    def test_cards_need_an_issuer_prefix_and_luhn(self):
        self.assertTrue(looks_like_card("4111111111111111"))
        self.assertFalse(looks_like_card("4111111111111112"))   # fails Luhn
        self.assertFalse(looks_like_card("1732400000000000007"))  # a timestamp-like number

    def test_cards_are_found_among_line_numbers(self):
        # the screen that spares a traceback the card scan lets every card through
        lines = "".join('  File "/app/mod%d.py", line %d, in f\n    x = 1\n' % (i, 1000 + i) for i in range(50))
        self.assertEqual(redact(lines), lines)
        for card in ("4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004"):
            for text in (lines + "card=%s\n" % card + lines, "caf\u00e9 " + lines + card):
                self.assertNotIn(card, redact(text))
        self.assertEqual(redact(lines + "id 139692671572864\n"), lines + "id 139692671572864\n")
        for harmless in ("1732400123456789012", "4111111111111112", "12345", "3.14159265358979323"):
            self.assertEqual(redact("n=%s" % harmless), "n=%s" % harmless)

    def test_keys_in_reprs(self):
        cases = {
            repr({"user": "bob", "password": "hunter2"}): "{'user': 'bob', 'password': %s}",
            repr({"token": {"nested": "x", "more": [1, 2]}, "n": 1}): "{'token': %s, 'n': 1}",
            "Config(api_key='k-123', debug=True)": "Config(api_key=%s, debug=True)",
            "https://x.test/?user=a&access_token=zzz&page=2": "https://x.test/?user=a&access_token=%s&page=2",
            repr({"Authorization": "Bearer abcdefghijk"}): "{'Authorization': %s}",
            repr("password=hunter2"): "'password=%s'",
            repr({"secret": b"raw"}): "{'secret': %s}",
        }
        for text, expected in cases.items():
            self.assertEqual(redact(text), expected % REDACTED, text)

    def test_harmless_text_is_unchanged(self):
        for text in ("{'user': 'bob', 'count': 3}", "tokenize('a b')", "[1, 2, 3]", "'hello world'",
                     "{'password': None}", "author=me"):
            self.assertEqual(redact(text), text)

    def test_truncation_happens_after_redaction(self):
        capture = ValueCapture(max_value_length=30)
        value = "x" * 10 + " 4111111111111111 " + "y" * 100
        text = capture.format(value)
        self.assertLessEqual(len(text), 30)
        self.assertTrue(text.endswith("..."))
        self.assertNotIn("41111111", text)
        self.assertEqual(capture.format("short"), "'short'")
        long = ValueCapture(max_value_length=2000).format(list(range(10000)))
        self.assertLessEqual(len(long), 2000)

    def test_broken_repr_does_not_raise(self):
        class Broken:
            def __repr__(self):
                raise RuntimeError("no")
        self.assertEqual(ValueCapture().format(Broken()), "<Broken object (repr failed: RuntimeError)>")


class CaptureTest(TracerTestCase):
    PROGRAM = '''
        class Account:
            def __init__(self, owner):
                self.owner = owner

            def __repr__(self):
                raise RuntimeError("repr must not be called for self")

            def deposit(self, amount, *, note=""):
                return amount

        def login(user, password, *rest, **options):
            return {"user": user, "token": "t-0123456789", "ok": True}

        def pay(card, amount):
            return "charged %s" % amount

        def sign(payload):
            return "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"

        def big(n):
            return "z" * n

        def gen():
            yield 1
            yield 2
            return "done"

        login("alice", "hunter2", 1, 2, remember=True, api_key="k-999")
        pay("4111 1111 1111 1111", 10)
        sign({"aws": "AKIAIOSFODNN7EXAMPLE"})
        big(5000)
        Account("bob").deposit(5, note="gift")
        list(gen())
    '''

    def test_values_are_captured_and_redacted(self):
        self.run_traced(self.PROGRAM, runner_options=["--capture-values",
                                                       "--max-value-length", "100"])
        self.assertEqual(self.only_run()["capture_values"], 1)
        login = self.one_event("login")
        self.assertEqual(login["args"], "user='alice', password=%s, *rest=(1, 2), "
                                        "**options={'remember': True, 'api_key': %s}"
                         % (REDACTED, REDACTED))
        self.assertEqual(login["return_value"], "{'user': 'alice', 'token': %s, 'ok': True}"
                         % REDACTED)
        pay = self.one_event("pay")
        self.assertEqual(pay["args"], "card='%s', amount=10" % REDACTED)
        self.assertEqual(pay["return_value"], "'charged 10'")
        sign = self.one_event("sign")
        self.assertEqual(sign["args"], "payload={'aws': '%s'}" % REDACTED)
        self.assertEqual(sign["return_value"], "'%s'" % REDACTED)
        big = self.one_event("big")
        self.assertEqual(big["args"], "n=5000")
        self.assertEqual(len(big["return_value"]), 100)
        self.assertTrue(big["return_value"].startswith("'zzz") and big["return_value"].endswith("..."))
        deposit = self.one_event("Account.deposit")
        self.assertEqual(deposit["args"], "self=<Account>, amount=5, note='gift'")
        self.assertEqual(deposit["return_value"], "5")
        self.assertEqual(self.one_event("gen")["return_value"], "'done'")
        everything = " ".join(str(v) for row in self.query("SELECT * FROM call_values")
                              for v in row.values())
        for secret in ("hunter2", "k-999", "t-0123456789", "4111 1111", "AKIAIOSFODNN7EXAMPLE",
                       "c2lnbmF0dXJl"):
            self.assertNotIn(secret, everything)

    def test_nothing_is_captured_by_default(self):
        self.run_traced(self.PROGRAM)
        self.assertEqual(self.only_run()["capture_values"], 0)
        self.assertEqual(self.scalar("SELECT COUNT(*) FROM call_values"), 0)
        self.assertIsNone(self.one_event("login")["args"])


if __name__ == "__main__":
    unittest.main()
