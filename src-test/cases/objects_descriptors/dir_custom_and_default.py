class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    def __init__(self):
        self.inst = 2
names = dir(B())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
