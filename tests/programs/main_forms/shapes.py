NAME = __name__


def area(name: str) -> float:
    if name == "square":
        return 2.0 * 2.0
    return 3.14


if __name__ == "__main__":
    # the module's self-test: runs only when it is the program
    print("self-test", area("square"))
