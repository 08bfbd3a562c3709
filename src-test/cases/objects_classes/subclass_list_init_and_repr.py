# list subclasses: __init__ extension, repr inherited, methods return plain lists where CPython does.
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
        return self
s = Stack(1, 2)
s.push(3).push(4)
print(s, len(s), s[-1], type(s[:2]).__name__, type(s + [5]).__name__, s == [1, 2, 3, 4])
s.sort(reverse=True)
print(s, list(reversed(s)), sum(s))
