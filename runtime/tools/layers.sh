#!/usr/bin/env bash
# layers.sh - list which runtime file calls which, and check the layering
# (docs/runtime.md "Layers"): base.c calls no other runtime file, and no
# runtime file calls core.c (the top: set-up, teardown, threads).
# Reads the objects' symbol tables, so it sees real calls, not includes.
# Usage: runtime/tools/layers.sh [OBJDIR...]   (default build/obj build/obj-stm)
# Prints "caller -> callee: symbols" lines with -v; exits 1 on a violation.
set -u
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(build/obj/runtime build/obj-stm/runtime)
bad=0
for d in "${dirs[@]}"; do
  [ -d "$d" ] || { echo "layers.sh: no $d (build first)" >&2; exit 2; }
  defs=$(for o in "$d"/*.o; do
           nm --defined-only -g "$o" | awk -v f="$(basename "$o" .o)" '{print $3, f}'
         done)
  for o in "$d"/*.o; do
    me=$(basename "$o" .o)
    edges=$(nm -u "$o" | awk '{print $2}' | sort -u |
            join - <(echo "$defs" | sort -k1,1) | awk -v me="$me" '$2 != me')
    [ -n "$edges" ] || continue
    while read -r callee syms; do
      [ $verbose = 1 ] && echo "$d: $me -> $callee: $syms"
      if [ "$me" = base ] || [ "$callee" = core ]; then
        echo "layers.sh: $d: $me.c calls $callee.c ($syms): against the layering" >&2
        bad=1
      fi
    done < <(echo "$edges" | awk '{a[$2] = a[$2] " " $1} END {for (k in a) print k, a[k]}' | sort)
  done
done
[ $bad = 0 ] && echo "layers.sh: runtime layering ok (${dirs[*]})"
exit $bad
