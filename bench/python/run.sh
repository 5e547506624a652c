#!/usr/bin/env bash
# The Python interpreter's benchmarks (examples/python, issues 9 and 10):
# the programs of bench/python/*.py that carry a `# bench-size:` line, run
# side by side by CPython 3.11, PyPy 3 (JIT on and --jit off) and both
# builds of the translated interpreter, in one table; then the big-integer
# module's own benchmark (bigint.sh).
#
#   bench/python/run.sh [--quick] [--cpu] [--runs=N] [--cpython-only]
#                       [--transaction] [--no-bigint] [--stm] [NAME...]
#
# Columns, seconds (best of N runs, interleaved so that every column sees
# the same machine): CPy-1 and CPy-2 (python3 with 1 and 2 threads),
# PyPy and PyPy-nj (pypy3, JIT on and --jit off, 2 threads), GIL
# (rtpython-gil, 1 thread), STM-1 and STM-2 (rtpython-stm, 1 and 2
# threads), ab/cm (aborts per commit of the STM-2 run, or of STM-1 for a
# single-threaded program: RTRANS_STM_STATS=1), then the ratios GIL/CPy
# (CPy-1), STM1/GIL, STM1/STM2 and CPy2/STM2, and the spread (the largest
# worst/best - 1 of the row's cells).  Single-threaded programs leave the
# 2-thread columns empty.  Every run's output must equal the program's
# `# expect:` line (`# expect-quick:` with --quick); a difference or a
# failed run is printed loudly and makes the script exit 1.  Columns whose
# program is missing print "-" (pypy3 is installed from Debian if absent).
#
# --quick: the `# bench-quick:` sizes, one run, no `# bench-loop:` repeats.  --cpu: user+system CPU
# seconds instead of wall-clock seconds (steadier on a loaded machine; no
# use for speed-ups from threads).  --cpython-only: the CPython columns
# alone (the smoke test of `./build.sh test`).  --transaction: also the
# rows of the programs that take --transaction (pypy-stm's API).  NAMEs
# select programs (e.g. pystone mt_btree; `bigint` is the big-integer
# benchmark); --no-bigint skips it; --stm is passed on to it.
# Environment: PYTHON (python3), PYPY (pypy3), RTPYTHON_GIL
# (build/bin/rtpython-gil), RTPYTHON_STM (build/bin/rtpython-stm),
# BENCH_RUNS (3), BENCH_TIMEOUT (seconds per run, 600).
set -uo pipefail
cd "$(dirname "$0")/../.."

HERE=bench/python
PYTHON=${PYTHON:-python3}
PYPY=${PYPY:-pypy3}
GIL=${RTPYTHON_GIL:-build/bin/rtpython-gil}
STM=${RTPYTHON_STM:-build/bin/rtpython-stm}
LIMIT=${BENCH_TIMEOUT:-600}
runs=${BENCH_RUNS:-3}
quick=0
clock=wall
cpython_only=0
transaction=0
bigint=yes
bigint_args=()
names=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1; runs=1; bigint_args+=(--quick) ;;
    --cpu) clock=cpu ;;
    --runs=*) runs=${arg#--runs=} ;;
    --cpython-only) cpython_only=1; bigint=no ;;
    --transaction) transaction=1 ;;
    --no-bigint) bigint=no ;;
    --stm) bigint_args+=(--stm) ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 64 ;;
    *) names+=("$arg") ;;
  esac
done

# ------------------------------------------------------------ programs

# Every process costs milliseconds on a loaded machine (the smoke test
# must stay cheap): the headers are read by bash itself.
# read_headers FILE: sets h_size, h_quick, h_expect, h_expect_quick,
# h_loop, h_threads (0/1) and h_variant from the '# KEY: VALUE' lines.
read_headers() {
  h_size="" h_quick="" h_expect="" h_expect_quick="" h_loop=1 h_threads=0 h_variant=""
  local line
  while IFS= read -r line; do
    case "$line" in
      "# bench-size: "*) h_size=${line#"# bench-size: "} ;;
      "# bench-quick: "*) h_quick=${line#"# bench-quick: "} ;;
      "# bench-loop: "*) h_loop=${line#"# bench-loop: "} ;;
      "# bench-variant: "*) h_variant=${line#"# bench-variant: "} ;;
      "# bench-threads") h_threads=1 ;;
      "# expect: "*) h_expect=${line#"# expect: "} ;;
      "# expect-quick: "*) h_expect_quick=${line#"# expect-quick: "} ;;
      "#"*|"") ;;
      *) break ;;                # the headers end with the first code line
    esac
  done < "$1"
}

wanted() {
  [ ${#names[@]} -eq 0 ] && return 0
  local n
  for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

# Rows: "NAME FILE EXTRA" (EXTRA: an option such as --transaction, or -),
# single-threaded programs first.
rows=()
for pass in 0 1; do
  for file in "$HERE"/*.py; do
    read_headers "$file"
    [ -n "$h_size" ] && [ "$h_threads" = $pass ] || continue
    name=${file##*/}
    name=${name%.py}
    wanted "$name" || continue
    rows+=("$name $file -")
    [ $transaction = 1 ] && [ -n "$h_variant" ] && rows+=("$name $file $h_variant")
  done
done
if [ ${#names[@]} -gt 0 ]; then
  wanted bigint || bigint=no
  for n in "${names[@]}"; do
    [ "$n" = bigint ] && continue
    [ -f "$HERE/$n.py" ] && read_headers "$HERE/$n.py" && [ -n "$h_size" ] ||
      { echo "run.sh: no benchmark named $n" >&2; exit 64; }
  done
fi

# ----------------------------------------------------- implementations

# The interpreter that python3 or pypy3 really is: a pyenv shim, for one,
# is a shell script that costs more than Python's own start-up.
resolve() {
  "$@" -c 'import sys; print(sys.executable)' 2>/dev/null
}

install_pypy() {
  command -v "$PYPY" >/dev/null 2>&1 && return 0
  [ "$PYPY" = pypy3 ] || return 1
  echo "run.sh: installing pypy3 (Debian package)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends pypy3 >/dev/null
}

notes=()
py=$(resolve "$PYTHON") || { echo "run.sh: $PYTHON does not run" >&2; exit 1; }
pypy=""
if [ $cpython_only = 0 ]; then
  if install_pypy && pypy=$(resolve "$PYPY"); then :; else
    pypy=""
    notes+=("pypy3 is not available: its columns are empty")
  fi
  for bin in "$GIL" "$STM"; do
    [ -x "$bin" ] || notes+=("$bin is not built: its columns are empty")
  done
fi

COLUMNS_ALL=(cpy1 cpy2 pypy pypynj gil stm1 stm2)

label() {
  case "$1" in
    cpy1) echo "CPy-1" ;; cpy2) echo "CPy-2" ;; pypy) echo "PyPy" ;;
    pypynj) echo "PyPy-nj" ;; gil) echo "GIL" ;; stm1) echo "STM-1" ;; stm2) echo "STM-2" ;;
  esac
}

# available COLUMN: whether the column's implementation can run here.
available() {
  case "$1" in
    cpy1|cpy2) return 0 ;;
    pypy|pypynj) [ $cpython_only = 0 ] && [ -n "$pypy" ] ;;
    gil) [ $cpython_only = 0 ] && [ -x "$GIL" ] ;;
    stm1|stm2) [ $cpython_only = 0 ] && [ -x "$STM" ] ;;
  esac
}

# --------------------------------------------------------------- runs

work=$(mktemp -d "${TMPDIR:-/tmp}/rtrans-pybench.XXXXXX")
trap 'rm -rf "$work"' EXIT
status=0

# loud TEXT...: a problem that must not go unnoticed in a long output.
loud() {
  {
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    printf '!!! %s\n' "$@"
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  } >&2
  status=1
}

# repeat N CMD...: runs CMD N times (output of the last), stops at a failure.
repeat() {
  local n=$1 k
  shift
  for ((k = 0; k < n; k++)); do
    "$@" >"$base.out" 2>"$base.err" || return $?
  done
}

# sample KEY COLUMN FILE EXTRA: one timed run of the program under the
# column's implementation; appends "REAL USER SYS" to
# $work/KEY.COLUMN.times, or marks the cell failed (it is not run again).
sample() {
  local key=$1 col=$2 file=$3 extra=$4
  base="$work/$key.$col"
  [ -e "$base.failed" ] && return
  local cmd threads=1
  case "$col" in
    cpy1) cmd=("$py") ;;
    cpy2) cmd=("$py"); threads=2 ;;
    pypy) cmd=("$pypy"); threads=2 ;;
    pypynj) cmd=("$pypy" --jit off); threads=2 ;;
    gil) cmd=("$GIL") ;;
    stm1) cmd=(env RTRANS_STM_STATS=1 "$STM") ;;
    stm2) cmd=(env RTRANS_STM_STATS=1 "$STM"); threads=2 ;;
  esac
  local args=("$file")
  [ "$h_threads" = 1 ] && args+=("$threads")
  [ "$size" != - ] && args+=("$size")
  [ "$extra" != - ] && args+=("$extra")
  local rc out="" times
  { TIMEFORMAT='%R %U %S'; time repeat "$h_loop" timeout "$LIMIT" "${cmd[@]}" "${args[@]}"; } 2>"$base.t"
  rc=$?
  if [ $rc -ne 0 ]; then
    local why="exit status $rc"
    [ $rc -eq 124 ] && why="timed out after ${LIMIT}s"
    echo "$why" > "$base.failed"
    # The error's last lines, above the statistics that RTRANS_STM_STATS
    # appends to stderr.
    loud "RUN FAILED: $key under $(label "$col") ($why): ${cmd[*]} ${args[*]}" \
         "$(sed '/^rtrans statistics/,$d' "$base.err" | tail -n 3)"
    return
  fi
  IFS= read -r -d '' out < "$base.out"
  if [ "$out" != "$expect"$'\n' ]; then
    echo "output" > "$base.failed"
    loud "OUTPUT MISMATCH: $key under $(label "$col"): ${cmd[*]} ${args[*]}" \
         "expected: $expect" "got:      ${out:0:2000}"
    return
  fi
  if [[ $col == stm* ]]; then
    awk '$1 == "total" { print $2, $3 }' "$base.err" > "$base.stats"
  fi
  read -r times < "$base.t"
  echo "$times" >> "$base.times"
}

# row KEY SIZE CHECK: prints the table row of KEY from the runs' files
# (one awk rather than a process per cell: the machine is shared).
row() {
  awk -v dir="$work" -v key="$1" -v size="$2" -v check="$3" -v fmt="$fmt" \
      -v loop="$h_loop" -v clock="$clock" '
    function load(col,   f, x, n, line, v) {
      f = dir "/" key "." col ".times"
      n = 0
      while ((getline line < f) > 0) {
        split(line, v, " ")
        x = (clock == "cpu" ? v[2] + v[3] : v[1]) / loop
        if (n == 0 || x < mn[col]) mn[col] = x
        if (n == 0 || x > mx[col]) mx[col] = x
        n++
      }
      close(f)
      if (n > 0 && (getline x < (dir "/" key "." col ".failed")) <= 0) {
        t[col] = sprintf("%.3f", mn[col])
        if (n > 1 && mn[col] > 0 && mx[col] / mn[col] - 1 > spread) spread = mx[col] / mn[col] - 1
      } else
        t[col] = "-"
    }
    function ratio(a, b) { return (a != "-" && b != "-" && b + 0 > 0) ? sprintf("%.2f", a / b) : "-" }
    BEGIN {
      spread = -1
      split("cpy1 cpy2 pypy pypynj gil stm1 stm2", cols, " ")
      for (i = 1; i <= 7; i++) load(cols[i])
      abcm = "-"
      f = dir "/" key ".stm2.stats"
      if ((getline line < f) <= 0) { f = dir "/" key ".stm1.stats"; getline line < f }
      if (split(line, s, " ") == 2 && s[1] > 0) abcm = sprintf("%.4f", s[2] / s[1])
      printf fmt, key, size, t["cpy1"], t["cpy2"], t["pypy"], t["pypynj"], t["gil"],
        t["stm1"], t["stm2"], abcm, ratio(t["gil"], t["cpy1"]), ratio(t["stm1"], t["gil"]),
        ratio(t["stm1"], t["stm2"]), ratio(t["cpy2"], t["stm2"]),
        spread < 0 ? "-" : sprintf("%.0f%%", 100 * spread), check
    }'
}

fmt="%-22s %8s %7s %7s %7s %7s %7s %7s %7s %6s %7s %8s %9s %9s %6s  %s\n"
echo "Python benchmarks: $([ $clock = cpu ] && echo "CPU" || echo "wall-clock") seconds, best of $runs" \
     "($(date +%Y-%m-%d), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg))"
for n in "${notes[@]}"; do echo "  note: $n"; done
printf "$fmt" program size CPy-1 CPy-2 PyPy PyPy-nj GIL STM-1 STM-2 ab/cm GIL/CPy STM1/GIL STM1/STM2 CPy2/STM2 spread check
failed_rows=0
for r in "${rows[@]}"; do
  read -r name file extra <<<"$r"
  read_headers "$file"
  key=$name
  [ "$extra" = --transaction ] && key="$name+TQ"
  if [ $quick = 1 ]; then
    size=$h_quick expect=$h_expect_quick h_loop=1
  else
    size=$h_size expect=$h_expect
  fi
  cols=()
  for col in "${COLUMNS_ALL[@]}"; do
    [ "$h_threads" = 0 ] && [[ $col == *2 ]] && continue
    available "$col" && cols+=("$col")
  done
  for ((i = 0; i < runs; i++)); do
    for col in "${cols[@]}"; do
      sample "$key" "$col" "$file" "$extra"
    done
  done
  check=ok
  failed=""
  for col in "${cols[@]}"; do
    if [ -e "$work/$key.$col.failed" ]; then
      read -r why < "$work/$key.$col.failed"
      failed+="$(label "$col")($why) "
    fi
  done
  [ -n "$failed" ] && check="FAILED: ${failed% }" && failed_rows=$((failed_rows + 1))
  [ ${#cols[@]} -eq 0 ] && check="nothing ran"
  row "$key" "$size" "$check"
done
echo "(threaded programs: PyPy and PyPy-nj with 2 threads, GIL with 1; NAME+TQ: run with --transaction," \
     "pypy-stm's TransactionQueue where the module exists, else threads.  A ratio above 1: the right-hand side is faster.)"
echo "bench/python: ${#rows[@]} rows, $failed_rows with a failed run"

if [ $bigint = yes ]; then
  echo
  if [ -x "${RTRANS:-build/bin/rtrans}" ]; then
    echo "== big integers of the interpreter (bench/python/bigint.sh ${bigint_args[*]})"
    "$HERE/bigint.sh" "${bigint_args[@]}" || status=1
  else
    echo "== big integers: skipped (${RTRANS:-build/bin/rtrans} is not built)"
  fi
fi
exit $status
