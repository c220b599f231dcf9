#!/usr/bin/env bash
# Breadcrumb set-up for a fresh Debian 12 machine.
#
#   scripts/setup.sh          install what is missing, build, trace the performance example and show it
#                             (the viewer when a display is there, the CLI report otherwise)
#   scripts/setup.sh --test   install what is missing, build, run the whole test suite
#
# Idempotent: packages already installed are not touched, the build is incremental.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=run
case "${1:-}" in
    --test) mode=test ;;
    "") ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option '$1' (use --test or nothing)" >&2; exit 2 ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- 1. Debian packages -------------------------------------------------------------------------
packages=(build-essential cmake ccache clang-format libsqlite3-dev python3-dev qt6-base-dev qt6-tools-dev qt6-l10n-tools
          libqt6sql6-sqlite libqt6svg6 qt6-svg-dev libqcustomplot-dev nlohmann-json3-dev libcli11-dev xvfb xauth
          fonts-dejavu-core dpkg-dev appstream desktop-file-utils shared-mime-info libglib2.0-bin groff-base man-db
          python3-yaml python3-markdown python3-jinja2 python3-docutils python3-pygments protobuf-compiler)
# dpkg-dev ... man-db: `cpack -G DEB` (dpkg-shlibdeps) and the installation tests' validators (appstreamcli,
# desktop-file-validate, update-mime-database + gio for MIME sniffing, groff and lexgrog for the man pages).
# python3-yaml ... python3-pygments: real pure-Python programs the tracer is checked and benchmarked on.
# protobuf-compiler: protoc decodes `breadcrumb export --format perfetto` in the tests (tests/cli/test_export.py).
# The MCP tests drive the server with the official TypeScript SDK: they need Node.js and npm.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    say "Installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    say "All Debian packages present"
fi

# --- 2. Build ------------------------------------------------------------------------------------
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3)
jobs=$(nproc 2>/dev/null || echo 2)

say "Configuring and building (Python: $($python --version 2>&1))"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPython3_EXECUTABLE="$python" >/dev/null
cmake --build "$root/build" -j"$jobs"

if [ "$mode" = run ]; then
    # --- 3a. The main job: trace the bundled performance example and show the result -------------
    cd "$root"
    trace="$root/.breadcrumb/traces.db"
    say "Tracing examples/04-performance-profiling/main.py into $trace"
    "$root/build/bin/breadcrumb" run -o "$trace" examples/04-performance-profiling/main.py
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "Opening the viewer"
        exec "$root/build/bin/breadcrumb-gui" "$trace"
    fi
    say "No display: the CLI report"
    "$root/build/bin/breadcrumb" performance -t "$trace" --sort duration --limit 10
    "$root/build/bin/breadcrumb" performance -t "$trace" slow_function
    exit 0
fi

# --- 3b. The whole test suite -----------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
passed=0
failed=0
run_ctest() { # dir label
    local out rc=0
    say "ctest ($2)"
    out=$(mktemp)
    ctest --test-dir "$1" --output-on-failure -j"$jobs" --timeout 300 -LE bench 2>&1 | tee "$out" || rc=$?
    local line
    line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$out" | tail -n 1 || true)
    if [ -n "$line" ]; then
        local total fail
        total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
        fail=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
        passed=$((passed + total - fail))
        failed=$((failed + fail))
    elif [ "$rc" -ne 0 ]; then
        failed=$((failed + 1))
    fi
    rm -f "$out"
}

run_ctest "$root/build" "main build, $($python --version 2>&1)"

# The tracer again on every other interpreter that is here (3.12+ uses sys.monitoring).
for v in /root/.pyenv/versions/3.10.* /root/.pyenv/versions/3.12.* /root/.pyenv/versions/3.13.*; do
    [ -x "$v/bin/python3" ] || continue
    tag=$(basename "$v")
    say "Tracer-only build for Python $tag"
    cmake -S "$root" -B "$root/build-py$tag" -DBREADCRUMB_TRACER_ONLY=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPython3_EXECUTABLE="$v/bin/python3" >/dev/null
    cmake --build "$root/build-py$tag" -j"$jobs"
    run_ctest "$root/build-py$tag" "tracer, Python $tag"
done

echo
echo "Total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
