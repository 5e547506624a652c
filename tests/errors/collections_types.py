# collections and typing forms that need a declared type, or are not types.
import sys
from collections import Counter, defaultdict, deque
from typing import Union


def main(argv: list[str]) -> int:
    d = defaultdict(list)
    c = Counter("abc")
    print(c.get("a"))
    e: defaultdict[str, int] = defaultdict(list)
    u: Union[int, str] = 3
    q = deque()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 12:8: union types are not supported (only 'Union[T, None]', 'T | None')
# expect error: 8:9: cannot infer the item types of 'defaultdict()'; annotate the variable (x: defaultdict[str, int] = defaultdict(...))
# expect error: 10:11: 'get' is not available for value types ('int | None'); pass a default
# expect error: 11:44: defaultdict(list) makes 'list' values, not the declared 'int'
# expect error: 13:9: cannot infer the item types of 'deque()'; annotate the variable (x: deque[int] = deque(...))
