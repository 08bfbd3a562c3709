package org.pyston.builtins.functools;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyBoundMethod;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.InstanceDictHolder;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.SlotDispatched;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)}, the object
 * {@code @lru_cache} returns: CPython's C cache. Keys as CPython's lru_cache_make_key (a lone int
 * or str argument is its own key; keywords follow a marker; {@code typed} appends the types).
 * {@code maxsize} None: unbounded; 0: no caching, only counting; n: least recently used entries
 * dropped past n. It binds as a method (it has {@code __get__}) and has a {@code __dict__} (for
 * update_wrapper's {@code __wrapped__} and the rest).
 *
 * <p>Thread safety: the cache and counters are guarded by the wrapper's lock, which is never held
 * while the user function runs; two threads missing the same key may both call it (as in CPython).
 */
public final class LruCacheWrapper implements InstanceDictHolder, PyCallable, SlotDispatched {
    /** {@code functools._lru_cache_wrapper}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("_lru_cache_wrapper", "functools",
            LruCacheWrapper.class, LruCacheWrapper.class);

    /** Separates positional arguments from keyword pairs in keys. */
    private static final Object KWD_MARK = new PyInstance(PyType.OBJECT);

    private final Object function;
    /** -1: unbounded; 0: uncached; otherwise the bound. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    /** Key to result, in recency order (least recent first) for a bounded cache. */
    private final PyDict cache = new PyDict();
    private final PyDict dict = new PyDict();
    private long hits;
    private long misses;

    private LruCacheWrapper(Object function, long maxsize, boolean typed, Object cacheInfoType) {
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] a = org.pyston.builtins.ops.ArgParser.parse("_lru_cache_wrapper", dropFirst(args), kwnames, 4,
                new String[] {"user_function", "maxsize", "typed", "cache_info_type"}, 4);
        if (!BuiltinsModule.callable(a[0])) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        long maxsize;
        if (a[1] == PyNone.NONE) {
            maxsize = -1;
        } else if (IntMath.isInt(PyInstance.unwrap(a[1])) || TypeOps.typeOf(a[1]).lookup("__index__") != null) {
            Object v = UnaryOps.index(a[1]);
            maxsize = IntMath.isSmall(v) ? Math.max(0, IntMath.small(v)) : (IntMath.big(v).signum() < 0 ? 0 : Long.MAX_VALUE);
        } else {
            throw PyExceptions.typeError("maxsize should be integer or None");
        }
        boolean typed = org.pyston.builtins.ops.Truth.isTrue(a[2]);
        return new LruCacheWrapper(a[0], maxsize, typed, a[3]);
    }

    private static Object[] dropFirst(Object[] args) {
        Object[] r = new Object[args.length - 1];
        System.arraycopy(args, 1, r, 0, r.length);
        return r;
    }

    /** lru_cache_make_key. */
    private Object makeKey(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1) {
                Object k = args[0];
                if (k instanceof PyStr || k instanceof PyInt || k instanceof org.pyston.builtins.number.PyBigInt) {
                    return k;
                }
            }
            return PyTuple.wrap(args.clone());
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? npos + nkw : 0);
        Object[] key = new Object[size];
        int at = 0;
        for (int i = 0; i < npos; i++) {
            key[at++] = args[i];
        }
        if (nkw > 0) {
            key[at++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[at++] = PyStr.of(kwnames[i]);
                key[at++] = args[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[at++] = TypeOps.typeOf(args[i]);
            }
            for (int i = 0; i < nkw; i++) {
                key[at++] = TypeOps.typeOf(args[npos + i]);
            }
        }
        return PyTuple.wrap(key);
    }

    /** CPython's wrapper has only tp_call, which counts a recursion level around every call. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        ts.enterObjectCall();
        try {
            return callCounted(args, kwnames);
        } finally {
            ts.exitCall();
        }
    }

    private Object callCounted(Object[] args, String[] kwnames) {
        if (maxsize == 0) {
            synchronized (this) {
                misses++;
            }
            return CallOps.call(function, args, kwnames);
        }
        Object key = makeKey(args, kwnames);
        Object hit = cache.get(key);
        if (hit != null) {
            synchronized (this) {
                hits++;
                if (maxsize > 0 && cache.remove(key) != null) {
                    cache.put(key, hit);
                }
            }
            return hit;
        }
        synchronized (this) {
            misses++;
        }
        Object result = CallOps.call(function, args, kwnames);
        synchronized (this) {
            if (maxsize > 0 && cache.get(key) != null) {
                // the call itself (recursion or another thread) filled this key
                return result;
            }
            if (maxsize > 0 && cache.size() >= maxsize) {
                int first = cache.nextLive(0);
                if (first >= 0) {
                    Object oldest = cache.keyAt(first);
                    if (oldest != null) {
                        cache.remove(oldest);
                    }
                }
            }
            cache.put(key, result);
        }
        return result;
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(LruCacheWrapper self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(LruCacheWrapper self, Object obj, Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        return new PyBoundMethod(obj, self);
    }

    @PyMethod(name = "cache_info")
    public static Object cacheInfo(LruCacheWrapper self) {
        long h;
        long m;
        int size;
        synchronized (self) {
            h = self.hits;
            m = self.misses;
            size = self.cache.size();
        }
        Object max = self.maxsize < 0 ? PyNone.NONE : PyInt.valueOf(self.maxsize);
        return CallOps.call(self.cacheInfoType, new Object[] {PyInt.valueOf(h), PyInt.valueOf(m), max,
            PyInt.valueOf(size)}, null);
    }

    @PyMethod(name = "cache_clear")
    public static Object cacheClear(LruCacheWrapper self) {
        synchronized (self) {
            self.hits = 0;
            self.misses = 0;
            self.cache.clear();
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(LruCacheWrapper self) {
        return AttributeOps.getAttr(self, "__qualname__");
    }

    @PyMethod(name = "__copy__")
    public static Object copy(LruCacheWrapper self) {
        return self;
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(LruCacheWrapper self, Object memo) {
        return self;
    }
}
