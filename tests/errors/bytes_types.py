# bytes and bytearray are distinct types (as mypy --strict-bytes has
# them), bytes is immutable, bytearray unhashable; what CPython raises for
# every such use is refused before the program runs.
import sys


def checksum(data: bytes) -> int:
    return sum(data)


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

# expect error: 14:20: argument 1 of 'checksum' has type 'bytearray', expected 'bytes'
# expect error: 15:5: 'bytes' does not support item assignment
# expect error: 16:17: string argument without an encoding (write bytes(s, "utf-8") or s.encode())
# expect error: 17:18: 'bytes' has no attribute 'capitalize'
# expect error: 18:11: unhashable type: 'bytearray'
# expect error: 19:16: unhashable type: 'bytearray'
# expect error: 20:18: '__add__' of 'bytes' takes 'bytearray | bytes', not 'str'
# expect error: 21:20: incompatible types in assignment: expected 'bytes', got 'bytearray'
