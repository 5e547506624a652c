# if / elif / else chains, nested ifs, conditions of every type.
import sys


def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


def sign(x: float) -> int:
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def main(argv: list[str]) -> int:
    print([grade(s) for s in [95, 85, 75, 10, 90, 80]])
    print(sign(3.5), sign(-0.1), sign(0.0))
    for n in range(1, 16):
        if n % 15 == 0:
            print("FizzBuzz")
        elif n % 5 == 0:
            print("Buzz")
        elif n % 3 == 0:
            print("Fizz")
        else:
            if n > 10:
                print("big", n)
            else:
                print(n)
    if "":
        print("never")
    elif [0]:
        print("non-empty list is true")
    pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['A', 'B', 'C', 'F', 'A', 'B']
# expect: 1 -1 0
# expect: 1
# expect: 2
# expect: Fizz
# expect: 4
# expect: Buzz
# expect: Fizz
# expect: 7
# expect: 8
# expect: Fizz
# expect: Buzz
# expect: big 11
# expect: Fizz
# expect: big 13
# expect: big 14
# expect: FizzBuzz
# expect: non-empty list is true
