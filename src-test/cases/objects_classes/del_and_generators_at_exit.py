# Objects a program leaves in __main__ are finalized at exit, after its output: __del__ runs and
# suspended generators run their finally blocks (direct names in order, then container items).
import sys
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('close', self.name)
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup', tag)
def unstarted():
    try:
        yield 1
    finally:
        print('never printed')
a = Res('a')
_b = Res('_b')
items = [Res('l1'), Res('l2')]
t = (Res('t1'), Res('t2'))
d = {'x': Res('d1'), 'y': Res('d2')}
same = a
g = gen('g')
next(g)
u = unstarted()
done = gen('done')
list(done)
print("end of program")
def finisher():
    try:
        yield 'x'
    finally:
        print('finisher cleanup, then', 1 / 1)
f2 = finisher()
next(f2)
class Holder:
    def __del__(self):
        print('holder del sees global a:', a.name)
h = Holder()
