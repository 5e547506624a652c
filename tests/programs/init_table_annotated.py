# A field annotated in __init__ whose value is a table of lambdas that
# capture self (and bound methods of self): building it calls none of them.
from typing import Callable


class VM:
    def __init__(self) -> None:
        self.stack: list[int] = []
        self.handlers: dict[str, Callable[[], None]] = {
            "dup": lambda: self.stack.append(self.stack[-1]),
        }
        self.out = 0


vm = VM()
vm.stack.append(3)
vm.handlers["dup"]()
print(vm.stack)

# expect: [3, 3]
