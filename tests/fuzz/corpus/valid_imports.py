import a.b.c as d, e
from f.g import (h as i, j,)
from . import k
from ..m import *
@decorator
@other(1, x=2)
class C(Base, metaclass=M):
    @staticmethod
    def s() -> int: return 1
