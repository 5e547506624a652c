# Helper module for mod_chain.
COUNT = 0


class Entity:
    name: str

    def __init__(self, name: str) -> None:
        global COUNT
        COUNT += 1
        self.name = name

    def label(self) -> str:
        return self.name


def created() -> int:
    return COUNT
