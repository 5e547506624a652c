# User context managers: __enter__/__exit__, the `as` target, exits by
# return/break/exception, and __exit__ returning True to swallow one.
from __future__ import annotations
import sys
from types import TracebackType
from typing import Optional, Type


class Tag:
    name: str
    log: list[str]

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> Tag:
        self.log.append(f"<{self.name}>")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.log.append(f"</{self.name}>")
        else:
            self.log.append(f"</{self.name} {exc}>")


class Suppress:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def __enter__(self) -> int:
        return 42

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> bool:
        if exc is not None and isinstance(exc, ValueError):
            self.count += 1
            print("suppressed", exc)
            return True
        return False


class Timer:
    def __enter__(self) -> Timer:
        print("start")
        return self

    def __exit__(self, a: object, b: object, c: object) -> None:
        print("stop", a is None)


def first_word(words: list[str], log: list[str]) -> str:
    for w in words:
        with Tag(w, log):
            if len(w) > 3:
                return w
    return ""


def main(argv: list[str]) -> int:
    log: list[str] = []
    with Tag("a", log) as t:
        with Tag("b", log), Tag("c", log):
            log.append(t.name)
    print(" ".join(log))
    log.clear()
    print(first_word(["x", "yy", "long", "z"], log), log)
    log.clear()
    try:
        with Tag("outer", log):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e, log)
    s = Suppress()
    with s as v:
        print("v =", v)
        raise ValueError("bad value")
    print("after", s.count)
    n = 0
    for i in range(5):
        with s:
            if i % 2 == 0:
                raise ValueError(f"i={i}")
            n += i
    print("n =", n, s.count)
    try:
        with s:
            raise RuntimeError("not swallowed")
    except RuntimeError as e:
        print("RuntimeError:", e)
    with Timer():
        print("work")
    try:
        with Timer():
            raise IndexError("x")
    except IndexError:
        print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: <a> <b> <c> a </c> </b> </a>
# expect: long ['<x>', '</x>', '<yy>', '</yy>', '<long>', '</long>']
# expect: caught 'k' ['<outer>', "</outer 'k'>"]
# expect: v = 42
# expect: suppressed bad value
# expect: after 1
# expect: suppressed i=0
# expect: suppressed i=2
# expect: suppressed i=4
# expect: n = 4 4
# expect: RuntimeError: not swallowed
# expect: start
# expect: work
# expect: stop True
# expect: start
# expect: stop False
# expect: done
