# except clauses: a tuple of classes bound with `as` (common base), a base
# class catching subclasses, bare except, handler order.
import sys


def risky(n: int) -> int:
    xs = [1, 2, 3]
    d = {"a": 1}
    if n == 0:
        return xs[10]
    if n == 1:
        return d["zz"]
    if n == 2:
        return 1 // (n - 2)
    if n == 3:
        return int("nope")
    return n


def main(argv: list[str]) -> int:
    for n in range(5):
        try:
            print("result", risky(n))
        except (KeyError, IndexError) as e:
            print(n, "lookup:", str(e))
        except ArithmeticError as e:
            print(n, "arith:", str(e))
        except:
            print(n, "something else")
    try:
        risky(1)
    except LookupError as e:
        print("LookupError catches KeyError:", str(e))
    try:
        risky(0)
    except Exception as e:
        print("Exception catches IndexError:", str(e))
    try:
        risky(3)
    except ValueError:
        print("first matching handler wins")
    except Exception:
        print("never")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 lookup: list index out of range
# expect: 1 lookup: 'zz'
# expect: 2 arith: integer division or modulo by zero
# expect: 3 something else
# expect: result 4
# expect: LookupError catches KeyError: 'zz'
# expect: Exception catches IndexError: list index out of range
# expect: first matching handler wins
