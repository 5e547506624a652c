# string constants, hex/oct/bin, int.bit_length/bit_count, os.path import
# forms, and the built-in exception classes with CPython's hierarchy.
import sys
import string
from string import ascii_letters, digits


def classify(c: str) -> str:
    if c in string.ascii_lowercase:
        return "lower"
    if c in string.ascii_uppercase:
        return "upper"
    if c in digits:
        return "digit"
    if c in string.punctuation:
        return "punct"
    if c in string.whitespace:
        return "space"
    return "other"


def raise_one(i: int) -> None:
    if i == 0:
        raise SyntaxError("bad syntax")
    if i == 1:
        raise IndentationError("unexpected indent")
    if i == 2:
        raise PermissionError("denied")
    if i == 3:
        raise TimeoutError("too slow")
    if i == 4:
        raise ConnectionResetError("reset")
    if i == 5:
        raise UnicodeError("undecodable")
    if i == 6:
        raise ModuleNotFoundError("no module")
    if i == 7:
        raise StopIteration()
    raise KeyboardInterrupt("stop")


def main(argv: list[str]) -> int:
    print(len(ascii_letters), string.digits, string.hexdigits, string.octdigits)
    print(string.punctuation)
    print(repr(string.whitespace), len(string.printable))
    print([classify(c) for c in "aZ3!\t\u00e9"])
    for v in [0, 1, 255, -255, 4096, 9223372036854775807, -9223372036854775807 - 1]:
        print(hex(v), oct(v), bin(v) if -5000 < v < 5000 else "", v.bit_length(), v.bit_count())
    print(hex(True), (255).bit_length(), (-1).bit_length())
    for i in range(9):
        try:
            raise_one(i)
        except OSError as e:
            print("OSError", e, isinstance(e, ConnectionError))
        except ValueError as e:
            print("ValueError", e, isinstance(e, UnicodeError))
        except SyntaxError as e:
            print("SyntaxError", e, isinstance(e, IndentationError))
        except LookupError as e:
            print("LookupError", e)
        except ImportError as e:
            print("ImportError", e)
        except Exception as e:
            print("Exception", repr(str(e)))
        except BaseException as e:
            print("BaseException", e)
    try:
        with open("/nonexistent-dir/x.txt", "w") as f:
            f.write("x")
    except FileNotFoundError as e:
        print("FileNotFoundError", e)
    try:
        with open(".", "r") as f:
            print(f.read())
    except IsADirectoryError as e:
        print("IsADirectoryError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 52 0123456789 0123456789abcdefABCDEF 01234567
# expect: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
# expect: ' \t\n\r\x0b\x0c' 100
# expect: ['lower', 'upper', 'digit', 'punct', 'space', 'other']
# expect: 0x0 0o0 0b0 0 0
# expect: 0x1 0o1 0b1 1 1
# expect: 0xff 0o377 0b11111111 8 8
# expect: -0xff -0o377 -0b11111111 8 8
# expect: 0x1000 0o10000 0b1000000000000 13 1
# expect: 0x7fffffffffffffff 0o777777777777777777777  63 63
# expect: -0x8000000000000000 -0o1000000000000000000000  64 1
# expect: 0x1 8 1
# expect: SyntaxError bad syntax False
# expect: SyntaxError unexpected indent True
# expect: OSError denied False
# expect: OSError too slow False
# expect: OSError reset True
# expect: ValueError undecodable True
# expect: ImportError no module
# expect: Exception ''
# expect: BaseException stop
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nonexistent-dir/x.txt'
# expect: IsADirectoryError [Errno 21] Is a directory: '.'
