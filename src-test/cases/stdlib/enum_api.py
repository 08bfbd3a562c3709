# enum: Enum/IntEnum/Flag/IntFlag/StrEnum, auto, unique, aliases, iteration, lookup, members, functional API, errors
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return '%s is %d' % (self.name, self.value)
    @classmethod
    def default(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.describe(), Color.default())
print(list(Color.__members__), Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), {Color.RED: 'r'}[Color.CRIMSON], f'{Color.GREEN}', format(Color.GREEN), str(Color.BLUE))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE == 1, Shape.SQUARE + 1, sorted([Shape.SQUARE, Shape.CIRCLE]), Shape(2), repr(Shape.CIRCLE), str(Shape.CIRCLE), f'{Shape.SQUARE}', int(Shape.SQUARE), [1, 2, 3][Shape.CIRCLE])
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, ~Perm.R, Perm(0), bool(Perm(0)), list(rw), Perm.RW is rw, Perm(7), rw.value, [m.name for m in Perm])
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, IP.A | 8, repr(IP.A | IP.C), IP(3), IP.B + 1, IP.A & 3, ~IP.A, IP(0))
class Mood(StrEnum):
    HAPPY = auto()
    SAD = 'sad!'
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.HAPPY == 'happy', Mood.SAD.upper(), Mood('sad!'), '-'.join(Mood))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 6), Planet.MERCURY.mass)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Auto), Auto.B.value)
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value, Animal(3))
Status = Enum('Status', [('OK', 200), ('NOT_FOUND', 404)]); print(Status(404), Status.OK.value)
class Ordered(Enum):
    _order_ = 'X Y'
    X = 1
    Y = 2
class Missing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A if isinstance(value, str) and value.lower() == 'a' else None
print(Missing('A'), Missing._missing_('q'))
print(enum.unique(Shape) is Shape, Color._member_map_['CRIMSON'], Color._value2member_map_[3], sorted(Color.__members__.items())[0])
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('matched green')
def attempts():
    yield lambda: Color(7)
    yield lambda: Color['PURPLE']
    yield lambda: setattr(Color, 'RED', 5)
    yield lambda: Color.RED.__setattr__('value', 2)
    def dup():
        @unique
        class D(Enum):
            A = 1
            B = 1
    yield dup
    def redef():
        class E(Enum):
            A = 1
            A = 2
    yield redef
    def subclass():
        class Sub(Color): pass
    yield subclass
    yield lambda: Missing('zz')
    yield lambda: Color.RED < Color.BLUE
for f in attempts():
    try:
        print(f())
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
