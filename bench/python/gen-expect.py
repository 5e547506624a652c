"""Rewrites the `# expect:` and `# expect-quick:` lines of the interpreter
benchmarks (bench/python/*.py with a `# bench-size:` line) from what
CPython prints at the `# bench-size:` and `# bench-quick:` sizes, with one
thread for the threaded ones.  Read the diff before committing it: these
lines are what run.sh checks every implementation against.

    python3 bench/python/gen-expect.py [PROGRAM.py...]
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def header(text, key):
    found = re.search(rf"^# {key}: *(.*)$", text, re.M)
    return found.group(1).strip() if found else None


def output(path, threaded, size):
    args = [sys.executable, path] + (["1"] if threaded else [])
    if size != "-":
        args.append(size)
    run = subprocess.run(args, capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    if len(lines) != 1:
        sys.exit(f"{path}: printed {len(lines)} lines, not one")
    return lines[0]


def main():
    paths = sys.argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                                   if f.endswith(".py"))
    for path in paths:
        text = open(path).read()
        if header(text, "bench-size") is None:
            continue
        threaded = re.search(r"^# bench-threads$", text, re.M) is not None
        for key, size_key in (("expect", "bench-size"), ("expect-quick", "bench-quick")):
            line = output(path, threaded, header(text, size_key))
            text, n = re.subn(rf"^# {key}: .*$", lambda _: f"# {key}: {line}", text,
                              count=1, flags=re.M)
            if n != 1:
                sys.exit(f"{path}: no '# {key}:' line to rewrite")
        with open(path, "w") as f:
            f.write(text)
        print(f"{os.path.basename(path)}: rewritten")


if __name__ == "__main__":
    main()
