# A traffic-light and vending-machine state machine driven by enums and a
# transition table; invalid events raise a custom exception; a history is
# kept and summarised.
from enum import Enum, IntEnum


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25


class State(Enum):
    IDLE = 1
    COLLECTING = 2
    VENDING = 3


class BadEvent(Exception):
    pass


class Vendor:
    PRICE = 40
    TABLE = {
        (State.IDLE, "coin"): State.COLLECTING,
        (State.COLLECTING, "coin"): State.COLLECTING,
        (State.COLLECTING, "refund"): State.IDLE,
        (State.COLLECTING, "vend"): State.VENDING,
        (State.VENDING, "take"): State.IDLE,
    }

    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.log = []

    def handle(self, event, coin=None):
        key = (self.state, event)
        if key not in self.TABLE:
            raise BadEvent(f"{event!r} not allowed in {self.state.name}")
        if event == "coin":
            self.credit += coin
        elif event == "vend" and self.credit < self.PRICE:
            raise BadEvent(f"need {self.PRICE - self.credit} more cents")
        elif event in ("refund", "take"):
            change = self.credit - self.PRICE if event == "take" else self.credit
            self.log.append((event, change))
            self.credit = 0
        self.state = self.TABLE[key]
        return self.state


light = Light.RED
seq = []
for _ in range(7):
    seq.append(light.value)
    light = light.next()
print(" -> ".join(seq))
print(Coin.DIME + Coin.QUARTER, sorted(Coin, reverse=True), Coin(25).name,
      sum(Coin), max(Coin), f"{Coin.NICKEL:03d}", Coin.DIME > 7)
v = Vendor()
script = [("coin", Coin.QUARTER), ("vend", None), ("coin", Coin.DIME),
          ("coin", Coin.DIME), ("vend", None), ("coin", Coin.NICKEL),
          ("take", None), ("take", None), ("coin", Coin.NICKEL),
          ("refund", None)]
for event, coin in script:
    try:
        state = v.handle(event, coin)
        print(f"{event:<7} ok   -> {state.name:<10} credit={v.credit}")
    except BadEvent as e:
        print(f"{event:<7} fail: {e}")
print(v.log, v.state, repr(v.state))
