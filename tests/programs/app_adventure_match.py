# issue 8: a text adventure (an Enum with a classmethod, rooms linked both
# ways, sets, a match statement over verbs with or-patterns, `verb, *rest =
# words`) written as plain typed Python before trying rtrans: it translates
# unchanged.
"""A text adventure: rooms, items, a command parser driven by a script."""
from __future__ import annotations

from enum import Enum


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @classmethod
    def parse(cls, word: str) -> Dir | None:
        for d in cls:
            if d.value == word[:1] and d.name.lower().startswith(word):
                return d
        return None

    def opposite(self) -> Dir:
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH,
                Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


class Room:
    def __init__(self, name: str, desc: str) -> None:
        self.name = name
        self.desc = desc
        self.exits: dict[Dir, Room] = {}
        self.items: set[str] = set()
        self.locked: set[Dir] = set()

    def connect(self, d: Dir, other: Room, locked: bool = False) -> None:
        self.exits[d] = other
        other.exits[d.opposite()] = self
        if locked:
            self.locked.add(d)

    def describe(self) -> str:
        ways = ", ".join(d.name.lower() for d in sorted(self.exits, key=lambda d: d.value))
        stuff = f" You see: {', '.join(sorted(self.items))}." if self.items else ""
        return f"{self.name}: {self.desc} Exits: {ways}.{stuff}"


class Game:
    def __init__(self) -> None:
        hall = Room("Hall", "A dusty hall.")
        lib = Room("Library", "Shelves of books.")
        vault = Room("Vault", "Gold everywhere!")
        hall.connect(Dir.NORTH, lib)
        lib.connect(Dir.EAST, vault, locked=True)
        lib.items.add("key")
        hall.items.update({"lamp", "map"})
        self.here = hall
        self.inventory: list[str] = []
        self.moves = 0
        self.won = False

    def do(self, line: str) -> str:
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        self.moves += 1
        match verb:
            case "look":
                return self.here.describe()
            case "go":
                d = Dir.parse(rest[0]) if rest else None
                if d is None or d not in self.here.exits:
                    return "You can't go that way."
                if d in self.here.locked:
                    if "key" not in self.inventory:
                        return "The door is locked."
                    self.here.locked.discard(d)
                self.here = self.here.exits[d]
                if self.here.name == "Vault":
                    self.won = True
                return self.here.describe()
            case "take" | "get":
                item = " ".join(rest)
                if item not in self.here.items:
                    return f"There is no {item} here."
                self.here.items.remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case "inventory" | "i":
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case _:
                self.moves -= 1
                return f"I don't know how to {verb!r}."


SCRIPT = ["look", "take lamp", "go north", "go east", "take key", "i", "dance", "go west",
          "go e", "look"]

game = Game()
for cmd in SCRIPT:
    print(f"> {cmd}")
    print(game.do(cmd))
    if game.won:
        print(f"You won in {game.moves} moves!")
        break

# expect: > look
# expect: Hall: A dusty hall. Exits: north. You see: lamp, map.
# expect: > take lamp
# expect: Taken: lamp.
# expect: > go north
# expect: Library: Shelves of books. Exits: east, south. You see: key.
# expect: > go east
# expect: The door is locked.
# expect: > take key
# expect: Taken: key.
# expect: > i
# expect: You carry: lamp, key
# expect: > dance
# expect: I don't know how to 'dance'.
# expect: > go west
# expect: You can't go that way.
# expect: > go e
# expect: Vault: Gold everywhere! Exits: west.
# expect: You won in 8 moves!
