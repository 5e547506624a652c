# A narrowing of xs[k] ends at any item store and any call.
class Val:
    pass


class Pair(Val):
    def __init__(self, car: int) -> None:
        self.car = car


def touch(vs: list[Val]) -> None:
    pass


def f(vs: list[Val], i: int) -> int:
    if isinstance(vs[0], Pair):
        vs[i] = Val()
        return vs[0].car
    if isinstance(vs[1], Pair):
        touch(vs)
        return vs[1].car
    if isinstance(vs[i], Pair):
        return vs[i].car
    return 0

# expect error: 18:22: 'Val' has no field 'car'
# expect error: 21:22: 'Val' has no field 'car'
# expect error: 23:22: 'Val' has no field 'car'
