#!/usr/bin/env bash
# ./build.sh fuzz: the fuzz steps of the test suite, longer and on fresh
# seeds.  Every failure names its reproducer; once fixed, it goes into the
# corpus (tests/fuzz/corpus, tests/fuzz/check/corpus, tests/programs or
# tests/duhton/programs).  Exit status: the number of failed steps.
set -u
cd "$(dirname "$0")/../.."
B=${B:-build}
SECONDS_EACH=${FUZZ_SECONDS:-300}
ROUNDS=${FUZZ_ROUNDS:-5}
failed=0
step() {
  echo "== $*"
  if ! "$@"; then failed=$((failed + 1)); echo "FAILED: $*"; fi
}
step env FUZZ_SEED=0 FUZZ_SECONDS="$SECONDS_EACH" "$B"/tests/fuzz-frontend
step env FUZZ_SEED=0 FUZZ_SECONDS="$SECONDS_EACH" "$B"/tests/fuzz-check
for _ in $(seq "$ROUNDS"); do
  seed=$(( (RANDOM << 15 | RANDOM) + 2 ))
  step env FUZZ_SEED="$seed" FUZZ_LINES=20000 FUZZ_MUTANTS=200 "$B"/tests/fuzz-seeded
done
echo "== fuzz steps failed: $failed"
exit $failed
