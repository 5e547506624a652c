#!/usr/bin/env bash
# Runs every bench/*/run.sh that exists, passing the arguments on (e.g.
# --quick).  Exit status: the number of benchmark suites that failed.
set -u
cd "$(dirname "$0")/.."
failed=0
for script in bench/*/run.sh; do
  [ -x "$script" ] || continue
  echo "== $script"
  if ! "$script" "$@"; then
    failed=$((failed + 1))
    echo "FAILED: $script"
  fi
done
exit $failed
