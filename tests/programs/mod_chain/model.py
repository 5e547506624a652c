# Helper module for mod_chain.
import base


class Item(base.Entity):
    qty: int

    def __init__(self, name: str, qty: int) -> None:
        super().__init__(name)
        self.qty = qty

    def label(self) -> str:
        return f"{self.name}x{self.qty}"


class Inventory:
    items: list[Item]

    def __init__(self) -> None:
        self.items = []

    def add(self, it: Item) -> None:
        self.items.append(it)

    def total(self) -> int:
        return sum(it.qty for it in self.items)

    def entities(self) -> list[base.Entity]:
        out: list[base.Entity] = []
        for it in self.items:
            out.append(it)
        return out
