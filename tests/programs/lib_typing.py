# typing names in annotations: Callable, Optional, Final, List, Dict, Tuple.
import sys
from typing import Callable, Dict, Final, List, Optional, Tuple

MAX: Final[int] = 3


def apply_all(fs: List[Callable[[int], int]], x: int) -> List[int]:
    return [f(x) for f in fs]


def inc(x: int) -> int:
    return x + 1


def dbl(x: int) -> int:
    return x * 2


def index(words: List[str]) -> Dict[str, Tuple[int, int]]:
    out: Dict[str, Tuple[int, int]] = {}
    for i, w in enumerate(words):
        out[w] = (i, len(w))
    return out


def pick(d: Dict[str, Tuple[int, int]], k: str) -> Optional[Tuple[int, int]]:
    if k in d:
        return d[k]
    return None


def main(argv: list[str]) -> int:
    print(apply_all([inc, dbl, inc], MAX))
    d = index(["ab", "cde"])
    print(d, pick(d, "ab"), pick(d, "zz"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [4, 6, 4]
# expect: {'ab': (0, 2), 'cde': (1, 3)} (0, 2) None
