# try/except/else/finally in every combination and the order in which the
# clauses run.
import sys


def attempt(n: int) -> str:
    out: list[str] = []
    try:
        out.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            raise KeyError("two")
        out.append("no error")
    except ValueError as e:
        out.append("value " + str(e))
    except KeyError as e:
        out.append("key " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return ",".join(out)


def only_finally(log: list[str]) -> None:
    try:
        log.append("body")
    finally:
        log.append("cleanup")


def main(argv: list[str]) -> int:
    for n in range(3):
        print(attempt(n))
    log: list[str] = []
    only_finally(log)
    print(log)
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", str(e))
    try:
        print("no exception")
    except Exception:
        print("never")
    else:
        print("else runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: try,no error,else,finally
# expect: try,value one,finally
# expect: try,key 'two',finally
# expect: ['body', 'cleanup']
# expect: inner finally
# expect: outer caught inner
# expect: no exception
# expect: else runs
