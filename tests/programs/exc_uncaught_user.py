# An uncaught user exception: output so far is flushed, the traceback's
# last line names the class and message, exit status 1.
import sys


class ConfigError(Exception):
    pass


def load(name: str) -> None:
    raise ConfigError(f"no config named {name!r}")


def main(argv: list[str]) -> int:
    print("loading")
    load("prod")
    print("never")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect-stderr: ConfigError: no config named 'prod'

# expect: loading
# expect-exit: 1
