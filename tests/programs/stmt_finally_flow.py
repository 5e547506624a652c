# The finally clause sees only what holds on every way into it, while the
# code after the try statement still sees what the try body assigned (only
# the normal way reaches it).
import sys


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def f(n: int) -> int:
    if n > 0:
        raise ValueError("boom")
    return 5


def cleanup(tag: str) -> None:
    print("cleanup", tag)


def assigned_after(n: int) -> int:
    try:
        x = f(n)
    finally:
        cleanup("a")
    return x + 1


def assigned_before(n: int) -> None:
    x = -1
    try:
        x = f(n)
    finally:
        print("finally sees", x)


def optional_handle(n: int) -> None:
    node: Node | None = None
    try:
        node = Node(f(n))
    finally:
        if node is not None:
            print("close", node.v)
        else:
            print("nothing to close")


def finally_assigns(n: int) -> int:
    try:
        f(n)
    finally:
        y = 10
    return y


def narrowed_in_try(n: int) -> int:
    node: Node | None = Node(n) if n >= 0 else None
    try:
        if node is None:
            return -1
        f(n)
    finally:
        cleanup("n")
    return node.v


def narrowed_in_finally(n: int) -> int:
    node: Node | None = Node(3) if n == 0 else None
    try:
        f(n)
    finally:
        assert node is not None
    return node.v


def return_in_try(n: int) -> int:
    count = 0
    try:
        count = 1
        return f(n)
    finally:
        print("count", count)


def loop_with_finally(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            total += i
        finally:
            total += 100
    return total


def nested_finally(n: int) -> int:
    try:
        try:
            z = f(n)
        finally:
            cleanup("inner")
        z += 1
    finally:
        cleanup("outer")
    return z


def handler_then_finally(n: int) -> int:
    try:
        w = f(n)
    except ValueError:
        w = 7
    finally:
        cleanup("h")
    return w


def main(argv: list[str]) -> int:
    print(assigned_after(0))
    try:
        print(assigned_after(1))
    except ValueError as e:
        print("caught", e)
    assigned_before(0)
    try:
        assigned_before(1)
    except ValueError as e:
        print("caught", e)
    optional_handle(0)
    try:
        optional_handle(1)
    except ValueError as e:
        print("caught", e)
    print(finally_assigns(0))
    try:
        print(finally_assigns(1))
    except ValueError as e:
        print("caught", e)
    print(narrowed_in_try(0), narrowed_in_try(-1))
    print(narrowed_in_finally(0))
    print(return_in_try(0))
    try:
        print(return_in_try(1))
    except ValueError as e:
        print("caught", e)
    print(loop_with_finally(6))
    print(nested_finally(0))
    try:
        print(nested_finally(1))
    except ValueError as e:
        print("caught", e)
    print(handler_then_finally(0), handler_then_finally(1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: cleanup a
# expect: 6
# expect: cleanup a
# expect: caught boom
# expect: finally sees 5
# expect: finally sees -1
# expect: caught boom
# expect: close 5
# expect: nothing to close
# expect: caught boom
# expect: 10
# expect: caught boom
# expect: cleanup n
# expect: cleanup n
# expect: 0 -1
# expect: 3
# expect: count 1
# expect: 5
# expect: count 1
# expect: caught boom
# expect: 504
# expect: cleanup inner
# expect: cleanup outer
# expect: 6
# expect: cleanup inner
# expect: cleanup outer
# expect: caught boom
# expect: cleanup h
# expect: cleanup h
# expect: 5 7
