# f-strings: expressions, !r and !s conversions, literal braces, nested
# quotes, values of every printable type.
import sys


def main(argv: list[str]) -> int:
    name = "world"
    n = 42
    x = 2.5
    flag = True
    xs = [1, 2]
    d = {"k": (1, "v")}
    print(f"hello {name}!")
    print(f"{n} {x} {flag} {xs} {d}")
    print(f"{name!r} {name!s} {xs!r} {n!r}")
    print(f"{{literal}} {{{n}}} }}{{")
    print(f"{n + 1} {n * x} {name.upper()} {len(xs)} {xs[0]}")
    print(f"{'single'} {d['k'][1]} {'yes' if flag else 'no'}")
    print(f"{None} {-n} {n // 5}")
    s: str | None = None
    print(f"value={s}")
    print(f"" == "", f"{''}" == "")
    print(f"a" f"{n}" "c")
    print(f"""triple {name}""", rf"raw\{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: hello world!
# expect: 42 2.5 True [1, 2] {'k': (1, 'v')}
# expect: 'world' world [1, 2] 42
# expect: {literal} {42} }{
# expect: 43 105.0 WORLD 2 1
# expect: single v yes
# expect: None -42 8
# expect: value=None
# expect: True True
# expect: a42c
# expect: triple world raw\42
