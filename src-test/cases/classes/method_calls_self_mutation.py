class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def size(self):
        return len(self.items)

s = Stack()
s.push(1).push(2).push(3)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size())
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
