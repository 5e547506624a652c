#!/usr/bin/env bash
# bench/runtime/run.sh - build and run the runtime benchmarks, GIL twin and
# STM build side by side, and print the ratios (not part of the tests).
#   bench/runtime/run.sh            all of them
#   BENCH_RUNS=9 bench/runtime/run.sh   best of 9 instead of 5 per figure
# Wall-clock speedups need idle cores: the script reports the load average
# and, for the threaded workloads, the CPU time the workers used (twice the
# work on two threads should cost twice the CPU, whatever the load).
set -euo pipefail
cd "$(dirname "$0")/../.."
B=${B:-build}
make -s -j"$(nproc)" bench-runtime >/dev/null
GIL=$B/bench/runtime-bench-gil
STM=$B/bench/runtime-bench-stm

declare -A R
run() {   # run KEY BINARY ARGS...: store every "name value" line as R[KEY.name]
  local key=$1; shift
  while read -r name value; do R[$key.$name]=$value; done < <("$@")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
run cal.1 "$GIL" calib 1
run cal.2 "$GIL" calib 2
echo "calibration: plain C threads (no runtime) run $(awk -v a="${R[cal.1.calib_seconds]}" \
  -v b="${R[cal.2.calib_seconds]}" 'BEGIN { printf "%.2f", 2 * a / b }')x as fast on 2 threads" \
  "as on 1 right now; speedups below cannot exceed that"
run gil "$GIL" micro
run stm "$STM" micro
echo
echo "== micro costs (ns)            GIL        STM     STM/GIL"
for m in read_barrier read write_first write_repeat tx_empty tx_write tx_small alloc; do
  g=${R[gil.${m}_ns]}; s=${R[stm.${m}_ns]}
  printf "%-24s %10s %10s %10s\n" "$m" "$g" "$s" "$(ratio "$s" "$g")"
done

for w in parallel shared; do
  for b in gil stm; do
    bin=$GIL; [ $b = stm ] && bin=$STM
    run $b.1 "$bin" $w 1
    run $b.2 "$bin" $w 2
  done
  echo
  if [ $w = parallel ]; then
    echo "== parallel allocation-heavy workload (binary trees, no sharing)"
  else
    echo "== 1 transaction in 8 touches a shared object"
  fi
  printf "%-6s %10s %10s %9s %12s %12s %9s\n" build "1 thr s" "2 thr s" speedup "cpu 1 thr s" "cpu 2 thr s" aborts
  for b in gil stm; do
    t1=${R[$b.1.${w}_seconds]}; t2=${R[$b.2.${w}_seconds]}
    c1=${R[$b.1.${w}_cpu_seconds]}; c2=${R[$b.2.${w}_cpu_seconds]}
    # the same work per thread: speedup = 2 * t1 / t2
    sp=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", 2 * a / b }')
    printf "%-6s %10s %10s %9s %12s %12s %9s\n" $b "$t1" "$t2" "${sp}x" "$c1" "$c2" \
      "${R[$b.2.${w}_aborts]}/${R[$b.2.${w}_commits]}"
  done
done
echo
echo "speedup: throughput of 2 threads over 1 thread (same work per thread);"
echo "cpu: CPU seconds all workers used; aborts: of the 2-thread run, out of commits."
