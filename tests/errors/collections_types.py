# collections and typing forms that need a declared type, or are not types.
import sys
from collections import defaultdict, deque
from typing import Union


def main(argv: list[str]) -> int:
    d = defaultdict(list)
    e: defaultdict[str, int] = defaultdict(list)
    u: Union[int, str] = 3
    q = deque()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:9: cannot infer the item types of 'defaultdict()'; annotate the variable (x: defaultdict[str, int] = defaultdict(...))
# expect error: 9:44: defaultdict(list) makes 'list' values, not the declared 'int'
# expect error: 11:9: cannot infer the item types of 'deque()'; annotate the variable (x: deque[int] = deque(...))
