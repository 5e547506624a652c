# issue 8: an interpreter-style program written in plain typed Python as a new user would,
# then changed only to translate today: string constants instead of an Enum; a method instead of @property; fields
# declared in class bodies.
"""A text adventure driven by a scripted list of commands."""
from __future__ import annotations

import sys
from collections import Counter
from typing import Optional


class Direction:
    NORTH = "north"
    SOUTH = "south"
    EAST = "east"
    WEST = "west"
    UP = "up"
    DOWN = "down"


DIRECTIONS = ["north", "south", "east", "west", "up", "down"]


OPPOSITE = {
    Direction.NORTH: Direction.SOUTH,
    Direction.SOUTH: Direction.NORTH,
    Direction.EAST: Direction.WEST,
    Direction.WEST: Direction.EAST,
    Direction.UP: Direction.DOWN,
    Direction.DOWN: Direction.UP,
}

ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


class Item:
    name: str
    description: str
    weight: int
    portable: bool

    def __init__(self, name: str, description: str, weight: int = 1, portable: bool = True) -> None:
        self.name = name
        self.description = description
        self.weight = weight
        self.portable = portable

    def __repr__(self) -> str:
        return f"Item({self.name!r})"


class Room:
    name: str
    description: str
    dark: bool
    exits: dict[str, Room]
    locked: set[str]
    items: list[Item]
    visits: int

    def __init__(self, name: str, description: str, dark: bool = False) -> None:
        self.name = name
        self.description = description
        self.dark = dark
        self.exits = {}
        self.locked = set()
        self.items = []
        self.visits = 0

    def connect(self, direction: str, other: Room, locked: bool = False) -> None:
        self.exits[direction] = other
        other.exits[OPPOSITE[direction]] = self
        if locked:
            self.locked.add(direction)
            other.locked.add(OPPOSITE[direction])

    def find(self, name: str) -> Optional[Item]:
        for item in self.items:
            if item.name == name:
                return item
        return None


class Player:
    room: Room
    inventory: list[Item]
    score: int
    moves: int

    MAX_WEIGHT = 10

    def __init__(self, start: Room) -> None:
        self.room = start
        self.inventory = []
        self.score = 0
        self.moves = 0

    def carried(self) -> int:
        return sum(item.weight for item in self.inventory)

    def has(self, name: str) -> bool:
        return any(item.name == name for item in self.inventory)


class Game:
    player: Player
    rooms: list[Room]
    verbs: Counter[str]
    finished: bool

    def __init__(self) -> None:
        hall = Room("Hall", "A draughty hall with a staircase.")
        kitchen = Room("Kitchen", "Pots hang from hooks. It smells of onions.")
        cellar = Room("Cellar", "Damp stone walls close in.", dark=True)
        study = Room("Study", "Books everywhere, and a heavy desk.")
        attic = Room("Attic", "Dust motes float in a shaft of light.")
        garden = Room("Garden", "An overgrown garden behind a gate.")
        hall.connect(Direction.EAST, kitchen)
        kitchen.connect(Direction.DOWN, cellar)
        hall.connect(Direction.WEST, study, locked=True)
        hall.connect(Direction.UP, attic)
        kitchen.connect(Direction.NORTH, garden)
        kitchen.items.append(Item("lamp", "A brass oil lamp.", 2))
        kitchen.items.append(Item("knife", "A blunt kitchen knife.", 1))
        cellar.items.append(Item("key", "A small iron key.", 1))
        cellar.items.append(Item("barrel", "A huge barrel of wine.", 50, portable=False))
        study.items.append(Item("gem", "A glittering red gem.", 1))
        attic.items.append(Item("chest", "An old sea chest.", 30))
        garden.items.append(Item("rose", "A single red rose.", 1))
        self.player = Player(hall)
        self.rooms = [hall, kitchen, cellar, study, attic, garden]
        self.verbs = Counter()
        self.finished = False

    def describe(self) -> str:
        room = self.player.room
        if room.dark and not self.player.has("lamp"):
            return "It is pitch dark. You might be eaten by a grue."
        lines = [f"== {room.name} ==", room.description]
        if room.items:
            lines.append("You see: " + ", ".join(item.name for item in room.items) + ".")
        exits = sorted(d for d in room.exits)
        lines.append("Exits: " + " ".join(exits))
        return "\n".join(lines)

    def go(self, word: str) -> str:
        word = ALIASES.get(word, word)
        if word not in DIRECTIONS:
            return f"'{word}' is not a direction."
        direction = word
        room = self.player.room
        if direction not in room.exits:
            return "You can't go that way."
        if direction in room.locked:
            if not self.player.has("key"):
                return "The door is locked."
            room.locked.discard(direction)
            room.exits[direction].locked.discard(OPPOSITE[direction])
            self.player.score += 5
            print("You unlock the door with the key.")
        self.player.room = room.exits[direction]
        self.player.moves += 1
        self.player.room.visits += 1
        if self.player.room.visits == 1:
            self.player.score += 1
        return self.describe()

    def take(self, name: str) -> str:
        room = self.player.room
        if room.dark and not self.player.has("lamp"):
            return "You fumble around in the dark."
        item = room.find(name)
        if item is None:
            return f"There is no {name} here."
        if not item.portable:
            return f"The {name} will not budge."
        if self.player.carried() + item.weight > Player.MAX_WEIGHT:
            return f"The {name} is too heavy to carry with everything else."
        room.items.remove(item)
        self.player.inventory.append(item)
        if name == "gem":
            self.player.score += 20
        return f"Taken: {name}."

    def drop(self, name: str) -> str:
        for item in self.player.inventory:
            if item.name == name:
                self.player.inventory.remove(item)
                self.player.room.items.append(item)
                return f"Dropped: {name}."
        return f"You have no {name}."

    def inventory(self) -> str:
        if not self.player.inventory:
            return "You are empty-handed."
        names = ", ".join(sorted(i.name for i in self.player.inventory))
        return f"You carry: {names} (weight {self.player.carried()}/{Player.MAX_WEIGHT})."

    def examine(self, name: str) -> str:
        item = self.player.room.find(name)
        for held in self.player.inventory:
            if held.name == name:
                item = held
        return item.description if item is not None else f"You see no {name}."

    def command(self, line: str) -> str:
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, rest = words[0], words[1:]
        self.verbs[verb] += 1
        if verb in ("go", "walk") and rest:
            return self.go(rest[0])
        if verb in ALIASES or verb in DIRECTIONS:
            return self.go(verb)
        if verb in ("take", "get") and rest:
            return self.take(rest[0])
        if verb == "drop" and rest:
            return self.drop(rest[0])
        if verb in ("i", "inventory"):
            return self.inventory()
        if verb in ("look", "l"):
            return self.describe()
        if verb in ("examine", "x") and rest:
            return self.examine(rest[0])
        if verb == "quit":
            self.finished = True
            return "Bye."
        return f"I don't know how to '{verb}'."


SCRIPT = """look
d
e
take lamp
go north
take rose
s
d
take key
take barrel
u
w
take knife
examine knife
take knife
w
take gem
i
e
up
take chest
drop lamp
dance
x gem
go sideways
x rose
quit
look"""


def main(argv: list[str]) -> int:
    game = Game()
    print(game.describe())
    for line in SCRIPT.splitlines():
        if game.finished:
            break
        print(f"\n> {line}")
        print(game.command(line))
    p = game.player
    print(f"\nScore {p.score} in {p.moves} moves; visited {sum(1 for r in game.rooms if r.visits)} rooms.")
    print("Most used verbs:", game.verbs.most_common(3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: == Hall ==
# expect: A draughty hall with a staircase.
# expect: Exits: east up west
# expect:
# expect: > look
# expect: == Hall ==
# expect: A draughty hall with a staircase.
# expect: Exits: east up west
# expect:
# expect: > d
# expect: You can't go that way.
# expect:
# expect: > e
# expect: == Kitchen ==
# expect: Pots hang from hooks. It smells of onions.
# expect: You see: lamp, knife.
# expect: Exits: down north west
# expect:
# expect: > take lamp
# expect: Taken: lamp.
# expect:
# expect: > go north
# expect: == Garden ==
# expect: An overgrown garden behind a gate.
# expect: You see: rose.
# expect: Exits: south
# expect:
# expect: > take rose
# expect: Taken: rose.
# expect:
# expect: > s
# expect: == Kitchen ==
# expect: Pots hang from hooks. It smells of onions.
# expect: You see: knife.
# expect: Exits: down north west
# expect:
# expect: > d
# expect: == Cellar ==
# expect: Damp stone walls close in.
# expect: You see: key, barrel.
# expect: Exits: up
# expect:
# expect: > take key
# expect: Taken: key.
# expect:
# expect: > take barrel
# expect: The barrel will not budge.
# expect:
# expect: > u
# expect: == Kitchen ==
# expect: Pots hang from hooks. It smells of onions.
# expect: You see: knife.
# expect: Exits: down north west
# expect:
# expect: > w
# expect: == Hall ==
# expect: A draughty hall with a staircase.
# expect: Exits: east up west
# expect:
# expect: > take knife
# expect: There is no knife here.
# expect:
# expect: > examine knife
# expect: You see no knife.
# expect:
# expect: > take knife
# expect: There is no knife here.
# expect:
# expect: > w
# expect: You unlock the door with the key.
# expect: == Study ==
# expect: Books everywhere, and a heavy desk.
# expect: You see: gem.
# expect: Exits: east
# expect:
# expect: > take gem
# expect: Taken: gem.
# expect:
# expect: > i
# expect: You carry: gem, key, lamp, rose (weight 5/10).
# expect:
# expect: > e
# expect: == Hall ==
# expect: A draughty hall with a staircase.
# expect: Exits: east up west
# expect:
# expect: > up
# expect: == Attic ==
# expect: Dust motes float in a shaft of light.
# expect: You see: chest.
# expect: Exits: down
# expect:
# expect: > take chest
# expect: The chest is too heavy to carry with everything else.
# expect:
# expect: > drop lamp
# expect: Dropped: lamp.
# expect:
# expect: > dance
# expect: I don't know how to 'dance'.
# expect:
# expect: > x gem
# expect: A glittering red gem.
# expect:
# expect: > go sideways
# expect: 'sideways' is not a direction.
# expect:
# expect: > x rose
# expect: A single red rose.
# expect:
# expect: > quit
# expect: Bye.
# expect:
# expect: Score 31 in 9 moves; visited 6 rooms.
# expect: Most used verbs: [('take', 8), ('d', 2), ('e', 2)]
