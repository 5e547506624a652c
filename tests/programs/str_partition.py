# partition and rpartition, found and not found.
import sys


def main(argv: list[str]) -> int:
    print("key=value=x".partition("="), "key=value=x".rpartition("="))
    print("novalue".partition("="), "novalue".rpartition("="))
    head, sep, tail = "user@example.com".partition("@")
    print(head, sep, tail)
    path = "/usr/local/bin/tool"
    directory, _, base = path.rpartition("/")
    print(directory, base)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ('key', '=', 'value=x') ('key=value', '=', 'x')
# expect: ('novalue', '', '') ('', '', 'novalue')
# expect: user @ example.com
# expect: /usr/local/bin tool
