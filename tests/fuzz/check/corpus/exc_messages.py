# str() of exceptions built with no argument or one message; KeyError
# shows the repr of its key.
import sys


def main(argv: list[str]) -> int:
    print(repr(str(Exception())), repr(str(ValueError("bad value"))))
    print(str(KeyError("name")), str(KeyError("")), repr(str(KeyError())))
    print(str(IndexError("i")), str(RuntimeError("r")), str(TypeError("t")))
    try:
        raise ValueError()
    except ValueError as e:
        print("bare class raised:", repr(str(e)))
    try:
        d = {"a": 1}
        print(d["missing key"])
    except KeyError as e:
        print("KeyError str:", str(e))
    e2 = OverflowError("made, not raised")
    print(str(e2), f"{e2}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: '' 'bad value'
# expect: 'name' '' ''
# expect: i r t
# expect: bare class raised: ''
# expect: KeyError str: 'missing key'
# expect: made, not raised made, not raised
