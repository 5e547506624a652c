# inspect.getdoc of a method, classmethod, staticmethod or property
# without a docstring takes the one of the same name in the nearest base
# class that has one (CPython 3.11); a class takes its nearest base's; a
# class made in a function or a lambda have none to inherit.
import inspect


class Base:
    """Base's text.

        Indented second line."""

    def method(self):
        """Base.method's text."""

    @classmethod
    def build(cls):
        """Base.build's text."""

    @staticmethod
    def helper():
        """Base.helper's text."""

    @property
    def value(self):
        """Base.value's text."""
        return 0


class Middle(Base):
    def method(self):
        pass


class Child(Middle):
    """Child's text."""

    def method(self):
        pass

    @classmethod
    def build(cls):
        pass

    @staticmethod
    def helper():
        pass

    @property
    def value(self):
        return 1

    def own(self):
        pass


for obj in (Child.method, Child().method, Child.build, Child().build,
            Child.helper, Child.value, Child.own, Child, Middle,
            Middle.method, Base.method):
    print(repr(inspect.getdoc(obj)))


def factory():
    class Local(Base):
        def method(self):
            pass
    return Local


print(inspect.getdoc(factory().method), inspect.getdoc(factory()().method))
print(inspect.getdoc(lambda: 0), inspect.getdoc(factory()))
