# Tuples of one length whose items are classes of one hierarchy join item
# by item: a list display of them, a tuple display iterated by `for`.
class Shape:
    def area(self) -> float:
        return 0.0


class Sq(Shape):
    def area(self) -> float:
        return 4.0


class Circle(Shape):
    def area(self) -> float:
        return 3.14


shapes = [("sq", Sq()), ("circle", Circle()), ("none", Shape())]
for name, s in shapes:
    print(name, s.area())
for name, s in (("a", Sq()), ("b", Circle())):
    print(name, type(s).__name__, s.area())

# expect: sq 4.0
# expect: circle 3.14
# expect: none 0.0
# expect: a Sq 4.0
# expect: b Circle 3.14
