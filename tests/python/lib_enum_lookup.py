# enum: calling the class with a value: a member, a hashable value, an
# unhashable one (found by equality), 1.0 for 1, _missing_, errors
import enum


class Shape(enum.Enum):
    POINT = 1
    LINE = [1, 2]
    PLANE = (1, 2, 3)


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Loose(enum.Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
        return None


print(Shape(1), Shape([1, 2]), Shape((1, 2, 3)), Shape(Shape.LINE))
print(Shape(1.0), Shape(True), Level(2.0), Level(Level.LOW), Level(True))
print(Loose("A"), Loose(Loose.A))
for cls, value in ((Shape, [1]), (Shape, {1: 2}), (Level, 3),
                   (Loose, "b"), (Shape, Level.LOW), (Level, "1")):
    try:
        print(cls(value))
    except ValueError as e:
        print("ValueError:", e)
