#!/usr/bin/env bash
# Duhton benchmarks: the translated interpreter's GIL build against its STM
# build with 1 and 2 worker threads, side by side, on the seven programs
# of this folder (CPU-bound: independent, trees, contended; many small
# transactions: container_transaction, list_transaction,
# micro_transactions; a parallel merge sort: sort).  Prints, per program,
# the wall-clock times and:
#   STM-1/GIL    the cost of STM on one thread (lower is better, 1 = free)
#   STM-1/STM-2  the speed-up from a second thread (2 = perfect)
#   aborts/commit in the 2-thread STM run (RTRANS_STM_STATS=1 summary)
# and checks that every run printed the same result; then the time taken
# to translate and compile the interpreter, per phase.
#
# Environment:
#   DUHTON_GIL  GIL interpreter command (default build/bin/duhton-gil)
#   DUHTON_STM  STM interpreter command (default build/bin/duhton-stm)
#   SCALE       multiplies the number of transactions (default 1)
#   PROGRAMS    the programs to run (default: all seven)
#   QUICK=1     use the programs' own small default sizes (e.g. to try the
#               script with DUHTON_GIL=DUHTON_STM="python3 .../duhton.py")
set -u
cd "$(dirname "$0")/../.."
GIL=${DUHTON_GIL:-build/bin/duhton-gil}
STM=${DUHTON_STM:-build/bin/duhton-stm}
SCALE=${SCALE:-1}
QUICK=${QUICK:-0}

for cmd in "$GIL" "$STM"; do
  if ! command -v "${cmd%% *}" > /dev/null 2>&1; then
    echo "bench/duhton: skipped: '$cmd' not found (build the translated interpreter first)"
    exit 0
  fi
done

# The sizes, as Duhton assignments prepended to the program.
sizes() {
  [ "$QUICK" = 1 ] && return
  case "$1" in
    independent) echo "(setq TASKS $((32 * SCALE)) WORK 300000)" ;;
    trees)       echo "(setq TASKS $((16 * SCALE)) SHARED_DEPTH 17 PRIVATE_DEPTH 14 WALKS 4)" ;;
    contended)   echo "(setq TASKS $((128 * SCALE)) WORK 80000)" ;;
    container_transaction) echo "(setq CHAINS 2 STEPS $((50000 * SCALE)))" ;;
    list_transaction)      echo "(setq SLOTS 4 STEPS $((25000 * SCALE)))" ;;
    micro_transactions)    echo "(setq SPAWNERS $((100 * SCALE)) EACH 1000)" ;;
    sort)                  echo "(setq N $((100000 * SCALE)) CHUNKS 8)" ;;
  esac
}

now() { date +%s.%N; }

# run NAME CMD THREADS STATSFILE: prints the seconds; stdout in $tmp/NAME.out
run() {
  local name=$1 cmd=$2 threads=$3 stats=$4 t0 t1
  t0=$(now)
  { sizes "$name"; cat "bench/duhton/$name.duh"; } |
    RTRANS_STM_STATS=1 $cmd --num-threads "$threads" - > "$tmp/$name.$threads.out" 2> "$stats"
  local rc=$?
  t1=$(now)
  if [ $rc != 0 ]; then
    echo "bench/duhton: $name failed with '$cmd --num-threads $threads':" >&2
    cat "$stats" >&2
    exit 1
  fi
  echo "$t0 $t1" | awk '{ printf "%.3f", $2 - $1 }'
}

# Commits and aborts of all threads: the "total" line of the runtime's
# RTRANS_STM_STATS summary (columns: total COMMITS ABORTS ...).
stat() {
  awk -v col="$1" '$1 == "total" { print (col == "commits") ? $2 : $3; found = 1 }
                   END { if (!found) print 0 }' "$2"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
printf "%-12s %8s %8s %8s %11s %11s %14s\n" program GIL STM-1 STM-2 STM-1/GIL STM-1/STM-2 aborts/commit
for name in ${PROGRAMS:-independent trees contended container_transaction list_transaction micro_transactions sort}; do
  gil=$(run "$name" "$GIL" 1 "$tmp/gil.err") || exit 1
  cp "$tmp/$name.1.out" "$tmp/$name.gil.out"
  stm1=$(run "$name" "$STM" 1 "$tmp/stm1.err") || exit 1
  stm2=$(run "$name" "$STM" 2 "$tmp/stm2.err") || exit 1
  for out in "$tmp/$name.1.out" "$tmp/$name.2.out"; do
    if ! cmp -s "$tmp/$name.gil.out" "$out"; then
      echo "bench/duhton: $name: output differs from the GIL run:" >&2
      diff "$tmp/$name.gil.out" "$out" >&2
      status=1
    fi
  done
  commits=$(stat commits "$tmp/stm2.err")
  aborts=$(stat aborts "$tmp/stm2.err")
  echo "$name $gil $stm1 $stm2 $commits $aborts" | awk '{
    r1 = ($2 > 0) ? $3 / $2 : 0; r2 = ($4 > 0) ? $3 / $4 : 0
    apc = ($5 > 0) ? sprintf("%.3f", $6 / $5) : "n/a"
    printf "%-12s %8.3f %8.3f %8.3f %11.2f %11.2f %14s\n", $1, $2, $3, $4, r1, r2, apc }'
  sed 's/^/    result: /' "$tmp/$name.gil.out"
done

# Translating and compiling the interpreter itself (rtrans -v reports each
# phase; cc is the C compiler's share).
echo
for flags in "" "--stm"; do
  t0=$(now)
  phases=$(build/bin/rtrans -v $flags -O2 examples/duhton/duhton.py -o "$tmp/duhton" 2>&1 |
           awk '$1 == "rtrans:" && $NF == "s" { printf "%s %s  ", $2, $3 }')
  t1=$(now)
  echo "$t0 $t1" | awk -v f="${flags:-(GIL)}" -v p="$phases" \
    '{ printf "translate+compile duhton %-6s %.2f s   (%s)\n", f, $2 - $1, p }'
done
exit $status
