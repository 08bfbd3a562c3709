import typing
from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol,
                    TypeVar, Union, TypedDict, Literal, Final, cast, get_type_hints,
                    get_origin, get_args, overload, runtime_checkable, Tuple)

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box[int](3).get())
print(repr(T), T.__name__, K.__bound__)
print(Optional[int], Union[int, str], List[int], Dict[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]))
print(get_origin(Union[int, str]), get_args(Optional[str]))
print(Callable[[int, str], bool], get_args(Callable[[int], str]))
print(Literal["a", "b"], Tuple[int, ...])

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1)
print(p, p._fields, p._asdict(), Point._field_defaults)
print(p._replace(y=5))

class Movie(TypedDict, total=False):
    name: str
    year: int

m: Movie = {"name": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class F:
    def close(self): pass

print(isinstance(F(), Closer), isinstance(3, Closer))

def f(a: int, b: "str" = "x") -> Optional[int]:
    return None
print(get_type_hints(f))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), cast(int, "s"))

try:
    Union[int]()
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic[T, T]): pass
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
print(typing.TYPE_CHECKING, Any)
print(list[int], dict[str, list[int]], int | None)
print(Final[int], typing.ClassVar[int])
