# enum: members and aliases, auto, mixins (str, int), IntEnum, Flag and
# IntFlag combinations and their names, unique, member __init__ from tuple
# values, _missing_, reassignment refused.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.describe(), Color.default(), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color, repr(Color))
print(list(Color.__members__), f'{Color.RED}', '{:>12}|'.format(Color.GREEN), str(Color.BLUE), Color.RED == 1, Color.RED == Color.CRIMSON, hash(Color.RED) == hash(Color.RED))
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True), list(reversed(Color)))
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print('KeyError', e)
try: Color.RED = 5
except AttributeError as e: print(e)
class N(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(N), N.D.value)
class S(str, Enum):
    X = 'x'
    Y = 'y'
print(S.X, repr(S.X), S.X == 'x', S('y'), S.X.upper(), f'{S.X}')
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW, repr(Pri.HIGH), Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri(3), f'{Pri.LOW}', sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), Pri.LOW == 1, '%d' % Pri.HIGH, str(Pri.LOW))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), list(Perm), rw.value, Perm(6), Perm(0))
print(repr(~Perm.R), repr(Perm.R ^ Perm.W), (Perm.R | Perm.W | Perm.X).name)
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in F2], F2.A | F2.C)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R + 1, IP.R | 1, int(IP.W), str(IP.R))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
@unique
class U2(Enum):
    A = 1
    B = 2
print(list(U2))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.MERCURY.value)
class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(WithMissing('zzz'))
print(Color.RED.__class__.__name__, Color.__name__, [c.name for c in Color])
