"""Closures and decorators with arguments and functools.wraps."""
import functools
import time
import inspect


def retry(times=3, exceptions=(Exception,), log=None):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    if log is not None:
                        log.append(f"{fn.__name__} attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return decorator


def count_calls(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


def validate(**types):
    def deco(fn):
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def inner(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, t in types.items():
                if not isinstance(bound.arguments[name], t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(bound.arguments[name]).__name__}")
            return fn(*args, **kwargs)
        return inner
    return deco


class memo_method:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        cache = obj.__dict__.setdefault("_memo_" + self.name, {})
        def bound(*args):
            if args not in cache:
                cache[args] = self.fn(obj, *args)
            return cache[args]
        return bound


def make_counter(start=0, step=1):
    count = start
    def incr():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    incr.reset = reset
    return incr


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)], [lambda x: x * i for i in range(4)]


log = []
flaky_state = {"n": 0}


@retry(times=4, exceptions=(ConnectionError,), log=log)
def flaky(threshold):
    """Fails until called threshold times."""
    flaky_state["n"] += 1
    if flaky_state["n"] < threshold:
        raise ConnectionError(f"try {flaky_state['n']}")
    return f"ok after {flaky_state['n']}"


@count_calls
@validate(x=int, name=str)
def greet(x, name="world", *, punct="!"):
    """Greets."""
    return f"{name * x}{punct}"


class Shape:
    def __init__(self, sides):
        self.sides = sides

    @memo_method
    def angles(self, unit):
        print(f"  computing angles in {unit}")
        total = (self.sides - 2) * 180
        return total if unit == "deg" else round(total * 3.14159 / 180, 4)

    @staticmethod
    def kinds():
        return ["tri", "quad"]

    @classmethod
    def square(cls):
        return cls(4)

    @property
    def name(self):
        return {3: "triangle", 4: "square"}.get(self.sides, f"{self.sides}-gon")


def trace(fn=None, *, prefix="->"):
    if fn is None:
        return functools.partial(trace, prefix=prefix)
    @functools.wraps(fn)
    def w(*a):
        print(prefix, fn.__qualname__, a)
        return fn(*a)
    return w


@trace
def add(a, b):
    return a + b


@trace(prefix="**")
def mul(a, b):
    return a * b


if __name__ == "__main__":
    print(flaky(3), log)
    print(flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)
    flaky_state["n"] = -10
    try:
        flaky(100)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    print(greet(2, "ab"), greet(1, name="x", punct="?"), greet.calls, greet.__name__, greet.__doc__)
    try:
        greet("2")
    except TypeError as e:
        print("TypeError:", e)
    try:
        greet(1, nme="x")
    except TypeError as e:
        print("TypeError:", e)
    print(inspect.signature(greet), list(inspect.signature(greet.__wrapped__).parameters))
    s = Shape(5)
    print(s.angles("deg"), s.angles("deg"), s.angles("rad"), Shape.angles.__name__, Shape.kinds(), Shape.square().name, s.name)
    c = make_counter(10, 5)
    print(c(), c(), c.reset(), c(), c.__closure__ is not None, c.__code__.co_freevars)
    good, bad = make_multipliers()
    print([f(10) for f in good], [f(10) for f in bad])
    print(add(1, 2), mul(3, 4), add.__name__, mul.__wrapped__.__qualname__)
    compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
    print(compose(str.strip, str.upper, lambda s: s + "!")("  hi "))
    def outer():
        x = "outer"
        def middle():
            def inner():
                return x
            return inner
        x = "rebound"
        return middle()()
    print(outer())
    def broken():
        def use():
            return y
        result = None
        try:
            result = use()
        except NameError as e:
            print("NameError:", e)
        y = 1
        return result
    broken()
    greet(3, name=5)
