# dict.fromkeys without a value makes None values, which no container
# holds by itself here: the message says to give a value.
def main() -> None:
    d = dict.fromkeys(["a", "b"])
    print(d)


main()

# expect error: 4:9: dict.fromkeys(keys) without a value is not supported (its values would be None): give one, e.g. dict.fromkeys(keys, 0)
