# An inventory with dataclasses, enums and sorting: orders are validated,
# stock is reserved, and a report is formatted as a table.
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import defaultdict


class Category(Enum):
    TOOLS = auto()
    GARDEN = auto()
    KITCHEN = auto()


class OrderError(Exception):
    pass


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    category: Category = field(compare=False, default=Category.TOOLS)
    stock: int = field(compare=False, default=0)

    def value(self):
        return self.price * self.stock


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)

    def add(self, sku, qty):
        if qty <= 0:
            raise OrderError(f"bad quantity {qty} for {sku}")
        self.lines.append((sku, qty))
        return self


class Inventory:
    def __init__(self, items):
        self.items = {it.sku: it for it in items}

    def fulfil(self, order):
        missing = [(sku, qty) for sku, qty in order.lines
                   if sku not in self.items or self.items[sku].stock < qty]
        if missing:
            raise OrderError(f"{order.customer}: cannot supply {missing}")
        total = 0.0
        for sku, qty in order.lines:
            self.items[sku].stock -= qty
            total += qty * self.items[sku].price
        return round(total, 2)

    def report(self):
        rows = [f"{'SKU':<6}{'NAME':<14}{'CATEGORY':<10}{'STOCK':>6}{'VALUE':>10}"]
        for it in sorted(self.items.values()):
            rows.append(f"{it.sku:<6}{it.name:<14}{it.category.name:<10}"
                        f"{it.stock:>6}{it.value():>10.2f}")
        by_cat = defaultdict(float)
        for it in self.items.values():
            by_cat[it.category] += it.value()
        rows.append(", ".join(f"{c.name.lower()}={v:.2f}"
                              for c, v in sorted(by_cat.items(),
                                                 key=lambda kv: kv[0].value)))
        return "\n".join(rows)


inv = Inventory([
    Item("T100", "hammer", 12.5, Category.TOOLS, 10),
    Item("G200", "rake", 20.0, Category.GARDEN, 3),
    Item("K300", "whisk", 4.25, Category.KITCHEN, 40),
    Item("T050", "screwdriver", 6.0, stock=25),
])
print(inv.report())
orders = [Order("ann").add("T100", 2).add("K300", 10),
          Order("bob").add("G200", 5),
          Order("cid").add("T050", 25).add("X999", 1)]
for o in orders:
    try:
        print(o.customer, "pays", inv.fulfil(o))
    except OrderError as e:
        print("refused:", e)
try:
    Order("dee").add("T100", 0)
except OrderError as e:
    print("refused:", e)
print(inv.report())
print(orders[0], Item("A", "x", 1.0) < Item("B", "y", 0.5))
print([c for c in Category], Category(2), Category["KITCHEN"].value)
