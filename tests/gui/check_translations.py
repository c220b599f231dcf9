#!/usr/bin/env python3
"""The shipped translations are complete: every message of each translations/breadcrumb_gui_*.ts given
is finished, has one form per plural case, and keeps the source's placeholders (%1..%99, %n, %L1), so no
German, French or Spanish user meets an English string or a message with a missing number. In the English
file the source texts are the translation, except for plurals ("%n call(s)" needs "%n call" and "%n calls").
The language attribute must match the file name: lrelease takes the plural rules from it.
With --lupdate, the files must also hold every tr() text of the given source directories (lupdate run
over them into a scratch file): a string added to the code and never put in the .ts files would reach
every user in English. `cmake --build build --target update_translations` adds such strings.

    python3 tests/gui/check_translations.py [--lupdate LUPDATE --sources DIR...] translations/breadcrumb_gui_*.ts
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
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


def messages(path):
    """(context, source, plural) of every current message of a .ts file."""
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((context.findtext("name"), message.findtext("source") or "", message.get("numerus") == "yes"))
    return found


def missing_from_sources(lupdate, sources, paths):
    """Problems: texts lupdate finds in the sources that a .ts file lacks."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, "fresh.ts")
        result = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h"] + sources
                                + ["-ts", fresh], capture_output=True, text=True)
        if result.returncode != 0 or not os.path.exists(fresh):
            return ["lupdate failed: %s" % (result.stderr or result.stdout).strip()]
        wanted = messages(fresh)
    if len(wanted) < 100:
        return ["lupdate found only %d texts in %s" % (len(wanted), " ".join(sources))]
    problems = []
    for path in paths:
        for context, source, _ in sorted(wanted - messages(path)):
            problems.append("%s: %s: %r is in the sources, not in this file (run the update_translations target)"
                            % (path, context, source[:60]))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", help="Qt's lupdate: also check the files hold every text of --sources")
    parser.add_argument("--sources", nargs="+", default=[])
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    problems = []
    for path in args.ts:
        problems += ["%s: %s" % (path, p) for p in check(path)]
    if args.lupdate:
        problems += missing_from_sources(args.lupdate, args.sources, args.ts)
    for p in problems:
        print(p)
    print("%d problem(s) in %d file(s)" % (len(problems), len(args.ts)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
