# bytes and bytearray are distinct types (as mypy --strict-bytes has
# them), bytes is immutable, bytearray unhashable; what CPython raises for
# every such use is refused before the program runs.
import sys


def checksum(data: bytes) -> int:
    return sum(data)


def opcode(word: bytes) -> int:
    match word:
        case b"\x00\xe0":
            return 1
        case _:
            return 0


def main(argv: list[str]) -> int:
    buf = bytearray(b"abc")
    frozen = b"abc"
    print(checksum(buf))
    frozen[0] = 65
    print(bytes("text"))
    print(frozen.capitalize())
    print({buf})
    print(hash(buf))
    print(frozen + "x")
    other: bytes = buf
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 13:14: bytes literal patterns are not supported: compare with == in a guard (case _ if x == b'...')
# expect error: 22:20: argument 1 of 'checksum' has type 'bytearray', expected 'bytes' (bytes and bytearray are distinct types, as with mypy --strict-bytes: write bytes(...))
# expect error: 23:5: 'bytes' does not support item assignment
# expect error: 24:17: string argument without an encoding (write bytes(s, "utf-8") or s.encode())
# expect error: 25:18: 'bytes' has no attribute 'capitalize'
# expect error: 26:11: unhashable type: 'bytearray'
# expect error: 27:16: unhashable type: 'bytearray'
# expect error: 28:18: '__add__' of 'bytes' takes 'bytearray | bytes', not 'str'
# expect error: 29:20: incompatible types in assignment: expected 'bytes', got 'bytearray' (bytes and bytearray are distinct types, as with mypy --strict-bytes: write bytes(...))
