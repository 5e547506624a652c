# __init__ may assign fields by calling a method at its top level
# (self.reset()); self is not usable before that call.  An override of that
# method must assign them too, or call the base method first, or a read
# could see a field never assigned.
import sys


class Machine:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.pc = 0
        self.acc = 0


class Good(Machine):
    def reset(self) -> None:
        super().reset()
        self.extra = 1


class AlsoGood(Machine):
    def reset(self) -> None:
        self.pc = 10
        self.acc = 1


class Bad(Machine):
    def reset(self) -> None:
        self.pc = 5


class Early:
    def __init__(self) -> None:
        self.show()
        self.reset()
        self.show()

    def reset(self) -> None:
        self.stack = [1]

    def show(self) -> None:
        print(self.stack)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 30:5: 'Bad.reset' overrides 'Machine.reset', which '__init__' calls to assign field 'acc': assign it at the top of 'reset' too, or call super().reset(...) first
# expect error: 36:9: 'self' is used before field 'stack' is assigned
