# Generators: what stays out, all reported in one run.
import sys
import rtrans
from typing import Callable, Generator, Iterator


def sends() -> Iterator[int]:
    x = yield 1
    print((yield 2))


def returns_value(n: int) -> Iterator[int]:
    yield n
    return n


def not_iterator(n: int) -> list[int]:
    yield n


def wrong_item() -> Iterator[str]:
    yield 1
    yield from [1, 2]


def send_type() -> Generator[int, str, None]:
    yield 1


def in_atomic() -> Iterator[int]:
    with rtrans.atomic:
        yield 1


def lambda_yield() -> None:
    f: Callable[[], None] = lambda: (yield)


def nothing() -> Iterator[None]:
    yield


def main(argv: list[str]) -> int:
    xs = [1, 2]
    print(next(xs))
    g = (x for x in xs)
    print(g)
    return 0


yield 5


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:9: the value of a 'yield' expression is not supported (send() is not): write 'yield ...' as a statement
# expect error: 9:12: the value of a 'yield' expression is not supported (send() is not): write 'yield ...' as a statement
# expect error: 14:12: a generator cannot return a value (only Generator[T, None, None] is supported): write 'return'
# expect error: 17:1: generator 'not_iterator' must be annotated '-> Iterator[T]' (or Iterable[T], Generator[T, None, None]), not 'list[int]'
# expect error: 22:11: yielded value has type 'int', expected 'str'
# expect error: 23:5: 'yield from' gives items of type 'int', expected 'str'
# expect error: 26:20: only 'Generator[T, None, None]' is supported (send() and return values of generators are not): or write 'Iterator[T]'
# expect error: 32:9: 'yield' inside 'with rtrans.atomic:' is not supported: the atomic section would stay open while the generator is suspended
# expect error: 36:38: 'yield' inside a lambda is not supported
# expect error: 45:16: 'list[int]' object is not an iterator: use iter(x) first
# expect error: 47:11: 'Iterator[int]' cannot be converted to a string: CPython would print the iterator's address
# expect error: 51:1: 'yield' outside function
