import warnings
import io
import sys

def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain")
    warnings.warn(UserWarning("instance"))
    warnings.warn("rt", RuntimeWarning)
    for x in w:
        print(x.category.__name__, str(x.message), x.filename.endswith("warnings_api.py"), x.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print("ignored count", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print("default count", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    warnings.filterwarnings("error", category=ResourceWarning)
    print([str(x.message) for x in w])
    try:
        warnings.warn("res", ResourceWarning)
    except ResourceWarning as e:
        print("ResourceWarning raised", e)

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3), end="")

old_stderr = sys.stderr
sys.stderr = io.StringIO()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn_explicit("explicit", SyntaxWarning, "mod.py", 42)
        warnings.showwarning("shown", UserWarning, "x.py", 7)
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = old_stderr
print(captured, end="")

class MyWarn(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarn)
    print(w[0].category is MyWarn, issubclass(MyWarn, Warning))

try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError")
try:
    warnings.filterwarnings("nope")
except AssertionError:
    print("AssertionError 2")

def deprecated_api():
    warnings.warn("use new_api", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated_api()
    print(w[0].lineno == sys._getframe().f_lineno - 1)
print(len(warnings.filters) > 0)
