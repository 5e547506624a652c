#!/usr/bin/env bash
# A short demonstration of the translated STM Duhton: a program queues
# independent transactions and a contended counter, runs them on two
# worker threads, and checks the results.  Translates nothing itself;
# skips with a message when build/bin/duhton-stm has not been built.
set -u
cd "$(dirname "$0")/../.."
DUHTON=${DUHTON:-build/bin/duhton-stm}
if ! command -v "${DUHTON%% *}" > /dev/null 2>&1; then
  echo "duhton demo: skipped: $DUHTON has not been built"
  exit 0
fi

program='
; each transaction sums a range into its own slot, and counts itself in a
; shared container (those updates conflict and are retried, never lost)
(setq done (container 0) slots (list))
(defun sum-for (k)
  (setq i 0 s 0)
  (while (< i 20000) (setq s (+ s (% (* i k) 7)) i (+ i 1)))
  s)
(defun work (k)
  (set (get slots k) (sum-for k))
  (set done (+ (get done) 1)))
(setq k 0)
(while (< k 16) (append slots (container 0)) (transaction work k) (setq k (+ k 1)))
(run-transactions)
(setq k 0 total 0 expected 0)
(while (< k 16)
  (setq total (+ total (get (get slots k))) expected (+ expected (sum-for k)))
  (setq k (+ k 1)))
(print (quote transactions-run) (get done) (quote total) total (quote as-sequential) (== total expected))
'
echo "duhton demo: $DUHTON --num-threads 2, 16 transactions:"
printf '%s' "$program" | sed 's/^/    /'
echo
echo "output:"
printf '%s' "$program" | RTRANS_STM_STATS=1 $DUHTON --num-threads 2 - 2>&1 | sed 's/^/    /'
status=${PIPESTATUS[1]}
if [ "$status" != 0 ]; then
  echo "duhton demo: FAILED (status $status)"
  exit 1
fi
