# os.path as CPython's posixpath: pure path functions, and the ones that
# look at the file system (run in a fresh empty directory).
import os
import os.path
import sys
from os.path import join, splitext


def main(argv: list[str]) -> int:
    print(join("a", "b"), join("a/", "b"), join("a", "/b"), join("", "x"), join("a", "b", "c"))
    print(os.path.join("usr", "lib", "rtrans", "x.py"))
    for p in ["a/b/c.txt", "/a/b/", "c", "/", "//x", "a//b", ".bashrc", "a/.b.c", "x.tar.gz", "..."]:
        print(repr(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.split(p),
              splitext(p), os.path.isabs(p))
    for p in ["", ".", "a/./b/../c", "/../x", "//a//b/", "///a", "../../x", "a/../..", "a/b/.."]:
        print(repr(p), repr(os.path.normpath(p)))
    with open("data.txt", "w") as f:
        f.write("hello\n")
    print(os.path.exists("data.txt"), os.path.isfile("data.txt"), os.path.isdir("data.txt"))
    print(os.path.exists("missing.txt"), os.path.isdir("."), os.path.isfile("."))
    cwd = os.getcwd()
    print(os.path.abspath("data.txt") == join(cwd, "data.txt"), os.path.abspath("/x/../y"))
    print(os.path.abspath(".") == cwd)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a/b a/b /b x a/b/c
# expect: usr/lib/rtrans/x.py
# expect: 'a/b/c.txt' c.txt 'a/b' ('a/b', 'c.txt') ('a/b/c', '.txt') False
# expect: '/a/b/'  '/a/b' ('/a/b', '') ('/a/b/', '') True
# expect: 'c' c '' ('', 'c') ('c', '') False
# expect: '/'  '/' ('/', '') ('/', '') True
# expect: '//x' x '//' ('//', 'x') ('//x', '') True
# expect: 'a//b' b 'a' ('a', 'b') ('a//b', '') False
# expect: '.bashrc' .bashrc '' ('', '.bashrc') ('.bashrc', '') False
# expect: 'a/.b.c' .b.c 'a' ('a', '.b.c') ('a/.b', '.c') False
# expect: 'x.tar.gz' x.tar.gz '' ('', 'x.tar.gz') ('x.tar', '.gz') False
# expect: '...' ... '' ('', '...') ('...', '') False
# expect: '' '.'
# expect: '.' '.'
# expect: 'a/./b/../c' 'a/c'
# expect: '/../x' '/x'
# expect: '//a//b/' '//a/b'
# expect: '///a' '/a'
# expect: '../../x' '../../x'
# expect: 'a/../..' '..'
# expect: 'a/b/..' 'a'
# expect: True True False
# expect: False True False
# expect: True /y
# expect: True
