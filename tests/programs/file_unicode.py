# Writing and reading non-ASCII text as UTF-8; lengths in characters.
import sys


def main(argv: list[str]) -> int:
    text = "naïve café — 日本語\nsecond ünïcödé line\n"
    with open("u.txt", "w", encoding="utf-8") as f:
        f.write(text)
    with open("u.txt", encoding="utf-8") as f:
        back = f.read()
    print(back == text, len(back))
    for line in back.splitlines():
        print(len(line), line.upper())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True 37
# expect: 16 NAÏVE CAFÉ — 日本語
# expect: 19 SECOND ÜNÏCÖDÉ LINE
