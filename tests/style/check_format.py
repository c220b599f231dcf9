#!/usr/bin/env python3
"""Fails when a C/C++ file of the tree differs from .clang-format.

Usage: check_format.py SOURCE_DIR [CLANG_FORMAT]

The file list comes from `git ls-files` (so build directories and untracked scratch files are not
checked); outside a git checkout, from a walk of the source folders. Each offending file is named with
the command that fixes it, so the failure says what to do.
"""
import os
import re
import subprocess
import sys

SUFFIXES = (".c", ".cpp", ".h", ".hpp")
FOLDERS = ("app", "tracer", "widgets", "tests")
BATCH = 64  # files per clang-format call: few processes, short command lines


def tracked_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True).stdout
        names = [n for n in out.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        names = []
        for folder in FOLDERS:
            for dirpath, _, files in os.walk(os.path.join(root, folder)):
                names += [os.path.relpath(os.path.join(dirpath, f), root) for f in files]
    return sorted(n for n in names if n.endswith(SUFFIXES) and os.path.isfile(os.path.join(root, n)))


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    clang_format = sys.argv[2] if len(sys.argv) > 2 else "clang-format"
    files = tracked_files(root)
    if not files:
        print(f"check_format: no C/C++ files found under {root}", file=sys.stderr)
        return 2
    bad = set()
    for i in range(0, len(files), BATCH):
        batch = files[i : i + BATCH]
        run = subprocess.run([clang_format, "--dry-run", "--Werror", *batch], cwd=root, capture_output=True,
                             text=True)
        for line in run.stderr.splitlines():
            m = re.match(r"^(.+?):\d+:\d+: (?:error|warning):", line)
            if m:
                bad.add(m.group(1))
        if run.returncode != 0 and not bad:
            print(run.stderr, file=sys.stderr)
            return 2
    print(f"check_format: {len(files)} files checked, {len(bad)} differ from .clang-format")
    for name in sorted(bad):
        print(f"  {name}    fix: clang-format -i {name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
