# NotImplementedError from an abstract-style base method, caught, then
# uncaught.
import sys


class Base:
    def run(self) -> str:
        raise NotImplementedError("subclass must implement run")


class Impl(Base):
    def run(self) -> str:
        return "implemented"


def main(argv: list[str]) -> int:
    print(Impl().run())
    try:
        Base().run()
    except NotImplementedError as e:
        print("caught:", str(e))
    print(Base().run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: implemented
# expect: caught: subclass must implement run
# expect-exit: 1
# expect-stderr: NotImplementedError: subclass must implement run
