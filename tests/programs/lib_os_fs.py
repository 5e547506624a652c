# os.listdir, os.stat, os.lstat, os.readlink, os.chdir as CPython's (run in
# a fresh empty directory): names, sizes, file kinds, times, and the
# OSError subclasses with their "[Errno N] text: 'path'" messages.
import os
import sys


def kind(mode: int) -> str:
    fmt = mode & 0o170000
    if fmt == 0o040000:
        return "dir"
    if fmt == 0o100000:
        return "file"
    return "other"


def show_error(what: str, path: str) -> None:
    try:
        if what == "listdir":
            os.listdir(path)
        elif what == "stat":
            os.stat(path)
        elif what == "readlink":
            os.readlink(path)
        else:
            os.chdir(path)
        print(what, "no error")
    except FileNotFoundError as e:
        print(what, "FileNotFoundError", e)
    except OSError as e:
        print(what, type(e).__name__, e)
    except ValueError as e:
        print(what, "ValueError", e)


def main(argv: list[str]) -> int:
    print(os.listdir(), os.listdir("."))
    with open("a.txt", "w") as f:
        f.write("hello\n")
    with open("b.txt", "w") as f:
        f.write("")
    print(sorted(os.listdir()), sorted(os.listdir(os.getcwd())))
    st = os.stat("a.txt")
    print(st.st_size, kind(st.st_mode), st.st_nlink, kind(os.stat(".").st_mode))
    print(st.st_mtime_ns // 1000000000 == int(st.st_mtime), st.st_mtime > 1.0e9)
    print(st.st_atime_ns > 0, st.st_ctime_ns > 0, st.st_ino > 0, st.st_dev > 0)
    print(os.lstat("b.txt").st_size, st.st_uid >= 0, st.st_gid >= 0)
    for what in ["listdir", "stat", "readlink", "chdir"]:
        show_error(what, "missing")
        show_error(what, "a.txt")
        show_error(what, "a\0b")
    here = os.getcwd()
    os.chdir("/")
    print(os.getcwd(), os.path.exists("a.txt"))
    os.chdir(here)
    print(os.getcwd() == here, os.path.exists("a.txt"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [] []
# expect: ['a.txt', 'b.txt'] ['a.txt', 'b.txt']
# expect: 6 file 1 dir
# expect: True True
# expect: True True True True
# expect: 0 True True
# expect: listdir FileNotFoundError [Errno 2] No such file or directory: 'missing'
# expect: listdir NotADirectoryError [Errno 20] Not a directory: 'a.txt'
# expect: listdir ValueError embedded null byte
# expect: stat FileNotFoundError [Errno 2] No such file or directory: 'missing'
# expect: stat no error
# expect: stat ValueError embedded null byte
# expect: readlink FileNotFoundError [Errno 2] No such file or directory: 'missing'
# expect: readlink OSError [Errno 22] Invalid argument: 'a.txt'
# expect: readlink ValueError embedded null byte
# expect: chdir FileNotFoundError [Errno 2] No such file or directory: 'missing'
# expect: chdir NotADirectoryError [Errno 20] Not a directory: 'a.txt'
# expect: chdir ValueError embedded null byte
# expect: / False
# expect: True True
