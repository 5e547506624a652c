#!/usr/bin/env bash
# Run every test suite; each check binary prints its own summary line.
# Exit status: number of failed suites (0 = all passed).
set -u
cd "$(dirname "$0")/.."
B=${B:-build}
failed=0
for t in "$B"/tests/*; do
  [ -x "$t" ] && [ -f "$t" ] || continue
  echo "== $(basename "$t")"
  if ! CK_VERBOSITY=${CK_VERBOSITY:-normal} "$t"; then
    failed=$((failed + 1))
    echo "FAILED: $(basename "$t")"
  fi
done
echo "== suites failed: $failed"
exit $failed
