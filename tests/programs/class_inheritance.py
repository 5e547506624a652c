# Single inheritance: virtual overrides, super().__init__, super().method,
# methods inherited unchanged, three levels deep.
import sys


class Animal:
    name: str
    legs: int

    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs

    def sound(self) -> str:
        return "..."

    def describe(self) -> str:
        return f"{self.name} ({self.legs} legs) says {self.sound()}"


class Dog(Animal):
    tricks: list[str]

    def __init__(self, name: str) -> None:
        super().__init__(name, 4)
        self.tricks = []

    def sound(self) -> str:
        return "woof"


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound() + " (squeaky)"

    def describe(self) -> str:
        return "puppy: " + super().describe()


class Bird(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 2)


def main(argv: list[str]) -> int:
    zoo: list[Animal] = [Animal("thing", 0), Dog("rex"), Puppy("bit"), Bird("tweety")]
    for a in zoo:
        print(a.describe())
    p = Puppy("max")
    p.tricks.append("sit")
    print(p.tricks, p.legs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: thing (0 legs) says ...
# expect: rex (4 legs) says woof
# expect: puppy: bit (4 legs) says woof (squeaky)
# expect: tweety (2 legs) says ...
# expect: ['sit'] 4
