# A chain of imports (main -> model -> base) and types of another module
# in annotations (model.Item, base.Entity).
import sys

import base
import model


def names(xs: list[base.Entity]) -> list[str]:
    return [x.label() for x in xs]


def main(argv: list[str]) -> int:
    inv = model.Inventory()
    inv.add(model.Item("pen", 3))
    inv.add(model.Item("ink", 12))
    print(inv.total(), names(inv.entities()), base.created())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 15 ['penx3', 'inkx12'] 2
