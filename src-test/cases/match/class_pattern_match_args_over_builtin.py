# A class pattern uses __match_args__ when the class has it, even when the class derives from a
# built-in type that otherwise matches itself (namedtuples are tuples).
import collections
from typing import NamedTuple

P = collections.namedtuple("P", "x y")

class Tok(NamedTuple):
    kind: str
    text: str
    pos: int = 0

class Plain(tuple):
    pass

class Named(tuple):
    __match_args__ = ("first",)
    @property
    def first(self):
        return self[0]

class Celsius(float):
    __match_args__ = ("real", "imag")

class Tag(str):
    pass

def describe(v):
    match v:
        case P(0, y):
            return f"P on the y axis at {y}"
        case P(x, y=0):
            return f"P on the x axis at {x}"
        case Tok("NUM", text) if text.isdigit():
            return f"number token {text}"
        case Tok(kind, text, pos=pos):
            return f"{kind} token {text!r} at {pos}"
        case Named(f):
            return f"Named starting {f}"
        case Plain(whole):
            return f"Plain {whole}"
        case Celsius(r, i):
            return f"Celsius real={r} imag={i}"
        case Tag(s):
            return f"Tag {s!r}"
        case _:
            return "other"

for v in [P(0, 5), P(3, 0), P(1, 1), Tok("NUM", "42"), Tok("ID", "x", 7), Tok("NUM", "4.5"), Named((9, 8)),
          Plain((1, 2)), Celsius(21.5), Tag("hi"), (0, 5)]:
    print(repr(v), "->", describe(v))

def attempt(subject, pattern):
    try:
        print(pattern(subject))
    except TypeError as e:
        print("TypeError:", e)

def too_many_for_plain(s):
    match s:
        case Plain(a, b):
            return "matched"
    return "no match"

def too_many_for_namedtuple(s):
    match s:
        case P(a, b, c):
            return "matched"
    return "no match"

class NoArgs:
    pass

def no_match_args(s):
    match s:
        case NoArgs(a):
            return "matched"
    return "no match"

class BadArgs:
    __match_args__ = ["a"]

def list_match_args(s):
    match s:
        case BadArgs(a):
            return "matched"
    return "no match"

attempt(Plain((1, 2)), too_many_for_plain)
attempt(P(1, 2), too_many_for_namedtuple)
attempt(NoArgs(), no_match_args)
attempt(BadArgs(), list_match_args)
attempt(3, too_many_for_plain)
