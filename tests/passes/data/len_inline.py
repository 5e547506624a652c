# len() of a list or dict reads its _len in place (passes/lower_call.c,
# inline_len): test_stm.c checks that no call of __len__ is left, and that
# after an item store, or a first len(), it needs no barrier of its own.


def after_store(xs: list[int]) -> int:
    xs[0] = 5
    return len(xs)


def twice(d: dict[str, int]) -> int:
    return len(d) + len(d)


def alone(xs: list[str]) -> int:
    return len(xs)


if __name__ == "__main__":
    print(after_store([1, 2]), twice({"a": 1}), alone([]))
