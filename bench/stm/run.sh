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
#
# Timings: bench/stm/par_compute.py (CPU-bound threads), par_trees.py
# (allocation-heavy threads) and par_print.py (threads printing in their
# work loop; its lines interleave, so outputs are compared sorted, and
# the inevitable transactions of its 2-thread STM run are counted: print
# used to make every transaction inevitable), translated with and without --stm and run
# with 1 and 2 threads side by side (best of 3 wall-clock times), with
# CPython running the same program as the reference: STM-1/GIL-1 is the
# cost of the STM on one thread, STM-1/STM-2 the speed-up from a second
# thread, CPy-2/STM-2 how much faster than CPython the 2-thread run is.
# --quick: smaller sizes, one run each.
# Environment: B (build directory, default build), CC (default gcc).
set -uo pipefail
cd "$(dirname "$0")/../.."

B=${B:-build}
CC=${CC:-gcc}
verbose=()
quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -v) verbose=(-v) ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
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

# ------------------------------------------------------------- timings

# best_of N CMD...: prints the lowest wall-clock seconds of N runs; the
# output of the last run is in $work/out.
best_of() {
  local n=$1 best="" t0 t1 t
  shift
  for ((i = 0; i < n; i++)); do
    t0=$(date +%s%N)
    "$@" > "$work/out" 2> "$work/err" || { echo "run.sh: '$*' failed:" >&2; cat "$work/err" >&2; return 1; }
    t1=$(date +%s%N)
    t=$(( (t1 - t0) / 1000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  awk -v us="$best" 'BEGIN { printf "%.3f", us / 1e6 }'
}

runs=3
sizes_compute="200000000"
sizes_trees=("16 40" "18 10")
sizes_print="20000 20000"
if [ "$quick" = 1 ]; then
  runs=1
  sizes_compute="20000000"
  sizes_trees=("14 16")
  sizes_print="2000 2000"
fi

echo
echo "== parallel programs: wall seconds, best of $runs (translated with -O2)"
printf "%-22s %7s %7s %7s %7s %7s %11s %11s %11s\n" program GIL-1 GIL-2 STM-1 STM-2 CPy-2 \
  STM-1/GIL-1 STM-1/STM-2 CPy-2/STM-2
status=0
for prog in par_compute par_trees par_print; do
  "$B/bin/rtrans" -O2 "bench/stm/$prog.py" -o "$work/$prog-gil" || exit 1
  "$B/bin/rtrans" -O2 --stm "bench/stm/$prog.py" -o "$work/$prog-stm" || exit 1
done
# Each run's output must equal the GIL build's with the same thread count
# (par_print's as sorted lines: its threads' lines interleave).
same_as() {
  if [ "${sorted:-0}" = 1 ]; then
    cmp -s <(sort "$work/out") <(sort "$work/$1") && return 0
  else
    cmp -s "$work/out" "$work/$1" && return 0
  fi
  echo "run.sh: $2: output differs from the GIL build's" >&2
  return 1
}
row() {
  local prog=$1 args=$2 g1 g2 s1 s2 c2
  g1=$(best_of $runs "$work/$prog-gil" 1 $args) || return 1
  cp "$work/out" "$work/ref1"
  g2=$(best_of $runs "$work/$prog-gil" 2 $args) || return 1
  cp "$work/out" "$work/ref2"
  s1=$(best_of $runs "$work/$prog-stm" 1 $args) && same_as ref1 "$prog (STM, 1 thread)" || return 1
  s2=$(best_of $runs "$work/$prog-stm" 2 $args) && same_as ref2 "$prog (STM, 2 threads)" || return 1
  c2=$(PYTHONPATH=runtime/prelude best_of 1 python3 "bench/stm/$prog.py" 2 $args) &&
    same_as ref2 "$prog (CPython)" || return 1
  echo "$prog $args|$g1 $g2 $s1 $s2 $c2" | awk -F'|' '{
    split($2, t, " ")
    printf "%-22s %7.3f %7.3f %7.3f %7.3f %7.3f %11.2f %11.2f %11.1f\n", $1, t[1], t[2], t[3], t[4], t[5],
      t[3] / t[1], t[3] / t[4], t[5] / t[4] }'
}
row par_compute "$sizes_compute" || status=1
for a in "${sizes_trees[@]}"; do
  row par_trees "$a" || status=1
done
sorted=1 row par_print "$sizes_print" || status=1
# the 'inev' column of RTRANS_STM_STATS's total row
inev=$(RTRANS_STM_STATS=1 "$work/par_print-stm" 2 $sizes_print 2>&1 >/dev/null |
       awk '$1 == "total" { print $4 }')
echo "par_print, STM, 2 threads: ${inev:-?} inevitable transactions (thread starts: 3)"
exit $status
