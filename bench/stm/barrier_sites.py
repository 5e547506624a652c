#!/usr/bin/env python3
"""Where one thread's STM barriers cost instructions, per source line.

    bench/stm/barrier_sites.py [-n ROWS] [--keep FILE] BINARY ARGS...
    bench/stm/barrier_sites.py [-n ROWS] --from FILE BINARY

Runs BINARY ARGS under `valgrind --tool=callgrind --dump-instr=yes` (or
reads the profile FILE that such a run wrote) and charges the Ir of every
instruction of BINARY to the innermost function it was inlined from and
to the source line that function was inlined at.  The barriers and frame
helpers of runtime/stm.h are inlined into the generated code, so
callgrind_annotate shows their cost per line of stm.h only ("stm_read:
10% of the run"); this tells which access of the program pays it
("stm_read at interp.py:1145, the fetch of the next bytecode: 2.4%").

Prints the runtime/stm.h helpers (stm_read, stm_read_card, stm_write*,
stm_push_frame*, ...) first, summed per helper, then the ROWS (default
40) costliest (helper, call site) pairs.  Needs valgrind and binutils'
addr2line; BINARY must have debug information (rtrans builds with -g).
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile

# The runtime/stm.h helpers whose cost is charged to their call sites.
HELPERS = ("stm_read", "stm_read_card", "stm_write", "stm_write_card",
           "stm_gc_wb", "stm_gc_wb_card", "stm_push_frame",
           "stm_push_frame_unchecked", "stm_pop_frame", "stm_must_restart",
           "stm_safepoint_poll", "stm_push_marker", "stm_pop_marker")


def position(text, last):
    """A callgrind instruction position: absolute (hex), relative (+N,
    -N: subposition compression) or '*' (the same as the last one)."""
    if text == "*":
        return last
    if text[0] in "+-":
        delta = int(text[1:], 0)
        return last + delta if text[0] == "+" else last - delta
    return int(text, 0)


def self_costs(path, binary):
    """Ir per instruction address of `binary`, its own costs only (the
    cost line after `calls=` is the callee's inclusive cost)."""
    names = {}              # name compression: "(N)" -> file name
    costs = collections.Counter()
    total = 0
    current_ob = None
    last = 0
    after_calls = False
    target = os.path.realpath(binary)
    with open(path) as f:
        for line in f:
            if line.startswith(("ob=", "cob=")):
                ob = compressed(names, line.split("=", 1)[1].strip())
                if line.startswith("ob="):
                    current_ob = os.path.realpath(ob) if ob else ob
            elif line.startswith("summary:"):
                total = int(line.split()[1])
            elif line.startswith("calls="):
                after_calls = True
            elif line[:1] in "0123456789+-*":
                parts = line.split()
                last = position(parts[0], last)
                if not after_calls and len(parts) > 2 and current_ob == target:
                    costs[last] += int(parts[2])
                after_calls = False
    return costs, total


def compressed(names, text):
    """Resolve callgrind's name compression: "(N) name" defines, "(N)"
    refers back."""
    if not text.startswith("("):
        return text
    key, _, name = text.partition(")")
    if name.strip():
        names[key] = name.strip()
    return names.get(key)


def inline_chains(binary, addresses):
    """addr2line's inline chain per address: [(function, 'file:line')],
    innermost first; each entry's line is where the function below it
    was inlined (the last one's is the address's own line)."""
    cmd = ["addr2line", "-f", "-i", "-a", "-e", binary]
    out = subprocess.run(cmd, input="\n".join("%x" % a for a in addresses),
                         capture_output=True, text=True, check=True).stdout
    chains = {}
    address, chain, fn = None, [], None
    for line in out.splitlines():
        if line.startswith("0x"):
            if address is not None:
                chains[address] = chain
            address, chain, fn = int(line, 16), [], None
        elif fn is None:
            fn = line
        else:
            where = line.split(" (")[0]
            chain.append((fn, os.path.basename(where)))
            fn = None
    if address is not None:
        chains[address] = chain
    return chains


def charge(costs, chains):
    """Sum the costs per helper and per (helper, call site)."""
    per_helper = collections.Counter()
    per_site = collections.Counter()
    for address, ir in costs.items():
        chain = chains.get(address, [])
        for depth, (fn, _) in enumerate(chain[:-1]):
            if fn in HELPERS:
                # the outermost helper of the chain (stm_push_frame calls
                # stm_push_frame_unchecked): its site is the line below it
                outer = depth
                while outer + 1 < len(chain) - 1 and chain[outer + 1][0] in HELPERS:
                    outer += 1
                site = chain[outer + 1]
                name = chain[outer][0]
                per_helper[name] += ir
                per_site[(name, "%s in %s" % (site[1], site[0]))] += ir
                break
    return per_helper, per_site


def profile(args):
    """Run the program under callgrind; returns the profile's path."""
    path = args.keep or tempfile.mkstemp(prefix="barrier_sites.", suffix=".out")[1]
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=yes",
           "--callgrind-out-file=" + path, args.binary] + args.args
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return path


def report(per_helper, per_site, total, rows):
    pct = lambda ir: 100.0 * ir / total if total else 0.0
    print("%14s %6s  %s" % ("Ir", "%", "helper (all call sites)"))
    for name, ir in per_helper.most_common():
        print("%14d %6.2f  %s" % (ir, pct(ir), name))
    print("\n%14s %6s  %s" % ("Ir", "%", "helper, inlined at FILE:LINE in FUNCTION"))
    for (name, site), ir in per_site.most_common(rows):
        print("%14d %6.2f  %s, %s" % (ir, pct(ir), name, site))
    print("\n%14d %6.2f  the whole run" % (total, 100.0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=40, dest="rows")
    ap.add_argument("--from", dest="source", help="a callgrind profile to read")
    ap.add_argument("--keep", help="where to write the profile (default: a temporary file)")
    ap.add_argument("binary")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    path = args.source or profile(args)
    costs, total = self_costs(path, args.binary)
    if not costs:
        sys.exit("barrier_sites: no costs of %s in %s" % (args.binary, path))
    chains = inline_chains(args.binary, sorted(costs))
    per_helper, per_site = charge(costs, chains)
    report(per_helper, per_site, total, args.rows)
    if not args.source and not args.keep:
        os.unlink(path)


if __name__ == "__main__":
    main()
