class Empty:
    pass

class Point:
    x: int
    y: int = 0
    LIMIT = 10

    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"

    @staticmethod
    def origin() -> Point:
        return Point(0, 0)

class Error(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)

class Paren():
    pass

class Kw(Base, metaclass=Meta):
    pass

@dataclass
class D:
    a: int
