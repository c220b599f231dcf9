"""describe_exception / thread_info: the callbacks the native tracer stores exceptions and threads with."""

import json.decoder
import threading
import unittest

from breadcrumb._describe import describe_exception, thread_info, type_name


class Custom(Exception):
    pass


def raise_and_describe(exc):
    """describe at raise time, as the tracer does: from inside the raising frame's callers."""
    try:
        raise exc
    except BaseException as error:
        return describe_exception(error)


class DescribeExceptionTest(unittest.TestCase):
    def test_type_names(self):
        self.assertEqual(type_name(ValueError), "ValueError")
        self.assertEqual(type_name(json.decoder.JSONDecodeError), "json.decoder.JSONDecodeError")
        self.assertEqual(type_name(Custom), "%s.Custom" % __name__)

    def test_message_and_traceback(self):
        name, message, text = raise_and_describe(KeyError("missing"))
        self.assertEqual((name, message), ("KeyError", "'missing'"))
        self.assertTrue(text.startswith("Traceback (most recent call last):\n"))
        self.assertIn("in raise_and_describe\n    raise exc\n", text)
        self.assertIn("in test_message_and_traceback\n", text)  # the callers, not just one frame
        self.assertTrue(text.endswith("KeyError: 'missing'\n"))

    def test_chained(self):
        def wrap():
            try:
                {}["k"]
            except KeyError as error:
                raise RuntimeError("wrapped") from error
        try:
            wrap()
        except RuntimeError as error:
            _name, message, text = describe_exception(error)
        self.assertEqual(message, "wrapped")
        self.assertIn("KeyError: 'k'", text)
        self.assertIn("The above exception was the direct cause", text)
        self.assertTrue(text.endswith("RuntimeError: wrapped\n"))

    def test_a_chain_raised_again_along_the_same_path_is_described_alike(self):
        from breadcrumb import _describe

        def wrap(key, cause):
            try:
                {}[key]
            except KeyError as error:
                if cause:
                    raise RuntimeError("wrapped %s" % key) from error
                raise RuntimeError("wrapped %s" % key)

        def described(key, cause=True):
            try:
                wrap(key, cause)
            except RuntimeError as error:
                first = describe_exception(error)[2]
                _describe._chain_texts.clear()  # formatted afresh: the remembered text is the same
                self.assertEqual(describe_exception(error)[2], first)
                return first

        texts = [described("a") for _ in range(3)] + [described("b"), described("a", cause=False)]
        self.assertEqual(texts[0], texts[1])
        self.assertEqual(texts[1], texts[2])
        self.assertIn("KeyError: 'b'", texts[3])
        self.assertTrue(texts[3].endswith("RuntimeError: wrapped b\n"))
        self.assertIn("During handling of the above exception", texts[4])
        self.assertNotIn("direct cause", texts[4])

    def test_secrets_in_messages_are_redacted(self):
        _name, message, text = raise_and_describe(ValueError("login failed: password=hunter2"))
        self.assertEqual(message, "login failed: password=<redacted>")
        self.assertNotIn("hunter2", text)

    def test_broken_str(self):
        class Broken(Exception):
            def __str__(self):
                raise TypeError("no")
        name, message, text = raise_and_describe(Broken())
        self.assertTrue(name.endswith("Broken"))
        self.assertEqual(message, "<str() failed: TypeError>")
        self.assertIn("Broken", text)

    def test_a_hot_raise_site_keeps_its_raising_frame(self):
        texts = [raise_and_describe(IndexError(i))[2] for i in range(150)]
        self.assertIn("in test_a_hot_raise_site_keeps_its_raising_frame", texts[0])
        self.assertIn("raise exc", texts[-1])
        self.assertTrue(texts[-1].endswith("IndexError: 149\n"))

    def test_long_messages_are_truncated(self):
        _name, message, _text = raise_and_describe(ValueError("x" * 10000))
        self.assertLessEqual(len(message), 4000)
        self.assertTrue(message.endswith("..."))


class ThreadInfoTest(unittest.TestCase):
    def test_main_and_named_threads(self):
        ident, native_id, name = thread_info()
        self.assertEqual((ident, native_id, name),
                         (threading.get_ident(), threading.get_native_id(), "MainThread"))
        seen = []
        worker = threading.Thread(target=lambda: seen.append(thread_info()), name="worker-7")
        worker.start()
        worker.join()
        self.assertEqual(seen[0][2], "worker-7")
        self.assertEqual(seen[0][0], worker.ident)
        self.assertEqual(seen[0][1], worker.native_id)


if __name__ == "__main__":
    unittest.main()
