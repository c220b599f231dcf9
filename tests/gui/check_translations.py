#!/usr/bin/env python3
"""The shipped translations are complete: every message of each translations/breadcrumb_gui_*.ts given
is finished, has one form per plural case, and keeps the source's placeholders (%1..%99, %n, %L1), so no
German, French or Spanish user meets an English string or a message with a missing number. In the English
file the source texts are the translation, except for plurals ("%n call(s)" needs "%n call" and "%n calls").
The language attribute must match the file name: lrelease takes the plural rules from it.

    python3 tests/gui/check_translations.py translations/breadcrumb_gui_*.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
# As lrelease counts them: French uses the singular for 0 and 1, Spanish for 1 only; both have two forms.
PLURAL_FORMS = {"de": 2, "en": 2, "es": 2, "fr": 2}


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language", "").split("_")[0]
    named = re.search(r"_([a-z]{2,3})(?:_[A-Z]{2})?\.ts$", path)
    if not named or named.group(1) != language:
        problems.append("language=%r does not match the file name" % root.get("language"))
    if language not in PLURAL_FORMS:
        return problems + ["no PLURAL_FORMS entry for language %r" % language]
    forms = PLURAL_FORMS[language]
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if language == "en" and message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = "%s: %r" % (name, source[:60])
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append("%s is not translated" % where)
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
                if len(texts) != forms:
                    problems.append("%s has %d plural forms, %s needs %d" % (where, len(texts), language, forms))
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append("%s has an empty translation" % where)
                elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append("%s: placeholders differ in %r" % (where, text))
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += ["%s: %s" % (path, p) for p in check(path)]
    for p in problems:
        print(p)
    print("%d problem(s) in %d file(s)" % (len(problems), len(sys.argv) - 1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
