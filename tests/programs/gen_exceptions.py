# Exceptions and generators: raised out of a generator (which is then
# finished), caught inside around a yield, try/finally, close(), throw(),
# StopIteration escaping a generator (PEP 479), a generator resuming itself.
import sys
from typing import Iterator


def risky(n: int) -> Iterator[int]:
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i


def guarded(xs: list[str]) -> Iterator[int]:
    for s in xs:
        try:
            yield int(s)
        except ValueError:
            yield -1


def cleanup(tag: str) -> Iterator[str]:
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("cleanup", tag)


def stubborn() -> Iterator[int]:
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2


def catcher() -> Iterator[str]:
    n = 0
    while n < 3:
        try:
            yield f"ready {n}"
        except KeyError as e:
            print("caught", e)
        n += 1


def leaky() -> Iterator[int]:
    it: Iterator[int] = iter([1])
    while True:
        yield next(it)


SELF: list[Iterator[int]] = []


def reentrant() -> Iterator[int]:
    yield 1
    yield next(SELF[0])


def nested_finally() -> Iterator[int]:
    try:
        try:
            yield 1
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("handled inside")
        yield 2
    finally:
        print("outer finally")


def main(argv: list[str]) -> int:
    got: list[int] = []
    try:
        for x in risky(5):
            got.append(x)
    except ValueError as e:
        print("error:", e, got)
    g = risky(5)
    print(next(g), next(g))
    try:
        next(g)
    except ValueError as e:
        print("raised", e)
    print(next(g, 99))                       # finished after the exception
    print(list(guarded(["1", "x", "3"])))
    print(list(cleanup("a")))
    c = cleanup("b")
    print(next(c))
    c.close()
    c.close()
    print(next(c, "closed"))
    fresh = cleanup("c")
    fresh.close()                            # not started: no cleanup
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    k = catcher()
    print(next(k))
    print(k.throw(KeyError("boom")))
    print(next(k))
    try:
        k.throw(IndexError("out"))
    except IndexError as e:
        print("propagated", e)
    print(next(k, "finished"))
    lk = leaky()
    print(next(lk))
    try:
        next(lk)
    except RuntimeError as e:
        print("RuntimeError:", e)
    r = reentrant()
    SELF.append(r)
    print(next(r))
    try:
        next(r)
    except ValueError as e:
        print("ValueError:", e)
    print(list(nested_finally()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: error: bad item 2 [0, 1]
# expect: 0 1
# expect: raised bad item 2
# expect: 99
# expect: [1, -1, 3]
# expect: cleanup a
# expect: ['a1', 'a2']
# expect: b1
# expect: cleanup b
# expect: closed
# expect: RuntimeError: generator ignored GeneratorExit
# expect: ready 0
# expect: caught 'boom'
# expect: ready 1
# expect: ready 2
# expect: propagated out
# expect: finished
# expect: 1
# expect: RuntimeError: generator raised StopIteration
# expect: 1
# expect: ValueError: generator already executing
# expect: inner finally
# expect: handled inside
# expect: outer finally
# expect: [1, 2]
