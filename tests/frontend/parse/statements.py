pass
x = 1; y = 2; z = 3;
del a
del a, b[1], c.d
del lst[i:j]
global G, H
nonlocal N
assert x
assert x, "message"
raise
raise ValueError
raise ValueError("bad") from cause
import sys
import os.path
import a.b.c as d, e as f
from m import x
from m import x as y, z
from m import (a, b as c,)
from .rel import q
from .. import r
from ...pkg.mod import s
from m import *
from __future__ import annotations
