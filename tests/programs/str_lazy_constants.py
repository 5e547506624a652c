# String constants of 1024 UTF-8 bytes or more are made at their first
# evaluation, not at start-up (rtpython's library sources): the same
# object at every evaluation, in every function and every thread, with the
# same text as an eagerly made one; a module global bound to one is read
# as the constant.
# threads
# rtpython: skip its compiler does not share equal constants between code objects as CPython's does (w is wide_again())
import sys
import threading

LIBRARY = r'''
lazy line 000: the quick brown fox jumps over the lazy dog
lazy line 001: the quick brown fox jumps over the lazy dog
lazy line 002: the quick brown fox jumps over the lazy dog
lazy line 003: the quick brown fox jumps over the lazy dog
lazy line 004: the quick brown fox jumps over the lazy dog
lazy line 005: the quick brown fox jumps over the lazy dog
lazy line 006: the quick brown fox jumps over the lazy dog
lazy line 007: the quick brown fox jumps over the lazy dog
lazy line 008: the quick brown fox jumps over the lazy dog
lazy line 009: the quick brown fox jumps over the lazy dog
lazy line 010: the quick brown fox jumps over the lazy dog
lazy line 011: the quick brown fox jumps over the lazy dog
lazy line 012: the quick brown fox jumps over the lazy dog
lazy line 013: the quick brown fox jumps over the lazy dog
lazy line 014: the quick brown fox jumps over the lazy dog
lazy line 015: the quick brown fox jumps over the lazy dog
lazy line 016: the quick brown fox jumps over the lazy dog
lazy line 017: the quick brown fox jumps over the lazy dog
lazy line 018: the quick brown fox jumps over the lazy dog
lazy line 019: the quick brown fox jumps over the lazy dog
'''

SOURCES: dict[str, str] = {"lib": LIBRARY}
SEEN: list[str] = []


def wide() -> str:
    return "ĉu 0 ☃ ∑ éà\nĉu 1 ☃ ∑ éà\nĉu 2 ☃ ∑ éà\nĉu 3 ☃ ∑ éà\nĉu 4 ☃ ∑ éà\nĉu 5 ☃ ∑ éà\nĉu 6 ☃ ∑ éà\nĉu 7 ☃ ∑ éà\nĉu 8 ☃ ∑ éà\nĉu 9 ☃ ∑ éà\nĉu 10 ☃ ∑ éà\nĉu 11 ☃ ∑ éà\nĉu 12 ☃ ∑ éà\nĉu 13 ☃ ∑ éà\nĉu 14 ☃ ∑ éà\nĉu 15 ☃ ∑ éà\nĉu 16 ☃ ∑ éà\nĉu 17 ☃ ∑ éà\nĉu 18 ☃ ∑ éà\nĉu 19 ☃ ∑ éà\nĉu 20 ☃ ∑ éà\nĉu 21 ☃ ∑ éà\nĉu 22 ☃ ∑ éà\nĉu 23 ☃ ∑ éà\nĉu 24 ☃ ∑ éà\nĉu 25 ☃ ∑ éà\nĉu 26 ☃ ∑ éà\nĉu 27 ☃ ∑ éà\nĉu 28 ☃ ∑ éà\nĉu 29 ☃ ∑ éà\nĉu 30 ☃ ∑ éà\nĉu 31 ☃ ∑ éà\nĉu 32 ☃ ∑ éà\nĉu 33 ☃ ∑ éà\nĉu 34 ☃ ∑ éà\nĉu 35 ☃ ∑ éà\nĉu 36 ☃ ∑ éà\nĉu 37 ☃ ∑ éà\nĉu 38 ☃ ∑ éà\nĉu 39 ☃ ∑ éà\nĉu 40 ☃ ∑ éà\nĉu 41 ☃ ∑ éà\nĉu 42 ☃ ∑ éà\nĉu 43 ☃ ∑ éà\nĉu 44 ☃ ∑ éà\nĉu 45 ☃ ∑ éà\nĉu 46 ☃ ∑ éà\nĉu 47 ☃ ∑ éà\nĉu 48 ☃ ∑ éà\nĉu 49 ☃ ∑ éà\nĉu 50 ☃ ∑ éà\nĉu 51 ☃ ∑ éà\nĉu 52 ☃ ∑ éà\nĉu 53 ☃ ∑ éà\nĉu 54 ☃ ∑ éà\nĉu 55 ☃ ∑ éà\nĉu 56 ☃ ∑ éà\nĉu 57 ☃ ∑ éà\nĉu 58 ☃ ∑ éà\nĉu 59 ☃ ∑ éà\n"


def wide_again() -> str:
    return "ĉu 0 ☃ ∑ éà\nĉu 1 ☃ ∑ éà\nĉu 2 ☃ ∑ éà\nĉu 3 ☃ ∑ éà\nĉu 4 ☃ ∑ éà\nĉu 5 ☃ ∑ éà\nĉu 6 ☃ ∑ éà\nĉu 7 ☃ ∑ éà\nĉu 8 ☃ ∑ éà\nĉu 9 ☃ ∑ éà\nĉu 10 ☃ ∑ éà\nĉu 11 ☃ ∑ éà\nĉu 12 ☃ ∑ éà\nĉu 13 ☃ ∑ éà\nĉu 14 ☃ ∑ éà\nĉu 15 ☃ ∑ éà\nĉu 16 ☃ ∑ éà\nĉu 17 ☃ ∑ éà\nĉu 18 ☃ ∑ éà\nĉu 19 ☃ ∑ éà\nĉu 20 ☃ ∑ éà\nĉu 21 ☃ ∑ éà\nĉu 22 ☃ ∑ éà\nĉu 23 ☃ ∑ éà\nĉu 24 ☃ ∑ éà\nĉu 25 ☃ ∑ éà\nĉu 26 ☃ ∑ éà\nĉu 27 ☃ ∑ éà\nĉu 28 ☃ ∑ éà\nĉu 29 ☃ ∑ éà\nĉu 30 ☃ ∑ éà\nĉu 31 ☃ ∑ éà\nĉu 32 ☃ ∑ éà\nĉu 33 ☃ ∑ éà\nĉu 34 ☃ ∑ éà\nĉu 35 ☃ ∑ éà\nĉu 36 ☃ ∑ éà\nĉu 37 ☃ ∑ éà\nĉu 38 ☃ ∑ éà\nĉu 39 ☃ ∑ éà\nĉu 40 ☃ ∑ éà\nĉu 41 ☃ ∑ éà\nĉu 42 ☃ ∑ éà\nĉu 43 ☃ ∑ éà\nĉu 44 ☃ ∑ éà\nĉu 45 ☃ ∑ éà\nĉu 46 ☃ ∑ éà\nĉu 47 ☃ ∑ éà\nĉu 48 ☃ ∑ éà\nĉu 49 ☃ ∑ éà\nĉu 50 ☃ ∑ éà\nĉu 51 ☃ ∑ éà\nĉu 52 ☃ ∑ éà\nĉu 53 ☃ ∑ éà\nĉu 54 ☃ ∑ éà\nĉu 55 ☃ ∑ éà\nĉu 56 ☃ ∑ éà\nĉu 57 ☃ ∑ éà\nĉu 58 ☃ ∑ éà\nĉu 59 ☃ ∑ éà\n"


def just_below() -> str:
    return "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


def work() -> None:
    SEEN.append(LIBRARY)
    SEEN.append(wide())


def main(argv: list[str]) -> int:
    print(len(LIBRARY), LIBRARY.count("\n"), LIBRARY.splitlines()[3])
    print(SOURCES["lib"] is LIBRARY, LIBRARY[-4:] == "dog\n")
    w = wide()
    print(len(w), w.splitlines()[59], w is wide(), w is wide_again())
    print(hash(w) == hash(wide_again()), w == "".join(w.splitlines(True)))
    print(len(just_below()), just_below() is just_below())
    threads: list[threading.Thread] = []
    for _ in range(3):
        t = threading.Thread(target=work)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print(len(SEEN), all(s is LIBRARY or s is w for s in SEEN))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1181 21 lazy line 002: the quick brown fox jumps over the lazy dog
# expect: True True
# expect: 770 ĉu 59 ☃ ∑ éà True True
# expect: True True
# expect: 1023 True
# expect: 6 True
