#!/usr/bin/env bash
# Regenerates the README's pictures (docs/screenshots/*.png) from fresh traces of the bundled examples:
# examples/04 once as is and once with --optimized (the comparison), examples/03 for the exceptions, and
# tests/core/time_program.py (worker threads, asyncio tasks and a queue, recursion, generators) for the call
# tree, the flame graph and the timeline.
#   scripts/screenshots.sh            # uses build/ (BUILD=dir and PYTHON=interpreter override)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build}
python=${PYTHON:-python3}
out=$root/docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PYTHONPATH=$build/python QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE

trace() { # output, script, args...
    local db=$1 script=$2
    shift 2
    "$python" -m breadcrumb run -q -o "$db" "$script" "$@" >/dev/null
}
trace "$tmp/before.db" "$root/examples/04-performance-profiling/main.py"
trace "$tmp/after.db" "$root/examples/04-performance-profiling/main.py" --optimized
trace "$tmp/exceptions.db" "$root/examples/03-exception-debugging/main.py"
trace "$tmp/concurrent.db" "$root/tests/core/time_program.py"

gui=$build/bin/breadcrumb-gui
for view in functions function callers sql; do
    "$gui" --screenshot "$out/$view.png" --view "$view" --select slow_function "$tmp/before.db"
done
for view in tree flame timeline; do
    "$gui" --screenshot "$out/$view.png" --view "$view" --select fetch "$tmp/concurrent.db"
done
"$gui" --screenshot "$out/timeline-range.png" --view timeline --select fetch --range 120:180 "$tmp/concurrent.db"
"$gui" --screenshot "$out/compare.png" --view compare "$tmp/before.db" "$tmp/after.db"
"$gui" --screenshot "$out/compare-tree.png" --view compare-tree "$tmp/before.db" "$tmp/after.db"
"$gui" --screenshot "$out/compare-flame.png" --view compare-flame "$tmp/before.db" "$tmp/after.db"
# Both runs side by side: the call trees in step, and the Function tab's overlaid histograms.
"$gui" --screenshot "$out/compare-side-tree.png" --view tree --side both --select slow_function "$tmp/before.db" "$tmp/after.db"
"$gui" --screenshot "$out/compare-histograms.png" --view function --side both --select slow_function \
    "$tmp/before.db" "$tmp/after.db"
"$gui" --screenshot "$out/exceptions.png" --view exceptions "$tmp/exceptions.db"
# The dark palette, and a 2x display (the PNG has twice the pixels, the layout stays the same).
"$gui" --screenshot "$out/functions-dark.png" --color-scheme dark --view functions --select slow_function "$tmp/before.db"
QT_SCALE_FACTOR=2 "$gui" --screenshot "$out/flame-dark-2x.png" --color-scheme dark --size 1000x620 --view flame \
    --select fetch "$tmp/concurrent.db"
echo "screenshots: $out"
