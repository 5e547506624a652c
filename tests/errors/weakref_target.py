# weakref.ref[T] needs a program class: the runtime clears only weak
# references to heap objects of the program, and CPython refuses int, str,
# tuple, list and dict targets too.  A target of the wrong class and a
# callback are refused naming weakref.ref, as the program wrote it.
import sys
import weakref


class Node:
    pass


def main(argv: list[str]) -> int:
    r: weakref.ref[int] = weakref.ref(3)
    s: weakref.ref[str] = weakref.ref("x")
    n: weakref.ref[Node] = weakref.ref(argv)
    m = weakref.ref[Node](1)
    k = weakref.ref(Node(), print)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 14:8: weakref.ref[int]: a weak reference's target must be an instance of a class of the program (CPython cannot weakly reference int, str, tuple, list or dict either); wrap the value in a class
# expect error: 15:8: weakref.ref[str]: a weak reference's target must be an instance of a class of the program (CPython cannot weakly reference int, str, tuple, list or dict either); wrap the value in a class
# expect error: 16:40: argument 1 of 'weakref.ref' has type 'list[str]', expected 'Node'
# expect error: 17:27: argument 1 of 'weakref.ref' has type 'int', expected 'Node'
# expect error: 18:9: weakref.ref() takes one argument, the object: callbacks (weakref.ref(obj, callback)) are not supported
