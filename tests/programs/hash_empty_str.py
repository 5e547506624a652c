# hash("") is 0 under CPython in every run (other str hashes are randomised)
def main() -> None:
    s = "abc"
    print(hash(""), hash(s[:0]), hash(s[3:]) == hash(""))
    d: dict[str, int] = {"": 7}
    print(d[s[1:1]])


main()

# expect: 0 0 True
# expect: 7
