# resource: getrlimit/setrlimit/prlimit round trips, struct_rusage, and CPython's errors
import resource

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ("RLIMIT_NOFILE", "RLIMIT_STACK", "RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_CORE"):
    soft, hard = resource.getrlimit(getattr(resource, name))
    ok = hard == resource.RLIM_INFINITY or (soft != resource.RLIM_INFINITY and soft <= hard)
    print(name, type(soft).__name__, type(hard).__name__, ok)

print(type(resource.getrlimit(resource.RLIMIT_NOFILE)).__name__)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print("lowered", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
print("prlimit", resource.prlimit(0, resource.RLIMIT_NOFILE, [soft, hard]) == (soft - 1, hard))
print("restored", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print("prlimit get", resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), r.n_fields, r.n_sequence_fields)
print(resource.struct_rusage._fields if hasattr(resource.struct_rusage, "_fields") else None)
print([f for f in dir(r) if f.startswith("ru_")])
print(type(r.ru_utime).__name__, type(r.ru_stime).__name__, type(r.ru_maxrss).__name__)
print(r.ru_maxrss > 0, r.ru_utime >= 0.0, r[2] == r.ru_maxrss, r.ru_minflt >= 0)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(c.ru_maxrss >= 0, type(resource.getrusage(resource.RUSAGE_THREAD)).__name__)

ps = resource.getpagesize()
print(type(ps).__name__, ps > 0 and ps & (ps - 1) == 0)
print(resource.error is OSError, resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)

attempt("bad resource", lambda: resource.getrlimit(99))
attempt("negative resource", lambda: resource.getrlimit(-1))
attempt("str resource", lambda: resource.getrlimit("a"))
attempt("one limit", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
attempt("int limits", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
attempt("str limits", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ("a", "b")))
attempt("float limits", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, [1.5, 2]))
attempt("huge limit", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10 ** 30, 1)))
attempt("soft above hard", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1 if hard != -1 else 10, 5)))
attempt("bad setrlimit resource", lambda: resource.setrlimit(99, (1, 2)))
attempt("bad who", lambda: resource.getrusage(5))
attempt("bad prlimit resource", lambda: resource.prlimit(0, 99))
attempt("prlimit one limit", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, (1,)))
