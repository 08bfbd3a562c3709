# _random used directly: MT19937 sequences for int/big/negative/bool/float seeds, getrandbits, get/setstate and their errors, subclassing
import _random
r = _random.Random(42); print(r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(32), r.getrandbits(5), r.getrandbits(64), r.getrandbits(33))
for f in [lambda: r.getrandbits(-1), lambda: r.setstate(1), lambda: r.setstate((1,)*3), lambda: r.setstate((1,)*624+(625,)), lambda: r.setstate((-1,)*625), lambda: r.setstate((2**32,)*625), lambda: _random.Random(1,2), lambda: r.seed(1,2), lambda: r.seed(1.5), lambda: r.seed([1]), lambda: _random.Random(x=1), lambda: r.getrandbits('a'), lambda: r.setstate(('a',)*625)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
r.seed(2**100+5); print(r.random()); r.seed(-7); print(r.random()); r.seed(0); print(r.random()); r.seed(True); print(r.random())
r.seed(2**64-1); print([r.random() for i in range(3)])
r.seed(12345678901234567890123456789); print([r.getrandbits(100) for i in range(3)])
s = r.getstate(); print(len(s), s[-1], s[:3]); a = r.random(); r.setstate(s); print(a == r.random())
print(_random.Random.__module__, type(r), _random.Random.__name__)
class R(_random.Random):
    def random(self): return 0.5
print(R(3).random(), R(3).getrandbits(8))
r.seed(3.0); x = r.random(); r.seed(3); print(x == r.random())
r = _random.Random(); print(0 <= r.random() < 1)
r.seed(5); print(sum(r.random() for i in range(2000)))
