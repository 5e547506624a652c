#!/usr/bin/env python3
"""Write a corpus program's `# expect:` lines from what CPython prints.

    tests/harness/gen-expect.py tests/programs/foo.py [...]

Runs each program under python3 (runtime/prelude on PYTHONPATH) with its
`# args:` (where {tmpdir} becomes a fresh directory) and `# stdin:` lines,
drops its old `# expect:` and `# expect-exit:` lines and appends new ones at
the end of the file; for a non-zero exit without `# expect-stderr:` it adds
the last line of standard error.  Programs marked `# cpython: skip` are left
alone: their expectations are written by hand.  Read the result: the output
of CPython is only right if the program tests what it means to.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def directives(lines: list[str], name: str) -> list[str]:
    tag = f"# {name}:"
    out = []
    for line in lines:
        if line.startswith(tag):
            v = line[len(tag):]
            out.append(v[1:] if v.startswith(" ") else v)
    return out


def regenerate(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if directives(lines, "cpython"):
        print(f"{path}: cpython: skip, left alone")
        return
    main = path
    with tempfile.TemporaryDirectory() as tmp:
        args = [a.replace("{tmpdir}", tmp) for v in directives(lines, "args") for a in v.split()]
        stdin = "".join(s + "\n" for s in directives(lines, "stdin"))
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "runtime", "prelude"),
                   PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1")
        res = subprocess.run([sys.executable, os.path.abspath(main)] + args, input=stdin,
                             capture_output=True, text=True, cwd=tmp, env=env, timeout=120)
    kept = [l for l in lines if not l.startswith("# expect:") and not l.startswith("# expect-exit:")]
    while kept and kept[-1] == "":
        kept.pop()
    kept.append("")
    for out_line in res.stdout.split("\n")[:-1] if res.stdout else []:
        kept.append(f"# expect: {out_line}".rstrip(" ") if out_line == "" else f"# expect: {out_line}")
    if res.returncode != 0:
        kept.append(f"# expect-exit: {res.returncode}")
        err = res.stderr.strip().split("\n")
        if not directives(lines, "expect-stderr") and err and err[-1]:
            kept.append(f"# expect-stderr: {err[-1]}")
    if res.stdout and not res.stdout.endswith("\n"):
        print(f"{path}: WARNING: output does not end with a newline", file=sys.stderr)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    print(f"{path}: {res.stdout.count(chr(10))} lines, exit {res.returncode}")
    if res.returncode not in (0,) and res.stderr:
        print("  stderr: " + res.stderr.strip().split("\n")[-1])


if __name__ == "__main__":
    for p in sys.argv[1:]:
        regenerate(p)
