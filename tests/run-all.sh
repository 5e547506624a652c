#!/usr/bin/env bash
# Run every test suite; each check binary prints its own summary line, and
# this script each suite's wall and CPU time, then a table of the times.
# Exit status: number of failed suites (0 = all passed).
#
# Suites run RTRANS_SUITE_JOBS at a time (default: the CPU count), so that a
# suite that runs its cases one after another leaves no CPU idle.  Those
# that already keep every CPU busy (SPREAD below: they run their cases in
# nproc workers) run alone.  Each suite's output is kept and printed whole,
# in the order of the directory listing, whatever the order they end in.
set -u
cd "$(dirname "$0")/.."
B=${B:-build}
JOBS=${RTRANS_SUITE_JOBS:-$(nproc 2>/dev/null || echo 2)}
[ "$JOBS" -ge 1 ] 2>/dev/null || JOBS=1
SPREAD=" programs python python-corpus "

OUT=$(mktemp -d "${TMPDIR:-/tmp}/rtrans-suites.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

suites=()
for t in "$B"/tests/*; do
  [ -x "$t" ] && [ -f "$t" ] && suites+=("$t")
done

# Suite i: output in $OUT/i.log, exit status in $OUT/i.rc once it ended;
# times in $OUT/i.time ("WALL USER SYS" seconds).
run_suite() {
  local i=$1 t=${suites[$1]} TIMEFORMAT="%R %U %S"
  { time CK_VERBOSITY=${CK_VERBOSITY:-normal} "$t" > "$OUT/$i.log" 2>&1; } 2> "$OUT/$i.time"
  echo $? > "$OUT/$i.rc.tmp" && mv "$OUT/$i.rc.tmp" "$OUT/$i.rc"
}

printed=0
failed=0
# Prints the suites that ended, up to the first one still running.
print_ended() {
  while [ $printed -lt ${#suites[@]} ] && [ -e "$OUT/$printed.rc" ]; do
    local name rc wall user sys
    name=$(basename "${suites[$printed]}")
    rc=$(cat "$OUT/$printed.rc")
    read -r wall user sys < "$OUT/$printed.time"
    echo "== $name"
    cat "$OUT/$printed.log"
    echo "-- $name: ${wall} s wall, $(awk "BEGIN { print $user + $sys }") s CPU"
    if [ "$rc" -ne 0 ]; then
      failed=$((failed + 1))
      echo "FAILED: $name"
    fi
    printf '%8.1f %8.1f  %s\n' "$wall" "$(awk "BEGIN { print $user + $sys }")" "$name" >> "$OUT/table"
    printed=$((printed + 1))
  done
}

running=0
start=$SECONDS
drain() {
  while [ $running -gt "$1" ]; do
    wait -n
    running=$((running - 1))
    print_ended
  done
}
for i in "${!suites[@]}"; do
  case "$SPREAD" in
    *" $(basename "${suites[$i]}") "*) drain 0; run_suite "$i" ;;
    *) drain $((JOBS - 1)); run_suite "$i" & running=$((running + 1)) ;;
  esac
  print_ended
done
drain 0
print_ended

echo "== suite times (seconds, slowest first; $JOBS at a time, $((SECONDS - start)) s in all)"
echo "    wall      CPU  suite"
sort -rn "$OUT/table"
echo "== suites failed: $failed"
exit $failed
