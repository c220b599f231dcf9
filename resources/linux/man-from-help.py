#!/usr/bin/env python3
"""Writes a man page from the --help text a program prints, so the page never drifts from the help.

    man-from-help.py --output breadcrumb.1 --version 0.1.0 [--subcommands] [--see-also NAME(1)]... -- PROGRAM

With --subcommands, the commands listed under "Commands:" in PROGRAM --help are documented too, each
from its own PROGRAM COMMAND --help. The help text format is the one both our parsers print: a
"Usage:" line, paragraphs, and sections (a line "Heading:") of items "  TERM  description" whose
continuation lines are indented deeper.
"""

import argparse
import os
import re
import subprocess
import sys


def run_help(argv):
    # English help text, whatever the build machine's locale; no display needed for the viewer's.
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(argv + ["--help"], env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or not result.stdout.strip():
        sys.exit(f"man-from-help: '{' '.join(argv)} --help' failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


class Item:
    def __init__(self, indent, term, desc, desc_col):
        self.indent = indent
        self.term = term
        self.desc = [desc] if desc else []
        self.desc_col = desc_col
        self.raw = []  # (indent, text) of every line, for sections printed as they are


def parse(text):
    """Returns (usage, paragraphs, sections); sections are (heading, [Item]) in order of appearance,
    with plain paragraphs kept in between as (None, paragraph)."""
    usage = ""
    blocks = []
    lines = text.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("Usage:"):
            usage = line[len("Usage:"):].strip()
            i += 1
            continue
        if indent_of(line) == 0 and line.rstrip().endswith(":"):
            heading = line.rstrip()[:-1]
            items = []
            i += 1
            while i < len(lines) and (not lines[i].strip() or indent_of(lines[i]) > 0):
                text_line = lines[i]
                i += 1
                if not text_line.strip():
                    continue
                ind = indent_of(text_line)
                current = items[-1] if items else None
                raw = (ind, text_line.strip())
                continues = current is not None and (
                    ind >= current.desc_col if current.desc_col else ind > current.indent)
                if continues:
                    current.desc.append(text_line.strip())
                    current.raw.append(raw)
                    if not current.desc_col:
                        current.desc_col = ind
                    continue
                body = text_line.strip()
                match = re.search(r"\S( {2,})\S", body)
                if match:
                    split = match.start(1)
                    term, desc = body[:split], body[match.end(1):]
                    items.append(Item(ind, term, desc, ind + match.end(1)))
                else:
                    items.append(Item(ind, body, "", 0))
                items[-1].raw.append(raw)
            blocks.append((heading, items))
            continue
        paragraph = []
        while i < len(lines) and lines[i].strip() and not (
                indent_of(lines[i]) == 0 and lines[i].rstrip().endswith(":") and paragraph):
            paragraph.append(lines[i].strip())
            i += 1
        blocks.append((None, " ".join(paragraph)))
    return usage, blocks


def roff(text, literal=False):
    text = text.replace("\\", "\\e")
    if literal:
        text = text.replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def render_items(heading, items, out):
    is_example = heading.lower().startswith("example")
    prose = all(item.desc and item.desc[0][:1].isupper() for item in items)
    if is_example and not prose:
        # Commands or a config snippet: keep the lines as printed.
        out.append(".PP")
        out.append(".nf")
        out.append(".RS 4")
        base = min(item.indent for item in items)
        for item in items:
            for ind, text in item.raw:
                out.append(roff(" " * (ind - base) + text, literal=True))
        out.append(".RE")
        out.append(".fi")
        return
    for item in items:
        out.append(".TP")
        out.append("\\fB" + roff(item.term, literal=True) + "\\fR")
        out.append(roff(" ".join(item.desc)) if item.desc else "\\&")


def render_blocks(blocks, out, top_level, skip_first_paragraph):
    skipped = not skip_first_paragraph
    for heading, content in blocks:
        if heading is None:
            if not skipped:
                skipped = True
                continue
            out.append(".PP")
            out.append(roff(content))
            continue
        if top_level:
            out.append(".SH " + roff(heading.upper()))
        else:
            out.append(".PP")
            out.append("\\fB" + roff(heading) + ":\\fR")
        render_items(heading, content, out)


def first_paragraph(blocks):
    for heading, content in blocks:
        if heading is None:
            return content
    return ""


def synopsis(name, usage, out):
    # Qt prints the program as it was started (build/bin/breadcrumb-gui): the installed name instead.
    words = usage.split(" ", 1)
    out.append(".B " + roff(name, literal=True))
    if len(words) > 1:
        out.append(roff(words[1], literal=True))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--subcommands", action="store_true")
    parser.add_argument("--see-also", action="append", default=[])
    parser.add_argument("program", nargs="+")
    args = parser.parse_args()

    name = os.path.basename(args.program[0])
    usage, blocks = parse(run_help(args.program))
    summary = first_paragraph(blocks).rstrip(".")
    if summary.lower().startswith(name.lower() + " "):
        summary = summary[len(name) + 1:]  # "Breadcrumb traces ..." -> "traces ..."

    out = ['.\\" Generated by man-from-help.py from the output of ' + roff(name) + " --help; do not edit.",
           f'.TH {roff(name.upper(), literal=True)} 1 "" "Breadcrumb {roff(args.version)}" "User Commands"',
           # Names, SQL and paths are copied from the page: no hyphenation, no stretched spaces.
           ".nh",
           ".ad l",
           ".SH NAME",
           f"{roff(name, literal=True)} \\- {roff(summary)}",
           ".SH SYNOPSIS"]
    synopsis(name, usage, out)
    out.append(".SH DESCRIPTION")
    out.append(roff(first_paragraph(blocks)))
    render_blocks(blocks, out, top_level=True, skip_first_paragraph=True)

    if args.subcommands:
        commands = next((items for heading, items in blocks if heading == "Commands"), [])
        if not commands:
            sys.exit(f"man-from-help: no 'Commands:' section in {name} --help")
        out.append(".SH \"COMMAND REFERENCE\"")
        for command in commands:
            sub_usage, sub_blocks = parse(run_help(args.program + [command.term]))
            out.append(".SS " + roff(command.term, literal=True))
            out.append(".PP")
            out.append(".B " + roff(sub_usage, literal=True))
            out.append(".PP")
            out.append(roff(first_paragraph(sub_blocks)))
            render_blocks(sub_blocks, out, top_level=False, skip_first_paragraph=True)

    if args.see_also:
        out.append(".SH \"SEE ALSO\"")
        out.append(", ".join(re.sub(r"^(.*)\((\d)\)$", r"\\fB\1\\fR(\2)", roff(s, literal=True))
                             for s in args.see_also))

    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
