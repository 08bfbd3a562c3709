class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
