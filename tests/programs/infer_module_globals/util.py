# An imported module whose top-level code types its globals (issue 8).
registry = {}
last = None
for name in ["alpha", "beta"]:
    registry[name] = len(name)
    last = len(name)


def lookup(k: str) -> int:
    return registry.get(k, -1)
