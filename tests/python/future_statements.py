# Future statements are checked by the compiler as CPython's future.c:
# known features pass, braces and unknown ones are SyntaxErrors, and a
# future import after other statements is refused.
"""the docstring may come first"""
from __future__ import annotations, division
from __future__ import generator_stop


def f(x: undefined_name) -> list[int]:
    return [x]


print(f(1), f.__annotations__)
for src in ["from __future__ import braces",
            "from __future__ import nope",
            "import os\nfrom __future__ import division",
            "def f():\n    from __future__ import annotations",
            "x = 1; from __future__ import annotations",
            "'''doc'''\nfrom __future__ import print_function, with_statement\n"]:
    try:
        compile(src, "<src>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(e.msg, e.args, e.lineno, e.offset, e.end_lineno, e.end_offset)
