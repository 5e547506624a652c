# typing.List, Dict, Tuple, Optional as aliases in annotations.
import sys
from typing import Dict, List, Optional, Tuple


def group(words: List[str]) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for w in words:
        if len(w) not in out:
            out[len(w)] = []
        out[len(w)].append(w)
    return out


def first(words: List[str]) -> Optional[str]:
    if words:
        return words[0]
    return None


def span(xs: List[int]) -> Tuple[int, int]:
    return (xs[0], xs[-1])


def main(argv: list[str]) -> int:
    print(group(["a", "bb", "cc", "d"]))
    print(first(["x"]), first([]))
    print(span([3, 4, 5]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: {1: ['a', 'd'], 2: ['bb', 'cc']}
# expect: x None
# expect: (3, 5)
