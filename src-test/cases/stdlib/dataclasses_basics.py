# dataclasses: defaults, field(), order, frozen, post-init, inheritance and the helpers.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar

@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
    secret: str = field(default="s", repr=False)
    count: ClassVar[int] = 0

p = P(1)
print(p, P(1, 2) < P(2), P(1, 2) == P(1, 2, ["t"]), sorted([P(3), P(1, 5), P(1, 2)]))
print(dataclasses.asdict(p), dataclasses.astuple(P(2, 3)))
print([f.name for f in dataclasses.fields(P)], dataclasses.is_dataclass(P), dataclasses.is_dataclass(p))
print(dataclasses.replace(p, y=9), P.__match_args__)
print(P.__init__.__doc__, P.__eq__.__qualname__)
import inspect
print(inspect.signature(P))

@dataclass(frozen=True)
class F:
    a: int
    b: tuple = ()
fr = F(1)
try:
    fr.a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(fr) == hash(F(1)), {fr: "v"}[F(1)])

@dataclass
class C:
    base: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.base * scale
print(C(5), C(5, 3).total)

@dataclass
class D(P):
    z: int = 7
print(D(1, 2, [], "q", 3), [f.name for f in dataclasses.fields(D)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(0, c=5), inspect.signature(KW))

@dataclass(slots=True)
class S:
    u: int
    v: str = "v"
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))

@dataclass(eq=False)
class NoEq:
    n: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)

M = dataclasses.make_dataclass("M", ["a", ("b", int, field(default=3))], namespace={"twice": lambda self: self.b * 2})
print(M(1), M(1).twice())
