# threading's main-thread bookkeeping (the _set_sentinel lock) and weakref.ref subclasses
import threading
import weakref

results = []
t = threading.Thread(target=lambda: results.append(threading.current_thread().name), name='worker')
t.start()
t.join()
print(results, t.is_alive(), threading.main_thread().name, threading.active_count() >= 1)

class KeyedRef(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Target:
    pass

obj = Target()
r = KeyedRef(obj, None, 'k1')
print(type(r).__name__, r.key, r() is obj, isinstance(r, weakref.ref))
d = weakref.WeakValueDictionary()
d['a'] = obj
print(list(d.keys()), d['a'] is obj)
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked())
