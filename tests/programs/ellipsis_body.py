# A body of `...` (a stub, as in protocols and abstract methods) is `pass`.
class Shape:
    def area(self) -> float:
        raise NotImplementedError

    def describe(self) -> None: ...

    def hook(self) -> None:
        """Subclasses may override."""
        ...


class Sq(Shape):
    def area(self) -> float:
        return 4.0


s = Sq()
s.describe()
s.hook()
print(s.area())

# expect: 4.0
