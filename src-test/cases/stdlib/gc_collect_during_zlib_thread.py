# gc.collect() must really collect even while another thread is busy in native code
# (zlib), and run the callbacks of the weak references it cleared before returning.
import gc
import threading
import weakref
import zlib

stop = threading.Event()
payload = bytes(range(256)) * 4096

def compress_forever():
    while not stop.is_set():
        zlib.decompress(zlib.compress(payload, 6))

worker = threading.Thread(target=compress_forever)
worker.start()

class Obj:
    pass

called = []
missed = 0
for i in range(12):
    o = Obj()
    r = weakref.ref(o, lambda ref, i=i: called.append(i))
    del o
    gc.collect()
    if r() is not None:
        missed += 1

stop.set()
worker.join()
print("referents still alive after gc.collect():", missed)
print("callbacks run:", len(called), called[:3], called[-3:])
