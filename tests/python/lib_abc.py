# abc: abstract methods block instantiation until all are overridden
# (CPython's message), register() and virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name()} {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Sq2(Sq):
    def name(self): return 'sq'
for cls in (Shape, Sq, Sq2):
    try: print(cls(3).describe() if cls is not Shape else cls())
    except TypeError as e: print(e)
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, Sq2.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), isinstance('x', Base), issubclass(Sq2, Shape), isinstance(Sq2(1), Shape))
