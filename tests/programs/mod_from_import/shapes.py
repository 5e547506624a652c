# Helper module for mod_from_import.
UNIT = 1.0


class Shape:
    def area(self) -> float:
        return 0.0

    def name(self) -> str:
        return "shape"


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def name(self) -> str:
        return "square"


def total_area(shapes: list[Shape]) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t
