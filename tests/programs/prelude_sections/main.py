# The prelude's library sections are parsed only for the modules a program
# imports (frontend/modules.c): re is imported by words.py alone, random
# (sample) needs the math section that nothing here imports, and os.path is reached
# through `import os`.  A name of an unimported section is the program's
# own: `error` and `Match` here are not re's.
import os
import random

import words


class Match:
    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Match({self.text!r})"


def error(msg: str) -> str:
    return "error: " + msg


def main() -> None:
    print(words.split_words("one, two;three  four"))
    print(words.count_digits("a1b22c333"))
    rng = random.Random(7)
    print([rng.randint(1, 100) for _ in range(5)])
    print(round(rng.random(), 6), round(rng.uniform(1.0, 2.0), 6))
    random.seed(3)
    print(random.sample(range(100), 4))
    print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"))
    print(Match("m"), error("none"))


main()

# expect: ['one', 'two', 'three', 'four']
# expect: 6
# expect: [42, 20, 51, 84, 7]
# expect: 0.072436 1.535882
# expect: [30, 75, 69, 16]
# expect: a/b/c.txt ('x/y.tar', '.gz')
# expect: Match('m') error: none
