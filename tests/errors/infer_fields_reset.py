# __init__ may assign fields by calling a method at its top level
# (self.reset()); an override of that method must assign them too, or call
# the base method first, or a read could see a field never assigned.
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


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 29:5: 'Bad.reset' overrides 'Machine.reset', which '__init__' calls to assign field 'acc': assign it at the top of 'reset' too, or call super().reset(...) first
