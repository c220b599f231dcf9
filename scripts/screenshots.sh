#!/usr/bin/env bash
# Regenerates the README's pictures (docs/screenshots/*.png) from fresh traces of the bundled examples:
# examples/04 once as is and once with --optimized (the comparison), examples/03 for the exceptions.
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

trace() { # output, example, args...
    local db=$1 example=$2
    shift 2
    "$python" -m breadcrumb run -q -o "$db" "$root/examples/$example/main.py" "$@" >/dev/null
}
trace "$tmp/before.db" 04-performance-profiling
trace "$tmp/after.db" 04-performance-profiling --optimized
trace "$tmp/exceptions.db" 03-exception-debugging

gui=$build/bin/breadcrumb-gui
for view in functions function callers tree flame timeline sql; do
    "$gui" --screenshot "$out/$view.png" --view "$view" --select slow_function "$tmp/before.db"
done
"$gui" --screenshot "$out/compare.png" --view compare "$tmp/before.db" "$tmp/after.db"
"$gui" --screenshot "$out/exceptions.png" --view exceptions "$tmp/exceptions.db"
echo "screenshots: $out"
