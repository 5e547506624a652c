# Fields first assigned in a method other than __init__ (mypy declares them
# there too): a read before any assignment raises AttributeError, as in
# CPython; fields that __init__ assigns by calling self.reset() at its top
# level are ordinary fields.
import sys


class VM:
    def __init__(self, code: list[int]) -> None:
        self.code = code
        self.reset()

    def reset(self) -> None:
        self.pc = 0
        self.stack = []
        self.halted = False

    def run(self) -> int:
        while not self.halted and self.pc < len(self.code):
            op = self.code[self.pc]
            self.pc += 1
            if op == 0:
                self.halted = True
            else:
                self.stack.append(op)
        return sum(self.stack)


class Lazy:
    def __init__(self, name: str) -> None:
        self.name = name

    def load(self) -> None:
        self.data = [1, 2]
        self.size = len(self.data)


class Sub(Lazy):
    pass


def main(argv: list[str]) -> int:
    vm = VM([3, 4, 0, 5])
    print(vm.run(), vm.pc, vm.stack)
    lz = Lazy("a")
    try:
        print(lz.size)
    except AttributeError as e:
        print("AttributeError:", e)
    lz.load()
    print(lz.size, lz.data)
    s = Sub("b")
    try:
        print(s.data)
    except AttributeError as e:
        print("AttributeError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 7 3 [3, 4]
# expect: AttributeError: 'Lazy' object has no attribute 'size'
# expect: 2 [1, 2]
# expect: AttributeError: 'Sub' object has no attribute 'data'
