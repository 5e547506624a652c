#!/usr/bin/env bash
# The big-integer module of the Python interpreter (examples/python/bigint.py)
# on bigint_bench.py's tasks: translated with rtrans, run by CPython
# (the same module, interpreted), and the same algorithms on CPython's
# native ints (bigint_native.py).  Prints CPU milliseconds per task (best
# of 3 runs) and the ratios; the three must print the same results.
#
#   bench/python/bigint.sh [--quick] [--stm]
#   (also run by bench/python/run.sh, after the interpreter's table)
#
# --quick: fewer repetitions, one run.  --stm: translate with --stm too.
# Environment: RTRANS (default build/bin/rtrans), RTRANS_BENCH_OPT (default
# -O2), PYTHON (default python3).
set -uo pipefail
cd "$(dirname "$0")/../.."

RTRANS=${RTRANS:-build/bin/rtrans}
OPT=${RTRANS_BENCH_OPT:--O2}
PYTHON=${PYTHON:-python3}
reps=20
runs=3
stm=0
for arg in "$@"; do
  case "$arg" in
    --quick) reps=3; runs=1 ;;
    --stm) stm=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bigint.sh: unknown option $arg" >&2; exit 64 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/rtrans-bigint.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The module must sit beside the program that imports it.
cp bench/python/bigint_bench.py examples/python/bigint.py "$work/"

status=0
variants=(native module rtrans)
"$RTRANS" $OPT "$work/bigint_bench.py" -o "$work/rtrans.bin" || exit 1
if [ $stm -eq 1 ]; then
  "$RTRANS" --stm $OPT "$work/bigint_bench.py" -o "$work/stm.bin" || exit 1
  variants+=(stm)
fi

# run VARIANT REPS: stdout to $work/VARIANT.out, TIME lines appended to
# $work/VARIANT.times.
run() {
  local cmd
  case "$1" in
    native) cmd=("$PYTHON" bench/python/bigint_native.py) ;;
    module) cmd=(env PYTHONPATH=runtime/prelude "$PYTHON" "$work/bigint_bench.py") ;;
    rtrans) cmd=("$work/rtrans.bin") ;;
    stm) cmd=("$work/stm.bin") ;;
  esac
  "${cmd[@]}" "$2" >"$work/$1.out" 2>>"$work/$1.times" || { echo "$1 failed" >&2; status=1; }
}

for ((i = 0; i < runs; i++)); do
  for v in "${variants[@]}"; do
    r=$reps
    [ "$v" = module ] && r=1      # interpreted, the module is slow
    run "$v" "$r"
  done
done
for v in "${variants[@]}"; do
  if ! cmp -s "$work/native.out" "$work/$v.out"; then
    echo "OUTPUT DIFFERS: $v against native ints" >&2
    diff "$work/native.out" "$work/$v.out" | head -5 >&2
    status=1
  fi
done

# best VARIANT TASK: the smallest time of the task over the runs.
best() {
  awk -v t="$2" '$1 == "TIME" && $2 == t && (m == "" || $3 < m) { m = $3 } END { print m }' \
    "$work/$1.times"
}

fmt="%-30s %10s %10s %10s %12s %12s"
[ $stm -eq 1 ] && fmt="$fmt %10s"
header=(task native module rtrans rtrans/native module/rtrans)
[ $stm -eq 1 ] && header+=(stm)
printf "$fmt\n" "${header[@]}" | sed 's/ *$//'
for task in $(awk '$1 == "TIME" { print $2 }' "$work/native.times" | awk '!seen[$0]++'); do
  n=$(best native "$task"); m=$(best module "$task"); r=$(best rtrans "$task")
  row=("$task" "$n" "$m" "$r"
       "$(awk -v a="$r" -v b="$n" 'BEGIN { printf "%.1fx", a / b }')"
       "$(awk -v a="$m" -v b="$r" 'BEGIN { printf "%.0fx", a / b }')")
  [ $stm -eq 1 ] && row+=("$(best stm "$task")")
  printf "$fmt\n" "${row[@]}" | sed 's/ *$//'
done
echo "(CPU milliseconds per task, best of $runs; rtrans/native: the translated module against CPython's own ints)"
exit $status
