# Modules that import each other run as CPython runs them: what an import
# cycle reaches before a module defines it is an error (module a runs an
# assignment before its import of b, which imports a back; b takes f,
# a.LIMIT and a.Base from a before a defines them).
import sys

import a


def main(argv: list[str]) -> int:
    print(a.f())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 2:1: this statement runs before the import on line 3, which leads back to module 'a' (an import cycle): rtrans runs a module's code after the modules it imports, so only imports, 'def' and 'class' may come first
# expect error: 3:15: cannot import name 'f' from partially initialized module 'a': an import cycle runs this while 'a' runs its import on line 3 (CPython raises ImportError); write 'import a' and use 'a.f' inside functions
# expect error: 5:5: name 'LIMIT' is used before its definition
# expect error: 6:5: 'a.f' is used before module 'a' defines it: an import cycle runs this while 'a' runs its import on line 3 (CPython raises AttributeError); use it inside a function
# expect error: 9:11: base class 'Base' is not defined yet: CPython evaluates a base when the class statement runs, so define 'Base' before 'Sub'
# expect error: 17:10: 'a.Base' is used before module 'a' defines it: an import cycle runs this while 'a' runs its import on line 3 (CPython raises AttributeError); use it inside a function
