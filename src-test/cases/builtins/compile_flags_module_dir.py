# compile() refuses unknown flag bits and optimize values outside -1..2 before looking at the
# mode; dir(module) lists the module's __dict__ or calls its own __dir__.
import sys
import types

for args in [("print(42)\n", "<string>", "single", 0xff), ("x", "f", "exec", 0, False, 3),
             ("x", "f", "exec", 0, False, -2), ("x", "f", "bad", 0xff), ("x", "f", "bad"),
             ("x=1", "f", "exec", 0x400), ("x=1", "f", "exec", 0x200000), ("x=1", "f", "exec", 0x10),
             ("x", "f", "exec", 0, False, 2)]:
    try:
        print(type(compile(*args)).__name__)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
m = types.ModuleType("m")
m.x = 1
print(dir(m))
m.__dir__ = lambda: ["z", "a"]
print(dir(m))
print("exit" in dir(sys))
