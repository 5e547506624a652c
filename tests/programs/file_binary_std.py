# sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: binary reads and
# writes of the standard streams.  A binary write skips the text layer, so
# text printed before it and not yet flushed comes out after it, as in
# CPython (stdout is a pipe here, not a terminal).
import sys
import threading


# Under --stm a thread's writes wait for its transaction's commit
# (io_defer.c): binary ones keep their layer and their order.
def worker(k: int) -> None:
    print("thread text", k)
    sys.stdout.buffer.write(b"thread bytes " + str(k).encode() + b"\n")


def main() -> int:
    inp = sys.stdin.buffer
    print(inp, inp.name, inp.mode, inp.readline())
    print(inp.read(4), inp.readline(3))
    print(inp.readlines())
    print("text first, shown after the bytes")
    out = sys.stdout.buffer
    print(out.name, out.mode, out.fileno())
    n = out.write(b"bytes \xc3\xa9 \x41 written\n")
    sys.stdout.flush()
    print("after a flush: in order")
    out.write(bytearray(b"more bytes\n"))
    out.flush()
    sys.stdout.write("pending text\n")
    sys.stderr.buffer.write(b"to stderr\n")
    t = threading.Thread(target=worker, args=(1,))
    t.start()
    t.join()
    print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# stdin: first line
# stdin: second line
# stdin: café

# expect: bytes é A written
# expect: <_io.BufferedReader name='<stdin>'> <stdin> rb b'first line\n'
# expect: b'seco' b'nd '
# expect: [b'line\n', b'caf\xc3\xa9\n']
# expect: text first, shown after the bytes
# expect: <stdout> wb 1
# expect: more bytes
# expect: thread bytes 1
# expect: after a flush: in order
# expect: pending text
# expect: thread text 1
# expect: 19
