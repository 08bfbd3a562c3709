class Stack(list):
    def push(self, x):
        self.append(x)
    def __len__(self):
        return super(Stack, self).__len__() * 10
    def __getitem__(self, i):
        return ("item", super(Stack, self).__getitem__(i))

s = Stack([1, 2])
s.push(3)
print(len(s), s[0], list.__len__(s))
print(isinstance(s, list), type(s).__name__, s.__class__.__name__)
print(list(s) if False else [x for x in list.__iter__(s)])
s.extend([4])
print(list.__repr__(s), repr(s))
s.tag = "t"
print(s.tag, bool(Stack()), bool(s))
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s)
