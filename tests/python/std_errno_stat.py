# errno: every name and number (Linux), errorcode for each number, the
# aliases; stat: the S_IS* tests and S_IMODE/S_IFMT on each file type,
# filemode() strings, the constants
import errno
import stat

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
print(' '.join('%s=%d' % (n, getattr(errno, n)) for n in names))
print(sorted(errno.errorcode.items()))
print(errno.ENOENT, errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK,
      errno.errorcode[errno.EOPNOTSUPP], errno.errorcode[35])

kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG,
         stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG,
         stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR,
         stat.S_ISPORT, stat.S_ISWHT]
for kind in kinds:
    for perm in (0o755, 0o4711, 0o2750, 0o1777, 0o644, 0o7000, 0):
        mode = kind | perm
        print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode),
              stat.S_IFMT(mode) == kind, [t(mode) for t in tests])
print(stat.filemode(0o170777), stat.filemode(0))
consts = sorted(n for n in dir(stat) if n.isupper())
print(consts)
print([getattr(stat, n) for n in consts if not callable(getattr(stat, n))])
