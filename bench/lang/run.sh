#!/usr/bin/env bash
# Language benchmarks: each bench/lang/NAME.py is translated with rtrans
# and timed, run under CPython on the same size and timed, and, where
# bench/lang/c/NAME.c exists, compared with hand-written C.  Prints one row
# per benchmark with the ratios, and rtrans's own translation time.
#
#   bench/lang/run.sh [--quick] [NAME...]
#
# Sizes come from each program's `# bench-size:` line (`# bench-quick:`
# with --quick).  Outputs of the translated program and CPython must be
# identical; a mismatch is reported and makes the script exit 1.
# Environment: RTRANS (default build/bin/rtrans), RTRANS_BENCH_OPT
# (default -O2), PYTHON (default python3), CC (default gcc),
# BENCH_TIMEOUT (seconds per run, default 600).
set -uo pipefail
cd "$(dirname "$0")/../.."

RTRANS=${RTRANS:-build/bin/rtrans}
OPT=${RTRANS_BENCH_OPT:--O2}
PYTHON=${PYTHON:-python3}
CC=${CC:-gcc}
LIMIT=${BENCH_TIMEOUT:-600}

quick=0
only=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 64 ;;
    *) only+=("$arg") ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/rtrans-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

have_rtrans=0
if [ -x "$RTRANS" ]; then
  have_rtrans=1
else
  echo "rtrans not built ($RTRANS missing): CPython and C timings only"
fi

# timed OUT CMD...: runs CMD with stdout to OUT; prints the wall seconds,
# or "fail" (and the error) when the command fails or times out.
timed() {
  local out=$1; shift
  local start=$EPOCHREALTIME
  if ! timeout "$LIMIT" "$@" >"$out" 2>"$out.err"; then
    echo "fail"
    return 1
  fi
  local end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.1fx", a / b; else printf "-" }'
}

wanted() {
  [ ${#only[@]} -eq 0 ] && return 0
  local n
  for n in "${only[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

status=0
fmt="%-14s %9s %10s %10s %10s %9s %11s %11s  %s\n"
printf "$fmt" benchmark size "translate" rtrans cpython c "cpy/rtrans" "rtrans/c" check
for prog in bench/lang/*.py; do
  name=$(basename "$prog" .py)
  wanted "$name" || continue
  key="bench-size"
  [ $quick -eq 1 ] && key="bench-quick"
  size=$(sed -n "s/^# $key: *//p" "$prog" | head -n 1)
  if [ -z "$size" ]; then
    echo "$prog: no '# $key:' line" >&2
    status=1
    continue
  fi
  notes=()
  t_tr="-"; t_rt="-"; t_c="-"
  t_py=$(timed "$work/$name.py.out" env PYTHONPATH=runtime/prelude "$PYTHON" "$prog" "$size") \
    || { notes+=("cpython failed: $(tail -n 1 "$work/$name.py.out.err")"); status=1; }
  if [ $have_rtrans -eq 1 ]; then
    if t_tr=$(timed "$work/$name.tr.log" "$RTRANS" $OPT "$prog" -o "$work/$name.bin"); then
      if t_rt=$(timed "$work/$name.rt.out" "$work/$name.bin" "$size"); then
        if ! cmp -s "$work/$name.rt.out" "$work/$name.py.out"; then
          notes+=("OUTPUT DIFFERS from CPython")
          status=1
        fi
      else
        notes+=("translated run failed: $(tail -n 1 "$work/$name.rt.out.err")")
        status=1
      fi
    else
      notes+=("translation failed: $(tail -n 1 "$work/$name.tr.log.err")")
      status=1
    fi
  fi
  csrc="bench/lang/c/$name.c"
  if [ -f "$csrc" ]; then
    if "$CC" -std=c11 -O2 -o "$work/$name.c.bin" "$csrc" -lm 2>"$work/$name.cc.err"; then
      t_c=$(timed "$work/$name.c.out" "$work/$name.c.bin" "$size") || notes+=("C run failed")
      cmp -s "$work/$name.c.out" "$work/$name.py.out" || notes+=("C output differs (last digits)")
    else
      notes+=("C compile failed")
    fi
  fi
  [ ${#notes[@]} -eq 0 ] && notes=("ok")
  printf "$fmt" "$name" "$size" "$t_tr" "$t_rt" "$t_py" "$t_c" \
    "$(ratio "$t_py" "$t_rt")" "$(ratio "$t_rt" "$t_c")" "$(IFS=';'; echo "${notes[*]}")"
done
exit $status
