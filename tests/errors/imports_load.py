# Modules that cannot be loaded (loading stops before checking).
import sys
import xml.dom
import no_such_module
import builtins


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 3:8: package imports are not supported: 'xml.dom'
# expect error: 4:8: no module named 'no_such_module' (looked for tests/errors/no_such_module.py)
# expect error: 5:8: module 'builtins' cannot be imported
