# Narrowing of module globals (issue 8): `if cfg is not None:`, isinstance() and truth tests
# narrow a global in module code and in functions until a call or an assignment to it;
# the narrowed read is checked at run time (another thread may assign the global).
from __future__ import annotations

from typing import Optional, Union


class Config:
    def __init__(self, name: str) -> None:
        self.name = name


class Special(Config):
    def extra(self) -> str:
        return "extra " + self.name


cfg: Optional[Config] = None
count: int | None = None
val: Union[float, str] = 1.5
base: Config = Special("s")


def reset() -> None:
    global cfg
    cfg = None


def use() -> str:
    global count
    if cfg is not None:
        print(cfg.name)
    if count is None:
        count = 0
    if count is not None:
        print(count + 1)
    if isinstance(val, float):
        print(val * 2)
    elif isinstance(val, str):
        print(val.upper())
    if isinstance(base, Special):
        return base.extra()
    return "plain"


if cfg is None:
    cfg = Config("first")
if cfg is not None:
    print(cfg.name.upper())
print(use())
val = "abc"
print(use())
if cfg:
    print("truthy", cfg.name)


def later() -> None:
    global val, cfg
    cfg = Config("a")
    if cfg is not None:
        name = cfg.name
        print([cfg.name for _ in range(2)])
        reset()
        print(name, cfg is None)
    try:
        print(cfg.name)
    except AttributeError as e:
        print("AttributeError", e)
    if isinstance(val, str):
        val = 2.5
        print(val)


later()

# expect: FIRST
# expect: first
# expect: 1
# expect: 3.0
# expect: extra s
# expect: first
# expect: 1
# expect: ABC
# expect: extra s
# expect: truthy first
# expect: ['a', 'a']
# expect: a True
# expect: AttributeError 'NoneType' object has no attribute 'name'
# expect: 2.5
