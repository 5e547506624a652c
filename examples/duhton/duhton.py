"""Duhton: a small Lisp whose programs queue function calls that run as
parallel transactions.  Behaviour: the Duhton specification
(duhton-spec.md) with the differences listed in examples/duhton/README.md.

Runs translated by rtrans (the STM build runs the transactions in
parallel) or under CPython:
    PYTHONPATH=runtime/prelude python3 examples/duhton/duhton.py prog.duh
"""
from __future__ import annotations

import os
import sys
import threading

from objects import (DuObject, Ctx, Frame, fatal, run_body,
                     set_source_label, write_out, flush_out)
from reader import Reader, chain, line_depth, is_space
from printer import render
import primitives
import scheduler

EXIT_USAGE = 64
MAX_THREADS = 1024
# Deep Duhton recursion: CPython needs a high frame limit (its frames live
# on the heap), the translated binary a big C stack in every worker (the
# main thread's is already big).  Each Duhton call level takes about six
# Python frames.
RECURSION_LIMIT = 1500000
WORKER_STACK = 512 * 1024 * 1024


def usage_text(default_threads: int) -> str:
    return ("Duhton: a simple lisp-like language with STM support\n"
            "\n"
            "Usage: duhton [--help] [--num-threads no] [filename]\n"
            "  --help: this help\n"
            "  --num-threads <number>: number of threads (default "
            + str(default_threads) + ")\n"
            "\n")


def atoi(s: str) -> int:
    """C atoi: optional blanks and sign, then digits; garbage gives 0.
    Saturates instead of overflowing."""
    i = 0
    n = len(s)
    while i < n and is_space(s[i]):
        i += 1
    negative = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    value = 0
    while i < n and "0" <= s[i] <= "9":
        if value < 1000000000000:
            value = value * 10 + ord(s[i]) - 48
        i += 1
    return -value if negative else value


def guarded_run(body: DuObject, frame: Frame, line: int) -> DuObject:
    """Evaluate main-program forms; running out of stack is fatal."""
    try:
        return run_body(body, frame, line)
    except RecursionError:
        fatal("maximum recursion depth exceeded")
    except MemoryError:
        fatal("out of memory")
    return body


def read_program(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, "r", encoding="utf-8") as f:
            return f.read()
    except UnicodeError:
        fatal("cannot read '" + path + "': not UTF-8 text")
    except OSError:
        fatal("cannot open '" + path + "'")
    return ""


def run_batch(path: str, frame: Frame) -> None:
    """Read and check the whole program, then run it, then drain."""
    set_source_label("<stdin>" if path == "-" else path)
    forms = Reader(read_program(path), 1).read_forms()
    guarded_run(chain(forms, 1), frame, 1)
    scheduler.run_all(frame.ctx)


def read_logical_line() -> tuple[bool, str]:
    """Physical lines up to a newline outside any parenthesis.  False at
    the end of input (a last line without newline is dropped)."""
    lines: list[str] = []
    depth = 0
    while True:
        try:
            line = sys.stdin.readline()
        except UnicodeError:
            fatal("cannot read standard input: not UTF-8 text")
            return (False, "")
        depth = line_depth(line, depth)
        if depth > 0 and not line.endswith("\n"):
            fatal("more '(' than ')'")
        if not line.endswith("\n"):
            return (False, "")
        lines.append(line)
        if depth == 0:
            return (True, "".join(lines))
    return (False, "")


def run_interactive(frame: Frame) -> None:
    set_source_label("<stdin>")
    line_no = 1
    while True:
        write_out("))) ")
        flush_out()
        ok, text = read_logical_line()
        if not ok:
            write_out("\n")
            return
        forms = Reader(text, line_no).read_forms()
        result = guarded_run(chain(forms, line_no), frame, line_no)
        line_no += text.count("\n")
        write_out(render(result) + "\n")
        scheduler.run_all(frame.ctx)


def main(argv: list[str]) -> int:
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(WORKER_STACK)
    default_threads = os.cpu_count()
    threads = default_threads
    threads_arg = str(threads)
    path = ""
    have_path = False
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--help":
            write_out(usage_text(default_threads))
            return 0
        if arg == "--num-threads":
            if i + 1 >= len(argv):
                write_out("ERROR: --num-threads requires a parameter\n")
                return 1
            i += 1
            threads = atoi(argv[i])
            threads_arg = argv[i]
        elif arg.startswith("--"):
            write_out("ERROR: unrecognized parameter " + arg + "\n")
        else:
            path = arg
            have_path = True
        i += 1
    # checked after the loop: arguments act left to right, and a later
    # --help or --num-threads still counts
    if threads < 1 or threads > MAX_THREADS:
        write_out("ERROR: --num-threads must be between 1 and "
                  + str(MAX_THREADS) + ", got '" + threads_arg + "'\n")
        return EXIT_USAGE
    scheduler.set_num_threads(threads)
    primitives.install()
    frame = Frame(None, True, Ctx(False))
    if have_path:
        run_batch(path, frame)
    else:
        run_interactive(frame)
    flush_out()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
