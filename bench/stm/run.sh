#!/usr/bin/env bash
# STM benchmarks.
#
#   bench/stm/run.sh [--quick] [-v]
#
# Static barrier counts: every program of the test corpus
# (tests/programs/NAME.py, tests/programs/NAME/main.py) and the examples
# (examples/NAME/NAME.py) is translated with --stm in-process by
# bench/stm/barrier_counts.c, and the barriers the passes placed are
# counted against a naive placement (one barrier per access), per kind,
# in the programs' own code (the prelude is not counted).  The goal is at
# least half of the naive read barriers elided; the script exits 1 if the
# read elision falls below that.  -v prints one row per program.
# Environment: B (build directory, default build), CC (default gcc).
set -uo pipefail
cd "$(dirname "$0")/../.."

B=${B:-build}
CC=${CC:-gcc}
verbose=()
for arg in "$@"; do
  case "$arg" in
    --quick) ;;
    -v) verbose=(-v) ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $arg" >&2; exit 64 ;;
  esac
done

for lib in "$B/obj/libpasses.a" "$B/obj/libfrontend.a"; do
  [ -f "$lib" ] || { echo "run.sh: $lib is missing: run ./build.sh first" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/rtrans-bench-stm.XXXXXX")
trap 'rm -rf "$work"' EXIT

tool="$work/barrier_counts"
$CC -std=c11 -D_GNU_SOURCE -O2 -I. -I"$B/gen" bench/stm/barrier_counts.c \
    "$B/obj/libpasses.a" "$B/obj/libfrontend.a" -lclang-14 -lm -o "$tool" || exit 1

programs=(tests/programs/*.py tests/programs/*/main.py)
for dir in examples/*/; do
  name=$(basename "$dir")
  [ -f "$dir$name.py" ] && programs+=("$dir$name.py")
done

echo "== static barrier counts (--stm)"
out=$(RTRANS_PRELUDE=${RTRANS_PRELUDE:-runtime/prelude/builtins.py} \
      "$tool" "${verbose[@]}" "${programs[@]}" 2>"$work/skipped") || { cat "$work/skipped" >&2; exit 1; }
echo "$out"
grep -c "skipped" "$work/skipped" >/dev/null && sed 's/^/  /' "$work/skipped"

# The read row: "read NAIVE PLACED AT-ACCESS PCT% ..."
pct=$(echo "$out" | awk '$1 == "read" && NF >= 5 { sub("%", "", $5); print $5 }')
if awk -v p="$pct" 'BEGIN { exit !(p + 0 < 50) }'; then
  echo "run.sh: only $pct% of the naive read barriers elided (goal: at least 50%)" >&2
  exit 1
fi
