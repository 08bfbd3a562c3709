"""enum, typing, NamedTuple and dataclass interplay in an order-processing model."""
from __future__ import annotations
import enum
from typing import NamedTuple, Optional, Union, TypedDict, Protocol, Generic, TypeVar, Literal, ClassVar, Any, get_type_hints, runtime_checkable
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
import typing

T = TypeVar("T")


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Status(str, enum.Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"

    def next(self):
        order = list(type(self))
        i = order.index(self)
        if i + 1 >= len(order):
            raise ValueError(f"{self.name} is final")
        return order[i + 1]


class Priority(enum.IntEnum):
    LOW = enum.auto()
    MID = enum.auto()
    HIGH = enum.auto()


@enum.unique
class Weekday(enum.Enum):
    MON = "mon"
    TUE = "tue"


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


class Address(TypedDict, total=False):
    street: str
    city: str


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@dataclass(frozen=True)
class Square:
    side: float

    def area(self) -> float:
        return self.side ** 2


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    _: KW_ONLY
    color: Color = Color.RED
    discount: float = 0.0

    def total(self):
        return round(self.price * self.qty * (1 - self.discount), 2)


@dataclass
class Order(Generic[T]):
    id: int
    items: list[Item] = field(default_factory=list)
    status: Status = Status.NEW
    priority: Priority = Priority.MID
    note: Optional[str] = None
    counter: ClassVar[int] = 0
    extra: T | None = None

    def __post_init__(self):
        Order.counter += 1
        if self.id < 0:
            raise ValueError("negative id")

    def total(self) -> float:
        return sum(i.total() for i in self.items)


class Box(Generic[T]):
    def __init__(self, value: T):
        self.value = value

    def map(self, f) -> "Box[Any]":
        return Box(f(self.value))

    def __repr__(self):
        return f"Box({self.value!r})"


def describe(x: Union[int, str, None]) -> Literal["int", "str", "none"]:
    if x is None:
        return "none"
    return "int" if isinstance(x, int) else "str"


if __name__ == "__main__":
    print(Color.RED, Color(1), Color.CRIMSON is Color.RED, Color["GREEN"], Color.parse("blue").hex, list(Color))
    print(Color.__members__.keys(), Color.RED.name, Color.RED.value, repr(Color.BLUE), hash(Color.RED) == hash(Color.RED))
    p = Perm.R | Perm.W
    print(p, repr(p), Perm.R in p, Perm.X in p, p & Perm.R, ~Perm.R, Perm(6), Perm.RWX, list(Perm), bool(Perm(0)))
    print(Status.PAID == "paid", Status("shipped"), Status.NEW.next(), f"{Status.PAID}", str(Status.PAID), Status.PAID.upper())
    print(Priority.HIGH > Priority.LOW, Priority(2), int(Priority.HIGH), sorted([Priority.HIGH, Priority.LOW]), Priority.MID + 1)
    print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__, len(Color), Weekday("tue"))
    try:
        @enum.unique
        class Dup(enum.Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)
    try:
        Color.RED = 5
    except AttributeError as e:
        print("AttributeError:", e)
    pt = Point(3, 4)
    print(pt, pt.dist(Point(0)), pt._replace(y=0), Point._field_defaults, pt._asdict(), Point.__annotations__)
    x, y = pt
    print(x + y, pt[0], pt.count(3), pt.index(4), tuple(pt) == (3, 4), Point._make([1, 2]))
    addr: Address = {"city": "Oslo"}
    print(addr, Address.__total__, sorted(Address.__annotations__))
    sq = Square(3)
    print(isinstance(sq, HasArea), isinstance(5, HasArea), sq.area(), sq, sq == Square(3.0), hash(sq) == hash(Square(3)))
    try:
        sq.side = 4
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    o = Order(1, [Item("pen", 1.5, 4), Item("book", 12.0, color=Color.BLUE, discount=0.1)], note="gift")
    print(o)
    print(o.total(), Order.counter, o.status.next(), o.priority.name)
    try:
        Item("x", 1.0, 2, Color.RED)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Order(-1)
    except ValueError as e:
        print("ValueError:", e, Order.counter)
    print(Box(3).map(lambda v: v * 2).map(str), describe(1), describe("a"), describe(None))
    hints = get_type_hints(Point.dist)
    print(hints)
    print(describe.__annotations__, typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(Optional[int]))
    print(Order.__dataclass_fields__.keys(), Order.__annotations__["items"], repr(Optional[int]), Union[int, str] == Union[str, int])
    print(list[int], dict[str, list[int]], int | None, type(int | str).__name__, T, Box[int], Box[int]().__class__ if False else "-")
    print(Status.SHIPPED.next())
