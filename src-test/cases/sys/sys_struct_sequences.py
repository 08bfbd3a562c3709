import sys

for name in ('float_info', 'int_info', 'version_info', 'flags'):
    v = getattr(sys, name)
    print(name, type(v).__name__, isinstance(v, tuple), len(v) == type(v).n_sequence_fields)
print(sys.float_info)
print(sys.float_info.max, sys.float_info[0], sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel, sys.version_info >= (3, 8))
print(sys.version_info > (3, 11, 0), tuple(sys.version_info)[:2], sys.version_info.__match_args__)
major, minor, *rest = sys.version_info
print(major, minor, rest[1:])
print(sys.flags.optimize, sys.flags[3], sys.flags.dev_mode, sys.flags.__match_args__[:3])
for attempt in ('sys.version_info.major = 4', 'del sys.flags.debug'):
    try:
        exec(attempt)
    except AttributeError as e:
        print('AttributeError:', e)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.maxsize, sys.maxunicode, sys.float_repr_style, sys.api_version)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
print(sorted(n for n in ('os', 're', 'json', 'nosuchmodule', 'sys') if n in sys.stdlib_module_names))
print(type(sys.stdlib_module_names).__name__, sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
print(sys.get_asyncgen_hooks(), sys.get_coroutine_origin_tracking_depth(), sys.gettrace(), sys.getprofile())
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print('TypeError:', e)
print(sys.is_finalizing(), sys.call_tracing(max, (3, 7)))
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('my.') else None)
sys.audit('my.event', 1, 'two')
print(events)
print(sys.__excepthook__ is sys.excepthook, sys.__displayhook__ is sys.displayhook)
